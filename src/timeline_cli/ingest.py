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
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from timeline_cli.claimant_names import respellings
from timeline_cli.gcpause import no_cycle_collector
from timeline_cli.model import FIELD_ORDER, Event, make_id, normalise_text

if TYPE_CHECKING:
    from timeline_cli.docread import Reported
    from timeline_cli.executor import Executor
    from timeline_cli.facts import TextRead
    from timeline_cli.grouping_feed import Feed
    from timeline_cli.sources import Source
    from timeline_cli.spill import BlockSpill

__all__ = ["Job", "Parsed", "Ingested", "DocInfo", "parse_job", "parse_parts", "source_name", "build_jobs", "run_jobs",
           "stream_jobs", "job_bytes", "read_here", "collect", "save", "Saved", "USER_FIELDS",
           "no_cycle_collector", "grouping_processes"]


@dataclass(frozen=True, slots=True)
class Job:
    """One file (or URL, or stdin) to read and parse; picklable so a process pool can take it.
    A file may hold several documents (an mbox): each gives its own events and report date."""

    path: str
    source: str
    text: str | None     # None: the worker reads `path` (reading is parallel work too)
    given: date | None   # --reported
    today: date          # the caller's clock reading, used only when the document has no date
    keep_undated: bool
    dayfirst: bool | None
    encoding: str = "utf-8"
    data: bytes | None = None   # bytes already fetched (a URL) or read (stdin), for a reader
    url: str = ""               # the URL the bytes came from (after redirects)
    tags: tuple[str, ...] = ()  # --tag, on every event
    named: bool = False         # `source` was given by --source: keep it over a canonical URL
    legacy: str = ""            # the source older versions recorded (the path as given), when
                                # it differs: its events' ids are the same statements (save)
    mode: str = "auto"          # --mode: news, narrative or auto (temporal.extract)


# What parse_job returns for one document: (events as cache rows, the chosen report date,
# each event's TOML block).
Parsed = tuple


@dataclass(frozen=True, slots=True)
class DocInfo:
    """What ingest reports about one document: where from (its source, with `#PART` for one of
    several in a file), its title and URL, and how its report date was found."""

    source: str
    title: str = ""
    url: str = ""
    author: str = ""
    published: date | None = None    # the date the document gives itself, and how it was found
    published_how: str = ""
    page_starts: tuple[int, ...] = ()  # a PDF's page offsets in the text read (page of a span)
    notes: tuple[str, ...] = ()      # what the reader left out of the file (warnings to show)

    def described(self) -> "Source":
        """Its row in the store's source table (sources.py)."""
        from timeline_cli.sources import Source

        return Source.of(self.source, title=self.title, url=self.url, author=self.author,
                         published=self.published, published_how=self.published_how,
                         page_starts=self.page_starts)


@dataclass(frozen=True, slots=True)
class Ingested:
    """The events of every document, in job order, each one's TOML block (formatted by the
    worker, so saving reuses it; `blocks` may be a spill.BlockSpill: on disk until written),
    and of the documents only what ingest reports: how many, those whose report date was
    assumed, and the readers' notes. Nothing else is held per document, so ingest of 100,000
    small documents does not keep 100,000 jobs and report dates until the store is written."""

    events: Sequence[Event]  # a list, or (with a spill) spill.SpilledEvents: read from disk as asked for
    blocks: Sequence[str]
    documents: list[tuple[Job, Reported]]  # the documents whose report date was assumed
    infos: list[DocInfo] | None = None     # the documents whose reader left notes
    aliases: Sequence[str] | None = None  # per event: its id under the job's legacy source, or ""
    sources: list[Source] | None = None  # the source table rows of documents that gave events
    read: dict[str, TextRead] | None = None  # {text: what grouping reads of it} (collect: in `fed`)
    count: int | None = None  # how many documents (None: len(documents), as a caller built it)
    fed: Feed | None = None   # the statements prepared for the grouping as they arrived (grouping_feed.py)

    @property
    def assumed(self) -> list[tuple[Job, Reported]]:
        """The documents whose report date was assumed (no date of their own, or no year)."""
        return [(job, chosen) for job, chosen in self.documents if chosen.assumed]

    @property
    def document_count(self) -> int:
        """How many documents were read (a file of several, an mbox, counts each)."""
        return len(self.documents) if self.count is None else self.count


def parse_job(job: Job) -> Parsed:
    """(events as rows, how the report date was chosen, each event's TOML block) for one
    file: a file of several documents gives all their events and the first one's date
    (parse_parts gives each document's). Rows (cache.to_row tuples) cross between processes
    ~6x cheaper than Events."""
    parts = parse_parts(job)
    rows = [row for part in parts for row in part[0]]
    blocks = [block for part in parts for block in part[2]]
    return rows, parts[0][1], blocks


def parse_parts(job: Job) -> list[tuple]:
    """[(rows, Reported, blocks, DocInfo, aliases, reads)] for each document `job`'s file holds.

    Pure, and everything per document happens here (reading the file through its reader,
    finding its date, checking and formatting the events, reading each statement for the
    same-fact grouping: facts.read_text), so with workers the parent only lists files, writes
    the store and groups the statements.
    """
    from timeline_cli.docread import read_documents
    from timeline_cli.readers import Document

    if job.text is not None:
        documents = [Document(text=job.text)]
    else:
        documents = read_documents(job.path, job.encoding, data=job.data,
                                   origin=job.url or None, url=job.url, piecewise=True)
    out = []
    for document in documents:
        source = _own(job.source)
        if not job.named and document.url and job.url:
            source = document.url  # a fetched page's canonical URL
        legacy = job.legacy
        if document.part:
            source = f"{source}#{document.part}"
            legacy = f"{legacy}#{document.part}" if legacy else ""
        out.append(_parse_document(job, document, source, legacy))
    return out


def _own(name: str) -> str:
    """A copy of `name`, not the job's string. Parsed here (--jobs 1), a document's events,
    source row and grouping statements would hold the very string its Job holds, and the
    jobs' memory stays taken after they are let go (job_list.clear()) while anything made
    beside them lives on (Python frees a 1 MiB arena only when all of it is free): 100,000
    small documents kept 21 MiB of it through the grouping. (A worker's copy is one already.)"""
    return name.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")


def _mode_extractor(mode: str):
    """The extractor for a forced --mode (None: auto, events.py's default extractor)."""
    if mode == "auto":
        return None
    from timeline_cli.temporal.extract import mode_extractor

    return mode_extractor(mode)


def _document_events(text: str, source: str, chosen, job: Job) -> Iterable[Event]:
    """The document's events: a very large one (stream.STREAM_FROM) read as a stream, in
    memory that does not grow with it (stream_events: the same events)."""
    from timeline_cli.temporal import stream

    if len(text) >= stream.STREAM_FROM:
        from timeline_cli.temporal.stream_events import stream_events

        return stream_events(text, source=source, reported=chosen.date, reported_assumed=chosen.assumed,
                             keep_undated=job.keep_undated, dayfirst=job.dayfirst, header=chosen.found,
                             mode=job.mode)
    from timeline_cli.temporal.events import document_events

    return document_events(text, source=source, reported=chosen.date,
                           reported_assumed=chosen.assumed, keep_undated=job.keep_undated,
                           dayfirst=job.dayfirst, header=chosen.found,
                           extractor=_mode_extractor(job.mode))


def _piece_events(first: str, rest: Iterator[str], source: str, chosen, job: Job) -> Iterator[Event]:
    """stream_events over a text given a piece at a time: the first piece's header, each piece
    read as a stream and let go, spans counted from the start of the file. The time under
    discussion and the document's claimant names start again with each piece (tens of MB)."""
    from timeline_cli.temporal.stream_events import stream_events
    from timeline_cli.textpieces import at_offsets

    for offset, piece in at_offsets(first, rest):
        events = stream_events(piece, source=source, reported=chosen.date, reported_assumed=chosen.assumed,
                               keep_undated=job.keep_undated, dayfirst=job.dayfirst, header=chosen.found,
                               mode=job.mode, first=offset == 0)
        del piece  # (the stream holds it until it ends, then the next piece is read)
        for event in events:
            if offset and event.span is not None:
                event = event.with_(span=(event.span[0] + offset, event.span[1] + offset))
            yield event
        del events


def _parse_document(job: Job, document, source: str, legacy: str = "") -> tuple:
    from timeline_cli.cache import to_row
    from timeline_cli.docread import choose_reported
    from timeline_cli.facts import read_text
    from timeline_cli.fields import from_document_checked
    from timeline_cli.model import make_id
    from timeline_cli.store import check_event
    from timeline_cli.tomlwrite import event_block

    text, title, pieces = document.text, document.title, None
    if document.pieces is not None:
        # a very large text file: its first piece gives the date and title, then every piece
        # is parsed in turn and let go (the whole text is never held)
        from timeline_cli.readers.text import without_headline

        pieces = document.pieces()
        text, title = without_headline(next(pieces, ""))
    chosen = choose_reported(text, given=job.given, today=job.today, dayfirst=job.dayfirst,
                             published=document.published, how=document.published_how,
                             weak=document.published_weak)
    events: Iterable[Event]
    if pieces is not None:
        events = _piece_events(text, pieces, source, chosen, job)
        text = ""
    else:
        events = _document_events(text, source, chosen, job)
    author = _byline(" ".join(document.author.split()))
    names_another = _pack_function("names_another") if author else None
    # Control characters in the document (or its name) become U+FFFD; repeats then kept once.
    unique: dict[str, tuple[Event, bool]] = {}
    for event in events:
        if author and not event.by and not (names_another and names_another(event.text)):
            # the byline / From: claims what no one else does ("she said" unresolved is someone else)
            event = event.with_(by=author)
        if job.tags:
            event = event.with_(tags=tuple(dict.fromkeys((*event.tags, *job.tags))))
        event, certain = from_document_checked(event)
        unique.setdefault(event.id, (event, certain))
    kept = [event for event, _certain in unique.values()]
    for event, certain in unique.values():
        if not certain:  # the store's own check: a bad event must never reach the store
            check_event(event)
    info = DocInfo(source, " ".join(title.split()), document.url, author,
                   document.published, document.published_how, document.pages, document.notes)
    aliases = [make_id(e.text, e.when, legacy) if legacy else "" for e in kept]
    reads = [read_text(e.text) for e in kept]
    return [to_row(e) for e in kept], chosen, [event_block(event) for event in kept], info, aliases, reads


def _byline(author: str) -> str:
    """The people a reader's author field names, by the language pack (credentials and
    placeholders such as "Unknown" dropped); as given for a pack without the knowledge."""
    clean = _pack_function("byline_names")
    return clean(author) if clean and author else author


def _pack_function(name: str):
    """The language pack's function `name`, or None for a pack without it."""
    from timeline_cli import lang as _lang

    return getattr(_lang.get("en"), name, None)


def source_name(path: str, base: str | None = None) -> str:
    """The `source` an event from `path` records: `<stdin>` for `-`, a URL as given, else the
    path normalised; with `base` (the store's folder), relative to it, so `./a.txt` and
    `/abs/path/a.txt` give the same source and a shared store holds no machine's paths."""
    if path == "-":
        return "<stdin>"
    if path.startswith(("http://", "https://")):
        return path
    if base is not None:
        try:
            return os.path.relpath(os.path.abspath(path), os.path.abspath(base)).replace(os.sep, "/")
        except ValueError:  # another drive (Windows): keep the absolute path
            return os.path.abspath(path)
    return os.path.normpath(path)


def build_jobs(paths: Iterable[str], *, reported: date | None, today: Callable[[], date],
               keep_undated: bool = True, dayfirst: bool | None = None,
               encoding: str = "utf-8", base: str | None = None, source: str | None = None,
               tags: Iterable[str] = (), skipped: list[tuple[str, str]] | None = None,
               fetch: Callable[[str], tuple[bytes, str]] | None = None, mode: str = "auto") -> list[Job]:
    """One job per file (directories stand for their files of a supported type; what they
    hold that is not read goes to `skipped` as (path, why)). Files are read by the workers; a
    path that is not a readable file fails here, before any parsing (and nothing is ever
    written before every document has been read and parsed); URLs are fetched here, with
    `fetch(url) -> (bytes, final URL)`. `source` names the source of a single input (`-`);
    `base`: the store's folder, that sources are relative to. `today` is called once, and
    only when `reported` is None. `mode`: how underspecified dates are read (--mode)."""
    from timeline_cli.docread import expand_paths, read_document, refuse_stdin_twice
    from timeline_cli.errors import UsageError

    paths = list(paths)
    refuse_stdin_twice(paths, what="FILE...")
    files = expand_paths(paths, skipped)
    if source is not None and len(files) != 1:
        raise UsageError(f"--source names one document, but {len(files)} were given",
                         hint="ingest the documents one at a time to name each, or leave --source out")
    for path in files:
        if path == "-" or path.startswith(("http://", "https://")):
            continue
        if not (os.path.isfile(path) and os.access(path, os.R_OK)):
            read_document(path, encoding)  # raises the one-line error that names the fix
    day = reported or today()
    tags = tuple(tags)
    jobs = []
    for path in files:
        data, url = None, ""
        if path.startswith(("http://", "https://")):
            if fetch is None:
                from timeline_cli.fetch import fetch as fetch_url

                fetch = fetch_url
            data, url = fetch(path)
        elif path == "-":
            data = _stdin_bytes(encoding)
        name = source if source is not None else (url or source_name(path, base))
        legacy = source_name(path) if source is None and not url and path != "-" else ""
        jobs.append(Job(path, name, None, reported, day, keep_undated, dayfirst, encoding,
                        data, url, tags, source is not None, "" if legacy == name else legacy, mode))
    return jobs


def _stdin_bytes(encoding: str) -> bytes:
    """Stdin read once in the parent (workers cannot read it), NUL refused early for 8-bit text."""
    from timeline_cli.docread import _codec, _read_bytes
    from timeline_cli.readers import reader_for

    eight_bit = not _codec(encoding).name.startswith(("utf-16", "utf-32"))
    return _read_bytes("-", refuse_nul=lambda head: eight_bit and reader_for("-", head).NAME == "text")


def run_jobs(jobs: list[Job], *, workers: int = 1,
             progress: Callable[[], object] | None = None) -> list[list[tuple]]:
    """parse_parts' result per job, in job order; a process pool when workers > 1 and there
    is more than one job. `progress` is called once per finished job."""
    from timeline_cli.executor import LocalPool

    return list(stream_jobs(jobs, LocalPool(workers), progress=progress))


def stream_jobs(jobs: list[Job], executor: "Executor", *,
                progress: Callable[[], object] | None = None) -> Iterator[list[tuple]]:
    """parse_parts' result per job, in job order, as each arrives from `executor` (executor.py:
    this process, a local pool or a Dask cluster): collect() takes them one by one, so the
    results of every document are never held beside their events."""
    from timeline_cli.readers import preload

    preload([job.path for job in jobs])  # the readers' libraries (trafilatura ...): forked workers inherit them
    return executor.map(parse_parts, jobs, progress)


def job_bytes(job: Job) -> int:
    """About how much `job` has to parse: its bytes (what executors cut partitions by)."""
    if job.text is not None:
        return len(job.text)
    if job.data is not None:
        return len(job.data)
    try:
        return os.path.getsize(job.path)
    except OSError:
        return 0


def read_here(job: Job) -> Job:
    """The job with its file's bytes, for workers that may not see this machine's files (a
    remote Dask cluster)."""
    if job.data is not None or job.text is not None:
        return job
    from dataclasses import replace

    from timeline_cli.docread import _read_bytes

    return replace(job, data=_read_bytes(job.path))


# From this many documents ingest keeps its events as rows on disk until the store is written
# (spill.SpilledEvents): each is then read back from disk four times (the transaction, the
# digest, the grouping, the write), ~5% more CPU, for ~0.2 KB less a small document at the
# peak (100,000 documents: 146 MiB where 166 were held). Fewer documents take little memory.
ROWS_FROM = 10_000


def collect(jobs: list[Job], results: Iterable[list[tuple]], spill: BlockSpill | None = None, *,
            release: bool = False) -> Ingested:
    """The Events of run_jobs' (or stream_jobs') results, in job order, with their TOML blocks
    (appended to `spill` as they arrive when given, else held in a list). Of each document only
    what ingest reports is kept (Ingested). Each document's statements are prepared for the
    grouping as they arrive (Ingested.fed): while workers parse the next documents, this
    process would otherwise wait. release=True: each job of `jobs` is let go (its place set to
    None) once its results are collected, so their memory serves the events that follow (every
    job held to the end was ~350 bytes a small document at the end of the parsing, then the
    command's peak); the executor must be done with a job by the time its results arrive (each
    of executor.py's is)."""
    from timeline_cli.cache import Sharing
    from timeline_cli.grouping_feed import Feed
    from timeline_cli.model import event_from_row_days
    from timeline_cli.spill import PackedIds, SpilledEvents

    share = Sharing()  # one object per claimant, date, source: 100k small documents repeat them
    days: dict[int, date] = {}  # and one date object per report date (the rows hold ordinals)

    def day(ordinal: int) -> date:
        found = days.get(ordinal)
        if found is None:
            found = days[ordinal] = date.fromordinal(ordinal)
        return found

    events: list[Event] = []
    all_blocks: list[str] | BlockSpill = spill if spill is not None else []
    # (each event's row too, beside the blocks: no Event is held until the store is written)
    row_spill = spill.rows() if spill is not None and len(jobs) >= ROWS_FROM else None
    ids: list[str] = []
    assumed = []
    noted = []
    count = 0
    aliases = PackedIds()
    sources = []
    fed = Feed()
    if row_spill is not None:
        fed.rows = row_spill.row  # (an event fed then respelt or skipped: its hash taken out)
    for at, (job, parts) in enumerate(zip(jobs, results, strict=True)):
        if release:
            jobs[at] = None  # type: ignore[call-overload]  # (the list's, not `job`: kept while used)
        for rows, chosen, blocks, info, alias, reads in parts:
            count += 1
            aliases.extend(alias)
            if rows and info.source != "<stdin>":
                described = info.described()
                if described:
                    sources.append(described)
            if chosen.assumed:
                assumed.append((job if not info.source or len(parts) == 1 else _named(job, info), chosen))
            if info.notes:
                noted.append(info)
            if len(rows) != len(blocks):
                raise ValueError(f"{job.path}: {len(rows)} events but {len(blocks)} blocks")
            added = [event_from_row_days(share(row), day) for row in rows]
            if row_spill is not None:  # (the events wait on disk as rows; of each only its id here)
                for row in rows:
                    row_spill.append_row(row)
                ids.extend([e.id for e in added])
            else:
                events.extend(added)
            all_blocks.extend(blocks)
            # (the reads are the feed's: not kept by text beside it, nor their text keys)
            fed.add(added, dict(zip((e.text for e in added), map(fed.share, reads))),
                    len(ids) - len(added) if row_spill is not None else -1)
    kept: Sequence[Event] = events if row_spill is None else SpilledEvents(row_spill, ids, day)
    return Ingested(kept, all_blocks, assumed, noted, aliases, sources, None, count, fed)


def _named(job: Job, info: DocInfo) -> Job:
    """The job of one document of several, its path naming the part (for warnings)."""
    from dataclasses import replace

    part = info.source.rpartition("#")[2]
    return replace(job, path=f"{job.path}#{part}", data=None)


class Saved(int):
    """How many events were new (it is that number), plus the ids of remembered removed events
    that were `skipped` (left out) or `restored` (brought back with restore=True), the ids of
    stored events this version reads otherwise that were `kept` as stored, and the (old id,
    new id) of those `reread` (replaced by the new reading, reread=True)."""

    skipped: tuple[str, ...]
    restored: tuple[str, ...]
    kept: tuple[str, ...]
    reread: tuple[tuple[str, str], ...]

    def __new__(cls, new: int, skipped=(), restored=(), kept=(), reread=()) -> "Saved":
        self = super().__new__(cls, new)
        self.skipped, self.restored = tuple(skipped), tuple(restored)
        self.kept, self.reread = tuple(kept), tuple(reread)
        return self


# The fields only a user sets (`timeline tag`, `note`, `status`, `merge`'s mark): a statement
# read otherwise (save, reread=True) takes every other field from the new reading and keeps
# these. The claimant is the parser's (a newer version attributes better); an `edit --by`
# of it gives way to the new reading, as an `edit --when` does.
USER_FIELDS = ("tags", "note", "status", "conflict")

_ROW_ID, _ROW_WHEN, _ROW_TEXT, _ROW_SOURCE, _ROW_SPAN, _ROW_MOD = (
    FIELD_ORDER.index(name) for name in ("id", "when", "text", "source", "span", "mod"))


class _Otherwise:
    """The stored statements a parsed one may be the same statement as, read otherwise.

    A parsed event whose id the store holds neither as an event nor as removed, while an
    event of its source (stored or removed) has the same text (whitespace folded: model's
    normalise_text) and the same span, is that statement dated otherwise: a newer version of
    the parser (its id is made from its date), or the store's `when` corrected by hand and the
    statement now read otherwise. Failing the same span: the one event of that text whose span
    overlaps; failing that (the document changed, spans moved), the one event of the source
    with that text at all; or, at the same span, the event whose id its text gives with the
    stored date (its text edited by hand). A stored event is matched once, and never one
    that a parsed event has by its own id (or its old source's: aliases).

    Nothing is made until a parsed id is not found: then one pass over the store's rows and
    removed events groups them by source (the store's rows as held: no Event is built), and
    each source's index of texts and spans is made when one of its statements is first
    looked up. So ingest stays linear in the store and the documents."""

    def __init__(self, txn, ids: Callable[[], Iterable[str]]) -> None:
        self._txn = txn
        self._ids = ids              # every parsed id and alias (claimed: matched by id)
        self._rows: dict[str, list[tuple]] | None = None
        self._claimed: set[str] = set()
        self._index: dict[str, tuple[dict[str, list[tuple]], dict[tuple, list[tuple]]]] = {}
        self._legacy: tuple[str, tuple[str, ...]] = ("", ())  # the last source's legacy sources

    def legacy(self, source: str, readings: Callable[[], Iterable[tuple[str, str]]]) -> tuple[str, ...]:
        """The names an older version may have recorded for the document of `source` that the
        store holds events (or removed ones) under: the path as it was given (build_jobs'
        legacy), absolute or relative to this folder, whichever way it is given now. Found
        once per document (its events come together), from the store's folder and `source`
        alone, so nothing is held per document to find them. Then the stored events that are
        the very readings (text, date) of the document's events under those names
        (`readings()`) are claimed at once, as aliases are: matched by their id (exact), never
        to another clause of their sentence read otherwise."""
        if source == self._legacy[0]:
            return self._legacy[1]
        found: tuple[str, ...] = ()
        if not source.startswith(("http://", "https://", "<stdin>")) and self._txn.path is not None:
            base = os.path.dirname(os.path.abspath(self._txn.path))
            place, held = os.path.join(base, source), self._sources()
            # (a relative name that is this version's name of a file there is that file's)
            found = tuple(dict.fromkeys(name for name in _given(place) if name != source and name in held
                                        and (os.path.isabs(name) or not os.path.exists(os.path.join(base, name)))))
        if found:
            txn, claimed = self._txn, self._claimed
            for text, when in readings():
                for name in found:
                    old = make_id(text, when, name)
                    if old in txn or old in txn.removed:
                        claimed.add(old)
        self._legacy = (source, found)
        return found

    def exact(self, event: Event, source: str) -> str | None:
        """The id of the stored or removed event that is `event`'s very reading under
        `source` (claimed by legacy), or None."""
        old = make_id(event.text, event.when, source)
        return old if old in self._claimed and (old in self._txn or old in self._txn.removed) else None

    def _sources(self) -> dict[str, list[tuple]]:
        if self._rows is None:
            txn = self._txn
            rows: dict[str, list[tuple]] = {}
            snap = txn.snapshot
            for row in snap.rows if snap is not None else ():
                rows.setdefault(row[_ROW_SOURCE], []).append(row)
            if txn.removed:
                from timeline_cli.model import event_to_row

                for item in txn.removed.values():
                    rows.setdefault(item.event.source, []).append(event_to_row(item.event))
            self._rows = rows
            removed = txn.removed
            self._claimed = {i for i in self._ids() if i in txn or i in removed}
        return self._rows

    def _of(self, source: str) -> "tuple[dict[str, list[tuple]], dict[tuple, list[tuple]]] | None":
        """The source's index: {text: its events}, {(text, span) and span: their events}; each
        event as (id, text, span, when, mod)."""
        found = self._index.get(source)
        if found is None:
            rows = self._sources().get(source)
            if not rows:
                return None
            texts: dict[str, list[tuple]] = {}
            places: dict[tuple, list[tuple]] = {}
            for row in rows:
                span = tuple(row[_ROW_SPAN]) if row[_ROW_SPAN] else None
                entry = (row[_ROW_ID], normalise_text(row[_ROW_TEXT]), span, row[_ROW_WHEN], row[_ROW_MOD])
                texts.setdefault(entry[1], []).append(entry)
                if span is not None:
                    places.setdefault((entry[1], span), []).append(entry)
                    places.setdefault(span, []).append(entry)
            found = self._index[source] = (texts, places)
        return found

    def match(self, event: Event, source: str | None = None) -> tuple[str, bool] | None:
        """(id, whether it is a reading otherwise: another date) of the stored or removed event
        `event` is the same statement as; None when there is none. Claims it. Each look-up
        reads a few events: a text its source holds more than OVERLAP_MAX times is matched at
        its own span only (a boilerplate line repeated down a long document). `source`: look
        among that source's events instead of the event's own (its legacy source: save)."""
        txn = self._txn
        if txn.snapshot is None and not txn.removed:
            return None  # a new store (nothing removed either)
        source = event.source if source is None else source
        index = self._of(source)
        if index is None:
            return None
        texts, places = index
        claimed, removed = self._claimed, txn.removed

        def free(entry: tuple) -> bool:
            return entry[0] not in claimed and (entry[0] in txn or entry[0] in removed)

        text = normalise_text(event.text)
        same = texts.get(text, ())
        span = tuple(event.span) if event.span else None
        found = None
        if same and span is not None:
            found = next((e for e in places.get((text, span), ()) if free(e)), None)
            if found is None and len(same) <= OVERLAP_MAX:
                over = [e for e in same if e[2] is not None and e[2][0] < span[1] and span[0] < e[2][1] and free(e)]
                found = over[0] if len(over) == 1 else None
        if found is None and len(same) == 1 and free(same[0]):
            found = same[0]  # the one event of that text in the source (the document changed)
        if found is None and span is not None:  # its text edited by hand: its id is the text's
            found = next((e for e in places.get(span, ()) if free(e)
                          and e[0] == make_id(event.text, e[3], source)), None)
        if found is None:
            return None
        claimed.add(found[0])
        return found[0], (found[3], found[4]) != (event.when, event.mod)


def _given(place: str) -> Iterator[str]:
    """The names source_name(path) gives a file at `place` given by its absolute path or by
    one relative to this folder (an older version's source, the path as given)."""
    yield os.path.normpath(place)
    try:
        yield os.path.relpath(place)
    except ValueError:  # another drive (Windows)
        pass


# A text its source holds more often than this is matched by its span alone (_Otherwise.match).
OVERLAP_MAX = 8


def regroup(txn, ingested: Ingested | None = None, processes: int = 1) -> None:
    """Store the same-fact grouping of the transaction's events (grouping.py): ingest keeps
    it in the same write, incrementally when it can (grouping.regroup_added), with the
    statements as `ingested`'s workers read them and collect prepared them, searched in up to
    `processes` processes (grouping_processes). Those reads are then let go (cleared): they
    are the larger part of what ingest holds per statement, and the store's write comes next."""
    from timeline_cli import grouping

    if ingested is None:
        grouping.regroup_added(txn, processes=processes)
        return
    grouping.regroup_added(txn, ingested.read, fed=ingested.fed, processes=processes)
    if ingested.read is not None:
        ingested.read.clear()
    if ingested.fed is not None:
        ingested.fed.clear()


# The grouping after the last document in at most this many processes (each more one
# compares more pairs twice: factsplit.py).
MAX_GROUPING_PROCESSES = 4


def grouping_processes(executor: "Executor") -> int:
    """How many processes the grouping after the last document may use: the cores the
    parsing used here (a local pool of N), or this machine's when a Dask cluster parsed (its
    workers are done by then); one when the parsing ran in this process alone (--jobs 1)."""
    from timeline_cli.executor import DaskExecutor, LocalPool
    from timeline_cli.forked import available_cores

    if isinstance(executor, LocalPool):
        wanted = executor.workers
    elif isinstance(executor, DaskExecutor):
        wanted = MAX_GROUPING_PROCESSES
    else:
        return 1
    return max(1, min(wanted, available_cores(), MAX_GROUPING_PROCESSES))


def save(txn, ingested: Ingested, *, restore: bool = False, reread: bool = False) -> Saved:
    """Add the ingested events in a store transaction (checked by parse_job already; each
    written as the block its worker formatted); how many were new.

    An event the user removed (`timeline rm`, remembered in the store) is not brought back:
    re-ingesting its source must not undo a review. restore=True brings it back, as it was
    when removed (with the user's tags and notes).

    Sources are recorded relative to the store's folder; a store written before holds them
    as they were given (`/abs/path/a.txt`, or relative to another folder), so the same
    statement had another id. An event whose id under that old source (its alias) is in
    the store, or remembered as removed, is the same statement and is not added again.

    A statement this version dates otherwise than the store does (an older version's reading,
    or a `when` corrected by hand: the id is made from the date) is found by its source, text
    and span (_Otherwise) and is the same statement too: the stored event is kept as it is
    (`kept`: the user's review wins) and a removed one stays removed. reread=True takes the
    new reading instead (`reread`): the stored event is replaced by it, under its new id,
    keeping what only the user sets (USER_FIELDS) and its links (store.Transaction.supersede);
    a removed one stays removed, remembered as the new reading. Failing its own source, it is
    looked for under the names an older version may have recorded for it (_Otherwise.legacy:
    the path given absolute, or relative to this folder): stored under an old source AND read
    otherwise, it is the same statement too."""
    from timeline_cli.spill import SpilledBlocks, SpilledEvents

    new = 0
    skipped: dict[str, None] = {}
    restored: dict[str, None] = {}
    kept: dict[str, None] = {}
    rereads: dict[str, Event] = {}
    matched: dict[str, None] = {}  # the parsed ids of statements read otherwise
    removed = txn.removed
    events = ingested.events
    if len(ingested.blocks) != len(events):
        raise ValueError(f"{len(events)} events but {len(ingested.blocks)} blocks")
    aliases = ingested.aliases or [""] * len(events)
    # The workers' blocks, read (from a spill: disk) only when the store is written.
    formatted = txn.formatted_by(SpilledBlocks(events, ingested.blocks))
    # One spelling per claimant: "Mr Obama" comes in as the store's "Mr. Obama".
    spilled = events if isinstance(events, SpilledEvents) else None
    respelt = respellings(txn.claimant_counts(), spilled.column("by") if spilled is not None else (e.by for e in events))

    def parsed_ids() -> Iterator[str]:
        yield from (spilled.id(i) for i in range(len(spilled))) if spilled is not None else (e.id for e in events)
        yield from (alias for alias in aliases if alias)

    otherwise = _Otherwise(txn, parsed_ids)
    fed = ingested.fed
    for index, (event, alias) in enumerate(zip(events, aliases, strict=True)):
        read, keep = event, True
        if event.by in respelt:
            event, keep = event.with_(by=respelt[event.by]), False  # formatted again on save
        if alias and alias != event.id and event.id not in txn and event.id not in removed:
            if alias in txn:
                continue  # already in the store under its old source
            if alias in removed:
                event = event.with_(id=alias)  # removed under its old source: that memory holds
        if event.id not in txn and event.id not in removed and event.id not in restored:
            if event.id in matched:
                continue  # a document given twice: its statement matched already
            same = otherwise.match(event)
            if same is None:  # stored by an older version under the path as given
                for legacy in otherwise.legacy(event.source, lambda: _readings(events, index)):
                    exact = otherwise.exact(event, legacy)
                    same = (exact, False) if exact is not None else otherwise.match(event, legacy)
                    if same is not None:
                        break
            if same is not None:
                matched[event.id] = None
                old, dated_otherwise = same
                was_removed = old not in txn
                if was_removed:  # it stays removed (restore: it comes back as it was)
                    if restore:
                        txn.restore(old)
                        restored[old] = None
                    else:
                        skipped[old] = None
                if not dated_otherwise:
                    continue  # the same reading under another id (the text edited by hand)
                if reread:
                    rereads[old] = _reading(event, txn.get(old) or txn.removed[old].event)
                elif not was_removed:
                    kept[old] = None
                continue
        if event.id in removed or event.id in restored:
            if restore:
                if event.id not in restored:
                    txn.restore(event.id)
                    restored[event.id] = None
            else:
                skipped[event.id] = None
            continue
        if txn.add(event, checked=True):
            new += 1
            if keep:
                formatted.keep(index)
            if spilled is not None and event is read:
                # waits on disk as read until the store is written (the grouping's peak held
                # ~270 bytes a small document's event): store.Transaction.park
                # (the int of its row: the very object the feed's statement holds, not one more)
                txn.park(((event.id, fed.row(event.id, index) if fed is not None else index),), spilled)
    if rereads:
        txn.supersede(rereads, checked=True)  # (at once: the memory's links renamed in one pass)
    for described in ingested.sources or ():
        txn.describe(described)  # the document's title, URL, date, pages: the latest read wins
    return Saved(new, skipped, restored, kept, ((old, e.id) for old, e in rereads.items()))


def _readings(events: Sequence[Event], at: int) -> Iterator[tuple[str, str]]:
    """(text, date) of the events of events[at]'s document: from `at` while the source is its."""
    source = events[at].source
    for index in range(at, len(events)):
        event = events[index]
        if event.source != source:
            break
        yield event.text, event.when


def _reading(event: Event, stored: Event) -> Event:
    """The new reading `event` of the statement `stored`, with what the user gave it
    (USER_FIELDS: tags joined, the new reading's --tag after the stored ones)."""
    return event.with_(tags=tuple(dict.fromkeys((*stored.tags, *event.tags))), note=stored.note,
                       status=stored.status, conflict=stored.conflict)
