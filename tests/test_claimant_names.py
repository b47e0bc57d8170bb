"""One spelling per claimant in a store (issue 13 item 6): the key, the choice, `--by`."""

from __future__ import annotations

import json

import pytest

from timeline_cli.claimant_names import by_matches, claimant_key, respellings
from timeline_cli.lang import en


@pytest.mark.parametrize(("a", "b"), en.CLAIMANT_KEY_EXAMPLES)
def test_spellings_of_one_claimant_share_a_key(a, b):
    assert claimant_key(a) == claimant_key(b)


@pytest.mark.parametrize(("a", "b"), en.CLAIMANT_KEY_DIFFERENT)
def test_different_claimants_keep_different_keys(a, b):
    assert claimant_key(a) != claimant_key(b)


def test_a_lone_title_or_article_is_kept_as_the_name():
    assert claimant_key("The President") == "president"
    assert claimant_key("Mr.") == "mr"
    assert claimant_key("") == ""


def test_the_store_spelling_wins_over_the_batch():
    out = respellings({"Mr. Obama": 3, "Reuters": 1}, ["Mr Obama", "Mr Obama", "President Obama", "Reuters"])
    assert out == {"Mr Obama": "Mr. Obama", "President Obama": "Mr. Obama"}


def test_a_claimant_new_to_the_store_takes_the_batch_s_most_used_spelling():
    out = respellings({}, ["the FAA", "The FAA", "the FAA", "Mr Lenz", "Mr. Lenz"])
    assert out == {"The FAA": "the FAA", "Mr Lenz": "Mr. Lenz"}  # a tie goes to the fuller spelling


def test_unrelated_and_empty_claimants_are_left_alone():
    assert respellings({"Barack Obama": 2}, ["Obama", "", "Reuters"]) == {}


def test_by_matches_a_substring_or_the_spelling_free_key():
    match = by_matches("Mr Obama")
    assert match("Mr. Obama") and match("President Obama") and match("mr obama")
    assert not match("Barack Obama") and not match("") and not match("Michelle Obama")
    assert by_matches("faa")("the FAA") and by_matches("The FAA")("the FAA's spokesman")


ONE = """\
Date: 2013-05-02

Mr. Obama said on Monday that the plan would pass.
The FAA said on Tuesday that flights resumed.
"""
TWO = """\
Date: 2013-05-03

Mr Obama said on Wednesday that talks had stalled.
President Obama said on Thursday that a deal was close.
On Thursday, the FAA said that delays ended.
"""


def _rows(tl, *args):
    shown = tl("show", "--format", "jsonl", *args)
    assert shown.exit_code == 0, shown.output
    return [json.loads(line) for line in shown.output.splitlines()]


def test_ingest_spells_a_claimant_the_way_the_store_already_does(tl, tmp_path):
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TWO, encoding="utf-8")
    assert tl("ingest", str(tmp_path / "one.txt")).exit_code == 0
    assert tl("ingest", str(tmp_path / "two.txt")).exit_code == 0
    rows = _rows(tl)
    by_text = {r["text"]: r["by"] for r in rows}
    assert {by_text[t] for t in by_text if "Obama" in t} == {"Mr. Obama"}
    assert {by_text[t] for t in by_text if "FAA" in t} == {"The FAA"}
    # the sentence keeps the words it was written with
    assert "Mr Obama said on Wednesday that talks had stalled." in by_text
    # --by finds every spelling
    assert len(_rows(tl, "--by", "mr obama")) == 3
    assert len(_rows(tl, "--by", "President Obama")) == 3


def test_one_batch_agrees_on_one_spelling(tl, tmp_path):
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TWO, encoding="utf-8")
    assert tl("ingest", str(tmp_path / "one.txt"), str(tmp_path / "two.txt")).exit_code == 0
    bys = {r["by"] for r in _rows(tl)}
    assert len([b for b in bys if "Obama" in b]) == 1 and len([b for b in bys if "FAA" in b]) == 1


# ---------------------------------------------------------------- a surname, in one document
@pytest.mark.parametrize(("claimant", "sentences", "expected"), en.SURNAME_EXAMPLES)
def test_a_bare_surname_becomes_the_one_full_name_of_its_document(claimant, sentences, expected):
    from timeline_cli.lang.en.claimants import with_full_names

    assert with_full_names([claimant, ""], list(sentences)) == [expected, ""]


@pytest.mark.parametrize(("claimant", "full"), [
    ("Acting U.S. Attorney for the District of Massachusetts Joshua Levy", "Joshua Levy"),
    ("U.S. Attorney for Massachusetts Joshua Levy", "Joshua Levy"),
    ("the Minister of Defense of Ukraine Rustem Umyerov", "Rustem Umyerov"),
    ("President Joe Biden", "Joe Biden"),
])
def test_a_claimant_lends_its_full_name_without_the_offices_place(claimant, full):
    # the document's "Levy said" is the person its longer claimant names, not his district
    from timeline_cli.lang.en.claimants import with_full_names

    surname = full.split()[-1]
    assert with_full_names([claimant, surname], []) == [claimant, full]


@pytest.mark.parametrize(("claimant", "sentences"), en.SURNAME_KEPT)
def test_a_surname_without_one_full_name_stays_as_written(claimant, sentences):
    from timeline_cli.lang.en.claimants import with_full_names

    assert with_full_names([claimant], list(sentences)) == [claimant]


def test_ingest_names_a_surname_claimant_by_the_full_name_given_earlier(tl, tmp_path):
    doc = tmp_path / "salon.txt"
    doc.write_text("Joy Baker, an obstetrician based in Georgia, has warned for years.\n\n"
                   "On November 8, Baker said the clinics would close.\n\n"
                   "On November 9, Bill Clinton and Hillary Clinton visited; Clinton said little.\n",
                   encoding="utf-8")
    assert tl("ingest", str(doc), "--reported", "2023-11-10").exit_code == 0
    rows = [json.loads(line) for line in tl("show", "--format", "jsonl").output.splitlines()]
    by = {row["text"][:14]: row.get("by") for row in rows}
    assert by["On November 8,"] == "Joy Baker"      # the sentence keeps its words ...
    assert any("Baker said" in row["text"] for row in rows)
    assert by["On November 9,"] == "Clinton"        # two Clintons: left as written
    assert tl("show", "--by", "Joy Baker", "--format", "plain").output.count("\n") == 1


def test_surnames_stay_linear_in_a_document_of_many_people():
    # n people, each introduced in full and then quoted by surname: one pass over the text.
    from _linear import assert_linear

    from timeline_cli.lang.en.claimants import with_full_names

    def surname(i: int) -> str:
        letters = ""
        while True:
            letters += "abcdefghijklmnopqrstuvwxyz"[i % 26]
            i //= 26
            if not i:
                return "Q" + letters

    def document(n: int) -> tuple[list[str], list[str]]:
        sentences = [s for i in range(n) for s in (f"Ann {surname(i)} arrived.", f"{surname(i)} said so.")]
        return [c for i in range(n) for c in ("", surname(i))], sentences

    claimants, sentences = document(3)
    assert with_full_names(claimants, sentences) == ["", "Ann Qa", "", "Ann Qb", "", "Ann Qc"]
    assert_linear(lambda doc: with_full_names(*doc), document, what="surname claimants", n=256, max_n=1 << 16)


@pytest.mark.parametrize(("author", "expected"), en.BYLINE_EXAMPLES)
def test_a_byline_names_people_only(author, expected):
    assert en.byline_names(author) == expected


def test_runs_of_names_are_found_as_the_plain_pattern_finds_them():
    """names._RUN_RE has its look-behind after the first capital (so that matching starts only
    at capitals): the same matches as the pattern with the look-behind first, on random text
    of names, initials, apostrophes, hyphens and the characters the look-behind refuses."""
    import random
    import re

    from timeline_cli.lang.en import names

    plain = re.compile(rf"(?<![\w.’']){names._NAME_WORD}(?:\s+{names._NAME_WORD})+")
    pieces = ["Ann", "Lee", "O'Neil", "D’Arcy", "Smith-Jones", "J.", "K", "van", "iraq", "Iraq's", " ", "  ",
              "\t", "\n", ".", "’", "'", "_", "é", "1", ",", "Ó", "-", "Mc"]
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in names._RUN_RE.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize("unit", ["Ann ", "A. ", "Ann Lee. ", "aA"])
def test_runs_of_names_are_found_in_linear_time(unit):
    from _linear import assert_linear

    from timeline_cli.lang.en import names

    assert_linear(lambda text: list(names._RUN_RE.finditer(text)), lambda n: (unit * (n // len(unit) + 1))[:n],
                  what=f"_RUN_RE on {unit!r} * N")
