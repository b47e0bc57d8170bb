"""spill.py: what ingest holds per event until the store is written (blocks on disk, aliases
packed), and that ingest through it writes the very same store and leaves no file behind."""

from __future__ import annotations

import gc
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from _bench import bench_module
from _small_docs import council_event, kept_bytes

from timeline_cli import spill as spill_mod
from timeline_cli.cache import from_row, to_row
from timeline_cli.docread import Reported
from timeline_cli.facts import read_text
from timeline_cli.ingest import DocInfo, Job, collect
from timeline_cli.model import make_id
from timeline_cli.spill import BlockSpill, PackedIds, SpilledBlocks
from timeline_cli.tomlwrite import event_block


@pytest.fixture(autouse=True)
def _rows_on_disk(monkeypatch):
    """The events kept as rows on disk however few the documents (ingest.ROWS_FROM)."""
    import timeline_cli.ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "ROWS_FROM", 0)


def test_blocks_come_back_by_position_as_written(tmp_path):
    blocks = ["[[event]]\nid = \"a\"\n", "[[event]]\ntext = \"Kyiv’s “mayor” — é\"\n", "x\ud800"]
    with BlockSpill(str(tmp_path)) as spilled:
        spilled.extend(blocks)
        assert len(spilled) == 3
        assert [spilled[i] for i in range(3)] == blocks
        assert spilled[-1] == blocks[-1] and list(spilled) == blocks and spilled[1:] == blocks[1:]
        spilled.append("late\n")  # written after a read: still read back
        assert spilled[3] == "late\n"
        with pytest.raises(IndexError):
            spilled[4]
        assert os.listdir(tmp_path) == []  # the file has no name: a crash leaves nothing


def test_spilled_blocks_serve_the_very_same_events_only(tmp_path):
    events = [council_event(i) for i in range(3)]
    with BlockSpill(str(tmp_path)) as spilled:
        spilled.extend(event_block(e).replace("officials", "SPILLED") for e in events)
        blocks = SpilledBlocks(events, spilled)
        assert not blocks
        blocks.keep(0)
        blocks.keep(2)
        assert blocks and sorted(blocks) == sorted([events[0].id, events[2].id]) and len(blocks) == 2
        assert "SPILLED" in event_block(events[0], blocks)
        assert events[1].id not in blocks and "SPILLED" not in event_block(events[1], blocks)
        other = events[2].with_(note="changed")  # a replaced event is formatted anew
        assert "SPILLED" not in event_block(other, blocks)
        blocks[events[1].id] = (events[1], "given\n")
        assert event_block(events[1], blocks) == "given\n"
        del blocks[events[0].id]
        assert events[0].id not in blocks and blocks.get(events[0].id) is None
        with pytest.raises(KeyError):
            del blocks[events[0].id]


def test_packed_ids_read_back_as_given():
    ids = ["", make_id("a", "2024", "x"), "not-an-id", "", "0123456789ab"]
    packed = PackedIds(ids)
    assert list(packed) == ids and len(packed) == 5 and packed[-1] == ids[-1] and packed[1:3] == ids[1:3]


def _many(tmp_path: Path, count: int) -> Path:
    """bench_scale.py's many-documents corpus: `count` one-sentence documents."""
    folder = tmp_path / "docs"
    bench_module("bench_scale").write_many_documents(folder, count)
    return folder


def test_ingest_through_the_spill_writes_the_same_store_and_leaves_nothing(tl, tmp_path, monkeypatch):
    import timeline_cli.commands.ingest as command

    folder = _many(tmp_path, 30)
    made: list[BlockSpill] = []
    monkeypatch.setattr(command, "spill_beside", lambda path: made.append(spill_mod.spill_beside(path)) or made[-1])
    result = tl("ingest", str(folder))
    assert result.exit_code == 0, result.output
    assert len(made) == 1 and len(made[0]) == 30  # the blocks went through the spill
    spilled = tl.store.read_bytes()
    assert spilled.count(b"\n[[event]]\n") == 30
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    tl.store.unlink()
    monkeypatch.setattr(command, "spill_beside", lambda path: None)  # blocks held in memory
    result = tl("ingest", str(folder))
    assert result.exit_code == 0, result.output
    assert tl.store.read_bytes() == spilled
    assert sorted(p.name for p in tmp_path.iterdir()) == leftovers  # no file of the spill's


def test_a_spill_that_cannot_be_made_is_no_error(tmp_path):
    assert spill_mod.spill_beside(str(tmp_path / "no" / "such" / "folder" / "t.toml")) is None


# ------------------------------------------------------------ memory (tracemalloc, not timed)


def _parts(count: int, reads):
    """What the workers send for `count` one-event documents, made as they are taken."""
    for i in range(count):
        event = council_event(i)
        yield [([to_row(event)], Reported(event.reported, False, "header"), [event_block(event)],
                DocInfo(event.source), [make_id(event.text, event.when, "/abs/" + event.source)], [reads])]


def test_collect_holds_little_beyond_the_events_per_document(tmp_path):
    # ingest of 100,000 small documents held ~1.2 KB a document beyond its events until the
    # store was written (each block, job, report date, document info, alias); now the blocks
    # wait on disk and of a document only its events stay. The grouping's reads are one shared
    # value here, and its statements prepared as they arrive (Ingested.fed) let go: they are
    # the grouping's to keep small (test_grouping_overlap.py).
    reads = read_text("The council met on October 1.")
    job = Job("x", "x", None, None, date(2025, 1, 1), True, None)

    def without_feed(ingested):
        ingested.fed.clear()
        return ingested

    def collected(n):
        with BlockSpill(str(tmp_path)) as spilled:
            return kept_bytes(lambda: without_feed(collect([job] * n, _parts(n, reads), spilled)))

    def events_only(n):
        return kept_bytes(lambda: [from_row(parts[0][0][0]) for parts in _parts(n, reads)])

    n = 3000
    per_doc = (collected(2 * n) - collected(n)) / n
    own = (events_only(2 * n) - events_only(n)) / n
    assert per_doc < own + 120, f"{per_doc:.0f} bytes a further document where its event takes {own:.0f}"


def test_collect_makes_one_date_object_per_report_date(tmp_path):
    # Each event's report date was a date object of its own (32 bytes a document).
    n = 100
    with BlockSpill(str(tmp_path)) as spilled:
        ingested = collect([Job("x", "x", None, None, date(2025, 1, 1), True, None)] * n,
                           _parts(n, read_text("The council met on October 1.")), spilled)
        days = {e.reported for e in ingested.events}
        assert len(days) == 28 and len({id(e.reported) for e in ingested.events}) == len(days)
        ingested.fed.clear()


def test_collect_lets_go_of_each_job_once_its_results_are_in(tmp_path):
    # Every job was held until the last document was parsed (~350 bytes a small document:
    # then the peak of the command); ingest's list of them now empties as results come in.
    reads = read_text("The council met on October 1.")
    jobs = [Job(f"docs/{i}.txt", f"docs/{i}.txt", None, None, date(2025, 1, 1), True, None) for i in range(5)]
    held = []

    def results():
        for part in _parts(len(jobs), reads):
            held.append(sum(job is not None for job in jobs))  # as the next result is asked for
            yield part

    with BlockSpill(str(tmp_path)) as spilled:
        ingested = collect(jobs, results(), spilled, release=True)
        assert held == [5, 4, 3, 2, 1] and jobs == [None] * 5
        assert ingested.document_count == 5 and len(ingested.events) == 5
        kept = [Job("x", "x", None, None, date(2025, 1, 1), True, None)] * 2
        collect(kept, _parts(2, reads), spilled)  # (without release: the caller's list as given)
        assert None not in kept


def test_a_full_disk_under_the_spill_is_a_one_line_error(tl, tmp_path, monkeypatch):
    import errno

    import timeline_cli.commands.ingest as command

    class Full(BlockSpill):
        def __init__(self, folder):
            super().__init__(folder)

            class Fh:
                def write(self, data):
                    raise OSError(errno.ENOSPC, "No space left on device")

                def close(self):
                    pass

            self._fh.close()
            self._fh = Fh()

    folder = _many(tmp_path, 3)
    monkeypatch.setattr(command, "spill_beside", lambda path: Full(str(tmp_path)))
    result = tl("ingest", str(folder))
    assert result.exit_code != 0
    assert "No space left on device" in result.output and "free some space" in result.output
    assert "Traceback" not in result.output and not tl.store.exists()


def _worker_parts(count: int):
    """What the workers send for `count` one-event documents, each document's result pickled
    on its own as it crosses from a worker (nothing shared between documents)."""
    import pickle

    out = []
    for i in range(count):
        event = council_event(i)
        out.append(pickle.dumps([([to_row(event)], Reported(event.reported, False, "header"), [event_block(event)],
                                  DocInfo(event.source), [""], [read_text(event.text)])]))
    return out


def test_collect_and_the_grouping_hold_less_than_a_copy_of_each_documents_reads(tmp_path):
    # At ingest's peak (the grouping of every statement) each one-sentence document cost
    # ~2.9 KB: its reads came from a worker pickled alone, so each document held its own
    # "council", "met", ... and a 728-byte table for 7 terms, and collect kept every read a
    # second time by text, with its text key, until the grouping ended (here 2.8 KB held
    # after the grouping). Now the feed keeps one object per term and per head-term set,
    # tables sized once, and no second copy (1.7 KB; 1,453 bytes counted with Python's free
    # lists emptied first, as now: else what tests before left in them hides a part). Then a
    # rare term met once (here each document's number) kept as its id, not a list (1,344).
    # Then each statement's terms kept as a tuple read as a set, not a frozenset's table
    # (termtuple.Terms: 1,368 -> 1,089). Then one date object per report date, and the feed
    # holding no {id: event} beside its statements (1,089 -> 1,040). Then (after the events
    # went to disk, 857 here) no doc_terms entry for a document of one statement and an
    # _Item's text reads in one slot (857 -> 807; the old code fails the bound). Then each
    # statement's text read from its event's row on disk when asked, not held (facts.rows_kind:
    # 815 -> 732; the old code fails the bound). Then a statement's days, weeks and report day
    # in one shared slot (_Item.span: 732 -> 709; the old code fails the bound). Then a
    # statement's weight read from its batch's weights when first compared, no float each
    # (facts._weight: 709 -> 685; the old code fails the bound).
    from timeline_cli import facts

    job = Job("x", "x", None, None, date(2025, 1, 1), True, None)

    def held(n):
        parts = _worker_parts(n)  # (made before measuring: the workers' bytes are not ours)
        gc.collect()  # (empties Python's free lists: the same count whatever tests ran before)
        with BlockSpill(str(tmp_path)) as spilled:
            def grouped():
                import pickle

                ingested = collect([job] * n, (pickle.loads(p) for p in parts), spilled)
                return ingested, facts.build(ingested.events, read=ingested.read, fed=ingested.fed)
            return kept_bytes(grouped)

    held(50)  # the modules the grouping imports, imported before measuring
    n = 2000
    per_doc = (held(2 * n) - held(n)) / n
    assert per_doc < 700, f"{per_doc:.0f} bytes a further document held by the events and their grouping"



def test_the_events_wait_on_disk_while_they_are_grouped(tmp_path):
    # At ingest's peak (the grouping of every statement, after the events are in the store's
    # transaction) each small document still held its event: the object and its span (~210
    # bytes), the transaction's table entry and three lists of the events (~60). Now ingest
    # holds no Event from the parsing to the write: collect keeps each one's row on disk and
    # its id, save parks each in the transaction as it adds it (store.Transaction.park: read
    # back from disk as the grouping and the write ask), the feed keeps ids, not events
    # (1,075 -> 903 bytes a further document measured here). Then a document of one statement
    # keeps no doc_terms entry (its terms are its statement's: facts._doc_terms) and an _Item's
    # four reads of its text made only when compared share one slot (912 -> 862 bytes; the
    # old code fails the bound). Then each statement's text read from its row on disk, not
    # held (facts.rows_kind: 870 -> 788 bytes; the old code fails the bound). Then the
    # transaction parks each event under the int its statement holds (Feed.row: 788 -> 759;
    # the old code fails the bound). Then a statement's days, weeks and report day in one
    # shared slot (_Item.span: 760 -> 738; the old code fails the bound). Then a statement's
    # weight read when first compared (facts._weight: 736 -> 712; the old code fails the bound).
    from timeline_cli import facts
    from timeline_cli.ingest import save
    from timeline_cli.store import Transaction

    job = Job("x", "x", None, None, date(2025, 1, 1), True, None)

    def held(n):
        parts = _worker_parts(n)
        gc.collect()
        with BlockSpill(str(tmp_path)) as spilled:
            def grouped():
                import pickle

                ingested = collect([job] * n, (pickle.loads(p) for p in parts), spilled)
                txn = Transaction(tmp_path / "t.toml", None, True)
                save(txn, ingested)
                return ingested, txn, facts.build(txn.events, read=ingested.read, fed=ingested.fed)
            return kept_bytes(grouped)

    held(50)
    n = 2000
    per_doc = (held(2 * n) - held(n)) / n
    assert per_doc < 725, f"{per_doc:.0f} bytes a further document held by the parked events and their grouping"


def test_parked_events_read_back_equal_and_are_written_as_formatted(tmp_path, monkeypatch):
    import timeline_cli.ingest as ingest_mod
    from timeline_cli.ingest import save
    from timeline_cli.spill import SpilledEvents
    from timeline_cli.store import Transaction

    job = Job("x", "x", None, None, date(2025, 1, 1), True, None)
    originals = [council_event(i) for i in range(5)]
    with BlockSpill(str(tmp_path)) as spilled:
        ingested = collect([job] * 5, _parts(5, read_text("The council met on October 1.")), spilled)
        events = ingested.events
        assert isinstance(events, SpilledEvents) and list(events) == originals
        assert events[1] == originals[1] and events[1] is not events[1]  # read anew each time
        assert events[2].id is events.id(2)  # (the id as held: one string, shared)
        txn = Transaction(tmp_path / "t.toml", None, True)
        save(txn, ingested)
        assert list(txn.events) == originals and list(txn.added) == originals
        assert [e.id for e in txn.events.by_id()] == sorted(e.id for e in originals)
        assert txn.get(originals[2].id) == originals[2] and originals[3].id in txn
        assert txn.get(originals[2].id) is not txn.get(originals[2].id)  # parked: on disk
        txn.unpark()
        assert list(events) == originals and txn.get(originals[0].id) is events[0] is events[0]
        # the blocks the workers formatted are the ones written (identity holds again)
        assert txn.blocks.get(originals[0].id)[0] is txn.get(originals[0].id)
    monkeypatch.setattr(ingest_mod, "ROWS_FROM", 6)  # below it: objects, as before
    with BlockSpill(str(tmp_path)) as spilled:
        ingested = collect([job] * 5, _parts(5, read_text("The council met on October 1.")), spilled)
        assert type(ingested.events) is list and ingested.events == originals


def test_the_feeds_digest_is_the_same_for_events_read_back_changed_or_left_out():
    # The feed kept every event fed to tell it by identity from the one grouped; it now keeps
    # their ids and a hash of what the digest reads, so events read back from disk (equal,
    # not the same objects) count as fed, and a changed or missing one is hashed as before.
    from timeline_cli.grouping import _hashes
    from timeline_cli.grouping_feed import Feed

    events = [council_event(i) for i in range(6)]
    feed = Feed()
    feed.add(events[:3])
    feed.add(events[3:])

    def plain(evs):
        return _hashes((e.id, e.when, e.source, e.by, e.text) for e in evs)

    copies = [e.with_() for e in events]
    assert copies[0] is not events[0] and feed.sums(copies) == plain(events)
    respelt = copies[:2] + [copies[2].with_(by="Officials")] + copies[3:]
    assert feed.sums(respelt) == plain(respelt) != plain(events)
    assert feed.sums(copies[1:]) == plain(copies[1:])
    assert feed.sums(copies + [council_event(9)]) == plain(copies + [council_event(9)])


def test_the_feed_takes_out_an_event_fed_then_changed_by_its_row():
    # An event respelt by the store (or skipped) after it was fed: the feed takes its hash out
    # of the sum, read from its row (ingest: on disk), instead of hashing every event again.
    from timeline_cli import grouping
    from timeline_cli.grouping import _hashes
    from timeline_cli.grouping_feed import Feed

    events = [council_event(i) for i in range(6)]
    rows = [to_row(e) for e in events]
    feed = Feed()
    feed.rows = rows.__getitem__
    feed.add(events[:3], None, 0)
    feed.add(events[3:], None, 3)
    respelt = events[:2] + [events[2].with_(by="Officials")] + events[4:]

    hashed = []
    real = grouping._hashes

    def counting(parts):
        parts = list(parts)
        hashed.append(len(parts))
        return real(parts)

    import timeline_cli.grouping as module
    try:
        module._hashes = counting
        got = feed.sums(respelt)
    finally:
        module._hashes = real
    assert got == _hashes((e.id, e.when, e.source, e.by, e.text) for e in respelt)
    assert sorted(hashed) == [1, 2]  # the respelt one added; it as fed and the one left out taken out


def _story_parts():
    """What the workers send for a story told by several documents (statements that link) and
    lone ones beside it, one event a document, with the reads the workers make."""
    texts = ["Fire crews battled a warehouse blaze in Leeds on Tuesday.",
             "Firefighters battled a large warehouse blaze in Leeds.",
             "A warehouse blaze in Leeds was battled by fire crews.",
             "The mayor of Leeds opened a new bridge over the Aire.",
             "Leeds' mayor opened the new Aire bridge.",
             "The orchestra played Mahler in Vienna."]
    out, events = [], []
    for i, text in enumerate(texts):
        event = council_event(i).with_(text=text, id=make_id(text, "2024-10-02", f"docs/s{i}.txt"),
                                       source=f"docs/s{i}.txt", when="2024-10-02", span=(0, len(text)))
        events.append(event)
        out.append([([to_row(event)], Reported(event.reported, False, "header"), [event_block(event)],
                     DocInfo(event.source), [""], [read_text(event.text)])])
    return out, events


def test_a_statement_whose_event_waits_on_disk_reads_its_text_from_its_row(tmp_path, monkeypatch):
    # Each statement the feed prepared held its text (~110 bytes a small document, more for a
    # longer sentence) while its event waited on disk as a row holding the same text: it now
    # holds the row's number and reads the text from it when asked (facts.rows_kind), the last
    # ones read kept. The same texts, so the same grouping and store.
    import timeline_cli.ingest as ingest_mod
    from timeline_cli import facts
    from timeline_cli.ingest import save
    from timeline_cli.store import Transaction

    job = Job("x", "x", None, None, date(2025, 1, 1), True, None)
    parts, events = _story_parts()
    grouped = {}
    for rows_from in (0, 10**9):  # the rows on disk, then objects as before
        monkeypatch.setattr(ingest_mod, "ROWS_FROM", rows_from)
        with BlockSpill(str(tmp_path)) as spilled:
            ingested = collect([job] * len(parts), iter(parts), spilled)
            prepared = [ingested.fed._items[e.id] for e in events]
            if rows_from == 0:
                assert [p.written for p in prepared] == list(range(len(events)))  # no text held
            else:
                assert [p.written for p in prepared] == [e.text for e in events]
            assert [p.text for p in prepared] == [e.text for e in events]
            txn = Transaction(tmp_path / "t.toml", None, True)
            save(txn, ingested)
            index = facts.build(txn.events, read=ingested.read, fed=ingested.fed)
            assert all(index.items[e.id] is p for e, p in zip(events, prepared))  # the fed ones, taken
            grouped[rows_from] = (index.facts(), index.groups(), [index.items[e.id].text for e in events])
    assert grouped[0] == grouped[10**9]
    assert len(grouped[0][1]) == 2  # the blaze and the bridge: the texts were read to link them


def test_a_statement_kept_as_a_row_number_without_its_rows_says_so():
    from timeline_cli import facts

    event = council_event(1)
    item = facts._item(event, None, {}, {}, facts._Item, 7)
    with pytest.raises(TypeError, match="on disk"):
        item.text
    rows = {7: to_row(event)}
    kind = facts.rows_kind(rows.__getitem__)
    read = facts._item(event, None, {}, {}, kind, 7)
    assert read.written == 7 and read.text == event.text and isinstance(read, facts._Item)
    from dataclasses import replace

    assert replace(read, weight=1.0).text == event.text  # (a copy, as _aliased makes: its kind kept)


def test_the_transaction_parks_an_event_under_the_int_its_statement_holds(tmp_path):
    # The transaction parked each event under an int of its row (store.Transaction.park) and
    # the feed's statement held another int of the same row (_Item.written): 28 bytes a small
    # document twice. One object serves both now (grouping_feed.Feed.row).
    from timeline_cli.ingest import save
    from timeline_cli.store import Transaction

    job = Job("x", "x", None, None, date(2025, 1, 1), True, None)
    n = 400  # (ints to 256 are one object each in Python whatever is done)
    with BlockSpill(str(tmp_path)) as spilled:
        ingested = collect([job] * n, _unpickled(_worker_parts(n)), spilled)
        ids = [council_event(i).id for i in range(n)]
        written = [ingested.fed._items[i].written for i in ids]
        assert written == list(range(n))
        txn = Transaction(tmp_path / "t.toml", None, True)
        save(txn, ingested)
        assert [txn._new[i] for i in ids] == written  # (parked: the row read back when asked)
        assert all(txn._new[i] is w for i, w in zip(ids, written))
        assert [e.id for e in txn.events] == ids
    assert ingested.fed.row("unknown", 300) == 300


def _unpickled(parts):
    import pickle

    return (pickle.loads(p) for p in parts)


def _write_peak(tmp_path: Path, n: int, cache: bool = True) -> int:
    """The traced bytes the store's write of `n` parked small documents' events takes at its
    peak beyond what the transaction held before it (ingest's events, parked)."""
    import pickle
    import tracemalloc

    from timeline_cli import store as store_mod
    from timeline_cli.ingest import save

    job = Job("x", "x", None, None, date(2025, 1, 1), True, None)
    parts = _worker_parts(n)
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / "t.toml"
    gc.collect()
    with BlockSpill(str(tmp_path)) as spilled:
        ingested = collect([job] * n, (pickle.loads(p) for p in parts), spilled)
        tracemalloc.start()
        try:
            with store_mod.transaction(path, cache=cache) as txn:
                save(txn, ingested)
                assert txn._parking is not None
                ingested.fed.clear()
                before = tracemalloc.get_traced_memory()[0]
                tracemalloc.reset_peak()
            return tracemalloc.get_traced_memory()[1] - before
        finally:
            tracemalloc.stop()


def test_the_store_is_written_from_the_parked_events_without_holding_them(tmp_path, monkeypatch):
    # The store's write held every parked event as an object again (Transaction.unpark: the
    # Event, its span and text, ~680 bytes a small document at its peak, above the grouping's
    # own peak up to ~65,000 documents: bench/memory_phases.py's 'end'). It now reads each
    # from disk as it makes its sort key, writes its block and the cache's row
    # (store._save_parked): 8 bytes of order, a bounds entry, the layout's offset and
    # digest, and the sort's one int each while it sorts. Session 21 (mem9): 495 -> 169
    # bytes a further event measured here (cache written; 474 -> 143 without); the old
    # code fails the bound.
    from timeline_cli import cache as cache_mod

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    # (the cache's snapshot is written a frame of WRITE_CHUNK rows at a time: a constant,
    # made smaller than both counts here so that it is not counted per event)
    monkeypatch.setattr(cache_mod, "WRITE_CHUNK", 500)
    _write_peak(tmp_path, 50)  # (the modules the write imports, imported before measuring)
    n = 2000
    per_event = (_write_peak(tmp_path, 2 * n) - _write_peak(tmp_path, n)) / n
    assert per_event < 200, f"{per_event:.0f} bytes a further event at the write's peak"


def test_the_parked_write_is_the_objects_write_byte_for_byte(tmp_path, monkeypatch):
    # Parked (store._save_parked) or held as objects (Transaction.unpark, then store.save):
    # the same file and the same cached snapshot, with events the store held before, an
    # event whose claimant the store respells (formatted anew: no worker's block is its),
    # and the workers' blocks written as they formatted them (marked here to tell).
    import pickle

    from timeline_cli import cache as cache_mod
    from timeline_cli import store as store_mod
    from timeline_cli.ingest import save
    from timeline_cli.model import Event

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    job = Job("x", "x", None, None, date(2025, 1, 1), True, None)

    def parts(count):
        out = []
        for i in range(count):
            event = council_event(i)
            if i == 3:
                event = event.with_(by="Officials")  # respelt as the store's "officials"
            block = "# formatted by its worker\n" + event_block(event)
            out.append(pickle.dumps([([to_row(event)], Reported(event.reported, False, "header"), [block],
                                      DocInfo(event.source), [""], [read_text(event.text)])]))
        return out

    def written(park: bool) -> tuple[bytes, object]:
        path = tmp_path / ("parked" if park else "held") / "t.toml"
        path.parent.mkdir()
        with store_mod.transaction(path) as txn:
            txn.add(Event("a" * 12, "2024-10-02", "The mayor spoke.", source="zz.txt", by="officials"))
            txn.add(Event("b" * 12, "2024-09-30", "Before them all.", source="aa.txt"))
        with BlockSpill(str(tmp_path)) as spilled:
            ingested = collect([job] * 6, (pickle.loads(p) for p in parts(6)), spilled)
            with store_mod.transaction(path) as txn:
                save(txn, ingested)
                assert txn.parked
                if not park:
                    txn.unpark()
        snap = store_mod.load_snapshot(path)[0]
        return path.read_bytes(), (snap.rows, snap.bounds, snap.memory)

    monkeypatch.setattr(cache_mod, "read", lambda *a, **k: None)  # (each store read from its bytes)
    held, parked = written(False), written(True)
    assert parked == held
    assert held[0].count(b"# formatted by its worker") == 5  # all but the respelt one
