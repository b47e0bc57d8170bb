"""English era rules: years, decades, centuries and millennia BC/BCE and AD/CE.

"490 BC", "146 B.C.", "ca. 466 BC", "the spring of 480 BC", "April 480 BC", "the 470s BC",
"the 4th century BC", "AD 9", "9 CE", "the first millennium BC". A year BC comes out as a
spec in the extractor's mirror years (`temporal/eras.py`), so story time counts across it
("the following year" after 490 BC is 489 BC); values leave as TIMEX2 `BC0490`.

Must not match: "BC" as a province or a company ("Vancouver, BC", "BC Hydro"), "AD" as an
advert or initials ("a 30-second ad", "A.D. Miller"), "bc" for "because" in chat ("late 2 bc
traffic"), the CE conformity mark ("CE 0123"): era words count only in capitals, beside a
number, on the side of it where English writes them (490 BC, AD 9 or 9 AD, 9 CE).
These rules sit in the rule table (`rules.py`) before the decade, century, season and month
rules whose words they contain.
"""

from __future__ import annotations

import re

from timeline_cli.temporal.eras import (
    LAST_MIRRORED_BC, bc_years_edtf, edtf_year, mirror_century, mirror_decade, mirror_year,
)
from timeline_cli.temporal.specs import DateSpec, Groups, Rule, SeasonSpec, Spec, ValueSpec

from .vocab import MODIFIERS, MONTHS, ORDINALS, SEASONS

_BC = r"b\.c\.e\.?|b\.c\.?|bce|bc"
_AD_AFTER = r"a\.d\.?|ad|c\.e\.?|ce"
_ERA_WORD = re.compile(r"B\.C\.E\.?|B\.C\.?|BCE|BC|A\.D\.?|AD|C\.E\.?|CE")
_CIRCA = re.compile(r"ca\.|c\.|circa", re.I)

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_MOD = r"(?P<mod>early|mid|late|ca\.|c\.|circa|about|around|approximately)"
_ORDINAL_WORDS = "|".join(sorted((w for w in ORDINALS if ORDINALS[w] <= 40), key=len, reverse=True))


def _era_ok(g: Groups) -> str | None:
    """'BC' or 'AD' for an era word written in capitals, else None ("bc" is chat for because)."""
    word = g.get("era") or g.get("era2") or ""
    if not _ERA_WORD.fullmatch(word):
        return None
    return "BC" if word.startswith("B") else "AD"


def _mod(g: Groups) -> str:
    word = g.get("mod")
    if not word:
        return ""
    if _CIRCA.fullmatch(word):
        return "APPROX"
    key = " ".join(word.lower().split())
    key = re.sub(r"^the\s+|\s+of(?:\s+the)?$", "", key)
    return MODIFIERS.get(key, "")


def _month(word: str | None) -> int | None:
    if not word:
        return None
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS.get(key[:3])


def b_era_year(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """"490 BC", "April 480 BC", "10 June 479 BC", "the spring of 480 BC", "AD 9", "9 CE"."""
    era = _era_ok(g)
    y = int(g.get("y") or g.get("y2") or 0)
    if era is None or y < 1:
        return None
    m = _month(g.get("month") or g.get("month2"))
    dtext = g.get("day") or g.get("day2")
    d = int(re.match(r"\d+", dtext).group()) if dtext else None  # type: ignore[union-attr]
    season = g.get("season")
    mod = _mod(g)
    if era == "BC":
        if y > LAST_MIRRORED_BC:
            # beyond the mirror: no story counts from it; the year alone
            return ValueSpec(value=f"BC{y:04d}", edtf=edtf_year(1 - y), mod=mod)
        y = mirror_year(y)
    if season:
        return SeasonSpec(s=SEASONS[season.lower()], y=y, mod=mod)
    return DateSpec(y=y, m=m, d=d if m else None, mod=mod)


def b_era_range_start(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """The first year of "499-493 BC", "from 499 to 493 BC", "496 and 495 BC": BC too."""
    if not _ERA_WORD.fullmatch(g["era"]) or not g["era"].startswith("B"):
        return None
    y = int(g["y"])
    if not 1 <= y <= LAST_MIRRORED_BC or y < int(g["y2"]):
        return None  # counted down: "499-493 BC"; "10-12 BC" is no range of years
    return DateSpec(y=mirror_year(y))


def b_era_decade(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """"the 470s BC" -> BC047; "the 60s AD" -> 006."""
    era = _era_ok(g)
    if era is None:
        return None
    d = int(g["dec"]) // 10
    if era == "BC":
        if d * 10 > LAST_MIRRORED_BC:
            return None
        return ValueSpec(value=f"{mirror_decade(d)}", mod=_mod(g))
    return ValueSpec(value=f"{d:03d}", edtf=f"{d:03d}X" if d else "0001/0009", mod=_mod(g))


def b_era_century(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """"the 4th century BC" -> BC03 (TIMEX2 counts centuries from 0, as 19 for the 1900s);
    "the first millennium BC" -> BC0; "the 2nd century AD" -> 01."""
    era = _era_ok(g)
    n = int(g["n"]) if g.get("n") else ORDINALS.get(" ".join((g.get("nword") or "").lower().split()), 0)
    if era is None or not 1 <= n <= 40:
        return None
    c = n - 1
    mod = _mod(g)
    if g["unit"].lower().startswith("millenn"):
        if era == "BC":
            return ValueSpec(value=f"BC{c}", edtf=bc_years_edtf(1000 * c + 999, max(1, 1000 * c)), mod=mod)
        return ValueSpec(value=f"{c}", edtf=f"{max(1, 1000 * c):04d}/{1000 * c + 999:04d}", mod=mod)
    if era == "BC":
        if 100 * c > LAST_MIRRORED_BC:
            return ValueSpec(value=f"BC{c:02d}", edtf=bc_years_edtf(100 * c + 99, 100 * c), mod=mod)
        return ValueSpec(value=f"{mirror_century(c):02d}", mod=mod)
    return ValueSpec(value=f"{c:02d}", edtf=f"{c:02d}XX" if c else "0001/0099", mod=mod)


# what every era rule needs in a text: an era word in capitals (the builders refuse lower
# case). A text without one never tries these rules (temporal/specs.py, Rule.gate); a
# pattern that starts with capital letters is found by a quick skip over the text.
_GATE = r"(?:B\.?C|A\.?D|C\.?E)(?![A-Za-z])"

_BOUND = r"(?:the\s+)?(?P<mod>early|mid|late|end\s+of(?:\s+the)?|beginning\s+of(?:\s+the)?|start\s+of(?:\s+the)?|middle\s+of(?:\s+the)?)[-\s]+"

ERA_RULES: tuple[Rule, ...] = (
    Rule("era-year",
         r"(?:" + _MOD + r"(?:(?<=\.)\s*|[-\s]+))?(?:(?P<month>" + _MONTH + r")\s+(?:(?P<day>" + _DAY + r"),?\s+)?"
         r"|(?P<day2>" + _DAY + r")\s+(?:of\s+)?(?P<month2>" + _MONTH + r"),?\s+"
         r"|(?:the\s+)?(?P<season>" + _SEASON + r")\s+(?:of\s+)?)?"
         r"(?P<y>\d{1,4})\s*(?P<era>" + _BC + "|" + _AD_AFTER + r")(?![\w-])"
         r"|(?P<era2>a\.d\.?|ad)\s+(?P<y2>\d{1,4})(?![\d.,:]?\d)",
         b_era_year, gate=_GATE,
         examples=(("The battle was fought in 490 BC.", "490 BC", "DATE", "BC0490"),
                   ("Carthage fell in 146 B.C. after a siege.", "146 B.C.", "DATE", "BC0146"),
                   ("The Persian army crossed in April 480 BC.", "April 480 BC", "DATE", "BC0480-04"),
                   ("The congress met in the spring of 480 BC.", "the spring of 480 BC", "DATE", "BC0480-SP"),
                   ("The peace dates to ca. 466 BC.", "ca. 466 BC", "DATE", "BC0466"),
                   ("Varus lost three legions in AD 9.", "AD 9", "DATE", "0009"),
                   ("The emperor died in 14 CE.", "14 CE", "DATE", "0014"),
                   ("It was founded in 753 BCE.", "753 BCE", "DATE", "BC0753")),
         negatives=("She lives in Vancouver, BC with her family.", "BC Hydro raised its rates.",
                    "A.D. Miller wrote the novel.", "The CE mark on the label is required.",
                    "late 2 bc traffic was bad", "They ran 30 ad spots.")),
    Rule("era-range-start",
         r"(?P<y>\d{1,4})(?=\s*(?:[-–—]|to|and|or|until|till)\s*(?P<y2>\d{1,4})\s*(?P<era>b\.c\.?|bce?)(?![\w-]))",
         b_era_range_start, gate=_GATE,
         examples=(("The revolt lasted from 499 to 493 BC.", "499", "DATE", "BC0499"),
                   ("Sparta helped in 396-395 BC.", "396", "DATE", "BC0396"))),
    Rule("era-decade",
         r"(?:" + _BOUND + r")?(?:the\s+)?(?P<dec>\d{1,3}0)['’]?s\s+(?P<era>" + _BC + "|" + _AD_AFTER + r")(?![\w-])",
         b_era_decade, gate=_GATE,
         examples=(("The league campaigned throughout the 470s BC.", "the 470s BC", "DATE", "BC047"),
                   ("Towards the end of the 460s BC, Athens sent a fleet.", "the end of the 460s BC", "DATE", "BC046"))),
    Rule("era-century",
         r"(?:" + _BOUND + r")?(?:the\s+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<nword>" + _ORDINAL_WORDS + r"))[-\s]+"
         r"(?P<unit>century|centuries|millennium|millennia)\s+(?P<era>" + _BC + "|" + _AD_AFTER + r")(?![\w-])",
         b_era_century, gate=_GATE,
         examples=(("Even during the 4th century BC the treaty was doubted.", "the 4th century BC", "DATE", "BC03"),
                   ("Carthage was founded in the 9th century BC.", "the 9th century BC", "DATE", "BC08"),
                   ("It was built in the second century AD.", "the second century AD", "DATE", "01"),
                   ("Farming spread in the first millennium BC.", "the first millennium BC", "DATE", "BC0"))),
)


# (the era-year rule found by its name, not its place in the table)
_LEADING_ERA_YEAR = re.compile(next(r.pattern for r in ERA_RULES if r.name == "era-year"), re.IGNORECASE)


def leading_era_date(text: str) -> tuple[int, bool] | None:
    """(end, year only) of a date with an era at the very start of TEXT, as the era-year rule
    reads it in documents ("44 BC", "15 March 44 BC", "AD 9", "9 CE"; the era word in
    capitals), else None: `timeline add "44 BC: Caesar murdered"`. Not "BC Hydro said ..."
    (no year), "44 BC-registered cars" (the rule's era word ends the word), "44 bc" (lower case)."""
    m = _LEADING_ERA_YEAR.match(text)
    if m is None or _era_ok(Groups(m.groupdict())) is None:
        return None
    g = m.group
    return m.end(), not (g("month") or g("month2") or g("season"))
