"""The grouping's candidate search (facts._search) cut in parts searched at the same time
(forked.py), and the parts put back together as one search would have found them.

Once every statement of a batch is indexed (its postings complete), the search for each
statement reads the index and writes nothing another statement's search reads: the parts can
run apart. A pair of two new statements may then be compared from both sides, once in each
part; a pair's result does not depend on the side it is compared from (the score, the
evidence and whether they are near are symmetric), so it is kept once, from the first part
that compared it, and counted once in `FactIndex.compared`. The links are then sorted as
one search sorts them: the same grouping, whatever the number of parts.
"""

from __future__ import annotations

import os
from itertools import islice
from typing import TYPE_CHECKING, Callable, Sequence

from timeline_cli.forked import in_parts

if TYPE_CHECKING:
    from timeline_cli.facts import Evidence, FactIndex, _Item

__all__ = ["search_in_parts"]

# What an _Item reads of its text only when asked (facts._verb, _happens, _said: its `late`,
# these places of it): read in a copy, given back so that the merge after does not read it again.
READ_LATER = (0, 1, 2)

Link = tuple[float, str, str, "Evidence"]
Found = tuple[list[Link], list[tuple[str, str]], set[tuple[str, str]]]


def search_in_parts(index: FactIndex, new: Sequence[_Item], processes: int,
                    search: Callable[[Sequence[_Item]], Found]) -> tuple[list[Link], list[tuple[str, str]]]:
    """`search` (facts._search over a part of `new`) in `processes` parts at once: the links
    found (unsorted) and the pairs near, with `index` left as one search over `new` leaves it
    (its scores and count of pairs compared)."""
    parts = [new[k::processes] for k in range(processes)]  # (interleaved: even work)
    here = os.getpid()

    def part_search(part: Sequence[_Item]) -> tuple:
        # what the search adds to the index, given back (a forked copy's index is its own)
        compared, scored = index.compared, len(index.scores)
        out, near, done = search(part)
        added = list(islice(index.scores.items(), scored, None))  # (pairs with a new statement: new keys)
        found, index.compared = index.compared - compared, compared
        read = _read_later(index) if os.getpid() != here else []
        return out, near, done, found, added, read

    out: list[Link] = []
    near: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    compared = 0
    for part_out, part_near, done, found, added, read in in_parts(part_search, parts):
        twice = done & seen  # new pairs an earlier part compared already: the same result
        seen |= done
        compared += found - len(twice)
        if twice:
            part_out = [link for link in part_out if (link[1], link[2]) not in twice]
            part_near = [pair for pair in part_near if pair not in twice]
        out += part_out
        near += part_near
        index.scores.update(added)
        _keep_read(index, read)
    index.compared += compared
    return out, near


def _read_later(index: FactIndex) -> list[tuple]:
    """(id, *READ_LATER) of the statements with any of them read."""
    out = []
    for i, item in index.items.items():
        late = item.late
        if late is None:
            continue
        values = tuple(late[at] for at in READ_LATER)
        if any(v is not None for v in values):
            out.append((i, *values))
    return out


def _keep_read(index: FactIndex, read: list[tuple]) -> None:
    from timeline_cli.facts import _late

    items = index.items
    for i, *values in read:
        late = _late(items[i])
        for at, value in zip(READ_LATER, values):
            if value is not None and late[at] is None:
                late[at] = value
