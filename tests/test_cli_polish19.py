"""Session 19 polish: three inconsistencies a red-team pass left in what the CLI does."""
from __future__ import annotations

import pytest

from _pages import minutes_page

# ---------------------------------------------------------------- a huge web page, one policy


def test_a_page_of_too_many_paragraph_elements_is_read_up_to_the_cap_with_a_warning(tl, tmp_path, monkeypatch):
    # It was refused outright while a page of as many elements elsewhere was read up to its
    # first 50,000 with a warning: both are now read up to their cap, with the same warning.
    pytest.importorskip("trafilatura")
    from timeline_cli.readers import html

    monkeypatch.setattr(html, "MAX_PARAGRAPH_NODES", 400)  # 2 elements a paragraph: 200 read
    target = tmp_path / "minutes.html"
    target.write_bytes(minutes_page(1000, "p", session="<b>session</b>"))
    result = tl("ingest", str(target))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning")]
    assert len(warnings) == 1, result.stderr
    assert "minutes.html holds 2,000 elements in its paragraphs" in warnings[0], warnings[0]
    assert "read up to its first" in warnings[0] and "left out)" in warnings[0]
    store = tl.store.read_text()
    assert "session 0." in store and "session 150." in store and "session 999." not in store


def test_the_paragraph_cap_counts_nested_paragraphs_as_the_reader_pays_for_them():
    # An element inside two paragraphs (a <p> in a <span> in a <p>) is paid for twice.
    lxml_html = pytest.importorskip("lxml.html")
    from timeline_cli.readers import html

    tree = lxml_html.fromstring("<html><body><p>a<span><p>b</p></span></p><p>c</p><p>d</p></body></html>")
    assert sum(1 for p in tree.iter("p") for _ in p.iter()) == 6
    before = html.MAX_PARAGRAPH_NODES
    try:
        html.MAX_PARAGRAPH_NODES = 4  # p, span, p (twice): 4; "c" would be the fifth
        note = html._cap_elements(tree, "x.html")
    finally:
        html.MAX_PARAGRAPH_NODES = before
    assert "x.html holds 6 elements in its paragraphs" in note and "read up to its first 4 (2 left out)" in note, note
    assert "".join(tree.itertext()) == "ab"
    assert sum(1 for p in tree.iter("p") for _ in p.iter()) == 4


# ---------------------------------------------------------------- an empty file is an empty store

def _one_event_store(tl, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("On March 3, 2024 the council met.\n", encoding="utf-8")
    assert tl("ingest", str(doc)).exit_code == 0
    return str(tl.store)


@pytest.mark.parametrize("empty", ["/dev/null", "file", "blank"])
def test_diff_reads_an_empty_file_as_an_empty_store_as_merge_does(tl, tmp_path, empty):
    # `diff /dev/null STORE` said "no schema line" while `merge` took it as an empty store.
    store = _one_event_store(tl, tmp_path)
    if empty != "/dev/null":
        path = tmp_path / "empty.toml"
        path.write_text("" if empty == "file" else "\n  \n", encoding="utf-8")
        empty = str(path)
    merged = tl("merge", "--union", empty, store, "-o", str(tmp_path / "m.toml"))
    assert merged.exit_code == 0, merged.output
    added = tl("diff", empty, store)
    assert added.exit_code == 1, added.output  # 1: the stores differ
    assert "schema" not in added.output and "council met" in added.stdout, added.output
    removed = tl("diff", store, empty)
    assert removed.exit_code == 1 and "council met" in removed.stdout, removed.output
    same = tl("diff", empty, empty)
    assert same.exit_code == 0, same.output


def test_diff_reads_empty_stdin_as_an_empty_store(tl, tmp_path):
    store = _one_event_store(tl, tmp_path)
    result = tl("diff", "-", store, input="")
    assert result.exit_code == 1 and "council met" in result.stdout, result.output


def test_diff_still_refuses_a_nonempty_file_without_a_schema_line(tl, tmp_path):
    store = _one_event_store(tl, tmp_path)
    path = tmp_path / "notes.toml"
    path.write_text("title = 'notes'\n", encoding="utf-8")
    result = tl("diff", str(path), store)
    assert result.exit_code == 2 and "no `schema = " in result.output, result.output
    missing = tl("diff", str(tmp_path / "nope.toml"), store)
    assert missing.exit_code == 2 and "check the path" in missing.output, missing.output


# ---------------------------------------------------------------- chart on a very narrow terminal

@pytest.mark.parametrize("columns", [20, 30])
def test_chart_on_a_narrow_terminal_puts_the_text_under_the_date(tmp_path, columns):
    # COLUMNS=20..30: the label kept 24 columns and the bar 10 more, so a row ran past the
    # screen and an interval's date ran into its text ("2024-03-03/2024-11-28..."); the
    # statement now goes under its date, as `facts` does, and the bar under it.
    from test_cli_redteam4 import run, run_tty

    store = tmp_path / "t.toml"
    for line in ["2024-03-03/2024-11-28: The bridge was closed for repairs of its deck.",
                 "2024-05-05: The mayor said the works were on schedule."]:
        assert run("--store", str(store), "add", line).returncode == 0
    for color in ["auto", "never"]:
        shown = run_tty("--store", str(store), "--no-pager", "chart", "--color", color, columns=columns)
        lines = shown.rstrip("\n").splitlines()
        assert lines and all(len(line) <= columns for line in lines), "\n" + shown
        if columns >= 21:  # the date alone on its line
            assert "2024-03-03/2024-11-28" in lines, "\n" + shown
        else:  # too long for the line: its start, then its end
            assert lines[lines.index("2024-03-03/") + 1] == "2024-11-28", "\n" + shown
        words = {w.strip(",.") for line in lines for w in line.split()}
        assert {"bridge", "repairs", "deck", "mayor", "schedule"} <= words, "\n" + shown
