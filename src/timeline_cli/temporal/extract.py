"""Find temporal expressions (TIMEX3) in text and normalise them against the document date.

    extract(text, reported, dayfirst=None, lang="en") -> list[Timex]

The engine knows no language: the rules, tense cues and narration cues come from a language
pack (`timeline_cli.lang.get(lang)`; English is `lang/en/`). Stage 1 scans the text with ONE
compiled regex built from the pack's rule table: each rule becomes a named alternative `_r<i>`, its named groups are
renamed `_r<i>_<name>` so they never clash, and the rule's builder turns the groups into an
underspecified spec. Stage 2 (`resolve.py`) anchors the spec to the document date, using the
tense of the clause around the mention. Offsets are Python character offsets:
`text[t.start:t.end] == t.text`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from timeline_cli import lang as _lang

from . import eras, prefilter
from .headings import section_starts
from .resolve import AGAINST_TENSE, UNMARKED_FUTURE, resolve, valid_date
from .specs import (
    BlockSpec, DateSpec, Groups, HolidaySpec, InSpec, MonthSpec, NumericDateSpec, OffsetSpec,
    PodRefSpec, QuarterSpec, RangeSpec, RelSpec, SeasonSpec, Spec, ThatSpec, TimeSpec, WeekdaySpec,
    WeekOfSpec, YearAgoQuarterSpec, YearPeriodSpec, DayOfMonthSpec,
)
from .types import Timex

Found = tuple[int, int, int, Spec]  # (start, end, rule index, spec) of an accepted match

_MACRO = re.compile(r"<(?P<macro>[A-Z]+)(?::(?P<name>\w+))?>")
_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>")
_BACKREF = re.compile(r"\(\?P=(?P<name>\w+)\)")


def _expand(pattern: str, macros: dict[str, str]) -> str:
    """Replace <MONTH> / <MONTH:month2> by a named group holding the macro's regex."""
    def sub(m: re.Match) -> str:
        macro = m.group("macro")
        name = m.group("name") or macro.lower()
        return f"(?P<{name}>{macros[macro]})"
    return _MACRO.sub(sub, pattern)


def rule_patterns(lang: Any) -> list[str]:
    """A pack's rule patterns with their macros expanded."""
    return [_expand(rule.pattern, lang.MACROS) for rule in lang.RULES]


class _Compiled:
    """The rule table compiled into one scanner, plus per-rule group-name maps.

    Rule patterns are written in lower case and run over the lower-cased text (case checks
    happen in the builders, on the original text), so the regex engine compares plain
    characters. A cheap trigger regex (months, weekdays, units, digits ...) finds the few places
    worth trying; the combined rule regex is only matched at word starts shortly before each
    trigger. Both word lists are derived from the patterns (`prefilter.py`).
    """

    # Left context that forbids a match start: inside a word, after a currency sign, or after
    # "12." / "3/" / "555-" (the middle of a number, a fraction or a phone number).
    # ("499-493 BC" is two years: the second may start after the dash, as TIMEX2 marks it)
    LEFT = r"(?<![\w$£€¥#@&/])(?:(?<!\d[.,:-])|(?<=\d[-–—])(?=\d{1,4}\s*b\.?c))"
    # Right context that forbids a match end: inside a word or a number ("3,000", "4.5", "10:30",
    # "5/8"); a comma right after a day's name ends it ("Saturday,7pm", "today,9am"), but not
    # after a month ("March,2020" is one date written tight, which no rule reads).
    RIGHT = r"(?![\w%°]|[.:/]\d|(?<!day),\d)"
    # how far before a trigger a match may start ("the beginning of the year")
    WINDOW = 40

    def __init__(self, lang: Any) -> None:
        rules = lang.RULES
        self.lang = lang
        self.rules = rules
        parts = []
        self.sources: list[str] = []
        self._single: dict[int, re.Pattern] = {}
        self._probes: dict[str, re.Pattern] = {}
        self.groups: list[list[tuple[str, str]]] = []
        for i, rule in enumerate(rules):
            pat = _expand(rule.pattern, lang.MACROS)
            names = [m.group("name") for m in _GROUP.finditer(pat)]
            prefix = f"_r{i}_"
            pat = _GROUP.sub(lambda m: f"(?P<{prefix}{m.group('name')}>", pat)
            pat = _BACKREF.sub(lambda m: f"(?P={prefix}{m.group('name')})", pat)
            parts.append(f"(?P<_r{i}>{pat})")
            self.sources.append(self.LEFT + parts[-1] + self.RIGHT)
            self.groups.append([(prefix + n, n) for n in dict.fromkeys(names)])
        self.source = self.LEFT + "(?:" + "|".join(parts) + ")" + self.RIGHT
        # Rules with a gate (words most texts never hold: "BC", "AD") are left out of the
        # scanner of a text without it: trying them at every start cost ~8% of the scan.
        gated = [bool(getattr(rule, "gate", "")) for rule in rules]  # a pack's rules may have none
        gates = list(dict.fromkeys(f"(?:{rule.gate})" for rule, g in zip(rules, gated) if g))
        self.gate = re.compile("|".join(gates)) if gates else None
        self.lite = self.pattern if self.gate is None else re.compile(
            self.LEFT + "(?:" + "|".join(p for p, g in zip(parts, gated) if not g) + ")" + self.RIGHT)
        # keyed like m.lastgroup (never None here: the pattern is an alternation of named groups)
        self.index: dict[str | None, int] = {f"_r{i}": i for i in range(len(rules))}
        pf = prefilter.current(rule_patterns(lang), getattr(lang, "STOP_WORDS", ()),
                               getattr(lang, "SCAN_GAPS", ()), getattr(lang, "PREFILTER", None))
        self.prefilter = pf
        self.trigger = re.compile(r"\d+|(?<![a-z])(?:" + _words(pf.words, pf.stems) + ")")
        self.word_start = re.compile(
            r"(?<![a-z0-9'’])(?:[0-9'’(+]|" + _words(pf.prefixes, pf.prefix_stems) + ")")


    @functools.cached_property
    def pattern(self) -> re.Pattern:
        """Every rule, over lower-cased text (compiled on first use: most texts need `lite`)."""
        return re.compile(self.source)

    @functools.cached_property
    def pattern_ci(self) -> re.Pattern:
        """Fallback when lower() changes the text's length."""
        return re.compile(self.source, re.I)

    def scanner(self, text: str) -> re.Pattern:
        """The pattern for one text: without the gated rules where it cannot match them."""
        return self.lite if self.gate is None or self.gate.search(text) is None else self.pattern

    def probe(self, pattern: re.Pattern) -> re.Pattern:
        """`pattern` without its named groups (but those a back-reference needs): it matches
        exactly where `pattern` does, 2-2.5x faster where it fails (a start like "the" that
        many rules may begin with: sre saves and restores every group mark it passes). Compiled
        on first use (~0.1-0.3 s: only long texts pay it back, _scan_pieces)."""
        hit = self._probes.get(pattern.pattern)
        if hit is None:
            src = pattern.pattern
            kept = {m.group("name") for m in _BACKREF.finditer(src)}
            hit = self._probes[src] = re.compile(
                _GROUP.sub(lambda m: m.group(0) if m.group("name") in kept else "(?:", src))
        return hit

    def single(self, i: int) -> re.Pattern:
        """Rule i alone (same group names), for retrying after a builder said no."""
        p = self._single.get(i)
        if p is None:
            p = self._single[i] = re.compile(self.sources[i])
        return p

    def later_match(self, low: str, text: str, st: int, after: int, off: int = 0) -> Found | None:
        """First rule after `after` that matches at st and whose builder accepts (`low`: the
        lower-cased piece of `text` starting at `off`; st is in it, the result in `text`)."""
        for j in range(after + 1, len(self.rules)):
            m = self.single(j).match(low, st)
            if m is None:
                continue
            s, e = m.start() + off, m.end() + off
            spec = self.rules[j].build(_groups(m, self.groups[j], text, off), text, s, e)
            if spec is not None:
                return s, e, j, spec
        return None


def _words(words: frozenset[str], stems: frozenset[str]) -> str:
    """Regex for whole words or word beginnings (longest first: the alternation takes the first)."""
    alts = []
    if words:
        alts.append("(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?![a-z])")
    if stems:
        alts.append("|".join(map(re.escape, sorted(stems, key=len, reverse=True))))
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


# pack object -> its scanner (compiled on first use; one per pack for the process)
_COMPILED: dict[int, tuple[object, _Compiled]] = {}


def compiled(lang: Any = _lang.DEFAULT) -> _Compiled:
    """The scanner of a language pack (a code or the pack itself)."""
    pack = _lang.get(lang)
    hit = _COMPILED.get(id(pack))
    if hit is None or hit[0] is not pack:
        hit = _COMPILED[id(pack)] = (pack, _Compiled(pack))
    return hit[1]


# ---------------------------------------------------------------- stage 1: scan
def _groups(m: re.Match, pairs: list[tuple[str, str]], text: str, off: int = 0) -> Groups:
    """The rule's groups read from `text`; `m` matched a piece of it starting at `off`."""
    out = Groups()
    for full, short in pairs:
        a, b = m.span(full)
        out[short] = text[a + off:b + off] if a >= 0 else None
    return out


def scan(text: str, lang: Any = _lang.DEFAULT) -> Iterator[Found]:
    """Yield (start, end, rule_index, spec) for every accepted match, left to right."""
    c = compiled(lang)
    if "\u0130" in text:
        # "İ" (U+0130) lower-cases to two characters ("i̇"): read it as "I" everywhere the
        # scanner and the rules' builders look (offsets stay the same), or "WİNTER" would match
        # as "winter" and then be looked up as "wi̇nter".
        text = text.replace("\u0130", "I")
    if len(text) > 2 * _PIECE:
        yield from _scan_pieces(text, c)
        return
    low = text.lower()
    if len(low) != len(text):
        yield from _scan_full(text, c)
        return
    yield from _scan_low(text, low, 0, len(text), c, _ScanState(c.scanner(text)))


class _ScanState:
    """Where the scan stands (absolute offsets), carried from one piece of a long text to the next."""

    __slots__ = ("match", "probe", "pos", "tstart", "failed")

    def __init__(self, pattern: re.Pattern, probe: re.Pattern | None = None) -> None:
        self.match = pattern.match  # the scanner for this text (c.scanner)
        # (a long text: `pattern` without its groups, _Compiled.probe, tried first at each start)
        self.probe = probe.match if probe is not None else None
        self.pos = 0      # the end of the last mention
        self.tstart = 0   # where the search for the next trigger resumes
        # Starts already tried without success. Trigger windows overlap ("October 8-13" has three
        # triggers within a dozen characters), and whether a start matches depends only on the
        # text, so each start is tried once: about a third fewer attempts of the big pattern.
        self.failed: set[int] = set()


def _scan_low(text: str, low: str, off: int, stop: int, c: _Compiled, state: _ScanState) -> Iterator[Found]:
    """The mentions whose trigger starts before `stop`; `low` is text[off:off + len(low)].lower()."""
    match, probe = state.match, state.probe
    word_starts = c.word_start.finditer
    rules, groups, index = c.rules, c.groups, c.index
    window = c.WINDOW
    failed = state.failed
    for t in c.trigger.finditer(low, max(0, state.tstart - off)):
        p = t.start() + off
        if p >= stop:
            state.tstart = p  # the next piece finds this trigger again
            return
        state.tstart = t.end() + off
        if p < state.pos:
            continue
        if len(failed) > 4096:  # starts before p - window are never tried again: a long text
            failed = state.failed = {f for f in failed if f >= p - window}  # keeps only the recent ones
        starts = [ws.start() + off for ws in word_starts(low, max(state.pos, p - window) - off, p - off)]
        starts.append(p)
        for st in starts:
            if st in failed:
                continue
            m = match(low, st - off) if probe is None or probe(low, st - off) is not None else None
            if m is None:
                failed.add(st)
                continue
            i = index[m.lastgroup]
            s, e = m.start() + off, m.end() + off
            spec = rules[i].build(_groups(m, groups[i], text, off), text, s, e)
            if spec is None:
                found = c.later_match(low, text, st - off, i, off)
                if found is None:
                    failed.add(st)
                    continue
                s, e, i, spec = found
            yield s, e, i, spec
            state.pos = e
            break
    state.tstart = max(state.tstart, stop)


_PIECE = 1 << 20   # characters of a long text lower-cased and scanned at a time
_BACK = 1024       # characters before a piece it is read with (a match starts up to WINDOW before its trigger)
_AHEAD = 1 << 16   # characters after a piece it is read with (where its last mentions end)


def _scan_pieces(text: str, c: _Compiled) -> Iterator[Found]:
    """scan of a long text a piece at a time: str.lower of a whole text that is not ASCII takes
    12 bytes a character while it works (a 200 MB text: 2.4 GB), and even a copy is the text's
    size again. Each piece is read with the text around it, and the scan's state (the last
    mention's end, the next trigger, starts that failed) is carried across."""
    pattern = c.scanner(text)
    state = _ScanState(pattern, c.probe(pattern))
    n = len(text)
    for core in range(0, n, _PIECE):
        lo, hi = max(0, core - _BACK), min(n, core + _PIECE + _AHEAD)
        low = text[lo:hi].lower()  # (U+0130, the one letter whose lower case is longer, is gone)
        yield from _scan_low(text, low, lo, min(n, core + _PIECE), c, state)


def _scan_full(text: str, c: _Compiled) -> Iterator[Found]:
    search = c.pattern_ci.search
    rules, groups, index = c.rules, c.groups, c.index
    pos, n = 0, len(text)
    while pos < n:
        m = search(text, pos)
        if m is None:
            return
        i = index[m.lastgroup]
        s, e = m.span()
        spec = rules[i].build(_groups(m, groups[i], text), text, s, e)
        if spec is None:
            pos = s + 1
            continue
        yield s, e, i, spec
        pos = e if e > s else s + 1


# ---------------------------------------------------------------- tense of the clause
# Both ends start on a space ("\n" is one): the leading "(?=\s)" turns every other position away
# before the three lookbehinds are tried there (an exact prefilter: two thirds of the scan's CPU).
_SENTENCE_END = re.compile(r"(?=\s)(?:(?:(?<=[a-z0-9)]{2}[!?])|(?<=[a-z0-9)]{4}\.)|(?<=[a-z0-9)]{3}[.!?][\"'’”]))\s+(?=[A-Z\"“])|\n)")


# Session 18 (a switch for the tests): the pack's GOVERNED_OBJECT_WIDE is read.
GOVERNED_WIDE = True
# where a clause of its own opens, whose verb a future before it does not reach
_CLAUSE_OPENER = re.compile(r"[,;:]|\b(?:since|after|when|because|that|which|who|while|as|and|but)\b", re.I)


# Session 20 (a switch for the tests): a yearless date fronted before its clause's past verb
# is that past's (the pack's FRONTED_OPENER / FRONTED_SUBJECT / FRONTED_GAP)
FRONTED_PAST = True


def _fronted_past(text: str, s: int, e: int, pack: Any) -> bool:
    """The mention at s..e opens its sentence ("In February, Iran stopped") or sits between a
    subject and its verb ("Iran in February stopped"), and its verb (the first after it) is a past:
    an -ed word there is a verb, its subject before the date."""
    opener, subject, gap = (getattr(pack, n, None) for n in ("FRONTED_OPENER", "FRONTED_SUBJECT", "FRONTED_GAP"))
    if opener is None or subject is None or gap is None:
        return False
    lo = max(0, s - 60)
    if opener.search(text, lo, s) is not None:
        # an opener's clause: its first tense marker after the date, within the sentence
        end = _SENTENCE_END.search(text, e, min(len(text), e + 200))
        first = next(pack.TENSE_MARKERS.finditer(text, e, end.start() if end else min(len(text), e + 200)), None)
        return first is not None and first.lastgroup in ("past", "weakpast")
    if subject.search(text, lo, s) is None:
        return False
    g = gap.match(text, e)
    if g is None or "," in g.group():
        return False  # ("crude for delivery in January, rose": no subject's date)
    verb = pack.TENSE_MARKERS.match(text, g.end())
    return verb is not None and verb.lastgroup in ("past", "weakpast")


# Session 20, parser21 (a switch for the tests): a simple past binds a yearless month or day at
# the end of its longer object or adjunct chain (the pack's LONG_CHAIN_*)
LONG_CHAIN_PAST = True


def _long_chain_past(text: str, s: int, pack: Any) -> bool:
    """The mention at `s`, after its own preposition, ends a chain of objects and adjuncts of a
    simple past in its clause ("Livedoor launched an unusually aggressive takeover bid in
    February"): no comma, no clause word, no planning word between, the verb no verb of saying or
    setting, and the date not a coming happening's ("a meeting in January")."""
    names = ("LONG_CHAIN_OPENER", "LONG_CHAIN_BLOCK", "LONG_CHAIN_COMING_HEAD", "LONG_CHAIN_NOT_VERB",
             "LONG_CHAIN_ADJECTIVE_BEFORE", "LONG_CHAIN_COPULA", "GOVERNING_PREPOSITION")
    if any(getattr(pack, n, None) is None for n in names):
        return False
    opener, block, head, not_verb, adjective, copula, prep_re = (getattr(pack, n) for n in names)
    start = _sentence_start(text, max(0, s - 200), s)
    prep = prep_re.search(text, start, s)
    if prep is None or head.search(text, start, s) is not None:
        return False
    lo = start
    for cut in opener.finditer(text, lo, prep.start()):
        lo = cut.end()
    markers = list(pack.TENSE_MARKERS.finditer(text, lo, prep.start()))
    if not markers or any(k.lastgroup not in ("past", "weakpast") for k in markers):
        return False
    verb = markers[0]
    if verb.lastgroup == "weakpast" and (text[lo:verb.start()].strip() == ""
                                         or adjective.search(text, lo, verb.start()) is not None):
        return False  # (", hardened steel in January", "the newly launched classes": no verb)
    if copula.match(verb.group()) is not None:
        # a copula only with its participle ("was elected chairman ... in January")
        if len(markers) < 2 or not re.fullmatch(r"\s+(?:[a-z]+ly\s+)?", text[verb.end():markers[1].start()]):
            return False
        verb = markers[1]
    if any(pack.NOT_OBJECT_GOVERNOR.search(k.group()) or not_verb.search(k.group()) for k in markers):
        return False
    if block.search(text, verb.end(), prep.start()) is not None:
        return False
    return (pack.NOT_GOVERNED_PAST.search(text, lo, markers[0].start()) is None
            and pack.CONDITION.search(text, start, verb.start()) is None)


def _governed_by_past(text: str, s: int, pack: Any) -> bool:
    """A past verb governs the mention at `s`, through a preposition ("stood in January", "was
    elected on March 3") or its object ("snubbed an election in January", "contested the January
    poll"): the date is that past's, not the nearer coming one."""
    prep_re = getattr(pack, "GOVERNING_PREPOSITION", None)
    if prep_re is None:
        return False
    lo = _sentence_start(text, max(0, s - 48), s)  # (a condition or an auxiliary of the sentence before is not this one's)
    prep = prep_re.search(text, lo, s)
    head = prep.start() if prep is not None else s  # (no preposition: "contested the January poll")
    verb = None
    for verb in pack.TENSE_MARKERS.finditer(text, lo, head):
        pass
    if verb is None or verb.lastgroup not in ("past", "weakpast", "past2") or "about" in verb.group():
        return False
    # (an -ed word right before "in" is a verb or its participle: "closed in", "signed on"; or
    # its object comes between, GOVERNED_OBJECT: "snubbed an election in January", "contested
    # the January poll", but not "said the January vote would")
    if verb.end() != head:
        between = getattr(pack, "GOVERNED_OBJECT" if prep is not None else "GOVERNED_PREMODIFIER", None)
        if between is None or between.fullmatch(text, verb.end(), head) is None:
            # a wider object after a simple past with no future or modal before it in the clause
            # ("killed Hariri in February"; the pack's GOVERNED_OBJECT_WIDE)
            wide = getattr(pack, "GOVERNED_OBJECT_WIDE", None) if prep is not None and GOVERNED_WIDE else None
            if wide is None or verb.lastgroup == "past2" or wide.fullmatch(text, verb.end(), head) is None:
                return False
            clause = max(0, s - 200)
            for cut in _SENTENCE_END.finditer(text, clause, verb.start()):
                clause = cut.end()
            for cut in _CLAUSE_OPENER.finditer(text, clause, verb.start()):
                clause = cut.end()  # ("could give new life ... since the right-wing took power in June")
            if any("fut" in (k.lastgroup or "") for k in pack.TENSE_MARKERS.finditer(text, clause, verb.start())):
                return False
        if pack.NOT_OBJECT_GOVERNOR.search(verb.group()) is not None:
            return False
    elif prep is None:
        return False  # ("said January sales rose": no preposition, no object)
    return (pack.NOT_GOVERNED_PAST.search(text, lo, verb.start()) is None
            and pack.CONDITION.search(text, lo, verb.start()) is None)


# Session 20, parser21 (a switch for the tests): the yearless month or season of a happening named
# as the next or a coming one reads ahead (the pack's NEXT_HAPPENING_BEFORE)
NEXT_HAPPENING_AHEAD = True

# Session 21, parser22 (a switch for the tests): a bare year restating the year of the day just
# named in its sentence does not coarsen the time under discussion to the year
FINER_REF_KEPT = True

# Session 21, parser22 (a switch for the tests): the yearless month or day of the happening a
# comparison is made with reads back (the pack's COMPARED_HAPPENING_BEFORE)
COMPARED_HAPPENING_PAST = True


# Session 24, parser25 (a switch for the tests): in a history told well before its writing, a
# "today", "tonight", "next summer" inside a quotation is the speaker's, not the download's
QUOTED_SPEECH_TIME = True

# Session 24, parser25 (a switch for the tests): in a history, the yearless month a comparison is
# made with (the pack's COMPARED_HAPPENING_BEFORE) is the one at or before the time under
# discussion, not the story moving on ("compared to the carnage of November", told of February)
COMPARED_STORY_BACK = True
_REF_MONTH = re.compile(r"(\d{4})-(\d\d)\b")  # a time under discussion known to its month


def _sentence_start(text: str, lo: int, s: int) -> int:
    """Where the sentence holding `s` starts, looked for from `lo` on (`lo` when it starts before)."""
    for cut in _SENTENCE_END.finditer(text, lo, s):
        lo = cut.end()
    return lo

# A present of a scheduled happening governing a yearless date or weekday reads it ahead
# (lang SCHEDULED_PRESENT; a switch for measuring the rule).
SCHEDULED_AHEAD = True


def _schedulable(spec: Spec) -> bool:
    """A bare month or weekday, which a scheduled present reads ahead: not a month-day ("India's
    financial year begins April 1", twelve days after it, is that April 1, a calendar fact)."""
    match spec:
        case MonthSpec():
            return spec.shift is None and spec.anchor == "dct"
        case DateSpec():
            return spec.y is None and spec.yshift is None and spec.m is not None and spec.d is None and not spec.yref
        case WeekdaySpec():
            return spec.shift is None and not spec.indef and not spec.story
        case TimeSpec():
            return spec.day is not None and _schedulable(spec.day)
    return False


def _scheduled(text: str, s: int, pack: Any) -> bool:
    """A scheduled present governs the mention at `s` ("expires in April", "begins on Monday")."""
    sched = getattr(pack, "SCHEDULED_PRESENT", None)
    return sched is not None and sched.search(text, max(0, s - 60), s) is not None


# Session 22, parser23 (a switch for the tests): a present progressive of a weekday's own clause
# is an arrangement, the coming day (the pack's ARRANGED_PROGRESSIVE)
ARRANGED_AHEAD = True


def _arrangeable(spec: Spec) -> bool:
    """A bare weekday (or a part of one), which an arrangement's progressive reads ahead."""
    match spec:
        case WeekdaySpec():
            return spec.shift is None and not spec.indef and not spec.story
        case TimeSpec():
            return spec.day is not None and isinstance(spec.day, WeekdaySpec) and _arrangeable(spec.day)
    return False


def _arranged(text: str, s: int, e: int, pack: Any) -> bool:
    """A progressive of the clause governs the weekday at s..e ("is traveling to Somalia on
    Tuesday"), and the weekday names no happening of its own ("are investigating Sunday's attack")."""
    progressive = getattr(pack, "ARRANGED_PROGRESSIVE", None)
    return (progressive is not None and progressive.search(text, max(0, s - 120), s) is not None
            and pack.POSSESSIVE_AFTER.match(text, e) is None)


def tense_at(text: str, s: int, e: int, lang: Any = _lang.DEFAULT) -> str | None:
    """'past', 'future' or None: the nearest tense marker in the same sentence."""
    return tense_marker_at(text, s, e, lang)[0]


def tense_marker_at(text: str, s: int, e: int, lang: Any = _lang.DEFAULT) -> tuple[str | None, bool]:
    """(tense_at's tense, whether its marker is a sure one): "will" or a past verb is; a modal
    ("could", "may"), an infinitive ("to meet") or an -ed word that may be an adjective is not."""
    pack = _lang.get(lang)
    lo, hi = max(0, s - 160), min(len(text), e + 120)
    before = text[lo:s]
    cut = None
    for cut in _SENTENCE_END.finditer(before):
        pass
    if cut is not None:
        lo += cut.end()
    after_cut = _SENTENCE_END.search(text, e, hi)
    if after_cut is not None:
        hi = after_cut.start()
    # a quotation mark closes the clause: in '"... this summer," said X' the "said" is not ours
    q = None
    for q in _QUOTE.finditer(text, lo, s):
        pass
    if q is not None:
        lo = q.end()
    q = _QUOTE.search(text, e, hi)
    if q is not None:
        hi = q.start()
    best, best_d, seen, sure = None, 10 ** 9, False, False
    penalty = pack.WEAK_MARKER_PENALTY
    markers: Iterable[Any] = pack.TENSE_MARKERS.finditer(text, lo, hi)
    if CAPITAL_OPENER and (cut is not None or q is not None or lo == 0):
        opener = _capital_opener(text, lo, s, pack)
        if opener is not None:
            markers = itertools.chain((opener,), markers)
    after = False  # a verb after the mention was seen: later markers are its complement's
    markers = _forward_acts(text, lo, s, list(markers), pack)
    own_verb = OWN_VERB_FIRST and _own_future_before(text, markers, s, pack)
    for m in markers:
        if s <= m.start() < e:
            continue
        kind = m.lastgroup
        if after and AFTER_FIRST_VERB:
            break  # "Japan on Saturday indicated it would ...": the "would" is the indicating's
        if own_verb and m.start() >= e and _CLAUSE_BREAK.search(text, e, m.start()) is not None:
            break  # "others will head to Mount Arafat on Friday, Turki said": the saying is another clause
        if kind == "clause":  # (optional group) another clause opens: nothing after it is ours,
            if m.start() >= e:  # and a verb before it is not the mention's own
                break
            seen = False
            continue
        if kind == "futinf" and seen:
            continue  # an infinitive takes the tense of the verb before it ("flew ... to meet")
        if kind in ("past", "weakpast") and text[m.start() - 1:m.start()] == "-" and not _prefixed_verb(text, m.start(), pack):
            continue  # the tail of a compound, no verb: "centre-left", "war-torn", "third-placed"
        seen = seen or kind in ("past", "fut", "weakpast")
        after = m.start() >= e and kind in ("past", "fut", "weakpast")
        d = s - m.end() if m.end() <= s else m.start() - e
        # a marker before the mention binds a little tighter than one after it
        d = d if m.end() <= s else d + 8
        if kind in ("weakfut", "weakpast") and not (kind == "weakpast" and (
                d <= 3 or AFTER_FIRST_VERB and _PREP_ONLY.fullmatch(text, m.end(), s) is not None
                and _AFTER_BE.search(text, max(0, m.start() - 24), m.start()) is None)):
            d += penalty  # ("announced Friday": an -ed verb right before the date is strong)
        if d < best_d:
            best, best_d, sure = ("future" if "fut" in kind else "past"), d, kind in ("past", "fut")
    return best, sure


# Session 23, parser24 (a switch for the tests): an infinitive a verb of promising or urging
# governs before the mention (the pack's FORWARD_INFINITIVE: "vowed to retaliate on Friday") is
# one future marker in place of the verbs inside it: the act is still to come
FORWARD_ACTS = True


def _forward_acts(text: str, lo: int, s: int, markers: list[Any], pack: Any) -> list[Any]:
    """`markers` with each forward-looking infinitive ending before `s` read as a future."""
    pattern = getattr(pack, "FORWARD_INFINITIVE", None)
    if not FORWARD_ACTS or pattern is None:
        return markers
    acts = list(pattern.finditer(text, lo, s))
    if not acts:
        return markers
    kept = [m for m in markers if not any(a.start() <= m.start() < a.end() for a in acts)]
    kept += [_Opener(a.group(), a.start(), "fut") for a in acts]
    return sorted(kept, key=lambda m: m.start())


# Session 18 (a switch for the tests): after the mention only its clause's first verb counts
# ("Japan on Saturday also indicated it would not sponsor": the "would" is the indicating's
# complement, a future in the past), and an -ed verb with only a preposition before the mention
# is as strong as one right before it ("announced on Monday it would").
AFTER_FIRST_VERB = True
_PREP_ONLY = re.compile(r"\s+(?:on|in|at|during)\s+")
# ... but not a participle after "be" ("will be elected on Sunday", "would be re-introduced on")
_AFTER_BE = re.compile(r"\b(?:be|been|being)\s+(?:[a-z]+ly\s+)?(?:[a-z]+-)?$", re.I)


# Session 22, parser23 (a switch for the tests): a future auxiliary of the mention's own clause
# before it ("will hold talks Friday", no comma between; the pack's FUTURE_AUXILIARY) outranks a
# verb after a comma, another clause's ("with whom he will hold talks Friday, have been trying";
# "will sign an agreement on Wednesday, the ministry said")
OWN_VERB_FIRST = True
_CLAUSE_BREAK = re.compile(r"[,;:()]")


def _own_future_before(text: str, markers: list[Any], s: int, pack: Any) -> bool:
    """The nearest marker before `s` is a future auxiliary with no comma or other clause between
    it and `s` (not a future word that is no verb: "coming in the vacuum of ... since July")."""
    auxiliary = getattr(pack, "FUTURE_AUXILIARY", None)
    before = [m for m in markers if m.end() <= s]
    if auxiliary is None or not before:
        return False
    last = before[-1]
    return (last.lastgroup == "fut" and auxiliary.match(last.group()) is not None
            and _CLAUSE_BREAK.search(text, last.end(), s) is None)


# A sentence's capitalised first word is a tense marker as its lower case would be ("Survived
# COS this Tue", "Had a fun day", "Might see you in September"): the markers are lower case.
CAPITAL_OPENER = True
_CAPITAL_WORD = re.compile(r"[\s(\[]*([A-Z][a-z]+)\b(?:\s+([A-Za-z]+))?")


class _Opener(NamedTuple):
    """A capitalised sentence opener read as a marker (the parts of a match tense_marker_at uses)."""

    word: str
    at: int
    lastgroup: str | None

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.at + len(self.word)

    def group(self) -> str:
        return self.word.lower()


def _capital_opener(text: str, lo: int, s: int, pack: Any) -> _Opener | None:
    """The capitalised first word at `lo` (a sentence's start), when its lower case is a tense
    marker and no month or weekday ("May", "Sat")."""
    m = _CAPITAL_WORD.match(text, lo, s)
    if m is None:
        return None
    word = m.group(1).lower()
    if word in pack.MONTHS or word in pack.WEEKDAYS or word in getattr(pack, "SHORT_WEEKDAYS", ()):
        return None
    fm = pack.TENSE_MARKERS.fullmatch(word)
    if fm is None or fm.lastgroup == "clause":
        return None
    # a verb, not a name: "Will see you", not "Will Smith"; "Survived the exam", not "Ahmed said"
    follower = m.group(2) or ""
    if follower[:1].isupper() and not follower.isupper():
        return None
    if fm.lastgroup == "weakpast" and not (follower.isupper() and len(follower) > 1
                                           or follower in getattr(pack, "OPENER_OBJECT_WORDS", ())):
        return None
    return _Opener(m.group(1), m.start(1), fm.lastgroup)


def _prefixed_verb(text: str, hyphen_end: int, pack: Any) -> bool:
    """The word before the hyphen ending at `hyphen_end` is a verb prefix ("re-elected",
    "co-signed"): the whole is a verb, not a compound's tail."""
    lo = hyphen_end - 1
    start = lo
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:lo].lower() in getattr(pack, "VERB_PREFIXES", ())


_QUOTE = re.compile(r"[\"“”]|''|``")


_NUMDATE = re.compile(r"(?<!\d)(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?:\d{4}|\d\d)(?!\d)")


def infer_dayfirst(text: str) -> bool | None:
    """Day-first when the document has a numeric date only readable that way, or writes '8 October'."""
    votes = 0
    for m in _NUMDATE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 >= b:
            votes += 1
        elif b > 12 >= a:
            votes -= 1
    if votes:
        return votes > 0
    return None


_REF_VALUE = re.compile(r"^\d{4}(?:-(?:Q[1-4]|SP|SU|FA|WI|\d\d(?:-\d\d)?))?$")
# A value whose year is 0, negative or five digits: resolving near year 1 or 9999.
_OUT_OF_CALENDAR = re.compile(r"-|0000|\d{5}")


def _readable_edtf(value: str) -> bool:
    """The store can hold it (when.parse_when reads it; cached, so cheap on repeats)."""
    from timeline_cli.errors import DateError
    from timeline_cli.when import parse_when

    try:
        parse_when(value)
    except DateError:
        return False
    return True


# ---------------------------------------------------------------- stage 2 + API
MODES = ("auto", "news", "narrative")


def extract(text: str, reported: date, *, dayfirst: bool | None = None, lang: Any = _lang.DEFAULT,
            mode: str = "auto") -> list[Timex]:
    """All temporal expressions in `text`, resolved against the document date `reported`.

    `lang`: a language code of the registry (`timeline_cli.lang`) or a pack object. `mode`:
    "narrative" reads underspecified dates ("On April 12", "the end of the year") in the time
    the story last named, "news" in the document date, "auto" decides per document, and per
    section where a news article turns to history (`_history_spans`). (stream.py gives the
    same expressions a window at a time, in bounded memory, for a very large text.)"""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    pack = _lang.get(lang)
    found = list(scan(text, pack))
    # years BC are resolved in a mirror of high years (eras.py), mapped back on the way out
    bc = reported.year < eras.MIRROR_LOW and any(eras.mirrored(f[3]) for f in found)
    spans = _history_spans(found, text, reported, mode, eras.astro if bc else int)
    return _Reading(text, reported, dayfirst, pack, bc, spans, _Breaks(text).near).read(found, len(found))


class _Reading:
    """Stage 2 over a document's mentions, in order, with the story state carried from one
    mention to the next: extract() reads them all at once, stream.py a window at a time (the
    state stays here between windows; the document-wide facts, `bc` and the history `spans`,
    are given)."""

    def __init__(self, text: str, reported: date, dayfirst: bool | None, pack: Any, bc: bool,
                 spans: list[tuple[int, int]], near: Callable[..., bool]) -> None:
        self.text, self.reported, self.dayfirst, self.pack = text, reported, dayfirst, pack
        self.bc, self.spans, self.near = bc, spans, near
        self.ref: str | None = None
        self.ref_end = 0
        self.ref_dated = False  # the time under discussion was named with its year ("in December 1864")
        self.story: tuple[int, int] | None = None
        self.deixis = False
        self.story_year: int | None = None
        self.span_i = 0
        self.last_day: tuple[int, str] | None = None  # the last mention, when it named a day
        self.named_day: tuple[int, str] | None = None  # (end, value) of the last day any mention named
        self.compared_day: tuple[int, str] | None = None  # ... named as a comparison, in a possessive (COMPARED_DAY)
        self.own_holidays: dict[str, str] = {}  # the story's own day of a holiday (STORY_HOLIDAY)
        # The day/month order a document writes in is a property of the whole text: counted once,
        # when the first numeric date needs it (counting it per date made a log of 8,000
        # "DD/MM/2024: ..." lines quadratic: minutes).
        self.inferred: list[bool | None] = []

    def read(self, found: list[Found], stop: int) -> list[Timex]:
        """The expressions of found[:stop]; the mentions after `stop` (the next window's first)
        are only looked at, as a mention's neighbours."""
        text, reported, dayfirst, pack, bc, spans, near = (
            self.text, self.reported, self.dayfirst, self.pack, self.bc, self.spans, self.near)
        ref, ref_end, story, deixis = self.ref, self.ref_end, self.story, self.deixis
        ref_dated = self.ref_dated
        story_year, span_i, inferred = self.story_year, self.span_i, self.inferred
        astro = eras.astro if bc else int
        story_holidays = getattr(pack, "STORY_HOLIDAYS", {})
        whole = spans == [(0, len(text))]  # a history told end to end (not a news section)
        out: list[Timex] = []
        # The past a story is told in: (year, end offset) of the last mention that set the scene
        # ("In 1941, ...", "On 3 March 1945 the city fell", "Two years later, ..."). While nothing
        # has been counted from the document date (no "yesterday", "on Tuesday", "last week": news),
        # a bare "in October" / "the autumn" / "March 10" in the same or the next sentence belongs to
        # that year, and "the end of the month" / "the next day" to the time under discussion.
        # A history told end to end (a war, a reign; `_is_history`): a yearless "On April 12" takes
        # the year the story last named, however many sentences back (the download date is no
        # anchor; "Thieu announced on 4 January" is an event of the story too).
        # a report date known only to its year or month (partialday.py): see _resolve_within
        partial_anchor = getattr(reported, "granularity", "day") != "day"
        # the two ends of a happening share a year only in a history, about a year well before the
        # report's (news reads "effective Feb. 1 ... until March 15, 1989" its own way)
        happening_ends: set[int] = set()
        last_day, named_day, compared_day = self.last_day, self.named_day, self.compared_day
        pending_span: tuple[int, int] | None = None  # (index, year) of a story span's far end
        shared = _shared_years(found, text, pack, happening_ends)
        sections = _Sections(text)
        for k in range(stop):
            s, e, i, spec = found[k]
            if isinstance(spec, BlockSpec):
                continue
            while span_i < len(spans) and spans[span_i][1] <= s:
                span_i += 1
            history = span_i < len(spans) and spans[span_i][0] <= s
            if k in shared and (k not in happening_ends or (history and astro(shared[k]) < reported.year - 1)):
                spec = _in_year(spec, shared[k])  # "in April and June 1955": the year is the sentence's
            if MONTH_SPAN and not history and k not in shared:
                # "from January to October", in November: this January, not the coming one
                span = _month_span(found, k, text, pack, reported)
                if span is not None:
                    spec = _in_year(spec, span[0])
                elif _yearless(spec):
                    span = _month_span(found, k - 1, text, pack, reported)
                    if span is not None:
                        spec = _in_year(spec, span[1])  # ("from December to February": one winter)
            writes_year = _writes_year(spec)  # (before the story lends it one)
            lent = False  # a year lent by the story's span of months: no year the story reached
            if STORY_MONTH_SPAN and history and k not in shared and story_year is not None:
                if pending_span is not None and pending_span[0] == k and _yearless(spec):
                    spec, lent = _in_year(spec, pending_span[1]), True  # the span's far end
                else:
                    years = _story_month_span(found, k, text, pack, ref, story_year)
                    if years is not None:
                        # "from October to March", told of March 1945: October 1944 to March 1945
                        spec, lent, pending_span = _in_year(spec, years[0]), True, (k + 1, years[1])
            if isinstance(spec, DayOfMonthSpec) and history:
                spec = _story_day_of_month(spec, ref, story_year) or spec  # "on the 20th": the story's month
            if spec.story_only and not (history and _in_story(ref, story_year)):
                continue  # "this day" in news, or with no story day named: not dated here
            if isinstance(spec, HolidaySpec) and STORY_HOLIDAY and spec.name in story_holidays and spec.shift is None:
                own = self.own_holidays.get(spec.name)
                if own is not None and (spec.y is None or spec.y == int(own[:4])):
                    spec = DateSpec(y=int(own[:4]), m=int(own[5:7]), d=int(own[8:10]))  # the story's election
                elif not _written_as_name(text[s:e]):
                    if spec.y is None:
                        continue  # "as election day approaches", no election dated: no fixed day
                    spec = DateSpec(y=spec.y)  # "on election day in 1910": that year's
            own_day = not isinstance(spec, TimeSpec) or spec.day is not None
            if isinstance(spec, TimeSpec) and spec.day is None:
                day = _time_day(found, k, text, pack) or _day_before(last_day, s, text, pack)
                if day is None and history and ref and _FULL_DAY.fullmatch(ref) and near(ref_end, s, 2):
                    day = DateSpec(y=int(ref[:4]), m=int(ref[5:7]), d=int(ref[8:10]))  # the story's day
                if (day is None and not history and STORY_CLOCK and compared_day is not None
                        and near(compared_day[0], s, 0)):
                    # "up from Thursday's quotes of 118.75 yen at 4 p.m. in London": the compared
                    # day's own phrase, in its sentence
                    day = _story_clock_day(compared_day[1], reported, text, s, e, pack)
                if (day is None and not history and STORY_CLOCK and named_day is not None
                        and near(named_day[0], s, STORY_CLOCK_NEAR)):
                    day = _story_clock_day(named_day[1], reported, text, s, e, pack)  # news: the day last named
                if day is not None:
                    spec = replace(spec, day=day)
            tense, sure = tense_marker_at(text, s, e, pack) if _needs_tense(spec) else (None, False)
            # "on patrol since March": the mention's own "since" bounds it, whatever the verb says
            since = getattr(pack, "SINCE_BEFORE", None)
            bound = (since is not None and _yearless(spec) and not isinstance(spec, HolidaySpec)
                     and since.search(text, max(0, s - 12), s) is not None)
            if bound:
                tense, sure = "past", True
            elif ARRANGED_AHEAD and _arrangeable(spec) and _arranged(text, s, e, pack):
                tense, sure = "future", True  # "The envoy is traveling to Somalia on Tuesday": the coming one
            elif tense == "past" and _yearless(spec) and _governed_by_past(text, s, pack):
                bound = True  # "the number that stood in January": the verb's own past, not the nearest January
            elif FRONTED_PAST and tense == "past" and _yearless(spec) and _fronted_past(text, s, e, pack):
                bound = True  # "In February, Iran stopped ...": the fronted date's own verb
            elif (LONG_CHAIN_PAST and tense == "past" and _yearless(spec) and isinstance(spec, (MonthSpec, DateSpec))
                  and _long_chain_past(text, s, pack)):
                bound = True  # "launched an unusually aggressive takeover bid in February"
            elif (COMPARED_HAPPENING_PAST and not history and _yearless(spec) and isinstance(spec, (MonthSpec, DateSpec))
                  and getattr(pack, "COMPARED_HAPPENING_BEFORE", None) is not None
                  and pack.COMPARED_HAPPENING_BEFORE.search(text, max(0, s - 120), s) is not None):
                # "compared with the fractious summit in June": the happening seen, not the coming one
                tense, sure, bound = "past", True, True
            elif (NEXT_HAPPENING_AHEAD and not history and _yearless(spec) and isinstance(spec, (MonthSpec, SeasonSpec, DateSpec))
                  and getattr(pack, "NEXT_HAPPENING_BEFORE", None) is not None
                  and pack.NEXT_HAPPENING_BEFORE.search(text, max(0, s - 90), s) is not None):
                # "until the next National Assembly session in the fall": the coming one
                tense, sure, bound = "future", True, True
            elif SCHEDULED_AHEAD and _schedulable(spec) and _scheduled(text, s, pack):
                # "The lease expires in April": a schedule, the coming April, not the nearer last one
                tense, sure, bound = "future", True, True
            back = _month_back(spec, ref) if COMPARED_STORY_BACK and history else None
            if (back is not None and getattr(pack, "COMPARED_HAPPENING_BEFORE", None) is not None
                    and pack.COMPARED_HAPPENING_BEFORE.search(text, max(0, s - 120), s) is not None):
                # "February to April proved peaceful compared to the carnage of November": the
                # November before the time under discussion, not the story moving on
                spec = _in_year(spec, back)
            scene = story if story is not None and not deixis and near(story[1], s, 4) else None
            if (history and story_year is not None and _yearless(spec)
                    and not (scene is not None and near(scene[1], s, 3))):
                scene = (story_year, s)
            narrating = scene is not None
            # a history told end to end, at a time well before its writing: the download date
            # anchors nothing in it
            far = whole and ref is not None and ref[:4].isdigit() and astro(int(ref[:4])) < reported.year - 1
            if far and ref is not None and isinstance(spec, DateSpec) and spec.century and spec.y is not None and not bc:
                # "the Club of '89" in a story of 1790: the story's century, not the download's
                spec = replace(spec, y=_nearest_century(spec.y % 100, int(ref[:4])))
            if far and isinstance(spec, RelSpec) and spec.anchor == "ref" and not spec.narr:
                # "the next day": a day after the time under discussion, however coarse
                # ("1981-03-XX"), never a day after the download
                narrating = True
            if (history and story_year is not None and isinstance(spec, RelSpec) and _story_period(spec)
                    and ref is not None and ref[:4] == f"{story_year:04d}"):
                # "by the end of the year", "the next day", "this year": the story's, in a history
                narrating, tense = True, "past"
                if not (spec.ofthe or spec.next_the) and astro(story_year) < reported.year - 1:
                    spec = replace(spec, ofthe=True)  # (a year back, "this year" may be the report's)
            if scene is not None and _yearless(spec) and near(scene[1], s, 3):
                if tense == "future":
                    # "they lasted until the autumn": the "until" is the mention's own, not the verb's
                    u = pack.UNTIL_BEFORE.search(text, max(0, s - 12), s)
                    if u is not None:
                        tense, sure = tense_marker_at(text, u.start(), e, pack)
                if tense != "future" or history:  # "until December": still the story's December
                    turn = _turn_of_year(spec, scene[0], ref)
                    if (not turn and STORY_ORDER_CROSSING and history and tense in (None, "past") and ref_dated
                            and _story_crosses(spec, scene[0], ref, ref_end, text, s, e, pack, sections)):
                        # "He reached Savannah in December 1864. ... won at Five Forks on April 1":
                        # the story told on past its year's last months, into the next year
                        turn = 1
                        if story_year == scene[0]:
                            story_year = scene[0] + 1
                            story = (story_year, e) if story is not None else None
                    spec = _in_year(spec, scene[0] + turn)
            elif (narrating and isinstance(spec, WeekdaySpec) and ref and len(ref) == 10 and near(ref_end, s)
                  and not pack.REPORTED_BEFORE.search(text, max(0, s - 24), s)):
                # "On 3 March 1945 the city fell. On Monday, the army crossed": counted from the day
                # under discussion (but "X happened in 1996, police said Friday" is news)
                spec = replace(spec, story=True)
            r_ref = ref
            if isinstance(spec, RelSpec) and spec.event:
                # "Five days after the fall of Girona": dated in a history, from the happening
                # just told (or the day it restates), its extent then holding the happening
                told = pack.HAPPENING.match(text, e) if history and ref is not None else None
                if told is not None and k + 1 < len(found) and found[k + 1][0] < told.end():
                    told = None  # "71 days before the handover in July": a date of its own
                if told is None:
                    r_ref = None  # "two days after the attack" in news: the duration (TimeML)
                elif last_day is not None and _APPOSITION.fullmatch(text, last_day[0], s):
                    r_ref, e = last_day[1], told.end()  # "On 27 June 1950, two days after the KPA invaded"
                    spec = replace(spec, n=0)
                elif near(ref_end, s) and _happening_told(text, told.group(), ref_end, s, pack):
                    e = told.end()
                else:
                    r_ref = None  # the happening is not the one just dated: the duration
            elif isinstance(spec, RelSpec) and spec.narr and ref and not (narrating or near(ref_end, s)):
                r_ref = None  # "three days later", far from any date: the duration
            deadline = getattr(pack, "DEADLINE_BEFORE", None)
            if (not sure and not narrating and deadline is not None and _yearless(spec)
                    and deadline.search(text, max(0, s - 12), s) is not None
                    and not pack.PAST_PERFECT.search(text[max(0, s - 80):e + 80])):
                # "extended loans through January": a deadline, ahead unless a sure past verb or a
                # past perfect ("By March, prices had fallen") says otherwise
                tense = "future"
            df = dayfirst
            if isinstance(spec, NumericDateSpec):
                if df is None:
                    if not inferred:
                        inferred.append(infer_dayfirst(text))
                    df = inferred[0]
            now, unknown_now = reported, False
            if isinstance(spec, RangeSpec) and isinstance(spec.a, WeekdaySpec) and ref and k \
                    and _FULL_DAY.fullmatch(ref) and _BRACKET_AFTER.fullmatch(text, found[k - 1][1], s):
                # "May 5 - 6 (Tues-Wed 9:00am)": the weekdays restate the days just named
                now, tense = date.fromisoformat(ref), None
            elif far and ref is not None and QUOTED_SPEECH_TIME and _quoted_deixis(spec, text, s):
                # '"I am tonight announcing ...", Nixon said' in a history of 1969: counted from
                # the time under discussion when it is fine enough, else left without a year
                now = _quoted_speech_time(spec, ref) or reported
                unknown_now = now is reported
            elif far and ref is not None:
                now = _speech_time(spec, ref) or reported
                if isinstance(spec, WeekdaySpec) and not spec.story and _FULL_DAY.fullmatch(ref):
                    # "described Thursday's killing", sentences after the day under discussion:
                    # the Thursday as said on that day, not as said on the download's
                    now = date.fromisoformat(ref)
            try:
                if partial_anchor and now is reported:
                    r = _resolve_within(spec, reported, tense, r_ref, df, narrating, pack, sure)
                else:
                    r = resolve(spec, now, tense, r_ref, df, narrating, pack, sure, bound)
            except (ValueError, OverflowError):
                continue  # lands outside years 1-9999 (a document dated near either end)
            if r is None:
                continue
            typ, value, edtf, mod = r
            if unknown_now and typ in ("DATE", "TIME"):
                value, edtf = _unknown_date(value), None  # "today" of a speech of no known day
            if _OUT_OF_CALENDAR.match(value):
                continue
            if typ == "DURATION" and isinstance(spec, RelSpec) and spec.core is not None:
                e = spec.core  # "three days later" with nothing to count from: the duration alone
            if edtf is not None and not _readable_edtf(edtf):
                edtf = None  # e.g. a SET like XXXX-10: no calendar span, not a store date
            pod = _pod_of(text, s, typ, value, pack) if history else None
            if pod is not None:  # "on the night of 10 August 1792": that day's night (news corpora
                # annotate "the night of Oct. 23" as the plain day: left alone there)
                s, typ, value = pod[0], "TIME", f"{value}T{pod[1]}"
            ends = _range_ends(text, s, e, value, edtf, pack) if history and isinstance(spec, RangeSpec) else None
            if ends is not None:
                # "1955-1963", "March 5-9, 1918" in a history: each end is a point of the story, its
                # own mention as TIMEX2 annotates it (events.py joins them back into one span)
                (e1, s2, v2) = ends
                pieces = [(s, e1, value, edtf.split("/")[0] if edtf else None), (s2, e, v2, v2)]
            else:
                pieces = [(s, e, value, edtf)]
            for ps, pe, pv, pedtf in pieces:
                if bc:  # out of the mirror: BC0490, -0489
                    pv, pedtf = eras.public(pv, pedtf)
                    if pedtf is not None and not _readable_edtf(pedtf):
                        pedtf = None
                out.append(Timex(ps, pe, text[ps:pe], typ, pv, pedtf, mod))
            last_day = (e, value) if typ == "DATE" and _FULL_DAY.fullmatch(value) else None
            if last_day is not None and STORY_HOLIDAY:
                for name, (cue_before, cue_after) in story_holidays.items():
                    if cue_after.match(text, e) or cue_before.search(text, max(0, s - 60), s):
                        self.own_holidays[name] = value  # "the British general election on May 1"
            named = last_day
            if named is None and typ == "TIME" and own_day and _TIME_DAY.match(value):
                named = (e, value[:10])  # "at 10 a.m. Tuesday" names its day too
            if named is not None and _compared(text, s, e, pack):
                # "rose 3% from Monday": no story day for the clock times after it
                compared_day = named if pack.POSSESSIVE_AFTER.match(text, e) else None
            elif named is not None:
                named_day = named
            if not deixis and _deictic(spec):
                deixis = True
            if typ == "TIME" and _sets_reference(spec) and (not isinstance(spec, TimeSpec) or spec.day):
                # "The next morning" / "on the night of 14 April 1912": the day is under discussion
                dm = _TIME_DAY.match(value)
                if dm:
                    typ, value = "DATE", dm.group(1)
            if typ == "DATE" and _REF_VALUE.match(value) and _sets_reference(spec):
                if lent or not _names_year(spec):
                    ref, ref_end, ref_dated = value, e, False
                    story = None
                    continue
                year = int(value[:4])
                scene_set = astro(year) < reported.year and _sets_scene(text, s, e, spec, pack)
                if (history and story_year is not None
                        and _in_passing(text, s, e, year, story_year, scene_set, pack, len(value) == 4)):
                    continue  # "declassified in 2005", in a story of 1964: the story stays
                if (FINER_REF_KEPT and len(value) == 4 and ref is not None and len(ref) > 4 and ref[:4] == value
                        and _SENTENCE_END.search(text, ref_end, s) is None):
                    # "On December 7 (December 8 in Asian time zones), 1941": the year of the day
                    # just named, in its sentence, keeps that day under discussion
                    ref_end, ref_dated = e, ref_dated or writes_year
                else:
                    ref, ref_end, ref_dated = value, e, writes_year
                story_year = year if astro(year) < reported.year else None
                if scene_set:
                    story = (year, e)
        self.ref, self.ref_end, self.story, self.deixis = ref, ref_end, story, deixis
        self.ref_dated = ref_dated
        self.story_year, self.span_i, self.last_day = story_year, span_i, last_day
        self.named_day, self.compared_day = named_day, compared_day
        return out


def mode_extractor(mode: str, lang: Any = None) -> Any:
    """The extractor `events.document_events` takes for `mode` (None for "auto", its default)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    if mode == "auto":
        return None
    return partial(extract, mode=mode) if lang is None else partial(extract, mode=mode, lang=lang)


def _history_spans(found: list[Found], text: str, reported: date, mode: str,
                   astro: Callable[[int], int] = int) -> list[tuple[int, int]]:
    """The (start, end) stretches of text read as history (story time), in order: the whole
    text in narrative mode, none in news mode; in auto mode the whole text when it tells a
    story end to end (`_is_history`), else the sections (from a heading to the next) of a
    news article that turn to history (a "Background" section: past years, nothing counted
    from the document date)."""
    if mode == "news":
        return []
    if mode == "narrative" or _is_history(found, reported, astro):
        return [(0, len(text))]
    if sum(1 for f in found if isinstance(getattr(f[3], "y", None), int)) < 3:
        return []  # too few years for any section to be a history (most news): no heading scan
    starts = section_starts(text)
    if not starts:
        return []
    bounds = list(zip(starts, starts[1:] + [len(text)]))
    out = []
    j = 0
    for a, b in bounds:
        while j < len(found) and found[j][0] < a:
            j += 1
        k = j
        while k < len(found) and found[k][0] < b:
            k += 1
        if _is_history(found[j:k], reported, astro, least=3, section=True):
            out.append((a, b))
    return out


def _resolve_within(spec: Spec, anchor: Any, tense: str | None, ref: str | None,
                    dayfirst: bool | None, story: bool, pack: Any, sure: bool = False) -> Any:
    """Resolve against a report date known only to its year or month (a PartialDate): a date
    with no year takes the anchor's year ("On June 10" in a document of 1945: 1945-06-10);
    anything else keeps its value when it is the same on the anchor's first and last day
    ("last year", "two years later"), else it is the anchor itself, the coarsest honest value
    ("yesterday", "on Tuesday", "next week" in a document of 1945: 1945)."""
    if anchor.granularity == "year" and _yearless(spec):
        spec = _in_year(spec, anchor.year)
    first = resolve(spec, date(anchor.year, anchor.month, anchor.day), tense, ref, dayfirst, story, pack, sure)
    last = resolve(spec, anchor.last_day, tense, ref, dayfirst, story, pack, sure)
    if first == last or first is None or last is None:
        return first if first == last else None
    value = anchor.isoformat()
    return type(first)("DATE", value, value, "")


def _is_history(found: list[Found], reported: date, astro: Callable[[int], int] = int,
                least: int = 5, section: bool = False) -> bool:
    """Does the text tell a past story end to end (a war, a reign) rather than report news?
    Five or more mentions name a year before the document's own, and at most an eighth as
    many are counted from its date ("yesterday", "on Tuesday", "earlier this year"). News that
    looks back (an obituary, a background paragraph, an article about a painting of 1761) names
    fewer past years, or counts from its date. (A quarter read a news article with ten past
    years and two such mentions as history; WikiWars' histories count one in fourteen at most.)
    A `section` of a news article is history with `least` past years and nothing counted
    from the document date nor naming its year."""
    past = deictic = current = 0
    for _s, _e, _i, spec in found:
        y = getattr(spec, "y", None)
        if isinstance(y, int) and astro(y) < reported.year:  # a year BC: eras.astro
            past += 1
        elif isinstance(y, int):
            current += 1
        elif _deictic(spec):
            deictic += 1
    return _tells_history(past, deictic, current, least, section)


def _tells_history(past: int, deictic: int, current: int, least: int = 5, section: bool = False) -> bool:
    """_is_history's verdict from its counts (stream.py counts them a window at a time)."""
    if section:
        return past >= least and deictic == 0 and current == 0
    return past >= least and deictic * 8 <= past


def _shared_years(found: list[Found], text: str, pack: Any, ends: set[int] | None = None) -> dict[int, int]:
    """Yearless mentions coordinated with a dated one that follows ("in April and June 1955",
    "between March and April 1918", "(26 June - 4 August 1952)"): index -> the year they share."""
    cue = getattr(pack, "COORDINATED", None)
    out: dict[int, int] = {}
    if cue is None:
        return out
    year_after = getattr(pack, "YEAR_AFTER", None)
    until = getattr(pack, "UNTIL_BEFORE", None)  # "until", "till": the two ends of one happening
    ends = set() if ends is None else ends
    for k in range(len(found) - 2, -1, -1):  # backwards: a year passes along a list
        s, e, _i, spec = found[k]
        ns, _ne, _ni, nspec = found[k + 1]
        bare = _bare_year(nspec)
        if (year_after is not None and bare is not None and (_yearless(spec) or _that_named(spec))
                and year_after.fullmatch(text, e, ns)):
            out[k] = bare  # "on election day in 1910", "that January day in 2011"
            continue
        if not (_yearless(spec) and cue.fullmatch(text, e, ns)):
            later = _later_full_date(spec, nspec)
            if (later is not None and ns - e <= _SAME_CLAUSE_GAP and until is not None
                    and until.search(text, e, ns)
                    # a wrapped line goes on; the look-behind of a break needs the words before e
                    and not _SENTENCE_END.search(text[max(0, e - 6):ns].replace("\n", " "))):
                out[k] = later  # "established on 13 April and lasted until 25 July, 1918"
                ends.add(k)  # (only in a history: news keeps its reading of such pairs)
            continue
        # "in June, July and August 1918": the next one's year, given or passed along
        year = out.get(k + 1) if _yearless(nspec) else _own_year(nspec)
        if year is not None:
            out[k] = year
            if k + 1 in ends and _yearless(nspec):
                ends.add(k)  # passed along from a happening's end: the same condition holds
    return out


# A yearless day and a full date later in the same sentence, the two ends of one happening
# ("established on 13 April and lasted until 25 July, 1918"), share its year when the day comes
# first in the calendar too: the sentence's own year wins over the story's or the report's.
_SAME_CLAUSE_GAP = 80  # (sentence ends: _SENTENCE_END, the tense reader's)


# The start of a span of months takes its year from the end ("From January to October, trade
# rose", in November: the January before that October, not the coming one; lang MONTH_SPAN_BEFORE,
# MONTH_SPAN_LINK; a switch for measuring the rule).
MONTH_SPAN = True


def _month_of(spec: Spec) -> int | None:
    """The month a month mention names ("January", "Oct. this year", "October 2006"), else None."""
    if isinstance(spec, MonthSpec):
        return spec.m if spec.shift is None and spec.anchor == "dct" else None
    if isinstance(spec, DateSpec) and spec.m is not None and spec.d is None and not spec.yref and not spec.wd:
        return spec.m
    return None


def _month_span(found: list[Found], k: int, text: str, pack: Any, reported: date) -> tuple[int, int] | None:
    """The years of a span of months starting with the yearless month found[k] ("from January to
    October", "between January and October"), when the two ends' own readings are no span (the
    start after the end, or a year or more before it). An end that names its year ("to August
    this year", "to October 2006") anchors the start; two yearless ends are read as the span
    nearer the report, a span ahead stretched as `pick_soft` stretches a month. None: keep the
    ends' own readings."""
    before, link = getattr(pack, "MONTH_SPAN_BEFORE", None), getattr(pack, "MONTH_SPAN_LINK", None)
    if before is None or link is None or k < 0 or k + 1 >= len(found):
        return None
    s, e, _i, spec = found[k]
    ns, ne, _ni, nspec = found[k + 1]
    m, nm = _month_of(spec), _month_of(nspec)
    if m is None or nm is None or not _yearless(spec):
        return None
    w, lk = before.search(text, max(0, s - 24), s), link.fullmatch(text, e, ns)
    if w is None or lk is None or (lk.group("and") is not None and w.group("w").lower() != "between"):
        return None
    tense, sure = tense_marker_at(text, ns, ne, pack)
    if isinstance(nspec, DateSpec) and (nspec.y is not None or nspec.yshift is not None):
        b = (nspec.y if nspec.y is not None else reported.year + (nspec.yshift or 0)) * 12 + nm - 1
        return (b - (nm - m) % 12) // 12, b // 12
    first = resolve(spec, reported, tense_marker_at(text, s, e, pack)[0], None, None, False, pack)
    last = resolve(nspec, reported, tense, None, None, False, pack, sure)
    if first is None or last is None or not (first.value[:4].isdigit() and last.value[:4].isdigit()):
        return None
    a, b = int(first.value[:4]) * 12 + m - 1, int(last.value[:4]) * 12 + nm - 1
    if a <= b < a + 12:
        return None  # (already one span)
    cur = reported.year * 12 + reported.month - 1
    ahead = 1.0 if tense == "future" else AGAINST_TENSE if tense == "past" else UNMARKED_FUTURE
    behind = AGAINST_TENSE if tense == "future" else 1.0

    def cost(lo: int, hi: int) -> float:
        return (cur - hi) * behind if hi < cur else (lo - cur) * ahead if lo > cur else 0.0
    by_end, by_start = b - (nm - m) % 12, a + (nm - m) % 12  # the start moved, or the end
    if sure and tense in ("past", "future"):
        # a sure tense bounds a span as it bounds a month ("Output rose between January and
        # March", in December: that March gone, not the coming one)
        fits = [(hi <= cur) if tense == "past" else (lo >= cur)
                for lo, hi in ((by_end, b), (a, by_start))]
        if fits[0] != fits[1]:
            return (by_end // 12, b // 12) if fits[0] else (a // 12, by_start // 12)
    if cost(by_end, b) <= cost(a, by_start):
        return by_end // 12, b // 12
    return a // 12, by_start // 12


def _later_full_date(spec: Spec, nspec: Spec) -> int | None:
    """The year of `nspec`, a full date, when `spec` is a yearless day not after it in the year."""
    if (isinstance(spec, DateSpec) and _yearless(spec) and spec.d is not None and spec.m is not None
            and isinstance(nspec, DateSpec) and nspec.y is not None and nspec.m is not None
            and nspec.d is not None and nspec.yshift is None and (spec.m, spec.d) <= (nspec.m, nspec.d)):
        return nspec.y
    return None


def _pod_of(text: str, s: int, typ: str, value: str, pack: Any) -> tuple[int, str] | None:
    """(start, TIMEX part of the day) when a day is introduced by "the night of", "the morning
    of", "early in the morning of"."""
    cue = getattr(pack, "PART_OF_DAY_OF", None)
    if cue is None or typ != "DATE" or not _FULL_DAY.fullmatch(value) or s < 8:
        return None
    m = cue.search(text, max(0, s - 40), s)
    if m is None:
        return None
    return m.start(), pack.PARTS_OF_DAY_CODES[m.group("pod").lower()]


_PLAIN_DATE = re.compile(r"\d{4}(?:-\d\d){0,2}")


def _range_ends(text: str, s: int, e: int, value: str, edtf: str | None,
                pack: Any) -> tuple[int, int, str] | None:
    """(end of the first, start of the second, the second's value) of a range written with a
    dash or "through" ("1955-1963", "6-7 January 1916"), as TIMEX annotations split it."""
    cue = getattr(pack, "RANGE_SEPARATOR", None)
    if cue is None or edtf is None or edtf.count("/") != 1:
        return None
    a, b = edtf.split("/")
    if not (_PLAIN_DATE.fullmatch(a) and _PLAIN_DATE.fullmatch(b) and a == value):
        return None
    m = cue.search(text, s + 1, e)
    if m is None or m.start() == s or m.end() >= e:
        return None
    return m.start(), m.end(), b


# A clock time with no day of its own, in news, is on the day the document last named when that
# day was named in the same or the previous sentence ("... a chemical plant blast on November 13.
# The blast took place at noon": 13 November, not the report day); with no day named so close it
# stays on the report day ("Polling stations opened at 8:00 a.m."). (A history has its own rule:
# the time under discussion.) A switch for the tests.
STORY_CLOCK = True
STORY_CLOCK_NEAR = 1  # sentence breaks between the named day and the clock time, at most


def _story_clock_day(v: str, reported: date, text: str, s: int, e: int, pack: Any) -> Spec | None:
    """The named day `v` a clock time with no day of its own is on (STORY_CLOCK), unless the
    clock's own verb is surely on the other side of the report day ("would meet again on Tuesday
    morning. ... the meeting which began at 11:00 a.m.": a past clock is not on a later day)."""
    day = date(int(v[:4]), int(v[5:7]), int(v[8:10]))
    if day != reported:
        tense, sure = tense_marker_at(text, s, e, pack)
        if sure and tense == ("past" if day > reported else "future"):
            return None
    return DateSpec(y=day.year, m=day.month, d=day.day)


# A holiday a story holds its own of (the pack's STORY_HOLIDAYS: "election day") is the day the
# story dated one on ("the British general election on May 1 ... as election day approaches");
# with none dated, the pack's fixed day (the US general election's) only when written as a name
# ("Election Day"), else no fixed day ("provide security on the election day" in Chechnya), or its
# year alone ("on election day in 1910"). A switch for the tests.
STORY_HOLIDAY = True


def _written_as_name(mention: str) -> bool:
    """Every word capitalised: "Election Day", not "election day" or "Election day"."""
    words = re.findall(r"[^\W\d_][\w'’]*", mention)
    return bool(words) and all(w[0].isupper() for w in words)


# A day named only as a comparison or a starting point ("prices rose 3% from Monday", "up from
# Friday's close", "since Tuesday"; the pack's COMPARISON_BEFORE) sets no story day for the clock
# times after it: "... from Monday in the first hour to stand at 18,978 at 10 a.m." is the report
# day's 10 a.m. A possessive comparison day keeps the clock times of its own sentence ("up from
# Thursday's quotes of 118.75 yen at 4 p.m. in London"); "from Monday at 10 a.m." is DAY_THEN_TIME's.
# A switch for the tests.
COMPARED_DAY = True


def _compared(text: str, s: int, e: int, pack: Any) -> bool:
    cue = getattr(pack, "COMPARISON_BEFORE", None)
    return COMPARED_DAY and cue is not None and cue.search(text, max(0, s - 40), s) is not None


def _day_before(last_day: tuple[int, str] | None, s: int, text: str, pack: Any) -> Spec | None:
    """The day a clock time is on when the mention just before it named one: "on March 3 at 10
    a.m.", "Tuesday, 7pm" (`last_day`: that mention's end and resolved value)."""
    cue = getattr(pack, "DAY_THEN_TIME", None)
    if last_day is None or cue is None or not cue.fullmatch(text, last_day[0], s):
        return None
    v = last_day[1]
    return DateSpec(y=int(v[:4]), m=int(v[5:7]), d=int(v[8:10]))


def _nearest_century(yy: int, year: int) -> int:
    """The year ending in `yy` nearest `year` ("'99" in a story of 1917: 1899, not 1999)."""
    base = year // 100 * 100
    return min((base + c + yy for c in (-100, 0, 100)), key=lambda y: (abs(y - year), y))


def _happening_told(text: str, happening: str, ref_end: int, s: int, pack: Any) -> bool:
    """Is "the fall of Girona" the happening the sentence of the time under discussion told
    ("... and Girona on 5 February. Five days after the fall of Girona")? One of its words,
    no stop word, is in that sentence (not "the armistice", after "On 10 August ... attacked")."""
    since = max(text.rfind(". ", 0, ref_end), text.rfind("\n", 0, ref_end), 0)
    told = text[since:s].lower()
    return any(re.search(r"\b" + re.escape(w) + r"\b", told) for w in re.findall(r"[^\W\d][\w'’-]{3,}", happening.lower())
               if w not in pack.STOP_WORDS)


def _time_day(found: list[Found], k: int, text: str, pack: Any) -> Spec | None:
    """The day a clock time is on when a dated day follows it: "At 11 a.m. on 11 November 1918"."""
    if k + 1 >= len(found):
        return None
    nspec = found[k + 1][3]
    cue = getattr(pack, "TIME_ON_DAY", None)
    if cue is None or not cue.fullmatch(text, found[k][1], found[k + 1][0]):
        return None
    if isinstance(nspec, NumericDateSpec) or (isinstance(nspec, DateSpec) and nspec.d is not None):
        return nspec
    if isinstance(nspec, WeekdaySpec) and text[found[k][1]:found[k + 1][0]].strip().startswith("("):
        return nspec  # "at about 10:35 a.m. (0735 GMT) Friday"
    return None


_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# a date (and more days of its month: "May 2 - 3, 9 - 10"), then a bracket opening on the mention
_BRACKET_AFTER = re.compile(r"[\s\d,&–-]*(?:(?:and|or)[\s\d,–-]*)?\(\s*")
_APPOSITION = re.compile(r"\s*,\s*")  # "On 27 June 1950, two days after ...": a restatement


def _that_named(spec: Spec) -> bool:
    """"that January", "that summer": a month or season of the time under discussion."""
    return isinstance(spec, ThatSpec) and spec.unit in ("monthname", "season")


def _bare_year(spec: Spec) -> int | None:
    """The year a bare year mention names ("1910"), else None."""
    if isinstance(spec, DateSpec) and spec.m is None and spec.yshift is None:
        return spec.y
    return None


def _own_year(spec: Spec) -> int | None:
    """The year a month or day mention names itself ("June 1955", "4 August 1952")."""
    if isinstance(spec, RangeSpec):
        ya, yb = getattr(spec.a, "y", None), getattr(spec.b, "y", None)  # (no year on a weekday)
        return ya if ya is not None else yb
    if isinstance(spec, (DateSpec, SeasonSpec)) and spec.y is not None and (
            not isinstance(spec, DateSpec) or spec.m is not None):
        return spec.y
    return None


def _deictic(spec: Spec) -> bool:
    """Counted from the document date: "on Tuesday", "yesterday", "last week", "two days ago"."""
    match spec:
        case DateSpec() | QuarterSpec() if spec.yshift is not None:
            return True  # "June last year", "the first half of this year"
        case YearAgoQuarterSpec():
            return True  # "the year-ago quarter"
        case WeekdaySpec():
            return not spec.indef and not spec.story
        case RelSpec():
            return spec.anchor != "ref" and not spec.ofthe and not spec.next_the
        case TimeSpec():
            return spec.day is not None and _deictic(spec.day)
    return False


_TIME_DAY = re.compile(r"(\d{4}-\d\d-\d\d)T")
_NEXT_WORD = re.compile(r"[ \t]+(?P<w>[A-Za-z]+)")


def _sets_scene(text: str, s: int, e: int, spec: Spec, pack: Any) -> bool:
    """Is this the time a story is told in ("In 1941, the army ...", "On 3 March 1945 the city
    fell", "Two years later, ...") rather than a date in passing ("the August 1988 cease-fire",
    "bonds due 1993", "dating to 1994", "since 2019", "approved in 1987 that ...")?"""
    if isinstance(spec, RelSpec):
        return True
    if not pack.SCENE_BEFORE.search(text, max(0, s - 16), s):
        return False
    m = _NEXT_WORD.match(text, e)
    if m is None:
        return True  # punctuation or the end: "In 1941, ..."
    w = m.group("w")
    return w[0].isupper() or w.lower() in pack.SCENE_FOLLOWERS


# Session 25, parser26 (a switch for the tests): a date a comparison is made with (the pack's
# COMPARED_HAPPENING_BEFORE) is named in passing and does not move a history's story
COMPARED_PASSING = True


def _in_passing(text: str, s: int, e: int, year: int, story_year: int, scene_set: bool,
                pack: Any, bare: bool) -> bool:
    """A date named in passing, which does not move the story: a `bare` year far from the
    year the story is in ("declassified in 2005", in a story of 1964; a few years off unless
    it sets the scene: "the 1968 My Lai Massacre" in 1965); a date modifying a noun ("the May
    2007 high"); any date in brackets, after "as
    of", in an "until" clause or after a name's "of" ("the Civil Constitution of the Clergy
    (1790)", "lasted until the fall of Budapest in February 1945"), or looking ahead ("the
    road would be exposed for a planned campaign in 1976")."""
    if year == story_year:
        return False
    if bare and abs(year - story_year) > (20 if scene_set else 3) and not _opens_sentence(text, s):
        return True  # (but "In 1900, ..." moves any story)
    cue = getattr(pack, "PASSING_BEFORE", None)
    if not scene_set and cue is not None and cue.search(text, max(0, s - 40), s) is not None:
        return True
    compared = getattr(pack, "COMPARED_HAPPENING_BEFORE", None)
    if COMPARED_PASSING and compared is not None and compared.search(text, max(0, s - 120), s) is not None:
        return True  # "as opposed to a peak of nearly 1,600 in summer 2007", told of 2008: the story stays
    before, after = getattr(pack, "ATTRIBUTIVE_BEFORE", None), getattr(pack, "ATTRIBUTIVE_AFTER", None)
    whole = getattr(pack, "ATTRIBUTIVE_MENTION", None)
    if before is not None and after is not None and whole is not None and not _opens_sentence(text, s) and (
            (before.search(text, max(0, s - 8), s) is not None and after.match(text, e) is not None)
            or whole.fullmatch(text, s, e) is not None):
        return True  # "surpassing the May 2007 high", "the 1944 level": a thing named by its date
    return tense_at(text, s, e, pack) == "future"


_OPENER = re.compile(r"(?:^|[.!?:;]['\"’”)]?\s+|\n\s*)(?:\S+\s+){0,2}$")


def _opens_sentence(text: str, s: int) -> bool:
    """Is the mention among the first three words of its sentence ("In 1900, ...")?"""
    return _OPENER.search(text, max(0, s - 40), s) is not None


def _speech_time(spec: Spec, ref: str) -> date | None:
    """The day a history's "two years ago", "last year" or "15 months ago" counts from: the
    time under discussion (`ref`), not the day the history was written. A history does not
    count from its own day; these come in what people of the story said ("Thieu suggested
    Kissinger had tricked him into signing the peace agreement two years ago", told in 1975).
    None when `spec` is no such count, or `ref` is too coarse for its unit."""
    if not (isinstance(spec, RelSpec) and spec.anchor == "dct" and spec.n and not (spec.ofthe or spec.next_the)):
        return None
    return _ref_date(spec.unit, ref)


def _ref_date(unit: str, ref: str) -> date | None:
    """The day the time under discussion (`ref`) stands for, to count `unit`s from; None when
    `ref` is too coarse for the unit (a month for "next summer", a day for "today")."""
    m = _REF_DAY.match(ref)
    if m is None:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if unit in ("year", "decade", "century"):
        return date(year, int(month or 7), int(day or 1))
    if unit in ("month", "quarter", "season") and month:
        return date(year, int(month), int(day or 15))
    if unit in ("week", "day", "fortnight") and day:
        return date(year, int(month), int(day))
    return None


_REF_DAY = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")


def _month_back(spec: Spec, ref: str | None) -> int | None:
    """The year of a yearless month (or day of it) at or before the time under discussion
    (`ref`, known to its month): November told of February 2005 is 2004's."""
    if ref is None or not _REF_MONTH.match(ref) or not _yearless(spec) or not isinstance(spec, (MonthSpec, DateSpec)):
        return None
    m = spec.m
    if m is None:
        return None
    return int(ref[:4]) - (m > int(ref[5:7]))


def _quoted_deixis(spec: Spec, text: str, s: int) -> bool:
    """Is the mention one counted from the day of its telling ("today", "tonight", "next
    summer", "15 months ago"), inside a quotation opened in its paragraph?"""
    if isinstance(spec, RelSpec):
        counted = spec.anchor == "dct" and not (spec.ofthe or spec.next_the or spec.event)
    elif isinstance(spec, SeasonSpec):
        counted = spec.anchor == "dct" and spec.y is None and spec.shift is not None
    else:
        counted = False
    return counted and _inside_quotation(text, s)


def _inside_quotation(text: str, s: int) -> bool:
    """An odd number of quotation marks between the paragraph's start and `s` (a curly quote
    says which way it opens)."""
    start = text.rfind("\n", 0, s) + 1
    marks = [q.group() for q in _QUOTE.finditer(text, start, s)]
    if marks and marks[-1] in "\u201c\u201d":
        return marks[-1] == "\u201c"
    return len(marks) % 2 == 1


def _quoted_speech_time(spec: Spec, ref: str) -> date | None:
    """The day a quoted "today", "next summer", "last year" counts from: the time under
    discussion, when it is known to the mention's unit (a day for "today", a month for a
    season, a year for "next year"); None when it is coarser."""
    return _ref_date(spec.unit if isinstance(spec, RelSpec) else "season", ref)


def _unknown_date(value: str) -> str:
    """The calendar digits of `value` unknown: "2009-12-19TNI" -> "XXXX-XX-XXTNI", "2010-SP"
    -> "XXXX-SP" (TIMEX2 writes a quoted "tonight" of a speech whose day the text does not
    give so)."""
    day, sep, rest = value.partition("T")
    return re.sub(r"\d", "X", day) + sep + rest


def _in_story(ref: str | None, story_year: int | None) -> bool:
    """Is the time under discussion one the story named (not a date of the report's)?"""
    return ref is not None and story_year is not None and ref[:4] == f"{story_year:04d}"


def _story_day_of_month(spec: DayOfMonthSpec, ref: str | None, story_year: int | None) -> DateSpec | None:
    """"The enemy's onslaught on the 20th", told of September 1917: that day of the month under
    discussion (None: the story is at no month, or the month has no such day)."""
    if not _in_story(ref, story_year):
        return None
    assert ref is not None
    m = _REF_MONTH.match(ref)
    if m is None or valid_date(int(m.group(1)), int(m.group(2)), spec.d) is None:
        return None
    return DateSpec(y=int(m.group(1)), m=int(m.group(2)), d=spec.d, mod=spec.mod)


def _story_period(spec: RelSpec) -> bool:
    """A period named from the time under discussion in a history: "the end of the month",
    "the next year", and the "this year" / "this month" a news report would count from its date."""
    if spec.ofthe or spec.next_the:
        return True
    return spec.n == 0 and spec.anchor == "dct" and spec.unit in ("year", "month") and not spec.ago


def _yearless(spec: Spec) -> bool:
    """A month, season or month-day with no year and no deictic shift ("last June")."""
    match spec:
        case RangeSpec():
            return _yearless(spec.a)  # "26-30 November": the second end follows the first
        case WeekOfSpec():
            return _yearless(spec.day)  # "the last week of August", "the week of March 6"
        case TimeSpec():
            return spec.day is not None and _yearless(spec.day)  # "9:34 p.m., March 19"
        case MonthSpec():
            return spec.shift is None
        case SeasonSpec() | HolidaySpec():
            return spec.y is None and spec.shift is None
        case DateSpec():
            return (spec.y is None and spec.yshift is None and spec.m is not None
                    and not spec.wd and not spec.yref)
    return False


def _turn_of_year(spec: Spec, year: int, ref: str | None) -> int:
    """1 when a story told month by month crosses into the next year: "On December 7, 1941 ...
    In January, the United States ..." (a month at most two ahead, past the new year)."""
    if ref is None or len(ref) < 7 or not ref[5:7].isdigit() or int(ref[:4]) != year:
        return 0
    first = spec.a if isinstance(spec, RangeSpec) else spec
    m = getattr(first, "m", None)
    if not isinstance(m, int):
        return 0
    r = int(ref[5:7])
    return 1 if m < r and m + 12 - r <= 2 else 0


# Session 25, parser26 (a switch for the tests): a yearless month well before the story's month
# crosses into the next year when the story had reached its year's last months in the same section
# and tells on in the simple past (`_story_crosses`)
STORY_ORDER_CROSSING = True
# the story's month from which a month named without a year may be the next year's
STORY_LATE_MONTH = 10
# a month this many before the story's, or fewer, is a step back (a thread told in parallel:
# "By early October, Poland was divided ... Japan was repulsed by late September"), not the
# next year's
STORY_STEP_BACK = 2


# Session 25, parser26 (a switch for the tests): a history's span of months across a year end
# holds the story's month (`_story_month_span`)
STORY_MONTH_SPAN = True


def _story_month_span(found: list[Found], k: int, text: str, pack: Any, ref: str | None,
                      year: int) -> tuple[int, int] | None:
    """The years of a history's span of yearless months across a year end starting at found[k]
    ("from October to March"), read to hold the story's month: told of March 1945, October 1944
    to March 1945; told of November, November to March of the next. None when it is no such span
    or the story is at no month of its year."""
    before, link = getattr(pack, "MONTH_SPAN_BEFORE", None), getattr(pack, "MONTH_SPAN_LINK", None)
    if before is None or link is None or k + 1 >= len(found) or not _in_story(ref, year):
        return None
    assert ref is not None
    s, e, _i, spec = found[k]
    ns, _ne, _ni, nspec = found[k + 1]
    m, nm = _month_of(spec), _month_of(nspec)
    if m is None or nm is None or not (_yearless(spec) and _yearless(nspec)) or m <= nm:
        return None
    w, lk = before.search(text, max(0, s - 24), s), link.fullmatch(text, e, ns)
    if w is None or lk is None or (lk.group("and") is not None and w.group("w").lower() != "between"):
        return None
    r = _REF_MONTH.match(ref)
    if r is None:
        return None
    return (year - 1, year) if int(r.group(2)) <= nm else (year, year + 1)


def _writes_year(spec: Spec) -> bool:
    """Does the mention as written carry its year ("December 1864", "in April and June 1955"),
    not one lent by the story ("in December", "the early morning")?"""
    match spec:
        case RangeSpec():
            return _writes_year(spec.a)
        case DateSpec() | SeasonSpec() | QuarterSpec() | HolidaySpec():
            return spec.y is not None
        case NumericDateSpec() | YearPeriodSpec():
            return True
    return False


class _Sections:
    """The section starts of a text (`headings.section_starts`), found once, on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] | None = None

    def between(self, a: int, b: int) -> bool:
        """Does a section start in a..b?"""
        if self.starts is None:
            self.starts = section_starts(self.text)
        i = bisect.bisect_left(self.starts, a)
        return i < len(self.starts) and self.starts[i] < b


def _story_crosses(spec: Spec, year: int, ref: str | None, ref_end: int, text: str, s: int, e: int,
                   pack: Any, sections: _Sections) -> bool:
    """A yearless month earlier than the story's month is the next year's when the story had
    reached its year's last months (STORY_LATE_MONTH on) and goes on in order: the same section
    (a heading restarts the story), outside a quotation, told in the simple past (a past perfect
    goes back). "On 26 October 1955, Diem declared the Republic. ... In May, Diem undertook a
    state visit": May 1956."""
    if ref is None or len(ref) < 7 or not ref[5:7].isdigit() or int(ref[:4]) != year:
        return False
    first = spec.a if isinstance(spec, RangeSpec) else spec
    m = getattr(first, "m", None)
    r = int(ref[5:7])
    if not isinstance(m, int) or r < STORY_LATE_MONTH or m >= r - STORY_STEP_BACK:
        return False
    if sections.between(ref_end, s) or _inside_quotation(text, s):
        return False
    start = _sentence_start(text, max(0, s - 300), s)
    end = _SENTENCE_END.search(text, e)
    return pack.PAST_PERFECT.search(text, start, end.start() if end else len(text)) is None


def _in_year(spec: Spec, y: int) -> Spec:
    if isinstance(spec, ThatSpec):  # "that January day in 2011" (`_that_named`)
        if spec.unit == "season" and spec.s is not None:
            return SeasonSpec(s=spec.s, y=y, mod=spec.mod)
        return DateSpec(y=y, m=spec.m, mod=spec.mod)
    if isinstance(spec, RangeSpec):  # the second end follows the first (a weekday range has no year)
        return replace(spec, a=replace(spec.a, y=y)) if isinstance(spec.a, DateSpec) else spec
    if isinstance(spec, MonthSpec):
        return DateSpec(y=y, m=spec.m, mod=spec.mod)
    if isinstance(spec, WeekOfSpec):  # "the last week of August": of the story's August
        return replace(spec, day=replace(spec.day, y=y))
    if isinstance(spec, TimeSpec) and spec.day is not None:  # "9:34 p.m., March 19": its day's
        return replace(spec, day=_in_year(spec.day, y))
    assert isinstance(spec, (DateSpec, SeasonSpec, HolidaySpec))  # what _yearless admits
    return replace(spec, y=y)


def _names_year(spec: Spec) -> bool:
    """Does the mention name its year ("in 1941", "3 March 1945", "two years later"), rather than
    take it from the document date ("yesterday", "last year", "in June")?"""
    match spec:
        case WeekdaySpec():
            return spec.story
        case DateSpec() | SeasonSpec() | QuarterSpec() | HolidaySpec():
            return spec.y is not None
        case NumericDateSpec() | YearPeriodSpec():
            return True
        case RangeSpec():
            return _names_year(spec.a)
        case RelSpec():
            return spec.anchor == "ref" or spec.next_the
        case PodRefSpec():
            return True  # "by the morning": the day under discussion
        case MonthSpec():
            return spec.anchor == "ref"
    return False


def _near(text: str, a: int, b: int, limit: int = 1) -> bool:
    """Offsets a <= b at most `limit` sentence breaks apart (1: the same or the next sentence)."""
    n = 0
    for _ in _SENTENCE_END.finditer(text, a, b + 1):  # + 1: the break's look-ahead sees b
        n += 1
        if n > limit:
            return False
    return True


class _Breaks:
    """`_near` for one text, from the sentence breaks found once (on first use).

    Rescanning from a story's or reference's end to every later mention made a document whose
    dates are far from any sentence break (a line of 4,000 dates) quadratic. A break is a run
    of white space (or a newline), so when neither text[a - 1] nor text[b] is white space no
    break straddles the window's edges, and the breaks _near counts are exactly those of the
    whole text that start in [a, b]; otherwise (not seen on any corpus) _near scans.
    """

    __slots__ = ("text", "starts")

    def __init__(self, text: str):
        self.text = text
        self.starts: list[int] | None = None

    def near(self, a: int, b: int, limit: int = 1) -> bool:
        text = self.text
        if not (b < len(text) and not text[b].isspace() and (a == 0 or not text[a - 1].isspace())):
            return _near(text, a, b, limit)
        if self.starts is None:
            self.starts = [m.start() for m in _SENTENCE_END.finditer(text)]
        return bisect.bisect_right(self.starts, b) - bisect.bisect_left(self.starts, a) <= limit


def _sets_reference(spec: Spec) -> bool:
    """Does this mention become the time later anaphora ("a year earlier") refer to?
    Not when it is itself anchored on the reference ("a year earlier", "that year")."""
    if isinstance(spec, (ThatSpec, YearAgoQuarterSpec)):
        return False
    if isinstance(spec, RelSpec):
        # "two years later", "the next day": the story moved on
        return spec.advance or not (spec.anchor == "ref" or spec.ago or spec.figures)
    return True


def _needs_tense(spec: Spec) -> bool:
    """Does the resolver read the clause's tense for this spec (finding it costs)?"""
    match spec:
        case DateSpec() | QuarterSpec():
            return spec.y is None and spec.yshift is None
        case SeasonSpec() | HolidaySpec():
            return spec.y is None
        case RangeSpec():
            return _needs_tense(spec.a)
        case WeekOfSpec():
            return _needs_tense(spec.day)
        case OffsetSpec():
            return _needs_tense(spec.base)
        case TimeSpec():
            return spec.day is not None and _needs_tense(spec.day)
        case RelSpec():
            return spec.ofthe or spec.next_the
        case MonthSpec() | WeekdaySpec() | DayOfMonthSpec() | InSpec() | NumericDateSpec():
            return True
    return False
