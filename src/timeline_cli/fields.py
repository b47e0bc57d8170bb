r"""What each Event field may hold, in one place: every value is normalised or refused here.

Every way into a store goes through `normalise`: the store loader (`store.event_from_dict`,
which `store.check_event` also uses before any write), import (`formats.rows`, which
normalises `when`, `text` and `source` before it computes an id, so a re-import of
`"2024-11-04 "` finds the event `"2024-11-04"` made), `add` (`commands.add.build_event`) and
`ingest` (`from_document`, for values taken out of a document). The rules:

* Single-line fields (`id`, `when`, `source`, `by`, `status`, `mod`, `conflict`, and each
  item of `tags`, `actors`, `places`) lose the white space around them (Unicode
  White_Space: space, tab, line breaks, NBSP, ...): it is never meaningful, and it made one
  statement three (`"2024-11-04"`, `"2024-11-04 "`, `"\t2024-11-04"`); a hand-edited store
  with a stray space still loads. Any control character left inside (C0 including tab, CR
  and LF; DEL; C1) or a line/paragraph separator (U+2028/U+2029) is refused with a
  FieldError naming the character, where it is and the fix. These values are keys: they are
  matched (`--by`, `--tag`), put in ids and printed in one-line-per-event output, so a
  silently altered one would stop matching what the user typed, and a kept one would split
  an event over several lines or reach a terminal. Refusing is safe because the user wrote
  the value and can fix it.
* Multi-line fields (`text`, `note`) are prose and are normalised, never refused: every line
  break (CRLF, CR, VT, FF, NEL, U+2028, U+2029) becomes `\n`, tabs stay, and any other
  control character becomes the visible escape that `timeline show` always printed for it
  (ESC -> the four characters `\x1b`). Prose comes from documents and pastes (PDF form
  feeds, DOS end-of-file marks, terminal logs): refusing would fail a whole import or ingest
  over an invisible byte, dropping it could join two words, and the escape keeps what was
  there, inert in every output (terminal, CSV, JSON, HTML). White space around prose is kept
  as written; the id already ignores it (model.normalise_text).
* `when` is a single-line value in canonical strict EDTF (`when.parse_when`); import also
  reads ordinary dates (`4 Nov 2024` -> `2024-11-04`). EDTF values that mean different
  things in the standard (`2024` and `2024-XX`) are kept apart.
* List items are single-line values; blank items are dropped, repeated ones kept once. A tag
  also loses the invisible characters that only hide (zero-width space, word joiner, a joiner
  inside a Latin word; `sanitize.without_invisible`): `kur\u200bsk` is the tag kursk.
* Bidi controls and other format characters are kept: they belong to names and prose in
  right-to-left scripts, and `sanitize` makes them visible on a terminal.
* A lone surrogate (a JSON `\ud800` escape, an undecodable byte) is refused everywhere:
  UTF-8 cannot store it.

Normalising is idempotent, so every store `timeline` writes reads back byte for byte.
"""

from __future__ import annotations

import re
from datetime import date
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from timeline_cli.model import (BOOL, DATE, EMPTY, FIELD_ORDER, FIELDS, LIST, ONE_LINE, PROSE, SPAN, Event,
                                 make_id, names)

if TYPE_CHECKING:
    from timeline_cli.when import UserDate

__all__ = ["FieldError", "SINGLE_LINE", "MULTI_LINE", "LISTS", "normalise", "single_line",
           "multi_line", "items", "when", "normalise_event", "from_document", "from_document_checked",
           "WHITE_SPACE"]

SINGLE_LINE = names(ONE_LINE)
MULTI_LINE = names(PROSE)
LISTS = names(LIST)

# Unicode White_Space (not Python's isspace, which adds the separators U+001C..U+001F).
WHITE_SPACE = ("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
               "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_SURROGATES = "\ud800-\udfff"
_SINGLE_BAD = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_SURROGATES}]")
_MULTI_WORK = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{_SURROGATES}]")
_SURROGATE = re.compile(f"[{_SURROGATES}]")
_LINE_BREAK = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")  # \n aside: prose keeps it
_ANY_LINE_BREAK = re.compile("\r\n?|[\n\x0b\x0c\x85\u2028\u2029]")
_OTHER_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_BREAK_CHARS = "\n\r\x0b\x0c\x85\u2028\u2029"
_ID_RE = re.compile(r"[0-9A-Za-z_.:-]{1,64}\Z")
_SURROGATE_PROBLEM = "holds a lone surrogate, which UTF-8 cannot store"


class FieldError(ValueError):
    """ValueError(field, problem): `problem` reads after the field's name and says the fix.
    `hint`: the fix of a problem of characters, not of the field's form (a control character
    or a lone surrogate in any text field), which the field's own hint would not name."""

    def __init__(self, field: str, problem: str, hint: str = "") -> None:
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
        self.hint = hint


CHARACTER_HINT = "remove that character from the value (or write it as text, e.g. a space), then run the command again"


def _type_name(value: Any) -> str:
    return type(value).__name__


def _describe(ch: str) -> str:
    """`a tab (U+0009)`, `a line break (U+000A)`, `the control character \\x1b (U+001B)`."""
    code = f"U+{ord(ch):04X}"
    if ch == "\t":
        return f"a tab ({code})"
    if ch in _BREAK_CHARS:
        return f"a line break ({code})"
    return f"the control character \\x{ord(ch):02x} ({code})"


def single_line(name: str, value: Any) -> str:
    """A one-line text value: white space around it removed, control characters refused."""
    if not isinstance(value, str):
        raise FieldError(name, f"must be a string, not {_type_name(value)}")
    text = value.strip(WHITE_SPACE)
    bad = _SINGLE_BAD.search(text)
    if bad is not None:
        ch = bad.group()
        if "\ud800" <= ch <= "\udfff":
            raise _surrogate_error(name, ch)
        where = len(value) - len(value.lstrip(WHITE_SPACE)) + bad.start() + 1
        raise FieldError(name, f"holds {_describe(ch)} at character {where}; remove it "
                               "(this field is one line of text, without control characters)", CHARACTER_HINT)
    return text


def _surrogate_error(name: str, ch: str) -> FieldError:
    """A lone surrogate U+DC80-U+DCFF is a byte that was not UTF-8 (Python's surrogateescape
    for a command-line argument or stdin): named as that byte, with the fix, not as a
    surrogate the user never typed."""
    if "\udc80" <= ch <= "\udcff":
        return FieldError(name, f"is not valid UTF-8 text (byte 0x{ord(ch) - 0xDC00:02x})",
                          "pass UTF-8 text; convert it first, e.g. iconv -f latin1 -t utf-8")
    return FieldError(name, _SURROGATE_PROBLEM, CHARACTER_HINT)


def _visible(match: re.Match) -> str:
    return f"\\x{ord(match.group()):02x}"


def multi_line(name: str, value: Any) -> str:
    """Prose: line breaks as \\n, tabs kept, other control characters as visible escapes."""
    if not isinstance(value, str):
        raise FieldError(name, f"must be a string, not {_type_name(value)}")
    if _MULTI_WORK.search(value) is None:
        return value
    surrogate = _SURROGATE.search(value)
    if surrogate:
        raise _surrogate_error(name, surrogate.group())
    return _OTHER_CONTROL.sub(_visible, _LINE_BREAK.sub("\n", value))


def items(name: str, value: Any) -> tuple[str, ...]:
    """A list field: each item a single-line value; blank items dropped, repeats kept once."""
    if not isinstance(value, (list, tuple)) or not all(isinstance(i, str) for i in value):
        raise FieldError(name, "must be a list of strings")
    out: dict[str, None] = {}
    for position, item in enumerate(value, 1):
        try:
            text = single_line(name, item)
        except FieldError as exc:
            raise FieldError(name, f"item {position} {exc.problem}", exc.hint) from None
        if text:
            out[text] = None
    return tuple(out)


def when(value: Any, *, ordinary: bool = False) -> str:
    """The canonical EDTF text of a `when` value. With ordinary, also a date as people write
    it (`4 Nov 2024`), as `when.parse_user_date` reads it."""
    from timeline_cli.errors import DateError
    from timeline_cli.when import parse_user_date, parse_when

    text = single_line("when", value)
    try:
        return parse_when(text).text
    except DateError as exc:
        if not ordinary:
            raise FieldError("when", exc.message) from None
        edtf_problem = exc.message
    try:
        return parse_when(parse_user_date(text)).text
    except DateError:
        raise FieldError("when", f"{text!r} is not an EDTF value or a date ({edtf_problem})") from None


def typed_when(value: Any) -> UserDate:
    """A `when` value and what it says beside its EDTF, read by the one reader of typed dates
    (`when.read_user_date`, as `timeline add` reads them): "late June 2024" -> 2024-06 with
    mod "late"; "at 10:30 on 3 June 2024" -> the day and its clock. EDTF is taken as it is.
    `timeline edit --when` and `import` use it, so the three read one date alike."""
    from timeline_cli.errors import DateError
    from timeline_cli.when import UserDate, read_user_date

    text = single_line("when", value)
    try:
        return UserDate(when(text))
    except FieldError as exc:
        edtf_problem = exc.problem
    try:
        typed = read_user_date(text)
        return typed._replace(edtf=when(typed.edtf))
    except (DateError, FieldError):
        raise FieldError("when", f"{text!r} is not an EDTF value or a date ({edtf_problem})") from None


def _id(value: Any) -> str:
    text = single_line("id", value)
    if not _ID_RE.match(text):
        raise FieldError("id", "must be 1-64 letters, digits or . _ : -")
    return text


def tags(value: Any) -> tuple[str, ...]:
    """The tags: items, each without the invisible characters that only hide
    (`sanitize.without_invisible`): a tag is an identifier the user types, and `+kur\u200bsk`
    looked like kursk on the screen but never matched `--tag kursk`. Dropped, not refused, so a
    hand-edited store holding one still loads (its tag is then kursk); a joiner inside an emoji
    (two non-ASCII, non-space characters around it) is part of the emoji and kept."""
    from timeline_cli.sanitize import without_invisible

    listed = items("tags", value)
    if not any(without_invisible(t) != t for t in listed):
        return listed
    return items("tags", [without_invisible(t) for t in listed])


def _text(value: Any) -> str:
    text = multi_line("text", value)
    if not text.strip():
        raise FieldError("text", "is empty")
    return text


def _choice(name: str, choices: tuple[str, ...]):
    def check(value: Any) -> str:
        text = single_line(name, value)
        if text not in ("",) + choices:
            raise FieldError(name, f"must be one of {', '.join(choices)}")
        return text
    return check


def _day(name: str, value: Any) -> date:
    if not isinstance(value, date) or hasattr(value, "hour"):
        raise FieldError(name, "must be a TOML date like 2024-11-06")
    return value


def _flag(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise FieldError(name, "must be true or false")
    return value


def _span(name: str, value: Any) -> tuple[int, int]:
    if (not isinstance(value, (list, tuple)) or len(value) != 2
            or not all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in value)
            or value[0] > value[1]):
        raise FieldError(name, "must be [start, end] character offsets with start <= end")
    return (value[0], value[1])


# One rule per kind of field (model.FIELDS); a field with choices only takes one of them.
_BY_KIND = {ONE_LINE: single_line, PROSE: multi_line, LIST: items, DATE: _day, BOOL: _flag, SPAN: _span}
# The fields with rules of their own on top of their kind's.
_SPECIAL = {"id": _id, "when": when, "text": _text, "tags": tags}


def _rule(name: str, kind: str, choices: tuple[str, ...]):
    if name in _SPECIAL:
        return _SPECIAL[name]
    if choices:
        return _choice(name, choices)
    by_kind = _BY_KIND[kind]
    return lambda value: by_kind(name, value)


_RULES = {f.name: _rule(f.name, f.kind, f.choices) for f in FIELDS}


def blank_tag(name: str) -> bool | None:
    """True when NAME, as a tag, is blank (an unset shell variable: `--tag "$UNSET"`, `+" "`);
    None when it holds a character no field may hold (the field's own error names it)."""
    try:
        return not normalise("tags", (name,))
    except FieldError:
        return None


def normalise(name: str, value: Any) -> Any:
    """`value` as field `name` stores it (the Event's own type), or FieldError(name, problem)."""
    return _RULES[name](value)


def normalise_event(event: Event) -> Event:
    """`event` with every field normalised (FieldError when one is refused); its id is kept."""
    changes, _faithful = _normalised_fields(event)
    return event.with_(**changes) if changes else event


# (name, required, default, rule, repeats) of each field, in FIELD_ORDER, and all their values
# at once. `repeats`: a field whose values recur from event to event (a document's source and
# report date, its dates, claimants), whose normal forms are remembered (_KNOWN).
_REPEATING = frozenset({"when", "source", "reported", "by", "status", "mod", "conflict"})
_SHAPE = tuple((f.name, f.required, f.default, _RULES[f.name], f.name in _REPEATING) for f in FIELDS)
_VALUES = attrgetter(*FIELD_ORDER)
# (field, type, value) -> normal form, of the strings and days normalised before (the rules are
# pure); only values a rule accepted (a refused one raises each time); emptied past _KNOWN_MAX.
_KNOWN: dict[tuple[str, type, Any], Any] = {}
_KNOWN_MAX = 4096


def _normalised_fields(event: Event) -> tuple[dict[str, Any], bool]:
    """The fields whose normal form differs from the value (name -> normal form), and whether
    `store.check_event` is certain to pass on `event` when there are none: every field either
    set and its own normal form, or empty and its default (as the store leaves it out and
    reads it back). A required field left empty, or an empty value that is not its field's
    default (`()` for `span`), is never certain: check_event then decides (and refuses)."""
    changes = {}
    faithful = True
    for (name, required, default, rule, repeats), value in zip(_SHAPE, _VALUES(event)):
        if value is default:  # most fields of most events: no comparison needed
            continue
        if not value and value in EMPTY:  # (a set value is true: no comparisons for it)
            if required or not (type(value) is type(default) and value == default):
                faithful = False
            continue
        if repeats and (type(value) is str or type(value) is date):  # (a list is refused below)
            key = (name, type(value), value)
            new = _KNOWN.get(key, _KNOWN)
            if new is _KNOWN:
                new = rule(value)
                if len(_KNOWN) >= _KNOWN_MAX:
                    _KNOWN.clear()
                _KNOWN[key] = new
        else:
            new = rule(value)
        if new is not value and new != value:
            changes[name] = new
    return changes, faithful


def document_line(value: str) -> str:
    """A one-line value a document gave (its file name, its claimant), made storable as
    `from_document` makes an event's: a line break or tab becomes a space, any other control
    character its visible escape, a lone surrogate U+FFFD. The `[[source]]` table of a
    document takes its key through this too, so it names the events' very source (a file
    name holding ESC is the four characters `\\x1b` in both) and reads back."""
    if not _SINGLE_BAD.search(value):
        return value
    value = _ANY_LINE_BREAK.sub(" ", value).replace("\t", " ")
    return _OTHER_CONTROL.sub(_visible, _SURROGATE.sub("\ufffd", value))


def from_document(event: Event) -> Event:
    """An event ingest took out of a document, made storable: its claimant and source come
    from the document (and its file name), not from the user, so there is nothing to fix
    field by field; a line break or tab there becomes a space and any other control
    character its visible escape, as in prose, instead of being refused. The id is
    recomputed when the text, date or source changed, as make_id would have made it."""
    return from_document_checked(event)[0]


def from_document_checked(event: Event) -> tuple[Event, bool]:
    """(from_document(event), whether `store.check_event` is certain to pass on it): True
    when the event came out of normalising unchanged, each field already its own normal form
    (normalising is idempotent and pure, so check_event's second pass over the same values
    would find the same), so ingest checks only the rest, instead of normalising every field
    of every event twice. A bad event is never certain: check_event runs on it and refuses it."""
    changes = {}
    for name in ("by", "source"):
        value = getattr(event, name)
        if _SINGLE_BAD.search(value):
            changes[name] = document_line(value)
    given = event.with_(**changes) if changes else event
    fixes, faithful = _normalised_fields(given)
    clean = given.with_(**fixes) if fixes else given
    if (clean.text, clean.when, clean.source) != (event.text, event.when, event.source):
        clean = clean.with_(id=make_id(clean.text, clean.when, clean.source))
    return clean, faithful and clean is event
