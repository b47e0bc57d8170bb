"""Session 18, parser18: a yearless date governed by the past of a fixed phrase ("took effect on
Jan. 1", "went into effect in January", "came into force", "took office", "took place") is that
past's, however near the coming one is in a November report (the pack's GOVERNED_OBJECT; the
present "takes effect on Jan. 1" stays the coming one, SCHEDULED_PRESENT). The first five fail
with the phrase alternative removed."""

from __future__ import annotations

from datetime import date

import pytest

from tests._rule_cases import mention_value

REPORTED = date(2006, 11, 16)


@pytest.mark.parametrize(("sentence", "mention", "value"), [
    ("The tariff took effect on Jan. 1.", "Jan. 1", "2006-01-01"),
    ("The law went into effect in January.", "January", "2006-01"),
    ("The treaty came into force on Jan. 1.", "Jan. 1", "2006-01-01"),
    ("He took office in January.", "January", "2006-01"),
    ("The law, which took effect on Jan. 1, is strict.", "Jan. 1", "2006-01-01"),
    # must not: the present or the future of the phrase is the coming one
    ("The law takes effect on Jan. 1.", "Jan. 1", "2007-01-01"),
    ("The law will take effect on Jan. 1.", "Jan. 1", "2007-01-01"),
    ("The law is to take effect in January.", "January", "2007-01"),
])
def test_the_past_of_a_fixed_phrase_governs_its_date(sentence, mention, value):
    assert mention_value(sentence, REPORTED, mention) == value
