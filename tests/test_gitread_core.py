"""timeline_cli.gitread called directly, without the CLI: stores as committed in git."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from timeline_cli import store
from timeline_cli.errors import StoreError
from timeline_cli.gitread import git_toplevel, read_git, read_side, read_sides, store_in_repo
from timeline_cli.model import Event, make_id


def ev(text: str, when: str) -> Event:
    return Event(id=make_id(text, when, "src"), when=when, text=text, source="src")


FIRST = [ev("Troops left.", "2024-10-24")]
SECOND = [ev("Troops left.", "2024-10-24"), ev("First clash.", "2024-11-04")]


def git(repo: Path, *args: str) -> None:
    env = dict(os.environ, HOME=str(repo.parent), GIT_CONFIG_NOSYSTEM="1", GIT_TERMINAL_PROMPT="0")
    subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env, check=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    repo = tmp_path / "repo"
    (repo / "data").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "t@example.org")
    git(repo, "config", "user.name", "Tester")
    git(repo, "config", "commit.gpgsign", "false")
    (repo / "data" / "timeline.toml").write_text(store.dumps(FIRST), encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "first")
    (repo / "data" / "timeline.toml").write_text(store.dumps(SECOND), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "second")
    return repo


def test_toplevel_and_path_in_repo(repo):
    current = str(repo / "data" / "timeline.toml")
    top = git_toplevel(current)
    assert os.path.realpath(top) == os.path.realpath(repo)
    assert store_in_repo(current, top) == "data/timeline.toml"


def test_read_git_at_revisions(repo):
    current = str(repo / "data" / "timeline.toml")
    label, events = read_git("git:HEAD~1", current)
    assert label == "git:HEAD~1:data/timeline.toml" and events == FIRST
    label, events = read_git("git:main:data/timeline.toml", current)
    assert label == "git:main:data/timeline.toml" and events == SECOND


@pytest.mark.parametrize(("spec", "fragment"), [
    ("git:", "names no revision"),
    ("git:-x", "cannot start with '-'"),
    ("git:nope", "cannot read git:nope:data/timeline.toml"),
])
def test_bad_revisions_are_store_errors(repo, spec, fragment):
    with pytest.raises(StoreError, match=fragment):
        read_git(spec, str(repo / "data" / "timeline.toml"))


def test_outside_a_work_tree(tmp_path):
    with pytest.raises(StoreError, match="not in a git work tree"):
        git_toplevel(str(tmp_path / "timeline.toml"))


def test_sides_default_to_last_commit_against_the_store(repo):
    current = str(repo / "data" / "timeline.toml")
    (old_label, old), (new_label, new) = read_sides(None, None, current)
    assert old_label == "git:HEAD:data/timeline.toml" and old == SECOND
    assert new_label == current and new == SECOND
    assert read_side(current, current) == (current, SECOND)
    with pytest.raises(StoreError, match="only one side"):
        read_sides("-", "-", current)
