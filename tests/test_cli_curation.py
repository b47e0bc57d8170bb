"""Curation through the CLI: edit, rm (and its memory), tag, status, note; ingest skips
removed events; every error leaves the store untouched."""

from __future__ import annotations

import sys

import pytest

from timeline_cli import store

DOC = """Date: 2024-11-06

On October 24, 2024, the first troops crossed the border near Kursk.
Vote in our reader poll today.
Officials said on 4 November 2024 that talks would begin.
"""


@pytest.fixture
def ingested(tl, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(DOC, encoding="utf-8")
    assert tl("ingest", "a.txt").exit_code == 0
    return {e.text.split()[0]: e for e in store.load(tl.store)}


def editor(tmp_path, body: str) -> str:
    """An $EDITOR: a Python script run on the file (body sees `text`, sets `text`)."""
    script = tmp_path / "editor.py"
    script.write_text("import sys\npath = sys.argv[1]\ntext = open(path, encoding='utf-8').read()\n"
                      + body + "\nopen(path, 'w', encoding='utf-8').write(text)\n", encoding="utf-8")
    return f"{sys.executable} {script}"


def test_edit_with_options_keeps_the_id(tl, ingested):
    on = ingested["On"]
    result = tl("edit", on.id[:6], "--when", "23 Oct 2024", "--tag", "kursk", "--status", "confirmed",
                "--note", "two sources", "--actor", "Russia", "--actor", "DPRK", "--place", "Kursk")
    assert result.exit_code == 0, result.output
    got = store.Store(tl.store).get(on.id)
    assert (got.when, got.tags, got.status, got.note, got.actors, got.places) == (
        "2024-10-23", ("kursk",), "confirmed", "two sources", ("Russia", "DPRK"), ("Kursk",))
    assert tl("edit", on.id, "--untag", "kursk", "--status", "none").exit_code == 0
    got = store.Store(tl.store).get(on.id)
    assert got.tags == () and got.status == ""


@pytest.mark.parametrize("args, code, message", [
    (["zzzz", "--when", "2024"], 2, "no event with id 'zzzz'"),
    (["--when", "2024"], 2, "name the events to edit"),
    (["ON", "--when", "2024-13"], 2, "is not a date"),
    (["ON", "--text", ""], 1, "text: is empty"),
    (["--grep", ".", "--text", "x"], 2, "--text changes one event at a time"),
])
def test_edit_errors_leave_the_store_untouched(tl, ingested, args, code, message):
    before = tl.store.read_bytes()
    args = [ingested["On"].id if a == "ON" else a for a in args]
    result = tl("edit", *args)
    assert result.exit_code == code and message in result.output, result.output
    assert tl.store.read_bytes() == before


def test_edit_in_the_editor(tl, ingested, tmp_path):
    officials = ingested["Officials"]
    env = {"EDITOR": editor(tmp_path, "text = text.replace('would begin', 'would start')"), "VISUAL": ""}
    result = tl("edit", officials.id[:5], env=env)
    assert result.exit_code == 0 and "edited 1 event" in result.output
    got = store.Store(tl.store).get(officials.id)
    assert got.text.endswith("would start.") and got.id == officials.id


def test_edit_a_filter_selection_in_the_editor(tl, ingested, tmp_path):
    env = {"VISUAL": editor(tmp_path, "text = text.replace('\\ntext = ', '\\nstatus = \"disputed\"\\ntext = ')")}
    assert tl("edit", "--source", "a.txt", env=env).exit_code == 0
    assert {e.status for e in store.load(tl.store)} == {"disputed"}


@pytest.mark.parametrize("body, message", [
    ("import re\ntext = re.sub(r'id = \"\\w+\"', 'id = \"xx\"', text, count=1)", "ids cannot be changed"),
    ("text = text.replace('when = \"2024-11-04\"', 'when = \"2024-13\"')", "field 'when'"),
    ("text = text + '\\n[[event\\n'", "not valid TOML"),
    ("text = text.replace('[[event]]', '[[evnt]]')", "unknown top-level key 'evnt'"),
    ("raise SystemExit(3)", "exited with status 3"),
])
def test_an_editor_mistake_is_one_line_and_changes_nothing(tl, ingested, tmp_path, body, message):
    before = tl.store.read_bytes()
    result = tl("edit", ingested["Officials"].id, env={"EDITOR": editor(tmp_path, body), "VISUAL": ""})
    assert result.exit_code != 0 and message in result.output, result.output
    assert result.output.count("Error:") == 1 and tl.store.read_bytes() == before


def test_on_a_terminal_a_mistake_reopens_the_editor_with_the_error(tl, ingested, tmp_path, monkeypatch):
    from timeline_cli.commands import edit as edit_module

    monkeypatch.setattr(edit_module, "isatty", lambda stream: True)
    body = ("if '# error:' in text:\n"
            "    assert 'month 13' in text.splitlines()[0]\n"
            "    text = text.replace('2024-13', '2024-11-05')\n"
            "else:\n"
            "    text = text.replace('when = \"2024-11-04\"', 'when = \"2024-13\"')")
    result = tl("edit", ingested["Officials"].id, env={"EDITOR": editor(tmp_path, body)})
    assert result.exit_code == 0, result.output
    assert store.Store(tl.store).get(ingested["Officials"].id).when == "2024-11-05"


def test_editor_unchanged_or_emptied_is_no_change(tl, ingested, tmp_path):
    before = tl.store.read_bytes()
    for body in ("pass", "text = ''"):
        result = tl("edit", ingested["Officials"].id, env={"EDITOR": editor(tmp_path, body)})
        assert result.exit_code == 0 and "no changes" in result.output
    assert tl.store.read_bytes() == before
    result = tl("edit", ingested["Officials"].id, env={"EDITOR": "", "VISUAL": ""})
    assert result.exit_code == 2 and "no editor" in result.output


def test_rm_remembers_and_ingest_does_not_bring_it_back(tl, ingested):
    junk = ingested["Vote"]
    dry = tl("rm", "--grep", "reader poll", "--dry-run")
    assert dry.exit_code == 0 and junk.id in dry.stdout and "would be removed" in dry.output
    assert len(store.load(tl.store)) == 3
    assert tl("rm", junk.id[:6]).exit_code == 0
    assert junk.id not in {e.id for e in store.load(tl.store)}
    again = tl("ingest", "a.txt")
    assert "1 removed event(s) not brought back; --restore" in again.output
    assert junk.id not in {e.id for e in store.load(tl.store)}
    listed = tl("rm", "--undo")
    assert junk.id in listed.stdout and "1 removed event" in listed.output
    assert tl("rm", "--undo", junk.id[:6]).exit_code == 0
    assert store.Store(tl.store).get(junk.id) == junk and not store.Store(tl.store).memory().removed


def test_ingest_restore_brings_removed_events_back(tl, ingested):
    assert tl("rm", "--source", "a.txt", "--yes").exit_code == 0
    assert store.load(tl.store) == []
    result = tl("ingest", "--restore", "a.txt")
    assert "3 removed event(s) brought back" in result.output
    assert len(store.load(tl.store)) == 3


def test_rm_errors(tl, ingested):
    before = tl.store.read_bytes()
    assert tl("rm").exit_code == 2
    assert tl("rm", "zzzz").exit_code == 2
    assert tl("rm", "--grep", "nothing like it").exit_code == 1
    assert tl("rm", ingested["On"].id, "--grep", "x").exit_code == 2
    assert tl.store.read_bytes() == before
    result = tl("rm", ingested["On"].id, "--store", "-", input=before.decode())
    assert result.exit_code == 1 and "stdin" in result.output


def test_tag_status_and_note(tl, ingested):
    on, officials = ingested["On"], ingested["Officials"]
    assert tl("tag", on.id[:5], officials.id[:5], "+kursk", "+dprk").exit_code == 0
    assert tl("tag", on.id[:5], "-dprk", "^kursk", "+troops").exit_code == 0
    s = store.Store(tl.store)
    assert s.get(on.id).tags == ("troops",) and s.get(officials.id).tags == ("kursk", "dprk")
    assert tl("tag", "--grep", "reader poll", "+junk", "--yes").exit_code == 0
    assert s.select(tag="junk")[0].id == ingested["Vote"].id
    assert tl("status", on.id[:5], officials.id[:5], "confirmed").exit_code == 0
    assert {e.status for e in s.events() if e.id in (on.id, officials.id)} == {"confirmed"}
    assert tl("status", "--tag", "junk", "disputed").exit_code == 0
    assert tl("status", on.id, "none").exit_code == 0 and s.get(on.id).status == ""
    assert tl("note", on.id[:5], "first").exit_code == 0
    assert tl("note", on.id[:5], "--append", "second").exit_code == 0
    assert s.get(on.id).note == "first\nsecond"
    assert tl("note", on.id, "").exit_code == 0 and s.get(on.id).note == ""


@pytest.mark.parametrize("args, message", [
    (["tag", "ON"], "no tag to add or remove"),
    (["tag", "ON", "+a", "-a"], "both added and removed"),
    (["tag", "zzzz", "+a"], "no event with id 'zzzz'"),
    (["status", "ON", "rumour"], "'rumour' is not a status"),
    (["status", "confirmed"], "name the events"),
    (["note", "zzzz", "x"], "no event with id"),
    (["tag", "ON", "+bad\x1b[31m"], "tags"),
])
def test_metadata_errors_change_nothing(tl, ingested, args, message):
    before = tl.store.read_bytes()
    args = [ingested["On"].id if a == "ON" else a for a in args]
    result = tl(*args)
    assert result.exit_code != 0 and message in result.output, result.output
    assert "\x1b" not in result.output and tl.store.read_bytes() == before


def test_a_store_from_stdin_is_read_but_never_changed(tl, ingested, tmp_path):
    text = tl.store.read_text(encoding="utf-8")
    on = ingested["On"]
    shown = tl("show", on.id[:6], "--store", "-", input=text)
    assert shown.exit_code == 0 and on.id in shown.output
    dry = tl("rm", on.id, "--dry-run", "--store", "-", input=text)
    assert dry.exit_code == 0 and "would be removed" in dry.output
    marker = tmp_path / "editor-ran"
    env = {"EDITOR": editor(tmp_path, f"open({str(marker)!r}, 'w').close()")}
    for args in (["edit", on.id], ["edit", on.id, "--note", "x"], ["tag", on.id, "+x"],
                 ["status", on.id, "confirmed"], ["note", on.id, "x"], ["rm", on.id]):
        result = tl(*args, "--store", "-", input=text, env=env)
        assert result.exit_code == 1 and "cannot write to a store read from stdin" in result.output, result.output
    assert not marker.exists()  # refused before the editor opened
