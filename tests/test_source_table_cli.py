"""Through the CLI: a document's title and canonical URL (and byline, publication date, PDF
page) reach `show ID` and each export with a place for them; a hostile title reaches no
terminal as control codes, no spreadsheet as a formula and no browser as markup."""

from __future__ import annotations

import csv
import io
import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from timeline_cli.store import load

TITLE = "Council approves the harbour plan"
URL = "https://news.example.org/2024/harbour-plan"
PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>{TITLE} | Example News</title>
<meta property="og:title" content="{TITLE}">
<link rel="canonical" href="{URL}">
<meta property="article:published_time" content="2024-03-15T10:00:00Z">
<meta name="author" content="Jane Roe">
</head><body><article><h1>{TITLE}</h1>
<p>The council voted on 12 March 2024 to approve the harbour plan after a long debate.</p>
<p>The plan was first proposed in 2013 by the port authority, officials said.</p>
</article></body></html>
"""


@pytest.fixture
def page_store(tl, tmp_path: Path):
    page = tmp_path / "harbour.html"
    page.write_text(PAGE, encoding="utf-8")
    result = tl("ingest", str(page))
    assert result.exit_code == 0, result.output
    return tl


def _export(tl, fmt: str) -> str:
    result = tl("export", "--format", fmt)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_show_id_gives_title_url_byline_and_date(page_store) -> None:
    [event] = [e for e in load(page_store.store) if e.when == "2013"]
    page_store.store.with_name("harbour.html").unlink()  # from the table, not the file
    out = page_store("show", event.id).stdout
    assert f"title      {TITLE}" in out and f"url        {URL}" in out
    assert "author     Jane Roe" in out
    assert "published  2024-03-15 (meta article:published_time)" in out


@pytest.mark.parametrize("fmt, sep", [("csv", ","), ("tsv", "\t")])
def test_tabular_exports_have_source_columns(page_store, fmt: str, sep: str) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(page_store, fmt)), delimiter=sep))
    assert rows and all(r["source_title"] == TITLE and r["source_url"] == URL for r in rows)
    # the columns are derived: the export imports back as the same events
    path = page_store.store.with_name(f"back.{fmt}")
    path.write_text(_export(page_store, fmt), encoding="utf-8", newline="")
    again = page_store("import", str(path))
    assert again.exit_code == 0 and "0 new" in again.stderr + again.stdout, again.output


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_exports_have_source_fields(page_store, fmt: str) -> None:
    text = _export(page_store, fmt)
    records = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert records and all(r["source_title"] == TITLE and r["source_url"] == URL for r in records)
    assert list(records[0])[-2:] == ["source_title", "source_url"]


def test_timelinejs_credits_the_page(page_store) -> None:
    slides = json.loads(_export(page_store, "timelinejs"))["events"]
    assert all(s["media"] == {"url": URL, "credit": TITLE, "link": URL, "link_target": "_blank"} for s in slides)
    assert all(f'<a href="{URL}"' in s["text"]["text"] and TITLE in s["text"]["text"] for s in slides)


def _page_data(page: str) -> dict:
    import json
    import re

    return json.loads(re.search(r'id="timeline-data">(.*?)</script>', page, flags=re.S).group(1))


def test_html_page_links_the_source_by_its_title(page_store) -> None:
    # the page's script links the source by its title (tests/test_html_browser.py draws it)
    data = _page_data(_export(page_store, "html"))
    i = data["source"].index("harbour.html")
    assert (data["titles"][i], data["urls"][i]) == (TITLE, URL)


def test_ics_has_the_url_and_the_title(page_store) -> None:
    text = _export(page_store, "ics").replace("\n ", "")  # unfold (the runner reads CRLF as \n)
    assert text.count(f"URL;VALUE=URI:{URL}\n") == 2
    assert f"Source: {TITLE} (harbour.html)" in text


def test_a_store_without_a_table_exports_as_before(tl) -> None:
    assert tl("add", "2024-11-04: First clash").exit_code == 0
    assert "source_title" not in _export(tl, "csv") and "source_url" not in _export(tl, "json")


def test_each_pdf_event_shows_its_page(tl, tmp_path: Path) -> None:
    pytest.importorskip("fpdf")
    pytest.importorskip("pypdf")
    from test_reader_pdf import make_report

    report = tmp_path / "report.pdf"
    report.write_bytes(make_report())
    assert tl("ingest", str(report)).exit_code == 0
    pages = {"2019-03-12": 1, "2020-06-04": 2, "2021-02-01": 3}
    for event in [e for e in load(tl.store) if e.when in pages]:
        out = tl("show", event.id).stdout
        assert f"page       {pages[event.when]} of 3" in out, out
        assert "title      Port Operations Review" in out


def test_a_hostile_title_is_inert_everywhere(tl, tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"] = "Ann Lee <ann@example.com>"
    msg["Subject"] = "=HYPERLINK(\"http://evil\") <script>alert(1)</script> \x1b[31mred\u202e"
    msg["Date"] = "Wed, 03 Mar 2021 17:45:00 -0800"
    msg.set_content("The board approved the merger on 3 March 2021.\n")
    mail = tmp_path / "mail.eml"
    mail.write_bytes(bytes(msg))
    assert tl("ingest", str(mail)).exit_code == 0
    [event] = load(tl.store)
    shown = tl("show", event.id).stdout
    assert "\x1b" not in shown and "\u202e" not in shown and "\\x1b[31mred" in shown
    rows = list(csv.DictReader(io.StringIO(_export(tl, "csv"))))
    assert rows[0]["source_title"].startswith("'=HYPERLINK")
    tljs = _export(tl, "timelinejs")
    assert "<script>" not in tljs and "&lt;script&gt;" in tljs
    page = _export(tl, "html")  # the title travels as data, escaped; the script shows it as text
    assert "<script>alert" not in page and "\\u003cscript\\u003ealert(1)" in page
    assert any("<script>alert(1)</script>" in t for t in _page_data(page)["titles"])


def test_a_store_ingested_before_the_table_still_shows_the_pages_title(page_store) -> None:
    text = page_store.store.read_text(encoding="utf-8")
    head, _, events = text.partition("\n[[event]]")
    old = head[:head.index("\n[[source]]")].replace("schema = 4", "schema = 2") + "\n[[event]]" + events
    page_store.store.write_text(old, encoding="utf-8")  # as a schema 2 store: no source table
    [event] = [e for e in load(page_store.store) if e.when == "2013"]
    out = page_store("show", event.id).stdout
    assert f"{TITLE}" in out and URL in out and "\nauthor " not in out  # re-read from the page
