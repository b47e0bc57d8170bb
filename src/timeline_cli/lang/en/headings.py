"""English cues for headings and captions (`temporal/headings.py`): lines that title what follows.

A heading has no finite verb: "Anaconda Plan and blockade, 1861", "Northern Expedition
(1926-1928) and KMT-CPC split", "Course of the war". Headline-style present tenses ("Allies
close in", "War breaks out in Europe") carry no auxiliary or past tense and pass as headings
too, as headlines are titles, not statements. A line with an auxiliary, a modal, a reporting
verb or a lower-case past tense ("Troops were seen near the border", "Kursk offensive
stalled") is a statement.
"""

from __future__ import annotations

import re

HEADING_MAX_WORDS = 14
# A finite verb: an auxiliary or modal, or a lower-case past tense ("stalled", "fell"); title-case
# words ("United States") and "-ing" forms ("Growing tensions") are not counted.
FINITE_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|"
    r"might|must|won't|can't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|didn't|doesn't|"
    r"said|says|told|took|made|came|went|fell|rose|began|ended|won|lost|saw|led|met|fought|"
    r"became|gave|got|held|left|sent|beat|[a-z]{3,}ed)\b")
# What opens a list item, not a heading ("- 1962: ...", "* ", "1.", "(a)").
LIST_ITEM_RE = re.compile(r"^\s*(?:[-*•·–—]|\(?\w\)|\d+[.)])\s")
# A line that starts with a date is a dated list item ("1862: ...", "March 3 – ...", "Sunday"),
# not a heading.
DATE_START_RE = re.compile(
    r"^\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.IGNORECASE)
# Markdown or numbered section marks a heading may start with ("## Axis advances", "3.2 Aftermath").
HEADING_MARK_RE = re.compile(r"^\s*(?:#{1,6}\s+|\d+(?:\.\d+)+\s+)")
# A label that opens with a participle ("Forming a sting jet", "Looking ahead", "Making the
# bhindi masala", "Coming from garbage-collected languages"): a heading even with no blank line
# before it, as a web page's paragraphs come one a line. The -ing word is followed by a
# lower-case word or ends the line ("Beijing Olympics", "Boeing 747" are names), and is no
# pronoun, preposition or noun in -ing ("Nothing to declare", "During the war", "Spring in Paris").
LABEL_START_RE = re.compile(
    r"^(?!(?:(?:Some|No|Any|Every)?thing|During|Morning|Evening|Spring|String|Ceiling|Darling|Beijing|"
    r"Wyoming)\b)[A-Z][a-z]+ing(?:\s+[a-z]|\s*$)")
