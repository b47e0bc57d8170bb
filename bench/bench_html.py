"""The interactive HTML page and the SQLite export at size (issue 16 targets).

    python bench/bench_html.py                  # 1k and 10k events for the page, 100k for sqlite
    python bench/bench_html.py --sizes 10000 --sqlite 0

For each size: the page's bytes, and the time headless Chromium takes from navigation to the
page being interactive (the script has drawn the axis, the list and the facets: `html.js`
set and the count shown), the median of --runs loads. Then `export --format sqlite` against
`export --format csv` on a 100k-event store, both as whole `timeline` commands, interleaved.
Stores are synthetic (bench/synth.py: 100-300 character statements). Needs Debian's chromium
and chromium-driver, and selenium (the test extra).

Targets: 10k-event page <= 1.5 s to interactive and <= 3 MB; sqlite <= 2x csv.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth import make_events  # noqa: E402

from timeline_cli import store  # noqa: E402
from timeline_cli.formats import htmlpage  # noqa: E402

TL = [sys.executable, "-m", "timeline_cli"]


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,800"):
        options.add_argument(arg)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def page_load(driver, url: str) -> float:
    driver.get("about:blank")
    driver.get(url)  # returns after the load event: the inline script has run by then
    return driver.execute_script(
        "var t = performance.getEntriesByType('navigation')[0];"
        "if (!document.documentElement.classList.contains('js') || !document.getElementById('count').textContent)"
        "  return -1;"
        "return performance.now() - t.startTime;") / 1000


def bench_page(sizes: list[int], runs: int, work: Path) -> None:
    driver = browser()
    try:
        print(f"{'events':>8} {'MB':>7} {'to interactive (s)':>19}   target <= 1.5 s and <= 3 MB at 10k")
        for n in sizes:
            path = work / f"page-{n}.html"
            path.write_text(htmlpage.render(make_events(n)), encoding="utf-8")
            times = [page_load(driver, path.as_uri()) for _ in range(runs)]
            if any(t < 0 for t in times):
                print(f"{n:>8}: the page did not become interactive")
                continue
            size = path.stat().st_size / 1e6
            print(f"{n:>8} {size:7.3f} {statistics.median(times):19.2f}", flush=True)
            # the same events with a third of them in facts of three (a store after `ingest` of
            # several outlets' reports): the page then carries the grouping and its facet
            events = make_events(n)
            facts = {e.id: ("F" + events[i].id, 3, "agree")
                     for i in range(0, len(events) - 2, 9) for e in events[i:i + 3]}
            path.write_text(htmlpage.render(events, facts=facts), encoding="utf-8")
            times = [page_load(driver, path.as_uri()) for _ in range(runs)]
            size = path.stat().st_size / 1e6
            print(f"{n:>8} {size:7.3f} {statistics.median(times):19.2f}   (a third of them in facts)", flush=True)
    finally:
        driver.quit()


def run(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def bench_sqlite(n: int, runs: int, work: Path) -> None:
    path = work / "s.toml"
    store.save(path, make_events(n))
    base = TL + ["--store", str(path), "export"]
    run(base + ["--format", "csv", "-o", str(work / "warm.csv")])  # the store cache, for both
    csv_t, db_t = [], []
    for _ in range(runs):
        csv_t.append(run(base + ["--format", "csv", "-o", str(work / "e.csv")]))
        db_t.append(run(base + ["--format", "sqlite", "-o", str(work / "e.db")]))
    c, d = statistics.median(csv_t), statistics.median(db_t)
    print(f"export of {n:,} events: csv {c:.2f} s, sqlite {d:.2f} s, ratio {d / c:.2f} (target <= 2)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="page sizes, comma-separated")
    parser.add_argument("--sqlite", type=int, default=100_000, help="events for the sqlite/csv run (0: skip)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        bench_page([int(s) for s in args.sizes.split(",") if s], args.runs, work)
        if args.sqlite:
            bench_sqlite(args.sqlite, args.runs, work)


if __name__ == "__main__":
    main()
