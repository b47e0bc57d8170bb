"""Rules made on the errors of `dev8` (session 12: Elian Gonzalez, 13 January - 1 June 2000,
AQUAINT AP / NYT) and of `dev4`: each with its examples and the cases it must not match; each
example fails with its rule switched off."""

from __future__ import annotations

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import ev

# Other reports, so that the words of the statements below are as rare as in a news store.
FILLER = [ev(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
             f"../2000-02-{1 + k % 25:02d}", f"wsj/filler{k}") for k in range(30)]


# --- A time clause of another subject mentions its happening (`lang.en.facts._passing_at`)

EXHORTED = ("Saying ``nothing is certain'' about Elian's return, Cuba's government exhorted citizens to keep "
            "rallying, after the boy's relatives in Miami said they would look for ways to get around Wednesday's "
            "ruling by the U.S. Immigration and Naturalization Service to repatriate the child by Jan. 14.")
RULED = ("The Immigration and Naturalization Service has ruled in favor of the father's request that the boy be "
         "returned to him in Cuba, but that decision was put on hold while the Miami relatives battle in federal "
         "court to keep him in this country.")


def test_a_time_clause_of_another_subject_is_no_main_term():
    # (dev8: AP 15 Jan; dev4: AFP 28 Dec, "rolled into the capital Mogadishu Thursday after
    # Islamist leaders retreated")
    assert "rule" not in en.main_terms(EXHORTED)
    assert "exhort" in en.main_terms(EXHORTED)
    assert "retreat" not in en.main_terms("Somali government forces backed by Ethiopian troops rolled into the "
                                          "capital Mogadishu Thursday after Islamist leaders retreated.")
    assert "wreck" not in en.own_terms("The boy was placed in his care following a boat wreck.")


def test_a_reaction_after_a_ruling_is_not_the_ruling():
    # (dev8: AP 15 Jan / AP 10 Feb; they share the INS, the boy, Miami, the relatives, the return)
    a = ev(EXHORTED, "2000-01-15", "apw/0115")
    b = ev(RULED, "../2000-02-10", "apw/0210")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]


def test_a_gerund_after_after_is_the_subjects_own_act():
    # must not: "after seizing power" is the subject's own dated act (dev4: the 1973 coup), and a
    # fronted "After ..." clause is the main clause's setting, not cut here
    pinochet = "Pinochet ruled Chile for 17 years after seizing power in a 1973 military coup."
    assert {"captur", "coup"} <= en.main_terms(pinochet)  # (seize = capture: one paraphrase class)
    assert "hand" in en.main_terms("After Pinochet lost a 1988 referendum, he handed over power.")
    assert "shoot" in en.main_terms("Kopp shot Slepian, then fled before dawn.")


def test_two_reports_of_one_coup_still_link():
    # must not: dev4's pair, the coup dated in a gerund clause after "after"
    a = ev("Pinochet ruled Chile for 17 years after seizing power in a 1973 military coup.", "1973", "afp/1203")
    b = ev("Pinochet came to power in a 1973 military coup that ousted Socialist president Salvador Allende.",
           "1973", "afp/1211")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]


# --- A side's standing claim is not the happening it tells (`facts._standing_claim`)

CLAIM = ev("Cuban exiles in Miami say the boy's mother died to give him freedom in the United States.",
           "../2000-02-16", "apw/0216", "Cuban exiles in Miami")
CLAIM2 = ev("Elian's relatives and other Miami supporters say his mother died to give him freedom in the United "
            "States.", "../2000-02-10", "apw/0210", "Elian's relatives and other Miami supporters")
DIED = ev("The boy's mother and 10 other people died when their boat sank on the way from Cuba to the United "
          "States.", "../2000-02-17", "apw/0217")


def test_a_sides_present_claim_is_not_the_narrative():
    # (dev8: AP 15 Jan, 10 Feb, 16 Feb: three restatements of the exiles' case joined the
    # mother's death, 14 false pairs)
    fact_of = facts.group([CLAIM, DIED] + FILLER)
    assert fact_of[CLAIM.id] != fact_of[DIED.id]


def test_sides_and_present_claims_are_read():
    assert en.is_side("cuban exiles in miami")
    assert en.is_side("he and others")
    assert not en.is_side("fbi")
    assert not en.is_side("state department officials")
    assert en.claims_now("Cuban exiles in Miami say the boy's mother died.")
    assert not en.claims_now("Elian's relatives said his mother died.")
    assert not en.claims_now("The boy's mother died.")


def test_a_sides_claim_restated_still_links():
    # must not: two reports of the same side's claim are one fact
    fact_of = facts.group([CLAIM, CLAIM2] + FILLER)
    assert fact_of[CLAIM.id] == fact_of[CLAIM2.id]


def test_a_sources_present_report_is_its_happening():
    # must not: a source saying it now reports the happening (dev: "The FBI says Kopp is wanted
    # as a material witness" / "Kopp is being sought as a material witness")
    a = ev("Officials say the boy's mother and 10 other people died when their boat sank on the way from Cuba to "
           "the United States.", "../2000-02-16", "apw/0216b", "Officials")
    fact_of = facts.group([a, DIED] + FILLER)
    assert fact_of[a.id] == fact_of[DIED.id]


# --- An acronym and the name that spells it out are one term (`facts._spelled`)

OPEC = ev("OPEC decided to cut production by 1.2 million barrels per day in October at its meeting in Doha.",
          "2006-10", "afp/1214")
SPELLED = ev("The Organisation of Petroleum Exporting Countries took a decision in Qatar in October to cut "
             "production.", "2006-10", "afp/1213")


def test_an_acronym_reads_as_its_spelled_out_name():
    # (te3-silver: AFP 13 and 14 Dec 2006; dev8: "The INS ruled" / "The Immigration and
    # Naturalization Service had ruled")
    assert en.acronyms("OPEC decided") == frozenset({"opec"})
    assert sorted(en.spelled_out("The Immigration and Naturalization Service had ruled")["ins"]) == [
        "immigr", "naturaliz", "servic"]
    fact_of = facts.group([OPEC, SPELLED] + FILLER)
    assert fact_of[OPEC.id] == fact_of[SPELLED.id]


def test_an_acronym_spelling_another_name_stays_apart():
    # must not: other initials, and two-letter acronyms ("US" is a stop word, "AP" a credit)
    assert "irs" not in en.spelled_out("The Immigration and Naturalization Service had ruled")
    assert en.acronyms("The US and the UN said") == frozenset()
    other = ev("The Organisation of Arab Petroleum Exporting Countries took a decision in Qatar in October to "
               "cut production.", "2006-10", "afp/1213b")
    assert "opec" not in en.spelled_out(other.text) or "arab" not in en.spelled_out(other.text)["opec"]
