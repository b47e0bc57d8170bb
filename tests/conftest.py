"""Shared fixtures: a CLI runner bound to a temporary store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline_cli.cli import cli

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"


def corpus_docs(name: str, limit: int | None = None) -> list[tuple[str, date]]:
    """(text, report date) of the first `limit` documents of corpus `name`; skips the test
    when ../shared/corpora is not beside the checkout."""
    path = CORPORA / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    out = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                break
            doc = json.loads(line)
            out.append((doc["text"], date.fromisoformat(doc["dct"][:10])))
    return out


class Timeline:
    """Runs `timeline ...` through click with --store pointed at a temp file."""

    def __init__(self, store: Path) -> None:
        self.store = store
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | bytes | None = None, env: dict | None = None,
                 store: bool = True):
        argv = (["--store", str(self.store)] if store else []) + list(args)
        return self.runner.invoke(cli, argv, input=input, env=env, catch_exceptions=False)


@pytest.fixture
def tl(tmp_path: Path) -> Timeline:
    return Timeline(tmp_path / "timeline.toml")


@pytest.fixture(autouse=True)
def _no_env_store(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    # Tests must never touch a store named by the developer's environment, nor their cache.
    monkeypatch.delenv("TIMELINE_STORE", raising=False)
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TIMELINE_DEBUG", raising=False)


@pytest.fixture
def fresh() -> Iterator[None]:
    """The language pack's caches cleared before and after a test that switches a pack flag
    (a test module may define its own `fresh`, which wins)."""
    from tests.test_facts import clear_pack_caches

    clear_pack_caches()
    yield
    clear_pack_caches()
