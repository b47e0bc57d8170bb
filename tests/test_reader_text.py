"""Text pasted from a browser: the headline above a byline is the title, not an event, and the
byline ("Jane Roe", "PhillyVoice Staff") is no event either; other texts are read as they are."""

from __future__ import annotations

import re

import pytest

from timeline_cli.readers.text import pasted_headline, read
from timeline_cli.store import load

PASTED = """Philadelphia council approves $2 billion harbour plan for 2026
Jane Roe
PhillyVoice Staff
March 15, 2024

The council voted on 12 March 2024 to approve the harbour plan after a long debate.
"""


def test_a_markdown_heading_above_a_byline_is_the_title() -> None:
    [doc] = read(b"# Council approves harbour plan\n\nBy Jane Roe\n\nThe council voted on 12 March 2024.\n",
                 origin="a.md")
    assert doc.title == "Council approves harbour plan" and doc.text.startswith(" " * 31 + "\n")


@pytest.mark.parametrize("byline", ["By Jane Roe", "Jane Roe PhillyVoice Staff", "Jane Roe\nStaff Writer",
                                    "JANE ROE, Contributing Writer"])
def test_a_headline_above_a_byline_is_the_title(byline: str) -> None:
    text = f"  Council approves harbour plan for 2026\n{byline}\n\nThe council voted on 12 March 2024.\n"
    [doc] = read(text.encode(), origin="a.txt")
    assert doc.title == "Council approves harbour plan for 2026"
    assert len(doc.text) == len(text) and doc.text.endswith(text[text.index("\n"):])  # offsets kept
    assert "2026" not in doc.text


@pytest.mark.parametrize("text", [
    "Troops crossed the border on 4 November 2024\nThe next day they advanced.\n",  # no byline
    "Date: 2024-11-06\nBy Jane Roe\nTroops crossed the border.\n",                 # a header line
    "The council voted on 12 March 2024 to approve the plan.\nBy Jane Roe\n",       # a sentence
    "Council approves plan for 2026\nThe vote came after a debate. It was long.\nBy Jane Roe\n",
    "Hospital Staff walked out on Monday\n",
])
def test_other_texts_keep_their_first_line(text: str) -> None:
    assert pasted_headline(text) is None
    [doc] = read(text.encode(), origin="a.txt")
    assert doc.text == text and doc.title == ""


def test_pasted_text_through_the_cli(tl, tmp_path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_text(PASTED, encoding="utf-8")
    assert tl("ingest", str(path)).exit_code == 0
    events = load(tl.store)
    assert [e.when for e in events] == ["2024-03-12"] and events[0].reported.isoformat() == "2024-03-15"
    assert not any("Roe" in e.text or "Staff" in e.text for e in events)
    shown = tl("show", events[0].id).stdout
    assert re.search(r"^title +Philadelphia council approves \$2 billion harbour plan for 2026$", shown, re.M)
