"""Session 20, prec17: wrong facts the lead found re-reading the reserved sample (issue 15
precision), written on other stories; each example fails with its rule switched off."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import filler, rev


def _group(events: list[Event]) -> dict[str, str]:
    return facts.group(events + filler(2006, 3))


DAY = date(2006, 3, 5)


# --- 1. One act's end, going on and resumption are other facts (lang.en.facts.ACT_PHASES, facts.PHASES_APART)

STOPPED = "Iran in February stopped allowing extensive UN access to its nuclear facilities."
STOPPED2 = "Iran stopped allowing extensive UN access to its nuclear facilities in February, diplomats said."
STILL = "However, up until now it has still been allowing regular UN inspections of its nuclear facilities."


@pytest.mark.parametrize("text, phase", [
    (STOPPED, "end"),
    (STILL, "on"),
    ("The rebels continued shelling the port city on Sunday.", "on"),
    ("Iran resumed uranium enrichment at its Natanz plant on Tuesday.", "resume"),
    ("Iran suspended uranium enrichment at its Natanz plant in 2003.", "end"),
    # must not: another's act asked or planned (a bare form), a toll's "still missing", xrecall3's
    # resumption told as the end of a halt, a noun
    ("The EU urges Tehran to fully suspend activities related to uranium enrichment.", ""),
    ("Nine others are still missing after the blast.", ""),
    ("EU-Iran talks collapsed in August when Tehran ended its suspension of uranium conversion.", ""),
    ("The suspension of uranium enrichment was welcomed by the EU.", ""),
])
def test_the_phase_of_the_act(fresh: None, text: str, phase: str) -> None:
    assert en.act_phase(text) == phase


@pytest.mark.parametrize("one, other", [
    ("Iran resumed uranium enrichment at its Natanz plant, diplomats said.",
     "Iran suspended uranium enrichment at its Natanz plant, diplomats said."),
])
def test_one_act_s_other_phases_are_two_facts(fresh: None, monkeypatch: pytest.MonkeyPatch,
                                               one: str, other: str) -> None:
    events = [rev(one, f"../{DAY}", "afp/1", DAY), rev(other, f"../{DAY}", "xin/2", DAY)]
    assert len(set(map(_group(events).__getitem__, (e.id for e in events)))) == 2
    monkeypatch.setattr(facts, "PHASES_APART", False)
    assert len(set(map(_group(events).__getitem__, (e.id for e in events)))) == 1


def test_a_lone_phase_does_not_join_another_phase_s_fact(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [rev(STOPPED, f"../{DAY}", "afp/1", DAY), rev(STOPPED2, f"../{DAY}", "xin/2", DAY),
              rev(STILL, f"../{DAY}", "apw/3", DAY)]
    fact_of = _group(events)
    assert fact_of[events[0].id] == fact_of[events[1].id]  # (must not: one end told twice)
    assert fact_of[events[2].id] != fact_of[events[0].id]
    monkeypatch.setattr(facts, "PHASES_APART", False)
    fact_of = _group(events)
    assert fact_of[events[2].id] == fact_of[events[0].id]


def test_the_resumption_and_its_consequence_still_join(fresh: None) -> None:
    """Must not: xrecall3's cause and effect across act families (`CROSSED_ACTS`)."""
    day = date(2005, 11, 18)
    events = [rev("Iran resumed uranium conversion activities, a preparatory step for uranium enrichment, in early "
                  "August, a move scuttling nuclear negotiations with the EU.", "2005-08", "xin/1", day),
              rev("EU-Iran talks collapsed in August when Tehran ended its suspension of uranium conversion.",
                  "2005-08", "afp/2", day)]
    assert en.act_phase(events[0].text) == "resume" and en.act_phase(events[1].text) == ""
    assert not facts._phases_apart(facts._item(events[0], None, {}, {}), facts._item(events[1], None, {}, {}))


# --- 3. A statement naming no place is set where its document's story is (lang.en.facts.STORY_PLACE)

BAGHDAD = "A car bomb exploded in a crowded market in Baghdad on Sunday, killing 15 people, police said."
ALSO = ("A national electricity employee, a police colonel and a university guard were also killed in separate "
        "attacks, security sources said.")
KANDAHAR = ["A police colonel and two guards were killed in a raid in Kandahar on Sunday, officials said.",
            "Gunmen killed a police colonel and two guards in a raid in Kandahar in southern Afghanistan on Sunday."]


def _placed(events: list[Event]) -> list[Event]:
    """The events with their places in their documents (`Event.span`), in the order given."""
    return [replace(e, span=(100 * k, 100 * k + 50)) for k, e in enumerate(events)]


def _story(lede: str, statement: str) -> tuple[list[Event], dict[str, str]]:
    events = _placed([rev(lede, f"../{DAY}", "afp/story", DAY), rev(statement, f"../{DAY}", "afp/story", DAY),
                      rev(KANDAHAR[0], f"../{DAY}", "xin/1", DAY), rev(KANDAHAR[1], f"../{DAY}", "apw/2", DAY)])
    return events, _group(events)


@pytest.mark.parametrize("texts, place", [
    ([BAGHDAD, ALSO], "iraq"),
    (KANDAHAR, "afghanistan"),
    # must not: a lede of two countries, a story of two countries, a lede naming no place
    (["Bombs exploded in Baghdad and in Kabul on Sunday.", ALSO], ""),
    ([BAGHDAD, "A bomb went off in Kabul.", "Another bomb hit a market in Kabul."], ""),
    ([ALSO, "Police said the attacks were coordinated."], ""),
])
def test_the_story_s_place(fresh: None, texts: list[str], place: str) -> None:
    assert en.story_place(texts) == place


def test_a_statement_with_no_place_is_set_where_its_story_is(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events, fact_of = _story(BAGHDAD, ALSO)
    assert fact_of[events[2].id] == fact_of[events[3].id]
    assert fact_of[events[1].id] != fact_of[events[2].id]
    monkeypatch.setattr(en, "STORY_PLACE", False)
    events, fact_of = _story(BAGHDAD, ALSO)
    assert fact_of[events[1].id] == fact_of[events[2].id]


def test_the_lede_is_first_in_the_text(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lede is the document's first statement by its place in the text (`Event.span`), not by
    its id: with one statement read, the story is set by BAGHDAD only where it comes first."""
    monkeypatch.setattr(en, "STORY_LEDE", 1)
    events, fact_of = _story(BAGHDAD, ALSO)
    assert fact_of[events[1].id] != fact_of[events[2].id]
    events = _placed([rev(ALSO, f"../{DAY}", "afp/story", DAY), rev(BAGHDAD, f"../{DAY}", "afp/story", DAY),
                      rev(KANDAHAR[0], f"../{DAY}", "xin/1", DAY), rev(KANDAHAR[1], f"../{DAY}", "apw/2", DAY)])
    fact_of = _group(events)
    assert fact_of[events[0].id] == fact_of[events[2].id]


@pytest.mark.parametrize("lede, statement", [
    # a statement with its own place keeps it: the Iraq report's line on Kandahar
    (BAGHDAD, "A police colonel and two guards were also killed in a raid in Kandahar, officials said."),
    # a document about two countries gives no story place
    ("Bombs exploded in Baghdad and in Kabul on Sunday.", ALSO),
    # a near-verbatim copy still joins
    (BAGHDAD, "A police colonel and two guards were killed in a raid on Sunday, officials said."),
])
def test_must_not_set_apart_by_the_story_s_place(fresh: None, lede: str, statement: str) -> None:
    events, fact_of = _story(lede, statement)
    assert fact_of[events[1].id] == fact_of[events[2].id] == fact_of[events[3].id]


def test_must_not_set_apart_two_statements_of_one_story_place(fresh: None) -> None:
    """Two statements set by their stories in one country are not apart ("Thirty-four miners were
    trapped when the accident occurred at the Nanshan Colliery" / "Thirty-six miners were working
    underground when explosives ... caught fire" of two Shanxi reports): a first try missed this
    (neither's terms name the country)."""
    lede = "A gas blast killed 24 miners at a coal mine in north China's Shanxi Province on Monday."
    one, other = (rev(lede, f"../{DAY}", "xin/1", DAY),
                  rev("Thirty-four miners were trapped when the accident occurred at the Nanshan Colliery.",
                      f"../{DAY}", "xin/1", DAY))
    third, fourth = (rev(lede.replace("24", "25"), f"../{DAY}", "xin/2", DAY),
                     rev("Thirty-six miners were underground when the accident occurred at the Nanshan Colliery.",
                         f"../{DAY}", "xin/2", DAY))
    one, other, third, fourth = _placed([one, other, third, fourth])
    index = facts.build([one, other, third, fourth] + filler(2006, 3))
    a, b = index.items[other.id], index.items[fourth.id]
    assert facts._located_places(a) == facts._located_places(b) == frozenset({"china"})
    assert not facts._located_apart(a, b)


def test_must_not_set_apart_where_the_story_s_document_names_the_other_place(fresh: None) -> None:
    """A statement set where its story is is not apart from one set in a country its document
    names ("The pollution slick ... is flowing past Harbin", of a report naming Russia, / "... flow
    into the Heilongjiang River (also called Amur River in Russia)")."""
    doc = [rev("Chinese officials met in Beijing on Saturday over the pollution of the Songhua River.",
               f"../{DAY}", "xin/1", DAY),
           rev("The pollution slick is expected to reach the Heilongjiang River in 12 days.", f"../{DAY}", "xin/1", DAY),
           rev("The river flows into Russia.", f"../{DAY}", "xin/1", DAY)]
    other = rev("The polluted water is expected to flow into the Heilongjiang River (called Amur River in Russia).",
                f"../{DAY}", "xin/2", DAY)
    doc = _placed(doc)
    index = facts.build(doc + [other] + filler(2006, 3))
    a, b = index.items[doc[1].id], index.items[other.id]
    assert facts._located_places(a) == frozenset({"china"}) and en.located_places(b.text) == frozenset({"russia"})
    assert not facts._located_apart(a, b)


# --- 2. A refusal is not the demand it refuses (lang.en.facts.REFUSAL_APART, facts.REFUSAL_APART)

REFUSED = "The ruling Islamists have refused to agree to renounce violence, recognise Israel and accept past peace deals."
DEMANDS = [
    "The European Union and the United States froze direct aid to the Hamas-led government, demanding that Hamas "
    "renounce violence, recognise Israel and accept past peace deals.",
    "The EU and the US froze direct aid to the Palestinian government, demanding that they renounce violence, "
    "recognise Israel and accept past peace deals.",
]


@pytest.mark.parametrize("text, refusal, demand", [
    (REFUSED, True, False),
    (DEMANDS[0], False, True),
    ("Hamas rejected the Quartet's demands that it recognise Israel.", True, False),
    # must not: a refusal told aside is no refusal of the main clause, nor one in an apposition;
    # "insisted that" is a claim (prec11's statements: a first try split them)
    ("The Quartet, which Hamas rejected, met in London on Monday.", False, False),
    ("The United States accuses Iran of developing nuclear weapons secretly, a charge rejected by Tehran as "
     "politically motivated.", False, False),
    ("Iran has insisted that its nuclear programme is merely designed to meet domestic energy needs.", False, False),
])
def test_refusals_and_demands(fresh: None, text: str, refusal: bool, demand: bool) -> None:
    assert en.refuses(text) == refusal
    assert en.demands(text) == demand or en.refuses(text, anywhere=True)


def test_a_refusal_does_not_join_the_demand_it_refuses(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [rev(REFUSED, f"../{DAY}", "afp/1", DAY), rev(DEMANDS[0], f"../{DAY}", "xin/2", DAY),
              rev(DEMANDS[1], f"../{DAY}", "apw/3", DAY)]
    fact_of = _group(events)
    assert fact_of[events[1].id] == fact_of[events[2].id]  # (must not: one demand told twice)
    assert fact_of[events[0].id] != fact_of[events[1].id]
    monkeypatch.setattr(facts, "REFUSAL_APART", False)
    fact_of = _group(events)
    assert fact_of[events[0].id] == fact_of[events[1].id]


def test_must_not_set_apart_two_refusals_or_a_demand_told_with_its_refusal(fresh: None) -> None:
    item = lambda text: facts._item(rev(text, f"../{DAY}", "afp/1", DAY), None, {}, {})  # noqa: E731
    refused = item(REFUSED)
    assert not facts._refusal_apart(refused, item("Hamas has refused to recognise Israel and renounce violence."))
    assert not facts._refusal_apart(refused, item("Hamas rejected the Quartet's demands to renounce violence."))
    assert facts._refusal_apart(refused, item(DEMANDS[1]))
