"""`timeline diff [OLD [NEW]]`: what changed between two timelines, in words.

Each side is a store path, `-` (stdin), `git:REV` (the current store as committed at REV)
or `git:REV:PATH` (PATH relative to the top of the repository). The comparison itself is
timeline_cli.diff (pure); this module reads the sides and prints the result.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import click

from timeline_cli.cli_options import FILTER_HELP, failures_exit, filter_options, pass_app, store_option
from timeline_cli.errors import StoreError

DIFF_FORMATS = ["rich", "plain", "json"]
GIT_PREFIX = "git:"
NO_GIT_HINT = "name the two stores to compare: timeline diff OLD.toml NEW.toml"


# ---------------------------------------------------------------- reading a side


def _git(args: list[str], cwd: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True)
    except FileNotFoundError:
        raise StoreError("git is not installed (or not on PATH), so git: revisions cannot be read",
                         hint=NO_GIT_HINT) from None


def _first_line(data: bytes) -> str:
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return lines[0] if lines else "git failed"


def _repo_dir(store_path: str) -> str:
    """Where to ask git: the folder of the current store when it exists, else the cwd."""
    if store_path != "-":
        folder = Path(os.path.realpath(store_path)).parent
        if folder.is_dir():
            return str(folder)
    return os.getcwd()


def git_toplevel(store_path: str) -> str:
    where = _repo_dir(store_path)
    out = _git(["rev-parse", "--show-toplevel"], where)
    if out.returncode != 0 or not out.stdout.strip():
        raise StoreError(f"{where} is not in a git work tree, so there is no committed version to compare with",
                         hint=NO_GIT_HINT)
    return out.stdout.decode("utf-8", "replace").strip()


def store_in_repo(store_path: str, top: str) -> str:
    """The current store's path relative to the repository top, in git's / form."""
    if store_path == "-":
        raise StoreError("the store is read from stdin, so its path in git is unknown",
                         hint="name it: git:REV:PATH, with PATH relative to the top of the repository")
    real = Path(os.path.realpath(store_path))
    try:
        return real.relative_to(os.path.realpath(top)).as_posix()
    except ValueError:
        raise StoreError(f"the store {store_path} is outside the git repository at {top}",
                         hint="name the file: git:REV:PATH, or run timeline from inside that repository") from None


def read_git(spec: str, store_path: str) -> tuple[str, list]:
    """Events of `git:REV` or `git:REV:PATH`, read with `git show REV:PATH`."""
    from timeline_cli import store

    rest = spec[len(GIT_PREFIX):]
    rev, sep, path = rest.partition(":")
    if not rev:
        raise StoreError(f"{spec!r} names no revision", hint="write git:HEAD, git:main or git:HEAD~1:data/timeline.toml")
    if rev.startswith("-"):
        raise StoreError(f"{spec!r}: a revision cannot start with '-'", hint="write git:HEAD, git:main or a commit id")
    top = git_toplevel(store_path)
    if not sep or not path:
        path = store_in_repo(store_path, top)
    path = path.removeprefix("/")
    out = _git(["show", f"{rev}:{path}"], top)
    label = f"git:{rev}:{path}"
    if out.returncode != 0:
        raise StoreError(f"cannot read {label}: {_first_line(out.stderr)}",
                         hint=f"check the revision (git log --oneline) and that {path} was committed there "
                              f"(git ls-tree -r --name-only {rev})")
    try:
        text = out.stdout.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StoreError(f"{label} is not UTF-8 (bad byte at offset {exc.start})",
                         hint="a store is UTF-8 TOML") from None
    return label, store.loads(text, origin=label)


def read_side(spec: str, store_path: str) -> tuple[str, list]:
    """(label, events) for one side of the comparison."""
    from timeline_cli import store

    if spec.startswith(GIT_PREFIX):
        return read_git(spec, store_path)
    label = "<stdin>" if spec == "-" else spec
    return label, store.load(spec)


# ---------------------------------------------------------------- rendering


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


# ---------------------------------------------------------------- the command


@click.command(help=f"""Compare two timelines and say what changed, in words.

OLD and NEW are each a store file, `-` (stdin), `git:REV` (the current store as committed
at REV) or `git:REV:PATH` (PATH relative to the top of the repository). With no argument:
the store as last committed (git:HEAD) against the store; with one: OLD against the store.

Events are matched by id, then re-worded statements by source and span or by similar text.
Each change is named: added, removed, date moved (by how many days), date refined
(2024-10 -> 2024-10-24), date broadened, date contradicted (the old and new dates no longer
overlap), text edited, claimant / source / tags / status changed.

Output: Rich on a terminal (green added, red removed, yellow changed); `--format plain`
prints one tab-separated line per change, prefixed `+`, `-` or `~`; `--format json` a
documented shape. Exit status as diff(1): 0 same, 1 different, 2 trouble.

The filters restrict both sides before comparing; --limit caps the changes shown and
--reverse lists the newest first. {FILTER_HELP}
""", epilog="""\b
Examples:
  timeline diff                                   # the store vs its last commit
  timeline diff git:HEAD~3                        # three commits ago vs now
  timeline diff old.toml new.toml --format plain
  timeline diff git:main:data/timeline.toml data/timeline.toml --since 2024-10
  timeline filter --tag kursk | timeline diff - kursk.toml --format json
""")
@click.argument("old", required=False)
@click.argument("new", required=False)
@filter_options
@click.option("--format", "fmt", type=click.Choice(DIFF_FORMATS), default=None,
              help="Output format. Default: rich on a terminal, plain when piped.")
@store_option
@pass_app
@click.pass_context
def diff(ctx, app, old, new, query, fmt):
    with failures_exit(2):
        result, shown = _compare(app, old, new, query)
    if fmt is None:
        fmt = "rich" if app.wants_color(sys.stdout) or sys.stdout.isatty() else "plain"
    if fmt == "rich":
        render_rich(result, app.stdout_console(), shown=shown)
    else:
        from timeline_cli.diff import plain_lines, to_json

        subset = dataclasses.replace(result, changes=tuple(shown))
        if fmt == "json":
            data = to_json(result)
            data["changes"] = to_json(subset)["changes"]
            # on a terminal, sanitize.guard_streams escapes controls in the data
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            sys.stdout.writelines(line + "\n" for line in plain_lines(subset))
    sys.stdout.flush()
    ctx.exit(1 if result.differs else 0)


def _compare(app, old, new, query):
    from timeline_cli.diff import diff as compare
    from timeline_cli.query import apply

    store_path = app.store_path
    if old is None:
        old = "git:HEAD"
        git_toplevel(store_path)  # a clear error when not in a git work tree
    if new is None:
        new = store_path
    if old == "-" and new == "-":
        raise StoreError("only one side can be read from stdin",
                         hint="save one of them to a file: timeline diff - other.toml")
    old_label, old_events = read_side(old, store_path)
    new_label, new_events = read_side(new, store_path)
    select = dataclasses.replace(query, limit=None, reverse=False)
    old_events = apply(old_events, select)
    new_events = apply(new_events, select)
    result = compare(old_events, new_events, old_label=old_label, new_label=new_label)
    shown = list(result.changes)
    if query.reverse:
        shown.reverse()
    if query.limit is not None:
        shown = shown[: query.limit]
    return result, shown
