"""A present of a scheduled happening governing a bare month or weekday reads it ahead
(Session 17, parser17; extract.SCHEDULED_AHEAD, lang/en SCHEDULED_PRESENT).

"The lease expires in September" in a November report is the coming September: a schedule, not the
nearer September gone, however the tense's lean alone would weigh the two. A habitual present
("reports in April"), a past ("expired"), an infinitive of another verb ("had been due to
expire Friday") and a month-day ("begins April 1": a calendar fact, often the one just gone)
are not moved.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal import extract as ex
from timeline_cli.temporal.extract import extract

from _rule_cases import mention_value

NOV6 = date(2024, 11, 6)  # a Wednesday

# each fails with the rule off (the nearer past reading wins)
MOVES = [
    ("The lease expires in September.", "September", "2025-09"),
    ("The offer closes in March.", "March", "2025-03"),
    ("The new rules take effect in March.", "March", "2025-03"),
    ("The season starts in September.", "September", "2025-09"),
    ("The talks begin in early September.", "early September", "2025-09"),
    ("The payment is due in October.", "October", "2025-10"),
    ("The store closes on Monday.", "Monday", "2024-11-11"),
    ("The window closes Monday.", "Monday", "2024-11-11"),
    ("The ban lapses in August, officials said.", "August", "2025-08"),
    # session 19, parser19: what a statement comes ahead of is a coming happening
    ("He fell victim to rival factions ahead of the presidential election in September.", "September", "2025-09"),
    ("She was horrified at a clean-up of the streets ahead of the celebrations in September.", "September",
     "2025-09"),
]

# must not move (the same with the rule on and off)
KEPT = [
    ("The company reports in April.", "April", "2024-04"),
    ("The lease expired in April.", "April", "2024-04"),
    ("The lease, which expired in April, was renewed.", "April", "2024-04"),
    ("The team got off to a slow start in September.", "September", "2024-09"),
    ("The talks ended in September.", "September", "2024-09"),
    ("It had been due to expire Monday evening.", "Monday evening", "2024-11-04TEV"),
    ("The court met on Monday.", "Monday", "2024-11-04"),
    ("He was jailed in September and is expected to appeal.", "September", "2024-09"),
    # a happening that came ahead of the date's ("ahead of" the statement's time, not before the date)
    ("The vote was held ahead of schedule in September.", "September", "2024-09"),
    ("Ahead of the talks, the envoy arrived in September.", "September", "2024-09"),
]


@pytest.mark.parametrize("sentence, mention, value", MOVES + KEPT)
def test_a_scheduled_present_reads_its_month_or_weekday_ahead(sentence, mention, value):
    assert mention_value(sentence, NOV6, mention) == value


@pytest.mark.parametrize("sentence, mention, value", MOVES)
def test_the_moves_fail_with_the_rule_off(monkeypatch, sentence, mention, value):
    monkeypatch.setattr(ex, "SCHEDULED_AHEAD", False)
    assert mention_value(sentence, NOV6, mention) != value


@pytest.mark.parametrize("sentence, mention, value", KEPT)
def test_the_kept_are_the_same_with_the_rule_off(monkeypatch, sentence, mention, value):
    monkeypatch.setattr(ex, "SCHEDULED_AHEAD", False)
    assert mention_value(sentence, NOV6, mention) == value


def test_a_month_day_is_no_schedule():
    # "India's financial year begins April 1" twelve days after it: that April 1
    found = {t.text: t for t in extract("India's financial year begins April 1.", date(1997, 4, 13))}
    assert found["April 1"].value == "1997-04-01"
