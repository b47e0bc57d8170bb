"""Report dates known only to a year or a month: `--reported 1945`, `--reported 1945-09`, and
documents whose header or front matter gives only a year or month."""

from __future__ import annotations

import json
import pickle
from datetime import date

import pytest

from timeline_cli.partialday import PartialDate, is_partial, partial_or_day
from timeline_cli.temporal.docdate import find_document_date
from timeline_cli.temporal.extract import extract

STORY = ("On June 10, Italy invaded. Yesterday the minister resigned. Last year the harvest failed. "
         "Next week talks resume. Last month prices rose.")


def values(text: str, reported: date) -> dict[str, str]:
    return {t.text: t.value for t in extract(text, reported)}


def test_partial_date_is_a_date_that_knows_its_precision():
    year, month = PartialDate(1945), PartialDate(1945, 9)
    assert (year.isoformat(), month.isoformat()) == ("1945", "1945-09")
    assert (year.last_day, month.last_day) == (date(1945, 12, 31), date(1945, 9, 30))
    assert pickle.loads(pickle.dumps(month)).isoformat() == "1945-09"  # ingest --jobs sends it to workers
    assert is_partial(year) and not is_partial(date(1945, 1, 1))


@pytest.mark.parametrize(("edtf", "expected"), [
    ("1945", "1945"), ("1945-09", "1945-09"), ("1945-09-02", "1945-09-02"),
    ("1945-21", None), ("194X", None), ("1945~", None), ("1945/1946", None), ("-0489", None),
])
def test_which_edtf_values_make_a_report_date(edtf, expected):
    day = partial_or_day(edtf)
    assert (None if day is None else day.isoformat()) == expected


def test_a_year_anchor_dates_yearless_days_in_it_and_deictic_ones_to_it():
    got = values(STORY, PartialDate(1945))
    assert got["June 10"] == "1945-06-10"
    assert got["Yesterday"] == "1945"  # no day made up
    assert got["Next week"] == "1945"
    assert got["Last month"] == "1945"  # December 1944 to November 1945: only the year is honest
    assert got["Last year"] == "1944"  # the same on every day of 1945


def test_a_month_anchor_keeps_what_a_month_tells():
    got = values(STORY, PartialDate(1945, 9))
    assert got["June 10"] == "1945-06-10"
    assert got["Yesterday"] == "1945-09"
    assert got["Next week"] == "1945-09"
    assert got["Last month"] == "1945-08"


def test_a_full_day_anchor_is_unchanged():
    got = values(STORY, date(1945, 9, 2))
    assert got["Yesterday"] == "1945-09-01"
    assert got["Next week"] == "1945-W36"


@pytest.mark.parametrize(("header", "expected"), [
    ("Date: September 1945\n\n", "1945-09"),
    ("Date: 1945\n\n", "1945"),
    ("Published: 1945-09\n\n", "1945-09"),
    ("---\ntitle: Memoir\ndate: 1945\n---\n", "1945"),
    ("Date: 2 September 1945\n\n", "1945-09-02"),
])
def test_a_document_dated_only_by_year_or_month(header, expected):
    found = find_document_date(header + "Yesterday the treaty was signed.\n")
    assert found is not None and found.date.isoformat() == expected


def test_a_lone_year_line_is_no_document_date():
    assert find_document_date("1945\nYesterday the treaty was signed.\n") is None


# ---------------------------------------------------------------- through the CLI
def _extract(tl, path, *args) -> dict[str, str]:
    result = tl("extract", str(path), "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    return {r["text"]: r["value"] for r in map(json.loads, result.stdout.splitlines())}


@pytest.mark.parametrize(("reported", "june", "yesterday"), [
    ("1945", "1945-06-10", "1945"),
    ("1945-09", "1945-06-10", "1945-09"),
    ("Sep 1945", "1945-06-10", "1945-09"),
    ("1945-09-02", "1945-06-10", "1945-09-01"),
])
def test_extract_reported_takes_a_year_or_a_month(tl, tmp_path, reported, june, yesterday):
    doc = tmp_path / "memoir.txt"
    doc.write_text(STORY + "\n")
    got = _extract(tl, doc, "--reported", reported)
    assert (got["June 10"], got["Yesterday"]) == (june, yesterday)


@pytest.mark.parametrize("bad", ["1940s", "spring 1945", "1945-09-02/1945-09-05", "soon"])
def test_extract_reported_refuses_what_is_not_a_day_month_or_year(tl, tmp_path, bad):
    doc = tmp_path / "memoir.txt"
    doc.write_text(STORY + "\n")
    result = tl("extract", str(doc), "--reported", bad)
    assert result.exit_code != 0
    assert "is not a day, a month or a year" in result.output
    assert "Traceback" not in result.output


def test_extract_reads_a_header_that_gives_only_a_month(tl, tmp_path):
    doc = tmp_path / "memoir.txt"
    doc.write_text("Date: September 1945\n\nYesterday the treaty was signed. On June 10, Italy invaded.\n")
    result = tl("extract", str(doc), "--format", "jsonl")
    assert "warning" not in result.stderr
    got = {r["text"]: r["value"] for r in map(json.loads, result.stdout.splitlines())}
    assert (got["Yesterday"], got["June 10"]) == ("1945-09", "1945-06-10")


def test_ingest_with_a_year_dates_events_without_making_up_a_day(tl, tmp_path):
    doc = tmp_path / "memoir.txt"
    doc.write_text(STORY + " The mood in the capital was grim.\n")
    result = tl("ingest", str(doc), "--reported", "1945")
    assert result.exit_code == 0, result.output
    rows = {r["text"]: r for r in json.loads(tl("export", "--format", "json").stdout)}
    assert rows["On June 10, Italy invaded."]["when"] == "1945-06-10"
    assert rows["Yesterday the minister resigned."]["when"] == "1945"
    assert rows["The mood in the capital was grim."]["when"] == "../1945"  # on or before 1945
    assert {r["reported"] for r in rows.values()} == {None}  # a day field holds no year
    assert "reported = " not in (tmp_path / "timeline.toml").read_text()


def test_the_python_api_stores_no_made_up_report_day_for_a_partial_date():
    # api.document_events is what a script calls: it must give the same events as ingest,
    # whose `reported` holds a real day or nothing (a PartialDate is not a day).
    from timeline_cli import api

    events = api.document_events(STORY, reported=PartialDate(1945, 9), source="memo.txt")
    assert events and all(e.reported is None for e in events)
    assert {e.when for e in events} >= {"1945-06-10", "1945-08"}
    full = api.document_events(STORY, reported=date(1945, 9, 2), source="memo.txt")
    assert all(e.reported == date(1945, 9, 2) for e in full)
