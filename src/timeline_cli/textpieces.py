"""A very large plain-text file read a piece at a time, so that parsing it never holds the
whole text (a 200 MB archive would be 200-400 MB as a Python string, plus its bytes while
decoded).

    for piece in text_pieces("archive.txt", "utf-8"): ...

The pieces, joined, are exactly the text `docread.read_document` gives (decoded strictly,
offsets unchanged): each is about `size` bytes, cut after a paragraph break where the last
part of it has one, else after a line break, else after white space, so a piece ends where a
sentence can end. Bytes that are not valid in the encoding, a NUL byte in 8-bit text and a
file over docread.MAX_BYTES fail with the one-line error read_document gives, at the byte
offset in the file.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
from contextvars import ContextVar
from typing import Callable, Iterator

from timeline_cli.errors import InputError

__all__ = ["PIECE_BYTES", "text_pieces", "is_piecewise", "at_offsets", "reporting_pieces"]

# A plain-text file of more bytes than this is parsed a piece of about this many characters at
# a time (ingest, extract's JSONL): below it the whole text is one piece, exactly as before.
# (What a piece's seam costs is the context of a few sentences; what its size costs is memory,
# twice the piece while it is cut: 16 MB for ASCII, 32-64 MB for other text.)
PIECE_BYTES = 8 * 2**20
_READ = 1 << 20           # bytes a read
_LOOK_BACK = 1 << 20      # characters searched back from a piece's end for a place to cut
_PARAGRAPH = re.compile(r"\n[ \t\r]*\n")

# Who hears of each piece parsed in this process (a progress bar inside one very large
# document: without it the bar stood at 0/1 for the minutes a 200 MB file takes). A worker
# process has none set, so it costs nothing there.
_ON_PIECE: ContextVar[Callable[[int], object] | None] = ContextVar("timeline_on_piece", default=None)


@contextlib.contextmanager
def reporting_pieces(callback: Callable[[int], object]) -> Iterator[None]:
    """Within it, `callback(characters)` is called after each piece of a piecewise text that
    at_offsets gave in this process has been used (parsed) by its caller."""
    token = _ON_PIECE.set(callback)
    try:
        yield
    finally:
        _ON_PIECE.reset(token)


def is_piecewise(path: str) -> bool:
    """Whether `path` is a file large enough to be read in pieces (stdin and URLs never are)."""
    if path == "-" or path.startswith(("http://", "https://", "/dev/", "/proc/")):
        return False
    try:
        return os.path.getsize(path) > PIECE_BYTES
    except OSError:
        return False


def at_offsets(first: str, rest: Iterator[str]) -> Iterator[tuple[int, str]]:
    """(offset of the piece in the whole text, the piece) for `first` and then each of `rest`;
    the next piece is read only when asked for (a caller holding none of the last one then,
    `del piece`, holds one piece at a time). Asking for the next piece says the last one was
    parsed (reporting_pieces)."""
    offset, piece = 0, first
    del first
    heard = _ON_PIECE.get()
    while piece:
        size = len(piece)
        yield offset, piece
        offset += size
        piece = ""
        if heard is not None:
            heard(size)
        piece = next(rest, "")


def text_pieces(path: str, encoding: str = "utf-8", size: int | None = None) -> Iterator[str]:
    """The text of `path` in pieces of about `size` characters (PIECE_BYTES), cut where a
    sentence can end; "".join(pieces) == docread.read_document(path, encoding)."""
    from timeline_cli.docread import MAX_BYTES, _binary, _codec, _ENCODING_HINT, _read_bytes, too_big

    size = PIECE_BYTES if size is None else size
    codec = _codec(encoding)
    eight_bit = not codec.name.startswith(("utf-16", "utf-32"))
    decoder = codecs.getincrementaldecoder(codec.name)("strict")
    try:
        fh = open(path, "rb")
    except OSError:
        _read_bytes(path)  # raises the one-line error that names the fix
        raise
    with fh:
        declared = os.fstat(fh.fileno()).st_size
        if declared > MAX_BYTES:  # before any of it is parsed
            raise too_big(path, declared)
        held: list[str] = []  # decoded text not yet given out, and its length
        length = 0
        offset = 0            # bytes read so far
        while True:
            chunk = fh.read(min(_READ, size))
            if eight_bit and b"\x00" in chunk:
                raise _binary(path, offset + chunk.index(b"\x00"), chunk if offset == 0 else b"")
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                raise InputError(f"{path} is not valid {encoding} (bad byte at byte offset "
                                 f"{offset + exc.start})", hint=_ENCODING_HINT) from None
            offset += len(chunk)
            if offset > MAX_BYTES:  # (it grew while read)
                raise too_big(path, offset)
            held.append(text)
            length += len(text)
            while length > size:
                piece, rest = _split(held, size)
                held, length = [rest], len(rest)
                yield piece
                del piece
            if not chunk:
                rest = "".join(held)
                if rest:
                    yield rest
                return


def _split(parts: list[str], size: int) -> tuple[str, str]:
    """(the piece, the rest) of the text `parts` hold (longer than `size`), cut by _cut, made
    without a copy of the whole: only the last part, where the cut is searched, is joined
    apart (a piece and its parts are then the most held at once)."""
    start, k = 0, 0
    # the parts wholly before the stretch the cut is searched in
    while k < len(parts) and start + len(parts[k]) <= size - _LOOK_BACK:
        start += len(parts[k])
        k += 1
    tail = "".join(parts[k:])
    cut = _cut(tail, size - start)
    parts[k:] = [tail[:cut]]
    rest = tail[cut:]
    del tail
    return "".join(parts), rest


def _cut(text: str, size: int) -> int:
    """Where to end a piece of `text` (longer than `size` characters): after the last paragraph
    break in the last _LOOK_BACK characters before `size`, else the last line break, else the
    last white space, else at `size`."""
    lo = max(1, size - _LOOK_BACK)
    size = min(size, len(text))
    last = None
    for last in _PARAGRAPH.finditer(text, lo, size):
        pass
    if last is not None:
        return last.end()
    for mark in ("\n", " ", "\t"):
        i = text.rfind(mark, lo, size)
        if i >= 0:
            return i + 1
    return size
