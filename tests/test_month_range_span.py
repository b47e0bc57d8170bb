"""A yearless span of whole months in one year takes its year as one stretch (Session 20,
parser21; resolve.MONTH_RANGE_SPAN).

"the January-September period" in a November report is this year's first nine months: its end
is two months back. Resolved by its first month alone, the soft pick put the coming January
(two months ahead) before the last one (ten back), a span that had not begun. The span's
distance is now from its nearer end, weighed by the tense as a month is.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal import resolve as rs

from _rule_cases import mention_value

NOV17 = date(2005, 11, 17)

# each fails with the rule off
MOVES = [
    ("Farmers' income went up 10.3 percent to 6,998 yuan in the January-September period, the commission said.",
     "January-September", "2005-01"),
    ("The report said the economy grew more than expected in the July-September period.", "July-September", "2005-07"),
    ("Korea remained the largest partner, with a quarter of the total in January-October period.",
     "January-October", "2005-01"),
    ("Seizures were more than double the monthly average for the January-June period, an official said.",
     "January-June", "2005-01"),
]

# must not move (the same with the rule on and off)
KEPT = [
    ("The economy will grow 2 percent in the January-March quarter.", "January-March", "2006-01"),
    ("Output rose in January-October.", "January-October", "2005-01"),
    ("The Royal Trophy, to be held on January 5-8, has been sanctioned by the Asian Tour.", "January 5-8", "2006-01-05"),
    ("Heating demand will be high in the December-February period.", "December-February", "2005-12"),
]


@pytest.mark.parametrize("sentence, mention, value", MOVES + KEPT)
def test_a_month_span_takes_one_year(sentence, mention, value):
    assert mention_value(sentence, NOV17, mention) == value


@pytest.mark.parametrize("sentence, mention, value", MOVES)
def test_the_moves_fail_with_the_rule_off(monkeypatch, sentence, mention, value):
    monkeypatch.setattr(rs, "MONTH_RANGE_SPAN", False)
    assert mention_value(sentence, NOV17, mention) != value


@pytest.mark.parametrize("sentence, mention, value", KEPT)
def test_the_kept_are_the_same_with_the_rule_off(monkeypatch, sentence, mention, value):
    monkeypatch.setattr(rs, "MONTH_RANGE_SPAN", False)
    assert mention_value(sentence, NOV17, mention) == value
