"""The parser engine knows no language: English is a pack behind `timeline_cli.lang`, and a
second language is added by registering a pack, without touching the engine."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Callable

import pytest

import timeline_cli as tl
from timeline_cli import lang
from timeline_cli.temporal.events import document_events
from timeline_cli.temporal.extract import extract
from timeline_cli.temporal.specs import DateSpec, RelSpec

SRC = Path(__file__).resolve().parents[1] / "src" / "timeline_cli"
ENGINE = ["extract.py", "resolve.py", "events.py", "sentences.py", "docdate.py", "attribution.py",
          "boilerplate.py"]


@pytest.mark.parametrize("name", ENGINE)
def test_engine_modules_import_no_language_pack(name):
    """No engine module imports lang.en (or the old temporal.rules.en) at any level."""
    tree = ast.parse((SRC / "temporal" / name).read_text(encoding="utf-8"))
    imported = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            mod = ("." * node.level) + (node.module or "")
            imported.append(mod)
            imported.extend(f"{mod}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            imported.extend(a.name for a in node.names)
    bad = [m for m in imported if re.search(r"(^|\.)(lang\.en|rules\.en|rules)(\.|$)", m)]
    assert not bad, f"{name} imports English: {bad}"
    # and no string names the English pack (an importlib.import_module("...lang.en") detour)
    text = (SRC / "temporal" / name).read_text(encoding="utf-8")
    assert "lang.en" not in text and "rules.en" not in text


# ---------------------------------------------------------------- a toy pack
@dataclass(frozen=True)
class ToyRule:
    name: str
    pattern: str
    build: Callable


_MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
         "octobre", "novembre", "décembre")


def _date(g, text, s, e):
    return DateSpec(y=int(g["year"]) if g.get("year") else None, m=_MOIS.index(g["mois"]) + 1, d=int(g["day"]))


def _hier(g, text, s, e):
    return RelSpec(unit="day", n=-1)


TOY = SimpleNamespace(
    RULES=(
        ToyRule("jour mois année", r"(?:le\s+)?<DAY>\s+<MOIS>(?:\s+<YEAR>)?", _date),
        ToyRule("hier", r"hier", _hier),
    ),
    MACROS={"DAY": r"3[01]|[12]\d|0?[1-9]", "MOIS": "|".join(_MOIS), "YEAR": r"\d{4}"},
    # no trigger or start words: the scanner derives them from the patterns
    TENSE_MARKERS=re.compile(r"(?P<past>\ba\s+\w+é\b)|(?P<fut>\bva\b)"),
    WEAK_MARKER_PENALTY=30,
    REPORTED_BEFORE=re.compile(r"\ba\s+dit\b[^.;]*$"),
    UNTIL_BEFORE=re.compile(r"\bjusqu'(?:au|à)\s+$"),
    SCENE_BEFORE=re.compile(r"(?:\ben\s+)$"),
    SCENE_FOLLOWERS=frozenset({"le", "la", "les", "il", "elle"}),
    # the document-date finder: month names and header keys
    MONTHS={m: i for i, m in enumerate(_MOIS, 1)},
    HEADER_WEEKDAYS=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    HEADER_KEYS={"publié le": 1, "date": 1, "mis à jour": 5},
    ORDINAL_SUFFIX=r"(?:er)?",
    DAY_OF="",
    TIME_AT=r"(?:à\s+)?",
    AM_PM="",
)


@pytest.fixture
def toy():
    lang.register("xx-toy", TOY)
    yield "xx-toy"
    lang.unregister("xx-toy")


def test_a_toy_pack_extracts_through_the_engine(toy):
    text = "Le ministre a annoncé le 4 novembre 2024 sa démission. Hier, il a quitté Paris."
    found = [(t.text, t.type, t.value) for t in extract(text, date(2024, 11, 6), lang=toy)]
    assert found == [("le 4 novembre 2024", "DATE", "2024-11-04"), ("Hier", "DATE", "2024-11-05")]
    # the English pack reads none of it as a date, and the toy pack no English
    assert [t.text for t in extract(text, date(2024, 11, 6))] == ["2024"]  # a bare year at most
    assert extract("He left on 4 November 2024.", date(2024, 11, 6), lang=toy) == []


def test_a_pack_object_can_be_passed_directly():
    found = extract("le 4 novembre", date(2024, 11, 6), lang=TOY)
    assert [(t.text, t.value) for t in found] == [("le 4 novembre", "2024-11-04")]


def test_the_public_api_routes_to_the_pack(toy):
    text = "Le ministre a démissionné le 4 novembre 2024."
    assert [t.value for t in tl.extract(text, reported=date(2024, 11, 6), lang=toy)] == ["2024-11-04"]
    events = tl.document_events(text, reported=date(2024, 11, 6), source="a.txt", lang=toy)
    assert [e.text for e in events] == [text]
    assert "2024-11-04" in str(events[0].when)
    assert document_events(text, reported=date(2024, 11, 6), source="a.txt", lang=toy) == events


def test_the_document_date_is_read_in_the_pack(toy):
    from timeline_cli.temporal.docdate import find_document_date

    text = "Publié le : mardi 5 novembre 2024\n\nLe ministre a démissionné hier."
    found = find_document_date(text, lang=toy)
    assert found is not None and found.date == date(2024, 11, 5)
    assert find_document_date(text) is None  # English knows neither the key nor the month


def test_unknown_codes_are_refused_and_english_is_the_default():
    with pytest.raises(ValueError, match="no language pack for 'zz'"):
        lang.get("zz")
    assert "en" in lang.available()
    assert lang.get() is lang.get("en")
    assert lang.get("en").RULES  # English is a pack like any other


def test_importing_the_engine_does_not_compile_english():
    """The registry and the extractor import without the rule table (it compiles on first use),
    and `timeline --version` imports neither."""
    code = ("import sys, timeline_cli.temporal.extract; "
            "print(sorted(m for m in sys.modules if m.startswith('timeline_cli.lang')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "timeline_cli.lang.en.rules" not in out


def test_version_loads_no_language_pack():
    code = ("import sys\nfrom timeline_cli.cli import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(repr(sorted(m for m in sys.modules if m.startswith('timeline_cli.'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.startswith("timeline "), done
    loaded = eval(done.stderr)  # noqa: S307 - our own repr of a list of names
    assert not [m for m in loaded if m.startswith(("timeline_cli.lang", "timeline_cli.temporal"))], loaded
