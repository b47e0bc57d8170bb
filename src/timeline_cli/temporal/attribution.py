"""Who claims a sentence: the language pack's `find_claimant(sentence) -> str` ("" for none).

Attribution is grammar ("X said", "according to X", "was confirmed by X"), so the patterns
live with the language (`timeline_cli/lang/en/attribution.py` for English); this module only
picks the pack.

A document is more than its sentences: "he said" names the person quoted before, "the
company said" the company named before, and a quotation running over several sentences keeps
its speaker. A pack that knows this provides `document_claimants(sentences) -> list[str]`
(English: `lang/en/claimants.py`); `document_claimants` here uses it, and falls back to one
`find_claimant` per sentence for a pack that has only that. `stream_claimants` gives the same
for a document too long to hold (its pack's `stream_claimants`, English: `lang/en/claimant_stream.py`).
"""

from __future__ import annotations

from typing import Iterable, Iterator, Sequence, TypeVar

from timeline_cli import lang as _lang

__all__ = ["find_claimant", "document_claimants", "stream_claimants"]

T = TypeVar("T")


def _named(claimant: str) -> str:
    """CLAIMANT when it names someone: a claimant of no letter or digit is none. A web page's
    visible text '... onerror=alert(1)> said officials' gave the claimant '>', and
    '..., * said the ministry' gave '*'."""
    return claimant if any(ch.isalnum() for ch in claimant) else ""


def find_claimant(sentence: str, lang=_lang.DEFAULT) -> str:
    """Who the sentence says claims it, or ""."""
    return _named(_lang.get(lang).find_claimant(sentence))


def document_claimants(sentences: Sequence[str], lang=_lang.DEFAULT) -> list[str]:
    """The claimant of each sentence of one document, read in order ("" for none)."""
    pack = _lang.get(lang)
    whole = getattr(pack, "document_claimants", None)
    if whole is not None:
        return [_named(c) for c in whole(sentences)]
    find = pack.find_claimant
    return [_named(find(s)) for s in sentences]


def stream_claimants(items: Iterable[tuple[T, str]], lang=_lang.DEFAULT) -> Iterator[tuple[T, str]]:
    """(payload, claimant) for each (payload, sentence) of one document in order: what
    document_claimants gives its sentences, in memory that does not grow with the document."""
    pack = _lang.get(lang)
    stream = getattr(pack, "stream_claimants", None)
    if stream is not None:
        return ((payload, _named(claimant)) for payload, claimant in stream(items))
    if getattr(pack, "document_claimants", None) is not None:
        raise NotImplementedError(f"{pack.__name__} reads claimants across a document but not as a stream")
    find = pack.find_claimant
    return ((payload, _named(find(sentence))) for payload, sentence in items)
