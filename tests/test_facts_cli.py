"""`timeline facts` (issue 15 item 2) through the CLI, on real articles: several outlets'
reports of the August 1998 embassy bombings from the AQUAINT corpus."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import CORPORA

pytestmark = pytest.mark.corpus


@pytest.fixture
def bombings(tl, tmp_path):
    if not (CORPORA / "aquaint.jsonl").exists():
        pytest.skip(f"{CORPORA / 'aquaint.jsonl'} is absent (corpora live in ../shared/corpora beside the repository)")
    folder = tmp_path / "docs"
    folder.mkdir()
    with (CORPORA / "aquaint.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["doc"][3:11] in ("19980807", "19980808"):
                (folder / f"{doc['doc']}.txt").write_text(f"Date: {doc['dct']}\n\n{doc['text']}", encoding="utf-8")
    assert len(list(folder.iterdir())) >= 5
    assert tl("ingest", str(folder)).exit_code == 0
    return tl


def rows(tl, *args):
    result = tl("facts", "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_several_outlets_report_of_the_bombings_become_one_corroborated_fact(bombings):
    facts = rows(bombings)
    corroborated = [f for f in facts if f["sources"] >= 2]
    assert corroborated, facts
    biggest = max(corroborated, key=lambda f: f["sources"])
    assert biggest["sources"] >= 3 and biggest["when"].startswith("1998-08")
    # a fact's statements come from its sources, and every statement is in exactly one fact
    ids = [i for f in facts for i in f["events"]]
    assert len(ids) == len(set(ids))
    stored = bombings("show", "--format", "jsonl").output.splitlines()
    assert len(ids) == len(stored)


def test_min_sources_and_single_source_split_the_facts(bombings):
    everything = rows(bombings)
    two = rows(bombings, "--min-sources", "2")
    one = rows(bombings, "--single-source")
    assert all(f["sources"] >= 2 for f in two) and all(f["sources"] == 1 for f in one)
    assert len(two) + len(one) == len(everything)
    clash = bombings("facts", "--min-sources", "2", "--single-source")
    assert clash.exit_code == 2 and "exclude each other" in clash.output


def test_a_fact_in_full_lists_its_statements_and_the_evidence(bombings):
    fact = max(rows(bombings), key=lambda f: f["sources"])
    for wanted in (fact["fact"], fact["events"][-1][:8]):  # the fact id, or one statement's id prefix
        result = bombings("facts", wanted)
        assert result.exit_code == 0, result.output
        assert "linked by:" in result.output and f"{fact['sources']} sources" in result.output
        assert result.output.count("source docs/") == len(fact["events"])
    unknown = bombings("facts", "Fnothing")
    assert unknown.exit_code == 2 and "no fact or statement" in unknown.output


def test_piped_csv_and_json_carry_fact_sources_and_agreement(bombings):
    plain = bombings("facts").output.splitlines()
    assert all(len(line.split("\t")) == 6 for line in plain)
    table = list(csv.DictReader(io.StringIO(bombings("facts", "--format", "csv").output, newline="")))
    assert {"fact", "when", "sources", "agreement", "claimants", "events"} <= set(table[0])
    assert {r["agreement"] for r in table} <= {"single", "agree", "disagree"}
    [first] = json.loads(bombings("facts", "--format", "json").output)[:1]
    assert list(first) == ["fact", "when", "sources", "agreement", "disagree_on", "claimants", "text", "events"]


def test_the_seed_article_alone_groups_nothing(tl):
    from conftest import REPO

    assert tl("ingest", str(REPO / "seeds")).exit_code == 0
    assert all(f["sources"] == 1 for f in rows(tl))
    assert "[[fact]]" not in tl.store.read_text(encoding="utf-8")  # nothing stored either


def test_hostile_text_stays_inert_in_the_fact_views(tl):
    assert tl("add", "2024-10-24: =HYPERLINK(\"x\") \x1b[31mred", "--by", "=cmd|x").exit_code == 0
    table = tl("facts", "--format", "csv").output
    assert "'=HYPERLINK" in table and "'=cmd" in table
    shown = tl("--color", "always", "facts").output
    assert "\x1b[31mred" not in shown


def test_the_grouping_is_stored_by_ingest_and_stable_across_re_ingest(bombings):
    import tomllib

    text = bombings.store.read_text(encoding="utf-8")
    doc = tomllib.loads(text)
    stored = {f["id"]: set(f["ids"]) for f in doc["fact"]}
    shown = {f["fact"]: set(f["events"]) for f in rows(bombings) if len(f["events"]) > 1}
    assert stored == shown and doc["grouping"]["events"]
    folder = bombings.store.parent / "docs"
    assert bombings("ingest", str(folder)).exit_code == 0  # the same articles again: nothing changes
    assert bombings.store.read_text(encoding="utf-8") == text


def test_the_corroborated_timeline_reads_in_date_order_with_its_sources(bombings):
    """`timeline facts` after ingesting several outlets' reports: the biggest fact names its
    sources' count on its line, and its statements come from that many documents."""
    plain = bombings("facts", "--min-sources", "2").output.splitlines()
    assert plain and all(int(line.split("\t")[1]) >= 2 for line in plain)
    dates = [line.split("\t")[0].lstrip(".").lstrip("/") for line in plain]
    assert dates == sorted(dates) or len(set(dates)) == 1
    biggest = max(rows(bombings, "--min-sources", "2"), key=lambda f: f["sources"])
    listed = [json.loads(line) for line in bombings("show", "--format", "jsonl").output.splitlines()]
    sources = {e["source"] for e in listed if e["id"] in biggest["events"]}
    assert len(sources) >= biggest["sources"]



def test_date_filters_test_the_facts_own_date_not_an_undated_members_report_day(tl):
    # An undated statement reported in 2023 ("on or before 2 Nov 2023") linked to a 1987
    # one: the fact is of 1987, so --since 2023 leaves it out; --until 1988 keeps it.
    old = tl("add", "The great storm felled fifteen million trees in England", "--when", "1987-10-16",
             "--source", "a.html")
    undated = tl("add", "The great storm felled fifteen million trees", "--when", "../2023-11-02",
                 "--reported", "2023-11-02", "--source", "b.html")
    recent = tl("add", "Storm Ciaran reached Cornwall", "--when", "2023-11-02", "--source", "b.html")
    ids = [r.output.strip() for r in (old, undated, recent)]
    assert tl("link", ids[0], ids[1]).exit_code == 0
    since = rows(tl, "--since", "2023-10-01")
    assert [f["when"] for f in since] == ["2023-11-02"]
    until = rows(tl, "--until", "1988")
    assert [(f["when"], sorted(f["events"])) for f in until] == [("1987-10-16", sorted(ids[:2]))]
    # the statements themselves are still filtered as before
    shown = [json.loads(line)["id"] for line in tl("show", "--since", "2023-10-01", "--format", "jsonl").output.splitlines()]
    assert sorted(shown) == sorted(ids[1:])


def test_a_long_statement_wraps_under_itself_on_a_terminal(bombings, monkeypatch):
    # the rich form: a statement wider than the terminal continues in its own column, so the
    # dates and counts stay a clean left margin
    monkeypatch.setenv("COLUMNS", "70")
    out = bombings("facts", "--format", "rich", "--no-pager", "--min-sources", "2").output
    lines = [line for line in out.splitlines() if line.strip()]
    assert all(len(line) <= 70 for line in lines)
    first = next(line for line in lines if "sources" in line)
    column = first.index("sources") + len("sources") + 2
    column += len(first[column:]) - len(first[column:].lstrip())  # the statement's first letter
    follow = [line for line in lines[:-1] if not line[:1].strip()]  # continuation lines
    assert follow, out
    assert all(len(line) - len(line.lstrip()) == column for line in follow), out



def test_a_fact_in_full_wraps_each_statement_under_itself_on_a_terminal():
    # `show FACT` on a terminal: the id and date columns stay a clean left margin, the
    # statement and its source line continue in their own column
    from types import SimpleNamespace as NS

    from rich.console import Console

    from timeline_cli.render.facts import render_explained

    said = "The embassy in Nairobi was bombed, and the blast killed more than two hundred people " * 2
    events = [NS(id=f"{n:012x}", when="1998-08-07", text=said.strip(), source=f"docs/{n}.txt",
                 by="Kenyan police") for n in (1, 2)]
    row = NS(fact="F000000000001", when="1998-08-07", sources=2, agreement="agree", events=events,
             disagree_on=())
    console = Console(force_terminal=True, width=70, record=True, color_system=None)
    render_explained(row, [], console)
    lines = console.export_text().splitlines()
    assert all(len(line) <= 70 for line in lines)
    members = [line for line in lines if line.startswith("  0000000000")]
    assert len(members) == 2
    column = members[0].index("The embassy")
    linked = lines.index("  linked by:")
    follow = [line for line in lines[1:linked] if line.strip() and line not in members]
    assert len(follow) >= 4  # each statement wraps, then its source line
    assert all(len(line) - len(line.lstrip()) == column for line in follow), lines
    # the evidence wraps as an indented block too
    assert all(line.startswith("    ") for line in lines[linked + 1:] if line.strip()), lines
    # piped (no terminal): one line a statement, however long, for scripts
    piped = Console(width=70, record=True, color_system=None, force_terminal=False)
    render_explained(row, [], piped)
    assert [line for line in piped.export_text().splitlines() if "The embassy" in line] == [
        f"  {e.id}  7 Aug 1998  {said.strip()}" for e in events]
