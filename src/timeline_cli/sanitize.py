"""Make untrusted text (every article is untrusted) harmless before it reaches a terminal.

Control characters (C0 but tab/newline, DEL, C1 including ESC-less CSI 0x9b) and bidi
overrides/isolates would let an article clear the screen, forge hyperlinks (OSC 8) or reorder
what a reader sees. They are shown as visible escapes instead (`\\x1b`, `\\u202e`).

Invisible format characters are decided one by one, by what they hide (`show_invisible`):
- zero-width space, word joiner, the invisible maths operators (U+2061..U+2064) and a BOM
  inside text change nothing a terminal draws, so there they only hide: "Ali\u200bce" looked
  like "Alice". Always shown as escapes.
- zero-width joiner and non-joiner (U+200D, U+200C) join emoji (a family, a rainbow flag) and
  shape Indic and Arabic-script letters: kept between two characters that are neither ASCII
  nor space, shown elsewhere (inside or at the edge of a Latin word they only hide).
- a zero-width space between two letters of a script written without spaces (Thai, Lao, Khmer,
  Myanmar, Japanese, Chinese...) is that script's word break (where a line may wrap): kept
  there, shown everywhere else (beside a Latin letter, a space, a digit or at an edge).
  `without_invisible` (a tag the user types) drops it even there: it draws nothing.
- tag characters (U+E0000..U+E007F) are kept only as a subdivision flag (black flag, tag
  letters, cancel tag: England, Scotland, Wales); any other run of them is hidden ASCII text
  ("ignore previous..." spelt in tags) and is shown.
Rich markup is never interpreted: renderers build rich.text.Text objects, never markup strings.

One path to the terminal, whatever the command:
- `guard_streams()` (run once by `cli.main`) wraps stdout in a TerminalWriter when it is a
  terminal and stderr always (it carries only messages for people, and a log of it is read on a
  terminal later); every write, from click, `say()`, a data format or a traceback, then passes
  through `terminal_safe`. It also makes a non-UTF-8 stdout/stderr degrade to `\\xe9` escapes
  instead of failing on the first non-ASCII character; a data format piped or redirected from
  such a stdout is written in UTF-8 all the same (`utf8_data`), as its format defines.
- `say()` prints every message (errors, hints, warnings, summaries, ids): one line, each value
  made visible with `safe_line` even when piped.
- An output opened by path that is a terminal (`-o /dev/stdout`, `-o /dev/tty`) is wrapped the
  same way: `for_terminal(stream, path)`.
- Rich consoles write to the raw stream (their colours are escape codes of our own) and pass
  every text segment through `terminal_safe` (cli_options.App.console).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from collections.abc import Iterator
from typing import Any

_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
BIDI_CONTROLS = _BIDI  # embeddings, overrides, isolates and marks: what reorders text around it
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + "\u2028\u2029]")
_UNSAFE_ONELINE = re.compile("[\x00-\x1f\x7f-\x9f" + _BIDI + "\u2028\u2029]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


_INVISIBLE = "\u200b\u200c\u200d\u2060-\u2064\ufeff\U000e0000-\U000e007f"
_ANY_INVISIBLE = re.compile(f"[{_INVISIBLE}]")
# Scripts written without spaces between words, where a zero-width space marks a word break a
# line may wrap at (Thai, Lao, Khmer, Myanmar, Tibetan, Tai Tham, Balinese, Javanese, Japanese
# kana and the CJK ideographs): their blocks, marks and all ("ไม่" ends in a tone mark).
_NO_SPACE_SCRIPTS = ("\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u1980-\u19ff"
                     "\u1a20-\u1aaf\u1b00-\u1b7f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf"
                     "\u4e00-\u9fff\ua980-\ua9ff\uaa60-\uaa7f\uf900-\ufaff\uff66-\uff9f"
                     "\U00020000-\U0003134f")
_SHOWN_OR_KEPT = re.compile(
    "(?P<flag>\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f)"  # a subdivision flag: kept whole
    f"|(?P<joiner>(?<=[^\x00-\x7f\\s{_INVISIBLE}])[\u200c\u200d](?=[^\x00-\x7f\\s{_INVISIBLE}]))"
    f"|(?P<word_break>(?<=[{_NO_SPACE_SCRIPTS}])\u200b(?=[{_NO_SPACE_SCRIPTS}]))"
    f"|[{_INVISIBLE}]")
_DRAWN = frozenset({"flag", "joiner"})  # kept in an identifier too: they change what is drawn


def _show_or_keep(match: re.Match) -> str:
    return match.group() if match.lastgroup else _escape(match)


def show_invisible(text: str) -> str:
    """Invisible characters that hide text made visible; the ones that join emoji or letters
    (and subdivision flags) kept (see the module's docstring)."""
    return _SHOWN_OR_KEPT.sub(_show_or_keep, text) if _ANY_INVISIBLE.search(text) else text


def _keep_or_drop(match: re.Match) -> str:
    return match.group() if match.lastgroup in _DRAWN else ""


def without_invisible(text: str) -> str:
    """TEXT without the invisible characters that only hide (those `show_invisible` shows);
    the ones that join emoji or letters, and subdivision flags, kept: "kur\u200bsk" is
    "kursk", a family emoji stays one emoji. For identifiers a user types (tags)."""
    return _SHOWN_OR_KEPT.sub(_keep_or_drop, text) if _ANY_INVISIBLE.search(text) else text


def safe(text: str) -> str:
    """Text with control, bidi and hiding invisible characters made visible; newlines and tabs kept."""
    return show_invisible(_UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text)


def safe_line(text: str) -> str:
    """Like safe(), and also newline/tab/CR escaped so one value stays on one line and one field."""
    return show_invisible(_UNSAFE_ONELINE.sub(_escape, text) if _UNSAFE_ONELINE.search(text) else text)


# On a terminal, data formats (CSV, TSV, JSON, HTML...) get the same treatment: their bytes stay
# exact when piped or saved with -o, but an ESC, BEL, C1 or bidi control written to a terminal
# would be obeyed. A CR stays only as part of a CRLF line end (CSV rows end with one).
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + _BIDI + "\u2028\u2029]|\r(?!\n)")


def terminal_safe(text: str) -> str:
    """Control, bidi and hiding invisible characters made visible; newlines, tabs and CRLF
    line ends kept."""
    return show_invisible(_TERMINAL_UNSAFE.sub(_escape, text) if _TERMINAL_UNSAFE.search(text) else text)


class TerminalWriter:
    """A text stream wrapper that passes everything through terminal_safe().

    It has no `buffer`: click would write to the binary buffer of a stream whose encoding is
    ASCII, around the wrapper. A CR at the end of one write waits for the next, so a CRLF split
    over two writes stays a line end.
    """

    def __init__(self, stream) -> None:
        self._stream = stream
        self._cr = ""

    def write(self, text: str) -> int:
        n = len(text)
        if self._cr:
            text, self._cr = self._cr + text, ""
        if text.endswith("\r"):
            text, self._cr = text[:-1], "\r"
        self._stream.write(terminal_safe(text))
        return n

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if self._cr:
            self._stream.write(terminal_safe(self._cr))
            self._cr = ""
        self._stream.flush()

    @property
    def raw(self):
        """The wrapped stream (for Rich, which sanitises its own text segments)."""
        return self._stream

    def __getattr__(self, name: str):
        if name == "buffer":
            raise AttributeError(name)
        return getattr(self._stream, name)


def isatty(stream) -> bool:
    """Whether `stream` is a terminal; False for streams that cannot say (closed, replaced by a
    test runner). The one terminal test of timeline: every "on a terminal" choice asks here."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def names_terminal(path: str | None) -> bool:
    """True when `path` (an output named by -o) is a terminal: /dev/stdout on a terminal,
    /dev/tty, /dev/pts/3. Only character devices are opened to ask, never files or FIFOs."""
    if not path or path == "-":
        return False
    import stat

    try:
        if not stat.S_ISCHR(os.stat(path).st_mode):
            return False
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)


def for_terminal(stream, path: str | None = None):
    """`stream` wrapped in a TerminalWriter when it is a terminal, or when it will be written to
    `path` and that path is a terminal; else `stream` itself."""
    if isinstance(stream, TerminalWriter):
        return stream
    return TerminalWriter(stream) if isatty(stream) or names_terminal(path) else stream


@contextlib.contextmanager
def utf8_data(stream) -> Iterator[Any]:
    """`stream` for a data format (JSON, TOML, CSV, iCalendar...): a pipe or file whose encoding
    is not UTF-8 (PYTHONIOENCODING=ascii, a C locale without coercion) gets a UTF-8 writer over
    its bytes, as the formats are defined and as `-o FILE` writes them: the `\\xe9` escapes a
    person reads on such a terminal made `> out.json` invalid JSON and `> out.toml` a broken
    store. A terminal, or a stream that is UTF-8 already, is `stream` itself."""
    buffer = getattr(stream, "buffer", None)
    if _utf8(stream) or isatty(stream) or buffer is None:
        yield stream
        return
    stream.flush()
    wrapper = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    try:
        yield wrapper
    finally:
        wrapper.flush()
        wrapper.detach()  # (the stream's own buffer stays open for what follows)


def raw_stream(stream):
    """The stream under a TerminalWriter (Rich writes its own escape codes there)."""
    return stream.raw if isinstance(stream, TerminalWriter) else stream


def _utf8(stream) -> bool:
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return encoding in ("utf8", "utf8sig", "cp65001")


def guard_streams() -> None:
    """Once, at start-up: a non-UTF-8 stdout/stderr (PYTHONIOENCODING=ascii, a C locale) writes
    what it cannot encode as a visible escape instead of failing; stdout is sanitised when it is
    a terminal, stderr always. The process keeps them so for its life (a --debug traceback,
    printed after the command returns, goes through them too)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None or isinstance(stream, TerminalWriter):
            continue
        if not _utf8(stream) and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass
        if name == "stderr" or isatty(stream):
            setattr(sys, name, TerminalWriter(stream))


def say(message: str = "", *, err: bool = True) -> None:
    """Print one line for a person (an error, hint, warning, summary, or an id on stdout).

    Every message of the CLI goes through here: it is one line whatever the names and values
    in it (safe_line: a newline, ESC, C1 or bidi control in a path, key or text shows as an
    escape), piped or not."""
    stream = sys.stderr if err else sys.stdout
    stream.write(safe_line(message) + "\n")
    stream.flush()
