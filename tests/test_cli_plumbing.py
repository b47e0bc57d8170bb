"""The CLI's shared plumbing (cli_options): per-command options without hidden state, the one
terminal test, progress bar and assumed-date warning."""

from __future__ import annotations

import io
from datetime import date

import click
from click.testing import CliRunner

from timeline_cli.cli_options import App, get_app, pass_app, progress, store_option, warn_assumed
from timeline_cli.docread import Reported
from timeline_cli.sanitize import isatty


def _probe_group(seen: list):
    @click.group()
    @click.option("--store", default="global.toml")
    @click.pass_context
    def root(ctx, store):
        ctx.obj = App(store_path=store)

    @root.command()
    @store_option
    @pass_app
    def probe(app):
        root_app = click.get_current_context().find_root().obj
        seen.append((app.store_path, app.color, root_app.store_path, root_app.color, get_app() is app))

    return root


def test_command_options_apply_to_the_command_only():
    seen: list = []
    group = _probe_group(seen)
    result = CliRunner().invoke(group, ["probe", "--store", "mine.toml", "--color", "never"])
    assert result.exit_code == 0, result.output
    assert seen == [("mine.toml", "never", "global.toml", "auto", True)]


def test_without_command_options_the_global_app_is_used():
    seen: list = []
    result = CliRunner().invoke(_probe_group(seen), ["--store", "g.toml", "probe"])
    assert result.exit_code == 0, result.output
    assert seen == [("g.toml", "auto", "g.toml", "auto", True)]


def test_a_bad_command_color_is_still_refused_first():
    seen: list = []
    result = CliRunner().invoke(_probe_group(seen), ["probe", "--color", "sometimes"])
    assert result.exit_code == 2 and seen == []


def test_merge_declares_the_store_option(tl, tmp_path):
    from timeline_cli import store
    from timeline_cli.model import Event, make_id

    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text(store.dumps([Event(id=make_id("x", "2024", ""), when="2024", text="x")]), encoding="utf-8")
    b.write_text(store.dumps([Event(id=make_id("y", "2024", ""), when="2024", text="y")]), encoding="utf-8")
    assert "--store" in tl("merge", "--help").stdout
    result = tl("merge", "--store", str(a), "--union", str(a), str(b), "-o", str(a), store=False)
    assert result.exit_code == 0, result.output
    assert {e.text for e in store.load(a)} == {"x", "y"}
    assert not (tmp_path / "a.toml.lock").exists()


def test_isatty_answers_for_any_stream():
    assert isatty(io.StringIO()) is False
    assert isatty(object()) is False
    closed = io.StringIO()
    closed.close()
    assert isatty(closed) is False


def test_rich_or_plain():
    assert App(color="always").rich_or_plain(io.StringIO()) == "rich"
    assert App(color="auto").rich_or_plain(io.StringIO()) == "plain"


def test_progress_is_a_no_op_off_a_terminal_or_for_few_steps(capsys):
    for tty, total in ((False, 10), (True, 1)):
        with progress(App(), total, "parsing", tty=tty) as advance:
            for _ in range(total):
                advance()
    assert capsys.readouterr() == ("", "")


def test_progress_bar_on_a_terminal_is_transient_on_stderr(capsys):
    with progress(App(color="never"), 3, "checking rows", counts=False, tty=True) as advance:
        for _ in range(3):
            advance()
    out, _ = capsys.readouterr()
    assert out == ""


def test_warn_assumed(capsys):
    today = Reported(date(2025, 1, 2), True, "today (assumed)")
    warn_assumed("-", today, today_means="using today ({day}) as its report date")
    no_year = Reported(date(2024, 10, 24), True, "dateline")
    warn_assumed("a.txt", no_year, today_means="unused ({day})")
    assert capsys.readouterr().err.splitlines() == [
        "warning: <stdin> gives no date of its own; using today (2025-01-02) as its report date; "
        "pass --reported DATE",
        "warning: a.txt: the dateline has no year; assuming 2024-10-24; pass --reported DATE",
    ]


def test_document_steps_go_by_bytes_and_never_past_a_document():
    from timeline_cli.cli_options import DocumentSteps

    moves: list[tuple[int, int]] = []
    steps = DocumentSteps([100, 10, 50], lambda size, documents: moves.append((size, documents)))
    steps.part(30)
    steps.part(90)          # more than the document has left: only its 70
    steps.document()        # its rest (none) and one document
    steps.document()        # the second, whole
    steps.part(20)
    steps.document()
    steps.document()        # (a stray step past the last: nothing)
    assert moves == [(30, 0), (70, 0), (0, 1), (10, 1), (20, 0), (30, 1)]
    assert sum(size for size, _ in moves) == 160 and sum(d for _, d in moves) == 3


def test_document_progress_is_a_no_op_off_a_terminal_or_for_one_small_document(capsys):
    from timeline_cli.cli_options import document_progress

    asked = []

    def sizes():
        asked.append(1)
        return [10]

    with document_progress(App(), sizes, "parsing", tty=False) as steps:
        steps.part(5)
        steps.document()
    assert not asked  # off a terminal the files are not even stat'ed
    with document_progress(App(), [10], "parsing", tty=True) as steps:
        steps.document()
    assert capsys.readouterr() == ("", "")
