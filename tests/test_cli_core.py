"""The core commands through the CLI: add, show, filter, export basics, store location, errors."""

from __future__ import annotations

import subprocess
import sys
import tomllib

import pytest

from timeline_cli import __version__, store


def test_version(tl):
    result = tl("--version", store=False)
    assert result.exit_code == 0
    assert result.stdout.strip() == f"timeline {__version__}"


def test_python_dash_m_runs_the_cli():
    out = subprocess.run([sys.executable, "-m", "timeline_cli", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == f"timeline {__version__}"


# ---------------------------------------------------------------- add


@pytest.mark.parametrize("text, when, rest", [
    ("2024-11-04: first clash", "2024-11-04", "first clash"),
    ("4 Nov 2024 - first clash", "2024-11-04", "first clash"),
    ("Nov 2024 — talks begin", "2024-11", "talks begin"),
    ("2024-10-08/2024-10-13 troops shipped", "2024-10-08/2024-10-13", "troops shipped"),
    ("In June 2024: talks", "2024-06", "talks"),
    ("the spring of 480 BC: Xerxes crosses the Hellespont", "-0479-21", "Xerxes crosses the Hellespont"),
    ("the 5th century BC: Pericles", "-0498/-0399", "Pericles"),
])
def test_add_takes_a_leading_date_from_text(tl, text, when, rest):
    result = tl("add", text)
    assert result.exit_code == 0, result.stderr
    [event] = store.load(tl.store)
    assert (event.when, event.text) == (when, rest)
    assert result.stdout.strip() == event.id


@pytest.mark.parametrize("given, when", [
    ("2024-11-04", "2024-11-04"),
    ("Nov 2024", "2024-11"),
    ("4 November 2024", "2024-11-04"),
    ("2024-06~", "2024-06~"),
    ("../2024-11-06", "../2024-11-06"),
])
def test_add_when_accepts_edtf_and_ordinary_dates(tl, given, when):
    assert tl("add", "something happened", "--when", given).exit_code == 0
    assert store.load(tl.store)[0].when == when


def test_add_records_every_option(tl):
    result = tl("add", "first clash", "--when", "2024-11-04", "--source", "https://example.org/a",
                "--by", "Ukrainian MoD", "--tag", "kursk", "--tag", "dprk", "--reported", "2024-11-06",
                "--status", "confirmed", "--note", "checked")
    assert result.exit_code == 0, result.stderr
    [e] = store.load(tl.store)
    assert (e.source, e.by, e.tags, str(e.reported), e.status, e.note) == (
        "https://example.org/a", "Ukrainian MoD", ("kursk", "dprk"), "2024-11-06", "confirmed", "checked")


def test_add_without_a_date_is_refused_with_the_fix(tl):
    result = tl("add", "first clash on Monday")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no date in 'first clash on Monday'")
    assert "--when" in result.stderr
    assert not tl.store.exists()


def test_add_bad_when_is_a_usage_error(tl):
    result = tl("add", "x", "--when", "soonish")
    assert result.exit_code == 2
    assert "'soonish' is not a date" in result.stderr


@pytest.mark.parametrize("option, value, why", [
    ("--when", "2024-10-08/2024-10-01", "is not a date: the interval ends before it starts;"),
    ("--when", "8 Oct 2024 to 1 Oct 2024", "is not a date: the interval ends before it starts;"),
    ("--when", "04/11/2024", "is not a date: day and month order differ between countries;"),
    ("--when", "Feb 30 2024", "is not a date: February 2024 has 29 days;"),
    ("--when", "2024-13", "is not a date: month 13 does not exist (01-12, or a season 21-41);"),
])
def test_a_bad_date_option_says_what_is_wrong_with_it(tl, option, value, why):
    # "is not a date" alone left the user to guess that the range was backwards
    result = tl("add", "x", option, value)
    assert result.exit_code == 2
    assert why in result.stderr, result.stderr
    assert not tl.store.exists()


def test_a_bad_filter_date_says_what_is_wrong_with_it(tl):
    assert tl("add", "2024-10-01: x").exit_code == 0
    result = tl("show", "--since", "2024-10-08/2024-10-01")
    assert result.exit_code == 2
    assert "is not a date: the interval ends before it starts;" in result.stderr


def test_adding_the_same_statement_twice_keeps_one(tl):
    first = tl("add", "2024-11-04: first clash").stdout
    second = tl("add", "2024-11-04: first clash")
    assert second.stdout == first
    assert "added 0 event(s), 1 already in" in second.stderr
    assert len(store.load(tl.store)) == 1


def test_add_dash_reads_one_event_a_line(tl):
    lines = "2024-10-24\tFirst soldiers at the front\n# a comment\n\n2024-11-04: first clash\nNov 2024: talks\n"
    result = tl("add", "-", "--tag", "kursk", input=lines)
    assert result.exit_code == 0, result.stderr
    events = store.load(tl.store)
    assert [(e.when, e.text) for e in events] == [
        ("2024-10-24", "First soldiers at the front"), ("2024-11", "talks"), ("2024-11-04", "first clash")]
    assert all(e.tags == ("kursk",) for e in events)
    assert len(result.stdout.split()) == 3


def test_add_dash_names_the_bad_line_and_writes_nothing(tl):
    result = tl("add", "-", input="2024-10-24\tok\nno date at all\n")
    assert result.exit_code == 1
    assert "stdin line 2" in result.stderr
    assert not tl.store.exists()


# ---------------------------------------------------------------- store location


def seed(tl):
    for args in (["2024-06: agreement signed", "--by", "The Wall Street Journal"],
                 ["2024-10-08/2024-10-13: troops shipped to Vladivostok", "--tag", "dprk"],
                 ["2024-10-24: first soldiers at the front", "--by", "Ukrainian intelligence", "--tag", "kursk"],
                 ["2024-11-04: first clash", "--tag", "kursk"]):
        assert tl("add", *args).exit_code == 0


def test_store_option_after_the_subcommand(tl):
    seed(tl)
    result = tl("show", "--store", str(tl.store), store=False)
    assert result.exit_code == 0 and "first clash" in result.stdout


def test_store_from_environment(tl):
    seed(tl)
    result = tl("show", store=False, env={"TIMELINE_STORE": str(tl.store)})
    assert "first clash" in result.stdout


def test_default_store_is_timeline_toml_in_the_current_folder(tl, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert tl("add", "2024: x", store=False).exit_code == 0
    assert (tmp_path / "timeline.toml").exists()


def test_read_command_on_missing_store_says_how_to_create_one(tl):
    result = tl("show")
    assert result.exit_code == 1
    assert "Error: no store at" in result.stderr and "timeline add" in result.stderr


def test_store_dash_reads_stdin(tl):
    seed(tl)
    result = tl("--store", "-", "show", "--tag", "kursk", store=False, input=tl.store.read_text())
    assert result.exit_code == 0
    assert [l.split("\t")[0] for l in result.stdout.splitlines()] == ["2024-10-24", "2024-11-04"]


def test_broken_store_is_one_line_error_without_traceback(tl):
    tl.store.write_text("schema = 1\n[[event]]\nid = 'x'\nwhen = 'oct'\ntext = 't'\n")
    result = tl("show")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0].startswith(f"Error: {tl.store}:2: event #1 (id x): field 'when'")


def test_debug_shows_the_traceback(tl, monkeypatch):
    from timeline_cli import query

    def boom(*a, **k):
        raise RuntimeError("bug")

    seed(tl)
    monkeypatch.setattr(query, "apply", boom)
    plain = tl("show")
    assert plain.exit_code == 1 and "internal error (RuntimeError: bug)" in plain.stderr
    assert "--debug" in plain.stderr
    with pytest.raises(RuntimeError):
        tl("--debug", "show")


# ---------------------------------------------------------------- show


def test_show_piped_is_plain_tab_separated_lines(tl):
    seed(tl)
    result = tl("show")
    lines = result.stdout.splitlines()
    assert [l.split("\t")[0] for l in lines] == ["2024-06", "2024-10-08/2024-10-13", "2024-10-24", "2024-11-04"]
    assert lines[2].split("\t")[1:5] == ["first soldiers at the front", "Ukrainian intelligence", "", "kursk"]
    assert "\x1b" not in result.stdout


def test_show_since_uses_overlap(tl):
    seed(tl)
    tl("add", "2024: a year-long programme")
    tl("add", "something before", "--when", "../2024-11-06")
    whens = [l.split("\t")[0] for l in tl("show", "--since", "2024-10-01").stdout.splitlines()]
    # an open start ("on or before 6 Nov") sorts at its known end, not before everything
    assert whens == ["2024", "2024-10-08/2024-10-13", "2024-10-24", "2024-11-04", "../2024-11-06"]


@pytest.mark.parametrize("args, expected", [
    (["--until", "2024-10-10"], ["2024-06", "2024-10-08/2024-10-13"]),
    (["--on", "2024-10"], ["2024-10-08/2024-10-13", "2024-10-24"]),
    (["--on", "2024-10-10"], ["2024-10-08/2024-10-13"]),
    (["--tag", "kursk", "--tag", "dprk"], ["2024-10-08/2024-10-13", "2024-10-24", "2024-11-04"]),
    (["--by", "INTELLIGENCE"], ["2024-10-24"]),
    (["--grep", "^first"], ["2024-10-24", "2024-11-04"]),
    (["--limit", "2"], ["2024-06", "2024-10-08/2024-10-13"]),
    (["--reverse", "--limit", "1"], ["2024-11-04"]),
    (["--since", "Oct 2024", "--until", "24 October 2024"], ["2024-10-08/2024-10-13", "2024-10-24"]),
])
def test_show_filters(tl, args, expected):
    seed(tl)
    result = tl("show", *args)
    assert result.exit_code == 0, result.stderr
    assert [l.split("\t")[0] for l in result.stdout.splitlines()] == expected


def test_source_filter(tl):
    tl("add", "2024: a", "--source", "seeds/a.txt")
    tl("add", "2024: b", "--source", "https://example.org")
    assert [l.split("\t")[1] for l in tl("show", "--source", "SEEDS/").stdout.splitlines()] == ["a"]


@pytest.mark.parametrize("args, fragment", [
    (["--since", "yesterday-ish"], "is not a date"),
    (["--grep", "("], "not a valid regular expression"),
    (["--limit", "-1"], "--limit"),
    (["--format", "yaml"], "'yaml' is not one of"),
])
def test_bad_filter_values_are_usage_errors(tl, args, fragment):
    seed(tl)
    result = tl("show", *args)
    assert result.exit_code == 2
    assert fragment in result.stderr


def test_show_rich_groups_by_year_and_month_at_precision(tl):
    seed(tl)
    tl("add", "approx", "--when", "2024-10~")
    out = tl("show", "--format", "rich").stdout
    assert "\x1b" not in out  # not a terminal, no --color always
    assert out.index("2024") < out.index("June 2024") < out.index("October 2024") < out.index("November 2024")
    assert "Jun 2024" in out and "1 Jun 2024" not in out  # a month-only date never looks like the 1st
    assert "8–13 Oct 2024" in out
    assert "~" in out and "approximate date" in out
    assert "per Ukrainian intelligence" in out


def test_show_color_always_colours_and_never_does_not(tl):
    seed(tl)
    assert "\x1b[" in tl("show", "--format", "rich", "--color", "always").stdout
    assert "\x1b" not in tl("--color", "never", "show", "--format", "rich").stdout


def test_no_color_env_is_honoured(tl):
    seed(tl)
    assert "\x1b" not in tl("show", "--format", "rich", env={"NO_COLOR": "1"}).stdout


HOSTILE = "troops [bold red]x[/] [link=http://evil]y[/link] \x1b[2J\x1b]8;;http://evil\x07z\u202egnp.exe"


def test_hostile_text_is_shown_literally_and_harmlessly(tl):
    tl("add", HOSTILE, "--when", "2024-10-24", "--by", "[red]me[/]")
    for args in (["show", "--format", "rich", "--color", "always"], ["show"], ["show", "--format", "plain"]):
        out = tl(*args).stdout
        assert "[bold red]x[/]" in out and "[link=http://evil]y[/link]" in out
        assert "\x1b[2J" not in out and "\x1b]8" not in out and "\x07" not in out and "\u202e" not in out
        assert "\\x1b[2J" in out and "\\u202e" in out
    rich_out = tl("show", "--format", "rich", "--color", "always").stdout
    assert "[red]me[/]" in rich_out


# ---------------------------------------------------------------- filter


def test_filter_writes_a_valid_store(tl, tmp_path):
    seed(tl)
    result = tl("filter", "--since", "2024-10")
    assert result.exit_code == 0
    doc = tomllib.loads(result.stdout)
    assert doc["schema"] == store.SCHEMA
    assert [e["when"] for e in doc["event"]] == ["2024-10-08/2024-10-13", "2024-10-24", "2024-11-04"]
    out = tmp_path / "oct.toml"
    assert tl("filter", "--tag", "kursk", "-o", str(out)).exit_code == 0
    assert [e.when for e in store.load(out)] == ["2024-10-24", "2024-11-04"]


def test_filter_exits_1_when_nothing_matched(tl):
    seed(tl)
    result = tl("filter", "--grep", "nothing like this")
    assert result.exit_code == 1
    assert tomllib.loads(result.stdout) == {"schema": store.SCHEMA}


def test_filter_output_pipes_into_show(tl):
    seed(tl)
    toml = tl("filter", "--tag", "kursk").stdout
    shown = tl("--store", "-", "show", store=False, input=toml)
    assert len(shown.stdout.splitlines()) == 2


def test_filter_plain_format(tl):
    seed(tl)
    assert tl("filter", "--format", "plain", "--limit", "1").stdout.startswith("2024-06\tagreement signed")


def test_output_to_a_device_writes_into_it_and_keeps_the_device(tl, tmp_path):
    import os
    import stat

    seed(tl)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    assert tl("export", "--format", "jsonl", "-o", str(fifo)).exit_code == 0
    reader.join(timeout=10)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert got and got[0].count("\n") == 4
    assert tl("export", "-o", os.devnull).exit_code == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_output_to_a_folder_is_a_clear_error(tl, tmp_path):
    seed(tl)
    result = tl("export", "-o", str(tmp_path))
    assert result.exit_code == 1 and "it is a folder" in result.stderr


def test_dated_hides_statements_anchored_to_their_report_date(tl):
    tl("add", "2024-10-24: dated", "--reported", "2024-11-06")
    tl("add", "undated", "--when", "../2024-11-06", "--reported", "2024-11-06")
    tl("add", "on or before, but not the report date", "--when", "../2024-11-01", "--reported", "2024-11-06")
    texts = [l.split("\t")[1] for l in tl("show", "--dated").stdout.splitlines()]
    assert texts == ["dated", "on or before, but not the report date"]
    assert len(tl("show").stdout.splitlines()) == 3
