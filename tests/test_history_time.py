"""Story time in histories (issue 13, item 1): in a text that tells a past story end to end,
a yearless date ("On April 12", "in June", "26-30 November") takes the year the story last
named, however many sentences back, instead of the document's download or report date. News
that looks back (an obituary's background, a figure from years ago) keeps the document date.

The paragraphs are written for this suite (the same phenomena as Wikipedia war narratives).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import store
from timeline_cli.temporal.extract import extract

DOWNLOADED = date(2009, 12, 19)

# Many years named, nothing counted from the document's own date: a history.
WAR = (
    "The war began in 1939 when Germany invaded Poland. France and Britain declared war two days "
    "after the invasion. In 1940, German forces overran Denmark and Norway. The Low Countries "
    "fell in May. Paris was occupied, and the armistice was signed at Compiègne. "
    "The British evacuated their army from Dunkirk. Italy had joined the war. The Battle of "
    "Britain was fought over the summer. On June 10, Italy invaded southern France. "
    "The Axis powers signed a pact in 1940 as well. Germany attacked the Soviet Union in 1941, "
    "and the siege of Leningrad began. Japan struck Pearl Harbor in 1941. The tide turned at "
    "Stalingrad in 1943. Allied troops landed in Normandy in 1944. Paris was liberated. "
    "In 1945 the Soviets reached Berlin. The fighting in the city was heavy. Several changes in "
    "leadership occurred during this period. Hitler remained in his bunker. On April 12, U.S. "
    "President Roosevelt died. German forces surrendered in Italy on April 29 and in Western "
    "Europe on May 7. The last battles (26-30 May) were fought in Prague."
)


def value_of(found, surface: str) -> str:
    return next(t.value for t in found if t.text == surface)


def test_a_yearless_date_in_a_history_takes_the_story_year_however_far_back():
    found = extract(WAR, DOWNLOADED)
    assert value_of(found, "June 10") == "1940-06-10"
    # 1945 was named five sentences before: the window of plain narration is long gone
    assert value_of(found, "April 12") == "1945-04-12"
    assert value_of(found, "April 29") == "1945-04-29"
    assert value_of(found, "May 7") == "1945-05-07"
    # a range's ends are two points of the story (TIMEX2 splits them); the second follows the first
    assert value_of(found, "26") == "1945-05-26"
    assert value_of(found, "30 May") == "1945-05-30"


def test_without_a_document_date_a_history_never_lands_in_the_future():
    # ingest with no date of its own assumes today: the story still decides the year
    found = extract(WAR, date(2026, 12, 4))
    assert value_of(found, "April 12") == "1945-04-12"


NEWS_LOOKING_BACK = (
    "The former striker, who died on Friday, led the national team in 1954 and coached clubs "
    "in Greece and Chile in the 1970s. He settled in Budapest after 1990. The football "
    "federation said in September that a stadium would carry his name. He fell ill in July."
)


@pytest.mark.parametrize("surface, expected", [("September", "2006-09"), ("July", "2006-07")])
def test_news_that_looks_back_keeps_the_document_date(surface, expected):
    # a few past years and a date counted from the report ("on Friday"): news, not a history
    found = extract(NEWS_LOOKING_BACK, date(2006, 12, 9))
    assert value_of(found, surface) == expected


def test_ingest_of_a_history_dates_its_events_in_the_story(tl, tmp_path):
    doc = tmp_path / "war.txt"
    doc.write_text(WAR, encoding="utf-8")
    result = tl("ingest", str(doc), "--reported", "2009-12-19")
    assert result.exit_code == 0, result.stderr
    by_text = {e.text: e.when for e in store.load(tl.store)}
    assert by_text["On April 12, U.S. President Roosevelt died."] == "1945-04-12"
    assert by_text["On June 10, Italy invaded southern France."] == "1940-06-10"
    assert not any(when.startswith("2009") for when in by_text.values() if when[:1].isdigit())


# A history counts nothing from the day it was written: "two years ago", "last year" and
# "the past year" come in what people of the story said, at the time under discussion.
def _speech(sentence: str) -> str:
    return WAR + " In a speech in March 1946, Churchill said " + sentence + (
        " In the last week of August 1946 the delegates met in Paris; in the first week of"
        " September they went home.")


@pytest.mark.parametrize("sentence, surface, expected", [
    ("the alliance had been formed two years ago.", "two years ago", "1944"),
    ("the past year had been hard.", "the past year", "1945"),
    ("last year the victory came at a price.", "last year", "1945"),
    ("the war was over.", "the last week of August 1946", "1946-W35"),
    ("the war was over.", "the first week of September", "1946-W36"),
])
def test_a_historys_counted_times_count_from_the_story(sentence, surface, expected):
    found = extract(_speech(sentence), DOWNLOADED)
    assert value_of(found, surface) == expected


@pytest.mark.parametrize("surface, expected", [("two years ago", "2004"), ("last year", "2005")])
def test_news_counts_its_own_counted_times_from_the_report(surface, expected):
    # must not: news that looks back still counts "two years ago" from its own date
    text = NEWS_LOOKING_BACK + " The club was sold two years ago, and last year it was relegated."
    found = extract(text, date(2006, 12, 9))
    assert value_of(found, surface) == expected


# A date modifying a noun names a thing ("the May 1944 high"), not the time the story is at:
# the story stays in its year. Must not: a date that sets a scene moves it.
@pytest.mark.parametrize("middle, expected", [
    ("Shelling rose again, surpassing the May 1944 high.", "1946-05"),
    ("Turnout fell below the 1944 level.", "1946-05"),
    ("In May 1944 the shelling rose again.", "1944-05"),
])
def test_a_date_naming_a_thing_does_not_move_the_story(middle, expected):
    text = (WAR + " In April 1946, the delegates met in Paris. They argued. They voted. They argued"
            " again. They rested. " + middle + " In early May, they went home.")
    assert value_of(extract(text, DOWNLOADED), "early May") == expected


# "the next day" in a history, far from any dated sentence: a day after the time under
# discussion, known only as far as that time is ("1946-03-XX"), never a day after the download
# (which then pulled the story's next "by November" into 2009 too).
def test_a_historys_next_day_far_from_any_date_stays_in_the_story():
    text = (WAR + " The delegates gathered in Paris around March 1946. The talks went slowly, and"
            " nobody expected an agreement soon. The delegates argued about the borders for"
            " hours, and the newspapers printed every rumour. The smaller states complained that"
            " they were not heard. Over the next day, the delegates signed a first protocol."
            " More troops went home by November.")
    found = extract(text, DOWNLOADED)
    assert value_of(found, "the next day") == "1946-03-XX"
    assert value_of(found, "November") == "1946-11"


def test_news_keeps_its_next_day_from_the_report():
    # must not: news has no story time to count from; its "the next day" is the report's next day
    text = NEWS_LOOKING_BACK + " The funeral will be held the next day."
    assert value_of(extract(text, date(2006, 12, 9)), "the next day") == "2006-12-10"


# A clock time's day follows it past a zone ("At 5:34 AM Baghdad time on March 20, 2003"), and a
# yearless "9:34 p.m., March 19" in a history is in the story's year, not the download's.
def test_a_clock_time_in_a_history_takes_its_day_and_the_story_year():
    text = (WAR + " The invasion of Iraq began soon after. At 5:34 AM Baghdad time on March 20, 2003"
            " (9:34 p.m., March 19 EST) the bombing began.")
    found = extract(text, DOWNLOADED)
    assert value_of(found, "5:34 AM") == "2003-03-20T05:34"
    assert value_of(found, "9:34 p.m., March 19") == "2003-03-19T21:34"


@pytest.mark.parametrize("sentence, surface, expected", [
    # must not: a word before "time" that is no zone keeps the time on the report's day
    ("We left at 5 pm, some time on May 3.", "5 pm", "2006-12-09T17:00"),
    ("We left at 5 pm local time on May 3.", "5 pm", "2006-05-03T17:00"),
])
def test_a_clock_times_day_follows_only_a_zone(sentence, surface, expected):
    assert value_of(extract(sentence, date(2006, 12, 9)), surface) == expected


# A weekday sentences after the day under discussion, in a history: as said on that day.
def test_a_historys_weekday_far_from_its_day_counts_from_that_day():
    text = (WAR + " On Thursday, September 13, 1945, the general was killed by a bomb. The"
            " council met for days. It argued about the budget, the roads and the schools, and"
            " it voted on each of them twice. The newspapers printed the votes. A rival group"
            " described Thursday's killing as a heroic operation.")
    found = extract(text, DOWNLOADED)
    thursdays = [t.value for t in found if t.text == "Thursday"]
    assert thursdays == ["1945-09-13"]


# "Five days after the fall of Girona": in a history, so long after the happening just told,
# the extent holding the happening (as TIMEX2 writes it); a restated day stays that day.
def test_so_long_after_the_happening_just_told_is_a_date_in_a_history():
    text = (WAR + " In 1946 the rebels took Barcelona on 26 January and Girona on 5 February."
            " Five days after the fall of Girona, the last resistance was broken."
            " On 27 June 1946, two days after the rebels invaded, the council met.")
    found = extract(text, DOWNLOADED)
    assert value_of(found, "Five days after the fall of Girona") == "1946-02-10"
    assert value_of(found, "two days after the rebels invaded") == "1946-06-27"


@pytest.mark.parametrize("tail, surface, expected", [
    # the happening was not the one the last date told: the duration
    (" On 10 August 1946 the rebels attacked the port. The colonial forces surrendered only two weeks"
     " after the armistice took effect.", "two weeks", "P2W"),
    # the happening holds a date of its own: that date is read, the count stays a duration
    (" Troops arrived on 3 March 1946, 71 days before the handover in July.", "July", "1946-07"),
])
def test_so_long_after_a_happening_not_just_told_stays_a_duration(tail, surface, expected):
    assert value_of(extract(WAR + tail, DOWNLOADED), surface) == expected


def test_news_keeps_so_long_after_a_happening_a_duration():
    # must not: TimeML news keeps "two days" of "two days after the attack"
    text = "The embassy was bombed on Aug. 7. Police arrested him two days after the attack."
    found = extract(text, date(1998, 8, 20))
    assert value_of(found, "two days") == "P2D"


@pytest.mark.parametrize("tail, surface, expected", [
    # a two-digit year in a history takes the century nearest the story's, not the download's
    (" In 1790 some of its founders left to form the Club of '89.", "'89", "1789"),
    (" In 1917 the government called up the class of '99.", "'99", "1899"),
])
def test_a_historys_two_digit_year_takes_the_storys_century(tail, surface, expected):
    assert value_of(extract(WAR + tail, DOWNLOADED), surface) == expected


def test_news_keeps_a_two_digit_year_near_its_own_date():
    # must not: news reads "'98" near the report's time
    assert value_of(extract("He graduated in '98 from Yale, his friends said on Friday.", date(2006, 12, 9)),
                    "'98") == "1998"
