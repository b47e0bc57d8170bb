"""One event per dated statement: sentences + temporal expressions + attribution -> Events.

Pure: the document date (`reported`) is passed in; nothing here reads the clock.

For each sentence of the document body (the date header is skipped):
* two DATE expressions linked as a range ("from May to July", "between 2019 and 2021",
  "from Monday through Wednesday", "May 3 to May 7", "2019 – 2021") become one expression
  whose EDTF value is the interval from the earlier's first day to the later's last
  (`join_ranges`; the extractor keeps them apart, as the TimeML gold does);
* headings and captions (temporal/headings.py) are no statements, dated or not;
* the statement's date is its main clause's (temporal/clauses.py): dates inside a subordinate
  noun phrase or relative clause give way to the main clause's, and are the report date when
  the main verb is a present perfect ("The minister has apologised for errors made during the
  2019 flood response"); a sentence that reports several dated happenings ("in Italy on April
  29 and in Western Europe on May 7") gives one event per happening, with its clause's span;
* `when` is the most specific calendar date among the (clause's) temporal expressions:
  closed values before open ones, day > month > season > year > decade > century, exact
  before approximate, DATE before TIME, then the first in the sentence; durations, sets and values without an EDTF form are skipped;
* with no calendar date, "in the coming days" (FUTURE_REF) gives `REPORTED/..`, "recently"
  (PAST_REF) gives `../REPORTED`, anything else `../REPORTED` when keep_undated (a statement
  made in a report is true on or before the report date) or no event at all; `REPORTED/..`
  instead when its first verb is a future ("China will announce a package ...");
* `by` is the sentence's own claimant, or, conservatively, one carried over from a
  neighbouring sentence that only attributes ("This was confirmed by X." applies to the
  sentence before it; "The New York Times writes about this ..." to the sentences just
  before and after it);
* undated headings (no final punctuation and under 4 words or no verb-like word) and
  reader-directed boilerplate ("follow us on X") are dropped; page furniture (bylines,
  copyright lines, photo credits: temporal/boilerplate.py) is dropped dated or not.
"""

from __future__ import annotations

import bisect
import functools
import re
from datetime import date
from typing import Callable, Protocol, Sequence

from timeline_cli.model import Event, make_id
from timeline_cli.partialday import is_partial
from timeline_cli import lang as _lang
from timeline_cli.temporal.docdate import DocDate, find_document_date, front_matter_end
from timeline_cli.temporal.embeds import find_posts, in_posts
from timeline_cli.temporal.boilerplate import is_boilerplate, is_code
from timeline_cli.temporal.clauses import is_future, statement_dates
from timeline_cli.temporal.headings import is_heading
from timeline_cli.temporal.sentences import split_sentences
from timeline_cli.temporal.types import Timex

__all__ = ["document_events", "body_stretches", "Statements", "choose_when", "join_ranges", "is_trivial", "is_date_alone", "is_question", "Extractor", "MOD_NAMES"]


class Extractor(Protocol):
    def __call__(self, text: str, reported: date, *, dayfirst: bool | None = None) -> list[Timex]: ...


# TIMEX3 mod -> Event.mod
MOD_NAMES = {"START": "early", "MID": "mid", "END": "late"}
_SKIP_TYPES = frozenset({"DURATION", "SET"})

_FINAL_PUNCT = ".!?…\"'”’»)"
def _default_extractor(pack: object = None) -> Extractor:
    """The parser's `extract`, reading with `pack` when given (else the default language)."""
    try:
        from timeline_cli.temporal.extract import extract
    except ModuleNotFoundError as exc:
        if exc.name != "timeline_cli.temporal.extract":
            raise
        from timeline_cli.errors import TimelineError

        raise TimelineError("this build of timeline has no date extractor (timeline_cli.temporal.extract)",
                            hint="reinstall timeline (pip install -e .) or update it") from None
    return extract if pack is None else functools.partial(extract, lang=pack)


# A switch (session 21, xrecall7): a time naming its day ranks as that day (`_rank`). Right on
# the corpora (17 of 18 statements moved read right). Off at first: on dev13 the Halemba blast's
# statements, no longer date-blocked, joined the fact of "It is the largest mine accident in Poland
# this year, adding the number of miners killed this year to 28" (a superlative rank linked with
# the blast itself): precision 0.865 -> 0.766. On since session 21, prec19: a superlative rank dated
# by its period alone is refused against the act (the pack's SUPERLATIVE_RANK,
# `facts.TALLY_PERIOD`), dev13 0.865 (27/39) -> 0.923 (30/40 recall).
NAMED_DAY_TIME = True


def _rank(timex: Timex, day_named: re.Pattern[str] | None = None) -> tuple | None:
    """Sort key for choosing a sentence's date (lower is better); None when not a calendar value.

    `day_named` (the pack's NAMED_DAY_TIME_RE): a time whose words name its day ("Tuesday
    evening", "yesterday afternoon") ranks as the day it names, not as a clock time whose day
    may be inferred."""
    kind = timex.type
    if day_named is not None and kind.upper() == "TIME" and day_named.search(timex.text or ""):
        kind = "DATE"
    key = _value_rank(kind, timex.edtf)
    return None if key is None else (*key, timex.start)


@functools.lru_cache(maxsize=4096)
def _value_rank(kind: str, edtf: str | None) -> tuple | None:
    """_rank's key but the position: a function of the type and value alone, asked for each
    date of every sentence several times (events.py, clauses.py)."""
    if kind.upper() in _SKIP_TYPES or not edtf:
        return None
    from timeline_cli.errors import DateError
    from timeline_cli.when import GRANULARITIES, parse_when

    try:
        w = parse_when(edtf)
    except DateError:
        return None
    is_open = w.open_start or w.open_end
    # A clock time's day is often inferred ("10:35 a.m." -> the report day): at equal
    # precision a DATE ("Friday") says more about the day than a TIME does.
    is_time = kind.upper() == "TIME"
    return (is_open, GRANULARITIES.index(w.granularity), w.approximate or w.uncertain, is_time)


def _range_ends(a: Timex, b: Timex) -> str | None:
    """EDTF interval from a's first day to b's last day, or None when that is no range."""
    from timeline_cli.errors import DateError
    from timeline_cli.when import parse_when

    try:
        wa, wb = parse_when(a.edtf or ""), parse_when(b.edtf or "")
    except DateError:
        return None
    if wa.open_start or wa.open_end or wb.open_start or wb.open_end:
        return None
    start = wa.text.split("/")[0]
    end = wb.text.split("/")[-1]
    try:
        joined = parse_when(f"{start}/{end}")
    except DateError:
        return None  # ends before it starts
    if not wa.earliest <= wb.latest or joined.earliest > joined.latest:
        return None
    return joined.text


def join_ranges(text: str, timexes: Sequence[Timex], lang=_lang.DEFAULT) -> list[Timex]:
    """Join `A to B` / `from A through B` / `between A and B` / `A – B` (two DATE expressions)
    into one DATE expression whose EDTF value is the interval `A/B`; the rest is unchanged.

    "between" needs "and"; "and" needs "between"; "moved from Monday to Wednesday" (a change of
    date) is no range; both ends must be calendar values and the start not after the end.
    The linking words are the language pack's (`lang`).
    """
    pack = _lang.get(lang)
    out: list[Timex] = []
    i, items = 0, sorted(timexes, key=lambda t: t.start)
    while i < len(items):
        a = items[i]
        if i + 1 < len(items):
            b = items[i + 1]
            joined = _join(text, a, b, pack)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _join(text: str, a: Timex, b: Timex, pack) -> Timex | None:
    if a.type.upper() != "DATE" or b.type.upper() != "DATE" or not a.edtf or not b.edtf:
        return None
    if not 0 < b.start - a.end <= 12:
        return None
    link = pack.RANGE_LINK.fullmatch(text, a.end, b.start)
    if link is None:
        return None
    # the pack's RANGE_FROM names what opens the range: group "from" or group "between"
    lead = pack.RANGE_FROM.search(text, max(0, a.start - 16), a.start)
    between = lead is not None and lead.group("between") is not None
    if link.group("and") and not between:
        return None
    if link.group("to") and between:
        return None
    if lead is not None and lead.group("from") is not None and pack.RANGE_CHANGE.search(
            text, max(0, lead.start() - 40), lead.start()):
        return None
    if lead is None and not link.group("dash") and a.edtf.count("-") != b.edtf.count("-"):
        return None  # bare "A to B" only between values of the same precision ("May 3 to May 7")
    edtf = _range_ends(a, b)
    if edtf is None:
        return None
    return Timex(a.start, b.end, text[a.start:b.end], "DATE", f"{a.value}/{b.value}", edtf, "")


def choose_when(timexes: Sequence[Timex], reported: date,
                day_named: re.Pattern[str] | None = None) -> tuple[str, str, bool]:
    """(edtf, mod, dated) for one sentence's expressions.

    `dated` is False when nothing in the sentence names a time (the caller decides whether to
    anchor it to the report date). `day_named`: as for `_rank`, when every time of the
    sentence names its day (a clock time of an inferred day beside one of a named day is
    most often the statement's, the named one a comparison's: "At 5:00 p.m., the dollar was
    quoted at 117.40 yen, compared with 117.50 yen at 4:00 p.m. Friday in London").
    """
    if day_named is not None and any(
            t.type.upper() == "TIME" and not day_named.search(t.text or "") for t in timexes):
        day_named = None
    ranked = [(key, t) for t in timexes if (key := _rank(t, day_named)) is not None]
    if ranked:
        best = min(ranked, key=lambda kt: kt[0])[1]
        return best.edtf or "", MOD_NAMES.get(best.mod.upper(), ""), True
    values = {t.value.upper() for t in timexes}
    day = reported.isoformat()
    if "FUTURE_REF" in values:
        return f"{day}/..", "", True
    if "PAST_REF" in values:
        return f"../{day}", "", True
    return f"../{day}", "", False


def is_trivial(sentence: str, lang=_lang.DEFAULT) -> bool:
    """An undated line that states nothing: a heading, or boilerplate addressed to the reader."""
    pack = _lang.get(lang)
    # any(map(...)): the substring tests run in C, without a generator frame per word.
    if any(map(sentence.lower().__contains__, pack.BOILERPLATE_WORDS)) and pack.BOILERPLATE_RE.search(sentence):
        return True
    stripped = sentence.rstrip()
    # The first words only, as a rule (the whole sentence is split only on the rare paths).
    head = stripped.split(None, 4)
    # A list number ("27."), an ellipsis or a one-word reply ("Yes.") states nothing, even
    # punctuated as a sentence: a numbered list on a web page gave an event per number.
    if not _two_worded(head[:4]) and not (len(head) == 5 and _two_worded(stripped.split())):
        return True
    if stripped[-1] in _FINAL_PUNCT:
        return False
    if len(head) < 4:
        return True
    words = stripped.split()
    if pack.VERBISH_RE.search(stripped):
        return False
    return not any(w.lower().strip(",;:") in pack.REPORTING_VERBS for w in words)


_CLOSERS = " \t\"'”’»)]"
# Anchored (re.match): searched from every position, the lazy run made it quadratic.
_QUOTED_TAIL_RE = re.compile(r"\s*\S.*?(?::\s|[\s(](?:\"|“|``|‘|'(?=[A-Z])))")


def is_question(sentence: str, lang=_lang.DEFAULT) -> bool:
    """A sentence that ends in a question mark, inside closing quotes or not ("Will the Fed cut
    rates in December?", '"How can I fight them?"'). A question put and then attributed ends
    in the tag ('"Where is it?" asked X.'), a statement with a question inside it ends in its
    own full stop, and one that ends by quoting a question opens the quotation after its own
    words ('Lodge cabled home: "Will he be strong enough?"'): all stay statements."""
    if not sentence.rstrip(_CLOSERS).endswith(("?", "?!", "？")):
        # a headline put as an indirect question: "Why autumn 2023 has been so stormy"
        stripped = sentence.rstrip()
        pattern = getattr(_lang.get(lang), "HEADLINE_QUESTION_RE", None)
        return bool(stripped) and stripped[-1] not in _FINAL_PUNCT and pattern is not None \
            and pattern.match(stripped) is not None and "," not in stripped
    # a statement that ends by quoting a question: 'He asserted: "What is the Third Estate?"';
    # not a question mark after the closing quote ('What do you mean by "superminds"?'), nor an
    # interview's speaker label ("The Economist: What do you mean?")
    speaker = getattr(_lang.get(lang), "SPEAKER_LABEL_RE", None)
    label = speaker.match(sentence) if speaker is not None else None
    at = label.end() if label else 0
    rest = sentence[at:]
    if rest.rstrip().endswith(("?", "?!", "？")) and ":" not in rest and rest.count('"') % 2 == 0 \
            and rest.count("“") == rest.count("”"):
        return True  # the question mark outside every quotation: the sentence's own
    return not _QUOTED_TAIL_RE.match(sentence, at)



_PARAGRAPH_BEFORE = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*\Z")
_PARAGRAPH_AFTER = re.compile(r"[ \t]*(?:\Z|\n[ \t]*\n)")


def _own_paragraph(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a paragraph of its own: blank lines (or the text's ends) on
    both sides. A date that a hard-wrapped line or a link put on a line alone ("began in
    earnest in\nJune 2015\nwith global rewrites") is inside a paragraph, not over it.

    A web page's text (and e-mail's) gives a block a line, with no blank lines: there a date
    line with no final stop of its own, after a line that does not run on (it ends with a
    stop, a number or a capitalised word, not a lower-case word: "...earnest in") and before
    one that starts with a capital or a digit, is a schedule's or a live blog's heading
    ("Results\nOctober 29\nJessica Pegula beat Elena Rybakina 7-5, 6-2\nOctober 30\n...").
    A reference list's trailing "1996." ends its line with a stop; a hard-wrapped paragraph
    keeps a short line with the line above it (sentences.py)."""
    if (_PARAGRAPH_BEFORE.search(text, max(0, start - 200), start) is not None
            and _PARAGRAPH_AFTER.match(text, end) is not None):
        return True
    return _line_between_sentences(text, start, end)


_LINE_AFTER = re.compile(r"[ \t]*\n[ \t]*[\"'“‘(\[]?[A-Z0-9]")


def _line_between_sentences(text: str, start: int, end: int) -> bool:
    """text[start:end], alone on its line with no final stop, follows a line that does not
    run on into it and precedes one that starts with a capital or a digit (_own_paragraph)."""
    i = start  # the line's start, read back over blanks only (a search back through a long
    while i > 0 and text[i - 1] in " \t":  # line for each date in it was quadratic)
        i -= 1
    if i > 0 and text[i - 1] != "\n":
        return False
    line_start = i
    if text[start:end].rstrip(_CLOSERS)[-1:] in _FINAL_PUNCT + ";,":
        return False
    if _LINE_AFTER.match(text, end) is None or line_start < 2:
        return False
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    prev = text[prev_start:line_start - 1].rstrip(_CLOSERS)
    if prev[-1:] in _FINAL_PUNCT + ":":
        return True
    last = prev.rsplit(None, 1)[-1] if prev.strip() else ""
    return bool(last) and not last[0].islower()  # "...earnest in" runs on; "Results", "6-3" do not


def is_date_alone(sentence: str, start: int, found: Sequence[Timex]) -> bool:
    """A dated line with no word of letters beside its dates states nothing: a reference
    list's "1996.", a year heading "1917", "-- November 1986", "Sunday" (`start`: the
    sentence's offset in the text the timexes' offsets count in). One word is enough to keep
    a line: "Lunch yesterday.", "Until this week."."""
    rest = sentence
    for t in found:
        lo, hi = t.start - start, t.end - start
        if 0 <= lo and hi <= len(sentence) and rest[lo:hi] == t.text:
            rest = rest[:lo] + " " * (hi - lo) + rest[hi:]
        elif t.text in rest:  # a sentence given re-spaced: its words
            rest = rest.replace(t.text, " ")
    return not any(c.isalpha() for c in rest)


def _two_worded(words: list[str]) -> bool:
    """Whether at least two of `words` hold a letter (counting stops at two: undated
    sentences pass here, and counting every letter of every word was a tenth of this file)."""
    found = 0
    for w in words:
        if w.isalpha() or any(c.isalpha() for c in w):
            found += 1
            if found == 2:
                return True
    return False


def _claimants(sentences: list[str], pack) -> list[str]:
    """Each sentence's claimant; attribution-only sentences lend theirs to their neighbours."""
    from timeline_cli.temporal.attribution import document_claimants  # pronouns, quotes: the document

    own = document_claimants(sentences, pack)
    out = list(own)
    for i, s in enumerate(sentences):
        if not own[i] or not pack.META_BACK_RE.search(s):
            continue
        if i > 0 and not own[i - 1]:
            out[i - 1] = own[i]
        if pack.META_FORWARD_RE.search(s) and i + 1 < len(sentences) and not own[i + 1]:
            out[i + 1] = own[i]
    return out


def document_events(
    text: str,
    *,
    source: str,
    reported: date,
    reported_assumed: bool = False,
    keep_undated: bool = True,
    extractor: Extractor | Callable[..., list[Timex]] | None = None,
    dayfirst: bool | None = None,
    header: DocDate | None = None,
    lang: object = None,
    split: bool = True,
) -> list[Event]:
    """Events for the dated statements of one document, in text order, without duplicate ids.

    `split`: a sentence that reports several dated happenings gives one event per happening
    (same text, the span of its clause); False keeps one event per sentence.

    `header`: the document's own date line if the caller already found it (it is skipped,
    not read as a statement); looked for here when not given. `lang`: the language pack
    (a code of `timeline_cli.lang`, or a pack) the default extractor reads the text with.
    """
    pack = _lang.get(_lang.DEFAULT if lang is None else lang)
    if extractor is None:
        extractor = _default_extractor(None if lang is None else pack)
    if header is None:
        header = find_document_date(text, dayfirst=dayfirst, lang=pack)
    spans = [span for a, b in body_stretches(text, header) for span in split_sentences(text, a, b, lang=pack)]
    if not spans:
        return []
    timexes = join_ranges(text, extractor(text, reported, dayfirst=dayfirst), pack)
    starts = [s for s, _ in spans]
    per_sentence: list[list[Timex]] = [[] for _ in spans]
    for t in timexes:
        i = bisect.bisect_right(starts, t.start) - 1
        if i >= 0 and t.start < spans[i][1]:
            per_sentence[i].append(t)
    sentences = [" ".join(text[s:e].split()) for s, e in spans]
    claimants = _claimants(sentences, pack)
    make = Statements(text, source=source, reported=reported, reported_assumed=reported_assumed,
                      keep_undated=keep_undated, pack=pack, split=split)
    items = zip(spans, sentences, claimants, per_sentence)
    posts = find_posts(text, pack)
    if not posts:
        return [event for span, sentence, by, found in items for event in make(span, sentence, found, by)]
    # a tweet the page embeds: its author's, read on its own day (embeds.py)
    return [event for (span, sentence, by, found), day in in_posts(items, text, posts, _post_reader(extractor, dayfirst, pack))
            for event in make(span, sentence, found, by, day)]


def _post_reader(extractor: Extractor, dayfirst: bool | None, pack) -> Callable[[str, date], list[Timex]]:
    """The expressions of an embedded post's text, read on the post's day."""
    def read(post_text: str, day: date) -> list[Timex]:
        return join_ranges(post_text, extractor(post_text, day, dayfirst=dayfirst), pack)
    return read


def body_stretches(text: str, header: DocDate | None) -> list[tuple[int, int | None]]:
    """The stretches of `text` whose sentences are statements: not its front matter (metadata
    even without a date) nor its date line (`header`); None: to the end."""
    body = front_matter_end(text)
    if header is not None and header.start >= body:
        return [(body, header.start), (header.body_start, None)]
    return [(max(body, header.body_start if header else 0), None)]


class Statements:
    """A document's events, a sentence at a time: `make(span, sentence, its timexes, claimant)`
    gives the sentence's events not given before (ids already seen are skipped)."""

    def __init__(self, text: str, *, source: str, reported: date, reported_assumed: bool, keep_undated: bool,
                 pack, split: bool) -> None:
        self.text, self.source, self.reported, self.pack, self.split = text, source, reported, pack, split
        # the document's calendar dates so far: all, and those in years well before the report's
        # (a story of the past when most are, `_history`)
        self.dates_seen, self.dates_past = 0, 0
        self.reported_assumed, self.keep_undated = reported_assumed, keep_undated
        # A report date known only to its year or month (partialday.PartialDate) anchors the
        # dates, but an event's `reported` holds a day: left empty, no day made up.
        self.stored_reported = None if is_partial(reported) else reported
        self.seen: set[str] = set()
        self.section: str | None = None  # the date of the date heading over what follows

    def __call__(self, span: tuple[int, int], sentence: str, found: list[Timex], by: str,
                 day: date | None = None) -> list[Event]:
        """`day`: the date the sentence is read against when not the document's (a post the
        page embeds, embeds.py): its undated statements happened on or before that day."""
        text, pack = self.text, self.pack
        reported = self.reported if day is None else day
        start, end = span
        if is_boilerplate(sentence, pack) or is_code(sentence):
            return []  # a byline, copyright line, photo credit or code listing, dated or not
        if is_heading(text, start, end, pack):
            self.section = None  # a heading or caption titles what follows; it states nothing
            return []
        if not by and is_question(sentence, pack):
            # "Who was last year's champion?" asks; it states nothing (unless someone is
            # reported asking it: "The Pentagon said today it will re-examine ... known?"),
            # and like a heading it titles what follows (a page's "When is the final?")
            self.section = None
            return []
        things = getattr(pack, "HOLIDAY_THING_RE", None)
        if things is not None and found:
            # "the Christmas ad": a thing of the season, not the day it happens
            found = [t for t in found if things.match(text, t.start) is None]
        events = []
        for part in statement_dates(text, start, end, found, pack, _is_calendar, split=self.split,
                                    reported=reported, history=self._history(found, reported)):
            if part.report:
                when, mod, dated = reported.isoformat(), "", True
            else:
                # (session 21: "killed ... on Tuesday evening, officials said on Wednesday" is
                # Tuesday's: a time naming its day is no less a date than the saying's day)
                when, mod, dated = choose_when(part.timexes, reported,
                                               getattr(pack, "NAMED_DAY_TIME_RE", None) if NAMED_DAY_TIME else None)
                if dated and _day_from_another_happening(text, part.timexes, pack):
                    when, mod, dated = choose_when([], reported)
                elif dated and ".." not in when and _future_said_on(text, part.start, part.end, part.timexes, pack):
                    when = f"{when.split('/')[0]}/.."  # the future from the saying's day (or span's start) on
            if dated and not part.report and is_date_alone(sentence, start, found):
                # "-- November 1986" on a line of its own heads a chronology's entry: what
                # follows with no date of its own happened then (not the report day's line)
                if _own_paragraph(text, start, end) and reported.isoformat() not in when:
                    self.section = when
                return []
            if not dated and self.section is not None and (not is_trivial(sentence, pack)
                                                           or pack.FINITE_VERB_RE.search(sentence)):
                # an entry under a date heading: a terse line with a past tense counts
                # ("Jessica Pegula beat Elena Rybakina 7-5, 6-2")
                when, dated = self.section, True
            if not dated and (not self.keep_undated or is_trivial(sentence, pack)):
                continue
            if not dated and is_future(text[part.start:part.end], pack):
                # "China will announce a package ... at the summit": the report's future, not
                # its past (still undated: kept only where undated statements are)
                when = f"{reported.isoformat()}/.."
            event_id = make_id(sentence, when, self.source)
            if event_id in self.seen:
                continue
            self.seen.add(event_id)
            events.append(Event(
                id=event_id, when=when, text=sentence, source=self.source, reported=self.stored_reported,
                reported_assumed=self.reported_assumed, by=by, span=(part.start, part.end), mod=mod,
            ))
        return events

    def _history(self, found: Sequence[Timex], reported: date) -> bool:
        """Most of the document's dates so far (three at least, this sentence's too) lie in years
        well before the report's: a story of the past, whose asides ("the army, which landed in
        June 1944, ...") tend to date the happening itself (`clauses.statement_dates`)."""
        for t in found:
            if t.edtf and t.edtf[:4].isdigit() and _is_calendar(t):
                self.dates_seen += 1
                self.dates_past += int(t.edtf[:4]) < reported.year - 1
        return self.dates_seen >= 3 and 2 * self.dates_past > self.dates_seen


# A switch for the tests (session 21, xrecall7: "at 6 a.m. ten days before the shooting").
ANCHORED_DAY = True


def _day_from_another_happening(text: str, timexes: Sequence[Timex], pack) -> bool:
    """The statement's only calendar dates are clock times whose day names nothing (taken from
    the report), and a span counts its day from another happening ("A jogger observed Kopp's car
    at 6 a.m. near Slepian's home 10 days before the murder": the pack's ANCHORED_SPAN_AFTER_RE
    after a duration): the day is not the report's, the statement has no date of its own (dev's
    jogger and hair statements were date-blocked by the report day)."""
    anchored = getattr(pack, "ANCHORED_SPAN_AFTER_RE", None)
    named = getattr(pack, "NAMED_DAY_TIME_RE", None)
    if not ANCHORED_DAY or anchored is None or named is None:
        return False
    calendar = [t for t in timexes if _rank(t) is not None]
    if not calendar or any(t.type.upper() != "TIME" or named.search(t.text or "") for t in calendar):
        return False
    # (days or longer: "two hours after the attack" may still be the report's day)
    return any(t.type.upper() == "DURATION" and _DAYS_OR_MORE.match(t.value or "") is not None
               and anchored.match(text, t.end) for t in timexes)


_DAYS_OR_MORE = re.compile(r"P\d+(?:\.\d+)?[DWMY]$")


# A switch for the tests (session 21, xrecall7: "... will now proceed ..., Cuba predicted Wednesday").
FUTURE_SAID_ON = True


def _future_said_on(text: str, start: int, end: int, timexes: Sequence[Timex], pack) -> bool:
    """The statement text[start:end] is a future (`clauses.is_future`) whose only calendar date
    ends it in the frame of its saying ("Cuban exiles in Miami will now proceed with all their
    resources to impede or delay the ruling, Cuba predicted Wednesday": the pack's
    SAYING_FRAME_BEFORE_RE before the date, nothing but the sentence's end after it): the date is
    the saying's, the act runs from it on (dev2's copy of the sentence, undated, is the report's
    future)."""
    frame = getattr(pack, "SAYING_FRAME_BEFORE_RE", None)
    if not FUTURE_SAID_ON or frame is None:
        return False
    calendar = [t for t in timexes if _rank(t) is not None]
    if len(calendar) != 1:
        return False
    t = calendar[0]
    if _SENTENCE_END_RE.match(text, t.end, end) is None or frame.search(text, start, t.start) is None:
        return False
    return is_future(text[start:t.start], pack)


_SENTENCE_END_RE = re.compile(r"\s*[.!]?\s*(?:''|\"|\u201d)?\s*$")


def _is_calendar(timex: Timex) -> bool:
    return _rank(timex) is not None
