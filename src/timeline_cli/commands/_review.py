"""Recording verdicts on `timeline conflicts` findings (in the store's memory, see memory.py)."""

from __future__ import annotations

from typing import Sequence

from timeline_cli.errors import UsageError
from timeline_cli.sanitize import say


def _match(prefix: str, keys: Sequence[str], what: str) -> str:
    """The one key that is `prefix` or starts with it (4+ characters, as event ids)."""
    from timeline_cli.ids import MIN_PREFIX
    from timeline_cli.store import EventNotFound

    prefix = prefix.strip()
    if prefix in keys:
        return prefix
    hits = [k for k in keys if k.startswith(prefix)] if len(prefix) >= MIN_PREFIX else []
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise UsageError(f"finding prefix {prefix!r} matches {len(hits)} {what}: {', '.join(hits[:10])}",
                         hint="type more characters of the finding id")
    error = EventNotFound(f"no {what[:-1]} {prefix!r}",
                          hint="`timeline conflicts --all --format plain` lists the findings (column 8)")
    error.exit_code = 2
    raise error


def record(app, found, *, dismiss: Sequence[str], reviewed: Sequence[str], reopen: Sequence[str]) -> None:
    """Mark findings not-a-conflict / reviewed, or forget their verdicts, in one transaction."""
    from timeline_cli.memory import Review

    by_id = {g.finding: g for g in found}
    today = app.today()
    planned = []
    for verdict, prefixes in (("not-a-conflict", dismiss), ("reviewed", reviewed)):
        for prefix in prefixes:
            group = by_id[_match(prefix, list(by_id), "findings")]
            planned.append(Review(group.finding, group.kind, tuple(sorted(e.id for e in group.events)), verdict, today))
    with app.transaction(create=False) as txn:
        for review in planned:
            txn.review(review)
        forgotten = [txn.unreview(_match(p, list(txn.memory.reviews), "reviewed findings")) for p in reopen]
    for review in planned:
        say(f"finding {review.finding}: {review.verdict} (hidden from `timeline conflicts`; --all shows it)")
    for review in forgotten:
        say(f"finding {review.finding}: verdict forgotten, shown again")
