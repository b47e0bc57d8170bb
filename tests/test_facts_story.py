"""Two-level linking (timeline_cli.facts `_join_story`): a document that tells a fact's story
adds to the fact a statement of the same happening that pairwise links and the core join miss
("Terrorist bombings ... blew apart buildings" is the bombings). Real statements of the 1998
embassy bombings (AQUAINT APW), and an invented accession for the actors rule."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from tests.test_facts import ev, groups
from tests.test_facts_cores import BOMBING, OTHER

BLEW = "Terrorist bombings at U.S. embassies in Kenya and Tanzania blew apart buildings and buses, trapping people " \
       "under slabs of concrete and twisted steel that rescuers cleared with cranes, blow torches and bare hands."
# The rest of that report: what makes its document tell the bombings' story.
REPORT = [
    "The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a crowded building toward the "
    "embassy and a street packed with cars, trucks and buses.",
    "Rescuers with cranes searched the rubble in Nairobi and Dar es Salaam through the night.",
    "Kenya and Tanzania declared a day of mourning for the victims.",
]
CUT = "The ambassador was cut on her lip and hands in the blast, which damaged the embassy."


def report(lead: str, when: str = "../1998-08-08", source: str = "apw/0808", rest: list[str] = REPORT):
    """A document: `lead` and the rest of the report, each dated `when` (the blast: Friday)."""
    return [ev(lead, when, source)] + [ev(t, "1998-08-07" if "Friday" in t else when, source) for t in rest]


def fact_of_bombing(events):
    fact_of = facts.group(events)
    return fact_of, fact_of[BOMBING[0].id]


def test_a_detail_of_the_story_joins_the_fact_it_tells():
    story = report(BLEW)
    index = facts.build(BOMBING + story + OTHER)
    bombing = index.fact_of[BOMBING[0].id]
    assert index.fact_of[story[0].id] == bombing
    joined = next(e for e in index.explain(bombing) if e.a == story[0].id)
    assert joined.kind == "story" and joined.b in {e.id for e in BOMBING}
    assert {"kenya", "tanzania", "bomb"} <= set(joined.shared)
    assert joined.score >= facts.STORY_SHARE
    assert "its document holds" in joined.describe() and "kenya" in joined.describe()


def test_without_the_story_rule_the_detail_stays_alone(monkeypatch):
    monkeypatch.setattr(facts, "STORY_SHARE", 2.0)
    fact_of, bombing = fact_of_bombing(BOMBING + report(BLEW) + OTHER)
    assert fact_of[report(BLEW)[0].id] != bombing


def test_the_same_detail_reported_a_month_later_does_not_join(monkeypatch):
    # a later report of a happening is a mention or a consequence, not a report of the day
    story = report(BLEW, when="../1998-09-07")
    fact_of, bombing = fact_of_bombing(BOMBING + story + OTHER)
    assert fact_of[story[0].id] != bombing
    monkeypatch.setattr(facts, "STORY_DAYS", 40)
    fact_of, bombing = fact_of_bombing(BOMBING + story + OTHER)
    assert fact_of[story[0].id] == bombing


def test_a_document_that_does_not_tell_the_story_adds_nothing(monkeypatch):
    # the same sentence, in a report whose other statements are about something else
    alone = report(BLEW, rest=["Farmers protested against grain prices in Lyon.", "The orchestra cancelled its tour."])
    fact_of, bombing = fact_of_bombing(BOMBING + alone + OTHER)
    assert fact_of[alone[0].id] != bombing
    monkeypatch.setattr(facts, "STORY_SHARE", 0.0)
    fact_of, bombing = fact_of_bombing(BOMBING + alone + OTHER)
    assert fact_of[alone[0].id] == bombing


def test_another_happening_of_the_story_does_not_join(monkeypatch):
    story = report(CUT)
    fact_of, bombing = fact_of_bombing(BOMBING + story + OTHER)
    assert fact_of[story[0].id] != bombing
    # (what keeps it out: "cut" is not what the fact's sources say happened)
    monkeypatch.setattr(facts, "_happening", lambda item: item.terms)
    fact_of, bombing = fact_of_bombing(BOMBING + story + OTHER)
    assert fact_of[story[0].id] == bombing


def test_a_core_without_rare_names_is_no_story(monkeypatch):
    monkeypatch.setattr(facts, "RARE_DF", 0)  # (every core term is then common)
    fact_of, bombing = fact_of_bombing(BOMBING + report(BLEW) + OTHER)
    assert fact_of[report(BLEW)[0].id] != bombing


def test_the_story_statement_of_another_actor_does_not_join(monkeypatch):
    # even were condemning a happening of the fact, Cuba is not among its actors
    cuba = report("The Cuban government condemned the bombings at U.S. embassies in Kenya and Tanzania.")
    monkeypatch.setattr(facts, "_happening", lambda item: item.terms)
    fact_of, bombing = fact_of_bombing(BOMBING + cuba + OTHER)
    assert fact_of[cuba[0].id] != bombing
    unnamed = report("The government condemned the bombings at U.S. embassies in Kenya and Tanzania.")
    fact_of, bombing = fact_of_bombing(BOMBING + unnamed + OTHER)
    assert fact_of[unnamed[0].id] == bombing


@pytest.mark.parametrize("first", [True, False])
def test_the_story_document_added_later_or_first_groups_as_all_at_once(first):
    story = report(BLEW)
    whole = facts.group(BOMBING + story + OTHER)
    index = facts.build((story if first else BOMBING) + OTHER)
    facts.regroup(index, BOMBING if first else story)
    assert index.fact_of == whole


def test_the_story_join_is_independent_of_input_order():
    events = BOMBING + report(BLEW) + report(CUT, source="apw/0826") + OTHER
    assert facts.group(events[::-1]) == facts.group(events)


# ------------------------------------------------------------------ same actors, same day

JOINED = [
    ev("Ruritania and Osterlich formally joined the Northern Alliance at a ceremony in Vale on Friday.",
       "2024-03-08", "wire/1"),
    ev("Ruritania and Osterlich joined the Northern Alliance on Friday in a ceremony at Vale.", "2024-03-08", "daily/2"),
]


def became(when: str) -> list:
    return [ev("Ruritania and Osterlich today were admitted to the Northern Alliance.", when, "times/3"),
            ev("The ceremony in Vale was attended by the Alliance's ministers.", "../2024-03-08", "times/3")]


def test_the_same_actors_on_the_same_precise_day_are_the_same_happening():
    story = became("2024-03-08")
    index = facts.build(JOINED + story + OTHER)
    assert index.fact_of[story[0].id] == index.fact_of[JOINED[0].id]
    assert any(e.kind == "story" and e.a == story[0].id for e in index.explain(index.fact_of[story[0].id]))


@pytest.mark.parametrize("when", ["2024-03-07", "../2024-03-08", "2024-03"])
def test_another_verb_needs_the_fact_s_one_precise_day(when):
    # another day, or a date that only allows it, is no evidence that "were admitted" is "joined" (a verb of no paraphrase class)
    story = became(when)
    fact_of = facts.group(JOINED + story + OTHER)
    assert fact_of[story[0].id] != fact_of[JOINED[0].id]


def test_actors_outside_the_fact_s_core_are_not_its_actors():
    story = [ev("Ruritania and Borduria today were admitted to the Northern Alliance.", "2024-03-08", "times/3"),
             ev("The ceremony in Vale was attended by the Alliance's ministers.", "../2024-03-08", "times/3")]
    fact_of = facts.group(JOINED + story + OTHER)
    assert fact_of[story[0].id] != fact_of[JOINED[0].id]


# ------------------------------------------------------------------ datelines


def test_two_outlets_datelines_are_no_common_fact():
    a = [ev("INDEPENDENCE, Mo.", "../1999-03-12", "apw/1"), ev("The three countries joined NATO.", "1999-03-12", "apw/1")]
    b = [ev("INDEPENDENCE, MO.", "../1999-03-12", "nyt/2"), ev("The ferry timetable changed in Porto.", "1999-03-12", "nyt/2")]
    assert groups(facts.group(a + b + OTHER)) == []


def test_the_same_sentence_in_two_outlets_is_still_one_fact():
    text = "No one has claimed responsibility."
    a, b = ev(text, "../1998-08-08", "apw/1"), ev(text, "../1998-08-08", "xie/2")
    assert groups(facts.group([a, b] + OTHER)) == [{a.id, b.id}]


def test_a_named_actor_outside_the_core_does_not_join_on_a_title_word(monkeypatch):
    # "Kenya" of the subject is in the fact's core, the name that says who acts is not
    moi = report("Kenya's President Daniel arap Moi condemned the bombings at U.S. embassies in Kenya and Tanzania.")
    monkeypatch.setattr(facts, "_happening", lambda item: item.terms)
    # (in this small store "Kenya" is as rare as a name; in a news store it is common: 3 documents here)
    monkeypatch.setattr(facts, "RARE_DF", 3)
    fact_of, bombing = fact_of_bombing(BOMBING + moi + OTHER)
    assert fact_of[moi[0].id] != bombing
    # must not: a subject of the core's own words (no name of another actor) still joins
    kenya = report("Kenya and Tanzania condemned the bombings at U.S. embassies in Kenya and Tanzania.")
    fact_of, bombing = fact_of_bombing(BOMBING + kenya + OTHER)
    assert fact_of[kenya[0].id] == bombing
