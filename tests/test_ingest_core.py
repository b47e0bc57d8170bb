"""timeline_cli.ingest called directly, without the CLI: jobs, workers, collecting, saving."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_cli import store
from timeline_cli.errors import InputError, UsageError
from timeline_cli.ingest import Job, build_jobs, collect, parse_job, run_jobs, save, source_name

DOC = "Date: 2024-11-06\n\nThe ministry said troops left on October 24.\nTalks began in June.\n"
UNDATED = "Troops left on October 24.\n"
TODAY = date(2025, 1, 2)


def today() -> date:
    return TODAY


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(DOC, encoding="utf-8")
    (folder / "b.md").write_text(UNDATED, encoding="utf-8")
    (folder / "ignored.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")  # no reader for images
    return folder


def test_core_modules_import_no_cli():
    code = ("import sys, timeline_cli.ingest, timeline_cli.importing, timeline_cli.gitread; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('click', 'rich')))")
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_source_name():
    assert source_name("-") == "<stdin>"
    assert source_name("./docs//a.txt") == "docs/a.txt"


def test_build_jobs_expands_directories_and_reads_the_clock_once(docs):
    calls = []

    def clock():
        calls.append(1)
        return TODAY

    jobs = build_jobs([str(docs)], reported=None, today=clock)
    assert [Path(j.path).name for j in jobs] == ["a.txt", "b.md"]
    assert calls == [1]
    assert all(j.text is None and j.today == TODAY and j.given is None for j in jobs)
    given = build_jobs([str(docs)], reported=date(2024, 11, 6), today=clock)
    assert calls == [1] and {j.given for j in given} == {date(2024, 11, 6)}


def test_build_jobs_fails_before_parsing_on_a_missing_file(docs):
    with pytest.raises(InputError):
        build_jobs([str(docs / "a.txt"), str(docs / "nope.txt")], reported=None, today=today)


def test_build_jobs_refuses_stdin_twice():
    with pytest.raises(UsageError, match="more than once"):
        build_jobs(["-", "-"], reported=None, today=today)


def test_parse_job_gives_rows_date_and_blocks(docs):
    job = Job(str(docs / "a.txt"), "a.txt", None, None, TODAY, True, None)
    rows, chosen, blocks = parse_job(job)
    assert chosen.date == date(2024, 11, 6) and not chosen.assumed
    assert len(rows) == len(blocks) >= 1
    assert all(block.startswith("[[event]]") for block in blocks)


def test_run_jobs_calls_progress_once_per_document_and_workers_agree(docs):
    jobs = build_jobs([str(docs)], reported=None, today=today)
    ticks = []
    one = run_jobs(jobs, progress=lambda: ticks.append(1))
    assert len(ticks) == len(jobs) == 2
    many = run_jobs(jobs, workers=2)
    assert [r[0] for r in many] == [r[0] for r in one]


def test_collect_and_save_into_a_store(docs, tmp_path):
    jobs = build_jobs([str(docs)], reported=None, today=today)
    ingested = collect(jobs, run_jobs(jobs))
    assert [Path(job.path).name for job, _ in ingested.assumed] == ["b.md"]
    assert ingested.assumed[0][1].date == TODAY
    assert len(ingested.blocks) == len(ingested.events)
    whens = [e.when for e in ingested.events]
    assert "2024-10-24" in whens
    path = tmp_path / "timeline.toml"
    with store.transaction(path) as txn:
        assert save(txn, ingested) == len(ingested.events)
    with store.transaction(path) as txn:
        assert save(txn, ingested) == 0  # ingesting again adds nothing
    assert sorted(e.id for e in store.load(path)) == sorted(e.id for e in ingested.events)


def test_drop_undated(docs):
    keep = collect(*_run(build_jobs([str(docs / "a.txt")], reported=None, today=today)))
    drop = collect(*_run(build_jobs([str(docs / "a.txt")], reported=None, today=today, keep_undated=False)))
    assert len(drop.events) <= len(keep.events)
    assert all(not e.when.startswith("..") for e in drop.events)


def _run(jobs):
    return jobs, run_jobs(jobs)


# Three outlets' accounts of the same two facts: ingest groups them in the same write.
OUTLETS = {
    "bbc.txt": "Defence Minister John Hale apologised on Tuesday for the raid on Karam. Soldiers raided "
               "the village of Karam on 27 February, killing four civilians.",
    "wsj.txt": "Defense Minister John Hale apologized Tuesday for the Karam raid. Troops raided Karam on "
               "Feb. 27 and killed four civilians, officials said.",
    "cnn.txt": "Minister John Hale offered an apology on Tuesday over the raid in Karam. The raid on Karam "
               "on February 27 killed four civilians.",
}


def test_the_grouping_of_what_workers_read_is_the_grouping_read_afresh(tl, tmp_path):
    # workers read each statement for the grouping (facts.read_text) and the parent groups
    # with their reading: `facts --regroup`, which reads every statement again, changes nothing
    for name, text in OUTLETS.items():
        (tmp_path / name).write_text(f"Date: 2024-03-06\n\n{text}\n", encoding="utf-8")
    result = tl("ingest", *(str(tmp_path / name) for name in OUTLETS), "--jobs", "2")
    assert result.exit_code == 0, result.output
    ingested = tl.store.read_bytes()
    assert ingested.count(b"[[fact]]") == 2
    assert tl("facts", "--regroup").exit_code == 0
    assert tl.store.read_bytes() == ingested


def test_collected_reads_are_the_statements_read_for_grouping(docs):
    from timeline_cli.facts import _item

    jobs = build_jobs([str(docs)], reported=None, today=today)
    ingested = collect(jobs, run_jobs(jobs, workers=2))
    # the workers' reads are in the statements the feed prepared from them (not kept twice)
    assert ingested.read is None and ingested.events
    for e in ingested.events:
        assert ingested.fed.take(e) == _item(e, None, {}, {})  # as the grouping reads it here


def test_a_documents_events_hold_a_source_name_of_their_own_not_the_jobs(tmp_path):
    # parsed in this process (--jobs 1), events holding the Job's very string kept the jobs'
    # memory taken after the jobs were let go (ingest._own): equal, but another object
    from timeline_cli.cache import from_row
    from timeline_cli.ingest import Job, parse_parts

    source = "".join(["docs/", "a.txt"])  # (made at run time: not a constant the compiler shares)
    job = Job("a.txt", source, "Date: 2024-11-03\n\nThe council met on October 3.\n", None, date(2025, 1, 1),
              True, None)
    rows, _chosen, _blocks, info, _aliases, _reads = parse_parts(job)[0]
    event = from_row(rows[0])
    assert event.source == source and event.source is not source
    assert info.source == source and info.source is not source
