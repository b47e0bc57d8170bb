"""Session 19 polish: three inconsistencies a red-team pass left in what the CLI does."""
from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a huge web page, one policy


def _paragraph_page(n: int) -> bytes:
    paras = "".join(f"<p>On {1 + i % 28} May 2024 the council met for <b>session</b> {i}.</p>" for i in range(n))
    return (f"<html><head><title>Minutes</title><meta property='article:published_time' "
            f"content='2024-06-01'></head><body><article>{paras}</article></body></html>").encode()


def test_a_page_of_too_many_paragraph_elements_is_read_up_to_the_cap_with_a_warning(tl, tmp_path, monkeypatch):
    # It was refused outright while a page of as many elements elsewhere was read up to its
    # first 50,000 with a warning: both are now read up to their cap, with the same warning.
    pytest.importorskip("trafilatura")
    from timeline_cli.readers import html

    monkeypatch.setattr(html, "MAX_PARAGRAPH_NODES", 400)  # 2 elements a paragraph: 200 read
    target = tmp_path / "minutes.html"
    target.write_bytes(_paragraph_page(1000))
    result = tl("ingest", str(target))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning")]
    assert len(warnings) == 1, result.stderr
    assert "minutes.html holds 2,000 elements in its paragraphs" in warnings[0], warnings[0]
    assert "read up to its first" in warnings[0] and "left out)" in warnings[0]
    store = tl.store.read_text()
    assert "session 0." in store and "session 150." in store and "session 999." not in store


def test_the_paragraph_cap_counts_nested_paragraphs_as_the_reader_pays_for_them():
    # An element inside two paragraphs (a <p> in a <span> in a <p>) is paid for twice.
    lxml_html = pytest.importorskip("lxml.html")
    from timeline_cli.readers import html

    tree = lxml_html.fromstring("<html><body><p>a<span><p>b</p></span></p><p>c</p><p>d</p></body></html>")
    assert sum(1 for p in tree.iter("p") for _ in p.iter()) == 6
    before = html.MAX_PARAGRAPH_NODES
    try:
        html.MAX_PARAGRAPH_NODES = 4  # p, span, p (twice): 4; "c" would be the fifth
        note = html._cap_elements(tree, "x.html")
    finally:
        html.MAX_PARAGRAPH_NODES = before
    assert "x.html holds 6 elements in its paragraphs" in note and "read up to its first 4 (2 left out)" in note, note
    assert "".join(tree.itertext()) == "ab"
    assert sum(1 for p in tree.iter("p") for _ in p.iter()) == 4
