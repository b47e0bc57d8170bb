"""`timeline chart` (issue 16 item 3): the layout on its own, then the command as a user runs it."""

from __future__ import annotations

import re

import pytest

from timeline_cli.model import Event
from timeline_cli.render.chart import GLYPHS, chart_lines, layout


def ev(when: str, text: str = "x", by: str = "", tags=(), **kw) -> Event:
    return Event(id=f"e{abs(hash((when, text))) % 10**8}", when=when, text=text, by=by, tags=tuple(tags), **kw)


def bar(row) -> str:
    return "".join(row.cells)


def test_a_day_is_one_mark_and_an_interval_a_bar_on_one_shared_axis():
    chart = layout([ev("2024-01-01"), ev("2024-03-01/2024-06-30"), ev("2024-12-31")], 100, ascii=True)
    first, interval, last = chart.rows
    assert bar(first).count("o") == 1 and bar(last).count("o") == 1
    assert bar(first).index("o") < bar(interval).index("=") < bar(last).index("o")
    # the interval covers about a third of the year's columns
    assert 0.25 < bar(interval).count("=") / chart.axis.width < 0.42
    assert set(bar(interval).strip()) == {"="}


def test_a_month_or_year_is_a_shaded_span_not_a_bar():
    chart = layout([ev("2024"), ev("2024-06"), ev("2024-06-15")], 100, ascii=True)
    year, month, day = (bar(r) for r in chart.rows)
    assert set(year.strip()) == {"."} and set(month.strip()) == {"."}
    assert year.count(".") > 8 * month.count(".")
    assert year.index(".") <= month.index(".") <= day.index("o") <= month.rindex(".")


def test_open_bounds_run_to_the_edge_of_the_axis():
    chart = layout([ev("../2024-06-01"), ev("2024-06-01/.."), ev("2024-01-01"), ev("2024-12-31")], 100, ascii=True)
    before, after = bar(chart.rows[0]), bar(chart.rows[1])
    assert before.startswith("<-") and before.rstrip().endswith("o")
    assert after.rstrip().endswith("->") and after.lstrip().startswith("o")


def test_approximate_and_uncertain_dates_keep_their_signs():
    chart = layout([ev("2024-06-01~"), ev("2024-06?"), ev("2024-07-01")], 80, ascii=True)
    assert [r.flags for r in chart.rows] == ["~", "?", ""]
    assert chart_lines(chart)[0].endswith("~") and chart_lines(chart)[1].endswith("?")


def test_unicode_glyphs_when_not_ascii():
    chart = layout([ev("2024-01-01"), ev("2024-03-01/2024-06-30"), ev("2024-09")], 80)
    cells = "".join(bar(r) for r in chart.rows)
    assert GLYPHS["day"][0] in cells and GLYPHS["bar"][0] in cells and GLYPHS["span"][0] in cells


@pytest.mark.parametrize(("whens", "label"), [
    (["1914-07-28", "1918-11-11"], re.compile(r"^\d{4}$")),                 # years
    (["2024-01-05", "2024-09-20"], re.compile(r"^[A-Z][a-z]{2} \d{4}$")),   # months
    (["2024-10-01", "2024-10-20"], re.compile(r"^\d\d [A-Z][a-z]{2}$")),    # days
])
def test_ticks_fit_the_span_and_never_overlap(whens, label):
    chart = layout([ev(w) for w in whens], 100, ascii=True)
    ticks = chart.axis.ticks
    assert len(ticks) >= 2 and all(label.match(t) for _, t in ticks)
    ends = [c + len(t) for c, t in ticks]
    assert all(ends[i] < ticks[i + 1][0] for i in range(len(ticks) - 1))
    assert ends[-1] <= chart.axis.width


def test_every_line_fits_the_width_and_labels_are_cut():
    events = [ev("2024-10-08/2024-10-13", "A very long statement " * 10), ev("2024-11-01", "short")]
    for width in (40, 80, 160):
        lines = chart_lines(layout(events, width, ascii=True))
        assert all(len(line) <= width for line in lines[:-1]), width  # the legend may wrap
        if width - len("2024-10-08/2024-10-13 ") < 24:  # narrow (session 19): the text under its date
            assert lines[0] == "2024-10-08/2024-10-13" and lines[1].startswith("  A very long")
            assert all(len(line) <= width for line in lines)
            continue
        assert lines[0].split(" =")[0].rstrip().endswith("...")


def test_colour_groups_are_claimants_or_first_tags_most_frequent_first():
    events = [ev("2024-01-01", "a", by="NIS"), ev("2024-01-02", "b", by="Pentagon"),
              ev("2024-01-03", "c", by="Pentagon", tags=("kursk",))]
    assert layout(events, 80).groups == ["Pentagon", "NIS"]
    assert layout(events, 80, color_by="tag").groups == ["kursk"]


# ---------------------------------------------------------------- through the CLI

def _store(tl):
    for line in ("2024-06: Talks began in June", "2024-10-08/2024-10-13: Troops shipped to Vladivostok",
                 "2024-10-24: Troops arrived at the front", "2024-11-06/..: Fighting may follow"):
        assert tl("add", line, "--by", "NIS" if "Troops" in line else "Pentagon").exit_code == 0


def test_piped_chart_is_plain_ascii_with_an_axis_and_a_legend(tl):
    _store(tl)
    result = tl("chart", env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    out = result.output
    assert "\x1b" not in out and out.isascii()
    lines = out.splitlines()
    assert sum(1 for line in lines if line[:4] == "2024") == 4
    assert any(re.search(r"\b[A-Z][a-z]{2} 2024\b", line) for line in lines) and "o day" in out
    vladivostok = next(line for line in lines if "Troops shipped" in line)
    assert "==" in vladivostok
    assert next(line for line in lines if "Fighting" in line).rstrip().endswith(">")


def test_color_always_draws_unicode_in_colour(tl):
    _store(tl)
    out = tl("--color", "always", "chart", "--width", "90").output
    assert "\x1b[" in out and "━" in out and "●" in out and "░" in out
    assert "colours by claimant" in out and "NIS" in out


def test_filters_select_the_rows_and_the_axis_follows(tl):
    _store(tl)
    out = tl("chart", "--since", "2024-10", "--by", "NIS").output
    assert "Talks began" not in out and "Fighting" not in out and "Troops shipped" in out
    assert "Jun 2024" not in out


def test_undated_statements_are_left_out_unless_all(tl, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Date: 2024-11-06\n\nTroops arrived on October 24.\nThe troops are well trained.\n",
                   encoding="utf-8")
    assert tl("ingest", str(doc)).exit_code == 0
    out = tl("chart").output
    assert "The troops are" not in out and "+1 undated statement not drawn" in out
    assert "The troops are" in tl("chart", "--all").output


def test_hostile_text_reaches_the_terminal_harmless(tl):
    assert tl("add", "2024-10-24: [bold red]x[/] \x1b]0;pwned\x07 done").exit_code == 0
    out = tl("--color", "always", "chart").output
    assert "\x1b]0;" not in out and "\x07" not in out and "[bold red]x[/]" in out


def test_an_empty_selection_says_so(tl):
    _store(tl)
    result = tl("chart", "--tag", "nothing")
    assert result.exit_code == 0 and "no events to chart" in result.output
