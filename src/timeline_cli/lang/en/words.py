"""English words for comparing statements: stop words (`diff.py`), and the month, number and
unit words `conflicts.py` reads numbers and topics with."""

from __future__ import annotations

from .calendar import MONTHS

# Words that say nothing about what a statement is about.
STOP_WORDS = frozenset("""
a an the and or but nor of in on at to from by for with without into onto over under about
as is are was were be been being has have had do does did it its it's this that these those
there their they them he she his her we our you your i not no so than then also which who whom
whose what when where while after before during since until up down out off very just more most
said says say told tells reported reports according writes wrote stated state claimed claims
approximately around nearly some any all would could should may might can will shall
""".split())

MONTH_WORDS = frozenset(MONTHS)
SMALL_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozen": 12,
}
MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "mln": 1_000_000,
               "m": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000}
# Nouns that count the same thing (after the tiny stemmer of diff.words).
UNIT_SYNONYMS = {
    "troop": "troops", "soldier": "troops", "personnel": "troops", "servicemen": "troops",
    "serviceman": "troops", "military": "troops", "fighter": "troops", "men": "troops",
    "killed": "killed", "dead": "killed", "death": "killed", "died": "killed",
    "casualtie": "casualties", "casualty": "casualties", "loss": "casualties", "losse": "casualties",
    "wounded": "wounded", "injured": "wounded",
    "officer": "officers", "general": "generals",
    "people": "people", "civilian": "civilians", "person": "people",
    "tank": "tanks", "drone": "drones", "missile": "missiles",
}
# Words between a number and its noun that are no unit.
NOT_UNITS = frozenset({"and", "or", "to", "of", "about", "some", "nearly", "approximately", "around",
                       "more", "than", "over", "up", "at", "least"})
