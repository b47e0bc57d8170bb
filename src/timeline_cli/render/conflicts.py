"""`timeline conflicts` for a reader (Rich tables side by side) and for a pipe (one line per
event)."""

from __future__ import annotations

__all__ = ["render_rich", "plain_lines"]


def render_rich(groups, console, verdicts=None) -> None:
    """`verdicts`: finding id -> the user's verdict, for findings shown again by --all."""
    from rich.table import Table
    from rich.text import Text

    from timeline_cli.sanitize import safe, safe_line
    from timeline_cli.when import format_when

    if not groups:
        console.print(Text("No conflicting claims found.", style="dim"))
        return
    for n, group in enumerate(groups, start=1):
        console.print()
        console.print(Text(f"Conflict {n}: " + ", ".join(group.kinds), style="bold red")
                      + Text(f"  finding {group.finding}", style="dim")
                      + Text(f"  ({(verdicts or {})[group.finding]})" if group.finding in (verdicts or {}) else "",
                             style="green"))
        table = Table(show_header=True, header_style="bold", show_lines=True, expand=True)
        table.add_column("when", no_wrap=True, style="bold cyan")
        table.add_column("claim", ratio=3, overflow="fold")  # never "…": the whole claim is shown
        table.add_column("by", ratio=1, style="italic", overflow="fold")
        table.add_column("source", ratio=1, style="dim", overflow="fold")
        # the full id, never cut to "bd0cc9723…": people copy it into `timeline show ID`
        table.add_column("id", style="dim", overflow="fold",
                         min_width=max(len(e.id) for e in group.events))
        for e in group.events:
            table.add_row(Text(format_when(e.when)), Text(safe(e.text)), Text(safe_line(e.by or "—")),
                          Text(safe_line(e.source or "—")), Text(e.id))
        console.print(table)
        for reason in group.reasons:
            console.print(Text("  " + safe_line(reason.words), style="yellow"))
    console.print(Text(f"\n{len(groups)} group(s) of conflicting claims", style="bold"))


def plain_lines(groups, verdicts=None):
    """One line per event: GROUP<TAB>KINDS<TAB>WHEN<TAB>TEXT<TAB>BY<TAB>SOURCE<TAB>ID<TAB>FINDING<TAB>VERDICT
    (VERDICT empty unless the finding was reviewed and --all shows it again)."""
    from timeline_cli.sanitize import safe_line

    for n, group in enumerate(groups, start=1):
        kinds = ",".join(group.kinds)
        for e in group.events:
            yield "\t".join((str(n), kinds, e.when, safe_line(e.text), safe_line(e.by),
                             safe_line(e.source), e.id, group.finding, (verdicts or {}).get(group.finding, "")))
