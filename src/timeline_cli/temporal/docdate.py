"""Find the date a document carries about itself (its publication / report date).

Recognised, in order of trust:

* a first line that starts with ``date`` and the date, with the body on the same line
  (``" date 2024-11-06 North Korean soldiers..."``, the shape of the files in seeds/);
* YAML (``---``) or TOML (``+++``) front matter with a ``date:`` / ``published:`` key;
* ``Date:`` / ``Published:`` / ``Posted:`` header lines (email / HTTP / CMS style) in the
  first lines of the text;
* newswire datelines: ``KYIV, Nov. 6 (Reuters) -``, ``WASHINGTON (AP) — Nov 6, 2024``;
* a date alone on an early line (``November 6, 2024``, ``Wed, 6 Nov 2024 10:00 GMT``);
* ``Updated:`` / ``Modified:`` lines, only when nothing better is there.

A header, front-matter key or first-line ``date`` may give only a month or a year
(``Date: September 1945``, ``date: 1945``): the document's date is then a
`partialday.PartialDate`, and dates hang on it as on ``--reported 1945-09`` (datelines and bare
date lines need a full day: a lone "1945" line is more often a heading than a date).

Month and weekday names and header keys come from the language pack (`lang=`, English by
default); the engine here only knows digits and punctuation.

Pure: never reads the clock. A dateline without a year ("KYIV, Nov. 6 (Reuters)") is only
resolved when the caller passes ``reference`` (the latest date the document can have, e.g.
the ingest day); the result is then marked ``year_assumed``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from timeline_cli import lang as _lang

__all__ = ["DocDate", "find_document_date", "front_matter_end", "parse_date_value", "HEADER_LINES"]

# How many lines from the top a header, dateline or bare date line may be on.
HEADER_LINES = 20

_RANK_INLINE = 0
_RANK_FRONT = 0
_RANK_DATELINE = 2
_RANK_BARE = 4


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_ISO_TIME_RE = r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"


class _Grammar:
    """The date and header patterns of one language pack (its month and weekday names, header
    keys, ordinal suffixes), compiled on first use.

    Each date pattern matches a date value at the start of a string; named groups y, m/mon, d.
    """

    def __init__(self, pack):
        self.months: dict[str, int] = pack.MONTHS
        self.header_keys: dict[str, int] = pack.HEADER_KEYS
        # the best rank a line of _scan_lines can give: once a line gives it, none after wins
        self.best_line_rank = min([*pack.HEADER_KEYS.values(), _RANK_DATELINE, _RANK_BARE])
        month_re = rf"(?P<mon>{_alt(pack.MONTHS)})\.?"
        wday_re = rf"(?:(?:{_alt(pack.HEADER_WEEKDAYS)})\.?,?\s+)"
        ordinal, of = pack.ORDINAL_SUFFIX, pack.DAY_OF
        time_re = (
            r"(?:(?:,|\s)\s*" + pack.TIME_AT + r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\.\d+)?"
            + pack.AM_PM
            + r"(?:\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2})(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)?"
            r"(?:\s*\([A-Z]{2,5}\))?)?"
        )
        self.date_patterns: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
            (name, re.compile(pattern, re.IGNORECASE))
            for name, pattern in (
                ("iso", rf"(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?!\d){_ISO_TIME_RE}"),
                ("ymd", r"(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?!\d)"),
                ("dmy-name", rf"{wday_re}?(?P<d>\d{{1,2}}){ordinal}\s+{of}{month_re},?\s+(?P<y>\d{{4}})(?!\d)"),
                ("mdy-name", rf"{wday_re}?{month_re}\s+(?P<d>\d{{1,2}}){ordinal}(?:,?\s+(?P<y>\d{{4}})(?!\d))?"),
                ("numeric", r"(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>\d{4})(?!\d)"),
            )
        )
        self.time_pattern = re.compile(time_re, re.IGNORECASE)
        self.header_tail = re.compile(pack.HEADER_DATE_TAIL, re.IGNORECASE)
        # a month or a year alone, for header values only ("September 1945", "1945-09", "1945")
        self.partial = re.compile(rf"(?:{month_re},?\s+(?P<y>\d{{4}})|(?P<y2>\d{{4}})(?:-(?P<m>\d{{2}}))?)(?![\d-])",
                                  re.IGNORECASE)
        self.inline = re.compile(r"\A\ufeff?[ \t]*" + pack.INLINE_HEADER_KEY + r"[ \t]*[:=-]?[ \t]*",
                                 re.IGNORECASE)
        self.header = re.compile(
            rf"[ \t]*(?P<key>{_alt(pack.HEADER_KEYS)})[ \t]*(?::|=|-|\s(?=\d|{_alt(pack.HEADER_WEEKDAYS)}|"
            rf"{_alt(pack.MONTHS)}))[ \t]*",
            re.IGNORECASE,
        )


# pack object -> its grammar
_GRAMMARS: dict[int, tuple[object, _Grammar]] = {}


def _grammar(lang) -> _Grammar:
    pack = _lang.get(lang)
    hit = _GRAMMARS.get(id(pack))
    if hit is None or hit[0] is not pack:
        hit = _GRAMMARS[id(pack)] = (pack, _Grammar(pack))
    return hit[1]


@dataclass(frozen=True, slots=True)
class DocDate:
    """The document's own date and where its header sits.

    text[start:body_start] is the header (not part of any statement); text before `start`
    (a headline above a date line, say) still belongs to the document.
    """

    date: date
    body_start: int
    how: str
    start: int = 0
    year_assumed: bool = False


@dataclass(frozen=True, slots=True)
class _Value:
    y: int | None
    m: int
    d: int
    end: int  # offset just past the value (and its time of day) in the string matched


def parse_date_value(s: str, pos: int = 0, *, dayfirst: bool | None = None,
                     allow_no_year: bool = False, endpos: int | None = None,
                     lang=_lang.DEFAULT) -> _Value | None:
    """Match a calendar date (with optional weekday and time) at s[pos:endpos]; the longest wins.

    Numeric d/m/y dates are read only when unambiguous or when `dayfirst` says how.
    `endpos` reads s as if it ended there (as s[:endpos] would, without copying it). `lang`:
    the language pack (code or object) whose month and weekday names are read.
    """
    g_ = _grammar(lang)
    if endpos is None:
        endpos = len(s)
    best: _Value | None = None
    for name, pattern in g_.date_patterns:
        m = pattern.match(s, pos, endpos)
        if not m:
            continue
        g = m.groupdict()
        if name == "numeric":
            a, b = int(g["a"]), int(g["b"])
            if a > 12 >= b or (dayfirst and b <= 12):
                day, month = a, b
            elif b > 12 >= a or (dayfirst is False and a <= 12):
                day, month = b, a
            else:
                continue
        else:
            day = int(g["d"])
            month = int(g["m"]) if g.get("m") else g_.months[g["mon"].lower()]
        year = int(g["y"]) if g.get("y") else None
        if year is None and not allow_no_year:
            continue
        if not _valid(year if year is not None else 2000, month, day):
            continue
        end = m.end()
        if name not in ("iso",):
            t = g_.time_pattern.match(s, end, endpos)
            if t and t.end() > end and re.search(r"\d", t.group()):
                end = t.end()
        if best is None or end > best.end:
            best = _Value(year, month, day, end)
    return best


def _partial_value(s: str, pos: int, endpos: int, lang) -> tuple[date, int] | None:
    """A month or a year alone at s[pos:endpos] ("September 1945", "1945-09", "1945") as a
    PartialDate, with the offset past it; None when the rest of s[:endpos] is not blank."""
    from timeline_cli.partialday import PartialDate

    g_ = _grammar(lang)
    m = g_.partial.match(s, pos, endpos)
    if m is None or s[m.end():endpos].strip(" \t|,;.\"'"):
        return None
    y = int(m.group("y") or m.group("y2"))
    month = g_.months[m.group("mon").lower()] if m.group("mon") else int(m.group("m") or 0)
    if not (_valid(y, 1, 1) and 0 <= month <= 12):
        return None
    return PartialDate(y, month or None), m.end()


def _valid(y: int, m: int, d: int) -> bool:
    if not 1000 <= y <= 2999:
        return False
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------------------------------
# Recognisers. Each returns (rank, DocDate) or None.

_FRONT_RE = re.compile(
    r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)^(?:(?P=fence)|\.\.\.)[ \t]*(?:\r?\n|\Z)",
    re.DOTALL | re.MULTILINE,
)
# The key runs to the first character that cannot be in it (its trailing spaces are stripped
# by the caller). A lazy key (`[\w .-]*?[ \t]*[:=]`) retried the spaces after every one of its
# characters: quadratic in a long line of spaces.
_FRONT_KEY_RE = re.compile(
    r"^[ \t]*(?P<key>[A-Za-z_][\w .-]*+)[ \t]*+[:=][ \t]*[\"']?(?P<value>[^\"'\r\n]*)",
    re.MULTILINE,
)
_HEADERISH_LINE_RE = re.compile(r"[ \t]*[A-Za-z][\w-]{0,30}:[ \t]")
_PLACE = r"[A-Z][A-Z'.\-]+(?:[ \t]+[A-Z][A-Z'.\-]+)*(?:,[ \t]+[A-Z][A-Za-z.]+(?:[ \t]+[A-Z][A-Za-z.]+)*)?"
_AGENCY = r"(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\)|/(?P<agency2>[A-Za-z][\w .&-]{0,30})/)"
_DASH = r"(?:-{1,3}|[—–])"
# "KYIV, Nov. 6 (Reuters) - "; the date is parsed separately at group "date". The agency ends
# the line when the dateline stands on its own ("BEIJING, Nov. 10, 2005 (Xinhua)", the story
# below it): no dash then.
_DATELINE_A = re.compile(rf"[ \t]*(?P<place>{_PLACE}),[ \t]+(?P<date>)")
_DATELINE_A_TAIL = re.compile(rf"[ \t]*{_AGENCY}[ \t]*(?:{_DASH}[ \t]*|$)", re.MULTILINE)
# "WASHINGTON (AP) — Nov 6, 2024 —", or with no dash after the agency ("WASHINGTON (AP) Nov 6, 2024")
# (then the date must end the line: "NATO (the alliance) November 6, 2024 was ..." is a sentence)
_DATELINE_B = re.compile(rf"[ \t]*(?P<place>{_PLACE})[ \t]*{_AGENCY}[ \t]*(?:(?P<dash>{_DASH})[ \t]*)?")
_DATELINE_B_TAIL = re.compile(rf"[ \t]*(?:{_DASH}[ \t]*|[.:][ \t]*)?")


def _lines(text: str, limit: int, pos: int = 0):
    """(start, end_without_newline, end_with_newline) for the first `limit` lines from `pos`."""
    n = len(text)
    for _ in range(limit):
        if pos >= n:
            return
        nl = text.find("\n", pos)
        if nl == -1:
            yield pos, n, n
            return
        end = nl - 1 if nl > pos and text[nl - 1] == "\r" else nl
        yield pos, end, nl + 1
        pos = nl + 1


_BLANK = re.compile(r"\s*")
_NON_BLANK = re.compile(r"\S")


def _skip_blank(text: str, pos: int) -> int:
    m = _BLANK.match(text, pos)
    return m.end() if m else pos


def _resolve_year(v: _Value, reference: date | None) -> tuple[date, bool] | None:
    if v.y is not None:
        return date(v.y, v.m, v.d), False
    if reference is None:
        return None
    for year in (reference.year, reference.year - 1, reference.year - 2, reference.year - 3,
                 reference.year - 4):
        if _valid(year, v.m, v.d) and date(year, v.m, v.d) <= reference:
            return date(year, v.m, v.d), True
    return None


def _front_matter(text: str, dayfirst, pack) -> tuple[int, DocDate] | None:
    m = _FRONT_RE.match(text)
    if not m:
        return None
    best: tuple[int, date] | None = None
    for km in _FRONT_KEY_RE.finditer(m.group("body")):
        rank = _grammar(pack).header_keys.get(km.group("key").strip().lower())
        if rank is None:
            continue
        value = km.group("value").strip()
        v = parse_date_value(value, dayfirst=dayfirst, lang=pack)
        if v is None or v.y is None:
            p = _partial_value(value, 0, len(value), pack)
            if p is not None and (best is None or rank < best[0]):
                best = (rank, p[0])
            continue
        if best is None or rank < best[0]:
            best = (rank, date(v.y, v.m, v.d))
    if best is None:
        return None
    return _RANK_FRONT + best[0], DocDate(best[1], _skip_blank(text, m.end()), "front matter", 0)


def front_matter_end(text: str) -> int:
    """Offset where the body starts after YAML/TOML front matter (with or without a date); 0 if none."""
    m = _FRONT_RE.match(text)
    return _skip_blank(text, m.end()) if m else 0


def _inline_header(text: str, dayfirst, pack) -> tuple[int, DocDate] | None:
    m = _grammar(pack).inline.match(text)
    if not m:
        return None
    v = parse_date_value(text, m.end(), dayfirst=dayfirst, lang=pack)
    if v is None or v.y is None:
        return None
    if text[v.end:v.end + 1] not in (" ", "\t"):
        return None  # glued to a word; or alone on its line (then it is a header line)
    nl = text.find("\n", v.end)
    if not _NON_BLANK.search(text, v.end, len(text) if nl == -1 else nl):
        return None
    return _RANK_INLINE, DocDate(date(v.y, v.m, v.d), _skip_blank(text, v.end), "header", 0)


def _header_block(text: str, start: int) -> tuple[int, int] | None:
    """When the header line sits in a block of `Key: value` lines at the top, that block."""
    first = None
    for ls, le, _ in _lines(text, HEADER_LINES):
        if ls > start:
            break
        line = text[ls:le]
        if not line.strip():
            first = None
            continue
        if _HEADERISH_LINE_RE.match(line):
            first = ls if first is None else first
        else:
            first = None
    if first is None:
        return None
    end = start
    for ls, le, nxt in _lines(text, HEADER_LINES, start):
        line = text[ls:le]
        if not line.strip():
            break
        if ls > start and not (_HEADERISH_LINE_RE.match(line) or line[:1] in " \t"):
            return None  # a header line followed directly by prose: not an email-style block
        end = nxt
    return first, end


def _header_tail_ok(tail: str, g: _Grammar) -> bool:
    """Whether what follows a header's date on its line leaves the date the line's value: nothing
    but punctuation ("Published March 3, 2020."), or a byline ("Posted 3 May 2020 by Jane Doe")."""
    tail = tail.strip(" \t|,;.")
    return not tail or g.header_tail.fullmatch(tail) is not None


def _scan_lines(text: str, dayfirst, reference, pack) -> list[tuple[int, DocDate]]:
    g = _grammar(pack)
    found: list[tuple[int, DocDate]] = []
    for ls, le, nxt in _lines(text, HEADER_LINES):
        line = text[ls:le]
        if not line.strip():
            continue
        # Header line "Date: ...", "Published: ..."
        h = g.header.match(text, ls, le)
        if h:
            v = parse_date_value(text, h.end(), dayfirst=dayfirst, endpos=le, lang=pack)
            full = v is not None and v.y is not None and _header_tail_ok(text[v.end:le], g)
            p = None if full else _partial_value(text, h.end(), le, pack)
            if full or p is not None:
                rank = g.header_keys[re.sub(r"\s+", " ", h.group("key").lower())]
                block = _header_block(text, ls)
                start, body = block if block else (ls, nxt)
                how = "header" if rank <= 3 else "updated header"
                day = date(v.y, v.m, v.d) if full and v is not None and v.y is not None else p[0]  # type: ignore[index]
                found.append((rank, DocDate(day, _skip_blank(text, body), how, start)))
                if rank <= g.best_line_rank:
                    break  # a later line can only tie, and the earliest of equals wins
                continue
        # Dateline "KYIV, Nov. 6 (Reuters) -"
        a = _DATELINE_A.match(text, ls, le)
        if a:
            v = parse_date_value(text, a.end("date"), dayfirst=dayfirst, allow_no_year=True,
                                 endpos=le, lang=pack)
            if v is not None:
                tail = _DATELINE_A_TAIL.match(text, v.end, le)
                resolved = _resolve_year(v, reference)
                if tail and resolved:
                    body = tail.end() if tail.end() < le else _skip_blank(text, nxt)
                    found.append((_RANK_DATELINE, DocDate(resolved[0], body, "dateline", ls,
                                                          resolved[1])))
                    continue
        b = _DATELINE_B.match(text, ls, le)
        if b:
            v = parse_date_value(text, b.end(), dayfirst=dayfirst, allow_no_year=True, endpos=le,
                                 lang=pack)
            if v is not None:
                resolved = _resolve_year(v, reference)
                tail = _DATELINE_B_TAIL.match(text, v.end, le)
                if resolved and (b.group("dash") or not text[v.end:le].strip(" \t.:,")):
                    body = tail.end() if tail else v.end
                    if body >= le:
                        body = _skip_blank(text, nxt)
                    found.append((_RANK_DATELINE, DocDate(resolved[0], body, "dateline", ls,
                                                          resolved[1])))
                    continue
        # A date alone on its line.
        first = len(line) - len(line.lstrip())
        v = parse_date_value(text, ls + first, dayfirst=dayfirst, endpos=le, lang=pack)
        if v is not None and v.y is not None and not text[v.end:le].strip(" \t|,;."):
            found.append((_RANK_BARE, DocDate(date(v.y, v.m, v.d), _skip_blank(text, nxt), "date line", ls)))
    return found


def find_document_date(text: str, *, dayfirst: bool | None = None,
                       reference: date | None = None, lang=_lang.DEFAULT) -> DocDate | None:
    """The document's own date, or None when it carries none.

    `reference` (optional) is the latest date the document can have; it is only used to give
    a year to a year-less newswire dateline ("KYIV, Nov. 6 (Reuters) -"). `lang`: the language
    pack (code or object) whose month names and header words are read.
    """
    pack = _lang.get(lang)
    candidates: list[tuple[int, DocDate]] = []
    for found in (_inline_header(text, dayfirst, pack), _front_matter(text, dayfirst, pack)):
        if found:
            candidates.append(found)
    if not candidates:
        candidates.extend(_scan_lines(text, dayfirst, reference, pack))
    if not candidates:
        return None
    # Best rank; among equals the earliest in the text.
    return min(candidates, key=lambda c: (c[0], c[1].start))[1]
