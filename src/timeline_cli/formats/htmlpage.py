"""One self-contained, interactive HTML page: `timeline export --format html`.

What it shows: a header (title, description, how many events over which span), search and
facets (tags, claimant, source, status, dated or not), a shared time axis that zooms from
millennia to hours and pans, the list of events grouped by month (each with its date at its
precision, EDTF value, status, statement, claimant, source, report date, tags and note), a
detail panel and a permalink per event (`#e-ID`), keyboard navigation, a print style.

How: the events travel once, as JSON in `<script type="application/json">` (claimants,
sources and tags as tables the events point into, so a 10,000-event page stays small), and
one inline script (`page/timeline.js`, with `page/timeline.css`) draws the axis and the
list from it, the list a chunk at a time as it scrolls into view. Days are date ordinals.
Without scripts the page says how to get a script-free view (Markdown, CSV).

Safety: event text reaches the page only through `textContent` (never as HTML), each piece
bidi-isolated (`<bdi>` or `dir="auto"`), links only for plain http(s) sources. The JSON has
every `<`, `>`, `&` and non-ASCII character escaped, so no event text can close the script
element or reorder the markup. The page loads nothing and says so in a
Content-Security-Policy: `default-src 'none'`, styles inline, and scripts only the one whose
SHA-256 the policy names (no `'unsafe-inline'` for scripts), so even a missed escape could
neither run an injected script or `onerror=` nor call out. Output depends only on the
events (no clock, no randomness).
"""

from __future__ import annotations

import base64
import calendar
import functools
import hashlib
import html
import json
from collections.abc import Sequence
from datetime import date
from importlib import resources
from typing import TextIO

from timeline_cli.eraday import year_label
from timeline_cli.formats._common import fact_of, has_facts, known_end, known_start, web_url, when_of
from timeline_cli.lang.en.calendar import MONTH_NAMES
from timeline_cli.model import STATUSES, Event
from timeline_cli.query import is_undated

NAME = "html"
EXTENSIONS = (".html", ".htm")
DESCRIPTION = "one self-contained, interactive HTML page: zoomable time axis, facets, search (works offline)"

# display names from the one month table (the English pack's; displays are English for now)
MONTHS = tuple(name.title() for name in MONTH_NAMES)
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; "
       "base-uri 'none'; form-action 'none'")
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


@functools.lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files("timeline_cli.formats").joinpath("page", name).read_text(encoding="utf-8")


def _script_digest(script: str) -> str:
    return base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


# Escaped inside the JSON block besides what JSON escapes: what could end the script element
# or open a comment (< > &), and the invisible characters that reorder or break lines around
# them in a viewer of the page's source (bidi controls, line and paragraph separators).
_JSON_ESCAPES = {ord(c): f"\\u{ord(c):04x}" for c in
                 "<>&\u2028\u2029\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"}


def _json_block(value: object) -> str:
    """JSON safe inside <script type="application/json">: no `</script>`, no `<!--`, no bidi
    control reaches the HTML parser. Other text stays UTF-8 (escaping it all would triple the
    size of Cyrillic or Korean text)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)


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


# What `timeline export` may pass besides the events (formats.export_events).
OPTIONS = ("title", "description", "facts")

FACETS = (("tags", "Tags"), ("by", "Claimed by"), ("source", "Source"), ("status", "Status"),
          ("dated", "Date"))
FACT_FACET = ("corroboration", "Corroboration")  # when the store groups statements (grouping.py)
KINDS = ("point", "span", "interval")  # a day (or finer); some day in a month, season or year; from-to


class _Tables:
    """Claimants, sources and tags as tables: an event holds indexes into them."""

    def __init__(self) -> None:
        self.by: dict[str, int] = {}
        self.source: dict[str, int] = {}
        self.tags: dict[str, int] = {}
        self.reported: dict[int, str] = {}  # source -> the report date its first event gave
        self.facts: dict[tuple[str, int, str], int] = {}  # (fact id, sources, agreement)

    @staticmethod
    def index(table: dict[str, int], value: str) -> int:
        return table.setdefault(value, len(table))


def _record(p: _Placed, t: _Tables, facts=None) -> list:
    """One event as the script reads it: [id, first, last, kind, flags, status, by, source,
    tags, text, when, shown, reported, note]; status 0 when unset; days are date ordinals (None when open; last 0
    when it is the first day), flags
    1 approximate-or-uncertain + 2 undated, by/source/tags indexes into the tables, reported
    0 when it is the source's (`sourceReported`), when and shown 0 for a plain day, month
    or year (the script writes them from the days, as `_plain_forms`); then, when the page has
    a grouping, 14 its fact's index in `facts` unless it is a lone statement's. Trailing fields
    at their defaults are left out."""
    from timeline_cli.when import format_when

    e, w = p.event, p.when
    kind = 2 if w.is_interval else (0 if p.first == p.last and w.granularity in ("day", "hour", "minute", "second")
                                   else 1)
    flags = (1 if w.approximate or w.uncertain else 0) | (2 if is_undated(e) else 0)
    said = e.reported.isoformat() + (" (assumed)" if e.reported_assumed else "") if e.reported else ""
    source = t.index(t.source, e.source)
    # 0: as its source's first event says (most of a document's events)
    reported: str | int = 0 if t.reported.setdefault(source, said) == said else said
    when: str | int = e.when
    shown: str | int = format_when(w)
    if (when, shown) == _plain_forms(p):
        when = shown = 0  # the script writes these itself from the days (_plain_forms)
    first = None if p.open_start else p.first.toordinal()
    last = None if p.open_end else p.last.toordinal()
    out = [e.id, first, 0 if first is not None and last == first else last, kind, flags, e.status or 0, t.index(t.by, e.by), source,
           [t.index(t.tags, tag) for tag in e.tags], e.text, when, shown, reported, e.note]
    fact = fact_of(e, facts) if facts is not None else None
    if fact is not None and fact != ("F" + e.id, 1, "single"):
        out.append(t.facts.setdefault(fact, len(t.facts)))  # 14: its fact in `facts` [id, sources, agreement]
        return out
    # A lone statement's fact (F + its id, one source) is left for the script to write, and so
    # are the defaults at the end (when, shown, reported 0, note ""): a tenth of the page's bytes.
    while len(out) > _FIRST_OPTIONAL and out[-1] == _DEFAULTS[len(out) - 1]:
        out.pop()
    return out


_FIRST_OPTIONAL = 10  # record fields from here on may be left out at the end (their defaults below)
_DEFAULTS = {10: 0, 11: 0, 12: 0, 13: ""}


def _plain_forms(p: _Placed) -> tuple[str, str] | None:
    """(EDTF, shown) of a plain day, month or year, as timeline.js's `plain` writes them from
    the first and last day alone; None for anything else (sent in full)."""
    first, last, w = p.first, p.last, p.when
    if p.open_start or p.open_end or w.is_interval or w.approximate or w.uncertain or not 1000 <= first.year <= 9999:
        return None
    mon = MONTHS[first.month - 1][:3]
    if first == last:
        return first.isoformat(), f"{first.day} {mon} {first.year}"
    if first.day == 1 and last == _month_end(first):
        return f"{first.year:04d}-{first.month:02d}", f"{mon} {first.year}"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return f"{first.year:04d}", f"{first.year}"
    return None


def _month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])  # December 9999 too


_STRAY = 20  # the whole range must be this many times the window for the axis to open on the window


def _view(placed: list[_Placed]) -> tuple[date, date]:
    """The span the axis opens on: the narrowest window holding three quarters of the events,
    so a stray date in 0300 or 2099 does not squeeze the rest into a pixel (render uses it
    only when the whole range is much wider). `placed` is in date order."""
    n = len(placed)
    k = max(1, -(-3 * n // 4))
    firsts = [p.first.toordinal() for p in placed]  # ordinals: days BC are dates too (eras)
    i = min(range(n - k + 1), key=lambda j: (firsts[j + k - 1] - firsts[j], j))
    window = placed[i:i + k]
    return window[0].first, max(p.last for p in window)


def render(events: Sequence[Event], *, title: str | None = None, description: str | None = None,
           sources=None, facts=None) -> str:
    """The page; `sources`: the store's source table (a document's title and canonical URL);
    `facts`: the store's same-fact grouping ({event id: (fact, sources, agreement)}), for a
    corroboration facet and each event's fact."""
    title = title or "Timeline"
    script = _asset("timeline.js")
    placed = [p for p in map(_Placed, events) if p.first is not None]
    placed.sort(key=lambda p: (p.first, p.last, p.event.id))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP.format(digest=_script_digest(script))}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f"<style>{CSS}{_asset('timeline.css')}</style>",
        "</head>",
        "<body>",
        '<a class="skip" href="#list">Skip to the list of events</a>',
        "<header>",
        f'<h1 dir="auto">{esc(title)}</h1>',
    ]
    if description:
        parts.append(f'<p class="description" dir="auto">{esc(description)}</p>')
    if not placed:
        parts += ['<p class="summary empty">No events.</p>', "</header>", "</body>", "</html>"]
        return "\n".join(parts) + "\n"
    lo = min(p.first for p in placed)
    hi = max(p.last for p in placed)
    view = _view(placed)
    count = f"{len(placed)} event{'s' if len(placed) != 1 else ''}"
    days = hi.toordinal() - lo.toordinal()
    if view != (lo, hi) and days > _STRAY * max(view[1].toordinal() - view[0].toordinal(), 30):
        summary = (f"{count}, mostly {_day_text(view[0])} to {_day_text(view[1])} "
                   f"(all: {_day_text(lo)} to {_day_text(hi)})")
    else:
        summary, view = f"{count}, {_day_text(lo)} to {_day_text(hi)}", (lo, hi)
    tables = _Tables()
    grouped = facts if has_facts(events, facts) else None
    records = [_record(p, tables, grouped) for p in placed]
    facets = FACETS + ((FACT_FACET,) if grouped else ())
    data = {"months": [m[:3] for m in MONTHS], "monthNames": list(MONTHS), "facets": [list(f) for f in facets],
            "kinds": list(KINDS), "view": [view[0].toordinal(), view[1].toordinal()],
            "by": list(tables.by), "source": list(tables.source), "tags": list(tables.tags),
            "urls": [_link(s, sources) for s in tables.source],
            "titles": [described_title(s, sources) for s in tables.source],
            "sourceReported": [tables.reported.get(i, "") for i in range(len(tables.source))], "events": records}
    if grouped:
        data["facts"] = [list(f) for f in tables.facts]
    parts += [
        f'<p class="summary">{summary}</p>',
        '<p class="legend"><span>● one day</span><span>▬ an interval</span><span>▤ some day in a month, season or year</span>'
        "<span>▨ approximate or uncertain</span><span>fading end: open (on or before / from)</span></p>",
        "</header>",
        '<noscript><p class="summary">This page draws the timeline with its own script, which is off here. '
        "For a view without scripts: <code>timeline export --format md</code> (or csv).</p></noscript>",
        '<nav id="controls" aria-label="Search and filters" hidden>',
        '<div class="search"><label for="q">Search</label>'
        '<input id="q" type="search" placeholder="words in the statement, claimant, source…" autocomplete="off"></div>',
        '<div id="facets"></div>',
        '<p id="count" role="status" aria-live="polite"></p>',
        "</nav>",
        '<section id="chart" aria-label="Time axis" hidden>',
        '<div class="toolbar"><button type="button" id="zoom-in" aria-label="Zoom in">+</button>'
        '<button type="button" id="zoom-out" aria-label="Zoom out">−</button>'
        '<button type="button" id="zoom-fit">Fit</button>'
        '<span class="keys">wheel or + − to zoom, drag or ← → to pan, j k next and previous, / search</span>'
        '<span id="overflow" class="keys"></span></div>',
        '<div id="viewport" tabindex="0" role="group" aria-label="Events on a time axis; use the arrow keys to pan">'
        '<div id="ticks" aria-hidden="true"></div><div id="lanes"></div></div>',
        "</section>",
        '<aside id="detail" aria-label="Selected event" aria-live="polite" hidden></aside>',
        '<main class="axis" id="list" aria-label="Events in date order"></main>',
        f'<script type="application/json" id="timeline-data">{_json_block(data)}</script>',
        f"<script>{script}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _link(source: str, sources) -> str:
    """A source's link: its document's canonical URL, else the source itself, when either is a
    plain http(s) URL (_common.web_url); "" otherwise (shown as text, never linked)."""
    item = sources.get(source) if sources and source else None
    return web_url(item.url if item is not None else "") or web_url(source) or ""


def described_title(source: str, sources) -> str:
    item = sources.get(source) if sources and source else None
    return item.title if item is not None else ""


def _day_text(day: date) -> str:
    """ISO for a day (2024-10-08); a day before year 1 written out: 15 Mar 490 BC."""
    if day.toordinal() >= 1:
        return day.isoformat()
    return f"{day.day} {MONTHS[day.month - 1][:3]} {year_label(day.year)}"


def export(events: Sequence[Event], out: TextIO, *, raw: bool = False, title: str | None = None,
           description: str | None = None, sources=None, facts=None) -> None:
    from timeline_cli.formats._common import write_chunked

    write_chunked(out, render(events, title=title, description=description, sources=sources, facts=facts))
