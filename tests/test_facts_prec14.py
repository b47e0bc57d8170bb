"""Session 19, prec14: a running total told on other days with other values is one state per
day, two facts (TOTALS_APART); each example fails with its rule switched off."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import filler, rev

FILLER = filler(2007, 3)


def _item(e: Event) -> facts._Item:
    return facts._item(e, None, {}, {})


# (another war, another counter: the rule reads the running total, not the story)
MONDAY = ("The alliance also announced that two more soldiers were killed in action, bringing the number of NATO "
          "fatalities in Afghanistan since the 2001 invasion to 1,204, according to a news agency count based on "
          "defence ministry figures.")
TUESDAY = ("The latest deaths bring the number of NATO fatalities in Afghanistan since the October 2001 invasion "
           "to 1,207, according to a news agency count based on defence ministry figures.")
THURSDAY = ("The NATO death toll in Afghanistan has now reached 1,209, according to a news agency count based on "
            "defence ministry figures.")


def _days() -> list[Event]:
    return [rev(MONDAY, "../2007-03-05", "afp/0305.1", date(2007, 3, 5)),
            rev(MONDAY, "../2007-03-05", "afp/0305.2", date(2007, 3, 5)),
            rev(TUESDAY, "../2007-03-06", "afp/0306.1", date(2007, 3, 6)),
            rev(THURSDAY, "../2007-03-08", "afp/0308.1", date(2007, 3, 8))]


@pytest.mark.parametrize("text, total", [
    (MONDAY, ["1204"]),
    (TUESDAY, ["1207"]),
    ("Seven people were killed in a colliery accident on Monday, bringing the death toll in coal mine tragedies "
     "to 85 over the past three days.", ["85"]),
    ("Mines injured or killed 36 in October, bringing the total number of dead or injured so far in 2005 to 775.",
     ["775"]),
    # must not: one incident's toll revised (GUIDELINES), a counter's value told alone, no counter
    ("Two more of the injured died, bringing the death toll from the blast to 12.", []),
    (THURSDAY, []),
    ("The rally brought the index to 1,300 points.", []),
])
def test_running_total(text: str, total: list[str]) -> None:
    assert sorted(en.running_total(text)) == total


@pytest.mark.parametrize("text, value", [
    (THURSDAY, ["1209"]),
    ("The death toll stood at 35 on Monday.", ["35"]),
    (MONDAY, ["1204"]),
    # must not: a toll as a subject's count, no counter
    ("At least 12 people were killed in the blast.", []),
    ("The company's shares reached 35 dollars.", []),
])
def test_counter_value(text: str, value: list[str]) -> None:
    assert sorted(en.counter_value(text)) == value


def test_a_running_total_of_other_days_is_another_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    monday, copy, tuesday, thursday = _days()
    assert facts._other_totals(_item(monday), _item(tuesday))
    assert facts._other_totals(_item(thursday), _item(tuesday))
    fact_of = facts.group(_days() + FILLER)
    assert fact_of[monday.id] == fact_of[copy.id]  # (one total re-published: one fact)
    assert len({fact_of[monday.id], fact_of[tuesday.id], fact_of[thursday.id]}) == 3
    monkeypatch.setattr(facts, "TOTALS_APART", False)
    fact_of = facts.group(_days() + FILLER)
    assert len({fact_of[monday.id], fact_of[tuesday.id], fact_of[thursday.id]}) < 3  # (the rule keeps them apart)


def test_one_total_told_again_in_other_words_or_one_day_is_not_apart() -> None:
    # must not: the same total in other words on another day; two values of one report day (a
    # toll revised); a running total and a statement with no counter's value
    monday = _item(rev(MONDAY, "../2007-03-05", "afp/1", date(2007, 3, 5)))
    again = _item(rev("The NATO death toll in Afghanistan has now reached 1,204, according to a news agency count.",
                      "../2007-03-06", "afp/2", date(2007, 3, 6)))
    assert not facts._other_totals(monday, again) and not facts._other_totals(again, monday)
    same_day = _item(rev(TUESDAY, "../2007-03-05", "afp/3", date(2007, 3, 5)))
    assert not facts._other_totals(monday, same_day)
    act = _item(rev("Three soldiers were killed in a roadside bombing on Monday.", "2007-03-05", "afp/4",
                    date(2007, 3, 6)))
    assert not facts._other_totals(monday, act) and not facts._other_totals(act, monday)
    # must not: two tolls of one incident revised on other days, neither a running total
    c = _item(rev("The death toll from the blast has risen to 40.", "../2007-03-05", "xin/5", date(2007, 3, 5)))
    d = _item(rev("The death toll from the blast stood at 43.", "../2007-03-06", "xin/6", date(2007, 3, 6)))
    assert not facts._other_totals(c, d)


# --- A player's figures are that player's result in one match (lang.en.facts.FIGURES, read by
# results_apart): other figures are another player's or another match's

HARMISON = "England paceman Harmison finished the day with 0-85 off 27 overs."
ANDERSON = "England paceman Anderson finished with figures of four for 21 from four overs."


@pytest.mark.parametrize("text, figures", [
    (HARMISON, ["0-85"]),
    (ANDERSON, ["4-21"]),
    ("Asif finished with 2-14 off seven overs before being replaced.", ["2-14"]),
    ("The leg-spinner returned figures of 3/40.", ["3-40"]),
    # must not: a match's score, a span of days, figures of a report, no overs nor "figures of"
    ("China beat Taiwan 2-1 in the final.", None),
    ("The talks ran from June 22-24.", None),
    ("Political figures of both countries met.", None),
    ("He took 4-21 on Tuesday.", None),
])
def test_figures_read(text: str, figures: list[str] | None) -> None:
    read = dict(en.result_read(text) or ())
    assert (sorted(read["figures"]) if "figures" in read else None) == figures


def test_other_figures_are_another_result(monkeypatch: pytest.MonkeyPatch) -> None:
    assert en.results_apart(HARMISON, ANDERSON)
    # must not: the same figures told again in other words; figures and the match's score
    assert not en.results_apart("Asif finished with 2-14 off seven overs.", "Asif took 2-14 off seven overs on Tuesday.")
    assert not en.results_apart(HARMISON, "England beat Pakistan 2-1 in the series.")
    monkeypatch.setattr(en, "FIGURES", False)
    en._result_read.cache_clear()
    try:
        assert not en.results_apart(HARMISON, ANDERSON)  # (the figures are what keeps them apart)
    finally:
        monkeypatch.undo()
        en._result_read.cache_clear()


# --- Quotes of other documents naming nothing in common, not near-verbatim, are two sayings
# (facts.QUOTES_APART)

VICTORY = '"A victory would mean a lot for us," the coach said.'
GAMES = '"The Asian Games means a lot to me," he said.'


@pytest.mark.parametrize("text, names", [
    ('"The Asian Games mean a lot to me," Tanaka said.', ["asian", "game", "tanaka"]),
    (VICTORY, []),
    ('"We won. Now I rest," he said.', []),
])
def test_quote_names(text: str, names: list[str]) -> None:
    assert sorted(en.quote_names(text)) == names


def _q(text: str, doc: str, day: int) -> facts._Item:
    return _item(rev(text, f"../2007-03-{day:02d}", doc, date(2007, 3, day)))


def test_quotes_naming_nothing_in_common_are_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    assert facts._quotes_apart(_q(VICTORY, "afp/1", 5), _q(GAMES, "afp/2", 12))
    assert facts._quotes_apart(
        _q('"You have to work hard on your luck and that is what we did today," he said.', "afp/1", 5),
        _q('"This was a victory for hard work," the captain said.', "afp/2", 12))
    # two speakers' reactions to one attack (Howard, Moeller in XIN November 2005)
    a = _q('"And it underlines the importance of strong international cooperation in the fight against terror," he said.',
           "xin/1", 10)
    b = _q('"And that highlights the importance of continuing to strengthen international cooperation in the fight '
           'against terror," he said.', "xin/2", 11)
    assert facts._quotes_apart(a, b)
    events = [rev(a.text, "../2007-03-10", "xin/1", date(2007, 3, 10)), rev(b.text, "../2007-03-11", "xin/2", date(2007, 3, 11))]
    ids = [e.id for e in events]
    fact_of = facts.group(events + FILLER)
    assert fact_of[ids[0]] != fact_of[ids[1]]
    monkeypatch.setattr(facts, "QUOTES_APART", False)
    fact_of = facts.group(events + FILLER)
    assert fact_of[ids[0]] == fact_of[ids[1]]  # (the rule keeps them apart)


def test_one_quote_re_published_or_one_speaker_is_not_apart() -> None:
    # must not: one quote re-published near-verbatim (with or without its tag), one speaker named
    # by both, one document's quotes, a quote and a report
    assert not facts._quotes_apart(_q('"A win would mean a lot for us and for the fans," the coach said.', "afp/1", 5),
                                   _q('"A win means a lot for us and the fans," he said.', "xin/2", 5))
    assert not facts._quotes_apart(_q('"We played badly today," Kim said.', "afp/1", 5),
                                   _q('"It was a bad day for the team," Kim said.', "xin/2", 6))
    assert not facts._quotes_apart(_q(VICTORY, "afp/1", 5), _q(GAMES, "afp/1", 5))
    assert not facts._quotes_apart(_q(VICTORY, "afp/1", 5), _q("The coach said a victory would mean a lot.", "xin/2", 5))


# --- One measure said flat and said to move by a percentage: other values or periods (FLAT_APART)

FLAT = "The consumer price index was flat in November, including the volatile core index, the ministry said."
UP = "The core consumer price index was up 1.3 percent in November, the ministry said."


@pytest.mark.parametrize("text, kind", [
    (FLAT, "flat"),
    (UP, "moved"),
    ("Wholesale prices remained unchanged last month.", "flat"),
    ("The index fell 0.4 percent on Tuesday.", "moved"),
    # must not: both in one statement, neither, a flat tyre
    ("Prices were unchanged in May after rising 0.2 percent in April.", ""),
    ("The index closed at 1,234 points.", ""),
    ("The car had a flat tyre.", ""),
])
def test_flat_or_moved(text: str, kind: str) -> None:
    assert en.flat_or_moved(text) == kind


def test_a_measure_flat_and_moved_is_two(monkeypatch: pytest.MonkeyPatch) -> None:
    flat, up = (_item(rev(FLAT, "2006-11", "afp/1", date(2006, 12, 1))),
                _item(rev(UP, "2006-11", "xin/2", date(2006, 12, 1))))
    assert facts._flat_apart(flat, up) and facts._flat_apart(up, flat)
    # must not: one figure told twice, both flat
    again = _item(rev("Core consumer prices rose 1.3 percent in November.", "2006-11", "xin/3", date(2006, 12, 2)))
    assert not facts._flat_apart(up, again)
    still = _item(rev("Consumer prices were unchanged in November.", "2006-11", "xin/4", date(2006, 12, 2)))
    assert not facts._flat_apart(flat, still)
    events = [rev(FLAT, "2006-11", "afp/1", date(2006, 12, 1)), rev(UP, "2006-11", "xin/2", date(2006, 12, 1))]
    fact_of = facts.group(events + filler(2006, 12))
    assert fact_of[events[0].id] != fact_of[events[1].id]
    monkeypatch.setattr(facts, "FLAT_APART", False)
    fact_of = facts.group(events + filler(2006, 12))
    assert fact_of[events[0].id] == fact_of[events[1].id]  # (the rule keeps them apart)
    monkeypatch.setattr(en, "FLAT_APART", False)
    assert not facts._flat_apart(flat, up)


# --- A quote re-told with a speech tag QUOTE_TAG does not know keeps its own words (session 20,
# the lead: lang.en.facts.QUOTED_PART; three outlets' reports of one debate, saved web pages)

SHOT_BACK = '"Leave my daughter out of your voice," Haley shot back.'
TOLD = '"Leave my daughter out of your voice," she told Ramaswamy.'


def test_a_quote_re_told_with_another_tag_is_one_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    assert en._quoted_part(SHOT_BACK) == "Leave my daughter out of your voice,"
    assert en.near_verbatim(SHOT_BACK, TOLD)
    assert not facts._quotes_apart(_q(SHOT_BACK, "abc/1", 9), _q(TOLD, "fox/2", 9))
    monkeypatch.setattr(en, "QUOTED_PART", False)
    assert facts._quotes_apart(_q(SHOT_BACK, "abc/1", 9), _q(TOLD, "fox/2", 9))  # (what the rule keeps together)


def test_other_quotes_with_unknown_tags_stay_apart() -> None:
    # must not: two speakers' own words that only share a tag's shape or a few words
    assert facts._quotes_apart(_q('"A victory would mean a lot for us," the coach shot back.', "afp/1", 5),
                               _q('"The Asian Games means a lot to me," he told Kim.', "afp/2", 12))
    # a quote in single marks, or with no closing mark, is read as before
    assert en._quoted_part("'We won,' he told Lee.") == en.quote_words("'We won,' he told Lee.")
    assert en._quoted_part('"We won and then he left') == en.quote_words('"We won and then he left')
