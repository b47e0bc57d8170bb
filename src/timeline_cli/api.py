"""The public Python API: what the `timeline` command does, as functions and one class.

Everything here is re-exported by `timeline_cli` itself (lazily, so `import timeline_cli`
stays as cheap as the CLI's start-up):

    >>> from datetime import date
    >>> import timeline_cli as tl
    >>> [(t.text, t.value) for t in tl.extract("On October 24 troops arrived.", reported=date(2024, 11, 6))]
    [('October 24', '2024-10-24')]

- `extract(text, reported=, lang=)`: the temporal expressions, with offsets, TIMEX3 type and
  value, and the EDTF date the store would keep.
- `document_events(text, reported=, source=)`: the events `timeline ingest` would store.
- `Store(path)`: read, select (the CLI's filters) and change a store in a locked, atomic
  transaction (add, replace, remove, `remove(id, remember=True)` as `timeline rm`, `restore`,
  `review`, `supersede({old_id: event})` as `ingest --reread`). `Store.resolve(prefix)` finds an event by a unique id prefix (`resolve_id` on any
  list of events); `Store.memory()` is what the store remembers (removed events, verdicts on
  conflict findings: `Memory`). No cache file is written unless `cache=True`.
- `change_fields(event, set_=, add=, drop=)`: an event with fields changed as `timeline edit`
  changes them (values checked and normalised, the id kept).
- `diff_events(old, new)` (what `timeline diff` reports), `three_way(base, ours, theirs)`, `union([a, b])`, `find_conflicts(events)`.
- `read_events(format, text)` / `export_events(format, events, out)`: every format the CLI reads
  and writes (`import_formats()` / `export_formats()` list them).

Nothing here reads the clock, touches the network, prints, or keeps state between calls.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Iterable, TextIO

if TYPE_CHECKING:  # pragma: no cover - imported for the annotations only
    from timeline_cli.model import Event
    from timeline_cli.temporal.types import Timex

# The language packs shipped with timeline; more can be registered (`timeline_cli.lang.register`).
LANGUAGES = ("en",)


def _check_lang(lang: str) -> None:
    """ValueError unless the registry has a pack for `lang` (a code, or a pack object)."""
    from timeline_cli import lang as registry

    if isinstance(lang, str) and lang not in registry.available():
        raise ValueError(f"no language pack for {lang!r} (available: {', '.join(registry.available())})")


def extract(text: str, *, reported: date, lang: str = "en", dayfirst: bool | None = None,
            mode: str = "auto") -> "list[Timex]":
    """Every temporal expression in `text`, resolved against the document date `reported`.

    Each Timex has `start`/`end` (Python character offsets: `text[t.start:t.end] == t.text`),
    `type` (DATE, TIME, DURATION, SET), `value` (TIMEX3), `edtf` (the store's date, or None for
    durations and sets) and `mod`. `dayfirst` says how to read 03/04/2024 (None: from the text).
    `mode`: "news" hangs underspecified dates ("On April 12") on `reported`, "narrative" on the
    time the story last named, "auto" decides per document and section.
    """
    _check_lang(lang)
    from timeline_cli.temporal.extract import extract as _extract

    return _extract(text, reported, dayfirst=dayfirst, lang=lang, mode=mode)


def document_events(text: str, *, reported: date, source: str = "", reported_assumed: bool = False,
                    keep_undated: bool = True, lang: str = "en", dayfirst: bool | None = None,
                    mode: str = "auto") -> "list[Event]":
    """The events `timeline ingest` stores for one document: one per dated statement, with its
    claimant (`by`), `source`, character `span` and the date it was `reported` (`mode` as
    for `extract`)."""
    _check_lang(lang)
    from timeline_cli.temporal.events import document_events as _document_events
    from timeline_cli.temporal.extract import mode_extractor

    return _document_events(text, source=source, reported=reported, reported_assumed=reported_assumed,
                            keep_undated=keep_undated, dayfirst=dayfirst, lang=lang,
                            extractor=mode_extractor(mode, lang))


def import_formats() -> tuple[str, ...]:
    """Format names `read_events` accepts."""
    from timeline_cli.formats import import_choices

    return tuple(import_choices())


def export_formats() -> tuple[str, ...]:
    """Format names `export_events` accepts."""
    from timeline_cli.formats import export_choices

    return tuple(export_choices())


def read_events(fmt: str, text: str, *, origin: str = "<text>") -> "list[Event]":
    """Events from the text of a CSV, TSV, JSON, JSONL or TOML file (as `timeline import`)."""
    from timeline_cli.formats import read_events as _read

    return _read(fmt, text, origin=origin)


def export_events(fmt: str, events: "Iterable[Event]", out: TextIO, *, raw: bool = False,
                  sources=None) -> None:
    """Write events to the text stream `out` in any export format (as `timeline export`);
    `sources`: a store's source table (`store.memory().sources`) for documents' titles and URLs."""
    from timeline_cli.formats import export_events as _export

    _export(fmt, list(events), out, raw=raw, sources=sources)


def __getattr__(name: str):
    # The rest of the API lives in its own modules; imported only when asked for.
    targets = {
        "Store": ("timeline_cli.store", "Store"),
        "Event": ("timeline_cli.model", "Event"),
        "make_id": ("timeline_cli.model", "make_id"),
        "Query": ("timeline_cli.query", "Query"),
        "diff_events": ("timeline_cli.diff", "diff"),
        "three_way": ("timeline_cli.merge", "three_way"),
        "union": ("timeline_cli.merge", "union"),
        "find_conflicts": ("timeline_cli.conflicts", "find_conflicts"),
        "TimelineError": ("timeline_cli.errors", "TimelineError"),
        "EventNotFound": ("timeline_cli.store", "EventNotFound"),
        "resolve_id": ("timeline_cli.ids", "resolve"),
        "AmbiguousId": ("timeline_cli.ids", "AmbiguousId"),
        "Memory": ("timeline_cli.memory", "Memory"),
        "change_fields": ("timeline_cli.editing", "change_fields"),
        "finding_id": ("timeline_cli.memory", "finding_id"),
    }
    if name in targets:
        import importlib

        module, attr = targets[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(name)


__all__ = ["extract", "document_events", "Store", "Event", "make_id", "Query", "diff_events", "three_way",
           "union", "find_conflicts", "read_events", "export_events", "import_formats",
           "export_formats", "TimelineError", "EventNotFound", "LANGUAGES",
           "resolve_id", "AmbiguousId", "Memory", "change_fields", "finding_id"]
