"""Session 19, prec12: results told in one template ("<Winner> won the <competition> <discipline>
gold medal here on <weekday>") share most of their words and joined at the one-day bar though they
report other happenings. Two results whose specifiers conflict (medal colour, men's/women's, distance,
weight class, team/individual, discipline, score, seats), a tally of results and a past result a quote
recalls are not one fact (`facts.RESULTS_APART`, `lang.en.facts.result_read`, `results_apart`). The
statements are written after the unseen sample's kinds, on other athletes and games; each example fails
with the rule switched off, and the same result told twice in other words still joins."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import filler, rev

FILLER = filler(2006, 12)
DAY = date(2006, 12, 5)


def _pair(a: str, b: str, when: str = "2006-12-05") -> tuple[Event, Event]:
    return rev(a, when, "afp/sport1", DAY), rev(b, when, "xin/sport2", DAY)


def _together(*events: Event) -> bool:
    fact_of = facts.group([*events, *FILLER])
    return len({fact_of[e.id] for e in events}) == 1


# --- What a result specifies (`lang.en.facts.result_read`)

@pytest.mark.parametrize("text, kind, values", [
    ("Japan won the men's team soft tennis gold medal here on Sunday, beating Taiwan 2-1.", "sex", {"men"}),
    ("Japan won the men's team soft tennis gold medal here on Sunday, beating Taiwan 2-1.", "format", {"team"}),
    ("Japan won the men's team soft tennis gold medal here on Sunday, beating Taiwan 2-1.", "score", {"1-2"}),
    ("Kim won the women's 200m backstroke gold medal in a time of 2:10.33.", "dist", {"200"}),
    ("Kim won the women's 200m backstroke gold medal in a time of 2:10.33.", "discipline", {"backstroke"}),
    ("Ito took gold in the men's 110 metres hurdles on Tuesday.", "dist", {"110"}),
    ("Songok won the 10,000 metres title, and the 20km walk went to Li.", "dist", {"10000", "20000"}),
    ("Sato won the men's 4x100m relay gold.", "dist", {"4x100"}),
    ("Park won the women's 63kg gold medal on Monday.", "class", {"63"}),
    ("Likud won 38 out of the 120 seats in the Knesset.", "seats", {"38", "120"}),
    ("India won the women's field hockey bronze medal with a 1-0 win over South Korea.", "colour", {"bronze"}),
    ("China now have 14 gold medals from the 20 shooting events contested so far.", "tally", {"14"}),
    ("The team had not won a medal in the past 20 years, the coach said.", "past", {"past"}),
])
def test_result_read(text: str, kind: str, values: set[str]) -> None:
    read = en.result_read(text)
    assert read is not None and dict(read)[kind] == values


@pytest.mark.parametrize("text, kind", [
    # must not: a mark is no event's distance, a span of days no score, a lift no weight class
    ("Song won gold with a leap of 7.77m on Monday.", "dist"),
    ("The summit, won over by the host, will take place on November 4-5 at Mar del Plata.", "score"),
    ("Kasaeva lifted 157kg to win the gold medal.", "class"),
])
def test_result_read_not_a_specifier(text: str, kind: str) -> None:
    read = en.result_read(text)
    assert read is None or kind not in dict(read)


@pytest.mark.parametrize("text", [
    "The company won a contract worth 5 million dollars on Monday.",
    "The final round of talks will take place in Geneva on Monday.",
    "The tournament, taking place from Nov. 5 to 14, features eight teams.",
    "Three people were killed and 12 wounded in the blast on Monday.",
])
def test_no_result(text: str) -> None:
    assert en.result_read(text) is None


def test_result_read_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(en, "RESULTS", False)
    assert en.result_read("Japan won the men's team soft tennis gold medal.") is None


# --- Two results apart (`lang.en.facts.results_apart`)

APART = [
    # another sex, format, distance and discipline; one country's team, and one of its swimmers
    ("Japan won the Asian Games men's team soft tennis gold medal here on Sunday, beating Taiwan 2-1.",
     "Japan's Reiko Nakamura won the women's 200m backstroke gold medal at the Asian Games here on Sunday "
     "in a time of 2:10.33."),
    # another discipline and format (an individual and a team event, one country)
    ("Tan Zongliang of China won the men's 50m pistol individual gold medal at the Asian Games here on Tuesday.",
     "China won the men's double trap team gold medal at the Asian Games here on Tuesday."),
    # another colour, sex, discipline, and a score against none
    ("India won the women's field hockey bronze medal at the Asian Games with a 1-0 win over South Korea "
     "here on Wednesday.",
     "India's Leander Paes and Sania Mirza combined to win gold in the tennis mixed doubles at the Asian Games "
     "here on Wednesday."),
    # two weight classes
    ("Park of South Korea won the women's 63kg taekwondo gold medal at the Asian Games on Thursday.",
     "South Korea's Hwang won the women's 72kg taekwondo gold medal at the Asian Games on Thursday."),
]


@pytest.mark.parametrize("a, b", APART)
def test_results_with_conflicting_specifiers_are_two(a: str, b: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert en.results_apart(a, b)
    assert not _together(*_pair(a, b))
    monkeypatch.setattr(facts, "RESULTS_APART", False)
    assert _together(*_pair(a, b))


PAST = ("China had not won a double trap team medal at the Asian Games in the past 20 years, "
        "coach Wang said.", "../2006-12-05")
DOUBLE_TRAP = [("China won the men's double trap team gold medal at the Asian Games here on Tuesday.", "afp/sport1"),
               ("China won the men's double trap team gold medal at the Doha Asian Games on Tuesday, beating Kuwait.",
                "xin/sport2")]


def test_a_past_result_recalled_is_not_the_days_result(monkeypatch: pytest.MonkeyPatch) -> None:
    result = [rev(t, "2006-12-05", src, DAY) for t, src in DOUBLE_TRAP]
    quote = rev(PAST[0], PAST[1], "ap/sport3", DAY)
    assert en.results_apart(PAST[0], DOUBLE_TRAP[0][0])
    fact_of = facts.group([*result, quote, *FILLER])
    assert fact_of[result[0].id] == fact_of[result[1].id] != fact_of[quote.id]
    monkeypatch.setattr(facts, "RESULTS_APART", False)
    fact_of = facts.group([*result, quote, *FILLER])
    assert fact_of[result[0].id] == fact_of[result[1].id] == fact_of[quote.id]


def test_a_tally_of_results_is_not_one_of_them() -> None:
    tally = "China now have 14 gold medals from the 20 shooting events contested so far at the Asian Games."
    assert en.results_apart(tally, DOUBLE_TRAP[0][0])
    # must not: a tally told again, and a tally and a result giving one count
    assert not en.results_apart(tally, "China have now won 14 gold medals in shooting so far at the Asian Games.")
    assert not en.results_apart("The Brotherhood altogether won 34 seats out of 164 in the first phase.",
                                "The Brotherhood took 34 seats, while other opposition parties won five seats.")


@pytest.mark.parametrize("a, b", [
    # the seats of one party counted apart: a run-off's and the phase's total (te3-silver, Xinhua Nov 2005)
    ("The run-off for 133 seats was held on Tuesday and the NDP, led by President Hosni Mubarak, won 42 seats, "
     "the commission announced.",
     "After Tuesday's run-offs, the NDP won a total of 112 seats out of 164, up for grab in the first phase, "
     "according to the latest results."),
    # two matches of one day
    ("Arsenal beat Sparta Prague 3-0 on Wednesday to qualify for the knockout stage of the Champions League.",
     "Barcelona beat Panathinaikos 5-0 on Wednesday to qualify for the knockout stage of the Champions League."),
])
def test_results_apart_on_counts_and_scores(a: str, b: str) -> None:
    assert en.results_apart(a, b)


# --- Must not: the same result told twice in other words, two outlets on one final

SAME = [
    ("Liu Xiang of China won the men's 110m hurdles gold medal at the Asian Games here on Tuesday.",
     "China's Liu Xiang took gold in the men's 110 metres hurdles at the Asian Games on Tuesday."),
    ("Kenya's Isaac Songok won the men's 5,000m gold medal at the Asian Games here on Tuesday.",
     "Isaac Songok of Kenya won the men's 5,000 metres gold medal at the Asian Games on Tuesday in 13 minutes."),
]


@pytest.mark.parametrize("a, b", SAME)
def test_one_result_told_twice_still_joins(a: str, b: str) -> None:
    assert not en.results_apart(a, b)
    assert _together(*_pair(a, b))


@pytest.mark.parametrize("a, b", [
    ("David Nalbandian won the Tennis Masters Cup title in Shanghai on Sunday, beating Roger Federer "
     "6-7, 6-7, 6-2, 6-1, 7-6.",
     "Argentina's David Nalbandian came back from two sets down to beat Roger Federer 6-7 (4), 6-7 (11), 6-2, "
     "6-1, 7-6 (3) in the final of the Tennis Masters Cup on Sunday."),
    ("Arsenal beat Sparta Prague 3-0 on Wednesday to qualify for the knockout stage.",
     "Arsenal secured their place in the last 16 with a convincing 3-0 victory at home to Sparta Prague."),
    ("Likud won 38 out of the 120 seats in the Knesset at the last election.",
     "Likud, which won 38 seats at the last election, is set to see its representation tumble."),
    ("Slutskaya grabbed the women's singles gold with 196.12 points on Saturday.",
     "Irina Slutskaya of Russia won the women's gold at the Cup of China on Saturday."),
    # one result and a statement reading as none: no rule
    ("Japan won the men's team soft tennis gold medal here on Sunday.",
     "The soft tennis hall was full on Sunday."),
])
def test_results_not_apart(a: str, b: str) -> None:
    assert not en.results_apart(a, b)


def test_results_apart_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(en, "RESULTS", False)
    assert not en.results_apart(*APART[0])


def test_a_statement_of_two_results_does_not_chain_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # the pistol and the double trap are apart as a pair; a statement telling both links with
    # each, and the facts' members are compared before the second merge (`_results_facts_apart`)
    pistol = rev("Tan Zongliang of China won the men's 50m pistol individual gold medal at the Asian Games here "
                 "on Tuesday.", "2006-12-05", "afp/sport1", DAY)
    both = rev("China won the men's 50m pistol individual gold and the men's double trap team gold at the Asian "
               "Games on Tuesday.", "2006-12-05", "xin/sport2", DAY)
    trap = rev("China won the men's double trap team gold medal at the Asian Games here on Tuesday.",
               "2006-12-05", "ap/sport3", DAY)
    assert not en.results_apart(pistol.text, both.text) and not en.results_apart(both.text, trap.text)
    fact_of = facts.group([pistol, both, trap, *FILLER])
    assert fact_of[pistol.id] != fact_of[trap.id]
    monkeypatch.setattr(facts, "_results_facts_apart", lambda index, ra, rb: False)
    fact_of = facts.group([pistol, both, trap, *FILLER])
    assert fact_of[pistol.id] == fact_of[both.id] == fact_of[trap.id]


# --- The winner (`lang.en.facts.RESULT_WINNERS`)

@pytest.mark.parametrize("a, b", [
    # two people, neither named by the other
    ("Liu Xiang of China won the gold medal at the Asian Games here on Tuesday.",
     "Zhang Wenxiu of China won the gold medal at the Asian Games here on Tuesday."),
    # a country's team, and one of its athletes in no team event
    ("Japan won the team gold medal at the Asian Games here on Sunday.",
     "Japan's Reiko Nakamura won the gold medal at the Asian Games here on Sunday."),
])
def test_results_of_other_winners_are_two(a: str, b: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert en.results_apart(a, b)
    assert not _together(*_pair(a, b))
    monkeypatch.setattr(en, "RESULT_WINNERS", False)
    assert not en.results_apart(a, b)
    assert _together(*_pair(a, b))


@pytest.mark.parametrize("a, b", [
    # must not: one winner told by more or fewer names, a country for its athlete, a team and its members
    ("Kitajima won the breaststroke gold at the Asian Games on Tuesday.",
     "Japan's Kosuke Kitajima won the breaststroke gold medal at the Asian Games here on Tuesday."),
    ("China won the gold medal at the Asian Games here on Tuesday.",
     "China's Zhang Wenxiu won the gold medal at the Asian Games here on Tuesday."),
    ("China won the team gold medal at the Asian Games here on Tuesday.",
     "China's Hu Binyuan, Wang Nan and Li Jun won the team gold medal at the Asian Games on Tuesday."),
    # the loser as the subject, the winner named
    ("Roger Federer beat David Nalbandian to win the title on Sunday.",
     "Nalbandian was beaten by Federer in the title match on Sunday."),
])
def test_one_winner_told_apart_is_one(a: str, b: str) -> None:
    assert not en.results_apart(a, b)
