"""Session 19, redteam4: what a hostile user or a careless newcomer saw through the CLI, each
found by running `timeline` as a user would, one test per phenomenon."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from _pages import minutes_page

REPO = Path(__file__).resolve().parents[1]


def run(*args, env=None, input=None, cwd=None):
    environ = dict(os.environ, **(env or {}))
    environ["PYTHONPATH"] = str(REPO / "src")
    return subprocess.run([sys.executable, "-m", "timeline_cli", *args], capture_output=True, env=environ,
                          input=input, cwd=cwd, timeout=120)


# ---------------------------------------------------------------- stdin named as the store and a document

@pytest.mark.parametrize("doc", ["-", "/dev/stdin"])
def test_dry_run_ingest_with_store_and_document_both_from_stdin_is_a_usage_error(doc):
    # `cat t.toml | timeline --store - ingest --dry-run -` read the store's TOML as a document
    # and printed its lines as 56 "events": stdin can be one of them only.
    done = run("--store", "-", "ingest", "--dry-run", doc, input=b"schema = 4\n")
    assert done.returncode == 2, done
    assert b"named more than once (FILE and --store)" in done.stderr
    assert done.stdout == b"" and b"Traceback" not in done.stderr


def test_dry_run_ingest_of_a_file_with_a_store_from_stdin_still_works(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("On 4 May 2024 the council met.\n")
    done = run("--store", "-", "ingest", "--dry-run", "--reported", "2024-05-05", str(doc), input=b"")
    assert done.returncode == 0, done
    assert done.stdout == b"2024-05-04\tOn 4 May 2024 the council met.\n"


# ---------------------------------------------------------------- bidi controls in exports

RLO, PDF, LRI, PDI, ZWSP = "\u202e", "\u202c", "\u2066", "\u2069", "\u200b"
HOSTILE = f"2024-11-07: Pay {RLO}TXT.exe{PDF} to {ZWSP}Alice {LRI}x{PDI}"
CONTROLS = (RLO, PDF, LRI, PDI)


@pytest.fixture
def bidi_store(tmp_path):
    store = tmp_path / "t.toml"
    done = run("--store", str(store), "add", HOSTILE, "--by", f"Mal{RLO}lory", "--tag", f"t{RLO}ag")
    assert done.returncode == 0, done
    return store


def _export(store, fmt, *extra):
    done = run("--store", str(store), "export", "--format", fmt, *extra)
    assert done.returncode == 0, done
    return done.stdout.decode()


@pytest.mark.parametrize("fmt", ["json", "jsonl", "timelinejs"])
def test_json_exports_write_bidi_controls_as_escapes_that_read_back_the_same(bidi_store, fmt):
    # A file viewer showed `Pay exe.TXT` (the RLO obeyed, spilling over the rest of the line):
    # the JSON escape `\u202e` is the same string to every JSON reader, and visible to people.
    import json

    out = _export(bidi_store, fmt)
    assert not any(c in out for c in CONTROLS)
    assert "\\u202e" in out and ZWSP in out  # (zero-width characters are text: kept)
    data = json.loads(out.splitlines()[0] if fmt == "jsonl" else out)
    if fmt == "json":
        assert data[0]["text"] == HOSTILE[len("2024-11-07: "):]
    if fmt == "jsonl":
        assert data["text"] == HOSTILE[len("2024-11-07: "):] and data["by"] == f"Mal{RLO}lory"


def test_timelinejs_isolates_every_piece_holding_a_bidi_control(bidi_store):
    # TimelineJS renders the slide's strings as HTML: an RLO in the statement reversed the
    # claimant and source after it on the slide. Each piece holding a control is a <bdi>.
    import json

    slide = json.loads(_export(bidi_store, "timelinejs"))["events"][0]
    assert slide["text"]["headline"] == f"<bdi>Pay {RLO}TXT.exe{PDF} to {ZWSP}Alice {LRI}x{PDI}</bdi>"
    assert f"Claimed by: <bdi>Mal{RLO}lory</bdi>" in slide["text"]["text"]
    assert f"Tags: <bdi>t{RLO}ag</bdi>" in slide["text"]["text"]
    assert slide["group"] == f"<bdi>Mal{RLO}lory</bdi>"


def test_markdown_shows_bidi_controls_as_visible_escapes_like_the_terminal(bidi_store):
    out = _export(bidi_store, "md")
    assert not any(c in out for c in CONTROLS)
    assert "Pay \\\\u202eTXT.exe\\\\u202c to " + ZWSP + "Alice \\\\u2066x\\\\u2069" in out
    assert "Mal\\\\u202elory" in out


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_keeps_bidi_text_and_round_trips_it(bidi_store, tmp_path, fmt):
    # Spreadsheets lay out each cell on its own: the characters stay (export -> import is
    # lossless); only a formula hidden behind them is neutralised (next test).
    path = tmp_path / f"e.{fmt}"
    assert run("--store", str(bidi_store), "export", "--format", fmt, "-o", str(path)).returncode == 0
    assert RLO in path.read_text()
    back = tmp_path / "back.toml"
    done = run("--store", str(back), "import", str(path))
    assert done.returncode == 0, done
    assert back.read_text().split("[[event]]")[1] == bidi_store.read_text().split("[[event]]")[1]


@pytest.mark.parametrize("lead", [ZWSP, RLO, "\ufeff", "\u2060", f"{LRI}{ZWSP}"])
def test_csv_neutralises_a_formula_behind_invisible_characters(tmp_path, lead):
    store = tmp_path / "t.toml"
    text = f"{lead}=HYPERLINK(\"http://evil.example\",\"click\")"
    assert run("--store", str(store), "add", "--when", "2024-11-07", text).returncode == 0
    path = tmp_path / "e.csv"
    assert run("--store", str(store), "export", "-o", str(path)).returncode == 0
    assert f",\"'{text.replace(chr(34), chr(34) * 2)}\"," in path.read_text()
    back = tmp_path / "back.toml"
    assert run("--store", str(back), "import", str(path)).returncode == 0
    assert back.read_text().split("[[event]]")[1] == store.read_text().split("[[event]]")[1]


# ---------------------------------------------------------------- a huge web page

def test_a_page_of_more_elements_than_any_article_is_read_up_to_the_cap_with_a_warning(tl, tmp_path, monkeypatch):
    # A 50 MB page of list items took minutes (trafilatura's time grows faster than the
    # elements); it is now read up to its first MAX_PAGE_ELEMENTS, and ingest says so.
    pytest.importorskip("trafilatura")
    from timeline_cli.readers import html

    monkeypatch.setattr(html, "MAX_PAGE_ELEMENTS", 400)
    target = tmp_path / "minutes.html"
    target.write_bytes(minutes_page(1000, "li", inside="ul"))
    result = tl("ingest", str(target))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning")]
    assert len(warnings) == 1 and "minutes.html holds 1,0" in warnings[0], result.stderr
    assert "read up to its first 400 (" in warnings[0]
    store = tl.store.read_text()
    assert "session 0." in store and "session 350." in store and "session 999." not in store


def test_the_cap_keeps_the_first_elements_in_document_order():
    lxml_html = pytest.importorskip("lxml.html")
    from timeline_cli.readers import html

    tree = lxml_html.fromstring("<html><body><div><p>a<b>b</b>c</p><p>d</p>tail</div><p>e</p></body></html>")
    before = html.MAX_PAGE_ELEMENTS
    try:
        html.MAX_PAGE_ELEMENTS = 5  # html, body, div, p, b
        assert "(2 left out)" in html._cap_elements(tree, "p.html")  # the second and third <p>
    finally:
        html.MAX_PAGE_ELEMENTS = before
    assert [el.tag for el in tree.iter()] == ["html", "body", "div", "p", "b"]
    assert "".join(tree.itertext()) == "abc"


def test_a_page_under_the_cap_is_untouched():
    lxml_html = pytest.importorskip("lxml.html")
    from timeline_cli.readers import html

    tree = lxml_html.fromstring("<html><body><p>a</p></body></html>")
    assert html._cap_elements(tree, "p.html") == "" and "".join(tree.itertext()) == "a"


# ---------------------------------------------------------------- bidi controls in every JSON output

def _two_sources(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(f"On 4 May 2024 the harbour council of Tromso approved the {RLO}dredging plan, "
                                "the mayor said.\n")
    (docs / "b.txt").write_text("The harbour council of Tromso approved the dredging plan on 4 May 2024, "
                                "officials said.\n")
    store = tmp_path / "t.toml"
    done = run("--store", str(store), "ingest", "--reported", "2024-05-05", str(docs))
    assert done.returncode == 0, done
    return store, docs


@pytest.mark.parametrize("args", [["facts", "--format", "json"], ["facts", "--format", "jsonl"],
                                  ["diff", "--format", "json", "EMPTY"], ["extract", "DOC"]])
def test_every_json_output_writes_bidi_controls_as_escapes(tmp_path, args):
    # `timeline facts --format json > facts.json` kept the RLO raw while `export` escaped it.
    import json

    store, docs = _two_sources(tmp_path)
    empty = tmp_path / "empty.toml"
    empty.write_text("schema = 4\n")
    named = docs / f"minutes{RLO}txt.exe"  # (extract's records hold the document's name)
    named.write_bytes((docs / "a.txt").read_bytes())
    args = [str(empty) if a == "EMPTY" else str(named) if a == "DOC" else a for a in args]
    done = run("--store", str(store), *args, input=(docs / "a.txt").read_bytes())
    assert done.returncode in (0, 1), done
    out = done.stdout.decode()
    assert RLO not in out and "\\u202e" in out
    lines = [out] if args[-1] == "json" or args[0] == "diff" else out.splitlines()
    assert any(RLO in json.dumps(json.loads(line), ensure_ascii=False) for line in lines)


# ---------------------------------------------------------------- merge of the stores' memory

def test_merge_keeps_an_alias_changed_on_their_side_only(tmp_path):
    # base: "the mayor" means A; theirs re-pointed it to B, ours left it: the merge kept A,
    # losing their change silently (the event merge takes the side that changed).
    base = tmp_path / "base.toml"
    assert run("--store", str(base), "add", "2024-05-04: council meets", "--by", "the mayor").returncode == 0
    assert run("--store", str(base), "alias", "the mayor", "Mayor of Tromso").returncode == 0
    ours, theirs = tmp_path / "ours.toml", tmp_path / "theirs.toml"
    ours.write_bytes(base.read_bytes())
    theirs.write_bytes(base.read_bytes())
    assert run("--store", str(theirs), "alias", "the mayor", "Tromso mayor").returncode == 0
    assert run("--store", str(ours), "add", "2024-05-06: dredging starts").returncode == 0
    merged = tmp_path / "m.toml"
    done = run("merge", str(base), str(ours), str(theirs), "-o", str(merged))
    assert done.returncode == 0, done
    assert 'claimant = "Tromso mayor"' in merged.read_text()
    # and the other way round: ours changed, theirs did not
    done = run("merge", str(base), str(theirs), str(ours), "-o", str(merged))
    assert done.returncode == 0 and 'claimant = "Tromso mayor"' in merged.read_text()


def test_three_way_memory_takes_the_side_that_changed():
    from timeline_cli.memory import _three_way

    base = {"k": 1, "gone": 1, "same": 1}
    assert _three_way(base, {"k": 1, "gone": 1, "same": 1}, {"k": 2, "same": 1}) == {"k": 2, "same": 1}
    assert _three_way(base, {"k": 3, "same": 1}, {"k": 1, "gone": 1, "same": 1}) == {"k": 3, "same": 1}
    assert _three_way(base, {"k": 3}, {"k": 2}) == {"k": 3}  # both changed: ours, as before
    assert _three_way({}, {"new": 1}, {"new2": 2}) == {"new": 1, "new2": 2}


# ---------------------------------------------------------------- hand-edited stores

def test_a_table_pasted_above_the_schema_line_names_that_table(tmp_path):
    # An [[alias]] pasted at the top of the file made TOML read `schema = 4` as the alias's
    # key, and the error said the store had no `schema = 4` line, which it plainly had.
    store = tmp_path / "t.toml"
    store.write_text('[[alias]]\nname = "x"\nclaimant = "y"\n\nschema = 4\n\n[[event]]\nid = "a1"\n'
                     'when = "2024"\ntext = "one"\n')
    done = run("--store", str(store), "show", "--format", "plain")
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    lines = done.stderr.decode().splitlines()
    assert lines[0] == (f"Error: {store}:5: `schema = 4` comes after the table header `[[alias]]` "
                        "(line 1), so TOML reads it as a key of that table"), lines
    assert lines[1] == "Hint: move `schema = 4` to the top of the file, above every [table]"


def test_a_store_with_no_schema_line_at_all_still_says_so(tmp_path):
    store = tmp_path / "t.toml"
    store.write_text('[[event]]\nid = "a1"\nwhen = "2024"\ntext = "one"\n')
    done = run("--store", str(store), "show", "--format", "plain")
    assert done.returncode == 1 and b"has no `schema = 4` line" in done.stderr


# ---------------------------------------------------------------- a narrow terminal

def run_tty(*args, columns: int, cwd=None) -> str:
    """`timeline ARGS` with stdout on a pseudo-terminal COLUMNS wide; what it printed."""
    import select

    main, child = os.openpty()
    environ = dict(os.environ, PYTHONPATH=str(REPO / "src"), COLUMNS=str(columns), LINES="500", TERM="xterm")
    proc = subprocess.Popen([sys.executable, "-m", "timeline_cli", *args], stdout=child, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, env=environ, cwd=cwd)
    os.close(child)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 60)
        if not ready:
            break
        try:
            data = os.read(main, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(main)
    errors = proc.stderr.read()
    proc.stderr.close()
    assert proc.returncode == 0, errors
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", b"".join(chunks).decode()).replace("\r\n", "\n")


@pytest.mark.parametrize("what", ["list", "one"])
def test_facts_on_a_narrow_terminal_keep_whole_words(tmp_path, what):
    # COLUMNS=20: the date and source columns took 36 of the 40 columns Rich keeps, and the
    # statement was cut four letters a line ("The / Amer / ican / news / pape / r").
    store = tmp_path / "t.toml"
    assert run("--store", str(store), "ingest", str(REPO / "seeds")).returncode == 0
    plain = run("--store", str(store), "facts", "--format", "plain").stdout.decode().splitlines()
    interval = next(line.split("\t")[5] for line in plain if line.startswith("2024-10-08/2024-10-13"))
    args = ["facts"] if what == "list" else ["facts", interval]  # (its date is the widest)
    listing = run_tty("--store", str(store), "--no-pager", *args, columns=20)
    words = {w.strip(",.") for line in listing.splitlines() for w in line.split()}
    assert {"intelligence", "transported", "Vladivostok", "passports"} <= words, listing


# ---------------------------------------------------------------- a full disk under stdout

@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("args", [["--version"], ["--help"], ["show", "--help"], ["show", "--format", "csv"],
                                  ["show", "--format", "plain"], ["export", "--format", "md"]])
def test_output_to_a_full_disk_is_one_line_naming_it(tmp_path, args):
    # `timeline --version > /dev/full` printed a traceback; `show --format csv > /dev/full`
    # said "cannot access: No space left on device" and to check the path's permissions.
    store = tmp_path / "t.toml"
    assert run("--store", str(store), "add", "2024-11-07: x").returncode == 0
    before = store.read_bytes()
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "timeline_cli", "--store", str(store), *args], stdout=full,
                              stderr=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(REPO / "src")), timeout=60)
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 1, lines
    assert lines == ["Error: cannot write the output: No space left on device",
                     "Hint: free some space, or send the output elsewhere"], lines
    assert store.read_bytes() == before


# ---------------------------------------------------------------- a store read from stdin

@pytest.mark.parametrize("side", ["--ours", "--theirs", "--edit"])
def test_resolve_with_a_store_from_stdin_says_it_cannot_write(side):
    # `cat t.toml | timeline --store - resolve ID --ours` read stdin twice and said the
    # (drained) store "has no `schema = 4` line".
    store = (b'schema = 4\n\n[[event]]\nid = "aaaa11112222"\nwhen = "2024"\ntext = "one"\n'
             b'conflict = "when; this is ours, theirs is bbbb11112222"\n\n[[event]]\nid = "bbbb11112222"\n'
             b'when = "2023"\ntext = "one"\nconflict = "when; this is theirs, ours is aaaa11112222"\n')
    done = run("--store", "-", "resolve", "aaaa", side, input=store, env={"EDITOR": "true"})
    assert done.returncode == 1, done
    assert done.stderr.decode().splitlines()[0] == "Error: cannot write to a store read from stdin (--store -)"


@pytest.mark.parametrize("args", [[], ["--all"], ["--format", "json"]])
def test_conflicts_reads_a_store_from_stdin_once(args):
    # `cat t.toml | timeline --store - conflicts` read stdin a second time for the verdicts
    # and said the (drained) store "has no `schema = 4` line".
    store = (b'schema = 4\n\n[[event]]\nid = "aaaa11112222"\nwhen = "2024-11-04"\ntext = "the clash"\n'
             b'source = "a"\n')
    done = run("--store", "-", "conflicts", *args, input=store)
    assert done.returncode == 0, done
    assert b"schema" not in done.stderr


def test_conflicts_dismiss_with_a_store_from_stdin_says_it_cannot_write():
    done = run("--store", "-", "conflicts", "--dismiss", "x", input=b"schema = 4\n")
    assert done.returncode == 1
    assert done.stderr.decode().splitlines()[0] == "Error: cannot write to a store read from stdin (--store -)"


# ---------------------------------------------------------------- a malformed URL

@pytest.mark.parametrize("url", ["https://[::1", "http://[zz]/", "http://example.org:99999/"])
@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_a_malformed_url_is_one_line_error(tmp_path, url, command):
    # `timeline ingest 'https://[::1'` said "internal error (ValueError: Invalid IPv6 URL)".
    done = run("--store", str(tmp_path / "t.toml"), command, url)
    lines = done.stderr.decode().splitlines()
    assert done.returncode in (1, 2) and len(lines) == 2, lines
    assert lines[0].startswith(f"Error: cannot fetch {url}: not a valid URL"), lines
    assert "internal error" not in lines[0] and not (tmp_path / "t.toml").exists()


# ---------------------------------------------------------------- --since after --until

@pytest.mark.parametrize("command", [["show", "--format", "plain"], ["filter"], ["facts"], ["export"]])
def test_since_after_until_warns_that_only_spans_can_match(tmp_path, command):
    # `--since 2025 --until 2024` (swapped by mistake) printed nothing and exited 0, as if the
    # store held nothing in those years. Both filters are overlaps, so a span across the gap
    # still matches (2024-06/2025-06): a warning, not an error.
    store = tmp_path / "t.toml"
    assert run("--store", str(store), "add", "2024-11-07: x").returncode == 0
    assert run("--store", str(store), "add", "across", "--when", "2024-06/2025-06").returncode == 0
    done = run("--store", str(store), *command, "--since", "2025", "--until", "2024")
    lines = [line for line in done.stderr.decode().splitlines() if line.startswith("warning")]
    assert lines == ["warning: --since 2025 starts after --until 2024 ends: only dates spanning both can "
                     "match; to select between them, swap them: --since 2024 --until 2025"], done
    assert b"across" in done.stdout and b"\tx\t" not in done.stdout and b'text = "x"' not in done.stdout


def test_since_and_until_in_order_say_nothing(tmp_path):
    store = tmp_path / "t.toml"
    assert run("--store", str(store), "add", "2024-11-07: x").returncode == 0
    done = run("--store", str(store), "show", "--format", "plain", "--since", "2024", "--until", "2024")
    assert done.returncode == 0 and done.stdout.startswith(b"2024-11-07\tx") and done.stderr == b""


# ---------------------------------------------------------------- a folder holding odd files

def test_a_folder_s_links_pipes_and_devices_are_skipped_for_what_they_are(tmp_path):
    # `ingest dir/` said "skipped dir/fifo.txt: not a supported type (.txt)" for a pipe, a
    # dangling link and a link to /dev/zero, though .txt is the first type it reads.
    folder = tmp_path / "dd"
    folder.mkdir()
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere")
    (folder / "a.txt").write_text("On 4 May 2024 the council met.\n")
    (folder / "b.xyz").write_text("x")
    done = run("--store", str(tmp_path / "t.toml"), "ingest", "--reported", "2024-05-05", str(folder))
    assert done.returncode == 0, done
    said = dict(line.removeprefix("skipped ").split(": ", 1) for line in done.stderr.decode().splitlines()
                if line.startswith("skipped "))
    assert said == {f"{folder}/dangling.txt": "a broken link",
                    f"{folder}/fifo.txt": "not a regular file (a pipe)",
                    f"{folder}/zero.txt": "not a regular file (a device)",
                    f"{folder}/b.xyz": "not a supported type (.xyz)"}, said


# ---------------------------------------------------------------- a missing store named to diff or merge

@pytest.mark.parametrize("args", [["diff", "nope.toml", "s.toml"], ["diff", "s.toml", "nope.toml"],
                                  ["merge", "s.toml", "nope.toml", "s.toml"], ["merge", "--union", "nope.toml", "s.toml"]])
def test_a_missing_store_named_to_compare_is_not_told_to_create_one(tmp_path, args):
    # `timeline merge base.toml oors.toml theirs.toml` (a typo) said to create a store with
    # `timeline add` or to point --store elsewhere: neither fixes a mistyped argument.
    assert run("--store", str(tmp_path / "s.toml"), "add", "2024-11-07: x").returncode == 0
    done = run(*args, cwd=tmp_path)
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 2, done
    assert lines == ["Error: no store at nope.toml", "Hint: check the path: the stores to compare must exist"], lines


def test_diff_with_the_live_store_missing_still_says_how_to_create_one(tmp_path):
    assert run("--store", str(tmp_path / "s.toml"), "add", "2024-11-07: x").returncode == 0
    done = run("--store", str(tmp_path / "nope.toml"), "diff", str(tmp_path / "s.toml"))
    assert b"timeline add" in done.stderr


# ---------------------------------------------------------------- edit ID --by ''

@pytest.mark.parametrize("field", ["by", "source"])
def test_edit_with_an_empty_by_or_source_clears_it(tmp_path, field):
    # `timeline edit ID --by ''` opened $EDITOR ("no editor: set $VISUAL") where the help says
    # an empty value clears an optional field.
    store = tmp_path / "t.toml"
    done = run("--store", str(store), "add", "2024-11-07: x", "--by", "someone", "--source", "doc.txt")
    event_id = done.stdout.decode().strip()
    done = run("--store", str(store), "edit", event_id, f"--{field}", "", env={"EDITOR": "false", "VISUAL": ""})
    assert done.returncode == 0, done
    text = store.read_text()
    assert f"{field} = " not in text and ("doc.txt" in text) == (field == "by"), text


def test_edit_with_an_empty_text_is_told_in_an_edit_s_words(tmp_path):
    # `timeline edit ID --text ''` was told "every row needs the statement itself" (an import's words).
    store = tmp_path / "t.toml"
    event_id = run("--store", str(store), "add", "2024-11-07: x").stdout.decode().strip()
    done = run("--store", str(store), "edit", event_id, "--text", "")
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 1 and lines == ["Error: text: is empty",
                                              "Hint: every event needs its statement in the 'text' field"], lines


# ---------------------------------------------------------------- import of timeline's own sqlite export

@pytest.mark.parametrize("fmt", [[], ["--format", "csv"]])
def test_import_of_an_sqlite_export_names_what_it_is(tmp_path, fmt):
    # `timeline import events.db` (timeline's own export) said the file "looks binary" and to
    # convert it with pdftotext or pandoc.
    store = tmp_path / "t.toml"
    assert run("--store", str(store), "add", "2024-11-07: x").returncode == 0
    db = tmp_path / "events.db"
    assert run("--store", str(store), "export", "--format", "sqlite", "-o", str(db)).returncode == 0
    done = run("--store", str(tmp_path / "other.toml"), "import", str(db), *fmt)
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 1 and lines == [
        f"Error: {db} is an SQLite database: sqlite files cannot be imported",
        "Hint: import one of: toml, csv, tsv, json, jsonl (export the events again in one of them)"], lines


def test_import_from_a_pipe_still_reads_every_byte(tmp_path):
    store = tmp_path / "t.toml"
    done = subprocess.run(["bash", "-c", f"{sys.executable} -m timeline_cli --store {store} import --format jsonl "
                           "<(printf '%s\\n' '{\"when\": \"2024-11-07\", \"text\": \"x\"}')"], capture_output=True,
                          env=dict(os.environ, PYTHONPATH=str(REPO / "src")), timeout=60)
    assert done.returncode == 0, done
    assert 'text = "x"' in store.read_text()


# ---------------------------------------------------------------- a mistyped command

@pytest.mark.parametrize("typo, meant", [("shwo", "show"), ("ingset", "ingest"), ("exprot", "export")])
def test_a_mistyped_command_suggests_the_command(typo, meant):
    # `timeline shwo` said "No such command 'shwo'." with no word of `show`, where a mistyped
    # option (--formt) already gets "Did you mean '--format'?".
    done = run(typo)
    assert done.returncode == 2
    assert done.stderr.decode().splitlines()[-1] == f"Error: No such command '{typo}'. Did you mean '{meant}'?"


def test_a_command_like_nothing_gets_no_suggestion():
    done = run("zzzzzz")
    assert done.returncode == 2 and done.stderr.decode().splitlines()[-1] == "Error: No such command 'zzzzzz'."


# ---------------------------------------------------------------- extract | head -1

def test_extract_into_a_pipe_that_closes_ends_as_every_command_does(tmp_path):
    # `timeline extract big.txt | head -1` exited 0: the records went out in one write of
    # megabytes, which the pipe took in part before its reader left, without an error.
    doc = tmp_path / "mid.txt"
    doc.write_text("On 4 May 2024 the council met. " * 3000 + "\n")
    done = subprocess.run(["bash", "-c", f"{sys.executable} -m timeline_cli extract {doc} --reported 2024-05-05 "
                           "| head -1 > /dev/null; echo ${PIPESTATUS[0]}"], capture_output=True,
                          env=dict(os.environ, PYTHONPATH=str(REPO / "src")), timeout=120)
    assert done.stdout.decode().strip() == "141", done
    assert done.stderr == b""


@pytest.fixture(scope="module")
def wide_store(tmp_path_factory):
    import json

    folder = tmp_path_factory.mktemp("wide")
    rows = folder / "rows.jsonl"
    rows.write_text("".join(json.dumps({"when": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                                        "text": f"statement number {i} about the harbour council of town {i % 50}",
                                        "source": f"doc{i % 40}.txt"}) + "\n" for i in range(1500)))
    store = folder / "t.toml"
    assert run("--store", str(store), "import", str(rows)).returncode == 0
    return store


@pytest.mark.parametrize("args", [["facts", "--format", "json"], ["export", "--format", "json"],
                                  ["export", "--format", "timelinejs"], ["export", "--format", "html"],
                                  ["diff", "EMPTY", "--format", "json"]])
def test_json_and_html_into_a_pipe_that_closes_end_with_141(wide_store, tmp_path, args):
    # As extract: `timeline facts --format json | head -1` exited 0 (one write of megabytes).
    empty = tmp_path / "empty.toml"
    empty.write_text("schema = 4\n")
    argv = " ".join(str(empty) if a == "EMPTY" else a for a in args)
    done = subprocess.run(["bash", "-c", f"{sys.executable} -m timeline_cli --store {wide_store} {argv} "
                           "| head -1 > /dev/null; echo ${PIPESTATUS[0]}"], capture_output=True,
                          env=dict(os.environ, PYTHONPATH=str(REPO / "src")), timeout=120)
    assert done.stdout.decode().strip() == "141", done
    assert done.stderr == b""
