"""Docs can't drift (habit 12): every command has help with examples and a README mention."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline_cli.cli import COMMANDS, cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_registered_command_exists():
    runner = CliRunner()
    listed = runner.invoke(cli, ["--help"]).stdout
    for name in COMMANDS:
        assert f"  {name} " in listed, f"`timeline {name}` is registered but its module is missing"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_has_help_with_examples(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    if result.exit_code == 2 and "No such command" in result.stderr:
        pytest.fail(f"`timeline {name}` is not built yet")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert len(result.stdout.splitlines()) > 5
    # Each example on a line of its own, as a user copies it: an epilog written "\\b" in a
    # plain string is a backslash and a "b", not click's no-rewrap mark, and ran the examples
    # into one paragraph ("\b Examples:   timeline link 052b 9f1c   timeline facts 052b").
    assert "\\b" not in result.stdout
    after = result.stdout.split("Examples:", 1)[1].splitlines()[1:]
    assert after and "timeline " in after[0] and "   timeline" not in after[0].strip()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_is_in_the_readme(name):
    assert f"timeline {name}" in README


def test_top_level_help_says_where_the_store_is():
    out = CliRunner().invoke(cli, ["--help"]).stdout
    assert "$TIMELINE_STORE" in out and "./timeline.toml" in out
