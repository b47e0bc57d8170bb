"""TOML: the store format itself (schema 1), written and read by `timeline_cli.store`.

Export gives exactly the bytes `timeline` would save (sorted by date, deterministic), so an
exported file is a valid store. Import reads it with the store's own validation and hands
the events on as rows, so they go through `rows.row_to_event` like every other format.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from timeline_cli.model import Event

NAME = "toml"
EXTENSIONS = (".toml",)
DESCRIPTION = "the timeline store format itself (schema 1)"


def export(events: Sequence[Event], out: TextIO, *, raw: bool = False, sources=None) -> None:
    from timeline_cli.store import dumps

    out.write(dumps(events))


def load(text: str, *, origin: str, raw: bool = False) -> list[dict]:
    from timeline_cli.store import loads

    return [event.to_dict() for event in loads(text, origin=origin)]
