"""TimelineJS3 JSON export (Knight Lab's TimelineJS: `{"events": [slide, ...]}`).

Each event becomes one slide:

    {
      "unique_id": "<id>",
      "start_date": {"year": "2024", "month": "10", "day": "8"},
      "end_date": {"year": "2024", "month": "10", "day": "13"},   only for spans
      "display_date": "8–13 Oct 2024",                              format_when(when)
      "text": {"headline": "<escaped statement>", "text": "<p>...</p>"},
      "group": "<escaped by>"                                       only when `by` is set
    }

The slide's text carries everything else a reader needs: who claimed it, the source, the
report date, the status, the tags (`Tags: a, b`) and the note, each escaped. `group` stays
the claimant (TimelineJS draws one row per group).

Date parts are strings of digits, as TimelineJS's own spreadsheet export writes them, given
only down to the value's precision: day -> year, month, day; month and season -> year,
month; year, decade and century -> year. Each end of an interval keeps its own precision.
Seasons, decades and centuries get an `end_date` (they are spans); open ends have none and
the known day is the start, `display_date` says "on or before" / "from".

TimelineJS renders headline, text and group as HTML, so every piece of event text is
`html.escape`d; the source becomes a link only when it is an http(s) URL, with
`rel="noopener noreferrer"` and `target="_blank"`.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from datetime import date
from typing import TextIO

from timeline_cli.formats._common import (described, fact_of, has_bidi, json_visible, web_url, when_of,
                                          write_chunked)
from timeline_cli.model import Event

NAME = "timelinejs"
EXTENSIONS = (".timelinejs.json",)
DESCRIPTION = "TimelineJS3 JSON ({\"events\": [...]}) for Knight Lab's TimelineJS"

HEADLINE_CHARS = 140
_PARTS = {
    "day": ("year", "month", "day"),
    "month": ("year", "month"),
    "season": ("year", "month"),
    "year": ("year",),
    "decade": ("year",),
    "century": ("year",),
}
_SPANS = ("season", "decade", "century")


def date_parts(day: date, granularity: str) -> dict[str, str]:
    values = {"year": day.year, "month": day.month, "day": day.day}
    return {name: str(values[name]) for name in _PARTS[granularity]}


def _esc(text: str) -> str:
    """Untrusted text as HTML: escaped, and isolated in <bdi> when it holds a bidi control, so
    an override in the statement cannot reorder the claimant and source after it."""
    escaped = html.escape(text, quote=True)
    return f"<bdi>{escaped}</bdi>" if has_bidi(text) else escaped


def _sides(event: Event):
    """(start When or None, end When or None) with each side's own granularity."""
    from timeline_cli.when import parse_when

    w = when_of(event)
    if not w.is_interval:
        return w, w
    left, _, right = event.when.partition("/")
    start = None if w.open_start else parse_when(left)
    end = None if w.open_end else parse_when(right)
    return start, end


def slide(event: Event, sources=None, facts=None) -> dict:
    from timeline_cli.when import format_when

    w = when_of(event)
    start, end = _sides(event)
    out: dict = {"unique_id": event.id}
    if start is not None:
        out["start_date"] = date_parts(start.earliest, start.granularity)
        if end is not None and (w.is_interval or w.granularity in _SPANS):
            out["end_date"] = date_parts(end.latest, end.granularity)
    else:  # open start: the known end is all there is
        out["start_date"] = date_parts(end.latest, end.granularity)
    out["display_date"] = html.escape(format_when(w), quote=True)
    headline = event.text if len(event.text) <= HEADLINE_CHARS else event.text[: HEADLINE_CHARS - 1] + "…"
    title, link = described(event, sources)  # the source table's title and canonical URL
    body = _body(event, title, link)
    if facts and event.id in facts:  # the store's same-fact grouping (grouping.py)
        fid, n, agreement = fact_of(event, facts)
        body += f"<p>Fact {html.escape(fid, quote=True)}: {n} independent source{'s' if n != 1 else ''} ({agreement})</p>"
    out["text"] = {"headline": _esc(headline), "text": body}
    if event.by:
        out["group"] = _esc(event.by)
    url = web_url(link) or web_url(event.source)
    if url and title:  # the source page as the slide's media, credited with its title
        out["media"] = {"url": url, "credit": _esc(title), "link": url,
                        "link_target": "_blank"}
    return out


def _body(event: Event, title: str = "", link: str = "") -> str:
    esc = _esc
    parts = [f"<p>{esc(event.text)}</p>".replace("\n", "<br>")]
    meta = []
    if event.by:
        meta.append(f"Claimed by: {esc(event.by)}")
    if event.source:
        url = web_url(link) or web_url(event.source)
        if url:
            meta.append(f'Source: <a href="{esc(url)}" rel="noopener noreferrer" target="_blank">{esc(title or url)}</a>')
        elif title:
            meta.append(f"Source: {esc(title)} ({esc(event.source)})")
        else:
            meta.append(f"Source: {esc(event.source)}")
    if event.reported is not None:
        meta.append(f"Reported: {event.reported.isoformat()}")
    if event.status:
        meta.append(f"Status: {esc(event.status)}")
    if event.tags:
        meta.append("Tags: " + ", ".join(esc(tag) for tag in event.tags))
    if event.note:
        meta.append("Note: " + esc(event.note).replace("\n", "<br>"))
    if meta:
        parts.append("<p>" + "<br>".join(meta) + "</p>")
    return "".join(parts)


OPTIONS = ("facts",)


def export(events: Sequence[Event], out: TextIO, *, raw: bool = False, sources=None, facts=None) -> None:
    write_chunked(out, json_visible(json.dumps({"events": [slide(e, sources, facts) for e in events]},
                                               ensure_ascii=False, indent=2)) + "\n")
