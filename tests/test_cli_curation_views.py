"""The reading side of curation (issue 12) through the CLI: --status, --untagged and
--open-ended on every reading command, the STATUS column of piped `show`, the folding of
undated statements in the Rich view, `show --oneline` and full ids."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from timeline_cli import store
from timeline_cli.model import Event

SGR = re.compile(r"\x1b\[[0-9;]*m")


def save(tl, events):
    store.save(tl.store, events)


REVIEW = [
    Event(id="a00000000001", when="2010-05-01", text="An old clash", status="confirmed", tags=("kursk",)),
    Event(id="b00000000002", when="2013-03", text="A disputed count", status="disputed", by="Agency"),
    Event(id="c00000000003", when="../2013-03-22", text="A statement with no date", source="doc1.txt",
          reported=date(2013, 3, 22)),
    Event(id="d00000000004", when="../2013-03-22", text="Another one", source="doc1.txt",
          reported=date(2013, 3, 22), tags=("t1",)),
    Event(id="e00000000005", when="2024-11-06/..", text="In the coming days", status="reported"),
]


def ids_of(result):
    assert result.exit_code == 0, result.stderr
    return [line.split("\t")[5] for line in result.stdout.splitlines()]


# ---------------------------------------------------------------- filters on every reading command

@pytest.mark.parametrize("args, expected", [
    (["--status", "confirmed"], ["a00000000001"]),
    (["--status", "confirmed,disputed"], ["a00000000001", "b00000000002"]),
    (["--status", "confirmed", "--status", "reported"], ["a00000000001", "e00000000005"]),
    (["--status", "none"], ["c00000000003", "d00000000004"]),
    (["--status", "None, disputed"], ["b00000000002", "c00000000003", "d00000000004"]),
    (["--untagged"], ["b00000000002", "c00000000003", "e00000000005"]),
    (["--untagged", "--status", "none"], ["c00000000003"]),
    # a date filter reads an open-ended date by its known bound...
    (["--on", "2010"], ["a00000000001"]),
    (["--until", "2012"], ["a00000000001"]),
    (["--on", "2013-03-22"], ["b00000000002", "c00000000003", "d00000000004"]),
    (["--since", "2025"], []),
    # ...or, asked, as every day it can mean
    (["--on", "2010", "--open-ended", "inclusive"], ["a00000000001", "c00000000003", "d00000000004"]),
    (["--since", "2025", "--open-ended", "inclusive"], ["e00000000005"]),
])
def test_show_filters(tl, args, expected):
    save(tl, REVIEW)
    assert ids_of(tl("show", *args)) == expected


@pytest.mark.parametrize("command", [["filter", "--format", "jsonl"], ["export", "--format", "jsonl"]])
def test_filter_and_export_take_the_same_filters(tl, command):
    save(tl, REVIEW)
    result = tl(*command, "--status", "none", "--untagged", "--on", "2013")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["c00000000003"]
    result = tl(*command, "--on", "2010", "--open-ended", "inclusive", "--status", "none")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["c00000000003", "d00000000004"]


def test_filter_exits_1_when_the_status_matches_nothing(tl):
    save(tl, [REVIEW[0]])
    assert tl("filter", "--status", "disputed").exit_code == 1


@pytest.mark.parametrize("args, fragment", [
    (["--status", "approved"], "'approved' is not a status"),
    (["--status", ""], "is not a status"),
    (["--open-ended", "maybe"], "'maybe' is not one of 'known', 'inclusive'"),
    (["--untagged", "--tag", "kursk"], "--untagged and --tag exclude each other"),
])
def test_bad_filter_values_are_usage_errors(tl, args, fragment):
    save(tl, REVIEW)
    result = tl("show", *args)
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert fragment in result.stderr and "Traceback" not in result.stderr
    assert store.load(tl.store) == REVIEW


def test_the_rule_is_said_in_help(tl):
    for command in ("show", "filter", "export"):
        text = " ".join(tl(command, "--help").stdout.split())
        assert "An open-ended date is matched by its known day only" in text, command
        assert "--open-ended inclusive" in text and "--status" in text and "--untagged" in text


def test_diff_and_conflicts_take_the_new_filters_too(tl, tmp_path):
    save(tl, REVIEW)
    other = tmp_path / "other.toml"
    store.save(other, REVIEW[:1])
    # only the undated statements differ; --status none restricts both sides to them
    result = tl("diff", str(other), str(tl.store), "--status", "confirmed", "--format", "plain")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert tl("conflicts", "--untagged", "--format", "plain").exit_code in (0, 1)
