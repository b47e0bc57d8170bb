"""English cues for turning dated sentences into events (`temporal/events.py`)."""

from __future__ import annotations

import re
from typing import Callable

from .vocab import HOLIDAYS

# Reader-directed boilerplate (dropped when undated). Each entry: pattern, example.
BOILERPLATE: tuple[tuple[str, str], ...] = (
    (r"\b(?:follow|subscribe to|sign up for|join|like)\s+(?:us|our)\b",
     "For more news please follow us on X."),
    (r"\bsubscribe\s+(?:to|for)\s+(?:our|the)\s+(?:newsletter|channel|feed)\b",
     "Subscribe to our newsletter for updates."),
    (r"\b(?:click|tap)\s+here\b", "Click here to read the full story."),
    (r"^\s*(?:read|see)\s+(?:more|also)\b", "Read more: the war in numbers"),
    (r"\bshare\s+this\s+(?:article|story|post|page)\b", "Share this article with friends."),
    (r"\ball rights reserved\b", "© 2024 Example Media. All rights reserved."),
    (r"\bdownload\s+(?:our|the)\s+app\b", "Download our app to get alerts."),
)
BOILERPLATE_RE = re.compile("|".join(f"(?:{p})" for p, _ in BOILERPLATE), re.IGNORECASE)
# A word every BOILERPLATE pattern needs (tests check each example has one): a cheap test
# that spares most sentences the patterns.
BOILERPLATE_WORDS = ("follow", "subscribe", "sign up", "join", "like", "click", "tap", "read",
                     "see", "share", "reserved", "download")
VERBISH_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|"
    r"can|could|may|might|must|says?|said|told|gets?|got|goes|went|makes?|made)\b|"
    r"\b[a-z]{2,}(?:ed|ing)\b|[’']s\b",
    re.IGNORECASE,
)
# A sentence that only attributes what was said just before it.
_META_BACK = re.compile(
    r"\b(?:about|of|on)\s+(?:this|it|that)\b|"
    r"^\s*(?:this|that|it)\s+(?:was|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?"
    r"(?:reported|confirmed|announced|stated|said|claimed|written|denied|disclosed)\b|"
    r"\b(?:reported|reports|confirmed|confirms|said|says|wrote|writes)\s+(?:this|so)\b",
    re.IGNORECASE,
)
# Every match holds one of its pronouns after white space, or opens with one. Over the
# lower-cased sentence and case-sensitive, this test is ten times cheaper than the pattern
# (searched at every position, case-insensitively), and three sentences in four fail it.
_META_BACK_PRONOUN = re.compile(r"\s(?:this|it|that|so)\b")
# The only characters that re.IGNORECASE matches to a plain letter which lower() does not
# turn into it (U+0130 and U+0131 to "i", U+017F to "s"; U+0130 also lower-cases to two).
_IGNORECASE_ONLY = ("\u0130", "\u0131", "\u017f")


def _meta_back_possible(sentence: str) -> bool:
    """False only when META_BACK_RE cannot match the sentence (tests try the odd letters)."""
    if not sentence.isascii() and any(map(sentence.__contains__, _IGNORECASE_ONLY)):
        return True
    low = sentence.lower()
    return _META_BACK_PRONOUN.search(low) is not None or low.lstrip().startswith(("this", "that", "it"))


class _Gated:
    """A pattern searched only in the texts a cheap test lets through (`possible(text)` is
    False only where the pattern cannot match); used as a compiled pattern's `search`."""

    def __init__(self, pattern: re.Pattern, possible: Callable[[str], bool]) -> None:
        self.pattern, self.possible = pattern, possible

    def search(self, text: str) -> re.Match | None:
        return self.pattern.search(text) if self.possible(text) else None


META_BACK_RE = _Gated(_META_BACK, _meta_back_possible)
# ...and, in the present tense ("X writes about this ..."), keeps narrating what follows.
META_FORWARD_RE = re.compile(
    r"\b(?:writes|reports|says|tells|notes)\s+(?:about|of|on)\s+(?:this|it)\b", re.IGNORECASE)


# The words between the two ends of a range, and what must come just before the first end.
RANGE_LINK = re.compile(r"\s*(?:(?P<to>to|through|thru|until|till|up\s+to)|(?P<and>and)|(?P<dash>[-–—]))\s*",
                         re.IGNORECASE)
# group "from": a span or a change of date follows; group "between": needs "and"
RANGE_FROM = re.compile(r"\b(?:(?P<from>from)|(?P<between>between))\s+(?:the\s+)?$", re.IGNORECASE)
# "moved from Monday to Wednesday", "postponed from May to July": a change of date, not a span.
RANGE_CHANGE = re.compile(
    r"\b(?:mov|postpon|delay|reschedul|push|brought|bring|shift|chang|put\s+off|bump|advanc|"
    r"extend|switch|compar)\w*(?:\s+\w+){0,3}\s+$",
    re.IGNORECASE)


# A headline put as an indirect question, without a question mark ("Why autumn 2023 has been
# so stormy", "How the West was won"): it titles what follows; it states nothing.
HEADLINE_QUESTION_RE = re.compile(r"(?:why|how|what|when|where|who|whose|which|whether)\b", re.IGNORECASE)


# A holiday named as a kind of thing dates no statement: "our Christmas ad for 2023 is here",
# "Hannah Waddingham is in another Christmas advert" (said in November), "Halloween costumes
# sold out". A holiday event keeps its day ("the Pope's Christmas message", "a Christmas
# truce"): only these nouns of things made or sold for the season. (the holiday, then the noun)
HOLIDAY_THING_RE = re.compile(
    r"(?:" + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(HOLIDAYS, key=len, reverse=True))
    + r")\s+"
    r"(?:ads?|adverts?|advertisements?|commercials?|campaigns?|trees?|cards?|gifts?|presents?|jumpers?|"
    r"sweaters?|decorations?|lights|films?|movies?|songs?|singles?|albums?|specials?|episodes?|menus?|"
    r"ranges?|collections?|catalogues?|costumes?|candy|sweets|hampers?|crackers?|puddings?|eggs?|"
    r"baskets?|bunn(?:y|ies)|stockings?|wreaths?|ornaments?|toys?|lists?|playlists?|jingles?)\b",
    re.IGNORECASE)

# A time whose words name its day ("Tuesday evening", "late Monday night", "yesterday
# afternoon", "the evening of Nov. 3"): `events.choose_when` ranks it as the day it names, so a
# saying's bare day does not win over it ("eight miners were killed ... on Tuesday evening,
# officials said on Wednesday" is Tuesday's); not a time whose day is inferred ("in the
# evening", "that night", "10:35 a.m.").
NAMED_DAY_TIME_RE = re.compile(
    r"\b(?:mon|tues?|wednes|thurs?|fri|satur|sun)day\b|\byesterday\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
    re.IGNORECASE)

# A span counted from another happening ("10 days before the murder", "two weeks after his
# arrest"), right after its duration: a clock time beside it has that day, not the report's
# (`events._day_from_another_happening`).
ANCHORED_SPAN_AFTER_RE = re.compile(
    r"\s+(?:before|after|prior\s+to|ahead\s+of)\s+(?:the|his|her|its|their|a|an)\s+[a-z]", re.IGNORECASE)

# The frame of a saying that ends its sentence, right before the saying's date: ", Cuba predicted
# Wednesday", ", officials said on Monday", ", the minister told reporters Tuesday"
# (`events._future_said_on`).
SAYING_FRAME_BEFORE_RE = re.compile(
    r",\s*(?:[^,;:\"\u201c\u201d]{0,60}?\s)?(?:said|says|predicted|predicts|announced|announces|warned|warns|"
    r"forecast|forecasts|added|adds|told\s+(?:\w+\s+){0,2}?|tells\s+(?:\w+\s+){0,2}?)\s*(?:on\s+)?\Z",
    re.IGNORECASE)
