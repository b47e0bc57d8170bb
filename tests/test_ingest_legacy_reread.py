"""A statement an older version stored under the path as given AND read otherwise (ingest.save).

Older versions recorded a document's source as its path was given (`/abs/path/a.txt`); this
one records it relative to the store's folder (`a.txt`), and re-ingesting found the old events
by their id under the old source (the job's legacy source, its alias ids) only when the date
read was the same. A statement stored under the old source with another date (an older
parser's reading, or a `when` corrected by hand) was found neither way, so it was added a
second time beside the reviewed one (and a removed one came back). Here an older version's
store is written as it wrote it: the document's events under the absolute path, ids hashed on
it, TROOPS read as OLD_WHEN.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from _linear import assert_linear

from timeline_cli import grouping, store
from timeline_cli.ingest import USER_FIELDS, Ingested, build_jobs, collect, run_jobs, save
from timeline_cli.model import Event, make_id
from timeline_cli.store import Store

DOC = ("Date: 2024-11-06\n\n"
       "The ministry said troops left on October 24.\n"
       "Talks began in June.\n")
TROOPS = "The ministry said troops left on October 24."
OLD_WHEN = "../2024-11-06"
NEW_WHEN = "2024-10-24"
TODAY = date(2025, 1, 2)


@pytest.fixture
def folder(tmp_path) -> Path:
    """A project folder: the store and its document a.txt."""
    (tmp_path / "proj").mkdir()
    (tmp_path / "proj" / "a.txt").write_text(DOC, encoding="utf-8")
    return tmp_path / "proj"


def _ingested(folder: Path, given: str | None = None) -> Ingested:
    """The document as `timeline ingest GIVEN` reads it (GIVEN: the absolute path by default)."""
    jobs = build_jobs([given or str(folder / "a.txt")], reported=None, today=lambda: TODAY, base=str(folder))
    return collect(jobs, run_jobs(jobs))


def _old_store(folder: Path, source: str | None = None) -> Event:
    """A store as an older version left it: every event under the absolute path (or `source`),
    TROOPS read as OLD_WHEN, reviewed (tags, note, status); returns TROOPS as stored."""
    source = source or str(folder / "a.txt")
    old = None
    with Store(folder / "timeline.toml").transaction() as txn:
        for e in _ingested(folder).events:
            when = OLD_WHEN if e.text == TROOPS else e.when
            e = e.with_(source=source, when=when, id=make_id(e.text, when, source))
            if e.text == TROOPS:
                e = old = e.with_(tags=("checked",), note="seen on TV", status="confirmed")
            txn.add(e)
    assert old is not None
    return old


def _troops(folder: Path) -> list[Event]:
    return [e for e in store.load(folder / "timeline.toml") if e.text == TROOPS]


def _save(folder: Path, ingested: Ingested, **how):
    with store.transaction(folder / "timeline.toml") as txn:
        return save(txn, ingested, **how)


# ---------------------------------------------------------------- through the Python API


def test_kept_as_stored_under_its_old_source(folder):
    old = _old_store(folder)
    before = (folder / "timeline.toml").read_bytes()
    saved = _save(folder, _ingested(folder))
    assert saved == 0 and saved.kept == (old.id,) and saved.reread == ()
    assert _troops(folder) == [old]  # no second copy under a.txt beside the reviewed one
    assert (folder / "timeline.toml").read_bytes() == before


def test_found_whichever_way_the_path_is_given_now(folder, monkeypatch):
    # stored under the absolute path; given now relative to the folder ingest runs in (and
    # the other way round: stored relative to that folder, given now by its absolute path)
    old = _old_store(folder)
    monkeypatch.chdir(folder.parent)
    saved = _save(folder, _ingested(folder, "proj/a.txt"))
    assert saved == 0 and saved.kept == (old.id,) and _troops(folder) == [old]
    (folder / "timeline.toml").unlink()
    old = _old_store(folder, source="proj/a.txt")
    saved = _save(folder, _ingested(folder))
    assert saved == 0 and saved.kept == (old.id,) and _troops(folder) == [old]


def test_reread_takes_the_new_reading_under_the_new_source_keeping_tags_note_status_links(folder):
    old = _old_store(folder)
    other = Event(make_id("Soldiers left on 24 October.", NEW_WHEN, "b.txt"), NEW_WHEN,
                  "Soldiers left on 24 October.", source="b.txt")
    with store.transaction(folder / "timeline.toml") as txn:
        txn.add(other)
        grouping.link(txn, [old.id, other.id])
    with store.transaction(folder / "timeline.toml") as txn:
        saved = save(txn, _ingested(folder), reread=True)
        grouping.regroup_added(txn)
    new_id = make_id(TROOPS, NEW_WHEN, "a.txt")
    assert saved == 0 and saved.kept == () and saved.reread == ((old.id, new_id),)
    [troops] = _troops(folder)
    assert (troops.id, troops.source, troops.when) == (new_id, "a.txt", NEW_WHEN)
    assert all(getattr(troops, name) == getattr(old, name) for name in USER_FIELDS)
    memory = Store(folder / "timeline.toml").memory()
    assert list(memory.links.values()) == [tuple(sorted((new_id, other.id)))]
    assert _save(folder, _ingested(folder), reread=True) == 0  # from then on found by its id


def test_a_removed_one_stays_removed(folder):
    old = _old_store(folder)
    with store.transaction(folder / "timeline.toml") as txn:
        txn.remove(old.id, remember=True)
    saved = _save(folder, _ingested(folder))
    assert saved == 0 and saved.skipped == (old.id,) and _troops(folder) == []
    saved = _save(folder, _ingested(folder), reread=True)  # still removed, remembered as the new reading
    new_id = make_id(TROOPS, NEW_WHEN, "a.txt")
    assert saved == 0 and _troops(folder) == [] and list(Store(folder / "timeline.toml").memory().removed) == [new_id]
    saved = _save(folder, _ingested(folder), restore=True)
    assert saved.restored == (new_id,) and [e.note for e in _troops(folder)] == [old.note]


def test_a_sentence_with_two_dates_pairs_the_old_reading_with_its_own_clause(folder, monkeypatch):
    # an older version read one event of the sentence (the whole sentence, November 2); this
    # one reads two clauses. Given now relative (no alias claims it), the stored event is the
    # November clause's very reading: matched to it by id, not to the October clause by its
    # overlapping span (which kept it as that clause's and added November a second time)
    doc = "Date: 2024-11-06\n\nTroops left on October 24 and returned on November 2.\n"
    (folder / "a.txt").write_text(doc, encoding="utf-8")
    october, november = _ingested(folder).events
    assert (october.when, november.when) == (NEW_WHEN, "2024-11-02") and october.span != november.span
    source = str(folder / "a.txt")
    old = november.with_(id=make_id(november.text, november.when, source), source=source,
                         span=(october.span[0], november.span[1]), note="mine")
    with Store(folder / "timeline.toml").transaction() as txn:
        txn.add(old)
    monkeypatch.chdir(folder.parent)
    saved = _save(folder, _ingested(folder, "proj/a.txt"))
    assert saved == 1 and saved.kept == ()
    stored = sorted((e.when, e.source) for e in store.load(folder / "timeline.toml"))
    assert stored == [(NEW_WHEN, "a.txt"), ("2024-11-02", source)]


def test_the_same_text_under_another_documents_path_is_no_match(folder, tmp_path):
    # must not match: another file's absolute path (another folder), nor a URL's events
    elsewhere = str(tmp_path / "elsewhere" / "a.txt")
    for source in (elsewhere, "https://example.org/a.txt"):
        (folder / "timeline.toml").unlink(missing_ok=True)
        _old_store(folder, source=source)
        saved = _save(folder, _ingested(folder))
        assert saved == 2 and saved.kept == ()  # both statements are this document's own
        assert sorted(e.source for e in _troops(folder)) == sorted(["a.txt", source])


def test_another_file_named_by_this_versions_name_of_a_stored_one_is_no_match(folder, monkeypatch):
    # must not match: ingest run from another folder holding its own docs/a.txt (the same
    # text): its path relative to that folder, "docs/a.txt", is this version's name of the
    # store's own docs/a.txt, a file that is there, not an older version's name of this one
    _old_store(folder, source="docs/a.txt")  # the store's own docs/a.txt, as this version names it
    (folder / "docs").mkdir()
    (folder / "a.txt").rename(folder / "docs" / "a.txt")
    other = folder.parent / "docs" / "a.txt"
    other.parent.mkdir()
    other.write_text(DOC, encoding="utf-8")
    monkeypatch.chdir(folder.parent)
    saved = _save(folder, _ingested(folder, str(other)))
    assert saved == 2 and saved.kept == () and len(_troops(folder)) == 2


def test_off_the_old_source_is_not_looked_at(folder, monkeypatch):
    # with the legacy look-up off, the statement is added a second time (what it fixes)
    import timeline_cli.ingest as ingest_mod

    monkeypatch.setattr(ingest_mod._Otherwise, "legacy", lambda self, source, readings: ())
    _old_store(folder)
    assert _save(folder, _ingested(folder)) == 1 and len(_troops(folder)) == 2


def test_finding_them_under_their_old_sources_stays_linear(tmp_path):
    # N statements stored under their documents' absolute paths, read otherwise by N ingested
    # ones under the relative names: doubled, it does not quadruple
    from timeline_cli.cache import Snapshot
    from timeline_cli.store import Transaction

    def make(n):
        stored, parsed = [], []
        for i in range(n):
            source, text = f"d{i % (n // 4 or 1)}.txt", f"Statement {i} was made on day {i}."
            old_source = os.path.join(str(tmp_path), source)
            new = Event(make_id(text, NEW_WHEN, source), NEW_WHEN, text, source=source, span=(20 * i, 20 * i + 17))
            stored.append(new.with_(id=make_id(text, OLD_WHEN, old_source), when=OLD_WHEN, source=old_source))
            parsed.append(new)
        return Snapshot.of(stored), parsed

    def run(made):
        snap, parsed = made
        txn = Transaction(tmp_path / "t.toml", snap)
        saved = save(txn, Ingested(parsed, [""] * len(parsed), []))
        assert saved == 0 and len(saved.kept) == len(parsed)

    assert_linear(run, make, what="ingest.save of statements read otherwise under old sources", n=256,
                  max_n=1 << 15)


# ---------------------------------------------------------------- the command


def _tl(folder: Path, *args: str):
    from click.testing import CliRunner

    from timeline_cli.cli import cli

    return CliRunner().invoke(cli, ["--store", str(folder / "timeline.toml"), *args], catch_exceptions=False)


def test_ingest_keeps_it_and_says_so(folder):
    old = _old_store(folder)
    result = _tl(folder, "ingest", str(folder / "a.txt"))
    assert result.exit_code == 0, result.output
    assert "ingested 2 events from 1 document (0 new)" in result.output
    assert "1 statement already in the store read otherwise by this version: kept as stored" in result.output
    assert _troops(folder) == [old]


def test_ingest_reread_replaces_it_and_keeps_the_review_and_link(folder):
    old = _old_store(folder)
    other = Event(make_id("Soldiers left on 24 October.", NEW_WHEN, "b.txt"), NEW_WHEN,
                  "Soldiers left on 24 October.", source="b.txt")
    with Store(folder / "timeline.toml").transaction() as txn:
        txn.add(other)
    assert _tl(folder, "link", old.id, other.id).exit_code == 0
    result = _tl(folder, "ingest", str(folder / "a.txt"), "--reread")
    assert result.exit_code == 0, result.output
    assert "(0 new)" in result.output and "1 statement in the store read otherwise" in result.output
    [troops] = _troops(folder)
    assert (troops.source, troops.when, troops.tags, troops.note, troops.status) == (
        "a.txt", NEW_WHEN, ("checked",), "seen on TV", "confirmed")
    links = list(Store(folder / "timeline.toml").memory().links.values())
    assert links == [tuple(sorted((troops.id, other.id)))]
    again = _tl(folder, "ingest", str(folder / "a.txt"))
    assert "(0 new)" in again.output and "read otherwise" not in again.output


def test_ingest_leaves_a_removed_one_removed(folder):
    old = _old_store(folder)
    assert _tl(folder, "rm", old.id).exit_code == 0
    for extra in ((), ("--reread",)):
        result = _tl(folder, "ingest", str(folder / "a.txt"), *extra)
        assert result.exit_code == 0, result.output
        assert "(0 new)" in result.output and "1 removed event(s) not brought back" in result.output
        assert _troops(folder) == []


def test_a_file_renamed_then_its_source_renamed_in_the_store_by_hand_adds_nothing(folder):
    # README "After an upgrade": a renamed file's statements would come in again under the new
    # name; renaming its source in the store file (sed) first keeps the ids, and its statements
    # (a removed one too) are found by source, text and place
    assert _tl(folder, "ingest", str(folder / "a.txt")).exit_code == 0
    removed = _troops(folder)[0]
    assert _tl(folder, "rm", removed.id).exit_code == 0
    (folder / "a.txt").rename(folder / "b.txt")
    path = folder / "timeline.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('\nsource = "a.txt"\n', '\nsource = "b.txt"\n'),
                    encoding="utf-8")
    result = _tl(folder, "ingest", str(folder / "b.txt"))
    assert result.exit_code == 0, result.output
    assert "(0 new)" in result.output and "1 removed event(s) not brought back" in result.output
    assert _troops(folder) == [] and {e.source for e in store.load(path)} == {"b.txt"}
