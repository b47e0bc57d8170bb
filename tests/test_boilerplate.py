"""Page furniture never becomes an event, whatever the reader (issue 14): the English words are
the language pack's (lang/en/boilerplate.py), the filter is the engine's (temporal/boilerplate.py)."""

from __future__ import annotations

import re

import pytest

from timeline_cli import lang
from timeline_cli.temporal.boilerplate import is_boilerplate
from _linear import assert_linear

EN = lang.get("en")


@pytest.mark.parametrize("pattern, example", EN.BOILERPLATE_LINES)
def test_each_pattern_matches_its_example(pattern, example):
    assert re.search(pattern, example, re.IGNORECASE), example
    assert is_boilerplate(example)


@pytest.mark.parametrize("pattern, example", [(p, e) for p, e in EN.BOILERPLATE_LINES if not p.startswith("^")])
def test_each_pattern_searched_inside_a_sentence_holds_a_gate_word(pattern, example):
    # The engine searches these only in a sentence holding a gate word (the rest are tried at
    # its start): a pattern whose matches hold none would silently never fire.
    match = re.search(pattern, example, re.IGNORECASE).group().lower()
    assert any(word in match for word in EN.BOILERPLATE_SEARCH_WORDS), (pattern, match)


@pytest.mark.parametrize("sentence", EN.BOILERPLATE_NOT)
def test_statements_that_look_like_furniture_are_kept(sentence):
    assert not is_boilerplate(sentence)


PASTED = """Council approves harbour plan
By Jane Doe and John Roe
Updated 10:42 AM EST, Thu November 2, 2023
The city council approved the harbour plan on November 1 after a long debate.
Work on the quay starts in June 2024, the mayor said.
Photo: John Roe/Reuters
Write to Jane Doe at jane.doe@example.com
Copyright 2023 Example News Ltd. All rights reserved.
Sign up for our morning briefing newsletter.
Follow us on Twitter for updates since 2010.
— Jane Roe (@janeroe) November 2, 2023
Never miss the latest news by signing up to our newsletter today!
You need to enable JavaScript to run this app.
Ahmed AH ,Nicholson KG ,et al .
Proc Natl Acad Sci U S A. 1996;93:3043-7.
Springer; 1980. p. 263-267.
"""


def test_pasted_page_text_keeps_only_statements(tl):
    result = tl("ingest", "-", "--dry-run", "--reported", "2023-11-02", input=PASTED)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines == ["2023-11-01\tThe city council approved the harbour plan on November 1 after a long debate.",
                     "2024-06\tWork on the quay starts in June 2024, the mayor said."], lines


# ---- hostile sentences: every pattern stays linear (a '^\W*' before a look-ahead over the rest
# of the sentence was quadratic on a line of dashes)

@pytest.mark.parametrize("unit", ["-", "— ", "AB CD, "])
def test_furniture_test_is_linear_on_hostile_sentences(unit):
    assert_linear(is_boilerplate, lambda n: "(@" + unit * (n // len(unit) + 1), what=f"is_boilerplate on {unit!r} * N",
                  max_n=1 << 15)


# ---- code listings a page shows are no statements, dated or not; prose with a call or
# brackets is kept

CODE = """Date: 2019-01-10

pycon_2019 = date(2019, 5, 1); home = Path('/home/trey'); print(pycon_2019)

The conference opened on May 1, 2019 (see the schedule), the organisers said.

Point = type('Point', (), {'__slots__': ('x', 'y'), '__init__': init})
"""


def test_a_code_listing_gives_no_event_through_the_cli(tl):
    result = tl("ingest", "-", "--dry-run", input=CODE)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "2019-05-01\tThe conference opened on May 1, 2019 (see the schedule), the organisers said."]


@pytest.mark.parametrize("sentence, code", [
    ("pycon_2019 = date(2019, 5, 1); home = Path('/home/trey'); print(pycon_2019)", True),
    ("from pathlib import Path path = Path('.editorconfig') with open(path) as f: f.write('x')", True),
    ("The ratio f(x) rose in 2019 (see Table 2), the bank said.", False),
    ("The company (NYSE: ABC) said on Monday (Oct. 3) that sales rose.", False),
    ("Sales rose 5% (to $3 billion) in 2019, compared with 2018 (when they fell).", False),
])
def test_code_is_told_from_prose_with_brackets(sentence, code):
    from timeline_cli.temporal.boilerplate import is_code
    assert is_code(sentence) is code


def test_code_test_is_linear():
    from timeline_cli.temporal.boilerplate import is_code
    assert_linear(is_code, lambda n: "a = f(x); " * (n // 10 + 1), what="is_code on 'a = f(x); ' * N", max_n=1 << 15)
