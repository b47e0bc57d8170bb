"""Session 25 red team (round 10): an e-mail Date: that cannot be read whole, iCalendar values
a calendar app may read as markup or a link, hostile import files, export round trips, the
store after a killed parallel ingest, and output in a C locale. Each test failed before its fix."""

from __future__ import annotations

import json

import pytest


def _export(tl) -> list[dict]:
    return json.loads(tl("export", "--format", "json").stdout)


# ---------------------------------------------------------------- e-mail Date: headers


def _eml(path, date_header: str, body: bytes = b"Yesterday the dam opened.") -> None:
    path.write_bytes(b"From: a@example.org\r\nSubject: s\r\nDate: " + date_header.encode() + b"\r\n\r\n"
                     + body + b"\r\n")


@pytest.mark.parametrize("header, why", [
    ("Mon, 3 Jun 2024 10:00:00 +9999", "time zone is a day or more from UTC"),
    ("Mon, 3 Jun 2024 25:00:00 +0000", "no time of day is 25:00:00"),
])
def test_a_date_header_read_only_in_part_names_what_was_wrong_and_the_day_used(tl, tmp_path, header, why):
    """A Date: whose zone (or hour) could not be read dated the message today, with only the
    generic 'gives no date of its own' warning: the day it writes was there to use."""
    mail = tmp_path / "m.eml"
    _eml(mail, header)
    result = tl("ingest", str(mail))
    assert result.exit_code == 0, result.output
    assert why in result.output and "used the day it writes, 2024-06-03" in result.output
    assert "gives no date of its own" not in result.output
    row = _export(tl)[0]
    assert row["reported"] == "2024-06-03" and not row["reported_assumed"] and row["when"] == "2024-06-02"


@pytest.mark.parametrize("header", ["garbage", "Mon, 31 Feb 2024 10:00:00 +0000"])
def test_a_date_header_with_no_day_in_it_says_so_before_today_is_used(tl, tmp_path, header):
    mail = tmp_path / "m.eml"
    _eml(mail, header)
    result = tl("ingest", str(mail))
    assert result.exit_code == 0
    assert f"its Date: header {header!r} cannot be read" in result.output
    assert "gives no date of its own" in result.output and _export(tl)[0]["reported_assumed"]


def test_a_readable_date_header_gives_no_warning(tl, tmp_path):
    mail = tmp_path / "m.eml"
    _eml(mail, "Mon, 3 Jun 2024 10:00:00 +0200")
    result = tl("ingest", str(mail))
    assert result.exit_code == 0 and "warning" not in result.output
