"""Make untrusted text (every article is untrusted) harmless before it reaches a terminal.

Control characters (C0 but tab/newline, DEL, C1 including ESC-less CSI 0x9b) and bidi
overrides/isolates would let an article clear the screen, forge hyperlinks (OSC 8) or reorder
what a reader sees. They are shown as visible escapes instead (`\\x1b`, `\\u202e`).
Rich markup is never interpreted: renderers build rich.text.Text objects, never markup strings.
"""

from __future__ import annotations

import re

_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + "\u2028\u2029]")
_UNSAFE_ONELINE = re.compile("[\x00-\x1f\x7f-\x9f" + _BIDI + "\u2028\u2029]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: str) -> str:
    """Text with control and bidi characters made visible; newlines and tabs kept."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def safe_line(text: str) -> str:
    """Like safe(), and also newline/tab/CR escaped so one value stays on one line and one field."""
    return _UNSAFE_ONELINE.sub(_escape, text) if _UNSAFE_ONELINE.search(text) else text


# On a terminal, data formats (CSV, TSV, JSON, HTML...) get the same treatment: their bytes stay
# exact when piped or saved with -o, but an ESC, BEL, C1 or bidi control written to a terminal
# would be obeyed. A CR stays only as part of a CRLF line end (CSV rows end with one).
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + _BIDI + "\u2028\u2029]|\r(?!\n)")


def terminal_safe(text: str) -> str:
    """Control and bidi characters made visible; newlines, tabs and CRLF line ends kept."""
    return _TERMINAL_UNSAFE.sub(_escape, text) if _TERMINAL_UNSAFE.search(text) else text


class TerminalWriter:
    """A text stream wrapper that passes everything through terminal_safe()."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def for_terminal(stream):
    """`stream` wrapped in a TerminalWriter when it is a terminal, else `stream` itself."""
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    return TerminalWriter(stream) if tty else stream
