"""find_document_date: every recognised form, where the body starts, and what must not match."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_cli.temporal.docdate import find_document_date, parse_date_value

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_ff58ae107db7a909.txt"
REF = date(2025, 1, 1)

# (text, expected date, how, body begins with)
CASES = [
    (" date 2024-11-06 North Korean soldiers fought.", date(2024, 11, 6), "header", "North Korean"),
    ("date: 2024-11-06 Body on the same line.", date(2024, 11, 6), "header", "Body on"),
    ("Date: Wed, 6 Nov 2024 10:00:00 +0000\nFrom: a@example.org\nSubject: x\n\nBody here.",
     date(2024, 11, 6), "header", "Body here"),
    ("From: a@example.org\nDate: 2024-11-06\n\nBody.", date(2024, 11, 6), "header", "Body."),
    ("Date: 2024-11-06\nBody right after.", date(2024, 11, 6), "header", "Body right"),
    ("---\ntitle: x\ndate: \"2024-11-06T10:00:00Z\"\n---\n\nBody.", date(2024, 11, 6), "front matter", "Body."),
    ("---\ndate: 2024-11-06\n---\nBody.", date(2024, 11, 6), "front matter", "Body."),
    ("+++\ndate = 2024-11-06\n+++\nBody", date(2024, 11, 6), "front matter", "Body"),
    ("KYIV, Nov. 6 (Reuters) - Ukraine said.", date(2024, 11, 6), "dateline", "Ukraine said"),
    ("WASHINGTON (AP) — Nov 6, 2024 — The thing.", date(2024, 11, 6), "dateline", "The thing"),
    ("WASHINGTON (AP) — November 6, 2024\nThe thing.", date(2024, 11, 6), "dateline", "The thing"),
    ("LONDON, 6 November 2024 /PRNewswire/ -- Text", date(2024, 11, 6), "dateline", "Text"),
    # a dateline on its own line: no dash after the agency, or none between agency and date
    ("BEIJING, Nov. 10, 2005 (Xinhua)\n\nChina will act.", date(2005, 11, 10), "dateline", "China will"),
    ("WASHINGTON (AP) Nov 10, 2005\nThe thing.", date(2005, 11, 10), "dateline", "The thing"),
    ("Headline here\nNovember 6, 2024\n\nBody.", date(2024, 11, 6), "date line", "Body."),
    ("Headline\nWed, 6 Nov 2024 10:32 GMT\nBody.", date(2024, 11, 6), "date line", "Body."),
    ("Title\nPublished: 6 November 2024, 10:32 AM EST\nBody.", date(2024, 11, 6), "header", "Body."),
    ("Title\nPublished on November 6, 2024\nBody.", date(2024, 11, 6), "header", "Body."),
    ("Title\nUpdated: 7 November 2024\nPublished: 6 November 2024\nBody.", date(2024, 11, 6), "header", "Body."),
    ("Title\nUpdated: 7 November 2024\nBody.", date(2024, 11, 7), "updated header", "Body."),
    ("Date: 13.11.2024\nx", date(2024, 11, 13), "header", "x"),
    # a header's date closed by a full stop, or followed by a byline (blog and CMS pages as text)
    ("Title\nPublished March 3, 2020.\n\nBody.", date(2020, 3, 3), "header", "Body."),
    ("Title\nPosted on March 3, 2020 by Jane Doe\nBody.", date(2020, 3, 3), "header", "Body."),
    ("Title\nPublished 3 March 2020 by admin | 4 comments\nBody.", date(2020, 3, 3), "header", "Body."),
]
# Texts without a document date of their own.
NO_DATE = [
    "He was born on November 6, 2024 in Kyiv.",
    "Date: 06.11.2024\nambiguous day and month",
    "The meeting on 2024-11-06 was short.",
    "KYIV (Reuters) - No date in this dateline.",
    # the agency must end the line when no dash follows it; a date after it is the sentence's
    "KYIV, Nov. 6 (Reuters) said troops moved on November 6, 2024.",
    "NATO (the alliance) November 6, 2024 was a long day for the alliance and its members.",
    "date 2024-11-06x glued",
    "Nothing here at all.",
    "",
    "Date: 2024-02-30\nnot a day",
    "\n" * 25 + "November 6, 2024\ntoo far down",
    # after a header's date, only a byline: a clause says the date is the sentence's own
    "Published March 3, 2020 in the journal Nature, the study found.",
    "Posted March 3, 2020 by courier. The letter then went missing for weeks and weeks on end.",
]


def test_no_duplicate_cases():
    for name, table in (("CASES", [c[0] for c in CASES]), ("NO_DATE", NO_DATE)):
        dupes = [k for k, n in Counter(table).items() if n > 1]
        assert not dupes, f"duplicate {name}: {dupes}"


@pytest.mark.parametrize(("text", "expected", "how", "body"), CASES)
def test_recognised(text, expected, how, body):
    found = find_document_date(text, reference=REF)
    assert found is not None
    assert (found.date, found.how) == (expected, how)
    assert text[found.body_start:].startswith(body)
    assert found.start <= found.body_start


@pytest.mark.parametrize("text", NO_DATE)
def test_not_a_document_date(text):
    assert find_document_date(text, reference=REF) is None


def test_seed_header_shares_the_first_line():
    text = SEED.read_text(encoding="utf-8")
    found = find_document_date(text)
    assert found is not None and found.date == date(2024, 11, 6)
    assert text[found.body_start:].startswith("North Korean soldiers")


def test_yearless_dateline_needs_a_reference():
    text = "KYIV, Dec. 30 (Reuters) - Text."
    assert find_document_date(text) is None
    found = find_document_date(text, reference=date(2025, 1, 2))
    assert found is not None and found.date == date(2024, 12, 30) and found.year_assumed


def test_dayfirst_reads_ambiguous_numeric_dates():
    assert find_document_date("Date: 06.11.2024\nx", dayfirst=True).date == date(2024, 11, 6)
    assert find_document_date("Date: 06.11.2024\nx", dayfirst=False).date == date(2024, 6, 11)


def test_header_beats_a_later_bare_date():
    text = "Title\nNovember 1, 2024\nDate: 2024-11-06\nBody."
    assert find_document_date(text).date == date(2024, 11, 6)


def test_text_before_the_header_is_kept_for_the_body():
    text = "Headline here\nNovember 6, 2024\nBody."
    found = find_document_date(text)
    assert text[:found.start] == "Headline here\n"


@pytest.mark.parametrize(("value", "ymd"), [
    ("2024-11-06T10:00:00+02:00", (2024, 11, 6)),
    ("Wednesday, November 6th, 2024", (2024, 11, 6)),
    ("6th of November 2024", (2024, 11, 6)),
    ("Sept. 3, 2024", (2024, 9, 3)),
    ("2024/11/06", (2024, 11, 6)),
])
def test_parse_date_value(value, ymd):
    v = parse_date_value(value)
    assert v is not None and (v.y, v.m, v.d) == ymd and v.end == len(value)


def test_never_reads_the_clock(monkeypatch):
    import datetime as dt

    class Exploding(dt.date):
        @classmethod
        def today(cls):
            raise AssertionError("clock read")

    monkeypatch.setattr("timeline_cli.temporal.docdate.date", Exploding)
    assert find_document_date("Date: 2024-11-06\nx").date == date(2024, 11, 6)


# Issue 10: the front-matter key was a lazy pattern that retried the spaces after each of its
# characters (quadratic in a long line); the possessive one must read the same keys and values.
_FRONT_LINE = st.lists(st.sampled_from(["date", "Date", "a", "_", "é", "1", " ", "  ", "\t", "-", ".", ":", "=",
                                        "'", '"', "2024-11-06", "\r", "x y"]), max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(_FRONT_LINE, max_size=4).map("\n".join))
def test_front_matter_keys_read_as_by_the_lazy_pattern(body):
    import re

    from timeline_cli.temporal.docdate import _FRONT_KEY_RE

    lazy = re.compile(r"^[ \t]*(?P<key>[A-Za-z_][\w .-]*?)[ \t]*[:=][ \t]*[\"']?(?P<value>[^\"'\r\n]*)",
                      re.MULTILINE)
    assert ([(m.group("key").strip(), m.group("value"), m.start()) for m in _FRONT_KEY_RE.finditer(body)]
            == [(m.group("key").strip(), m.group("value"), m.start()) for m in lazy.finditer(body)])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["2024-11-06", "6/11/2024", "Nov. 6", "6 November 2024", "Wed, ", " 10:00",
                                 " GMT", ",", " ", "\n", "2024", "x"]), max_size=8).map("".join), st.data())
def test_a_date_value_read_up_to_endpos_is_the_one_in_the_cut_text(text, data):
    # The header scan used to copy text[:line_end] (the whole document when it is one line)
    # for every recogniser of each of the first 20 lines.
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    for dayfirst in (None, True, False):
        assert (parse_date_value(text, pos, dayfirst=dayfirst, allow_no_year=True, endpos=end)
                == parse_date_value(text[:end], pos, dayfirst=dayfirst, allow_no_year=True))


@pytest.mark.parametrize("text, day", [
    ("Date: 2024-11-05\nDate: 2024-11-07\n\nTroops moved.", date(2024, 11, 5)),   # the first of equals
    ("Updated: 2024-11-07\nPublished: 2024-11-05\n\nTroops moved.", date(2024, 11, 5)),  # a better rank later
    ("Created: 2024-11-04\n\nKYIV, Nov. 6 (Reuters) - Troops moved.\nDate: 2024-11-05\n", date(2024, 11, 5)),
    ("Date: 2024-11-05\n\nKYIV, Nov. 6, 2024 (Reuters) - Troops moved.", date(2024, 11, 5)),
])
def test_the_best_header_line_wins_and_the_scan_stops_at_the_best_rank(text, day):
    found = find_document_date(text)
    assert found is not None and found.date == day
