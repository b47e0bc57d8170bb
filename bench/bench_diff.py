"""Benchmark: diff two 10k-event stores with 1k changes of mixed kinds vs loading both stores.

    python bench/bench_diff.py [--events 10000] [--changes 1000] [--runs 5]

Target (issue 4): the diff costs at most 2x the time of loading both stores. Loading is
timed cold (parse caches cleared) as `timeline diff` does it; the diff then runs on the
loaded events, as in the command. Best of --runs for each.

The 1k changes, in equal shares: date refined (or broadened), date moved / contradicted, text edited (id
kept), re-worded under a new id (found by text), re-extracted under a new id (found by
source + span), claimant / tags / status changed, events added, events removed.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from timeline_cli import store
from timeline_cli.diff import diff, plain_lines
from timeline_cli.model import Event, make_id
from timeline_cli.when import _format_text, _parse_side, parse_when

WORDS = ("troops soldiers brigade front village shelling drones missiles convoy border officials "
         "ministry intelligence report agreement talks ceasefire offensive defence supplies "
         "artillery battalion region city bridge port airfield evacuation casualties wounded").split()
FILLER = "the a of in on at to and with from by near after before that said".split()
CLAIMANTS = ["Ukrainian intelligence", "Pentagon", "South Korean intelligence", "The New York Times",
             "Reuters", "Ministry of Defence", "local officials", ""]


def statement(rng: random.Random, i: int) -> str:
    names = [f"place{rng.randrange(3000)}", f"unit{rng.randrange(3000)}", f"person{rng.randrange(3000)}"]
    body = rng.sample(WORDS, 6) + rng.sample(FILLER, 5) + names + [str(rng.randrange(10, 20000))]
    rng.shuffle(body)
    return f"Statement {i}: " + " ".join(body) + "."


def a_date(rng: random.Random) -> str:
    d = date(2022, 1, 1) + timedelta(days=rng.randrange(1000))
    kind = rng.random()
    if kind < 0.6:
        return d.isoformat()
    if kind < 0.8:
        return f"{d.year}-{d.month:02d}"
    if kind < 0.9:
        return f"{d.isoformat()}/{(d + timedelta(days=rng.randrange(1, 10))).isoformat()}"
    return f"../{d.isoformat()}"


def build(n: int, changes: int, seed: int = 7) -> tuple[list[Event], list[Event]]:
    rng = random.Random(seed)
    old: list[Event] = []
    for i in range(n):
        text = statement(rng, i)
        when = a_date(rng)
        source = f"docs/article{i // 50:04d}.txt"
        start = (i % 50) * 400
        old.append(Event(id=make_id(text, when, source), when=when, text=text, source=source,
                         by=rng.choice(CLAIMANTS), tags=tuple(rng.sample(["kursk", "dprk", "front", "talks"], 1)),
                         reported=date(2024, 11, 6), span=(start, start + 300)))
    new = list(old)
    picks = rng.sample(range(n), changes)
    share = changes // 8
    groups = [picks[k * share:(k + 1) * share] for k in range(8)]
    groups[7] += picks[8 * share:]
    for i in groups[0]:  # date refined (broadened when already a day); id kept: edited by hand
        w = parse_when(old[i].when)
        if w.open_start:
            new[i] = old[i].with_(when=w.latest.isoformat())
        elif w.granularity != "day" or w.is_interval:
            new[i] = old[i].with_(when=w.earliest.isoformat())
        else:
            new[i] = old[i].with_(when=f"{w.earliest.year}-{w.earliest.month:02d}")
    for i in groups[1]:  # date moved or contradicted
        w = parse_when(old[i].when)
        d = (w.latest if w.open_start else w.earliest) + timedelta(days=rng.choice([-40, -3, 2, 5, 60]))
        new[i] = old[i].with_(when=d.isoformat())
    for i in groups[2]:  # text edited, id kept
        new[i] = old[i].with_(text=old[i].text.replace(":", ", reportedly:", 1) + " More details followed.")
    for i in groups[3]:  # re-worded under a new id: found by text
        words = old[i].text.rstrip(".").split()
        head, rest = words[:2], words[2:]
        rng.shuffle(rest)
        text = " ".join(head + rest[:-1]) + ", officials said."
        new[i] = old[i].with_(id=make_id(text, old[i].when, ""), text=text, source="", span=None)
    for i in groups[4]:  # re-extracted under a new id: same source, overlapping span
        text = "According to the article, " + old[i].text
        s0, s1 = old[i].span
        new[i] = old[i].with_(id=make_id(text, old[i].when, old[i].source), text=text, span=(max(0, s0 - 20), s1))
    for k, i in enumerate(groups[5]):  # claimant / tags / status
        choice = k % 3
        if choice == 0:
            new[i] = old[i].with_(by="Institute for the Study of War")
        elif choice == 1:
            new[i] = old[i].with_(tags=old[i].tags + ("verified",))
        else:
            new[i] = old[i].with_(status="confirmed")
    removed = set(groups[6])
    added = []
    for k in groups[7]:
        text = statement(rng, n + k)
        when = a_date(rng)
        added.append(Event(id=make_id(text, when, "docs/late.txt"), when=when, text=text, source="docs/late.txt"))
    new = [e for j, e in enumerate(new) if j not in removed] + added
    return old, new


def clear_caches() -> None:
    for f in (parse_when, _parse_side, _format_text):
        f.cache_clear()


def best(fn, runs: int) -> tuple[float, object]:
    times, value = [], None
    for _ in range(runs):
        clear_caches()
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return min(times), value


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--changes", type=int, default=1_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    old, new = build(args.events, args.changes)
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "old.toml", Path(tmp) / "new.toml"
        store.save(a, old)
        store.save(b, new)
        load_time, (lo, ln) = best(lambda: (store.load(a), store.load(b)), args.runs)

        def run_diff():
            # as `timeline diff` runs it: the loaded events (parse cache warm from the load)
            store.load(a), store.load(b)
            start = time.perf_counter()
            result = diff(lo, ln)
            return time.perf_counter() - start, result

        diff_times, result = [], None
        output_times = []
        for _ in range(args.runs):
            clear_caches()
            t, result = run_diff()
            diff_times.append(t)
            start = time.perf_counter()
            for _line in plain_lines(result):
                pass
            output_times.append(time.perf_counter() - start)
        diff_time = min(diff_times)
    s = result.summary
    matched = {}
    for c in result.changes:
        matched[c.matched_by or c.change] = matched.get(c.matched_by or c.change, 0) + 1
    kinds = {}
    for c in result.changes:
        for f in c.fields:
            kinds[f.kind] = kinds.get(f.kind, 0) + 1
    print(f"stores: {len(old)} and {len(new)} events, {args.changes} changes planned")
    print(f"found: {s['changed']} changed ({', '.join(f'{k} {v}' for k, v in sorted(matched.items()))}), "
          f"{s['added']} added, {s['removed']} removed, {s['unchanged']} unchanged")
    print("field changes: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"load both stores: {load_time * 1000:8.1f} ms")
    print(f"diff:             {diff_time * 1000:8.1f} ms   ({diff_time / load_time:.2f}x load; target <= 2x)")
    print(f"plain output:     {min(output_times) * 1000:8.1f} ms")
    return 0 if diff_time <= 2 * load_time else 1


if __name__ == "__main__":
    sys.exit(main())
