"""Language packs: everything a language contributes to the parser, behind one small protocol.

The engine (`timeline_cli.temporal`) knows no language. It asks this registry for a pack,
`lang.get("en")`, and reads the pack's attributes; a pack is any object that has them (a
module, a class instance, a `types.SimpleNamespace`). English lives in `timeline_cli.lang.en`.

A new language is a new package (or any object) registered under its code:

    from timeline_cli import lang
    lang.register("fr", "my_project.lang_fr")     # a module path, imported on first use
    lang.register("xx", pack_object)              # or the pack itself

then `timeline_cli.extract(text, reported=..., lang="fr")`.

What the scanner and resolver read (`temporal/extract.py`, `temporal/resolve.py`):

- `RULES`: a sequence of rules (`temporal.specs.Rule`, or anything with `.pattern` and
  `.build`): `.pattern` is a regex over the lower-cased text, written with `<MACRO>` /
  `<MACRO:name>` placeholders; `.build(groups, text, start, end)` returns a typed spec from
  `temporal.specs` (`DateSpec(y=2024, m=11, d=4)`, `RelSpec(unit="day", n=-1)` ...) or None;
- `MACROS`: placeholder name -> regex;
- `STOP_WORDS` (optional): the language's most frequent words, which the scanner's prefilter
  (derived from the patterns, `temporal/prefilter.py`) avoids as triggers; `SCAN_GAPS`
  (optional): words the prefilter leaves out though rules match them;
- `TENSE_MARKERS`: a regex whose named groups are `past`, `fut`, `weakpast`, `weakfut`
  (the tense of a clause), and `WEAK_MARKER_PENALTY`;
- `HOLIDAYS`: holiday name (as the rules put it in a spec) -> (month, day) or the key of a
  movable feast in `temporal.resolve.MOVABLE_HOLIDAYS`; `duration_value(n, unit)`: the
  TimeML duration of n units;
- narration cues (`REPORTED_BEFORE`, `UNTIL_BEFORE`, `SCENE_BEFORE`, `SCENE_FOLLOWERS`):
  "police said Friday", "until the autumn", "In 1941, the army ..."; optional:
  `SINCE_BEFORE` ("since March": never after the report), `DEADLINE_BEFORE` with
  `PAST_PERFECT` ("through January": the coming one, unless "had ..." tells a past).

What the rest of the engine reads:

- sentences (`temporal/sentences.py`): `ABBREVIATIONS`, `NUMBER_ABBREVIATIONS`,
  `SENTENCE_OPENERS`;
- attribution (`temporal/attribution.py`): `find_claimant(sentence) -> str`, and
  `REPORTING_VERBS` (a line of them is a statement, not a heading);
- events (`temporal/events.py`): `BOILERPLATE_RE`, `BOILERPLATE_WORDS`, `VERBISH_RE`,
  `META_BACK_RE`, `META_FORWARD_RE`, and `RANGE_LINK` (groups `to`, `and`, `dash`),
  `RANGE_FROM` (groups `from`, `between`), `RANGE_CHANGE`, and `SPEAKER_LABEL_RE` (optional: an
  interview's "Name: " before a question);
- page furniture (`temporal/boilerplate.py`, optional): `BOILERPLATE_LINE_RE` (bylines,
  copyright lines, photo credits: never an event) and `BOILERPLATE_LINE_WORDS`;
- document dates (`temporal/docdate.py`): `MONTHS` (word -> number), `HEADER_WEEKDAYS`,
  `HEADER_KEYS` (key -> rank), `INLINE_HEADER_KEY`, `ORDINAL_SUFFIX`, `DAY_OF`, `TIME_AT`, `AM_PM`,
  `HEADER_DATE_TAIL` (what may follow a header's date on its line: a byline).

Attributes a registered pack leaves out are taken from the default pack (English), so a
small pack needs only `RULES` and `MACROS`.
"""

from __future__ import annotations

import importlib
from typing import Any, Protocol

DEFAULT = "en"
# Packs shipped with timeline: code -> module, imported on first use (start-up stays cheap).
_BUILTIN: dict[str, str] = {"en": "timeline_cli.lang.en"}
_registered: dict[str, Any] = {}
_loaded: dict[str, Any] = {}


class LanguagePack(Protocol):
    """The attributes the engine reads (see the module docstring)."""

    RULES: Any
    MACROS: dict[str, str]
    TENSE_MARKERS: Any
    WEAK_MARKER_PENALTY: int
    HOLIDAYS: dict


class _WithFallback:
    """A pack that lacks some attributes, completed from the default pack."""

    def __init__(self, pack: Any, fallback: Any):
        self._pack, self._fallback = pack, fallback

    def __getattr__(self, name: str) -> Any:
        try:
            return getattr(self._pack, name)
        except AttributeError:
            return getattr(self._fallback, name)


def register(code: str, pack: Any) -> None:
    """Make `code` name a pack: the pack object itself, or a module path imported on first use."""
    _registered[code] = pack
    _loaded.pop(code, None)


def unregister(code: str) -> None:
    _registered.pop(code, None)
    _loaded.pop(code, None)


def available() -> tuple[str, ...]:
    """Codes of every pack that `get` can return."""
    return tuple(dict.fromkeys([*_BUILTIN, *_registered]))


def get(code: Any = DEFAULT) -> Any:
    """The pack for a language code (a pack object passes through unchanged).

    Raises ValueError for an unknown code."""
    if not isinstance(code, str):
        return code
    pack = _loaded.get(code)
    if pack is not None:
        return pack
    src = _registered.get(code, _BUILTIN.get(code))
    if src is None:
        raise ValueError(f"no language pack for {code!r} (available: {', '.join(available())})")
    pack = importlib.import_module(src) if isinstance(src, str) else src
    if code != DEFAULT:
        pack = _WithFallback(pack, get(DEFAULT))
    _loaded[code] = pack
    return pack
