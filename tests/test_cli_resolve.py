"""`timeline resolve ID --ours|--theirs|--edit` on conflicts left by `timeline merge`."""

from __future__ import annotations

import sys

import pytest

from timeline_cli import store
from timeline_cli.model import Event, make_id


def ev(text, when, **kw):
    return Event(id=make_id(text, when), when=when, text=text, **kw)


A = ev("Agreement signed", "2024-06", by="WSJ")
B = ev("Talks began", "2024-11")


@pytest.fixture
def merged(tl, tmp_path):
    base, ours, theirs = (tmp_path / f"{n}.toml" for n in ("base", "ours", "theirs"))
    store.save(base, [A, B])
    store.save(ours, [A.with_(when="2024-06-19"), B])
    store.save(theirs, [A.with_(when="2024-06-20"), B.with_(note="changed")])
    result = tl("merge", str(base), str(ours), str(theirs), "-o", str(tl.store), store=False)
    assert result.exit_code == 1
    return tl


def versions(tl):
    return [e for e in store.load(tl.store) if e.text == A.text]


def test_resolve_ours(merged):
    other = next(e for e in versions(merged) if e.id != A.id)
    result = merged("resolve", other.id[:6], "--ours")
    assert result.exit_code == 0, result.output
    assert versions(merged) == [A.with_(when="2024-06-19")]
    assert not store.Store(merged.store).memory()  # a dropped version is not a removal


def test_resolve_theirs_keeps_the_original_id(merged):
    assert merged("resolve", A.id, "--theirs").exit_code == 0
    assert versions(merged) == [A.with_(when="2024-06-20")]
    assert store.Store(merged.store).get(B.id).note == "changed"


def test_resolve_edit(merged, tmp_path):
    script = tmp_path / "ed.py"
    script.write_text("import sys\np = sys.argv[1]\nt = open(p).read()\nassert 'their version' in t\n"
                      "open(p, 'w').write(t.replace('2024-06-19', '2024-06-21'))\n")
    result = merged("resolve", A.id, "--edit", env={"EDITOR": f"{sys.executable} {script}", "VISUAL": ""})
    assert result.exit_code == 0, result.output
    assert versions(merged) == [A.with_(when="2024-06-21")]


def test_change_delete_conflicts(tl, tmp_path):
    base, ours, theirs = (tmp_path / f"{n}.toml" for n in ("base", "ours", "theirs"))
    store.save(base, [A, B])
    store.save(ours, [A.with_(note="checked"), B])
    store.save(theirs, [B])
    assert tl("merge", str(base), str(ours), str(theirs), "-o", str(tl.store), store=False).exit_code == 1
    before = tl.store.read_bytes()
    assert tl("resolve", A.id, "--theirs").exit_code == 0  # the deleting side wins: removed, remembered
    assert versions(tl) == [] and set(store.Store(tl.store).memory().removed) == {A.id}
    tl.store.write_bytes(before)
    assert tl("resolve", A.id, "--ours").exit_code == 0
    assert versions(tl) == [A.with_(note="checked")]


def test_resolve_errors(merged):
    before = merged.store.read_bytes()
    for args, message in ((["zzzz", "--ours"], "no event with id"),
                          ([B.id, "--ours"], "has no merge conflict mark"),
                          ([A.id], "--ours, --theirs or --edit")):
        result = merged("resolve", *args)
        assert result.exit_code == 2 and message in result.output, result.output
    assert merged.store.read_bytes() == before
