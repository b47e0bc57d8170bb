"""Session 18, prec11: HEADS_JOIN (a lone statement saying no happening joins a fact only on the
fact's head terms, off by default) read a light verb with its event noun and a reported clause
fronted before its speech tag as states, and split right facts on unseen text. Both are happenings
told (`facts._tells_act`, `ACT_READ`); each example fails with its rule switched off."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import filler, pack_flags_off, rev
from tests.test_facts_prec10 import _cases

FILLER = filler(2006, 11)


# --- A light verb and its event noun tell an act (`lang.en.facts.light_act`)

@pytest.mark.parametrize("text, noun", [
    # examples
    ("The pope made a stunning conciliatory gesture in the Blue Mosque on Thursday.", "gestur"),
    ("The president gave a speech on Monday.", "speech"),
    ("He offered an apology to the families.", "apolog"),
    ("The two sides held talks in Geneva.", "talk"),
    ("Talks were held in Geneva on Monday.", "talk"),
    ("The army carried out a raid on the camp.", "raid"),
    ("The minister has paid a visit to the flooded towns.", "visit"),
    # must not: another object, no object, a light act in a relative or subordinate clause
    ("He made a fortune in oil.", ""),
    ("She gave birth to a girl.", ""),
    ("He took office in 2004.", ""),
    ("He held a position at the bank.", ""),
    ("It made it clear that the gesture was welcome.", ""),
    ("The farmer who made a speech was the first victim.", ""),
    ("The hall was quiet after the president gave a speech.", ""),
    ("The first victim of the province was a 24-year-old woman farmer in Zongyang County.", ""),
])
def test_light_act(text: str, noun: str) -> None:
    assert en.light_act(text) == noun


def test_light_act_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(en, "LIGHT_ACT", False)
    assert en.light_act("The president gave a speech on Tuesday.") == ""


# --- A reported clause fronted before its speech tag tells a saying (`lang.en.facts.fronted_report`)

@pytest.mark.parametrize("text, fronted", [
    # examples
    ("Turkey's place is in the EU, Ratzinger said in 2004.", True),
    ("Turkey in the EU, he had said, would be a grave error.", True),
    ('"Turkey belongs in Europe," the pope said.', True),
    ("The talks were calm, said Smith, a spokesman.", True),
    # must not: a subordinate or prepositional phrase fronted, the speaker's aside, a list of subjects,
    # a tag followed by a clause of its own
    ("After the talks ended, he said the place was calm.", False),
    ("In Paris, he said the talks would go on.", False),
    ("Police, who arrived late, said three people died.", False),
    ("Smith, Jones and Brown said they would go.", False),
    ("The ministry said three human cases had been confirmed.", False),
    ("The first victim of the province was a 24-year-old woman farmer in Zongyang County, who died on Nov. 10.",
     False),
])
def test_fronted_report(text: str, fronted: bool) -> None:
    assert en.fronted_report(text) is fronted


def test_fronted_report_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(en, "FRONTED_REPORT", False)
    assert not en.fronted_report("Turkey's place is in the EU, Ratzinger said in 2004.")


# --- With HEADS_JOIN on, such a statement joins its fact on the core as before

PRAYED = ["Pope Benedict XVI prayed in Istanbul's Blue Mosque beside the grand mufti on Thursday, facing Mecca.",
          "The pope prayed in the Blue Mosque in Istanbul alongside the city's grand mufti on Thursday, turning "
          "toward Mecca.",
          "Pope Benedict XVI prayed in Istanbul's famed Blue Mosque on Thursday next to the grand mufti, facing Mecca."]
GESTURE = "Benedict made a stunning gesture in the Blue Mosque of Istanbul with its mufti, facing Mecca."

OPPOSED = ["Cardinal Ratzinger opposed Turkey's entry into the European Union in 2004, arguing that admitting it "
           "would be a grave error against the tide of history.",
           "Cardinal Ratzinger opposed Turkish entry into the European Union in 2004, arguing that admitting it "
           "would be a grave error against the tide of history.",
           "Ratzinger opposed Turkey joining the European Union in 2004, arguing that admitting it would be a grave "
           "error against the tide of history."]
REMARK = ("Turkey in the European Union, Ratzinger had said in 2004, would be a grave error against the tide of "
          "history.")


def _story(texts: list[str], lone: str, day: str) -> tuple[list[Event], Event]:
    fact = [rev(t, day, f"afp/{k}", date(2006, 11, 30)) for k, t in enumerate(texts)]
    return fact, rev(lone, day, "apw/9", date(2006, 11, 30))


@pytest.mark.parametrize("texts, lone, day", [(PRAYED, GESTURE, "2006-11-30"), (OPPOSED, REMARK, "2004")])
def test_an_act_told_by_a_light_verb_or_a_fronted_report_joins(
        monkeypatch: pytest.MonkeyPatch, texts: list[str], lone: str, day: str) -> None:
    monkeypatch.setattr(facts, "HEADS_JOIN", True)
    fact, other = _story(texts, lone, day)
    fact_of = facts.group(fact + [other] + FILLER)
    assert len({fact_of[e.id] for e in fact}) == 1
    assert fact_of[other.id] == fact_of[fact[0].id]
    monkeypatch.setattr(facts, "ACT_READ", False)
    fact_of = facts.group(fact + [other] + FILLER)
    assert fact_of[other.id] != fact_of[fact[0].id]  # (read as a state: held to the heads, split)


def test_a_state_is_still_held_to_the_heads(monkeypatch: pytest.MonkeyPatch) -> None:
    # must not: prec10's state ("The first victim of the province was ...") tells no act; with
    # HEADS_JOIN on it stays out of the cases fact whatever ACT_READ says
    monkeypatch.setattr(facts, "HEADS_JOIN", True)
    fact, victim = _cases()
    # (read as before session 21: since then the predicate's "who died" is the victim's happening,
    # `en.PREDICATE_RELATIVE`, and it stays out of the cases fact on that reading too)
    with pack_flags_off("PREDICATE_RELATIVE"):
        index = facts.build(fact + [victim] + filler(2005, 11))
        assert not facts._tells_act(index.items[victim.id])
        assert facts._heads_apart(index, index.items[victim.id], index._root(fact[0].id))


# --- A statement telling two happenings does not bridge two facts that hold one each (CHAIN_APART)

INSIST = "Iran has insisted that its nuclear programme is merely designed to meet domestic energy needs."
BOTH = ("Iran has insisted that its nuclear program is merely designed to meet domestic energy needs, while the United "
        "States, Israel and others have charged it is a cover for a programme to develop an atom bomb.")
ACCUSE = ("The United States accuses Iran of developing nuclear weapons secretly, a charge rejected by Tehran as "
          "politically motivated.")


def test_a_statement_of_two_happenings_does_not_join_their_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    insist = rev(INSIST, "../2005-12-05", "afp/1205.0326", date(2005, 12, 5))
    both = rev(BOTH, "../2005-12-10", "afp/1210.0277", date(2005, 12, 10))
    accuse = [rev(ACCUSE, "../2005-11-18", f"xin/1118.{k}", date(2005, 11, 18)) for k in ("0270", "0333")]
    events = [insist, both] + accuse + filler(2005, 11)
    fact_of = facts.group(events)
    assert fact_of[both.id] == fact_of[insist.id]  # (the insistence: its own fact)
    assert fact_of[accuse[0].id] == fact_of[accuse[1].id] != fact_of[both.id]
    monkeypatch.setattr(facts, "CHAIN_APART", False)
    fact_of = facts.group(events)
    assert fact_of[accuse[0].id] == fact_of[insist.id]  # (chained through the statement of both)


def _bridged(first: str, bridge: str, second: str) -> tuple[dict[str, str], list[Event]]:
    a = [rev(first, "1998-08-07", f"apw/{k}", date(1998, 8, 8)) for k in (1, 2)]
    x = rev(bridge, "1998-08-07", "xie/3", date(1998, 8, 8))
    b = [rev(second, "1998-08-07", f"nyt/{k}", date(1998, 8, 8)) for k in (4, 5)]
    return facts.group(a + [x] + b + filler(1998, 8)), a + [x] + b


@pytest.mark.parametrize("first, bridge, second", [
    # must not: one happening's dead and hurt (a toll), facts never linked otherwise
    ("Ten people died in Dar es Salaam.",
     "A car bomb outside the U.S. embassy in Tanzania killed 10 people in Dar es Salaam and wounded about 70 others "
     "at the embassy gate on Friday.",
     "About 70 people were wounded at the embassy gate on Friday."),
    # must not: facts whose statements were linked to each other
    ("A car bomb outside the U.S. embassy in Tanzania killed 10 people on Friday.",
     "A car bomb outside the U.S. embassy in Tanzania killed 10 people and wounded about 70 others on Friday.",
     "About 70 people were wounded by a car bomb outside the U.S. embassy in Tanzania on Friday."),
])
def test_one_happening_told_by_two_verbs_still_joins(first: str, bridge: str, second: str) -> None:
    fact_of, events = _bridged(first, bridge, second)
    assert len({fact_of[e.id] for e in events}) == 1


def test_a_happening_held_in_passing_is_no_side_of_a_chain() -> None:
    # must not: the bridge's first happening is held by its fact only in a passing clause ("a boat
    # wreck that killed his mother"), the other fact's statements do not tell its second as theirs
    index = facts.build([
        rev("The boy was placed in his care after being found clinging to an inner tube in the Atlantic last "
            "Thanksgiving following a boat wreck that killed his mother and 10 other people.", "1999-11-25",
            "apw/1", date(2000, 2, 10)),
        rev("Elian's mother and 10 others died, but the boy survived by clinging to an inner tube.", "1999-11-25",
            "nyt/2", date(2000, 6, 1)),
        rev("But that little boy, by surviving two days on an inner tube, has earned the right to stay here in "
            "freedom.", "1999-11-25", "nyt/3", date(2000, 1, 5)),
    ] + filler(1999, 11))
    ids = sorted(index.items)
    first = next(i for i in ids if index.items[i].doc == "apw/1")
    bridge = next(i for i in ids if index.items[i].doc == "nyt/2")
    quote = next(i for i in ids if index.items[i].doc == "nyt/3")
    # (as if the bridge had joined the first, and the quote stood alone in a fact of its own)
    index.parent.clear()
    index.members.clear()
    for i in index.items:
        index.members[i] = [i]
    facts._union(index, first, bridge, facts.Evidence(first, bridge, "terms", 0.5))
    root = index._root(first)
    index.members[quote] = [quote]
    assert not facts._chain_through(index, bridge, root, quote)
