"""event_block's generated field writer says exactly what literal() says, field by field."""

from __future__ import annotations

from datetime import date, datetime

from timeline_cli.model import FIELDS, Event
from timeline_cli.tomlwrite import event_block, literal, string


def _by_literal(event: Event) -> str:
    lines = ["[[event]]"]
    for f in FIELDS:
        value = getattr(event, f.name)
        if f.required or value not in ("", None, (), False):
            lines.append(f"{f.name} = {literal(value)}")
    return "\n".join([*lines, ""])


def test_every_field_as_literal_writes_it():
    full = Event("a1", "2024-11", 'say "hi"\\ \x1b\ttab\nline', source="s", reported=date(2024, 11, 6),
                 reported_assumed=True, by="AP", tags=("x", 'y"'), actors=("A",), places=("P",),
                 status="confirmed", span=(0, 9), note="n\r", mod="early", conflict="c")
    for event in (full, Event("b", "2024", "bare"), Event("", "", "")):
        assert event_block(event) == _by_literal(event)


def test_values_of_another_type_go_through_literal():
    # Not what a checked event holds, but the writer must still say what literal() says.
    odd = Event("c", "2024", "t", reported=datetime(2024, 1, 2, 3, 4), reported_assumed=1, span=[1, 2], by=5)
    assert event_block(odd) == _by_literal(odd)
    for span in ((True, 2), (1, 2, 3), (1.5, 2)):
        assert event_block(Event("d", "2024", "t", span=span)) == _by_literal(Event("d", "2024", "t", span=span))


def test_strings_with_and_without_escapes():
    assert string("plain ü") == '"plain ü"'
    assert string('a"b\\c\x7f\x00\t') == '"a\\"b\\\\c\\u007f\\u0000\t"'
