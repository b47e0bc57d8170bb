"""A very large text read a window at a time (temporal/stream.py) gives exactly what one pass of
`extract` gives: the story state carried across windows, the document-wide facts (years BC,
history sections) counted first. Checked on the corpora with windows far smaller than their
documents, and through `timeline extract` with the window size lowered."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import CORPORA, corpus_docs
from timeline_cli.temporal import stream
from timeline_cli.temporal.extract import extract
from timeline_cli.temporal.stream import extract_windows



def _windowed(text: str, reported: date, **kw) -> list:
    return [t for part in extract_windows(text, reported, **kw) for t in part]


@pytest.mark.corpus
@pytest.mark.parametrize("mode", ["auto", "news", "narrative"])
def test_wikiwars_histories_windowed_equal_whole(mode, monkeypatch):
    # long narratives: the story's year, the time under discussion and "deixis" cross windows;
    # sentence breaks kept for a stretch of 200 characters only
    monkeypatch.setattr(stream._SlidingBreaks, "KEEP", 200)
    for text, reported in corpus_docs("wikiwars-dev"):
        whole = extract(text, reported, mode=mode)
        assert _windowed(text, reported, mode=mode, window=3) == whole


@pytest.mark.corpus
@pytest.mark.parametrize("name,limit", [("timebank", None), ("aquaint", None), ("tweets-train", 300),
                                        ("te3-silver", 300)])
def test_news_windowed_equal_whole(name, limit):
    for text, reported in corpus_docs(name, limit):
        assert _windowed(text, reported, window=1) == extract(text, reported)


@pytest.mark.corpus
def test_one_long_text_of_many_documents(monkeypatch):
    # news and histories joined under headings: history sections, news sections and the
    # whole-text verdict are the joined text's; a document written before 500 brings years BC
    monkeypatch.setattr(stream._SlidingBreaks, "KEEP", 500)
    parts = [text for text, _ in corpus_docs("wikiwars-dev")[:4]] + [text for text, _ in corpus_docs("timebank", 20)]
    text = "".join(f"\nSection {i}\n{part}\n" for i, part in enumerate(parts))
    text += "\nAntiquity\nThe Persians landed at Marathon in 490 BC. Athens won in September.\n"
    for reported in (date(2010, 5, 1), date(300, 1, 1)):
        for mode in ("auto", "news"):
            whole = extract(text, reported, mode=mode)
            assert len(whole) > 500
            assert _windowed(text, reported, mode=mode, window=50) == whole


def test_a_text_without_sentence_breaks_is_cut_all_the_same():
    text = "troops moved on 24 october and on 25 october, officials said. " * 300  # no capital: no break
    found = list(extract_windows(text, date(2024, 11, 6), window=40))
    assert len(found) > 5 and max(map(len, found)) <= 80
    assert [t for part in found for t in part] == extract(text, date(2024, 11, 6))


def test_extract_streams_a_large_document(tl, tmp_path, monkeypatch):
    if not (CORPORA / "wikiwars-dev.jsonl").exists():
        pytest.skip("corpora absent")
    text = corpus_docs("wikiwars-dev")[0][0]
    doc = tmp_path / "war.txt"
    doc.write_text(text, encoding="utf-8")
    args = ("extract", str(doc), "--reported", "2009-12-19", "--format", "jsonl")
    whole = tl(*args, store=False)
    monkeypatch.setattr(stream, "STREAM_FROM", 1000)  # this document is "very large"
    monkeypatch.setattr(stream, "WINDOW", 5)
    calls = []
    real = stream.extract_windows
    monkeypatch.setattr(stream, "extract_windows", lambda *a, **kw: calls.append(1) or real(*a, **kw))
    windowed = tl(*args, store=False)
    assert windowed.exit_code == 0, windowed.output
    assert windowed.stdout == whole.stdout and len(whole.stdout.splitlines()) > 100
    assert calls == [1]  # it went through the windows
