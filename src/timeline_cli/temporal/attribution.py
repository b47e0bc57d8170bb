"""Who claims a sentence: the language pack's `find_claimant(sentence) -> str` ("" for none).

Attribution is grammar ("X said", "according to X", "was confirmed by X"), so the patterns
live with the language (`timeline_cli/lang/en/attribution.py` for English); this module only
picks the pack.
"""

from __future__ import annotations

from timeline_cli import lang as _lang

__all__ = ["find_claimant"]


def find_claimant(sentence: str, lang=_lang.DEFAULT) -> str:
    """Who the sentence says claims it, or ""."""
    return _lang.get(lang).find_claimant(sentence)
