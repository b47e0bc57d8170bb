"""Session 24 red team (round 9): typed dates read alike by add, edit and import; aliases that
only shorten a chain; zero-width spaces in scripts written without spaces; hostile web pages and
e-mail; hostile text in HTML; merge, conflicts --dismiss, --since with a zone. Each test failed
before its fix."""

from __future__ import annotations

import json

import pytest


def _export(tl) -> list[dict]:
    return json.loads(tl("export", "--format", "json").stdout)


# ---------------------------------------------------------------- one reader of typed dates


@pytest.mark.parametrize("words, mod", [("late June 2024", "late"), ("mid June 2024", "mid"),
                                        ("early June 2024", "early")])
def test_edit_when_reads_the_part_of_a_month_as_add_does(tl, words, mod):
    """`edit --when "late June 2024"` was 'not a date' although `add` read it."""
    added = tl("add", "--when", words, "the dam opened").stdout.strip()
    other = tl("add", "2024-05-01: the vote").stdout.strip()
    result = tl("edit", other, "--when", words)
    assert result.exit_code == 0, result.output
    rows = {row["id"]: row for row in _export(tl)}
    assert rows[other]["when"] == rows[added]["when"] == "2024-06"
    assert rows[other]["mod"] == rows[added]["mod"] == mod


def test_edit_when_without_a_part_clears_the_old_one(tl):
    eid = tl("add", "Late June 2024: the dam opened").stdout.strip()
    assert tl("edit", eid, "--when", "July 2024").exit_code == 0
    row = _export(tl)[0]
    assert row["when"] == "2024-07" and not row.get("mod")


def test_edit_when_with_a_time_of_day_is_refused_not_dropped(tl):
    eid = tl("add", "2024-06-01: the dam opened").stdout.strip()
    result = tl("edit", eid, "--when", "at 10:30 on 3 June 2024")
    assert result.exit_code == 2 and "time of day" in result.output and "Traceback" not in result.output
    assert _export(tl)[0]["when"] == "2024-06-01"


def test_import_reads_the_part_of_a_month_as_add_does(tl, tmp_path):
    """`import` of a row dated "late June 2024" was refused."""
    rows = tmp_path / "rows.csv"
    rows.write_text("when,text\nlate June 2024,the dam opened\nmid-2024,the vote\n", encoding="utf-8")
    result = tl("import", str(rows))
    assert result.exit_code == 0, result.output
    added = tl("add", "--when", "late June 2024", "the dam opened")
    assert "already in" in added.output  # one event: the same id as add makes
    got = {row["text"]: (row["when"], row.get("mod")) for row in _export(tl)}
    assert got == {"the dam opened": ("2024-06", "late"), "the vote": ("2024", "mid")}


def test_import_refuses_a_mod_the_date_contradicts(tl, tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("when,text,mod\nlate June 2024,the dam opened,early\n", encoding="utf-8")
    result = tl("import", str(rows))
    assert result.exit_code != 0 and "'mod'" in result.output and "Traceback" not in result.output
    assert not tl.store.exists() or "dam" not in tl.store.read_text(encoding="utf-8")


def test_import_refuses_a_time_of_day_it_would_drop(tl, tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("when,text\nat 10:30 on 3 June 2024,the dam opened\n", encoding="utf-8")
    result = tl("import", str(rows))
    assert result.exit_code != 0 and "time of day" in result.output


# ---------------------------------------------------------------- aliases that only shorten a chain


def test_an_alias_a_chain_says_already_writes_nothing(tl):
    """`alias A C` after A -> B -> C rewrote the table (A -> C) though --by read A as C already."""
    tl("add", "2024-01-01: the vote", "--by", "A")
    assert tl("alias", "A", "B").exit_code == 0 and tl("alias", "B", "C").exit_code == 0
    before = tl.store.read_bytes()
    result = tl("alias", "A", "C")
    assert result.exit_code == 0
    assert "'A' means 'C' already, through 'B'" in result.output
    assert tl.store.read_bytes() == before
    assert tl("alias").stdout.splitlines() == ["A\tB", "B\tC"]


def test_an_alias_said_twice_and_a_new_one_are_unchanged(tl):
    tl("add", "2024-01-01: the vote", "--by", "A")
    tl("alias", "A", "B")
    assert "'A' means 'B' already" in tl("alias", "A", "B").output
    tl("alias", "X", "C")
    assert "'A' now means 'X'" in tl("alias", "A", "X").output  # a new claimant for A: written
    assert tl("alias").stdout.splitlines() == ["A\tX", "X\tC"]


# ---------------------------------------------------------------- word breaks of unspaced scripts

ZWSP = "\u200b"


@pytest.mark.parametrize("text", [f"ภาษา{ZWSP}ไทย", f"ไม่{ZWSP}ได้", f"日本語{ZWSP}です", f"東京{ZWSP}タワー"])
def test_a_word_break_between_letters_of_an_unspaced_script_stays(tl, text):
    """A zero-width space marking Thai or Japanese word breaks reached the terminal as \\u200b."""
    assert tl("add", f"2024-06-01: {text}", "--by", text).exit_code == 0
    for args in (["show"], ["show", "--format", "rich", "--color", "never"], ["facts"]):
        out = tl(*args).stdout
        assert text in out and "\\u200b" not in out, args


@pytest.mark.parametrize("text, shown", [(f"ไทย{ZWSP}Thai", "ไทย\\u200bThai"), (f"ไทย {ZWSP}ไทย", "ไทย \\u200bไทย"),
                                         (f"日本{ZWSP}2024", "日本\\u200b2024"), (f"한국{ZWSP}어", "한국\\u200b어"),
                                         (f"Ali{ZWSP}ce", "Ali\\u200bce")])
def test_a_zero_width_space_elsewhere_is_still_shown(tl, text, shown):
    assert tl("add", "2024-06-01: troops moved", "--by", text).exit_code == 0
    assert shown in tl("show").stdout


def test_a_tag_drops_a_word_break_it_cannot_show(tl):
    eid = tl("add", "2024-06-01: troops moved").stdout.strip()
    assert tl("tag", eid, f"+ภาษา{ZWSP}ไทย").exit_code == 0
    assert eid in tl("show", "--tag", "ภาษาไทย").stdout


# ---------------------------------------------------------------- hostile e-mail


def _eml(path, date_header: str, body: bytes, charset: str = "") -> None:
    kind = f"Content-Type: text/plain; charset={charset}\r\n" if charset else ""
    path.write_bytes(b"From: a@example.org\r\nSubject: s\r\nDate: " + date_header.encode() + b"\r\n"
                     b"MIME-Version: 1.0\r\n" + kind.encode() + b"\r\n" + body + b"\r\n")


@pytest.mark.parametrize("year", ["0000", "0024", "0099"])
def test_a_date_header_of_year_zero_is_not_read_as_this_century(tl, tmp_path, year):
    """'Date: Sat, 1 Jan 0000' dated the message 2000-01-01 (the two-digit year rule), so its
    'Yesterday' became 31 Dec 1999: a day the header never said."""
    mail = tmp_path / "m.eml"
    _eml(mail, f"Sat, 1 Jan {year} 10:00:00 +0000", b"Yesterday the dam opened.")
    result = tl("ingest", str(mail))
    assert result.exit_code == 0 and "gives no date of its own" in result.output
    row = _export(tl)[0]
    assert row["reported_assumed"]  # the date of today, said; not 2000, 2024 or 1999


def test_a_two_digit_date_header_year_is_still_read(tl, tmp_path):
    mail = tmp_path / "m.eml"
    _eml(mail, "Mon, 3 Jun 24 10:00:00 +0000", b"Yesterday the dam opened.")
    assert tl("ingest", str(mail)).exit_code == 0
    assert _export(tl)[0]["when"] == "2024-06-02"


@pytest.mark.parametrize("charset", ["utf-8", "x-no-such-charset", "us-ascii"])
def test_a_body_not_in_its_charset_keeps_its_letters_and_says_so(tl, tmp_path, charset):
    """A Latin-1 body labelled UTF-8 (or an unknown charset) lost every accented letter to
    U+FFFD, without a word."""
    mail = tmp_path / "m.eml"
    _eml(mail, "Mon, 3 Jun 2024 10:00:00 +0000", "On 3 June 2024 the café opened.".encode("cp1252"), charset)
    result = tl("ingest", str(mail))
    assert result.exit_code == 0 and "not in the charset it names" in result.output
    assert _export(tl)[0]["text"] == "On 3 June 2024 the café opened."


def test_a_body_in_its_charset_gives_no_warning(tl, tmp_path):
    mail = tmp_path / "m.eml"
    _eml(mail, "Mon, 3 Jun 2024 10:00:00 +0000", "On 3 June 2024 the café opened.".encode("latin-1"), "iso-8859-1")
    result = tl("ingest", str(mail))
    assert result.exit_code == 0 and "warning" not in result.output
    assert _export(tl)[0]["text"] == "On 3 June 2024 the café opened."


# ---------------------------------------------------------------- a timestamp for a day


@pytest.mark.parametrize("stamp", ["2024-01-01T00:00:00+05:00", "2024-01-01Z", "2024-01-01 UTC",
                                   "2024-01-01T10:00", "2024-01-01 10:00:00.123-0500"])
def test_since_with_a_time_or_zone_names_the_day_to_give(tl, stamp):
    """--since 2024-01-01T00:00:00+05:00 (a timestamp pasted from a log) said only 'is not a
    date' and listed date forms, none of which told the user what was wrong with it."""
    tl("add", "2024-01-01: the vote")
    result = tl("show", "--since", stamp)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "time of day or a time zone" in result.output and "give 2024-01-01" in result.output


def test_a_timestamp_before_a_colon_in_add_names_the_day(tl):
    result = tl("add", "2024-01-01T10:00: the vote")
    assert result.exit_code != 0 and "give the day alone: 2024-01-01" in result.output


# ---------------------------------------------------------------- merge: aliases both sides set


def _stores(tmp_path, tl, ours: tuple[str, str], theirs: tuple[str, str]):
    from tests.conftest import Timeline

    tl("add", "2024-01-01: the vote", "--by", "A")
    paths = {}
    for side, alias in (("base", None), ("ours", ours), ("theirs", theirs)):
        path = tmp_path / f"{side}.toml"
        path.write_bytes(tl.store.read_bytes())
        if alias:
            assert Timeline(path)("alias", *alias).exit_code == 0
        paths[side] = str(path)
    return paths


def _aliases_of(path) -> list[str]:
    from tests.conftest import Timeline

    return Timeline(path)("alias").stdout.splitlines()


def test_merge_says_which_alias_it_kept_when_both_sides_set_one(tl, tmp_path):
    """Ours A -> B, theirs A -> C: the merge kept B and dropped C without a word."""
    p = _stores(tmp_path, tl, ("A", "B"), ("A", "C"))
    out = tmp_path / "merged.toml"
    result = tl("merge", p["base"], p["ours"], p["theirs"], "-o", str(out), store=False)
    assert result.exit_code == 0
    assert "alias 'A': kept 'B'; theirs said 'C'" in result.output and 'timeline alias "A" "C"' in result.output
    assert _aliases_of(out) == ["A\tB"]


def test_merge_leaves_out_an_alias_that_closes_a_cycle(tl, tmp_path):
    """Ours A -> B, theirs B -> A: both landed, a cycle read as one claimant, in silence."""
    p = _stores(tmp_path, tl, ("A", "B"), ("B", "A"))
    out = tmp_path / "merged.toml"
    result = tl("merge", p["base"], p["ours"], p["theirs"], "-o", str(out), store=False)
    assert result.exit_code == 0 and "alias 'B' -> 'A' was left out" in result.output
    assert _aliases_of(out) == ["A\tB"]
    union = tmp_path / "union.toml"
    result = tl("merge", "--union", p["ours"], p["theirs"], "-o", str(union), store=False)
    assert "alias 'B' -> 'A' was left out" in result.output and _aliases_of(union) == ["A\tB"]


def test_merge_of_agreeing_aliases_says_nothing(tl, tmp_path):
    p = _stores(tmp_path, tl, ("A", "B"), ("C", "B"))
    out = tmp_path / "merged.toml"
    result = tl("merge", p["base"], p["ours"], p["theirs"], "-o", str(out), store=False)
    assert result.exit_code == 0 and "alias" not in result.output
    assert _aliases_of(out) == ["A\tB", "C\tB"]


# ---------------------------------------------------------------- iCalendar: values side by side

RLO, PDF, FSI, PDI = "\u202e", "\u202c", "\u2068", "\u2069"


def _unfolded(ics: str) -> str:
    return ics.replace("\r\n", "\n").replace("\n ", "")


def test_ics_isolates_a_title_whose_override_reversed_the_source_after_it(tl, tmp_path):
    """An e-mail Subject holding U+202E reversed the source name after it on the DESCRIPTION's
    'Source: <title> (<source>)' line; a tag's reversed the tags after it in CATEGORIES."""
    mail = tmp_path / "x.eml"
    mail.write_bytes(b"From: a@example.org\r\nSubject: report " + RLO.encode() + b"fdp.exe" + PDI.encode()
                     + b"\r\nDate: Mon, 3 Jun 2024 10:00:00 +0000\r\n\r\nOn 3 June 2024 the dam opened.\r\n")
    assert tl("ingest", str(mail)).exit_code == 0
    eid = _export(tl)[0]["id"]
    assert tl("tag", eid, f"+a{RLO}b", "+plain").exit_code == 0
    ics = _unfolded(tl("export", "--format", "ics").stdout)
    assert f"Source: {FSI}report {RLO}fdp.exe{PDI} (x.eml)" in ics  # the stray PDI cannot close it early
    assert f"CATEGORIES:{FSI}a{RLO}b{PDI},plain" in ics


def test_ics_leaves_text_without_bidi_controls_as_it_is(tl):
    tl("add", "2024-06-01: the dam opened", "--source", "ap", "--tag", "kursk")
    ics = _unfolded(tl("export", "--format", "ics").stdout)
    assert FSI not in ics and "CATEGORIES:kursk" in ics
