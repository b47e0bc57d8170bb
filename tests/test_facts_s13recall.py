"""Session 13 ("recall3"): who acts, read from the main clause, and the described victim of a
death. Each rule with examples (from the gold sets' missed pairs and false pairs, dev6-dev8)
and cases it must not match; each example fails with its rule switched off."""

from __future__ import annotations

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import ev


# ------------------------------------------------ a comma inside a number ends no fronted phrase

MARINES = ("In addition to the estimated 45,000 Marines to ultimately be part of Operation Desert Shield, "
           "Stealth fighter planes and the aircraft carrier John F. Kennedy are also headed to Saudi Arabia.")


def test_a_number_comma_does_not_close_a_fronted_phrase():
    # (the phrase up to its real comma holds "be": no fronted phrase; it was cut at "45,")
    assert en.main_clause(MARINES) == MARINES
    assert en.subject(MARINES) == ()


def test_a_fronted_phrase_still_ends_at_its_comma():
    assert en.main_clause("Within hours of the hanging, a car bomb exploded.") == "a car bomb exploded."
    assert en.main_clause("In 1998, the bombs exploded.") == "the bombs exploded."


# ------------------------------------------------ the subject is the main clause's

def test_a_fronted_place_is_no_actor():
    text = ("In Miami-Dade County, elected officials went as far as to say they their police departments "
            "would have no role in taking the boy from the house.")
    assert en.subject(text) == ()
    assert en.read(text)[2] == ()


def test_a_name_opening_the_main_clause_after_a_fronted_clause_is_its_actor():
    text = ("If the Immigration and Naturalization Service order that Elian must be returned to his father "
            "in Cuba is to be contested, Reno ruled correctly that the only proper venue is federal court.")
    assert en.subject(text) == ("reno",)
    assert en.read(text)[2] == ("reno",)


def test_a_lone_first_word_of_the_sentence_is_still_no_actor():
    assert en.subject("Reno ruled correctly that the only proper venue is federal court.") == ()
    assert en.subject("Suspected bombs exploded outside two embassies.") == ()
    assert en.subject("South Africa deplored the blasts.") == ("south", "africa")
    # a described speaker after a fronted phrase says, does not act
    assert en.subject("Late Monday, U.S. State Department officials said that travel visas had "
                      "been approved for Elian's father.") == ()


def _items(*texts: str) -> list:
    events = [ev(t, "../2000-04-03", f"s{i}.example/{i}") for i, t in enumerate(texts)]
    index = facts.build(events)
    return [index.items[e.id] for e in events]


RENO = ("If the Immigration and Naturalization Service order that Elian must be returned to his father in "
        "Cuba is to be contested, Reno ruled correctly that the only proper venue is federal court.")
INS_RULED = ("The Immigration and Naturalization Service has ruled in favor of the father's request that "
             "the boy be returned to him in Cuba.")


def test_the_main_clause_actor_is_another_actor_than_the_agency():
    reno, ins = _items(RENO, INS_RULED)
    assert facts._other_actor(reno, ins)


# ------------------------------------------------ an official actor described hides the name

THREAT_INS = ("If the family refused, INS had threatened to revoke Elian's parole, meaning federal officials "
              "would take him from the Miami family.")
THREAT_OFFICIALS = ("Government officials had threatened to revoke the boy's parole if his great-uncle, Lazaro "
                    "Gonzalez, did not sign a document agreeing to hand Elian over to federal officials.")


def test_officials_described_hide_their_name_as_a_pronoun_does():
    assert en.hides_actor(THREAT_OFFICIALS)
    assert en.hides_actor("Federal authorities have begun to move the boy.")
    assert en.hides_actor("He said the agency would revoke the parole.")
    assert en.subject(THREAT_INS) == ("ins",)
    ins, officials = _items(THREAT_INS, THREAT_OFFICIALS)
    assert not facts._other_actor(ins, officials)


def test_a_described_speaker_or_a_named_actor_hides_nothing():
    assert not en.hides_actor("Officials said DNA test results showed a likelihood that the hair came from Kopp.")
    assert not en.hides_actor("The FBI is conducting further DNA tests of the hair.")
    assert not en.hides_actor("Reno said the state court had no jurisdiction in the case.")
    assert not en.hides_actor("Cuban officials in Havana said the boy would return.")


# ------------------------------------------------ the described victim of a death

MOTHER_A = "His mother died in a boating accident trying to get Elian and herself to the United States."
MOTHER_B = ("His mother died trying to smuggle Elian out of Cuba, and it has been difficult for family "
            "members, Miami community leaders and many politicians to separate attitudes about Castro.")


def test_actor_terms_are_the_words_before_the_main_verb():
    assert en.actor_terms(MOTHER_A) == frozenset({"mother"})
    assert en.actor_terms("The boy's mother and 10 other people died when their boat sank.") >= {"mother", "boy"}
    assert en.actor_terms("Mother of two.") == frozenset()  # no main verb read


def _pair(a: str, b: str) -> tuple:
    x, y = _items(a, b)
    return x, y, x.terms & y.terms


def test_one_described_victim_dies_once():
    a, b, shared = _pair(MOTHER_A, MOTHER_B)
    assert facts._same_happening(a, b, shared)


def test_a_described_actor_of_another_happening_or_another_victim_is_no_name():
    # the same relatives file twice, a lawsuit and affidavits: one name (Elian) and the
    # relatives described alike are not two names (only a death happens once to its victim)
    a, b, shared = _pair("The relatives filed a lawsuit to overturn the father's decision on Elian.",
                         "Elian's relatives have filed affidavits alleging the father abused his son.")
    assert {"elian", "relativ", "file", "father"} <= shared
    assert not facts._same_happening(a, b, shared)
    a, b, shared = _pair(MOTHER_A, "His father died trying to smuggle Elian out of Cuba, and it has been "
                                   "difficult for family members and Miami community leaders.")
    assert not facts._same_happening(a, b, shared)


# ------------------------------------------------ a side's standing claim stays apart as a fact

CLAIMS = [
    ev("Elian's relatives and other Miami supporters say his mother died to give him freedom.",
       "../2000-02-10", "apw/1", "Elian's relatives and other Miami supporters"),
    ev("Cuban exiles in Miami say the boy's mother died to give him freedom in the United States.",
       "../2000-02-16", "apw/2", "Cuban exiles in Miami"),
]
TOLD = [
    ev(MOTHER_A, "../2000-01-15", "apw/3"),
    ev("His mother and 10 others died at sea while trying to reach the United States.", "../2000-01-28", "apw/4"),
]


def test_a_side_claim_fact_and_a_told_fact_are_claims_apart():
    index = facts.build(CLAIMS + TOLD)
    for a, b in ((CLAIMS[0], CLAIMS[1]), (TOLD[0], TOLD[1])):  # (each pair one fact, linked or not)
        ra, rb = index._root(a.id), index._root(b.id)
        if ra != rb:
            facts._union(index, ra, rb, facts.Evidence(a.id, b.id, "user link"))
    claims, told = index._root(CLAIMS[0].id), index._root(TOLD[0].id)
    assert claims != told
    assert facts._claims_apart(index, claims, told)
    assert facts._claims_apart(index, told, claims)


def test_two_told_facts_or_two_claims_are_not_claims_apart():
    index = facts.build(CLAIMS + TOLD)
    assert not facts._claims_apart(index, TOLD[0].id, TOLD[1].id)
    assert not facts._claims_apart(index, CLAIMS[0].id, CLAIMS[1].id)
