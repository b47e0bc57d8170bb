"""Rules made on the wrong facts of the saved web pages (`../shared/sources/web-dev`, session 17,
webprec): statements that tell no happening, only how to do something or what the writer holds,
link on no words (`facts.NO_HAPPENING`, `lang.en.facts.instruction`, `opinion`, `generally`).
Each example fails with its switch off; each must-not is a test of its own."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import filler, rev


FILLER = filler(2019, 12) + filler(2020, 1)


def _facts(*events: Event) -> list[str]:
    fact_of = facts.group([*events, *FILLER])
    return [fact_of[e.id] for e in events]


def _off(flag: str, *events: Event) -> list[str]:
    setattr(facts, flag, False)
    try:
        return _facts(*events)
    finally:
        setattr(facts, flag, True)


# --- An instruction, or two views or generalities, tell no happening (`facts.NO_HAPPENING`)

RUN = rev("Then run the pip install -r requirements.txt to install the requirements.", "../2019-12-29",
          "blog.example/scrape", date(2019, 12, 29))
WORKS = rev("Once created, pip install by name or by requirements file works as expected.", "../2020-01-10",
            "courses.example/python", date(2020, 1, 10))
# made up, another subject: a recipe step and another page's remark on the same dough
KNEAD = rev("Next, knead the sourdough starter into the rye flour for ten minutes.", "../2020-01-03",
            "recipes.example/rye", date(2020, 1, 3))
KNEADED = rev("Rye flour kneaded with a sourdough starter gives a dense, moist loaf.", "../2020-01-07",
              "bakery.example/notes", date(2020, 1, 7))

FLEXIBLE = rev("Python is, in general, an exceptionally flexible programming language - and this extends to its "
               "environment management.", "../2020-01-10", "courses.example/python", date(2020, 1, 10))
BETTER = rev("To be clear, I do think Python 3 is generally a better language than Python 2.", "../2020-01-13",
             "blog.example/python3", date(2020, 1, 13))
# made up: two pages' views of one programming language
SAFER = rev("In my view, Rust is a safer systems language than C for embedded firmware.", "../2020-01-05",
            "blog.example/rust", date(2020, 1, 5))
SAFE = rev("Rust is generally a safer systems language for embedded firmware.", "../2020-01-09",
           "guide.example/rust", date(2020, 1, 9))


def _item(event: Event) -> facts._Item:
    return facts._item(event, None, {}, {})


def test_the_web_pages_pairs_tell_no_happening():
    assert facts._told_no_happening(_item(RUN), _item(WORKS))
    assert facts._told_no_happening(_item(FLEXIBLE), _item(BETTER))


@pytest.mark.parametrize("pair", [(KNEAD, KNEADED), (SAFER, SAFE)],
                         ids=["an undated instruction", "two undated views or generalities"])
def test_what_tells_no_happening_links_on_no_words(pair):
    a, b = _facts(*pair)
    assert a != b
    a, b = _off("NO_HAPPENING", *pair)
    assert a == b


def test_instructions_views_and_generalities_are_read():
    assert en.instruction(RUN.text) and en.instruction(KNEAD.text)
    assert en.instruction("First, open the file.") and en.instruction("- Slice the tomatoes and set them aside.")
    assert en.opinion(BETTER.text) and en.opinion(SAFER.text)
    assert en.generally(FLEXIBLE.text) and en.generally(SAFE.text)


def test_reports_are_no_instructions():
    for text in ("Then the storm hit the town.", "Then came the news.", "Meanwhile the rally began.",
                 "Next week the council meets.", "Biden, the oldest president, is here.", "Police arrested the man.",
                 "KOBE - A total of 6,000 masks have been lost.", "Among the dead was a child.",
                 "Trump held a rally in Hialeah.", "Officials said the bridge was closed.",
                 '"Take the money," he said.', "Rick: It was a two-phase approach.", "But the field is thin.",
                 "Almost all the cocktails are made with mezcal."):
        assert not en.instruction(text), text


def test_quotes_and_reports_are_no_views():
    assert not en.opinion('"I think he is going to be the nominee," Hawley said.')
    assert not en.opinion("Officials think the bridge will reopen on Monday.")
    assert not en.generally("The storm generally moved east on Tuesday.")
    assert not en.generally('"It is usually quiet here," he said.')


def test_a_quote_of_a_view_told_by_two_outlets_stays_one():
    one = rev('"I think he is going to be the nominee," Senator Hawley said of the former president.',
              "../2023-11-08", "tv.example/hawley", date(2023, 11, 8))
    two = rev('"I think he is going to be the nominee," Hawley told the station of the former president.',
              "../2023-11-09", "paper.example/hawley", date(2023, 11, 9))
    a, b = _facts(one, two)
    assert a == b


def test_a_view_and_a_plain_statement_still_link():
    # (one side no view nor generality: the rule asks both, or an instruction)
    view = rev("In my view, the village bakers bake the best cakes for the spring fair.", "../2024-03-06",
               "blog.example/fair", date(2024, 3, 6))
    plain = rev("The village bakers bake cakes for the spring fair.", "../2024-03-06", "news.example/fair",
                date(2024, 3, 6))
    a, b = _facts(view, plain)
    assert a == b


def test_a_dated_instruction_like_sentence_is_not_ruled():
    # (a date of its own: no how-to step; the rule asks an undated one)
    item = _item(rev("Then run the tests.", "2020-01-03", "x/1", date(2020, 1, 3)))
    other = _item(rev("The tests ran.", "2020-01-03", "y/1", date(2020, 1, 3)))
    assert not facts._told_no_happening(item, other)


# --- A toll counted since a campaign began is no one strike's (`facts.CUMULATIVE_APART`)

FILLER_2023 = filler(2023, 10) + filler(2023, 11)


def _facts_2023(*events: Event) -> list[str]:
    fact_of = facts.group([*events, *FILLER_2023])
    return [fact_of[e.id] for e in events]


# made up, another war: a toll since the offensive began and one raid's toll, many words shared
SINCE = rev("Health officials in Northland say at least 4,310 people have been killed in the province since "
            "Southland launched its offensive against the rebel militias.", "../2023-11-03", "times.example/war",
            date(2023, 11, 3))
RAID = rev("Southland said its air raids on the province killed dozens of rebel militia fighters.", "../2023-11-03",
           "radio.example/raid", date(2023, 11, 3))


def test_a_toll_since_a_campaign_began_is_no_strikes_toll(monkeypatch):
    a, b = _facts_2023(SINCE, RAID)
    assert a != b
    monkeypatch.setattr(facts, "CUMULATIVE_APART", False)
    a, b = _facts_2023(SINCE, RAID)
    assert a == b


def test_two_tolls_since_one_start_may_link():
    again = rev("At least 4,310 people have been killed in Northland province since Southland launched its "
                "offensive against the rebel militias, health officials say.", "../2023-11-03", "wire.example/war",
                date(2023, 11, 3))
    a, b = _facts_2023(SINCE, again)
    assert a == b


def test_a_toll_since_an_incident_is_no_period():
    assert en.cumulative_toll(SINCE.text)
    assert en.cumulative_toll("More than 300 soldiers have died since the start of the war.")
    assert en.cumulative_toll("The toll since the war began stands at 1,200.")
    assert not en.cumulative_toll("The death toll has risen to 40 since the blast on Tuesday.")
    assert not en.cumulative_toll("At least 12 people were killed when the bridge collapsed.")
    assert not en.cumulative_toll("Prices have risen since the offensive began.")


# --- A happening held only as what another act is about (`facts.HAPPENING_ASIDE`)

FILLER_2024 = filler(2024, 3)


def _facts_2024(*events: Event) -> list[str]:
    fact_of = facts.group([*events, *FILLER_2024])
    return [fact_of[e.id] for e in events]


def _aside_off(*events: Event) -> list[str]:
    facts.HAPPENING_ASIDE = False
    try:
        return _facts_2024(*events)
    finally:
        facts.HAPPENING_ASIDE = True


# made up: a rally, and another campaign's act on the occasion of it
RALLY = rev("Governor Reyes held a campaign rally in Springfield on Thursday night, rallying supporters in the "
            "state capital.", "2024-03-07", "news.example/rally", date(2024, 3, 8))
OCCASION = rev("Earlier on Thursday, the Carter campaign used the occasion of Reyes's rally in Springfield to launch "
               "two new radio ads targeting supporters in the state capital.", "2024-03-07", "post.example/ads",
               date(2024, 3, 8))
# made up: a remark, and another person praising it
REMARK = rev("Senator Ortiz called the budget plan a disgrace for the state's schools.", "../2024-03-08",
             "news.example/ortiz", date(2024, 3, 8))
PRAISE = rev("Morales also praised Ortiz for calling the budget plan a disgrace for the state's schools.",
             "../2024-03-09", "post.example/union", date(2024, 3, 9))


def test_another_act_on_the_occasion_of_a_happening_is_not_it():
    a, b = _facts_2024(RALLY, OCCASION)
    assert a != b
    a, b = _aside_off(RALLY, OCCASION)
    assert a == b


def test_another_act_for_a_happening_is_not_it():
    a, b = _facts_2024(REMARK, PRAISE)
    assert a != b
    a, b = _aside_off(REMARK, PRAISE)
    assert a == b


def test_the_web_pages_mentions_in_passing_are_read():
    rally = _item(rev("Trump held a campaign rally in Hialeah, Florida, on Wednesday night and spoke to his "
                      "supporters at the same time the debate was being broadcast.", "2023-11-08", "a/1",
                      date(2023, 11, 9)))
    ads = _item(rev("Earlier on Wednesday, the Biden campaign used the occasion of Trump's rally and the GOP debate "
                    "to announce two new Spanish-language TV ads targeting South Florida's Latino voters.",
                    "2023-11-08", "b/1", date(2023, 11, 9)))
    scum = _item(rev('She called Mr. Ramaswamy "scum" for pointing out her own daughter has a TikTok account.',
                     "../2023-11-08", "c/1", date(2023, 11, 8)))
    praised = _item(rev('Cohen also praised Haley for calling entrepreneur Vivek Ramaswamy "scum" after he brought up '
                        "her daughter's use of TikTok.", "../2023-11-09", "d/1", date(2023, 11, 9)))
    assert facts._happening_aside(ads, rally)
    assert facts._happening_aside(praised, scum)


def test_the_happening_owned_by_the_subject_is_told():
    drew = rev("Reyes's campaign rally in Springfield drew thousands of supporters to the state capital on Thursday "
               "night.", "2024-03-07", "tv.example/rally", date(2024, 3, 8))
    a, b = _facts_2024(RALLY, drew)
    assert a == b
    assert en.possessed_aside(drew.text) == ()


def test_an_owner_phrases_verb_is_no_owned_happening():
    assert en.possessed_aside("Lawmakers met after Smith's committee approves a budget for the schools.") == (
        ("smith", frozenset({"committe"})),)


def test_one_act_told_twice_with_its_reason_stays_one():
    one = rev("Police arrested Smith for stealing a delivery van from the depot in Springfield.", "2024-03-05",
              "news.example/van", date(2024, 3, 6))
    two = rev("Smith was arrested on Tuesday for stealing a delivery van from the Springfield depot.", "2024-03-05",
              "tv.example/van", date(2024, 3, 6))
    a, b = _facts_2024(one, two)
    assert a == b
    assert en.reason_acts(one.text) == frozenset({"steal"})


# --- Names and a word dating a title before them are who, not what (`facts.NAMES_TITLES`)

JOINED = rev("The two were joined on stage by former Ohio Gov. Mark Ellison and Nevada Sen. Ruth Calder.",
             "../2024-03-08", "tv.example/debate", date(2024, 3, 8))
RECEDED = rev("Two other candidates, former Ohio Gov. Mark Ellison and Sen. Ruth Calder of Nevada, receded into "
              "the background at times.", "../2024-03-08", "paper.example/debate", date(2024, 3, 8))


def test_names_and_a_titles_date_shared_with_other_happenings_are_two(monkeypatch):
    a, b = _facts_2024(JOINED, RECEDED)
    assert a != b
    monkeypatch.setattr(facts, "NAMES_TITLES", False)
    a, b = _facts_2024(JOINED, RECEDED)
    assert a == b


def test_one_happening_of_a_former_governor_stays_one():
    one = rev("Former Ohio Gov. Mark Ellison withdrew from the presidential race on Friday.", "2024-03-08",
              "tv.example/out", date(2024, 3, 8))
    two = rev("Former Ohio Gov. Mark Ellison withdrew from the race for the presidential nomination Friday.",
              "2024-03-08", "paper.example/out", date(2024, 3, 8))
    a, b = _facts_2024(one, two)
    assert a == b


def test_a_titles_date_is_read_before_a_name_only():
    assert en.name_titles(JOINED.text) == frozenset({"former"})
    assert en.name_titles("The acting U.S. Attorney Joshua Levy spoke.")
    assert en.name_titles("The former governor spoke.") == frozenset()


# made up: one speaker's aim ("focus on winning") and another's forecast of the win
AIM = rev("We are going to focus on winning the Harbor County seat.", "../2024-03-08", "tv.example/aim",
          date(2024, 3, 8))
FORECAST = rev('"I think she is going to win the Harbor County seat," Calder said.', "../2024-03-07",
               "paper.example/seat", date(2024, 3, 7))


def test_an_aim_of_an_act_is_not_the_act():
    a, b = _facts_2024(AIM, FORECAST)
    assert a != b
    a, b = _aside_off(AIM, FORECAST)
    assert a == b
    assert en.reason_acts("I'm going to focus on beating Joe Biden.") == frozenset({"beat"})
