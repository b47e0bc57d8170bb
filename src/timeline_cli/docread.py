"""Read a document (a file or `-` for stdin) as text, refusing what is not text.

The text is returned exactly as decoded (no newline translation, no stripping) so character
offsets that the parser reports are offsets into the file as read.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_cli.errors import InputError

if TYPE_CHECKING:  # the parser stays unimported until a document is read
    from timeline_cli.temporal.docdate import DocDate

__all__ = ["read_document", "read_documents", "decode_text", "supported_suffixes", "expand_paths", "choose_reported", "Reported", "MAX_BYTES",
           "DOCUMENT_SUFFIXES", "refuse_stdin_twice"]

MAX_BYTES = 256 * 1024 * 1024
DOCUMENT_SUFFIXES = (".txt", ".md")
STDIN = "-"
_ENCODING_HINT = "if the file is in another encoding, pass it: --encoding latin-1 (or cp1252, utf-16, ...)"


def _origin(path: str) -> str:
    return "<stdin>" if path == STDIN else path


def _read_capped(fh, origin: str, refuse_nul, limit: int | None = None) -> bytes:
    """Read a stream once, in chunks, stopping as soon as it passes the size cap or (for 8-bit
    text) holds a NUL byte: /dev/zero, /dev/urandom or an endless pipe fail at once instead
    of eating memory. `refuse_nul` may be a callable given the first chunk (is this text?)."""
    cap = MAX_BYTES if limit is None else limit
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = fh.read(1 << 20)
        if not chunk:
            return b"".join(chunks)
        if callable(refuse_nul):
            refuse_nul = refuse_nul(chunk)
        if refuse_nul and b"\x00" in chunk:
            offset = size + chunk.index(b"\x00")
            raise _binary(origin, offset, chunks[0] if chunks else chunk)
        size += len(chunk)
        if size > cap:
            raise InputError(f"{origin} is too big (over {cap // (1024 * 1024)} MB)",
                             hint="split it into smaller documents (e.g. with split -C 100M)")
        chunks.append(chunk)


def _read_whole(fh, origin: str, refuse_nul) -> bytes:
    """A regular file read in one read, the checks of _read_capped made on the whole: a peak of
    once its size, where chunks joined were twice (a 100 MB e-mail: 200 MB before a byte was
    parsed). A file that grew past the cap since its size was checked is still refused."""
    want = min(os.fstat(fh.fileno()).st_size, MAX_BYTES) + 1  # (a read of MAX_BYTES allocates it)
    data = fh.read(want)
    if len(data) == want:  # grown since: what is left, up to one byte past the cap
        data += fh.read(MAX_BYTES + 1 - len(data))
    if len(data) > MAX_BYTES:
        raise InputError(f"{origin} is too big (over {MAX_BYTES // (1024 * 1024)} MB)",
                         hint="split it into smaller documents (e.g. with split -C 100M)")
    head = data[:1 << 20]
    if callable(refuse_nul):
        refuse_nul = refuse_nul(head)
    if refuse_nul and b"\x00" in data:
        raise _binary(origin, data.index(b"\x00"), head)
    return data


def too_big(path: str, size: int) -> InputError:
    """The error for a file of `size` bytes, over MAX_BYTES."""
    return InputError(f"{path} is too big ({size // (1024 * 1024)} MB; the limit is "
                      f"{MAX_BYTES // (1024 * 1024)} MB)",
                      hint="split it into smaller documents (e.g. with split -C 100M)")


# What a binary document is, from its first bytes, and the hint that fits it (a gzipped text
# was told to "convert it to text first (e.g. pdftotext or pandoc)").
_MAGIC = (
    ((b"\xff\xfe", b"\xfe\xff"), "it starts with a UTF-16 byte-order mark: pass --encoding utf-16"),
    ((b"\x1f\x8b",), "it is gzip-compressed: decompress it first (gunzip, or zcat FILE | timeline ingest -)"),
    ((b"BZh", b"\xfd7zXZ\x00", b"(\xb5/\xfd"), "it is compressed (bzip2, xz or zstd): decompress it first"),
    ((b"PK\x03\x04",), "it is a zip archive (a Word, OpenDocument or EPUB file is one): unzip it, or "
                        "convert it to text (e.g. pandoc -t plain FILE -o FILE.txt)"),
    ((b"\xd0\xcf\x11\xe0",), "it is an old Word or Excel file: save it as text, or convert it (e.g. antiword)"),
)


def _binary(origin: str, offset: int, head: bytes = b"") -> InputError:
    """`head`: the document's first bytes, when known (the hint then names what it is)."""
    hint = next((fit for starts, fit in _MAGIC if head.startswith(starts)),
                "convert it to text first (e.g. pdftotext or pandoc); for UTF-16 text pass --encoding utf-16")
    return InputError(f"{origin} looks binary (NUL byte at byte offset {offset}), not a text document",
                      hint=hint)


# A URL of another scheme, or http(s) not in lower case: only "http://" and "https://" are fetched.
_OTHER_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def _read_bytes(path: str, refuse_nul=False) -> bytes:
    if path == STDIN:
        return _read_capped(sys.stdin.buffer, _origin(path), refuse_nul)
    p = Path(path)
    try:
        # (one stat answers all three questions: is_dir, stat and is_file each made their own)
        found = p.stat()
        if stat.S_ISDIR(found.st_mode):
            raise InputError(f"{path} is a directory",
                             hint="`timeline ingest` takes directories; `timeline extract` needs files "
                                  f"(e.g. {path.rstrip('/')}/*.txt)")
        if found.st_size > MAX_BYTES:
            raise too_big(path, found.st_size)
        # Read once with the cap enforced while reading: a device or pipe reports size 0.
        with open(p, "rb") as fh:
            if stat.S_ISREG(found.st_mode):
                return _read_whole(fh, path, refuse_nul)
            return _read_capped(fh, path, refuse_nul)
    except FileNotFoundError:
        if _OTHER_URL.match(path):  # (ftp://, file://, HTTPS://: never a file of that name)
            raise InputError(f"cannot fetch {path}: only http:// and https:// URLs are fetched",
                             hint="download it and name the file, or write the URL as https://...") from None
        raise InputError(f"no such file: {path}", hint="check the path; use `-` to read stdin") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied",
                         hint="fix its permissions (chmod u+r) or run as its owner") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory", hint="name the files in it") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}",
                         hint="check the path and the disk") from None


def _codec(encoding: str):
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}",
                         hint="use a Python codec name such as utf-8, latin-1, cp1252 or utf-16") from None
    if not getattr(codec, "_is_text_encoding", True):  # rot13, base64, zlib ...: bytes<->bytes codecs
        raise InputError(f"{encoding!r} is not a text encoding",
                         hint="use a text encoding such as utf-8, latin-1, cp1252 or utf-16")
    return codec


def decode_text(data: bytes, origin: str, encoding: str = "utf-8") -> str:
    """`data` decoded strictly with `encoding`; NUL bytes in an 8-bit encoding are refused."""
    codec = _codec(encoding)
    if b"\x00" in data and not codec.name.startswith(("utf-16", "utf-32")):
        raise _binary(origin, data.index(b"\x00"), data[:8])
    try:
        return data.decode(codec.name)
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin} is not valid {encoding} (bad byte at byte offset {exc.start})",
                         hint=_ENCODING_HINT) from None


def read_document(path: str, encoding: str = "utf-8") -> str:
    """The text of `path` (`-` = stdin), decoded strictly with `encoding` (plain text: no reader).

    Raises InputError for a directory, a missing or unreadable file, more than 256 MB,
    binary data (NUL bytes in an 8-bit encoding) and bytes that are not valid in `encoding`.
    """
    codec = _codec(encoding)
    eight_bit = not codec.name.startswith(("utf-16", "utf-32"))
    data = _read_bytes(path, refuse_nul=eight_bit)
    return decode_text(data, _origin(path), encoding)


def read_documents(path: str, encoding: str = "utf-8", *, data: bytes | None = None,
                   origin: str | None = None, url: str = "", piecewise: bool = False) -> list:
    """The Documents in `path` (`-` = stdin), read by the reader its content (else its name)
    calls for (readers/): a text file is one Document of its text, decoded strictly as
    read_document does; a saved page its main text and metadata; an mbox one per message.
    `data`: the bytes already read (stdin) or fetched (`url`), `origin` then names them.
    `piecewise`: a very large plain-text file (textpieces.py) is one Document whose `pieces`
    give its text a piece at a time, not read here."""
    from timeline_cli.readers import reader_for

    if piecewise and data is None and not url:
        from timeline_cli.textpieces import is_piecewise

        if is_piecewise(path):
            return _piecewise(path, encoding)
    chosen = []
    if data is None:
        codec = _codec(encoding)
        eight_bit = not codec.name.startswith(("utf-16", "utf-32"))

        def refuse(head: bytes) -> bool:  # NUL bytes are refused while reading, for text only
            chosen.append(reader_for(path, head))
            return eight_bit and chosen[0].NAME == "text"

        data = _read_bytes(path, refuse_nul=refuse)
    reader = chosen[0] if chosen else reader_for(url or path, data[:8192])
    if not data and reader.NAME != "text":
        # A 0-byte save or download: its reader would call it truncated, malformed or
        # unparseable, and send the user looking for damage in a file that holds nothing.
        raise InputError(f"{origin or _origin(path)} is empty (0 bytes)",
                         hint="nothing to read: save or download it again")
    if url and reader.NAME == "html":
        return reader.read(data, origin=origin or url, encoding=encoding, url=url)
    return reader.read(data, origin=origin or _origin(path), encoding=encoding)


def _piecewise(path: str, encoding: str) -> list:
    """[a Document giving the text of `path` a piece at a time], when its reader is plain
    text's; else read_documents' Documents (a 300 MB mbox or page is read whole)."""
    from functools import partial

    from timeline_cli.readers import Document, reader_for
    from timeline_cli.textpieces import text_pieces

    try:
        with open(path, "rb") as fh:
            head = fh.read(8192)
    except OSError:
        head = None  # read_documents gives the one-line error
    if head is None or reader_for(path, head).NAME != "text":
        return read_documents(path, encoding)
    return [Document(text="", pieces=partial(text_pieces, path, encoding))]


def supported_suffixes() -> tuple[str, ...]:
    """The file name extensions a directory is searched for: every reader's (readers/)."""
    from timeline_cli.readers import available_readers

    return tuple(sorted({suffix for module in available_readers() for suffix in module.EXTENSIONS}))


def expand_paths(paths: tuple[str, ...] | list[str], skipped: list[tuple[str, str]] | None = None
                 ) -> list[str]:
    """Files as given; each directory replaced by its files of a supported type (readers/),
    sorted (not recursive); a file named twice is kept once (first place). What a directory
    held that is not read is appended to `skipped` as (path, why)."""
    out: list[str] = []
    suffixes: tuple[str, ...] | None = None
    for path in paths:
        if path != STDIN and os.path.isdir(path) and not _is_url(path):
            if suffixes is None:
                suffixes = supported_suffixes()
            found = []
            # (names sorted as the Paths were; no Path made per file: a Path interns its name,
            # the very string of `names`, alive to the end of the loop, so every name took an
            # entry in Python's table of interned strings at once, and that table keeps the
            # size it grew to, ~20-50 bytes a small document at the grouping's peak)
            names = sorted(os.listdir(path))
            folder = str(Path(path))  # (as a Path prints it: "./docs/" is "docs")
            pages = {_stem(name) for name in names if _suffix(name).lower() in (".html", ".htm")}
            for name in names:
                full = name if folder == "." else os.path.join(folder, name)
                suffix = _suffix(name)
                if os.path.isfile(full) and suffix.lower() in suffixes:
                    found.append(full)
                elif skipped is None:
                    continue
                elif os.path.isdir(full):
                    if name.endswith("_files") and name[:-len("_files")] in pages:
                        skipped.append((full, "the saved page's images and scripts"))
                    else:
                        skipped.append((full, "a folder (folders are not searched; name it to read it)"))
                elif name.startswith("."):
                    continue
                else:
                    skipped.append((full, _why_not_read(full, suffix)))
            if not found:
                raise InputError(f"no documents in the directory {path} (read: {' '.join(suffixes)})",
                                 hint="name the documents themselves, or put them in the folder "
                                      "with one of those extensions")
            out.extend(found)
        else:
            out.append(path)
    # The same file named twice (or via its folder and by name) is read once.
    seen: set[str] = set()
    unique = []
    for path in out:
        key = path if path == STDIN or _is_url(path) else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _suffix(name: str) -> str:
    """A file name's suffix as `Path(name).suffix` reads it ("" for ".bashrc" and "a.")."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def _stem(name: str) -> str:
    """A file name without its suffix, as `Path(name).stem` reads it."""
    i = name.rfind(".")
    return name[:i] if 0 < i < len(name) - 1 else name


def _is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Reported:
    """The date a document is taken to be reported on, and how it was found."""

    date: date
    assumed: bool
    how: str  # "--reported", "header", "front matter", "dateline", ..., "today (assumed)"
    # What find_document_date found (None when --reported was given or nothing was found);
    # passed on to document_events so the document is not searched twice.
    found: DocDate | None = None


def choose_reported(text: str, *, given: date | None, today: date | None,
                    dayfirst: bool | None = None, published: date | None = None,
                    how: str = "", weak: bool = False) -> Reported:
    """--reported wins; else the date the document's metadata gives (`published`, found by its
    reader: a page's markup, an e-mail's Date:, `how` says which); else the document's own
    date in its text (header, front matter, dateline); else a `weak` published date (a guess
    from searching a page's text); else `today`, marked assumed.
    `today` may be None only when `given` is set (the clock is then never read)."""
    if given is not None:
        return Reported(given, False, "--reported")
    if published is not None and not weak:
        return Reported(published, False, how or "document metadata")
    if today is None:
        raise ValueError("choose_reported needs `today` when no report date is given")
    from timeline_cli.temporal.docdate import find_document_date

    found = find_document_date(text, dayfirst=dayfirst, reference=today)
    if found is not None and not (published is not None and found.year_assumed):
        return Reported(found.date, found.year_assumed, found.how, found)
    if published is not None:
        return Reported(published, False, how or "document metadata")
    if found is not None:
        return Reported(found.date, found.year_assumed, found.how, found)
    return Reported(today, True, "today (assumed)")


def _why_not_read(path: str, suffix: str) -> str:
    """Why a folder's entry that is neither a document nor a folder was skipped: a pipe, a
    device or a broken link is not "an unsupported type" when its name ends in .txt."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return "a broken link" if os.path.islink(path) else "cannot be read"
    if stat.S_ISFIFO(mode):
        return "not a regular file (a pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "not a regular file (a device)"
    if stat.S_ISSOCK(mode):
        return "not a regular file (a socket)"
    return f"not a supported type ({suffix or 'no extension'})"


def _is_stdin(path: str) -> bool:
    """`-`, or a name for this process's stdin when that is a pipe or socket (/dev/stdin,
    /dev/fd/0): reading it drains it like `-` does."""
    if path == "-":
        return True
    if not path.startswith(("/dev/", "/proc/")):
        return False
    import stat

    try:
        here = os.fstat(0)
        there = os.stat(path)
    except (OSError, ValueError):
        return False
    drained = stat.S_ISFIFO(here.st_mode) or stat.S_ISSOCK(here.st_mode)
    return drained and (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def refuse_stdin_twice(paths, *, what: str = "input") -> None:
    """Stdin can be read once: naming it twice (`extract - -`, `ingest - /dev/stdin`) would give
    the second reader nothing, silently; refuse with a usage error instead."""
    from timeline_cli.errors import UsageError

    if sum(1 for path in paths if path and _is_stdin(path)) > 1:
        raise UsageError(f"stdin (`-`) is named more than once ({what}): it can be read only once",
                         hint="name `-` once, or save the input to a file and name the file")
