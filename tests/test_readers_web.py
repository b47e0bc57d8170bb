"""Saved web pages, URLs and provenance through the CLI (issue 14): the article's text only,
the headline as the title, the page's own date, a real local HTTP server for URLs (never the
internet), one-line errors with nothing written, --source, --tag, sources relative to the
store, and a directory of mixed types that says what it skipped."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from timeline_cli.store import load

pytest.importorskip("trafilatura")
pytest.importorskip("htmldate")

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Council approves the 2013 harbour plan | Example News</title>
<meta property="og:title" content="Council approves the 2013 harbour plan">
<meta property="article:published_time" content="2024-03-15T09:30:00+00:00">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://news.example.org/2024/harbour-plan">
<script>var tracking = "On 1 January 2001 nothing happened.";</script>
</head><body>
<div class="cookie-banner">We use cookies. Accept all cookies to continue. Updated May 1, 2020.</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/2019">Archive 2019</a></li></ul></nav>
<article>
<h1>Council approves the 2013 harbour plan</h1>
<p class="byline">By Jane Doe</p>
<p>The city council approved the harbour plan on Tuesday after a debate that lasted six hours.</p>
<p>Work on the new quay will start in June and is due to end by March 2026, the mayor said.</p>
<p>The plan was first proposed in 2013, when the old ferry terminal closed after a storm.</p>
<p>Residents who opposed the project filed a petition on February 2 with more than 4,000 names.</p>
<p>The harbour authority will publish the detailed budget next week, according to its director.</p>
</article>
<div class="share">Share this article on Facebook. Follow us on Twitter.</div>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Ferry strike ends after 2019 deal</a></li></ul></aside>
<footer><p>Copyright 2013 Example News Ltd. All rights reserved.</p></footer>
</body></html>
"""


def run(tl, *args, input=None):
    return tl(*args, input=input)


def one_line_error(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_saved_page_gives_the_article_with_the_pages_date(tl, tmp_path):
    page = tmp_path / "harbour.html"
    page.write_text(PAGE, encoding="utf-8")
    result = tl("ingest", str(page))
    assert result.exit_code == 0, result.output
    events = load(tl.store)
    texts = [e.text for e in events]
    assert all(e.reported == date(2024, 3, 15) and not e.reported_assumed for e in events)
    by_text = {e.text: e for e in events}
    assert by_text["Work on the new quay will start in June and is due to end by March 2026, the mayor said."].when == "2024-06"
    assert by_text["The plan was first proposed in 2013, when the old ferry terminal closed after a storm."].when == "2013"
    assert any(t.startswith("Residents who opposed") for t in texts)
    # the headline is the title, not an event; no furniture, script, navigation or banner
    joined = "\n".join(texts)
    for furniture in ("Council approves", "Copyright", "rights reserved", "Follow us", "Share this",
                      "cookies", "Archive 2019", "Ferry strike", "By Jane Doe", "nothing happened"):
        assert furniture not in joined, furniture
    # the byline claims what no one else claims
    assert by_text["The plan was first proposed in 2013, when the old ferry terminal closed after a storm."].by == "Jane Doe"
    assert by_text["Work on the new quay will start in June and is due to end by March 2026, the mayor said."].by != "Jane Doe"
    assert {e.source for e in events} == {"harbour.html"}  # relative to the store's folder


@pytest.mark.parametrize(("author", "by"), [("Jane Doe, PhD", "Jane Doe"), ("Staff Writer", "")])
def test_a_bylines_credentials_and_placeholders_claim_nothing(tl, tmp_path, author, by):
    page = tmp_path / "harbour.html"
    # the byline paragraph is gone too: it would name Jane Doe on its own
    html = PAGE.replace('content="Jane Doe"', f'content="{author}"').replace('<p class="byline">By Jane Doe</p>', "")
    page.write_text(html, encoding="utf-8")
    assert tl("ingest", str(page)).exit_code == 0
    proposed = [e for e in load(tl.store) if e.text.startswith("The plan was first proposed")]
    assert [e.by for e in proposed] == [by]


def test_a_byline_never_claims_what_a_pronoun_the_page_cannot_resolve_says(tl, tmp_path):
    # "she said" names someone other than the author: unresolved, it has no claimant
    page = tmp_path / "appeal.html"
    body = ("<p>The council closed the harbour on Tuesday after a storm.</p>"
            "<p>\u201cWe will appeal in May,\u201d she said.</p>")
    page.write_text(PAGE.replace(PAGE[PAGE.index("<article>"):PAGE.index("</article>")],
                                 f"<article><h1>Harbour closed</h1>{body}"), encoding="utf-8")
    assert tl("ingest", str(page)).exit_code == 0
    by_text = {e.text: e.by for e in load(tl.store)}
    assert by_text["The council closed the harbour on Tuesday after a storm."] == "Jane Doe"
    assert by_text["\u201cWe will appeal in May,\u201d she said."] == ""


def test_page_without_metadata_uses_its_dateline(tl, tmp_path):
    page = tmp_path / "wire.htm"
    page.write_text("<html><body><article><p>KYIV, Nov. 6, 2024 (Reuters) - The ministry said troops "
                    "crossed the border on Monday and were pushed back two days later by the defenders.</p>"
                    "<p>Officials said more talks would follow in December, after the elections were held.</p>"
                    "</article></body></html>", encoding="utf-8")
    result = tl("ingest", str(page), "--dry-run")
    assert result.exit_code == 0, result.output
    assert "2024-11-04\t" in result.stdout and "warning" not in result.stderr


def test_extract_reads_a_page_through_its_reader(tl, tmp_path):
    page = tmp_path / "harbour.html"
    page.write_text(PAGE, encoding="utf-8")
    result = tl("extract", str(page), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert '"2026-03"' in result.stdout and "2001" not in result.stdout
    assert "warning" not in result.stderr


def test_nested_tags_give_a_one_line_error_and_nothing_written(tl, tmp_path):
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 10_000 + "<p>On May 3, 2024 the council met.</p>"
                    + "</div>" * 10_000 + "</body></html>", encoding="utf-8")
    result = tl("ingest", str(page))
    assert result.exit_code != 0
    assert "deep.html" in one_line_error(result)
    assert not tl.store.exists()


def _gzip_bomb(megabytes: int) -> bytes:
    """A page of `megabytes` MB of blanks, gzip-compressed to about 1/1000 of it."""
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [packer.compress(b"<html><body><p>On May 3, 2024 the council met.")]
    parts += [packer.compress(b" " * (1 << 20)) for _ in range(megabytes)]
    return b"".join(parts + [packer.compress(b"</p></body></html>"), packer.flush()])


def test_a_zip_bomb_saved_as_a_page_gives_a_one_line_error_and_nothing_written(tl, tmp_path):
    page = tmp_path / "bomb.html"
    page.write_bytes(_gzip_bomb(64))  # 64 MB inflated from 64 KB, past trafilatura's 20 MB cap
    assert page.stat().st_size < 200_000
    result = tl("ingest", str(page))
    assert result.exit_code != 0
    assert "bomb.html" in one_line_error(result)
    assert not tl.store.exists()


def test_hostile_attribute_and_script_are_safe(tl, tmp_path):
    page = tmp_path / "odd.html"
    page.write_text('<html><head><meta name="x" content="' + "a" * 2_000_000 + '"><script>'
                    + "while(1){}" * 10_000 + "</script></head><body><article><p>The council met on "
                    "May 3, 2024 and approved the plan for the harbour after a long debate.</p>"
                    "</article></body></html>", encoding="utf-8")
    result = tl("ingest", str(page), "--dry-run", "--reported", "2024-05-04")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("2024-05-03\tThe council met")


def test_source_names_stdin_and_tags_label_the_batch(tl):
    result = tl("ingest", "-", "--source", "Kyiv Independent, 6 Nov", "--tag", "kursk", "--tag", "batch-1",
                "--reported", "2024-11-06", input="Troops crossed the border on October 24.\n")
    assert result.exit_code == 0, result.output
    [event] = load(tl.store)
    assert event.source == "Kyiv Independent, 6 Nov"
    assert event.tags == ("kursk", "batch-1")
    # --source names one document only
    bad = tl("ingest", "-", "x.txt", "--source", "A")
    assert bad.exit_code != 0 and "--source" in one_line_error(bad)


def test_relative_and_absolute_paths_give_the_same_events(tmp_path):
    folder = tmp_path / "proj"
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "a.txt").write_text("Date: 2024-11-06\n\nTroops left on October 24.\n", encoding="utf-8")
    env = {**os.environ, "TIMELINE_STORE": ""}
    env.pop("TIMELINE_STORE")

    def timeline(*args, cwd):
        return subprocess.run([sys.executable, "-m", "timeline_cli", *args], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=120)

    first = timeline("--store", "timeline.toml", "ingest", "./docs/a.txt", cwd=folder)
    assert first.returncode == 0, first.stderr
    again = timeline("--store", str(folder / "timeline.toml"), "ingest", str(folder / "docs" / "a.txt"),
                     cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "(0 new)" in again.stderr
    text = (folder / "timeline.toml").read_text(encoding="utf-8")
    assert 'source = "docs/a.txt"' in text and str(tmp_path) not in text


def test_directory_takes_every_type_and_says_what_it_skipped(tl, tmp_path):
    folder = tmp_path / "web"
    folder.mkdir()
    (folder / "harbour.html").write_text(PAGE, encoding="utf-8")
    (folder / "harbour_files").mkdir()
    (folder / "harbour_files" / "style.css").write_text("body{}", encoding="utf-8")
    (folder / "notes.md").write_text("Date: 2024-11-06\n\nTalks began in June.\n", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    result = tl("ingest", str(folder), "--dry-run")
    assert result.exit_code == 0, result.output
    assert "from 2 documents" in result.stderr
    assert "skipped" in result.stderr and "photo.jpg" in result.stderr and "harbour_files" in result.stderr
    assert "2024-06\tTalks began in June." in result.stdout
    assert "quay" in result.stdout


# ------------------------------------------------------------------ URLs, on a local server
class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass

    def _send(self, code, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        if not any(k == "Content-Length" for k, _ in headers):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        path = self.path
        if path == "/article":
            self._send(200, PAGE.encode())
        elif path == "/moved":
            self._send(301, headers=[("Location", "/article")])
        elif path in ("/loop1", "/loop2"):
            self._send(302, headers=[("Location", "/loop2" if path == "/loop1" else "/loop1")])
        elif path == "/text":
            self._send(200, b"Date: 2024-11-06\n\nTroops left on October 24.\n", "text/plain")
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        elif path == "/bomb":  # gzip the client never asked for, inflating to 64 MB
            self._send(200, _gzip_bomb(64), headers=[("Content-Encoding", "gzip")])
        elif path == "/huge-declared":
            self._send(200, b"", headers=[("Content-Length", str(2 * 1024 ** 3))])
        elif path == "/trickle":  # a byte at a time, each well inside the read timeout
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(50):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        elif path == "/huge":  # no Content-Length: the client must stop reading at its cap
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                chunk = b"<p>" + b"x" * 65_536 + b"</p>"
                for _ in range(2_000):
                    self.wfile.write(chunk)
            except OSError:
                pass
        else:
            self._send(404, b"not found")


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_is_fetched_and_its_canonical_url_is_the_source(tl, server):
    result = tl("ingest", f"{server}/moved", "--tag", "web")
    assert result.exit_code == 0, result.output
    events = load(tl.store)
    assert events and {e.source for e in events} == {"https://news.example.org/2024/harbour-plan"}
    assert all(e.reported == date(2024, 3, 15) and e.tags == ("web",) for e in events)
    again = tl("ingest", f"{server}/article")
    assert "(0 new)" in again.stderr


def test_plain_text_url(tl, server):
    result = tl("ingest", f"{server}/text", "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.stdout == "2024-10-24\tTroops left on October 24.\n"


@pytest.mark.parametrize("path, says", [
    ("/missing", "HTTP 404"),
    ("/loop1", "redirect"),
    ("/huge-declared", "too big"),
    ("/huge", "too big"),
    ("/image", "image/png"),
    ("/bomb", "binary"),
])
def test_bad_urls_give_one_line_errors_and_write_nothing(tl, server, monkeypatch, path, says):
    monkeypatch.setattr("timeline_cli.fetch.MAX_FETCH_BYTES", 1024 * 1024)
    tl.store.write_text("", encoding="utf-8")
    before = tl.store.read_bytes()
    result = tl("ingest", f"{server}{path}")
    assert result.exit_code != 0
    assert says in one_line_error(result)
    assert tl.store.read_bytes() == before


def test_a_server_that_trickles_bytes_is_stopped_at_the_overall_deadline(tl, server, monkeypatch):
    # Each byte came inside the read timeout, and one read asked for 64 KB: the overall
    # deadline (3 x TIMEOUT) was checked only between reads, so a server sending a byte every
    # few seconds held `ingest` for as long as it liked (150 s for a 60 s deadline).
    monkeypatch.setattr("timeline_cli.fetch.TIMEOUT", 0.5)
    start = time.monotonic()
    result = tl("ingest", f"{server}/trickle")
    assert result.exit_code != 0
    assert "too slow" in one_line_error(result)
    assert time.monotonic() - start < 5  # the deadline is 1.5 s; the trickle lasts 10 s
    assert not tl.store.exists()


def test_refused_connection_is_one_line(tl):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    result = tl("ingest", f"http://127.0.0.1:{port}/a")
    assert result.exit_code != 0
    assert "connection refused" in one_line_error(result)
    assert not tl.store.exists()


def test_missing_web_library_names_the_extra(tl, tmp_path, monkeypatch):
    page = tmp_path / "a.html"
    page.write_text(PAGE, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed
    result = tl("ingest", str(page))
    assert result.exit_code != 0
    one_line_error(result)
    assert "timeline-cli[web]" in result.stderr


def test_show_gives_the_pages_title_url_and_context(tl, tmp_path):
    page = tmp_path / "harbour.html"
    page.write_text(PAGE, encoding="utf-8")
    assert tl("ingest", str(page)).exit_code == 0
    [event] = [e for e in load(tl.store) if e.when == "2013"]
    result = tl("show", event.id)
    assert result.exit_code == 0, result.output
    assert "title" in result.stdout and "Council approves the 2013 harbour plan" in result.stdout
    assert "https://news.example.org/2024/harbour-plan" in result.stdout
    assert "»The plan was first proposed in 2013" in result.stdout


def test_workers_read_pages_and_agree(tl, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(3):
        (folder / f"p{n}.html").write_text(PAGE.replace("harbour plan", f"harbour plan {n}"), encoding="utf-8")
    one = tl("ingest", str(folder), "--dry-run")
    two = tl("ingest", str(folder), "--dry-run", "--jobs", "2")
    assert one.exit_code == two.exit_code == 0, two.output
    assert one.stdout == two.stdout and "from 3 documents" in two.stderr


def test_source_overrides_a_single_files_name(tl, tmp_path):
    page = tmp_path / "harbour.html"
    page.write_text(PAGE, encoding="utf-8")
    assert tl("ingest", str(page), "--source", "Example News, 15 March").exit_code == 0
    assert {e.source for e in load(tl.store)} == {"Example News, 15 March"}


def test_extract_reads_a_url(tl, server):
    result = tl("extract", f"{server}/article", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert '"doc": "http://127.0.0.1' in result.stdout and '"2026-03"' in result.stdout


def test_a_store_holding_sources_as_given_gets_no_duplicates(tmp_path):
    """Stores written before sources were relative to the store's folder hold them as given
    (an absolute path here): re-ingesting finds those events by their old ids."""
    from timeline_cli.model import make_id

    folder = tmp_path / "proj"
    folder.mkdir()
    doc = folder / "a.txt"
    doc.write_text("Date: 2024-11-06\n\nTroops left on October 24.\nTalks began in June.\n", encoding="utf-8")
    store_file = folder / "timeline.toml"
    env = {k: v for k, v in os.environ.items() if k != "TIMELINE_STORE"}

    def timeline(*args):
        return subprocess.run([sys.executable, "-m", "timeline_cli", "--store", str(store_file), *args],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)

    assert timeline("ingest", str(doc)).returncode == 0
    # make it look like an old store: every source the absolute path, ids hashed on it
    from timeline_cli import store

    old = [e.with_(source=str(doc), id=make_id(e.text, e.when, str(doc))) for e in store.load(store_file)]
    store.save(store_file, old)
    removed = timeline("rm", old[0].id, "--yes")
    assert removed.returncode == 0, removed.stderr
    again = timeline("ingest", str(doc))
    assert again.returncode == 0, again.stderr
    assert "(0 new)" in again.stderr and "1 removed event(s) not brought back" in again.stderr
    assert len(store.load(store_file)) == len(old) - 1


def test_a_page_over_the_cap_is_refused_before_parsing(tl, tmp_path, monkeypatch):
    monkeypatch.setattr("timeline_cli.readers.html.MAX_PAGE_BYTES", 4096)
    page = tmp_path / "big.html"
    page.write_text(PAGE + "<!--" + "x" * 8192 + "-->", encoding="utf-8")
    result = tl("ingest", str(page))
    assert result.exit_code != 0 and "too big for a web page" in one_line_error(result)
    assert not tl.store.exists()


def test_bad_source_or_tag_is_a_usage_error(tl):
    for args in (("--source", "\x1f"), ("--source", "  "), ("--tag", "a\nb")):
        result = tl("ingest", "-", *args, "--reported", "2024-11-06", input="Troops left on October 24.\n")
        assert result.exit_code == 2, result.output
        assert args[0] in one_line_error(result) and "internal error" not in result.stderr
    assert not tl.store.exists()


def test_trafilaturas_own_metadata_pass_gives_the_same_document(monkeypatch):
    """The lean metadata pass (readers/html._metadata) and trafilatura's full one, used when
    the lean one is unavailable, agree on the title, author, URL and date."""
    from timeline_cli.readers import html as reader

    lean = reader.read(PAGE.encode(), origin="a.html")
    monkeypatch.setattr(reader, "_metadata", lambda tree, url: None)
    full = reader.read(PAGE.encode(), origin="a.html")
    assert lean == full
    assert (lean[0].title, lean[0].author, lean[0].url, lean[0].published.isoformat()) == (
        "Council approves the 2013 harbour plan", "Jane Doe", "https://news.example.org/2024/harbour-plan",
        "2024-03-15")


SCHEDULE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>WTA Finals: results and schedule</title>
<meta property="article:published_time" content="2023-11-02T09:30:00+00:00"></head><body>
<article><h1>WTA Finals: results and schedule</h1>
<p>Jessica Pegula returns to action at the WTA Finals today against Maria Sakkari after a win over
Aryna Sabalenka in straight sets, her fifth win in a row against top ten players this season.</p>
<p>The tournament's round-robin stage ends on Saturday, and the semi-finals follow on Sunday.</p>
<h2>Results</h2>
<h3>October 29</h3>
<p>Jessica Pegula beat Elena Rybakina 7-5, 6-2</p>
<p>Aryna Sabalenka beat Maria Sakkari 6-0, 6-1</p>
<h3>October 30</h3>
<p>Coco Gauff beat Ons Jabeur 6-0, 6-1</p>
<h2>When is the final?</h2>
<p>The final will be played in Cancun, where the tournament moved at short notice this year.</p>
</article></body></html>
"""


def test_a_pages_date_headings_date_the_results_under_them(tl, tmp_path):
    # a web page's text has a block a line and no blank lines: its date headings still date
    # the terse entries under them, up to the next heading (here a question)
    page = tmp_path / "wta.html"
    page.write_text(SCHEDULE_PAGE, encoding="utf-8")
    result = tl("ingest", str(page))
    assert result.exit_code == 0, result.output
    when = {e.text: e.when for e in load(tl.store)}
    assert when["Jessica Pegula beat Elena Rybakina 7-5, 6-2"] == "2023-10-29"
    assert when["Aryna Sabalenka beat Maria Sakkari 6-0, 6-1"] == "2023-10-29"
    assert when["Coco Gauff beat Ons Jabeur 6-0, 6-1"] == "2023-10-30"
    final = [t for t in when if t.startswith("The final will be played")]
    assert final and when[final[0]] != "2023-10-30"
    assert "October 29" not in when and "When is the final?" not in when


def test_a_link_wrapped_in_a_link_class_span_stays_in_its_sentence():
    """CBS News wraps each in-text link in `<span class="link">`; trafilatura's precision rules
    delete elements of that class, which left "especially high for ." The words stay; a span
    of that class outside a paragraph (a link list) is left to trafilatura."""
    from timeline_cli.readers import html as reader

    page = PAGE.replace(
        "<p>The plan was first proposed in 2013,",
        '<p>The stakes are especially high for <span class="link"><a href="/biden">Joe Biden</a>'
        '</span> after the debate on Tuesday.</p>\n<p>The plan was first proposed in 2013,')
    text = reader.read(page.encode(), origin="a.html")[0].text
    assert "especially high for Joe Biden after the debate" in text
    listing = PAGE.replace("</article>", '</article><div><span class="link"><a href="/x">Ferry '
                           'strike ends after a deal in 2019</a></span></div>')
    assert "Ferry strike" not in reader.read(listing.encode(), origin="a.html")[0].text
