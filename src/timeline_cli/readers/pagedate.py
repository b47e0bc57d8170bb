"""A page's publication day in the publisher's own time zone, from the timestamps its markup
declares as the publication time (`article:published_time`, JSON-LD `datePublished`,
`<time itemprop="datePublished">`), for the HTML reader to weigh against htmldate's choice.

htmldate takes a timestamp's day as written: `2023-11-09T02:11:03+00:00` is 9 November, though
the Boston paper that wrote it printed "November 8, 2023" beside `<time datetime=
"2023-11-08T21:11:03-05:00">`; and it prefers a bare `dc.date` to a JSON-LD `datePublished`
with the publisher's offset. A timestamp that carries a non-zero UTC offset was written in the
publisher's local time, so its day is the day the publisher printed: when the page holds such
timestamps, all on one day, and each is the same instant as a publication timestamp in UTC
where the page gives one too (a page whose markup disagrees with itself, a "published" that is
really the modified time, is left to htmldate), that day is the page's publication day. A
timestamp in UTC (`Z`, `+00:00`) alone says nothing of the local day and is left to htmldate.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime

# The markup's names for "published at" (lower case), as meta property/name/itemprop.
_PUBLISHED_META = frozenset({
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "published_time", "parsely-pub-date", "sailthru.date",
})
_STAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]\d\d:?\d\d)", re.I)


def local_published(tree) -> tuple[date, str] | None:
    """(the publication day, where it was found) from the page's publication timestamps that
    carry a non-zero UTC offset; None when there is none, or when they disagree with each
    other or with the page's publication timestamps in UTC."""
    stamps: list[tuple[datetime, str]] = []
    for element in tree.iter("meta", "script", "time"):
        tag = element.tag
        if tag == "meta":
            key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
            if key in _PUBLISHED_META:
                _add(stamps, element.get("content"), f"meta {key} (local time)")
        elif tag == "time":
            if (element.get("itemprop") or "").lower() == "datepublished":
                _add(stamps, element.get("datetime"), "<time> datePublished (local time)")
        elif (element.get("type") or "").lower() == "application/ld+json" and element.text:
            for value in _json_published(element.text):
                _add(stamps, value, "JSON-LD datePublished (local time)")
    utc = [stamp for stamp, _ in stamps if not stamp.utcoffset()]
    local = [(stamp, how) for stamp, how in stamps if stamp.utcoffset()]
    if not local or any(not any(abs((stamp - u).total_seconds()) <= _SAME_INSTANT for u in utc)
                        for stamp, _ in local if utc):
        return None
    days = {stamp.date() for stamp, _ in local}
    if len(days) != 1:
        return None
    return local[0][0].date(), local[0][1]


# Two timestamps this close (seconds) are one instant written twice.
_SAME_INSTANT = 120


def _add(stamps: list[tuple[datetime, str]], value: str | None, how: str) -> None:
    if not value or not _STAMP.fullmatch(value.strip()):
        return
    text = value.strip().replace(" ", "T", 1)
    text = text[:-1] + "+00:00" if text[-1] in "zZ" else text
    if re.search(r"[+-]\d{4}$", text):  # +0500 -> +05:00, which fromisoformat reads on 3.10
        text = f"{text[:-2]}:{text[-2:]}"
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        return
    if stamp.utcoffset() is not None:
        stamps.append((stamp, how))


def _json_published(text: str) -> list[str]:
    """Every `datePublished` string in a JSON-LD block (nested graphs too); none if broken."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    out: list[str] = []
    stack = [data]
    while stack and len(out) < 20:
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str):
                out.append(value)
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(item)
    return out
