"""Story time (issue 13, items 1 and 4): the rules that choose the year an underspecified date
is in, each with the case it must not touch. The paragraphs are written for this suite (the
phenomena of Wikipedia war narratives and of news that looks back)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal.extract import MODES, extract

DOWNLOADED = date(2009, 12, 19)


def values(text: str, reported: date = DOWNLOADED, mode: str = "auto") -> dict[str, str]:
    return {t.text: t.value for t in extract(text, reported, mode=mode)}


# ---- a year in the same sentence wins (any mode)
@pytest.mark.parametrize("text, surface, value", [
    ("In April and June 1955, Diem cleared the decks.", "April", "1955-04"),
    ("Casualties between March and April 1918 were high.", "March", "1918-03"),
    ("The rains came in June, July and August 1918.", "June", "1918-06"),
    # (session 16: a lowercase "election day" is no US Election Day, STORY_HOLIDAY: the year its
    # sentence gives, as the WikiWars gold reads it, 1910-XX-XX; written as the holiday's name it
    # is that year's US election day)
    ("Madero was jailed on election day in 1910.", "election day", "1910"),
    ("Madero was jailed on Election Day in 1910.", "Election Day", "1910-11-08"),
    ("She recalled her swearing-in that January day in 2011.", "that January", "2011-01"),
])
def test_a_yearless_date_takes_the_year_its_sentence_gives_it(text, surface, value):
    assert values(text)[surface] == value


def test_a_date_not_coordinated_with_the_dated_one_keeps_the_document_year():
    assert values("He left in April and returned in June 1955.")["April"] == "2009-04"


# ---- a clock time is on a day
def test_a_clock_time_is_on_the_dated_day_that_follows_it():
    assert values("At 11 a.m. on 11 November 1918 the guns fell silent.")["11 a.m."] == "1918-11-11T11:00"


HISTORY_DAY = ("The war began in 1939. Paris fell in 1940. Germany attacked in 1941. Italy surrendered "
               "in 1943. On 31 January 1944, the order went out. The alarm sounded at 3:00 a.m. By the "
               "end of the year, the front had moved west.")


def test_in_a_history_a_clock_time_and_the_end_of_the_year_are_the_storys():
    got = values(HISTORY_DAY)
    assert got["3:00 a.m."] == "1944-01-31T03:00"
    assert got["the end of the year"] == "1944"


def test_in_news_a_clock_time_stays_on_the_report_date():
    assert values("Police arrived at 3:00 a.m., a spokesman said.")["3:00 a.m."] == "2009-12-19T03:00"


# ---- what moves a story's year, and what does not
def test_a_story_told_month_by_month_crosses_into_the_next_year():
    text = ("The war began in 1939. Paris fell in 1940. Germany attacked in 1941. On December 7, 1941, "
            "Japan attacked Pearl Harbor. In January, the Allies signed a declaration. Italy "
            "surrendered in 1943. Normandy was invaded in 1944.")
    assert values(text)["January"] == "1942-01"


def test_a_year_far_from_the_story_named_in_passing_does_not_move_it():
    text = ("The campaign began in 1962. Hanoi sent troops in 1963. Saigon fell apart in 1964. On 2 August "
            "1964, the Maddox was attacked. An NSA study declassified in 2005, however, revealed that "
            "there was no attack on 4 August. The war grew in 1965.")
    assert values(text)["4 August"] == "1964-08-04"


def test_a_year_in_brackets_does_not_move_the_story():
    text = ("The revolution began in 1789. The Assembly met in 1790. The king fled in 1791. War came in "
            "1792. Terror followed in 1793. Peasants resented the Civil Constitution of the Clergy "
            "(1790). On 17 August, the Convention voted for conscription.")
    assert values(text)["17 August"] == "1793-08-17"


def test_a_far_year_that_opens_its_sentence_moves_the_story():
    text = ("Juarez died in 1872. Diaz ruled from 1876. Rebels rose in 1877. Diaz was re-elected in "
            "1878. He rewrote the law in 1879. In 1910, Madero challenged him. On November 20, the "
            "revolt began.")
    assert values(text)["November 20"] == "1910-11-20"


def test_a_range_in_a_history_is_two_points_of_the_story():
    text = ("The war began in 1939. Paris fell in 1940. Germany attacked in 1941. Italy surrendered in "
            "1943. Normandy was invaded in 1944. The Diem era, 1955-1963, followed.")
    got = values(text)
    assert got["1955"] == "1955" and got["1963"] == "1963"


def test_a_range_in_news_stays_one_mention():
    assert values("Talks were held 8-13 October 2024 in Geneva.", date(2024, 11, 6)) == {
        "8-13 October 2024": "2024-10-08"}


# ---- "fall" and "in a decade"
def test_the_fall_of_a_city_is_not_an_autumn():
    got = values("The town was freed after the fall of Budapest. The offensive began in the fall of 1944.")
    assert got == {"the fall of 1944": "1944-FA"}


@pytest.mark.parametrize("text", [
    "The flooding was the worst in a decade, officials said.",
    "Sales will be the weakest in a decade.",
    "Unemployment rose to its highest level in a decade.",
])
def test_in_a_decade_after_a_superlative_is_a_span(text):
    assert values(text, date(2024, 5, 3))["a decade"] == "P10Y"


def test_in_a_decade_ahead_is_still_a_time_ahead():
    assert values("In a decade, the city will have doubled.", date(2024, 5, 3))["a decade"] == "203"
    assert values("I will be only seeing him in a week's time.", date(2014, 3, 22))["a week's time"] == "2014-W13"


@pytest.mark.parametrize("text, surface", [
    ("Over the following decade the company received $19bn in subsidies.", "the following decade"),
    ("Over the next decade the company received $19bn in subsidies.", "the next decade"),
])
def test_a_decade_about_the_past_is_a_span_not_the_2030s(text, surface):
    assert values(text, date(2024, 5, 3))[surface] == "P10Y"


def test_the_following_decade_counts_from_the_year_under_discussion():
    got = values("The firm was founded in 1990. Over the following decade it received $19bn.", date(2024, 5, 3))
    assert got["the following decade"] == "200"


def test_the_next_decade_in_a_future_clause_is_ahead():
    assert values("Over the next decade the company will receive $19bn.", date(2024, 5, 3))["the next decade"] == "203"


def test_a_year_before_a_singular_noun_is_a_year_and_before_a_plural_a_count():
    assert values("He cited a 2009 analysis by the budget office.", date(2013, 5, 3)) == {"2009": "2009"}
    assert values("The army sent 2024 troops to the border.", date(2013, 5, 3)) == {}


# ---- the mode
NEWS_WITH_BACKGROUND = (
    "The council approved the budget on Tuesday, officials said.\n\nBackground\n\nThe dispute began "
    "in 1998. The mayor resigned in 1999. A new charter passed in 2001. After that a long quiet "
    "followed. Many members left. Few stayed. On March 3, the council first met under it.\n")


@pytest.mark.parametrize("mode, value", [("auto", "2001-03-03"), ("narrative", "2001-03-03"), ("news", "2009-03-03")])
def test_a_news_article_turning_to_history_reads_that_section_as_a_story(mode, value):
    assert values(NEWS_WITH_BACKGROUND, date(2009, 5, 6), mode)["March 3"] == value


SHORT_STORY = ("In 1944 the town was freed. Rebuilding took years. Many left. Few came back. The old mayor "
               "stayed on. On April 12, the mayor resigned.")


@pytest.mark.parametrize("mode, value", [("auto", "2009-04-12"), ("news", "2009-04-12"), ("narrative", "1944-04-12")])
def test_narrative_mode_reads_a_short_story_in_its_own_year(mode, value):
    assert values(SHORT_STORY, date(2009, 5, 6), mode)["April 12"] == value


def test_an_unknown_mode_is_refused():
    assert MODES == ("auto", "news", "narrative")
    with pytest.raises(ValueError, match="mode must be one of"):
        extract("On April 12.", DOWNLOADED, mode="story")


def test_in_a_history_the_night_of_a_day_is_part_of_that_day():
    text = HISTORY_DAY + " On the night of 10 August 1944, the bridge fell."
    got = {t.text: (t.type, t.value, t.edtf) for t in extract(text, DOWNLOADED)}
    assert got["the night of 10 August 1944"] == ("TIME", "1944-08-10TNI", "1944-08-10")


def test_in_news_the_night_of_a_day_stays_the_day():
    # as the news corpora annotate it ("shot to death on the night of Oct. 23")
    assert values("He was shot on the night of Oct. 23 at home.", date(1998, 10, 26)) == {"Oct. 23": "1998-10-23"}


def test_a_season_naming_a_campaign_is_a_season_of_the_story():
    text = HISTORY_DAY + " Meade's inconclusive fall campaign ended the year. Spring Street was quiet."
    got = values(text)
    assert got["fall"] == "1944-FA"
    assert "Spring" not in got  # a street, no campaign


NEWS_ABOUT_THE_PAST = (
    "The museum bought a 1761 painting by Chardin with help from a donor. The painting set a record "
    "when it sold last March. A fundraising campaign launched yesterday runs until February. The "
    "campaign has run every year since 2010. The donor in 2014 opened a museum of its own, and in "
    "2011 it paid for a garden. It helped buy a portrait in 1998 and a book in 2017. The donor made "
    "headlines earlier this year when it bought an 1877 painting for another museum. Between 2000 "
    "and 2013 it gave to twelve more.")


def test_news_that_names_many_past_years_still_counts_this_year_from_its_date():
    # ten past years, but "last March", "yesterday" and "earlier this year" count from the
    # report date: news looking back, not a history told end to end
    got = {t.text: t.value for t in extract(NEWS_ABOUT_THE_PAST, date(2023, 11, 8))}
    assert got["earlier this year"] == "2023"
    assert got["last March"] == "2023-03"


def test_a_history_with_a_little_deixis_stays_a_history():
    # a war told year by year over many sentences; one "this year" of the narrator's is still
    # the story's year
    text = " ".join(f"In {y} the army fought a battle near the river and lost {y % 7} guns." for y in range(1914, 1925))
    text += " Later that year the treaty was signed. Another major event of this year was a mutiny."
    got = [t for t in extract(text, date(2009, 12, 19)) if t.text == "this year"]
    assert got and got[0].value == "1924"
