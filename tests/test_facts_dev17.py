"""Rules made on the errors of `dev17`, the first cross-outlet gold (session 17): a vote won told
as "was elected (new) leader" or "emerged as the winner" is one act (`lang.en.facts.WON_VOTE`),
and two forecasts of one future day made on other days with other numbers are two
(`facts.OTHER_FORECASTS`, `lang.en.facts.forecast`). Each example fails with its switch off;
each must-not is a test of its own."""

from __future__ import annotations

from datetime import date

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import filler, pack_flags_off, rev


FILLER = filler(2005, 11) + filler(2005, 12)


def _facts(*events: Event) -> list[str]:
    fact_of = facts.group([*events, *FILLER])
    return [fact_of[e.id] for e in events]


# --- A vote won, however told (`lang.en.facts.WON_VOTE`)

ELECTED = rev("Israeli trade union chief Amir Peretz was unexpectedly elected new leader of the dovish centre-left "
              "Labor Party in an election on Wednesday, defeating Vice Premier Shimon Peres.", "2005-11-09",
              "xin/1110", date(2005, 11, 10))
WINNER = rev("Peretz emerged as the winner during a leadership election on Nov. 9, replacing the veteran Labor chief "
             "Shimon Peres.", "2005-11-09", "xin/1128", date(2005, 11, 28))
# another contest, other words, made up: the same act
CHAIR = rev("Union veteran Maria Lopez was elected chairwoman of the Pacific Dockers Federation on Sunday, "
            "defeating incumbent Tom Baker.", "2006-03-12", "ap/0313", date(2006, 3, 13))
CHAIR_WON = rev("Lopez emerged as the clear winner of the Pacific Dockers Federation vote on March 12, ousting "
                "Baker.", "2006-03-12", "afp/0320", date(2006, 3, 20))


def test_elected_and_emerged_the_winner_read_as_one_act():
    assert en.main_verb(ELECTED.text) == en.main_verb(WINNER.text) == "win"
    assert en.main_verb("Smith won the party leadership vote on Tuesday.") == "win"
    assert en.main_verb("She was elected president in 1998.") == "win"
    assert "president" in en.terms("She was elected president in 1998.")  # (the office stays a term)


def test_elected_or_emerged_alone_is_no_vote_won():
    assert en.main_verb("Elected officials went as far as to say it.") != "win"
    assert en.main_verb("The newly elected Labor Party leader Amir Peretz reiterated his intention.") != "win"
    assert en.main_verb("Voters elected a new parliament on Sunday.") != "win"
    assert en.main_verb("He emerged from the talks on Sunday.") != "win"
    assert en.main_verb("The party elected to stay in the coalition.") != "win"


def test_a_vote_won_told_two_ways_links():
    for pair in ((ELECTED, WINNER), (CHAIR, CHAIR_WON)):
        a, b = _facts(*pair)
        assert a == b
        with pack_flags_off("WON_VOTE"):
            a, b = _facts(*pair)
        assert a != b


def test_two_copies_of_an_elected_sentence_stay_linked():
    # (the office is the phrase's object: dropped from the terms, it split these two copies)
    one = rev("Bouteflika, born in March 1937, was elected president in 1998 and secured a second term in office "
              "in April 2004.", "2004-04", "xin/1126a", date(2005, 11, 26))
    two = rev("Bouteflika, born in March 1937, was elected president in 1999 and secured a second term in office "
              "in April 2004.", "2004-04", "xin/1126b", date(2005, 11, 26))
    a, b = _facts(one, two)
    assert a == b


def test_the_winner_and_his_later_act_stay_apart():
    later = rev("The newly elected Labor Party leader Amir Peretz reiterated his intention Thursday to pull the party "
                "out of Prime Minister Ariel Sharon's coalition government.", "2005-11-10", "xin/1110b",
                date(2005, 11, 10))
    a, b = _facts(WINNER, later)
    assert a != b


# --- Two forecasts of one future day (`facts.OTHER_FORECASTS`)

POLL = rev("The survey found Kadima was on course to emerge as the largest party with 39 seats after the March 28 "
           "election, comfortably ahead of the centre-left Labour with 22.", "2006-03-28", "afp/1207",
           date(2005, 12, 7))
OTHER_POLL = rev("The latest survey published by the Yediot Aharonot daily found that Kadima is on course to win 41 "
                 "of the 120 Knesset seats in the March 28 election, 20 more than its nearest rival, the "
                 "centre-left Labour party.", "2006-03-28", "afp/1212", date(2005, 12, 12))


def test_two_polls_of_other_days_are_two(monkeypatch):
    a, b = _facts(POLL, OTHER_POLL)
    assert a != b
    monkeypatch.setattr(facts, "OTHER_FORECASTS", False)
    a, b = _facts(POLL, OTHER_POLL)
    assert a == b


def test_one_poll_told_again_stays_one():
    again = rev("The survey found Kadima was on course to emerge as the largest party with 39 seats after the March "
                "28 election, well ahead of Labour with 22.", "2006-03-28", "xin/1209", date(2005, 12, 9))
    a, b = _facts(POLL, again)
    assert a == b


def test_a_forecast_names_what_makes_it():
    assert en.forecast("The survey found Kadima was on course to win.")
    assert en.forecast("An opinion poll published on Friday gave Labour 22 seats.")
    assert en.forecast("The IMF's projection puts growth at 4.1 percent next year.")
    assert not en.forecast("Palestinians will go to the polls on January 25 to elect 132 lawmakers.")
    assert not en.forecast("Israel will hold general elections on March 28, 2006.")


def test_a_scheduled_happening_with_other_numbers_is_no_forecast():
    # (no forecast named: two reports of one scheduled vote, whatever their numbers)
    a = facts._item(rev("Israel will hold general elections on March 28, in which 31 parties will compete.",
                        "2006-03-28", "x/1", date(2005, 12, 7)), None, {}, {})
    b = facts._item(rev("Some 5 million Israelis are eligible to vote in the March 28 election.",
                        "2006-03-28", "x/2", date(2005, 12, 12)), None, {}, {})
    assert not facts._other_forecasts(a, b)
