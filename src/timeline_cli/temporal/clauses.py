"""The date of a statement: which of a sentence's dates are its main clause's, and its happenings.

Regex and word lists only, no parser; every rule errs towards today's choice (the most specific
date of the sentence, `events.choose_when`):
* a date inside a subordinate noun phrase or relative clause ("errors made during the 2019
  flood response", "the crew that first crossed the ice cap in 1962") gives way to the main
  clause's own date when there is one;
* when every date is subordinate and the main verb is a present perfect ("... has died"), the
  statement happened on the report date: a present perfect takes no past date of its own
  ("In 2019, the minister has ..." fronts the date as the clause's adverbial and keeps it);
* a sentence that reports two dated happenings joined by a coordination ("surrendered in Italy
  on April 29 and in Western Europe on May 7") gives one statement date per happening, each
  with the span of its own clause; a list of dates for one happening ("on April 29 and 30"),
  a bound ("until 25 July") and dates inside one another ("in 1941 ... on June 22") do not;
* when every date sits in an aside set off by a comma at the end of the sentence, describing a
  noun after a saying or a simple-present main verb ("He said they were worse off than under
  Saddam Hussein, ousted from power after US-led forces invaded in March 2003"), the statement
  is the report's (OBJECT_ASIDE), as for an aside of the subject (SUBJECT_ASIDE).
The English words are the language pack's (`lang/en/clauses.py`).
"""

from __future__ import annotations

import bisect
import functools
import re
from datetime import date
from typing import Callable, NamedTuple, Sequence

from timeline_cli.temporal.types import Timex

__all__ = ["Statement", "statement_dates", "subordinate", "main_perfect", "happenings", "other_happening_year"]

_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
_YEAR_RE = re.compile(r"\d{4}(?:[-–/]\d{2,4})?")
_LEAD_DET_RE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
# Longer "sentences" (a table, a log on one line) are no clauses to analyse: today's choice,
# and the cost of the analysis stays bounded per sentence.
_MAX_SENTENCE = 1500
_MAX_DATES = 24
_MODALS = frozenset("will would shall should can could may might must to".split())


class Statement(NamedTuple):
    """One dated happening of a sentence: the span of its clause and its `when`."""

    start: int
    end: int
    timexes: list[Timex]  # the expressions its date is chosen from
    report: bool  # True: a present-perfect statement whose dates are all subordinate (the report date)


def _words(s: str, a: int = 0, b: int | None = None) -> list[re.Match]:
    return list(_WORD_RE.finditer(s, a, len(s) if b is None else b))


@functools.lru_cache(maxsize=8)
def _sentence_words(s: str) -> tuple[re.Match, ...]:
    """The words of the whole sentence `s`, read once: statement_dates asks its asides, relative
    clauses, perfect and present verb in turn, and each read them all again (never changed:
    a tuple)."""
    return tuple(_WORD_RE.finditer(s))


def _relative_at(s: str, words: Sequence[re.Match], i: int, pack) -> bool:
    """words[i] opens a relative clause ("the crew that first crossed", ", who")."""
    w = words[i].group().lower()
    if w not in pack.RELATIVE_PRONOUNS:
        return False
    if w != "that":
        return True
    if i == 0:
        return False  # "That year, ..."
    before = words[i - 1]
    if s[before.end():words[i].start()].strip():
        return False  # ", that" / "— that": no noun just before it
    prev = before.group().lower()
    if prev in pack.NOT_BEFORE_RELATIVE_THAT or prev in pack.REPORTING_VERBS or prev in pack.DETERMINERS \
            or prev in pack.FRONT_WORDS:
        return False
    # A subject relative: a verb follows ("that first crossed", "that was stolen"); "establishes
    # that U.S. forces will ..." is a complement clause, and object relatives are left alone.
    for nxt in words[i + 1:i + 3]:
        low = nxt.group()
        if pack.PARTICIPLE_RE.match(low) or low in pack.AUXILIARIES:
            return True
        if low not in pack.CLAUSE_ADVERBS and not low.endswith("ly"):
            return False
    return False


# A switch for the tests (session 21, xrecall7: "Around 2,154 soldiers have been killed").
APPROXIMATED_SUBJECT = True


def _approximates(s: str, words: Sequence[re.Match], pack) -> bool:
    """The sentence's first word approximates a number that follows it ("Around 2,154 US soldiers
    have been killed since the 2003 invasion", "About 300 people have fled"): part of the
    subject, no fronted adverbial (the pack's APPROXIMATORS; a figure in digits next)."""
    approximators = getattr(pack, "APPROXIMATORS", None)
    return (APPROXIMATED_SUBJECT and approximators is not None and words[0].group().lower() in approximators
            and _FIGURE_NEXT_RE.match(s, words[0].end()) is not None)


_FIGURE_NEXT_RE = re.compile(r"\s+(?!(?:1[89]|20)\d\d\b)\d")


def main_perfect(s: str, pack) -> int | None:
    """Offset in `s` of the auxiliary of a present-perfect main verb, or None.

    The words before it must be a plain subject: no fronted adverbial, subordinator, reporting
    verb or quotation; a relative clause in the subject must have words of its own before the
    auxiliary ("the crew that first crossed the ice cap in 1962 has died").
    """
    if not pack.PERFECT_HINT_RE.search(s):
        return None  # (a cheap test first: most sentences have no "has"/"have")
    every = _sentence_words(s)
    for m in pack.PERFECT_RE.finditer(s):
        aux = m.start("aux")
        region = s[:aux]
        words = [w for w in every if w.end() <= aux]
        if not words or (words[0].group().lower() in pack.FRONT_WORDS and not _approximates(s, words, pack)):
            return None
        if any(q in region for q in pack.QUOTES) or ";" in region or ":" in region:
            return None
        lows = [w.group().lower() for w in words]
        if lows[-1] in _MODALS:
            return None  # "may have died in 1962": a modal perfect takes past dates
        if any(w in pack.SUBORDINATORS or w in pack.REPORTING_VERBS for w in lows):
            return None
        rel = [i for i in range(len(words)) if _relative_at(s, every, i, pack)]
        if rel and not [w for w in lows[rel[-1] + 1:] if w != "not" and not w.endswith("ly")]:
            continue  # "the man who has lived here": the perfect is the relative clause's own
        # A verb in the subject outside asides and relative clauses ("The army sent in the
        # bulldozers on Thursday ..., who has been linked"): the perfect is no main verb.
        # ("The Doha round, launched in 2001, has ...": the aside may have one.)
        # commas[k] = index of the first word after a comma (len(words): the comma closes the region)
        commas = [i for i in range(1, len(words) + 1)
                  if "," in region[words[i - 1].end():words[i].start() if i < len(words) else aux]]
        head = range(0, min([*commas, *rel, len(words)]))
        tail = range(commas[-1], min([r for r in rel if r >= commas[-1]] or [len(words)])) if commas else range(0)
        if any(_verbish(lows[i], pack) for i in [*head, *tail]):
            return None
        return aux
    return None


def _verbish(low: str, pack) -> bool:
    return low in pack.AUXILIARIES or bool(pack.PARTICIPLE_RE.match(low))


def _verb_groups(words: Sequence[re.Match], pack) -> int:
    """Runs of verb-like words (auxiliaries, past forms, adverbs between them) in `words`."""
    groups, inside = 0, False
    for w in words:
        low = w.group().lower()
        verb = _verbish(low, pack)
        if verb and not inside:
            groups += 1
        inside = verb or (inside and (low in pack.CLAUSE_ADVERBS or low.endswith("ly")))
    return groups


def _core(s: str, a: int, b: int) -> int:
    """Start of the expression without a leading article ("the 2019" -> "2019")."""
    m = _LEAD_DET_RE.match(s, a, b)
    return m.end() if m else a


def _is_subordinate(s: str, a: int, b: int, perfect: int | None, pack, every: Sequence[re.Match],
                    starts: list[int], before_year: int | None = None,
                    bounds: tuple[date, date] | None = None) -> bool:
    # In a present-perfect main clause, a date wholly in an earlier year than the report's
    # cannot be the clause's time ("has refused aid over abductions in the 1970s"). Not past a
    # comma or dash ("has expanded three times, adding Spain in 1982": an adjunct of its own),
    # nor in a "since" clause (the state's start); this year's dates ("has risen in March",
    # loose usage) and bounds ("until 2030") stay.
    if perfect is not None and a > perfect and before_year is not None and bounds is not None \
            and bounds[1].year < before_year and not pack.BOUND_BEFORE_RE.search(s, max(0, a - 16), a) \
            and not pack.CLAUSE_BREAK_RE.search(s, perfect, a) and "--" not in s[perfect:a] \
            and not pack.SINCE_RE.search(s, perfect, a):
        return True
    core = _core(s, a, b)
    before = every[:bisect.bisect_left(starts, core)]
    prev = before[-1] if before else None
    adjacent = prev is not None and not s[prev.end():core].strip()
    # "the 2019 flood response", "a 2009 analysis", "record 2023 profits", "the 1975 Algiers
    # Agreement": a year that premodifies a noun (not "in 2019 elections", "the year 1950 also");
    # only against a present perfect, as a past verb often tells what the noun did
    # ("Navigation Mixte's 1989 profit is likely to be ..., up from last year")
    if perfect is not None and _YEAR_RE.fullmatch(s, core, b) and adjacent and prev is not None:
        low = prev.group().lower()
        det = core > a or low in pack.DETERMINERS
        nxt = _WORD_RE.match(s, b + 1) if s[b:b + 1] == " " else None
        if (det or low not in pack.FRONT_WORDS) and low not in pack.TIME_NOUNS and nxt is not None:
            word = nxt.group()
            if word not in pack.NOT_A_NOUN_AFTER_YEAR and not word.endswith("ly") and \
                    (word.islower() or det and word[:1].isupper()):
                return True
    # "the flood of 2019" (but "the end of 2019"): only against a present perfect too ("the
    # armistice of 11 November 1918" is often the happening itself)
    if perfect is not None and adjacent and prev is not None and prev.group().lower() == "of" \
            and len(before) >= 2:
        noun = before[-2].group()
        if noun.islower() and noun not in pack.TIME_NOUNS and not s[before[-2].end():prev.start()].strip():
            return True
    # an aside in brackets against a present perfect: "the Siege of Kut (1915-16)" (elsewhere
    # "the fall of Ekaterinburg (on 17 July 1918)" often dates the happening itself)
    if perfect is not None and s.rfind("(", 0, a) > s.rfind(")", 0, a):
        return True
    # inside a relative clause, up to the next comma or bracket (or the main verb that closes it)
    breaks = [m.end() for m in pack.CLAUSE_BREAK_RE.finditer(s, 0, a)]
    window = max(breaks, default=0)
    if perfect is not None and window <= perfect < a:
        return False
    words = every[:bisect.bisect_left(starts, a)]
    for i in range(len(words) - 1, -1, -1):
        if words[i].start() < window:
            break
        if _relative_at(s, every, i, pack):
            # "The man who hurled a grenade ... was identified Thursday": in a subject (no verb
            # before the pronoun) a second verb group is the main clause's, after the relative
            # clause ended; after the main verb the clause runs to the next comma
            if _verb_groups(words[:i], pack):
                return True
            return _verb_groups(words[i + 1:], pack) < 2
    # "The bridge built in 1962 has been closed": a reduced relative inside the subject
    if perfect is not None and a < perfect:
        for i in range(len(words) - 1, 0, -1):
            if words[i].start() < window:
                break
            if pack.PARTICIPLE_RE.match(words[i].group()) and words[i - 1].group().lower() not in \
                    pack.NOT_A_NOUN_AFTER_YEAR and words[i - 1].group().lower() not in pack.FRONT_WORDS:
                return True
    return False


def subordinate(s: str, timexes: Sequence[Timex], offset: int, pack, perfect: int | None = None,
                reported: date | None = None) -> list[bool]:
    """For each expression (offsets into the text `s` was cut from at `offset`), whether it
    dates a subordinate noun phrase or relative clause rather than the main clause.
    `perfect`: the offset of a present-perfect main verb (`main_perfect`); `reported`: the
    report date (a date of an earlier year cannot be a present perfect's)."""
    year = reported.year if reported is not None else None
    every = _sentence_words(s)
    starts = [w.start() for w in every]
    return [_is_subordinate(s, t.start - offset, t.end - offset, perfect, pack, every, starts, year, _bounds(t))
            for t in timexes]


def _all_in_pluperfect_relatives(s: str, calendar: Sequence[Timex], offset: int, pack) -> bool:
    """Every date sits in a relative clause with a past perfect of its own ("X went ...,
    including those who had snubbed an election in January")."""
    # (PAST_PERFECT: the pack's cheap "had" test, the deadline reader's too)
    rel_re, hint = getattr(pack, "PLUPERFECT_RELATIVE_RE", None), getattr(pack, "PAST_PERFECT", None)
    if rel_re is None or hint is None or not hint.search(s):
        return False
    every = _sentence_words(s)
    starts = [w.start() for w in every]
    for t in calendar:
        a = t.start - offset
        window = max((m.end() for m in pack.CLAUSE_BREAK_RE.finditer(s, 0, a)), default=0)
        words = every[:bisect.bisect_left(starts, a)]
        for i in range(len(words) - 1, -1, -1):
            if words[i].start() < window:
                return False
            if _relative_at(s, every, i, pack):
                break
        else:
            return False
        # the pronoun's own verb is a past perfect, and no second verb group after it (the
        # relative clause still runs at the date: not "who had robbed a bank was arrested in March")
        if rel_re.match(s, words[i].end()) is None or _verb_groups(words[i + 1:], pack) > 1:
            return False
    return True


# A switch for the tests (a date in a comma-set aside of the subject dates no statement).
SUBJECT_ASIDE = True


def _in_subject_aside(s: str, a: int, b: int, every: Sequence[re.Match], starts: list[int], pack) -> bool:
    """The date s[a:b] sits in an aside set off by commas inside the sentence's subject, a
    relative clause (", who founded Likud 32 years ago,") or a reduced one (", founded in
    1973,"), and the main clause goes on after it ("... quit the party")."""
    opening = s.rfind(",", 0, a)
    if opening <= 0 or any(c in s[opening:a] for c in "();:[]—–\"“”"):
        return False
    closing = s.find(",", b)
    if closing < 0 or any(c in s[b:closing] for c in "();:[]—–\"“”"):
        return False
    head = every[:bisect.bisect_left(starts, opening)]
    first = every[bisect.bisect_left(starts, opening):bisect.bisect_left(starts, a)]
    rest = every[bisect.bisect_left(starts, closing):]
    if not head or not first or len(rest) < 1:
        return False
    lows = [w.group().lower() for w in head]
    if lows[0] in pack.FRONT_WORDS or any(w in pack.SUBORDINATORS or w in pack.REPORTING_VERBS for w in lows) \
            or any(q in s[:opening] for q in pack.QUOTES) or "," in s[:opening] or _verb_groups(head, pack):
        return False  # no plain subject before the aside
    opener = first[0].group().lower()
    if not (opener in pack.RELATIVE_PRONOUNS - {"that"} or pack.PARTICIPLE_RE.match(opener)):
        return False
    # the main clause after the aside has a verb of its own, not another aside's noun phrase
    # or a reporting frame (", he said")
    after = [w.group().lower() for w in rest[:3]]
    if after and (after[0] in pack.FRONT_WORDS or after[0] in pack.DETERMINERS):
        return False
    return True


def _all_in_subject_asides(s: str, calendar: Sequence[Timex], offset: int, pack) -> bool:
    """Every date of the sentence sits in an aside of its subject (`_in_subject_aside`): the
    statement is the main clause's, which has no date of its own ("The party, founded 32 years
    ago, split": not 1973)."""
    if not SUBJECT_ASIDE or "," not in s:
        return False
    every = _sentence_words(s)
    starts = [w.start() for w in every]
    return all(_in_subject_aside(s, t.start - offset, t.end - offset, every, starts, pack)
               and not _on_main_occasion(s, t, offset, every, starts, pack) for t in calendar)


# A switch for the tests (a date in a comma-set aside describing a noun after the main verb,
# at the sentence's end, dates no statement when that verb is a saying or a present).
OBJECT_ASIDE = True
_ASIDE_STOPS = "();:[]—–\"“”«»`'"


def _main_saying_or_present(s: str, head_end: int, every: Sequence[re.Match], pack) -> int | None:
    """Offset of the main verb before s[head_end] when it is a saying ("He said ...", "..., ''
    said Gonzalez") or a simple present (`present_main`), else None."""
    region = s[:head_end]
    quote = max(region.rfind(q) for q in (*pack.QUOTES, "''", "``"))
    start = quote + 1 if quote >= 0 else 0
    words = [w for w in every if start <= w.start() and w.end() <= head_end]
    if not words:
        return None
    if start == 0 and (words[0].group().lower() in pack.FRONT_WORDS or words[0].group().lower() in pack.SUBORDINATORS):
        return None
    for w in words:
        low = w.group().lower()
        if low in pack.MAIN_SAYING_WORDS:
            return w.start()
        if _verbish(low, pack) or low in pack.MAIN_PAST_WORDS or low in pack.REPORTING_VERBS \
                or low in pack.PRESENT_COPULAS or low in pack.RELATIVE_PRONOUNS or low in pack.SUBORDINATORS:
            break
    if start:
        return None
    verb = present_main(s, pack)
    return verb if verb is not None and verb < head_end else None


def _in_object_aside(s: str, a: int, b: int, every: Sequence[re.Match], starts: list[int], pack) -> bool:
    """The date s[a:b] sits in an aside opened by a comma after the main verb, a relative
    clause (", who was ousted in 2003") or a reduced one (", ousted from power after US-led
    forces invaded in March 2003") describing the noun before the comma, and the aside runs to
    the end of the sentence; the main verb is a saying or a simple present."""
    opening = s.rfind(",", 0, a)
    if opening <= 0 or any(c in s[opening:a] for c in _ASIDE_STOPS) or "," in s[b:] \
            or any(c in s[b:] for c in _ASIDE_STOPS):
        return False
    first = every[bisect.bisect_left(starts, opening):bisect.bisect_left(starts, a)]
    head = every[:bisect.bisect_left(starts, opening)]
    if not first or not head:
        return False
    opener = first[0].group().lower()
    if opener in pack.OBJECT_ASIDE_NOT_OPENERS or not (
            opener in pack.RELATIVE_PRONOUNS - {"that"} or pack.PARTICIPLE_RE.match(opener)):
        return False
    # a noun before the comma, not a quantity ("rose 5 percent, boosted by") nor a verb
    # ("was arrested, charged on Friday": a second predicate of the clause)
    noun = head[-1].group().lower()
    if s[head[-1].end():opening].strip() or noun in pack.OBJECT_ASIDE_NOT_AFTER or _verbish(noun, pack) \
            or noun in pack.MAIN_PAST_WORDS:
        return False
    if pack.OCCASION_ASIDE_RE.match(s[opening + 1:a].lstrip()):
        return False  # "said Rice, who met Steinmeier on Tuesday": the saying's own occasion
    verb = _main_saying_or_present(s, opening, every, pack)
    if verb is None:
        return False
    if pack.OBJECT_ASIDE_FUTURE_RE.match(s[opening + 1:a].lstrip()) and not _names_the_speaker(s, verb, opening, pack):
        return False  # "the pilot, which will run through June": the plan told is the statement's
    if opener not in pack.RELATIVE_PRONOUNS:
        # a participle may be the main verb itself, or a second predicate: not after a comma
        # past the main verb (the comma may close the subject's aside: "The drop in prices, a
        # gauge of inflation, followed a fall in September"), nor right after a verb ("was
        # beaten up, intimidated and threatened ... before being released on Tuesday")
        if "," in s[verb:opening] or any(_verbish(w.group().lower(), pack) for w in head[-3:]):
            return False
    return True


def _names_the_speaker(s: str, verb: int, opening: int, pack) -> bool:
    """The noun before the aside is the speaker of an inverted speech tag ("said Morricone, who
    is to conduct a concert on Saturday", "added the manager, whose side will visit Chelsea on
    Saturday"): a saying word and at most four words of its speaker before the comma."""
    between = _words(s[verb:opening])
    return bool(between) and between[0].group().lower() in pack.MAIN_SAYING_WORDS and len(between) <= 5


def _all_in_object_asides(s: str, calendar: Sequence[Timex], offset: int, pack) -> bool:
    """Every date of the sentence sits in an aside describing a noun after a saying or a
    present main verb (`_in_object_aside`): "He said Iraqis were worse off than under Saddam
    Hussein, ousted from power after US-led forces invaded in March 2003" is the saying's
    statement, not March 2003's."""
    if not OBJECT_ASIDE or "," not in s or getattr(pack, "MAIN_SAYING_WORDS", None) is None:
        return False
    every = _sentence_words(s)
    starts = [w.start() for w in every]
    return all(_in_object_aside(s, t.start - offset, t.end - offset, every, starts, pack) for t in calendar)


# A switch for the tests (an aside on the main act's own occasion keeps its date).
OCCASION_ASIDE = True


def _on_main_occasion(s: str, t: Timex, offset: int, every: Sequence[re.Match], starts: list[int], pack) -> bool:
    """The subject's aside holding `t` tells the occasion of the main act ("Blair, who touched
    down Saturday in Cairo, welcomed ...": on that visit; "The eruption, which occurred in
    1993, killed nine"), and the main verb is a past: the aside's date is the statement's
    (the pack's OCCASION_ASIDE_RE with a date of one day, HAPPENED_ASIDE_RE with any)."""
    occasion, happened = getattr(pack, "OCCASION_ASIDE_RE", None), getattr(pack, "HAPPENED_ASIDE_RE", None)
    if not OCCASION_ASIDE or occasion is None or happened is None:
        return False
    a, b = t.start - offset, t.end - offset
    opening, closing = s.rfind(",", 0, a), s.find(",", b)
    aside = s[opening + 1:a].lstrip()
    if happened.match(aside) is None:
        bounds = _bounds(t)
        if occasion.match(aside) is None or bounds is None or bounds[0] != bounds[1]:
            return False
        if pack.LATE_ARRIVAL_RE.match(s[opening + 1:closing].lstrip()):
            return False  # "who arrived here late Monday, made the remarks": the next day's
    # the main verb: the first word after the aside, past adverbs
    for w in every[bisect.bisect_left(starts, closing):]:
        low = w.group().lower()
        if low in pack.CLAUSE_ADVERBS or low.endswith("ly") or low == "here":
            continue
        return low in pack.MAIN_PAST_WORDS or bool(pack.PARTICIPLE_RE.match(low))
    return False


def targets(s: str, calendar: Sequence[Timex], offset: int, pack) -> set[int]:
    """The ids of the dates that are the target or deadline of an act the statement agrees,
    asks or sets ("agreed to withdraw by June 30", "set Friday as the deadline"), not its own
    time (the pack's TARGET_BEFORE_RE, TARGET_SET_BEFORE_RE / TARGET_SET_AFTER_RE)."""
    before_re = getattr(pack, "TARGET_BEFORE_RE", None)
    if before_re is None:
        return set()
    set_before, set_after = pack.TARGET_SET_BEFORE_RE, pack.TARGET_SET_AFTER_RE
    may_hold = getattr(pack, "may_hold_target", None)  # (a cheap test before the long search)
    out: set[int] = set()
    last = None  # the end of the last target date
    for t in sorted(calendar, key=lambda t: t.start):
        a, b = t.start - offset, t.end - offset
        window = max((m.end() for m in pack.CLAUSE_BREAK_RE.finditer(s, 0, a)), default=0)
        clause = s[window:a]
        if ((may_hold is None or may_hold(clause)) and before_re.search(clause)) or \
                (set_before.search(clause) and set_after.match(s, b)) or \
                (last is not None and last >= window and pack.TARGET_JOIN_RE.search(s, last, a)):
            # (or joined to a target in its clause: "by 2010 for developed members and 2020")
            out.add(id(t))
            last = b
    return out


def is_future(s: str, pack) -> bool:
    """Whether the sentence's first verb group is a future ("China will announce ...", "Bush is
    expected to deliver ...": the pack's FUTURE_STATEMENT_RE; "'ll" counts as "will"), not a
    relative or subordinate clause's (NOT_BEFORE_FUTURE: "The leader, who will retire soon,
    spoke"), not after a source's frame (SOURCE_FRAMES: "According to the agreement, the DPRK
    will be able to send soldiers": a provision or claim of an earlier time), not a copula's "is to" (COPULA_SUBJECTS: "Our goal is to reunite them")."""
    future_re = getattr(pack, "FUTURE_STATEMENT_RE", None)
    words = getattr(pack, "FUTURE_WORD_RE", None)  # (a word every future holds: no long search without one)
    if words is not None and words.search(s) is None:
        return False
    m = future_re.search(s) if future_re is not None else None
    if m is None or (m.group("fut") is None and m.group() != "'ll"):
        return False
    # not a relative or subordinate clause's future ("The leader, who will retire soon, spoke",
    # "How they will do so has not been decided"), nor a copula ("Our goal is to reunite")
    window = max((b.end() for b in pack.CLAUSE_BREAK_RE.finditer(s, 0, m.start())), default=0)
    before = [w.group().lower() for w in _words(s, window, m.start())]
    if any(w in pack.NOT_BEFORE_FUTURE for w in before) or \
            any(w.group().lower() in pack.SOURCE_FRAMES for w in _words(s, 0, window)):
        return False
    # (the subject's head may stand before its complement: "The goal in energy conservation is to";
    # not a modifier: "The policy committee is to meet")
    followers = getattr(pack, "COPULA_HEAD_FOLLOWERS", None)
    head = any(w in pack.COPULA_SUBJECTS and (followers is None or i == len(before) - 1 or before[i + 1] in followers)
               for i, w in enumerate(before))
    return not (head and m.group().lower().split()[-1] == "to" and len(m.group().split()) == 2)


_BARE_YEAR_RE = re.compile(r"\d{4}")

# A switch for the tests (a year premodifying another happening's noun dates no statement).
OTHER_HAPPENING_YEAR = True


def other_happening_year(text: str, t: Timex, pack) -> bool:
    """Is `t` a bare year premodifying the noun of another happening the clause is related to
    ("following the 2003 US-led invasion", "for the 1998 embassy bombings")? It names that
    happening's year, not the statement's, and dates no statement (the pack's
    OTHER_HAPPENING_YEAR_BEFORE_RE / _AFTER_RE; "in the 2005 election" is the clause's time)."""
    before = getattr(pack, "OTHER_HAPPENING_YEAR_BEFORE_RE", None)
    after = getattr(pack, "OTHER_HAPPENING_YEAR_AFTER_RE", None)
    if not OTHER_HAPPENING_YEAR or before is None or after is None:
        return False
    lead = _LEAD_DET_RE.match(t.text)  # the mention may hold its article ("the 2003")
    year_at = t.start + (lead.end() if lead else 0)
    if not _BARE_YEAR_RE.fullmatch(text, year_at, t.end):
        return False
    m = before.search(text, max(0, t.start - 40), year_at)
    if m is None:
        return False
    n = after.match(text, t.end)
    if n is None:
        return False
    w = n.group("w").lower()
    return w not in pack.NOT_A_NOUN_AFTER_YEAR and w not in pack.TIME_NOUNS and not w.endswith("ly")


# Switches for the tests (session 20, xrecall4): a thing's origin ("dating from 1984") and a
# date inside a contact relative clause after the main verb ("quit the party he was
# instrumental in founding 32 years ago") date no statement.
ORIGIN_DATE = True
CONTACT_RELATIVE = True


def origin_date(text: str, t: Timex, pack) -> bool:
    """Is `t` the origin of the thing before it, after "dating from" / ", which dates back to"
    (the pack's ORIGIN_BEFORE_RE): "Britain's refusal to give up its annual budget rebate,
    dating from 1984, ..." is not a statement of 1984."""
    before = getattr(pack, "ORIGIN_BEFORE_RE", None)
    return ORIGIN_DATE and before is not None and before.search(text, max(0, t.start - 40), t.start) is not None


def contact_relative_date(text: str, start: int, t: Timex, pack) -> bool:
    """Is `t` inside a contact relative clause (a noun then a subject pronoun, no "that":
    "Sharon quit the party he was instrumental in founding 32 years ago") on a noun after the
    sentence's main verb (the sentence text[start:...])? The date is the noun's story, not the
    statement's time. The clause runs from the pronoun to a comma or a clause word (the pack's
    CONTACT_RELATIVE_ENDS); not after a verb of an object and a clause ("told the court he
    would return in 2006"), not on a time noun ("the day he arrived in 1990")."""
    rel = getattr(pack, "CONTACT_RELATIVE_RE", None)
    if not CONTACT_RELATIVE or rel is None:
        return False
    s = text[start:t.start]
    for m in rel.finditer(s):
        between = s[m.start():m.start("pron")].lower().split()
        noun = m.group("noun").lower()
        if noun in pack.TIME_NOUNS or any(w in pack.CONTACT_RELATIVE_ENDS or w in pack.FRONT_WORDS
                                           or w in pack.SUBORDINATORS or w in pack.CONTACT_RELATIVE_NOT_NOUN
                                           or _verbish(w, pack) for w in between[1:]):
            continue  # (a clause word, not a noun: "a custody battle since he was found on Nov. 25")
        inside = s[m.start("pron"):]
        if pack.CLAUSE_BREAK_RE.search(inside) or any(w.group().lower() in pack.CONTACT_RELATIVE_ENDS
                                                      for w in _words(inside)):
            continue
        prefix = [w.group().lower() for w in _words(s[:m.start()])]
        if not prefix or prefix[-1] in pack.CONTACT_RELATIVE_NOT_BEFORE or prefix[-1] in pack.SUBORDINATORS \
                or prefix[-1] in pack.CONTACT_RELATIVE_ENDS or pack.CLAUSE_BREAK_RE.search(s[:m.start()]):
            continue  # (a reported clause, or the subject of a clause: "when a bomb they were making exploded")
        if not any(_verbish(w, pack) or w in pack.CONTACT_RELATIVE_NOT_NOUN for w in prefix):
            continue  # (no verb before it: a subject or a fronted phrase, "After the war he moved in 1950")
        return True
    return False


# Switches for the tests: a "since" date after a superlative or count is a comparison's base
# (COMPARISON_SINCE); a date of a related happening's noun phrase after a present main verb is
# that happening's (RELATED_HAPPENING).
COMPARISON_SINCE = True
RELATED_HAPPENING = True
# (session 20) a year-ago date a figure is compared with ("up 18% from $1.69 billion a year earlier")
COMPARED_BASE = True
# (session 20, parser21) ... and a month or a week back ("up 1.5 percent from September")
COMPARED_MONTH_BASE = True


def present_main(s: str, pack) -> int | None:
    """Offset in `s` of a simple-present main verb ("The vote, the third this year, marks a new
    beginning", "This is the reason"), or None: the first verb-like word of the sentence,
    read past a plain subject and its asides, is a present copula (not one leading a future or
    a progressive: "is due to go", "are flying") or a verb in -s before a determiner; None
    after a fronted adverbial, a subordinate clause or a quotation, or when that first verb is
    a past, a participle or an auxiliary of another tense."""
    every = _sentence_words(s)
    if not every:
        return None
    first = every[0].group().lower()
    if (first in pack.FRONT_WORDS and not (first in {"this", "that"} and len(every) > 1
                                            and every[1].group().lower() in pack.PRESENT_COPULAS)) \
            or first in pack.SUBORDINATORS:
        return None  # (but "This is the reason": a pronoun subject)
    quoted_from = _first_quote_end(s, pack.QUOTES)
    for i, w in enumerate(every):
        low = w.group().lower()
        if quoted_from <= w.start():  # a quotation mark before the word
            return None
        if low in pack.PRESENT_COPULAS:
            nxt = [x.group().lower() for x in every[i + 1:i + 3]]
            if not i or any(x in pack.NOT_PRESENT_AFTER_COPULA or x.endswith("ing") for x in nxt):
                return None
            return w.start()
        if low in pack.AUXILIARIES or low in pack.MAIN_PAST_WORDS or pack.PARTICIPLE_RE.match(low) \
                or low in pack.RELATIVE_PRONOUNS or low in pack.SUBORDINATORS or low in pack.REPORTING_VERBS:
            return None
        if i and w.group() == low and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")) \
                and every[i - 1].group().lower() not in pack.DETERMINERS and i + 1 < len(every) \
                and every[i + 1].group().lower() in pack.DETERMINERS:
            return w.start()
    return None


def _first_quote_end(s: str, quotes) -> int | float:
    """Where the first of `quotes` found in `s` ends (inf: none), so that "a quotation mark in
    s[:k]" is one comparison with k, not a slice and a search of each mark at every word."""
    ends = [i + len(q) for q in quotes if (i := s.find(q)) >= 0]
    return min(ends) if ends else float("inf")


def _comparison_base(text: str, start: int, t: Timex, pack, dates: Sequence[Timex] = ()) -> bool:
    """`t` is the base of a comparison or a running count: "the highest level since its launch
    in 1999", "the number of fatalities since the 2003 invasion" (COMPARISON_SINCE_RE), not a
    figure's state ("had been holding 72 hostages since", COUNT_SINCE_STATE_RE), not after a perfect ("has been ... since 1992"), with no other of
    the sentence's `dates` and no second verb after a coordination between the "since" and
    the date ("their sharpest fall since
    December 1986 and fell by 0.5 percent in March": March is the statement's)."""
    lo = max(start, t.start - 200)
    word = getattr(pack, "COMPARISON_SINCE_WORD_RE", None)  # (a word every match holds: no long search without it)
    m = None if word is not None and word.search(text, lo, t.start) is None \
        else pack.COMPARISON_SINCE_RE.search(text, lo, t.start)
    if m is None:
        return _front_count_base(text, start, t, pack, dates)
    if pack.COMPARISON_SINCE_PERFECT_RE.search(text, start, m.start()) \
            and len(_words(text, m.start(), m.start(m.lastgroup))) > 4:
        return False  # ("has been a sales agent for the world's biggest breeder of insects since 1992")
    tail = "tail" if m.group("tail") is not None else "tail2"
    state = getattr(pack, "COUNT_SINCE_STATE_RE", None)
    if "fig" in pack.COMPARISON_SINCE_RE.groupindex and m.group("fig") is not None and state is not None \
            and state.search(text, start, m.start(tail)):
        return False  # a figure's state, not its count ("had been holding 72 hostages since December 17")
    if any(m.start(tail) <= d.start < t.start for d in dates):
        return False  # "their sharpest fall since September 1986 in March": March is the statement's
    words = _words(text, m.start(tail), m.end(tail))
    for i, w in enumerate(words[:-1]):
        if w.group().lower() in {"and", "but", "while"}:
            for nxt in words[i + 1:i + 3]:
                low = nxt.group().lower()
                if _verbish(low, pack) or low in pack.MAIN_PAST_WORDS:
                    return False
                if low not in pack.CLAUSE_ADVERBS and not low.endswith("ly"):
                    break
    return True


def _front_count_base(text: str, start: int, t: Timex, pack, dates: Sequence[Timex] = ()) -> bool:
    """`t` is in a fronted "Since ..." before a running count ("Since 2003, the number of
    British troops killed in Iraq has increased to 121", "Since Monday, more than 25 rockets
    have landed": FRONT_SINCE_RE, COUNT_AFTER_FRONT_SINCE_RE), with no other date between the
    "since" and `t` and no state's "been" in the count's words (COUNT_SINCE_STATE_RE)."""
    front = getattr(pack, "FRONT_SINCE_RE", None)
    after = getattr(pack, "COUNT_AFTER_FRONT_SINCE_RE", None)
    if front is None or after is None:
        return False
    m = front.search(text[start:t.start])
    if m is None or any(start + m.start("tail") <= d.start < t.start for d in dates):
        return False
    n = after.match(text, t.end)
    if n is None:
        return False
    state = getattr(pack, "COUNT_SINCE_STATE_RE", None)
    return state is None or state.search(text, t.end, n.end()) is None


def _compared_base(text: str, start: int, t: Timex, pack) -> bool:
    """`t` is a year-ago date a figure is compared with ("up 18% from $1.69 billion a year
    earlier", "compared with a loss in the 1988 period": COMPARED_BASE_RE after
    COMPARED_BASE_BEFORE_RE, in the same clause)."""
    base = getattr(pack, "COMPARED_BASE_RE", None)
    before = getattr(pack, "COMPARED_BASE_BEFORE_RE", None)
    if base is None or before is None or base.fullmatch(t.text) is None:
        return False
    return before.search(text, max(start, t.start - 120), t.start) is not None


def _compared_month_base(text: str, start: int, t: Timex, pack) -> bool:
    """`t` is a month or a week back that a figure is compared with ("up 1.5 percent from
    September", "up from 5.1 percent in October": MONTH_BASE_RE after MONTH_BASE_BEFORE_RE in
    the same clause, not the start of a span)."""
    base, before, after = (getattr(pack, n, None) for n in ("MONTH_BASE_RE", "MONTH_BASE_BEFORE_RE", "MONTH_BASE_NOT_AFTER_RE"))
    if base is None or before is None or after is None or base.fullmatch(t.text) is None:
        return False
    if after.match(text, t.end) is not None:
        return False
    return before.search(text, max(start, t.start - 120), t.start) is not None


_IN_PHRASE_END_RE = re.compile(r"\s(?:in|on|of|from)\s+(?:the\s+)?$", re.IGNORECASE)


def measured_by_other(text: str, start: int, end: int, calendar: Sequence[Timex], pack) -> list[Timex]:
    """The dates of the sentence text[start:end] that are another happening's, which the
    statement is measured or placed by: the base of a comparison ("the highest level since its
    launch in 1999", `_comparison_base`), or, after a simple-present main verb, a date in the
    noun phrase of a related happening ("marks a new beginning following the US-led invasion in
    March 2003, two transitional governments and the adoption of a constitution in October",
    RELATED_HAPPENING_BEFORE_RE, with the dates listed after it in the same phrase)."""
    if getattr(pack, "COMPARISON_SINCE_RE", None) is None or getattr(pack, "RELATED_HAPPENING_BEFORE_RE", None) is None:
        return []
    out: list[Timex] = []
    verb: int | None = -1  # the present main verb's offset (-1: not read yet, read when first needed)
    last: Timex | None = None
    for t in sorted(calendar, key=lambda t: t.start):
        if COMPARISON_SINCE and _comparison_base(text, start, t, pack, calendar):
            out.append(t)
            continue
        if COMPARED_BASE and _compared_base(text, start, t, pack):
            out.append(t)
            continue
        if COMPARED_MONTH_BASE and _compared_month_base(text, start, t, pack):
            out.append(t)
            continue
        if not RELATED_HAPPENING or (last is None and pack.RELATED_HAPPENING_BEFORE_RE.search(
                text, max(start, t.start - 80), t.start) is None):
            # no relating word before the date even from the sentence's start (a wider window
            # than the verb's, so nothing below could find one), and no list to continue: the
            # main verb is not read (most dated sentences)
            continue
        if verb == -1:
            verb = present_main(text[start:end], pack)
        if verb is None or t.start < start + verb:
            continue
        m = pack.RELATED_HAPPENING_BEFORE_RE.search(text, max(start + verb, t.start - 80), t.start)
        if m is not None and _IN_PHRASE_END_RE.search(m.group(0)) is None:
            # the date right after the word or its article: a premodifier of the happening's noun
            n = pack.RELATED_PREMODIFIED_AFTER_RE.match(text, t.end)
            if n is None or (n.group("w") is not None and (
                    n.group("w").lower() in pack.NOT_A_NOUN_AFTER_YEAR or n.group("w").lower() in pack.TIME_NOUNS)):
                m = None
        if m is not None:
            out.append(t)
            last = t
        elif last is not None and _listed_after(text, last.end, t.start, pack):
            out.append(t)  # "... following the invasion in March 2003, ... and the adoption of a constitution in October"
            last = t
    return out


def _listed_after(text: str, a: int, b: int, pack) -> bool:
    """text[a:b], between two dates, continues a list of noun phrases ("to oust Saddam, two
    transitional governments and the adoption of a constitution in"): a comma or "and", and
    no verb, clause break or quotation."""
    between = text[a:b]
    if any(c in between for c in ";:()[]\"“”—") or not ("," in between or " and " in between):
        return False
    words = [w.group().lower() for w in _words(between)]
    return bool(words) and not any(
        _verbish(w, pack) or w in pack.MAIN_PAST_WORDS or w in pack.PRESENT_COPULAS or w in pack.RELATIVE_PRONOUNS
        or w in pack.SUBORDINATORS for w in words)


def _bounds(t: Timex) -> tuple[date, date] | None:
    from timeline_cli.errors import DateError
    from timeline_cli.when import parse_when

    try:
        w = parse_when(t.edtf or "")
    except DateError:
        return None
    if w.open_start or w.open_end:
        return None
    return w.earliest, w.latest


def happenings(text: str, start: int, end: int, dates: Sequence[Timex], pack) -> list[tuple[int, int]]:
    """Clause spans of text[start:end], one per dated happening (one span when there is one).

    `dates`: the sentence's calendar dates that are its main clause's, in text order.
    """
    cuts: list[tuple[int, int, bool]] = []  # (end of a clause, start of the next, by a comma only)
    for a, b in zip(dates, dates[1:]):
        ba, bb = _bounds(a), _bounds(b)
        if ba is None or bb is None or not (ba[1] < bb[0] or bb[1] < ba[0]):
            continue  # open, or one inside the other ("in 1941 ... on June 22")
        between = text[a.end:b.start]
        if pack.BOUND_BEFORE_RE.search(between) or pack.ASIDE_RE.search(between):
            continue
        link = pack.HAPPENING_LINK_RE.match(between)  # right after the first date: "on April 29 and ..."
        # (a fronted date is no list item: "Since 1949, it has been expanded ...")
        comma = link is None and between.startswith(", ") and len(_words(text[start:a.start])) > 2
        if link is None and not comma:
            continue
        after = _words(between, link.end() if link else 2)
        if not [w for w in after if w.group().lower() not in pack.HAPPENING_FILLER]:
            continue  # "on April 29 and again on May 7": one happening's dates
        if after and after[0].group().lower() in pack.BOUND_WORDS:
            continue  # "into the fourth quarter and through ... 1990": one span
        cuts.append((a.end + (link.start() if link else 0), a.end + (link.end() if link else 2), comma))
    # A comma separates happenings only in a list closed by a link: "Greece and Turkey in 1952,
    # Germany in 1955 and Spain in 1982"; "On 7 March 1951, the Eighth Army attacked" is one.
    kept: list[tuple[int, int, bool]] = []
    for cut in reversed(cuts):
        if not cut[2] or (kept and kept[-1][0] > cut[0]):
            kept.append(cut)
    cuts = sorted(kept)
    spans, s = [], start
    for e, nxt, _ in cuts:
        spans.append((s, e))
        s = nxt
    spans.append((s, end))
    return spans


# A switch for the tests (session 21, xrecall7: a perfect progressive is no report day's act).
PERFECT_PROGRESSIVE = True


def _perfect_of_a_day(s: str, perfect: int | None, pack) -> bool:
    """Whether the present perfect at `perfect` (`main_perfect`) dates its statement by the report
    day: "The minister has apologised ..." did so just now; a perfect progressive tells what has
    gone on up to now ("Castro's government has been using such traditional political events --
    along with other rallies almost every day -- to draw attention to the case of Elian, who was
    rescued Nov. 25": the report's past, `../REPORTED`, not the report day alone; dev8's daily
    rallies were date-blocked by it)."""
    if perfect is None:
        return False
    progressive = getattr(pack, "PERFECT_PROGRESSIVE_RE", None)
    return not (PERFECT_PROGRESSIVE and progressive is not None and progressive.match(s, perfect) is not None)


def statement_dates(text: str, start: int, end: int, found: Sequence[Timex], pack,
                    is_calendar: Callable[[Timex], bool], *, split: bool = True,
                    reported: date | None = None, history: bool = False) -> list[Statement]:
    """The happenings of the sentence text[start:end] and the expressions each is dated by.

    `found`: the sentence's expressions (absolute offsets); `is_calendar`: whether one can be a
    statement's date (the caller's ranking says). Without a calendar date the sentence is one
    statement with everything found. `history`: the document tells a story of the past (most
    of its dates well before the report's), whose asides are often the happening's own time.
    """
    calendar = [t for t in found if is_calendar(t)]
    if not calendar or end - start > _MAX_SENTENCE or len(calendar) > _MAX_DATES:
        return [Statement(start, end, list(found), False)]
    s = text[start:end]
    aimed = targets(s, calendar, start, pack)
    if aimed:
        # "The INS ruled ... and set Friday as the deadline for his repatriation": a deadline
        # or target is another act's time; the statement's is the rest's, or none of its own
        found = [t for t in found if id(t) not in aimed]
        calendar = [t for t in calendar if id(t) not in aimed]
        if not calendar:
            return [Statement(start, end, list(found), False)]
    measured = measured_by_other(text, start, end, calendar, pack)
    others = [t for t in calendar if other_happening_year(text, t, pack) or t in measured
              or origin_date(text, t, pack) or contact_relative_date(text, start, t, pack)]
    if others:
        # "following the 2003 US-led invasion": another happening's year, not the statement's
        found = [t for t in found if t not in others]
        calendar = [t for t in calendar if t not in others]
        if not calendar:
            # with a present perfect, as when every date is subordinate: the report date
            # ("sanctions imposed after its 1990 invasion ... has said")
            return [Statement(start, end, list(found), _perfect_of_a_day(s, main_perfect(s, pack), pack))]
    if _all_in_pluperfect_relatives(s, calendar, start, pack):
        # "Voters went to the polls, including Sunni Arabs who had snubbed an election in
        # January": the statement is the main clause's, whose time the date is not
        return [Statement(start, end, [t for t in found if not is_calendar(t)], False)]
    if not history and _all_in_subject_asides(s, calendar, start, pack):
        # "Sharon, who founded Likud 32 years ago, quit the party": the aside's date is the
        # founding's; the statement (the report's own happening) has no date of its own
        perfect = main_perfect(s, pack)
        return [Statement(start, end, [t for t in found if not is_calendar(t)], _perfect_of_a_day(s, perfect, pack))]
    if not history and _all_in_object_asides(s, calendar, start, pack):
        # "He said they were worse off than under Saddam Hussein, ousted from power after
        # US-led forces invaded in March 2003": the aside's date is the ousting's, the
        # statement the saying's (the report date)
        perfect = main_perfect(s, pack)
        return [Statement(start, end, [t for t in found if not is_calendar(t)], _perfect_of_a_day(s, perfect, pack))]
    perfect = main_perfect(s, pack)
    if perfect is None and len(calendar) == 1:
        return [Statement(start, end, list(found), False)]  # one date and no choice to make
    sub = dict(zip(map(id, calendar), subordinate(s, calendar, start, pack, perfect, reported)))
    main = [t for t in calendar if not sub[id(t)]]
    # The main clause's dates win only when one of them is a closed calendar date (not "at the
    # time", not a clock time whose day may be inferred).
    if not [t for t in main if t.type.upper() == "DATE" and _bounds(t) is not None]:
        if not main and perfect is not None:
            return [Statement(start, end, [], _perfect_of_a_day(s, perfect, pack))]
        main = calendar
    keep = [t for t in found if not is_calendar(t) or t in main]
    spans = happenings(text, start, end, sorted(main, key=lambda t: t.start), pack) if split else [(start, end)]
    if len(spans) == 1:
        return [Statement(start, end, keep, False)]
    out = []
    for i, (a, b) in enumerate(spans):
        lo = a if i else start
        hi = spans[i + 1][0] if i + 1 < len(spans) else end
        mine = [t for t in keep if lo <= t.start < hi]
        out.append(Statement(a, b, mine, False))
    return out
