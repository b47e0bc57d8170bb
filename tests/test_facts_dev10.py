"""Rules made on the errors of `dev10` (session 13: AFP, December 2005, the Saddam Hussein trial
hearings, Iraq's election of 15 December, Ahmadinejad's Holocaust remarks) and on the lead's
reading of the facts `timeline facts` gives on all AFP December 2005 reports: wire news in
general, each with its examples and the cases it must not match; each example fails with its
rule switched off."""

from __future__ import annotations

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import ev

# Other reports, so that the words of the statements below are as rare as in a news store.
FILLER = [ev(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
             f"../2005-12-{1 + k % 25:02d}", f"wsj/filler{k}") for k in range(30)]


# --- One verb, two objects: two acts (`lang.en.facts.verb_object`, `facts._other_object`)

AUDIO = ("Judge Rizkar Mohammed Amin then ruled that the audio feed to journalists in the tribunal's press box be "
         "cut, allowing a woman -- identified only as witness A -- to speak without her voice being identified.")
BREAK = ("Presiding judge Rizkar Mohammed Amin then ruled a 10-minute break in order to decide how the woman, sitting "
         "behind a curtain, would be able to speak and be understood in the heavily-defended courtroom of the Iraqi "
         "High Tribunal.")
ATTACK = ('Chief Palestinian negotiator Saeb Erakat "strongly condemned" the attack, describing it to AFP as a '
          '"crime which is part of a framework of an Israeli escalation."')
DECISION = ("The chief Palestinian negotiator Saeb Erakat condemned the decision, calling it part of an Israeli "
            "design to sabotage the whole election.")


def test_the_object_of_the_main_verb():
    assert en.verb_object(AUDIO) == {"audio", "feed"}
    assert en.verb_object(BREAK) == {"minut", "break"}
    assert en.verb_object(ATTACK) == {"attack"}
    assert en.verb_object(DECISION) == {en.stem("decision")}


def test_no_object_after_a_preposition_or_without_a_verb():
    # must not: an intransitive or passive verb has no object; a frame alone reads no verb
    assert en.verb_object("Slepian died in a London hospital on November 23.") == frozenset()
    assert en.verb_object("Kopp was charged with murder in Buffalo.") == frozenset()
    assert en.verb_object("The bombings on Aug. 7 killed 259 people.") == frozenset()  # (a count, "people" no term)
    assert en.verb_object("Officials said on Friday.") == frozenset()


def test_one_judge_two_rulings_are_two_facts():
    # (dev10: AFP 6 Dec 2005, two reports of one hearing; they shared the judge, the woman, "speak"
    # and "ruled", 0.40)
    a = ev(AUDIO, "../2005-12-06", "afp/1206.0088")
    b = ev(BREAK, "../2005-12-06", "afp/1206.0089")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]


def test_one_negotiator_condemning_two_things_is_two_facts():
    # (the lead's reading of AFP December 2005: 7 and 21 Dec)
    a = ev(ATTACK, "../2005-12-07", "afp/1207.0001")
    b = ev(DECISION, "../2005-12-21", "afp/1221.0001")
    c = ev("Erakat condemned the Israeli attack on Gaza as a crime.", "../2005-12-07", "afp/1207.0002")
    fact_of = facts.group([a, b, c] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]
    assert fact_of[c.id] != fact_of[b.id]


def test_one_verb_one_object_told_twice_still_links():
    # must not: the object in the other statement, in other words around it
    a = ev(BREAK, "../2005-12-06", "afp/1206.0089")
    b = ev("Judge Rizkar Mohammed Amin ruled a 10-minute break to decide how the woman witness could best speak "
           "in the courtroom.", "../2005-12-06", "afp/1206.0088")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]


def test_a_name_a_count_or_a_participle_is_no_object():
    # must not (the corpora: AFP and Xinhua December 2006): one accusation of one actor named two
    # ways, one kidnapping counted two ways, one death told with "trying to"
    assert en.verb_object("On Friday, Hamas accused Fatah loyalists of targeting Hamas prime minister Ismail "
                          "Haniya after his convoy came under fire.") == frozenset()
    assert en.verb_object("Gunmen have kidnapped several people from an Italian oil vessel off the Nigerian "
                          "coast.") == frozenset()
    assert en.verb_object("His mother died trying to get Elian and herself to the United States.") == frozenset()


def test_one_kidnapping_counted_two_ways_still_links():
    a = ev("Gunmen have kidnapped several people from an Italian oil vessel off the Nigerian coast, according to "
           "industry and security officials on Wednesday.", "2006-11-22", "xin/1122.0046")
    b = ev("Gunmen have kidnapped seven foreign workers including one Italian from an Agip oil vessel off the "
           "Nigerian coast, industry and security officials said.", "2006-11-22", "xin/1122.0143")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]


# --- A happening known from reports is not told (`lang.en.facts.reported_terms`, `facts._reported_only`)

SPOKE = ("He spoke after reports of a sweeping victory for the main religious Shiite coalition, the United Iraqi "
         "Alliance (UIA), in nine southern provinces.")
CELEBRATING = ("In the holy city of Najaf, as well as the main southern city of Basra, residents were already "
               "celebrating the victory of the main religious Shiite United Iraqi Alliance coalition.")
CELEBRATE = ("In the holy city of Najaf, as well as the main southern city of Basra, residents did not wait to "
             "celebrate victory for the dominant religious Shiite group, the United Iraqi Alliance.")


def test_what_is_known_from_reports():
    assert {"victor", "allianc", "shiit"} <= en.reported_terms(SPOKE)
    assert en.reported_terms("Oil prices rose amid reports that OPEC would cut output.") == {"opec", "cut", "output"}


def test_no_reports_or_reports_opening_the_sentence():
    # must not: a fronted "after reports of" sets the scene of the main clause; "the reports" alone
    assert en.reported_terms("After reports of shooting, police sealed off the area.") == frozenset()
    assert en.reported_terms("He spoke after the reports.") == frozenset()
    assert en.reported_terms(CELEBRATING) == frozenset()


def test_speaking_after_reports_of_a_victory_is_not_the_celebration():
    # (dev10: AFP 15 and 17 Dec 2005: Hafez spoke after reports of the victory; the statement had
    # joined the celebration fact on its core terms, 60%)
    a = ev(CELEBRATING, "../2005-12-15", "afp/1215.0190")
    b = ev(CELEBRATE, "../2005-12-15", "afp/1215.0334")
    c = ev(SPOKE, "../2005-12-17", "afp/1217.0110")
    fact_of = facts.group([a, b, c] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]
    assert fact_of[c.id] != fact_of[a.id]


def test_two_reports_of_one_report_still_link():
    # must not: both know the happening from reports (the same statement told twice)
    a = ev("Oil prices rose sharply in London on Tuesday amid reports that OPEC would cut its output quota "
           "at the Vienna meeting.", "2005-12-13", "afp/1213.0001")
    b = ev("Oil prices rose in London on Tuesday amid reports that OPEC would cut its output quota in Vienna.",
           "2005-12-13", "afp/1213.0002")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]


# --- "close to" is near, not the verb close (`lang.en.facts.CLOSE_TO`)

ADJOURNS = ("Officials close to the court are hoping that this time a full four days of hearings is possible before "
            "the court adjourns again in time for Iraq's parliamentary elections on December 15.")
POLLS = ("Polls closed on Thursday in Iraq's historic general election for the first full-term government since the "
         "fall of Saddam Hussein, the electoral commission said.")


def test_close_to_is_near():
    assert "clos" not in en.terms(ADJOURNS)
    assert "clos" not in en.terms("Sources close to the talks said a deal was near.")
    assert "clos" not in en.terms("The storm killed close to 40 people.")


def test_the_verb_close_stays():
    # must not: the verb, with or without "to" after it
    assert "clos" in en.terms(POLLS)
    assert "clos" in en.terms("The road will close to traffic on Monday.")
    assert "clos" in en.terms("The market is expected to close to the public.")


def test_officials_close_to_the_court_are_not_the_polls_closing():
    # (dev10: AFP 4 and 15 Dec 2005; they linked on one day, 15 Dec, sharing election, Iraq and "clos")
    a = ev(ADJOURNS, "2005-12-15", "afp/1204.0116")
    b = ev(POLLS, "2005-12-15", "afp/1215.0333")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]


# --- A "that" with an auxiliary after it opens the subject's relative clause (`lang.en.facts.SUBJECT_THAT`)

COACHES = ("The coaches of the 32 nations that have qualified for the 2006 World Cup will all be at Friday's draw "
           "with the sole exception of Argentina manager Jose Pekerman.")
ZICO = ('"A team that has qualified for the World Cup finals must be prepared for any situation whatsoever," Zico '
        'told Japanese television in Leipzig after the World Cup draw there.')


def test_the_subjects_relative_verb_is_not_the_main_verb():
    assert en.main_verb(ZICO) == "prepar"
    assert en.main_verb(COACHES) != "qualif"
    assert en.main_verb("The man that was arrested on Friday confessed to the killing.") == "confess"


def test_that_after_a_verb_or_before_a_subject_unchanged():
    # must not: a reported clause, an object relative ("that Castro wants to ...")
    assert en.main_verb("Police said that two men have been arrested.") == "arrest"
    assert en.main_verb("Visas for the entourage of more than 20 teachers, classmates and others that Castro wants "
                        "to accompany the family were not yet approved.") == "approv"


def test_the_coaches_at_the_draw_are_not_a_quote_after_it():
    # (the lead's reading of AFP December 2005: 7 and 9 Dec; both read "qualified" as their
    # happening and linked as one, 0.24 raised to the threshold)
    a = ev(COACHES, "2005-12-09", "afp/1207.0294")
    b = ev(ZICO, "../2005-12-10", "afp/1209.0130")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]
