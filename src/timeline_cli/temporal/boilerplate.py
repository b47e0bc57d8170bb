"""Page furniture is never an event, dated or not, whatever the reader: bylines, datelines
alone on their line, "Write to ...", copyright lines, sign-up and follow-us calls, photo
credits and captions. The words are the language pack's (`BOILERPLATE_LINE_RE`, with
`BOILERPLATE_LINE_WORDS` as a cheap gate); this engine knows none.
"""

from __future__ import annotations

from timeline_cli import lang as _lang

__all__ = ["is_boilerplate"]

# Furniture lines are short: a longer sentence is tested only when it holds a gate word.
_SHORT = 160


def is_boilerplate(sentence: str, lang=_lang.DEFAULT) -> bool:
    """Is this sentence (white space folded) page furniture rather than a statement?"""
    pack = _lang.get(lang)
    pattern = getattr(pack, "BOILERPLATE_LINE_RE", None)
    if pattern is None:
        return False
    if len(sentence) > _SHORT:
        low = sentence.lower()
        if not any(word in low for word in pack.BOILERPLATE_LINE_WORDS):
            return False
    return pattern.search(sentence) is not None
