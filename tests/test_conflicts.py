"""timeline conflicts: claims about the same happening that cannot all be right."""

from __future__ import annotations

import json

import pytest
from _linear import assert_linear

from timeline_cli import store
from timeline_cli.conflicts import GROUP_KEYS, REASON_KEYS, find_conflicts, numbers, topic_words
from timeline_cli.model import Event, make_id

FRONT = ("On October 24, Ukrainian intelligence reported that the first soldiers from the DPRK "
         "had already arrived at the front — in the Kursk region.")


def ev(text: str, when: str, by: str = "", source: str = "", **kw) -> Event:
    return Event(id=make_id(text, when, source), when=when, text=text, by=by, source=source, **kw)


# ---------------------------------------------------------------- numbers

NUMBER_CASES = [
    ("There are approximately 12 000 military personnel, including 500 officers and three generals.",
     [(12000, "troops"), (500, "officers"), (3, "generals")]),
    ("About 10,000 North Korean troops", [(10000, "troops")]),
    ("12.000 soldiers", [(12000, "troops")]),
    ("12\u00a0000 soldiers", [(12000, "troops")]),
    ("12k troops", [(12000, "troops")]),
    ("12 thousand troops", [(12000, "troops")]),
    ("twelve thousand soldiers", [(12000, "troops")]),
    ("a thousand of its soldiers", [(1000, "troops")]),
    ("two hundred and fifty tanks", [(250, "tanks")]),
    ("1.5 million people fled", [(1500000, "people")]),
    ("a dozen drones", [(12, "drones")]),
    ("dozen drones", [(12, "drones")]),
    ("fighting on October 8-13, 2024 near 3 villages", [(3, "village")]),
    ("on 24 October 2024", []),
    ("the 11th separate airborne assault brigade", []),
    ("in 2024 there were 40 dead", [(40, "killed")]),
]


@pytest.mark.parametrize("text, expected", NUMBER_CASES)
def test_numbers_are_read_in_any_writing(text, expected):
    assert numbers(text) == expected


def test_number_cases_have_no_duplicates():
    texts = [t for t, _ in NUMBER_CASES]
    assert len(texts) == len(set(texts))


def test_topic_words_leave_out_numbers_dates_and_the_claimant():
    words = topic_words(ev(FRONT, "2024-10-24", by="Ukrainian intelligence"))
    assert "ukrainian" not in words and "intelligence" not in words
    assert "october" not in words and "24" not in words
    assert {"soldier", "front", "kursk", "arrived"} <= words


# ---------------------------------------------------------------- finding conflicts


def test_dates_that_cannot_both_be_right_from_two_claimants():
    a = ev(FRONT, "2024-10-24", by="Ukrainian intelligence", source="seed.txt")
    b = ev("First North Korean soldiers arrived at the front in the Kursk region", "2024-10-23", by="Pentagon")
    [group] = find_conflicts([a, b])
    assert group.kinds == ("dates",)
    assert [e.id for e in group.events] == [b.id, a.id]  # timeline order
    [reason] = group.reasons
    assert "24 Oct 2024 (Ukrainian intelligence)" in reason.words and "23 Oct 2024 (Pentagon)" in reason.words


def test_refined_or_overlapping_dates_are_not_conflicts():
    a = ev(FRONT, "2024-10", by="Ukrainian intelligence")
    b = ev("First North Korean soldiers arrived at the front in the Kursk region", "2024-10-23", by="Pentagon")
    assert find_conflicts([a, b]) == []


def test_one_source_repeating_a_happening_on_two_dates_is_not_a_conflict():
    a = ev("Russian forces shelled Kharkiv overnight with drones", "2024-10-01", source="feed")
    b = ev("Russian forces shelled Kharkiv with drones and missiles", "2024-10-05", source="feed")
    assert find_conflicts([a, b]) == []


def test_near_identical_statements_on_two_dates_conflict_even_from_one_source():
    a = ev("The agreement was signed in Pyongyang", "2024-06-19", source="feed")
    b = ev("The agreement was signed in Pyongyang.", "2024-06-20", source="feed")
    [group] = find_conflicts([a, b])
    assert group.kinds == ("dates",)


def test_different_numbers_for_the_same_thing():
    a = ev("About 10 000 North Korean troops are at the front in Kursk", "2024-10", by="Pentagon")
    b = ev("There are approximately 12,000 North Korean soldiers at the Kursk front", "2024-10-20/2024-10-31",
           by="Ukrainian intelligence")
    [group] = find_conflicts([a, b])
    assert group.kinds == ("numbers",)
    assert "numbers differ for troops: 10,000 (Pentagon) vs 12,000 (Ukrainian intelligence)" in group.reasons[0].words


def test_same_number_written_differently_is_no_conflict():
    a = ev("About 12 000 North Korean troops are at the front in Kursk", "2024-10", by="Pentagon")
    b = ev("About twelve thousand North Korean soldiers are at the Kursk front", "2024-10", by="Kyiv")
    c = ev("About 12,000 North Korean troops at the front in Kursk", "2024-10", by="Seoul")
    assert find_conflicts([a, b, c]) == []


def test_numbers_at_different_times_are_no_conflict():
    a = ev("About 10 000 North Korean troops are in Kursk", "2024-10", by="Pentagon")
    b = ev("About 50 000 North Korean troops are in Kursk", "2025-03", by="Pentagon")
    assert find_conflicts([a, b]) == []


def test_three_sources_three_dates_make_one_group():
    base = "North Korean soldiers arrived at the front in the Kursk region"
    events = [ev(base, f"2024-10-2{d}", by=who) for d, who in ((2, "A"), (3, "B"), (4, "C"))]
    [group] = find_conflicts(events)
    assert len(group.events) == 3 and len(group.reasons) == 3


def test_unrelated_statements_are_not_grouped():
    a = ev("Agreement signed between Russia and North Korea", "2024-06", by="WSJ")
    b = ev("Troops shipped to Vladivostok by the Pacific Fleet", "2024-10-08/2024-10-13", by="NIS")
    assert find_conflicts([a, b]) == []


def test_merge_marked_versions_are_grouped():
    a = ev("first clash", "2024-11-04").with_(id="aaaa", conflict="both branches changed when; this is ours, theirs is bbbb")
    b = ev("first clash", "2024-11-05").with_(id="bbbb", conflict="both branches changed when; this is theirs, ours is aaaa")
    lone = ev("kept after a delete", "2024-11-06").with_(conflict="changed on ours, deleted on theirs")
    groups = find_conflicts([a, b, lone])
    assert [[e.id for e in g.events] for g in groups] == [["aaaa", "bbbb"], [lone.id]]
    assert all("merge" in g.kinds for g in groups)


def test_grouping_stays_linear_on_a_large_store():
    # Many distinct statements sharing districts, months and claimants: doubling them must not
    # quadruple the time (a ratio, not a clock).
    def events(n: int) -> list[Event]:
        return [ev(f"unit u{i} moved to village v{i} in district d{i % 50}", f"2024-{1 + i % 12:02d}", by=f"src{i % 7}")
                for i in range(n)]

    assert_linear(find_conflicts, events, what="find_conflicts on distinct statements", n=256, max_n=1 << 15)


# ---------------------------------------------------------------- the command


@pytest.fixture
def conflicted(tl):
    store.save(tl.store, [
        ev(FRONT, "2024-10-24", by="Ukrainian intelligence", source="seed.txt"),
        ev("First North Korean soldiers arrived at the front in the Kursk region", "2024-10-23", by="Pentagon"),
        ev("Agreement signed", "2024-06", by="WSJ"),
    ])
    return tl


def test_exit_1_and_plain_lines_when_found(conflicted):
    result = conflicted("conflicts", "--format", "plain")
    assert result.exit_code == 1
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert [(l[0], l[1], l[2], l[4]) for l in lines] == [
        ("1", "dates", "2024-10-23", "Pentagon"), ("1", "dates", "2024-10-24", "Ukrainian intelligence")]


def test_exit_0_when_none(conflicted):
    result = conflicted("conflicts", "--format", "plain", "--grep", "agreement")
    assert result.exit_code == 0 and result.stdout == ""


def test_json_contract(conflicted):
    result = conflicted("conflicts", "--format", "json")
    [group] = json.loads(result.stdout)
    assert list(group) == list(GROUP_KEYS) == ["kinds", "reasons", "events", "finding", "verdict"]
    assert list(group["reasons"][0]) == list(REASON_KEYS) == ["kind", "ids", "words"]
    assert [e["when"] for e in group["events"]] == ["2024-10-23", "2024-10-24"]
    assert list(group["events"][0])[:4] == ["id", "when", "start", "end"]


def test_rich_shows_claimants_side_by_side_safely(tl):
    from timeline_cli.fields import normalise_event

    store.save(tl.store, [normalise_event(e) for e in [
        ev("First soldiers arrived at the Kursk front [bold]x[/] \x1b[2J", "2024-10-24", by="Kyiv \u202e"),
        ev("First soldiers arrived at the Kursk front", "2024-10-20", by="Seoul"),
    ]])
    result = tl("--color", "always", "conflicts", "--format", "rich")
    assert result.exit_code == 1
    assert "Conflict 1: dates" in result.stdout and "Seoul" in result.stdout
    assert "[bold]x[/]" in result.stdout and "\x1b[2J" not in result.stdout and "\u202e" not in result.stdout


def test_missing_store_is_an_error(tl):
    result = tl("conflicts")
    assert result.exit_code == 1 and "no store at" in result.stderr


# ---------------------------------------------------------------- flooding (issue 10, finding 11)
# 60 reposts of one wording made the words that tell two claims apart too common to index
# (diff.POSTING_SHARE) and the contradiction disappeared, exit 0. Copies of a wording now
# count once, and inside a wording events are compared as claims (same days, same counts).

REPOST = "First North Korean soldiers arrived at the front in the Kursk region"


def flood(n: int, text: str = REPOST, when: str = "2024-10-23") -> list[Event]:
    return [ev(text, when, by=f"account{i}", source=f"https://social.example/post/{i}") for i in range(n)]


@pytest.mark.parametrize("n", [60, 61, 200])
def test_a_flood_of_reposts_does_not_hide_a_contradiction(tl, n):
    claim = ev(FRONT, "2024-10-24", by="Ukrainian intelligence", source="seed.txt")
    store.save(tl.store, [*flood(n), claim, ev("Agreement signed", "2024-06", by="WSJ")])
    result = tl("conflicts", "--format", "plain")
    assert result.exit_code == 1, result.output
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert {line[0] for line in lines} == {"1"} and len(lines) == n + 1  # one group: the claim and every repost
    assert ["1", "dates", "2024-10-24", "Ukrainian intelligence"] == [lines[-1][i] for i in (0, 1, 2, 4)]


def test_a_flood_of_the_same_wording_on_one_day_against_another_day(tl):
    denial = ev(REPOST, "2024-10-20", by="Pentagon")
    store.save(tl.store, [*flood(80), denial])
    result = tl("conflicts", "--format", "json")
    assert result.exit_code == 1
    [group] = json.loads(result.stdout)
    assert group["kinds"] == ["dates"] and len(group["events"]) == 81
    assert all(denial.id in reason["ids"] for reason in group["reasons"])  # each repost against the denial


def test_a_flood_of_one_count_does_not_hide_another_count(tl):
    posts = [ev("About 12,000 North Korean troops are at the Kursk front", "2024-10", by=f"b{i}", source=f"p{i}")
             for i in range(100)]
    other = ev("About 10 000 North Korean soldiers are at the front in Kursk", "2024-10", by="Pentagon")
    store.save(tl.store, [*posts, other])
    result = tl("conflicts", "--format", "json")
    assert result.exit_code == 1
    [group] = json.loads(result.stdout)
    assert group["kinds"] == ["numbers"] and len(group["events"]) == 101


def test_reposts_that_agree_are_no_conflict():
    assert find_conflicts(flood(300)) == []
    assert find_conflicts(flood(100) + flood(100, when="2024-10")) == []  # a refinement, not a contradiction


def test_many_dates_of_one_wording_stay_linear_and_are_all_found():
    # Beyond EXACT_CLAIM_PAIRS each claim meets a few partners chosen by date; every event
    # whose date contradicts another still ends up in the group.
    days = [f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(400)]
    events = [ev(REPOST, day, by=f"a{i}") for i, day in enumerate(days)]
    [group] = find_conflicts(events)
    assert len(group.events) == len(events)


@pytest.mark.parametrize("shape", ["same-day", "many-days", "two-wordings"])
def test_doubling_a_flood_does_not_quadruple_the_time(shape):
    """A ratio, never an absolute time: twice the reposts take at most about twice as long.
    assert_linear raises N until one timing is long enough to measure, and times again before
    it fails (a single pair of timings near 50 ms failed on a busy machine)."""
    claim = ev(FRONT, "2024-10-24", by="Ukrainian intelligence", source="seed.txt")

    def build(n: int) -> list[Event]:
        if shape == "same-day":
            return [*flood(n), claim]
        if shape == "many-days":
            return [ev(REPOST, f"20{10 + i % 14}-{1 + i % 12:02d}-{1 + i % 28:02d}", by=f"a{i}") for i in range(n)]
        return [*flood(n // 2), *flood(n // 2, text=FRONT, when="2024-10-24"), claim]

    assert_linear(find_conflicts, build, what=f"find_conflicts on a {shape} flood", n=2000, max_n=1 << 16)


# ---------------------------------------------------------------- triage (issue 12)


def test_findings_can_be_dismissed_reviewed_and_reopened(conflicted):
    [group] = find_conflicts(store.load(conflicted.store))
    finding = group.finding
    lines = conflicted("conflicts", "--format", "plain").stdout.splitlines()
    assert {line.split("\t")[7] for line in lines} == {finding}
    assert finding in conflicted("--color", "always", "conflicts", "--format", "rich").stdout
    before = set(store.load(conflicted.store))
    result = conflicted("conflicts", "--dismiss", finding[:6])
    assert result.exit_code == 0 and "not-a-conflict" in result.output
    assert set(store.load(conflicted.store)) == before  # events untouched
    hidden = conflicted("conflicts", "--format", "plain")
    assert hidden.exit_code == 0 and hidden.stdout == ""
    shown = conflicted("conflicts", "--all", "--format", "plain")
    assert {line.split("\t")[8] for line in shown.stdout.splitlines()} == {"not-a-conflict"}
    assert json.loads(conflicted("conflicts", "--all", "--format", "json").stdout)[0]["verdict"] == "not-a-conflict"
    assert conflicted("conflicts", "--reviewed", finding).exit_code == 0
    assert store.Store(conflicted.store).memory().reviews[finding].verdict == "reviewed"
    assert conflicted("conflicts", "--reopen", finding[:5]).exit_code == 0
    assert conflicted("conflicts", "--format", "plain").exit_code == 1


def test_a_finding_id_survives_unrelated_edits_but_not_a_new_member(conflicted):
    [group] = find_conflicts(store.load(conflicted.store))
    assert conflicted("conflicts", "--dismiss", group.finding).exit_code == 0
    conflicted("add", "2024-01-01: something unrelated happened in Paris")
    assert conflicted("conflicts", "--format", "plain").stdout == ""


def test_bad_finding_ids(conflicted):
    before = conflicted.store.read_bytes()
    for args in (["--dismiss", "zzzzzz"], ["--reopen", "zzzzzz"], ["--reviewed", "ab"]):
        result = conflicted("conflicts", *args)
        assert result.exit_code == 2 and "Error:" in result.output, result.output
    assert conflicted.store.read_bytes() == before
