"""Synthetic but realistic stores for benchmarks: varied precisions, ranges, Unicode,
100-300 character statements, claimants, sources, tags. Deterministic for a given seed."""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

from timeline_cli.model import Event, make_id

WORDS = ("troops arrived front region officials said ministry confirmed attack drone strike "
         "convoy border talks agreement signed ceasefire negotiations intelligence reported "
         "brigade battalion soldiers casualties city village bridge port railway supplies "
         "energy grid outage sanctions embassy statement spokesperson parliament vote").split()
UNICODE = ("Київ", "Харків", "Курськ", "평양", "서울", "Besançon", "Zürich", "São Paulo", "Łódź", "İzmir")
CLAIMANTS = ("Ukrainian intelligence", "South Korean intelligence", "The New York Times",
             "The Wall Street Journal", "Reuters", "Associated Press", "Ministry of Defence",
             "Babel sources", "Kremlin spokesperson", "")
TAGS = ("kursk", "dprk", "diplomacy", "energy", "casualties", "logistics", "sanctions")


def random_when(rng: random.Random) -> str:
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(0, 3650))
    kind = rng.random()
    if kind < 0.55:
        return day.isoformat()
    if kind < 0.75:
        return f"{day.year}-{day.month:02d}"
    if kind < 0.82:
        return str(day.year)
    if kind < 0.90:
        end = day + timedelta(days=rng.randrange(1, 20))
        return f"{day.isoformat()}/{end.isoformat()}"
    if kind < 0.94:
        return f"../{day.isoformat()}"
    if kind < 0.97:
        return f"{day.year}-{day.month:02d}~"
    return f"{day.year}-{rng.choice((21, 22, 23, 24))}"


def random_text(rng: random.Random) -> str:
    target = rng.randrange(100, 300)
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < target:
        parts.append(rng.choice(UNICODE) if rng.random() < 0.08 else rng.choice(WORDS))
    text = " ".join(parts)
    return text[0].upper() + text[1:] + "."


def make_events(n: int, seed: int = 1) -> list[Event]:
    rng = random.Random(seed)
    events = []
    for i in range(n):
        when = random_when(rng)
        text = random_text(rng) + f" ({i})"
        source = f"articles/{rng.randrange(0, n // 10 + 1):06d}.txt"
        reported = date(2025, 1, 1) + timedelta(days=rng.randrange(0, 300))
        tags = tuple(sorted(set(rng.sample(TAGS, rng.randrange(0, 3)))))
        events.append(Event(id=make_id(text, when, source), when=when, text=text, source=source,
                            reported=reported, by=rng.choice(CLAIMANTS), tags=tags,
                            span=(rng.randrange(0, 5000), rng.randrange(5000, 6000))))
    return events


def changed_copy(events: list[Event]) -> list[Event]:
    """The same timeline with 1% of events changed: a quarter edited, a quarter removed,
    a quarter added (what `timeline diff` is timed on)."""
    from dataclasses import replace

    n = len(events)
    other = list(events)
    k = max(1, n // 100)
    for i in range(0, k, 4):
        j = i * 97 % n
        other[j] = replace(other[j], text=other[j].text + " (edited)")
    del other[-max(1, k // 4):]
    for i in range(k // 4):
        text = f"an added statement {i}"
        other.append(Event(id=make_id(text, "2020-02-02"), when="2020-02-02", text=text))
    return other


def since_for_one_percent(events: list[Event]) -> str:
    """A --since date that keeps about 1% of the events."""
    from timeline_cli.when import parse_when

    lates = sorted(parse_when(e.when).latest for e in events)
    return lates[int(len(lates) * 0.99)].isoformat()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--changed", type=Path, help="also write a copy with 1%% of events changed")
    parser.add_argument("--since", action="store_true", help="print a --since date that keeps about 1%% of the events")
    args = parser.parse_args()
    from timeline_cli import store

    events = store.sort_events(make_events(args.count, args.seed))
    with args.out.open("w", encoding="utf-8") as fh:  # streamed: a 1M-event store is 400 MB
        fh.writelines(store.iter_dump(events, presorted=True))
    if args.changed:
        args.changed.write_text(store.dumps(changed_copy(events)), encoding="utf-8")
    if args.since or args.changed:
        print(since_for_one_percent(events))


if __name__ == "__main__":
    main()
