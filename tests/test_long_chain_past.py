"""A simple past binds the yearless month or day at the end of its longer object or adjunct chain
(Session 20, parser21; extract.LONG_CHAIN_PAST, lang/en LONG_CHAIN_*).

"Livedoor launched an unusually aggressive takeover bid in February", in a December report, is the
February gone: the verb's own past, however much nearer the coming February is (the soft pick let
a month two months ahead beat one ten months back against a weak past). Only in the verb's own
clause with no comma, no clause word, no word of planning or of what lies ahead between, the verb
no verb of saying, setting, waiting or aiming, the date not a coming happening's ("a meeting in
January", "crude for delivery in January"), and not under a condition.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal import extract as ex

from _rule_cases import mention_value

DEC16 = date(2006, 12, 16)
NOV3 = date(2006, 11, 3)
APR24 = date(1997, 4, 24)

# each fails with the rule off (the nearer coming month wins against the past)
MOVES = [
    ("Upstart Internet firm Livedoor launched an unusually aggressive takeover bid in February for a crucial Fuji unit.",
     DEC16, "February", "2006-02"),
    ("Warne began the year with a five-wicket haul in the final Test against Pakistan at the Sydney Cricket Ground "
     "in January on the way to a 3-0 series whitewash.", DEC16, "January", "2006-01"),
    ("When the reporter approached the mayor at a public function in February, the mayor asked him to leave.",
     DEC16, "February", "2006-02"),
    ("Sassou-Nguesso, who was elected African Union (AU) chairman for the 2006 session at the sixth AU summit in the "
     "Sudanese capital Khartoum in January, spoke positively of the relations.", NOV3, "January", "2006-01"),
    ("The remaining nine were freed four months later following a military operation in May.", APR24, "May", "1996-05"),
    ("The party leaders were arrested at the end of a party congress here on June 23.", APR24, "June 23", "1996-06-23"),
]

# must not move (the same with the rule on and off)
KEPT = [
    # a noun of delivery, payment, a coming happening at the date
    ("New York's main contract, light sweet crude for delivery in January, rose 47 cents.", DEC16, "January", "2007-01"),
    ("The unions accepted the offer of an interim pay rise of 0.3 percent pending wage talks in January.",
     DEC16, "January", "2007-01"),
    ("The rebels accepted the proposal for peace talks in January.", DEC16, "January", "2007-01"),
    ("The minister announced a meeting of the cabinet in January.", DEC16, "January", "2007-01"),
    # a verb of waiting, an adjective, a copula, a condition
    ("Foreign investors helped the market climb as they awaited an increase in the foreign shareholding limit on May 1.",
     APR24, "May 1", "1997-05-01"),
    ("Check out the newly launched yoga classes for free in February.", date(2014, 1, 27), "February", "2014-02"),
    ("The arrival was the most tangible sign yet of the change of sovereignty on July 1.", APR24, "July 1", "1997-07-01"),
    ("If the government fell on Dec. 8, a vote would likely take place in mid-January.", date(2005, 11, 7),
     "Dec. 8", "2005-12-08"),
    # a future or a comma between
    ("The company said it would launch a new takeover bid in February.", DEC16, "February", "2007-02"),
    ("The company launched a bid, and a new offer follows in February.", DEC16, "February", "2007-02"),
]


@pytest.mark.parametrize("sentence, dct, mention, value", MOVES + KEPT)
def test_a_long_chain_takes_its_verbs_past(sentence, dct, mention, value):
    assert mention_value(sentence, dct, mention) == value


@pytest.mark.parametrize("sentence, dct, mention, value", MOVES)
def test_the_moves_fail_with_the_rule_off(monkeypatch, sentence, dct, mention, value):
    monkeypatch.setattr(ex, "LONG_CHAIN_PAST", False)
    assert mention_value(sentence, dct, mention) != value


@pytest.mark.parametrize("sentence, dct, mention, value", KEPT)
def test_the_kept_are_the_same_with_the_rule_off(monkeypatch, sentence, dct, mention, value):
    monkeypatch.setattr(ex, "LONG_CHAIN_PAST", False)
    assert mention_value(sentence, dct, mention) == value
