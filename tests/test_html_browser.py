"""The interactive HTML export in a real browser (issue 16 item 2): headless Chromium from
Debian's `chromium` package, driven by Selenium through Debian's `chromium-driver` (`.ci/run`
installs both when they are missing). The tests assert what a person would see.

A screenshot at 1280x800 is kept in `test-artifacts/` (git-ignored) for a person to look at.
"""

from __future__ import annotations

import json
import shutil
import struct
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> stays text'


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and DRIVER):
        pytest.fail("these tests need Debian's chromium and chromium-driver: "
                    "apt-get install chromium chromium-driver (.ci/run does it)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,800", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    options.binary_location = CHROMIUM
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    # the page's own size, whatever the window's frame takes
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False})
    yield driver
    driver.quit()


def _add(tl, line, *args):
    result = tl("add", line, *args)
    assert result.exit_code == 0, result.output


def _export_and_open(tl, out, browser):
    """The store exported through the CLI as the page `out`, opened in the browser."""
    result = tl("export", "-o", str(out))
    assert result.exit_code == 0, result.output
    browser.get(out.as_uri())
    return out


@pytest.fixture
def page(tl, tmp_path, browser):
    """A five-event store exported through the CLI, opened in the browser; returns a loader."""
    _add(tl, "2024-06: Talks began in June", "--by", "The Wall Street Journal")
    _add(tl, "2024-10-08/2024-10-13: Troops shipped to Vladivostok", "--by", "NIS", "--tag", "kursk")
    _add(tl, "2024-10-24: Troops arrived at the front", "--by", "Ukrainian intelligence", "--tag", "kursk")
    _add(tl, "2024-11-04~: First clash reported", "--by", "Pentagon", "--status", "disputed")
    _add(tl, f"2024-11-05: {HOSTILE}", "--by", "<b>bold claimant</b>", "--source", "javascript:alert(1)")
    out = tmp_path / "timeline.html"
    result = tl("export", "-o", str(out), "--title", "Kursk <deployment>", "--description", "What the sources say")
    assert result.exit_code == 0, result.output

    def load(fragment: str = ""):
        browser.get(out.as_uri() + fragment)
        browser.execute_script("return document.readyState")
        return browser
    return load


def visible_bars(driver) -> list[str]:
    """Ids of the bars a person sees: shown, with a size, inside the axis viewport."""
    return driver.execute_script("""
        var vp = document.getElementById('viewport').getBoundingClientRect();
        return Array.from(document.querySelectorAll('#lanes .bar')).filter(function (b) {
            if (b.hidden) return false;
            var r = b.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && r.right > vp.left && r.left < vp.right;
        }).map(function (b) { return b.dataset.id; });""")


def visible_items(driver) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('li.event')).filter(function (li) {"
        " return li.offsetParent !== null; }).map(function (li) { return li.id.slice(2); });")


def ids_by_text(driver) -> dict[str, str]:
    data = json.loads(driver.find_element("id", "timeline-data").get_attribute("textContent"))
    return {e[9]: e[0] for e in data["events"]}  # [id, ..., text (9), ...]: htmlpage._record


def test_every_event_is_drawn_on_the_axis_and_listed(page):
    driver = page()
    assert driver.title == "Kursk <deployment>"
    assert len(visible_bars(driver)) == 5
    assert len(visible_items(driver)) == 5
    assert driver.find_element("id", "count").text == "Showing 5 of 5 events"
    assert driver.find_element("css selector", ".description").text == "What the sources say"


def test_status_badges_tags_and_notes_are_drawn(page):
    driver = page()
    ids = ids_by_text(driver)
    disputed = driver.find_element("id", f"e-{ids['First clash reported']}")
    assert "status-disputed" in disputed.get_attribute("class")
    assert disputed.find_element("css selector", "bdi.status").text == "disputed"
    shipped = driver.find_element("id", f"e-{ids['Troops shipped to Vladivostok']}")
    assert [t.text for t in shipped.find_elements("css selector", "bdi.tag")] == ["kursk"]
    assert "~" in disputed.find_element("css selector", ".when").text  # approximate, said as ~


def test_a_facet_click_hides_what_it_should(page):
    driver = page()
    ids = ids_by_text(driver)
    tags = driver.find_element("css selector", 'details.facet[data-facet="tags"]')
    tags.find_element("tag name", "summary").click()
    tags.find_element("css selector", 'input[value="kursk"]').click()
    kursk = {ids["Troops shipped to Vladivostok"], ids["Troops arrived at the front"]}
    assert set(visible_bars(driver)) == kursk
    assert set(visible_items(driver)) == kursk
    assert driver.find_element("id", "count").text == "Showing 2 of 5 events"
    # a second facet narrows further (AND across facets)
    claimants = driver.find_element("css selector", 'details.facet[data-facet="by"]')
    claimants.find_element("tag name", "summary").click()
    claimants.find_element("css selector", 'input[value="NIS"]').click()
    assert visible_bars(driver) == [ids["Troops shipped to Vladivostok"]]
    # unticking brings them back
    tags.find_element("css selector", 'input[value="kursk"]').click()
    claimants.find_element("css selector", 'input[value="NIS"]').click()
    assert len(visible_bars(driver)) == 5


def test_search_finds_an_event(page):
    driver = page()
    ids = ids_by_text(driver)
    box = driver.find_element("id", "q")
    box.send_keys("vladivostok")
    assert visible_bars(driver) == [ids["Troops shipped to Vladivostok"]]
    assert visible_items(driver) == [ids["Troops shipped to Vladivostok"]]
    box.clear()
    box.send_keys("wall street")  # the claimant is searched too
    assert visible_items(driver) == [ids["Talks began in June"]]


def test_hostile_event_text_does_not_run_script(page):
    driver = page()
    assert driver.execute_script("return window.__pwned === undefined")
    assert driver.find_elements("css selector", "img") == []
    shown = driver.find_element("id", "list").text
    assert '<img src=x onerror="window.__pwned=1">' in shown and "<b>bold claimant</b>" in shown
    # selecting it puts it in the detail panel, still as text; the javascript: source is no link
    driver.find_element("css selector", f'#lanes .bar[data-id="{ids_by_text(driver)[HOSTILE]}"]').click()
    detail = driver.find_element("id", "detail")
    assert HOSTILE in detail.text
    assert all(a.get_attribute("href").startswith(("http", "file:")) for a in detail.find_elements("tag name", "a"))
    assert driver.execute_script("return window.__pwned === undefined")
    # nothing was loaded from anywhere: the page is self-contained
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_a_permalink_opens_its_event(page):
    driver = page()
    target = ids_by_text(driver)["Troops arrived at the front"]
    driver = page(f"#e-{target}")
    assert "selected" in driver.find_element("css selector", f'#lanes .bar[data-id="{target}"]').get_attribute("class")
    assert "Troops arrived at the front" in driver.find_element("id", "detail").text
    assert "Ukrainian intelligence" in driver.find_element("id", "detail").text


def test_zoom_goes_from_centuries_to_hours(page):
    driver = page()
    chart = driver.find_element("id", "chart")
    assert chart.get_attribute("data-unit") == "1m"  # months on a five-month timeline
    body = driver.find_element("id", "viewport")
    body.click()
    for _ in range(16):
        body.send_keys("-")
    assert chart.get_attribute("data-unit").endswith("y") and int(chart.get_attribute("data-unit")[:-1]) >= 100
    driver.find_element("id", "zoom-fit").click()
    for _ in range(14):
        driver.find_element("id", "zoom-in").click()
    assert chart.get_attribute("data-unit").endswith("h")
    driver.find_element("id", "zoom-fit").click()
    assert chart.get_attribute("data-unit") == "1m"


def test_keyboard_navigation(page):
    from selenium.webdriver.common.keys import Keys

    driver = page()
    driver.find_element("tag name", "body").send_keys("j")
    first = driver.execute_script("return document.activeElement.dataset.id")
    assert first == ids_by_text(driver)["Talks began in June"]
    driver.switch_to.active_element.send_keys("j")
    assert driver.execute_script("return document.activeElement.dataset.id") == ids_by_text(driver)[
        "Troops shipped to Vladivostok"]
    driver.switch_to.active_element.send_keys("/")
    assert driver.execute_script("return document.activeElement.id") == "q"
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)


def test_accessible_landmarks_and_names(page):
    driver = page()
    for selector in ("header", "main#list", "nav#controls", "section#chart[aria-label]", "aside#detail[aria-label]"):
        assert driver.find_elements("css selector", selector), selector
    assert driver.find_element("css selector", 'label[for="q"]').text == "Search"
    for button in driver.find_elements("css selector", ".toolbar button"):
        assert button.get_attribute("aria-label") or button.text.strip()
    assert driver.find_element("id", "count").get_attribute("role") == "status"


def test_print_shows_the_list_not_the_controls(page):
    driver = page()
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = driver.execute_script("return ['controls', 'chart', 'list'].map(function (id) {"
                                      " return getComputedStyle(document.getElementById(id)).display; })")
        assert shown[0] == "none" and shown[1] == "none" and shown[2] != "none"
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_the_axis_opens_where_most_events_are(tl, tmp_path, browser):
    for year in range(1939, 1946):
        _add(tl, f"{year}-06-01: A battle of {year}")
    _add(tl, "0300: A stray date from a mention of the fourth century")
    _add(tl, "2099: A stray date from the future")
    _export_and_open(tl, tmp_path / "war.html", browser)
    summary = browser.find_element("css selector", ".summary").text
    assert "mostly 1939-06-01 to 1945-06-01" in summary and "all: 0300-01-01 to 2099-12-31" in summary
    years = [int(t.text) for t in browser.find_elements("css selector", "#ticks .tick")]
    assert years and 1935 <= years[0] <= 1940 and years[-1] <= 1950


def test_a_screenshot_at_1280x800_is_kept(page):
    driver = page()
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "timeline-1280x800.png"
    driver.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 800)
    assert len(data) > 20_000  # a drawn page, not a blank one


def test_every_date_reads_as_the_terminal_writes_it(tl, tmp_path, browser):
    """Plain days, months and years travel as their days only (htmlpage._plain_forms) and the
    script writes them out: each item must read as format_when and the EDTF value say."""
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    from synth import make_events

    from timeline_cli import store
    from timeline_cli.when import format_when

    events = make_events(400, seed=7)
    store.save(tl.store, events)
    _export_and_open(tl, tmp_path / "dates.html", browser)
    browser.execute_script("window.dispatchEvent(new Event('beforeprint'))")  # render every item
    shown = browser.execute_script("""
        var out = {};
        document.querySelectorAll('li.event').forEach(function (li) {
            var b = li.querySelectorAll('.when > bdi');
            out[li.id.slice(2)] = [b[0].textContent, b[1].textContent];
        });
        return out;""")
    assert len(shown) == len(events)
    for e in events:
        assert shown[e.id] == [format_when(e.when), e.when], e.when


def test_untrusted_text_is_bidi_isolated_on_the_page(tl, tmp_path, browser):
    from datetime import date

    from timeline_cli import store
    from timeline_cli.model import Event

    rlo = "\u202e"
    store.save(tl.store, [Event(id="h1", when="2024-11-04", text=f"TEXT{rlo}gnp.exe", by=f"BY{rlo}x",
                                source=f"SOURCE{rlo}x", note=f"NOTE{rlo}x", status="disputed",
                                reported=date(2024, 11, 5))])
    _export_and_open(tl, tmp_path / "bidi.html", browser)
    browser.find_element("css selector", "#lanes .bar").click()  # the detail panel too
    loose = browser.execute_script("""
        var loose = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
            var n = walker.currentNode;
            if (n.textContent.indexOf('\u202e') < 0 || n.parentElement.closest('script')) continue;
            if (!n.parentElement.closest('bdi, [dir="auto"]')) loose.push(n.textContent);
        }
        return loose;""")
    assert loose == []
    assert "TEXT" in browser.find_element("id", "list").text and "NOTE" in browser.find_element("id", "detail").text


def test_a_long_list_is_drawn_a_chunk_at_a_time(tl, tmp_path, browser):
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    from synth import make_events

    from timeline_cli import store

    events = make_events(2000, seed=3)
    store.save(tl.store, events)
    out = _export_and_open(tl, tmp_path / "long.html", browser)
    first = len(browser.find_elements("css selector", "li.event"))
    assert 0 < first < 2000
    browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    browser.execute_script("return new Promise(function (r) { setTimeout(r, 300); })")
    assert len(browser.find_elements("css selector", "li.event")) > first
    # a permalink to the last event renders the list up to it
    last = ids_by_text(browser)
    target = list(last.values())[-1]
    browser.get(out.as_uri() + f"#e-{target}")
    assert browser.find_element("id", f"e-{target}").get_attribute("class").find("selected") >= 0
    assert browser.find_element("id", "count").text == "Showing 2000 of 2000 events"


def test_headings_say_the_precision_of_the_date(tl, tmp_path, browser):
    """A decade, a year and a day are each listed under a heading of their own precision, worded
    as the terminal's `show` words it: no "January 1802" over a statement that says only 1802."""
    _add(tl, "Settlers built the first mill", "--when", "170X")
    _add(tl, "The miller left", "--when", "1802-01-01")
    _add(tl, "The mill burned down", "--when", "1802")
    _add(tl, "The miller returned", "--when", "1802-01-05")
    _add(tl, "The council voted to rebuild", "--when", "2015-05")
    _export_and_open(tl, tmp_path / "heads.html", browser)
    heads = browser.find_elements("css selector", "section.month h2 time")
    assert [h.text for h in heads] == ["Spanning 1700–1709", "January 1802", "1802, no exact month",
                                       "January 1802", "May 2015"]
    assert [h.get_attribute("datetime") for h in heads] == [None, "1802-01", "1802", "1802-01", "2015-05"]
    # a month listed twice keeps one anchor
    assert len(browser.find_elements("id", "m-1802-01")) == 1


def test_years_bc_are_drawn_and_named(tl, tmp_path, browser):
    from timeline_cli.when import format_when

    _add(tl, "Battle of Marathon", "--when", "490 BC")
    _add(tl, "Battle of Salamis", "--when", "Sep 480 BC")
    _add(tl, "Varus loses three legions", "--when", "AD 9")
    _export_and_open(tl, tmp_path / "bc.html", browser)
    assert len(visible_bars(browser)) == 3
    months = [h.text for h in browser.find_elements("css selector", "section.month h2")]
    # a year is headed as a year (the terminal's wording), not as its first month
    assert months == ["490 BC, no exact month", "September 480 BC", "9, no exact month"]
    assert any(t.text.endswith(" BC") for t in browser.find_elements("css selector", "#ticks .tick"))
    whens = [li.find_element("css selector", ".when bdi").text for li in browser.find_elements("css selector", "li.event")]
    assert whens == ["490 BC", "Sep 480 BC", format_when("0009")]  # as the terminal says it


def test_the_corroboration_facet_keeps_what_several_sources_report(tl, tmp_path, browser):
    """Two outlets' reports linked into one fact (`timeline link`, stored in the store), a
    third statement alone: the Corroboration facet shows the fact's two statements only."""
    _add(tl, "2024-10-24: Troops arrived at the front", "--source", "outlet-a.txt")
    _add(tl, "2024-10-24: North Korean troops reached the front line", "--source", "outlet-b.txt")
    _add(tl, "2024-11-04: First clash reported", "--source", "outlet-a.txt")
    listed = tl("show", "--format", "jsonl").output.splitlines()
    ids = {json.loads(line)["text"]: json.loads(line)["id"] for line in listed}
    pair = {ids["Troops arrived at the front"], ids["North Korean troops reached the front line"]}
    assert tl("link", *pair).exit_code == 0
    _export_and_open(tl, tmp_path / "facts.html", browser)
    assert len(visible_bars(browser)) == 3
    facet = browser.find_element("css selector", 'details.facet[data-facet="corroboration"]')
    facet.find_element("tag name", "summary").click()
    facet.find_element("css selector", 'input[value="corroborated (2+ sources)"]').click()
    assert set(visible_bars(browser)) == pair and set(visible_items(browser)) == pair
    assert browser.find_element("id", "count").text == "Showing 2 of 3 events"
    # each corroborated statement names its fact and its sources
    item = browser.find_element("id", f"e-{min(pair)}")
    assert "2 sources" in item.text and f"Fact F{min(pair)}" in item.text
    facet.find_element("css selector", 'input[value="corroborated (2+ sources)"]').click()
    facet.find_element("css selector", 'input[value="one source"]').click()
    assert visible_bars(browser) == [ids["First clash reported"]]


def test_a_label_never_runs_under_the_next_bar_of_its_lane(tl, tmp_path, browser):
    """Dense short bars on consecutive days: each lane keeps room for a bar's label, and the
    label is cut to that room, so no label is drawn under a later bar of its lane."""
    long_text = "An official statement about the negotiations that ran on for many hours " * 2
    for day in range(1, 9):
        for n in range(4):
            _add(tl, f"2024-03-{day:02d}: {n} {long_text}")
    _export_and_open(tl, tmp_path / "dense.html", browser)
    drawn, overlapping = browser.execute_script("""
        var bars = Array.from(document.querySelectorAll('#lanes .bar')).filter(function (b) {
            return !b.hidden; });
        var found = [];
        bars.forEach(function (b) {
            var label = b.querySelector('.label').getBoundingClientRect();
            bars.forEach(function (o) {
                var r = o.getBoundingClientRect();
                if (o !== b && r.top < label.bottom - 1 && r.bottom > label.top + 1 &&
                    r.left < label.right - 1 && r.right > label.left + 1)
                    found.push([b.dataset.id, label.left, label.right, label.top, r.left, r.right, r.top]);
            });
        });
        return [bars.length, found];""")
    assert drawn >= 16
    assert overlapping == []


def test_a_label_runs_on_where_its_lane_is_free(tl, tmp_path, browser):
    """A label is cut only where the next bar of its lane starts: a bar alone in its lane shows
    more of its statement than the room every lane keeps (220 px)."""
    _add(tl, "2024-03-01: " + "A long statement about the talks that ran for hours and hours " * 3)
    _add(tl, "2024-09-01: A later event far along the axis")
    _export_and_open(tl, tmp_path / "roomy.html", browser)
    widths = browser.execute_script("""
        return Array.from(document.querySelectorAll('#lanes .bar')).filter(function (b) {
            return !b.hidden; }).map(function (b) {
            return b.querySelector('.label').getBoundingClientRect().width; });""")
    assert max(widths) > 300


def test_dates_wider_than_the_view_give_way_to_the_days_in_it(tl, tmp_path, browser):
    """A month of wire copy holds many year-precision dates ("in 2024"): seen a fortnight at a
    time, each would take a lane across the whole view and push the days out of sight. They
    are laid out after the days, and the toolbar counts those left out of the lanes."""
    import csv

    rows = [("1990", "A stray date from a mention of the past")]
    rows += [("2024", f"A figure for the whole year, number {n}") for n in range(45)]
    days = [(f"2024-03-{day:02d}", f"On March {day} report {n}") for day in range(1, 11) for n in range(14)]
    with open(tmp_path / "month.csv", "w", newline="") as f:
        csv.writer(f).writerows([("when", "text"), *rows, *days])
    result = tl("import", str(tmp_path / "month.csv"))
    assert result.exit_code == 0, result.output
    _export_and_open(tl, tmp_path / "month.html", browser)
    assert "mostly 2024-03-01 to 2024-03-10" in browser.find_element("css selector", ".summary").text
    by_text = ids_by_text(browser)
    day_ids = {by_text[text] for _, text in days}
    tops = browser.execute_script("""
        var out = {};
        document.querySelectorAll('#lanes .bar').forEach(function (b) {
            if (!b.hidden) out[b.dataset.id] = b.offsetTop; });
        return out;""")
    drawn_days = [tops[i] for i in day_ids if i in tops]
    assert len(drawn_days) >= 40  # the days fill the lanes (40), a bar or more each
    assert min(drawn_days) == min(tops.values())  # from the first lane down
    assert all(top > max(drawn_days) for i, top in tops.items() if i not in day_ids)  # years below
    assert "dates wider than this view: zoom out" in browser.find_element("id", "overflow").text
