"""`timeline facts`: the same fact from several sources as one corroborated line (fact_rows.py)."""

from __future__ import annotations

import click

from timeline_cli.cli_options import FILTER_HELP, filter_options, pager_option, pass_app, store_option

FACT_FORMATS = ["rich", "plain", "json", "jsonl", "csv"]
PLAIN_COLUMNS = ("WHEN", "SOURCES", "AGREEMENT", "CLAIMANTS", "TEXT", "FACT")


@click.command(help=f"""Show facts: statements from different documents that report the same
happening, grouped, one line each.

A line gives the date every statement of the fact allows (the most precise one), how many
independent sources say it (documents; a re-published wire story counts once), who claims it,
and a mark where the sources disagree on a date or a number (as `timeline conflicts` finds).
Statements of one document never corroborate each other. The grouping is computed from the
selected events (the usual filters) each time: it needs no setup and changes nothing.

`timeline facts ID...` shows a fact in full: each statement with its source, claimant and
date, and the evidence that linked them (shared words, the same claimant, the days both dates
allow). ID is a fact id (F...) or any of its statements' ids, or a unique prefix of one.

Piped (or --format plain): `WHEN<TAB>SOURCES<TAB>AGREEMENT<TAB>CLAIMANTS<TAB>TEXT<TAB>FACT`;
json, jsonl and csv carry `fact`, `when`, `sources`, `agreement`, `claimants` and the ids.

{FILTER_HELP}
""", epilog="""\b
Examples:
  timeline facts
  timeline facts --min-sources 2 --since 1998-08
  timeline facts --single-source --format csv > uncorroborated.csv
  timeline facts F052bf80417a1
""")
@click.argument("ids", nargs=-1, metavar="[ID]...")
@filter_options
@click.option("--min-sources", type=click.IntRange(1), default=None, metavar="N",
              help="Only facts that N or more independent sources report.")
@click.option("--single-source", is_flag=True, help="Only facts that one source alone reports.")
@click.option("--format", "fmt", type=click.Choice(FACT_FORMATS), default=None,
              help="Output format. Default: rich on a terminal, plain when piped.")
@pager_option
@store_option
@pass_app
def facts(app, ids, query, min_sources, single_source, fmt):
    from timeline_cli.errors import UsageError
    from timeline_cli.fact_rows import grouped

    if min_sources is not None and single_source:
        raise UsageError("--min-sources and --single-source exclude each other", hint="drop one of them")
    rows, index = grouped(app.select(query))
    if ids:
        return _explain(app, rows, index, ids)
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
    import csv
    import json
    import sys

    from timeline_cli.sanitize import for_terminal, safe_line

    out = for_terminal(sys.stdout, None)
    if fmt == "plain":
        for r in rows:
            out.write("\t".join((r.when, str(r.sources), r.agreement, safe_line("; ".join(r.claimants)),
                                 safe_line(r.text), r.fact)) + "\n")
    elif fmt == "json":
        out.write(json.dumps([_record(r) for r in rows], ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(_record(r), ensure_ascii=False) + "\n")
    else:
        from timeline_cli.formats._tabular import neutralise as defuse

        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["fact", "when", "sources", "agreement", "disagree_on", "claimants", "text", "events"])
        for r in rows:
            writer.writerow([r.fact, r.when, r.sources, r.agreement, ";".join(r.disagree_on),
                             defuse("; ".join(r.claimants)), defuse(r.text), " ".join(e.id for e in r.events)])


def _explain(app, rows, index, ids) -> None:
    from timeline_cli.errors import UsageError
    from timeline_cli.render.facts import render_explained

    chosen = []
    for wanted in ids:
        hits = [r for r in rows if r.fact == wanted or any(e.id.startswith(wanted.removeprefix("F")) for e in r.events)
                or r.fact.startswith(wanted)]
        if not hits:
            raise UsageError(f"no fact or statement {wanted!r} in the selection",
                             hint="list them with `timeline facts` (ids are in the last column when piped)")
        if len(hits) > 1:
            raise UsageError(f"{wanted!r} is in {len(hits)} facts: {', '.join(r.fact for r in hits[:5])}",
                             hint="give more characters of the id")
        chosen.append(hits[0])
    with app.paged_console() as console:
        for row in chosen:
            render_explained(row, index, console)
