"""Session 23 CLI gaps (cli9): tags holding invisible characters, an alias that changes nothing,
dates typed with "late", "by", "since" or a time of day. Each test failed before its fix."""

from __future__ import annotations

import json

import pytest

ZWSP, ZWJ, WJ = "\u200b", "\u200d", "\u2060"
FAMILY = f"\U0001f468{ZWJ}\U0001f469{ZWJ}\U0001f467"  # one emoji: its joiners are part of it


def _export(tl) -> list[dict]:
    return json.loads(tl("export", "--format", "json").stdout)


# ---------------------------------------------------------------- tags


@pytest.mark.parametrize("char", [ZWSP, WJ, ZWJ])
def test_a_tag_loses_a_hidden_character_and_matches_what_it_looks_like(tl, char):
    """`tag ID +kur<ZWSP>sk` showed 'kur\\u200bsk' but `--tag kursk` did not find it."""
    eid = tl("add", "2024-06-01: troops moved").stdout.strip()
    result = tl("tag", eid, f"+kur{char}sk")
    assert result.exit_code == 0 and "added tag kursk " in result.output
    assert eid in tl("show", "--tag", "kursk").stdout
    assert char not in tl.store.read_text(encoding="utf-8")
    assert eid in tl("show", "--tag", f"KUR{char}SK").stdout  # asked for with one: the same tag


def test_an_emoji_tag_keeps_its_joiners(tl):
    eid = tl("add", "2024-06-01: troops moved", "--tag", FAMILY).stdout.strip()
    assert tl("tag", eid, f"+a{ZWSP}b").exit_code == 0
    assert _export(tl)[0]["tags"] == [FAMILY, "ab"]
    assert eid in tl("show", "--tag", FAMILY).stdout


def test_a_tag_of_invisible_characters_alone_is_refused_as_blank(tl):
    eid = tl("add", "2024-06-01: troops moved").stdout.strip()
    result = tl("tag", eid, f"+{ZWSP}")
    assert result.exit_code == 2 and "a tag cannot be blank" in result.output
    assert "tags" not in tl.store.read_text(encoding="utf-8")


def test_add_and_remove_a_tag_typed_with_a_hidden_character(tl):
    eid = tl("add", "2024-06-01: troops moved", "--tag", f"kur{ZWSP}sk").stdout.strip()
    assert _export(tl)[0]["tags"] == ["kursk"]
    assert tl("tag", eid, f"-kur{WJ}sk").exit_code == 0
    assert _export(tl)[0]["tags"] == []


def test_a_hand_edited_store_holding_a_hidden_character_in_a_tag_loads(tl):
    tl.store.write_text('schema = 4\n\n[[event]]\nid = "e1"\nwhen = "2024-06-01"\ntext = "troops moved"\n'
                        f'tags = ["kur{ZWSP}sk", "{FAMILY}"]\n', encoding="utf-8")
    shown = tl("show", "--tag", "kursk")
    assert shown.exit_code == 0 and "troops moved" in shown.stdout
    assert _export(tl)[0]["tags"] == ["kursk", FAMILY]


# ---------------------------------------------------------------- aliases


@pytest.mark.parametrize("name, claimant", [("Alice", "alice"), ("the Pentagon", "Pentagon"), ("ALICE ", "Alice")])
def test_an_alias_between_spellings_of_one_claimant_is_refused_with_the_reason(tl, name, claimant):
    """`alias Alice alice` was stored, though --by already matches names without case."""
    assert tl("add", "2024-06-01: troops moved", "--by", "Alice").exit_code == 0
    assert tl("show", "--by", "ALICE").stdout.count("troops moved") == 1  # what makes the alias idle
    result = tl("alias", name, claimant)
    assert result.exit_code == 2 and "are one claimant already" in result.output
    assert "[[alias]]" not in tl.store.read_text(encoding="utf-8")


def test_an_alias_said_again_changes_nothing_and_says_so(tl):
    assert tl("add", "2024-06-01: troops moved", "--by", "the Pentagon").exit_code == 0
    assert tl("alias", "the Pentagon", "U.S. Department of Defense").exit_code == 0
    before = tl.store.read_text(encoding="utf-8")
    result = tl("alias", "the Pentagon", "U.S. Department of Defense")
    assert result.exit_code == 0 and "already" in result.output
    assert tl.store.read_text(encoding="utf-8") == before


def test_an_alias_between_different_names_still_joins_them(tl):
    assert tl("add", "2024-06-01: troops moved", "--by", "the Pentagon").exit_code == 0
    assert tl("alias", "Pentagon", "U.S. Department of Defense").exit_code == 0
    assert "troops moved" in tl("show", "--by", "Department of Defense").stdout


# ---------------------------------------------------------------- dates typed before a colon


@pytest.mark.parametrize("text, when, mod, rest", [
    ("By June 2024: the troops leave", "../2024-06", "", "the troops leave"),
    ("until 3 June 2024: the ban holds", "../2024-06-03", "", "the ban holds"),
    ("Since June 2024: prices rose", "2024-06/..", "", "prices rose"),
    ("Late June 2024: talks resumed", "2024-06", "late", "talks resumed"),
    ("In late June 2024: talks resumed", "2024-06", "late", "talks resumed"),
    ("mid-2024: a lull", "2024", "mid", "a lull"),
    ("Early spring 2024 - the thaw", "2024-21", "early", "the thaw"),
    ("The end of June 2024: a deal", "2024-06", "late", "a deal"),
    ("At 10:30 on 3 June 2024: troops crossed", "2024-06-03", "", "At 10:30: troops crossed"),
    ("3 June 2024 at 10 pm: troops crossed", "2024-06-03", "", "at 10 pm: troops crossed"),
])
def test_add_reads_a_bound_a_part_or_a_time_of_day_before_a_colon(tl, text, when, mod, rest):
    result = tl("add", text)
    assert result.exit_code == 0, result.output
    [event] = _export(tl)
    assert (event["when"], event.get("mod", ""), event["text"]) == (when, mod, rest)


@pytest.mark.parametrize("typed, text", [
    ("Late June 2024", "Late June 2024: talks resumed"),
    ("by June 2024", "By June 2024: talks resumed"),
    ("At 10:30 on 3 June 2024", "At 10:30 on 3 June 2024: talks resumed"),
])
def test_when_and_the_leading_date_make_the_same_event(tl, typed, text):
    """`--when` and the date before the colon read the same forms, into the same event."""
    by_option = tl("add", "talks resumed", "--when", typed).stdout.strip()
    by_text = tl("add", text).stdout.strip()
    assert by_option and by_option == by_text
    assert len(_export(tl)) == 1


@pytest.mark.parametrize("text", [
    "By the way: nothing happened",
    "Late news: nothing happened",
    "Since then: nothing happened",
    "Meeting at 10:30: agenda",
    "The meeting: agenda",
    "Early on: nothing happened",
    "By June 2024 the army had left",  # no colon: prose
    "Late June 2024 talks resumed",
])
def test_prose_starts_stay_prose(tl, text):
    result = tl("add", text)
    assert result.exit_code != 0 and "no date in" in result.output


@pytest.mark.parametrize("text, why", [
    ("Late 3 June 2024: talks", "goes with a month, a season, a year or a decade"),
    ("At 10:30 on June 2024: talks", "a time of day goes with one day"),
    ("By 3 - 5 June 2024: talks", "takes a single date, not a range"),
])
def test_a_part_or_time_that_cannot_go_with_its_date_is_named(tl, text, why):
    result = tl("add", text)
    assert result.exit_code != 0 and why in result.output and "no date in" not in result.output
