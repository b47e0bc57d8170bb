"""E-mail reader: an `.eml` message, or an `.mbox` holding many (one Document per message).

Parsed with the standard library's `email` package (policy.default); nothing heavy is imported.

* Body: the text/plain part, else the text/html part turned into text by a small
  html.parser-based stripper (no network, no scripts, styles or <blockquote>s). Only text
  parts are decoded: attachments (a part with Content-Disposition: attachment, images,
  PDFs, ...) are ignored, and a big attachment is never decoded; a forwarded message/rfc822
  is read as below.
  A body part without a charset is decoded with `encoding` (default UTF-8).
* Quoted replies are skipped: "> ..." lines, the "On <date>, X wrote:" line that introduces
  them, and everything after "-----Original Message-----" or an Outlook "____" + "From:" block.
  The signature, after a "-- " line, is dropped.
* A message forwarded in the body (Gmail's "---------- Forwarded message ---------", Apple Mail's
  "Begin forwarded message:") is a Document of its own, part "forwarded-1", ...: its From: is
  its author, its Date: (as mail clients write it) its published date. A message forwarded as
  an attachment (a message/rfc822 part: "Forward as Attachment") is read the same way, with
  its own headers, after those of the body (attached within attached: "forwarded-1/forwarded-1",
  to _MAX_DEPTH levels); one that cannot be read is left out as an attachment is.
* Date: -> published (published_how "Date: header"), as the date written in the header, in the
  sender's own time zone. A Date: the parser refuses whole (a zone of +9999, an hour of 25)
  gives the day it writes, when that is a real day, and a note naming the part that was wrong;
  one with no day in it, a note that it was not read. From: -> author (the display name, else the address), the default
  claimant of statements that name none. Subject: -> title. Content-Language: -> language.
* An mbox (a file starting with a "From sender date" line) is split on its "From " lines in one
  linear pass; each message's `part` is its Message-ID (without <>), else its number (1-based).
  ">From " lines escaped by the mbox writer are unescaped.

* Only what may be read is parsed (slim_message): attachments, images and text parts after the
  body read are stubs of one header before the parser sees them (a 100 MB message with a 95 MB
  attachment peaked at 0.8 GB, now ~1.3x its size); a message's parts past the first
  _MAX_PARTS are left out, said in a note (the command warns).

A malformed e-mail (no headers, a multipart without its boundary, a message with no text body)
is a one-line InputError naming the message, never a traceback. In an mbox, a malformed message
is skipped and named in the first Document's `notes` (the command warns), as a mail client
importing a mailbox skips what it cannot read; a message without a text body is skipped
silently; only an mbox with no message that can be read is an error.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from timeline_cli.errors import InputError
from timeline_cli.readers import Document

if TYPE_CHECKING:
    from collections.abc import Iterator
    from email.message import EmailMessage, Message, MIMEPart

NAME = "email"
EXTENSIONS = (".eml", ".mbox")
EXTRA = ""

# "From sender@example.com Fri Dec  4 23:40:00 2026": the mbox separator line (it has a time).
_FROM_LINE = re.compile(rb"From \S+[ \t]+[^\r\n]*\d{1,2}:\d{2}[^\r\n]*")
_HEADER = re.compile(rb"[!-9;-~]+:[ \t]?")
# headers that make a block of "Key: value" lines an e-mail rather than a text's front matter
_MAIL_ONLY = {b"from", b"received", b"message-id", b"return-path", b"mime-version",
              b"delivered-to", b"in-reply-to", b"references", b"x-mailer"}
_MAIL = _MAIL_ONLY | {b"date", b"subject", b"to", b"cc", b"reply-to", b"content-type"}

_HINT = "check it is a whole e-mail (headers, a blank line, the body), e.g. saved with \"Save as .eml\""


def sniff(head: bytes) -> bool:
    """An mbox "From " line at the start, or RFC 822 headers: the first lines are all
    `Header: value` (or continuations) up to a blank line, with at least two e-mail headers, one
    of them only e-mails have (From:, Received:, Message-ID:, MIME-Version: ...)."""
    head = head.lstrip(b"\xef\xbb\xbf")
    if _FROM_LINE.match(head):
        return True
    keys: set[bytes] = set()
    for number, line in enumerate(head.splitlines()[:200]):
        if not line.strip():
            break  # the end of the header block
        if line[:1] in (b" ", b"\t") and number:
            continue  # a folded header's continuation
        if not _HEADER.match(line):
            return False
        keys.add(line[:line.index(b":")].lower())
    found = keys & _MAIL
    return len(found) >= 2 and bool(found & _MAIL_ONLY)


def read(data: bytes, *, origin: str, encoding: str = "utf-8") -> list[Document]:
    """One Document per message: one for an .eml, one per message for an mbox."""
    if _FROM_LINE.match(data.lstrip(b"\xef\xbb\xbf")):
        messages = _split_mbox(data.lstrip(b"\xef\xbb\xbf"))
        docs = []
        notes = []
        for number, raw in enumerate(messages, 1):
            try:
                found = _read_one(raw, origin=f"{origin} (message {number}{_id_of(raw)})",
                                  encoding=encoding, number=number, required=False)
            except InputError as exc:
                # One broken message does not cost the user the mailbox: it is left out, said.
                notes.append(f"{exc.message}: skipped")
                continue
            docs.extend(found)
        if not docs:
            if notes:
                raise InputError(f"{origin} is an mbox with no message that can be read ({len(notes)} malformed; "
                                 f"the first: {notes[0].removesuffix(': skipped')})", hint=_HINT)
            raise InputError(f"{origin} is an mbox with no message that has a text body",
                             hint="attachments are not read; save the text of the messages instead")
        if notes:
            docs[0] = replace(docs[0], notes=docs[0].notes + tuple(notes))
        return docs
    docs = _read_one(data, origin=origin, encoding=encoding, number=0, required=True)
    assert docs
    return docs


def _id_of(raw: bytes) -> str:
    """", <Message-ID>" of a message's raw bytes, to name it in a warning ("" when there is
    none): found without parsing, since the message may not parse."""
    head = raw[:raw.find(b"\n\n")] if b"\n\n" in raw[:65536] else raw[:65536]
    m = re.search(rb"(?im)^message-id:[ \t]*<?([^\s<>]{1,200})>?", head)
    return f", {m.group(1).decode('ascii', 'replace')}" if m else ""


def _split_mbox(data: bytes) -> Iterator[bytes]:
    """The messages of an mbox: split on "From " separator lines, one linear pass, a message
    at a time (a copy of one message in memory, not of the whole mailbox)."""
    starts = [m.start() for m in re.finditer(rb"(?m)^From [^\r\n]*", data)
              if _FROM_LINE.fullmatch(m.group(0).rstrip(b"\r"))]
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(data)
        nl = data.find(b"\n", start, end)
        body_start = nl + 1 if nl >= 0 else end
        # mboxrd/mboxo escaping: ">From " in a body was "From "
        yield re.sub(rb"(?m)^>(>*From )", rb"\1", data[body_start:end])


def _read_one(raw: bytes, *, origin: str, encoding: str, number: int,
              required: bool) -> list[Document]:
    import email
    from email import policy

    try:
        # parsed without its attachments' bytes and past _MAX_PARTS parts (slim_message)
        slim, left_out = slim_message(raw)
        msg = email.message_from_bytes(slim, policy=policy.default)
        del slim
        docs = _document(msg, origin=origin, encoding=encoding, number=number, required=required)
        if left_out and docs:
            note = (f"{origin} holds {_MAX_PARTS + left_out:,} MIME parts, more than any message: "
                    f"read up to its first {_MAX_PARTS:,} ({left_out:,} left out)")
            docs[0] = replace(docs[0], notes=docs[0].notes + (note,))
        return docs
    except InputError:
        raise
    except RecursionError:  # (Python's parser recurses once a level: ~1,000 parts in parts)
        raise InputError(f"{origin} is a malformed e-mail (its parts are nested too deeply to read)",
                         hint="save the text of the message, or its innermost part, as a file of its own") from None
    except Exception as exc:  # noqa: BLE001 - any failure on untrusted bytes is the input's
        detail = " ".join(str(exc).split())[:100]
        raise InputError(f"{origin} is a malformed e-mail ({type(exc).__name__}: {detail})",
                         hint=_HINT) from None


# How deep messages attached to attached messages are read (a forward of a forward ...): a
# message nested deeper is an attachment like another, not a document.
_MAX_DEPTH = 5


def _document(msg: EmailMessage, *, origin: str, encoding: str, number: int,
              required: bool, depth: int = 0) -> list[Document]:
    """The message as a Document, then each message it forwards in its body, then each it
    forwards as an attachment (a message/rfc822 part), as one of its own."""
    from email import errors

    keys = {key.lower() for key in msg.keys()}
    if not keys & {"from", "date", "subject", "message-id", "to", "received"}:
        raise InputError(f"{origin} is a malformed e-mail (no From:, Date: or Subject: header)", hint=_HINT)
    broken = (errors.NoBoundaryInMultipartDefect, errors.StartBoundaryNotFoundDefect)
    for piece in msg.walk():
        if any(isinstance(defect, broken) for defect in piece.defects):
            raise InputError(f"{origin} is a malformed e-mail (a multipart part without its boundary)",
                             hint=_HINT)
    body, charset_note = _body(msg, encoding)
    attached = list(_attached(msg)) if depth < _MAX_DEPTH else []
    # messages attached past the depth read: said, not silently gone (their text may be the
    # only text the file has: fifty forwards of a forward gave "0 events" and no word why)
    deeper = depth >= _MAX_DEPTH and next(_attached(msg), None) is not None
    notes: tuple[str, ...] = (
        (f"{origin.split(' (')[0]}: messages attached more than {_MAX_DEPTH} deep are not read",) if deeper else ())
    if charset_note:
        notes += (f"{origin}: {charset_note}",)
    if body is None and not attached:
        if notes:
            return [Document(text="", title=_header(msg, "Subject"), author=_sender(msg), notes=notes)]
        if required:
            raise InputError(f"{origin} has no text body (attachments are not read)",
                             hint="save the attachment and ingest it as a file of its own")
        return []
    published, how, date_note = _date(msg)
    if date_note:
        notes += (f"{origin}: {date_note}",)
    message_id = _header(msg, "Message-ID").strip().strip("<>").strip()
    part = (message_id or str(number)) if number else ""
    language = _header(msg, "Content-Language").split(",")[0].strip()[:2].lower()
    language = language if language.isalpha() else ""
    title = _header(msg, "Subject")
    own, forwarded = split_forwarded(body or "")
    docs = [Document(text=clean_body(own), title=title, author=_sender(msg), published=published,
                     published_how=how, language=language, part=part, notes=notes)]
    for k, (headers, text) in enumerate(forwarded, 1):
        # Another sender's message, on its own day: its statements are its author's, and its
        # "on Monday" counts from its Date:, not the forwarding message's
        day = _forwarded_date(headers.get("date", ""))
        docs.append(Document(
            text=clean_body(text), title=headers.get("subject", "") or title,
            author=_address_name(headers.get("from", "")), published=day or published,
            published_how="forwarded Date:" if day else how, language=language,
            part=f"{part}/forwarded-{k}" if part else f"forwarded-{k}"))
    for k, inner in enumerate(attached, len(forwarded) + 1):
        # Read as a message forwarded in the body is, with its own headers; one that cannot
        # be read (no headers, no text) is left out as any attachment is, the message kept.
        prefix = f"{part}/forwarded-{k}" if part else f"forwarded-{k}"
        try:
            found = _document(inner, origin=f"{origin} (forwarded message {k})", encoding=encoding,
                              number=0, required=False, depth=depth + 1)
        except Exception:  # noqa: BLE001 - untrusted bytes: the attachment is not read
            continue
        docs.extend(replace(d, part=prefix + (f"/{d.part}" if d.part else ""), title=d.title or title,
                            language=d.language or language, published=d.published or published,
                            published_how="forwarded Date:" if d.published else how) for d in found)
    kept = [d for d in docs if d.text.strip()] or docs[:1]
    below = tuple(n for d in docs for n in d.notes if n not in kept[0].notes)
    return [replace(kept[0], notes=kept[0].notes + below)] + kept[1:] if below else kept


def _attached(msg: MIMEPart) -> Iterator[EmailMessage]:
    """The messages attached to MSG as message/rfc822 parts, in order (not those attached
    inside them: _document reads those, one level deeper)."""
    from email.message import EmailMessage
    for piece in msg.iter_parts():
        kind = piece.get_content_type()
        if kind == "message/rfc822":
            payload = piece.get_payload()
            if isinstance(payload, list) and payload and isinstance(payload[0], EmailMessage):
                yield payload[0]  # (policy.default parses an attached message as one)
        elif piece.get_content_maintype() == "multipart":
            yield from _attached(piece)


def _header(msg: EmailMessage, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # noqa: BLE001 - a header the policy cannot parse: leave it out
        return ""
    return " ".join(str(value).split()) if value is not None else ""


def _sender(msg: EmailMessage) -> str:
    try:
        header = msg.get("From")
        addresses = getattr(header, "addresses", None)
        if addresses:
            first = addresses[0]
            return _unquoted(first.display_name) or " ".join(first.addr_spec.split())
    except Exception:  # noqa: BLE001
        pass
    return _address_name(_header(msg, "From"))


def _date(msg: EmailMessage) -> tuple[date | None, str, str]:
    """The message's day from its Date: header, how it was read, and a note when the header is
    there but cannot be read whole: what was wrong and which day, if any, was taken from it."""
    from email.utils import parsedate_to_datetime

    raw = _raw_header(msg, "Date")
    try:
        header = msg.get("Date")
        stamp = getattr(header, "datetime", None)
        if stamp is None and header is not None:
            stamp = parsedate_to_datetime(str(header))
    except Exception:  # noqa: BLE001 - read below, as far as it can be
        stamp = None
    if stamp is None:
        return _written_day(raw) if raw.strip() else (None, "", "")
    if _year_widened(raw, stamp.year):
        return None, "", ""
    return stamp.date(), "Date: header", ""


def _written_day(raw: str) -> tuple[date | None, str, str]:
    """A Date: value the parser refused as a whole (a zone of +9999, an hour of 25): the day it
    writes when that is a real day (the header's day is the sender's own, whatever the zone),
    with a note naming what was wrong; else no day, and a note saying the header was unread."""
    from email.utils import parsedate_tz

    # (raw bytes in a header come as surrogates: shown as the letters they are, else as U+FFFD)
    shown = " ".join(raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace").split())[:60]
    parts = parsedate_tz(raw)
    day = None
    if parts is not None and not _year_widened(raw, parts[0]):
        try:
            day = date(*parts[:3])
        except (ValueError, OverflowError):
            pass
    if parts is None or day is None:
        return None, "", f"its Date: header {shown!r} cannot be read: the date is left to the text"
    return day, "Date: header", (f"its Date: header {shown!r} cannot be read whole ({_unreadable_part(parts)}): "
                                 f"used the day it writes, {day.isoformat()}")


def _unreadable_part(parts: tuple) -> str:
    """Which part of a parsedate_tz tuple no datetime can hold: the time of day or the zone."""
    hour, minute, second, offset = parts[3], parts[4], parts[5], parts[9] or 0
    if not (hour < 24 and minute < 60 and second < 62):
        return f"no time of day is {hour:02d}:{minute:02d}:{second:02d}"
    if abs(offset) >= 24 * 3600:
        return "its time zone is a day or more from UTC"
    return "its time or zone"


# a number of three or four digits in a Date: value that is not a time, a zone or a day
_WRITTEN_YEAR = re.compile(r"(?<![\d:+-])\d{3,4}(?![\d:])")


def _raw_header(msg: EmailMessage, name: str) -> str:
    """The header as written (the parsed one is written anew: "0000" comes back as "2000")."""
    return next((str(value) for key, value in msg.raw_items() if key.lower() == name.lower()), "")


def _year_widened(value: str, year: int) -> bool:
    """True when the Date: value writes its year with three or four digits that are not the
    year read: the parser widens a two-digit year ("24" -> 2024), and so read "0000" as 2000
    and "0024" as 2024, a date the header never said (a forged or broken header)."""
    written = _WRITTEN_YEAR.findall(value)
    return bool(written) and f"{year:04d}" not in written


def _body(msg: EmailMessage, encoding: str) -> tuple[str | None, str]:
    """The text of the message's text/plain body, else its text/html body as text; and a note
    when its bytes were not in the charset it names (read in another, said)."""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None or part.get_content_maintype() != "text":
        return None, ""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        text, note = str(payload), ""
    else:
        named = str(part.get_param("charset") or "")
        text, used = _decoded(payload, named or encoding)
        note = (f"its text is not in the charset it names ({named[:40]!r}): read as {used}"
                if named and used != named else "")
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return text, note


def _decoded(payload: bytes, charset: str) -> tuple[str, str]:
    """PAYLOAD as text and the charset it was read in: CHARSET when its bytes are in it, else
    UTF-8, else Windows-1252 (the usual mislabel of Western text, a superset of Latin-1 where
    it matters), else CHARSET with U+FFFD for what it cannot read. A wrong or unknown charset
    turned every accented letter into U+FFFD ('caf\ufffd') without a word."""
    for candidate in dict.fromkeys((charset, "utf-8", "cp1252")):
        try:
            return payload.decode(candidate), candidate
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return payload.decode(charset, errors="replace"), charset
    except LookupError:
        return payload.decode("utf-8", errors="replace"), "utf-8"


# --- forwarded messages ------------------------------------------------------------------------

# "---------- Forwarded message ---------" (Gmail), "Begin forwarded message:" (Apple Mail)
_FORWARDED = re.compile(r"^[ \t]*(?:-{3,}[ \t]*Forwarded message[ \t]*-{3,}|Begin forwarded message:)[ \t]*$",
                        re.IGNORECASE | re.MULTILINE)
_FORWARDED_HEADER = re.compile(r"[ \t>]*(From|Date|Sent|Subject|To|Cc)[ \t]*:[ \t]*(.*)$", re.IGNORECASE)


def split_forwarded(body: str) -> tuple[str, list[tuple[dict[str, str], str]]]:
    """The sender's own text, and each message forwarded in the body: its header lines (From,
    Date, Subject, lower-cased keys) and its text. A forwarded message is another author's
    words on another day: it is read as a message of its own, not as the sender's."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    marks = list(_FORWARDED.finditer(body))
    if not marks:
        return body, []
    out: list[tuple[dict[str, str], str]] = []
    for i, m in enumerate(marks):
        block = body[m.end():marks[i + 1].start() if i + 1 < len(marks) else len(body)].split("\n")
        headers: dict[str, str] = {}
        j = 0
        while j < len(block) and not block[j].strip() and not headers:
            j += 1  # blank lines before the headers
        while j < len(block):
            h = _FORWARDED_HEADER.match(block[j])
            if h is None:
                break
            headers.setdefault(h.group(1).lower(), " ".join(h.group(2).split()))
            j += 1
        out.append((headers, "\n".join(block[j:])))
    return body[:marks[0].start()], out


def _forwarded_date(value: str) -> date | None:
    """A forwarded header's date: RFC 2822 ("Fri, 08 Mar 2024 17:02:00 +0000") or as mail
    clients write it ("Fri, 8 Mar 2024 at 17:02", "March 8, 2024 at 5:02:11 PM EST")."""
    if not value:
        return None
    from email.utils import parsedate_to_datetime

    try:
        stamp = parsedate_to_datetime(value)
        if not _year_widened(value, stamp.year):
            return stamp.date()
    except (TypeError, ValueError, IndexError):
        pass
    if not re.search(r"\b\d{4}\b", value):
        return None  # "Monday": no day of its own to read
    import warnings

    from dateutil import parser as dateparser  # type: ignore[import-untyped]

    try:
        with warnings.catch_warnings():  # "EST": a zone name it does not know, and need not
            warnings.simplefilter("ignore")
            return dateparser.parse(re.sub(r"\bat\b", " ", value), fuzzy=True).date()
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None


def _address_name(value: str) -> str:
    """The display name of a "Name <address>" header value, else the address."""
    from email.utils import getaddresses

    pairs = getaddresses([value]) if value else []
    if not pairs:
        return ""
    name, address = pairs[0]
    return _unquoted(name) or " ".join(address.split())


# Quote marks a display name can be wrapped in, within its own quoting ('"\\"Jane Doe\\"" <j@x>'
# leaves '"Jane Doe"'; Outlook writes 'Doe, Jane' in straight quotes, some clients add curly or
# single ones): the name is the claimant, not its quotes.
_NAME_QUOTES = "\"'\u2018\u2019\u201c\u201d\u00ab\u00bb"


def _unquoted(name: str) -> str:
    """A display name without quote marks around it (however many), spaces made single."""
    name = " ".join(name.split())
    while len(name) > 1 and name[0] in _NAME_QUOTES and name[-1] in _NAME_QUOTES:
        name = name[1:-1].strip()
    return name if name.strip(_NAME_QUOTES) else ""


# --- quoted replies and signatures -----------------------------------------------------------

_QUOTED = re.compile(r"[ \t]*>")
_WROTE = re.compile(r"(?:On|Le|Am|El|Il)\b.{0,300}\b(?:wrote|a écrit|schrieb|escribió|ha scritto)\s*:\s*$",
                    re.IGNORECASE)
_ORIGINAL = re.compile(r"\s*-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}\s*",
                       re.IGNORECASE)
_RULE = re.compile(r"\s*_{10,}\s*")
_ON = ("on ", "le ", "am ", "el ", "il ")


def clean_body(text: str) -> str:
    """The author's own words: quoted replies, their "On ... wrote:" line and the signature
    removed; line ends normalised; runs of blank lines collapsed."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    skip_next = False
    for i, line in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        if line in ("-- ", "--"):
            break  # the signature, and whatever follows it
        if _ORIGINAL.fullmatch(line):
            break
        if _RULE.fullmatch(line) and any(nxt.strip().lower().startswith("from:") for nxt in lines[i + 1:i + 3]):
            break
        if _QUOTED.match(line) or _WROTE.match(line.strip()):
            continue
        # "On Tue, 3 Mar 2020 at 10:00, Ann Lee <ann@example.com>" / "wrote:" wrapped over two lines
        if (line.strip().lower().startswith(_ON) and i + 1 < len(lines)
                and _WROTE.match(line.strip() + " " + lines[i + 1].strip())):
            skip_next = True
            continue
        kept.append(line.rstrip())
    out = "\n".join(kept).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", out)


# --- HTML bodies -----------------------------------------------------------------------------

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
          "section", "article", "header", "footer", "pre", "hr", "dd", "dt"}
_SKIP = {"script", "style", "head", "blockquote", "template", "noscript", "svg"}


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _unseen(attrs: list[tuple[str, str | None]]) -> bool:
    """An element a mail client never shows: `hidden`, or styled display:none / visibility:
    hidden (a hostile message's hidden statement is not what it says)."""
    return any(name == "hidden" or (name == "style" and value and _HIDDEN_STYLE.search(value))
               for name, value in attrs)


class _Text(HTMLParser):
    """Text of an HTML body: block elements end lines; scripts, styles and quoted blocks
    (<blockquote>, Gmail's quote <div>) are skipped. Not recursive: 10,000 nested tags are a
    counter, not a stack of calls."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip_tag: str | None = None
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        classes = " ".join(value or "" for name, value in attrs if name == "class")
        if tag in _SKIP or (tag == "div" and ("gmail_quote" in classes or "moz-cite-prefix" in classes)) \
                or (tag not in _VOID and _unseen(attrs)):
            self.skip_tag, self.skip_depth = tag, 1
            return
        if tag in _BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_tag is None and tag in _BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
            return
        if tag in _BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip_tag is None:
            self.out.append(data)


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.out).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


# --- reading only what is read: the message slimmed before it is parsed ----------------------

# How many MIME parts of a message are read (the parts of its multiparts, at any depth): the
# parser takes ~0.6 ms a part (10,000: ~6 s), so a message of 100,000 parts took 30 s; the
# parts past the cap are left out with a warning, as a web page's elements past its cap are.
_MAX_PARTS = 10_000
# How deep the slimming walks multiparts and attached messages: deeper is handed to the parser as
# it is (which reads ~1,000 levels, then names the message as nested too deeply).
_SLIM_DEPTH = 50
# A part the reader never reads (an attachment, an image, a PDF ...) stands in the slimmed message
# as this stub: its place kept (multipart/related reads its first part), its bytes not.
_STUB = b"Content-Type: application/octet-stream\n\n"
# a header line, a continuation or the mbox "From " line, as Python's feedparser tells them
_HEADER_LINE = re.compile(rb"From |[\x21-\x39\x3b-\x7e]*:|[\t ]")
_BLANK = (b"\n", b"\r\n")


def slim_message(raw: bytes) -> tuple[bytes, int]:
    """RAW with the bodies of the parts the reader never reads left out, and the parts past the
    first _MAX_PARTS; how many parts were left out. The headers, the text/plain and text/html
    parts, the multipart structure and attached messages (message/rfc822) are kept byte for
    byte, so the parser reads the same text, headers and defects from the slimmed message as
    from the whole one, in memory the size of the text instead of ~9x the message's (a 95 MB
    attachment was parsed into lines, a string and a list). Bytes the walk cannot follow (a
    bare CR line end, a header block it does not end, nesting past _SLIM_DEPTH) are kept whole
    for the parser to read as before."""
    if re.search(rb"\r(?!\n)", raw):
        return raw, 0  # old Mac line ends: the parser splits lines on them, the walk does not
    walk = _Slim(raw)
    walk.message(0, len(raw), 0, "text/plain", own_headers=True)
    return b"".join(walk.out), walk.left_out


class _Slim:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.out: list[bytes] = []
        self.parts = 0
        # the message's text/plain body has been kept: its later text parts are never read
        # (get_body takes the first text/plain outside a multipart/related's other parts)
        self.body_found = False
        # an HTML part has been kept: a later one is never read (a text/plain one may be)
        self.html_found = False
        self.left_out = 0

    def _head(self, start: int, end: int) -> int | None:
        """Where the header block of DATA[start:end] ends (the body's start; a blank line ending
        it belongs to the header), or None when it is too big to be a header block."""
        data, pos = self.data, start
        while pos < end:
            nl = data.find(b"\n", pos, end)
            line_end = end if nl < 0 else nl + 1
            if line_end - pos > 65536 or pos - start > 1_000_000:
                return None
            line = data[pos:line_end]
            if line in _BLANK:
                return line_end
            if not _HEADER_LINE.match(line):
                return pos  # the body starts without a blank line (the parser says so too)
            pos = line_end
        return end

    def message(self, start: int, end: int, depth: int, default: str, *, own_headers: bool = False,
                after_stub: bool = False, related: bool = False) -> bool:
        """Append the slimmed bytes of the message or part DATA[start:end] (a message, not a
        part, keeps its headers whatever its body: its From:, Date: and Subject: are read).
        Whether it is a stub; a stub AFTER_STUB is not appended at all (the boundary before it
        neither): 10,000 attachments in a row are one stub to parse, not 10,000."""
        from email.message import Message
        from email.parser import BytesHeaderParser
        from email.policy import compat32

        data = self.data
        body = self._head(start, end) if depth < _SLIM_DEPTH else None
        if body is None:
            self.out.append(data[start:end])
            return False
        headers = BytesHeaderParser(_class=Message, policy=compat32).parsebytes(data[start:body])
        headers.set_default_type(default)
        kind = headers.get_content_type()
        main = kind.split("/")[0]
        if main == "multipart":
            self.multipart(start, body, end, headers, depth, related=related)
        elif main == "message" and kind != "message/delivery-status":
            self.out.append(data[start:body])
            found = self.body_found, self.html_found  # an attached message: its own body
            self.body_found = self.html_found = False
            self.message(body, end, depth + 1, "text/plain", own_headers=True)
            self.body_found, self.html_found = found
        elif (kind in ("text/plain", "text/html") and headers.get_content_disposition() != "attachment"
              and not self.body_found and not (kind == "text/html" and self.html_found)) \
                or kind == "message/delivery-status":
            self.out.append(data[start:end])
            if kind == "text/plain" and not related:
                self.body_found = True
            elif kind == "text/html" and not related:
                self.html_found = True
        elif own_headers:
            self.out.append(data[start:body])
        else:
            # (a multipart/related's start= names its part read by Content-ID: kept, and the
            # stub kept whole; its first part is never after a stub)
            cid = headers.get("Content-ID") if related else None
            if not after_stub or cid is not None:
                self.out.append(_STUB if cid is None else
                                _STUB[:-1] + b"Content-ID: " + " ".join(str(cid).split()).encode(
                                    "utf-8", "surrogateescape") + b"\n\n")
            return True
        return False

    def multipart(self, start: int, body: int, end: int, headers: Message, depth: int, *,
                  related: bool) -> None:
        data = self.data
        boundary = headers.get_boundary()
        if not boundary:
            self.out.append(data[start:end])  # the parser names the defect
            return
        separator = re.compile(rb"^--" + re.escape(boundary.encode("utf-8", "surrogateescape"))
                               + rb"(--)?[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
        marks = []
        for m in separator.finditer(data, body, end):
            marks.append(m)
            if m.group(1):
                break  # the close boundary: the epilogue follows
        if not marks:
            self.out.append(data[start:end])  # no boundary: the parser names the defect
            return
        self.out.append(data[start:body])
        default = "message/rfc822" if headers.get_content_subtype() == "digest" else "text/plain"
        stubbed = False
        related = related or headers.get_content_subtype() == "related"  # (not surely the part read)
        for i, mark in enumerate(marks):
            if mark.group(1):
                self.out.append(mark.group(0))
                break
            part_end = marks[i + 1].start() if i + 1 < len(marks) else end
            if self.parts >= _MAX_PARTS:
                self.left_out += sum(1 for m in marks[i:] if not m.group(1))
                if marks[-1].group(1):
                    self.out.append(marks[-1].group(0))
                break
            self.parts += 1
            if mark.end() == part_end:  # an empty part (a boundary at the end of a cut message)
                self.out.append(mark.group(0))
                stubbed = False
                continue
            at = len(self.out)
            self.out.append(mark.group(0))
            stubbed = self.message(mark.end(), part_end, depth + 1, default, after_stub=stubbed, related=related)
            if stubbed and len(self.out) == at + 1:
                self.out.pop()  # a stub after a stub: its boundary goes with it
