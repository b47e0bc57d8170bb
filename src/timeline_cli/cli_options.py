"""Shared CLI pieces: the App context, option decorators (habit 3), output handling, errors.

Kept free of Rich and the parser at import time so every command starts fast.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import io
import os
import sys
from datetime import date
from typing import IO, Any, Callable, Iterator, TextIO

import click

from timeline_cli.errors import TimelineError
from timeline_cli.sanitize import isatty

# ---------------------------------------------------------------- errors


class CliError(click.ClickException):
    """A TimelineError shown as `Error: ...` plus a hint line, with the error's exit code."""

    def __init__(self, message: str, hint: str = "", exit_code: int = 1) -> None:
        super().__init__(message)
        self.hint = hint
        # click types exit_code as a ClassVar, but reads it from the instance: each error has its own
        self.exit_code = exit_code  # type: ignore[misc]

    def show(self, file: "IO[Any] | None" = None) -> None:
        from timeline_cli.sanitize import say

        say(f"Error: {self.message}")
        if self.hint:
            say(f"Hint: {self.hint}")


_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def report_error(exc: BaseException) -> CliError:
    if isinstance(exc, TimelineError):
        return CliError(exc.message, exc.hint, exc.exit_code)
    if isinstance(exc, MemoryError):
        return CliError("out of memory", "split the input into smaller files")
    if isinstance(exc, OSError) and not exc.filename and exc.errno in _FULL:
        # a write to stdout (a file named by -o has its own message): `show > /dev/full`
        return CliError(f"cannot write the output: {exc.strerror}", "free some space, or send the output elsewhere")
    if isinstance(exc, OSError):
        name = f" {exc.filename}" if exc.filename else ""
        return CliError(f"cannot access{name}: {exc.strerror or exc}", "check the path and its permissions")
    return CliError(f"internal error ({type(exc).__name__}: {exc})",
                    "run again with --debug for a traceback and report it")


@contextlib.contextmanager
def failures_exit(code: int) -> Iterator[None]:
    """Report TimelineError and OSError as usual but exit `code`: `diff` and `merge` exit 2
    for trouble because 1 already means "different" / "conflicts", as in diff(1)."""
    try:
        yield
    except BrokenPipeError:
        raise
    except (TimelineError, OSError) as exc:
        error = report_error(exc)
        error.exit_code = code  # type: ignore[misc]  # see CliError.__init__
        raise error from None


# ---------------------------------------------------------------- the app context


class App:
    """The global options, shared by every command (a plain class: dataclasses costs start-up)."""

    __slots__ = ("store_path", "color", "debug", "pager")

    def __init__(self, store_path: str = "timeline.toml", color: str = "auto", debug: bool = False,
                 pager: bool = True) -> None:
        self.store_path = store_path
        self.color = color
        self.debug = debug
        self.pager = pager  # False: --no-pager (the global option or a command's own)

    def replace(self, **changes) -> "App":
        """A copy with some options changed (a command's own --store / --color)."""
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return App(**values)

    def today(self) -> date:
        """The only clock read in timeline (the parser is always handed its dates)."""
        return date.today()

    def select(self, query):
        """The store's events matching `query` (fast on big stores: see query.select)."""
        from timeline_cli.store import Store

        return Store(self.store_path, cache=True).select(query)

    def select_described(self, query):
        """(select's events, the store's source table: sources.py) from one read of the store
        (a store on stdin can be read once)."""
        from timeline_cli.query import select
        from timeline_cli.store import Store

        snap = Store(self.store_path, cache=True).snapshot()
        return select(snap, query), snap.memory.sources

    def select_grouped(self, query):
        """select_described's (events, source table), and the store's same-fact grouping as
        export columns ({event id: (fact, sources, agreement)}: fact_rows.fact_columns), or
        None when it stores none. The grouping as stored (ingest, link, unlink and `facts
        --regroup` store it): an export never groups the store itself, so it stays fast."""
        from timeline_cli.query import select
        from timeline_cli.store import Store

        snap = Store(self.store_path, cache=True).snapshot()
        events, memory = select(snap, query), snap.memory
        if not memory.facts:
            return events, memory.sources, None
        from timeline_cli.fact_rows import fact_columns

        return events, memory.sources, fact_columns(snap.events(), memory.facts, memory.aliases)

    def select_store(self, query):
        """The selected events and the memory a store of them keeps (Memory.for_subset: the
        aliases, their sources, the links and unlinks among them): `filter`'s new store."""
        from timeline_cli.query import select
        from timeline_cli.store import Store

        snap = Store(self.store_path, cache=True).snapshot()
        events = select(snap, query)
        return events, snap.memory.for_subset(events)

    def transaction(self, create: bool = True):
        from timeline_cli.store import Store

        return Store(self.store_path, cache=True).transaction(create=create)

    def output_lock(self, output: str, fmt: str = "toml"):
        """Guard `-o OUTPUT` when OUTPUT is a store: the live one (`filter --tag x -o
        timeline.toml` keeps a subset) or any file that holds a store. Writing another
        format over it is refused (it would stop being a store); a store write holds the
        store's lock from the read to the write, so a concurrent `add` is never lost. A
        no-op for stdout and for files that are not stores."""
        from timeline_cli import store
        from timeline_cli.errors import UsageError

        if output in ("-", "", None):
            return contextlib.nullcontext()
        live = self.store_path != "-" and os.path.realpath(output) == os.path.realpath(self.store_path)
        if not (live or store.looks_like_store(output)):
            return contextlib.nullcontext()
        if fmt != "toml":
            raise UsageError(
                f"refusing to write {fmt.upper()} over {output}: it is a timeline store"
                + (" (the one in use)" if live else "") + " and would stop being one",
                hint=f"write to another file (e.g. -o events.{fmt}), or add --format toml to keep the selected events as a store")
        return store.locked(output)

    def wants_color(self, stream: TextIO) -> bool:
        if self.color == "always":
            return True
        if self.color == "never" or os.environ.get("NO_COLOR"):
            return False
        return isatty(stream)

    def rich_or_plain(self, stream: TextIO | None = None) -> str:
        """The default --format of a command that prints for a reader: `rich` when `stream`
        (stdout) is a terminal or colour is forced, `plain` when piped."""
        stream = stream or sys.stdout
        return "rich" if self.wants_color(stream) or isatty(stream) else "plain"

    def console(self, stream: TextIO | None = None):
        """A Rich console on `stream`. Rich writes escape codes of its own (colours, a progress
        bar's cursor moves), so it gets the raw stream under sanitize's TerminalWriter and every
        text segment it prints passes through the same terminal_safe instead. Never narrower
        than MIN_CONSOLE_WIDTH: at COLUMNS=5 a table has no room left for the text itself, while
        lines a little too long for the terminal are still read whole."""
        from rich.console import Console
        from rich.segment import Segment

        from timeline_cli.sanitize import raw_stream, terminal_safe

        class SafeConsole(Console):
            def on_broken_pipe(self) -> None:
                # `timeline show | head`: same quiet end as every other output path (cli.py).
                raise BrokenPipeError

            def _render_buffer(self, buffer):
                return super()._render_buffer(
                    segment if segment.control else Segment(terminal_safe(segment.text), segment.style)
                    for segment in buffer)

        stream = stream or sys.stdout
        color = self.wants_color(stream)
        # The segment filter above hooks a private Rich method. Should a Rich release rename
        # it, the filter would silently stop: then Rich keeps the sanitising stream (and so no
        # colours), which is plainer but never unsafe. A test
        # (test_rich_console_filters_every_text_segment) fails the day the hook stops running.
        hooked = hasattr(Console, "_render_buffer")
        console = SafeConsole(
            file=raw_stream(stream) if hooked else stream,
            force_terminal=color if self.color == "always" else None,
            no_color=not color,
            color_system="auto" if color else None,
            markup=False, emoji=False, highlight=False,
        )
        # $COLUMNS out of range: 0 (or a terminal that reports no size) is read as unknown, 80
        # as when piped; over MAX_CONSOLE_WIDTH as that (`chart` laid out 100 million cells a
        # row for COLUMNS=99999999, and ran for minutes)
        if console.width <= 0 or console.width > MAX_CONSOLE_WIDTH:
            console.width = 80 if console.width <= 0 else MAX_CONSOLE_WIDTH
        # (the screen's own width, for a renderer that lays out its own lines: `chart`)
        console.screen_width = console.width  # type: ignore[attr-defined]
        if console.width < MIN_CONSOLE_WIDTH:
            console.width = MIN_CONSOLE_WIDTH
        return console

    def stdout_console(self):
        return self.console(sys.stdout)

    @contextlib.contextmanager
    def paged_console(self, trouble: int = 1) -> Iterator[Any]:
        """A Rich console on stdout whose output goes through the pager (see `Pager`) when
        stdout is a terminal, paging is on (no --no-pager, a $TIMELINE_PAGER / $PAGER that is
        not empty or `cat`) and the output turns out longer than the screen; otherwise the
        plain stdout console. Everything the renderer prints is collected and passes the
        console's segment filter (terminal_safe) before any pager sees it, so the pager only
        ever receives our own colours around text made harmless.

            with app.paged_console() as console:
                render_rich(events, console)

        `trouble`: the exit status of a pager that failed (2 for `diff` and `conflicts`, whose 1
        says what they found, as diff(1))."""
        console = self.stdout_console()
        pager = Pager.for_stream(sys.stdout) if self.pager else None
        if pager is not None:
            pager.trouble = trouble
        if pager is None:
            yield console
            return
        with console.pager(pager, styles=True, links=False):
            yield console

    def stderr_console(self):
        return self.console(sys.stderr)


MIN_CONSOLE_WIDTH = 40
MAX_CONSOLE_WIDTH = 1000  # as `chart --width`'s limit


# ---------------------------------------------------------------- pager

PAGER_ENV = {"LESS": "FRX", "LV": "-c"}  # as git: colours pass (R), short output just prints (F)
_SHELL_CHARS = frozenset("|&;<>()$`\\\"'*?[#~=%\n")  # a command using these runs through sh -c


def pager_command() -> str | None:
    """The pager people asked for: $TIMELINE_PAGER, else $PAGER, else `less`. None when the
    one set is empty or `cat` (no pager, as git)."""
    return _pager_setting()[1]


def _pager_setting() -> tuple[str, str | None]:
    """(where the pager comes from: "$TIMELINE_PAGER", "$PAGER" or "the default", the command)."""
    for name in ("TIMELINE_PAGER", "PAGER"):
        value = os.environ.get(name)
        if value is not None:
            value = value.strip()
            return f"${name}", None if value in ("", "cat") else value
    return "the default", "less"


def terminal_lines(stream: Any) -> int:
    """The height of the terminal `stream` writes to ($LINES wins, as for Rich); 0 when unknown."""
    lines = os.environ.get("LINES", "")
    if lines.isdigit() and int(lines) > 0:
        return int(lines)
    try:
        return os.get_terminal_size(stream.fileno()).lines
    except (AttributeError, ValueError, OSError):
        return 0


class Pager:
    """Shows a Rich console's collected output (App.paged_console): through the pager command
    when it is longer than the screen, else straight to the terminal, like `git log`.

    The pager runs with LESS=FRX and LV=-c unless those are set, gets the text on its stdin
    (already made safe by the console) and writes to our terminal itself. A pager that cannot
    be found, or cannot start, is skipped: the text is printed instead. Quitting the pager
    early is not an error; Ctrl-C goes to the pager while it runs. A pager that fails (exits
    non-zero: `PAGER=false`, a bad option) may have shown nothing: the text is printed
    straight out after it and the command ends with an error naming the pager and the fix
    (a non-zero exit, as git's SIGPIPE death), never a silent exit 0 with the output lost."""

    def __init__(self, command: str, lines: int, out: Any) -> None:
        self.command = command
        self.lines = lines
        self.out = out  # the raw stdout (Rich's own escape codes must reach the terminal)
        self.trouble = 1  # the exit status when the pager fails (App.paged_console)

    @classmethod
    def for_stream(cls, stream: Any) -> "Pager | None":
        """A Pager for `stream` when it is a terminal with a known height and a pager is wanted."""
        from timeline_cli.sanitize import raw_stream

        if not isatty(stream):
            return None
        command = pager_command()
        lines = terminal_lines(stream)
        if command is None or lines <= 0:
            return None
        return cls(command, lines, raw_stream(stream))

    def argv(self) -> list[str] | None:
        """The pager's argv: through `sh -c` when the command uses the shell, else split and
        looked up on the PATH (None when it is not there)."""
        import shlex
        import shutil

        if _SHELL_CHARS.intersection(self.command):
            return ["/bin/sh", "-c", self.command] if os.path.exists("/bin/sh") else None
        try:
            argv = shlex.split(self.command)
        except ValueError:
            return None
        if not argv or shutil.which(argv[0]) is None:
            return None
        return _less_shows_colours(argv)

    def show(self, content: str) -> None:
        status = self._page(content) if content.count("\n") >= self.lines else None
        if status == 0:
            return
        self.out.write(content)
        self.out.flush()
        if status is not None:
            origin = _pager_setting()[0]
            raise CliError(
                f"the pager {self.command!r} (from {origin}) exited with status {status}; "
                "the output was printed without it",
                hint="fix $TIMELINE_PAGER / $PAGER, or print straight out: `timeline --no-pager ...` "
                     "(PAGER=cat turns paging off)", exit_code=self.trouble)

    def _page(self, content: str) -> int | None:
        """Run the pager on `content`: its exit status (0 when it ended well or was quit with
        Ctrl-C), None when it could not be started."""
        import signal
        import subprocess
        import threading

        argv = self.argv()
        if argv is None:
            return None
        env = dict(os.environ)
        for key, value in PAGER_ENV.items():
            env.setdefault(key, value)
        encoding = getattr(self.out, "encoding", None) or "utf-8"
        data = content.encode(encoding, "backslashreplace")
        try:
            self.out.flush()
            proc = subprocess.Popen(argv, stdin=subprocess.PIPE, env=env)
        except OSError:
            return None
        main = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
        try:
            try:
                assert proc.stdin is not None
                proc.stdin.write(data)
                proc.stdin.close()
            except OSError:  # the reader quit early (q in less): nothing more to show
                pass
            proc.wait()
        finally:
            if main:
                signal.signal(signal.SIGINT, previous)
        status = proc.returncode
        return 0 if status == -signal.SIGINT else status


def _less_shows_colours(argv: list[str]) -> list[str]:
    """less with -R first, so a $LESS of the user's own (`LESS=-i`, set for its search) does not
    turn our colours into `ESC[1;36m` litter; options after it in the command still win. The
    text is made safe before any pager sees it, so -R passes only our colours."""
    if os.path.basename(argv[0]) != "less":
        return argv
    return [argv[0], "-R", *argv[1:]]


def pager_option(f: Callable) -> Callable:
    """`--no-pager` on a command (the same as the global `timeline --no-pager CMD`). A command
    that prints Rich output takes it and renders inside `app.paged_console()`."""

    @functools.wraps(f)
    def wrapper(*args, no_pager_override=False, **kwargs):
        if no_pager_override:
            ctx = click.get_current_context()
            ctx.obj = get_app().replace(pager=False)
        return f(*args, **kwargs)

    return click.option("--no-pager", "no_pager_override", is_flag=True, is_eager=True,
                        help="Print straight to the terminal; never start $PAGER (also a global option).")(wrapper)


def get_app() -> App:
    """The App of the running command: the global options, with the command's own --store and
    --color applied (store_option) when it was given them."""
    ctx = click.get_current_context()
    app = ctx.find_object(App)
    if app is None:
        root = ctx.find_root()
        root.obj = app = App()
    return app


def pass_app(f: Callable) -> Callable:
    """Inject `app: App` (the global options) as the first argument."""

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(get_app(), *args, **kwargs)

    return wrapper


def store_option(f: Callable) -> Callable:
    """`--store PATH` (and `--color`) after the subcommand too: `timeline show --store x.toml`.

    Parsed like any option (eager only so that they are checked first, as always); when the
    command runs, its context gets a copy of the global App with them applied, so nothing
    changes the App while the command line is still being parsed, and the global App itself
    is never changed."""

    @functools.wraps(f)
    def wrapper(*args, store_override=None, color_override=None, **kwargs):
        changes = {}
        if store_override is not None:
            changes["store_path"] = store_override
        if color_override is not None:
            changes["color"] = color_override
        if changes:
            ctx = click.get_current_context()
            ctx.obj = get_app().replace(**changes)
        return f(*args, **kwargs)

    wrapper = click.option("--color", "color_override", type=click.Choice(["auto", "always", "never"]),
                           default=None, is_eager=True, help="Same as the global --color.")(wrapper)
    return click.option("--store", "store_override", metavar="PATH", type=NamedPath(), default=None, is_eager=True,
                        help="Same as the global --store (default $TIMELINE_STORE or ./timeline.toml).")(wrapper)


# ---------------------------------------------------------------- dates and filters

DATE_FORMS = "EDTF (2024-10-24, 2024-10, 2024, 2024-10-08/2024-10-13) or a date like '4 Nov 2024' or 'Nov 2024'"


def _why_not_a_date(exc) -> str:
    """What a DateError says beyond "cannot read" ("the interval ends before it starts", "day
    and month order differ between countries"), for an option's one-line error."""
    for marker in (" is not a valid EDTF date: ", " is ambiguous: ", " is not a day: "):
        if marker in exc.message:
            reason = exc.message.rsplit(marker, 1)[1]
            if reason.count(")") > reason.count("("):  # the end of "... is not a real date (...)"
                reason = reason[:-1]
            return f": {reason}"
    return ""


class _Bounds(tuple):
    """(earliest day, latest day), with the date as the user typed it (for messages)."""

    typed: str = ""


class DateBounds(click.ParamType):
    """A date the user typed -> (earliest day, latest day)."""

    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        from timeline_cli.errors import DateError
        from timeline_cli.when import day_bounds

        try:
            bounds = _Bounds(day_bounds(value))
            bounds.typed = str(value)
            return bounds
        except DateError as exc:
            self.fail(f"{value!r} is not a date{_why_not_a_date(exc)}; use {DATE_FORMS}", param, ctx)


class EdtfDate(click.ParamType):
    """A date the user typed -> EDTF string at the precision given."""

    name = "DATE"

    def convert(self, value, param, ctx):
        from timeline_cli.errors import DateError
        from timeline_cli.when import parse_user_date

        try:
            return parse_user_date(value)
        except DateError as exc:
            self.fail(f"{value!r} is not a date{_why_not_a_date(exc)}; use {DATE_FORMS}", param, ctx)


class UserDateParam(EdtfDate):
    """A date the user typed -> when.UserDate: also the part of it meant ("late June 2024")
    and a time of day with a day ("at 10:30 on 3 June 2024"), which `add` keeps (Event.mod,
    the text)."""

    def convert(self, value, param, ctx):
        from timeline_cli.errors import DateError
        from timeline_cli.when import UserDate, read_user_date

        if isinstance(value, UserDate):
            return value
        try:
            return read_user_date(value)
        except DateError as exc:
            self.fail(f"{value!r} is not a date{_why_not_a_date(exc)}; use {DATE_FORMS}", param, ctx)


class DayDate(click.ParamType):
    """A single calendar day -> datetime.date (for --reported)."""

    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        from timeline_cli.errors import DateError
        from timeline_cli.when import parse_when, parse_user_date

        try:
            w = parse_when(parse_user_date(value))
        except DateError:
            w = None
        if w is None or w.earliest != w.latest or w.earliest.toordinal() < 1:  # not a day BC either
            self.fail(f"{value!r} is not a single day; write it like 2024-11-06 or '6 Nov 2024'", param, ctx)
        return w.earliest


class ReportDate(click.ParamType):
    """A report date for extract/ingest --reported: a day, or only a year or a month
    (1945, 1945-09, 'Sep 1945') -> a date, or a partialday.PartialDate."""

    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        from timeline_cli.errors import DateError
        from timeline_cli.partialday import partial_or_day
        from timeline_cli.when import parse_user_date

        try:
            day = partial_or_day(parse_user_date(value))
        except DateError:
            day = None
        if day is None:
            self.fail(f"{value!r} is not a day, a month or a year; write it like 2024-11-06, "
                      "'6 Nov 2024', 2024-11 or 2024", param, ctx)
        return day


def complete_tags(ctx: click.Context, param: click.Parameter, incomplete: str):
    """Shell completion for --tag: the tags in the store the command line points at."""
    from timeline_cli import store
    from timeline_cli.errors import TimelineError

    path = (ctx.params.get("store_override") or ctx.find_root().params.get("store")
            or os.environ.get("TIMELINE_STORE") or "timeline.toml")
    if path == "-":
        return []
    try:
        events = store.load(path)
    except TimelineError:
        return []
    tags = sorted({t for e in events for t in e.tags if t.startswith(incomplete)})
    return tags


# The values of --status (query.STATUS_CHOICES; kept here too so --help imports no core module).
STATUS_CHOICES = ("confirmed", "disputed", "reported", "none")


class StatusList(click.ParamType):
    """--status confirmed,disputed: one or more statuses, comma-separated; `none` means no status."""

    name = "STATUS"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        items = tuple(v.strip().lower() for v in str(value).split(",") if v.strip())
        bad = [v for v in items if v not in STATUS_CHOICES]
        if bad or not items:
            self.fail(f"{value!r} is not a status; use {', '.join(STATUS_CHOICES)} "
                      "(several: --status confirmed,none or the option repeated)", param, ctx)
        return items

    def shell_complete(self, ctx, param, incomplete):
        from click.shell_completion import CompletionItem

        head, _, last = incomplete.rpartition(",")
        prefix = head + "," if head else ""
        return [CompletionItem(prefix + c) for c in STATUS_CHOICES if c.startswith(last)]


def filter_options(f: Callable) -> Callable:
    """The shared filters; the command receives them as one `query` (timeline_cli.query.Query)."""

    @functools.wraps(f)
    def wrapper(*args, since, until, on, tag, source, by, grep, dated, status, untagged, open_ended,
                limit, reverse, **kwargs):
        from timeline_cli.query import Query, compile_grep

        if grep:
            compile_grep(grep)  # fail early with a clear message
        from timeline_cli.sanitize import without_invisible

        # as tags are stored (fields.tags): `--tag " kursk"` and `--tag kur<ZWSP>sk` are kursk
        tag = tuple(without_invisible(t).strip() for t in tag)
        if "" in tag:  # `--tag ""` (an unset shell variable) matched nothing, in silence
            from timeline_cli.errors import UsageError

            raise UsageError("--tag needs a tag name", hint="give a tag name, e.g. --tag kursk (to select the events with no tag at all, use --untagged)")
        if since and until and since[0] > until[1]:  # swapped by mistake? only spans can match
            from timeline_cli.sanitize import say

            raw_since = getattr(since, "typed", since[0].isoformat())
            raw_until = getattr(until, "typed", until[1].isoformat())
            say(f"warning: --since {raw_since} starts after --until {raw_until} ends: only dates spanning "
                f"both can match; to select between them, swap them: --since {raw_until} --until {raw_since}")
        query = Query(
            since=since[0] if since else None,
            until=until[1] if until else None,
            on=on, tags=tuple(tag), source=source or "", by=by or "", grep=grep or "",
            limit=limit, reverse=reverse, dated=dated,
            status=tuple(dict.fromkeys(s for group in status for s in group)),
            untagged=untagged, open_ended=open_ended,
        )
        return f(*args, query=query, **kwargs)

    options = [
        click.option("--since", type=DateBounds(), help="Events that can fall on or after the start of DATE."),
        click.option("--until", type=DateBounds(), help="Events that can fall on or before the end of DATE."),
        click.option("--on", type=DateBounds(), help="Events that can overlap DATE (a day, month, year...)."),
        click.option("--open-ended", "open_ended", type=click.Choice(["known", "inclusive"]), default="known",
                     show_default=True,
                     help="How --since/--until/--on read an open-ended date (../D on or before, D/.. from): "
                          "`known` by its known day D only, `inclusive` as every day it can mean."),
        click.option("--tag", multiple=True, metavar="TAG", shell_complete=complete_tags,
                     help="Events with this tag, case-insensitive (repeat: any of them)."),
        click.option("--source", metavar="TEXT", help="Events whose source contains TEXT (case-insensitive)."),
        click.option("--by", metavar="WHO", help="Events claimed by WHO (substring, case-insensitive)."),
        click.option("--grep", metavar="REGEX", help="Events whose text matches REGEX (case-insensitive)."),
        click.option("--dated", is_flag=True,
                     help="Only statements with a date of their own (hide those ingest dated ../REPORTED)."),
        click.option("--status", type=StatusList(), multiple=True, metavar="STATUS[,STATUS]",
                     help="Events with this status: confirmed, disputed, reported, or none (no status); "
                          "several comma-separated or the option repeated: any of them."),
        click.option("--untagged", is_flag=True, help="Only events with no tag."),
        click.option("--limit", type=click.IntRange(min=0), metavar="N", help="At most N events."),
        click.option("--reverse", is_flag=True, help="Newest first."),
    ]
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


FILTER_HELP = (
    "Dates use overlap: an event dated `2024` can fall in October 2024, so --since 2024-10 "
    "keeps it. An open-ended date is matched by its known day only: `../2013-03-22` (on or "
    "before 22 March 2013, as ingest dates a statement with no date of its own) counts as "
    "22 March 2013, so --on 2010 leaves it out; --open-ended inclusive reads it as any day up "
    "to then (and `2024-11-06/..` as any day from then). Filters combine with AND; --tag and "
    "--status match any of the values given. DATE is " + DATE_FORMS + "."
)


# ---------------------------------------------------------------- output


class NamedPath(click.ParamType):
    """A file name the user typed, refused when empty: `-o "$OUT"` or `--store "$STORE"` with
    the variable unset reached the command as '' and was read as `-` (stdout) or `.` (the
    working folder: " is a directory"). `-` stays the only way to say stdin or stdout."""

    name = "PATH"

    def __init__(self, metavar: str = "PATH", output: bool = False) -> None:
        self.name = metavar
        self.output = output

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            self.fail("an empty path (is a shell variable unset?); name a file, or `-` for "
                      "stdin/stdout", param, ctx)
        if self.output and isinstance(value, str) and value.endswith("/"):
            # `-o exports/` wrote a file named `exports` (the folder not made yet)
            self.fail(f"{value!r} ends in / (a folder); name a file in it, e.g. {value}NAME",
                      param, ctx)
        return value


def output_option(f: Callable) -> Callable:
    return click.option("-o", "--output", metavar="FILE", type=NamedPath("FILE", output=True), default="-", show_default=True,
                        help="Write to FILE (replaced atomically) instead of stdout; `-` is stdout.")(f)


@contextlib.contextmanager
def open_output(path: str) -> Iterator[TextIO]:
    """stdout for `-`; otherwise a buffer written atomically to `path` when the block succeeds."""
    if path in ("-", "", None):
        yield sys.stdout
        sys.stdout.flush()
        return
    buffer = io.StringIO()
    yield buffer
    from pathlib import Path

    from timeline_cli.store import write_atomic

    write_atomic(Path(path), buffer.getvalue(), what="the output file")


def write_store(app: App, query, output: str):
    """The selected events as a store (`filter`, `export --format toml`), with what reads them
    as the store does (Memory.for_subset: the aliases, their sources, the links and unlinks
    among them); over the store's own file, the store's whole memory (store.own_memory: its
    removals must not come back on the next ingest). Returns the events."""
    from timeline_cli.sanitize import for_terminal, utf8_data
    from timeline_cli.store import dump_own, iter_dump

    events, memory = app.select_store(query)
    with open_output(output) as opened, utf8_data(opened) as out:
        if not dump_own(app.store_path, output, events, out):
            out = for_terminal(out, output)  # -o /dev/tty: no control codes reach it
            for piece in iter_dump(events, memory=memory):  # a block at a time (test_pipelines)
                out.write(piece)
    return events


def write_format(fmt: str, events, out: TextIO, *, raw: bool = False, path: str | None = None,
                 sources=None, facts=None, **options: str | None) -> None:
    """Write events in any output format: plain and toml here, the rest from the formats registry.
    `path` is the -o the text will be written to: a terminal there (-o /dev/stdout, -o /dev/tty)
    gets the same escaping as a terminal on stdout. `sources`: the store's source table, for
    the formats with a place for a document's title and URL; `facts`: the store's same-fact
    grouping as columns (App.select_grouped)."""
    from timeline_cli.sanitize import for_terminal, utf8_data

    out = for_terminal(out, path)  # CSV/JSON/HTML... to a terminal: no control codes reach it
    if fmt == "plain":  # (lines for people: escapes where the output cannot hold a letter)
        from timeline_cli.render import write_plain

        write_plain(events, out)
        return
    with utf8_data(out) as out:
        if fmt == "toml":
            from timeline_cli.store import iter_dump

            # Streamed a block at a time: one giant write() can hide a closed pipe (see test_pipelines).
            for piece in iter_dump(events):
                out.write(piece)
        else:
            from timeline_cli.formats import export_events

            export_events(fmt, events, out, raw=raw, sources=sources, facts=facts, **options)


# ---------------------------------------------------------------- feedback on stderr


@contextlib.contextmanager
def progress(app: App, total: int, label: str, *, minimum: int = 2, counts: bool = True,
             tty: bool | None = None) -> Iterator[Callable[[], None]]:
    """A transient Rich progress bar on stderr for `total` steps, when stderr is a terminal
    (`tty`, default: asked) and there are at least `minimum` steps; yields the function to
    call after each step (a no-op when no bar is shown). `counts`: show "12/40" rather than
    a percentage."""
    if tty is None:
        tty = isatty(sys.stderr)
    if total < minimum or not tty:
        yield lambda: None
        return
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                               TimeRemainingColumn)

    done = MofNCompleteColumn() if counts else TaskProgressColumn()
    with Progress(TextColumn(label), BarColumn(), done, TimeRemainingColumn(),
                  console=app.stderr_console(), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


class DocumentSteps:
    """What a document bar is told: `document()` after each document, in order; `part(n)`
    after n more characters of the current one were parsed (pieces of a very large file)."""

    def __init__(self, sizes: list[int], advance: Callable[[int, int], None]) -> None:
        self._sizes, self._advance = sizes, advance
        self._index = 0   # the document under way
        self._done = 0    # of its size, already shown

    def part(self, n: int) -> None:
        if self._index < len(self._sizes):
            step = max(0, min(n, self._sizes[self._index] - self._done))
            self._done += step
            self._advance(step, 0)

    def document(self) -> None:
        if self._index < len(self._sizes):
            self._advance(max(0, self._sizes[self._index] - self._done), 1)
            self._index += 1
            self._done = 0


# A single document at least this large gets a bar of its own (parsed in pieces, it takes
# seconds to minutes); below it, only two documents or more do.
BIG_DOCUMENT = 1 << 20


@contextlib.contextmanager
def document_progress(app: App, sizes: list[int] | Callable[[], list[int]], label: str, *,
                      tty: bool | None = None) -> Iterator[DocumentSteps]:
    """A transient Rich bar on stderr for documents of `sizes` bytes (a list, or a function
    giving it, asked only when a bar is drawn): the bar and the time left go by bytes, so a
    large document counts for what it takes, and "3/40 documents" beside it by count. Shown
    when stderr is a terminal (`tty`, default: asked) and there are two documents or one of
    BIG_DOCUMENT bytes; else every step is a no-op. Pieces of a very large file parsed in
    this process move the bar as they pass (textpieces.reporting_pieces)."""
    if tty is None:
        tty = isatty(sys.stderr)
    known: list[int] = (sizes() if callable(sizes) else sizes) if tty else []
    if len(known) < 2 and sum(known) < BIG_DOCUMENT:   # no terminal, or too little to show
        yield DocumentSteps([], lambda n, d: None)
        return
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    from timeline_cli.textpieces import reporting_pieces

    count = len(known)
    noun = "document" if count == 1 else "documents"
    with Progress(TextColumn(label), BarColumn(), TaskProgressColumn(),
                  TextColumn("{task.fields[documents]}"), TimeRemainingColumn(),
                  console=app.stderr_console(), transient=True, redirect_stdout=False) as bar:
        # (redirect_stdout: Rich would send what the command prints to stdout, `extract`'s
        # records on their way to a file, to the bar's terminal)
        task = bar.add_task(label, total=max(1, sum(known)), documents=f"0/{count} {noun}")
        finished = 0

        def advance(size: int, documents: int) -> None:
            nonlocal finished
            finished += documents
            bar.update(task, advance=size, documents=f"{finished}/{count} {noun}")

        steps = DocumentSteps(list(known), advance)
        with reporting_pieces(steps.part):
            yield steps


def warn_assumed(path: str, chosen, *, today_means: str) -> None:
    """Warn that a document's report date was assumed: it gave none (`today_means` says what
    today, `{day}`, is then used for) or gave no year."""
    from timeline_cli.sanitize import say

    name = "<stdin>" if path == "-" else path
    day = chosen.date.isoformat()
    if chosen.how == "today (assumed)":
        say(f"warning: {name} gives no date of its own; {today_means.format(day=day)}; pass --reported DATE")
    else:
        say(f"warning: {name}: the {chosen.how} has no year; assuming {day}; pass --reported DATE")


def mode_option(f: Callable) -> Callable:
    """`--mode news|narrative|auto` on `extract` and `ingest`: how underspecified dates are read."""
    return click.option(
        "--mode", type=click.Choice(["auto", "news", "narrative"]), default="auto", show_default=True,
        help="news: underspecified dates ('On April 12', 'the end of the year') hang on the report "
             "date; narrative: on the time the story last named; auto: decide per document "
             "(and per section of a news article that turns to history).")(f)


def executor_option(f: Callable) -> Callable:
    """`--executor local|dask[=ADDRESS]` on `extract` and `ingest`: where documents are parsed
    (timeline_cli.executor, imported when a command runs; Dask only when asked for)."""
    return click.option(
        "--executor", metavar="local|dask[=ADDRESS]", default=None,
        help="Where documents are parsed: local (this machine, --jobs processes; the default) or "
             "dask[=SCHEDULER_ADDRESS] (a Dask cluster; without an address a local one of --jobs "
             "workers). Dask needs the dask extra: pip install 'timeline-cli[dask]'.")(f)
