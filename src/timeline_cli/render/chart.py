"""`timeline chart`: a Gantt-like view of time and uncertainty in the terminal.

One row per event on one time axis scaled to the selection: a day is a mark, an interval a
solid bar, a date known only to its month, season or year a shaded span (the event fell on
some day in it), an open bound ("../2024-11-06": on or before) a dotted run to the edge of
the axis, and approximate (~) or uncertain (?) dates keep their sign after the bar. Colours
group the rows by claimant or tag, with a legend; `ascii=True` (piped, or --color never)
draws the same chart in plain ASCII without colour.

`layout` is pure (events in, rows of cells out) and tested without a terminal; `render_chart`
prints it. Event text goes through sanitize and rich.text.Text, never into markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Sequence

from timeline_cli.model import Event
from timeline_cli.sanitize import safe_line
from timeline_cli.when import When, parse_when

# The glyphs of each kind of mark: (unicode, ascii).
GLYPHS = {
    "day": ("●", "o"),          # a day (or a time of day)
    "bar": ("━", "="),          # an interval: every day of it
    "span": ("░", "."),         # a month, season or year: some day in it
    "open": ("┄", "-"),         # an open bound: before or after the known day
    "open_start": ("◁", "<"),   # where the open run meets the edge of the axis
    "open_end": ("▷", ">"),
    "tick": ("┬", "+"),
    "rule": ("─", "-"),
}
GROUP_STYLES = ("cyan", "magenta", "green", "yellow", "blue", "red", "bright_cyan",
                "bright_magenta", "bright_green", "bright_yellow")
OTHER_STYLE = "white"
LEGEND = (("day", "day"), ("bar", "interval"), ("span", "in month/season/year"), ("open", "open-ended"))
_FINE = ("day", "hour", "minute", "second")


@dataclass
class Row:
    """One event drawn: its label and a cell per column (" " where nothing is drawn)."""

    event: Event
    label: str
    cells: list[str]
    group: str
    flags: str = ""          # "~", "?" or "~?" after the bar
    approximate: bool = False


@dataclass
class Axis:
    first: int               # day ordinal of column 0
    last: int                # day ordinal the last column ends on
    width: int               # columns
    ticks: list[tuple[int, str]] = field(default_factory=list)  # (column, label)

    def column(self, ordinal: int) -> int:
        span = self.last - self.first + 1
        col = (ordinal - self.first) * self.width // span
        return min(max(col, 0), self.width - 1)


@dataclass
class Chart:
    axis: Axis
    label_width: int
    rows: list[Row]
    groups: list[str]        # legend order (the most rows first)
    ascii: bool
    narrow: int = 0          # a narrow screen's width: each row's text under its date, its bar below
    width: int = 0           # the screen's width, which the legends are wrapped to (0: one line each)


def _glyph(kind: str, ascii: bool) -> str:
    return GLYPHS[kind][1 if ascii else 0]


def _known(w: When) -> tuple[int | None, int | None]:
    # Only an open end is unknown: 0001-01-01 and 9999-12-31 are days a date can name (they
    # were read as open ends, date.min and date.max, and drawn as "on or before" / "from").
    lo = None if w.open_start else w.earliest.toordinal()
    hi = None if w.open_end else w.latest.toordinal()
    return lo, hi


def _group(event: Event, color_by: str) -> str:
    if color_by == "tag":
        return event.tags[0] if event.tags else ""
    return event.by


# ---------------------------------------------------------------- axis ticks

def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, 1)


def _tick_dates(first: date, last: date, width: int) -> tuple[list[date], str]:
    """Tick days at a round unit (months or days; years are _year_ticks') that leaves room for
    their labels, and the strftime format of the labels."""
    days = (last - first).days + 1
    room = max(width // 10, 2)  # labels are up to 8 characters, with a gap
    months = days / 30.44
    if months >= 2:
        step = next((s for s in (1, 2, 3, 6, 12) if months / s <= room), 12)
        d = date(first.year, first.month, 1) if first.day == 1 else _add_months(first, 1)
        out = []
        while d <= last:
            if (d.month - 1) % step == 0:
                out.append(d)
            d = _add_months(d, 1)
        return out, "%b %Y"
    step = next((s for s in (1, 2, 7, 14) if days / s <= room), 14)
    d = first + timedelta(days=(7 - first.weekday()) % 7) if step >= 7 else first  # weeks start Monday
    out = []
    while d <= last:
        out.append(d)
        d += timedelta(days=step)
    return out, "%d %b"


_CYCLE_DAYS = 146097  # 400 Gregorian years: shifting by whole cycles keeps every calendar date


def _year_label(year: int) -> str:
    """An astronomical year as people write it: 0 is 1 BC, -489 is 490 BC."""
    return str(year) if year > 0 else f"{1 - year} BC"


_YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000)


def _year_ticks(axis: Axis) -> list[tuple[int, str]] | None:
    """Ticks at round years for an axis of three years or more, counted as years are written:
    AD years that are multiples of the step, and BC years whose written number is (10000 BC,
    5000 BC, then 5000, 10000), placed by the day ordinals that reach before year 1 (eraday).
    None for a shorter axis (month and day ticks). (The 400-year shift that `_ticks` uses for
    those ran past 9999 on an axis from BC to the last years, and ticks stopped a third of the
    way, at years like 10601 BC.)"""
    from timeline_cli.eraday import day_from_ordinal, make_day

    days = axis.last - axis.first + 1
    years = days / 365.25
    if years < 3:
        return None
    room = max(axis.width // 10, 2)
    step = next((s for s in _YEAR_STEPS if years / s <= room), _YEAR_STEPS[-1])
    max_ordinal = date.max.toordinal()
    first = day_from_ordinal(axis.first)
    first_year = first.year if (first.month, first.day) == (1, 1) else first.year + 1
    last_year = day_from_ordinal(min(axis.last, max_ordinal)).year
    out: list[tuple[int, str]] = []
    free = 0
    for year in range(first_year, last_year + 1):
        written = year if year > 0 else 1 - year
        if written % step:
            continue
        col = axis.column(make_day(year, 1, 1).toordinal())
        label = _year_label(year)
        if col >= free and col + len(label) <= axis.width:
            out.append((col, label))
            free = col + len(label) + 1
    return out


def _ticks(axis: Axis) -> list[tuple[int, str]]:
    years = _year_ticks(axis)
    if years is not None:
        return years
    # Days BC (ordinal < 1) are moved forward by whole 400-year cycles to find their ticks.
    cycles = (1 - axis.first) // _CYCLE_DAYS + 1 if axis.first < 1 else 0
    shift = cycles * _CYCLE_DAYS
    first = date.fromordinal(axis.first + shift)
    last = date.fromordinal(min(axis.last + shift, date.max.toordinal()))
    dates, fmt = _tick_dates(first, last, axis.width)
    out: list[tuple[int, str]] = []
    free = 0
    for d in dates:
        col = axis.column(d.toordinal() - shift)
        year = _year_label(d.year - 400 * cycles)
        label = d.strftime(fmt).replace(str(d.year), year) if "%Y" in fmt else d.strftime(fmt)
        if col >= free and col + len(label) <= axis.width:
            out.append((col, label))
            free = col + len(label) + 1
    return out


# ---------------------------------------------------------------- layout

def layout(events: Sequence[Event], width: int, *, ascii: bool = False, color_by: str = "claimant",
           label_width: int | None = None) -> Chart:
    """Rows of cells for `events` (in their order) on one axis, for a screen `width` wide
    (at least MIN_SCREEN)."""
    width = max(width, MIN_SCREEN)
    parsed = [(e, parse_when(e.when)) for e in events]
    lows = [lo for _, w in parsed for lo in (_known(w)[0],) if lo is not None]
    highs = [hi for _, w in parsed for hi in (_known(w)[1],) if hi is not None]
    known = lows + highs
    first, last = (min(known), max(known)) if known else (2, 2)  # nothing known: an empty axis
    when_width = min(max((len(e.when) for e in events), default=4), _WHEN_MAX)
    narrow = label_width is None and (width - when_width - 1 < MIN_TEXT_WIDTH or width < 24 + 1 + 10 + 2
                                      or min(max(width // 2, 24), 56) - when_width - 1 < MIN_LABEL_TEXT)
    if narrow:  # (as `facts`): the date on a line, the text under it, the bar under that
        label_width = max(width - 2, 1)
        bar_width = max(width - 2, 1)  # 2 for the ~? flags
    else:
        if label_width is None:
            label_width = min(max(width // 2, 24), 56)
        bar_width = max(width - label_width - 3, 10)  # 1 space + 2 for the ~? flags
    # A margin of three columns each side, so a mark on the first or last day and the run of
    # an open bound both show.
    margin = max(-(-(last - first) * 3 // max(bar_width - 6, 1)), 1)
    first, last = first - margin, last + margin
    axis = Axis(first, last, bar_width)
    axis.ticks = _ticks(axis)
    rows = [_row(e, w, axis, label_width, when_width, ascii, color_by, narrow) for e, w in parsed]
    counts: dict[str, int] = {}
    for r in rows:
        if r.group:
            counts[r.group] = counts.get(r.group, 0) + 1
    groups = sorted(counts, key=lambda g: (-counts[g], g))
    return Chart(axis, label_width, rows, groups, ascii, width if narrow else 0, width)


_WHEN_MAX = 21  # "2024-10-08/2024-10-13"

# A screen narrower than this is drawn as this wide (as the console keeps MIN_CONSOLE_WIDTH for
# the other views): COLUMNS=1 wrapped every word a letter a line, 812 lines for the sample.
MIN_SCREEN = 20

# Fewer columns than this beside the date, a statement is cut to a few letters (COLUMNS=30 left
# "2024-03-03/2024-11-28 T…") and a row runs past the screen: the text goes under its date, as
# `facts` puts it (render/facts.py's MIN_TEXT_WIDTH).
MIN_TEXT_WIDTH = 24
# Nor is a label whose text beside the date is cut to fewer letters than this ("So…" at 50
# columns beside an interval's date) any use: narrow too.
MIN_LABEL_TEXT = 10


def _narrow_label(event: Event, width: int, ascii: bool) -> str:
    """The date on a line of its own (cut to the screen), the text wrapped under it, indented
    by two: lines joined by newlines."""
    import textwrap

    cut = "..." if ascii else "…"
    whens = [event.when]
    if len(event.when) > width and "/" in event.when:  # an interval: its start, then its end
        start, _, end = event.when.partition("/")
        whens = [start + "/", end]
    whens = [w if len(w) <= width else w[: max(width - len(cut), 0)] + cut for w in whens]
    text = safe_line(event.text)
    if ascii:
        text = text.encode("ascii", "backslashreplace").decode("ascii")
    body = textwrap.wrap(text, max(width - 2, 1), break_on_hyphens=False) or [""]
    return "\n".join(whens + ["  " + line for line in body])


def _label(event: Event, width: int, when_width: int, ascii: bool) -> str:
    cut = "..." if ascii else "…"
    when = event.when if len(event.when) <= when_width else event.when[: when_width - len(cut)] + cut
    text = safe_line(event.text)
    if ascii:  # a pipe gets ASCII only: other characters as Python escapes
        text = text.encode("ascii", "backslashreplace").decode("ascii")
    label = f"{when:<{when_width}} {text}"
    if len(label) > width:
        label = _without_partial_escape(label[: width - len(cut)]) + cut
    return label.ljust(width)


# The start of a backslash escape (safe_line's, or backslashreplace's on a pipe) that a cut left
# unfinished: "Z\xfcrich \u2..." showed a character that is no character.
_PARTIAL_ESCAPE = re.compile(r"\\(?:x[0-9a-f]?|u[0-9a-f]{0,3}|U[0-9a-f]{0,7}|[ntr]?)\Z")


def _without_partial_escape(text: str) -> str:
    """TEXT without the escape its end cuts short."""
    match = _PARTIAL_ESCAPE.search(text)
    return text if match is None else text[: match.start()]


def _row(event: Event, w: When, axis: Axis, label_width: int, when_width: int, ascii: bool,
         color_by: str, narrow: bool = False) -> Row:
    cells = [" "] * axis.width
    lo, hi = _known(w)
    if lo is None and hi is None:
        pass  # no known day at all ("../.."): nothing to draw
    elif lo is None or hi is None:
        # open on one side: a dotted run from the edge of the axis to the known day
        assert lo is not None or hi is not None
        at = axis.column(hi if lo is None else lo)  # type: ignore[arg-type]
        run = range(0, at) if lo is None else range(at + 1, axis.width)
        for c in run:
            cells[c] = _glyph("open", ascii)
        if lo is None and at > 0:
            cells[0] = _glyph("open_start", ascii)
        if hi is None and at < axis.width - 1:
            cells[-1] = _glyph("open_end", ascii)
        known_side = w.latest if lo is None else w.earliest
        fine = known_side is not None and _is_fine(w)
        cells[at] = _glyph("day" if fine else "span", ascii)
    else:
        c0, c1 = axis.column(lo), axis.column(hi)
        if w.is_interval:
            kind = "bar"
        elif w.granularity in _FINE:
            kind = "day"
        else:
            kind = "span"
        if kind == "bar" and c0 == c1:
            cells[c0] = _glyph("bar", ascii)
        elif kind == "day" or c0 == c1:
            cells[c0] = _glyph("day" if kind == "day" else "span", ascii)
        else:
            for c in range(c0, c1 + 1):
                cells[c] = _glyph(kind, ascii)
    flags = ("~" if w.approximate else "") + ("?" if w.uncertain else "")
    label = _narrow_label(event, label_width + 2, ascii) if narrow else _label(event, label_width, when_width, ascii)
    return Row(event, label, cells, _group(event, color_by), flags, w.approximate or w.uncertain)


def _is_fine(w: When) -> bool:
    return w.granularity in _FINE


# ---------------------------------------------------------------- drawing

def chart_lines(chart: Chart) -> list[str]:
    """The chart as plain lines (no colour): what a pipe gets."""
    if chart.narrow:
        lines = [line for r in chart.rows for line in r.label.split("\n") + [f"{''.join(r.cells)}{r.flags}".rstrip()]]
        lines.extend(_axis_lines(chart, ""))
        lines.extend(_wrapped(_legend_items(chart), chart.narrow))
        return lines
    pad = " " * (chart.label_width + 1)
    lines = [f"{r.label} {''.join(r.cells)}{r.flags}".rstrip() for r in chart.rows]
    lines.extend(_axis_lines(chart, pad))
    lines.extend(_legend_lines(chart))
    return lines


def _legend_lines(chart: Chart) -> list[str]:
    """The glyphs' legend, wrapped between items to the screen (it is 83 columns on one line:
    a 70-column terminal broke it mid-word)."""
    return _wrapped(_legend_items(chart), chart.width) if chart.width else [_legend_text(chart)]


def _wrapped(items: list[str], width: int) -> list[str]:
    """`items` two spaces apart, as many to a line as fit in `width` (an item is never split)."""
    import textwrap

    lines: list[str] = []
    for item in items:
        if len(item) > width:  # longer than the line: its words over lines of their own
            lines.extend(textwrap.wrap(item, width))
        elif lines and len(lines[-1]) + 2 + len(item) <= width:
            lines[-1] += "  " + item
        else:
            lines.append(item)
    return lines


def _axis_lines(chart: Chart, pad: str) -> list[str]:
    axis = chart.axis
    rule = [_glyph("rule", chart.ascii)] * axis.width
    labels = [" "] * axis.width
    for col, label in axis.ticks:
        rule[col] = _glyph("tick", chart.ascii)
        labels[col:col + len(label)] = list(label)
    return [pad + "".join(rule), (pad + "".join(labels)).rstrip()]


def _legend_items(chart: Chart) -> list[str]:
    return [f"{_glyph(kind, chart.ascii)} {words}" for kind, words in LEGEND] + ["~ approximate", "? uncertain"]


def _legend_text(chart: Chart) -> str:
    return "  ".join(_legend_items(chart))


def group_styles(groups: Iterable[str]) -> dict[str, str]:
    """A colour per group, the most frequent first; the rest share OTHER_STYLE."""
    return {g: GROUP_STYLES[i] if i < len(GROUP_STYLES) else OTHER_STYLE for i, g in enumerate(groups)}


def render_chart(chart: Chart, console, *, color_by: str = "claimant") -> None:
    """Print the chart on a Rich console (coloured when it has colour)."""
    from rich.text import Text

    if chart.ascii:
        for plain in chart_lines(chart):
            console.print(Text(plain), soft_wrap=True, no_wrap=True, overflow="ignore")
        return
    styles = group_styles(chart.groups)
    for r in chart.rows:
        if chart.narrow:  # the date and text on lines of their own, the bar below
            for label_line in r.label.split("\n"):
                console.print(Text(label_line, style="default"), soft_wrap=True, no_wrap=True, overflow="ignore")
        line = Text("" if chart.narrow else r.label, style="default")
        if not chart.narrow:
            line.append(" ")
        style = styles.get(r.group, "dim")
        if r.approximate:
            style += " dim"
        line.append("".join(r.cells), style=style)
        if r.flags:
            line.append(r.flags, style="bold yellow")
        console.print(line, soft_wrap=True, no_wrap=True, overflow="ignore")
    pad = "" if chart.narrow else " " * (chart.label_width + 1)
    for text in _axis_lines(chart, pad):
        console.print(Text(text, style="dim"), soft_wrap=True, no_wrap=True, overflow="ignore")
    for text in _legend_lines(chart):
        console.print(Text(text, style="dim"), soft_wrap=True)
    if chart.groups:  # wrapped between names to the screen, a name longer than it cut
        shown = chart.groups[: len(GROUP_STYLES)]
        items = [Text("colours by " + color_by + ":", style="dim")]
        for g in shown:
            items.append(Text("■ ", style=styles[g]) + Text(safe_line(g)))
        if len(chart.groups) > len(shown):
            items.append(Text(f"(+{len(chart.groups) - len(shown)} more, in white)", style="dim"))
        for legend in _wrapped_texts(items, chart.width) if chart.width else [Text("  ").join(items)]:
            console.print(legend, soft_wrap=True)


def _wrapped_texts(items: list, width: int) -> list:
    """Rich Texts two spaces apart, as many to a line as fit in `width` (one longer than the
    line is cut, never run past it)."""
    lines: list = []
    for item in items:
        if len(item) > width:
            item = item[:]
            item.truncate(width, overflow="ellipsis")
        if lines and len(lines[-1]) + 2 + len(item) <= width:
            lines[-1].append("  ")
            lines[-1].append_text(item)
        else:
            lines.append(item)
    return lines
