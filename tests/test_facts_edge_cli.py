"""`timeline facts`, `link`, `alias` on edge input through the CLI (session 18's red-team
pass): what a user can type or a store can hold must give the right answer or a one-line
error, never a wrong count or a refusal of a valid store."""

from __future__ import annotations

import csv
import io


def _two_sources(tl, when, text, by_a, by_b):
    for source, by in (("a.txt", by_a), ("b.txt", by_b)):
        result = tl("add", text, "--when", when, "--source", source, "--by", by)
        assert result.exit_code == 0, result.output


def test_facts_of_a_fact_dated_before_year_1_are_listed(tl):
    # A fact whose members share a month BC: its common date is that month, written as EDTF
    # writes years BC (-0489-09), which the store's date parser reads back.
    _two_sources(tl, "-0489-09", "Athenians defeated the Persian army at Marathon", "Herodotus", "Plutarch")
    result = tl("facts", "--format", "csv")
    assert result.exit_code == 0, result.output
    (row,) = list(csv.DictReader(io.StringIO(result.output)))
    assert row["sources"] == "2"
    assert row["when"] == "'-0489-09"  # a spreadsheet would compute -0489-09: defused as in export
    shown = tl("facts", "--format", "plain")
    assert shown.exit_code == 0, shown.output
    assert shown.output.startswith("-0489-09\t2\t")


def test_facts_of_a_year_bc_shared_by_two_sources(tl):
    _two_sources(tl, "-0043", "Cicero was murdered at Formiae by soldiers of Antony", "Plutarch", "Appian")
    result = tl("facts", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("-0043\t2\t")
