"""`timeline diff` for a reader: the changes between two timelines, coloured (Rich).

The plain and JSON forms are timeline_cli.diff's own (plain_lines, to_json).
"""

from __future__ import annotations

__all__ = ["render_rich"]


def render_rich(result, console, *, shown) -> None:
    from rich.text import Text

    from timeline_cli.sanitize import safe, safe_line
    from timeline_cli.when import format_when

    header = Text()
    header.append("--- " + safe_line(result.old_label) + "\n", style="bold red")
    header.append("+++ " + safe_line(result.new_label), style="bold green")
    console.print(header)
    if not result.changes:
        console.print(Text("No differences.", style="dim"))
        return
    styles = {"added": "green", "removed": "red", "changed": "yellow"}
    for change in shown:
        e = change.event
        style = styles[change.change]
        line = Text()
        line.append(f"{change.prefix} {change.change:<8} ", style=f"bold {style}")
        line.append(format_when(e.when), style=f"bold {style}")
        line.append("  ")
        line.append(safe(e.text), style=style if change.change != "changed" else "")
        console.print(line)
        meta = Text("    ")
        if e.by:
            meta.append("per " + safe_line(e.by) + "  ", style="dim italic")
        if e.source:
            meta.append(safe_line(e.source) + "  ", style="dim")
        meta.append(e.id, style="dim")
        if change.matched_by and change.matched_by != "id":
            meta.append(f"  (matched by {change.matched_by}, was {change.old.id})", style="dim")
        console.print(meta)
        for f in change.fields:
            if f.kind == "text-edited":
                console.print(Text("    " + safe_line(f.words.split(":", 1)[0]), style="yellow"))
                old = Text("      - ", style="red")
                old.append(safe(f.old), style="red")
                new = Text("      + ", style="green")
                new.append(safe(f.new), style="green")
                console.print(old)
                console.print(new)
            else:
                console.print(Text("    " + safe_line(f.words), style="yellow"))
    s = result.summary
    console.print(Text(f"\n{s['added']} added, {s['removed']} removed, {s['changed']} changed, "
                       f"{s['unchanged']} unchanged", style="bold"))
