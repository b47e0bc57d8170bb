"""Shared by the parser rules' example tests (a rule's moves and its kept cases, each run with the
rule on and off): the value the parser gives one mention of a sentence."""

from __future__ import annotations

from datetime import date

from timeline_cli.temporal.extract import extract


def mention_value(sentence: str, reported: date, mention: str) -> str:
    """The value of the mention whose text is `mention` in `sentence` reported on `reported`
    (KeyError when the parser finds no such mention)."""
    return {t.text: t for t in extract(sentence, reported)}[mention].value
