"""Rules made on the errors of `dev11` (session 14: Xinhua, November 2005, the Amman hotel bombings
and the reactions, the Songhua River chemical spill and Harbin's water cut-off): wire news in
general, each with its examples and the cases it must not match; each example fails with its
rule switched off."""

from __future__ import annotations

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import ev

# Other reports, so that the words of the statements below are as rare as in a news store.
FILLER = [ev(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
             f"../2005-11-{1 + k % 25:02d}", f"wsj/filler{k}") for k in range(30)]


# --- A fronted source, a fronted phrase's "that" clause and relative clause (`lang.en.facts.FRONT_SOURCE`)

INFORMATION = ("According to the latest information released by SEPA on Saturday, the belt of toxic pollutants "
               "flowing downstream in the Songhua river is off the city of Harbin about 80 km.")
INFORMED = ("China on Saturday informed the United Nations Environment Program (UNEP) and the United Nations "
            "Development Program (UNDP) of the major pollution in northeast China's Songhua River.")
FEARS = ("For fears that a chemical plant blast on Nov. 13 may have caused a leakage of poisonous substances into the "
         "Songhua River, which supplies water to Harbin, the municipality has announced to cut off water supply to "
         "the urban areas at wee hours on Wednesday.")
CAUSED = ("The disaster was caused by a chemical plant explosion in Jilin province, northeast China, on Nov. 13, which "
          "heavily polluted a regional river called the Songhua River, Zhang said, adding that the major pollutants "
          "from the accident had been identified as benzene, aniline and nitrobenzene.")
EX_HOSTAGES = ("According to several ex-hostages held for four months by the Tupac Amaru (MRTA) revolutionary "
               "movement, at least two rebels were executed by the soldiers after being taken prisoner.")
RAID = ("Two soldiers, one hostage and all 14 Tupac Amaru Revolutionary Movement (MRTA) hostage-takers were killed "
        "in the raid.")


def test_a_fronted_source_and_a_fronted_that_clause_are_no_main_clause():
    assert en.main_clause(INFORMATION).startswith("the belt of toxic pollutants")
    assert en.main_clause(FEARS).startswith("the municipality has announced")
    assert en.main_clause("Amid growing fears that the virus could spread, China has ordered the culling of "
                          "all poultry.").startswith("China has ordered")
    assert "inform" not in en.head(INFORMATION, 3)


def test_a_source_or_a_clause_that_is_not_fronted_stays():
    # must not: a source at the end, a source without its comma, a verb before "that" (no
    # fronted phrase: the aux is the main clause's), a phrase with an aux and no "that"
    for text in ("The belt is off the city of Harbin, according to SEPA.",
                 "According to police the man was arrested on Friday.",
                 "On Monday the court ruled that the men were guilty, and the judge set a date.",
                 "At least seven were reported dead in the attack, and more were hurt."):
        assert en.main_clause(text) == text


def test_the_terms_only_a_source_holds():
    assert {"sepa", "releas", "latest"} <= en.source_terms(INFORMATION)
    assert {"tupac", "amaru", "mrta"} <= en.source_terms(EX_HOSTAGES)
    # must not: the words the main clause repeats, and a source at the end
    assert "songhua" not in en.source_terms(INFORMATION)
    assert en.source_terms("The belt is off the city of Harbin, according to SEPA.") == frozenset()


def test_the_source_of_a_report_is_not_the_informing():
    # (dev11: Xinhua 26 Nov 2005; they linked on one day sharing "inform", Songhua and river; the
    # SEPA statement shortened, as its other words weigh less in a store than here)
    a = ev("According to the latest information released by SEPA on Saturday, the toxic belt in the Songhua "
           "river is 80 km off Harbin.", "2005-11-26", "xin/1126.0127")
    b = ev(INFORMED, "2005-11-26", "xin/1126.0065")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]


def test_fears_of_a_blast_are_not_the_blast():
    # (dev11: Xinhua 22 and 26 Nov 2005; both dated 13 Nov, sharing the fears clause's words, 0.27
    # raised to the threshold)
    a = ev(FEARS, "2005-11-13", "xin/1122.0210")
    b = ev(CAUSED, "2005-11-13", "xin/1126.0127")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]


def test_the_sources_words_are_not_the_raids():
    # (dev5 and the corpora: AFP 23 and 24 Apr 1997; the executed rebels joined the raid's toll on the
    # source's words, 0.51, once the source was no longer the head: `source_terms` is that half of the
    # rule; the statement shortened, as its other words weigh less in a store than here)
    a = ev("According to ex-hostages of the Tupac Amaru Revolutionary Movement (MRTA), soldiers executed two "
           "rebels.", "../1997-04-25", "afp/0424.0618")
    b = ev(RAID, "../1997-04-23", "afp/0423.0654")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]


def test_one_happening_after_two_sources_still_links():
    # must not: the happening told after a source in both, in its own words
    a = ev("According to the provincial government, the water supply of Harbin was shut down for four days "
           "on Wednesday.", "2005-11-23", "xin/a")
    b = ev("According to local officials, Harbin's water supply was shut down for four days on Wednesday.",
           "2005-11-23", "xin/b")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]


# --- Claiming responsibility is an act (`lang.en.facts.CLAIM_RESPONSIBILITY`); a reaction and
# another act on its happening are two facts (`lang.en.facts.REACTIONS`, `facts._other_reaction`)

CONDEMNED = ("Iraq condemned on Thursday the three suicide bombing attacks on three hotels in the Jordanian capital "
             "of Amman last night which killed at least 57 people and injured hundreds.")
CLAIMED = ("Al-Qaida branch in Iraq claimed responsibility for the suicide bombings on three Amman hotels, which "
           "killed 57 people and wounded over 100.")
CLAIMED_THURSDAY = ("The al-Qaida terror group in Iraq claimed responsibility on Thursday for the three suicide "
                    "bombings in an internet statement, but the authenticity of the statement could not be verified.")


def test_claiming_responsibility_is_the_main_verb():
    assert en.main_verb(CLAIMED) == "claim-responsibilit"
    assert en.main_verb(CLAIMED_THURSDAY) == "claim-responsibilit"
    assert en.main_verb("Al-Qaida terror group in Iraq has claimed responsibility for the blasts in an Internet "
                        "statement.") == "claim-responsibilit"
    assert en.verb_object(CLAIMED) == {"suicid", "bomb"}  # (what the claim is for)


def test_a_claim_that_is_a_report_stays_a_frame():
    # must not: "claimed" reporting a clause, or claiming lives
    assert en.main_verb("The rebels claimed they had shot down the plane.") == "shoot"
    assert en.main_verb("The group claimed on Monday that it had kidnapped the workers.") == en.stem("kidnapped")
    assert en.main_verb("The floods claimed the lives of 20 people.") != "claim-responsibilit"


def test_a_condemnation_is_not_the_claim_of_responsibility():
    # (dev11: Xinhua 10 and 14 Nov 2005; they shared the bombings, the hotels, Amman, Iraq and the
    # toll of their relative clauses, 0.63; the claim's main verb was read in "which killed ...")
    a = ev(CONDEMNED, "2005-11-10", "xin/1110.0090")
    b = ev(CLAIMED, "../2005-11-14", "xin/1114.0329")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]


def test_two_claims_of_one_attack_still_link():
    # must not: one claim told twice (dev11: Xinhua 10 and 13 Nov 2005), and one condemnation by
    # two outlets
    a = ev(CLAIMED_THURSDAY, "2005-11-10", "xin/1110.0278")
    b = ev("Al-Qaida terror group in Iraq has claimed responsibility for the blasts in an Internet statement.",
           "../2005-11-13", "xin/1113.0183")
    c = ev(CONDEMNED, "2005-11-10", "xin/1110.0090")
    d = ev("Iraq on Thursday condemned the suicide bombing attacks on three hotels in Amman which killed at "
           "least 57 people.", "2005-11-10", "afp/1110.0001")
    fact_of = facts.group([a, b, c, d] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]
    assert fact_of[c.id] == fact_of[d.id]
    assert fact_of[a.id] != fact_of[c.id]


# --- A nationality adjective in the subject names the country's actor (`lang.en.facts.NATIONAL_ACTOR`)

CHINESE_INFORMED = ("The Chinese government on Saturday informed the United Nations Environment Program (UNEP) about "
                    "the environmental disaster in northeast China caused by a toxic spill, pledging to provide "
                    "update on the incident to the international community on a daily basis.")


def test_the_country_of_a_nationality_adjective():
    assert en.national_forms(frozenset({en.stem("chinese"), "government"})) >= {"china", en.stem("chinese")}
    assert en.national_forms(frozenset({"britain"})) >= {"britain", en.stem("british")}
    # must not: words of no nationality are left as they are
    assert en.national_forms(frozenset({"sepa", "zhang"})) == {"sepa", "zhang"}


def test_the_chinese_government_and_china_informing_unep_link():
    # (dev11: Xinhua 26 Nov 2005; "chines", the subject, is not in the other statement, which
    # names China: the other-actor check kept them apart)
    a = ev(INFORMED, "2005-11-26", "xin/1126.0065")
    b = ev(CHINESE_INFORMED, "2005-11-26", "xin/1126.0127")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]


def test_another_countrys_government_stays_another_actor():
    # must not: the Japanese government informing UNEP is not China informing it
    a = ev(INFORMED, "2005-11-26", "xin/1126.0065")
    b = ev(CHINESE_INFORMED.replace("Chinese", "Japanese"), "2005-11-26", "xin/1126.0127")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]


# --- "estimated that", "showed that" frame the clause after them (`lang.en.facts.THAT_FRAME`)

ESTIMATED = ("Experts estimated that around 100 tons of pollutants containing benzene flew into the Songhua River, "
             "which supplies the most water to Harbin, capital of neighboring Heilongjiang Province.")
OBSERVATION = ('"After the explosion at the Jilin Petrochemical Company under China National Petroleum Corporation, '
               'our observation showed pollutants containing benzene had flown into the Songhua River and caused '
               'water pollution," said an official with SEPA.')


def test_estimated_that_and_showed_that_frame_their_clause():
    assert en.main_verb(ESTIMATED) == "fly"
    assert en.main_verb("Experts have estimated that the floods killed 200 people.") == "kill"
    assert en.main_verb("The survey showed that prices rose.") == en.stem("rose")


def test_estimating_and_showing_a_thing_keep_their_verb():
    # must not: an object after the verb, no "that"
    assert en.main_verb("Experts estimated the damage at 3 billion dollars.") == en.stem("estimated")
    assert en.main_verb("The museum showed the paintings for the first time.") == en.stem("showed")


def test_the_pollutants_flowing_into_the_river_told_twice_link():
    # (dev11: Xinhua 23 and 29 Nov 2005; "estimat" and "show" were read as their happenings, two
    # others, and kept them apart below SAME_WORDS, 0.41; the quote's fronted phrase left out, as
    # its words weigh less in a store than here)
    a = ev('"Our observation showed pollutants containing benzene had flown into the Songhua River and caused '
           'water pollution," said an official with SEPA.', "../2005-11-23", "xin/1123.0056")
    b = ev(ESTIMATED, "../2005-11-29", "xin/1129.0142")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]
