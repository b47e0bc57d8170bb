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


def _claimants(tl):
    result = tl("facts", "--format", "csv")
    assert result.exit_code == 0, result.output
    (row,) = list(csv.DictReader(io.StringIO(result.output)))
    return row["claimants"]


_TEXT = "Zorbian troops crossed the Velmar border near Ostrava"


def test_an_alias_said_the_other_way_round_replaces_the_first_and_still_joins_the_names(tl):
    # "A means B", then "B means A" (the user changes which spelling is the claimant): the
    # two names stay one claimant, shown under the newer CLAIMANT; the table keeps one alias.
    _two_sources(tl, "2024-11-04", _TEXT, "The NYT", "The New York Times")
    assert _claimants(tl) == "The NYT; The New York Times"
    assert tl("alias", "The NYT", "The New York Times").exit_code == 0
    assert _claimants(tl) == "The New York Times"
    flipped = tl("alias", "The New York Times", "The NYT")
    assert flipped.exit_code == 0, flipped.output
    assert "instead of" in flipped.output
    assert _claimants(tl) == "The NYT"
    assert tl("alias").output.splitlines() == ["The New York Times\tThe NYT"]


def test_an_alias_that_would_close_a_longer_cycle_is_refused_with_the_fix(tl):
    _two_sources(tl, "2024-11-04", _TEXT, "The NYT", "The Gray Lady")
    assert tl("alias", "The NYT", "The Gray Lady").exit_code == 0
    assert tl("alias", "The Gray Lady", "New York Times").exit_code == 0
    before = tl.store.read_text(encoding="utf-8")
    result = tl("alias", "New York Times", "The NYT")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "--remove" in result.output  # the hint names the fix
    assert tl.store.read_text(encoding="utf-8") == before


def test_a_hand_written_alias_cycle_joins_its_names_into_one_claimant(tl):
    # A store edited by hand (or merged) can hold A -> B -> C -> A: every name of the cycle
    # means the same claimant, whichever name a statement uses.
    _two_sources(tl, "2024-11-04", _TEXT, "The NYT", "The Gray Lady")
    store = tl.store.read_text(encoding="utf-8")
    cycle = "".join(f'[[alias]]\nname = "{a}"\nclaimant = "{b}"\n\n' for a, b in
                    (("The Gray Lady", "New York Times"), ("New York Times", "The NYT"), ("The NYT", "The Gray Lady")))
    tl.store.write_text(store.replace("schema = 4\n", "schema = 4\n\n" + cycle, 1), encoding="utf-8")
    assert tl("alias").exit_code == 0
    assert ";" not in _claimants(tl)
    by = tl("show", "--by", "New York Times", "--format", "plain")
    assert by.exit_code == 0 and len(by.output.splitlines()) == 2


def test_a_long_alias_chain_is_followed_once_not_once_per_name(tl):
    # 20,000 aliases in one chain (Name 0 -> Name 1 -> ... ): each name's key was found by
    # walking the chain from it, 200 million steps for `facts` and `--by` (minutes); each
    # name is now resolved once.
    import time

    _two_sources(tl, "2024-11-04", _TEXT, "Name 0", "Name 20000")
    store = tl.store.read_text(encoding="utf-8")
    chain = "".join(f'[[alias]]\nname = "Name {i}"\nclaimant = "Name {i + 1}"\n\n' for i in range(20000))
    tl.store.write_text(store.replace("schema = 4\n", "schema = 4\n\n" + chain, 1), encoding="utf-8")
    start = time.process_time()
    assert _claimants(tl) == "Name 20000"
    by = tl("show", "--by", "Name 20000", "--format", "plain")
    assert by.exit_code == 0 and len(by.output.splitlines()) == 2
    assert time.process_time() - start < 20  # about 1 s; quadratic took minutes
    closing = tl("alias", "Name 20000", "Name 0")  # refused, on one short line
    assert closing.exit_code == 2
    assert len(closing.output.splitlines()[0]) < 200 and "more)" in closing.output


def test_link_names_the_fact_it_made_when_a_linked_statement_was_removed(tl):
    # The store remembers a link by event id, removed statements too (rm --undo brings them
    # back). A new link that joins that group named the removed statement's id as the fact
    # ("fact F<removed id>.0", which `timeline facts` then refused) and counted it.
    for source in ("a.txt", "b.txt", "c.txt"):
        assert tl("add", "2024-10-24: Velmar troops reached the Ostrava front", "--source", source).exit_code == 0
    ids = [line.split("\t")[5] for line in tl("show", "--format", "plain").output.splitlines()]
    assert len(ids) == 3
    first, second, third = sorted(ids)
    assert tl("link", first, second).exit_code == 0
    assert tl("rm", first).exit_code == 0
    result = tl("link", second, third)
    assert result.exit_code == 0, result.output
    assert "linked 2 statements" in result.output
    fact = result.output.split("fact ")[1].split()[0]
    shown = tl("facts", fact)
    assert shown.exit_code == 0, shown.output
    assert second in shown.output and third in shown.output


import pytest  # noqa: E402


@pytest.mark.parametrize("name", ["paper.pdf", "message.eml", "box.mbox", "page.html"])
def test_an_empty_document_of_a_structured_type_says_it_is_empty(tl, tmp_path, name):
    # A 0-byte download or save: "is a truncated PDF", "is a malformed e-mail (no From:,
    # Date: or Subject: header)", "cannot parse the page as HTML" sent the user looking
    # for damage in a file that holds nothing.
    doc = tmp_path / name
    doc.write_bytes(b"")
    result = tl("ingest", str(doc))
    assert result.exit_code == 1
    assert "is empty (0 bytes)" in result.output
    assert "Traceback" not in result.output
    assert not tl.store.exists()


def test_a_pdf_named_file_that_is_no_pdf_says_so(tl, tmp_path):
    doc = tmp_path / "report.pdf"
    doc.write_bytes(bytes(range(256)) * 16)  # no %PDF- header: a wrong file, not a cut-off one
    result = tl("ingest", str(doc))
    assert result.exit_code == 1
    assert "is not a PDF" in result.output and "truncated" not in result.output
    assert not tl.store.exists()


def test_facts_of_a_removed_statement_says_it_was_removed_and_the_way_back(tl):
    # `show`, `link`, `edit` name a removed statement as removed, with `rm --undo`; `facts
    # ID` said "no fact or statement in the store", as for a mistyped id.
    _two_sources(tl, "2024-11-04", _TEXT, "The NYT", "The Gray Lady")
    gone = tl("show", "--format", "plain").output.splitlines()[0].split("\t")[5]
    assert tl("rm", gone).exit_code == 0
    for wanted in (gone[:6], "F" + gone):
        result = tl("facts", wanted)
        assert result.exit_code == 2
        assert "was removed" in result.output and f"rm --undo {gone}" in result.output


def test_an_alias_of_a_huge_name_is_confirmed_on_one_short_line_and_stored_whole(tl):
    # A 100 KB name (pasted by mistake, or a hostile one) is kept whole in the alias table,
    # but the confirmation names it by its start and its length, not by echoing it back.
    _two_sources(tl, "2024-11-04", _TEXT, "The NYT", "The New York Times")
    huge = "The NYT " + "x" * 100_000
    result = tl("alias", huge, "The New York Times")
    assert result.exit_code == 0, result.output
    (line,) = result.output.splitlines()
    assert len(line) < 300 and "100,008 characters" in line and "The New York Times" in line
    assert tl("alias").output.splitlines() == [f"{huge}\tThe New York Times"]
    flipped = tl("alias", "The New York Times", huge)  # the other way round: both names shortened
    assert flipped.exit_code == 0, flipped.output
    (line,) = flipped.output.splitlines()
    assert len(line) < 300 and "instead of" in line
    removed = tl("alias", "--remove", "The New York Times")
    assert removed.exit_code == 0, removed.output
    assert len(removed.output) < 300
    missing = tl("alias", "--remove", huge)
    assert missing.exit_code != 0 and len(missing.output) < 600, missing.output


def test_a_cycle_through_a_huge_name_is_refused_on_one_short_line(tl):
    _two_sources(tl, "2024-11-04", _TEXT, "A", "B")
    huge = "Agency " + "y" * 100_000
    assert tl("alias", "A", huge).exit_code == 0
    assert tl("alias", huge, "B").exit_code == 0
    refused = tl("alias", "B", "A")
    assert refused.exit_code != 0
    assert "would mean itself" in refused.output and len(refused.output) < 600, refused.output[:600]


def test_show_of_a_fact_named_by_a_removed_statement_says_it_was_removed_and_the_way_back(tl):
    # `timeline show F<id>`, the fact id `facts` printed before the statement was removed, said
    # "no event with id 'F<id>'"; `facts F<id>` and `link` name it as removed, with `rm --undo`.
    _two_sources(tl, "2024-11-04", _TEXT, "The NYT", "The Gray Lady")
    gone = tl("show", "--format", "plain").output.splitlines()[0].split("\t")[5]
    assert tl("rm", gone).exit_code == 0
    for wanted in ("F" + gone, "F" + gone[:6], "F" + gone + ".0"):
        for command in ("show", "facts"):
            result = tl(command, wanted)
            assert result.exit_code == 2, (command, wanted, result.output)
            assert "was removed" in result.output and f"rm --undo {gone}" in result.output, (command, wanted, result.output)
