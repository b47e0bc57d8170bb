"""timeline: turn dated statements in text into a trustworthy timeline of facts.

The Python API (see timeline_cli.api and the README's "Python API"):

    import timeline_cli as tl
    tl.extract(text, reported=date(2024, 11, 6))          # temporal expressions
    tl.document_events(text, reported=..., source=...)    # what `timeline ingest` stores
    tl.Store("timeline.toml").select(since="2024-10")     # read, filter, change a store

Names are loaded on first use, so `import timeline_cli` (and the CLI's start-up) stays cheap.
"""

__version__ = "0.1.0"

_API = ("extract", "document_events", "Store", "Event", "make_id", "Query", "diff_events", "three_way",
        "union", "find_conflicts", "read_events", "export_events", "import_formats",
        "export_formats", "TimelineError", "EventNotFound", "LANGUAGES",
        # curation: id prefixes, the store's memory of removals and reviewed findings
        "resolve_id", "AmbiguousId", "Memory", "change_fields", "finding_id")


def __getattr__(name: str):
    if name in _API:
        from timeline_cli import api

        return getattr(api, name)
    raise AttributeError(f"module 'timeline_cli' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])


__all__ = ["__version__", *_API]
