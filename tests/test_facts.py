"""Same-fact grouping (timeline_cli.facts): the rules of issue 15, their examples and the
cases that must not group."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from timeline_cli import facts
from timeline_cli.model import Event, make_id


def ev(text: str, when: str, source: str, by: str = "") -> Event:
    return Event(id=make_id(text, when, source), when=when, text=text, source=source, by=by,
                 reported=date(2024, 3, 6))


# The example: a minister's apology for an earlier raid, reported by a British, an
# American business and an American cable outlet.
APOLOGY = [
    ev("Defence Minister John Hale apologised on Tuesday for the raid on Karam.", "2024-03-05", "bbc.co.uk/1", "Mr Hale"),
    ev("Soldiers raided the village of Karam on 27 February, killing four civilians.", "2024-02-27", "bbc.co.uk/1"),
    ev("Defense Minister John Hale apologized Tuesday for the Karam raid.", "2024-03-05", "wsj.com/2", "Mr. Hale"),
    ev("Troops raided Karam on Feb. 27 and killed four civilians, officials said.", "2024-02-27", "wsj.com/2", "officials"),
    ev("Minister John Hale offered an apology on Tuesday over the raid in Karam.", "2024-03-05", "cnn.com/3"),
    ev("The raid on Karam on February 27 killed four civilians.", "2024-02-27", "cnn.com/3"),
]


def clear_pack_caches() -> None:
    """The English pack's caches (stems, terms, heads) keep what they read under a flag's first
    value: a test that switches a flag clears them before and after."""
    from timeline_cli.lang.en import facts as en

    for value in vars(en).values():
        if hasattr(value, "cache_clear"):
            value.cache_clear()
    en._TERMS.clear()  # the token -> term table (a dict of its own, not a functools cache)


@contextmanager
def pack_flags_off(*flags: str) -> Iterator[None]:
    """The English pack's `flags` switched off for the block, its caches cleared before and after."""
    from timeline_cli.lang.en import facts as en

    old = {flag: getattr(en, flag) for flag in flags}
    clear_pack_caches()
    for flag in flags:
        setattr(en, flag, False)
    try:
        yield
    finally:
        for flag, value in old.items():
            setattr(en, flag, value)
        clear_pack_caches()


def rev(text: str, when: str, source: str, reported: date) -> Event:
    """A statement as a report of day `reported` gives it."""
    return Event(id=make_id(text, when, source), when=when, text=text, source=source, reported=reported)


def filler(year: int, month: int) -> list[Event]:
    """Other reports of that month, so that the words of a test's statements are as rare as in
    a news store."""
    return [rev(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
                f"../{year}-{month:02d}-{1 + k % 28:02d}", f"wsj/filler{k}", date(year, month, 1 + k % 28))
            for k in range(30)]


def together(a: str, b: str, *, when: str, outlets: tuple[str, str], reported: tuple[date, date],
             others: list[Event]) -> bool:
    """Whether statement `a` (told by `outlets[0]` on `reported[0]`) and statement `b` (by
    `outlets[1]` on `reported[1]`), both dated `when`, land in one fact among `others`."""
    ea = rev(a, when, outlets[0], reported[0])
    eb = rev(b, when, outlets[1], reported[1])
    fact_of = facts.group([ea, eb, *others])
    return fact_of[ea.id] == fact_of[eb.id]


def groups(fact_of: dict[str, str]) -> list[set[str]]:
    out: dict[str, set[str]] = {}
    for event_id, fact in fact_of.items():
        out.setdefault(fact, set()).add(event_id)
    return sorted((g for g in out.values() if len(g) > 1), key=min)


def test_the_apology_and_the_raid_are_one_fact_each_with_three_sources():
    index = facts.build(APOLOGY)
    apology = {APOLOGY[0].id, APOLOGY[2].id, APOLOGY[4].id}
    raid = {APOLOGY[1].id, APOLOGY[3].id, APOLOGY[5].id}
    assert sorted(groups(index.fact_of), key=min) == sorted([apology, raid], key=min)
    for members in (apology, raid):
        fid = index.fact_of[next(iter(members))]
        assert index.sources(fid) == 3


def test_fact_id_is_the_smallest_member_id_whatever_the_input_order():
    first = facts.group(APOLOGY)
    for seed in range(5):
        shuffled = list(APOLOGY)
        random.Random(seed).shuffle(shuffled)
        assert facts.group(shuffled) == first
    apology_ids = [APOLOGY[i].id for i in (0, 2, 4)]
    assert first[apology_ids[0]] == facts.FACT_PREFIX + min(apology_ids)


def test_a_lone_statement_is_a_fact_of_its_own():
    fact_of = facts.group(APOLOGY[:1])
    assert fact_of == {APOLOGY[0].id: facts.FACT_PREFIX + APOLOGY[0].id}


def test_explain_names_the_shared_terms_and_the_days_both_dates_allow():
    index = facts.build(APOLOGY)
    fid = index.fact_of[APOLOGY[0].id]
    evidence = index.explain(fid)
    assert len(evidence) == 2  # three statements, two links
    assert all(e.kind == "terms" for e in evidence)
    assert all("apolog" in e.shared and "hale" in e.shared for e in evidence)
    assert all(e.days == (date(2024, 3, 5), date(2024, 3, 5)) for e in evidence)
    assert "dates overlap 2024-03-05" in evidence[0].describe()
    with pytest.raises(KeyError):
        index.explain("Fnot-a-fact")


def test_claimants_spelled_differently_are_one_claimant_in_the_evidence():
    pair = [ev("Defence Minister John Hale apologised for the raid on Karam.", "2024-03-05", "a", "Mr Hale"),
            ev("Defence Minister John Hale apologised for the Karam raid.", "2024-03-05", "b", "mr. hale")]
    index = facts.build(pair)
    (link,) = index.explain(index.fact_of[pair[0].id])
    assert link.claimant == "hale"


# ------------------------------------------------------------------ must not group


def test_statements_of_one_document_never_corroborate_each_other():
    same_doc = [ev("Troops raided Karam on Feb. 27.", "2024-02-27", "one.txt"),
                ev("Troops raided Karam on Feb. 27 again, the paper repeated.", "2024-02-27", "one.txt")]
    assert groups(facts.group(same_doc)) == []


def test_statements_whose_dates_cannot_overlap_never_group():
    apart = [ev("Troops raided Karam, killing four civilians.", "2024-02-27", "a"),
             ev("Troops raided Karam, killing four civilians.", "2024-04-02", "b")]
    assert groups(facts.group(apart)) == []
    # an open date ("on or before 6 March") overlaps the day before it
    overlapping = [apart[0], ev("Troops raided Karam, killing four civilians.", "../2024-03-06", "c")]
    assert len(groups(facts.group(overlapping))) == 1


def test_every_member_of_a_fact_shares_a_day():
    chain = [ev("Troops raided Karam, killing four civilians.", "2024-02", "a"),
             ev("Troops raided Karam, killing four civilians.", "2024-02-27", "b"),
             ev("Troops raided Karam, killing four civilians.", "2024-02-03", "c")]
    fact_of = facts.group(chain)
    # a, b and a, c may pair, but b and c have no day in common
    assert fact_of[chain[1].id] != fact_of[chain[2].id]


def test_another_actor_doing_the_same_thing_is_another_fact():
    condemned = [ev("South Africa condemned the bombing of the US embassy in Nairobi.", "2024-08-08", "a"),
                 ev("The Cuban government condemned the bombing of the US embassy in Nairobi.", "2024-08-08", "b")]
    assert groups(facts.group(condemned)) == []


def test_a_happening_mentioned_in_passing_is_not_that_happening():
    passing = [ev("The embassy bombing in Nairobi killed 247 people.", "2024-08-07", "a"),
               ev("Officials in Nairobi, where she arrived next, hoped she would bring aid after the "
                  "embassy bombing killed 247 people.", "2024-08-07", "b")]
    assert groups(facts.group(passing)) == []


def test_statements_sharing_only_common_words_do_not_group():
    loose = [ev("The minister said the talks would continue next week.", "2024-03-05", "a"),
             ev("The minister said the budget would be published next week.", "2024-03-05", "b")]
    assert groups(facts.group(loose)) == []


# ------------------------------------------------------------------ re-publication


def test_a_republished_wire_story_counts_as_one_source():
    wire = ["Troops raided Karam on Feb. 27 and killed four civilians.",
            "The army said the soldiers came under fire first.",
            "Villagers said no one fired at the soldiers."]
    copies = [ev(t, "2024-02-27", "paper-one") for t in wire] + [ev(t, "2024-02-27", "paper-two") for t in wire]
    other = ev("Soldiers raided the village of Karam on 27 February, killing four civilians.", "2024-02-27", "bbc")
    index = facts.build(copies + [other])
    fid = index.fact_of[copies[0].id]
    assert index.fact_of[copies[3].id] == fid  # the copy is the same fact ...
    assert index.fact_of[other.id] == fid
    assert index.sources(fid) == 2  # ... but not another source
    assert index.wire_groups() == {"paper-two": "paper-one"}


def test_a_copy_added_later_is_seen_as_a_copy():
    # wire_groups is remembered between calls (asked once per fact): statements added after
    # it was read must still make their source a copy
    wire = ["Troops raided Karam on Feb. 27 and killed four civilians.",
            "The army said the soldiers came under fire first.",
            "Villagers said no one fired at the soldiers."]
    index = facts.build([ev(t, "2024-02-27", "paper-one") for t in wire])
    assert index.wire_groups() == {}
    facts.regroup(index, [ev(t, "2024-02-27", "paper-two") for t in wire])
    assert index.wire_groups() == {"paper-two": "paper-one"}
    assert index.sources(index.fact_of[make_id(wire[0], "2024-02-27", "paper-one")]) == 1


# ------------------------------------------------------------------ user links and unlinks


def test_a_user_link_groups_what_the_rules_would_not():
    a = ev("The ceasefire held overnight.", "2024-03-05", "a")
    b = ev("No shots were heard in the capital.", "2024-03-05", "b")
    assert groups(facts.group([a, b])) == []
    index = facts.build([a, b], links=[(a.id, b.id)])
    assert index.fact_of[a.id] == index.fact_of[b.id]
    assert [e.kind for e in index.explain(index.fact_of[a.id])] == ["user link"]


def test_an_unlinked_statement_stays_alone_and_an_unlinked_pair_apart():
    index = facts.build(APOLOGY, unlinks=[APOLOGY[4].id])
    assert index.fact_of[APOLOGY[4].id] == facts.FACT_PREFIX + APOLOGY[4].id
    assert index.fact_of[APOLOGY[0].id] == index.fact_of[APOLOGY[2].id]
    index = facts.build(APOLOGY, unlinks=[(APOLOGY[0].id, APOLOGY[2].id)])
    assert index.fact_of[APOLOGY[0].id] != index.fact_of[APOLOGY[2].id]


def test_links_to_statements_not_in_the_store_are_ignored():
    index = facts.build(APOLOGY[:2], links=[(APOLOGY[0].id, "gone")])
    assert len(index.fact_of) == 2


# ------------------------------------------------------------------ incremental


def test_adding_a_document_regroups_as_grouping_everything_at_once():
    by_source: dict[str, list[Event]] = {}
    for e in APOLOGY:
        by_source.setdefault(e.source, []).append(e)
    index = facts.build(by_source["bbc.co.uk/1"] + by_source["wsj.com/2"])
    facts.regroup(index, by_source["cnn.com/3"])
    assert index.fact_of == facts.group(APOLOGY)


def test_regroup_ignores_statements_already_indexed():
    index = facts.build(APOLOGY)
    before = dict(index.fact_of)
    facts.regroup(index, APOLOGY[:2])
    assert index.fact_of == before


# ------------------------------------------------------------------ the seed article


def test_the_seed_article_alone_groups_nothing():
    from timeline_cli.api import document_events

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    assert seeds
    events = [e for path in seeds
              for e in document_events(path.read_text(encoding="utf-8"), reported=date(2024, 11, 6), source=path.name)]
    assert len(events) > 10
    index = facts.build(events)
    assert groups(index.fact_of) == []
    assert all(index.sources(fid) == 1 for fid in index.facts())
    # nor when its statements arrive one by one (the incremental path), each as if from a
    # source of its own: then only the rules keep its different facts apart. The one pair
    # they join is one happening the article states twice (the soldiers' first losses).
    from dataclasses import replace

    one_by_one = facts.build([])
    for k, event in enumerate(events):
        facts.regroup(one_by_one, [replace(event, source=f"source-{k}")])
    texts = {e.id: e.text for e in events}
    assert [sorted(texts[i][:40] for i in g) for g in groups(one_by_one.fact_of)] == [[
        "It is not clear when exactly the battle ", "North Korean soldiers, who were sent to "]]


def test_undated_statements_need_one_more_shared_word():
    """Two statements dated only by their reports ("../REPORTED") meet on words alone: two
    shared words ("bake", "cake") are a coincidence between a game review and a joke page;
    the same two words in statements dated the same week still link."""
    undated = [ev("They bake cakes.", "../2024-03-06", "games.example/review"),
               ev("How do cats bake cake?", "../2024-03-06", "jokes.example/list")]
    assert groups(facts.group(undated)) == []
    dated = [ev("They bake cakes.", "2024-03-04", "games.example/review"),
             ev("How do cats bake cake?", "2024-03-04", "jokes.example/list")]
    assert groups(facts.group(dated)) == [{e.id for e in dated}]
    shared3 = [ev("The bakers bake cakes for the village fair.", "../2024-03-06", "a.example/1"),
               ev("Village bakers bake cakes every spring.", "../2024-03-06", "b.example/2")]
    assert groups(facts.group(shared3)) == [{e.id for e in shared3}]


def test_an_undated_statement_and_one_dated_years_before_its_report_need_one_more_shared_word():
    """A statement dated only by its report ("../2023-11-02") overlaps any earlier date, so a
    date years before it confirms nothing: two shared words ("sting", "jet") do not link a
    2023 page to a 1987 storm; within a year of the report they still do ("Slepian was shot"
    restated months later), and a third shared word links across the years."""
    far = [ev("A sting jet is forecast.", "../2023-11-02", "metro.example/storm"),
           ev("A sting jet struck in 1987.", "1987", "bbc.example/1987")]
    assert groups(facts.group(far)) == []
    near = [far[0], ev("A sting jet struck on Wednesday.", "2023-11-01", "bbc.example/ciaran")]
    assert groups(facts.group(near)) == [{e.id for e in near}]
    three = [ev("A sting jet struck, forecasters recall.", "../2023-11-02", "metro.example/storm"), far[1]]
    assert groups(facts.group(three)) == [{e.id for e in three}]


def test_explain_leaves_an_open_end_of_the_days_blank():
    """Two statements dated by their reports only ("../2024-03-06") overlap on every day up to
    the earlier report: the evidence says "..2024-03-06", not the calendar's first day."""
    undated = [ev("The bakers bake cakes for the village fair.", "../2024-03-06", "a.example/1"),
               ev("Village bakers bake cakes every spring.", "../2024-03-06", "b.example/2")]
    index = facts.build(undated)
    (evidence,) = index.explain(index.fact_of[undated[0].id])
    assert evidence.days == (date.min, date(2024, 3, 6))
    assert "dates overlap ..2024-03-06" in evidence.describe()
    assert "0001" not in evidence.describe()
