"""English vocabulary for the temporal parser: lower-cased tables, one canonical form per entry.

Every table maps a surface form (lower case, dots stripped) to a canonical value. The rule
patterns in `rules.py` are generated from these keys (longest first), and the builders look the
matched text up here again: no surface form is spelled out twice.
"""

from __future__ import annotations

from .calendar import MONTHS  # noqa: E402  (the one month table)

# Month words that are also ordinary English words or names: accepted bare only with date context.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "august", "april", "june", "jan", "mar", "jun", "dec"})
# Full month names that may appear in lower case (tweets); the rest must be capitalised.
LOWERCASE_OK_MONTHS = frozenset({"january", "february", "september", "october", "november", "december"})

WEEKDAYS: dict[str, int] = {  # ISO weekday 1 = Monday
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5,
}
WEEKDAY_ABBREVIATIONS = frozenset(k for k in WEEKDAYS if len(k) <= 5 and not k.endswith("day"))
# Short weekdays read without a dot only after "this", "next", "last" or "coming" ("this Sat,
# 7pm", "this sun", "next wed"): alone, "sat", "sun" and "wed" are words.
SHORT_WEEKDAYS: dict[str, int] = {**{k: v for k, v in WEEKDAYS.items() if not k.endswith("day")},
                                  "sat": 6, "sun": 7}

NUMBER_WORDS: dict[str, float] = {  # "one-and-a-half", "half a": not whole
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a thousand": 1000,
    "a": 1, "an": 1, "one-and-a-half": 1.5, "a dozen": 12, "dozen": 12, "half a": 0.5,
    "a couple of": 2, "a couple": 2, "couple of": 2,
}
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNITS_1_9 = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
for _t in TENS:
    for _u in UNITS_1_9:
        NUMBER_WORDS[f"{_t}-{_u}"] = NUMBER_WORDS[_t] + NUMBER_WORDS[_u]
        NUMBER_WORDS[f"{_t} {_u}"] = NUMBER_WORDS[_t] + NUMBER_WORDS[_u]
# Vague quantities: the TimeML value gets an X in place of the number.
VAGUE_QUANTITIES = frozenset({
    "several", "a few", "few", "many", "some", "a number of", "numerous", "a couple of", "dozens of",
    "hundreds of", "thousands of", "a few more", "the", "recent", "coming",
})

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": -1, "final": -1, "latter": -1,
}

# unit word -> (TimeML duration letter, is-time-part, granularity name)
# short unit spellings (chat, tables) -> the unit word
UNIT_ABBREVIATIONS: dict[str, str] = {
    "yr": "year", "yrs": "year", "wk": "week", "wks": "week", "mth": "month", "mths": "month",
}

UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "second"), "minute": ("M", True, "minute"), "hour": ("H", True, "hour"),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "week"),
    "weekend": ("WE", False, "weekend"), "fortnight": ("W2", False, "week"),
    "month": ("M", False, "month"), "quarter": ("Q", False, "quarter"), "year": ("Y", False, "year"),
    "decade": ("DE", False, "decade"), "century": ("CE", False, "century"),
    "sec": ("S", True, "second"), "min": ("M", True, "minute"), "hr": ("H", True, "hour"),
    "yr": ("Y", False, "year"), "mo": ("M", False, "month"),
}
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
    "weeks": "week", "weekends": "weekend", "fortnights": "fortnight", "months": "month",
    "quarters": "quarter", "years": "year", "decades": "decade", "centuries": "century",
    "secs": "sec", "mins": "min", "hrs": "hr", "yrs": "yr",
}

SEASONS: dict[str, str] = {  # -> TimeML season code
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

# today / yesterday / tomorrow / tonight and their chat spellings -> day offset
DAYWORDS: dict[str, int] = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0,
    "tmr": 1, "tmrw": 1, "tmrow": 1, "tmoro": 1, "tomoro": 1, "tomorow": 1, "tommorow": 1,
    "tommorrow": 1, "2moro": 1, "2morrow": 1, "2mrw": 1, "tdy": 0, "tonite": 0, "2nite": 0,
    "2night": 0, "yday": -1, "ytday": -1, "trmw": 1, "tmw": 1, "tmrrw": 1, "2mr": 1,
}
# the ones that mean the night of that day
NIGHT_DAYWORDS = frozenset({"tonight", "tonite", "2nite", "2night"})
# chat spellings: ALL-CAPS forms are acronyms ("TMR", "TDY"), not days
CHAT_DAYWORDS = frozenset(k for k in DAYWORDS if k not in ("today", "yesterday", "tomorrow", "tonight"))

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "nite": "NI", "midday": "MI",
    "mid-afternoon": "AF", "mid afternoon": "AF", "late afternoon": "AF", "early morning": "MO",
    "late night": "NI", "overnight": "NI",
}

# modifier words -> TIMEX3 mod
MODIFIERS: dict[str, str] = {
    "early": "START", "earlier": "START", "beginning": "START", "start": "START", "dawn": "START",
    "mid": "MID", "middle": "MID", "late": "END", "later": "END", "end": "END", "close": "END",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "more than": "MORE_THAN", "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "well over": "MORE_THAN",
}

# relative-offset words -> offset in units (None: resolve from tense, e.g. "this Friday")
SHIFT_WORDS: dict[str, int | None] = {
    "nxt": 1, "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1, "this": 0, "current": 0, "present": 0,
}

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

# fixed-date holidays -> (month, day); movable ones are computed in resolve.py
HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "christmas": (12, 25), "christmas day": (12, 25), "xmas": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new years eve": (12, 31),
    "halloween": (10, 31), "valentine's day": (2, 14), "valentines day": (2, 14),
    "st. patrick's day": (3, 17), "independence day": (7, 4), "the fourth of july": (7, 4),
    "veterans day": (11, 11), "boxing day": (12, 26),
    "thanksgiving": "thanksgiving", "thanksgiving day": "thanksgiving", "easter": "easter",
    "easter sunday": "easter", "good friday": "good_friday", "memorial day": "memorial_day",
    "labor day": "labor_day", "mother's day": "mothers_day", "father's day": "fathers_day",
    "election day": "us_election_day",
}

# Spelled-out years ("nineteen ninety-seven", "two thousand and three"): first part -> century
YEAR_WORD_CENTURIES: dict[str, int] = {"eighteen": 18, "nineteen": 19}
