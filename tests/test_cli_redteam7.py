"""Session 22 red team (redteam7): combinations of commands, merges of the user's overrides,
and careless input. Each test failed before its fix."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest


def _stores(tl, tmp_path: Path) -> tuple[Path, Path, Path]:
    """base / ours / theirs copies of a store of two statements that can be one fact."""
    assert tl("add", "2024-05-04: the council met in Tromso", "--source", "a.txt").exit_code == 0
    assert tl("add", "2024-05-04: the Tromso council met", "--source", "b.txt").exit_code == 0
    assert tl("alias", "the mayor", "Mayor of Tromso").exit_code == 0
    paths = tuple(tmp_path / name for name in ("base.toml", "ours.toml", "theirs.toml"))
    for path in paths:
        path.write_bytes(tl.store.read_bytes())
    return paths  # type: ignore[return-value]


def _ids(tl, store: Path) -> list[str]:
    return [e["id"] for e in tomllib.loads(store.read_text())["event"]]


def _merged(tl, tmp_path: Path, base: Path, ours: Path, theirs: Path) -> dict:
    out = tmp_path / "merged.toml"
    result = tl("merge", str(base), str(ours), str(theirs), "-o", str(out), store=False)
    assert result.exit_code == 0, result.output
    return tomllib.loads(out.read_text())


# ---------------------------------------------------------------- merge of the user's overrides

@pytest.mark.parametrize("ours_links", [True, False])
def test_merge_of_a_link_and_an_unlink_of_the_same_statements_keeps_one(tl, tmp_path, ours_links):
    """One branch linked two statements, the other unlinked them: the merged store held both
    a [[link]] and an [[unlink]] of the pair, which `link` and `unlink` never leave (each undoes
    the other), and the link silently won whichever side made it. Ours wins, as for aliases."""
    base, ours, theirs = _stores(tl, tmp_path)
    a, b = _ids(tl, base)
    linker, unlinker = (ours, theirs) if ours_links else (theirs, ours)
    assert tl("--store", str(linker), "link", a, b, store=False).exit_code == 0
    assert tl("--store", str(unlinker), "unlink", a, b, store=False).exit_code == 0
    merged = _merged(tl, tmp_path, base, ours, theirs)
    links, unlinks = merged.get("link", []), merged.get("unlink", [])
    assert len(links) + len(unlinks) == 1, (links, unlinks)
    assert (links if ours_links else unlinks)[0]["ids"] == sorted([a, b])


def test_union_of_a_link_and_an_unlink_keeps_the_first_store_s(tl, tmp_path):
    base, ours, theirs = _stores(tl, tmp_path)
    a, b = _ids(tl, base)
    assert tl("--store", str(ours), "unlink", a, b, store=False).exit_code == 0
    assert tl("--store", str(theirs), "link", a, b, store=False).exit_code == 0
    out = tmp_path / "union.toml"
    assert tl("merge", "--union", str(ours), str(theirs), "-o", str(out), store=False).exit_code == 0
    merged = tomllib.loads(out.read_text())
    assert "link" not in merged and merged["unlink"][0]["ids"] == sorted([a, b])


def test_merge_keeps_an_alias_re_pointed_on_one_side_and_removed_on_the_other(tl, tmp_path):
    """Ours re-pointed "the mayor", theirs removed the alias: the merge dropped it, losing
    ours' newer decision without a word (an event changed on one side and deleted on the
    other is kept)."""
    base, ours, theirs = _stores(tl, tmp_path)
    assert tl("--store", str(ours), "alias", "the mayor", "Tromso mayor", store=False).exit_code == 0
    assert tl("--store", str(theirs), "alias", "--remove", "the mayor", store=False).exit_code == 0
    for sides in ((ours, theirs), (theirs, ours)):
        merged = _merged(tl, tmp_path, base, *sides)
        assert merged["alias"] == [{"name": "the mayor", "claimant": "Tromso mayor"}]


def test_merge_still_drops_an_alias_removed_on_one_side_and_left_on_the_other(tl, tmp_path):
    base, ours, theirs = _stores(tl, tmp_path)
    assert tl("--store", str(theirs), "alias", "--remove", "the mayor", store=False).exit_code == 0
    assert "alias" not in _merged(tl, tmp_path, base, ours, theirs)


# ---------------------------------------------------------------- blank tags

@pytest.mark.parametrize("arg", ["+ ", "- ", "+\u00a0", "^ "])
def test_a_blank_tag_to_add_or_remove_is_a_usage_error(tl, arg):
    """`timeline tag ID +" "` said "added tag   to 0 events (1 already had it)" and exited 0."""
    added = tl("add", "2024-05-04: the council met", "--tag", "x")
    assert added.exit_code == 0
    before = tl.store.read_bytes()
    result = tl("tag", added.output.strip(), arg)
    assert result.exit_code == 2, result.output
    assert "cannot be blank" in result.output and "Traceback" not in result.output
    assert tl.store.read_bytes() == before


@pytest.mark.parametrize("tag", ["", " "])
def test_add_with_a_blank_tag_is_a_usage_error_not_an_untagged_event(tl, tag):
    """`timeline add TEXT --tag "$UNSET"` added the event untagged, in silence."""
    result = tl("add", "2024-05-04: the council met", "--tag", tag)
    assert result.exit_code == 2 and "--tag needs a tag name" in result.output, result.output
    assert not tl.store.exists()
    piped = tl("add", "-", "--tag", tag, input="2024-05-04\tthe council met\n")
    assert piped.exit_code == 2 and not tl.store.exists(), piped.output


# ---------------------------------------------------------------- an edit that breaks a link

def test_an_edit_that_moves_a_linked_statement_apart_says_its_link_is_set_aside(tl, tmp_path):
    """`link A B`, then `edit B --when` a day A cannot be: the edit was written in silence and
    `facts A` no longer held B, the user's link dropped without a word (`link` itself refuses
    such dates, naming them)."""
    assert tl("add", "2024-05-04: the council met in Tromso", "--source", "a.txt").exit_code == 0
    assert tl("add", "2024-05-04: the Tromso council met", "--source", "b.txt").exit_code == 0
    a, b = _ids(tl, tl.store)
    assert tl("link", a, b).exit_code == 0
    moved = tl("edit", b, "--when", "2024-06-01")
    assert moved.exit_code == 0, moved.output
    assert "warning: the link of" in moved.output and "2024-06-01" in moved.output, moved.output
    back = tl("edit", b, "--when", "2024-05")  # can be the same day again: nothing to say
    assert back.exit_code == 0 and "warning" not in back.output, back.output
    tagged = tl("tag", b, "+council")  # no date moved: nothing to say
    assert "warning" not in tagged.output


def test_an_edit_in_the_editor_that_breaks_a_link_says_so(tl, tmp_path):
    assert tl("add", "2024-05-04: the council met in Tromso", "--source", "a.txt").exit_code == 0
    assert tl("add", "2024-05-04: the Tromso council met", "--source", "b.txt").exit_code == 0
    a, b = _ids(tl, tl.store)
    assert tl("link", a, b).exit_code == 0
    script = tmp_path / "ed.py"
    script.write_text("import sys\np = sys.argv[1]\nt = open(p).read().replace('2024-05-04', '2023-01-01')\n"
                      "open(p, 'w').write(t)\n")
    import sys
    result = tl("edit", b, env={"VISUAL": f"{sys.executable} {script}", "EDITOR": ""})
    assert result.exit_code == 0 and "edited 1 event" in result.output, result.output
    assert "warning: the link of" in result.output


# ---------------------------------------------------------------- resolve with one version gone

def _conflicted(tl, tmp_path: Path) -> tuple[Path, str, str]:
    """A merged store whose one event both branches noted otherwise: (store, ours id, theirs id)."""
    assert tl("add", "2024-05-04: the council met").exit_code == 0
    base, ours, theirs = (tmp_path / n for n in ("b.toml", "o.toml", "t.toml"))
    for path in (base, ours, theirs):
        path.write_bytes(tl.store.read_bytes())
    [ours_id] = _ids(tl, base)
    assert tl("--store", str(ours), "note", ours_id, "ours", store=False).exit_code == 0
    assert tl("--store", str(theirs), "note", ours_id, "theirs", store=False).exit_code == 0
    assert tl("merge", str(base), str(ours), str(theirs), "-o", str(tl.store), store=False).exit_code == 1
    [theirs_id] = [i for i in _ids(tl, tl.store) if i != ours_id]
    return tl.store, ours_id, theirs_id


@pytest.mark.parametrize("side", ["ours", "theirs"])
def test_resolve_for_a_version_that_was_removed_is_refused_not_the_other_kept(tl, tmp_path, side):
    """A conflict whose other version was removed by hand (`rm`): `resolve ID --theirs` kept
    ours, said "resolved: ID kept" and exited 0, as if theirs had been taken."""
    store, ours_id, theirs_id = _conflicted(tl, tmp_path)
    gone, left = (ours_id, theirs_id) if side == "ours" else (theirs_id, ours_id)
    assert tl("rm", gone).exit_code == 0
    before = store.read_bytes()
    result = tl("resolve", left, f"--{side}")
    assert result.exit_code == 2, result.output
    assert f"cannot keep {side}" in result.output and "Traceback" not in result.output
    assert store.read_bytes() == before
    other = "theirs" if side == "ours" else "ours"
    kept = tl("resolve", left, f"--{other}")
    assert kept.exit_code == 0 and f"{left} kept" in kept.output, kept.output


# ---------------------------------------------------------------- hints that name the fix

@pytest.mark.parametrize(("row", "field"), [
    ('{"when": "2024-01-01", "text": "a \\ud800 b"}', "text"),
    ('{"when": "2024-01-01", "text": "x", "tags": ["a\\u001b"]}', "tags"),
    ('{"when": "2024-01-01", "text": "x", "by": "a\\u001bb"}', "by"),
])
def test_an_imported_value_with_a_bad_character_is_told_to_remove_it(tl, tmp_path, row, field):
    """A lone surrogate in `text` was hinted "every event needs its statement in the 'text'
    field", a control character in a tag "give a list of non-blank strings": the field's hint
    for a value of the wrong form, not the fix of a character."""
    path = tmp_path / "rows.jsonl"
    path.write_text(row + "\n")
    result = tl("import", str(path))
    assert result.exit_code == 1, result.output
    error, hint = result.output.strip().splitlines()[-2:]
    assert f"field '{field}'" in error
    assert hint.startswith("Hint: remove that character"), hint


# ---------------------------------------------------------------- a chart for COLUMNS=1

@pytest.mark.parametrize("columns", ["1", "5"])
def test_chart_on_a_screen_of_a_few_columns_is_drawn_at_the_narrowest_width_it_takes(tl, columns):
    """COLUMNS=1 wrapped every word a letter a line (812 lines for the sample article, the
    footer "(--all draws them)" down the screen one character each)."""
    for line in ["2024-03-03/2024-11-28: The bridge was closed for repairs of its deck.",
                 "2024-05-05: The mayor said the works were on schedule."]:
        assert tl("add", line).exit_code == 0
    result = tl("chart", env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    lines = result.output.rstrip("\n").splitlines()
    words = {w.strip(",.") for line in lines for w in line.split()}
    assert {"bridge", "repairs", "schedule"} <= words, "\n" + result.output
    assert max(len(line) for line in lines) <= 20 and len(lines) < 30, "\n" + result.output


# ---------------------------------------------------------------- ids with listing options

@pytest.mark.parametrize("args", [
    ["show", "ID", "--grep", "nothing matches this"],
    ["show", "ID", "--since", "2030"],
    ["show", "ID", "--oneline"],
    ["show", "ID", "--all"],
    ["facts", "ID", "--format", "json"],
    ["facts", "ID", "--min-sources", "3"],
    ["facts", "ID", "--single-source"],
    ["facts", "ID", "--tag", "x"],
])
def test_ids_with_a_filter_or_listing_option_are_a_usage_error_not_ignored(tl, args):
    """`show ID --grep x` showed ID whatever the filter said; `facts ID --format json` printed
    the words of `facts ID` to a script that reads JSON: the option was dropped in silence."""
    added = tl("add", "2024-05-04: the council met")
    assert added.exit_code == 0
    event_id = added.output.strip()
    result = tl(*[event_id if a == "ID" else a for a in args])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: ") and "Hint: drop" in result.output, result.output


def test_ids_with_a_format_they_take_still_work(tl):
    event_id = tl("add", "2024-05-04: the council met").output.strip()
    assert tl("show", event_id, "--format", "json").output.lstrip().startswith("[")
    assert tl("facts", event_id, "--format", "rich").exit_code == 0
    assert tl("facts", event_id, "--regroup").exit_code == 0


# ---------------------------------------------------------------- bytes that are not UTF-8

@pytest.mark.parametrize("args", [
    ["note", "ID", "bad \udcff"],
    ["edit", "ID", "--by", "bad \udcff"],
    ["tag", "ID", "+bad\udcff"],
])
def test_an_argument_that_is_not_utf8_is_named_as_such_not_as_a_lone_surrogate(tl, args):
    """`timeline note ID $'\\xff'` said "holds a lone surrogate, which UTF-8 cannot store": the
    surrogate is Python's escape of a byte the user never saw as one (add said it rightly)."""
    event_id = tl("add", "2024-05-04: the council met").output.strip()
    result = tl(*[event_id if a == "ID" else a for a in args])
    assert result.exit_code != 0
    assert "not valid UTF-8 text (byte 0xff)" in result.output and "surrogate" not in result.output, result.output
    assert "iconv" in result.output


# ---------------------------------------------------------------- links merged from two branches

def test_two_branches_links_sharing_a_statement_never_join_dates_that_cannot_meet(tl, tmp_path):
    """Ours linked A B, theirs B C; A and C share no day (`link A B C` is refused so). The
    merged store kept both links and `facts` made A, B and C one fact of three sources that
    "disagree": a link joined what cannot be one happening."""
    adds = [("the bridge closed", "2024-05-01/2024-05-10", "a.txt"),
            ("bridge closure", "2024-05-08/2024-05-20", "b.txt"),
            ("bridge closed", "2024-05-15", "c.txt")]
    a, b, c = (tl("add", text, "--when", when, "--source", src).output.strip() for text, when, src in adds)
    base, ours, theirs = (tmp_path / n for n in ("b.toml", "o.toml", "t.toml"))
    for path in (base, ours, theirs):
        path.write_bytes(tl.store.read_bytes())
    assert tl("--store", str(ours), "link", a, b, store=False).exit_code == 0
    assert tl("--store", str(theirs), "link", b, c, store=False).exit_code == 0
    assert tl("--store", str(ours), "link", a, b, c, store=False).exit_code == 2  # what link says
    merged = tmp_path / "m.toml"
    assert tl("merge", str(base), str(ours), str(theirs), "-o", str(merged), store=False).exit_code == 0
    result = tl("--store", str(merged), "facts", "--format", "json", store=False)
    assert result.exit_code == 0, result.output
    import json
    facts = json.loads(result.output)
    assert max(len(f["events"]) for f in facts) == 2, facts
    assert all(f["agreement"] != "disagree" for f in facts), facts


def test_an_import_update_that_moves_a_linked_statement_apart_says_so(tl, tmp_path):
    """The spreadsheet way of an edit (`import --update`) moved a linked date in silence too."""
    assert tl("add", "2024-05-04: the council met in Tromso", "--source", "a.txt").exit_code == 0
    assert tl("add", "2024-05-04: the Tromso council met", "--source", "b.txt").exit_code == 0
    a, b = _ids(tl, tl.store)
    assert tl("link", a, b).exit_code == 0
    sheet = tmp_path / "review.csv"
    sheet.write_text(f"id,when\n{b},2024-06-01\n")
    result = tl("import", "--update", str(sheet))
    assert result.exit_code == 0, result.output
    assert "warning: the link of" in result.output and "1 updated" in result.output, result.output


def test_edit_with_a_blank_tag_asks_for_a_tag_name(tl):
    """`edit ID --tag ' '` hinted only "use --untagged", which is a filter's, not a way to set a tag."""
    assert tl("add", "2024-05-04: the council met").exit_code == 0
    [event_id] = _ids(tl, tl.store)
    result = tl("edit", event_id, "--tag", " ")
    assert result.exit_code == 2, result.output
    assert "give a tag name, e.g. --tag kursk" in result.output, result.output
