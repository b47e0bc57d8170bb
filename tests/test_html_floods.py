"""Hostile page shapes that cost trafilatura time quadratic in their size (readers/html.py):
a block of thousands of inline elements is defused before extraction (a link farm dropped,
any other read line by line), and a page holding more paragraph elements than any article is
refused with a one-line error. Real pages (the most on web-dev: 270 inline elements in one
block) are untouched."""

from __future__ import annotations

import pytest
from _linear import assert_linear

pytest.importorskip("trafilatura")

from timeline_cli.readers import html  # noqa: E402

LEAD = "<p>On March 3, 2024 the council met. The mayor said on Tuesday that roads would close.</p>"
END = "<p>The vote was held on April 2, 2024.</p>"


def page(body: str) -> bytes:
    return (f"<html><head><title>T</title></head><body><article><h1>Head</h1>{LEAD}{body}{END}"
            "</article></body></html>").encode()


def links(n: int) -> str:
    return "<p>" + " ".join(f'<a href="/t/{i}">tag{i}</a>,' for i in range(n)) + "</p>"


def bold_words(n: int) -> str:
    return "<p>" + " ".join(f"<b>w{i}</b>" for i in range(n)) + "</p>"


def lines(n: int) -> str:
    return "<p>" + "<br>".join(f"line {i}" for i in range(n)) + "</p>"


def text_of(body: str) -> str:
    return html.read(page(body), origin="p.html")[0].text


def test_a_link_farm_of_thousands_is_dropped_and_the_article_kept():
    text = text_of(links(html.INLINE_FLOOD + 1))
    assert "tag1" not in text
    assert "council met" in text and "April 2, 2024" in text


def test_a_block_of_links_under_the_flood_is_left_to_trafilatura():
    # must not: a page's ordinary link lists (trafilatura keeps this one: it is the page's prose)
    text = text_of(links(300))
    assert "tag299" in text


def test_thousands_of_inline_words_keep_every_word_in_order():
    n = html.INLINE_FLOOD + 500
    text = text_of(bold_words(n))
    words = [w for w in text.split() if w.startswith("w") and w[1:].isdigit()]
    assert words == [f"w{i}" for i in range(n)]
    assert text.index("council met") < text.index("w0") < text.index("April 2")


def test_thousands_of_lines_keep_their_line_breaks():
    n = html.INLINE_FLOOD + 200
    text = text_of(lines(n))
    got = [line for line in text.splitlines() if line.startswith("line ")]
    assert got == [f"line {i}" for i in range(n)]


def test_a_flood_beside_block_children_keeps_them_in_order():
    body = ("<div>" + " ".join(f"<i>w{i}</i>" + ("<p>A paragraph of its own.</p>" if i == 700 else "")
                               for i in range(html.INLINE_FLOOD + 10)) + "</div>")
    text = text_of(body)
    assert text.index("w700") < text.index("A paragraph of its own.") < text.index("w701")


@pytest.mark.parametrize("make", [links, bold_words, lines], ids=["links", "inline-words", "lines"])
def test_reading_a_flood_is_not_quadratic(make):
    assert_linear(lambda data: html.read(data, origin="p.html"), lambda n: page(make(max(n // 16, 1))),
                  what=f"html.read of a block of {make.__name__}", n=1 << 15, max_n=1 << 20)


def test_more_paragraph_elements_than_any_article_is_read_up_to_the_cap(tl, tmp_path):
    # (refused with a one-line error before session 19: now one policy with any huge page)
    target = tmp_path / "many.html"
    target.write_bytes(page("".join(f"<p>line {i}</p>" for i in range(html.MAX_PARAGRAPH_NODES + 1))))
    result = tl("ingest", str(target))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning")]
    assert len(warnings) == 1 and "many.html holds" in warnings[0] and "left out)" in warnings[0], result.stderr
    assert "Traceback" not in result.stderr
    assert tl.store.exists()
