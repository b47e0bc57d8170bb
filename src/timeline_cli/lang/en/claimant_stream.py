"""Claimants of a very long document read as a stream (English): what `document_claimants`
gives, in memory that does not grow with the document.

    for payload, claimant in stream_claimants((payload, sentence) for ...): ...

`document_claimants` holds every sentence and its analysis. Here:
* the Attributor keeps only the sentences a pronoun or a description may reach back to (its
  look-backs are bounded), and answers "the spokeswoman" / "the board" from its index of the
  latest claimant naming each word, not from its whole history (`StreamingAttributor`);
* two facts are the whole document's: whether any sentence is quoted (without quotation
  marks, a first-person sentence after an attributed one is a sound bite) and the full names
  it gives a bare surname ("Baker" -> "Joy Baker", even one named only later). They are
  counted in the first pass, which spills each sentence's small record (its own claimant and
  the flags `Attributor.claimants` reads) to a temporary file; the second pass reads the
  records back and carries quotations (at most `_MAX_QUOTE` sentences ahead), cut titles,
  sound bites and a framing newspaper forward exactly as `Attributor.claimants` does.
The name table grows with the distinct names the document uses, not with its length.
"""

from __future__ import annotations

import pickle
import tempfile
from collections import deque
from typing import IO, Any, Iterable, Iterator, NamedTuple, TypeVar

from timeline_cli.lang.en.attribution import _FIRST_PERSON_RE
from timeline_cli.lang.en.claimants import _MAX_QUOTE, _SIGN_OFF_RE, CUT_TITLES, Attributor
from timeline_cli.lang.en.names import FullNames, bare_surname

__all__ = ["stream_claimants", "StreamingAttributor"]

T = TypeVar("T")
_KEEP = 64       # sentences kept behind (the Attributor looks back at most 40)
_KEEP_HISTORY = 32  # claimants kept behind (a pronoun reaches back 12, a company 3)
_BATCH = 4096    # records a spill write


class _Tail:
    """A list that forgets its oldest items but keeps their indices (absolute `len`, `[i]`)."""

    __slots__ = ("items", "base")

    def __init__(self) -> None:
        self.items: list[Any] = []
        self.base = 0

    def append(self, item: Any) -> None:
        self.items.append(item)
        if len(self.items) > 2 * _KEEP:
            drop = len(self.items) - _KEEP
            del self.items[:drop]
            self.base += drop

    def __len__(self) -> int:
        return self.base + len(self.items)

    def __getitem__(self, i: int) -> Any:
        if i < 0:
            i += len(self)
        if i < self.base:
            raise IndexError(f"sentence {i} is forgotten (kept from {self.base})")
        return self.items[i - self.base]


class StreamingAttributor(Attributor):
    """The Attributor in bounded memory: `feed` only (`claimants` needs the whole document)."""

    def __init__(self) -> None:
        super().__init__()
        self.sentences = _Tail()  # type: ignore[assignment]
        self.claims = _Tail()  # type: ignore[assignment]
        self.own = _Tail()  # type: ignore[assignment]

    def feed(self, sentence: str) -> str:
        resolved = super().feed(sentence)
        # (the latest claimant naming each word, and the latest board, are indexed by the
        # Attributor itself: the history need not be kept for them)
        if resolved and len(self.history) > 2 * _KEEP_HISTORY:
            del self.history[:-_KEEP_HISTORY]
            del self.at[:-_KEEP_HISTORY]
        cache = self._subject_cache
        if len(cache) > 2 * _KEEP:
            oldest = len(self.sentences) - _KEEP
            for i in [i for i in cache if i < oldest]:
                del cache[i]
        return resolved


class _Rec(NamedTuple):
    """What Attributor.claimants reads of one sentence."""

    payload: Any
    own: str
    starts_in_quote: bool
    open_at_end: bool
    named: bool        # its tag named someone (resolved or not)
    frame: bool
    cut: bool          # it ends in a title the splitter cut after ("Messrs.")
    first_person: bool  # a sound bite if the document quotes nobody


def stream_claimants(items: Iterable[tuple[T, str]]) -> Iterator[tuple[T, str]]:
    """(payload, claimant) for each (payload, sentence) in order: document_claimants' claimants
    of the sentences. The sentences are all read before the first claimant comes out."""
    with tempfile.TemporaryFile() as spill:
        attributor = StreamingAttributor()
        table = FullNames()
        claimants: set[str] = set()
        quoted = False
        batch: list[_Rec] = []
        for payload, sentence in items:
            own = attributor.feed(sentence)
            c = attributor.claims[-1]
            last = sentence.split()[-1:]
            batch.append(_Rec(payload, own, c.starts_in_quote, c.open_at_end, bool(c.name), c.frame,
                              bool(last) and last[0].lower() in CUT_TITLES,
                              bool(_FIRST_PERSON_RE.search(sentence)) and not _SIGN_OFF_RE.search(sentence)))
            quoted = quoted or c.quoted
            if own:
                claimants.add(own)
            table.note_sentence(sentence)
            if len(batch) >= _BATCH:
                pickle.dump(batch, spill, protocol=pickle.HIGHEST_PROTOCOL)
                batch = []
        pickle.dump(batch, spill, protocol=pickle.HIGHEST_PROTOCOL)
        for claimant in claimants:
            table.note_claimant(claimant)
        full = {}
        for claimant in claimants:
            surname = bare_surname(claimant)
            if surname:
                names = table.names(surname)
                if len(names) == 1:
                    full[claimant] = names[0]
        spill.seek(0)
        for rec, out in _carried(_quotations(_unspilled(spill)), quoted):
            yield rec.payload, full.get(out, out)


def _unspilled(spill: IO[bytes]) -> Iterator[_Rec]:
    while True:
        try:
            yield from pickle.load(spill)
        except EOFError:
            return


def _quotations(recs: Iterator[_Rec]) -> Iterator[tuple[_Rec, str]]:
    """Attributor.claimants' first step: a quotation's speaker in each of its sentences."""
    pending: deque[_Rec] = deque()
    prev = ""
    first_sentence = True

    def fill(n: int) -> None:
        while len(pending) < n:
            try:
                pending.append(next(recs))
            except StopIteration:
                return

    while True:
        fill(1)
        if not pending:
            return
        c = pending[0]
        if not (c.starts_in_quote or c.open_at_end):
            pending.popleft()
            prev, first_sentence = c.own, False
            yield c, c.own
            continue
        fill(_MAX_QUOTE + 1)
        j = 0
        while j + 1 < len(pending) and pending[j].open_at_end and j < _MAX_QUOTE:
            j += 1
        run = [pending.popleft() for _ in range(j + 1)]
        speaker = next((r.own for r in run if r.own), "")
        tagged = any(r.named for r in run)  # a tag that named nobody we know
        if not speaker and not tagged and c.starts_in_quote and not first_sentence:
            speaker = prev
        first = 0 if c.starts_in_quote else 1
        for k, r in enumerate(run):
            out = r.own or (speaker if k >= first else "")
            prev, first_sentence = out, False
            yield r, out


def _carried(outs: Iterator[tuple[_Rec, str]], quoted: bool) -> Iterator[tuple[_Rec, str]]:
    """Its later steps, each reading the one before: a sentence cut after a title continues the
    one before; sound bites (only in a document that quotes nobody); a framing claimant."""
    prev_rec: _Rec | None = None
    prev_cut = prev_bite = ""
    framer = ""
    for rec, out in outs:
        if prev_rec is not None and not out and prev_cut and prev_rec.cut:
            out = prev_cut
        prev_cut = out
        if not quoted and prev_rec is not None and not out and prev_bite and rec.first_person:
            out = prev_bite
        prev_bite = out
        if framer and not out:
            out = framer
        elif not framer and rec.frame and rec.own:
            framer = rec.own
        prev_rec = rec
        yield rec, out
