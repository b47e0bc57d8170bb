"""iCalendar (RFC 5545) export, written by hand: one all-day VEVENT per event.

- The calendar: `BEGIN:VCALENDAR`, `VERSION:2.0`, `PRODID:-//timeline-cli//timeline//EN`,
  `CALSCALE:GREGORIAN`, `X-WR-CALNAME:Timeline`.
- Each event spans every day its `when` can mean: `DTSTART;VALUE=DATE` the earliest day,
  `DTEND;VALUE=DATE` the day after the latest (DTEND is exclusive). A month is a month-long
  event, `2024-10-08/2024-10-13` six days.
- An open end has no day to stop at: `../2024-11-06` becomes a one-day event on 6 Nov 2024
  and `2024-11-07/..` one on 7 Nov 2024; the DESCRIPTION says "on or before" / "on or
  after". (EDTF with no known day at all is refused by parse_when.)
- RFC 5545 dates have four-digit years from 0000 (`DATE-VALUE` is `date-fullyear`): an event
  whose earliest known day is before year 1 (a BC date such as `-0489`) is left out, and the
  export says on stderr how many were (CSV, JSON and TOML keep them).
- `UID` is `<id>@timeline`, stable across exports so calendars update rather than
  duplicate. `DTSTAMP` (required) is the `reported` day at 00:00 UTC, or 1970-01-01 when
  there is none: never the clock, so the same events give the same bytes.
- `SUMMARY` is the statement; `DESCRIPTION` the human date, approximation/uncertainty, who
  claimed it, the source, the report date, status and note; `URL` the source when it is an
  http(s) URL; `CATEGORIES` the tags; `STATUS` CONFIRMED for a confirmed statement and
  TENTATIVE for a reported or disputed one (RFC 5545 has no "disputed"; the DESCRIPTION
  says which); `TRANSP:TRANSPARENT` so the events never block time.
- TEXT values escape `\\` `;` `,` and line breaks (`\\n`); other control characters, which
  RFC 5545 does not allow in TEXT, become spaces.
- TEXT is plain text (RFC 5545 3.3.11; HTML goes in an ALTREP), but Google Calendar renders
  the tags of an imported DESCRIPTION: a web page's visible text "<a href=...>" became a live
  link, "<b>" bold. So in the DESCRIPTION a `<` that would open a tag (before a letter, `/`,
  `!` or `?`) is written `‹` (U+2039), which reads the same and opens nothing; "a < b" keeps
  its `<`. SUMMARY and CATEGORIES, shown as plain text by every calendar, keep the text exact.
- Lines end with CRLF and are folded at 75 octets (continuation lines start with one
  space) without splitting a UTF-8 character or a backslash escape. The caller opens files
  with `newline=""` so CRLF stays CRLF.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import TextIO

from timeline_cli.formats._common import described, fact_of, isolated, known_end, known_start, web_url, when_of
from timeline_cli.model import Event

NAME = "ics"
EXTENSIONS = (".ics", ".ical")
DESCRIPTION = "iCalendar (RFC 5545): one all-day event per statement"

PRODID = "-//timeline-cli//timeline//EN"
MAX_OCTETS = 75
NO_STAMP = "19700101T000000Z"
ICS_STATUS = {"confirmed": "CONFIRMED", "reported": "TENTATIVE", "disputed": "TENTATIVE"}

_TEXT_SPECIAL = re.compile(r"\r\n|[\r\n\\;,\u2028\u2029\x00-\x08\x0b-\x1f\x7f]")
_TEXT_ESCAPES = {"\\": "\\\\", ";": "\\;", ",": "\\,"}
_TOKEN = re.compile(r"\\.|.", re.S)
# the start of an HTML tag, comment or declaration: what a calendar that renders HTML would parse
_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")


def escape_text(value: str) -> str:
    def repl(match: re.Match) -> str:
        ch = match.group()
        if ch in _TEXT_ESCAPES:
            return _TEXT_ESCAPES[ch]
        if ch in ("\r\n", "\r", "\n", "\u2028", "\u2029"):
            return "\\n"
        return " "

    return _TEXT_SPECIAL.sub(repl, value)


def without_tags(value: str) -> str:
    """VALUE with each `<` that would open an HTML tag written `‹` (for the DESCRIPTION)."""
    return _TAG_OPEN.sub("\u2039", value)


def fold(line: str) -> str:
    """One content line folded to at most 75 octets a physical line, CRLF-terminated."""
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for token in _TOKEN.findall(line):
        octets = len(token.encode("utf-8"))
        if size + octets > MAX_OCTETS and current:
            parts.append("".join(current))
            current, size = [" "], 1
        current.append(token)
        size += octets
    parts.append("".join(current))
    return "\r\n".join(parts) + "\r\n"


def _day(value: date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def _description(event: Event, w, title: str = "") -> str:
    from timeline_cli.when import format_when

    lines = [f"Date: {format_when(w)} (EDTF {event.when})"]
    start, end = known_start(w), known_end(w)
    if start is None and end is not None:
        lines.append(f"On or before {end.isoformat()}: shown on that day.")
    elif end is None and start is not None:
        lines.append(f"On or after {start.isoformat()}: shown on that day.")
    if w.approximate:
        lines.append("The date is approximate.")
    if w.uncertain:
        lines.append("The date is uncertain.")
    if event.by:
        lines.append(f"Claimed by: {event.by}")
    if event.source:
        # (a title and a name side by side: an override in the title reversed the name after it)
        lines.append(f"Source: {isolated(title)} ({isolated(event.source)})" if title
                     else f"Source: {event.source}")
    if event.reported is not None:
        assumed = " (assumed: the document carried no date)" if event.reported_assumed else ""
        lines.append(f"Reported: {event.reported.isoformat()}{assumed}")
    if event.status:
        lines.append(f"Status: {event.status}")
    if event.note:
        lines.append(f"Note: {event.note}")
    if event.conflict:
        lines.append(f"Conflict: {event.conflict}")
    lines.append(f"Timeline id: {event.id}")
    return "\n".join(lines)


def event_lines(event: Event, sources=None, facts=None) -> Iterator[str]:
    """The content lines (unfolded) of one VEVENT; nothing for an event with no known day."""
    w = when_of(event)
    start, end = known_start(w), known_end(w)
    if start is None and end is None:
        return
    first = start if start is not None else end
    last = end if end is not None else start
    assert first is not None and last is not None  # one of them is known (checked above)
    if last >= date.max:  # cannot add a day past 9999-12-31
        last = last - timedelta(days=1)
    yield "BEGIN:VEVENT"
    yield f"UID:{escape_text(event.id)}@timeline"
    yield f"DTSTAMP:{_day(event.reported)}T000000Z" if event.reported else f"DTSTAMP:{NO_STAMP}"
    yield f"DTSTART;VALUE=DATE:{_day(first)}"
    yield f"DTEND;VALUE=DATE:{_day(last + timedelta(days=1))}"
    yield f"SUMMARY:{escape_text(event.text)}"
    title, link = described(event, sources)  # the source table's title and canonical URL
    description = _description(event, w, title)
    if facts and event.id in facts:  # the store's same-fact grouping (grouping.py)
        fid, n, agreement = fact_of(event, facts)
        description += f"\nFact: {fid} ({n} independent source{'s' if n != 1 else ''}, {agreement})"
    yield f"DESCRIPTION:{escape_text(without_tags(description))}"
    url = web_url(link) or web_url(event.source)
    if url:
        yield f"URL;VALUE=URI:{url}"
    if event.tags:
        yield "CATEGORIES:" + ",".join(escape_text(isolated(tag)) for tag in event.tags)
    if event.status in ICS_STATUS:
        yield f"STATUS:{ICS_STATUS[event.status]}"
    yield "TRANSP:TRANSPARENT"
    yield "END:VEVENT"


OPTIONS = ("facts",)


def export(events: Sequence[Event], out: TextIO, *, raw: bool = False, sources=None, facts=None) -> None:
    head = ("BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:Timeline")
    for line in head:
        out.write(fold(line))
    skipped = 0
    for event in events:
        if before_year_one(event):
            skipped += 1
            continue
        for line in event_lines(event, sources, facts):
            out.write(fold(line))
    out.write(fold("END:VCALENDAR"))
    if skipped:
        sys.stderr.write(f"ics: left out {skipped} event(s) dated before year 1 (BC): iCalendar "
                         "cannot write those years; export csv, json or toml keeps them\n")


def before_year_one(event: Event) -> bool:
    """Does the event's first known day fall before year 1 (astronomical year 0 or less)?"""
    w = when_of(event)
    first = known_start(w) or known_end(w)
    return first is not None and first.toordinal() < 1
