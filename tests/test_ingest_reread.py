"""Re-ingesting a document that a newer version reads otherwise (ingest.save, `ingest --reread`).

An event's id is made from its text, date and source, so when this version dates a statement
otherwise than the version that stored it (or than the user, who corrected `when` with `timeline
edit`, which keeps the id), re-ingesting its source made another id and added the statement a
second time (174 of 4,963 statements of TE3 silver's AFP April 1997 over a store of session 14's
code), brought a removed statement back, or set a parser copy beside a reviewed one. Here an
"older version's store" is written as an old parser wrote it: the statement with another `when`,
under the id make_id gives for that `when`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from _linear import assert_linear

from timeline_cli import store
from timeline_cli.ingest import USER_FIELDS, Ingested, Job, collect, run_jobs, save
from timeline_cli.model import Event, make_id
from timeline_cli.spill import BlockSpill
from timeline_cli.store import Store

SOURCE = "a.txt"
DOC = ("Date: 2024-11-06\n\n"
       "The ministry said troops left on October 24.\n"
       "Talks began in June.\n")
TROOPS = "The ministry said troops left on October 24."
OLD_WHEN = "../2024-11-06"   # what an older parser made of it: undated, on or before the report
TODAY = date(2025, 1, 2)


def _ingested(text: str = DOC, source: str = SOURCE, spill: BlockSpill | None = None, copies: int = 1) -> Ingested:
    jobs = [Job(source, source, text, None, TODAY, True, None)] * copies
    return collect(jobs, run_jobs(jobs), spill)


def _old_store(path: Path, text: str = DOC, *, tags=("checked",), note: str = "seen on TV",
               status: str = "confirmed") -> Event:
    """A store as an older version left it: the document's events, TROOPS read as OLD_WHEN
    (under the id that reading gives), reviewed by the user (tags, note, status)."""
    events = list(_ingested(text).events)
    new = next(e for e in events if e.text == TROOPS)
    old = new.with_(id=make_id(TROOPS, OLD_WHEN, SOURCE), when=OLD_WHEN, tags=tags, note=note, status=status)
    with Store(path).transaction() as txn:
        for e in events:
            txn.add(old if e is new else e)
    return old


def _remove(path: Path, event: Event) -> Event:
    """`timeline rm` of the event (remembered as removed)."""
    with store.transaction(path) as txn:
        txn.remove(event.id, remember=True)
    return event


def _troops(path: Path) -> list[Event]:
    return [e for e in store.load(path) if e.text == TROOPS]


# ---------------------------------------------------------------- the core, through the Python API


def test_a_statement_read_otherwise_is_kept_as_stored_not_added_again(tmp_path):
    path = tmp_path / "timeline.toml"
    old = _old_store(path)
    before = path.read_bytes()
    with store.transaction(path) as txn:
        saved = save(txn, _ingested())
    assert saved == 0 and saved.kept == (old.id,) and saved.reread == ()
    assert _troops(path) == [old]  # the user's review wins: untouched, no parser copy beside it
    assert path.read_bytes() == before


def test_reread_takes_the_new_reading_and_keeps_what_the_user_gave_it(tmp_path):
    path = tmp_path / "timeline.toml"
    old = _old_store(path)
    new = next(e for e in _ingested().events if e.text == TROOPS)
    with store.transaction(path) as txn:
        saved = save(txn, _ingested(), reread=True)
    assert saved == 0 and saved.kept == () and saved.reread == ((old.id, new.id),)
    [troops] = _troops(path)
    assert troops.id == new.id == make_id(TROOPS, "2024-10-24", SOURCE) and troops.when == "2024-10-24"
    assert (troops.tags, troops.note, troops.status) == (old.tags, old.note, old.status)
    assert troops == new.with_(**{name: getattr(old, name) for name in USER_FIELDS})
    with store.transaction(path) as txn:  # and from then on it is found by its id
        assert save(txn, _ingested(), reread=True) == 0 and not txn.changed


def test_reread_keeps_the_users_links_under_the_new_id(tmp_path):
    from timeline_cli import grouping

    path = tmp_path / "timeline.toml"
    old = _old_store(path)
    other = Event(make_id("Soldiers left on 24 October.", "2024-10-24", "b.txt"), "2024-10-24",
                  "Soldiers left on 24 October.", source="b.txt")
    with store.transaction(path) as txn:
        txn.add(other)
        grouping.link(txn, [old.id, other.id])
    [fact] = [f for f in Store(path).memory().facts.values() if old.id in f.ids]
    with store.transaction(path) as txn:
        saved = save(txn, _ingested(), reread=True)
        grouping.regroup_added(txn)
    new_id = saved.reread[0][1]
    memory = Store(path).memory()
    assert list(memory.links.values()) == [tuple(sorted((new_id, other.id)))]
    assert memory.facts[fact.id].ids == tuple(sorted((new_id, other.id)))  # the fact keeps its id


def test_a_removed_statement_read_otherwise_stays_removed(tmp_path):
    path = tmp_path / "timeline.toml"
    old = _remove(path, _old_store(path))
    with store.transaction(path) as txn:
        saved = save(txn, _ingested())
    assert saved == 0 and saved.skipped == (old.id,) and saved.kept == ()
    assert _troops(path) == []  # the review is not undone
    with store.transaction(path) as txn:  # --reread: still removed, remembered as the new reading
        saved = save(txn, _ingested(), reread=True)
    new_id = make_id(TROOPS, "2024-10-24", SOURCE)
    assert _troops(path) == [] and list(Store(path).memory().removed) == [new_id]
    assert Store(path).memory().removed[new_id].event.note == old.note
    with store.transaction(path) as txn:  # --restore brings it back
        saved = save(txn, _ingested(), restore=True)
    assert saved.restored == (new_id,) and [e.id for e in _troops(path)] == [new_id]


def test_a_removed_statement_restored_and_reread_comes_back_as_the_new_reading(tmp_path):
    path = tmp_path / "timeline.toml"
    old = _remove(path, _old_store(path))
    with store.transaction(path) as txn:
        saved = save(txn, _ingested(), restore=True)
    assert saved.restored == (old.id,) and _troops(path) == [old]  # as it was when removed
    _remove(path, old)
    with store.transaction(path) as txn:
        save(txn, _ingested(), restore=True, reread=True)
    [troops] = _troops(path)
    assert troops.when == "2024-10-24" and troops.note == old.note and not Store(path).memory().removed


def test_a_when_corrected_by_hand_is_kept_when_this_version_reads_it_otherwise(tmp_path):
    # `timeline edit --when` keeps the id (the old reading's); the parser now reads a third date
    from timeline_cli.editing import change_fields

    path = tmp_path / "timeline.toml"
    old = _old_store(path)
    with store.transaction(path) as txn:
        txn.replace(change_fields(old, set_={"when": "2024-10-23"}))
    with store.transaction(path) as txn:
        saved = save(txn, _ingested())
    assert saved == 0 and saved.kept == (old.id,)
    assert [(e.id, e.when) for e in _troops(path)] == [(old.id, "2024-10-23")]


def test_the_document_changed_elsewhere_its_statements_are_found_by_their_text(tmp_path):
    # a paragraph added at the top moves every span: the text alone, once in the source, is enough
    path = tmp_path / "timeline.toml"
    old = _old_store(path)
    changed = DOC.replace("\n\n", "\n\nA new opening paragraph, with no date at all in it, was added.\n\n", 1)
    moved = next(e for e in _ingested(changed).events if e.text == TROOPS)
    assert moved.span != old.span
    with store.transaction(path) as txn:
        saved = save(txn, _ingested(changed))
    assert saved.kept == (old.id,) and _troops(path) == [old]
    assert saved == 1  # the new paragraph is a new statement


def test_a_text_twice_in_the_source_at_other_places_is_no_match(tmp_path):
    # must not match: the same text at two other places of its source (which one is it?), the
    # same text in another source, another text at the same place; beside each, a statement
    # that does match (TALKS, read otherwise too), kept as stored
    talks = "Talks began in June."

    def older(path: Path) -> Event:
        _old_store(path)
        new = next(e for e in store.load(path) if e.text == talks)
        old = new.with_(id=make_id(talks, "2023-06", SOURCE), when="2023-06")
        with store.transaction(path) as txn:
            txn.remove(new.id)
            txn.add(old)
        return old

    path = tmp_path / "timeline.toml"
    old_talks = older(path)
    twice = Event(make_id(TROOPS, "2023-01-01", SOURCE), "2023-01-01", TROOPS, source=SOURCE, span=(500, 544))
    with store.transaction(path) as txn:
        txn.add(twice)
    changed = DOC.replace("\n\n", "\n\nA new opening paragraph, with no date at all in it, was added.\n\n", 1)
    with store.transaction(path) as txn:
        saved = save(txn, _ingested(changed))
    assert saved.kept == (old_talks.id,) and len(_troops(path)) == 3  # added: not silently dropped
    other = tmp_path / "other.toml"
    old_talks = older(other)
    with store.transaction(other) as txn:
        txn.remove(next(e.id for e in _troops(other)))
        txn.add(Event(make_id(TROOPS, OLD_WHEN, "b.txt"), OLD_WHEN, TROOPS, source="b.txt"))
    with store.transaction(other) as txn:
        saved = save(txn, _ingested())
    assert saved == 1 and saved.kept == (old_talks.id,) and len(_troops(other)) == 2
    swapped = DOC.replace(TROOPS, "The ministry said troops came on October 24.")
    third = tmp_path / "third.toml"
    old_talks = older(third)
    with store.transaction(third) as txn:
        saved = save(txn, _ingested(swapped))
    assert saved == 1 and saved.kept == (old_talks.id,)


def test_a_new_reading_of_a_sentence_with_two_dates_is_matched_clause_by_clause(tmp_path):
    # one sentence, two events (a span each): each is matched to its own stored event, not to
    # the other, and a stored event the new reading has by its own id is never matched again
    text = "Date: 2024-11-06\n\nTroops left on October 24 and returned on November 2.\n"
    path = tmp_path / "timeline.toml"
    events = list(_ingested(text).events)
    assert len(events) == 2 and events[0].text == events[1].text and events[0].span != events[1].span
    first = events[0].with_(id=make_id(events[0].text, OLD_WHEN, SOURCE), when=OLD_WHEN, note="mine")
    with Store(path).transaction() as txn:
        txn.add(first)
        txn.add(events[1])
    with store.transaction(path) as txn:
        saved = save(txn, _ingested(text))
    assert saved == 0 and saved.kept == (first.id,)
    assert sorted(e.id for e in store.load(path)) == sorted((first.id, events[1].id))


def test_a_document_given_twice_is_matched_once(tmp_path):
    # (the same source twice in one ingest: its second copy is no new statement either)
    for reread in (False, True):
        path = tmp_path / f"{reread}.toml"
        old = _old_store(path)
        with store.transaction(path) as txn:
            saved = save(txn, _ingested(copies=2), reread=reread)
        assert saved == 0 and len(saved.kept if not reread else saved.reread) == 1
        assert len(_troops(path)) == 1 and (_troops(path) == [old]) is not reread


def test_the_spilled_path_gives_the_same(tmp_path, monkeypatch):
    # from ingest.ROWS_FROM documents the events wait on disk as rows (spill.SpilledEvents)
    import timeline_cli.ingest as ingest_mod
    from timeline_cli.spill import SpilledEvents

    monkeypatch.setattr(ingest_mod, "ROWS_FROM", 0)
    for reread in (False, True):
        path = tmp_path / f"{reread}.toml"
        old = _old_store(path)
        with BlockSpill(str(tmp_path)) as spill:
            ingested = _ingested(spill=spill)
            assert isinstance(ingested.events, SpilledEvents)
            with store.transaction(path) as txn:
                saved = save(txn, ingested, reread=reread)
        assert saved == 0
        [troops] = _troops(path)
        if reread:
            assert saved.reread == ((old.id, troops.id),) and troops.when == "2024-10-24"
            assert troops.note == old.note
        else:
            assert saved.kept == (old.id,) and troops == old


@pytest.mark.parametrize("shape", ["many sources", "one text repeated"])
def test_finding_the_statements_read_otherwise_stays_linear(tmp_path, shape):
    # one pass over the store's rows by source, each source's index made once, a few events
    # read per look-up: a store of N statements read otherwise by N ingested ones, doubled,
    # does not quadruple; nor when one source holds one text N times (a boilerplate line)
    from datetime import timedelta

    from timeline_cli.cache import Snapshot
    from timeline_cli.store import Transaction

    def make(n):
        stored, parsed = [], []
        for i in range(n):
            if shape == "many sources":
                source, text = f"d{i % (n // 4 or 1)}.txt", f"Statement {i} was made on day {i}."
                old, when = OLD_WHEN, "2024-10-24"
            else:
                source, text = "long.txt", "Fighting went on."
                old, when = (str(date(1900, 1, 1) + timedelta(days=i + k)) for k in (0, 70_000))
            new = Event(make_id(text, when, source), when, text, source=source, span=(20 * i, 20 * i + 17))
            stored.append(new.with_(id=make_id(text, old, source), when=old))
            parsed.append(new)
        return Snapshot.of(stored), parsed

    def run(made):
        snap, parsed = made
        txn = Transaction(tmp_path / "t.toml", snap)
        saved = save(txn, Ingested(parsed, [""] * len(parsed), []))
        assert saved == 0 and len(saved.kept) == len(parsed)

    assert_linear(run, make, what=f"ingest.save of statements read otherwise ({shape})", n=256, max_n=1 << 15)


# ---------------------------------------------------------------- the command


@pytest.fixture
def doc(tl) -> Path:
    path = tl.store.parent / SOURCE
    path.write_text(DOC, encoding="utf-8")
    return path


def test_ingest_says_it_kept_the_stored_reading(tl, doc):
    old = _old_store(tl.store)
    result = tl("ingest", str(doc))
    assert result.exit_code == 0, result.output
    assert "ingested 2 events from 1 document (0 new)" in result.output
    assert ("1 statement already in the store read otherwise by this version: kept as stored; "
            "--reread to take the new reading") in result.output
    assert _troops(tl.store) == [old]


def test_ingest_reread_replaces_it_and_the_link_and_tags_survive(tl, doc):
    old = _old_store(tl.store)
    other = Event(make_id("Soldiers left on 24 October.", "2024-10-24", "b.txt"), "2024-10-24",
                  "Soldiers left on 24 October.", source="b.txt")
    with Store(tl.store).transaction() as txn:
        txn.add(other)
    assert tl("link", old.id, other.id).exit_code == 0
    result = tl("ingest", str(doc), "--reread")
    assert result.exit_code == 0, result.output
    assert "1 statement in the store read otherwise by this version: replaced by the new reading" in result.output
    [troops] = _troops(tl.store)
    assert troops.when == "2024-10-24" and troops.tags == ("checked",) and troops.note == "seen on TV"
    facts = tl("facts", "--format", "jsonl")
    assert facts.exit_code == 0 and troops.id in facts.output and other.id in facts.output
    assert list(Store(tl.store).memory().links.values()) == [tuple(sorted((troops.id, other.id)))]
    stored = tl.store.read_bytes()
    assert tl("facts", "--regroup").exit_code == 0 and tl.store.read_bytes() == stored  # grouped as afresh
    again = tl("ingest", str(doc))
    assert "(0 new)" in again.output and "read otherwise" not in again.output


def test_ingest_leaves_a_removed_statement_read_otherwise_removed(tl, doc):
    old = _old_store(tl.store)
    assert tl("rm", old.id).exit_code == 0
    result = tl("ingest", str(doc))
    assert result.exit_code == 0, result.output
    assert "(0 new)" in result.output and "1 removed event(s) not brought back" in result.output
    assert _troops(tl.store) == []
    result = tl("ingest", str(doc), "--reread")
    assert "(0 new)" in result.output and "replaced by the new reading" not in result.output
    assert _troops(tl.store) == []


def test_ingest_through_the_spill_says_the_same(tl, doc, monkeypatch):
    import timeline_cli.ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "ROWS_FROM", 0)
    old = _old_store(tl.store)
    result = tl("ingest", str(doc))
    assert "1 statement already in the store read otherwise" in result.output and "(0 new)" in result.output
    assert _troops(tl.store) == [old]
    result = tl("ingest", str(doc), "--reread")
    assert "replaced by the new reading" in result.output and _troops(tl.store)[0].when == "2024-10-24"


def test_ingest_help_names_reread():
    from click.testing import CliRunner

    from timeline_cli.cli import cli

    out = CliRunner().invoke(cli, ["ingest", "--help"]).output
    assert "--reread" in out and "take the new reading" in " ".join(out.split())


def test_supersede_puts_an_event_under_another_id_in_the_place_of_a_stored_or_removed_one(tmp_path):
    from timeline_cli.store import EventNotFound

    a = Event("aaaaaaaaaaaa", "2024-06", "Talks began.", tags=("x",))
    b = Event("bbbbbbbbbbbb", "2024-06", "Talks ended.")
    store_ = Store(tmp_path / "timeline.toml")
    with store_.transaction() as txn:
        txn.add(a)
        txn.add(b)
        txn.add(Event("cccccccccccc", "2024-07", "Talks resumed."))
        txn.remove("cccccccccccc", remember=True, on=date(2024, 12, 1))
        txn.remember(unlinks={"aaaaaaaaaaaa bbbbbbbbbbbb": ("aaaaaaaaaaaa", "bbbbbbbbbbbb")})
    with store_.transaction() as txn:
        txn.supersede({"aaaaaaaaaaaa": a.with_(id="a2a2a2a2a2a2", when="2024-06-03"),
                       "cccccccccccc": Event("c2c2c2c2c2c2", "2024-07-01", "Talks resumed.")})
        with pytest.raises(EventNotFound):
            txn.supersede({"dddddddddddd": b.with_(id="d2d2d2d2d2d2")})
        with pytest.raises(ValueError, match="holds bbbbbbbbbbbb already"):
            txn.supersede({"a2a2a2a2a2a2": b})
    assert sorted(e.id for e in store_) == ["a2a2a2a2a2a2", "bbbbbbbbbbbb"]
    memory = store_.memory()
    assert list(memory.removed) == ["c2c2c2c2c2c2"] and memory.removed["c2c2c2c2c2c2"].removed == date(2024, 12, 1)
    assert list(memory.unlinks.values()) == [("a2a2a2a2a2a2", "bbbbbbbbbbbb")]
