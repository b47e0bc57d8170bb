"""document_events with fake extractors (pure); end-to-end on the seed once the real extractor exists."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from timeline_cli.model import make_id
from timeline_cli.lang.en.events import BOILERPLATE
from timeline_cli.temporal.events import choose_when, document_events, is_trivial
from timeline_cli.temporal.types import Timex

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_ff58ae107db7a909.txt"
REPORTED = date(2024, 11, 6)
HAVE_EXTRACTOR = importlib.util.find_spec("timeline_cli.temporal.extract") is not None


def table_extractor(table: dict[str, tuple[str, str, str | None]]):
    """A fake extractor: regex -> (type, value, edtf), every match a Timex."""

    def extract(text: str, reported: date, *, dayfirst: bool | None = None) -> list[Timex]:
        out = []
        for pattern, (kind, value, edtf) in table.items():
            for m in re.finditer(pattern, text):
                out.append(Timex(m.start(), m.end(), m.group(), kind, value, edtf))
        return out

    return extract


SEED_TIMEXES = {
    r"\bin June\b": ("DATE", "2024-06", "2024-06"),
    r"October 8-13": ("DATE", "2024-10-08/2024-10-13", "2024-10-08/2024-10-13"),
    r"October 24": ("DATE", "2024-10-24", "2024-10-24"),
    r"November 4": ("DATE", "2024-11-04", "2024-11-04"),
    r"in the coming days": ("DATE", "FUTURE_REF", None),
    r"2024-11-06": ("DATE", "2024-11-06", "2024-11-06"),
    r"evening": ("TIME", "2024-11-06TEV", None),
}


def t(start, kind, value, edtf, mod=""):
    return Timex(start, start + 1, "x", kind, value, edtf, mod)


# (timexes, expected (when, mod, dated))
CHOOSE = [
    ([], ("../2024-11-06", "", False)),
    ([t(0, "DATE", "2024", "2024"), t(5, "DATE", "2024-10-24", "2024-10-24")], ("2024-10-24", "", True)),
    ([t(0, "DATE", "2024-10", "2024-10"), t(5, "DATE", "2024", "2024")], ("2024-10", "", True)),
    ([t(0, "DATE", "2024-10-08/2024-10-13", "2024-10-08/2024-10-13"), t(9, "DATE", "2024", "2024")],
     ("2024-10-08/2024-10-13", "", True)),
    ([t(0, "DURATION", "P3D", None), t(3, "DATE", "2024-06", "2024-06")], ("2024-06", "", True)),
    ([t(0, "SET", "P1W", "2024-W01")], ("../2024-11-06", "", False)),
    ([t(0, "DATE", "PRESENT_REF", None)], ("../2024-11-06", "", False)),
    ([t(0, "DATE", "FUTURE_REF", None)], ("2024-11-06/..", "", True)),
    ([t(0, "DATE", "PAST_REF", None)], ("../2024-11-06", "", True)),
    ([t(0, "DATE", "FUTURE_REF", None), t(4, "DATE", "2024-12", "2024-12")], ("2024-12", "", True)),
    ([t(0, "DATE", "2024-11-06/..", "2024-11-06/.."), t(4, "DATE", "2025", "2025")], ("2025", "", True)),
    ([t(0, "DATE", "2024-10", "2024-10", "START")], ("2024-10", "early", True)),
    ([t(0, "DATE", "bad", "not-edtf"), t(3, "DATE", "2024", "2024")], ("2024", "", True)),
    ([t(0, "DATE", "2024-10-24", "2024-10-24"), t(5, "DATE", "2024-10-25", "2024-10-25")],
     ("2024-10-24", "", True)),
    ([t(0, "TIME", "1998-08-08T10:35", "1998-08-08"), t(5, "DATE", "1998-08-07", "1998-08-07")],
     ("1998-08-07", "", True)),
    ([t(0, "DATE", "2024-06~", "2024-06~"), t(5, "DATE", "2024-07", "2024-07")], ("2024-07", "", True)),
]


def test_choose_table_has_no_duplicates():
    keys = [repr(c[0]) for c in CHOOSE]
    assert not [k for k, n in Counter(keys).items() if n > 1]


@pytest.mark.parametrize(("timexes", "expected"), CHOOSE)
def test_choose_when(timexes, expected):
    assert choose_when(timexes, REPORTED) == expected


TRIVIAL = [
    ("The participation of the military of North Korea in the war in Ukraine", True),
    ("Kursk offensive continues", True),
    ("For more news and in-depth stories from Ukraine please follow us on X.", True),
    ("Troops were seen near the border", False),
    ("Troops moved.", False),
    ("27.", True),
    ("…", True),
    ("Yes.", True),
    ("3. Snow fell.", False),
    ("There are approximately 12 000 military personnel, including 500 officers.", False),
] + [(example, True) for _, example in BOILERPLATE]


@pytest.mark.parametrize(("sentence", "trivial"), TRIVIAL)
def test_is_trivial(sentence, trivial):
    assert is_trivial(sentence) is trivial


def seed_events(**kwargs):
    return document_events(SEED.read_text(encoding="utf-8"), source="seeds/000.txt", reported=REPORTED,
                           extractor=table_extractor(SEED_TIMEXES), **kwargs)


def by_start(events, prefix):
    found = [e for e in events if e.text.startswith(prefix)]
    assert len(found) == 1, (prefix, [e.text[:40] for e in events])
    return found[0]


# (sentence start, when, by)
SEED_EXPECTED = [
    ("The American newspaper The Wall Street Journal", "2024-06", "The Wall Street Journal"),
    ("South Korean intelligence reported", "2024-10-08/2024-10-13", "South Korean intelligence"),
    ("On October 24, Ukrainian intelligence", "2024-10-24", "Ukrainian intelligence"),
    ("For the first time, it became known", "2024-11-04", "the Minister of Defense of Ukraine Rustem Umyerov"),
    ("But they may enter into battle", "2024-11-06/..", "sources of the publication in Ukraine"),
    ("North Korean soldiers, who were sent", "../2024-11-06", "The New York Times"),
    ("The New York Times writes about this", "../2024-11-06", "The New York Times"),
    ("The purpose of the operation", "../2024-11-06", "The New York Times"),
    ("The North Koreans fought together", "../2024-11-06", ""),
    ("Babel sources said", "../2024-11-06", "Babel sources"),
    ("According to the agreement", "../2024-11-06", ""),
]


@pytest.mark.parametrize(("prefix", "when", "by"), SEED_EXPECTED)
def test_seed_with_fake_extractor(prefix, when, by):
    event = by_start(seed_events(), prefix)
    assert (event.when, event.by) == (when, by)


def test_seed_event_fields():
    text = SEED.read_text(encoding="utf-8")
    events = seed_events()
    assert len(events) == 18
    assert len({e.id for e in events}) == len(events)
    for e in events:
        assert e.id == make_id(e.text, e.when, "seeds/000.txt")
        assert e.source == "seeds/000.txt" and e.reported == REPORTED and not e.reported_assumed
        assert e.text == " ".join(text[e.span[0]:e.span[1]].split())
        assert not e.text.startswith("date"), "the date header leaked into a statement"
    texts = [e.text for e in events]
    assert "The participation of the military of North Korea in the war in Ukraine" not in texts
    assert not any("follow us" in x for x in texts)
    assert [e.span for e in events] == sorted(e.span for e in events)


def test_drop_undated_keeps_only_dated_sentences():
    events = seed_events(keep_undated=False)
    assert sorted(e.when for e in events) == [
        "2024-06", "2024-10-08/2024-10-13", "2024-10-24", "2024-11-04", "2024-11-06/..",
    ]


def test_reported_assumed_is_carried():
    assert all(e.reported_assumed for e in seed_events(reported_assumed=True))


def test_extractor_gets_the_whole_text_and_options():
    calls = []

    def spy(text, reported, *, dayfirst=None):
        calls.append((text, reported, dayfirst))
        return []

    document_events("One thing happened.", source="s", reported=REPORTED, extractor=spy, dayfirst=True)
    assert calls == [("One thing happened.", REPORTED, True)]


def test_repeated_sentence_is_one_event():
    events = document_events("Troops moved. Troops moved.", source="s", reported=REPORTED,
                             extractor=table_extractor({}))
    assert len(events) == 1


def test_empty_document():
    assert document_events("", source="s", reported=REPORTED, extractor=table_extractor({})) == []
    assert document_events(" date 2024-11-06 ", source="s", reported=REPORTED,
                           extractor=table_extractor({})) == []


def test_whitespace_normalised_text_and_original_span():
    text = "Title line\n\nTroops   crossed\tthe river on October 24.\n"
    events = document_events(text, source="s", reported=REPORTED,
                             extractor=table_extractor({"October 24": ("DATE", "2024-10-24", "2024-10-24")}))
    [event] = [e for e in events if e.when == "2024-10-24"]
    assert event.text == "Troops crossed the river on October 24."
    assert text[event.span[0]:event.span[1]] == "Troops   crossed\tthe river on October 24."


@pytest.mark.parametrize("text", [
    "---\ntitle: Kursk\nauthor: Staff\n---\n\nTroops moved.\n",
    "---\ntitle: Kursk\ndate: 2024-11-06\n---\nTroops moved.\n",
    "Headline words here\nDate: 2024-11-06\n\nTroops moved.\n",
    "KYIV, Nov. 6, 2024 (Reuters) - Troops moved.",
])
def test_headers_and_front_matter_are_not_statements(text):
    events = document_events(text, source="s", reported=REPORTED, extractor=table_extractor({}))
    assert [e.text for e in events] == ["Troops moved."]


def test_claimant_is_not_carried_across_unrelated_sentences():
    text = "Ukrainian intelligence reported that troops moved. Ships left port. Rain fell."
    events = document_events(text, source="s", reported=REPORTED, extractor=table_extractor({}))
    assert [e.by for e in events] == ["Ukrainian intelligence", "", ""]


def test_never_reads_the_clock(monkeypatch):
    import datetime as dt

    class Exploding(dt.date):
        @classmethod
        def today(cls):
            raise AssertionError("clock read")

    monkeypatch.setattr(dt, "date", Exploding)
    assert seed_events()


# ----------------------------------------------------------------- with the real extractor

needs_extractor = pytest.mark.skipif(not HAVE_EXTRACTOR, reason="timeline_cli.temporal.extract not written yet")


@needs_extractor
@pytest.mark.parametrize(("prefix", "when", "by"), SEED_EXPECTED[:5])
def test_seed_end_to_end(prefix, when, by):
    events = document_events(SEED.read_text(encoding="utf-8"), source="seed", reported=REPORTED)
    event = by_start(events, prefix)
    assert (event.when, event.by) == (when, by)


@needs_extractor
def test_seed_end_to_end_undated_statements_anchor_to_the_report_date():
    events = document_events(SEED.read_text(encoding="utf-8"), source="seed", reported=REPORTED)
    assert by_start(events, "The North Koreans fought together").when == "../2024-11-06"
    assert not any(e.text.startswith("date") for e in events)


def test_missing_extractor_is_a_clean_error(monkeypatch):
    import sys

    from timeline_cli.errors import TimelineError

    monkeypatch.setitem(sys.modules, "timeline_cli.temporal.extract", None)
    with pytest.raises(TimelineError, match="no date extractor"):
        document_events("Troops moved.", source="s", reported=REPORTED)


# ----------------------------------------------------------------- ranges as one interval
def span(text, part, kind, value, edtf):
    start = text.index(part)
    return Timex(start, start + len(part), part, kind, value, edtf)


# (sentence, [(part, type, value, edtf)], expected edtf values after joining)
JOIN = [
    ("Sales rose from May to July.", [("May", "DATE", "2024-05", "2024-05"), ("July", "DATE", "2024-07", "2024-07")],
     ["2024-05/2024-07"]),
    ("Output grew between 2019 and 2021.", [("2019", "DATE", "2019", "2019"), ("2021", "DATE", "2021", "2021")],
     ["2019/2021"]),
    ("Talks ran from Monday through Wednesday.",
     [("Monday", "DATE", "2024-11-04", "2024-11-04"), ("Wednesday", "DATE", "2024-11-06", "2024-11-06")],
     ["2024-11-04/2024-11-06"]),
    ("The fair ran May 3 to May 7.", [("May 3", "DATE", "2024-05-03", "2024-05-03"),
                                      ("May 7", "DATE", "2024-05-07", "2024-05-07")], ["2024-05-03/2024-05-07"]),
    ("They stayed 2019 – 2021.", [("2019", "DATE", "2019", "2019"), ("2021", "DATE", "2021", "2021")],
     ["2019/2021"]),
    ("It lasted from October 8 until November.", [("October 8", "DATE", "2024-10-08", "2024-10-08"),
                                                  ("November", "DATE", "2024-11", "2024-11")],
     ["2024-10-08/2024-11"]),
    # a week value: the earlier's first day to the later's last day
    ("It lasted from last week till Friday.", [("last week", "DATE", "2024-W44", "2024-10-28/2024-11-03"),
                                               ("Friday", "DATE", "2024-11-08", "2024-11-08")],
     ["2024-10-28/2024-11-08"]),
    # not ranges
    ("The vote was moved from Monday to Wednesday.",
     [("Monday", "DATE", "2024-11-04", "2024-11-04"), ("Wednesday", "DATE", "2024-11-06", "2024-11-06")],
     ["2024-11-04", "2024-11-06"]),
    ("It ran from July to May.", [("July", "DATE", "2024-07", "2024-07"), ("May", "DATE", "2024-05", "2024-05")],
     ["2024-07", "2024-05"]),
    ("It happened in 2019 and 2021.", [("2019", "DATE", "2019", "2019"), ("2021", "DATE", "2021", "2021")],
     ["2019", "2021"]),
    ("Between May to July.", [("May", "DATE", "2024-05", "2024-05"), ("July", "DATE", "2024-07", "2024-07")],
     ["2024-05", "2024-07"]),
    ("Prices rose from 5% in May to 7% in July.",
     [("May", "DATE", "2024-05", "2024-05"), ("July", "DATE", "2024-07", "2024-07")], ["2024-05", "2024-07"]),
    ("It ran 2019 to May 3.", [("2019", "DATE", "2019", "2019"), ("May 3", "DATE", "2024-05-03", "2024-05-03")],
     ["2019", "2024-05-03"]),
    ("From now to 2025.", [("now", "DATE", "PRESENT_REF", None), ("2025", "DATE", "2025", "2025")],
     [None, "2025"]),
    ("He worked for three weeks to May.", [("three weeks", "DURATION", "P3W", None),
                                           ("May", "DATE", "2024-05", "2024-05")], [None, "2024-05"]),
]


def test_join_table_has_no_duplicates():
    keys = [s for s, _, _ in JOIN]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(("sentence", "parts", "expected"), JOIN, ids=[s for s, _, _ in JOIN])
def test_join_ranges(sentence, parts, expected):
    from timeline_cli.temporal.events import join_ranges

    joined = join_ranges(sentence, [span(sentence, *p) for p in parts])
    assert [t.edtf for t in joined] == expected
    for t in joined:
        assert sentence[t.start:t.end] == t.text


@needs_extractor
@pytest.mark.parametrize(("sentence", "when"), [
    ("Sales rose from May to July, officials said.", "2024-05/2024-07"),
    ("Output grew between 2019 and 2021, officials said.", "2019/2021"),
    ("The strike lasted from Monday through Wednesday, unions said.", "2024-11-04/2024-11-06"),
    ("The fair ran May 3 to May 7, organisers said.", "2024-05-03/2024-05-07"),
    ("The talks were moved from Monday to Wednesday.", "2024-11-04"),
])
def test_range_becomes_one_event_interval(sentence, when):
    [event] = document_events(sentence, source="s", reported=REPORTED)
    assert event.when == when


def test_every_boilerplate_example_has_a_prefilter_word():
    from timeline_cli.lang.en.events import BOILERPLATE, BOILERPLATE_WORDS
    from timeline_cli.temporal.events import is_trivial

    for pattern, example in BOILERPLATE:
        assert any(w in example.lower() for w in BOILERPLATE_WORDS), pattern
        assert is_trivial(example), example


# ---------------------------------------------------------------- attribution-only sentences

META_BACK = ["This was confirmed by the ministry.", "It has been widely reported since.",
             "The Times writes about this in detail.", "Officials said so on Monday.",
             "  that is denied by the army", "He spoke of it.", "X REPORTED THIS."]


@pytest.mark.parametrize("sentence", META_BACK)
def test_attribution_only_sentences_are_found(sentence):
    from timeline_cli.lang.en import events as en

    assert en.META_BACK_RE.search(sentence) is not None


def test_the_attribution_only_gate_never_hides_a_match():
    """The cheap test before META_BACK_RE (lower-cased, case-sensitive) lets through every
    sentence the pattern matches, whatever the letters' case, the white space, or the three
    letters re.IGNORECASE reads as "i" or "s" that lower() does not turn into them."""
    import random

    from timeline_cli.lang.en import events as en

    words = ["about", "of", "on", "said", "Says", "WROTE", "reported", "This", "tHat", "It", "so", "SO",
             "thİs", "ıt", "ſo", "ſaid", "İT", "was", "has been", "widely", "confirmed", "news", "it's"]
    gaps = [" ", "  ", "\t", "\n", "\u00a0", "\u2003", ", ", "-", ""]
    rng = random.Random(17)
    matched = hidden = 0
    for _ in range(20000):
        sentence = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(1, 5)))
        found = en._META_BACK.search(sentence) is not None
        possible = en._meta_back_possible(sentence)
        assert possible or not found, sentence
        matched += found
        hidden += not possible
    assert matched > 1000 and hidden > 1000  # both sides tried
    assert en.META_BACK_RE.search("The ministry said on Monday that prices rose.") is None
