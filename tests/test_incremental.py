"""A load after an outside edit parses only the changed blocks, and is never stale: every kind
of edit (by hand, by git, by truncation) gives exactly what a full parse gives, or the full
parse's own error."""

from __future__ import annotations

import random
import shutil
import subprocess
import tomllib
from datetime import date

import pytest

from timeline_cli import blockread, cache, incremental, store
from timeline_cli.errors import StoreError
from timeline_cli.memory import Memory, Removed, Review
from timeline_cli.model import Event, make_id
from timeline_cli.sources import Source
from timeline_cli.tomlwrite import event_block

TEXTS = ["Troops crossed the river", 'He said "no" twice', "back\\slash and\ttab", "Київ — 서울 ✓",
         "a [[event]] inside", "ends with a quote\"", "# not a comment", "line\u2028sep", "é\u0085x"]


def ev(i: int) -> Event:
    whens = ["2024-10-24", "2024-10", "2024", "../2024-11-06", "2024-10-08/2024-10-13", "2023-21"]
    when = whens[i % len(whens)]
    text = f"{TEXTS[i % len(TEXTS)]} {i}"
    made = Event(id=make_id(text, when), when=when, text=text, source=f"doc{i % 4}.txt" if i % 3 else "",
                 by="AP" if i % 2 else "", tags=("a", "b") if i % 5 == 0 else (),
                 reported=date(2024, 11, 1 + i % 20) if i % 4 else None, span=(i, i + 9) if i % 6 else None)
    return store.event_from_dict(made.to_dict())  # as stored: values normalised (fields.py)


def memory() -> Memory:
    gone = Event(id=make_id("gone", "2020"), when="2020", text="gone")
    return Memory({gone.id: Removed(gone, date(2024, 1, 2))},
                  {"abc123abc123": Review("abc123abc123", "dates", ("a", "b"), "reviewed", date(2024, 1, 3))},
                  {"doc1.txt": Source("doc1.txt", title="A title", published=date(2024, 1, 1))})


def canonical(n: int = 30) -> bytes:
    return store.dumps([ev(i) for i in range(n)], memory=memory()).encode("utf-8")


def full(data: bytes):
    """What the full parse makes of `data`: ("ok", rows, bounds, memory) or ("error", message)."""
    try:
        events, mem = store.loads_store(store.decode(data, "s.toml"), origin="s.toml")
    except StoreError as exc:
        return ("error", str(exc))
    snap = cache.Snapshot.of(events, mem)
    return ("ok", snap.rows, snap.bounds, mem)


def check(data: bytes, previous: cache.Snapshot | None) -> cache.Snapshot | None:
    """The incremental load agrees with the full parse, or declines; a broken store always
    gets the full parse's error through store.parse_snapshot."""
    expected = full(data)
    got = incremental.load(data, "s.toml", previous)
    if expected[0] == "error":
        assert got is None, expected[1]
        with pytest.raises(StoreError) as exc:
            store.parse_snapshot(data, "s.toml", previous)
        assert str(exc.value) == expected[1]
        return None
    if got is not None:
        assert (got.rows, got.bounds, got.memory) == expected[1:]
        if got.offsets is not None:  # claimed canonical: `add` will splice into these bytes
            assert data == store.dumps(got.events(), presorted=True, memory=got.memory).encode("utf-8")
            assert got.offsets[-1] == len(data)
    return got


def blocks_of(data: bytes) -> tuple[bytes, list[bytes]]:
    at = incremental.cuts(data)
    pieces = [data[a:b] for a, b in zip(at, at[1:])]
    first = next(i for i, p in enumerate(pieces) if p.startswith(b"\n[[event]]"))
    return b"".join(pieces[:first]), pieces[first:]


def saved_snapshot(data: bytes) -> cache.Snapshot:
    """The snapshot `save` leaves for canonical bytes: offsets and block digests."""
    snap = incremental.load(data, "s.toml", None)
    assert snap is not None and snap.hashes is not None
    head, blocks = blocks_of(data)
    offsets = [len(head)]
    for block in blocks:
        offsets.append(offsets[-1] + len(block))
    snap.offsets = offsets
    return snap


# ---------------------------------------------------------------- the fast block reader


def test_block_reader_reads_what_tomllib_reads_or_declines():
    rng = random.Random(7)
    weird = ["\\", '"', "\t", "\x7f", "\x01", "\\u00e9", "\\ud800", "\\U0001F600", "\\x", "[", "]", ", ", "#",
             "'", "\r", "é", "\\\\", "\\n", " = "]
    seen_declined = seen_read = 0
    for i in range(600):
        block = "\n" + event_block(ev(i))
        lines = block.split("\n")
        for _ in range(rng.randrange(0, 3)):  # damage a few lines by hand, at random
            k = rng.randrange(2, len(lines))
            pos = rng.randrange(0, len(lines[k]) + 1)
            lines[k] = lines[k][:pos] + rng.choice(weird) + lines[k][pos:]
        if rng.random() < 0.2:
            lines.insert(rng.randrange(2, len(lines)), rng.choice(
                ["n = 0", "n = -12", "n = 007", "b = true", "d = 2024-02-30", "d = 2024-02-03T10:00",
                 "x = [1, 2]", "x = [1,2]", "x = []", "x = [\"a\", ]", "f = 1.5", "a.b = 1", "id = \"dup\"",
                 "k = 1_000", "k = +1", 'q = "\\u0041"', "n = " + "9" * 5000]))
        text = "\n".join(lines)
        got = blockread.read(text)
        try:
            doc = tomllib.loads(text)
            expected = doc["event"][0] if list(doc) == ["event"] and len(doc["event"]) == 1 else None
        except (tomllib.TOMLDecodeError, ValueError):
            expected = None
        if got is None:
            seen_declined += 1
        else:
            seen_read += 1
            assert got == expected, text
    assert seen_declined > 50 and seen_read > 50


def test_block_reader_reads_every_canonical_block():
    for i in range(200):
        block = "\n" + event_block(ev(i))
        assert blockread.read(block) == tomllib.loads(block)["event"][0]


# ---------------------------------------------------------------- every kind of edit


def edits(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One outside edit of a canonical store, of a kind picked at random."""
    head, blocks = blocks_of(data)
    i = rng.randrange(len(blocks))
    j = rng.randrange(len(blocks))
    kind = rng.choice(["word", "add", "remove", "reorder", "duplicate", "same id", "merge", "conflict",
                       "truncate", "crlf", "bom", "comment", "hand-written", "multi-line string",
                       "multi-line array", "sub-table", "unknown table", "memory after events",
                       "schema", "bad value", "byte", "delete byte"])
    b = list(blocks)
    if kind == "word":
        b[i] = b[i].replace(b"statement", b"claim", 1).replace(b" 1", b" 7", 1)
        b[i] = b[i].replace(b'text = "', b'text = "Edited: ', 1)
    elif kind == "add":
        b.insert(i, ("\n" + event_block(ev(1000 + rng.randrange(50)))).encode("utf-8"))
    elif kind == "remove":
        del b[i]
    elif kind == "reorder":
        b[i], b[j] = b[j], b[i]
    elif kind == "duplicate":
        b.insert(j, b[i])
    elif kind == "same id":
        b.insert(j, b[i].replace(b'text = "', b'text = "other ', 1))
    elif kind == "merge":  # what a clean merge leaves: blocks of both sides
        b.insert(j, ("\n" + event_block(ev(2000 + i))).encode("utf-8"))
        b[i] = b[i].replace(b'by = "AP"', b'by = "Reuters"')
    elif kind == "conflict":
        b[i] = (b"\n<<<<<<< HEAD" + b[i] + b"=======\n" + b[i].replace(b"text", b"text", 1)
                + b">>>>>>> theirs\n")
    elif kind == "truncate":
        out = head + b"".join(b)
        return kind, out[:rng.randrange(len(head), len(out))]
    elif kind == "crlf":
        return kind, (head + b"".join(b)).replace(b"\n", b"\r\n")
    elif kind == "bom":
        return kind, "\ufeff".encode() + head + b"".join(b)
    elif kind == "comment":
        b[i] = b[i] + b"# a note about the next event\n"
        b[j] = b[j].replace(b"\nwhen", b"  # the id\nwhen", 1)
    elif kind == "hand-written":
        b[i] = b'\n[[ event ]]\ntext =  \'by hand\'\nwhen="2024-12-01"\nid = "0000aaaa1111"\n'
    elif kind == "multi-line string":
        b[i] = b[i].replace(b'text = "', b'text = """[[event]]\n[[event]]\n', 1).replace(b'"\nsource', b'"""\nsource')
    elif kind == "multi-line array":
        b[i] = b[i].rstrip(b"\n") + b'\nnotes = [\n["[[event]]"],\n]\n'
    elif kind == "sub-table":
        b.insert(i + 1, b"\n[event.extra]\nx = 1\n")
    elif kind == "unknown table":
        b.insert(i, b"\n[[fact]]\nid = \"f1\"\n")
    elif kind == "memory after events":
        return kind, store.HEADER.encode() + b"".join(b) + head[len(store.HEADER):]
    elif kind == "schema":
        head = head.replace(b"schema = 3", rng.choice([b"schema = 2", b"schema = 99", b"schema = '3'", b"schema = 3"]))
    elif kind == "bad value":
        b[i] = b[i].replace(b'when = "', b'when = "31 Foo ', 1)
    elif kind in ("byte", "delete byte"):
        out = bytearray(head + b"".join(b))
        at = rng.randrange(len(out))
        if kind == "byte":
            out.insert(at, rng.choice(b'"[]\n=#\\ \x00\xff'))
        else:
            del out[at]
        return kind, bytes(out)
    return kind, head + b"".join(b)


def test_random_outside_edits_read_exactly_as_a_full_parse():
    rng = random.Random(2026)
    original = canonical()
    base = saved_snapshot(original)
    reused = declined = 0
    for _ in range(400):
        data, previous = original, base
        for _step in range(rng.choice([1, 1, 2, 3])):  # edits upon edits, each load reusing the last
            kind, data = edits(data, rng) if data.count(b"\n[[event]]") > 1 else ("none", data)
            got = check(data, previous)
            if got is None:
                declined += 1
                break
            reused += 1
            previous = got
            try:
                blocks_of(data)
            except StopIteration:
                break
    assert reused > 150 and declined > 50  # both paths were exercised


def test_one_changed_event_parses_one_block(monkeypatch):
    data = canonical(40)
    snap = saved_snapshot(data)
    head, blocks = blocks_of(data)
    blocks[7] = blocks[7].replace(b'text = "', b'text = "Changed ', 1)
    edited = head + b"".join(blocks)
    parsed: list[bytes] = []
    real = incremental._parse_event
    monkeypatch.setattr(incremental, "_parse_event", lambda block: parsed.append(block) or real(block))
    got = check(edited, snap)
    assert got is not None and parsed == [blocks[7]]
    assert got.offsets is not None  # still the writer's layout: `add` can splice
    assert got.event(7).text.startswith("Changed ")


def test_multi_line_string_holding_an_event_header_is_read_whole():
    data = canonical(5) + b'\n[[event]]\nid = "aaaa"\nwhen = "2024"\ntext = """\n[[event]]\nid = "x"\n"""\n'
    assert incremental.load(data, "s.toml", None) is None
    kind, *rest = full(data)
    assert kind == "ok" and rest[0][-1][2] == '[[event]]\nid = "x"\n'  # one event, its text as written


def test_event_header_inside_a_multi_line_array_is_never_split():
    data = canonical(5) + b'\n[[event]]\nid = "aaaa"\nwhen = "2024"\ntext = "x"\ntags = [\n[[event]]]\n'
    assert full(data)[0] == "error"
    assert check(data, None) is None


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("conflict", [False, True])
def test_git_merge_of_two_edits_reads_as_a_full_parse(tmp_path, conflict):
    def git(*args):
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=tmp_path,
                       check=False, capture_output=True)

    original = canonical(20)
    path = tmp_path / "s.toml"
    path.write_bytes(original)
    git("init", "-q", "-b", "main")
    git("add", ".")
    git("commit", "-qm", "base")
    head, blocks = blocks_of(original)
    git("checkout", "-qb", "theirs")
    theirs = list(blocks)
    theirs[3] = theirs[3].replace(b'text = "', b'text = "Theirs: ', 1)
    path.write_bytes(head + b"".join(theirs))
    git("commit", "-qam", "theirs")
    git("checkout", "-q", "main")
    ours = list(blocks)
    ours[3 if conflict else 15] = ours[3 if conflict else 15].replace(b'text = "', b'text = "Ours: ', 1)
    path.write_bytes(head + b"".join(ours))
    git("commit", "-qam", "ours")
    git("merge", "-q", "theirs", "-m", "merge")
    merged = path.read_bytes()
    assert (b"<<<<<<<" in merged) == conflict
    got = check(merged, saved_snapshot(original))
    assert (got is None) == conflict
    if not conflict:
        texts = [row[2] for row in got.rows]
        assert any(t.startswith("Theirs: ") for t in texts) and any(t.startswith("Ours: ") for t in texts)


# ---------------------------------------------------------------- through the CLI


def test_hand_edit_reads_the_same_with_and_without_the_cache(tl, monkeypatch):
    tl.store.write_bytes(canonical(30))
    assert tl("show", "--format", "jsonl").exit_code == 0   # the snapshot of these bytes
    data = tl.store.read_bytes()
    head, blocks = blocks_of(data)
    blocks[2], blocks[9] = blocks[9], blocks[2].replace(b'text = "', b'text = "Hand edit ', 1)
    tl.store.write_bytes(head + b"".join(blocks[:-1]))  # and the last event deleted
    warm = tl("show", "--format", "jsonl")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", "off")
    cold = tl("show", "--format", "jsonl")
    assert warm.exit_code == cold.exit_code == 0
    assert warm.stdout == cold.stdout and "Hand edit" in warm.stdout


def test_broken_edit_reports_the_line_as_a_full_parse_does(tl, monkeypatch):
    tl.store.write_bytes(canonical(30))
    assert tl("show").exit_code == 0
    data = tl.store.read_bytes()
    bad = data.replace(b'when = "2024-10"', b'when = "sometime"', 1)
    tl.store.write_bytes(bad)
    warm = tl("show")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", "off")
    cold = tl("show")
    assert warm.exit_code == cold.exit_code != 0
    line = bad[:bad.index(b'when = "sometime"')].count(b"\n")  # the line of its [[event]] header
    assert warm.stderr == cold.stderr and f"timeline.toml:{line - 1}:" in warm.stderr


def test_add_after_an_outside_edit_splices_and_keeps_the_file_canonical(tl, monkeypatch):
    events = [ev(i) for i in range(store.SPLICE_MIN + 5)]
    store.save(tl.store, events)  # canonical, its snapshot with offsets
    data = tl.store.read_bytes()
    head, blocks = blocks_of(data)
    blocks[4] = blocks[4].replace(b'by = "AP"', b'by = "Reuters"', 1)
    tl.store.write_bytes(head + b"".join(blocks))  # a `git pull` bringing one changed event

    def no_rewrite(*args, **kwargs):
        raise AssertionError("the store was rewritten whole instead of spliced")

    monkeypatch.setattr(store, "save", no_rewrite)
    result = tl("add", "2024-10-25: fresh news")
    assert result.exit_code == 0, result.stderr
    after = tl.store.read_bytes()
    assert after == store.dumps(store.load(tl.store, cache=False)).encode("utf-8")
    assert b"Reuters" in after and b"fresh news" in after
    spliced = cache.read(tl.store, cache.digest(after))
    assert spliced is not None and spliced.offsets is not None  # the splice kept each block's digest
    assert spliced.hashes == cache.block_digests(after, spliced.offsets)
