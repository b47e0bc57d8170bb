"""Saved web pages (`.html`, `.htm`, a "web page complete" save; fetched pages too): the
article's main text only, by trafilatura (no navigation, footers, share buttons, comments,
related-article lists, cookie banners); the headline as the title (never a statement); the
byline as the author; the canonical URL; and the publication date the page gives itself.

The publication date, in order: the page's markup as htmldate reads it without guessing (in
trafilatura's metadata pass over the same parsed tree: Open Graph / `article:published_time`,
JSON-LD `datePublished`, `<time>`, `itemprop`, the byline date; `published_how` names which
when it can tell), then the date in the page's URL; over either, a publication timestamp
written in the publisher's own time zone (pagedate.py).
A page whose markup says nothing leaves `published` empty, so ingest looks for a dateline in
the text next ("KYIV, Nov. 6 (Reuters) -"), and only then takes htmldate's extensive search
over the page's text (`published_weak`).

trafilatura and htmldate are imported inside read(): `timeline --version` and text-only
ingests never load them; without them, a page is a one-line error naming the extra.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from timeline_cli.errors import InputError
from timeline_cli.readers import Document

NAME = "html"
EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")
EXTRA = "web"

_SNIFF = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                    re.IGNORECASE | re.DOTALL)


def sniff(head: bytes) -> bool:
    return bool(_SNIFF.match(head[:4096]))


def _libraries():
    try:
        import trafilatura
        import htmldate
    except ImportError as exc:  # lxml_html_clean missing surfaces here too
        raise InputError(f"reading web pages needs {exc.name or 'trafilatura'}, which is not installed",
                         hint="pip install 'timeline-cli[web]'") from None
    return trafilatura, htmldate


def preload() -> None:
    """Import what read() uses (readers.preload: before worker processes are forked)."""
    _libraries()
    import trafilatura.metadata  # noqa: F401
    import trafilatura.xpaths  # noqa: F401

    _parser()


# Where a date can be found in a page's markup, to say which one htmldate used.
_WHERE = (
    ("meta article:published_time", re.compile(
        rb"""<meta[^>]+(?:article:published_time|og:published_time|datePublished|date\.issued|"""
        rb"""pubdate|publish[_-]?date|dc\.date|sailthru\.date|parsely-pub-date)[^>]*>""", re.I)),
    ("JSON-LD datePublished", re.compile(rb""""datePublished"\s*:\s*"[^"]{0,64}""", re.I)),
    ("<time>", re.compile(rb"<time[^>]{0,300}>", re.I)),
)


def _how(raw: bytes, found: str) -> str:
    y, m, d = found.split("-")
    variants = (found.encode(), f"{y}/{m}/{d}".encode(), f"{y}{m}{d}".encode())
    for how, pattern in _WHERE:
        for match in pattern.finditer(raw, 0, min(len(raw), 4 << 20)):
            if any(v in match.group() for v in variants):
                return how
    return "page metadata (htmldate)"


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# A web page larger than this is no article (the largest news pages are a few MB): refused
# before parsing, so time and memory stay bounded.
MAX_PAGE_BYTES = 64 * 1024 * 1024
# Under this many characters, the fast extraction's text is checked by the full one (on
# web-dev, every page whose text the two extractions disagree on keeps under 500 characters
# in the fast one; 10 of the 23 pages under 1,000 are left a second, useless extraction).
SHORT_ARTICLE = 500


def read(data: bytes, *, origin: str, encoding: str = "utf-8", url: str = "") -> list[Document]:
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(f"{origin} is too big for a web page ({len(data) // (1024 * 1024)} MB; the limit "
                         f"is {MAX_PAGE_BYTES // (1024 * 1024)} MB)",
                         hint="save the article's own page, or copy its text into a .txt file")
    trafilatura, htmldate = _libraries()
    from htmldate import find_date

    data = _CONTROL_REF.sub(b"", data)

    # One parse serves the date and the precise extraction (each re-parse of a page costs as
    # much as a quarter of the extraction); only the rare recall retry parses again.
    cut: list[str] = []
    tree = _parse(trafilatura, data, origin, cut)
    meta = _metadata(tree, url)  # before extraction prunes the tree
    local = _local_published(tree)
    # Precision first (related lists and teasers left out). fast=True: trafilatura's own
    # extractor only, without its comparison against readability and jusText (a third of its
    # time). A short text from it may be an article it missed (on web-dev, 5 of 180 pages
    # kept under 500 characters of 0.5-4 KB articles): such a page is read again with the
    # comparison, then favouring recall (each on a new parse: extraction prunes the tree).
    result, text = _first_pass(trafilatura, tree, data, origin, url, meta is None)
    if len(text.strip()) < SHORT_ARTICLE:
        for precision in (True, False):
            result, text = _extract(trafilatura, _parse(trafilatura, data, origin), origin, url, meta is None,
                                    precision=precision, fast=False)
            if text.strip():
                break
    if not text.strip():
        raise InputError(f"{origin}: found no article text in the page",
                         hint="a page built by scripts, or nested too deeply, has no text to read; "
                              "save the article's own page, or copy its text into a .txt file")
    if meta is None:  # this trafilatura has no lean pass: its own metadata came with the text
        meta = result
    # The page's own metadata first (what trafilatura's metadata pass found by htmldate).
    published, how, weak = None, "", False
    found = getattr(meta, "date", None)
    if found and _day(found):
        published = _day(found)
        how = _how(data, found)
        if how == "page metadata (htmldate)" and url and found.replace("-", "/") in url:
            how = "URL"
    if local is not None and local[0] != published:
        # a publication timestamp in the publisher's own time zone names the day it printed
        published, how = local
    title = (meta.title or "").strip()
    if published is None:
        # No date in the markup: ingest tries the text's dateline next, then this guess.
        try:
            guess = find_date(_parse(trafilatura, data, origin), url=url or None, original_date=True,
                              extensive_search=True, outputformat="%Y-%m-%d")
        except Exception:  # noqa: BLE001
            guess = None
        if _day(guess):
            published, how, weak = _day(guess), "htmldate extensive search (URL or page text)", True
    text = _drop_headline(text, title)
    lang = ""
    m = re.search(rb"<html[^>]{0,500}?\blang\s*=\s*[\"']?([A-Za-z]{2})\b", data[:8192], re.I)
    if m:
        lang = m.group(1).decode("ascii").lower()
    notes = (cut[0],) if cut[0] else ()
    return [Document(text=text, title=title, author=(meta.author or "").strip(), published=published,
                     published_how=how, published_weak=weak, url=(meta.url or url or "").strip(),
                     language=lang or (getattr(result, "language", None) or ""), notes=notes)]


def _first_pass(trafilatura, tree, data: bytes, origin: str, url: str, with_metadata: bool) -> tuple[Any, str]:
    """The fast, precise extraction, on as small a tree as gives the same text (htmltrim.py):
    the article container alone when it holds the article, else the page without what
    trafilatura deletes anyway."""
    from timeline_cli.readers import htmltrim

    left = None if with_metadata else htmltrim.drop_cleaned(tree, data)
    if left is not None:
        small = htmltrim.article_tree(tree, left)
        if small is not None:
            result, text = _extract(trafilatura, small, origin, url, False, precision=True, fast=True)
            body = getattr(result, "body", None)
            if len(text.strip()) >= SHORT_ARTICLE and body is not None and len(body) >= 2:
                return result, text
    return _extract(trafilatura, tree, origin, url, with_metadata, precision=True, fast=True)


def _extract(trafilatura, tree, origin: str, url: str, with_metadata: bool, *, precision: bool,
             fast: bool) -> tuple[Any, str]:
    """(trafilatura's result, its text) for `tree`; (None, "") for a tree nested beyond reason."""
    try:
        result = trafilatura.bare_extraction(tree, url=url or None, with_metadata=with_metadata, fast=fast,
                                             include_comments=False, deduplicate=False,
                                             favor_precision=precision, favor_recall=not precision,
                                             date_extraction_params={"extensive_search": False,
                                                                     "original_date": True})
    except RecursionError:
        return None, ""
    except Exception as exc:  # noqa: BLE001
        raise InputError(f"{origin}: cannot read the page ({type(exc).__name__})",
                         hint="check that it is a web page; save it again from the browser") from None
    return result, ((getattr(result, "text", None) or "") if result is not None else "")


def _local_published(tree):
    from timeline_cli.readers.pagedate import local_published

    try:
        return local_published(tree)
    except RecursionError:  # JSON-LD nested beyond reason: no date from it
        return None


def _metadata(tree, url: str) -> Any:
    """trafilatura's metadata pass (its `extract_metadata`) without the parts this reader never
    uses (site name, categories, tags, licence: about a third of the pass): the title, the
    author, the canonical URL and the date in the markup (htmldate, no guessing). None when
    this trafilatura has no such functions: bare_extraction's own pass is used then."""
    try:
        from trafilatura.metadata import (examine_meta, extract_author, extract_meta_json, extract_title,
                                          extract_url)
    except ImportError:
        return None
    from htmldate import find_date

    try:
        meta = examine_meta(tree)
        if meta.author and " " not in meta.author:  # as trafilatura: one word is a handle, not a name
            meta.author = None
        try:
            meta = extract_meta_json(tree, meta)
        except Exception:  # noqa: BLE001 - broken JSON-LD is no metadata, as in trafilatura
            pass
        meta.title = meta.title or extract_title(tree)
        meta.author = meta.author or extract_author(tree)
        meta.url = meta.url or extract_url(tree, url or None)
        try:
            meta.date = find_date(tree, url=meta.url, original_date=True, extensive_search=False,
                                  outputformat="%Y-%m-%d")
        except Exception:  # noqa: BLE001 - htmldate failing on odd markup is "no date"
            meta.date = None
        meta.clean_and_trim()  # entities decoded, white space trimmed, as trafilatura does
    except RecursionError:
        return None
    return meta


# What trafilatura's load_html repairs before parsing (characters XML refuses: control
# characters, U+FFFE, U+FFFF; a self-closing <html/>): a page holding none is parsed straight
# from its bytes. Bytes.translate finds the control characters 4x faster than a regex.
_CONTROL = bytes(range(0, 9)) + b"\x0b\x0c" + bytes(range(14, 32))
_SELF_CLOSED_HTML = re.compile(rb"<html[^>]{0,300}/>", re.IGNORECASE)


def _needs_repair(data: bytes) -> bool:
    return (len(data.translate(None, _CONTROL)) != len(data) or b"\xef\xbf\xbe" in data
            or b"\xef\xbf\xbf" in data or bool(_SELF_CLOSED_HTML.search(data, 0, 4096)))


# A character reference to a C0 control other than tab, newline and carriage return (`&#27;`,
# `&#x1b;`, `&#1`): lxml puts the control in the tree, trafilatura's XML steps fail on it and
# the whole page came out as "found no article text". Dropped before parsing, as the raw
# control bytes are (a hostile page's `&#27;[31m` is no text).
_CONTROL_REF = re.compile(rb"&#(?:0*(?:[1-8]|1[1-2]|1[4-9]|2[0-9]|3[01])(?![0-9])"
                          rb"|[xX]0*(?:[1-8]|[bBcCeEfF]|1[0-9a-fA-F])(?![0-9a-fA-F]));?")


def _parse(trafilatura, data: bytes, origin: str, cut: list[str] | None = None):
    try:
        tree = _parse_utf8(data)
        if tree is None:
            tree = trafilatura.load_html(data)
    except Exception as exc:  # noqa: BLE001 - a broken page is the user's input, not our bug
        raise InputError(f"{origin}: cannot parse the page as HTML ({type(exc).__name__})",
                         hint="check that it is a web page; save it again from the browser") from None
    if tree is None:
        raise InputError(f"{origin}: cannot parse the page as HTML",
                         hint="check that it is a web page; save it again from the browser")
    if _LINK_CLASS.search(data):
        _keep_inline_links(tree)
    _defuse_inline_floods(tree)
    if _UNSEEN.search(data):
        _drop_unseen(tree)
    note = _cap_elements(tree, origin)
    if cut is not None:
        cut.append(note)
    return tree


# More elements than this in a page is no article (the most on web-dev's 180 pages is 5,516):
# trafilatura's time grows faster than their number (a 4 MB page of 82,000 list items: 38 s,
# a 50 MB one: minutes). The page is read up to its first MAX_PAGE_ELEMENTS elements, in
# document order, and the reader says so (Document.notes): 50,000 list items read in ~20 s.
MAX_PAGE_ELEMENTS = 50_000


def _cap_elements(tree, origin: str) -> str:
    """Cut `tree` in document order before the first element past either cap: MAX_PAGE_ELEMENTS
    elements in all, or MAX_PARAGRAPH_NODES elements inside its paragraphs (one inside two
    nested paragraphs counts twice, as the reader pays for it). The warning saying what was left
    out, naming the cap reached first; "" for every real page (nothing cut). One policy for
    both: a page is never refused for its size alone, and what is read stays bounded."""
    from lxml import etree

    count = inside = 0
    depth = 0  # the paragraphs around (and at) the element reached
    first_cut = None
    kept_elements = kept_inside = 0
    by_paragraphs = False
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        if event == "end":
            if el.tag == "p":
                depth -= 1
            continue
        if el.tag == "p":
            depth += 1
        count += 1
        inside += depth
        if first_cut is None and (count > MAX_PAGE_ELEMENTS or inside > MAX_PARAGRAPH_NODES):
            first_cut = el
            by_paragraphs = count <= MAX_PAGE_ELEMENTS
            kept_elements, kept_inside = count - 1, inside - depth
    if first_cut is None:
        return ""
    # Everything from first_cut on: first_cut and the later siblings of it and of each of its
    # ancestors (their subtrees go with them).
    el = first_cut
    while el is not None and el.getparent() is not None:
        parent = el.getparent()
        later = [el] + list(el.itersiblings()) if el is first_cut else list(el.itersiblings())
        for node in later:
            node.tail = None
            parent.remove(node)
        el = parent
    if by_paragraphs:
        return (f"{origin} holds {inside:,} elements in its paragraphs, more than any article: "
                f"read up to its first {kept_inside:,} ({inside - kept_inside:,} left out)")
    return (f"{origin} holds {count:,} HTML elements, more than any article: "
            f"read up to its first {kept_elements:,} ({count - kept_elements:,} left out)")


# trafilatura's time grows with the square of the elements inside a page's paragraphs (libxml2
# merges its `//p//text()` results node by node): 80,000 one-line paragraphs take 9 s, 64 MB
# of them would take hours. The most on web-dev's 180 pages is 1,347; a long novel on one page
# holds some 30,000 (8 s to read at this limit on a busy 2-core machine).
MAX_PARAGRAPH_NODES = 60_000


# More inline elements than this side by side in one block is no prose (the most on web-dev's
# 180 pages is 270, a poem's lines): see _defuse_inline_floods.
INLINE_FLOOD = 1000
_INLINE = frozenset({"a", "span", "b", "i", "em", "strong", "u", "small", "big", "font", "abbr", "sup",
                     "sub", "mark", "cite", "code", "q", "s", "strike", "del", "ins", "br", "img", "label",
                     "time", "var", "kbd", "samp", "dfn", "bdi", "bdo", "wbr", "tt"})


_UNSEEN = re.compile(rb"<template\b|\shidden\b", re.IGNORECASE)


def _drop_unseen(tree) -> None:
    """Drop what a browser never shows: elements with the `hidden` attribute and <template>
    contents (trafilatura reads both as text, and drops only `display:none`). A hostile page
    hid a statement in `<p hidden>` and the timeline claimed the page said it. The tail text
    after each stays."""
    from trafilatura.xml import delete_element

    for el in tree.xpath("//*[@hidden] | //template"):
        if el.getparent() is not None:
            delete_element(el)


def _defuse_inline_floods(tree) -> None:
    """A block holding thousands of inline elements (a hostile page, a tag cloud gone wild)
    costs trafilatura time quadratic in their number: it strips the tags, which leaves as many
    separate text nodes, and its `//p//text()` query over them is quadratic in libxml2 (10,000
    links in one paragraph: 7 s; 2 MB of them: minutes). Such a block of mostly links is a link
    farm, dropped as trafilatura's link-density rule would drop it; any other such block is
    cut into blocks small enough to cost little, in order."""
    floods = [el for el in tree.iter() if len(el) > INLINE_FLOOD
              and sum(1 for child in el if child.tag in _INLINE) > INLINE_FLOOD]
    for el in floods:
        if el.getparent() is None:
            continue
        words = "".join(el.itertext())
        linked = sum(len("".join(a.itertext())) for a in el.iter("a"))
        if linked * 2 >= len(words.strip()):
            from trafilatura.xml import delete_element  # trafilatura's own: the tail text stays

            delete_element(el)
            continue
        _as_plain_blocks(el)


def _as_plain_blocks(el) -> None:
    """`el`'s inline runs as plain text, one block a line (a `<br>` ends a line), its other
    children kept in order: a paragraph becomes consecutive paragraphs, any other element holds
    them."""
    blocks: list = []
    run: list[str] = [el.text or ""]

    def flush() -> None:
        text = "".join(run)
        if text.strip():
            block = el.makeelement("p", {})
            block.text = text
            blocks.append(block)
        run.clear()

    for child in list(el):
        if child.tag == "br":
            flush()
        elif child.tag in _INLINE:
            run.append("".join(child.itertext()))
        else:
            flush()
            blocks.append(child)  # a block of its own (a table, a list): kept as it is
        run.append(child.tail or "")
        child.tail = None
    flush()
    for child in list(el):
        el.remove(child)
    el.text = None
    if el.tag == "p" and el.getparent() is not None:
        # (no paragraph inside a paragraph: the blocks follow it, now empty, in order)
        tail, el.tail = el.tail, None
        after = el
        for block in blocks:
            after.addnext(block)
            after = block
        after.tail = tail
    else:
        el.extend(blocks)


_LINK_CLASS = re.compile(rb"class\s*=\s*[\"'](?:[^\"']*\s)?link[\s\"']")


def _keep_inline_links(tree) -> None:
    """A link inside a paragraph wrapped in `<span class="link">` (CBS News) is words of the
    sentence, but trafilatura's precision rules delete any element whose class is "link", which
    left "especially high for ." where the page reads "especially high for Joe Biden.". The
    wrapper loses its class (a page without such a class pays one byte search: _parse)."""
    for span in tree.iter("span"):
        cls = span.get("class")
        if cls and "link" in cls.split() and span.find(".//a") is not None and \
                any(a.tag == "p" for a in span.iterancestors()):
            del span.attrib["class"]


def _parse_utf8(data: bytes):
    """The page parsed from its bytes, as trafilatura's load_html would parse it, when it is
    valid UTF-8 needing no repair (most pages); else None. load_html decodes the bytes, repairs
    and re-encodes them for lxml: about half of the parse (1.2 of 2.5 ms a page), for the same
    tree (on web-dev, the same text from all 180 pages)."""
    if b"<html" not in data[:4096].lower() or _needs_repair(data):
        return None  # a fragment (load_html checks it is a page) or markup to repair
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None  # another encoding: load_html's detection reads it
    import lxml.html

    tree = lxml.html.fromstring(data, parser=_parser())
    return tree if tree is not None and len(tree) >= 1 else None


_PARSER: list = []


def _parser():
    """trafilatura's parser settings (trafilatura.utils.HTML_PARSER) with every element an
    HtmlElement chosen in C: lxml.html's own choice is a Python call per element reached (form
    fields get classes of their own trafilatura never uses), 5% of reading a page."""
    if not _PARSER:
        import lxml.html
        from lxml import etree

        parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                      remove_comments=True, remove_pis=True)
        parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
        _PARSER.append(parser)
    return _PARSER[0]


def _drop_headline(text: str, title: str) -> str:
    """The article text without its headline on the first line (the headline is the title)."""
    first, sep, rest = text.partition("\n")
    if title and sep and _fold(first) and (_fold(first) in _fold(title) or _fold(title) in _fold(first)):
        return rest.lstrip("\n")
    return text


def _fold(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", s.lower()).split())
