"""`timeline facts` on a terminal: one line per fact, and a fact in full with its evidence.

Every piece of event data goes through sanitize into rich.text.Text, never into markup.
"""

from __future__ import annotations

from typing import Sequence

from timeline_cli.sanitize import safe_line
from timeline_cli.when import format_when

AGREEMENT_MARKS = {"single": ("1 source", "dim"), "agree": ("", "bold green"), "disagree": ("≠", "bold red")}


def _sources(row) -> tuple[str, str]:
    if row.sources < 2:
        return "1 source ", "dim"
    mark = f"{row.sources} sources"
    return (f"{mark} ≠" if row.agreement == "disagree" else f"{mark}  "), (
        "bold red" if row.agreement == "disagree" else "bold green")


def render_facts(rows: Sequence, console) -> None:
    """One row per fact: its date, how many sources, then the statement and its claimants in a
    column of their own, so a long statement wraps under itself, not under the date."""
    from rich.table import Table
    from rich.text import Text

    if not rows:
        console.print(Text("no facts: no statements match", style="dim"))
        return
    from rich.padding import Padding

    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold")
    table.add_column(no_wrap=True)
    table.add_column(ratio=1, overflow="fold")  # every character shown, however narrow
    cells = []
    for row in rows:
        label, style = _sources(row)
        text = Text(safe_line(row.text))
        if row.claimants:
            text.append("  — " + safe_line("; ".join(row.claimants)), style="dim")
        if row.disagree_on:
            text.append(f"  (sources disagree on {', '.join(row.disagree_on)})", style="red")
        cells.append((format_when(row.when), Text(label, style=style), text))
    fixed = max(len(c[0]) for c in cells) + max(len(c[1]) for c in cells) + 4
    if _narrow(console, fixed):  # the statement under its date, not in a sliver beside it
        for when, label_text, text in cells:
            console.print(Text(when + "  ", style="bold") + label_text)
            console.print(Padding(text, (0, 0, 0, 2)))
    else:
        for cell in cells:
            table.add_row(*cell)
        console.print(table)
    multi = sum(1 for r in rows if r.sources > 1)
    noun = "fact" if len(rows) == 1 else "facts"
    console.print(Text(f"{len(rows)} {noun}, {multi} reported by two or more sources", style="dim"))


# Narrower than this, a statement beside its date and sources is cut a few letters a line
# (COLUMNS=20: four): it goes under them instead.
MIN_TEXT_WIDTH = 24


def _narrow(console, fixed: int) -> bool:
    return console.width - fixed < MIN_TEXT_WIDTH


def render_explained(row, evidence: Sequence, console) -> None:
    """A fact in full: its statements (date, source, claimant) and the links that joined them
    (facts.Evidence, found when the store was grouped again; statements joined otherwise are
    named as kept from the stored grouping)."""
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    head = Text(f"{row.fact}  ", style="bold")
    head.append(format_when(row.when), style="bold")
    label, style = _sources(row)
    head.append(f"  {label.strip()}", style=style)
    console.print(head)
    terminal = console.is_terminal  # piped: one line each, whatever its length, for scripts
    # on a terminal the id and date are columns of their own: a statement wraps under itself
    table = Table.grid(padding=(0, 2), pad_edge=False)
    table.add_column(no_wrap=True, style="dim")
    table.add_column(no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    width = max(len(format_when(e.when)) for e in row.events)
    for e in row.events:
        meta = Text(f"source {safe_line(e.source) or '(none)'}", style="dim")
        if e.by:
            meta.append(f" · claimed by {safe_line(e.by)}", style="dim")
        if terminal and _narrow(console, 14 + width + 4):  # (as render_facts)
            console.print(Text("  " + e.id[:12] + "  ", style="dim") + Text(format_when(e.when)))
            console.print(Padding(Text(safe_line(e.text)) + Text("\n") + meta, (0, 0, 0, 4)))
            continue
        if terminal:
            table.add_row("  " + e.id[:12], format_when(e.when), Text(safe_line(e.text)) + Text("\n") + meta)
            continue
        line = Text("  " + e.id[:12] + "  ", style="dim")
        line.append(format_when(e.when).ljust(width) + "  ")
        line.append(safe_line(e.text))
        console.print(line, soft_wrap=True)
        console.print(Text(" " * 16) + meta, soft_wrap=True)
    if table.row_count:
        console.print(table)
    if len(row.events) > 1:
        console.print(Text("  linked by:", style="bold"))

        def block(said: Text) -> None:  # on a terminal indented as a block: wraps under itself
            console.print(Padding(said, (0, 0, 0, 4), expand=False) if terminal else Text("    ") + said,
                          soft_wrap=not terminal)

        for ev in evidence:
            block(Text(safe_line(ev.describe()), style="dim"))
        linked = {i for ev in evidence for i in (ev.a, ev.b)}
        kept = [e.id for e in row.events if e.id not in linked]
        if kept:
            block(Text(f"{', '.join(kept)}: kept from the stored grouping (`timeline facts --regroup` "
                       "groups the store again)", style="dim"))
    if row.disagree_on:
        console.print(Text(f"  the sources disagree on {', '.join(row.disagree_on)} (timeline conflicts)", style="red"))
    console.print(Text(""))
