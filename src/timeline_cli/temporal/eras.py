"""Years before Christ inside the extractor: a mirror the resolver can count in.

The resolver does its calendar arithmetic on 4-digit years 1-9999 (Python dates, `%04d`
values). A year BC is therefore read, while a text is resolved, as a year of a *mirror*
range: N BC (astronomical year 1 - N, 490 BC = -489) is year `MIRROR_BASE - N`. The mirror
runs forwards like real time, so "the following year" after 490 BC (8509) is 8510 = 489 BC,
"a decade earlier" is 500 BC, and story time (the reference, "that summer", "the next
day") works unchanged. Its decades and centuries line up with BC ones (8999 - N: the 480s
BC, 489..480 BC, are mirror years 8510..8519, one mirror decade), so "the following decade"
after the 490s BC is the 480s BC.

Values leave the extractor (`public`) in the TIMEX2 convention the WikiWars gold uses,
`BC0490`, `BC048` (the 480s BC), `BC04` (the 5th century BC), `BC0480-SP`, with EDTF in
astronomical years (`-0489`; a BC decade or century, which EDTF's X digits cannot express,
as an interval of years). No rule names a year at or above MIRROR_LOW except the era rules
(the year macros stop at 2099); a document date that far ahead could still count its way
up there ("yesterday" in 9999), so the extractor maps values back only in a document with
an era mention and a date before MIRROR_LOW.
"""

from __future__ import annotations

import re

MIRROR_BASE = 8999  # N BC -> 8999 - N (9, 99 and 999 mod 10, 100, 1000: decades line up)
MIRROR_LOW = 5000  # mirror years from here up are years BC (3999 BC .. 1 BC)
LAST_MIRRORED_BC = MIRROR_BASE - MIRROR_LOW  # 3999 BC: older years get a fixed value


def mirror_year(bc: int) -> int:
    """The mirror year of `bc` BC (1 <= bc <= LAST_MIRRORED_BC)."""
    return MIRROR_BASE - bc


def mirror_decade(bc_decade: int) -> int:
    """"the 470s BC" (47) -> the mirror decade (852: years 8520..8529)."""
    return MIRROR_BASE // 10 - bc_decade


def mirror_century(bc_century: int) -> int:
    """TIMEX2 century index BC (3 for the 4th century BC, 399..300 BC) -> the mirror century."""
    return MIRROR_BASE // 100 - bc_century


def mirrored(spec: object) -> bool:
    """Is this spec an era rule's year BC (in the mirror)? Only those name a year this high."""
    y = getattr(spec, "y", None)
    if isinstance(y, int):
        return y >= MIRROR_LOW
    value = getattr(spec, "value", "")
    return isinstance(value, str) and value.isdigit() and int(value.ljust(4, "0")) >= MIRROR_LOW


def astro(year: int) -> int:
    """The astronomical year of a year the resolver handed out (490 BC: -489)."""
    return year - MIRROR_BASE + 1 if year >= MIRROR_LOW else year


def bc_years_edtf(first_bc: int, last_bc: int) -> str:
    """EDTF interval of the years first_bc BC .. last_bc BC (first_bc >= last_bc)."""
    return f"{edtf_year(1 - first_bc)}/{edtf_year(1 - last_bc)}"


def edtf_year(a: int) -> str:
    """EDTF year of astronomical year a (-489 -> -0489, 0 -> 0000)."""
    return f"-{-a:04d}" if a < 0 else f"{a:04d}"


_YEARISH = re.compile(r"(?P<y>\d{4})(?P<rest>(?:-[0-9A-Z]+)*(?:T.*)?)")
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d\d")


def public(value: str, edtf: str | None) -> tuple[str, str | None]:
    """The TIMEX2 value and EDTF of what the resolver returned (unchanged unless mirrored)."""
    m = _YEARISH.fullmatch(value)
    if m is not None:
        y = int(m.group("y"))
        if y < MIRROR_LOW:
            return value, edtf
        rest = m.group("rest")
        if rest == "-WI":
            # a winter BC runs from December into the next year, 481 BC into 480 BC: TIMEX2
            # names it by the year its January falls in ("the winter" of 480 BC)
            y += 1
        return f"BC{MIRROR_BASE - y:04d}{rest}", _public_edtf(edtf)
    if _DECADE.fullmatch(value) and int(value) >= MIRROR_LOW // 10:
        d = MIRROR_BASE // 10 - int(value)
        return f"BC{d:03d}", bc_years_edtf(10 * d + 9, max(1, 10 * d))
    if _CENTURY.fullmatch(value) and int(value) >= MIRROR_LOW // 100:
        c = MIRROR_BASE // 100 - int(value)
        return f"BC{c:02d}", bc_years_edtf(100 * c + 99, max(1, 100 * c))
    return value, edtf


def _public_edtf(edtf: str | None) -> str | None:
    if edtf is None:
        return None
    return "/".join(_public_side(side) for side in edtf.split("/"))


_EDTF_SIDE = re.compile(r"(?P<q>[~?%]?)(?P<y>\d{4})(?P<rest>.*)")


def _public_side(side: str) -> str:
    m = _EDTF_SIDE.fullmatch(side)
    if m is None or int(m.group("y")) < MIRROR_LOW:
        return side
    return m.group("q") + edtf_year(astro(int(m.group("y")))) + m.group("rest")
