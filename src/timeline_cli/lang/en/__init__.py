"""English, the first language pack: the module itself is the pack (`lang.get("en")`).

Attributes are read lazily from the submodules, so asking for the sentence splitter's
abbreviations does not compile the date rules:

- `rules.py`: the rule table (`RULES`, `MACROS`), the tense cues and `duration_value`; `vocab.py`: month, weekday, number, unit, holiday ... words;
- `narration.py`: the cues the extractor uses to follow a story's time;
- `sentences.py`: abbreviations and sentence openers for the sentence splitter;
- `attribution.py`: who claims a sentence (`find_claimant`, the reporting verbs; `names_another`:
  a pronoun claims it, so a byline must not);
- `boilerplate.py`: page furniture that is never a statement (bylines, copyright, photo credits);
- `events.py`: boilerplate, range links and attribution-only sentences for `document_events`;
- `clauses.py`: which of a sentence's dates is its main clause's, and its dated happenings;
- `headings.py`: headings and captions (lines that title a section, not statements);
- `docdate.py`: the header keys and date words a document dates itself with;
- `names.py`: which claimant spellings are one claimant (`claimant_key`), and the full name a
  bare surname stands for in one document (`bare_surname`, `full_names`), the people a
  page's byline names (`byline_names`);
- `claimant_stream.py`: `document_claimants` for a document read as a stream (`stream_claimants`).
"""

from __future__ import annotations

import importlib
from typing import Any

CODE = "en"

# attribute -> submodule that defines it
_WHERE = {
    **{name: "rules" for name in (
        "RULES", "MACROS", "TENSE_MARKERS", "FUTURE_AUXILIARY", "FORWARD_INFINITIVE", "VERB_PREFIXES", "WEAK_MARKER_PENALTY", "duration_value",
        "EXAMPLE_DCT")},
    **{name: "vocab" for name in ("HOLIDAYS", "MONTHS", "WEEKDAYS")},
    **{name: "docdate" for name in (
        "HEADER_WEEKDAYS", "HEADER_KEYS", "INLINE_HEADER_KEY", "ORDINAL_SUFFIX", "DAY_OF", "TIME_AT", "AM_PM",
        "HEADER_DATE_TAIL")},
    **{name: "sentences" for name in ("ABBREVIATIONS", "NUMBER_ABBREVIATIONS", "SENTENCE_OPENERS")},
    **{name: "events" for name in (
        "BOILERPLATE", "BOILERPLATE_RE", "BOILERPLATE_WORDS", "VERBISH_RE", "META_BACK_RE",
        "META_FORWARD_RE", "RANGE_LINK", "RANGE_FROM", "RANGE_CHANGE", "HEADLINE_QUESTION_RE", "HOLIDAY_THING_RE",
        "NAMED_DAY_TIME_RE", "ANCHORED_SPAN_AFTER_RE", "SAYING_FRAME_BEFORE_RE")},
    **{name: "clauses" for name in (
        "PERFECT_RE", "PERFECT_PROGRESSIVE_RE", "PERFECT_HINT_RE", "APPROXIMATORS", "PARTICIPLE_RE", "FRONT_WORDS", "SUBORDINATORS", "RELATIVE_PRONOUNS", "PLUPERFECT_RELATIVE_RE",
        "NOT_BEFORE_RELATIVE_THAT", "AUXILIARIES", "CLAUSE_ADVERBS", "DETERMINERS", "NOT_A_NOUN_AFTER_YEAR", "TIME_NOUNS",
        "CLAUSE_BREAK_RE", "SINCE_RE", "QUOTES", "HAPPENING_LINK_RE", "HAPPENING_FILLER", "BOUND_BEFORE_RE", "BOUND_WORDS",
        "ASIDE_RE", "TARGET_BEFORE_RE", "may_hold_target", "TARGET_SET_BEFORE_RE", "TARGET_SET_AFTER_RE",
        "TARGET_JOIN_RE", "FUTURE_STATEMENT_RE", "FUTURE_WORD_RE",
        "NOT_BEFORE_FUTURE", "COPULA_SUBJECTS", "COPULA_HEAD_FOLLOWERS", "SOURCE_FRAMES",
        "OTHER_HAPPENING_YEAR_BEFORE_RE", "OTHER_HAPPENING_YEAR_AFTER_RE", "OCCASION_ASIDE_RE",
        "HAPPENED_ASIDE_RE", "MAIN_PAST_WORDS", "LATE_ARRIVAL_RE",
        "COMPARISON_SINCE_RE", "COMPARISON_SINCE_WORD_RE", "RELATED_HAPPENING_BEFORE_RE", "PRESENT_COPULAS",
        "COMPARISON_SINCE_PERFECT_RE", "RELATED_PREMODIFIED_AFTER_RE", "NOT_PRESENT_AFTER_COPULA",
        "MAIN_SAYING_WORDS", "OBJECT_ASIDE_NOT_AFTER", "OBJECT_ASIDE_NOT_OPENERS",
        "OBJECT_ASIDE_FUTURE_RE", "COUNT_SINCE_STATE_RE",
        "FRONT_SINCE_RE", "COUNT_AFTER_FRONT_SINCE_RE",
        "COMPARED_BASE_BEFORE_RE", "COMPARED_BASE_RE", "MONTH_BASE_BEFORE_RE", "MONTH_BASE_RE", "MONTH_BASE_NOT_AFTER_RE")},
    **{name: "clauses" for name in (  # (session 20, xrecall4)
        "ORIGIN_BEFORE_RE", "CONTACT_RELATIVE_RE", "CONTACT_RELATIVE_NOT_BEFORE", "CONTACT_RELATIVE_NOT_NOUN",
        "CONTACT_RELATIVE_ENDS")},
    **{name: "headings" for name in (
        "HEADING_MAX_WORDS", "FINITE_VERB_RE", "LIST_ITEM_RE", "DATE_START_RE", "HEADING_MARK_RE",
        "LABEL_START_RE")},
    **{name: "boilerplate" for name in (
        "BOILERPLATE_LINES", "BOILERPLATE_LINE_RE", "BOILERPLATE_LINE_WORDS", "BOILERPLATE_SEARCH_WORDS",
        "BOILERPLATE_NOT", "BYLINES", "EMBED_SIGNATURE_RE", "embed_signature",
        "BYLINE_RE")},
    **{name: "attribution" for name in ("find_claimant", "names_another", "REPORTING_VERBS")},
    **{name: "claimants" for name in ("document_claimants", "SPEAKER_LABEL_RE")},
    "stream_claimants": "claimant_stream",
    "STOP_WORDS": "words",
    **{name: "names" for name in ("claimant_key", "CLAIMANT_KEY_EXAMPLES", "CLAIMANT_KEY_DIFFERENT",
                                  "bare_surname", "full_names", "SURNAME_EXAMPLES", "SURNAME_KEPT",
                                  "byline_names", "BYLINE_EXAMPLES")},
    "PREFILTER": "_prefilter",
    **{name: "narration" for name in (
        "REPORTED_BEFORE", "UNTIL_BEFORE", "SINCE_BEFORE", "DEADLINE_BEFORE", "PAST_PERFECT", "SCENE_BEFORE", "SCENE_FOLLOWERS", "COORDINATED", "PASSING_BEFORE", "ATTRIBUTIVE_BEFORE", "ATTRIBUTIVE_AFTER", "ATTRIBUTIVE_MENTION", "TIME_ON_DAY", "DAY_THEN_TIME", "COMPARISON_BEFORE", "POSSESSIVE_AFTER", "STORY_HOLIDAYS", "RANGE_SEPARATOR", "YEAR_AFTER",
        "PART_OF_DAY_OF", "PARTS_OF_DAY_CODES", "HAPPENING", "GOVERNING_PREPOSITION",
        "NOT_GOVERNED_PAST", "CONDITION", "SCHEDULED_PRESENT", "OPENER_OBJECT_WORDS", "MONTH_SPAN_BEFORE", "MONTH_SPAN_LINK", "GOVERNED_OBJECT", "GOVERNED_OBJECT_WIDE", "GOVERNED_PREMODIFIER", "NOT_OBJECT_GOVERNOR", "FRONTED_OPENER", "FRONTED_SUBJECT", "FRONTED_GAP", "LONG_CHAIN_OPENER", "LONG_CHAIN_BLOCK", "LONG_CHAIN_COMING_HEAD", "LONG_CHAIN_NOT_VERB", "LONG_CHAIN_ADJECTIVE_BEFORE", "LONG_CHAIN_COPULA", "NEXT_HAPPENING_BEFORE", "COMPARED_HAPPENING_BEFORE", "ARRANGED_PROGRESSIVE")},
}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])
