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


# ---------------------------------------------------------------- piped show: STATUS appended

def test_piped_show_appends_a_status_column(tl):
    save(tl, REVIEW)
    lines = [line.split("\t") for line in tl("show").stdout.splitlines()]
    assert all(len(cells) == 7 for cells in lines)
    # the old columns keep their places: WHEN TEXT BY SOURCE TAGS ID, then STATUS
    assert lines[0] == ["2010-05-01", "An old clash", "", "", "kursk", "a00000000001", "confirmed"]
    assert [cells[6] for cells in lines] == ["confirmed", "disputed", "", "", "reported"]
    help_text = " ".join(tl("show", "--help").stdout.split())
    assert "`WHEN<TAB>TEXT<TAB>BY<TAB>SOURCE<TAB>TAGS<TAB>ID<TAB>STATUS`" in help_text


def test_piped_show_never_folds(tl):
    save(tl, REVIEW)
    assert "undated statements" not in tl("show").stdout
    assert len(tl("show").stdout.splitlines()) == len(REVIEW)


# ---------------------------------------------------------------- the Rich view

def rich(tl, *args):
    result = tl("--color", "always", "show", "--format", "rich", *args, env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr
    return SGR.sub("", result.stdout), result.stdout


UNDATED = [Event(id=f"u{n:011d}", when="../2013-03-22", text=f"Undated statement number {n}",
                 source="doc1.txt", reported=date(2013, 3, 22)) for n in range(13)]
OTHER_DOC = [Event(id=f"v{n:011d}", when="../2013-03-22", text=f"From the other document {n}",
                   source="doc2.txt", reported=date(2013, 3, 22)) for n in range(2)]
DATED = Event(id="d12345678901", when="2013-03-20", text="A dated fact", source="doc1.txt",
              reported=date(2013, 3, 22), status="disputed", tags=("kursk", "dprk"))


def test_rich_view_folds_each_documents_undated_statements(tl):
    save(tl, [DATED, *UNDATED, *OTHER_DOC])
    text, _ = rich(tl)
    assert "+13 undated statements from doc1.txt" in text
    assert "+2 undated statements from doc2.txt" in text
    assert "Undated statement number" not in text and "From the other document" not in text
    assert "A dated fact" in text
    # under the report date, in the month heading of that date
    assert text.index("March 2013") < text.index("+13 undated") and "by 22 Mar 2013" in text
    assert "16 event(s), 15 undated statement(s) folded (show --all lists them)" in text


def test_show_all_lists_them(tl):
    save(tl, [DATED, *UNDATED, *OTHER_DOC])
    text, _ = rich(tl, "--all")
    assert "undated statements from" not in text and "folded" not in text
    assert all(f"Undated statement number {n}" in text for n in range(13))
    assert all(e.id in text for e in UNDATED)


def test_filters_apply_before_folding(tl):
    save(tl, [DATED, *UNDATED, *OTHER_DOC])
    text, _ = rich(tl, "--source", "doc2")
    assert "+2 undated statements from doc2.txt" in text and "doc1.txt" not in text
    text, _ = rich(tl, "--dated")
    assert "undated" not in text and "A dated fact" in text


def test_rich_view_shows_full_ids_status_and_coloured_tags(tl):
    long_id = "x" * 20
    save(tl, [DATED, Event(id=long_id, when="2013-03-21", text="confirmed one", status="confirmed"),
              Event(id="r12345678901", when="2013-03-21", text="reported one", status="reported")])
    for columns in ("100", "40"):
        result = tl("--color", "always", "show", "--format", "rich", env={"COLUMNS": columns})
        text = SGR.sub("", result.stdout)
        assert "…" not in text
        assert "d12345678901" in text and long_id in text.replace("\n", "").replace(" ", ""), text
    text, raw = rich(tl)
    assert "✗ disputed" in text and "✓ confirmed" in text and "· reported" in text
    assert "\x1b[1;31m✗ disputed" in raw and "\x1b[1;32m✓ confirmed" in raw  # bold red, bold green
    assert "#kursk" in text and "#dprk" in text
    assert re.search(r"\x1b\[3[0-9]m#kursk", raw)  # a colour of its own


def test_status_is_marked_without_colour_too(tl):
    save(tl, [DATED])
    result = tl("--color", "never", "show", "--format", "rich")
    assert "\x1b" not in result.stdout and "✗ disputed" in result.stdout


# ---------------------------------------------------------------- --oneline

def test_oneline_piped_is_plain(tl):
    save(tl, [DATED, *UNDATED[:2]])
    result = tl("show", "--oneline")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "2013-03-20    d12345678901 A dated fact [✗ disputed] #kursk #dprk",
        "../2013-03-22 +2 undated statements from doc1.txt",
    ]
    lines = tl("show", "--oneline", "--all").stdout.splitlines()
    assert lines[1:] == ["../2013-03-22 u00000000000 Undated statement number 0",
                         "../2013-03-22 u00000000001 Undated statement number 1"]


def test_oneline_keeps_long_text_on_one_line(tl):
    long = Event(id="l12345678901", when="2024-11-04", text="word " * 60 + "end\nsecond line")
    save(tl, [long])
    [line] = tl("show", "--oneline").stdout.splitlines()
    assert line.startswith("2024-11-04 l12345678901 word word") and line.endswith("end\\nsecond line")


def test_oneline_is_coloured_on_request(tl):
    save(tl, [DATED])
    raw = tl("--color", "always", "show", "--oneline").stdout
    assert "\x1b[33md12345678901" in raw and "\x1b[36m2013-03-20" in raw
    assert SGR.sub("", raw).strip() == "2013-03-20 d12345678901 A dated fact [✗ disputed] #kursk #dprk"


def test_oneline_takes_no_other_format(tl):
    save(tl, [DATED])
    result = tl("show", "--oneline", "--format", "json")
    assert result.exit_code == 2 and "--oneline is a view of its own" in result.stderr


def test_status_completion_completes_the_last_item_of_a_list():
    from timeline_cli.cli_options import StatusList

    complete = lambda text: [c.value for c in StatusList().shell_complete(None, None, text)]  # noqa: E731
    assert complete("") == ["confirmed", "disputed", "reported", "none"]
    assert complete("confirmed,d") == ["confirmed,disputed"]
    assert complete("n") == ["none"]
