"""Valid stores in unusual TOML layouts: the same events, written the way a person, another
tool or a careless script might write them, none of which `timeline` itself produces.

`timeline` must read every one of them, and no write may ever corrupt one (the splice fast
path of `add` once did: a block appended after an inline array, a block spliced inside a
multi-line string). Used by the crash harness (bench/crash_harness.py) and by the layout
fuzzer (tests/test_store_layouts.py).

    layout(events, name, rng) -> str       # one layout
    LAYOUTS                                 # every name
"""

from __future__ import annotations

import json
import random

from timeline_cli.model import FIELD_ORDER, Event


def _basic(value: str) -> str:
    # json.dumps is a valid TOML basic string for any text without lone surrogates, except
    # that TOML has no \/ and no control characters left raw: json escapes those already.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _literal(value: str) -> str | None:
    """A TOML literal string ('...'), or None when the value cannot be one."""
    if "'" in value or any(ord(c) < 0x20 and c != "\t" or c == "\x7f" for c in value):
        return None
    return f"'{value}'"


def _multiline(value: str) -> str | None:
    """A multi-line literal string ('''...'''), or None when the value cannot be one."""
    if "'''" in value or value.endswith("'") or any(
            (ord(c) < 0x20 and c not in "\t\n") or c in "\x7f\r" for c in value):
        return None
    return "'''\n" + value + "'''" if value.startswith("\n") else "'''" + value + "'''"


def _string(value: str, rng: random.Random) -> str:
    choice = rng.random()
    if choice < 0.2:
        text = _multiline(value)
        if text is not None:
            return text
    if choice < 0.4:
        text = _literal(value)
        if text is not None:
            return text
    return _basic(value)


def _value(name: str, value, rng: random.Random) -> str:
    if isinstance(value, str):
        return _string(value, rng)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        sep = rng.choice([", ", ",", " , ", ",\n  "])
        items = sep.join(str(v) if isinstance(v, int) else _string(v, rng) for v in value)
        return "[" + items + (rng.choice(["", ","]) if value else "") + "]"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(name)


def _fields(event: Event, rng: random.Random, shuffle: bool) -> list[tuple[str, str]]:
    pairs = [(name, _value(name, value, rng)) for name, value in event.to_dict().items()]
    if shuffle:
        rng.shuffle(pairs)
    return pairs


def _key(name: str, rng: random.Random) -> str:
    return rng.choice([name, name, f'"{name}"', f"'{name}'"])


def _tables(events, rng, *, shuffle_events, shuffle_fields, comments, spacing) -> str:
    events = list(events)
    if shuffle_events:
        rng.shuffle(events)
    out = ["schema = 1\n"]
    if comments:
        out.insert(0, "# written by hand\n")
    for event in events:
        out.append("\n" * rng.randint(0, 2) if spacing else "\n")
        out.append(rng.choice(["[[event]]", "[[ event ]]", "  [[event]]"]) if spacing else "[[event]]")
        out.append("  # a comment\n" if comments and rng.random() < 0.3 else "\n")
        for name, value in _fields(event, rng, shuffle_fields):
            eq = rng.choice([" = ", "=", "  =  "]) if spacing else " = "
            out.append(f"{_key(name, rng) if spacing else name}{eq}{value}\n")
    return "".join(out)


def _inline_array(events, rng) -> str:
    rows = []
    for event in events:
        # Inline tables must stay on one line: only values without raw newlines.
        parts = [f"{name} = {_basic(v) if isinstance(v, str) else _value(name, v, random.Random(0))}"
                 for name, v in event.to_dict().items()]
        rows.append("  { " + ", ".join(p.replace(",\n  ", ", ") for p in parts) + " },")
    return "schema = 1\nevent = [\n" + "\n".join(rows) + "\n]\n"


def _quoting(events, rng) -> str:
    """The canonical-looking layout, except that the first event's text is a multi-line
    string quoting what looks like another event's block: text that looks like a block
    start but is not one."""
    events = list(events)
    if not events:
        return "schema = 1\n"
    from timeline_cli.tomlwrite import event_block

    first, rest = events[0], events[1:]
    fake = "\n" + event_block(rest[len(rest) // 2] if rest else first)
    text = first.text + "\nquoting:\n" + fake
    head = "schema = 1\n\n[[event]]\n"
    fields = [f"{name} = {_basic(v) if isinstance(v, str) else _value(name, v, rng)}"
              for name, v in first.to_dict().items() if name != "text"]
    quoted = "'''" + text + "'''" if "'''" not in text and not text.endswith("'") else _basic(text)
    block = head + "\n".join(fields) + f"\ntext = {quoted}\n"
    body = "".join("\n" + event_block(e) for e in rest)
    return block + body


def _crlf(events, rng) -> str:
    from timeline_cli.store import dumps

    return dumps(events).replace("\n", "\r\n")


def _bom(events, rng) -> str:
    from timeline_cli.store import dumps

    return "\ufeff" + dumps(events)


def _compact(events, rng) -> str:
    """Canonical blocks without the header comments or the blank lines between blocks:
    almost what timeline writes, but not byte for byte."""
    from timeline_cli.store import HEADER, dumps

    return dumps(events).replace(HEADER, "schema = 1\n", 1).replace("\n\n[[event]]", "\n[[event]]")


LAYOUTS = {
    "shuffled": lambda ev, rng: _tables(ev, rng, shuffle_events=True, shuffle_fields=True,
                                        comments=False, spacing=False),
    "hand-written": lambda ev, rng: _tables(ev, rng, shuffle_events=True, shuffle_fields=True,
                                            comments=True, spacing=True),
    "sorted-spaced": lambda ev, rng: _tables(ev, rng, shuffle_events=False, shuffle_fields=False,
                                             comments=True, spacing=True),
    "inline-array": _inline_array,
    "quoting": _quoting,
    "crlf": _crlf,
    "bom": _bom,
    "compact": _compact,
}


def layout(events, name: str, rng: random.Random | None = None) -> str:
    """The events as a valid store in the layout `name` (see LAYOUTS)."""
    return LAYOUTS[name](list(events), rng or random.Random(0))


__all__ = ["LAYOUTS", "layout", "FIELD_ORDER"]
