"""Page furniture is never an event, dated or not, whatever the reader: bylines, datelines
alone on their line, "Write to ...", copyright lines, sign-up and follow-us calls, photo
credits and captions. The words are the language pack's (`BOILERPLATE_LINES`, with
`BOILERPLATE_LINE_WORDS` as a cheap gate); this engine knows none.

Speed: every sentence of every document passes here. The patterns that start with `^` are
tried once, at the start of the sentence (`match`); only the others are searched through it,
and only when the sentence holds one of the pack's `BOILERPLATE_SEARCH_WORDS` (each match of
those patterns holds one: a test says so). One alternation of all of them searched at every position cost a tenth of ingest.
"""

from __future__ import annotations

import functools
import re

from timeline_cli import lang as _lang

__all__ = ["is_boilerplate"]

# Furniture lines are short: a longer sentence is tested only when it holds a gate word.
_SHORT = 160


@functools.lru_cache(maxsize=8)
def _patterns(pack) -> tuple[re.Pattern, re.Pattern | None, tuple[str, ...], tuple[str, ...]]:
    """(patterns tried at the start, patterns searched inside, the gate words of a long
    sentence, the gate words of the search). The gates are substring tests of the lower-cased
    sentence: an alternation of the words in `re` is ten times slower."""
    lines = [p for p, _example in pack.BOILERPLATE_LINES]
    anchored = [p for p in lines if p.startswith("^")]
    floating = [p for p in lines if not p.startswith("^")]

    def alternation(patterns) -> re.Pattern:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)

    words = tuple(pack.BOILERPLATE_LINE_WORDS)
    search_words = tuple(getattr(pack, "BOILERPLATE_SEARCH_WORDS", words))
    return alternation(anchored), alternation(floating) if floating else None, words, search_words


def is_boilerplate(sentence: str, lang=_lang.DEFAULT) -> bool:
    """Is this sentence (white space folded) page furniture rather than a statement?"""
    pack = _lang.get(lang)
    if getattr(pack, "BOILERPLATE_LINES", None) is None:
        pattern = getattr(pack, "BOILERPLATE_LINE_RE", None)  # a pack with one pattern only
        return pattern is not None and pattern.search(sentence) is not None
    anchored, floating, words, search_words = _patterns(pack)
    # any(map(low.__contains__, ...)): the gates' substring tests run in C, no frame per word.
    has = sentence.lower().__contains__
    if len(sentence) > _SHORT and not any(map(has, words)):
        return False
    if anchored.match(sentence) is not None:
        return True
    return (floating is not None and any(map(has, search_words))
            and floating.search(sentence) is not None)


# Program text a page shows (a code listing, a config line): assignments, calls, braces,
# imports. Syntax, not a language's words: one pattern for every pack.
_CODE_SIGNAL = re.compile(
    r"\b[A-Za-z_]\w*\s*=\s*[\w'\"\[({]|[A-Za-z_]\w*\(|[{}]|\bfrom\s+[\w.]+\s+import\b|\bdef\s+\w+|=>|==|!=|;\s*$")


# An HTML tag quoted in prose ("the site showed <img src=x onerror=alert(1)> to visitors"):
# its attributes are markup, not program text; they are not counted (the tag stays in the text).
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")


def is_code(sentence: str) -> bool:
    """Is this "sentence" a line of code ("pycon_2019 = date(2019, 5, 1)", "t = (('city',
    'Amsterdam'),)")? Three signs at least, one for every seven words: prose that names a
    function once ("the ratio f(x) rose") is not, nor prose quoting a tag's attributes."""
    if "(" not in sentence and "=" not in sentence and "{" not in sentence:
        return False
    if "<" in sentence:
        sentence = _TAG.sub(" ", sentence)
    most = _most_signs(sentence)
    if most < 3 or most * 7 < len(sentence.split()):
        return False  # (prose with a bracket or two: "(AP)", "(2-1)"; the pattern not searched)
    signs = len(_CODE_SIGNAL.findall(sentence))
    return signs >= 3 and signs * 7 >= len(sentence.split())


# Each match of _CODE_SIGNAL holds one of these, and matches do not overlap: their count bounds
# the signs from above (most sentences with a bracket have one or two).
_SIGN_MARKS = ("=", "(", "{", "}", "import", "def", ";")


def _most_signs(sentence: str) -> int:
    return sum(map(sentence.count, _SIGN_MARKS))
