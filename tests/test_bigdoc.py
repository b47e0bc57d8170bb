"""A very large document (issue 17 item 4): the scanner's group-free probe (extract._Compiled.probe)
changes no mention, and the stream's time per byte does not grow with the document.

A long text is scanned a piece at a time (extract._scan_pieces); there, each start is first tried
with the combined pattern stripped of its named groups, which fails 2-2.5x faster at a start like
"the" that many rules may begin with (a text of one repeated sentence spent ~45% of its `ingest`
CPU in such failed tries). `bench/bench_scale.py --only big` measures it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from _linear import assert_linear
from timeline_cli.temporal import extract as X
from timeline_cli.temporal.stream_events import stream_events

SEED = next(p for p in sorted((Path(__file__).resolve().parents[1] / "seeds").iterdir())
            if p.suffix == ".txt").read_text(encoding="utf-8")
# every kind of rule the pack has: numeric dates with a repeated separator (the one
# back-reference), years BC, times, durations, sets, ranges, seasons, relative days
MIXED = ("On 12/03/2024 and 12-03-24 (not 12-03/24), from 499-493 BC to AD 14, at 10:30 pm, "
         "for three weeks, every Monday, October 8-13, in the summer of 2019, the day before "
         "yesterday, about 20 years ago, the late 1990s, Q3 2021, the 2nd Armoured Division, "
         "50 percent, +1 555 123 4567, the coming days, mid-March, the night of 6 June 1944. ")


@pytest.mark.parametrize("text", [SEED, MIXED * 3, "The troops moved along the river on 24 October 2024. " * 20],
                         ids=["article", "every rule", "one sentence"])
def test_the_probe_matches_exactly_where_the_scanner_does(text):
    c = X.compiled()
    low = text.lower()
    for pattern in {c.lite, c.pattern}:
        probe = c.probe(pattern)
        # no named group left but those a back-reference needs ("12-03-24": the same separator)
        kept = set(X._GROUP.findall(probe.pattern))
        assert kept == set(X._BACKREF.findall(pattern.pattern)) and len(kept) < len(X._GROUP.findall(pattern.pattern))
        for i in range(len(low)):
            m, p = pattern.match(low, i), probe.match(low, i)
            assert (m is None) == (p is None), (i, low[i:i + 30])
            if m is not None:
                assert m.span() == p.span(), (i, low[i:i + 30])


def test_a_long_text_is_scanned_with_the_probe_and_finds_the_same(monkeypatch):
    text = (SEED + "\n\n" + MIXED) * 4
    monkeypatch.setattr(X, "_PIECE", 1 << 11)  # this text is "long": scanned in pieces
    made = []
    real = X._Compiled.probe
    monkeypatch.setattr(X._Compiled, "probe", lambda self, p: made.append(p) or real(self, p))
    with_probe = list(X.scan(text))
    assert made  # (the piecewise scan asked for it)
    monkeypatch.setattr(X._Compiled, "probe", lambda self, p: None)
    without = list(X.scan(text))
    assert with_probe == without and len(without) > 50
    monkeypatch.setattr(X, "_PIECE", 1 << 20)
    assert list(X.scan(text)) == without  # (and the whole text scanned at once)


@pytest.mark.slow
def test_the_stream_of_one_repeated_sentence_is_linear(monkeypatch):
    # A document of one sentence repeated, as ingest reads a file of more than 8 MB (pieces,
    # windows, stretches): twice the text must not take four times as long.
    monkeypatch.setattr(X, "_PIECE", 1 << 14)
    unit = "The troops moved along the river on 24 October 2024, officials said. "

    def make(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    assert_linear(lambda text: list(stream_events(text, source="x", reported=date(2024, 11, 6))), make,
                  what="stream_events, one sentence repeated")
