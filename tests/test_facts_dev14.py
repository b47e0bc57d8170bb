"""Rules made on the errors of `dev14` (session 15: Xinhua, November 2005, bird flu in China): wire news
in general, each with its examples and the cases it must not match; each example fails with its rule
switched off."""

from __future__ import annotations

from datetime import date

from timeline_cli import facts
from timeline_cli.model import Event, make_id

# Other reports, so that the words of the statements below are as rare as in a news store.
FILLER = [Event(id=make_id(text, when, src), when=when, text=text, source=src, reported=date(2005, 11, 1 + k % 28))
          for k in range(30)
          for text, when, src in [(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
                                   f"../2005-11-{1 + k % 28:02d}", f"wsj/filler{k}")]]


def rev(text: str, when: str, source: str, reported: date) -> Event:
    return Event(id=make_id(text, when, source), when=when, text=text, source=source, reported=reported)


def _together(a: Event, b: Event) -> bool:
    fact_of = facts.group([a, b, *FILLER])
    return fact_of[a.id] == fact_of[b.id]


# --- The one-day bar only between statements that both read a happening, or neither (`facts.DAY_BOTH_SAID`)

AWARENESS = rev("Experts of the World Health Organization said Thursday that public awareness of the deadly "
                "bird flu virus is crucial.", "2005-11-17", "xin/1117.0195", date(2005, 11, 17))
POULTRY = rev("Separately, the same kind of bird flu killed 2,500 poultry in Chuxiong city of Yunnan on Thursday.",
              "2005-11-17", "xin/1122.0206", date(2005, 11, 22))


def test_an_opinion_and_a_killing_of_one_day_are_apart():
    # (dev14: "deadly" gives the opinion the killing's term; the day they share is no evidence of one
    # happening when only one of them says a happening)
    assert not _together(AWARENESS, POULTRY)
    old, facts.DAY_BOTH_SAID = facts.DAY_BOTH_SAID, False
    try:
        assert _together(AWARENESS, POULTRY)
    finally:
        facts.DAY_BOTH_SAID = old


# --- An adjective of quality is no happening (`lang.en.facts.QUALITY_ADJ`)

def test_deadly_is_no_killing():
    from timeline_cli.lang.en import facts as en
    assert en.happening(AWARENESS.text) == ()
    old, en.QUALITY_ADJ = en.QUALITY_ADJ, False
    try:
        en.happening.cache_clear() if hasattr(en.happening, "cache_clear") else None
        assert en.happening(AWARENESS.text) == ("kill",)
    finally:
        en.QUALITY_ADJ = old


def test_the_noun_a_quality_adjective_qualifies_still_counts():
    from timeline_cli.lang.en import facts as en
    # must not: the happening noun after "deadly", and a killing told by its verb
    assert en.happening("The deadly explosion occurred on Sunday.") != ()
    assert en.happening("The deadly explosion occurred on Sunday.") == en.happening("The explosion occurred on Sunday.")
    assert en.happening("The blast killed 24 miners on Sunday.") == ("kill",)


def test_one_day_still_links_when_neither_reads_a_happening():
    # must not: two statements of one day that read no happening either keep the one-day bar
    # (the example of `facts._one_day_link`)
    a = rev("Chile's former strongman Augusto Pinochet was reported to be gravely ill Sunday, after a massive "
            "heart attack.", "2006-12-03", "afp/1204.0001", date(2006, 12, 4))
    b = rev("He was in serious condition at the Military Hospital after heart surgery in Santiago Sunday.",
            "2006-12-03", "afp/1205.0002", date(2006, 12, 5))
    assert _together(a, b)


# --- "surnamed" / "nicknamed" give a name, not the main verb (`lang.en.facts.NAMING_PARTICIPLE`), and
# leaving hospital is being discharged (`lang.en.facts.LEFT_HOSPITAL`)

LEFT = rev("Her brother surnamed He, left hospital on November 12.", "2005-11-12", "xin/1115.0131", date(2005, 11, 15))
DISCHARGED = rev("He was discharged from hospital on Nov. 12 after recovery.", "2005-11-12", "xin/1116.0245",
                 date(2005, 11, 16))


def test_naming_participle_is_no_main_verb():
    from timeline_cli.lang.en import facts as en
    assert en.happening("A 35-year-old female farmer surnamed Xu in Xiuning developed fever on Nov. 11.") == ("develop",)
    assert en.happening("The striker nicknamed Kaka scored twice on Sunday.") == ("scor",)
    old, en.NAMING_PARTICIPLE = en.NAMING_PARTICIPLE, False
    try:
        # (another text: the reader's results are cached per text)
        assert en.happening("A 40-year-old male farmer surnamed Li in Xiuning developed fever on Nov. 12.") == ("surnam",)
    finally:
        en.NAMING_PARTICIPLE = old


def test_named_keeps_its_verb():
    from timeline_cli.lang.en import facts as en
    # must not: "named" can be the sentence's verb ("named Smith ambassador"), so it stays the verb
    # read; nor a naming word without a capitalised name after it
    assert en.happening("The president named Smith ambassador on Monday.") == ("name",)
    assert en.happening("He was named ambassador on Monday.") == ("name",)
    tokens = ["Officials", "surnamed", "the", "villagers"]
    assert not en._naming_participle(tokens, en._Lower(tokens), 1, len(tokens))


def test_left_hospital_is_discharged():
    from timeline_cli.lang.en import facts as en
    assert en.phrase_key(LEFT.text) == ("discharg",)
    assert en.phrase_key("He left the hospital on Friday.") == ("discharg",)
    assert _together(LEFT, DISCHARGED)
    old, en.LEFT_HOSPITAL = en.LEFT_HOSPITAL, False
    try:
        en._PHRASES, saved = tuple(p for p in en._PHRASES if p[4] != "discharg"), en._PHRASES
        en.terms.cache_clear() if hasattr(en.terms, "cache_clear") else None
        assert not _together(LEFT, DISCHARGED)
    finally:
        en.LEFT_HOSPITAL, en._PHRASES = old, saved


def test_leaving_for_hospital_is_not_discharged():
    from timeline_cli.lang.en import facts as en
    # must not: going to hospital, leaving someone in hospital, leaving another place
    for text in ("She left for hospital on Friday.", "They left the boy in hospital on Friday.",
                 "He left the country on Friday."):
        assert en.phrase_key(text) == (), text


# --- An outbreak is a happening its statement may only name (`lang.en.facts.OUTBREAK_NOUN`)

REPORTED = rev("A bird flu outbreak was reported in Wantang Village, Xiangtan County on October 18 and in "
               "Tianchang on October 20 respectively.", "2005-10-20", "xin/1115.0293", date(2005, 11, 15))
TOOK_PLACE = rev("A bird flu outbreak took place in the city on October 20, killing 550 poultry, and the city has "
                 "made tremendous efforts in the treatment of the bird flu outbreak, blockade and disinfection of "
                 "affected areas.", "2005-10-20", "xin/1115.0031", date(2005, 11, 15))
# (wikiwars: two wars, each "marked" by its own happening; they shared "marked" and "American")
CONCLUSION = rev("These surrenders marked the conclusion of the American Civil War.", "../2009-12-19",
                 "wiki/03_AmCivWar", date(2009, 12, 19))
BEGINNING = rev("This marked the beginning of the American ground war.", "../2009-12-19", "wiki/05_VietnamWar",
                date(2009, 12, 19))


def _without_outbreak(check):
    from timeline_cli.lang.en import facts as en
    old = en.HAPPENING_NOUNS
    en.HAPPENING_NOUNS = old - {en.stem("outbreak")}
    for f in (en.happening, en.happenings_said, en.main_terms, en.own_terms):
        getattr(f, "cache_clear", lambda: None)()
    try:
        return check()
    finally:
        en.HAPPENING_NOUNS = old
        for f in (en.happening, en.happenings_said, en.main_terms, en.own_terms):
            getattr(f, "cache_clear", lambda: None)()


def test_an_outbreak_reported_is_the_outbreak():
    from timeline_cli.lang.en import facts as en
    assert en.happening(REPORTED.text) == (en.stem("outbreak"),)
    assert _together(REPORTED, TOOK_PLACE)
    assert not _without_outbreak(lambda: _together(
        rev(REPORTED.text + " ", REPORTED.when, REPORTED.source, REPORTED.reported),
        rev(TOOK_PLACE.text + " ", TOOK_PLACE.when, TOOK_PLACE.source, TOOK_PLACE.reported)))


def test_a_beginning_and_a_conclusion_are_apart():
    # must not: "marked the beginning of" one war is not "marked the conclusion of" another
    assert not _together(CONCLUSION, BEGINNING)
    assert _without_outbreak(lambda: _together(
        rev(CONCLUSION.text + " ", CONCLUSION.when, CONCLUSION.source, CONCLUSION.reported),
        rev(BEGINNING.text + " ", BEGINNING.when, BEGINNING.source, BEGINNING.reported)))
