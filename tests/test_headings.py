"""Headings, captions and bylines are not statements (issue 13, item 5).

Through the CLI (`ingest`, then `show`), the rule's examples and must-not-match cases on
`temporal/headings.py`, and the section anchors a dated heading gives the story-time code.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal.extract import extract
from timeline_cli.temporal.headings import find_headings, is_heading, section_anchors

BODY = "The army crossed the river on 3 May 1861 and took the town."

HEADINGS = [
    "Anaconda Plan and blockade, 1861",
    "Northern Expedition (1926-1928) and KMT-CPC split",
    "Allies close in",
    "War breaks out in Europe",
    "Course of the war",
    "## Axis advances, 1940",
    "3.2 Aftermath",
]
NOT_HEADINGS = [
    "Troops were seen near the border",  # an auxiliary: a statement
    "Kursk offensive stalled in 1943",  # a lower-case past tense
    "1861: the blockade begins",  # a dated list item
    "March 3 – the blockade begins",
    "- 1962 first crossing of the ice cap",  # a list item
    "The army crossed the river in 1861.",  # final punctuation
    "Results of the vote in 1861:",  # leads into what follows
    "Officials said the blockade began in 1861",  # a reporting verb
]


def doc(line: str) -> str:
    return f"Introduction text ends here.\n\n{line}\n\n{BODY}\n"


@pytest.mark.parametrize("line", HEADINGS)
def test_heading(line):
    text = doc(line)
    start = text.index(line)
    assert is_heading(text, start, start + len(line))


@pytest.mark.parametrize("line", NOT_HEADINGS)
def test_not_heading(line):
    text = doc(line)
    start = text.index(line)
    assert not is_heading(text, start, start + len(line))


@pytest.mark.parametrize(("text", "line", "why"), [
    ("Anaconda Plan and blockade, 1861", "Anaconda Plan and blockade, 1861",
     "nothing follows (a one-line text states what it says)"),
    ("Intro.\nAnaconda Plan and blockade, 1861\nMore text.", "Anaconda Plan and blockade, 1861",
     "no blank line before it"),
    ("Intro.\n\nDespite their mutual hostility during the\nelection campaign, they met.",
     "Despite their mutual hostility during the", "the sentence runs on in the next line"),
])
def test_not_heading_by_position(text, line, why):
    start = text.index(line)
    assert not is_heading(text, start, start + len(line)), why


def test_headings_are_not_stored_dated_or_not(tl):
    text = ("Course of the war\n\nAnaconda Plan and blockade, 1861\n\n"
            "Scott proposed the Anaconda Plan in May 1861.\n")
    result = tl("ingest", "-", "--reported", "2009-12-19", input=text)
    assert result.exit_code == 0, result.output
    lines = tl("show", "--format", "plain").stdout.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [["1861-05", "Scott proposed the Anaconda Plan in May 1861."]]


def test_a_single_line_without_verb_is_kept(tl):
    # a tweet or a note: nothing follows it, so it is no heading
    result = tl("ingest", "-", "--reported", "2015-01-31", input="Happy new year 2015 from Singapore\n")
    assert result.exit_code == 0, result.output
    assert tl("show", "--format", "plain").stdout.split("\t")[0] == "2015"


def test_section_anchors_give_each_dated_heading_its_section():
    text = ("Anaconda Plan and blockade, 1861\n\nOn April 12, Confederates fired on Fort Sumter.\n\n"
            "Course of the war\n\nThe war went on.\n\nEnd of the war 1864-1865\n\nOn April 9, Lee surrendered.\n")
    timexes = extract(text, date(2009, 12, 19))
    anchors = section_anchors(text, timexes)
    assert [(text[a.start:a.end], a.timex.edtf) for a in anchors] == [
        ("Anaconda Plan and blockade, 1861", "1861"), ("End of the war 1864-1865", "1864/1865")]
    first, last = anchors
    assert text[first.end:first.section_end].strip().endswith("Fort Sumter.")  # up to the next heading
    assert last.section_end == len(text)
    assert [text[s:e] for s, e in find_headings(text)] == [
        "Anaconda Plan and blockade, 1861", "Course of the war", "End of the war 1864-1865"]


# A label opening with a participle is a heading even right after a paragraph's line, as a web
# page's text comes one paragraph a line ("Forming a sting jet" on a storm page).
LABELS = ["Forming a sting jet", "Looking ahead", "Making the bhindi masala",
          "Cutting and frying the bhindi"]
NOT_LABELS = [
    "Beijing Olympics open",  # a name in -ing, not a participle
    "Nothing to declare at the border",  # a pronoun in -ing
    "Spring in Paris",  # a noun in -ing
    "Boeing 747 orders",  # the -ing word is followed by no lower-case word: a name
    "Forming a sting jet was forecast",  # a finite verb: a statement
    "Course of the war",  # no participle: needs the blank line
]


@pytest.mark.parametrize("line", LABELS)
def test_participle_label_after_a_sentence_line(line):
    text = f"Pressure dropped by 24 millibars in a day.\n{line}\n{BODY}\n"
    start = text.index(line)
    assert is_heading(text, start, start + len(line))


@pytest.mark.parametrize("line", NOT_LABELS)
def test_not_participle_label(line):
    text = f"Pressure dropped by 24 millibars in a day.\n{line}\n{BODY}\n"
    start = text.index(line)
    assert not is_heading(text, start, start + len(line))


def test_participle_label_needs_the_line_before_to_end_a_sentence():
    # hard-wrapped text: the line before runs on into it, so it is no label
    text = f"Pressure dropped by 24 millibars in a day, with\nLooking ahead\n{BODY}\n"
    start = text.index("Looking ahead")
    assert not is_heading(text, start, start + len("Looking ahead"))


def test_participle_label_is_not_stored_and_links_nothing(tl):
    # a web page's text: a label between two paragraphs is no statement, so it cannot meet
    # another page's dated statement on its words
    text = ("The pressure fell to 953 millibars on Wednesday, a bomb cyclone.\nForming a sting jet\n"
            "Satellite images on Tuesday suggested a sting jet was forming.\n")
    result = tl("ingest", "-", "--reported", "2023-11-02", input=text)
    assert result.exit_code == 0, result.output
    texts = [line.split("\t")[1] for line in tl("show", "--format", "plain").stdout.splitlines()]
    assert "Forming a sting jet" not in texts and len(texts) == 2
