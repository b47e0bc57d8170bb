"""Session 21 red team (redteam6): hostile and newcomer paths through the CLI. Each test failed
before its fix. (The failing pager is in test_pager.py, through a real pseudo-terminal.)"""

from __future__ import annotations

import re

import pytest

from timeline_cli.render.chart import chart_lines, layout
from timeline_cli.model import Event


def ev(when: str, text: str = "x") -> Event:
    return Event(id=f"e{abs(hash((when, text))) % 10**8}", when=when, text=text)


def bar(row) -> str:
    return "".join(row.cells)


# ---------------------------------------------------------------- chart at the ends of the calendar

@pytest.mark.parametrize("whens", [
    ["0001-01-01", "2024-06-01"],
    ["2024-06-01", "9999-12-31"],
    ["0001-01-01", "9999-12-31"],
    ["-0044-03-15", "0001-01-01", "9999-12-31"],
])
def test_the_first_and_last_days_of_the_calendar_are_days_not_open_ends(whens):
    """0001-01-01 and 9999-12-31 are days a person can write: they were read as "no known
    bound" (the sentinels of an open end) and drawn `<--o` / `o-->`, as "on or before" / "from"."""
    chart = layout([ev(w) for w in whens], 100, ascii=True)
    for w, row in zip(whens, chart.rows):
        cells = bar(row).strip()
        assert cells == "o", (w, bar(row))


def test_a_real_interval_to_the_last_day_is_a_bar_not_an_open_end():
    chart = layout([ev("2024-10-01/9999-12-31"), ev("2024-10-01/..")], 100, ascii=True)
    closed, open_ = (bar(r).strip() for r in chart.rows)
    assert not closed.endswith(">") and set(closed) == {"="}, closed
    assert open_.endswith("->"), open_


@pytest.mark.parametrize(("whens", "labels"), [
    (["-9999", "9999"], ["10000 BC", "5000 BC", "5000"]),   # the whole calendar
    (["-9999", "0001"], ["10000 BC", "5000 BC"]),
    (["-2999", "-0999"], ["3000 BC", "2000 BC"]),
    (["-0499", "2024"], ["1000", "2000"]),
    (["-0049", "0030"], ["50 BC", "25 BC", "25"]),
])
def test_year_ticks_on_an_axis_reaching_bc_are_round_years_across_it(whens, labels):
    """Ticks of an axis reaching back before year 1 stopped a third of the way (the 400-year
    shift that finds BC ticks ran past 9999 and was cut there) and fell on years such as
    10601 BC and 5601 BC: they are round years as written, across the whole axis."""
    chart = layout([ev(w) for w in whens], 100, ascii=True)
    assert [label for _, label in chart.axis.ticks] == labels


def test_ticks_on_the_chart_command_reach_the_end_of_the_axis(tl):
    for when in ("-9999", "0000", "9999-12-31"):
        assert tl("add", f"event {when}", "--when", when).exit_code == 0
    out = tl("chart", env={"COLUMNS": "100"}).output
    lines = out.splitlines()
    rule = next(line for line in lines if "+" in line and set(line.strip()) <= {"-", "+"})
    labels = lines[lines.index(rule) + 1]
    assert rule.rstrip().rfind("+") > len(rule) * 0.75, out
    assert "10000 BC" in labels or "5000 BC" in labels, labels
    assert "10601" not in labels and "5601" not in labels, labels


# ---------------------------------------------------------------- link / unlink with a fact id

def _two_statements(tl) -> list[str]:
    for line, by in (("2024-10-01: Troops crossed the border", "NIS"),
                     ("2024-10-01: Troops crossed the border at dawn", "Pentagon")):
        assert tl("add", line, "--by", by).exit_code == 0
    return [line.split("\t")[5] for line in tl("show", "--format", "plain").output.splitlines()]


@pytest.mark.parametrize("command", [["link"], ["unlink"], ["rm"], ["tag", "+x"], ["note"],
                                     ["edit", "--text", "y"], ["resolve", "--ours"]])
def test_a_fact_id_given_for_a_statement_is_named_as_one_with_the_way_to_its_statements(tl, command):
    """`timeline facts` lists F... ids; a newcomer gives one to `link` to join two facts (or to
    rm, tag, edit...) and was told "no event with id 'F3a5d...'", to check it with `show`."""
    a, b = _two_statements(tl)
    args = {"link": [f"F{a}", b], "unlink": [f"F{a}", b], "note": [f"F{a}", "hello"]}.get(command[0], [f"F{a}"])
    result = tl(*command[:1], *args, *command[1:])
    assert result.exit_code == 2, result.output
    assert f"F{a} is a fact id, not a statement id" in result.output
    assert f"`timeline facts F{a}` lists its statements" in result.output
    assert "Traceback" not in result.output


def test_an_id_that_is_neither_is_still_not_found(tl):
    a, b = _two_statements(tl)
    result = tl("link", "Fzzzzzzz", b)
    assert result.exit_code == 2 and "no event with id 'Fzzzzzzz'" in result.output
    assert tl("link", a, b).exit_code == 0  # the statement ids themselves still link


def test_status_given_first_is_told_to_go_last_with_the_command_that_works(tl):
    """`timeline status confirmed 052b` (the order of "set confirmed on 052b") was told
    "'052b' is not a status" (lower-cased); the error now gives the command in its order."""
    a, b = _two_statements(tl)
    result = tl("status", "confirmed", a[:6], b[:6])
    assert result.exit_code == 2
    assert "the status comes last" in result.output
    assert f"Hint: timeline status {a[:6]} {b[:6]} confirmed" in result.output
    assert tl("status", a[:6], b[:6], "confirmed").exit_code == 0
    # a plain typo still lists the statuses, as written
    result = tl("status", a[:6], "Confirmd")
    assert result.exit_code == 2 and "'Confirmd' is not a status" in result.output


# ---------------------------------------------------------------- an editor that is not there

@pytest.mark.parametrize("var", ["EDITOR", "VISUAL"])
def test_an_editor_that_is_not_installed_is_named_so_with_the_variable_to_fix(tl, var):
    """EDITOR=nonexistent was told the editor "exited with status 127" and to "save and quit
    normally (in vi: :wq)": the fix is to set the variable to an installed editor."""
    a, _ = _two_statements(tl)
    before = tl.store.read_bytes()
    env = {"EDITOR": None, "VISUAL": None, var: "no-such-editor-anywhere"}
    result = tl("edit", a, env=env)
    assert result.exit_code == 2, result.output
    assert "'no-such-editor-anywhere' ($" + var + ") was not found; nothing was changed" in result.output
    assert f"Hint: set ${var} to an installed editor" in result.output
    assert ":wq" not in result.output and tl.store.read_bytes() == before


# ---------------------------------------------------------------- where a write cannot go

@pytest.mark.skipif(not __import__("os").path.isdir("/proc/self"), reason="needs /proc")
def test_writing_into_proc_is_not_told_to_mkdir_it(tl):
    """`-o /proc/x.csv` was told "the folder /proc does not exist: create it first (mkdir -p
    /proc)": it exists and takes no files."""
    _two_statements(tl)
    result = tl("export", "-o", "/proc/x.csv")
    assert result.exit_code == 1
    assert "Hint: /proc exists but takes no new files" in result.output and "mkdir" not in result.output


@pytest.mark.parametrize("args", [["export", "-o", "{f}/x.csv"], ["export", "-o", "{f}/sub/x.csv"],
                                  ["--store", "{f}/t.toml", "add", "2024-10-01: x"]])
def test_a_file_where_a_folder_should_be_is_named_not_mkdir_ed(tl, tmp_path, args):
    """A path through a file (`-o notes.txt/x.csv`) was told to `mkdir -p notes.txt`, which
    fails: the file in the way is named."""
    _two_statements(tl)
    f = tmp_path / "notes.txt"
    f.write_text("mine", encoding="utf-8")
    result = tl(*[a.format(f=f) for a in args])
    assert result.exit_code == 1, result.output
    assert f"Hint: {f} is a file, not a folder: write somewhere else" in result.output
    assert "mkdir" not in result.output and f.read_text(encoding="utf-8") == "mine"


# ---------------------------------------------------------------- --tag with nothing in it

@pytest.mark.parametrize("command", [["show"], ["export"], ["filter"], ["facts"], ["chart"]])
def test_an_empty_tag_filter_is_a_usage_error_pointing_to_untagged(tl, command):
    """`--tag "$TAG"` with TAG unset matched nothing and printed nothing, exit 0."""
    _two_statements(tl)
    result = tl(*command, "--tag", "")
    assert result.exit_code == 2, result.output
    assert "Error: --tag needs a tag name" in result.output and "--untagged" in result.output


def test_a_tag_filter_is_read_as_tags_are_stored_without_spaces_around(tl):
    assert tl("add", "2024-10-01: a", "--tag", " kursk ").exit_code == 0
    out = tl("show", "--tag", " kursk", "--format", "plain").output
    assert out.count("\n") == 1 and "\tkursk\t" in out


def test_rm_undo_with_nothing_removed_does_not_offer_to_bring_one_back(tl):
    a, _ = _two_statements(tl)
    result = tl("rm", "--undo")
    assert result.exit_code == 0 and "bring one back" not in result.output
    assert "no removed events" in result.output
    assert tl("rm", a).exit_code == 0
    result = tl("rm", "--undo")
    assert a in result.output and "1 removed event; bring one back" in result.output


# ---------------------------------------------------------------- hostile web pages

@pytest.mark.parametrize("ref", ["&#27;[31m", "&#x1b;]8;;http://e&#7;", "&#1;", "&#0027;", "&#x1B"])
def test_a_page_with_a_control_character_reference_keeps_its_text(tl, tmp_path, ref):
    """One `&#27;` anywhere in a page (a hostile page's escape sequence, or a stray reference)
    put a control character in lxml's tree, trafilatura's XML steps failed on it, and the whole
    page was "found no article text". The references are dropped as raw control bytes are."""
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html><head><title>News</title></head><body>"
                    f"<p>On 4 November 2024, troops clashed with forces near the border. {ref}red</p>"
                    "<p>On 13 November 2024 the ministry issued a statement about the clash.</p>"
                    "<p>Tabs&#9;and&#10;newlines&#13;stay, and &#100;igits after a reference too.</p>"
                    "</body></html>", encoding="utf-8")
    result = tl("ingest", str(page), "--reported", "2024-11-14")
    assert result.exit_code == 0, result.output
    out = tl("show", "--format", "plain").output
    assert "2024-11-04\tOn 4 November 2024, troops clashed" in out
    assert "On 13 November 2024 the ministry issued a statement" in out
    assert "\x1b" not in out and "\x01" not in out and "\x07" not in out


PAGE = """<!DOCTYPE html><html><head><title>News</title></head><body>
<p>On 4 November 2024, troops clashed with forces near the border, the ministry said.</p>
{hidden}
<p>On 13 November 2024 the ministry issued a statement about the clash at the border.</p>
</body></html>"""

HIDDEN = [
    '<p hidden>On 8 November 2024 the president resigned in secret.</p>',
    '<div HIDDEN="hidden"><p>On 8 November 2024 the president resigned in secret.</p></div>',
    '<template><p>On 8 November 2024 the president resigned in secret.</p></template>',
]


@pytest.mark.parametrize("hidden", HIDDEN)
def test_a_page_s_hidden_statements_are_not_claims_of_the_page(tl, tmp_path, hidden):
    """trafilatura reads `hidden` elements and <template> contents as article text: a hostile
    page's invisible "the president resigned" became a statement the page made."""
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(hidden=hidden), encoding="utf-8")
    assert tl("ingest", str(page), "--reported", "2024-11-14").exit_code == 0
    out = tl("show", "--format", "plain").output
    assert "troops clashed" in out and "issued a statement" in out
    assert "resigned" not in out


EMAIL = """From: Ann <ann@example.com>
To: x@example.com
Subject: Update
Date: Thu, 14 Nov 2024 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body><p>On 4 November 2024 troops clashed with forces near the border.</p>
{hidden}<br hidden><img hidden src="x.png">
<p>On 13 November 2024 the ministry issued a statement about the clash.</p></body></html>
"""


@pytest.mark.parametrize("hidden", HIDDEN + [
    '<div style="display: none">On 8 November 2024 the president resigned in secret.</div>',
    '<span style="font-size:1px;visibility:hidden">On 8 November 2024 the president resigned in secret.</span>',
])
def test_an_email_s_hidden_statements_are_not_claims_of_its_sender(tl, tmp_path, hidden):
    """The HTML body of a message: `hidden` and display:none / visibility:hidden text (the
    classic hidden text of a phishing mail) was read as the sender's statements. A hidden
    void element (<br hidden>, <img hidden>) hides nothing after it."""
    mail = tmp_path / "mail.eml"
    mail.write_text(EMAIL.format(hidden=hidden), encoding="utf-8")
    assert tl("ingest", str(mail)).exit_code == 0
    out = tl("show", "--format", "plain").output
    assert "troops clashed" in out and "issued a statement" in out
    assert "resigned" not in out


def test_oneline_on_a_terminal_says_when_nothing_matches_as_the_full_view_does(tl):
    """`show` on a terminal says "No events match."; `show --oneline` printed nothing at all,
    which reads as a hang or a broken store. Piped, it stays empty (as `git log --oneline`)."""
    _two_statements(tl)
    for args in (["show"], ["show", "--oneline"]):
        result = tl("--color", "always", *args, "--grep", "nothing like this")
        assert result.exit_code == 0 and "No events match." in result.output, args
    result = tl("show", "--oneline", "--grep", "nothing like this")
    assert result.exit_code == 0 and result.output == ""


# ---------------------------------------------------------------- add: a text starting with a minus

@pytest.mark.parametrize(("args", "when", "text"), [
    (["-0044-03-15: Caesar murdered"], "-0044-03-15", "Caesar murdered"),
    (["--by", "Plutarch", "-0044-03-15: Caesar murdered"], "-0044-03-15", "Caesar murdered"),
    (["-0044-03: the Ides"], "-0044-03", "the Ides"),
    (["-0043: a year after"], "-0043", "a year after"),
    (["-0043 - a year after"], "-0043", "a year after"),
    (["--when", "-0044-03-15", "Caesar murdered"], "-0044-03-15", "Caesar murdered"),
])
def test_add_takes_a_text_that_starts_with_a_date_before_year_one(tl, args, when, text):
    """`timeline add "-0044-03-15: Caesar murdered"` (EDTF's 44 BC, as --when takes it) was
    "No such option '-0'" from click, and with `--` before it "no date in ..."."""
    result = tl("add", *args)
    assert result.exit_code == 0, result.output
    line = tl("show", "--format", "plain").output.splitlines()[0].split("\t")
    assert line[:2] == [when, text]


@pytest.mark.parametrize("text", ["-2024 troops arrived", "-5 degrees overnight", "- 2024: a bullet"])
def test_a_minus_that_is_no_date_is_text_without_a_date_not_an_option(tl, text):
    """Must-not-match: a bare negative year not followed by a colon or dash is no date (as a bare
    year is not), nor a minus before a number; each is told it has no date, not 'No such option'."""
    result = tl("add", text)
    assert result.exit_code == 1 and "no date in" in result.output and "No such option" not in result.output


def test_real_options_are_still_options_and_typos_still_suggested(tl):
    result = tl("add", "--whn", "2024", "x")
    assert result.exit_code == 2 and "Did you mean '--when'?" in result.output
    assert "Usage:" in tl("add", "-h").output
