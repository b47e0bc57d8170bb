"""The stored same-fact grouping through the CLI (issue 15 items 1, 3, 4): `ingest` stores it,
a fact keeps its id, `link` / `unlink` / `alias` are remembered across re-ingest, and the
other writes leave it stale but shown right."""

from __future__ import annotations

import json
import tomllib

import pytest

DOCS = {
    "a.txt": "Date: 2024-10-25\n\nNorth Korean troops arrived at the Kursk front on October 24, Ukrainian "
             "intelligence said.\nThe minister apologised on Thursday for the raid on the harbour office.\n",
    "b.txt": "Date: 2024-10-26\n\nUkrainian intelligence said North Korean troops had arrived at the Kursk "
             "front on October 24.\nHeavy rain flooded the harbour district on Friday.\n",
    "c.txt": "Date: 2024-10-27\n\nThe first North Korean troops arrived at the front in Kursk on October 24, "
             "according to Ukrainian intelligence.\n",
}
TROOPS = "North Korean troops"


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def ok(result):
    assert result.exit_code == 0, result.output
    return result


def facts(tl, *args) -> list[dict]:
    return [json.loads(line) for line in ok(tl("facts", "--format", "jsonl", *args)).output.splitlines()]


def ids(tl) -> dict[str, str]:
    """{first words of the text: id}."""
    rows = [json.loads(line) for line in ok(tl("show", "--format", "jsonl")).output.splitlines()]
    return {" ".join(r["text"].split()[:3]): r["id"] for r in rows}


def stored(tl) -> dict:
    return tomllib.loads(tl.store.read_text(encoding="utf-8"))


def troops(rows: list[dict]) -> dict:
    [row] = [r for r in rows if "troops" in r["text"] and r["sources"] > 1]
    return row


def test_ingest_stores_the_grouping_in_the_same_write(tl, docs):
    ok(tl("ingest", str(docs)))
    doc = stored(tl)
    assert doc["schema"] == 4 and doc["grouping"]["events"]
    [fact] = doc["fact"]
    assert len(fact["ids"]) == 3 and fact["sources"] == 3 and fact["id"] == "F" + min(fact["ids"])
    row = troops(facts(tl))
    assert row["fact"] == fact["id"] and row["sources"] == 3 and row["agreement"] == "agree"
    # the lone statements are facts of their own, not written
    assert all(r["sources"] == 1 and r["fact"] == "F" + r["events"][0] for r in facts(tl) if r["fact"] != row["fact"])


def test_a_fact_keeps_its_id_when_a_statement_with_a_smaller_id_joins(tl, docs, tmp_path):
    first = tmp_path / "first"
    first.mkdir()
    every = {}
    for name in DOCS:
        (first / name).write_text(DOCS[name], encoding="utf-8")
    ok(tl("ingest", str(first / "b.txt"), str(first / "c.txt")))
    before = troops(facts(tl))["fact"]
    ok(tl("ingest", str(first / "a.txt")))
    row = troops(facts(tl))
    every = set(row["events"])
    assert len(every) == 3 and row["fact"] == before
    assert [f["id"] for f in stored(tl)["fact"]] == [before]


def test_link_and_unlink_are_remembered_across_re_ingest(tl, docs):
    ok(tl("ingest", str(docs)))
    ok(tl("add", "2024-10-24: Officials met in Seoul about the raid", "--source", "d.txt"))
    known = ids(tl)
    raid, met = known["The minister apologised"], known["Officials met in"]
    result = ok(tl("link", raid[:6], met[:6]))
    assert "linked 2 statements" in result.output
    linked = [r for r in facts(tl) if raid in r["events"]][0]
    assert set(linked["events"]) == {raid, met} and linked["sources"] == 2
    alone = troops(facts(tl))["events"][0]
    ok(tl("unlink", alone))
    assert [r["events"] for r in facts(tl) if alone in r["events"]] == [[alone]]
    ok(tl("ingest", str(docs)))  # again: nothing new, the overrides hold
    doc = stored(tl)
    assert doc["link"] == [{"ids": sorted([raid, met])}] and doc["unlink"] == [{"ids": [alone]}]
    assert [r["events"] for r in facts(tl) if alone in r["events"]] == [[alone]]
    assert set([r for r in facts(tl) if raid in r["events"]][0]["events"]) == {raid, met}
    # the evidence names the user's link
    shown = ok(tl("facts", raid[:6])).output
    assert "user link" in shown and "2 sources" in shown
    # a link undoes the unlink it contradicts
    other = [i for i in troops(facts(tl))["events"] if i != alone][0]
    ok(tl("link", alone, other))
    assert "unlink" not in stored(tl)
    assert alone in troops(facts(tl))["events"]


def test_unlink_of_two_keeps_them_apart(tl, docs):
    ok(tl("ingest", str(docs)))
    row = troops(facts(tl))
    a, b, c = row["events"]
    ok(tl("unlink", a, b))
    after = [r for r in facts(tl) if a in r["events"] or b in r["events"]]
    assert not any(a in r["events"] and b in r["events"] for r in after)
    assert stored(tl)["unlink"] == [{"ids": sorted([a, b])}]


def test_link_refuses_statements_whose_dates_cannot_meet(tl, docs):
    ok(tl("ingest", str(docs)))
    known = ids(tl)
    raid, rain = known["The minister apologised"], known["Heavy rain flooded"]  # Thursday, Friday
    result = tl("link", raid, rain)
    assert result.exit_code == 2
    assert "cannot link: their dates cannot be the same day" in result.output
    assert "2024-10-24" in result.output and "2024-10-25" in result.output and "Traceback" not in result.output
    assert "link" not in stored(tl)
    assert [r["events"] for r in facts(tl) if raid in r["events"]] == [[raid]]


def test_link_and_unlink_need_known_ids(tl, docs):
    ok(tl("ingest", str(docs)))
    one = ids(tl)["Heavy rain flooded"]
    for args in (("link", one), ("link", one, "zzzzzz"), ("unlink", one, one[:6], "1234"), ("unlink", "nope00")):
        result = tl(*args)
        assert result.exit_code == 2, (args, result.output)
        assert result.output.startswith("Error:")


def test_other_writes_leave_the_grouping_stale_but_shown_right(tl, docs):
    ok(tl("ingest", str(docs / "a.txt"), str(docs / "b.txt")))
    fact = troops(facts(tl))["fact"]
    digest = stored(tl)["grouping"]["events"]
    ok(tl("add", "2024-10-24: North Korean troops arrived at the Kursk front, Ukrainian intelligence said.",
          "--source", "e.txt"))
    assert stored(tl)["grouping"]["events"] == digest  # add does not regroup (a splice on big stores)
    row = troops(facts(tl))
    assert row["fact"] == fact and row["sources"] == 3  # grouped afresh when shown, the same id
    ok(tl("rm", row["events"][0], "--yes"))
    assert troops(facts(tl))["fact"] == fact
    ok(tl("facts", "--regroup"))
    doc = stored(tl)
    assert doc["grouping"]["events"] != digest and [f["id"] for f in doc["fact"]] == [fact]


def test_facts_id_resolves_like_every_command(tl, docs):
    ok(tl("ingest", str(docs)))
    row = troops(facts(tl))
    for wanted in (row["fact"], row["fact"][:7], row["events"][1], row["events"][2][:5]):
        out = ok(tl("facts", wanted)).output
        assert "3 sources" in out and out.count("source docs/") == 3, wanted
    missing = tl("facts", "Fffffff")
    assert missing.exit_code == 2 and "no fact or statement 'Fffffff'" in missing.output
    short = tl("facts", "F")
    assert short.exit_code == 2


def test_exports_carry_the_stored_grouping(tl, docs):
    ok(tl("ingest", str(docs)))
    row = troops(facts(tl))
    lines = [json.loads(line) for line in ok(tl("export", "--format", "jsonl")).output.splitlines()]
    grouped = {r["id"]: (r["fact"], r["sources"], r["agreement"]) for r in lines}
    assert {grouped[i] for i in row["events"]} == {(row["fact"], 3, "agree")}
    assert all(v[1] == 1 for i, v in grouped.items() if i not in row["events"])
    csv_head = ok(tl("show", "--format", "csv")).output.splitlines()[0]
    assert csv_head.endswith(",fact,sources,agreement")


def test_alias_joins_claimants_for_by_and_facts(tl):
    ok(tl("add", "2024-11-04: First clash reported", "--by", "the Pentagon", "--source", "a.txt"))
    ok(tl("add", "2024-11-04: First clash with North Korean troops reported", "--by",
          "U.S. Department of Defense", "--source", "b.txt"))
    by = lambda name: ok(tl("show", "--by", name, "--format", "jsonl")).output.count("\n")  # noqa: E731
    assert by("Department of Defense") == 1
    result = ok(tl("alias", "the Pentagon", "U.S. Department of Defense"))
    assert "now means" in result.output
    assert by("Department of Defense") == 2 and by("Pentagon") == 2
    assert ok(tl("alias")).output == "the Pentagon\tU.S. Department of Defense\n"
    pair = [json.loads(line)["id"] for line in ok(tl("show", "--format", "jsonl")).output.splitlines()]
    ok(tl("link", *pair))
    [row] = facts(tl)
    assert row["claimants"] == ["U.S. Department of Defense"] and row["sources"] == 2
    ok(tl("alias", "--remove", "the Pentagon"))
    assert by("Department of Defense") == 1 and "alias" not in stored(tl)
    assert sorted(facts(tl)[0]["claimants"]) == ["U.S. Department of Defense", "the Pentagon"]


def test_alias_refuses_what_it_cannot_keep(tl):
    ok(tl("add", "2024-11-04: First clash reported"))
    for args, words in ((("alias", "the Pentagon"), "needs a NAME and the CLAIMANT"),
                        (("alias", "x", "x"), "two different"),
                        (("alias", "--remove", "nobody"), "no alias named"),
                        (("alias", "a\nb", "c"), "name")):
        result = tl(*args)
        assert result.exit_code == 2 and words in result.output, (args, result.output)


def test_ingest_one_document_at_a_time_groups_as_the_whole_store_does(tl, docs):
    for name in ("b.txt", "a.txt", "c.txt"):  # each ingest after the first is incremental
        ok(tl("ingest", str(docs / name)))
    one_by_one = stored(tl)
    ok(tl("facts", "--regroup"))  # the whole store afresh
    assert stored(tl)["fact"] == one_by_one["fact"] and stored(tl)["grouping"] == one_by_one["grouping"]


def test_ingest_after_an_edit_by_hand_groups_the_whole_store(tl, docs):
    ok(tl("ingest", str(docs / "a.txt")))
    text = tl.store.read_text(encoding="utf-8")
    tl.store.write_text(text.replace("Kursk front on October 24, Ukrainian", "Kursk front on October 24 , Ukrainian"),
                        encoding="utf-8")  # the grouping no longer matches the events
    ok(tl("ingest", str(docs / "b.txt"), str(docs / "c.txt")))
    doc = stored(tl)
    assert len(doc["fact"]) == 1 and len(doc["fact"][0]["ids"]) == 3
    assert ok(tl("facts", "--regroup")) and stored(tl)["grouping"] == doc["grouping"]


def test_show_of_a_fact_id_lists_its_statements_with_source_claimant_and_evidence(tl, docs):
    ok(tl("ingest", str(docs)))
    row = troops(facts(tl))
    out = ok(tl("show", row["fact"])).output
    assert out == ok(tl("facts", row["fact"])).output
    assert "3 sources" in out and out.count("source docs/") == 3 and "claimed by Ukrainian intelligence" in out
    assert "linked by:" in out and "shared" in out
    event = ok(tl("show", row["events"][0])).output  # an event id still shows the event
    assert event.startswith("id ") or "\nid " in event
    assert tl("show", "Fzzzzzz").exit_code == 2


def test_the_rich_footer_counts_facts_in_words_a_reader_expects(tl, docs):
    ok(tl("ingest", str(docs)))
    everything = ok(tl("facts", "--format", "rich", "--no-pager")).output
    assert "facts, 1 reported by two or more sources" in everything
    one = ok(tl("facts", "--format", "rich", "--no-pager", "--min-sources", "3")).output
    assert "1 fact, 1 reported by two or more sources" in one


def test_a_store_whose_statements_never_corroborate_keeps_its_empty_grouping(tl, docs, monkeypatch):
    from timeline_cli import grouping

    monkeypatch.setattr(grouping, "FULL_REGROUP", 0)  # a big store's ingest
    ok(tl("ingest", str(docs / "a.txt")))
    doc = stored(tl)
    assert doc["grouping"]["events"].startswith("2-") and "fact" not in doc  # grouped: nothing groups
    # So the next ingest adds to it incrementally: grouping the whole store again would fail here.
    monkeypatch.setattr(grouping, "compute", lambda *a: pytest.fail("the whole store was grouped again"))
    ok(tl("ingest", str(docs / "b.txt")))
    doc = stored(tl)
    assert doc["grouping"]["events"].startswith("4-") and len(doc["fact"]) == 1
    monkeypatch.undo()
    ok(tl("facts", "--regroup"))
    assert stored(tl)["fact"] == doc["fact"] and stored(tl)["grouping"] == doc["grouping"]


def test_a_store_written_before_the_empty_grouping_was_kept_is_grouped_whole_once(tl, docs, monkeypatch):
    from timeline_cli import grouping

    ok(tl("ingest", str(docs / "a.txt")))
    text = tl.store.read_text(encoding="utf-8")
    start = text.index("\n[grouping]")
    tl.store.write_text(text[:start] + text[text.index("\n[[event]]", start):], encoding="utf-8")  # as the last version wrote it
    calls = []
    monkeypatch.setattr(grouping, "FULL_REGROUP", 0)  # a big store's ingest
    real = grouping.compute
    monkeypatch.setattr(grouping, "compute", lambda *a, **k: calls.append(1) or real(*a, **k))
    ok(tl("ingest", str(docs / "b.txt")))
    ok(tl("ingest", str(docs / "c.txt")))
    assert len(calls) == 1 and len(stored(tl)["fact"][0]["ids"]) == 3  # the first ingest only


@pytest.mark.corpus
@pytest.mark.parametrize("seed", [0, 1])
def test_a_small_store_groups_the_same_whatever_order_its_documents_came_in(tl, tmp_path, seed):
    """Up to grouping.FULL_REGROUP statements `ingest` groups the whole store: one document at
    a time, in a random order, the stored grouping is the full grouping of what it holds."""
    import random

    from conftest import CORPORA
    from timeline_cli import facts as facts_, store

    if not (CORPORA / "aquaint.jsonl").exists():
        pytest.skip(f"{CORPORA / 'aquaint.jsonl'} is absent (corpora live in ../shared/corpora beside the repository)")
    with (CORPORA / "aquaint.jsonl").open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    random.Random(seed).shuffle(docs)
    seen: dict[frozenset, str] = {}
    for n, doc in enumerate(docs[:24]):
        path = tmp_path / f"{doc['doc']}.txt"
        path.write_text(f"Date: {doc['dct']}\n\n{doc['text']}", encoding="utf-8")
        ok(tl("ingest", str(path)))
        if n % 6 != 5:
            continue
        kept = {frozenset(f["ids"]): f["id"] for f in stored(tl).get("fact", [])}
        full = {frozenset(ids) for ids in facts_.build(store.load(tl.store)).facts().values() if len(ids) > 1}
        assert set(kept) == full
        assert all(kept[f] == fid for f, fid in seen.items() if f in kept)  # a fact kept keeps its id
        seen = kept
    assert len(seen) >= 5
