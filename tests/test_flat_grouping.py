"""What the grouping holds per statement of a large ingest, made smaller with the same grouping:
the facts of two or more statements read without the lone ones (`FactIndex.groups`), a rare
term's posting of one kept as its id, numbers' terms cached apart from words', the feed's
emptied table let go (issue 17: memory flat over 100,000 small documents)."""

from __future__ import annotations

import gc
import math
import pickle
import sys
import tracemalloc
from datetime import date, timedelta

from _small_docs import council_event

from timeline_cli import facts, grouping
from timeline_cli.facts import read_text
from timeline_cli.grouping_feed import Feed
from timeline_cli.lang.en import facts as en
from timeline_cli.lang.en.facts import _Terms
from timeline_cli.memory import Memory
from timeline_cli.model import Event, make_id


def _event(text: str, source: str, day: int = 3) -> Event:
    when = f"2024-10-{day:02d}"
    return Event(id=make_id(text, when, source), when=when, text=text, source=source,
                 reported=date(2024, 10, day) + timedelta(days=1))


def _story() -> list[Event]:
    """Three outlets telling two happenings, and lone statements beside them."""
    return [
        _event("Fire crews battled a warehouse blaze in Leeds on Tuesday.", "a"),
        _event("Firefighters battled a large warehouse blaze in Leeds.", "b"),
        _event("A warehouse blaze in Leeds was battled by fire crews.", "c"),
        _event("The mayor of Leeds opened a new bridge over the Aire.", "a", 5),
        _event("Leeds' mayor opened the new Aire bridge.", "b", 5),
        _event("Shares in Marlow Plastics rose 4 percent.", "c", 7),
        _event("The orchestra played Mahler in Vienna.", "d", 9),
    ]


def test_groups_are_the_facts_of_two_or_more_in_the_same_order():
    index = facts.build(_story())
    every = index.facts()
    expected = {fid: ids for fid, ids in every.items() if len(ids) > 1}
    assert expected, "the story makes facts of two or more statements"
    assert len(expected) < len(every), "and lone statements"
    assert index.groups() == expected
    assert list(index.groups()) == list(expected)


def test_groups_need_no_list_per_lone_statement():
    # grouping.compute read every fact, lone ones with a name and a list each, to keep those
    # of two or more: at 100,000 small documents the command's peak (17 MiB)
    documents = [pickle.dumps(council_event(i)) for i in range(4000)]
    reads = {}
    for d in documents:
        text = pickle.loads(d).text
        reads[text] = read_text(text)  # (read before measuring: ingest's workers read them)

    def peak(n: int) -> int:
        events = [pickle.loads(d) for d in documents[:n]]
        gc.collect()  # (Python's free lists emptied: the same count whatever ran before)
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            grouping.compute(events, Memory(), reads)
            return tracemalloc.get_traced_memory()[1] - base
        finally:
            tracemalloc.stop()

    peak(50)  # (imports)
    per_statement = (peak(4000) - peak(2000)) / 2000
    # (617 bytes before, 459 then, 382 in session 17, 371 in session 18 (no count of every
    # source in wire_groups, no weight or route of a term of one document): the index and its
    # search, the events and reads not counted; the bound tightened to it)
    assert per_statement < 380, f"{per_statement:.0f} bytes a further statement at the grouping's peak"


def test_a_rare_term_met_once_is_kept_as_its_id_and_met_by_a_later_statement():
    first = _event("Councillor Quennell resigned from the housing board.", "a")
    later = _event("Quennell resigned from the housing board, the council said.", "b")
    term = en._term("Quennell")
    index = facts.build([first])
    assert index.rare[term] == first.id  # (a list of one was 88 bytes more)
    facts.regroup(index, [later])
    assert index.rare[term] == [first.id, later.id]
    whole = facts.build([first, later])
    assert index.facts() == whole.facts()
    assert len(next(iter(index.groups().values()))) == 2


def test_a_posting_of_one_brings_no_candidate_in_a_batch_either():
    events = _story()
    index = facts.build(events)
    assert all(isinstance(v, (str, list)) for v in index.rare.values())
    assert any(isinstance(v, str) for v in index.rare.values())
    assert all(len(v) > 1 for v in index.rare.values() if isinstance(v, list))


def test_numbers_do_not_fill_the_table_of_terms():
    table = en._TERMS
    before = len(table)
    for i in range(5000):
        en.terms(f"The council met delegation {100000 + i} on October 3.")
    assert len(table) - before <= _Terms.NUMBERS + 10  # (and the words of the sentence, once)
    assert table.numbers <= _Terms.NUMBERS
    # the same terms, kept or not
    assert en._term("12,500") == "#12500" and en._term("7") == "" and en._term("Councils") == en._term("council")
    assert en._term("987654") == "#987654" and "987654" not in table
    assert read_text("They paid 12,500 pounds to 987,654 people.")[0] >= {"#12500", "#987654"}


def test_words_are_kept_up_to_the_tables_size(monkeypatch):
    table = _Terms()
    monkeypatch.setattr(_Terms, "WORDS", 2)
    words = ("councils", "met", "delegations", "councils", "1999")
    assert [table[w] for w in words] == ["council", "meet", "deleg", "council", "#1999"]
    assert set(table) == {"councils", "met", "1999"} and table.numbers == 1


def test_the_feed_lets_go_of_its_table_once_every_statement_is_taken():
    events = [council_event(i) for i in range(3000)]
    feed = Feed()
    feed.add(events, {e.text: feed.share(read_text(e.text)) for e in events})
    full = sys.getsizeof(feed._items)
    for event in events:
        assert feed.take(event) is not None
    assert sys.getsizeof(feed._items) < full / 10
    assert feed.take(events[0]) is None


# ------------------------------------------------------------ s12: fewer tables per statement


def test_the_feed_keeps_no_table_of_the_events_by_id():
    # It held {id: event} beside its prepared statements (~40 bytes an event at 100,000): it
    # now reads whether an event is the one fed from the prepared statement itself.
    events = [council_event(i) for i in range(500)]
    feed = Feed()
    feed.add(events, {e.text: feed.share(read_text(e.text)) for e in events})
    tables = [name for name in Feed.__slots__ if name != "_items"
              and isinstance(getattr(feed, name), (dict, set)) and len(getattr(feed, name)) >= len(events)]
    assert tables == [], f"tables of every event beside the prepared statements: {tables}"
    assert len(feed) == len(events)


def test_the_feed_gives_its_statement_to_an_event_that_reads_the_same_only():
    a, b, c, d = (council_event(i) for i in range(4))
    feed = Feed()
    feed.add([a, b, c, d], {e.text: feed.share(read_text(e.text)) for e in (a, b, c, d)})
    again = Event(**{name: getattr(a, name) for name in Event.__slots__})  # equal, another object
    assert again is not a and feed.take(again) is not None
    assert feed.take(b.with_(by=b.by.upper())) is not None  # the same claimant key
    assert feed.take(c.with_(when="2024-09-30")) is None    # other dates: read again
    assert feed.take(d.with_(text=d.text + " Again.")) is None
    feed.add([a.with_(note="fed twice")])  # an id fed before, taken since: not fed again
    assert len(feed) == 4 and feed.take(a) is None
    events = [a, b, c, d]
    assert grouping.digest(events, feed) == grouping.digest(events)
    respelt = [a, b.with_(by="Someone Else"), d]  # one changed, one left out
    assert grouping.digest(respelt, feed) == grouping.digest(respelt)


def test_the_first_grouping_of_a_batch_holds_little_beyond_what_it_keeps():
    # At its peak the grouping of every statement of an ingest held ~400-500 bytes a statement
    # beyond its start (a list per document while counting documents' terms, a set of the
    # documents, of the batch's terms and of its ids, a float per term): now ~300.
    def peak(n):
        events = [council_event(i) for i in range(n)]
        feed = Feed()
        for event in events:
            feed.add([event], {event.text: feed.share(read_text(event.text))})
        gc.collect()
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            index = facts.build(events, fed=feed)
            top = tracemalloc.get_traced_memory()[1] - before
        finally:
            tracemalloc.stop()
        assert len(index.items) == n
        return top

    peak(50)  # (what the grouping imports, imported before measuring)
    n = 3000
    per_statement = (peak(2 * n) - peak(n)) / n
    # (264 in session 17; 214 in session 18: no weight entry nor route of a term of one
    # document, facts._Weights and _route_of; the old code fails the bound)
    assert per_statement < 235, f"{per_statement:.0f} bytes a further statement at the grouping's peak"


# ------------------------------------------------------------ s14: Python's table of interned strings


def _fresh(s: str) -> str:
    """An equal string that is not `s` (nor interned)."""
    return s.encode().decode()


def test_the_feed_keeps_one_object_of_the_first_numbers_only(monkeypatch):
    # Every term was interned: each number met once (most of an archive's) took an entry in
    # Python's table of interned strings, which keeps the size it grew to (~50 bytes a
    # further small document at the grouping's peak). Numbers now go through the feed's own
    # table of the first NUMBERS, as lang.en.facts keeps them; words are still interned.
    from timeline_cli import grouping_feed

    monkeypatch.setattr(grouping_feed, "NUMBERS", 2)
    feed = Feed()
    empty = frozenset()

    def terms(*words: str) -> tuple[str, ...]:
        return tuple(feed.share(((*map(_fresh, words),), empty, empty, False, "k"))[0])

    first = terms("#5", "#6")
    again = terms("#5", "#6")
    assert [a is b for a, b in zip(first, again)] == [True, True]  # the first numbers: one object each
    interned = sys.intern(_fresh("#777"))
    late = _fresh("#777")
    (got,) = terms(late)
    assert got == "#777" and got is not interned  # past the table: as the worker gave it, not interned
    word = sys.intern(_fresh("councilwordxyz"))
    (got,) = terms("councilwordxyz")
    assert got is word  # words: one object each, interned
    assert len(feed._numbers) == 2
    feed.clear()
    assert not feed._numbers


def test_a_folder_is_listed_without_a_path_object_per_file_held_at_once(tmp_path, monkeypatch):
    # sorted(Path(folder).iterdir()) held a Path for every file at once, each interning its
    # name: 100,000 documents left Python's table of interned strings ~4 MiB larger to the
    # end of `ingest`. Now each Path is made in turn; the same files in the same order.
    from timeline_cli.docread import expand_paths

    folder = tmp_path / "docs"
    folder.mkdir()
    count = 4000
    for i in range(count):
        (folder / f"{i:06d}.txt").write_bytes(b"")
    (folder / "page.html").write_bytes(b"")
    (folder / "page_files").mkdir()
    (folder / "notes.xyz").write_bytes(b"")
    warm = tmp_path / "warm"
    warm.mkdir()
    (warm / "a.txt").write_bytes(b"")
    expand_paths([str(warm)], [])  # (the readers' table is built on first use: once, not a file's cost)
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base, _peak = tracemalloc.get_traced_memory()  # (whatever a tracer already running holds)
        skipped: list[tuple[str, str]] = []
        found = expand_paths([str(folder)], skipped)
        _now, peak = tracemalloc.get_traced_memory()
        peak -= base
        held = sum(sys.getsizeof(p) for p in found) + sys.getsizeof(found)
    finally:
        tracemalloc.stop()
    assert found == [str(folder / f"{i:06d}.txt") for i in range(count)] + [str(folder / "page.html")]
    assert [why for _p, why in skipped] == ["not a supported type (.xyz)", "the saved page's images and scripts"]
    # (beyond the list: the names listed and the real paths the duplicates are found by, ~330
    # bytes a file; a Path for each held at once made it ~530)
    assert (peak - held) / count < 420, f"{(peak - held) / count:.0f} bytes a file beyond the list returned"
    # Each Path interned its name, the very string of the sorted names, alive to the end of
    # the loop: Python's table of interned strings grew by an entry a file and keeps its size
    # (~30-100 bytes a document left to the end of `ingest`). No Path is made per file now.
    interned = []
    real_intern = sys.intern
    monkeypatch.setattr(sys, "intern", lambda s: interned.append(s) or real_intern(s))
    assert expand_paths([str(folder)], []) == found
    assert len(interned) < 10, f"{len(interned)} names interned listing {count} files"


def _doc_counts(index: facts.FactIndex) -> tuple[dict[str, frozenset[str]], dict[str, int]]:
    """Each document's terms and each term's document count, as the index's statements give them."""
    docs: dict[str, set[str]] = {}
    for item in index.items.values():
        docs.setdefault(item.doc, set()).update(item.terms)
    df: dict[str, int] = {}
    for terms in docs.values():
        for t in terms:
            df[t] = df.get(t, 0) + 1
    return {d: frozenset(t) for d, t in docs.items()}, df


def test_a_document_of_one_statement_keeps_no_terms_of_its_own():
    # doc_terms held an entry for every document, most of a large ingest's the very terms of
    # its one statement (~40 bytes a small document at the grouping's peak). Now only a
    # document of several statements has one; the counts are the same however the statements
    # come: fed or read by the grouping, in one batch or several, one document's mixed.
    events = _story() + [_event("The council met the delegation on October 3.", "a"),
                         _event("The mayor resigned on October 3.", "e"),
                         _event("The mayor of Leeds resigned, officials said.", "e", 4),
                         _event("Fire crews left the warehouse in Leeds.", "f")]
    ways = []
    for split in (len(events), 1, 4, 7):  # (statements grouped in batches: regroup)
        for fed_every in (0, 1, 2, 3):  # (none fed, all fed, every second or third fed)
            feed = Feed() if fed_every else None
            if feed is not None:
                chosen = [e for n, e in enumerate(events) if n % fed_every == 0]
                feed.add(chosen, {e.text: feed.share(read_text(e.text)) for e in chosen})
            index = facts.build(events[:split], fed=feed)
            if split < len(events):
                facts.regroup(index, events[split:], fed=feed)
            docs, df = _doc_counts(index)
            assert {d: frozenset(facts._doc_terms(index, d)) for d in docs} == docs
            assert {t: n for t, n in index.df.items() if n} == df
            several = {d for d in docs if sum(1 for i in index.items.values() if i.doc == d) > 1}
            assert set(index.doc_terms) == several  # (only documents of several statements)
            ways.append(index.fact_of)
    assert all(way == ways[0] for way in ways)


# ------------------------------------------------------------ s18: no table of every source or term


def test_the_wire_stories_are_found_without_a_count_of_every_source():
    # wire_groups (asked once, after the grouping) counted the statements of every source in a
    # table of its own (~50 bytes a small document at the peak of ingest's last step); the
    # counts of the few sources of repeated texts are read from doc_items now.
    def peak(n):
        events = [council_event(i) for i in range(n)] + _story()
        index = facts.build(events)
        gc.collect()
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            wire = index._wire_groups()
            return tracemalloc.get_traced_memory()[1] - base, wire
        finally:
            tracemalloc.stop()

    peak(50)
    small, wire = peak(2000)
    large, same = peak(4000)
    assert wire == same == {}
    assert (large - small) / 2000 < 8, f"{(large - small) / 2000:.0f} bytes a further statement"
    # (the stories found the same: a source re-publishing another's statements, a longer one)
    copy = ["Fire crews battled a warehouse blaze in Leeds on Tuesday.",
            "The mayor of Leeds opened a new bridge over the Aire."]
    events = _story() + [_event(text, "wire", 3 + 2 * n) for n, text in enumerate(copy)]
    events += [_event("Leeds police said the blaze began overnight.", "b", 4)]
    assert facts.build(events).wire_groups() == {"wire": "a"}


def test_a_batch_weighs_a_term_of_one_document_without_an_entry(monkeypatch):
    # The search's weights held an entry for every term of the batch (~40 bytes each at the
    # grouping's peak, most of a large ingest's met in one document: a name, an amount): a
    # term of one document is weighed now without one, the same weight.
    seen = {}
    search = facts._search

    def spy(index, new, new_ids, blocks, weight, n_docs):
        seen.update(index=index, weight=weight, n_docs=n_docs)
        return search(index, new, new_ids, blocks, weight, n_docs)

    monkeypatch.setattr(facts, "_search", spy)
    events = [council_event(i) for i in range(200)] + _story()
    facts.build(events)
    index, weight, n_docs = seen["index"], seen["weight"], seen["n_docs"]
    terms = {t for item in index.items.values() for t in item.terms}
    once = [t for t in terms if index.df.get(t, 0) <= 1]
    assert len(once) > 150  # (each council's number, and the story's own words)
    for t in terms:
        assert weight[t] == facts._idf(index, t, n_docs)
    held = [t for t in weight if index.df.get(t, 0) <= 1]  # (a compared statement's: weighed as met)
    assert len(held) < 20, f"{len(held)} terms of one document held (of {len(once)})"


def test_the_feed_lets_go_of_what_the_digest_read_before_the_grouping():
    # The feed kept each event's mark and row number (16 bytes a document) to the end of the
    # grouping, read once for the digest before it: let go once the digest is made now; a
    # later digest hashes every event, the same digest.
    events = [council_event(i) for i in range(300)]
    feed = Feed()
    feed.add(events, {e.text: feed.share(read_text(e.text)) for e in events})
    before = grouping.digest(events, feed)
    feed.summed()
    assert feed._marks is None and feed._where is None
    assert grouping.digest(events, feed) == before == grouping.digest(events)
    more = [council_event(i) for i in range(300, 310)]
    feed.add(more)  # (fed after: no mark kept, the digest the same)
    assert grouping.digest(events + more, feed) == grouping.digest(events + more)
    assert facts.build(events + more, fed=feed).fact_of == facts.build(events + more).fact_of


def test_the_ingest_regroup_lets_go_of_the_feeds_marks(monkeypatch):
    events = [council_event(i) for i in range(50)]
    feed = Feed()
    feed.add(events, {e.text: feed.share(read_text(e.text)) for e in events})
    seen = {}
    build = facts.build

    def spy(*args, **kwargs):
        seen["marks"] = feed._marks
        return build(*args, **kwargs)

    monkeypatch.setattr(facts, "build", spy)

    class _Txn:
        memory = Memory()
        remembered = None

        def remember(self, **kwargs):
            self.remembered = kwargs

    txn = _Txn()
    txn.events = events
    grouping.regroup(txn, fed=feed)
    assert seen == {"marks": None}  # (let go before the grouping's index was made)
    assert txn.remembered["grouped"] == grouping.digest(events)


def test_a_rare_term_of_one_statement_takes_no_entry_in_the_batchs_routes(monkeypatch):
    # The batch's routes held an entry for every rare term (~40 bytes each at the grouping's
    # peak: most are a name or an amount said once), its one id made a list by a second
    # statement; the id is read from the index's `rare` now, and only postings of two or more
    # are searched, as before.
    seen = []
    routes_of = facts._routes

    def spy(*args):
        routes = routes_of(*args)
        seen.append(dict(routes))  # (as the loop over the batch starts)
        return routes

    monkeypatch.setattr(facts, "_routes", spy)
    events = [_event(f"The council paid {1000 * (i + 2)} pounds to the Quennell trust.", f"d{i}", 3 + i % 3)
              for i in range(300)] + _story()
    index = facts.build(events)
    (routes,) = seen
    assert sum(isinstance(v, str) for v in index.rare.values()) >= 300  # (each amount, said once)
    assert not any(isinstance(v, str) for v in routes.values())
    assert len(routes) < 20, f"{len(routes)} routes for {len(index.items)} statements"
    assert index.facts() == facts.build(list(reversed(events))).facts()


# ------------------------------------------------------------ s19: a statement's dates in one shared slot


def test_statements_of_one_date_and_report_share_one_span():
    # An _Item held its first and last day, its weeks and its report's day in four slots (32
    # bytes a statement); they are one tuple now, the one `_dates` reads once for every
    # statement of that date and report date (24 bytes a statement less at the grouping's peak).
    events = [_event(f"The council met delegation {n} in Leeds.", f"d{n}") for n in range(6)]
    events.append(_event("The mayor of Leeds resigned.", "e", 5))
    feed = Feed()
    feed.add(events[:3], {e.text: feed.share(read_text(e.text)) for e in events[:3]})
    index = facts.build(events, fed=feed)
    items = [index.items[e.id] for e in events]
    # (one tuple for those fed, one for those read by the grouping: each reads its dates once)
    assert len({id(item.span) for item in items[:3]}) == len({id(item.span) for item in items[3:6]}) == 1
    assert items[6].span is not items[3].span
    for item, event in zip(items, events):
        day = date.fromisoformat(event.when)
        assert (item.lo, item.hi, item.reported) == (day, day, event.reported)
        assert item.weeks == facts._weeks(item.lo, item.hi, item.reported, False)  # (kept once indexed)
    slots = [s for kind in type(items[0]).__mro__ for s in getattr(kind, "__slots__", ())]
    assert not {"lo", "hi", "weeks", "reported"} & set(slots)
    assert sys.getsizeof(items[0]) <= 144


def test_a_statement_fed_reads_as_its_event_once_indexed_too():
    # Its weeks were let go once indexed (set to ()), so a statement indexed no longer read as
    # its event; the weeks are kept now (the shared span): it does, and no other does.
    event, other = _event("The mayor of Leeds resigned.", "a"), _event("The mayor of Leeds resigned.", "a", 4)
    index = facts.build([event])
    item = index.items[event.id]
    assert facts.reads_as(item, event, {}, {})
    assert not facts.reads_as(item, other, {}, {})


# ------------------------------------------------------------ s20: a statement's weight read when compared


def _expected_weights(index: facts.FactIndex) -> dict[str, float]:
    """Each statement's IDF weight as the search reads it for a batch of these counts."""
    n_docs = len(index.doc_items)
    return {i: math.fsum(facts._idf(index, t, n_docs) for t in item.terms) for i, item in index.items.items()}


def test_a_statement_never_compared_holds_no_weight_of_its_own():
    # Every statement of a batch held a float of its weight (24 bytes a small document at the
    # grouping's peak), most of a large ingest's never read (never compared): it holds the
    # batch's weights (one object) until first asked (`facts._weight`), the same float then.
    events = [council_event(i) for i in range(300)] + _story()
    index = facts.build(events)
    items = list(index.items.values())
    floats = [item for item in items if type(item.weight) is float]
    assert len(floats) < len(items) / 10, f"{len(floats)} of {len(items)} statements hold a float"
    assert len({id(item.weight) for item in items if type(item.weight) is not float}) == 1
    assert {i: facts._weight(item) for i, item in index.items.items()} == _expected_weights(index)
    assert all(type(item.weight) is float for item in items)  # (kept once read)
    # the same grouping as a batch whose weights are all read first (the old code's)
    again = facts.build(events)
    for item in again.items.values():
        facts._weight(item)
    assert again.facts() == index.facts()


def test_a_statement_first_compared_in_a_later_batch_weighs_as_in_its_own():
    # Its weight is its own batch's (the document counts then), read later from that batch's
    # weights: a statement of the first batch compared only when the second comes weighs as
    # if read in the first (the counts have moved since).
    first = [council_event(i) for i in range(200)]
    index = facts.build(first)
    expected = _expected_weights(index)
    later = [_event(f"The council met delegation {i} on October {1 + i % 28}, the mayor said.", f"m{i}", 1 + i % 28)
             for i in range(0, 200, 7)]
    facts.regroup(index, later)
    for event in first:
        assert facts._weight(index.items[event.id]) == expected[event.id]
    # (the grouping is that of the two batches read with every weight read at once)
    other = facts.build(first)
    for item in other.items.values():
        facts._weight(item)
    facts.regroup(other, later)
    assert other.facts() == index.facts()


def test_a_copy_of_a_statement_with_other_terms_keeps_its_weight():
    # `_aliased`, `_spelled` and `_read_whole` copy a statement with other terms and its weight
    # ("its weight stays"): the copy's is the original's, not read of its own terms.
    index = facts.build([council_event(i) for i in range(40)] + _story())
    item = next(item for item in index.items.values() if type(item.weight) is not float)  # (never compared)
    copy = facts._replace(item, terms=frozenset(item.terms) | {"quennell"})
    assert type(copy.weight) is float and copy.weight == facts._weight(item) == _expected_weights(index)[item.id]


def test_the_feeds_table_shrinks_as_its_statements_are_taken():
    # The feed's table of prepared statements kept its size until emptied (a dict emptied by
    # pops keeps its table), while the index's own table filled from it: both full at the end
    # of facts._add, the peak of the grouping once the weights went. Made again, half the size,
    # when half are taken; the same statements given, the same grouping.
    events = [council_event(i) for i in range(4000)]
    feed = Feed()
    feed.add(events, {e.text: feed.share(read_text(e.text)) for e in events})
    full = sys.getsizeof(feed._items)
    taken = [feed.take(e) for e in events[:3000]]
    assert all(item is not None and item.id == e.id for item, e in zip(taken, events))
    assert sys.getsizeof(feed._items) <= full / 3, (sys.getsizeof(feed._items), full)
    assert list(feed._items) == [e.id for e in events[3000:]]
    again = Feed()
    again.add(events, {e.text: again.share(read_text(e.text)) for e in events})
    assert facts.build(events, fed=again).fact_of == facts.build(events).fact_of
    assert not again._items and again._made == 0


def test_the_two_letter_acronyms_copy_keeps_its_weight_too():
    # xrecall4's `_spelled_short` (session 20) copied a statement with `dataclasses.replace`
    # while flatmem8 made weights lazy: the copy then weighed its own terms, and dev10's "The EU
    # also condemned ..." / "The European Union renewed its condemnation ..." link was lost at
    # the merge. Every copy of a statement goes through `facts._replace`.
    eu = _event("The EU condemned the attack on the convoy near Sarajevo.", "a")
    union = _event("The European Union condemned the attack on the aid convoy near Sarajevo.", "b")
    index = facts.build([council_event(i) for i in range(40)] + [eu, union])
    a, b = index.items[eu.id], index.items[union.id]
    expected = _expected_weights(index)
    copy = facts._spelled_short(a, b)
    assert copy is not b  # (the name read as its head word: a copy)
    assert type(copy.weight) is float and copy.weight == expected[union.id]
    copy = facts._spelled_short(b, a)
    assert copy is not a and type(copy.weight) is float and copy.weight == expected[eu.id]


def test_reading_many_texts_fills_no_cache_of_the_pack_beyond_a_few_thousand():
    """Each ingest worker reads every statement once (`read_text`): a cache of the pack keyed
    by a whole text kept one text and its reading a document, up to 65,536 documents
    (`_main_clause`: ~220 bytes a small document, never a hit in an ingest)."""
    caches = [f for f in vars(en).values() if hasattr(f, "cache_info")]
    for f in caches:
        f.cache_clear()
    for i in range(4_500):
        read_text(f"The council met delegation {i} on October 3, officials said.")
    fullest = max(caches, key=lambda f: f.cache_info().currsize)
    assert fullest.cache_info().currsize <= 4_096, fullest.__name__
