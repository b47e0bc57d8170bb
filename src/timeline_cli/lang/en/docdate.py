"""English words of the headers and datelines a document dates itself with (`temporal/docdate.py`)."""

from __future__ import annotations

from .calendar import MONTHS, WEEKDAY_WORDS

# Weekday names that may open a date ("Wed, 6 Nov 2024"): the parser's, plus "sat" and "sun"
# (too common as words in running text, safe before a date in a header).
HEADER_WEEKDAYS: tuple[str, ...] = WEEKDAY_WORDS
# Header keys and their rank (lower is better).
HEADER_KEYS: dict[str, int] = {
    "date": 1, "dated": 1, "published": 1, "publication date": 1, "published on": 1,
    "published at": 1, "pubdate": 1, "posted": 1, "posted on": 1, "sent": 1,
    "date published": 1, "date_published": 1, "published_at": 1, "publish_date": 1,
    "created": 3, "created_at": 3,
    "updated": 5, "last updated": 5, "updated on": 5, "modified": 5, "last modified": 5,
    "updated_at": 5, "date_modified": 5,
}
# The key of a first line that carries the date and then the body: " date 2024-11-06 North ..."
INLINE_HEADER_KEY = r"date"
# Regex pieces of a written date: "6th of November", "at 10:00 a.m."
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"
DAY_OF = r"(?:of\s+)?"
TIME_AT = r"(?:at\s+)?"
AM_PM = r"(?:\s*[ap]\.?m\.?)?"
# What a header's date may be followed by on its line: a byline ("Posted on March 3, 2020 by
# Jane Doe"), the shape of blog and CMS pages copied as text.
HEADER_DATE_TAIL = r"by\s+\w[^.!?]{0,60}"

__all__ = ["MONTHS", "HEADER_WEEKDAYS", "HEADER_KEYS", "INLINE_HEADER_KEY", "ORDINAL_SUFFIX", "DAY_OF",
           "TIME_AT", "AM_PM", "HEADER_DATE_TAIL"]
