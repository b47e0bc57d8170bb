"""Field rules (timeline_cli.fields): every value is normalised or refused, in one place, on
every way into a store: the loader, import (every format), add and ingest.

Issue 10, finding 6: `{"when": "\\n\\n2024-11-04\\r\\n", "text": "forged"}` imported with exit 0
and split one event over four lines of piped `show`; `"2024-11-04 "` and `"\\t2024-11-04"` made
three copies of one statement.
"""

from __future__ import annotations

import json
import re

import pytest

from timeline_cli import fields, store
from timeline_cli.fields import FieldError
from timeline_cli.model import Event, make_id

CONTROLS = [chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]]
LINE_BREAKS = ["\r\n", "\r", "\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"]
SPACES = [" ", "\t", "\n", "\r\n", "\x0b", "\x0c", "\x85", "\xa0", "\u2003", "\u2028", "\u3000"]
ONE_LINE_FIELDS = ["id", "when", "source", "by", "status", "mod", "conflict", "tags", "actors", "places"]
VALID = {"id": "a1", "when": "2024-11-04", "source": "doc.txt", "by": "MoD", "status": "confirmed",
         "mod": "early", "conflict": "changed on both", "tags": "kursk", "actors": "DPRK", "places": "Kursk"}


def rule(name: str, value: str):
    return fields.normalise(name, (value,) if name in fields.LISTS else value)


def single(name: str, value):
    return value[0] if isinstance(value, tuple) else value


# ---------------------------------------------------------------- the rules

@pytest.mark.parametrize("space", SPACES)
@pytest.mark.parametrize("name", ONE_LINE_FIELDS)
def test_white_space_around_a_one_line_value_is_dropped(name, space):
    assert single(name, rule(name, space + VALID[name] + space)) == VALID[name]


@pytest.mark.parametrize("ch", CONTROLS + ["\u2028", "\u2029"], ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize("name", ONE_LINE_FIELDS)
def test_a_control_character_inside_a_one_line_value_is_refused(name, ch):
    value = VALID[name][:1] + ch + VALID[name][1:]
    with pytest.raises(FieldError) as caught:
        rule(name, value)
    field, problem = caught.value.args
    assert field == name and "\n" not in problem
    assert f"U+{ord(ch):04X}" in problem and "at character 2" in problem and "remove it" in problem


@pytest.mark.parametrize("brk", LINE_BREAKS, ids=repr)
@pytest.mark.parametrize("name", ["text", "note"])
def test_prose_keeps_its_lines_as_newlines(name, brk):
    assert fields.normalise(name, f"one{brk}two\tthree") == "one\ntwo\tthree"


@pytest.mark.parametrize("ch", [c for c in CONTROLS if c not in "\t\n\r\x0b\x0c\x85"], ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize("name", ["text", "note"])
def test_other_controls_in_prose_become_the_escape_show_prints(name, ch):
    value = fields.normalise(name, f"a{ch}b")
    assert value == f"a\\x{ord(ch):02x}b"
    assert fields.normalise(name, value) == value


def test_prose_keeps_bidi_and_format_characters_and_its_white_space():
    text = "  Ки\u200dїв \u202eabc\u202c 🙂 \u200f  "
    assert fields.normalise("text", text) == text


def test_list_items_are_one_line_values_kept_once():
    assert fields.normalise("tags", [" a ", "a", "  ", "b"]) == ("a", "b")
    with pytest.raises(FieldError, match="item 2 holds a line break"):
        fields.normalise("tags", ["a", "b\nc"])


@pytest.mark.parametrize("value, expected", [
    (" 2024-11-04", "2024-11-04"), ("2024-11-04\r\n", "2024-11-04"), ("\u00a0../2024-11-06 ", "../2024-11-06"),
])
def test_when_is_canonical_edtf(value, expected):
    assert fields.when(value) == expected


def test_when_reads_ordinary_dates_only_when_asked():
    assert fields.when(" 4 Nov 2024 ", ordinary=True) == "2024-11-04"
    with pytest.raises(FieldError, match="not a valid EDTF"):
        fields.when("4 Nov 2024")


def test_a_lone_surrogate_is_refused_in_every_text_field():
    for name in ("text", "note", "by", "tags"):
        with pytest.raises(FieldError, match="lone surrogate"):
            rule(name, "a\ud800")
        # U+DC80-U+DCFF: Python's escape of a byte that was not UTF-8 (argv, stdin): named so
        with pytest.raises(FieldError, match=r"not valid UTF-8 text \(byte 0xff\)"):
            rule(name, "a\udcff")


def test_every_field_has_a_rule_and_normalising_is_idempotent():
    raw = Event(id=" e1 ", when="\t2024-11-04\n", text="a\r\nb\x1b", source=" s ", by=" MoD ",
                tags=(" x ", "x"), note="n\x0c", status=" confirmed ", mod=" late ", conflict=" c ")
    once = fields.normalise_event(raw)
    assert once == Event(id="e1", when="2024-11-04", text="a\nb\\x1b", source="s", by="MoD", tags=("x",),
                         note="n\n", status="confirmed", mod="late", conflict="c")
    assert fields.normalise_event(once) is once
    assert store.loads(store.dumps([once])) == [once]


def test_from_document_makes_a_document_s_values_storable_and_recomputes_the_id():
    event = Event(id=make_id("x\x1b", "2024", "a\nb\x1b"), when="2024", text="x\x1b", source="a\nb\x1b",
                  by="Kyiv\tsaid\x07")
    kept = fields.from_document(event)
    assert (kept.text, kept.source, kept.by) == ("x\\x1b", "a b\\x1b", "Kyiv said\\x07")
    assert kept.id == make_id(kept.text, kept.when, kept.source)
    store.check_event(kept)



def _checked_by_store(event: Event) -> bool:
    try:
        store.check_event(event)
    except store.StoreError:
        return False
    return True


# Events ingest could hand over, good and bad: from_document_checked may call one "certain"
# (and ingest then skip store.check_event) only when check_event passes on it.
_GOOD = Event(id=make_id("It fell.", "2024-11-04", "a.txt"), when="2024-11-04", text="It fell.", source="a.txt",
              by="MoD", span=(0, 8))
_ODD = [
    {}, {"text": ""}, {"text": "   "}, {"when": ""}, {"when": "2024-13-45"}, {"when": " 2024"}, {"id": ""},
    {"id": "x" * 65}, {"span": ()}, {"span": (3, 1)}, {"span": [0, 8]}, {"span": (-1, 2)}, {"tags": ["a"]},
    {"tags": ("a", "a")}, {"tags": ("", "b")}, {"by": "X\tY"}, {"by": 0}, {"reported_assumed": 0},
    {"reported_assumed": 1}, {"mod": "sometime"}, {"status": "confirmed"}, {"note": "a\r\nb"},
    {"text": "It \x1b fell."}, {"text": "\ud800"}, {"source": "a\nb.txt"}, {"places": ("\x07",)},
]


@pytest.mark.parametrize("changes", _ODD, ids=repr)
def test_from_document_checked_is_certain_only_of_what_the_store_check_accepts(changes):
    event = _GOOD.with_(**changes)
    try:
        kept, certain = fields.from_document_checked(event)
    except (FieldError, TypeError, AttributeError):
        return  # refused outright: nothing reaches the store
    assert kept == fields.from_document(event)
    if certain:
        assert _checked_by_store(kept)
        assert store.event_from_dict(kept.to_dict()) == kept


def test_from_document_checked_is_certain_of_a_plain_statement():
    assert fields.from_document_checked(_GOOD) == (_GOOD, True)
    # a field it had to fix: the store's check runs on the result
    assert fields.from_document_checked(_GOOD.with_(when=" 2024-11-04"))[1] is False


# ---------------------------------------------------------------- through the CLI

def plain_lines(tl) -> list[str]:
    result = tl("show", "--format", "plain")
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def one_line_error(result) -> str:
    assert result.exit_code in (1, 2), result.output
    [error] = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.stderr)
    return error


SAME_DAY = ["\n\n2024-11-04\r\n", "2024-11-04 ", "\t2024-11-04", "2024-11-04", "\x0b2024-11-04\u00a0"]


def write_rows(path, fmt: str, rows: list[dict]) -> None:
    if fmt == "json":
        path.write_text(json.dumps(rows), encoding="utf-8")
    elif fmt == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    else:
        import csv

        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=["when", "text", "by", "source"])
            writer.writeheader()
            writer.writerows({"by": "", "source": "", **r} for r in rows)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_one_statement_in_any_white_space_is_one_event_and_a_reimport_adds_nothing(tl, tmp_path, fmt):
    path = tmp_path / f"rows.{fmt}"
    write_rows(path, fmt, [{"when": when, "text": "forged", "by": " MoD ", "source": " doc "}
                           for when in SAME_DAY])
    result = tl("import", str(path))
    assert result.exit_code == 0, result.output
    assert "imported 1 new event(s)" in result.stderr
    [line] = plain_lines(tl)
    assert line.split("\t")[:4] == ["2024-11-04", "forged", "MoD", "doc"]
    again = tl("import", str(path))
    assert again.exit_code == 0 and "imported 0 new event(s)" in again.stderr
    for fmt_out in ("json", "jsonl", "csv"):  # and its own export, re-imported, adds nothing
        out = tmp_path / f"out.{fmt_out}"
        assert tl("export", "--format", fmt_out, "-o", str(out)).exit_code == 0
        assert "imported 0 new event(s)" in tl("import", str(out)).stderr
    assert len(plain_lines(tl)) == 1


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
@pytest.mark.parametrize("ch", ["\x1f", "\x1b", "\x07", "\x9b", "\x7f", "\x00"], ids=lambda c: f"U+{ord(c):04X}")
def test_a_control_character_in_when_is_refused_naming_row_field_and_fix(tl, tmp_path, fmt, ch):
    path = tmp_path / f"rows.{fmt}"
    write_rows(path, fmt, [{"when": "2024-11-04", "text": "fine"}, {"when": f"2024-11-04{ch}", "text": "forged"}])
    error = one_line_error(tl("import", str(path)))
    if fmt == "csv" and ch == "\x00":  # a raw NUL makes the file binary, refused before any row
        assert "NUL byte" in error
    else:
        assert "row 2: field 'when'" in error and f"U+{ord(ch):04X}" in error and "remove it" in error
    assert not tl.store.exists()  # nothing was written


def test_a_line_break_in_prose_is_kept_and_piped_show_stays_one_line_an_event(tl, tmp_path):
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([{"when": "2024-11-04", "text": "line one\r\nline two\x1b[2J\x0cpage"},
                                {"when": "2024-11-05", "text": "second", "note": "a\rb"}]), encoding="utf-8")
    assert tl("import", str(path)).exit_code == 0
    [first, second] = store.load(tl.store)
    assert first.text == "line one\nline two\\x1b[2J\npage" and second.note == "a\nb"
    lines = plain_lines(tl)
    assert len(lines) == 2 and all(line.count("\t") == 6 for line in lines)  # ...ID, STATUS
    assert "imported 0 new" in tl("import", str(path)).stderr


def test_add_normalises_its_values_before_making_the_id(tl):
    first = tl("add", "2024-11-04: forged", "--by", " MoD ", "--source", " doc ", "--tag", " a ", "--tag", "a")
    again = tl("add", "forged ", "--when", " 2024-11-04 ", "--source", "doc")
    assert first.exit_code == again.exit_code == 0
    assert first.stdout == again.stdout  # the same id: the same statement
    [event] = store.load(tl.store)
    assert (event.by, event.source, event.tags) == ("MoD", "doc", ("a",))


@pytest.mark.parametrize("option", ["--by", "--source", "--tag"])
@pytest.mark.parametrize("ch", ["\n", "\x1b", "\x9b", "\t"], ids=lambda c: f"U+{ord(c):04X}")
def test_add_refuses_a_control_character_in_a_one_line_option(tl, option, ch):
    error = one_line_error(tl("add", "2024-11-04: x", option, f"a{ch}b"))
    assert option in error and f"U+{ord(ch):04X}" in error
    assert not tl.store.exists()


def test_a_hand_edited_store_with_stray_white_space_loads_normalised(tl):
    tl.store.write_text('schema = 1\n\n[[event]]\nid = " a1 "\nwhen = "\\t2024-11-04 "\ntext = "hand"\n'
                        'by = " MoD\\u00a0"\ntags = [" a ", "a", " "]\nstatus = "confirmed "\n', encoding="utf-8")
    assert plain_lines(tl) == ["2024-11-04\thand\tMoD\t\ta\ta1\tconfirmed"]
    assert tl("add", "2024-11-05: next").exit_code == 0  # the next write is canonical
    assert 'when = "2024-11-04"' in tl.store.read_text(encoding="utf-8")


@pytest.mark.parametrize("field, value", [("when", "2024-11-04\\u001f"), ("by", "a\\nb"), ("source", "x\\u009by"),
                                          ("id", "a\\u0007"), ("tags", None)])
def test_a_hand_edited_store_with_a_control_character_is_refused_naming_file_line_and_fix(tl, field, value):
    line = f'tags = ["ok", "b\\u001bc"]' if value is None else f'{field} = "{value}"'
    base = {"id": 'id = "a1"', "when": 'when = "2024-11-04"', "text": 'text = "t"'}
    base[field] = line
    body = "\n".join(base.values())
    tl.store.write_text(f"schema = 1\n\n[[event]]\n{body}\n", encoding="utf-8")
    error = one_line_error(tl("show"))
    assert f"{tl.store}:3:" in error and f"field '{field}'" in error and "remove it" in error


def test_ingest_keeps_a_document_s_controls_visible_and_a_reingest_adds_nothing(tl, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "ev\x1bil.txt").write_text(
        "Published 6 November 2024.\n\nOn October 24 troops \x1b[31marrived\x07 at the front.\n", encoding="utf-8")
    first = tl("ingest", str(folder), "--reported", "2024-11-06")
    assert first.exit_code == 0, first.output
    lines = plain_lines(tl)
    assert lines and all(line.count("\t") == 6 for line in lines)  # ...ID, STATUS
    assert all("ev\\x1bil.txt" in line for line in lines) and any("\\x1b[31marrived\\x07" in line for line in lines)
    again = tl("ingest", str(folder), "--reported", "2024-11-06")
    assert again.exit_code == 0 and "(0 new)" in again.stderr


@pytest.mark.parametrize("changes", [
    {"when": " 2024-11-04"}, {"when": "2024-13"}, {"source": "a\tb"}, {"source": " doc.txt "}, {"by": "MoD\n"},
    {"by": ["MoD"]}, {"mod": "early "}, {"mod": "sometime"}, {"status": "\u00a0confirmed"},
])
def test_normal_forms_remembered_for_repeating_values_are_the_rules_own(changes):
    """The values of a document's events repeat (its source, dates, claimants): their normal
    forms are remembered, and a second event with the same value is normalised (or refused)
    exactly as the first was."""
    outcomes = []
    for _ in range(2):
        try:
            outcomes.append(fields.normalise_event(_GOOD.with_(**changes)))
        except (FieldError, TypeError) as exc:
            outcomes.append(repr(exc))
    name, value = next(iter(changes.items()))
    try:
        alone = fields.normalise(name, value)
    except FieldError as exc:
        assert outcomes[0] == outcomes[1] == repr(exc)
    else:
        assert outcomes[0] == outcomes[1] == _GOOD.with_(**{name: alone})
