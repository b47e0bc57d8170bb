"""split_sentences: table of texts and the sentences they split into."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from _linear import assert_linear
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_cli.temporal.sentences import split_sentences

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_ff58ae107db7a909.txt"

# (text, expected sentences)
CASES = [
    ("One. Two.", ["One.", "Two."]),
    ("Troops moved in the U.S. on Monday.", ["Troops moved in the U.S. on Monday."]),
    ("He left the U.S. The next day he returned.", ["He left the U.S.", "The next day he returned."]),
    ("It happened on Oct. 8 near the border.", ["It happened on Oct. 8 near the border."]),
    ("Dr. Smith met Mr. Jones.", ["Dr. Smith met Mr. Jones."]),
    ("Ships left on Jan. 5. Nobody knew.", ["Ships left on Jan. 5.", "Nobody knew."]),
    ("Brigade No. 810 fought.", ["Brigade No. 810 fought."]),
    ("He said no. Then he left.", ["He said no.", "Then he left."]),
    ("See Art. 51 of the Charter.", ["See Art. 51 of the Charter."]),
    ("They met on St. Patrick's day.", ["They met on St. Patrick's day."]),
    ("J. K. Rowling wrote it.", ["J. K. Rowling wrote it."]),
    ("The court overturned Roe v. Wade last June.", ["The court overturned Roe v. Wade last June."]),
    ("Choose option a. The end.", ["Choose option a.", "The end."]),  # another lower-case letter ends it
    ("At 10 a.m. Monday the talks began. They ended at 5 p.m. The end.",
     ["At 10 a.m. Monday the talks began.", "They ended at 5 p.m.", "The end."]),
    ("Growth was 3.5 percent. Fine.", ["Growth was 3.5 percent.", "Fine."]),
    ('He said "yes." Then he left.', ['He said "yes."', "Then he left."]),
    ("He said “no.” Then he left.", ["He said “no.”", "Then he left."]),
    ("(It was late.) They slept.", ["(It was late.)", "They slept."]),
    ("Really? Yes! Fine…  Done.", ["Really?", "Yes!", "Fine…", "Done."]),
    ("Wait... and then it came.", ["Wait... and then it came."]),
    ("A heading without punctuation\nThe body starts here. Second one.",
     ["A heading without punctuation", "The body starts here.", "Second one."]),
    ("- first item\n- second item", ["- first item", "- second item"]),
    ("  padded sentence.  \n\n\n  another  ", ["padded sentence.", "another"]),
    ("Prices rose e.g. for bread. Then fell.", ["Prices rose e.g. for bread.", "Then fell."]),
    ("Version 2.0 shipped. 12 000 troops arrived.", ["Version 2.0 shipped.", "12 000 troops arrived."]),
    ("", []),
    ("   \n\t ", []),
    # Hard-wrapped paragraph (email style): lines run on.
    ("The minister said on Monday that the first part of the troops had been\n"
     "moved to Vladivostok by ships of the Pacific Fleet. The second part is\n"
     "expected later this month.\n",
     ["The minister said on Monday that the first part of the troops had been\n"
      "moved to Vladivostok by ships of the Pacific Fleet.",
      "The second part is\nexpected later this month."]),
    # A short heading above a wrapped paragraph stays its own sentence.
    ("Kursk offensive\n"
     "The minister said on Monday that the first part of the troops had been\n"
     "moved to Vladivostok by ships of the Pacific Fleet on that very day.\n",
     ["Kursk offensive",
      "The minister said on Monday that the first part of the troops had been\n"
      "moved to Vladivostok by ships of the Pacific Fleet on that very day."]),
    # A narrow column (a PDF's, a newsletter's) whose lines go on in lower case runs on too ...
    ("In May 2015, the town council voted to\nrebuild the old mill, the mayor said.\nWork began on "
     "June 3 and ended in\nOctober, when the first flour was ground\nat the mill since 1952, "
     "according to the\nhistorical society.\n",
     ["In May 2015, the town council voted to\nrebuild the old mill, the mayor said.",
      "Work began on June 3 and ended in\nOctober, when the first flour was ground\nat the mill since "
      "1952, according to the\nhistorical society."]),
    # ... but a narrow block of lines that start in capitals (a list, an address, headlines) does not
    ("Council votes to rebuild the old mill\nWork on the mill began on June 3\nFirst flour ground "
     "since 1952 at mill\n",
     ["Council votes to rebuild the old mill", "Work on the mill began on June 3",
      "First flour ground since 1952 at mill"]),
    ("Town Hall, 1 Market Street, Millbrook\nopen Monday to Friday, nine to five\nClosed on public "
     "holidays and Sundays\nTelephone the clerk for appointments\n",
     ["Town Hall, 1 Market Street, Millbrook", "open Monday to Friday, nine to five",
      "Closed on public holidays and Sundays", "Telephone the clerk for appointments"]),
]


def test_no_duplicate_cases():
    dupes = [k for k, n in Counter(c[0] for c in CASES).items() if n > 1]
    assert not dupes


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split(text, expected):
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == expected
    for s, e in spans:
        assert text[s:e] == text[s:e].strip()


def test_start_and_end_bound_the_spans():
    text = "Header. One. Two. Three."
    spans = split_sentences(text, 8, 17)
    assert [text[s:e] for s, e in spans] == ["One.", "Two."]


def test_seed_lines():
    text = SEED.read_text(encoding="utf-8")
    sentences = [text[s:e] for s, e in split_sentences(text, 17)]
    assert sentences[0].startswith("North Korean soldiers") and sentences[0].endswith("military.")
    assert "The participation of the military of North Korea in the war in Ukraine" in sentences
    assert any(s.startswith("On October 24, Ukrainian intelligence") for s in sentences)
    assert len(sentences) == 20


def test_linear_on_abbreviations_and_quotes():
    # Abbreviations and quoted full stops are where a splitter looks back; doubling the text
    # must not quadruple the time (a ratio, not a clock).
    unit = "Dr. Smith met the U.S. envoy on Oct. 8 at 10 a.m. and said \"no.\" " * 5 + "\n"
    assert split_sentences(unit * 3)
    assert_linear(split_sentences, lambda n: unit * max(1, n // len(unit)), what="split_sentences on abbreviations")


# The splitter once found the word before a period with re.search(r"([\w.'’-]*)$", seg[:end])
# and candidate ends with a backtracking pattern: both quadratic on one long line (issue 10).
# Their replacements must find exactly what they found.
_SPLIT_CHARS = st.sampled_from(list("aZ9._'’-\" \n\t.!?…”»)]([“") + ["Go", "U.S", "\u00e9"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_SPLIT_CHARS, max_size=40).map("".join))
def test_word_before_is_the_regex_search_it_replaced(seg):
    from timeline_cli.temporal.sentences import _word_before

    rev = seg[::-1]
    for end in range(len(seg) + 1):
        assert _word_before(seg, rev, end) == re.search(r"([\w.'’-]*)$", seg[:end]).group(1)


@settings(max_examples=400, deadline=None)
@given(st.lists(_SPLIT_CHARS, max_size=40).map("".join))
def test_candidate_ends_are_those_of_the_backtracking_pattern(seg):
    from timeline_cli.temporal.sentences import _BOUNDARY_RE

    old = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
    assert [m.span() for m in _BOUNDARY_RE.finditer(seg)] == [m.span() for m in old.finditer(seg)]


def test_a_period_opening_a_wrapped_line_reads_the_word_ending_the_line_above():
    # `$` also matched before a final newline, so the word before ". Smith" is "Dr" (an
    # abbreviation: no break), not the empty word at the line start - kept as it was.
    line = "x" * 60
    text = f"{line} met Dr\n. Smith {line}\n{line} the end."
    assert [text[s:e] for s, e in split_sentences(text)] == [text]
