"""Identical texts (a footer on every saved page, one wire story re-published by many outlets)
join through a representative: k copies cost k comparisons, not k * k, and group as when
every pair was linked (facts._twin_reps, FactIndex._wire_groups)."""

from __future__ import annotations

from datetime import date, timedelta

from _linear import assert_linear
from timeline_cli import facts, grouping
from timeline_cli.model import Event, make_id
from timeline_cli.store import Store

FOOTER = "Subscribe to our newsletter for the latest Acme Widgets news from Springfield."


def ev(text: str, when: str, source: str, reported: date | None = None) -> Event:
    return Event(id=make_id(text, when, source), when=when, text=text, source=source, reported=reported)


def pages(k: int, undated: bool = False) -> list[Event]:
    """`k` pages, each with the one footer (dated one day, or undated: "../its report date",
    reported on 50 different days) and a statement of its own."""
    out = []
    for i in range(k):
        source, reported = f"page{i:05d}", date(2020, 1, 1) + timedelta(days=i % 50)
        when = f"../{reported.isoformat()}" if undated else "2020-03-04"
        own = f"The council of Springfield approved budget number {i} for the bridge repairs."
        out += [ev(FOOTER, when, source, reported), ev(own, "2020-03-03", source, reported)]
    return out


def footers(index: facts.FactIndex) -> set[str]:
    return {index.fact_of[i] for i, item in index.items.items() if item.text == FOOTER}


def test_copies_of_one_text_are_one_fact_and_each_links_to_the_first():
    index = facts.build(pages(30))
    assert len(footers(index)) == 1
    fid = footers(index).pop()
    first = min(i for i, item in index.items.items() if item.text == FOOTER)
    links = index.explain(fid)
    assert len(links) == 29 and all(e.kind == "same text" and e.a == first for e in links)


def test_undated_copies_reported_on_different_days_are_one_fact():
    assert len(footers(facts.build(pages(40, undated=True)))) == 1


def test_copies_whose_dates_cannot_meet_stay_apart_and_each_date_joins_its_own():
    events = [ev(FOOTER, "2020-03-04", f"a{i}") for i in range(5)] + [ev(FOOTER, "2020-05-06", f"b{i}") for i in range(5)]
    index = facts.build(events)
    assert sorted(map(len, index.facts().values())) == [5, 5]


def test_a_copy_in_the_first_copys_document_links_to_the_next_document():
    events = [ev(FOOTER, "2020-03-04", "a"), ev(FOOTER + " ", "2020-03-04", "a"), ev(FOOTER, "2020-03-04", "b")]
    index = facts.build(events)
    assert len(index.facts()) == 1  # (its text key is the same: spaces are normalised)


def test_a_copy_overlapping_another_date_joins_the_earliest_copy_it_can():
    # "../2020-03-10" (undated) overlaps both days; the precise days join their own
    events = [ev(FOOTER, "2020-03-04", f"a{i}") for i in range(3)] + [ev(FOOTER, "../2020-03-10", "u")]
    index = facts.build(events)
    assert len(index.facts()) == 1


def test_a_copy_kept_alone_is_no_representative():
    events = [ev(FOOTER, "2020-03-04", f"p{i}") for i in range(6)]
    first = min(e.id for e in events)
    index = facts.build(events, unlinks=[first])
    assert sorted(map(len, index.facts().values())) == [1, 5]


def test_doubling_the_copies_does_not_quadruple_the_comparisons():
    # every pair compared: 19,900 then 79,800 comparisons (4.0x)
    for undated in (False, True):
        small, big = facts.build(pages(200, undated)), facts.build(pages(400, undated))
        assert big.compared <= 2.5 * small.compared


def test_grouping_copies_grows_linearly():
    # (the candidate search, the merge and the count of wire copies: each was quadratic in k)
    assert_linear(lambda events: grouping.compute(events, _empty_memory()), lambda n: pages(max(8, n // 64), True),
                  what="grouping k copies of one footer", max_n=1 << 19)


def _empty_memory():
    from timeline_cli.memory import Memory

    return Memory()


def test_pages_sharing_only_their_footer_are_not_one_wire_story():
    index = facts.build(pages(50))
    assert index.wire_groups() == {}
    fid = footers(index).pop()
    assert index.sources(fid) == 50


def test_adding_one_page_to_a_store_of_5000_sharing_a_sentence_compares_each_copy_once(tmp_path, monkeypatch):
    # (counted, not timed: about 0.3 s of CPU here; with every pair compared, 12.5 million)
    monkeypatch.setattr(grouping, "FULL_REGROUP", 0)  # a big store: incremental
    s = Store(tmp_path / "t.toml")
    with s.transaction() as txn:
        for e in pages(5000):
            txn.add(e)
        grouping.regroup(txn)
    extra = [e for e in pages(5001) if e.source == "page05000"]
    built = []
    real = facts.build
    monkeypatch.setattr(facts, "build", lambda *a, **k: built.append(real(*a, **k)) or built[-1])
    with s.transaction() as txn:
        for e in extra:
            txn.add(e)
        grouping.regroup_added(txn)
    assert [len(f.ids) for f in s.memory().facts.values()] == [5001]
    assert len(built) == 1 and built[0].compared <= 3 * len(built[0].items)


STORY = [f"Officials in Springfield said on March 4 that the Acme plant number {j} closed after the flood damaged line {j}."
         for j in range(10)]


def outlets(k: int) -> list[Event]:
    """One wire story of ten sentences re-published by `k` outlets."""
    return [ev(t, "2020-03-04", f"outlet{i:05d}", date(2020, 3, 5)) for i in range(k) for t in STORY]


def test_a_wire_story_re_published_by_many_outlets_is_one_source_per_fact():
    found, _index = grouping.compute(outlets(60), _empty_memory())
    assert len(found) == 10 and {f.sources for f in found.values()} == {1}


def test_grouping_a_wire_story_re_published_k_times_grows_linearly():
    assert_linear(lambda events: grouping.compute(events, _empty_memory()), lambda n: outlets(max(4, n // 256)),
                  what="grouping one story re-published by k outlets", max_n=1 << 19)


def _wire_afresh(index: facts.FactIndex) -> dict[str, str]:
    index._wire = None
    return index.wire_groups()


def test_finding_the_wire_copies_of_a_story_re_published_k_times_grows_linearly():
    # (pair by pair, or each outlet reading every outlet of its rarest texts: k * k)
    assert_linear(_wire_afresh, lambda n: facts.build(outlets(max(4, n // 64))),
                  what="wire_groups of one story re-published by k outlets", max_n=1 << 20)


def _wire_every_pair(index: facts.FactIndex) -> dict[str, str]:
    """FactIndex.wire_groups as it was computed pair by pair: the reference."""
    from collections import defaultdict

    shared: dict[tuple[str, str], int] = defaultdict(int)
    size: dict[str, int] = defaultdict(int)
    for item in index.items.values():
        size[item.doc] += 1
    texts: dict[str, set[str]] = defaultdict(set)
    for item in index.items.values():
        texts[facts.text_key(item.text)].add(item.doc)
    for found in texts.values():
        docs = sorted(found)
        for k, a in enumerate(docs):
            for b in docs[k + 1:]:
                shared[(a, b)] += 1
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for (a, b), n in sorted(shared.items()):
        if n >= facts.REPUBLISHED * min(size[a], size[b]) and n >= 2:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {d: root(d) for d in parent}


def test_wire_copies_are_those_every_pair_would_find():
    import random

    pool = [f"Statement {w} about the Acme bridge in Springfield was made." for w in "abcdefghijkl"]
    for seed in range(40):
        rng = random.Random(seed)
        events = []
        for d in range(rng.randrange(2, 12)):
            for t in rng.sample(pool, rng.randrange(1, 7)):
                events.append(ev(t, "2020-03-04", f"doc{d:02d}"))
        index = facts.build(events)
        assert index.wire_groups() == _wire_every_pair(index), seed


def test_copies_searched_in_another_process_still_count_as_linked_in_the_cohesion(monkeypatch):
    # Three copies all searched in a forked part (factsplit.py): the parent never met their
    # text, yet two copies not linked to each other weigh 1.0 between two facts, as in one
    # process (the grouping must not depend on the number of processes).
    monkeypatch.setattr(facts, "SPLIT_FROM", 1)
    for salt in range(200):
        events = [ev(FOOTER, "2020-03-04", f"p{i}-{salt}") for i in range(3)]
        events += [ev(f"Filler statement number {j} about zebras {salt}.", "2020-03-04", f"f{j}") for j in range(6)]
        order = sorted(e.id for e in events)
        copies = sorted(e.id for e in events if e.text == FOOTER)
        if all(order.index(c) % 2 == 1 for c in copies):  # (part 0, the parent's, holds none)
            break
    one, two = facts.build(events), facts.build(events, processes=2)
    _first, a, b = copies
    assert facts._cohesion(two, [a], [b]) == facts._cohesion(one, [a], [b]) == 1.0
