"""`timeline facts`: the same fact from several sources as one corroborated line (fact_rows.py)."""

from __future__ import annotations

import click

from timeline_cli.cli_options import FILTER_HELP, filter_options, pager_option, pass_app, store_option

FACT_FORMATS = ["rich", "plain", "json", "jsonl", "csv"]
STALE_NOTE = 20_000  # grouping this many statements afresh takes seconds: say so on stderr
PLAIN_COLUMNS = ("WHEN", "SOURCES", "AGREEMENT", "CLAIMANTS", "TEXT", "FACT")


@click.command(help=f"""Show facts: statements from different documents that report the same
happening, grouped, one line each.

A line gives the date every statement of the fact allows (the most precise one), how many
independent sources say it (documents; a re-published wire story counts once), who claims it
(one name per claimant: spellings and `timeline alias`es folded), and a mark where the
sources disagree on a date or a number (as `timeline conflicts` finds). Statements of one
document never corroborate each other.

The grouping is stored in the store: `ingest` groups what it adds, `timeline link` and
`timeline unlink` override it (remembered by event id, so they survive re-ingest), and a
fact keeps its id once given. After other changes (add, edit, rm, import, merge) it is
computed afresh when shown, with the same ids; --regroup stores it again. The filters choose
the facts holding a selected statement; each is shown with all its statements. The date
filters (--since, --until, --on) also test the fact's own date, the one all its statements
allow: a 1987 fact stays out of --since 2023 even when one of its statements, undated, was
only reported in 2023.

`timeline facts ID...` shows a fact in full: each statement with its source, claimant and
date, and the evidence that linked them (shared words, the same claimant, the days both dates
allow, or a user link). ID is a fact id (F...) or any of its statements' ids, or a unique
prefix of one.

Piped (or --format plain): `WHEN<TAB>SOURCES<TAB>AGREEMENT<TAB>CLAIMANTS<TAB>TEXT<TAB>FACT`;
json, jsonl and csv carry `fact`, `when`, `sources`, `agreement`, `claimants` and the ids.

{FILTER_HELP}
""", epilog="""\b
Examples:
  timeline facts
  timeline facts --min-sources 2 --since 1998-08
  timeline facts --single-source --format csv > uncorroborated.csv
  timeline facts F052bf80417a1
  timeline facts --regroup
""")
@click.argument("ids", nargs=-1, metavar="[ID]...")
@filter_options
@click.option("--min-sources", type=click.IntRange(1), default=None, metavar="N",
              help="Only facts that N or more independent sources report.")
@click.option("--single-source", is_flag=True, help="Only facts that one source alone reports.")
@click.option("--regroup", is_flag=True, help="Group the whole store again and store the grouping first.")
@click.option("--format", "fmt", type=click.Choice(FACT_FORMATS), default=None,
              help="Output format. Default: rich on a terminal, plain when piped.")
@pager_option
@store_option
@pass_app
def facts(app, ids, query, min_sources, single_source, regroup, fmt):
    from timeline_cli import grouping
    from timeline_cli.errors import UsageError
    from timeline_cli.fact_rows import stored_rows
    from timeline_cli.query import dates_match, select
    from timeline_cli.store import Store

    from timeline_cli.commands._pick import listing_only

    listing_only("facts", ids, query, min_sources=min_sources is not None, single_source=single_source,
                 format=fmt not in (None, "rich"))
    if min_sources is not None and single_source:
        raise UsageError("--min-sources and --single-source exclude each other", hint="drop one of them")
    if regroup:
        with app.transaction(create=False) as txn:
            grouping.regroup(txn)
    snap = Store(app.store_path, cache=True).snapshot()
    events, memory = snap.events(), snap.memory
    if len(events) >= STALE_NOTE and not grouping.is_fresh(memory, events):
        from timeline_cli.sanitize import say

        say(f"grouping {len(events)} statements afresh (the store changed since it was grouped; "
            "`timeline facts --regroup` stores the grouping)")
    stored = grouping.current(events, memory)
    if ids:
        return explain(app, events, memory, stored, ids)
    rows = stored_rows(select(snap, query), events, stored, aliases=memory.aliases)
    rows = [r for r in rows if dates_match(r.when, query)]
    if min_sources is not None:
        rows = [r for r in rows if r.sources >= min_sources]
    if single_source:
        rows = [r for r in rows if r.sources == 1]
    fmt = fmt or app.rich_or_plain()
    if fmt == "rich":
        from timeline_cli.render.facts import render_facts

        with app.paged_console() as console:
            render_facts(rows, console)
        return
    _write(rows, fmt)
def _record(row) -> dict:
    return {"fact": row.fact, "when": row.when, "sources": row.sources, "agreement": row.agreement,
            "disagree_on": list(row.disagree_on), "claimants": list(row.claimants), "text": row.text,
            "events": [e.id for e in row.events]}


def _write(rows, fmt: str) -> None:
    import sys

    from timeline_cli.sanitize import for_terminal, safe_line, utf8_data

    out = for_terminal(sys.stdout, None)
    if fmt == "plain":  # (lines for people: escapes where the output cannot hold a letter)
        for r in rows:
            out.write("\t".join((r.when, str(r.sources), r.agreement, safe_line("; ".join(r.claimants)),
                                 safe_line(r.text), r.fact)) + "\n")
        return
    with utf8_data(out) as data:  # JSON and CSV are UTF-8 whatever the locale
        _write_data(data, rows, fmt)


def _write_data(out, rows, fmt: str) -> None:
    """The rows as JSON, JSON lines or CSV."""
    import csv
    import json

    from timeline_cli.formats._common import json_visible, write_chunked  # bidi controls as \u escapes

    if fmt == "json":
        write_chunked(out, json_visible(json.dumps([_record(r) for r in rows], ensure_ascii=False, indent=2)) + "\n")
    elif fmt == "jsonl":
        for r in rows:
            out.write(json_visible(json.dumps(_record(r), ensure_ascii=False)) + "\n")
    else:
        from timeline_cli.formats._tabular import neutralise as defuse

        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["fact", "when", "sources", "agreement", "disagree_on", "claimants", "text", "events"])
        for r in rows:
            writer.writerow([r.fact, defuse(r.when), r.sources, r.agreement, ";".join(r.disagree_on),
                             defuse("; ".join(r.claimants)), defuse(r.text), " ".join(e.id for e in r.events)])


def _find(wanted: str, events, owner: dict[str, str], removed=()) -> str:
    """The fact id that `wanted` names: a fact id, or (a unique prefix of) one of its
    statements' ids, resolved as every command resolves ids (ids.resolve). `removed`: the
    ids the store remembers as removed, named as such with the way back."""
    from timeline_cli import ids as ids_
    from timeline_cli.errors import UsageError
    from timeline_cli.store import EventNotFound

    if wanted in owner.values():
        return wanted
    tries = [wanted] + ([wanted[1:]] if wanted.startswith("F") and len(wanted) > 1 else [])
    for n, prefix in enumerate(tries):
        try:
            return owner[ids_.resolve(prefix, events).id]
        except EventNotFound:
            if n == len(tries) - 1:
                refuse_removed(wanted, removed)
                raise UsageError(f"no fact or statement {wanted!r} in the store",
                                 hint="list them with `timeline facts` (ids are in the last column when piped)") from None
    raise AssertionError("unreachable")


def refuse_removed(wanted: str, removed) -> None:
    """Raise the "was removed" error (with `rm --undo`) when `wanted`, a statement id or a fact
    id (F + a statement id, maybe + ".0"), or a unique prefix of one, names a removed statement
    (`removed`: the ids the store remembers as removed); else return. `facts ID`, `show F...`."""
    from timeline_cli import ids as ids_
    from timeline_cli.errors import UsageError

    tries = [wanted] + ([wanted[1:], wanted[1:].removesuffix(".0")] if wanted.startswith("F") else [])
    for p in dict.fromkeys(tries):
        gone = [i for i in removed if i == p or (len(p) >= ids_.MIN_PREFIX and i.startswith(p))]
        if len(gone) == 1:
            raise UsageError(f"statement {gone[0]} was removed (timeline rm)",
                             hint=f"`timeline rm --undo {gone[0]}` brings it back") from None


def explain(app, events, memory, stored, wanted_ids) -> None:
    """Each named fact in full: its statements and the evidence (also `timeline show F...`)."""
    from timeline_cli import grouping
    from timeline_cli.fact_rows import stored_rows
    from timeline_cli.render.facts import render_explained

    owner = grouping.fact_of((e.id for e in events), stored)
    chosen = list(dict.fromkeys(_find(w, events, owner, tuple(memory.removed)) for w in wanted_ids))
    by_id = {e.id: e for e in events}
    members = {fid: [by_id[i] for i, f in owner.items() if f == fid] for fid in chosen}
    index = None
    if any(len(m) > 1 for m in members.values()):
        index = grouping.compute(events, memory)[1]  # for the evidence that links them
    with app.paged_console() as console:
        for fid in chosen:
            [row] = [r for r in stored_rows(members[fid][:1], events, stored, aliases=memory.aliases) if r.fact == fid]
            render_explained(row, _evidence(index, row), console)


def _evidence(index, row) -> list:
    """The links facts.py finds between the fact's statements (grouped afresh), in order."""
    if index is None or len(row.events) < 2:
        return []
    ids = {e.id for e in row.events}
    fact_of = index.fact_of
    seen: set[str] = set()
    out: list = []
    for i in sorted(ids):
        fid = fact_of.get(i, "")
        if fid and fid not in seen:
            seen.add(fid)
            out.extend(ev for ev in index.explain(fid) if ev.a in ids and ev.b in ids)
    return out
