"""`timeline extract` for a reader: one table per document, each expression in its context."""

from __future__ import annotations

import re

__all__ = ["render_table", "CONTEXT"]


CONTEXT = 32  # characters of context shown on each side in the table


def render_table(doc: str, text: str, chosen, records: list[dict], console, *, offset: int = 0,
                 titled: bool = True) -> None:
    """One table per document, titled with its name and report date; each expression with
    the words around it, so a reader can judge the reading at a glance. A very large text is
    given a piece at a time: `offset` is where `text` starts in the document (the "at"
    column counts from the document's start) and only the first piece is `titled`."""
    from rich.table import Table
    from rich.text import Text

    from timeline_cli.sanitize import safe_line

    if titled:
        title = Text(safe_line(doc), style="bold")
        title.append(f"  reported {chosen.date.isoformat()} ({chosen.how})", style="dim")
        console.print(title)  # not a Table title, which would wrap to the table's width
    table = Table(header_style="bold", show_lines=False)
    table.add_column("at", justify="right", no_wrap=True, style="dim")
    table.add_column("in context", overflow="fold", ratio=3)
    table.add_column("type", no_wrap=True)
    # fold, never "…": a table that drops characters of a value misleads.
    table.add_column("value", overflow="fold", ratio=1)
    table.add_column("edtf", overflow="fold", ratio=1, style="cyan")
    def flat(part: str) -> str:  # line breaks in the context read as spaces
        return safe_line(re.sub(r"\s+", " ", part))

    for r in records:
        s, e = r["start"], r["end"]
        context = Text(flat(text[max(0, s - CONTEXT):s]).lstrip(), style="dim")
        context.append(flat(text[s:e]), style="bold yellow")
        context.append(flat(text[e:e + CONTEXT]).rstrip(), style="dim")
        table.add_row(f"{s + offset}-{e + offset}", context, r["type"], safe_line(r["value"]), safe_line(r["edtf"] or ""))
    if not records:
        table.add_row("", Text("no temporal expressions found", style="dim"), "", "", "")
    console.print(table)
