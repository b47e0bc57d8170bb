"""Ingest's grouping overlapped with the parsing (grouping_feed.py: statements prepared as each
document arrives) and its candidate search cut in parts searched in forked copies (forked.py,
factsplit.py): neither may change the grouping, through the API or through `timeline ingest`."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest

from _small_docs import council_event, kept_bytes
from conftest import CORPORA
from timeline_cli import facts, forked, grouping
from timeline_cli.facts import read_text
from timeline_cli.grouping_feed import Feed
from timeline_cli.memory import Memory

# TimeBank articles that hold facts of several statements (test_grouping_determinism.py)
DOCS = ("wsj_0132", "wsj_0160", "wsj_0520", "wsj_0527", "wsj_0534", "wsj_0541", "wsj_0555", "wsj_0558",
        "wsj_0612", "wsj_0670")


def _documents() -> list[list]:
    """Each article's events, as ingest's workers give them (one list per document)."""
    path = CORPORA / "timebank.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    from timeline_cli.temporal.events import document_events

    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["doc"] in DOCS:
                out.append(list(document_events(doc["text"], source=doc["doc"],
                                                reported=date.fromisoformat(doc["dct"]))))
    return out


def _fed(documents: list[list]) -> Feed:
    feed = Feed()
    for events in documents:
        feed.add(events, {e.text: read_text(e.text) for e in events})
    return feed


def _grouping(index: facts.FactIndex) -> tuple:
    """Everything the grouping decided: facts, the evidence of each, link scores, pairs compared."""
    evidence = {root: [(e.a, e.b, e.kind, e.score, e.shared, e.claimant, e.days) for e in links]
                for root, links in index.evidence.items() if links}
    return sorted(index.facts().values()), evidence, dict(sorted(index.scores.items())), index.compared


@pytest.fixture(scope="module")
def documents():
    return _documents()


@pytest.fixture
def split_small(monkeypatch):
    monkeypatch.setattr(facts, "SPLIT_FROM", 1)  # these articles are a small batch: split it anyway


pytestmark = pytest.mark.corpus


def test_a_grouping_fed_document_by_document_is_the_grouping_built_at_once(documents):
    events = [e for doc in documents for e in doc]
    alone = _grouping(facts.build(events))
    assert len([ids for ids in alone[0] if len(ids) > 1]) >= 2, "these articles hold facts of several statements"
    feed = _fed(documents)
    assert _grouping(facts.build(events, fed=feed)) == alone
    assert not feed._items, "every statement prepared was taken"


def test_events_changed_or_left_out_after_they_were_fed_are_read_as_they_are(documents):
    from timeline_cli.claimant_names import claimant_key

    events = [e for doc in documents for e in doc]
    feed = _fed(documents)
    grouped = [ids for ids in facts.build(events).facts().values() if len(ids) > 1]
    position = {e.id: k for k, e in enumerate(events)}
    in_facts = [position[i] for ids in grouped for i in ids]
    claimed = [k for k, e in enumerate(events) if e.by]
    respelt = claimed[0]   # the store's spelling of the same claimant: reads alike
    was = events[respelt].by
    events[respelt] = events[respelt].with_(by=was.upper())
    assert claimant_key(events[respelt].by) == claimant_key(was)
    other = claimed[1]     # another claimant: must not take the prepared statement
    events[other] = events[other].with_(by="Somebody Else Entirely")
    moved = in_facts[0]    # a statement of a fact, dated otherwise: read again, it leaves the fact
    events[moved] = events[moved].with_(when="1970-01-01")
    reworded = in_facts[-1]  # ... and one reworded
    events[reworded] = events[reworded].with_(text="Nothing of the kind happened in 1970.")
    extra = documents[0][0].with_(id="0" * 12, source="another.txt")  # the store's own: never fed
    gone = events.pop(7)   # left out (removed by the user): not grouped
    events.append(extra)
    expected = _grouping(facts.build(events))
    assert sorted(ids for ids in expected[0] if len(ids) > 1) != sorted(grouped), "the changes move facts"
    assert _grouping(facts.build(events, fed=feed)) == expected
    assert gone.id in feed._items, "a statement fed but not grouped is not taken"
    assert grouping.digest(events, feed) == grouping.digest(events)


def test_the_candidate_search_in_parts_finds_what_one_search_finds(documents, split_small):
    events = [e for doc in documents for e in doc]
    alone = _grouping(facts.build(events))
    for processes in (2, 3):
        assert _grouping(facts.build(events, processes=processes)) == alone
        assert _grouping(facts.build(events, fed=_fed(documents), processes=processes)) == alone


def test_searched_in_parts_the_pairs_compared_twice_count_once(documents, split_small, monkeypatch):
    events = [e for doc in documents for e in doc]
    calls = []
    search = facts._search

    def counting(index, new, *args):
        found = search(index, new, *args)
        calls.append((len(new), len(found[2])))
        return found

    monkeypatch.setattr(facts, "_search", counting)
    one = facts.build(events)
    calls.clear()
    two = facts.build(events, processes=2)
    assert len(calls) == 1, "the second part ran in a forked copy"  # (its calls are not seen here)
    assert two.compared == one.compared


def test_adding_documents_in_parts_regroups_as_one_search(documents, split_small):
    first = [e for doc in documents[:5] for e in doc]
    later = documents[5:]
    added = [e for doc in later for e in doc]
    one = facts.build(first)
    facts.regroup(one, added)
    two = facts.build(first)
    facts.regroup(two, added, fed=_fed(later), processes=2)
    assert _grouping(two) == _grouping(one)


def test_a_part_whose_copy_fails_is_searched_here(documents, split_small, monkeypatch):
    events = [e for doc in documents for e in doc]
    alone = _grouping(facts.build(events))
    parent = os.getpid()
    search = facts._search

    def failing_in_a_copy(index, new, *args):
        if os.getpid() != parent:
            os._exit(3)  # the copy dies without a result
        return search(index, new, *args)

    monkeypatch.setattr(facts, "_search", failing_in_a_copy)
    assert _grouping(facts.build(events, processes=2)) == alone


def test_a_feed_holds_about_what_the_grouping_index_holds_for_the_same_statements():
    """Collect prepares each statement as it arrives (ingest of 100,000 small documents must
    keep memory flat): the feed holds little more than the index the grouping then builds of
    them (its statements are that index's)."""
    def events(n):
        return [council_event(i) for i in range(n)]

    def fed(n):
        batch = events(n)
        read = {e.text: read_text(e.text) for e in batch}  # each its own (one shared read is one
        # text repeated n times: every statement a candidate of every other)

        def feed():
            out = Feed()
            for event in batch:
                out.add([event], read)  # one document each
            return out
        return kept_bytes(feed)

    def indexed(n):
        batch = events(n)
        read = {e.text: read_text(e.text) for e in batch}
        return kept_bytes(lambda: facts.build(batch, read=read))

    n = 3000
    feed_bytes, index_bytes = (fed(2 * n) - fed(n)) / n, (indexed(2 * n) - indexed(n)) / n
    assert feed_bytes < index_bytes + 100, f"{feed_bytes:.0f} bytes a statement fed, {index_bytes:.0f} indexed"


def test_in_parts_gives_each_part_its_result_in_order():
    parts = [list(range(k, 30, 3)) for k in range(3)]
    assert forked.in_parts(sum, parts) == [sum(p) for p in parts]


def test_in_parts_without_fork_runs_every_part_here(monkeypatch):
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    parent = os.getpid()
    assert forked.in_parts(lambda part: (os.getpid(), len(part)), [[1], [2, 3]]) == [(parent, 1), (parent, 2)]


def test_in_parts_does_the_part_of_a_copy_that_hangs_here(monkeypatch):
    import time

    monkeypatch.setattr(forked, "GRACE_SECONDS", 0.5)
    parent = os.getpid()

    def work(part):
        if os.getpid() != parent:
            time.sleep(60)  # (a deadlock, say): killed at the deadline
        return part * 2

    start = time.monotonic()
    assert forked.in_parts(work, [1, 2]) == [2, 4]
    assert time.monotonic() - start < 30


def test_in_parts_passes_on_the_first_parts_error_and_stops_the_copies():
    def work(part):
        if part == 0:
            raise ValueError("boom")
        return part

    with pytest.raises(ValueError, match="boom"):
        forked.in_parts(work, [0, 1])


def test_the_store_grouping_with_a_feed_and_parts_is_the_grouping_computed_at_once(documents, split_small):
    events = [e for doc in documents for e in doc]
    found, _index = grouping.compute(events, Memory())
    fed, _index = grouping.compute(events, Memory(), fed=_fed(documents), processes=2)
    assert fed == found and found


# ---------------------------------------------------------------- through `timeline ingest`


def _write_articles(folder, documents_text):
    folder.mkdir()
    for name, (text, dct) in documents_text.items():
        (folder / f"{name}.txt").write_text(f"Date: {dct}\n\n{text}", encoding="utf-8")


def _articles(names) -> dict[str, tuple[str, str]]:
    out = {}
    with (CORPORA / "timebank.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["doc"] in names:
                out[doc["doc"]] = (doc["text"], doc["dct"])
    return out


def test_ingest_in_several_processes_stores_the_same_grouping(tl, tmp_path, split_small, monkeypatch):
    if not (CORPORA / "timebank.jsonl").exists():
        pytest.skip("no TimeBank corpus")
    from timeline_cli import factsplit

    docs = tmp_path / "docs"
    _write_articles(docs, _articles(DOCS))
    split = []
    real = factsplit.search_in_parts
    monkeypatch.setattr(factsplit, "search_in_parts", lambda *a: split.append(a[2]) or real(*a))
    one = tl("ingest", str(docs), "--jobs", "1")
    assert one.exit_code == 0, one.output
    alone = tl.store.read_bytes()
    assert b"[[fact]]" in alone and not split, "--jobs 1 groups in one process"
    tl.store.unlink()
    two = tl("ingest", str(docs), "--jobs", "2")
    assert two.exit_code == 0, two.output
    assert split == [2], "--jobs 2 searched in two parts"
    assert tl.store.read_bytes() == alone


def test_ingest_of_more_documents_into_a_grouped_store_regroups_as_before(tl, tmp_path, split_small, monkeypatch):
    """Incremental regroup (a store above FULL_REGROUP): documents added in parallel, with the
    feed and the split search, give the store that adding them in one process gives."""
    if not (CORPORA / "timebank.jsonl").exists():
        pytest.skip("no TimeBank corpus")
    monkeypatch.setattr(grouping, "FULL_REGROUP", 10)
    articles = _articles(DOCS)
    names = sorted(articles)
    first, later = tmp_path / "first", tmp_path / "later"
    _write_articles(first, {n: articles[n] for n in names[:5]})
    _write_articles(later, {n: articles[n] for n in names[5:]})
    stores = []
    for jobs in ("1", "2"):
        tl.store.unlink(missing_ok=True)
        assert tl("ingest", str(first), "--jobs", jobs).exit_code == 0
        result = tl("ingest", str(later), "--jobs", jobs)
        assert result.exit_code == 0, result.output
        stores.append(tl.store.read_bytes())
    assert stores[0] == stores[1]
    assert b"[[fact]]" in stores[0]
