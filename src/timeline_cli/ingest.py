"""Documents -> the events `timeline ingest` stores: one job per document, run here or in
worker processes, and the parent's collecting and saving of their results.

No CLI here (no click, no Rich): `timeline ingest` builds the jobs, shows a progress bar if
it likes (`progress=` is any callable run once per finished document), warns about assumed
dates and prints the summary; a library caller does the same without a terminal.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Callable, Iterable

from timeline_cli.model import Event

if TYPE_CHECKING:
    from timeline_cli.docread import Reported

__all__ = ["Job", "Parsed", "Ingested", "parse_job", "source_name", "build_jobs", "run_jobs",
           "collect", "save", "Saved"]


@dataclass(frozen=True, slots=True)
class Job:
    """One document to parse; picklable so a process pool can take it."""

    path: str
    source: str
    text: str | None     # None: the worker reads `path` (reading is parallel work too)
    given: date | None   # --reported
    today: date          # the caller's clock reading, used only when the document has no date
    keep_undated: bool
    dayfirst: bool | None
    encoding: str = "utf-8"


# What parse_job returns for one document: (events as cache rows, the chosen report date,
# each event's TOML block).
Parsed = tuple


@dataclass(frozen=True, slots=True)
class Ingested:
    """The events of every document, in job order, each one's TOML block (formatted by the
    worker, so saving reuses it), and each document's report date."""

    events: list[Event]
    blocks: list[str]
    documents: list[tuple[Job, Reported]]

    @property
    def assumed(self) -> list[tuple[Job, Reported]]:
        """The documents whose report date was assumed (no date of their own, or no year)."""
        return [(job, chosen) for job, chosen in self.documents if chosen.assumed]


def parse_job(job: Job) -> Parsed:
    """(events as rows, how the report date was chosen, each event's TOML block) for one
    document. Rows (cache.to_row tuples) cross between processes ~6x cheaper than Events.

    Pure, and everything per document happens here (finding its date, checking and
    formatting the events), so with workers the parent only reads files and writes the store.
    """
    from timeline_cli.cache import to_row
    from timeline_cli.docread import choose_reported, read_document
    from timeline_cli.fields import from_document
    from timeline_cli.store import check_event
    from timeline_cli.temporal.events import document_events
    from timeline_cli.tomlwrite import event_block

    text = job.text if job.text is not None else read_document(job.path, job.encoding)
    chosen = choose_reported(text, given=job.given, today=job.today, dayfirst=job.dayfirst)
    events = document_events(text, source=job.source, reported=chosen.date,
                             reported_assumed=chosen.assumed, keep_undated=job.keep_undated,
                             dayfirst=job.dayfirst, header=chosen.found)
    # Control characters in the document (or its name) become U+FFFD; repeats then kept once.
    unique: dict[str, Event] = {}
    for event in map(from_document, events):
        unique.setdefault(event.id, event)
    kept = list(unique.values())
    for event in kept:
        check_event(event)
    return [to_row(e) for e in kept], chosen, [event_block(event) for event in kept]


def source_name(path: str) -> str:
    """The `source` an event from `path` records: `<stdin>` for `-`, else the path normalised."""
    return "<stdin>" if path == "-" else os.path.normpath(path)


def build_jobs(paths: Iterable[str], *, reported: date | None, today: Callable[[], date],
               keep_undated: bool = True, dayfirst: bool | None = None,
               encoding: str = "utf-8") -> list[Job]:
    """One job per document (directories stand for their *.txt and *.md files). Files are read
    by the workers; a path that is not a readable file fails here, before any parsing (and
    nothing is ever written before every document has been read and parsed). `today` is
    called once, and only when `reported` is None."""
    from timeline_cli.docread import expand_paths, read_document, refuse_stdin_twice

    paths = list(paths)
    refuse_stdin_twice(paths, what="FILE...")
    files = expand_paths(paths)
    for path in files:
        if path != "-" and not (os.path.isfile(path) and os.access(path, os.R_OK)):
            read_document(path, encoding)  # raises the one-line error that names the fix
    day = reported or today()
    return [Job(path, source_name(path), read_document(path, encoding) if path == "-" else None,
                reported, day, keep_undated, dayfirst, encoding)
            for path in files]


def run_jobs(jobs: list[Job], *, workers: int = 1,
             progress: Callable[[], object] | None = None) -> list[Parsed]:
    """parse_job's result per job, in job order; a process pool when workers > 1 and there is
    more than one job. `progress` is called once per finished job."""
    advance = progress or (lambda: None)
    if workers <= 1 or len(jobs) <= 1:
        results = []
        for job in jobs:
            results.append(parse_job(job))
            advance()
        return results
    from concurrent.futures import ProcessPoolExecutor

    # Import the parser and compile its rules once, here: forked workers inherit them instead
    # of each spending ~0.2 s doing the same before its first document.
    try:
        from timeline_cli.temporal.extract import compiled

        compiled()
    except ImportError:
        pass  # each worker then reports the missing parser itself, as a TimelineError

    workers = min(workers, len(jobs))
    # Chunks amortise the inter-process round trips; several per worker keep the load even.
    chunk = max(1, min(32, len(jobs) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = []
        for result in pool.map(parse_job, jobs, chunksize=chunk):
            results.append(result)
            advance()
        return results


def collect(jobs: list[Job], results: list[Parsed]) -> Ingested:
    """The Events of run_jobs' results, in job order, with their TOML blocks."""
    from timeline_cli.cache import from_row

    events: list[Event] = []
    all_blocks: list[str] = []
    documents = []
    for job, (rows, chosen, blocks) in zip(jobs, results, strict=True):
        documents.append((job, chosen))
        if len(rows) != len(blocks):
            raise ValueError(f"{job.path}: {len(rows)} events but {len(blocks)} blocks")
        events.extend(map(from_row, rows))
        all_blocks.extend(blocks)
    return Ingested(events, all_blocks, documents)


class Saved(int):
    """How many events were new (it is that number), plus the ids of remembered removed events
    that were `skipped` (left out) or `restored` (brought back with restore=True)."""

    skipped: tuple[str, ...]
    restored: tuple[str, ...]

    def __new__(cls, new: int, skipped=(), restored=()) -> "Saved":
        self = super().__new__(cls, new)
        self.skipped, self.restored = tuple(skipped), tuple(restored)
        return self


def save(txn, ingested: Ingested, *, restore: bool = False) -> Saved:
    """Add the ingested events in a store transaction (checked by parse_job already; each
    written as the block its worker formatted); how many were new.

    An event the user removed (`timeline rm`, remembered in the store) is not brought back:
    re-ingesting its source must not undo a review. restore=True brings it back, as it was
    when removed (with the user's tags and notes)."""
    new = 0
    skipped: dict[str, None] = {}
    restored: dict[str, None] = {}
    removed = txn.removed
    for event, block in zip(ingested.events, ingested.blocks, strict=True):
        if event.id in removed or event.id in restored:
            if restore:
                if event.id not in restored:
                    txn.restore(event.id)
                    restored[event.id] = None
            else:
                skipped[event.id] = None
            continue
        new += txn.add(event, checked=True, block=block)
    return Saved(new, skipped, restored)
