"""Session 25, parser26: a history told on past its year's last months crosses into the next year.

- extract.STORY_ORDER_CROSSING: in a history, a month named without a year, more than
  STORY_STEP_BACK months before the story's month, is the next year's when the story had reached
  its year's last months (STORY_LATE_MONTH on) with a date that wrote its year, in the same
  section (a heading restarts the story), outside a quotation, in a sentence with no past
  perfect; the story's year then moves on with it.
- rules "month": "the March" before a clause's end or a way ("along the March.", "the March to
  the Sea") is a march, not a month.
Each example fails with the rule off; each must-not case is the same with the rule on and off.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal import extract as ex
from timeline_cli.temporal.extract import extract
from tests.test_parser25 import WRITTEN, _history_value  # a history told decades on, one mention's value


# (text, mention, value)
CROSSING_MOVES = [
    ("Sherman reached Savannah in December 1864. His army was followed by thousands of freed slaves. "
     "Union forces won a decisive victory at Five Forks on April 1, forcing Lee to evacuate Richmond.",
     "April 1", "1865-04-01"),
    ("On 26 October 1955, Diem declared the new Republic of Vietnam. As a Catholic, Diem was viewed by "
     "many as part of the old elite.\nIn May, Diem undertook a state visit to the United States.",
     "May", "1956-05"),
    ("In November 1967 Westmoreland spoke before the National Press Club. The public was shocked by Tet. "
     "Westmoreland became Chief of Staff of the Army in March.", "March", "1968-03"),
]

# the story's year moves on with the crossing: a month after it is in the new year too
CROSSING_THEN = ("On 26 October 1955, Diem declared the new Republic of Vietnam.\nIn May, Diem undertook a "
                 "state visit to the United States. In June, he returned to Saigon.", "June", "1956-06")

# a step back, a month the story lent its year, a past perfect, a quotation, a new section, a
# story not yet at its year's last months: the story's own year, as before
CROSSING_KEPT = [
    ("The Politburo authorized the intervention on 2 October 1950. In September, in Moscow, Zhou Enlai "
     "added force to the cables.", "September", "1950-09"),
    ("The war went on in 1944. The army reached the river in November. In May, the rains came.",
     "May", "1944-05"),
    ("Sherman reached Savannah in December 1864. In May, his army had crossed the Ocmulgee.", "May", "1864-05"),
    ('Sherman reached Savannah in December 1864. He wrote: "In May we marched through Georgia."',
     "May", "1864-05"),
    ("Sherman reached Savannah in December 1864.\n\nThe western theatre\n\nIn May, Union troops marched "
     "into Georgia.", "May", "1864-05"),
    ("The fighting began in August 1864. In February, the army rested.", "February", "1864-02"),
]


@pytest.mark.parametrize("text, words, value", CROSSING_MOVES + [CROSSING_THEN])
def test_a_story_told_on_crosses_the_year(text, words, value):
    assert _history_value(text, words) == value


@pytest.mark.parametrize("text, words, value", CROSSING_MOVES + [CROSSING_THEN])
def test_crossing_moves_fail_with_the_rule_off(monkeypatch, text, words, value):
    monkeypatch.setattr(ex, "STORY_ORDER_CROSSING", False)
    assert _history_value(text, words) != value


@pytest.mark.parametrize("text, words, value", CROSSING_KEPT)
def test_no_crossing_out_of_story_order(monkeypatch, text, words, value):
    assert _history_value(text, words) == value
    monkeypatch.setattr(ex, "STORY_ORDER_CROSSING", False)
    assert _history_value(text, words) == value


def test_news_is_not_a_story_crossing(monkeypatch):
    text = "Prices peaked in November 2004, traders said. In May, they fell again."
    values = [t.value for t in extract(text, date(2005, 6, 10), mode="news")]
    monkeypatch.setattr(ex, "STORY_ORDER_CROSSING", False)
    assert [t.value for t in extract(text, date(2005, 6, 10), mode="news")] == values


def test_writes_year():
    specs = {t.text: t for t in extract("In December 1864 and in May, on April 1, 1865.", WRITTEN)}
    assert set(specs) == {"December 1864", "May", "April 1, 1865"}
    found = list(ex.scan("In December 1864 and in May.", ex._lang.get("en")))
    assert [ex._writes_year(f[3]) for f in found] == [True, False]


# ---- rules "month": "the March" as a noun
@pytest.mark.parametrize("text", [
    "There were no major battles along the March. Sherman turned north.",
    "The March to Versailles is but one example of militant activism.",
    "He joined the March on Washington in 1963.",
])
def test_the_march_is_no_month(text):
    assert all(t.text != "March" for t in extract(text, WRITTEN))


@pytest.mark.parametrize("text, value", [
    ("Sales in the March quarter fell.", "2009-03"),
    ("The May figures were weak, traders said.", "2009-05"),
    ("He came back in the May of 1865.", "1865-05"),
])
def test_the_month_before_its_noun_stays(text, value):
    assert value in [t.value for t in extract(text, WRITTEN)]


# ---- extract.STORY_MONTH_SPAN: a history's span of months across a year end holds the story's month
SPAN_MOVES = [
    ("They landed on Luzon in January 1945 and seized Manila in March. British forces defeated the "
     "Japanese in Burma from October to March, then pushed on to Rangoon by May 3.",
     [("October", "1944-10"), ("to March", "1945-03"), ("May 3", "1945-05-03")]),
    ("The army reached the coast in November 1944. It held the line from October to March.",
     [("October", "1944-10"), ("to March", "1945-03")]),
]

# a span within one year, or a story at no month: as before
SPAN_KEPT = [
    ("The army reached the coast in June 1944. It held the line from March to October.",
     [("March", "1944-03"), ("October", "1944-10")]),
    ("The army reached the coast in 1944. It held the line from October to March.",
     [("October", "1944-10")]),
]


def _history_values(text: str, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    found = {t.start: t.value for t in extract(text, WRITTEN, mode="narrative")}
    out = []
    for words, _value in pairs:
        at = text.index(words) + (3 if words.startswith("to ") else 0)
        out.append((words, found[at]))
    return out


@pytest.mark.parametrize("text, pairs", SPAN_MOVES)
def test_a_story_span_holds_the_story_month(monkeypatch, text, pairs):
    assert _history_values(text, pairs) == pairs
    monkeypatch.setattr(ex, "STORY_MONTH_SPAN", False)
    assert _history_values(text, pairs) != pairs


@pytest.mark.parametrize("text, pairs", SPAN_KEPT)
def test_no_story_span_kept(monkeypatch, text, pairs):
    assert _history_values(text, pairs) == pairs
    monkeypatch.setattr(ex, "STORY_MONTH_SPAN", False)
    assert _history_values(text, pairs) == pairs


# ---- extract.COMPARED_PASSING: a history's date a comparison is made with leaves the story's year
COMPARED_PASSING_MOVES = [
    ("The surge went on in 2008. Civilian deaths numbered 490 in November 2008 as against 3,500 in "
     "January 2007. Meanwhile, the army launched a spring offensive.", "spring", "2008-SP"),
    ("The surge went on in 2008. Attacks fell, as opposed to a peak of nearly 1,600 in summer 2007. "
     "By October, the town was secure.", "October", "2008-10"),
    ("The surge went on in 2008. Losses were under 100 a month, from a high of 300 in summer 2007. "
     "In March, the army moved on Basra.", "March", "2008-03"),
    ("The casualty figure in 2008 was 314 against a figure of 904 in 2007. In March, the army moved on "
     "Basra.", "March", "2008-03"),
]

# no comparison: the date moves the story as before
COMPARED_PASSING_KEPT = [
    ("The surge went on in 2008. Attacks peaked in summer 2007. By October, the town was secure.",
     "October", "2007-10"),
    ("The war went on in 1944. The army fought against the Germans in 1943. In March, it moved on.",
     "March", "1943-03"),
]


@pytest.mark.parametrize("text, words, value", COMPARED_PASSING_MOVES)
def test_a_compared_date_leaves_the_story(monkeypatch, text, words, value):
    assert _history_value(text, words) == value
    monkeypatch.setattr(ex, "COMPARED_PASSING", False)
    assert _history_value(text, words) != value


@pytest.mark.parametrize("text, words, value", COMPARED_PASSING_KEPT)
def test_an_uncompared_date_moves_the_story(monkeypatch, text, words, value):
    assert _history_value(text, words) == value
    monkeypatch.setattr(ex, "COMPARED_PASSING", False)
    assert _history_value(text, words) == value


# ---- rules "long-weekend": a long weekend is one weekend, the one at hand, marked "weekend"
@pytest.mark.parametrize("text, reported, value", [
    ("Take some time off this long weekend with us!", date(2014, 2, 1), "2014-W05-WE"),     # its Saturday
    ("I got long weekend yay!", date(2013, 9, 26), "2013-W39-WE"),                          # a Thursday
    ("so having a long weekend ?", date(2013, 2, 22), "2013-W08-WE"),
    ("Aft a long weekend full of wedding!", date(2014, 12, 14), "2014-W50-WE"),             # its Sunday
    ("We rested last long weekend.", date(2014, 12, 10), "2014-W49-WE"),
    ("Trading slowed ahead of the long weekend.", date(1997, 4, 30), "1997-W18-WE"),
])
def test_a_long_weekend_is_the_weekend_at_hand(text, reported, value):
    assert [(t.text, t.type, t.value) for t in extract(text, reported)] == [("weekend", "DATE", value)]


@pytest.mark.parametrize("text, found", [
    ("We spent a weekend in Paris.", ("a weekend", "DURATION", "P2D")),
    ("Three long weekends a year are plenty.", ("Three long weekends", "DURATION", "P6D")),
    ("It took a long week.", ("a long week", "DURATION", "P1W")),
])
def test_other_weekends_keep_their_length(text, found):
    assert [(t.text, t.type, t.value) for t in extract(text, date(2014, 2, 1))] == [found]
