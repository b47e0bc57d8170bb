"""The TOML store: determinism, round trip, validation errors, atomic writes, schema guard."""

from __future__ import annotations

import os
import tomllib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_cli import store
from timeline_cli.errors import StoreError, StoreMissing, StoreTooNew
from timeline_cli.fields import WHITE_SPACE, items, multi_line
from timeline_cli.model import Event, make_id


def ev(text: str, when: str = "2024-10-24", **kw) -> Event:
    return Event(id=make_id(text, when, kw.get("source", "")), when=when, text=text, **kw)


SAMPLE = [
    ev("first clash", "2024-11-04", by="Ukrainian MoD", tags=("kursk",)),
    ev("agreement signed", "2024-06", by="The Wall Street Journal"),
    ev("troops shipped", "2024-10-08/2024-10-13", reported=date(2024, 11, 6), span=(10, 40)),
    ev("undated statement", "../2024-11-06", reported=date(2024, 11, 6), status="reported"),
]

# ---------------------------------------------------------------- writing


def test_dumps_sorts_by_earliest_then_latest_then_id_open_starts_at_their_end():
    text = store.dumps(SAMPLE + [ev("from then on", "2024-11-05/.."), ev("a month", "2024-11"),
                                 ev("unknown start", "/2024-11-03")])
    whens = [e.when for e in store.loads(text)]
    assert whens == ["2024-06", "2024-10-08/2024-10-13", "2024-11", "/2024-11-03", "2024-11-04",
                     "2024-11-05/..", "../2024-11-06"]


def test_dumps_is_deterministic_whatever_the_input_order():
    assert store.dumps(SAMPLE) == store.dumps(list(reversed(SAMPLE)))


def test_dumps_starts_with_schema_and_parses_as_toml():
    text = store.dumps(SAMPLE)
    doc = tomllib.loads(text)
    assert doc["schema"] == store.SCHEMA
    assert len(doc["event"]) == 4
    assert doc["event"][1]["reported"] == date(2024, 11, 6)


def test_empty_optional_fields_are_not_written():
    text = store.dumps([ev("plain", "2024")])
    assert "source" not in text and "tags" not in text and "span" not in text


safe_text = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
whens = st.sampled_from(["2024", "2024-10", "2024-10-24", "2024-10-08/2024-10-13", "../2024-11-06",
                         "2024-11-07/..", "2024-06~", "2024-11?", "2024-XX-XX", "2024-21", "19XX"])
# Values as the store keeps them (timeline_cli.fields): prose normalised, one-line fields
# without control characters or white space around them.
one_line = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=20).map(
    lambda t: t.strip(WHITE_SPACE))
events = st.builds(
    lambda text, when, source, by, tags, reported, span: Event(
        id=make_id(text, when, source), when=when, text=multi_line("text", text), source=source, by=by,
        tags=items("tags", tags), reported=reported, span=span),
    safe_text, whens, one_line, one_line,
    st.lists(one_line, max_size=3, unique=True),
    st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.none() | st.tuples(st.integers(0, 1000), st.integers(1000, 2000)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(events, max_size=8, unique_by=lambda e: e.id))
def test_round_trip_is_lossless_and_stable(evs):
    text = store.dumps(evs)
    back = store.loads(text)
    assert sorted(back, key=lambda e: e.id) == sorted(evs, key=lambda e: e.id)
    assert store.dumps(back) == text


# ---------------------------------------------------------------- reading and validation


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "t.toml"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize("body, fragment", [
    ("schema = 1\n[[event]]\nid = 'a'\nwhen = '2024-13'\ntext = 'x'\n", ":2: event #1 (id a): field 'when'"),
    ("schema = 1\n[[event]]\nid = 'a'\nwhen = '2024'\n", "field 'text' is missing"),
    ("schema = 1\n[[event]]\nid = 'a'\nwhen = '2024'\ntext = 'x'\ncolour = 'red'\n", "field 'colour' unknown field"),
    ("schema = 1\n[[event]]\nid = 'a'\nwhen = '2024'\ntext = 'x'\ntags = 'one'\n", "list of strings"),
    ("schema = 1\n[[event]]\nid = 'a'\nwhen = '2024'\ntext = 'x'\nstatus = 'rumour'\n", "status"),
    ("schema = 1\n[[event]]\nid = 'a'\nwhen = '2024'\ntext = 'x'\n[[event]]\nid = 'a'\nwhen = '2025'\ntext = 'y'\n",
     "duplicate id a"),
    ("schema = 1\n[[event]]\nid = 'a'\nwhen = '2024'\ntext = 'x'\nreported = 'yesterday'\n", "reported"),
    ("schema = 1\n[[event]]\nid = 'a'\nwhen = '2024'\ntext = 'x'\nspan = [9, 3]\n", "span"),
    ("[[event]]\nid = 'a'\nwhen = '2024'\ntext = 'x'\n", "no `schema = "),
    ("schema = 'one'\n", "schema must be"),
    ("schema = 1\nevent = 3\n", "array of tables"),
    ("schema = 1\ntitle = 'x'\n", "unknown top-level key"),
    ("schema = 1\n[[event]\n", "not valid TOML: Expected ']]' at the end of an array declaration (at line 2"),
])
def test_malformed_store_errors_name_the_place_and_the_fix(tmp_path, body, fragment):
    p = write(tmp_path, body)
    with pytest.raises(StoreError) as info:
        store.load(p)
    message = info.value.message
    assert str(p) in message
    assert fragment in message
    assert info.value.hint


def test_event_error_names_the_line_of_the_bad_event(tmp_path):
    good = store.dumps([ev("ok", "2024")])
    p = write(tmp_path, good + "\n[[event]]\nid = 'b'\nwhen = 'soon'\ntext = 'x'\n")
    with pytest.raises(StoreError) as info:
        store.load(p)
    line = good.count("\n") + 2
    assert f"{p}:{line}: event #2 (id b): field 'when'" in info.value.message


def test_missing_store_says_how_to_create_one(tmp_path):
    with pytest.raises(StoreMissing) as info:
        store.load(tmp_path / "nope.toml")
    assert "timeline add" in info.value.hint


@pytest.mark.parametrize("data, fragment", [
    (b"schema = 1\x00\n", "NUL"),
    (b"schema = 1\n# caf\xe9\n", "not UTF-8 (bad byte at offset 16)"),
])
def test_binary_or_non_utf8_store_is_refused(tmp_path, data, fragment):
    p = tmp_path / "t.toml"
    p.write_bytes(data)
    with pytest.raises(StoreError, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        store.load(p)


def test_a_folder_is_not_a_store(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        store.load(tmp_path)


def test_newer_schema_is_refused_and_never_overwritten(tmp_path):
    body = "schema = 99\n[[event]]\nid = 'a'\nwhen = '2024'\ntext = 'x'\nfuture_field = 1\n"
    p = write(tmp_path, body)
    with pytest.raises(StoreTooNew, match="newer timeline"):
        with store.transaction(p) as txn:
            txn.add(ev("new"))
    assert p.read_text(encoding="utf-8") == body


# ---------------------------------------------------------------- atomic writes


def test_crash_between_temp_write_and_replace_leaves_old_store(tmp_path, monkeypatch):
    p = tmp_path / "t.toml"
    store.save(p, SAMPLE[:1])
    before = p.read_bytes()

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(StoreError, match="No space left on device; the old file is unchanged"):
        with store.transaction(p) as txn:
            txn.add(ev("second"))
    assert p.read_bytes() == before
    assert [f.name for f in tmp_path.iterdir() if f.name.endswith(".tmp")] == []


def test_exception_inside_transaction_writes_nothing(tmp_path):
    p = tmp_path / "t.toml"
    store.save(p, SAMPLE)
    before = p.read_bytes()
    with pytest.raises(KeyboardInterrupt):
        with store.transaction(p) as txn:
            txn.add(ev("half done"))
            raise KeyboardInterrupt
    assert p.read_bytes() == before


def test_transaction_dedupes_by_id_and_skips_unchanged_writes(tmp_path):
    p = tmp_path / "t.toml"
    with store.transaction(p) as txn:
        assert txn.add(SAMPLE[0]) is True
        assert txn.add(SAMPLE[0]) is False
    mtime = p.stat().st_mtime_ns
    with store.transaction(p) as txn:
        assert txn.add(SAMPLE[0]) is False
    assert p.stat().st_mtime_ns == mtime
    assert len(store.load(p)) == 1


def test_symlinked_store_is_written_through_and_link_kept(tmp_path):
    real = tmp_path / "real.toml"
    store.save(real, SAMPLE[:1])
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    with store.transaction(link) as txn:
        txn.add(SAMPLE[1])
    assert link.is_symlink()
    assert len(store.load(real)) == 2


def test_file_mode_is_preserved(tmp_path):
    p = tmp_path / "t.toml"
    store.save(p, SAMPLE[:1])
    os.chmod(p, 0o600)
    with store.transaction(p) as txn:
        txn.add(SAMPLE[1])
    assert p.stat().st_mode & 0o777 == 0o600


def test_stdin_store_cannot_be_written():
    with pytest.raises(StoreError, match="stdin"):
        with store.transaction("-"):
            pass


def test_writer_output_reads_back_identically_for_awkward_strings():
    from timeline_cli.fields import normalise_event
    from timeline_cli.tomlwrite import event_block

    awkward = 'quote " backslash \\ tab \t newline \n cr \r nul \x00 esc \x1b del \x7f bidi \u202e emoji 🙂 Київ'
    e = Event(id="a1", when="2024", text=awkward, tags=(awkward, "b"), span=(1, 2), reported=date(2024, 1, 2),
              reported_assumed=True)
    block = event_block(e)
    assert "\t" in block and block.count("\n") == 8  # one field a line; tabs kept readable
    raw = tomllib.loads(store.HEADER + "\n" + block)["event"][0]
    assert raw["text"] == awkward and raw["tags"] == [awkward, "b"]  # the writer is exact
    # The store keeps prose with its controls made visible; one-line fields hold none.
    plain_tag = 'quote " backslash \\ bidi \u202e emoji 🙂 Київ'
    kept = normalise_event(e.with_(tags=(plain_tag, "b")))
    assert kept.text == ('quote " backslash \\ tab \t newline \n cr \n nul \\x00 esc \\x1b del \\x7f '
                         'bidi \u202e emoji 🙂 Київ')
    assert store.loads(store.HEADER + "\n" + event_block(e.with_(tags=(plain_tag, "b")))) == [kept]
    assert store.loads(store.dumps([kept])) == [kept] and store.dumps(store.loads(store.dumps([kept]))) == store.dumps([kept])


def test_lone_surrogates_are_refused_before_anything_is_written(tmp_path):
    p = tmp_path / "t.toml"
    store.save(p, SAMPLE[:1])
    before = p.read_bytes()
    with pytest.raises(StoreError, match="lone surrogate"):
        with store.transaction(p) as txn:
            txn.add(ev("bad \ud800 text"))
    with pytest.raises(StoreError, match="not valid UTF-8"):  # a byte escaped by surrogateescape
        with store.transaction(p) as txn:
            txn.add(ev("bad \udcff text"))
    assert p.read_bytes() == before


def test_temp_files_left_by_a_killed_writer_are_cleared_by_the_next_one(tmp_path):
    p = tmp_path / "t.toml"
    store.save(p, SAMPLE[:1])
    import tempfile

    # What a writer killed between mkstemp and os.replace leaves: the writer's own name shape.
    fd, stale = tempfile.mkstemp(prefix=f".t.toml{store._TEMP_TAG}", suffix=".tmp", dir=tmp_path)
    os.write(fd, b"half a store")
    os.close(fd)
    stale = Path(stale)
    # Other programs' files that merely start with the store's name are never touched.
    others = [tmp_path / name for name in (".other.toml.abc123.tmp", ".t.toml.abc123.tmp",
                                           ".t.toml.old.k3j2h1.tmp", ".t.toml.notes.tmp",
                                           ".t.toml.tl-abc.tmp", ".t.toml.tl-abcdefgh.tmp.bak")]
    for other in others:
        other.write_text("not ours")
    with store.transaction(p) as txn:
        txn.add(SAMPLE[1])
    assert not stale.exists()
    assert all(other.read_text() == "not ours" for other in others)


def test_statements_of_one_date_keep_their_documents_text_order(tmp_path):
    # Session 16: within one date the store orders by source, then the statement's place in it
    # (its span's start; none first), then id. With the id (a hash) next after the date, a
    # history's sentences on one date ("1941", or its undated "../DOWNLOAD") read shuffled.
    texts = ["The army crossed the river.", "The city fell.", "The king fled.", "Peace followed."]
    b = [Event(id=make_id(t, "1941", "b.txt"), when="1941", text=t, source="b.txt", span=(100 * i, 100 * i + 50))
         for i, t in enumerate(texts)]
    a = Event(id="fff000000000", when="1941", text="A note.", source="a.txt", span=(900, 950))
    hand = Event(id="zzz", when="1941", text="Added by hand.", source="b.txt")
    dated = Event(id="000000000000", when="1941-06", text="Invaded.", source="b.txt", span=(0, 10))
    want = [a, hand, *b, dated]
    assert [e.id for e in b] != sorted(e.id for e in b)  # (the ids alone would shuffle them)
    assert store.sort_events(reversed(want)) == want
    assert store._store_order(list(reversed(want)))[0] == want
    assert store._store_order(list(reversed([a, *b, dated])))[0] == [a, *b, dated]  # the packed key
    path = tmp_path / "t.toml"
    store.save(path, reversed(want))
    assert store.load(path) == want
