"""The HTML reader hands trafilatura a smaller tree only where the text cannot change
(readers/htmltrim.py): the article container alone, the page without what trafilatura's
cleaning deletes anyway. Each shortcut is checked against trafilatura reading the whole page,
and each case where it must not be taken is checked to be refused."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")
pytest.importorskip("htmldate")

from timeline_cli.readers import html, htmltrim  # noqa: E402

PARAGRAPHS = "".join(
    f"<p>On March {n}, 2024 the harbour council voted on part {n} of the plan, after a debate that "
    f"ran for {n + 2} hours and drew residents from both sides of the river to the town hall.</p>"
    for n in range(1, 7))
CHROME = ('<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World 2019</a></li></ul></nav></header>'
          '<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Ferry strike ends after 2019 deal</a></li>'
          '</ul></aside><footer><p>Copyright 2013 Example News Ltd. All rights reserved.</p></footer>')


def page(body: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan</title>{head}'
            f'<script>var x = "On 1 January 2001 nothing happened.";</script></head><body>{body}</body></html>').encode()


ARTICLE = page(f'<div class="wrap">{CHROME[:CHROME.index("<aside")]}<article class="post"><h1>Harbour plan</h1>'
               f'{PARAGRAPHS}</article>{CHROME[CHROME.index("<aside"):]}</div>')


def whole_page_text(data: bytes) -> str:
    """What trafilatura gives reading the whole page (the reader's first pass without shortcuts)."""
    import trafilatura

    result = trafilatura.bare_extraction(html._parse(trafilatura, data, "page.html"), fast=True,
                                         include_comments=False, deduplicate=False, favor_precision=True,
                                         with_metadata=False)
    return result.text


def tree(data: bytes):
    import trafilatura

    return html._parse(trafilatura, data, "page.html")


def shortcut(data: bytes):
    t = tree(data)
    left = htmltrim.drop_cleaned(t, data)
    return None if left is None else htmltrim.article_tree(t, left)


def test_the_article_container_alone_gives_the_pages_text():
    small = shortcut(ARTICLE)
    assert small is not None
    assert [e.tag for e in small.iter()][:3] == ["html", "body", "div"]  # was inside a <div>: still is
    assert small.find(".//article") is not None and small.find(".//aside") is None
    text = html.read(ARTICLE, origin="page.html")[0].text
    assert text == html._drop_headline(whole_page_text(ARTICLE), "Harbour plan")
    assert "March 6, 2024" in text and "Copyright" not in text and "Ferry strike" not in text


def test_drop_cleaned_deletes_what_trafilatura_deletes_and_keeps_the_text():
    t = tree(ARTICLE)
    assert htmltrim.drop_cleaned(t, ARTICLE) == ()
    assert t.find(".//nav") is None and t.find(".//footer") is None and t.find(".//script") is None
    assert t.find(".//article") is not None
    import trafilatura

    result = trafilatura.bare_extraction(t, fast=True, include_comments=False, deduplicate=False,
                                         favor_precision=True, with_metadata=False)
    assert result.text == whole_page_text(ARTICLE)


def test_a_page_without_an_article_container_is_read_whole():
    data = page(f"{CHROME}<div>{PARAGRAPHS}</div>")
    assert shortcut(data) is None
    assert html.read(data, origin="page.html")[0].text == whole_page_text(data)


@pytest.mark.parametrize("why, data", [
    ("inside an aside trafilatura deletes", page(f'<aside><article class="post">{PARAGRAPHS}</article></aside>')),
    ("inside a comments block", page(f'<div class="comments-area"><article class="post">{PARAGRAPHS}</article></div>')),
    ("a form holding most of its text", page(f'<article class="post"><form action="/x">{PARAGRAPHS}</form><p>Short.</p></article>')),
])
def test_the_container_is_not_read_alone_when_the_page_could_read_otherwise(why, data):
    assert shortcut(data) is None, why


def test_a_small_form_in_the_container_is_deleted_either_way():
    data = page(f'<article class="post">{PARAGRAPHS}<form action="/s"><p>Sign up for our newsletter</p></form></article>')
    assert shortcut(data) is not None
    assert html.read(data, origin="page.html")[0].text == whole_page_text(data)


@pytest.mark.parametrize("why, data", [
    ("a forum thread", page(f'<article class="post">{PARAGRAPHS}</article>',
                            '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>')),
    ("MathML (its formula is recovered before cleaning)", page(f'<article class="post">{PARAGRAPHS}<math alttext="x^2"></math></article>')),
    ("an infinite-scroll block", page(f'<div class="infinite-scroll"><article class="post"><h1>Harbour plan</h1>{PARAGRAPHS}</article></div>')),
    ("a layout table", page(f'<table role="presentation"><tr><td><article class="post">{PARAGRAPHS}</article></td></tr></table>')),
    ("a figure holding a table", page(f'<article class="post">{PARAGRAPHS}<figure><table><tr><td>1</td></tr></table></figure></article>')),
])
def test_pages_trafilatura_handles_before_cleaning_are_left_whole(why, data):
    assert htmltrim.drop_cleaned(tree(data), data) is None, why
    assert html.read(data, origin="page.html")[0].text == html._drop_headline(whole_page_text(data), "Harbour plan")


def test_nested_elements_of_a_tag_leave_that_tag_to_trafilatura():
    # trafilatura's cleaning stops deleting <nav>s after one holding another: the byline <nav>
    # in the article stays in its text; the same tag and those after it are left to it.
    data = page('<nav class="menu"><div><nav class="sub"><a href="/">Home</a></nav></div></nav>'
                f'<article class="post"><nav class="byline"><ul><li>By Jane Doe</li><li>Updated March 2, 2024</li></ul></nav>'
                f'{PARAGRAPHS}</article>')
    t = tree(data)
    left = htmltrim.drop_cleaned(t, data)
    assert left is not None and left[0] == "nav" and t.find(".//script") is None
    assert htmltrim.article_tree(t, left) is None  # the article holds a <nav>
    text = html.read(data, origin="page.html")[0].text
    assert text == html._drop_headline(whole_page_text(data), "Harbour plan")


def test_a_short_container_falls_back_to_the_whole_page():
    data = page(f'<article class="post"><p>Teaser of the story.</p></article><div class="story">{PARAGRAPHS}</div>')
    assert shortcut(data) is not None  # taken, then refused: it gives no article
    assert html.read(data, origin="page.html")[0].text == whole_page_text(data)


def test_pages_parse_into_html_elements_without_pythons_class_lookup():
    import lxml.html

    t = tree(page('<form><input name="q"><select><option>a</option></select></form><p>Text of the page here.</p>'))
    assert all(isinstance(e, lxml.html.HtmlElement) for e in t.iter() if isinstance(e.tag, str))
    assert t.find(".//p").text_content() == "Text of the page here."
