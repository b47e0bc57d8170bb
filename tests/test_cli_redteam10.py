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


# ---------------------------------------------------------------- iCalendar: markup and links

RLO = "\u202e"


def _unfolded(ics: str) -> str:
    return ics.replace("\r\n", "\n").replace("\n ", "")


def _ics_values(tl, name: str) -> list[str]:
    return [line.split(":", 1)[1] for line in _unfolded(tl("export", "--format", "ics").stdout).splitlines()
            if line.startswith(name + ":") or line.startswith(name + ";")]


def test_ics_text_opens_no_tag_a_calendar_would_render(tl, tmp_path):
    """A web page's visible text '<a href=...>' went into DESCRIPTION and SUMMARY as it was:
    Google Calendar renders an imported DESCRIPTION's tags, so it became a live link."""
    page = tmp_path / "p.html"
    page.write_text('<html><head><title>Dam &lt;b&gt;news</title></head><body><p>On 3 June 2024 the dam '
                    'opened &lt;a href="https://evil.example"&gt;here&lt;/a&gt; &lt;!-- x --&gt;.</p></body></html>',
                    encoding="utf-8")
    assert tl("ingest", str(page), "--reported", "2024-06-05").exit_code == 0
    summary, = _ics_values(tl, "SUMMARY")
    description, = _ics_values(tl, "DESCRIPTION")
    for value in (summary, description):
        assert "<a" not in value and "</" not in value and "<!" not in value and "<b" not in value
    assert '\u2039a href="https://evil.example">here\u2039/a>' in summary
    assert "Dam \u2039b>news" in description
    assert _export(tl)[0]["text"].count("<a href") == 1  # the store keeps the text as it was


def test_ics_keeps_a_less_than_that_opens_nothing(tl):
    tl("add", "2024-06-01: turnout < 40% and 3<4", "--source", "ap")
    assert _ics_values(tl, "SUMMARY") == ["turnout < 40% and 3<4"]


def test_ics_url_percent_encodes_a_bidi_override(tl):
    """`URL;VALUE=URI:` carried a raw U+202E from the source, which reversed the URL after it
    where a calendar shows it; the other formats' links carried it too."""
    tl("add", "2024-06-01: the dam opened", "--source", f"https://example.com/a{RLO}fdp.exe")
    assert _ics_values(tl, "URL") == ["https://example.com/a%E2%80%AEfdp.exe"]
    md = tl("export", "--format", "md").stdout
    assert "<https://example.com/a%E2%80%AEfdp.exe>" in md and RLO not in md


def test_ics_gives_no_url_for_a_host_with_a_bidi_override(tl):
    tl("add", "2024-06-01: the dam opened", "--source", f"https://exa{RLO}mple.com/a")
    assert _ics_values(tl, "URL") == []


def test_a_url_with_letters_beyond_ascii_keeps_them(tl):
    tl("add", "2024-06-01: the dam opened", "--source", "https://de.wikipedia.org/wiki/Talsperre_Möhne")
    assert _ics_values(tl, "URL") == ["https://de.wikipedia.org/wiki/Talsperre_Möhne"]
