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
