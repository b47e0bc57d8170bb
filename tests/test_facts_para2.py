"""Paraphrase classes of session 12 ("para2"): general news wording of one act that outlets swap
(`lang.en.facts._SYNONYMS`, `_PHRASES`, a phrase gap of any words `ANY_WORD`). Each class with
its examples (from the gold sets' missed pairs) and the cases it must not match; each example
fails with its class switched off."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import clear_pack_caches, ev, groups
from tests.test_facts_happening import OTHERS


_clear = clear_pack_caches


@pytest.fixture
def without(monkeypatch):
    """Switch classes off: without(synonyms=("seek",), phrases=(("want", "return"),))."""
    def off(synonyms: tuple[str, ...] = (), phrases: tuple[tuple[str, str], ...] = ()) -> None:
        monkeypatch.setattr(en, "_SYNONYMS", {k: v for k, v in en._SYNONYMS.items() if k not in synonyms})
        kept = tuple(p for p in en._PHRASES if not any(w in p[0] and p[4] == key for w, key in phrases))
        monkeypatch.setattr(en, "_PHRASES", kept)
        monkeypatch.setattr(en, "_PHRASE_TOKENS",
                            frozenset(w for first, *_r in kept for f in first for w in (f, f.title())))
        _clear()
    yield off
    _clear()


# ---------------------------------------------------------------- the classes' keys

@pytest.mark.parametrize("words", [
    ("demanded", "demands", "seek", "seeking", "sought", "seeks"),   # asking for what one is owed
    ("investigate", "investigating", "probe", "probed", "probing"),   # an inquiry
])
def test_one_act_worded_apart_has_one_key(words):
    assert len({en.stem(w) for w in words}) == 1, {w: en.stem(w) for w in words}


@pytest.mark.parametrize("text, key", [
    ("The boy's father lives in Cuba and wants Elian back.", "return"),
    ("She wanted her son back.", "return"),
    ("Investigators are looking into four other attacks.", "investigat"),
    ("Cuba had asked for 28 visas for the trip.", "request"),
    ("They planned to apply for American visas today.", "request"),
])
def test_a_phrase_reads_as_its_class(text, key):
    assert key in en.terms(text)


@pytest.mark.parametrize("text, not_key", [
    ("The relatives do not want to send him back to Cuba.", "return"),   # "to": another verb's "back"
    ("He wanted to go back home.", "return"),
    ("Western countries have sought to agree the sanctions.", "demand"),  # "seek to" is trying
    ("He is seeking to buy the company.", "demand"),
    ("She looked at the report.", "investigat"),                         # not "into"
    ("He looked into the camera and smiled.", "request"),
    ("Reporters asked questions for an hour.", "request"),               # not "ask for"
    ("The problem was solved.", "investigat"),                           # "problem" is no probe
])
def test_a_class_must_not_take_another_sense(text, not_key):
    assert not_key not in en.terms(text)


# ---------------------------------------------------------------- the classes in grouping
# (short statements: each pair shares too little without its class; the gold sets' pairs, which
# the classes join in `bench/eval_facts.py`, need a story's weights to link)

CASES = {
    "want back": (ev("Juan Gonzalez wants Elian back, his lawyer said in Havana.", "../2000-01-15", "apw/1"),
                  ev("Elian's return was demanded by Gonzalez on Tuesday.", "../2000-01-17", "nyt/2"),
                  {"phrases": (("want", "return"),)}),
    "seek": (ev("Gonzalez has been persistent in seeking Elian's return, an aide said.", "../2000-01-15", "apw/3"),
             ev("Gonzalez has demanded that Elian be returned to Cuba.", "../2000-01-17", "nyt/4"),
             {"synonyms": ("seek",)}),
    "sought": (ev("Gonzalez sought the boy's release.", "../2000-01-15", "apw/5"),
               ev("Gonzalez demanded the release of the boy from custody in Miami.", "../2000-01-17", "nyt/6"),
               {"synonyms": ("seek",)}),
    "look into": (ev("Canadian police are looking into sniper attacks in Ontario.", "../1998-11-21", "nyt/7"),
                  ev("A task force is investigating four other sniper attacks in Ontario since 1994.",
                     "../1998-11-20", "nyt/8"),
                  {"phrases": (("look", "investigat"),)}),
    "probe": (ev("A probe of the sniper attacks in Ontario was opened.", "../1998-11-21", "nyt/9"),
              ev("A task force is investigating four other sniper attacks in Ontario since 1994.",
                 "../1998-11-20", "nyt/10"),
              {"synonyms": ("prob",)}),
    "apply for": (ev("The classmates planned to apply for American visas.", "../2000-04-05", "apw/11"),
                  ev("Cuba requested American visas for the classmates.", "../2000-04-04", "nyt/12"),
                  {"phrases": (("ask", "request"),)}),
    "ask for": (ev("Cuba had asked for 28 visas for the classmates.", "../2000-04-05", "apw/13"),
                ev("The classmates planned to apply for American visas.", "../2000-04-04", "nyt/14"),
                {"phrases": (("ask", "request"),)}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_one_act_worded_apart_is_one_fact(case):
    a, b, _off = CASES[case]
    assert groups(facts.group([a, b] + OTHERS)) == [{a.id, b.id}]


@pytest.mark.parametrize("case", sorted(CASES))
def test_one_act_worded_apart_switched_off(case, without):
    a, b, off = CASES[case]
    without(**off)
    assert groups(facts.group([a, b] + OTHERS)) == []


@pytest.mark.parametrize("a, b", [
    # wanting to go back oneself is no one's return
    (ev("Gonzalez wants to go back to Elian, his lawyer said in Havana.", "../2000-01-15", "apw/20"),
     ev("Elian's return was demanded by Gonzalez on Tuesday.", "../2000-01-17", "nyt/21")),
    # seeking to do something is trying, not asking ("sought to agree the sanctions" / "UN demands")
    (ev("Western countries have sought to agree the sanctions on Tehran.", "../2006-12-23", "afp/22"),
     ev("Tehran has rejected UN demands on the sanctions.", "../2006-12-11", "afp/23")),
    # looking at is no inquiry
    (ev("Canadian police are looking at sniper rifles in Ontario.", "../1998-11-21", "nyt/24"),
     ev("A task force is investigating four other sniper attacks in Ontario since 1994.", "../1998-11-20", "nyt/25")),
    # a request of another thing by the same side
    (ev("Cuba had asked for 28 visas for the classmates.", "../2000-04-05", "apw/26"),
     ev("Cuba requested a delay of the hearing in Miami.", "../2000-04-04", "nyt/27")),
])
def test_a_class_must_not_join_another_act(a, b):
    assert groups(facts.group([a, b] + OTHERS)) == []
