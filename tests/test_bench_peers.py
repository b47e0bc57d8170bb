"""bench/peers.py: the peers' TIMEX3 mapping rules, and a run with no peer installed."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"


def _peers():
    spec = importlib.util.spec_from_file_location("bench_peers", ROOT / "bench" / "peers.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_peers", mod)
    spec.loader.exec_module(mod)
    return mod


peers = _peers()


@pytest.mark.parametrize("text, core", [
    ("on March 5, 1998", "March 5, 1998"),
    ("two days ago and", "two days ago"),
    (" in June, ", "June"),
    ("10 a.m.", "10 a.m."),
    ("on", "on"),          # a lone word is the peer's mention, kept as it is
    (", ", None),
])
def test_trim(text, core):
    span = peers.trim(text, 0, len(text))
    assert (text[span[0]:span[1]] if span else None) == core


@pytest.mark.parametrize("text, dt, typ, value", [
    ("June", datetime(2024, 6, 6), "DATE", "2024-06"),            # no day in the text
    ("June 6", datetime(2024, 6, 6), "DATE", "2024-06-06"),
    ("June 1998", datetime(1998, 6, 6), "DATE", "1998-06"),
    ("1998", datetime(1998, 3, 13), "DATE", "1998"),
    ("last week", datetime(1998, 3, 6), "DATE", "1998-W10"),
    ("Friday", datetime(1998, 3, 13), "DATE", "1998-03-13"),
    ("two years ago", datetime(1996, 3, 13), "DATE", "1996"),
    ("10 a.m. Friday", datetime(1998, 3, 13, 10), "TIME", "1998-03-13T10:00"),
    ("now", datetime(1998, 3, 13), "DATE", "PRESENT_REF"),
])
def test_precision_from_match_text(text, dt, typ, value):
    t = peers.from_datetime(text, 0, len(text), dt)
    assert (t.type, t.value) == (typ, value)


DCT = date(1998, 3, 11)  # a Wednesday


@pytest.mark.parametrize("kind, values, typ, value", [
    # the candidate nearest the document date
    ("date", [{"timex": "XXXX-WXX-5", "value": "1998-03-06"}, {"timex": "XXXX-WXX-5", "value": "1998-03-13"}],
     None, "1998-03-13"),
    ("daterange", [{"timex": "XXXX-06", "start": "1997-06-01", "end": "1997-07-01"},
                   {"timex": "XXXX-06", "start": "1998-06-01", "end": "1998-07-01"}], None, "1998-06"),
    ("datetimerange", [{"timex": "XXXX-WXX-5TEV", "start": "1998-03-06 16:00:00", "end": "1998-03-06 20:00:00"}],
     None, "1998-03-06TEV"),
    ("datetime", [{"timex": "1998-03-05T10", "value": "1998-03-05 10:00:00"}], None, "1998-03-05T10:00"),
    ("time", [{"timex": "T10", "value": "10:00:00"}], None, "1998-03-11T10:00"),
    ("daterange", [{"timex": "(1998-07-01,1998-10-01,P3M)", "start": "1998-07-01", "end": "1998-10-01"}],
     "DATE", "1998-Q3"),
    ("daterange", [{"timex": "(1996-03-11,1998-03-11,P2Y)", "start": "1996-03-11", "end": "1998-03-11"}],
     "DURATION", "P2Y"),
    ("daterange", [{"timex": "SU", "value": "not resolved"}], "DATE", "1998-SU"),
    ("duration", [{"timex": "P21", "value": "630720000"}], None, "P20Y"),  # its unit-less decades
    ("set", [{"timex": "P1W", "value": "not resolved"}], None, "P1W"),
    ("datetime", [{"timex": "PRESENT_REF", "value": "1998-03-11 00:00:00"}], None, "PRESENT_REF"),
])
def test_recognizers_value(kind, values, typ, value):
    assert peers.recognizers_value(kind, {"values": values}, DCT) == (typ, value)


def test_recognizers_value_unresolved():
    assert peers.recognizers_value("timerange", None, DCT) == (None, "")


@pytest.mark.corpus
def test_runs_without_peers(tmp_path, capsys):
    if not (CORPORA / "timebank.jsonl").exists():
        pytest.skip(f"{CORPORA} is absent (corpora live in ../shared/corpora beside the repository)")
    out = tmp_path / "peers.json"
    assert peers.main(["--corpus", "timebank", "--limit", "3", "--peers", "", "--json", str(out)]) == 0
    assert "| timebank | 3 (sample) | ours |" in capsys.readouterr().out
    assert out.exists()
