"""The date of a statement: the main clause's, one event per dated happening (issue 13, item 4).

Through the CLI (`ingest --reported`, then `show`), and rule by rule on `temporal/clauses.py`
with each rule's examples and must-not-match cases.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import lang
from timeline_cli.temporal.clauses import main_perfect, statement_dates
from timeline_cli.temporal.events import document_events

REPORTED = "2024-03-15"
EN = lang.get("en")


def shown(tl, text: str) -> list[tuple[str, str]]:
    """(when, text) of every event `ingest` stores from `text`, as `show` prints them."""
    result = tl("ingest", "-", "--reported", REPORTED, input=text + "\n")
    assert result.exit_code == 0, result.output
    out = tl("show", "--format", "plain")
    assert out.exit_code == 0, out.output
    return [tuple(line.split("\t")[:2]) for line in out.stdout.splitlines()]


# (sentence, the `when` of its events)
MAIN_CLAUSE = [
    # a present-perfect main verb with its only dates inside a noun phrase or relative clause
    ("The minister has apologised to the families for errors made during the 2019 flood response.", [REPORTED]),
    ("The last surviving member of the crew that first crossed the ice cap in 1962 has died.", [REPORTED]),
    ("The bridge, built in 1962, has been closed.", [REPORTED]),
    ("Japan has refused aid over abductions in the 1970s of a girl who went missing in 1977.", [REPORTED]),
    # ... but an adjunct after a comma, a "since" clause keep their dates
    ("The alliance has expanded three times, adding Spain in 1982.", ["1982"]),
    ("Elian has been the focus of a custody battle since he was found on 25 November 1999.", ["1999-11-25"]),
    ("The army sent in bulldozers on 3 March 2023 to tear down the home of Smith, who has been linked to the bombing.",
     ["2023-03-03"]),
    ("Police have arrested a man in March.", ["2024-03"]),
    ("Smith, who was arrested in 2019, has been released.", [REPORTED]),
    # must not break: a date that is the main clause's own
    ("The minister apologised in 2019 for the errors.", ["2019"]),
    ("In 2019, the minister has apologised to the families.", ["2019"]),
    ("He died on March 3.", ["2024-03-03"]),
    ("He died on March 3, 2020.", ["2020-03-03"]),
    ("He has lived in Paris since 2019.", ["2019"]),
    ("He may have died in 1962.", ["1962"]),
    ("Officials said the minister has apologised for errors in 2019.", ["2019"]),
    # (session 15: "for the 2019 errors" names another happening's year, OTHER_HAPPENING_YEAR below)
    ("Officials said the minister has apologised for the 2019 errors.", ["../" + REPORTED]),
    ("The man who has lived here since 1990 left town.", ["1990"]),
    # the main clause's date wins over a relative clause's
    ("Smith, who was arrested on March 3, died in 2020.", ["2020"]),
    ("The man who was arrested died on March 3, 2020.", ["2020-03-03"]),
    # every date subordinate and a past main verb: today's choice stays
    ("The crew that first crossed the ice cap in 1962 died.", ["1962"]),
    # a complement clause is no relative clause
    ("The accord establishes that forces will withdraw by June 30, 2009.", ["2009-06-30"]),
]


# Session 14, dateblock: every date in a relative clause whose own verb is a past perfect ("who
# had snubbed"): that clause's time lies before the main clause's, so the statement is undated
# (the first four dated the statement by the relative clause before)
PLUPERFECT_RELATIVE = [
    ("Voters went to the polls in large numbers, including Sunni Arabs who had snubbed an election in January.",
     [f"../{REPORTED}"]),
    ("Yeltsin issued a decree to fire Zaitsev, who had assumed the post in August 1996.", [f"../{REPORTED}"]),
    ("The move to postpone the trip, which had been set for June 7-14, came as a surprise.", [f"../{REPORTED}"]),
    ("The man who had robbed a bank in 2019 was arrested.", [f"../{REPORTED}"]),
    # must not move: a simple past relative; the relative clause ended before the date; the
    # main clause's own date
    ("The crew that first crossed the ice cap in 1962 died.", ["1962"]),
    ("The man who had robbed a bank was arrested in 2019.", ["2019"]),
    ("The minister who had resigned in 2019 returned on March 8, 2020.", ["2020-03-08"]),
]


# Session 15, dateblock2: a date that is the target or deadline of an act the statement agrees,
# asks or sets is that act's time, not the statement's (TARGET_DATE, `clauses.targets`): the
# statement keeps its other dates, or none (the first seven were dated by the target before)
TARGET_DATE = [
    ("Israel agreed to withdraw its troops by June 30.", [f"../{REPORTED}"]),
    ("The leaders endorsed a plan to cut tariffs in the region by 2020.", [f"../{REPORTED}"]),
    ("The council set a deadline of March 1 for the talks.", [f"../{REPORTED}"]),
    ("The agency extended its deadline until 9 a.m. Tuesday.", [f"../{REPORTED}"]),
    ("The rebels gave the residents until Tuesday to leave the city.", [f"../{REPORTED}"]),
    ("The agency had ruled that the boy must return, and set Tuesday as the deadline for his return.",
     [f"../{REPORTED}"]),
    ("The ministers reaffirmed their commitment to achieving the goals by 2010 for rich members and 2020 "
     "for poor members.", [f"../{REPORTED}"]),
    ("In 1994, the leaders agreed to set up a free trade zone by 2005.", ["1994"]),
    # must not move: the statement's own future, a bound of its own act, a deadline that passed,
    # the agreement's own day, a noun that looks like a governor ("signs")
    ("Israel will withdraw its troops by June 30.", ["2024-06-30"]),
    ("The work had been completed by Tuesday afternoon.", ["2024-03-12"]),
    ("The deadline expired on Wednesday.", ["2024-03-13"]),
    ("Israel agreed on Wednesday to withdraw its troops by June 30.", ["2024-03-13"]),
    ("Patients with signs similar to dengue have been admitted to hospitals by Thursday evening.",
     ["2024-03-14"]),
    ("The court adjourned the trial until Tuesday.", [f"../{REPORTED}"]),
    ("The vote was postponed to Tuesday.", [f"../{REPORTED}"]),
    ("The vote was held on Wednesday after a delay.", ["2024-03-13"]),
]

# Session 15, dateblock2: a statement with no date whose first verb is a future is the report's
# future, from the report day on (FUTURE_STATEMENT, `clauses.is_future`); it was "../REPORTED"
FUTURE_STATEMENT = [
    ("China will announce a package of aid at the summit, the minister said.", [f"{REPORTED}/.."]),
    ("Bush is expected to deliver a speech on the war.", [f"{REPORTED}/.."]),
    ("The first task of the elected members will be to appoint a president.", [f"{REPORTED}/.."]),
    ("He is to be replaced by his deputy.", [f"{REPORTED}/.."]),
    ("She'll resign.", [f"{REPORTED}/.."]),
    # must not move: a saying or a view held now before the future, a relative clause's future,
    # a past, a future with its own date
    ("Officials said the plant will close.", [f"../{REPORTED}"]),
    ("We hope the talks will help.", [f"../{REPORTED}"]),
    ("The leader, who will retire soon, spoke to reporters.", [f"../{REPORTED}"]),
    ("China announced a package of aid.", [f"../{REPORTED}"]),
    ("Our goal is to reunite the boy and his father, she said.", [f"../{REPORTED}"]),
    ("The long-term goal in energy conservation is to halt the growth of consumption.", [f"../{REPORTED}"]),
    ("How they will do so has not yet been decided.", [f"../{REPORTED}"]),
    ("According to the agreement, the country will be able to send soldiers.", [f"../{REPORTED}"]),
    ("The announcement came just before a commission is due to make its report.", [f"../{REPORTED}"]),
    ("China will announce a package of aid on March 20.", ["2024-03-20"]),
]


# Session 16, parser16: "is to" after the head of a subject that names a standing policy, duty
# or way ("policy", "tradition", "responsibility", "the main thing": COPULA_SUBJECTS) is a
# copula, a present statement, not the report's future (the first five were "REPORTED/.."); a
# plain subject's "is to" stays a future, and so does one whose policy word only modifies its head
COPULA_PRESENT = [
    ("Officially the government's policy is to support a unified country.", [f"../{REPORTED}"]),
    ("The basic policy of public housing is to provide a roof over your head.", [f"../{REPORTED}"]),
    ("The tradition of the house is to pull down governments.", [f"../{REPORTED}"]),
    ('"Our holy responsibility is to present the nation a free election," he said.', [f"../{REPORTED}"]),
    ('"The main thing is to stop the oil from coming out of there."', [f"../{REPORTED}"]),
    # must not move
    ("The president is to visit Paris.", [f"{REPORTED}/.."]),
    ("The new leader is to be sworn in.", [f"{REPORTED}/.."]),
    ("The policy committee is to review the rates.", [f"{REPORTED}/.."]),
    ("The challenge cup final is to take place in the capital.", [f"{REPORTED}/.."]),
]


@pytest.mark.parametrize(("sentence", "whens"), MAIN_CLAUSE + PLUPERFECT_RELATIVE + TARGET_DATE +
                         FUTURE_STATEMENT + COPULA_PRESENT)
def test_the_main_clause_dates_the_statement(tl, sentence, whens):
    assert [w for w, _ in shown(tl, sentence)] == whens


HAPPENINGS = [
    ("German forces surrendered in Italy on April 29, 1945 and in Western Europe on May 7, 1945.",
     ["1945-04-29", "1945-05-07"]),
    ("The war began in 1939 and ended in 1945.", ["1939", "1945"]),
    ("Dong Khe fell on 18 September 1950, and Cao Bang finally fell on 3 October 1950.",
     ["1950-09-18", "1950-10-03"]),
    ("Tarragona fell on 14 January 1939, followed by Barcelona on 26 January 1939 and Girona on "
     "5 February 1939.", ["1939-01-14", "1939-01-26", "1939-02-05"]),
    # one happening: a list of dates, a range, a bound, one date inside the other
    ("They met on April 29, 2023 and 30.", ["2023-04-29"]),
    ("They met on April 29, 2023 and again on May 7, 2023.", ["2023-04-29"]),
    ("The talks ran from April 29, 2023 to May 7, 2023.", ["2023-04-29/2023-05-07"]),
    ("The commune was established on 13 April 1918 and lasted until 25 July 1918.", ["1918-04-13"]),
    ("In 1941, the army advanced and on June 22 invaded.", ["1941-06-22"]),
    ("On 7 March 1951, the army attacked, taking the city on 14 March 1951.", ["1951-03-07"]),
    ('"We were pushed out in February 2024 but we are back," Adams said on March 10, 2024.', ["2024-03-10"]),
]


@pytest.mark.parametrize(("sentence", "whens"), HAPPENINGS)
def test_one_event_per_dated_happening(tl, sentence, whens):
    events = shown(tl, sentence)
    assert sorted(w for w, _ in events) == sorted(whens)
    assert {t for _, t in events} == {sentence}  # the same sentence text for each


def test_each_happening_has_its_clause_span():
    text = "German forces surrendered in Italy on April 29 and in Western Europe on May 7."
    events = document_events(text, source="x.txt", reported=date(1945, 9, 2))
    assert [(e.when, text[e.span[0]:e.span[1]]) for e in events] == [
        ("1945-04-29", "German forces surrendered in Italy on April 29"),
        ("1945-05-07", "in Western Europe on May 7."),
    ]
    assert len({e.id for e in events}) == 2


def test_split_false_keeps_one_event_per_sentence():
    text = "German forces surrendered in Italy on April 29 and in Western Europe on May 7."
    events = document_events(text, source="x.txt", reported=date(1945, 9, 2), split=False)
    assert [e.when for e in events] == ["1945-04-29"]


@pytest.mark.parametrize(("sentence", "perfect"), [
    ("The minister has apologised.", True),
    ("The crew that first crossed the ice cap in 1962 has died.", True),
    ("Prices have not yet been raised.", True),
    ("In 2019, the minister has apologised.", False),
    ("Officials said the minister has apologised.", False),
    ("If the minister has apologised, fine.", False),
    ("He may have died.", False),
    ("The man who has lived here left.", False),
    ('"We have won," he said.', False),
    ("The minister had apologised.", False),
    ("The Doha round, launched in 2001, has stalled.", True),
    ("The army sent troops and the minister has apologised.", False),  # a verb before it
    ("The injured man has died.", False),  # an -ed word is read as a verb: today's choice stays
])
def test_main_perfect(sentence, perfect):
    assert (main_perfect(sentence, EN) is not None) is perfect


def test_statement_dates_without_calendar_date_is_one_statement():
    [part] = statement_dates("Nothing dated here.", 0, 19, [], EN, lambda t: True)
    assert (part.start, part.end, part.timexes, part.report) == (0, 19, [], False)


# A holiday named as a kind of thing dates no statement (the ad is out in November); a holiday
# event or a holiday named as a time keeps its day.
@pytest.mark.parametrize(("sentence", "whens"), [
    ("Hannah Waddingham is in another Christmas advert.", ["../" + REPORTED]),
    ("Workers removed 14 plastic Christmas trees at the airport.", ["../" + REPORTED]),
    ("Halloween costumes sold out in two days.", ["../" + REPORTED]),
    # must not: the season's events and times
    ("The Pope delivered his Christmas message to the crowd.", ["2023-12-25"]),
    ("The shops closed on Christmas Day.", ["2023-12-25"]),
    ("She spent Christmas with her family.", ["2023-12-25"]),
])
def test_a_holiday_naming_a_thing_dates_nothing(tl, sentence, whens):
    assert [when for when, _ in shown(tl, sentence)] == whens


# A year premodifying another happening's noun after a relating word ("following the 2003
# US-led invasion", "for the 1998 embassy bombings") dates no statement: it names that
# happening's year (temporal/clauses.other_happening_year; the words are the pack's
# OTHER_HAPPENING_YEAR_BEFORE_RE / _AFTER_RE). The first five fail with the rule off.
OTHER_HAPPENING_YEAR = [
    ("Iraqis voted for a parliament to restore full sovereignty following the 2003 US-led invasion.",
     ["../" + REPORTED]),
    ("Two men were convicted for the 1998 embassy bombings, prosecutors said.", ["../" + REPORTED]),
    ("The ad is intended to spotlight his vote against the 1994 Access Act.", ["../" + REPORTED]),
    ("The arrival revived memories here over the 1989 crackdown.", ["../" + REPORTED]),
    ("Israel annexed the area after the 1967 war.", ["../" + REPORTED]),
    # with a present perfect, the report date (as when every date is subordinate; so before too)
    ("The council has said it will keep the sanctions imposed after its 1990 invasion of Kuwait.", [REPORTED]),
    # must not: a time locator, "of" (a part of the happening), "since", a time noun, a plain year
    ("Labour won 40 percent in the 2005 election.", ["2005"]),
    ("Saudi Arabia suffered a defeat in their opener of the 2002 World Cup.", ["2002"]),
    ("The team has trained hard for the 2005 season.", [REPORTED]),
    ("Prices fell after 2003.", ["2003"]),
    ("Profits rose in 2003 after the merger.", ["2003"]),
]


@pytest.mark.parametrize("sentence, whens", OTHER_HAPPENING_YEAR)
def test_a_year_of_another_happening_dates_no_statement(tl, sentence, whens):
    assert [when for when, _ in shown(tl, sentence)] == whens


def _each_example_needs(monkeypatch, flag, examples):
    """With the clauses rule `flag` off, every one of `examples` (sentence, whens) is dated otherwise."""
    from timeline_cli.temporal import clauses

    monkeypatch.setattr(clauses, flag, False)
    for sentence, whens in examples:
        events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
        assert [e.when for e in events] != whens, sentence


def test_other_happening_year_switched_off(monkeypatch):
    _each_example_needs(monkeypatch, "OTHER_HAPPENING_YEAR", OTHER_HAPPENING_YEAR[:5])


def test_a_clock_time_dates_its_statement_on_the_day_last_named():
    # STORY_CLOCK (temporal/extract.py): the statement of a bare clock time takes the story's day
    text = ("Harbin shut its water supply for fears that a chemical plant blast on November 13 polluted the "
            "river.\n\nThe blast took place at noon in a workshop.")
    events = document_events(text, source="t", reported=date(2005, 11, 22))
    assert [e.when for e in events if e.text.startswith("The blast")] == ["2005-11-13"]
    # no day named before: the report day's own happening
    events = document_events("Polling stations opened at 8:00 a.m. amid heavy security.", source="t",
                             reported=date(2005, 11, 22))
    assert [e.when for e in events] == ["2005-11-22"]


# Session 18, parser18: every date of a sentence sits in an aside set off by commas inside its
# subject, a relative clause (", who founded Likud 32 years ago,") or a reduced one (",
# founded in 1973,"): the date is the aside's happening, not the main clause's, which has no
# date of its own (clauses.SUBJECT_ASIDE; only outside a story of the past, where most dates
# lie in years well before the report's). The first five fail with the rule off.
SUBJECT_ASIDE = [
    ("The party, founded 32 years ago, split.", ["../" + REPORTED]),
    ("Ariel Sharon, who founded Likud in 1973, said he would quit.", ["../" + REPORTED]),
    ("The association, which was founded in 1949, is a non-government body.", ["../" + REPORTED]),
    ("Gates, who was born in September 1943, served in the agency for 26 years.", ["../" + REPORTED]),
    ("The fund, launched in Geneva earlier this year, gained recognition as a means of finance.",
     ["../" + REPORTED]),
    # must not: the main clause's own date; a restrictive relative; a fronted date; an aside
    # after the main verb; a bare apposition
    ("Sharon, who founded Likud 32 years ago, quit the party on Monday.", ["2024-03-11"]),
    ("The crew that first crossed the ice cap in 1962 died.", ["1962"]),
    ("In 1973, Sharon, who was a general, founded Likud.", ["1973"]),
    ("Sharon quit the party, which he founded in 1973, and joined another.", ["1973"]),
    ("The party, a force since 1973, split.", ["1973"]),
]


@pytest.mark.parametrize("sentence, whens", SUBJECT_ASIDE)
def test_a_date_in_an_aside_of_the_subject_dates_no_statement(sentence, whens):
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    assert [e.when for e in events] == whens


def test_subject_aside_switched_off(monkeypatch):
    _each_example_needs(monkeypatch, "SUBJECT_ASIDE", SUBJECT_ASIDE[:5])


# Session 19, parser19: an aside of the subject that tells the main act's own occasion keeps
# its date (clauses.OCCASION_ASIDE): the subject came, met, spoke or published there on that
# day, or the subject is a happening and the aside says when it happened; the main verb is a
# past. The first seven fail with the rule off.
OCCASION_ASIDE = [
    ("Blair, who touched down Saturday in Cairo, welcomed the call for talks.", ["2024-03-09"]),
    ("Steinmeier, who held talks with Rice on Tuesday, raised the issue of secret prisons.", ["2024-03-12"]),
    ("The president, who chaired an emergency meeting on Monday, ordered a state of emergency.", ["2024-03-11"]),
    ("The editorial, posted on its website on Saturday, said the minister had lost credibility.", ["2024-03-09"]),
    ("The premier, who was also celebrating a year in office on Sunday, said the rebels were weak.",
     ["2024-03-10"]),
    ("The last eruption of the volcano, which occurred in 1993, killed nine people.", ["1993"]),
    ("The four-day championship, which began on Wednesday, drew some 500 athletes.", ["2024-03-13"]),
    # must not: another act of that day; a visit still to come; a present main verb; an
    # arrival late in the day (the visit's acts come the next day); an arrival years ago;
    # an aside that is no occasion
    ("Japan, who suffered a loss to Korea Friday, played a different game.", ["../" + REPORTED]),
    ("The president, who will start a visit to China on Sunday, said ties were sound.", ["../" + REPORTED]),
    ("The minister's visit, which started Sunday, is a clear sign of change.", ["../" + REPORTED]),
    ("The editorial, posted on Saturday, is widely read.", ["../" + REPORTED]),
    ("Annan, who arrived here late Monday, made the remarks at a press conference.", ["../" + REPORTED]),
    ("The envoy, who arrived on Wednesday night, made the remarks at a press conference.", ["../" + REPORTED]),
    ("Juanita Castro, who arrived in Miami in 1961, became a citizen.", ["../" + REPORTED]),
    ("The leader, who hinted on Sunday the party might quit, said he was pleased.", ["../" + REPORTED]),
]


@pytest.mark.parametrize("sentence, whens", OCCASION_ASIDE)
def test_an_aside_on_the_main_acts_occasion_keeps_its_date(sentence, whens):
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    assert [e.when for e in events] == whens


def test_occasion_aside_switched_off(monkeypatch):
    _each_example_needs(monkeypatch, "OCCASION_ASIDE", OCCASION_ASIDE[:7])


# Session 19, parser19: a date of another happening that the statement is measured or placed
# by dates no statement: the base of a comparison ("the highest level since its launch in
# 1999", clauses.COMPARISON_SINCE) and, after a simple-present main verb, a date in the noun
# phrase of a related happening ("marks a new beginning following the invasion in March
# 2003", clauses.RELATED_HAPPENING). The first four / three fail with each rule off.
COMPARISON_SINCE = [
    ("The euro also hit the highest level since its launch in 1999 against the yen.", ["../" + REPORTED]),
    ("He is the first speaker to visit Taiwan since Washington switched recognition in 1979.", ["../" + REPORTED]),
    ("The latest death brought the overall toll since the start of the uprising in September 2000 to 4,899.",
     ["../" + REPORTED]),
    ("It was the 13th such attack since the blast that killed Hariri in February.", ["../" + REPORTED]),
    ("Violence has been at its worst since the March 2003 invasion.", [REPORTED]),
    ("The bombing plunged Lebanon into chaos not seen since the 1975-1990 civil war.", ["../" + REPORTED]),
    # must not: a bound of the statement's own time; a perfect's "since"; a second verb or
    # date after the "since"; "at least ... since"
    ("He has lived in Paris since 2019.", ["2019"]),
    ("The firm has been a sales agent for the world's biggest breeder of insects since 1992.", ["1992"]),
    ("Input prices showed their sharpest fall since December 1986 and fell by 0.5 percent in March.", ["2024-03"]),
    ("Output prices showed their sharpest fall since September 1986 in March.", ["2024-03"]),
    ("He has spoken with her at least three times since she arrived in 2019.", ["2019"]),
]
RELATED_HAPPENING = [
    ("The vote marks a new beginning following the US-led invasion in March 2003.", ["../" + REPORTED]),
    ("The forecast is a slight increase over its outlook issued in November.", ["../" + REPORTED]),
    ("The loan is the second credit announced following the October 8 earthquake.", ["../" + REPORTED]),
    ("The vote, the third this year, marks a new beginning following the invasion in March 2003, two "
     "governments and the adoption of a constitution in October.", ["2024"]),
    # must not: a past main verb (what came right after the happening is dated by it); a future
    # or progressive; a bare date after the preposition (a bound); a fronted "Following"
    ("The hostages were freed following a military operation in May.", ["2023-05"]),
    ("The procedures are due to go before the Security Council next week.", ["2024-03-18/2024-03-24"]),
    ("Helicopters are flying over northern New York today.", [REPORTED]),
    ("The offer is valid before Friday.", [REPORTED]),
    ("Following are the top scorers after the matches played on Sunday:", ["2024-03-10"]),
    ("He said: \"The fund is a sign of hope after the war in 2006.\"", ["2006"]),
]


# Session 21, xrecall7: the relating word may be the present main verb itself ("The election
# follows a lightning drive to oust Saddam in April 2003": dev10's election background was
# date-blocked by the drive's month). The first three fail without "follows" / "precedes".
RELATED_BY_VERB = [
    ("The election for a 275-member parliament follows a lightning drive to oust Saddam in April 2003, two "
     "transitional governments and the adoption of a constitution in October.", ["../" + REPORTED]),
    ("The Athens meeting follows an OECD ministerial conference in June 2004 in Istanbul.", ["../" + REPORTED]),
    ("The summit precedes the ministerial meeting on Nov. 15.", ["../" + REPORTED]),
    # must not: a past main verb
    ("The election followed the invasion in April 2003.", ["2003-04"]),
]


@pytest.mark.parametrize("sentence, whens", COMPARISON_SINCE + RELATED_HAPPENING + RELATED_BY_VERB)
def test_a_date_the_statement_is_measured_by_dates_no_statement(sentence, whens):
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    assert [e.when for e in events] == whens


def test_comparison_since_switched_off(monkeypatch):
    _each_example_needs(monkeypatch, "COMPARISON_SINCE", COMPARISON_SINCE[:4])


def test_related_happening_switched_off(monkeypatch):
    _each_example_needs(monkeypatch, "RELATED_HAPPENING", RELATED_HAPPENING[:3])


# Session 20, parser20: a "since" date that a running count or a rank is counted from dates no
# statement (the words before the "since" widened: a count noun, a quantity in figures, a word
# ordinal, any superlative after a determiner); the statement takes its main verb's time (the
# report's with a present perfect). The first nine fail with COMPARISON_SINCE off.
COUNT_SINCE = [
    ("Two more troops were killed, bringing the number of US fatalities in Iraq since the 2003 invasion to 2,946.",
     ["../" + REPORTED]),
    ("China has sent a total of 15,000 medical personnel to 47 nations since the dispatch of its first team in 1963.",
     [REPORTED]),
    ("The aid brings total US emergency assistance to 33.4 million dollars since 1995.", ["../" + REPORTED]),
    ("More than 1,700 people have been killed since the violence reemerged in January 2004.", [REPORTED]),
    ("The prison detains hundreds of suspects since US forces overthrew the regime in late 2001.", ["../" + REPORTED]),
    ("Groups have made strong reactions to the latest shrine visit, the fifth since he took office in 2001.",
     [REPORTED]),
    ("It is the second visit of an Iraqi president to France since 2003.", ["../" + REPORTED]),
    ("It was the bloodiest gunbattle in the city since a new party took office in October.", ["../" + REPORTED]),
    ("The blockade has cost Cuba 80 billion dollars since the United States imposed it in 1962.",
     ["../" + REPORTED]),
    # must not: a figure's state ("been" and no participle), a group ("the 11 hostages", "the
    # dozens of planes"), a figure that is part of a name ("Talcom-2"), a share or a rate, a
    # frequency, a duration; a superlative-looking word that is none ("the unrest since")
    ("The trial of another 11 members has been underway since December.", ["2023-12"]),
    ("Rebels had been holding the residence and 72 prominent hostages since December 17.", ["2023-12-17"]),
    ("The 11 hostages have been held since April 3.", ["2023-04-03"]),
    ("Passengers were unable to leave the dozens of planes which had landed since the terminals were closed "
     "at around 06h30 GMT.", [REPORTED]),
    ("\"The Talcom-2 satellite had been located at the site since September 23, 2005,\" he said.", ["2005-09-23"]),
    ("Prices have risen 5 percent since January.", ["2024-01"]),
    ("The conflict has festered for 22 years since the withdrawal in 1975.", ["1975"]),
    ("Police have patrolled the city during the unrest since March.", ["2024-03"]),
]


@pytest.mark.parametrize("sentence, whens", COUNT_SINCE)
def test_a_running_counts_since_dates_no_statement(sentence, whens):
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    assert [e.when for e in events] == whens


def test_count_since_switched_off(monkeypatch):
    _each_example_needs(monkeypatch, "COMPARISON_SINCE", COUNT_SINCE[:9])


# Session 20, parser20: a year-ago date a figure is compared with is the comparison's base, not
# the statement's time (clauses.COMPARED_BASE): the statement is the current figure's. The first
# four fail with the rule off.
COMPARED_BASE = [
    ("Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.", ["../" + REPORTED]),
    ("The company earned $45.2 million, or 65 cents a share, compared with $84.9 million, or $1.24 a share, "
     "a year earlier.", ["../" + REPORTED]),
    ("Wages were 3.8 percent higher than a year earlier.", ["../" + REPORTED]),
    ("Net fell 37% to $32.9 million from $52.2 million in the year-ago period.", ["../" + REPORTED]),
    # ... the statement's own date stays; must not: a year-ago date the statement is about; a
    # place after "from"; a quantity ("more than"); a date that is no year-ago base
    ("Sales rose 6% in the third quarter, compared with the same period last year.", ["2023-07/2023-09"]),
    ("In the year-earlier period, the company had net of $77.2 million.", ["2022-10/2022-12"]),
    ("The troops withdrew from Lebanon last year.", ["2023"]),
    ("The unit had more than $110 million in sales last year.", ["2023"]),
    ("More than 10,000 students came to China last year, a 36 percent growth compared with 2021.", ["2023"]),
]


@pytest.mark.parametrize("sentence, whens", COMPARED_BASE)
def test_a_figures_year_ago_base_dates_no_statement(sentence, whens):
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    assert [e.when for e in events] == whens


def test_compared_base_switched_off(monkeypatch):
    _each_example_needs(monkeypatch, "COMPARED_BASE", COMPARED_BASE[:4])


def test_an_aside_in_a_story_of_the_past_keeps_its_date():
    # most of the document's dates lie years before the report's: the aside's date is the story's
    text = ("The war began in 1939. France fell in June 1940. "
            "The Eighth Army, which landed in Sicily in July 1943, advanced north.")
    events = document_events(text, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    assert [e.when for e in events if e.text.startswith("The Eighth")] == ["1943-07"]


# Session 19, parser19b: a date in an aside describing a noun after the main verb (a relative
# clause ", who was ousted in 2003" or a reduced one ", ousted from power after ... in March
# 2003"), running to the end of the sentence, dates no statement when the main verb is a saying
# or a simple present (clauses.OBJECT_ASIDE): the statement is the report's. The first seven
# fail with the rule off.
OBJECT_ASIDE = [
    ("He said some Iraqis were right to think that they were worse off than under dictator Saddam Hussein, "
     "ousted from power after US-led forces invaded in March 2003.", ["../" + REPORTED]),
    ("He said Iraqis were worse off than under Saddam Hussein, who was ousted in 2003.", ["../" + REPORTED]),
    ("\"We were betrayed,\" said Josefa Gonzalez, who left Cuba in 1962.", ["../" + REPORTED]),
    ("He is wanted by Norwegian authorities, who requested his extradition in July 1992.", ["../" + REPORTED]),
    ("A dispute concerns a political treaty, which the two presidents signed last May.", ["../" + REPORTED]),
    ("Zico told reporters he had few worries about Croatia, who beat Japan in 1998.", ["../" + REPORTED]),
    ("The document represents the first overhaul of the constitution, which was drawn up in 1963.",
     ["../" + REPORTED]),
    # must not: the main verb's own date (no aside, a subject's relative clause, a date after
    # the aside); a past main verb that is no saying; a second predicate after a verb; an aside
    # on the saying's medium or occasion; a participle after a quantity; a comma that closes
    # the subject's aside (the participle is the main verb)
    ("He was arrested after police raided the house in March.", ["2024-03"]),
    ("The man who was arrested on Tuesday appeared in court.", ["2024-03-12"]),
    ("The bank said it sold the unit, which it bought in 2019, on Tuesday.", ["2024-03-12"]),
    ("Yeltsin fired Zaitsev, who took the post in August 1996.", ["1996-08"]),
    ("He told reporters he was beaten up, intimidated and threatened before being released on Tuesday.",
     ["2024-03-12"]),
    ("Gonzalez said so in the letter, dated Monday.", ["2024-03-11"]),
    ("\"We won,\" said Rice, who met Steinmeier on Tuesday.", ["2024-03-12"]),
    ("He said profit rose 5 percent, boosted by sales in November.", ["2023-11"]),
    ("The drop in wholesale prices, a gauge of inflation, followed a fall in September.", ["2023-09"]),
    # must not: a relative clause in the future tells the plan the statement is about
    ("The company said it has chosen three partners for the pilot, which will run through June.", ["2024-06"]),
    ("He said the talks, which are due to start in May, would be hard.", ["2024-05"]),
    ("Officials said they named a new envoy, who is to arrive in April.", ["2024-04"]),
    # ... but a future aside on the speaker of an inverted speech tag is still the speaker's
    ("\"I had stopped thinking about it,\" said Morricone, who is to conduct a concert in Milan on Saturday.",
     ["../" + REPORTED]),
    ("\"They are dangerous,\" added the manager, whose side will visit Chelsea on Saturday.", ["../" + REPORTED]),
]


@pytest.mark.parametrize("sentence, whens", OBJECT_ASIDE)
def test_an_aside_describing_an_object_dates_no_statement(sentence, whens):
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    assert [e.when for e in events] == whens


def test_object_aside_switched_off(monkeypatch):
    _each_example_needs(monkeypatch, "OBJECT_ASIDE", OBJECT_ASIDE[:7])


# Session 20, parser21: a month or a week back a figure is compared with is the comparison's
# base too (clauses.COMPARED_MONTH_BASE): after "compared with" anything, after "from"/"than" a
# figure (not a year), or a figure, "up", "down" or "unchanged" right before "from". The first
# seven fail with the rule off.
COMPARED_MONTH_BASE = [
    ("Retail sales fell 8.4% from February.", ["../" + REPORTED]),
    ("The jobless rate rose to 5.4 percent, up from 5.1 percent in February.", ["../" + REPORTED]),
    ("The index fell by 0.5 percent from the figure for February.", ["../" + REPORTED]),
    ("Only 35 percent approved, compared with 37 percent in a previous poll in February.", ["../" + REPORTED]),
    ("The bills sold at a discount rate of 4.155 percent, up from 4.125 percent last week.", ["../" + REPORTED]),
    ("Volumes were up to 190 million dollars from 171 million dollars the previous week.", ["../" + REPORTED]),
    ("The atmosphere had improved compared with the fractious summit in February.", ["../" + REPORTED]),
    # ... the statement's own month stays; must not: the start of a span, a place after "from",
    # a deadline after "later than", a year after "from"
    ("The rate was 8.8 percent in February, unchanged from January.", ["2024-02"]),
    ("Prices rose from January to March.", ["2024-01/2024-03"]),
    ("Italy withdrew 300 soldiers from Iraq in February.", ["2024-02"]),
    ("The work must be finished no later than February.", ["2024-02"]),
    ("The blueprint for the period from 2026 to 2030 was issued last month.", ["2024-02"]),
]


@pytest.mark.parametrize("sentence, whens", COMPARED_MONTH_BASE)
def test_a_figures_month_base_dates_no_statement(sentence, whens):
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    assert [e.when for e in events] == whens


def test_compared_month_base_switched_off(monkeypatch):
    _each_example_needs(monkeypatch, "COMPARED_MONTH_BASE", COMPARED_MONTH_BASE[:7])


# Session 21, xrecall7: a time whose words name its day ("Thursday evening", "late Wednesday
# night", "7:40 p.m. Sunday") ranks as that day (lang/en NAMED_DAY_TIME_RE, events.choose_when),
# so a saying's bare day after it no longer wins: "eight miners were killed ... on Tuesday
# evening, officials said on Wednesday" is Tuesday's (dev13's Halemba blast was date-blocked
# by it). The first five fail with the rule off (events.NAMED_DAY_TIME, on since session 21,
# prec19, when a superlative rank of the year stopped joining the act it ranks).
NAMED_DAY_TIME = [
    ("Eight miners were killed when a gas explosion took place on Thursday evening, officials said on Friday.",
     ["2024-03-14"]),
    ("The peace talks collapsed on Wednesday night, the mediators said in a statement received here Thursday.",
     ["2024-03-13"]),
    ("Explosives stored in a pit caught fire at 7:40 p.m. Sunday, sources confirmed on Monday.", ["2024-03-10"]),
    ("The minister arrived here Thursday evening following last Wednesday's bombings.", ["2024-03-14"]),
    ("The meeting took place Thursday night on the sidelines of celebrations held on Friday.", ["2024-03-14"]),
    # must not: a time of an inferred day beside a named one (a comparison's base); a day named
    # in the saying with no other date; a time with no day named
    ("At 5:00 p.m., the dollar was quoted at 117.40 yen compared with 117.50 yen at 4:00 p.m. Thursday.",
     [REPORTED]),
    ("Eight miners were killed in the evening, officials said on Thursday.", ["2024-03-14"]),
    ("Eight miners were killed on Wednesday, officials said on Thursday.", ["2024-03-13"]),
]


@pytest.mark.parametrize("sentence, whens", NAMED_DAY_TIME)
def test_a_time_naming_its_day_dates_as_that_day(monkeypatch, sentence, whens):
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    assert [e.when for e in events] == whens


def test_named_day_time_switched_off(monkeypatch):
    from timeline_cli.temporal import events as events_module

    monkeypatch.setattr(EN, "NAMED_DAY_TIME_RE", None)
    for sentence, whens in NAMED_DAY_TIME[:5]:
        events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
        assert [e.when for e in events] != whens, sentence
    monkeypatch.undo()
    monkeypatch.setattr(events_module, "NAMED_DAY_TIME", False)
    for sentence, whens in NAMED_DAY_TIME[:5]:
        events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
        assert [e.when for e in events] != whens, sentence


# Session 21, xrecall7: a perfect progressive main verb whose only dates are subordinate tells
# what has gone on up to now, the report's past, not the report day's act as a perfect does
# ("has apologised"): dev8's daily rallies were date-blocked by it (clauses.PERFECT_PROGRESSIVE).
# The first three fail with the rule off.
PERFECT_PROGRESSIVE = [
    ("Castro's government has been using such rallies almost every day to draw attention to the case of "
     "Elian, who was rescued Nov. 25 while clinging to an inner tube.", ["../" + REPORTED]),
    ("The group has been fighting the government that took power in 1996.", ["../" + REPORTED]),
    ("Officials have been questioning the suspect, who was arrested on Tuesday.", ["../" + REPORTED]),
    # must not: a perfect of the report day, a perfect passive ("been blamed")
    ("The minister has apologised to the families for errors made during the 2019 flood response.", [REPORTED]),
    ("The group has been blamed for the bombing that killed 20 in 1996.", [REPORTED]),
]


@pytest.mark.parametrize("sentence, whens", PERFECT_PROGRESSIVE)
def test_a_perfect_progressive_is_the_reports_past(sentence, whens):
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    assert [e.when for e in events] == whens


def test_perfect_progressive_switched_off(monkeypatch):
    _each_example_needs(monkeypatch, "PERFECT_PROGRESSIVE", PERFECT_PROGRESSIVE[:3])


# Session 21, xrecall7: "Around", "About", "Over", "Under" before a figure approximate the
# subject's count, no fronted adverbial: the present perfect is still the main verb ("Around
# 2,154 US soldiers have been killed since the 2003 invasion, which Bush admitted Wednesday ..."
# is the report's, as its "Roughly 2,150 ..." copy is: dev10's US toll was date-blocked by the
# aside's Wednesday; clauses.APPROXIMATED_SUBJECT). The first three fail with the rule off.
APPROXIMATED = [
    ("Around 2,154 US soldiers have been killed since the 2003 invasion, which Bush admitted Wednesday "
     "had been based on wrong intelligence.", [REPORTED]),
    ("Over 1,700 people have been killed in a new wave of violence since January 2004.", [REPORTED]),
    ("About 300 people, who fled on Monday, have returned.", [REPORTED]),
    # must not: a fronted adverbial ("Around Christmas", "Over 2005": a year, no figure)
    ("Around Christmas, the man who left on Monday has returned.", ["2023-12-25"]),
    ("Over 2005, the firm that opened on Monday has grown.", ["2005"]),
]


@pytest.mark.parametrize("sentence, whens", APPROXIMATED)
def test_an_approximated_figure_is_the_subjects(sentence, whens):
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    assert [e.when for e in events] == whens


def test_approximated_subject_switched_off(monkeypatch):
    _each_example_needs(monkeypatch, "APPROXIMATED_SUBJECT", APPROXIMATED[:3])


# Session 21, xrecall7: the occasion an act is timed for ("in time for an EU summit in Brussels
# next week") is a target, not the statement's time (lang/en TARGET_BEFORE_RE): dev20's British
# budget proposals were date-blocked by the summit's week. The first two failed before.
IN_TIME_FOR = [
    ("The British proposals are aimed at breaking a budget deadlock in time for an EU summit in Brussels next week.",
     ["../" + REPORTED]),
    ("The bridge was finished in time for the opening on Friday.", ["../" + REPORTED]),
    # must not: the statement's own date beside it
    ("The bridge was finished on Tuesday in time for the opening on Friday.", ["2024-03-12"]),
]


@pytest.mark.parametrize("sentence, whens", IN_TIME_FOR)
def test_the_occasion_an_act_is_timed_for_is_a_target(sentence, whens):
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    assert [e.when for e in events] == whens


# Session 21, xrecall7: a clock time whose day names nothing beside a span of days counted from
# another happening ("at 6 a.m. ... 10 days before the murder") is not the report's day: the
# statement has no date of its own (events.ANCHORED_DAY; dev's jogger and hair statements were
# date-blocked by the report day). The first two fail with the rule off.
ANCHORED_DAY = [
    ("A jogger observed Kopp's car at 6 a.m. near Slepian's home 10 days before the murder.", ["../" + REPORTED]),
    ("Evidence includes testimony from a jogger who spotted the car at 6 a.m. ten days before the shooting.",
     ["../" + REPORTED]),
    # must not: a day named; a span of hours (the day may be the report's)
    ("He left at 6 a.m. on Thursday, two days after the attack.", ["2024-03-14"]),
    ("He left at 6 a.m., two hours after the attack.", [REPORTED]),
]


@pytest.mark.parametrize("sentence, whens", ANCHORED_DAY)
def test_a_clock_time_of_a_day_counted_from_another_happening_is_undated(sentence, whens):
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    assert [e.when for e in events] == whens


def test_anchored_day_switched_off(monkeypatch):
    from timeline_cli.temporal import events as events_module

    monkeypatch.setattr(events_module, "ANCHORED_DAY", False)
    for sentence, whens in ANCHORED_DAY[:2]:
        events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
        assert [e.when for e in events] != whens, sentence


# Session 21, xrecall7: a future whose only date ends the sentence in its saying's frame ("...,
# Cuba predicted Wednesday") runs from the saying's day on, not on that day alone
# (events.FUTURE_SAID_ON): dev2's copy of the sentence without the frame is the report's future,
# and the two were date-blocked. The first three fail with the rule off.
FUTURE_SAID_ON = [
    ("Cuban exiles in Miami will now proceed with all their resources to impede or delay the ruling, "
     "Cuba predicted Wednesday.", ["2024-03-13/.."]),
    ("The minister will visit China, he told reporters Tuesday.", ["2024-03-12/.."]),
    ("Up to seven of 10 present deputies will be replaced, he said last week.", ["2024-03-04/.."]),
    # must not: a past; a date of the act's own; a saying first
    ("The plant closed, officials said on Wednesday.", ["2024-03-13"]),
    ("The plant will close on Friday, officials said on Wednesday.", [REPORTED]),
    ("Officials said on Wednesday the plant will close.", ["2024-03-13"]),
]


@pytest.mark.parametrize("sentence, whens", FUTURE_SAID_ON)
def test_a_future_said_on_a_day_runs_from_it(sentence, whens):
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    assert [e.when for e in events] == whens


def test_future_said_on_switched_off(monkeypatch):
    from timeline_cli.temporal import events as events_module

    monkeypatch.setattr(events_module, "FUTURE_SAID_ON", False)
    for sentence, whens in FUTURE_SAID_ON[:3]:
        events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
        assert [e.when for e in events] != whens, sentence


# Session 23 (ingestcpu5): lang/en `may_hold_target` spares TARGET_BEFORE_RE's long search of
# the clause before most dates. It may say yes where the pattern says no, never no where the
# pattern says yes: the clause before every word of the corpora held to that (809,234 clauses,
# 549 targets, 77% spared), and these hold it here, a case fold re makes and str.lower does not
# ("ſ" for "s") among them.
TARGET_CLAUSES = [
    "The leaders agreed to withdraw the troops by ",
    "endorsed the plan to implement the roadmap no later than the end of ",
    "set a deadline of ",
    "extended the deadline to the ",
    "postponed until ",
    "gave the rebels until the end of ",
    "aimed at breaking a budget deadlock in time for an EU summit in Brussels ",
    "The bridge was finished in time for the opening ",
    "set a deadline a\u017f ",  # (re's IGNORECASE reads the long s as "s")
    "AGREED TO WITHDRAW BY ",
]
NOT_TARGET_CLAUSES = ["The army withdrew on ", "Troops left the city ", "agreed to withdraw by", "He said "]


@pytest.mark.parametrize("clause", TARGET_CLAUSES + NOT_TARGET_CLAUSES)
def test_target_gate_never_refuses_what_the_pattern_finds(clause):
    from timeline_cli.lang.en.clauses import TARGET_BEFORE_RE, may_hold_target

    assert may_hold_target(clause) or TARGET_BEFORE_RE.search(clause) is None
    assert (TARGET_BEFORE_RE.search(clause) is not None) == (clause in TARGET_CLAUSES)


@pytest.mark.parametrize("clause", ["Troops left the city ", "He said ", "agreed to withdraw by"])
def test_target_gate_spares_a_clause_that_ends_in_no_target_word(clause):
    from timeline_cli.lang.en.clauses import may_hold_target

    assert not may_hold_target(clause)
