"""bench/eval_timex.py scores a value right when the gold says the same value in another
notation (session 19, parser19: the tweets gold writes a year "2014-XX-XX" and restates a
day's own weekday, "2012-06-15-WXX-5TNI", an ISO week's month, "2014-10-W44", and hours without
their T, "P12H"; session 22: the AQUAINT gold, a week without its leading zero, "2000-W7"),
and only then."""

from __future__ import annotations

import pytest
from _bench import bench_module


@pytest.mark.parametrize("gold, system", [
    ("2014-XX-XX", "2014"),
    ("1943-07-XX", "1943-07"),
    ("2012-06-15-WXX-5TNI", "2012-06-15TNI"),  # 15 June 2012 was a Friday
    ("2014-05-04-WXX-7", "2014-05-04"),  # a Sunday
    ("2013-04-13-WXX-6T19:00", "2013-04-13T19:00"),
    ("2014", "2014"),
    ("2014-10-W44", "2014-W44"),  # ISO week 44 of 2014 lies in October
    ("2015-01-W02", "2015-W02"),
    ("P12H", "PT12H"),
    ("2000-W7", "2000-W07"),  # session 22: the AQUAINT gold writes a week without its leading zero
    ("2000-W2-WE", "2000-W02-WE"),
])
def test_the_same_value_in_another_notation_is_right(gold, system):
    assert bench_module("eval_timex").same_value(gold, system)


@pytest.mark.parametrize("gold, system", [
    ("2014-XX-XX", "2015"),
    ("2014-12-12-WXX-5", "2014-12-19"),  # another Friday
    ("2014-12-12-WXX-4", "2014-12-12"),  # the gold's weekday is not the day's own
    ("2013-04-13-WXX-6T19:00", "2013-04-13"),  # the gold has a clock time
    ("2014-03-W44", "2014-W44"),  # the week does not lie in that month
    ("P3M", "PT3M"),  # three months, not three minutes
    ("XXXX-WXX-1TMO", "2014-12-15TMO"),
    ("2014-XX-XX", None),
    ("2000-W7", "2000-W05"),  # another week
    ("2000-W7", "2000-W70"),
])
def test_another_value_is_wrong(gold, system):
    assert not bench_module("eval_timex").same_value(gold, system)
