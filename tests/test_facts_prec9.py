"""Session 16, prec9: the guards that asked "no date of its own" as `lo == date.min` read an
undated future ("REPORTED/..", `facts._no_date`) as undated too (task 1), and the rules made on
the false pairs of `dev13` and `dev14` (task 2), each with examples and must-not cases; each
example fails with its rule switched off."""

from __future__ import annotations

from datetime import date

from timeline_cli import facts
from timeline_cli.api import document_events
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event, make_id
from tests.test_facts import clear_pack_caches, filler, rev

# Other reports, so that the words of the statements below are as rare as in a news store.
FILLER = filler(2006, 11)


def _item(e: Event) -> facts._Item:
    return facts._item(e, None, {}, {})


def _parsed_when(text: str, reported: date) -> str:
    (e,) = document_events(text, source="x/1", reported=reported)
    return e.when


# --- Task 1: an undated future has no date of its own in `_generic`, `_one_span_reported_apart`
# and `_tally_apart` too

FUTURE_GENERIC = ("Unsafe small coal mines account for two-thirds of the fatalities in mine accidents, experts will "
                  "tell the meeting.")


def test_a_generic_statement_read_as_an_undated_future_is_generic():
    # (the parser reads the tag's "will" as the statement's future: dated "REPORTED/..")
    assert _parsed_when(FUTURE_GENERIC, date(2006, 11, 27)) == "2006-11-27/.."
    future = _item(rev(FUTURE_GENERIC, "2006-11-27/..", "xin/1127.0254", date(2006, 11, 27)))
    assert en.is_generic(FUTURE_GENERIC) and facts._generic(future)
    # must not: an open end of its own ("since" another day) is a date
    since = _item(rev(FUTURE_GENERIC, "2006-11-20/..", "xin/1127.0254", date(2006, 11, 27)))
    assert not facts._generic(since)


def test_a_future_generic_statement_stays_out_of_a_days_accident():
    lede = [rev("Twenty-four people were confirmed dead and 10 others went missing in a deadly coal mine accident "
                "early Monday in north China's Shanxi Province.", "2006-11-13", "xin/1113.0008", date(2006, 11, 13)),
            rev("Twenty-five people have been confirmed dead and nine others are still missing in a deadly coal mine "
                "accident in north China's Shanxi Province.", "../2006-11-13", "xin/1113.0105", date(2006, 11, 13))]
    generic = rev(FUTURE_GENERIC, "2006-11-13/..", "xin/1113.0254", date(2006, 11, 13))
    fact_of = facts.group(lede + [generic] + FILLER)
    assert fact_of[lede[0].id] == fact_of[lede[1].id]
    assert fact_of[generic.id] != fact_of[lede[0].id]


def test_a_future_is_no_span_of_its_own_for_two_counts():
    # "will rise to 40" (undated, reported Friday 17th) and "has risen to 41 since Friday" (its own
    # open span from the 17th, reported the 18th) share (lo, hi) by chance: not one span counted twice
    future = _item(rev("The death toll will rise to 40, rescuers said.", "2006-11-17/..", "xin/1117.0011",
                       date(2006, 11, 17)))
    since = _item(rev("The death toll has risen to 41 since Friday, rescuers said.", "2006-11-17/..",
                      "xin/1118.0012", date(2006, 11, 18)))
    assert facts._verb(future) in en.COUNT_VERBS and facts._verb(since) in en.COUNT_VERBS
    assert not facts._one_span_reported_apart(future, since)
    assert not facts._one_span_reported_apart(since, future)
    # must not: two counts of one span of their own reported on other days stay two
    a = _item(rev("The death toll from a colliery blast last week has risen to 40, rescuers confirmed on Tuesday.",
                  "2006-11-06/2006-11-12", "xin/1114.0211", date(2006, 11, 14)))
    b = _item(rev("The death toll from a colliery blast last week has risen to 41, sources said on Wednesday.",
                  "2006-11-06/2006-11-12", "xin/1115.0089", date(2006, 11, 15)))
    assert facts._one_span_reported_apart(a, b)


SO_FAR = rev("So far, Indonesia has reported 29 confirmed human cases of bird flu, including 22 deaths.",
             "../2006-03-15", "afp/0315.0042", date(2006, 3, 15))


def test_a_tally_and_an_undated_future_act_reported_before_it_are_two():
    # an act announced as a future before the tally is reported is undated, as "../REPORTED" is
    # (TALLY_EARLIER), not dated by an open span of its own
    plan = _item(rev("Indonesia's Health Ministry will confirm two human cases of bird flu on the results of the "
                     "tests.", "2006-03-07/..", "ap/0307.0011", date(2006, 3, 7)))
    assert facts._tally_apart(_item(SO_FAR), plan)
    # must not: the same future reported after the tally's day; an act with a span of its own
    later = _item(rev(plan.text, "2006-03-16/..", "ap/0316.0011", date(2006, 3, 16)))
    assert not facts._tally_apart(_item(SO_FAR), later)
    since = _item(rev("Indonesia's Health Ministry has confirmed human cases of bird flu since March 7.",
                      "2006-03-07/..", "ap/0310.0011", date(2006, 3, 10)))
    assert not facts._tally_apart(_item(SO_FAR), since)


def test_an_undated_future_tally_is_a_tally():
    tally = _item(rev("So far, Indonesia will have reported 29 confirmed human cases of bird flu.", "2006-03-15/..",
                      "afp/0315.0042", date(2006, 3, 15)))
    day = _item(rev("Indonesia's Health Ministry confirmed two human cases of bird flu on Tuesday.", "2006-03-14",
                    "ap/0314.0011", date(2006, 3, 14)))
    assert en.tally(tally.text) and facts._tally_apart(tally, day)


# --- Task 2. A mention in passing after a name, and a fact holding a statement's happening in
# passing only (`lang.en.facts.WHERE_NAMED`, `BARE_COMPOUND`; `facts.PASSING_NAMES`, `FACT_PASSING`)

def _switch(module, name: str, value: bool) -> bool:
    old = getattr(module, name)
    setattr(module, name, value)
    clear_pack_caches()
    return old


def _together(*events: Event, off: tuple[tuple[object, str], ...] = ()) -> bool:
    olds = [(m, n, _switch(m, n, False)) for m, n in off]
    try:
        fact_of = facts.group([*events, *FILLER])
        return len({fact_of[e.id] for e in events}) == 1
    finally:
        for m, n, old in olds:
            _switch(m, n, old)


CAME_FROM = rev("Maria came from Dorval Village in Kessler County where a cholera outbreak was reported.",
                "../2006-11-07", "afp/1107.0174", date(2006, 11, 7))
OUTBREAK = rev("A cholera outbreak was reported in Dorval Village, Kessler County on October 18 and in Santa Fe on "
               "October 20 respectively.", "2006-10-18", "afp/1115.0293", date(2006, 11, 15))


def test_where_after_a_name_opens_a_clause_told_in_passing():
    assert "begin" not in en.main_terms(CAME_FROM.text)
    assert "treat" not in en.main_terms("The experts will visit the Provincial Children's Hospital where the two "
                                        "were treated.")
    old = _switch(en, "WHERE_NAMED", False)
    try:
        assert "begin" in en.main_terms(CAME_FROM.text)
    finally:
        _switch(en, "WHERE_NAMED", old)


def test_where_after_a_common_noun_or_first_is_not_cut():
    # must not: "where" after a common noun says which place ("the place where he died"); a
    # first word opens no relative clause
    assert "kill" in en.main_terms("They visited the place where he died.")
    assert "kill" in en.main_terms("Where he died is not known.")


def test_a_place_named_with_an_outbreak_in_passing_is_not_the_outbreak():
    assert not _together(CAME_FROM, OUTBREAK)
    assert _together(CAME_FROM, OUTBREAK, off=((en, "WHERE_NAMED"),))
    assert _together(CAME_FROM, OUTBREAK, off=((facts, "PASSING_NAMES"),))


def test_main_clauses_sharing_more_than_names_still_link():
    # must not: the main clauses share what is said (the list), not only who; its own happening
    # in the other ("has since stepped aside" / "stepped aside")
    a = rev("Bin Laden, who is accused of masterminding the attack, is on the FBI's 10 Most Wanted List.",
            "../1999-10-08", "apw/1008.0265", date(1999, 10, 8))
    b = rev("Bin Laden is accused of masterminding the attack, and is on the FBI's 10 Most Wanted List.",
            "../1999-10-08", "apw/1008.0151", date(1999, 10, 8))
    assert _together(a, b)
    c = rev('Chan "stepped aside" pending the outcome of the inquiry.', "../1997-04-15", "afp/0415.0143",
            date(1997, 4, 15))
    d = rev("Chan has since stepped aside while a commission of inquiry under Justice Warwick Andrew investigates.",
            "../1997-04-09", "afp/0409.0624", date(1997, 4, 9))
    sa, sb = facts._item(c, None, {}, {}), facts._item(d, None, {}, {})
    assert not facts._passing_names(sb, sa, sa.terms & sb.terms)
    # must not: the main clause shares its subject (who, not where)
    e = facts._item(rev("Kopp, who is accused of the shooting, is on the FBI's Most Wanted List.", "../1999-10-08",
                        "apw/1008.0265", date(1999, 10, 8)), None, {}, {})
    f = facts._item(rev("Kopp is accused of the shooting, and is on the FBI's Most Wanted List.", "../1999-10-08",
                        "apw/1008.0151", date(1999, 10, 8)), None, {}, {})
    assert not facts._passing_names(e, f, e.terms & f.terms)


SLAUGHTERED = [rev("Thousands of pigs, cattle and sheep have been slaughtered after swine fever outbreaks were reported "
                   f"in Hebei, Henan, Shanxi and Shandong provinces.", "../2006-11-%02d" % day, f"xin/11{day:02d}.0{day}",
                   date(2006, 11, day)) for day in (17, 18, 19)]
IN_HIS_VILLAGE = rev("An outbreak of swine fever occurred in his village in Henan.", "../2006-11-16", "xin/1116.0245",
                     date(2006, 11, 16))


def test_a_bare_compound_subject_opens_a_time_clause():
    assert "begin" not in en.main_terms(SLAUGHTERED[0].text)
    assert "suspend" not in en.main_terms("Talks resumed after peace talks were suspended in May.")
    # must not: a noun phrase with no verb ("after heart surgery in Santiago"); a past form after
    # the compound, not an auxiliary (prec8 reads "dawn prayers began" as no clause)
    assert "surger" in en.main_terms("He spoke after heart surgery in Santiago.")
    assert "prayer" in en.main_terms("Troops withdrew before dawn prayers began in the city.")  # (a past form: prec8's)
    old = _switch(en, "BARE_COMPOUND", False)
    try:
        assert "begin" in en.main_terms(SLAUGHTERED[0].text)
    finally:
        _switch(en, "BARE_COMPOUND", old)


def test_a_fact_holding_a_happening_in_passing_only_does_not_draw_it():
    fact_of = facts.group(SLAUGHTERED + [IN_HIS_VILLAGE] + FILLER)
    assert len({fact_of[e.id] for e in SLAUGHTERED}) == 1
    assert fact_of[IN_HIS_VILLAGE.id] != fact_of[SLAUGHTERED[0].id]
    for flag in ((facts, "FACT_PASSING"), (en, "BARE_COMPOUND")):
        old = _switch(*flag, False)
        try:
            fact_of = facts.group(SLAUGHTERED + [IN_HIS_VILLAGE] + FILLER)
            assert fact_of[IN_HIS_VILLAGE.id] == fact_of[SLAUGHTERED[0].id], flag
        finally:
            _switch(*flag, old)


# --- A statement naming nothing speaks of what its document named last (`facts.DEFINITE_CONTEXT`,
# `lang.en.facts.DEFINITE_CONTEXT`, `name_heads`, `names_nothing`)

def doc(source: str, reported: date, *statements: tuple[str, str]) -> list[Event]:
    """A document's statements (text, when) with their places in it, as `document_events` gives them."""
    out, at = [], 0
    for text, when in statements:
        out.append(Event(id=make_id(text, when, source), when=when, text=text, source=source, reported=reported,
                         span=(at, at + len(text))))
        at += len(text) + 1
    return out


def _grouped(events: list[Event], flag: bool = True) -> dict[str, str]:
    old = _switch(facts, "DEFINITE_CONTEXT", flag)
    try:
        return facts.group(events + FILLER)
    finally:
        _switch(facts, "DEFINITE_CONTEXT", old)


MILL = doc("afp/1127.0254", date(2006, 11, 27),
           ("A fire on Sunday gutted the Hollins Textile Mill in Dorset County, killing all 12 workers inside, the "
            "county government said on Monday.", "2006-11-26"),
           ("It added the mill's operating permit and safety licence have both expired.", "../2006-11-27"))
PLANT = doc("afp/1124.0123", date(2006, 11, 24),
            ("An explosion that occurred in the Varga Chemical Plant in Kessler's Eastgate District on Oct. 24 left "
             "five workers dead.", "2006-10-24"),
            ("Preliminary investigations show that the plant was operating illegally because its operating permit "
             "and safety certificates expired at the end of December last year.", "2005-12"))


def test_definite_words_speak_of_the_names_given_last():
    names = frozenset({"varga", "kessler"})
    assert en.name_heads(PLANT[0].text, names) == {"varga", "kessler"}  # (not "Oct.", not "An explosion")
    assert en.names_nothing(PLANT[1].text, names) and en.names_nothing(MILL[1].text, frozenset())
    assert en.names_nothing("Families of the dead will each receive 200,000 yuan (25,000 U.S. dollars).", names)
    # must not: a name at the start that the document writes with a capital elsewhere; no
    # definite words
    assert not en.names_nothing("Varga plant is designed to produce 150 tons a day, but its permit expired.", names)
    assert not en.names_nothing("Seven families have been compensated so far.", names)
    items = [facts._item(e, None, {}, {}) for e in PLANT]
    facts._give_context([(e.span[0], i) for e, i in zip(PLANT, items)])
    assert items[0].context is None and items[1].context == {"varga", "kessler"}


def test_two_statements_naming_nothing_after_other_names_are_two():
    fact_of = _grouped(MILL + PLANT)
    assert fact_of[MILL[1].id] != fact_of[PLANT[1].id]
    fact_of = _grouped(MILL + PLANT, flag=False)
    assert fact_of[MILL[1].id] == fact_of[PLANT[1].id]


ARRESTED = "Three managers responsible for the blast have been arrested, said local police."
BLAST = ("Twenty-two workers were confirmed dead and five missing in Saturday's gas blast at the Yarrow Fireworks "
         "Factory in Penwick, a city in the northern Dunmore Province.")
JAILED = [doc(f"xin/1127.0{k}", date(2006, 11, 27), (BLAST, "2006-11-25"), (ARRESTED, "../2006-11-27"))
          for k in (179, 254)]
DETAINED = doc("xin/1128.0270", date(2006, 11, 28),
               ("The accident occurred at around 6:40 p.m. at the Calder Fireworks Factory in Ostrow on Sunday.",
                "2006-11-26"),
               ("Calder factory is licensed to store 150 tons of powder a year, but its production permit and safety "
                "licence have both expired.", "../2006-11-28"),
               ("Police have detained the factory owner but its general manager is on the run.", "../2006-11-28"))


def test_a_fact_of_one_thing_does_not_draw_a_statement_of_another():
    events = JAILED[0] + JAILED[1] + DETAINED
    fact_of = _grouped(events)
    assert fact_of[JAILED[0][1].id] == fact_of[JAILED[1][1].id]  # (the same text, one thing)
    assert fact_of[DETAINED[2].id] != fact_of[JAILED[0][1].id]
    fact_of = _grouped(events, flag=False)
    assert fact_of[DETAINED[2].id] == fact_of[JAILED[0][1].id]


def test_statements_naming_nothing_after_one_same_name_still_link():
    # must not: two reports of one thing, their last names shared (one place named by both)
    other = doc("xin/1128.0111", date(2006, 11, 28),
                ("Rescuers pulled the last bodies from the Yarrow Fireworks Factory on Monday.", "2006-11-27"),
                ("Three managers responsible for the blast were arrested, local police said.", "../2006-11-28"))
    fact_of = _grouped(JAILED[0] + other)
    assert fact_of[JAILED[0][1].id] == fact_of[other[1].id]


def test_no_places_no_context():
    # must not: statements without their places in the document (no order known) get none
    items = [facts._item(e, None, {}, {}) for e in PLANT]
    facts._give_context([(-1, i) for i in items])
    assert all(i.context is None for i in items)


def test_other_happenings_sharing_a_named_place_only_in_the_main_clause_are_two():
    # (`facts.PASSING_OTHER`: both happenings read and other, what the main clause shares names
    # only; the rest of the shared words in a clause told in passing)
    visit = rev("The inspectors will visit the Saint Brennan Provincial Children's Hospital where the brother and "
                "sister were treated, the inspectors' office said.", "2006-03-14/..", "xin/0314.0276",
                date(2006, 3, 14))
    sent = rev("Both brother and sister were sent to the Saint Brennan Provincial Children's Hospital.",
               "../2006-03-15", "xin/0315.0131", date(2006, 3, 15))
    assert not _together(visit, sent)
    assert _together(visit, sent, off=((facts, "PASSING_OTHER"),))
    # must not: one happening, told twice with the place
    again = rev("The two were sent to the Saint Brennan Provincial Children's Hospital on Monday, where the brother "
                "and sister were treated.", "../2006-03-16", "afp/0316.0011", date(2006, 3, 16))
    assert _together(sent, again)


def test_a_statement_naming_nothing_is_not_one_naming_what_its_document_never_names():
    # (`facts.NAMED_ELSEWHERE`: the other's own names, its first word aside, are neither the
    # context nor written anywhere in the document of the statement naming nothing)
    named = rev("The operating licence of the village-run Varga Textile Mill expired at the end of last year and "
                "inspectors found it had no sprinklers.", "2005", "xin/1115.0200", date(2006, 11, 15))
    old = _switch(facts, "NAMED_ELSEWHERE", False)
    try:
        assert _grouped(MILL + [named])[MILL[1].id] == _grouped(MILL + [named])[named.id]
    finally:
        _switch(facts, "NAMED_ELSEWHERE", old)
    fact_of = _grouped(MILL + [named])
    assert fact_of[MILL[1].id] != fact_of[named.id]


def test_a_statement_naming_nothing_still_meets_a_name_its_document_writes():
    # must not: "the weapon" after another name, where the document names the house's owner
    # elsewhere ("Buried a foot beneath the ground, the weapon was unearthed ..." / "The rifle was
    # discovered April 8 ... behind Slepian's house")
    found = doc("apw/0410.0123", date(1999, 4, 10),
                ("Investigators searched the woods behind the Slepian home for weeks.", "../1999-04-10"),
                ("Police said FBI agents led the search on Thursday.", "1999-04-08"),
                ("The rifle, a semiautomatic, was unearthed during the search of the wooded area behind the house "
                 "on April 8.", "1999-04-08"))
    named = rev("The rifle was unearthed on April 8 in the wooded area behind Slepian's house during the search.",
                "1999-04-08", "nyt/0419.0515", date(1999, 4, 19))
    items = [facts._item(e, None, {}, {}) for e in found]
    facts._give_context([(e.span[0], i) for e, i in zip(found, items)])
    assert items[2].context is not None and "slepian" not in items[2].context
    assert not facts._referents_apart(items[2], facts._item(named, None, {}, {}))
