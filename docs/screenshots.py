"""Make the README's pictures from the bundled sample store, so they show what the code does.

    python docs/screenshots.py

writes docs/timeline-page.png (the HTML export in headless Chromium at 1280x800, through
Debian's chromium and chromium-driver) and docs/timeline-chart.svg (`timeline chart` as a
100-column terminal shows it, recorded by Rich). Run it after changing either view.
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
REPO = DOCS.parent
STORE = REPO / "data" / "timeline.toml"


def page(out: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from timeline_cli.formats.htmlpage import render
    from timeline_cli.store import load

    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "timeline.html"
        html.write_text(render(load(STORE, cache=False), title="DPRK troops in Kursk",
                               description="What each source claimed, and when (the bundled sample)"),
                        encoding="utf-8")
        options = webdriver.ChromeOptions()
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
            options.add_argument(arg)
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                                  options=options)
        try:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False})
            driver.get(html.as_uri())
            driver.save_screenshot(str(out))
        finally:
            driver.quit()


def chart(out: Path) -> None:
    from rich.console import Console

    from timeline_cli.render.chart import layout, render_chart
    from timeline_cli.store import load

    events = [e for e in load(STORE, cache=False) if not e.when.startswith("../")]
    console = Console(record=True, width=100, file=io.StringIO(), force_terminal=True, color_system="truecolor")
    render_chart(layout(events, 100), console)
    console.save_svg(str(out), title="timeline chart")


def main() -> None:
    chart(DOCS / "timeline-chart.svg")
    print("wrote docs/timeline-chart.svg")
    page(DOCS / "timeline-page.png")
    print("wrote docs/timeline-page.png")


if __name__ == "__main__":
    sys.exit(main())
