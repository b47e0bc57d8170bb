"""Statements with no date of their own, through the CLI: the past ones are `../REPORTED`, an
undated future is `REPORTED/..` and reads "from DAY" (session 15, dateblock2's FUTURE_STATEMENT),
and a dateline standing on a line of its own gives the report date."""

from __future__ import annotations

DOC = ("BEIJING, Nov. 10, 2005 (Xinhua)\n\n"
       "China will announce a package of measures at the summit. "
       "The talks ended without agreement. "
       "The ministry said on Tuesday that prices rose.\n")


def _whens(tl) -> dict[str, str]:
    result = tl("show", "--all", "--format", "plain")
    assert result.exit_code == 0, result.stderr
    return {line.split("\t")[1]: line.split("\t")[0] for line in result.stdout.splitlines()}


def test_an_undated_future_is_on_or_after_the_report_and_a_past_on_or_before(tl, tmp_path):
    doc = tmp_path / "wire.txt"
    doc.write_text(DOC, encoding="utf-8")
    result = tl("ingest", str(doc))
    assert result.exit_code == 0 and "warning" not in result.stderr  # the dateline dated it
    assert _whens(tl) == {
        "China will announce a package of measures at the summit.": "2005-11-10/..",
        "The talks ended without agreement.": "../2005-11-10",
        "The ministry said on Tuesday that prices rose.": "2005-11-08",
    }
    shown = tl("--no-pager", "--color", "never", "show", "--all", "--format", "rich").stdout
    assert "from 10 Nov 2005" in shown and "by 10 Nov 2005" in shown


def test_drop_undated_drops_the_future_too(tl, tmp_path):
    doc = tmp_path / "wire.txt"
    doc.write_text(DOC, encoding="utf-8")
    assert tl("ingest", "--drop-undated", str(doc)).exit_code == 0
    assert list(_whens(tl).values()) == ["2005-11-08"]
