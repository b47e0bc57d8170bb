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


# ... and a simple past governs its yearless month through a name or a bare noun phrase of up to
# four words ("killed Hariri in February"; the pack's GOVERNED_OBJECT_WIDE, extract.GOVERNED_WIDE):
# the month gone, not the coming one. The first five fail with the switch off.
DEC = date(2005, 12, 12)
WIDE = [
    ("It was the worst attack since the blast that killed Hariri in February.", "February", "2005-02"),
    ("Protests followed since the king assumed total control in February.", "February", "2005-02"),
    ("The rift deepened after Hamas defeated Fatah in legislative elections in January.", "January", "2005-01"),
    ("Rebels seized Kisangani in January.", "January", "2005-01"),
    ("Iran is behind a bomb attack that killed 19 US servicemen in February, officials say.", "February", "2005-02"),
]
WIDE_KEPT = [
    # must not: a future or a perfect in the clause; a verb of saying or setting; an infinitive
    ("The company said it will redeem 9.5 million preferred shares on Jan. 31.", "Jan. 31", "2006-01-31"),
    ("Demand will soar once the draw has taken place in Leipzig on Dec. 19.", "Dec. 19", "2005-12-19"),
    ("They agreed to hold talks in January.", "January", "2006-01"),
    ("He said the vote in January would be free.", "January", "2006-01"),
]


@pytest.mark.parametrize(("sentence", "mention", "value"), WIDE + WIDE_KEPT)
def test_a_simple_past_governs_its_month_through_a_bare_object(sentence, mention, value):
    assert mention_value(sentence, DEC, mention) == value


def test_governed_wide_switched_off(monkeypatch):
    from timeline_cli.temporal import extract

    monkeypatch.setattr(extract, "GOVERNED_WIDE", False)
    # (session 20, parser21: the longer chain of LONG_CHAIN_PAST covers these short ones too)
    monkeypatch.setattr(extract, "LONG_CHAIN_PAST", False)
    for sentence, mention, value in WIDE:
        assert mention_value(sentence, DEC, mention) != value, sentence
