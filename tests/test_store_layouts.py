"""No write may corrupt a valid store, whatever its TOML layout.

The store is plain TOML that people edit by hand and other tools write, so a store can be
valid in many layouts that `timeline` never produces: an inline array of tables, shuffled
blocks and fields, literal and multi-line strings, text that quotes another event's block,
CRLF line ends, a byte-order mark. The fast path of `add` (splicing a block into a big
store) once wrote broken TOML into such files and let the snapshot cache hide it.

The fuzzer below draws events and a layout (bench/layouts.py), forces the splice path on
for every size (SPLICE_MIN = 0), adds events twice (cold cache, then warm), and after every
write reads the file back with tomllib, bypassing the cache: every old event and every new
one must be there, and the cache must agree with the file.
"""

from __future__ import annotations

import os
import random
import tomllib
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _bench import bench_module
from _figures import record
from timeline_cli import store
from timeline_cli.model import Event, make_id, normalise_text

# Each case writes and fsyncs a store four times, so the default run draws a quarter of the
# usual fuzz budget; `-m slow` draws FUZZ_EXAMPLES_SLOW.
FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "400")) // 4
FUZZ_EXAMPLES_SLOW = int(os.environ.get("FUZZ_EXAMPLES_SLOW", "5000")) // 2


def _layouts():
    return bench_module("layouts")


LAYOUTS = _layouts()

# Text that looks like TOML structure when it is not: block headers, keys, quotes.
TRICKY = ["[[event]]", "\n[[event]]\nid = \"x\"\n", "'''", "\"\"\"", "event = [", "schema = 1",
          "it's", "\\", "\t", "ü", "—", "\n", "{ id = 'e' }"]
# Control characters other than tab and newline, and the line breaks a store keeps as \n
# (U+2028, U+2029), are the field rules' business (timeline_cli.fields, test_fuzz).
PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
TEXT = st.lists(st.one_of(st.sampled_from(TRICKY), st.text(PRINTABLE, min_size=1, max_size=12)),
                min_size=1, max_size=6).map("".join).filter(lambda t: t.strip() != "")
WHEN = st.sampled_from(["2024-01-01", "2024-01", "2024", "2023-12-31", "../2024-11-06",
                        "2024-10-08/2024-10-13", "2024-06~", "2030-05-05", "1999"])


@st.composite
def events(draw, min_size=0, max_size=25):
    texts = draw(st.lists(TEXT, min_size=min_size, max_size=max_size, unique_by=normalise_text))
    out = []
    for text in texts:
        when = draw(WHEN)
        if any(e.id == make_id(text, when) for e in out):
            continue
        tags = tuple(draw(st.lists(st.sampled_from(["a", "b", "kursk", "x y"]), max_size=2, unique=True)))
        out.append(Event(id=make_id(text, when), when=when, text=text, tags=tags,
                         by=draw(st.sampled_from(["", "MoD", "it's them"]))))
    return out


def _read_back(path: Path) -> set[Event]:
    """The file as it is on disk, parsed by tomllib and validated: no cache involved."""
    raw = path.read_bytes().decode("utf-8")
    tomllib.loads(raw.removeprefix("\ufeff"))  # any TOML reader must accept it
    return set(store.loads(raw, origin=str(path)))


def _add_and_check(path: Path, new: list[Event]) -> None:
    before = _read_back(path)
    with store.transaction(path) as txn:
        for event in new:
            txn.add(event)
    after = _read_back(path)
    assert before <= after, "a write lost events"
    assert {e.id for e in after} == {e.id for e in before} | {e.id for e in new}, "an added event is missing"
    # The cache must vouch only for what the file holds.
    assert set(store.load(path)) == after


def _layout_case(tmp_path_factory, old, first, second, name, seed):
    path = tmp_path_factory.mktemp("layout") / "t.toml"
    text = LAYOUTS.layout(old, name, random.Random(seed))
    path.write_bytes(text.encode("utf-8"))
    with mock.patch.object(store, "SPLICE_MIN", 0):
        _add_and_check(path, first)    # cold: the layout is unproven, so the store is rewritten
        _add_and_check(path, second)   # warm: canonical now, so the splice path runs
    record("fuzz cases: store layouts x add", 1)


def _layout_fuzz(n: int):
    return settings(max_examples=n, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture])


CASE = dict(old=events(), first=events(min_size=1, max_size=3), second=events(min_size=1, max_size=3),
            name=st.sampled_from(sorted(LAYOUTS.LAYOUTS)), seed=st.integers(0, 2 ** 16))


@_layout_fuzz(FUZZ_EXAMPLES)
@given(**CASE)
def test_adding_to_a_store_in_any_layout_keeps_every_event(tmp_path_factory, old, first, second, name, seed):
    _layout_case(tmp_path_factory, old, first, second, name, seed)


@pytest.mark.slow
@_layout_fuzz(FUZZ_EXAMPLES_SLOW)
@given(**CASE)
def test_adding_to_a_store_in_any_layout_keeps_every_event_long(tmp_path_factory, old, first, second, name, seed):
    _layout_case(tmp_path_factory, old, first, second, name, seed)


@pytest.mark.parametrize("name", sorted(LAYOUTS.LAYOUTS))
def test_every_layout_reads_back_as_its_events(name, tmp_path):
    old = [Event(id=make_id(f"e{i}", "2024-01-01"), when="2024-01-01", text=f"it's event {i}\nsecond line")
           for i in range(30)]
    text = LAYOUTS.layout(old, name, random.Random(3))
    if name != "quoting":  # that layout rewrites the first text to quote another block
        assert set(store.loads(text)) == set(old)
    else:
        assert {e.id for e in store.loads(text)} == {e.id for e in old}


# ---------------------------------------------------------------- through the CLI, at scale

def _big(n=1100):
    return [Event(id=f"e{i:05d}", when="2024-01-01", text=f"event {i}") for i in range(n)]


@pytest.mark.parametrize("name", ["inline-array", "quoting", "hand-written", "crlf", "bom"])
def test_add_into_a_big_store_in_an_unusual_layout_through_the_cli(tl, name, monkeypatch):
    """The red-team finding: 1,100 events in an inline array (or with a multi-line string
    quoting another block), `add` exited 0 and the file was broken or the event lost."""
    tl.store.write_bytes(LAYOUTS.layout(_big(), name, random.Random(1)).encode("utf-8"))
    assert tl("show", "--format", "plain").exit_code == 0   # warms the cache from this layout
    for when, text in (("2030-01-01", "appended at the end"), ("2024-01-01", "zzz in the middle"),
                       ("1990-01-01", "at the start")):
        result = tl("add", f"{when}: {text}")
        assert result.exit_code == 0, result.output
    monkeypatch.setenv("TIMELINE_CACHE_DIR", "off")
    result = tl("show", "--format", "plain")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 1103
    for text in ("appended at the end", "zzz in the middle", "at the start"):
        assert sum(text in line for line in lines) == 1
    tomllib.loads(tl.store.read_text(encoding="utf-8"))


def test_a_damaged_cache_cannot_steer_a_splice(tl, monkeypatch):
    """Offsets in the snapshot that do not match the file are never trusted."""
    from timeline_cli import cache

    store.save(tl.store, _big())
    snap = cache.read(tl.store, cache.digest(tl.store.read_bytes()))
    assert snap is not None and snap.offsets is not None
    snap.offsets = [o + 3 if i else o for i, o in enumerate(snap.offsets[:-1])] + [snap.offsets[-1]]
    cache.write(tl.store, cache.digest(tl.store.read_bytes()), snap)
    assert tl("add", "2024-01-01: after a damaged cache").exit_code == 0
    monkeypatch.setenv("TIMELINE_CACHE_DIR", "off")
    assert len(tl("show", "--format", "plain").output.splitlines()) == 1101


def test_the_splice_path_writes_canonical_bytes(tmp_path):
    """After a splice the file is exactly what a full rewrite would have written."""
    path = tmp_path / "t.toml"
    old = _big()
    store.save(path, old)
    new = [Event(id=make_id(t, w), when=w, text=t) for w, t in
           (("2024-01-01", "same day"), ("2030", "later"), ("1990-05", "earlier"), ("2024-01-01", "and again"))]
    with store.transaction(path) as txn:
        for event in new:
            txn.add(event)
    assert path.read_text(encoding="utf-8") == store.dumps(old + new)
