"""A very large document ingested as a stream (temporal/stream_events.py) gives exactly the events
`document_events` gives it whole: sentences split a stretch at a time, claimants read with a
bounded look-back and the document-wide facts (full names, quotation, framing) spilled, timexes a
window at a time. Checked on the corpora with stretches and windows far smaller than their
documents, on one long text of many documents, and through `timeline ingest`; the memory it takes
beyond the text is measured as traced allocations (no timing)."""

from __future__ import annotations

from datetime import date

import pytest

from _memory import traced_peak
from conftest import CORPORA, corpus_docs
from timeline_cli.lang.en import claimant_stream
from timeline_cli.lang.en.claimants import document_claimants
from timeline_cli.temporal import sentences as sentences_mod
from timeline_cli.temporal import stream
from timeline_cli.temporal.attribution import stream_claimants
from timeline_cli.temporal.events import document_events
from timeline_cli.temporal.sentences import MAX_SENTENCE, iter_sentences, split_sentences
from timeline_cli.temporal.stream_events import stream_events



def _streamed(text: str, reported: date, **kw) -> list:
    return list(stream_events(text, source="doc", reported=reported, window=3, chunk=300, **kw))


@pytest.mark.corpus
@pytest.mark.parametrize("name,limit", [("timebank", None), ("aquaint", None), ("wikiwars-dev", None),
                                        ("te3-silver", 300), ("tweets-train", 300)])
def test_corpus_streamed_equal_whole(name, limit):
    claimed = 0
    for text, reported in corpus_docs(name, limit):
        whole = document_events(text, source="doc", reported=reported)
        assert _streamed(text, reported) == whole
        claimed += sum(1 for e in whole if e.by)
    if name != "tweets-train":
        assert claimed > 20  # the claimant passes were exercised


@pytest.mark.corpus
def test_one_long_text_of_many_documents(monkeypatch):
    # Hundreds of news stories and histories joined: the Attributor forgets sentences far behind
    # (kept: 64), a surname is expanded from a full name given thousands of sentences away, the
    # first framing newspaper frames the rest, and --mode narrative reads story time throughout.
    parts = [text for text, _ in corpus_docs("aquaint")] + [text for text, _ in corpus_docs("wikiwars-dev")[:3]]
    text = "\n\n".join(parts)
    text += "\n\nThe report was written by Joy Baker, an obstetrician. Baker said the unit closed on May 3."
    reported = date(2000, 6, 1)
    for mode in ("auto", "narrative"):
        whole = document_events(text, source="doc", reported=reported,
                                extractor=None if mode == "auto" else _mode(mode))
        assert len(whole) > 1000
        assert _streamed(text, reported, mode=mode) == whole
    assert any(e.by == "Joy Baker" for e in whole)


def _mode(mode):
    from timeline_cli.temporal.extract import mode_extractor

    return mode_extractor(mode)


def test_document_wide_claimants_come_out_the_same():
    # a bare surname named in full only at the end; sound bites in a text without quotation
    # marks; a quotation over several sentences; a framing newspaper; "the board"
    transcript = ["Ann Lee reported from the port.", "Smith said the ship sank on Monday.",
                  "I saw it go down.", "We all did.", "The harbour closed."]
    quoting = ['"The rescue was slow.', 'We waited for hours," said Tom Reed.', "He said it twice.",
               "The Magna board of directors met.", "The board said the deal was off.",
               "The New York Times said in an editorial: the port must reopen.", "Ships waited.",
               "Later, John Smith arrived."]
    interview = ["Mr Malone teaches at MIT.", "The Economist: What do you mean by the word?",
                 "Thomas Malone: A supermind is a group of minds.", "We are surrounded by them.",
                 "The Economist: Why did you write it?", "Mr Malone: I wanted to show how groups think.",
                 '"Do you agree?" Smith asked Doe.', '"I agree with it fully," she replied.']
    for sentences in (transcript + ["John Smith left on Friday."], quoting, interview):
        streamed = [by for _, by in stream_claimants(enumerate(sentences))]
        assert streamed == document_claimants(sentences)
    assert [by for _, by in stream_claimants(enumerate(transcript + ["John Smith left."]))][1:4] == ["John Smith"] * 3


def test_the_attributor_forgets_but_reads_the_same(monkeypatch):
    # "the spokeswoman" and "the board" are the latest claimant naming them however far back
    # (here past 60 other claimants and 120 sentences): an index answers what the history did.
    monkeypatch.setattr(claimant_stream, "_KEEP", 41)  # the longest look-back (40) and one
    monkeypatch.setattr(claimant_stream, "_KEEP_HISTORY", 12)
    given = ["Ann", "Bob", "Carl", "Dora", "Emil", "Fay"]
    family = ["Smith", "Jones", "Brown", "Green", "White", "Black", "Gray", "Stone", "Hill", "Wood"]
    others = [f"{g} {f} said the talks went on." for g in given for f in family]
    sentences = ["An IBM spokeswoman said sales rose.", "The Magna board of directors said it agreed.",
                 *(x for o in others for x in (o, "Nothing else was said about it.")),
                 "The spokeswoman said it again.", "The board said so too."]
    streamed = [by for _, by in stream_claimants(enumerate(sentences))]
    assert streamed == document_claimants(sentences)
    assert streamed[-2:] == ["An IBM spokeswoman", "The Magna board of directors"]


@pytest.mark.corpus
def test_sentences_a_stretch_at_a_time_are_the_same():
    for name in ("wikiwars-dev", "aquaint"):
        for text, _ in corpus_docs(name):
            assert list(iter_sentences(text, chunk=200)) == split_sentences(text)
            assert list(iter_sentences(text, 50, len(text) - 50, chunk=100)) == split_sentences(text, 50, len(text) - 50)


def test_one_long_line_is_split_after_sentences_that_end_well_inside(monkeypatch):
    monkeypatch.setattr(sentences_mod, "_MARGIN", 40)
    line = "The troops moved on 24 October, officials said. Talks resumed in May! Why now? " * 400
    text = "Title\n\n" + line + "\nLast line."
    assert "\n" not in line and len(line) > 6 * 1000
    assert list(iter_sentences(text, chunk=1000)) == split_sentences(text)
    assert len(split_sentences(text)) > 1000


def test_a_run_without_a_sentence_end_is_cut_at_a_full_stop():
    run = "troops moved along the river on 24 october 2024, officials said. " * 200  # lower case: one "sentence"
    spans = split_sentences(run)
    assert len(spans) > 1 and max(e - s for s, e in spans) <= MAX_SENTENCE
    assert all(run[s:e].endswith("said.") for s, e in spans[:-1])
    assert all(run[s:e].startswith("troops") for s, e in spans)
    words = "word " * 2000  # no full stop: cut at a space
    assert [words[s:e].split()[-1] for s, e in split_sentences(words)] == ["word"] * len(split_sentences(words))
    assert len(split_sentences(words)) > 1
    # must not cut: a long sentence of ordinary length, or many ordinary sentences
    long = "The minister said " + ", ".join(f"item {i}" for i in range(300)) + " were delivered."
    assert len(long) < MAX_SENTENCE and split_sentences(long) == [(0, len(long))]


@pytest.mark.corpus
def test_a_long_text_is_scanned_a_piece_at_a_time(monkeypatch):
    # Each piece is lower-cased with the text around it (never the whole text at once); the
    # mentions are exactly those of one pass, across pieces of 300 characters.
    from timeline_cli.temporal import extract

    texts = [text for text, _ in corpus_docs("wikiwars-dev")[:4] + corpus_docs("tweets-train", 200)]
    texts.append("ΟΔΟΣ ΣΑΣ on 3 March 2020, ÉCOLE İstanbul 4 Μαΐου 2021 and in WİNTER 2019. " * 40)
    whole = [list(extract.scan(text)) for text in texts]
    monkeypatch.setattr(extract, "_PIECE", 300)
    assert [list(extract.scan(text)) for text in texts] == whole
    assert sum(map(len, whole)) > 500
    text, reported = corpus_docs("wikiwars-dev")[0]
    monkeypatch.setattr(extract, "_PIECE", 1 << 20)
    one_pass = extract.extract(text, reported)
    monkeypatch.setattr(extract, "_PIECE", 500)
    assert extract.extract(text, reported) == one_pass


def test_ingest_streams_a_large_document(tl, tmp_path, monkeypatch):
    if not (CORPORA / "aquaint.jsonl").exists():
        pytest.skip("corpora absent")
    doc = tmp_path / "archive.txt"
    doc.write_text("Date: 2000-06-01\n\n" + "\n\n".join(text for text, _ in corpus_docs("aquaint")[:30]), encoding="utf-8")
    whole = tl("ingest", str(doc))
    assert whole.exit_code == 0, whole.output
    expected = tl.store.read_bytes()
    tl.store.unlink()
    monkeypatch.setattr(stream, "STREAM_FROM", 1000)  # this document is "very large"
    calls = []
    real = stream_events

    import timeline_cli.temporal.stream_events as stream_events_mod

    monkeypatch.setattr(stream_events_mod, "stream_events", lambda *a, **kw: calls.append(1) or real(*a, **kw))
    streamed = tl("ingest", str(doc))
    assert streamed.exit_code == 0, streamed.output
    assert calls == [1]  # it went through the stream
    assert tl.store.read_bytes() == expected and expected.count(b"[[event]]") > 300
    assert b"\nby = " in expected


@pytest.mark.corpus
def test_memory_beyond_the_text_does_not_grow_with_it(monkeypatch):
    # Beyond the text, what the stream holds is bounded: the scanner's lower-cased pieces, the
    # sentences kept behind, the breaks kept (all made small here), or small per section of
    # the text. Measured: 1.25 bytes per added character (the text itself not counted), where
    # the whole-document path takes 5.4.
    from timeline_cli.temporal import extract

    monkeypatch.setattr(stream._SlidingBreaks, "KEEP", 2000)
    monkeypatch.setattr(extract, "_PIECE", 1 << 15)
    base = "\n\n".join(text for text, _ in corpus_docs("aquaint"))

    def run(text):
        return sum(1 for _ in stream_events(text, source="doc", reported=date(2000, 6, 1), window=2000, chunk=1 << 16))

    run(base)  # warm-up: compiled patterns, imports, caches
    sizes, peaks = [], []
    # the least of two peaks, over sizes three times apart: one peak moves by a few hundred KB
    # with the collector's timing and the caches' filling, which over a doubling of this text
    # alone was half a byte a character
    for copies in (2, 6):
        text = "\n\n".join([base] * copies)
        peaks.append(min(traced_peak(lambda: run(text)) for _ in range(2)))
        sizes.append(len(text))
    per_char = (peaks[1] - peaks[0]) / (sizes[1] - sizes[0])
    assert per_char < 2.0, f"{per_char:.2f} bytes of memory per added character: {peaks}"


def test_one_long_line_is_linear():
    # A text of one line (no line break for megabytes): each sentence's heading check read the
    # line from its start (quadratic: 8x for 2x the text); the stream's stretches must not
    # re-split it either.
    from _linear import assert_linear

    from timeline_cli.temporal.headings import is_heading

    line = "Troops moved on 24 October, officials said. The talks resumed! "

    def make(n: int) -> str:
        return (line * (n // len(line) + 1))[:n]

    assert_linear(lambda doc: [is_heading(doc[0], s, e) for s, e in doc[1]],
                  lambda n: (make(n), split_sentences(make(n))), what="heading checks of one long line")
    assert_linear(lambda text: sum(1 for _ in stream_events(text, source="d", reported=date(2024, 11, 6),
                                                            chunk=1 << 12)), make,
                  what="stream_events of one long line")
