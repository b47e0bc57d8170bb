"""Session 21 polish7: four CLI papercuts a red-team pass left (tag's summary, dates with an
era at the start of `add`, import's hint between CSV and TSV, --tag's case)."""
from __future__ import annotations

import pytest

from timeline_cli.store import Store


def _add(tl, text: str, *options: str) -> str:
    result = tl("add", text, *options)
    assert result.exit_code == 0, result.output
    return result.stdout.split()[0]


# ---------------------------------------------------------------- tag says what it did


def test_removing_a_tag_the_event_lacks_says_it_did_not_have_it(tl):
    # It said "tagged 0 events (1 already so)", as if the tag had been added already.
    event = _add(tl, "2024-11-04: first clash", "--tag", "kursk")
    result = tl("tag", event, "-dprk")
    assert result.exit_code == 0, result.output
    assert "removed tag dprk from 0 events (1 did not have it)" in result.stderr, result.stderr
    result = tl("tag", event, "-kursk")
    assert "removed tag kursk from 1 event (0 did not have it)" in result.stderr, result.stderr


def test_adding_tags_says_which_and_how_many_had_them(tl):
    event = _add(tl, "2024-11-04: first clash", "--tag", "kursk")
    result = tl("tag", event, "+kursk")
    assert "added tag kursk to 0 events (1 already had it)" in result.stderr, result.stderr
    result = tl("tag", event, "+troops", "+dprk")
    assert "added tags troops, dprk to 1 event (0 already had them)" in result.stderr, result.stderr
    result = tl("tag", event, "+front", "-dprk")
    assert "retagged 1 event (+front -dprk; 0 already so)" in result.stderr, result.stderr
    assert Store(tl.store).get(event).tags == ("kursk", "troops", "front")


# ---------------------------------------------------------------- add "44 BC: ..."


@pytest.mark.parametrize(("text", "when", "rest"), [
    ("44 BC: Caesar murdered", "-0043", "Caesar murdered"),
    ("44 BCE - Caesar murdered", "-0043", "Caesar murdered"),
    ("44 B.C.: Caesar murdered", "-0043", "Caesar murdered"),
    ("AD 9: Varus loses three legions", "0009", "Varus loses three legions"),
    ("9 CE: Varus loses three legions", "0009", "Varus loses three legions"),
    ("15 Mar 44 BC Caesar murdered", "-0043-03-15", "Caesar murdered"),
    ("1200 AD: a raid", "1200", "a raid"),
])
def test_add_reads_a_date_with_an_era_at_the_start_of_its_text(tl, text, when, rest):
    # Only EDTF's "-0043: ..." was read; "44 BC: ..." was "no date in ...".
    event = _add(tl, text)
    got = Store(tl.store).get(event)
    assert (got.when, got.text) == (when, rest)


@pytest.mark.parametrize("text", [
    "BC Hydro said rates will rise",        # an era word with no year
    "44 BC-registered cars were banned",    # the era word is part of a longer word
    "44 BC Caesar murdered",                # a year alone needs a colon or a dash, as 2024 does
    "44 bc: chat for because",              # era words count only in capitals
])
def test_add_leaves_era_look_alikes_undated(tl, text):
    result = tl("add", text)
    assert result.exit_code != 0
    assert "no date in" in result.stderr, result.stderr


def test_add_says_there_is_no_year_0_bc(tl):
    result = tl("add", "0 BC: nothing")
    assert result.exit_code != 0 and "no year 0" in result.stderr, result.stderr


# ---------------------------------------------------------------- import --format csv|tsv


@pytest.fixture
def exported(tl, tmp_path):
    _add(tl, "2024-11-04: first clash", "--tag", "kursk")
    files = {}
    for fmt in ("csv", "tsv"):
        for name in (f"events.{fmt}", f"events-{fmt}.txt"):
            assert tl("export", "--format", fmt, "-o", str(tmp_path / name)).exit_code == 0
            files[name] = tmp_path / name
    return files


@pytest.mark.parametrize(("name", "given", "said"), [
    ("events.tsv", "csv", "tsv"), ("events.csv", "tsv", "csv"),
    ("events-tsv.txt", "csv", "tsv"), ("events-csv.txt", "tsv", "csv"),
])
def test_import_with_the_other_tabular_format_names_the_right_one(tl, tmp_path, exported, name, given, said):
    # It said only "line 1 is not a header row" with a CSV header as the example.
    result = tl("--store", str(tmp_path / "new.toml"), "import", str(exported[name]), "--format", given, store=False)
    assert result.exit_code != 0
    assert f"--format {said}" in result.stderr, result.stderr
    assert f"import it with --format {said}" in result.stderr.splitlines()[-1]


def test_a_tabular_file_of_its_own_format_gets_no_other_format_hint(tl, tmp_path):
    # CSV content whose header is wrong is CSV's own error, whatever the name says.
    target = tmp_path / "events.tsv"
    target.write_text("foo,bar\n1,2\n", encoding="utf-8")
    result = tl("--store", str(tmp_path / "new.toml"), "import", str(target), "--format", "csv", store=False)
    assert result.exit_code != 0 and "not a header row" in result.stderr
    assert "--format tsv" not in result.stderr, result.stderr


# ---------------------------------------------------------------- --tag ignores case


def test_tag_filter_ignores_case_and_tags_keep_their_spelling(tl):
    # --by, --source and --grep ignore case; --tag KURSK found nothing for events tagged kursk.
    kursk = _add(tl, "2024-11-04: first clash", "--tag", "kursk")
    _add(tl, "2024-11-05: second clash", "--tag", "Troops")
    _add(tl, "2024-11-06: a third", "--tag", "other")
    for option in ("KURSK", "Kursk", "kursk"):
        result = tl("show", "--tag", option, "--format", "plain")
        assert result.exit_code == 0 and result.stdout.count("\n") == 1 and kursk in result.stdout, result.output
    result = tl("show", "--tag", "troops", "--tag", "KURSK", "--format", "plain")
    assert result.stdout.count("\n") == 2 and "Troops" in result.stdout
    assert sorted(t for e in Store(tl.store).select() for t in e.tags) == ["Troops", "kursk", "other"]
    assert "case-insensitive" in tl("show", "--help").stdout.split("--tag", 1)[1].split("--source")[0]


def test_tag_adds_and_removes_without_case_as_the_filter_matches(tl):
    # `--tag KURSK` finds an event tagged "kursk", so `-KURSK` must remove that tag and `+Kursk`
    # must not add a second spelling of it.
    event = _add(tl, "2024-11-04: first clash", "--tag", "kursk")
    result = tl("tag", event, "+Kursk")
    assert "added tag Kursk to 0 events (1 already had it)" in result.stderr, result.stderr
    assert Store(tl.store).get(event).tags == ("kursk",)
    result = tl("tag", event, "-KURSK")
    assert result.exit_code == 0, result.output
    assert "removed tag KURSK from 1 event (0 did not have it)" in result.stderr, result.stderr
    assert Store(tl.store).get(event).tags == ()
    result = tl("tag", event, "+Front", "-front")
    assert result.exit_code != 0 and "both added and removed" in result.output


def test_filter_removes_a_tag_spelled_in_another_case(tl):
    first = _add(tl, "2024-11-04: first clash", "--tag", "Kursk")
    _add(tl, "2024-11-05: second clash", "--tag", "other")
    result = tl("tag", "--tag", "KURSK", "-kursk", "--yes")
    assert result.exit_code == 0, result.output
    assert Store(tl.store).get(first).tags == ()
