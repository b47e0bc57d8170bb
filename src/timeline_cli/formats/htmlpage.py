"""One self-contained HTML page drawing the timeline.

What it draws: a vertical time axis with one section per month (the month of the earliest
known day of each event; an open start uses its end), events in date order inside it. Each
event shows its date (`format_when`) and EDTF value, the statement, who claimed it, the
source, the report date, the tags and the note, the status as a badge beside the date
(and a `status-...` class on the event), plus a track: a horizontal bar placed on the whole timeline's
extent, a dot for a single day, a bar as long as the range for months, seasons, intervals
and the like; approximate or uncertain dates are drawn hatched and dashed, open ends fade
out to the edge.

Safety: the page loads nothing (inline CSS only, no scripts, no fonts, no images) and says
so in a Content-Security-Policy (`default-src 'none'; style-src 'unsafe-inline'`), so even a
missed escape could not run code or call out. Every piece of event text is passed through
`html.escape(..., quote=True)`; sources are links only when they are plain http(s) URLs
(`_common.web_url`: never `javascript:` or `data:`), with `rel="noopener noreferrer"`, and
the page sends no referrer. Every piece of event text is also bidi-isolated (`_iso`: a
`<bdi>`, or `dir="auto"` on its block), so a U+202E or U+2066 in a claimant, source or note
reorders at most its own text, never the words around it. Output depends only on the events
(no clock, no randomness).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import TextIO

from timeline_cli.formats._common import described, known_end, known_start, web_url, when_of
from timeline_cli.lang.en.calendar import MONTH_NAMES
from timeline_cli.model import STATUSES, Event

NAME = "html"
EXTENSIONS = (".html", ".htm")
DESCRIPTION = "one self-contained HTML page drawing the timeline (no scripts, no network)"

# display names from the one month table (the English pack's; displays are English for now)
MONTHS = tuple(name.title() for name in MONTH_NAMES)
CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
MIN_WIDTH = 0.6  # percent: a single day must stay visible on a long timeline

CSS = """
:root { --fg: #1d2330; --muted: #5d6677; --line: #c9cfdb; --accent: #2f6fdf; --bg: #fff; --card: #f6f8fb; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e4e8f0; --muted: #9aa3b5; --line: #3a4252; --accent: #7aa7ff; --bg: #141820; --card: #1c2230; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 58rem; padding: 1.5rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
header h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
.summary, .legend { color: var(--muted); margin: .25rem 0; font-size: .9rem; }
.legend span { display: inline-block; margin-right: 1rem; }
.axis { border-left: 3px solid var(--line); margin: 1.5rem 0 0 .5rem; padding-left: 1.25rem; }
.month h2 { position: relative; font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.month h2::before { content: ""; position: absolute; left: -1.25rem; top: .35rem; width: .9rem; height: .9rem; margin-left: -.6rem; border-radius: 50%; background: var(--accent); }
ol.events { list-style: none; margin: 0; padding: 0; }
.event { background: var(--card); border-radius: .5rem; padding: .6rem .8rem; margin: 0 0 .75rem; }
.when { font-weight: 600; }
.edtf { font: .8rem ui-monospace, monospace; color: var(--muted); margin-left: .5rem; }
.text { margin: .3rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.meta { margin: 0; color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
.meta a { color: var(--accent); }
.track { position: relative; height: .7rem; margin: .35rem 0; background: linear-gradient(var(--line), var(--line)) 0 50% / 100% 1px no-repeat; }
.bar { position: absolute; top: 0; height: 100%; border-radius: .35rem; background: var(--accent); }
.point .bar { border-radius: 50%; min-width: .7rem; margin-left: -.35rem; }
.fuzzy .bar { background: repeating-linear-gradient(45deg, var(--accent) 0 4px, transparent 4px 8px); outline: 1px dashed var(--accent); }
.open-start .bar { border-top-left-radius: 0; border-bottom-left-radius: 0; -webkit-mask-image: linear-gradient(to right, transparent, #000 40%); mask-image: linear-gradient(to right, transparent, #000 40%); }
.open-end .bar { border-top-right-radius: 0; border-bottom-right-radius: 0; -webkit-mask-image: linear-gradient(to left, transparent, #000 40%); mask-image: linear-gradient(to left, transparent, #000 40%); }
.empty { color: var(--muted); }
.status { font-size: .75rem; font-weight: 600; margin-left: .5rem; padding: 0 .4rem; border-radius: .6rem; border: 1px solid currentColor; }
.status-confirmed .status { color: #1f8a3b; }
.status-disputed .status { color: #c62828; }
.status-reported .status { color: var(--muted); }
.tag { display: inline-block; padding: 0 .35rem; margin-right: .25rem; border-radius: .3rem; background: var(--line); color: var(--fg); }
bdi, [dir] { unicode-bidi: isolate; }
"""


def esc(value: str) -> str:
    return html.escape(value, quote=True)


def _iso(value: str, cls: str = "") -> str:
    """Untrusted text as inline HTML: escaped, and bidi-isolated from what surrounds it."""
    attr = f' class="{cls}"' if cls else ""
    return f"<bdi{attr}>{esc(value)}</bdi>"


class _Placed:
    """One event with the days it is drawn over."""

    __slots__ = ("event", "when", "first", "last", "open_start", "open_end")

    def __init__(self, event: Event) -> None:
        self.event = event
        self.when = when_of(event)
        start, end = known_start(self.when), known_end(self.when)
        self.open_start = start is None
        self.open_end = end is None
        self.first: date = start if start is not None else end  # type: ignore[assignment]
        self.last: date = end if end is not None else start  # type: ignore[assignment]


def _source(source: str, title: str = "", link: str = "") -> str:
    """The source as a link when it (or its canonical URL `link`, from the source table) is a
    plain http(s) URL, its document's `title` as the link's text when known."""
    url = web_url(link) or web_url(source)
    if url:
        return f'<a href="{esc(url)}" rel="noopener noreferrer">{_iso(title or url, "source-title" if title else "")}</a>'
    if title:
        return f'{_iso(title, "source-title")} ({_iso(source, "source")})'
    return _iso(source, "source")


def _event(p: _Placed, lo: date, hi: date, sources=None) -> str:
    from timeline_cli.when import format_when

    event, w = p.event, p.when
    first = lo if p.open_start else p.first
    last = hi if p.open_end else p.last
    total_days = (hi - lo).days + 1
    left = (first - lo).days / total_days * 100
    width = max(MIN_WIDTH, ((last - first).days + 1) / total_days * 100)
    left = min(left, 100 - width)
    point = first == last and not (p.open_start or p.open_end)
    classes = ["event", "point" if point else "span"]
    if w.approximate or w.uncertain:
        classes.append("fuzzy")
    if p.open_start:
        classes.append("open-start")
    if p.open_end:
        classes.append("open-end")
    if event.status in STATUSES:
        classes.append(f"status-{event.status}")
    meta = []
    if event.by:
        meta.append(f'Claimed by {_iso(event.by, "by")}')
    if event.source:
        meta.append(f"Source: {_source(event.source, *described(event, sources))}")
    if event.reported is not None:
        assumed = " (assumed)" if event.reported_assumed else ""
        meta.append(f'Reported <time datetime="{event.reported.isoformat()}">{event.reported.isoformat()}</time>{assumed}')
    if event.tags:
        meta.append("Tags: " + " ".join(_iso(tag, "tag") for tag in event.tags))
    if event.note:
        meta.append(f'Note: {_iso(event.note, "note")}')
    notes = []
    if w.approximate:
        notes.append("approximate")
    if w.uncertain:
        notes.append("uncertain")
    if p.open_start:
        span_text = f"on or before {p.last.isoformat()}"
    elif p.open_end:
        span_text = f"from {p.first.isoformat()}"
    elif point:
        span_text = p.first.isoformat()
    else:
        span_text = f"{p.first.isoformat()} – {p.last.isoformat()}"
    title = span_text + (f" ({', '.join(notes)})" if notes else "")
    status = _iso(event.status, "status") if event.status else ""
    lines = [
        f'<li class="{" ".join(classes)}" id="e-{esc(event.id)}">',
        f'<div class="when">{_iso(format_when(w))}{_iso(event.when, "edtf")}{status}</div>',
        f'<div class="track" title="{esc(title)}"><span class="bar" style="left:{left:.2f}%;width:{width:.2f}%"></span></div>',
        f'<p class="text" dir="auto">{esc(event.text)}</p>',
    ]
    if meta:
        lines.append(f'<p class="meta">{" · ".join(meta)}</p>')
    lines.append("</li>")
    return "\n".join(lines)


def render(events: Sequence[Event], sources=None) -> str:
    placed = [p for p in map(_Placed, events) if p.first is not None]
    placed.sort(key=lambda p: (p.first, p.last, p.event.id))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Timeline</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        "<h1>Timeline</h1>",
    ]
    if not placed:
        parts += ['<p class="summary empty">No events.</p>', "</header>", "</body>", "</html>"]
        return "\n".join(parts) + "\n"
    lo = min(p.first for p in placed)
    hi = max(p.last for p in placed)
    count = f"{len(placed)} event{'s' if len(placed) != 1 else ''}"
    parts += [
        f'<p class="summary">{count}, {lo.isoformat()} to {hi.isoformat()}</p>',
        '<p class="legend"><span>● one day</span><span>▬ a range (month, season, interval…)</span>'
        "<span>▨ approximate or uncertain</span><span>fading end: open (on or before / from)</span></p>",
        "</header>",
        '<main class="axis">',
    ]
    current: tuple[int, int] | None = None
    for p in placed:
        key = (p.first.year, p.first.month)
        if key != current:
            if current is not None:
                parts += ["</ol>", "</section>"]
            current = key
            ym = f"{key[0]:04d}-{key[1]:02d}"
            parts += [
                f'<section class="month" id="m-{ym}">',
                f'<h2><time datetime="{ym}">{MONTHS[key[1] - 1]} {key[0]}</time></h2>',
                '<ol class="events">',
            ]
        parts.append(_event(p, lo, hi, sources))
    parts += ["</ol>", "</section>", "</main>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def export(events: Sequence[Event], out: TextIO, *, raw: bool = False, sources=None) -> None:
    out.write(render(events, sources))
