"""The `timeline` command group: global options, lazy subcommands, the one exit point.

Subcommands live in timeline_cli.commands.* and are imported only when run, so
`timeline --version` and `--help` stay fast (Rich and the parser load only where used).
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from timeline_cli import __version__
from timeline_cli.cli_options import App, NamedPath, report_error

# name -> (module, function, one-line help). Help lives here so `timeline --help` imports nothing.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "add": ("timeline_cli.commands.add", "add", "Add one event (or one a line from stdin)."),
    "show": ("timeline_cli.commands.show", "show", "Show the timeline, coloured on a terminal, plain when piped."),
    "chart": ("timeline_cli.commands.chart", "chart", "Draw the timeline on one time axis: bars, marks and uncertainty."),
    "facts": ("timeline_cli.commands.facts", "facts", "Group the same fact from several sources: one corroborated line each."),
    "link": ("timeline_cli.commands.link", "link", "Put statements in one fact (remembered across re-ingest)."),
    "unlink": ("timeline_cli.commands.link", "unlink", "Keep statements out of a fact (remembered across re-ingest)."),
    "alias": ("timeline_cli.commands.alias", "alias", "Say that a claimant name means another (for --by and facts)."),
    "filter": ("timeline_cli.commands.filter", "filter_", "Write matching events as a new store (TOML) or another format."),
    "export": ("timeline_cli.commands.export", "export", "Export events as CSV, JSON, Markdown, iCalendar, HTML..."),
    "import": ("timeline_cli.commands.import_", "import_", "Import events from CSV, TSV, JSON, JSONL or TOML."),
    "extract": ("timeline_cli.commands.extract", "extract", "Show the temporal expressions found in documents."),
    "ingest": ("timeline_cli.commands.ingest", "ingest", "Turn documents into dated events in the store."),
    "diff": ("timeline_cli.commands.diff", "diff", "Compare two timelines: added, removed, moved, refined, contradicted."),
    "edit": ("timeline_cli.commands.edit", "edit", "Correct events: field options, or $EDITOR on their TOML."),
    "rm": ("timeline_cli.commands.rm", "rm", "Remove events (remembered, so ingest does not bring them back)."),
    "tag": ("timeline_cli.commands.tag", "tag", "Add (+TAG) or remove (-TAG) tags on events."),
    "status": ("timeline_cli.commands.status", "status", "Set events' status: confirmed, disputed, reported, none."),
    "note": ("timeline_cli.commands.note", "note", "Set or append an event's note."),
    "resolve": ("timeline_cli.commands.resolve", "resolve", "Resolve a merge conflict: --ours, --theirs or --edit."),
    "conflicts": ("timeline_cli.commands.conflicts", "conflicts", "List claims in one timeline that contradict each other."),
    "merge": ("timeline_cli.commands.merge", "merge", "Three-way merge of stores (a git merge driver)."),
    "completion": ("timeline_cli.commands.completion", "completion", "Print the shell completion script."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name, (module, _, _) in COMMANDS.items() if _module_exists(module)]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        entry = COMMANDS.get(name)
        if entry is None or not _module_exists(entry[0]):
            return None
        return getattr(importlib.import_module(entry[0]), entry[1])

    def resolve_command(self, ctx: click.Context, args: list[str]):
        """As click's, with "Did you mean 'show'?" for a mistyped command (as for options)."""
        name = click.utils.make_str(args[0]) if args else ""
        if name == "help" and "help" not in COMMANDS:  # `timeline help [COMMAND]`, as git takes it
            if len(args) < 2:
                click.echo(ctx.get_help())
                ctx.exit(0)
            command = self.resolve_command(ctx, args[1:])[1]
            if command is not None:
                with command.make_context(args[1], ["--help"], parent=ctx):
                    pass  # (--help prints the command's help and exits 0)
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            import difflib

            close = difflib.get_close_matches(name, self.list_commands(ctx), n=1)
            if close:
                ctx.fail(f"No such command {name!r}. Did you mean {close[0]!r}?")
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            # `timeline show | head`: the reader left; end quietly like other Unix tools.
            _silence_stdout()
            raise click.exceptions.Exit(141) from None
        except KeyboardInterrupt:
            click.echo(_interrupted_message(), err=True)
            raise click.exceptions.Exit(130) from None
        except Exception as exc:  # noqa: BLE001 - the single exit point (habit 1)
            app = ctx.obj if isinstance(ctx.obj, App) else None
            if (app and app.debug) or os.environ.get("TIMELINE_DEBUG"):
                raise
            raise report_error(exc) from None


def _interrupted_message() -> str:
    """What Ctrl-C left behind, truthfully: a write whose swap had happened is complete."""
    from timeline_cli.sanitize import safe_line

    store_module = sys.modules.get("timeline_cli.store")
    written = list(dict.fromkeys(getattr(store_module, "WRITTEN", [])))
    if not written:
        return "Interrupted; nothing was changed."
    return ("Interrupted, after " + ", ".join(safe_line(p) for p in written)
            + " had been written in full; nothing else was changed.")


def _module_exists(module: str) -> bool:
    from importlib.util import find_spec

    return find_spec(module) is not None


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


EPILOG = """\b
Examples:
  timeline ingest seeds/                      # documents -> dated events
  timeline show --since 2024-10-01            # coloured timeline on a terminal
  timeline show --grep troops | cut -f1,2     # plain lines when piped
  timeline export --format csv -o events.csv  # for a spreadsheet
  timeline add "2024-11-04: first clash" --by "Ukrainian MoD"

\b
The store is --store PATH, else $TIMELINE_STORE, else ./timeline.toml.
`-` means stdin (or stdout) wherever a file is expected.
"""


@click.group(cls=LazyGroup, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="timeline", message="%(prog)s %(version)s")
@click.option("--store", "store", metavar="PATH", type=NamedPath(), envvar="TIMELINE_STORE", default="timeline.toml",
              show_default=True,
              help="The event store (TOML). Also $TIMELINE_STORE; `-` reads it from stdin. "
                   "Accepted after the subcommand too.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour output; `auto` colours only a terminal and honours NO_COLOR.")
@click.option("--debug", is_flag=True, help="Show a traceback on errors.")
@click.option("--no-pager", is_flag=True,
              help="Never page long output on a terminal (default: $TIMELINE_PAGER, $PAGER or less).")
@click.pass_context
def cli(ctx: click.Context, store: str, color: str, debug: bool, no_pager: bool) -> None:
    """timeline: turn dated statements in text into a trustworthy timeline of facts."""
    ctx.obj = App(store_path=store, color=color, debug=debug, pager=not no_pager)
    store_module = sys.modules.get("timeline_cli.store")
    if store_module is not None:  # one process can run several commands (tests, scripts)
        store_module.WRITTEN.clear()


def main(argv: list[str] | None = None) -> None:
    from timeline_cli.sanitize import guard_streams

    guard_streams()  # the one path to the terminal for every line any command prints
    try:
        cli.main(args=argv, prog_name="timeline")
    except BrokenPipeError:  # raised while click itself flushes output
        _silence_stdout()
        sys.exit(141)
    except OSError as exc:  # while click prints --help or --version (`timeline --version > /dev/full`)
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        report_error(exc).show()
        _silence_stdout()
        sys.exit(1)
