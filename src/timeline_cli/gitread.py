"""Timelines from git: a store as committed at a revision (`git:REV`, `git:REV:PATH`), and the
two sides `timeline diff` compares (a store file, `-`, or a git revision).

No CLI here (no click, no Rich); git is run as a subprocess in the store's repository.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from timeline_cli.errors import StoreError, StoreMissing
from timeline_cli.model import Event

__all__ = ["GIT_PREFIX", "NO_GIT_HINT", "git_toplevel", "store_in_repo", "read_git", "read_side",
           "read_sides"]

GIT_PREFIX = "git:"
NO_GIT_HINT = "name the two stores to compare: timeline diff OLD.toml NEW.toml"


def _git(args: list[str], cwd: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True)
    except FileNotFoundError:
        raise StoreError("git is not installed (or not on PATH), so git: revisions cannot be read",
                         hint=NO_GIT_HINT) from None


def _first_line(data: bytes) -> str:
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return lines[0] if lines else "git failed"


def _repo_dir(store_path: str) -> str:
    """Where to ask git: the folder of the current store when it exists, else the cwd."""
    if store_path != "-":
        folder = Path(os.path.realpath(store_path)).parent
        if folder.is_dir():
            return str(folder)
    return os.getcwd()


def git_toplevel(store_path: str) -> str:
    where = _repo_dir(store_path)
    out = _git(["rev-parse", "--show-toplevel"], where)
    if out.returncode != 0 or not out.stdout.strip():
        raise StoreError(f"{where} is not in a git work tree, so there is no committed version to compare with",
                         hint=NO_GIT_HINT)
    return out.stdout.decode("utf-8", "replace").strip()


def store_in_repo(store_path: str, top: str) -> str:
    """The current store's path relative to the repository top, in git's / form."""
    if store_path == "-":
        raise StoreError("the store is read from stdin, so its path in git is unknown",
                         hint="name it: git:REV:PATH, with PATH relative to the top of the repository")
    real = Path(os.path.realpath(store_path))
    try:
        return real.relative_to(os.path.realpath(top)).as_posix()
    except ValueError:
        raise StoreError(f"the store {store_path} is outside the git repository at {top}",
                         hint="name the file: git:REV:PATH, or run timeline from inside that repository") from None


def read_git(spec: str, store_path: str) -> tuple[str, list[Event]]:
    """Events of `git:REV` or `git:REV:PATH`, read with `git show REV:PATH`."""
    from timeline_cli import store

    rest = spec[len(GIT_PREFIX):]
    rev, sep, path = rest.partition(":")
    if not rev:
        raise StoreError(f"{spec!r} names no revision", hint="write git:HEAD, git:main or git:HEAD~1:data/timeline.toml")
    if rev.startswith("-"):
        raise StoreError(f"{spec!r}: a revision cannot start with '-'", hint="write git:HEAD, git:main or a commit id")
    top = git_toplevel(store_path)
    if not sep or not path:
        path = store_in_repo(store_path, top)
    path = path.removeprefix("/")
    out = _git(["show", f"{rev}:{path}"], top)
    label = f"git:{rev}:{path}"
    if out.returncode != 0:
        raise StoreError(f"cannot read {label}: {_first_line(out.stderr)}",
                         hint=f"check the revision (git log --oneline) and that {path} was committed there "
                              f"(git ls-tree -r --name-only {rev})")
    try:
        text = out.stdout.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StoreError(f"{label} is not UTF-8 (bad byte at offset {exc.start})",
                         hint="a store is UTF-8 TOML") from None
    return label, ([] if not text.strip() else store.loads(text, origin=label))


# A store named as an argument (diff OLD NEW, merge BASE OURS THEIRS) that does not exist is a
# mistyped path, not a store to create.
NAMED_MISSING_HINT = "check the path: the stores to compare must exist"


def read_side(spec: str, store_path: str) -> tuple[str, list[Event]]:
    """(label, events) for one side of the comparison."""
    from timeline_cli import store

    if spec.startswith(GIT_PREFIX):
        return read_git(spec, store_path)
    label = "<stdin>" if spec == "-" else spec
    try:
        return label, _load_side(spec)
    except StoreMissing as exc:
        if spec == store_path:  # the store in use: how to create one is the fix
            raise
        raise StoreMissing(exc.message, hint=NAMED_MISSING_HINT) from None


# A file this small is read whole to see whether it is blank; a larger one is never blank.
_BLANK_PEEK = 1 << 16


def _load_side(spec: str) -> list[Event]:
    """The events of the store file `spec`; an empty file (or one of blanks: /dev/null, empty
    stdin, git's %O) is an empty store, as `timeline merge` reads it. A file with text and no
    schema line keeps its error."""
    from timeline_cli import store

    if not store.is_regular(spec):  # stdin, /dev/null, a pipe: read exactly once
        data, origin = store.read_bytes(spec)
        text = store.decode(data, origin)
        return [] if not text.strip() else store.loads(text, origin=origin)
    if os.path.isfile(spec) and os.path.getsize(spec) <= _BLANK_PEEK and not store.read_text(spec).strip():
        return []
    return store.load(spec)


def read_sides(old: str | None, new: str | None, store_path: str) -> tuple[tuple[str, list[Event]],
                                                                         tuple[str, list[Event]]]:
    """(label, events) of both sides of `timeline diff [OLD [NEW]]`: OLD defaults to the store
    as last committed (git:HEAD), NEW to the store itself; only one side can be stdin."""
    if old is None:
        old = "git:HEAD"
        git_toplevel(store_path)  # a clear error when not in a git work tree
    if new is None:
        new = store_path
    if old == "-" and new == "-":
        raise StoreError("only one side can be read from stdin",
                         hint="save one of them to a file: timeline diff - other.toml")
    return read_side(old, store_path), read_side(new, store_path)
