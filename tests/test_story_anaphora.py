"""A story's own day, named by anaphora (session 13): in a history, "this day", "on the 20th",
"the day after the battle", "the day following", "At the same time," and "X at the time was"
refer to the day (or month, or time) the story is at, as "that day" does. News keeps today's
reading: these are left alone there (in news "this day" is the report's, and "on the 20th was"
may be any month's), and so is a story that has named no day or month to give.

The paragraphs are written for this suite (the same phenomena as Wikipedia war narratives).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal.extract import extract

DOWNLOADED = date(2009, 12, 19)

# Many past years named, nothing counted from the document's own date: a history (auto mode).
WAR = (
    "The war began in 1914 when Germany invaded Belgium. In 1915 the armies dug in along the Marne. "
    "In 1916 the battles of Verdun and the Somme cost a million lives. "
    "The British offensive at Ypres opened on 20 September 1917. The enemy's onslaught on the 20th "
    "was successful. By the 26th the ridge had been taken. "
    "In 1918 the Allies struck back. The attack at Amiens began on 8 August 1918. Ludendorff "
    "referred to this day as the Black Day of the German army. The day after the battle Ludendorff "
    "told the Kaiser that the war was lost. The Canadians breached the line on the 28 and 29 August. "
    "In October 1918, Mao-like planners moved the launch from the 13th to the 19th of October 1918. "
    "The armistice came on 11 November 1918, and the day following saw the surrender of the fleet. "
    "The Kaiser fled on 10 November 1918. At the same time, the sailors at Kiel mutinied. "
    "Germany at the time was close to revolution. At month's end, the fleet was interned."
)


def found_in(text: str, **kw):
    return [(t.text, t.value) for t in extract(text, DOWNLOADED, **kw)]


@pytest.mark.parametrize(("surface", "expected"), [
    ("the 20th", "1917-09-20"),            # a day of the month the story is at
    ("the 26th", "1917-09-26"),
    ("this day", "1918-08-08"),            # "referred to this day as": the story's day
    ("The day after the battle", "1918-08-09"),
    ("the 28", "1918-08-28"),              # the month written after the second day
    ("the 13th", "1918-10-13"),
    ("the day following", "1918-11-12"),
    ("the same time", "1918-11-10"),       # "At the same time," opening a sentence
    ("the time", "1918-11-10"),            # "Germany at the time was"
    ("month's end", "1918-11"),            # "the end of the month": the story's
])
def test_a_historys_anaphora_names_the_storys_day(surface, expected):
    found = found_in(WAR)
    assert (surface, expected) in found, found


def test_from_this_day_forward_is_the_storys_day_in_narrative_reading():
    text = "The raids on North Vietnam began on 7 February 1965. From this day forward the war spread."
    assert ("this day", "1965-02-07") in found_in(text, mode="narrative")


STORY_MUST_NOT = [
    "The 20th Division crossed on the 20th century road.",   # ordinal + noun: no day
    "He wrote on the 20th anniversary of the landing.",
    "They attacked for the 20th time.",
    "It fell on the 20th of 30 rounds.",
    "The custom survives to this day.",                      # the present
    "It is remembered to this very day.",
    "The wall stands until this day.",
    "These days the town is a museum.",
    "They fought two wars at the same time, and lost.",      # "simultaneously", not a story time
    "They met the day after the funeral.",                   # no happening the story just told
]


@pytest.mark.parametrize("sentence", STORY_MUST_NOT)
def test_a_historys_ordinals_and_present_phrases_are_no_story_day(sentence):
    # after the story's 10 November 1918
    text = WAR + " " + sentence
    start = len(WAR) + 1
    # ("the 20th century" is the century, "These days" the present: no day of the story)
    got = [(t.text, t.value) for t in extract(text, DOWNLOADED) if t.start >= start and t.value[:4] == "1918"]
    assert got == [], got


NEWS = (
    "The minister spoke in Kabul on Tuesday. \"From this day forward, we fight,\" he said. "
    "The attack on the 20th was repulsed, police said. At the same time, talks went on. "
    "The day after the attack, the market reopened, and the day following saw more protests."
)


@pytest.mark.parametrize("surface", ["this day", "the 20th", "the same time", "The day after the attack",
                                     "the day following"])
def test_news_keeps_its_reading_of_story_anaphora(surface):
    found = found_in(NEWS)
    assert not any(surface in text or text in surface for text, _ in found if text != "Tuesday"), found


def test_a_story_with_no_day_or_month_gives_none():
    # the story is only at a year: no day of the month, no "this day" to take
    text = ("The war began in 1914. In 1915 the armies dug in. In 1916 Verdun bled. In 1917 the "
            "Americans came. In 1918 it ended. The onslaught on the 20th was successful. Ludendorff "
            "referred to this day as the Black Day.")
    found = found_in(text)
    assert not any(t in ("the 20th", "this day") for t, _ in found), found


def test_a_count_before_a_day_and_month_is_no_day():
    # "28 and 29 August" takes the month only as "the 28", "on 28", "28th": "lost 28" is a count
    text = WAR + " The brigade lost 28 and 29 August was quiet."
    assert "28" not in [t for t, _ in found_in(text)]
