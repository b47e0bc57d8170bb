"""`timeline import --update`: a spreadsheet round trip applies its edits, matched by id; plain
`import` warns instead of silently dropping them."""

from __future__ import annotations

import csv
import json

from timeline_cli import store
from timeline_cli.importing import Checked, apply_rows, check_rows


def seed(tl):
    for line in ("2024-06: agreement signed", "2024-10-24: first troops at the front",
                 "2024-11-04: first clash", "2024-11-05: casualties reported"):
        assert tl("add", line, "--source", "a.txt").exit_code == 0
    return {e.text: e for e in store.load(tl.store)}


def exported_rows(tl, tmp_path):
    path = tmp_path / "review.csv"
    assert tl("export", "--format", "csv", "-o", str(path)).exit_code == 0
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def write_rows(path, rows):
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_spreadsheet_edits_are_applied_by_id_and_counted(tl, tmp_path):
    before = seed(tl)
    rows = exported_rows(tl, tmp_path)
    by_text = {r["text"]: r for r in rows}
    by_text["agreement signed"]["when"] = "2024-06-19"
    by_text["first clash"]["status"] = "confirmed"
    by_text["first clash"]["tags"] = "kursk; dprk"
    by_text["casualties reported"]["note"] = "numbers differ between sources"
    edited = tmp_path / "edited.csv"
    write_rows(edited, rows)

    result = tl("import", "--update", str(edited))
    assert result.exit_code == 0, result.stderr
    assert "3 updated, 0 added, 1 unchanged of 4 row(s)" in result.stderr
    after = {e.id: e for e in store.load(tl.store)}
    assert len(after) == 4
    # identity kept: the same ids, now holding the edited values
    assert after[before["agreement signed"].id].when == "2024-06-19"
    assert after[before["first clash"].id].status == "confirmed"
    assert after[before["first clash"].id].tags == ("kursk", "dprk")
    assert after[before["casualties reported"].id].note == "numbers differ between sources"
    assert after[before["first troops at the front"].id] == before["first troops at the front"]

    again = tl("import", "--update", str(edited))
    assert "0 updated, 0 added, 4 unchanged" in again.stderr


def test_plain_import_warns_about_rows_that_differ_and_changes_nothing(tl, tmp_path):
    seed(tl)
    rows = exported_rows(tl, tmp_path)
    rows[0]["status"] = "disputed"
    rows[1]["text"] = "edited in a spreadsheet"
    edited = tmp_path / "edited.csv"
    write_rows(edited, rows)
    original = tl.store.read_bytes()

    result = tl("import", str(edited))
    assert result.exit_code == 0
    assert "imported 0 new event(s) of 4 row(s)" in result.stderr
    assert "warning: 2 row(s) hold an id the store has, with other values" in result.stderr
    assert "status" in result.stderr and "import --update" in result.stderr
    assert tl.store.read_bytes() == original


def test_a_file_of_only_some_columns_changes_only_those(tl, tmp_path):
    before = seed(tl)
    target = before["first clash"]
    result = tl("import", "--update", "-", "--format", "csv",
                input=f"id,status\n{target.id},disputed\n")
    assert result.exit_code == 0, result.stderr
    assert "1 updated" in result.stderr
    after = {e.id: e for e in store.load(tl.store)}
    assert after[target.id] == target.with_(status="disputed")


def test_an_empty_cell_in_a_carried_column_clears_the_field(tl, tmp_path):
    assert tl("add", "2024-11-04: first clash", "--tag", "kursk").exit_code == 0
    (event,) = store.load(tl.store)
    rows = [{"id": event.id, "when": event.when, "text": event.text, "tags": ""}]
    result = tl("import", "--update", "-", "--format", "json", input=json.dumps(rows))
    assert result.exit_code == 0, result.stderr
    assert store.load(tl.store)[0].tags == ()


def test_new_rows_are_added_alongside_updates(tl, tmp_path):
    seed(tl)
    rows = exported_rows(tl, tmp_path)
    rows[0]["note"] = "seen"
    rows.append({**{k: "" for k in rows[0]}, "when": "2024-12-01", "text": "a new fact"})
    edited = tmp_path / "edited.csv"
    write_rows(edited, rows)
    result = tl("import", "--update", str(edited))
    assert "1 updated, 1 added, 3 unchanged of 5 row(s)" in result.stderr
    assert len(store.load(tl.store)) == 5


def test_an_invalid_edit_leaves_the_store_untouched(tl, tmp_path):
    seed(tl)
    rows = exported_rows(tl, tmp_path)
    rows[0]["note"] = "fine"
    rows[1]["when"] = "next Tuesday-ish"
    edited = tmp_path / "edited.csv"
    write_rows(edited, rows)
    original = tl.store.read_bytes()
    result = tl("import", "--update", str(edited))
    assert result.exit_code != 0
    assert "row 2" in result.stderr and "when" in result.stderr
    assert tl.store.read_bytes() == original


def test_apply_rows_core_without_the_cli(tmp_path):
    from timeline_cli import Store
    from timeline_cli.model import Event, make_id

    path = tmp_path / "t.toml"
    first = Event(make_id("a", "2024-01-01"), "2024-01-01", "a")
    with Store(path).transaction() as txn:
        txn.add(first)
    rows = [{"id": first.id, "status": "confirmed"}, {"when": "2024-02-02", "text": "b"}]
    with Store(path).transaction() as txn:
        checked = check_rows(rows, origin="rows", known=txn.get)
        applied = apply_rows(txn, checked, update=True)
    assert (applied.updated, applied.added, applied.unchanged) == (1, 1, 0)
    assert Store(path).get(first.id) == first.with_(status="confirmed")
    # a Checked built by hand carries every field
    with Store(path).transaction() as txn:
        applied = apply_rows(txn, Checked(events=[first]), update=True)
    assert applied.updated == 1 and Store(path).get(first.id) == first


def test_import_leaves_removed_events_out_unless_restore(tl, tmp_path):
    seed(tl)
    rows = exported_rows(tl, tmp_path)  # a spreadsheet taken before the review
    old = tmp_path / "old.csv"
    write_rows(old, rows)
    junk = next(r for r in rows if r["text"] == "casualties reported")
    assert tl("rm", junk["id"], "--yes").exit_code == 0

    result = tl("import", "--update", str(old))
    assert result.exit_code == 0, result.stderr
    assert "1 removed event(s) not brought back; --restore to bring them back" in result.stderr
    assert junk["id"] not in {e.id for e in store.load(tl.store)}

    result = tl("import", str(old), "--restore")
    assert result.exit_code == 0, result.stderr
    assert "1 removed event(s) brought back" in result.stderr
    assert junk["id"] in {e.id for e in store.load(tl.store)}
    # brought back on purpose: forgotten as removed, so a plain import keeps it
    assert "not brought back" not in tl("import", str(old)).stderr
