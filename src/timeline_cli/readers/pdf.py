"""PDF reader: the text of a PDF (pypdf), page by page, ready to parse.

* Reading order: pypdf's plain extraction, which follows the content stream; that is the
  reading order of what word processors, LaTeX and report generators write (a column is
  written before the next). pypdf's "layout" mode is not used: it lays columns side by side on
  one line, which interleaves them, and pads with runs of spaces and blank lines.
* Words broken at a line end are joined ("inter-\\nnational" -> "international") when the
  next line goes on in lower case; a hyphen inside a line ("well-known") is kept, and so is one
  before a capital or a digit ("Franco-\\nGerman", "COVID-\\n19").
* Running headers and footers (a line repeated at the top or bottom of most pages, digits
  ignored so "Page 3 of 9" repeats) and bare page numbers ("3", "- 3 -", "Page 3", "3 / 9")
  are removed.
* `Document.pages` holds the offset in `text` where each page starts, so a statement's page is
  `doc.page_of(offset)`.
* Title and author come from the PDF's metadata, without what office software fills in by
  itself ("Microsoft Office User", "Administrator", a title that is a file name). The publication date: a PDF's CreationDate
  is when the file was made (a report exported or re-saved years after it was written, a scan
  made today), which is often not the date the document gives itself. So when the first page
  prints a date (a dateline, a "Date:" line, a date alone on a line; the rules of
  `find_document_date`), `published` is left empty and ingest takes the date from the text
  as it does for any document; CreationDate is given (published_how "PDF CreationDate") only
  when the first page has no date, and marked `published_weak` (a guess: a date ingest finds
  in the text still wins).

Refused, each with a one-line InputError and a hint: an encrypted PDF (one that opens with an
empty password, as "no printing" PDFs do, is read), a PDF without extractable text (scanned:
the hint names OCR), a broken file, a truncated one (no %%EOF in its last 4 KB: pypdf would
otherwise recover part of the text without a word), and anything over the limits below (a
decompression bomb: pypdf's own per-stream limits, plus MAX_PAGES pages, MAX_TEXT_CHARS
characters of text and MAX_SECONDS of extraction).
"""

from __future__ import annotations

import logging
import re
import time
import warnings
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Any

from timeline_cli.errors import InputError
from timeline_cli.readers import Document

if TYPE_CHECKING:
    from pypdf import PdfReader

NAME = "pdf"
EXTENSIONS = (".pdf",)
EXTRA = "pdf"

# Limits: a PDF over any of them is refused, not cut short silently.
MAX_PAGES = 2000
MAX_TEXT_CHARS = 20_000_000
MAX_SECONDS = 120.0

_INSTALL_HINT = "install the PDF extra: pip install 'timeline-cli[pdf]'"
_OCR_HINT = "it looks scanned: run OCR first, e.g. `ocrmypdf in.pdf out.pdf`, then ingest out.pdf"
_DECRYPT_HINT = "decrypt it first, e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`, then ingest out.pdf"
_BROKEN_HINT = "the file may be truncated or damaged: download it again, or repair it with `qpdf in.pdf out.pdf`"

# How many lines at each end of a page are looked at for running headers, footers, page numbers.
_EDGE_LINES = 3


def sniff(head: bytes) -> bool:
    """A PDF starts with `%PDF-` (after a byte-order mark or blank bytes at most)."""
    return head.lstrip(b"\xef\xbb\xbf\x00\t\r\n ")[:5] == b"%PDF-"


def read(data: bytes, *, origin: str, encoding: str = "utf-8") -> list[Document]:
    """The PDF in `data` as one Document (`encoding` is unused: a PDF says its own)."""
    try:
        import pypdf
    except ImportError:
        raise InputError(f"{origin}: reading PDF needs pypdf, which is not installed",
                         hint=_INSTALL_HINT) from None
    logger = logging.getLogger("pypdf")
    level = logger.level
    # pypdf logs each repaired cross-reference or unknown font encoding (with the whole
    # 256-entry table) to stderr; what matters reaches the user as an InputError instead
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return [_read(pypdf, data, origin)]
    finally:
        logger.setLevel(level)


def _limit_error(pypdf: Any) -> tuple[type[BaseException], ...]:
    limit = getattr(pypdf.errors, "LimitReachedError", None)  # pypdf >= 5
    return (limit,) if limit is not None else ()


def _read(pypdf: Any, data: bytes, origin: str) -> Document:
    import io

    limits = _limit_error(pypdf)
    if b"%PDF-" not in data[:1024]:
        # no header where a PDF has one (a reader may allow junk before it): another kind of
        # file under a .pdf name, not a cut-off PDF
        raise InputError(f"{origin} is not a PDF (no %PDF- header at its start)",
                         hint="check what the file is (`file NAME`); a PDF starts with %PDF-")
    if b"%%EOF" not in data[-4096:]:
        # pypdf would rebuild what it can of a cut-off download and give part of the text, silently
        raise InputError(f"{origin} is a truncated PDF (no %%EOF marker at its end)", hint=_BROKEN_HINT)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            _decrypt(pypdf, reader, origin)
        count = len(reader.pages)
    except InputError:
        raise
    except limits:
        raise _bomb(origin, "a compressed object decompresses past pypdf's limit") from None
    except Exception as exc:  # noqa: BLE001 - any failure of the parser on untrusted bytes
        raise InputError(f"{origin} is not a readable PDF ({_why(exc)})", hint=_BROKEN_HINT) from None
    if count == 0:
        raise InputError(f"{origin} is not a readable PDF (it has no pages)", hint=_BROKEN_HINT)
    if count > MAX_PAGES:
        raise InputError(f"{origin} has {count} pages, more than the {MAX_PAGES} a PDF may have here",
                         hint="split it, e.g. `qpdf in.pdf --split-pages=500 part-%d.pdf`, "
                              "and ingest the parts")
    pages: list[str] = []
    total = 0
    start = time.monotonic()
    for number in range(count):
        try:
            raw = reader.pages[number].extract_text() or ""
        except limits:
            raise _bomb(origin, f"page {number + 1} decompresses past pypdf's limit") from None
        except Exception as exc:  # noqa: BLE001
            raise InputError(f"{origin}: page {number + 1} of the PDF cannot be read ({_why(exc)})",
                             hint=_BROKEN_HINT) from None
        total += len(raw)
        if total > MAX_TEXT_CHARS:
            raise _bomb(origin, f"its text passes {MAX_TEXT_CHARS:,} characters "
                                f"by page {number + 1}")
        if time.monotonic() - start > MAX_SECONDS:
            raise _bomb(origin, f"extracting its text took over {MAX_SECONDS:.0f} s "
                                f"(stopped at page {number + 1} of {count})")
        pages.append(raw)
    if not any(page.strip() for page in pages):
        what = "its page is" if count == 1 else f"its {count} pages are"
        raise InputError(f"{origin} has no extractable text ({what} images or blank)", hint=_OCR_HINT)
    text, offsets = _assemble(pages)
    title, author, created = _metadata(reader)
    first = text[offsets[0]:offsets[1]] if len(offsets) > 1 else text
    published: date | None = None
    how = ""
    if created is not None and not _has_date(first):
        published, how = created, "PDF CreationDate"
    # weak: even then, a date ingest finds in the text (with --dayfirst, or a dateline) wins
    return Document(text=text, title=title, author=author, published=published,
                    published_how=how, published_weak=published is not None, pages=offsets)


def _decrypt(pypdf: Any, reader: PdfReader, origin: str) -> None:
    """Open a PDF encrypted with an empty user password (owner-restricted); refuse others."""
    try:
        ok = reader.decrypt("")
    except Exception as exc:  # noqa: BLE001 - DependencyError for AES without `cryptography`, ...
        raise InputError(f"{origin} is an encrypted PDF and cannot be opened here ({_why(exc)})",
                         hint=_DECRYPT_HINT) from None
    if not ok:
        raise InputError(f"{origin} is an encrypted PDF (it needs a password)", hint=_DECRYPT_HINT)


def _bomb(origin: str, why: str) -> InputError:
    return InputError(f"{origin} is refused as too big to extract: {why}",
                      hint="if the PDF is genuine, split it (e.g. `qpdf in.pdf --split-pages=100 part-%d.pdf`) "
                           "or convert it with `pdftotext` and ingest the text")


def _why(exc: BaseException) -> str:
    message = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def _metadata(reader: PdfReader) -> tuple[str, str, date | None]:
    try:
        meta = reader.metadata
    except Exception:  # noqa: BLE001 - a broken Info dictionary is not worth refusing the text
        return "", "", None
    if meta is None:
        return "", "", None

    def field(get) -> str:
        try:
            value = get()
        except Exception:  # noqa: BLE001
            return ""
        return " ".join(str(value).split()) if value else ""

    created: date | None = None
    try:
        stamp = meta.creation_date
        if stamp is not None:
            created = stamp.date()
    except Exception:  # noqa: BLE001 - a malformed D:... string
        created = None
    title = re.sub(r"^Microsoft (?:Word|PowerPoint|Excel) - ", "", field(lambda: meta.title))
    author = field(lambda: meta.author)
    # what office software writes when nobody filled the field in is nobody's byline
    if title.casefold() in _PLACEHOLDERS or re.fullmatch(r"[\w .-]+\.(?:docx?|pptx?|xlsx?|odt|tex|indd)", title):
        title = ""
    if author.casefold() in _PLACEHOLDERS:
        author = ""
    return title, author, created


_PLACEHOLDERS = {"untitled", "untitled document", "microsoft office user", "administrator", "admin",
                 "user", "owner", "unknown", "author", "windows user", "ibm user", "default",
                 "hp authorized customer", "valued customer", "preferred customer"}


def _has_date(first_page: str) -> bool:
    from timeline_cli.temporal.docdate import find_document_date

    return find_document_date(first_page) is not None


# --- text clean-up ---------------------------------------------------------------------------

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"(?:page|p\.|seite|página|pagina)?\s*[-–—]?\s*(\d{1,4})\s*[-–—]?\s*(?:(?:/|of|de|von|sur)\s*\d{1,4})?",
    re.IGNORECASE)
_ROMAN = re.compile(r"(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})", re.IGNORECASE)
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-\n[ \t]*(?=[a-zà-ÿ])")


# A running header or footer is short ("Annual Report 2023 - page 3"); a longer line matches
# another page's only when equal, digits included, so body text that differs by a number
# ("... opened terminal 12.") is never taken for one.
_SHORT_LINE = 60


def _norm(line: str) -> str:
    line = " ".join(line.split()).casefold()
    return _DIGITS.sub("#", line) if len(line) <= _SHORT_LINE else line


def _is_page_number(line: str, pages: int) -> bool:
    line = line.strip()
    if _ROMAN.fullmatch(line):
        return True
    match = _PAGE_NUMBER.fullmatch(line)
    # "2019" alone at the foot of page 3 of 10 is a year, not a page number
    return match is not None and int(match.group(1)) <= 2 * pages + 50


def _edges(lines: list[str]) -> list[int]:
    """Indexes of the first and last few non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:_EDGE_LINES]) | set(filled[-_EDGE_LINES:]))


def _strip_running(pages: list[str]) -> list[str]:
    """Remove running headers/footers (a line, digits ignored, at an edge of most pages) and
    bare page numbers at the edges."""
    split = [page.splitlines() for page in pages]
    count = len(split)
    seen: Counter[str] = Counter()
    for lines in split:
        seen.update({_norm(lines[i]) for i in _edges(lines)})
    # repeated on at least 2 pages and on at least 60% of them
    needed = max(2, -(-count * 3 // 5))
    running = {key for key, n in seen.items() if n >= needed and key}
    out = []
    for lines in split:
        drop = {i for i in _edges(lines)
                if _norm(lines[i]) in running or _is_page_number(lines[i], count)}
        out.append("\n".join(line.rstrip() for i, line in enumerate(lines) if i not in drop).strip("\n"))
    return out


def _ends_sentence(text: str) -> bool:
    return not text or text.rstrip()[-1:] in ".!?:;\"'”’)]"


def _assemble(raw_pages: list[str]) -> tuple[str, tuple[int, ...]]:
    """Join the cleaned pages into one text; the offset where each page starts."""
    pages = [_BROKEN_WORD.sub("", page) for page in _strip_running(raw_pages)]
    # a word broken across a page break: its end moves up to the page before
    for i in range(len(pages) - 1):
        if re.search(r"[^\W\d_]-$", pages[i]):
            carried = re.match(r"[a-zà-ÿ]\S*", pages[i + 1])
            if carried:
                pages[i] = pages[i][:-1] + carried.group(0)
                pages[i + 1] = pages[i + 1][carried.end():].lstrip(" \t\n")
    parts: list[str] = []
    offsets: list[int] = []
    at = 0
    for page in pages:
        if parts:
            # a sentence running over the page break stays one paragraph
            sep = "\n\n" if _ends_sentence(parts[-1]) else "\n"
            parts.append(sep)
            at += len(sep)
        offsets.append(at)
        parts.append(page)
        at += len(page)
    return "".join(parts), tuple(offsets)
