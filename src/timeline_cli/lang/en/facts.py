"""English knowledge for same-fact grouping (`timeline_cli.facts`): which words of a statement
say what happened, one stem per word family, a few light synonyms. (Which claimant spellings
are one claimant is `names.claimant_key`, used through `timeline_cli.claimant_names`.)

    >>> terms("The minister apologised for the raid.")
    ('minister', 'apolog', 'raid')
    >>> terms("He offered an apology over the raid") == ('apolog', 'raid')
    True

Everything here is pure and cached: grouping calls `terms` once per statement.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .words import STOP_WORDS

__all__ = ["terms", "head", "subject", "starts_with_pronoun", "read", "stem", "is_name", "GENERIC"]

# Words that appear in almost any news statement and link nothing: reporting verbs and
# the grammar words beyond the shared STOP_WORDS (which `diff` also uses).
_MORE_STOP = frozenset("""
also again already still yet now today tonight yesterday tomorrow week weeks month months year
years day days time times ago last next earlier later early late first second third
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
mr mrs ms dr us u.s one two three four five six seven eight nine ten
if because though although however both each other others such only own same many much
being get got make made take took go went come came give gave put well back even ever
saying added adding says told asked spoke speaking announced statement statements news
people official officials spokesman spokeswoman government report reports reported
here there who how why what whether per cent percent least dozens scores hundreds
almost among including include outside inside near next later eleven twelve twenty hundred thousand
""".split())

# Words that carry little on their own in news: kept as terms, but never enough to block on.
GENERIC = frozenset("""
country countries state nation world city new new president minister group part number
""".split())

# Light synonyms: one key per word family that outlets swap for each other.
_SYNONYMS = {
    "blast": "bomb", "explos": "bomb", "explosion": "bomb", "explosive": "bomb", "explod": "bomb", "bomber": "bomb", "bombing": "bomb",
    "die": "kill", "dead": "kill", "death": "kill", "died": "kill", "slay": "kill", "slain": "kill",
    "slaying": "kill", "murder": "kill", "homicide": "kill", "assassin": "kill", "assassination": "kill",
    "shot": "shoot", "shoot": "shoot", "gunn": "shoot", "gunshot": "shoot", "sniper": "shoot", "fire": "shoot",
    "fired": "shoot", "rifl": "rifle", "weapon": "gun", "firearm": "gun",
    "wound": "injur", "hurt": "injur",
    "condemn": "condemn", "deplor": "condemn", "denounc": "condemn",
    "embassi": "embassy",
    "sorry": "apolog", "regret": "apolog",
    "american": "america", "americans": "america",
    # British and American spellings the suffix rules do not meet
    # (keys are stems: defence -> defenc -> defens, as defense -> defens)
    "defenc": "defens", "offenc": "offens", "licenc": "licens", "centr": "center",
    "kenyan": "kenya", "tanzanian": "tanzania", "cuban": "cuba", "iraqi": "iraq",
}

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
_SUFFIXES = ("ously", "ous", "ations", "ation", "ising", "izing", "ised", "ized", "ises", "izes", "ise", "ize",
             "ings", "ing", "ies", "ied", "ly", "ed", "es", "s", "y", "e")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem: apologised, apologized, apologizes, apology -> apolog; killing -> kill.
    Not Porter: only the suffixes that separate spellings and inflections of one word."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'.-")
    if w in _SYNONYMS:
        return _SYNONYMS[w]
    if len(w) > 4:
        for suffix in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
    # "bombs"/"bombed" -> "bomb" after the suffix; doubled final consonant: "planned" -> "plann".
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    return _SYNONYMS.get(w, w)


def _number(token: str) -> str:
    return token.replace(",", "").rstrip(".")


@lru_cache(maxsize=65536)
def head(text: str, n: int = 2) -> tuple[str, ...]:
    """The first `n` terms written in lower case: in a news sentence, mostly the verb and its
    object after a named subject ("South Africa *deplored* Friday the bomb *blasts*"). Two
    statements about one happening share them; a statement that mentions a happening in
    passing ("Officials ... *hoped* she would *produce* aid, where the blasts killed 257")
    does not."""
    return _head(_WORD_RE.findall(text), n)


def _head(tokens: list[str], n: int) -> tuple[str, ...]:
    out: list[str] = []
    for token in tokens:
        if not token[0].islower():
            continue
        key = _term(token)
        if key and key not in out:
            out.append(key)
            if len(out) == n:
                break
    return tuple(out)


@lru_cache(maxsize=65536)
def subject(text: str) -> tuple[str, ...]:
    """The named words before the first lower-case word: who acts ("South Africa deplored",
    "The Cuban government condemned" -> cuba; "Secretary of State Madeleine Albright headed").
    A lone capitalised first word is left out: it may be a name ("Albright announced") or only
    the start of the sentence ("Suspected bombs"). Dates are no actor ("The Aug. 7 bombings"),
    and the first lower-case word ends the name, even a grammar word ("At least 74, including
    eight Americans, were killed": no actor)."""
    return _subject(_WORD_RE.findall(text))


# Lower-case words inside a name ("Secretary of State", "Osama bin Laden").
_NAME_JOINERS = frozenset("of and de du da des la le van von bin al el".split())
# Capitalised words of dates.
_DATE_WORDS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split()) | frozenset(
    "january february march april may june july august september october november december".split()) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split())


def _subject(tokens: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    first = True
    lone_first = False
    for token in tokens:
        low = token.lower().rstrip(".")
        if token[0].islower():
            if low in _NAME_JOINERS and out:
                continue
            break
        if token[0].isdigit() or low in _DATE_WORDS:
            first = False
            continue
        key = _term(token)
        if key:
            out.append(key)
            lone_first = first
        first = False
    if len(out) == 1 and lone_first:
        return ()
    return tuple(dict.fromkeys(out))


_PRONOUNS = frozenset("he she they it we i his her their its this these those".split())


def starts_with_pronoun(text: str) -> bool:
    """'He was charged Thursday...': the actor is named elsewhere, so a missing name proves nothing."""
    m = _WORD_RE.search(text)
    return m is not None and m.group().lower() in _PRONOUNS


def read(text: str, n: int = 3) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]:
    """`(terms(text), head(text, n), subject(text), starts_with_pronoun(text))` from one pass
    over the words: what grouping reads of each statement."""
    tokens = _WORD_RE.findall(text)
    pronoun = bool(tokens) and tokens[0].lower() in _PRONOUNS
    return _terms(tokens), _head(tokens, n), _subject(tokens), pronoun


@lru_cache(maxsize=1 << 18)
def _term(token: str) -> str:
    if token[0].isdigit():
        return _number_key(token, 1)
    low = token.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    if low in STOP_WORDS or low in _MORE_STOP or len(low) < 3:
        return ""
    key = stem(low)
    return "" if key in _MORE_STOP or len(key) < 3 else key


@lru_cache(maxsize=65536)
def terms(text: str) -> tuple[str, ...]:
    """The statement's content terms, stemmed, in order of first appearance, each once.
    Numbers are kept as written without separators ("1,700" -> "1700"): a shared toll or
    amount links statements as well as a shared name does."""
    return _terms(_WORD_RE.findall(text))


def _terms(tokens: list[str]) -> tuple[str, ...]:
    keys = list(map(_term, tokens))  # cached per token: the loop runs in C
    if not _SCALE_TOKENS.isdisjoint(tokens):
        for i, token in enumerate(tokens[:-1]):
            scale = _SCALES.get(tokens[i + 1].lower())
            if scale and token[0].isdigit():
                keys[i] = _number_key(token, scale)
    return tuple(dict.fromkeys(filter(None, keys)))


_SCALES = {"thousand": 1000, "million": 10**6, "billion": 10**9}
_SCALE_TOKENS = frozenset(w for s in _SCALES for w in (s, s.title(), s.upper()))


def _number_key(token: str, scale: int) -> str:
    """The term of a number written in digits, times `scale` (a following "thousand"/
    "million"/"billion"): "1,700" -> "#1700", "5" million -> "#5000000", "1.5" billion ->
    "#1500000000"; "" below 10 (a lone digit links nothing) or if unreadable. Spelled
    numbers stay words: "twelve" is a stop word, as "one" to "ten" are."""
    try:
        value = float(_number(token)) * scale
    except ValueError:
        return ""
    if value < 10:
        return ""
    return "#" + (str(int(value)) if value == int(value) else str(value))


def is_name(token: str, first: bool) -> bool:
    """A capitalised word that is not the first of its sentence: a likely name (actor, place)."""
    return not first and token[:1].isupper() and token.lower() not in STOP_WORDS
