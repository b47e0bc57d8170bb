"""Rules made on the errors of `dev15` (session 16: Xinhua, November 2005, the Tennis Masters Cup and
the World Cup play-offs): wire news in general, each with its examples and the cases it must not
match; each example fails with its rule switched off."""

from __future__ import annotations

from datetime import date

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import filler, pack_flags_off, rev

FILLER = filler(2005, 11)


def _together(a: Event, b: Event) -> bool:
    fact_of = facts.group([a, b, *FILLER])
    return fact_of[a.id] == fact_of[b.id]


off = pack_flags_off


# --- A reduced passive relative's participle is no main verb (`lang.en.facts.AGENT_PARTICIPLE`)

def test_a_participle_with_its_agent_after_a_noun_is_no_main_verb():
    hostages = "Two hostages held by the rebels were freed on Monday."
    meeting = "The meeting, jointly organized by the UN and the EU, opened in Geneva on Monday."
    assert en.main_verb(hostages) == "freed"
    assert en.main_verb(meeting) == "open"
    with off("AGENT_PARTICIPLE"):
        assert en.main_verb(hostages) == "hold"
    # (the meeting's participle is set off by commas: `PARTICIPLE_ASIDE` (session 23) reads it too)
    with off("AGENT_PARTICIPLE", "PARTICIPLE_ASIDE"):
        assert en.main_verb(meeting) == "organ"


def test_a_participle_with_by_that_is_a_verb_stays_one():
    assert en.main_verb("Prices rose by 5 percent on Monday.") == "rise"
    assert en.main_verb("Prices rose by a third in a week.") == "rise"
    assert en.main_verb("He stopped by the office and left.") == "stop"
    assert en.main_verb("Slepian was shot by a sniper.") == "shoot"
    # (no later verb: the participle is all the statement says)
    assert en.main_verb("The summit, organized by the UN.") == "organ"


# --- A promise "that" frames its clause as "said" does (`lang.en.facts.PROMISE_THAT`)

def test_a_promise_that_says_its_clause():
    text = "Governor Mark Smith promised on Monday that the flood victims will be compensated."
    assert en.main_verb(text) == "compensat"
    assert en.subject(text) == ()  # (who promises is the claimant, as who says)
    with off("PROMISE_THAT"):
        assert en.main_verb(text) == "prom"
        assert en.subject(text) == ("governor", "mark", "smith")


def test_a_promise_to_or_of_a_thing_keeps_its_verb():
    assert en.main_verb("The minister promised to help the victims.") == "help"
    assert en.main_verb("The minister promised reforms in the spring.") == "prom"
    assert en.main_verb("The minister assured the fans that they will be compensated.") == "assur"


# --- A title set off by commas between the speaker's name and the reporting verb
# (`lang.en.facts.APPOSITIVE_CLAIMANT`)

def test_a_title_between_a_name_and_said_leaves_the_name_the_claimant():
    text = "Brad Drewett, the vice president of the ATP, said the final will be moved to Sunday."
    assert en.subject(text) == ()
    with off("APPOSITIVE_CLAIMANT"):
        assert en.subject(text) == ("brad", "drewet")


def test_a_title_before_an_act_leaves_the_actor():
    assert en.subject("South Africa, a key ally of Kenya, condemned the attack.") == ("south", "africa")
    assert en.subject("Sergio Vieira, the mediator, met the rebels on Monday.") == ("sergio", "vieira")


# The two together: dev15's missed link (the organising committee's promise of Tuesday told twice)
PROMISED = rev("Tennis fans will be compensated for the withdrawals and absentees of tennis masters at the "
               "season-ending Masters Cup, said senior officials from the organizing committee here on Tuesday.",
               "2005-11-15", "xin/1115.0174", date(2005, 11, 15))
PROMISED_AGAIN = rev("Wang Liqun, deputy director for the event jointly held by the International Tennis Federation "
                     "(ITF), the world governing body, and the ATP, had promised Tuesday that tennis fans will be "
                     "compensated for the withdrawals and absentees of tennis masters.",
                     "2005-11-15", "xin/1116.0162", date(2005, 11, 16))


def test_a_promise_told_by_a_named_official_and_by_officials_is_one():
    assert _together(PROMISED, PROMISED_AGAIN)
    with off("PROMISE_THAT", "APPOSITIVE_CLAIMANT", "AGENT_PARTICIPLE"):
        assert not _together(PROMISED, PROMISED_AGAIN)


# --- "X came (a span) after Y" says X (`lang.en.facts.CAME_AFTER`)

def test_came_after_says_its_subject():
    attack = "The attack came two days after the president visited the city."
    assert en.happening(attack) == ("attack",)
    assert en.main_verb("Agassi's withdrawal came just minutes after Rafael Nadal pulled out.") == ""
    with off("CAME_AFTER"):
        assert en.happening(attack) == ("visit",)


def test_came_to_a_place_is_no_reference():
    assert not en._came_after(en._Lower("He came to Shanghai after the final .".split()), 1, 7)
    assert en.main_verb("The rebels came into the town and burned the market.") == "burn"


WITHDRAWAL = rev("Agassi's withdrawal came just minutes after Spanish teenager Rafael Nadal pulled out due to "
                 "left foot injury.", "../2005-11-14", "xin/1114.0247", date(2005, 11, 14))
NADAL = rev("World No. 2 Rafael Nadal Monday announced his pulling out with a left foot injury before his Masters "
            "debut even started, and minutes later Andre Agassi further long line of withdrawals at the ATP "
            "season-ending event, blaming a bad ankle sprain sustained playing racquetball.",
            "2005-11-14", "xin/1115.0174", date(2005, 11, 15))


def test_a_withdrawal_minutes_after_another_is_not_the_other():
    assert not _together(WITHDRAWAL, NADAL)
    # (with PHRASAL_VERBS, "pulled out" / "his pulling out" are "withdraw", one term fewer shared:
    # the pair is apart by its words as well, so the control is the reading before it)
    with off("CAME_AFTER", "PHRASAL_VERBS"):
        assert _together(WITHDRAWAL, NADAL)
