"""Rules made on the errors of `dev13` (session 15: Xinhua, November 2006, coal-mine disasters in China
and Poland): wire news in general, each with its examples and the cases it must not match; each example
fails with its rule switched off."""

from __future__ import annotations

from datetime import date

from timeline_cli import facts
from timeline_cli.model import Event, make_id
from timeline_cli.lang.en import facts as en

# Other reports, so that the words of the statements below are as rare as in a news store.
FILLER = [Event(id=make_id(text, when, src), when=when, text=text, source=src, reported=date(2006, 11, 1 + k % 28))
          for k in range(30)
          for text, when, src in [(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
                                   f"../2006-11-{1 + k % 28:02d}", f"wsj/filler{k}")]]


def rev(text: str, when: str, source: str, reported: date) -> Event:
    return Event(id=make_id(text, when, source), when=when, text=text, source=source, reported=reported)


def _switch(module, name: str, value: bool):
    old = getattr(module, name)
    setattr(module, name, value)
    return old


# --- "in another accident" anywhere says another incident (`lang.en.facts.OTHER_INCIDENT_IN`)

def test_another_incident_named_inside_the_statement():
    assert en.other_incident("Also on Monday, the death toll in another deadly accident in this coal-rich "
                             "province climbed to 35, with 12 more missing in the pit.")
    assert en.other_incident("Wednesday also saw the death toll climb to 41 in another coal mine tragedy, "
                             "also in the coal-rich province.")
    assert en.other_incident("Two policemen were killed in a separate attack near the border on Monday.")


def test_another_without_an_incident_is_no_other_incident():
    # must not: a fear or a purpose names no incident told; a place, a part of something, a person
    for text in ("Officials feared another attack on the capital.",
                 "The government vowed to prevent another tragedy in the mines.",
                 "The minister arrived in another city on Monday after the explosion.",
                 "Rescuers found the bodies in another shaft of the mine after the explosion.",
                 "In another of his speeches, the president praised the rescuers."):
        assert not en.other_incident(text), text
    old = _switch(en, "OTHER_INCIDENT_IN", False)
    try:
        assert not en.other_incident("Also on Monday, the death toll in another deadly accident in this province "
                                     "climbed to 35.")
    finally:
        en.OTHER_INCIDENT_IN = old


# --- Facts holding another incident's statement and this one's are not merged (`facts.FACT_INCIDENTS`)

NANSHAN = [  # (dev13: two reports of one mine fire, each closing on another mine's toll)
    rev("Twenty-four people were confirmed dead and 10 others went missing in a deadly coal mine accident early "
        "Monday in north China's Shanxi Province.", "2006-11-13", "xin/1113.0008", date(2006, 11, 13)),
    rev("Also on Monday, the death toll in another deadly accident in this coal-rich province climbed to 35, with "
        "12 more missing in the pit of the Jiaojiazhai Colliery in Xinzhou, where a gas blast trapped 47 on Nov. 5.",
        "2006-11-13", "xin/1113.0008", date(2006, 11, 13)),
    rev("Twenty-five people have been confirmed dead and nine others are still missing in a deadly coal mine "
        "accident in north China's Shanxi Province.", "../2006-11-13", "xin/1113.0105", date(2006, 11, 13)),
    rev("Also on Monday, the death toll in another deadly accident in this coal-rich province climbed to 35, with "
        "12 others missing in the pit of Jiaojiazhai Colliery in Xinzhou, where a gas blast trapped 47 on Nov. 5.",
        "2006-11-13", "xin/1113.0105", date(2006, 11, 13)),
    rev("Unsafe small coal mines account for two-thirds of the total fatalities in mine accidents, government "
        "figures show.", "../2006-11-27", "xin/1127.0254", date(2006, 11, 27)),
    rev("Unsafe small coal mines account for two-thirds of the total fatalities in mine accidents, government "
        "figures show.", "../2006-11-28", "xin/1128.0270", date(2006, 11, 28)),
]


def test_another_accidents_toll_stays_out_of_the_days_accident():
    lede, other = NANSHAN[0], NANSHAN[1]
    fact_of = facts.group(NANSHAN + FILLER)
    assert fact_of[NANSHAN[0].id] == fact_of[NANSHAN[2].id]  # the fire, told twice
    assert fact_of[NANSHAN[1].id] == fact_of[NANSHAN[3].id]  # the other mine's toll, told twice
    assert fact_of[lede.id] != fact_of[other.id]


def test_merges_go_on_without_another_incident():
    # must not: the two facts of one report merge as before when neither says another incident
    plain = [rev(e.text.replace("in another deadly accident", "in the deadly accident"), e.when, e.source,
                 e.reported or date(2006, 11, 13)) for e in NANSHAN]
    index = facts.build(plain + FILLER)
    assert not any(facts._incidents_apart(index, index._root(a.id), index._root(b.id))
                   for a in plain for b in plain if index._root(a.id) != index._root(b.id))


def test_another_incident_stays_out_of_a_fact_on_its_core_terms():
    # (dev13, the corpus: a wire copy's "In another tragedy" joined a Polish blast's fact on
    # miner, mine, kill, the core merge's "fact terms")
    polish = [rev("At least eight Polish miners were killed in a methane gas explosion in a coal mine in southern "
                  "Poland on Tuesday evening.", "2006-11-21", "xin/1121.0406", date(2006, 11, 21)),
              rev("The mine accident is the country's deadliest so far this year, bringing the number of miners "
                  "killed in 2006 in Poland to 43.", "2006", "xin/1123.0116", date(2006, 11, 23))]
    other = [rev("In another tragedy, 32 miners were killed and 28 injured in a colliery gas explosion at Changyuan "
                 "Coal Mine in Fuyuan, a county in southwestern Yunnan Province.", "../2006-11-27", src,
                 date(2006, 11, 27)) for src in ("xin/1127.0179", "xin/1127.0254")]
    fact_of = facts.group(polish + other + FILLER)
    assert fact_of[other[0].id] == fact_of[other[1].id]
    assert fact_of[other[0].id] != fact_of[polish[0].id]


# --- Two counts of one span reported on other days are two (`facts.SPAN_COUNTS`)

TOLL_40 = rev("The death toll from a colliery blast in north China last week has risen to 40 while seven people "
              "remain missing, rescuers confirmed on Tuesday.", "2006-11-06/2006-11-12", "xin/1114.0211",
              date(2006, 11, 14))
TOLL_41 = rev("The death toll from a colliery blast in north China last week has risen to 41 with six others still "
              "missing, local government sources said on Wednesday.", "2006-11-06/2006-11-12", "xin/1115.0089",
              date(2006, 11, 15))


def test_a_tolls_counts_of_two_report_days_are_two():
    fact_of = facts.group([TOLL_40, TOLL_41] + FILLER)
    assert fact_of[TOLL_40.id] != fact_of[TOLL_41.id]


def test_one_count_restated_or_a_rank_revised_is_not_split():
    # must not: the same count told again on another day; a rank of the year whose count is a
    # participle ("bringing the number ... to 43" / "adding the number ... to 28")
    again = rev(TOLL_40.text.replace("on Tuesday", "on Wednesday"), TOLL_40.when, "xin/1115.0089", date(2006, 11, 15))
    fact_of = facts.group([TOLL_40, again] + FILLER)
    assert fact_of[TOLL_40.id] == fact_of[again.id]
    a = facts._item(rev("According to reports, it is the largest mine accident in Poland this year, adding the number "
                        "of miners killed this year to 28.", "2006", "xin/1121.0406", date(2006, 11, 21)), None, {}, {})
    b = facts._item(rev("The mine accident is the country's deadliest so far this year, bringing the number of miners "
                        "killed in 2006 in Poland to 43.", "2006", "xin/1123.0116", date(2006, 11, 23)), None, {}, {})
    assert not facts._one_span_reported_apart(a, b)


# --- A generic statement is not a day's happening (`lang.en.facts.GENERIC_PRESENT`, `facts._generic`)

GENERIC = "Unsafe small coal mines account for two-thirds of the total fatalities in mine accidents, government figures show."


def test_a_bare_plural_in_the_simple_present_is_generic():
    assert en.is_generic(GENERIC)
    assert en.is_generic("Chinese coal mines suffer frequent explosions, flooding and cave-ins, claiming about 6,000 "
                         "lives a year.")
    assert en.is_generic("Insurgents frequently target the fledgling Iraqi security troops.")


def test_reports_names_and_past_forms_are_not_generic():
    # must not: a report frame, an article, a name with a verb in -s, a past form, an adverb and a verb in -s
    for text in ("Officials say the mine had no licence.",
                 "The mines account for two-thirds of the fatalities.",
                 "Telerate provides information about financial markets through an electronic network.",
                 "Analysts expect the toll to rise.",
                 "Japanese share prices got off to a strong start.",
                 "India currently exports merchandise worth 14 billion US dollars.",
                 "Rescuers believe the remaining seven miners have little chance of survival.",
                 "Twenty-five people have been confirmed dead in a deadly coal mine accident."):
        assert not en.is_generic(text), text


def test_a_generic_statement_stays_out_of_a_days_accident():
    # (dev13: the generic line two reports end on had joined the day's accident on accident, coal,
    # mine, kill)
    lede = [rev("Twenty-four people were confirmed dead and 10 others went missing in a deadly coal mine accident "
                "early Monday in north China's Shanxi Province.", "2006-11-13", "xin/1113.0008", date(2006, 11, 13)),
            rev("Twenty-five people have been confirmed dead and nine others are still missing in a deadly coal mine "
                "accident in north China's Shanxi Province.", "../2006-11-13", "xin/1113.0105", date(2006, 11, 13))]
    generic = [rev(GENERIC, "../2006-11-27", "xin/1127.0254", date(2006, 11, 27)),
               rev(GENERIC, "../2006-11-28", "xin/1128.0270", date(2006, 11, 28))]
    fact_of = facts.group(lede + generic + FILLER)
    assert fact_of[lede[0].id] == fact_of[lede[1].id]
    assert fact_of[generic[0].id] == fact_of[generic[1].id]  # (the same text, twice)
    assert fact_of[generic[0].id] != fact_of[lede[0].id]


def test_a_dated_statement_is_no_generic():
    # must not: with a date of its own, a bare plural's verb tells a happening
    dated = facts._item(rev("Democrats retake control of both chambers of Congress in last week's elections.",
                            "2006-11-06/2006-11-12", "xin/1114.0295", date(2006, 11, 14)), None, {}, {})
    assert en.is_generic(dated.text) and not facts._generic(dated)


# --- A clock time is no count (`lang.en.facts.CLOCK_TIME`; session 15, dev13b)

def test_clock_time_gives_no_number():
    assert "#40" not in en.terms("The accident occurred at around 6:40 p.m. at the colliery on Sunday.")
    assert [t for t in en.terms("The blast hit the market at 11:30 a.m., killing 23.") if t[0] == "#"] == ["#23"]
    for text in ("Polls closed at 10 p.m. and 19 seats were counted.", "The train left at 9.30 pm with 45 aboard.",
                 "Shooting began at 6 o'clock and 17 people were hurt.", "The meeting opened at 14:15 with 60 delegates."):
        found = [t for t in en.terms(text) if t[0] == "#"]
        assert len(found) == 1 and found[0] in {"#19", "#45", "#17", "#60"}, (text, found)
    assert "#40" not in en.read("The accident occurred at around 6:40 p.m. on Sunday.")[0]
    # nor a count (`counts`: the other-incident and scope vetoes) nor a figure (`small_figures`)
    assert en.counts("The accident occurred at around 6:40 p.m. at the colliery, killing 24.") == {24.0}
    assert not en.small_figures("The train left at 9.30 pm with 45 aboard.")
    assert en.small_figures("The train fare rose to 9.30 dollars.") == {"#9.3"}
    # the time stays a term of its own, on 24 hours; "a.m."/"p.m." stay words as before
    assert en.clock_terms("at around 6:40 p.m.") == en.clock_terms("at 18:40 local time") == ("@18:40",)
    assert en.clock_terms("until 9 a.m. Tuesday") == ("@9:00",) and "a.m" in en.terms("until 9 a.m. Tuesday")


def test_what_is_no_clock_time():
    # must not: a decimal, a thousand, a race time (h:mm:ss), an hour past 23, minutes past 59, a score
    for text in ("The index rose 12.45 points to 1,234.56 on Monday.", "The winner ran 2:05:30 in Berlin.",
                 "It rose to 25.30 pm units.", "The ratio was 7:75 in the survey.", "They lost 3:2 on Sunday."):
        assert not en.clock_terms(text), text


def test_numbers_that_are_no_clock_time_stay():
    # must not: decimals, thousands, counts before a noun, h:mm:ss race times' other parts, invalid hours
    for text, number in (("The index rose 12.45 points to 1,234.56 on Monday.", "#1234.56"),
                         ("The index rose 12.45 points to 1,234.56 on Monday.", "#12.45"),
                         ("Rescuers found 24 bodies and 10 survivors.", "#24"),
                         ("The rebels killed 25 people in the raid.", "#25"),
                         ("He won 21 of the 40 races.", "#40")):
        assert number in en.terms(text), (text, number)
    old = _switch(en, "CLOCK_TIME", False)
    try:
        en.terms.cache_clear()
        assert "#40" in en.terms("The accident occurred at around 6:40 p.m. at the colliery on Sunday.")
        en.counts.cache_clear()
        assert 40.0 in en.counts("The accident occurred at around 6:40 p.m. at the colliery, killing 24.")
        en.small_figures.cache_clear()
        assert en.small_figures("The train left at 9.30 pm with 45 aboard.")
    finally:
        en.CLOCK_TIME = old
        en.terms.cache_clear()
        en.counts.cache_clear()
        en.small_figures.cache_clear()


FIRE = [rev("The fire broke out at around 21:40 at the Greenfield paper warehouse in Dayton on Sunday, the fire "
            "department said.", "2007-03-04", "ap/0305.1", date(2007, 3, 5)),
        rev("A fire at the Greenfield paper warehouse in Dayton on Sunday killed 12 workers and injured 30.",
            "2007-03-04", "nyt/0305.2", date(2007, 3, 5))]


def test_clock_time_does_not_veto_a_one_day_link():
    # the hour and minutes are no count against "12 workers", "30" (the one-day link's numbers)
    fact_of = facts.group(FILLER + FIRE)
    assert fact_of[FIRE[0].id] == fact_of[FIRE[1].id]
    old = _switch(en, "CLOCK_TIME", False)
    try:
        en.terms.cache_clear()
        fact_of = facts.group(FILLER + FIRE)
        assert fact_of[FIRE[0].id] != fact_of[FIRE[1].id]
    finally:
        en.CLOCK_TIME = old
        en.terms.cache_clear()


# --- Any verb of a count's value is one happening term (`lang.en.facts.COUNT_VALUE`; session 15, dev13b)

def _clear_caches() -> None:
    for value in vars(en).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


def test_count_value_verbs_are_one_term():
    stood, climbed = en.terms("The death toll stood at 62 on Tuesday."), en.terms("The death toll climbed to 62.")
    assert "count-value" in stood and "count-value" in climbed
    for text in ("The number of refugees has risen to 4,000.", "The toll reached 35 on Monday.",
                 "Unemployment jumped to 9.5 percent.", "The toll rose to five."):
        assert "count-value" in en.terms(text), text
    assert en.main_verb("The death toll stood at 62 on Tuesday.") == "count-value"
    assert en.main_verb("The death toll climbed to 62 with 30 still missing.") == "count-value"
    assert "count-value" in en.head("The death toll stood at 62 on Tuesday.", 3)


def test_what_is_no_count_value():
    # must not: no number after the verb, a rise by an amount, a rise of a share, a place
    for text in ("He rose to power in 1990.", "The climbers climbed to the summit on Monday.",
                 "Output rose by 5 percent.", "Prices rose 26 percent in May.", "Guards stood at the gate.",
                 "The team reached the final on Sunday.", "She stands at the door."):
        assert "count-value" not in en.terms(text), text
        assert en.main_verb(text) != "count-value", text
    old = _switch(en, "COUNT_VALUE", False)
    try:
        _clear_caches()
        assert "count-value" not in en.terms("The death toll stood at 62 on Tuesday.")
    finally:
        en.COUNT_VALUE = old
        _clear_caches()


TOLL = [rev("The death toll stood at 62 on Tuesday.", "2008-05-06", "ap/0507.1", date(2008, 5, 7)),
        rev("On Tuesday, the death toll from the ferry sinking off the southern coast rose to 62, with 30 more "
            "passengers still missing near the port of Barisal.", "2008-05-06", "afp/0506.2", date(2008, 5, 6)),
        rev("By Thursday the death toll had climbed to 71 as divers reached the hull.", "2008-05-08", "ap/0508.3",
            date(2008, 5, 8))]


def test_one_count_told_with_two_verbs_links():
    # (dev13: "The death toll stood at 35 on Monday" / "... climbed to 35, with 12 more missing")
    fact_of = facts.group(FILLER + TOLL)
    assert fact_of[TOLL[0].id] == fact_of[TOLL[1].id]
    # must not: another day's value of the count
    assert fact_of[TOLL[2].id] not in (fact_of[TOLL[0].id], fact_of[TOLL[1].id])
    old = _switch(en, "COUNT_VALUE", False)
    try:
        _clear_caches()
        fact_of = facts.group(FILLER + TOLL)
        assert fact_of[TOLL[0].id] != fact_of[TOLL[1].id]
    finally:
        en.COUNT_VALUE = old
        _clear_caches()


# --- An incident named by a general word takes its "when" clause's happening (`lang.en.facts.OCCURRED_WHEN`;
# session 15, dev13b)

def test_accident_occurred_when_an_explosion():
    text = "The accident happened on Friday afternoon when a gas explosion tore through the Riverside chemical plant."
    assert en.when_happening(text) == {"bomb"}
    assert set(en.happening(text)) == {"accident", "bomb"}
    assert en.when_happening("The disaster occurred late on Monday when a fire swept through the market.") == set(en.terms("fire"))


def test_no_when_happening():
    # must not: no "when" clause, a clause without a happening noun, a subject that is no general word
    for text in ("The accident occurred at around 6:40 p.m. at the colliery on Sunday.",
                 "The accident occurred when the driver fell asleep at the wheel.",
                 "The explosion occurred when workers were repairing a pipe.",
                 "The explosion occurred when a fire broke out in the boiler room.",
                 "Police said the crash was an accident and that no one was hurt when the car hit a fire hydrant."):
        assert not en.when_happening(text), text
    old = _switch(en, "OCCURRED_WHEN", False)
    try:
        _clear_caches()
        assert not en.when_happening("The accident happened on Friday when a gas explosion tore through the plant.")
    finally:
        en.OCCURRED_WHEN = old
        _clear_caches()


PLANT = [rev("Four workers were killed in a gas explosion at a chemical plant in southern Ohio on Friday evening.",
             "2009-06-12", "ap/0612.1", date(2009, 6, 12)),
         rev("The accident happened on Friday evening when a gas explosion tore through the Riverside chemical plant.",
             "2009-06-12", "upi/0614.2", date(2009, 6, 14))]


def test_accident_occurred_when_links_with_the_explosion():
    # (dev13: "At least eight Polish miners were killed in a methane gas explosion ..." / "The accident occurred
    # on Tuesday night when a methane gas explosion ... shook the Halemba coal mine")
    fact_of = facts.group(FILLER + PLANT)
    assert fact_of[PLANT[0].id] == fact_of[PLANT[1].id]
    old = _switch(en, "OCCURRED_WHEN", False)
    try:
        _clear_caches()
        fact_of = facts.group(FILLER + PLANT)
        assert fact_of[PLANT[0].id] != fact_of[PLANT[1].id]
    finally:
        en.OCCURRED_WHEN = old
        _clear_caches()
