"""timeline merge: three-way by id, union, the CLI, and a real git repository using the driver."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_cli import store
from timeline_cli.merge import three_way, union
from timeline_cli.model import Event, make_id


def ev(text: str, when: str = "2024-10-24", **kw) -> Event:
    return Event(id=make_id(text, when, kw.get("source", "")), when=when, text=text, **kw)


A = ev("agreement signed", "2024-06", by="WSJ", tags=("treaty",))
B = ev("troops shipped to Vladivostok", "2024-10-08/2024-10-13", by="NIS")
C = ev("first soldiers at the front", "2024-10-24", by="Ukrainian intelligence", tags=("kursk",))
BASE = [A, B, C]


def ids(result) -> set[str]:
    return {e.id for e in result.events}


def by_id(result) -> dict[str, Event]:
    return {e.id: e for e in result.events}


def valid(result) -> list[Event]:
    """The merged events written and read back as a store (it must validate)."""
    return store.loads(store.dumps(result.events))


# ---------------------------------------------------------------- three-way


def test_nothing_changed():
    r = three_way(BASE, BASE, BASE)
    assert r.clean and ids(r) == {A.id, B.id, C.id}


def test_additions_on_both_sides_are_kept():
    x, y = ev("first clash", "2024-11-04"), ev("Pentagon confirms", "2024-11-07")
    r = three_way(BASE, BASE + [x], BASE + [y])
    assert r.clean and ids(r) == {A.id, B.id, C.id, x.id, y.id}


def test_the_same_addition_on_both_sides_is_kept_once():
    x = ev("first clash", "2024-11-04")
    r = three_way(BASE, BASE + [x], BASE + [x])
    assert r.clean and len(r.events) == 4


def test_deletions_are_honoured():
    r = three_way(BASE, [A, C], [A, B])
    assert r.clean and ids(r) == {A.id}
    r = three_way(BASE, [A, C], [A, C])
    assert r.clean and ids(r) == {A.id, C.id}


def test_a_change_on_one_side_wins_over_no_change():
    moved = C.with_(when="2024-10-23")
    r = three_way(BASE, [A, B, moved], BASE)
    assert r.clean and by_id(r)[C.id].when == "2024-10-23"
    r = three_way(BASE, BASE, [A, B, moved])
    assert r.clean and by_id(r)[C.id].when == "2024-10-23"


def test_the_same_change_on_both_sides_is_fine():
    moved = C.with_(when="2024-10-23")
    r = three_way(BASE, [A, B, moved], [A, B, moved])
    assert r.clean and by_id(r)[C.id] == moved


def test_changes_to_different_fields_merge_field_by_field():
    ours = C.with_(when="2024-10-23")
    theirs = C.with_(status="confirmed", by="Pentagon")
    r = three_way(BASE, [A, B, ours], [A, B, theirs])
    assert r.clean
    assert by_id(r)[C.id] == C.with_(when="2024-10-23", status="confirmed", by="Pentagon")


def test_tags_merge_as_sets():
    ours = C.with_(tags=("kursk", "dprk"))
    theirs = C.with_(tags=("front",))  # removed kursk, added front
    r = three_way(BASE, [A, B, ours], [A, B, theirs])
    assert r.clean and by_id(r)[C.id].tags == ("dprk", "front")


def test_the_same_field_changed_differently_keeps_both_versions_marked():
    ours = C.with_(when="2024-10-23", note="ours")
    theirs = C.with_(when="2024-10-25", status="confirmed")
    r = three_way(BASE, [A, B, ours], [A, B, theirs])
    [conflict] = r.conflicts
    assert conflict.fields == ("when",) and conflict.id == C.id
    events = {e.id: e for e in valid(r)}
    mine, other = events[C.id], events[conflict.other_id]
    assert (mine.when, other.when) == ("2024-10-23", "2024-10-25")
    # fields changed on one side only are merged into both versions
    assert mine.note == other.note == "ours" and mine.status == other.status == "confirmed"
    assert mine.conflict == f"both branches changed when; this is ours, theirs is {other.id}"
    assert other.conflict == f"both branches changed when; this is theirs, ours is {C.id}"
    assert other.id == make_id(C.text, "2024-10-25", C.source + "\x1ftheirs")


def test_added_on_both_sides_with_the_same_id_and_different_content():
    x = ev("first clash", "2024-11-04")
    r = three_way(BASE, BASE + [x], BASE + [x.with_(by="MoD")])
    [conflict] = r.conflicts
    assert len(valid(r)) == 5 and conflict.other_id in ids(r)


@pytest.mark.parametrize("ours, theirs, kept, what", [
    ([A, B, C.with_(when="2024-10-23")], [A, B], "2024-10-23", "changed on ours, deleted on theirs"),
    ([A, B], [A, B, C.with_(when="2024-10-23")], "2024-10-23", "changed on theirs, deleted on ours"),
])
def test_change_against_delete_is_a_conflict_keeping_the_change(ours, theirs, kept, what):
    r = three_way(BASE, ours, theirs)
    [conflict] = r.conflicts
    assert conflict.description == what and conflict.other_id == ""
    assert by_id(r)[C.id].when == kept and by_id(r)[C.id].conflict == what
    valid(r)


def test_fresh_ids_never_collide():
    x = ev("first clash", "2024-11-04")
    taken = x.with_(id=make_id(x.text, x.when, x.source + "\x1ftheirs"), text="squatter")
    r = three_way([], [x, taken], [x.with_(by="MoD")])
    assert len({e.id for e in r.events}) == len(r.events) == 3
    valid(r)


# ---------------------------------------------------------------- union


def test_union_dedupes_by_id_and_by_statement():
    same_statement = A.with_(id="handmade")
    x = ev("first clash", "2024-11-04")
    r = union([[A, B], [A, same_statement, x], [C]])
    assert r.clean and [e.id for e in r.events] == [A.id, B.id, x.id, C.id]


def test_union_keeps_both_versions_of_a_clashing_id():
    r = union([[A], [A.with_(when="2024-06-19")]])
    [conflict] = r.conflicts
    events = valid(r)
    assert len(events) == 2 and all(e.conflict for e in events)
    assert conflict.other_id in {e.id for e in events}


# ---------------------------------------------------------------- the command


def write(path: Path, events) -> str:
    store.save(path, events)
    return str(path)


def test_cli_clean_merge_writes_a_valid_store(tl, tmp_path):
    x = ev("first clash", "2024-11-04")
    base = write(tmp_path / "base.toml", BASE)
    ours = write(tmp_path / "ours.toml", [A, B, C.with_(when="2024-10-23")])
    theirs = write(tmp_path / "theirs.toml", BASE + [x])
    out = tmp_path / "out.toml"
    result = tl("merge", base, ours, theirs, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert {e.id: e.when for e in store.load(out)} == {A.id: "2024-06", B.id: B.when, C.id: "2024-10-23",
                                                       x.id: "2024-11-04"}


def test_cli_conflict_exits_1_and_still_writes_a_valid_store(tl, tmp_path):
    base = write(tmp_path / "base.toml", BASE)
    ours = write(tmp_path / "ours.toml", [A, B, C.with_(when="2024-10-23")])
    theirs = write(tmp_path / "theirs.toml", [A, B, C.with_(when="2024-10-25")])
    result = tl("merge", base, ours, theirs)
    assert result.exit_code == 1
    assert "<<<<<<<" not in result.stdout
    events = store.loads(result.stdout)
    assert sorted(e.when for e in events if e.conflict) == ["2024-10-23", "2024-10-25"]
    assert "1 conflict(s)" in result.stderr and "timeline conflicts" in result.stderr


def test_cli_empty_base_is_an_empty_store(tl, tmp_path):
    (tmp_path / "base.toml").write_text("")
    ours = write(tmp_path / "ours.toml", [A])
    theirs = write(tmp_path / "theirs.toml", [B])
    result = tl("merge", str(tmp_path / "base.toml"), ours, theirs)
    assert result.exit_code == 0 and len(store.loads(result.stdout)) == 2


@pytest.mark.parametrize("args, fragment", [
    (["a.toml", "b.toml"], "exactly three stores"),
    (["missing.toml", "missing.toml", "missing.toml"], "no store at missing.toml"),
    (["--union", "-", "-"], "only one store can be read from stdin"),
])
def test_cli_trouble_exits_2_and_writes_nothing(tl, tmp_path, args, fragment):
    out = tmp_path / "out.toml"
    result = tl("merge", *args, "-o", str(out))
    assert result.exit_code == 2
    assert fragment in result.stderr
    assert not out.exists()


def test_cli_union(tl, tmp_path):
    a = write(tmp_path / "a.toml", [A, B])
    b = write(tmp_path / "b.toml", [B, C])
    result = tl("merge", "--union", a, b)
    assert result.exit_code == 0 and len(store.loads(result.stdout)) == 3


# ---------------------------------------------------------------- a real git repository


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, HOME=str(repo.parent), GIT_CONFIG_NOSYSTEM="1", GIT_TERMINAL_PROMPT="0",
               GIT_MERGE_AUTOEDIT="no")
    env.pop("TIMELINE_STORE", None)
    out = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env)
    if check and out.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {out.stdout}{out.stderr}")
    return out


def timeline(repo: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, HOME=str(repo.parent))
    env.pop("TIMELINE_STORE", None)
    return subprocess.run([sys.executable, "-m", "timeline_cli", *args], cwd=repo, capture_output=True,
                          text=True, env=env)


@pytest.fixture
def repo(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "t@example.org")
    git(repo, "config", "user.name", "Tester")
    git(repo, "config", "commit.gpgsign", "false")
    git(repo, "config", "merge.timeline.name", "timeline three-way merge")
    git(repo, "config", "merge.timeline.driver", f"{sys.executable} -m timeline_cli merge %O %A %B -o %A")
    (repo / ".gitattributes").write_text("timeline.toml merge=timeline\n")
    store.save(repo / "timeline.toml", BASE)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    return repo


def commit_on(repo: Path, branch: str, events, message: str, *, start: str = "main") -> None:
    git(repo, "checkout", "-q", "-b", branch, start)
    store.save(repo / "timeline.toml", events)
    git(repo, "commit", "-q", "-am", message)


X = ev("first clash near Plekhovo", "2024-11-04", by="MoD")
Y = ev("first clash confirmed by the Pentagon", "2024-11-04", by="Pentagon")


def two_branches(repo: Path) -> None:
    # Both branches add an event on the same day: the new [[event]] blocks land at the same
    # place in the file, which a line-based merge reports as a conflict.
    commit_on(repo, "alice", [A, B, C.with_(when="2024-10-23"), X], "alice: correct C, add x")
    commit_on(repo, "bob", [A.with_(tags=("treaty", "secret-clause")), B, C, Y], "bob: tag A, add y")


def test_without_the_driver_git_reports_a_conflict(repo):
    git(repo, "config", "--remove-section", "merge.timeline")
    two_branches(repo)
    out = git(repo, "merge", "--no-edit", "alice", check=False)
    assert out.returncode != 0 and "<<<<<<<" in (repo / "timeline.toml").read_text()


def test_two_branches_merge_cleanly_through_the_driver(repo):
    x, y = X, Y
    two_branches(repo)
    out = git(repo, "merge", "--no-edit", "alice", check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    text = (repo / "timeline.toml").read_text()
    assert "<<<<<<<" not in text
    merged = {e.id: e for e in store.loads(text)}
    assert set(merged) == {A.id, B.id, C.id, x.id, y.id}
    assert merged[C.id].when == "2024-10-23"
    assert merged[A.id].tags == ("treaty", "secret-clause")
    assert not any(e.conflict for e in merged.values())
    assert text == store.dumps(merged.values())  # written deterministically
    # and the merge commit is visible to timeline diff
    out = timeline(repo, "diff", "git:HEAD~1", "git:HEAD", "--format", "plain")
    assert out.returncode == 1 and "date-contradicted" in out.stdout and f"+\t{x.id}" in out.stdout


def test_a_real_conflict_leaves_a_valid_store_with_both_versions(repo):
    commit_on(repo, "alice", [A, B, C.with_(when="2024-10-23")], "alice: C on the 23rd")
    commit_on(repo, "bob", [A, B, C.with_(when="2024-10-25")], "bob: C on the 25th")
    out = git(repo, "merge", "--no-edit", "alice", check=False)
    assert out.returncode != 0
    assert "CONFLICT" in out.stdout
    text = (repo / "timeline.toml").read_text()
    assert "<<<<<<<" not in text
    events = store.loads(text)
    marked = sorted((e.when, e.conflict.split(";")[1].strip()) for e in events if e.conflict)
    # ours is bob (the branch merged into), theirs is alice
    assert [m[0] for m in marked] == ["2024-10-23", "2024-10-25"]
    assert marked[0][1].startswith("this is theirs") and marked[1][1].startswith("this is ours")
    shown = timeline(repo, "show", "--format", "plain")
    assert shown.returncode == 0 and len(shown.stdout.splitlines()) == 4
    found = timeline(repo, "conflicts", "--format", "plain")
    assert found.returncode == 1
    assert {line.split("\t")[6] for line in found.stdout.splitlines()} == {e.id for e in events if e.conflict}
    assert "merge" in found.stdout.split("\t")[1]


def test_diff_git_head_in_the_merge_repo(repo):
    store.save(repo / "timeline.toml", [A, B, C.with_(when="2024-10")])
    out = timeline(repo, "diff", "git:HEAD", "--format", "plain")
    assert out.returncode == 1
    assert out.stdout.split("\t")[2] == "date-broadened"
    assert timeline(repo, "diff", "--format", "plain").stdout == out.stdout


def test_cli_output_to_a_device_writes_into_it_without_replacing_it(tl, tmp_path):
    import threading

    written = {}
    base = write(tmp_path / "base.toml", BASE)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def reader():
        with open(fifo, encoding="utf-8") as fh:
            written["text"] = fh.read()

    t = threading.Thread(target=reader)
    t.start()
    result = tl("merge", base, base, base, "-o", str(fifo))
    t.join(timeout=10)
    assert result.exit_code == 0, result.stderr
    assert fifo.is_fifo()  # still a pipe, not replaced by a regular file
    assert len(store.loads(written["text"])) == 3


# ---------------------------------------------------------------- the stores' memory (issue 12)


def test_merge_carries_the_removal_and_review_memory(tmp_path):
    from click.testing import CliRunner

    from timeline_cli.cli import cli

    def run(*args):
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    base = tmp_path / "base.toml"
    store.save(base, [A, B, C])
    ours, theirs, changed = tmp_path / "ours.toml", tmp_path / "theirs.toml", tmp_path / "changed.toml"
    for p in (ours, theirs, changed):
        p.write_bytes(base.read_bytes())
    assert run("--store", str(ours), "rm", A.id).exit_code == 0           # ours removes A
    assert run("--store", str(theirs), "tag", B.id, "+seen").exit_code == 0  # theirs tags B
    out = tmp_path / "merged.toml"
    result = run("merge", str(base), str(ours), str(theirs), "-o", str(out))
    assert result.exit_code == 0, result.output
    events, memory = store.loads_store(out.read_text(encoding="utf-8"))
    assert A.id not in {e.id for e in events} and set(memory.removed) == {A.id}
    assert {e.id: e for e in events}[B.id].tags == ("seen",)
    # removed on one side, edited on the other: a conflict, the event stays, no removal memory
    assert run("--store", str(changed), "edit", A.id, "--note", "checked").exit_code == 0
    result = run("merge", str(base), str(ours), str(changed), "-o", str(out))
    assert result.exit_code == 1
    events, memory = store.loads_store(out.read_text(encoding="utf-8"))
    assert A.id in {e.id for e in events} and not memory.removed
    # a union keeps what any store remembers
    other = tmp_path / "other.toml"
    store.save(other, [C])
    result = run("merge", "--union", str(ours), str(other), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert set(store.loads_store(out.read_text(encoding="utf-8"))[1].removed) == {A.id}
