"""Two statements dated one same precise day by their own words link from DAY_DICE instead of
THRESHOLD when every check of a link passes there (`facts._one_day_link`, session 11): the
day they share is evidence the words need not give. Each example fails with the rule switched
off (DAY_DICE above THRESHOLD); each must-not case fails with its own check switched off."""

from __future__ import annotations

from timeline_cli import facts
from tests.test_facts import ev

# Other reports, so that the words below are as rare as in a news store.
FILLER = [ev(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
             f"../2006-11-{10 + k % 18:02d}", f"wsj/filler{k}") for k in range(30)] + [
    ev(f"At a news conference the minister said the talks on route {k} were held in the capital, "
       f"and the hospital of the army stayed open.", f"../2006-11-{10 + k % 18:02d}", f"afp/common{k}")
    for k in range(30)]


def _together(a, b) -> bool:
    fact_of = facts.group([a, b] + FILLER)
    return fact_of[a.id] == fact_of[b.id]


# --- examples: one day, few words shared

def test_gravely_ill_and_in_serious_condition_on_one_sunday_are_one_fact():
    # (dev4: two AFP reports of 3 December 2006; they share "gravely ill" and "heart", 0.29)
    a = ev("Chile's former strongman Augusto Pinochet was reported to be gravely ill Sunday, after a massive "
           "heart attack.", "2006-12-03", "afp/0391")
    b = ev("He was in serious condition at the Military Hospital after heart surgery in Santiago Sunday.",
           "2006-12-03", "afp/0544")
    assert _together(a, b)


def test_one_state_of_emergency_told_twice_is_one_fact():
    # (te3-silver: AFP 9 and 13 April 1997, both dated Tuesday 8 April)
    a = ev("Mobutu declared a state of emergency Tuesday and is now running the government by decree, thus "
           "short-circuiting the constitutional debate which had pitted him against the opposition.",
           "1997-04-08", "afp/0409")
    b = ev("Mobutu declared a state of emergency across Zaire on Tuesday.", "1997-04-08", "afp/0413")
    assert _together(a, b)


def test_the_link_says_it_was_the_day():
    a = ev("Chile's former strongman Augusto Pinochet was reported to be gravely ill Sunday, after a massive "
           "heart attack.", "2006-12-03", "afp/0391")
    b = ev("He was in serious condition at the Military Hospital after heart surgery in Santiago Sunday.",
           "2006-12-03", "afp/0544")
    index = facts.build([a, b] + FILLER)
    found = index.explain(index.fact_of[a.id])
    assert [e.kind for e in found] == ["one day"]
    assert "one day" in found[0].describe() and "dates overlap 2006-12-03" in found[0].describe()


# --- must not: the day is no evidence without it, nor against the other checks

def test_the_same_words_on_days_apart_stay_apart():
    a = ev("Chile's former strongman Augusto Pinochet was reported to be gravely ill Sunday, after a massive "
           "heart attack.", "2006-12-03", "afp/0391")
    b = ev("He was in serious condition at the Military Hospital after heart surgery in Santiago.",
           "../2006-12-05", "afp/0544")
    assert not _together(a, b)


def test_one_days_closes_of_two_companies_stay_apart():
    # (timebank's WSJ closes of 26 and 27 October 1989: the numbers share none, other items of
    # one kind; every other check passes at DAY_DICE)
    a = ev("Aetna's stock closed at $60 in Big Board trading Friday.", "1989-10-27", "wsj/0558")
    b = ev("Conseco's stock closed at $19.50 Friday.", "1989-10-27", "wsj/0534")
    assert not _together(a, b)


def test_two_happenings_of_one_day_stay_apart():
    # (a story's names on one day, another happening: `_other_happening` at DAY_DICE too)
    a = ev("Islamist fighters attacked the town of Baidoa on Tuesday, witnesses said.", "2006-12-19", "afp/1")
    b = ev("The government imposed a curfew on the town of Baidoa on Tuesday.", "2006-12-19", "afp/2")
    assert not _together(a, b)
