"""A smaller tree for trafilatura's extraction, giving the text the whole page gives.

trafilatura's cost grows with the tree it is handed (its pruning rules are XPath regular
expressions run over every element, and it copies the tree four times), yet most of a page is
markup it throws away. Two ways to hand it less, each only where the result cannot change:

- `drop_cleaned`: what trafilatura's cleaning deletes whatever it holds (`<nav>`, `<footer>`,
  `<aside>`, `<script>`, `<svg>`, the `<head>` once the metadata is read ...), deleted before
  its raw-tree rules run over it rather than after, tag by tag in its order. Forms are left to
  it (their fate depends on the page's text), and so is a tag it would not delete in full (after
  an element holding another of its tag its walk stops) with the tags after it. A page holding
  what trafilatura handles before cleaning is left whole: a forum thread (its JSON-LD makes the
  posts the content), MathML (the formula is recovered first), infinite-scroll blocks and share
  buttons (its raw-tree rules), a layout table or a figure holding a table (turned into kept
  `<div>`s).
- `article_tree`, on the cleaned tree: trafilatura reads the first match of the first of its
  body rules that matches (`<article class="post">`, `itemprop="articleBody"`,
  `class="entry-content"`, the first `<article>` ...) and stops there when it gives an article.
  That container alone, in an empty page, is read the same way; the reader keeps that text only
  when it is such an article (two blocks or more, SHORT_ARTICLE characters or more), else it
  reads the whole page. Not taken for a container inside markup trafilatura deletes (an
  `<aside>`, a `<form>`, comments, infinite-scroll blocks), holding a tag left to trafilatura,
  or holding a form that could be half the text (a form is kept or dropped by its share of the
  page's text).

On the 180 pages of web-dev the reader's documents are identical with and without them
(bench/html_trim.py checks it).
"""

from __future__ import annotations

import re
from copy import deepcopy
from typing import Any

# ids and classes of blocks trafilatura's raw-tree and comment rules delete (a superset: any
# of these on the container or above it leaves the page to trafilatura whole).
_PRUNED_BLOCK = re.compile(r"comment|comol|disqus|dsq-|infinite-?scroll|mvp-post-add|elementor-share", re.I)
# On a forum thread trafilatura keeps what it calls comments: the posts.
FORUM = b"DiscussionForumPosting"


def is_forum(data: bytes) -> bool:
    return FORUM in data


def _cleaned_tags() -> tuple[str, ...]:
    from trafilatura.settings import MANUALLY_CLEANED

    return tuple(tag for tag in MANUALLY_CLEANED if tag != "form")  # forms: as trafilatura, last


# Markup trafilatura handles before its cleaning: an infinite-scroll block or share buttons
# (its raw-tree rules, case-sensitive as they are), MathML (its formula is recovered first), a
# layout table or a figure holding a table (turned into <div>s and kept). A page holding any is
# cleaned by trafilatura. (Plain substring tests: a regular expression over the page's bytes
# cost 5 ms a page.)
_BEFORE_CLEANING = (b"infinite-scroll", b"infinitescroll", b"mvp-post-add", b"elementor-share-buttons")


def drop_cleaned(tree: Any, data: bytes) -> tuple[str, ...] | None:
    """Delete, in place, what trafilatura's cleaning deletes, as it does (see above). The
    tags left to trafilatura (after one it would not delete all of: see below); None when the
    whole page is left to it."""
    from trafilatura.xml import delete_element  # trafilatura's own: the tail text stays

    if is_forum(data) or any(name in data for name in _BEFORE_CLEANING) or _layout_tables(tree):
        return None
    tags = _cleaned_tags()
    found: dict[str, list] = {tag: [] for tag in tags}
    for element in tree.iter(*tags):  # one walk (an element inside one deleted before: harmless)
        found[element.tag].append(element)
    if found.get("math"):
        return None
    for n, tag in enumerate(tags):
        elements = found[tag]
        # trafilatura deletes them as it walks the tree; after an element holding another of
        # its tag, the walk ends inside the deleted one and the later ones are kept. That is
        # left to trafilatura, this tag and the ones it deletes after it.
        if any(element.find(f".//{tag}") is not None for element in elements):
            return tags[n:]
        for element in elements:
            delete_element(element)
    return ()


def _layout_tables(tree: Any) -> bool:
    return any((element.get("role") in ("presentation", "none") if element.tag == "table"
                else element.find(".//table") is not None) for element in tree.iter("figure", "table"))


def article_tree(tree: Any, left: tuple[str, ...]) -> Any | None:
    """A new page holding a copy of the container trafilatura's body rules pick first in
    `tree` (the first match of the first rule that matches), or None when the whole page could
    read otherwise (see above). For a tree drop_cleaned has cleaned, `left` the tags it left
    (trafilatura may keep some of them on the page, and would delete them all in the copy)."""
    import lxml.html
    from lxml import etree
    from trafilatura.xpaths import BODY_XPATH

    target = next((matches[0] for matches in (rule(tree) for rule in BODY_XPATH) if matches), None)
    if target is None:
        return None
    cleaned = set(_cleaned_tags()) | {"form"}
    for element in (target, *target.iterancestors()):
        if element.tag in cleaned or _PRUNED_BLOCK.search(f"{element.get('id', '')} {element.get('class', '')}"):
            return None
    if (left and next(target.iter(*left), None) is not None) or not _forms_go_anyway(target, cleaned):
        return None
    # trafilatura keeps a link's text for its link-density tests only inside a container
    # (div, li, p, table): the container stays one if it was inside one.
    inside = next(target.iterancestors("div", "li", "p", "table"), None) is not None
    page = lxml.html.Element("html")
    host = etree.SubElement(page, "body")
    if inside:
        host = etree.SubElement(host, "div")
    copy = deepcopy(target)  # the page stays whole, to be read whole if this gives no article
    copy.tail = None  # the text after it is not in it
    host.append(copy)
    return page


def _forms_go_anyway(target: Any, cleaned: set[str]) -> bool:
    """Whether each form in `target` holds at most half the text the container keeps after
    trafilatura's cleaning (a lower bound: less what cleaning may still delete). trafilatura
    deletes a form holding at most half the page's text, and the page holds at least the
    container's: such a form is deleted on the page and in the container alike."""
    forms = list(target.iter("form"))
    if not forms:
        return True
    kept = len(target.text_content()) - sum(len(element.text_content()) for element in target.iter(*cleaned)
                                            if element.tag != "form")
    return all(2 * len(form.text_content()) <= kept for form in forms)
