"""Rules added for recall on dev3/dev4/dev5 (session 9, second pass). Each rule with its examples
and the cases it must not match; each example fails with its rule switched off."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import ev, groups
from tests.test_facts_happening import OTHERS


def _clear() -> None:
    from tests.test_facts import clear_pack_caches

    clear_pack_caches()  # (every cache of the pack: a statement's kept main verb too, speed15)


@pytest.fixture
def no_light_nouns(monkeypatch):
    monkeypatch.setattr(en, "_LIGHT_NOUNS", {})
    _clear()
    yield
    _clear()


# ---------------------------------------------------------------- a light verb and its noun

@pytest.mark.parametrize("text, verb", [
    ("Meissner said the INS decision was made after two lengthy interviews with the boy's father.", "decid"),
    ("The family made an urgent appeal to the court on Friday.", "appeal"),
    ("Lawyers said they were prepared to file a court appeal if Reno spurns them.", "appeal"),
    ("The police gave a stern warning to the fans.", "warn"),
    ("The warning was given on Monday.", "warn"),
    ("The government took the decision last week.", "decid"),
    ("A meeting was held in Geneva on Monday.", "meet"),
])
def test_a_light_verb_reads_as_the_happening_its_noun_names(text, verb):
    assert en.main_verb(text) == verb


@pytest.mark.parametrize("text", [
    "He made a fortune in oil.",          # no happening noun of the table
    "She gave birth to a son.",
    "He made the trip to Lima.",
    "The president took office in 1990.",
    "The decision was announced Wednesday.",  # a frame verb: no light verb at all
])
def test_a_light_verb_with_another_noun_is_no_happening(text):
    assert en.main_verb(text) == ""


def test_a_light_verb_is_read_only_next_to_its_noun():
    # the noun further away is not the light verb's: "made" has its own object here
    assert en.main_verb("They made the trip to Lima despite the warning of the police.") == ""
    assert en.main_verb("The decision that the ministry made was cheered.") == "cheer"


def test_each_light_noun_key_is_the_verb_stem():
    # "made an appeal" must meet "appealed": the key is what the verb's past form stems to
    for verb in ("decided", "appealed", "warned", "announced", "apologized", "offered", "visited", "requested",
                 "arrested", "ordered", "approved"):
        assert en.stem(verb) in {k for table in en._LIGHT_NOUNS.values() for k in table.values()}, verb


WARNING = ev("Fujimori gave a warning to the rebels holding the residence in Lima on Monday.", "1997-04-14", "afp/40")
WARNED = ev("President Alberto Fujimori warned the guerrillas on Monday that troops in Lima were ready.",
            "1997-04-14", "afp/41")


def test_a_light_verb_and_the_verb_say_one_happening():
    # one happening (warn) and the same names on one day: linked below the threshold
    assert groups(facts.group([WARNING, WARNED] + OTHERS)) == [{WARNING.id, WARNED.id}]


def test_a_light_verb_and_the_verb_switched_off(no_light_nouns, monkeypatch):
    monkeypatch.setattr(facts, "DAY_DICE", 2.0)  # (one precise day links them too: `_one_day_link`)
    monkeypatch.setattr(en, "ARMED_GROUP", False)  # ("the rebels" / "the guerrillas": one more shared term; session 23)
    assert groups(facts.group([WARNING, WARNED] + OTHERS)) == []


def test_a_light_verb_must_not_join_another_happening():
    gave_birth = ev("Fujimori's wife gave birth to a son in Lima on Monday, the palace said.", "1997-04-14", "afp/42")
    assert groups(facts.group([gave_birth, WARNED] + OTHERS)) == []


# ---------------------------------------------------------------- object pronouns are no terms

def test_object_pronouns_are_no_terms():
    assert "him" not in en.terms("Gonzalez demanded that Elian be returned to him.")
    assert "herself" not in en.terms("His mother died trying to get Elian and herself to the United States.")
    assert "himalaya" in en.terms("The climbers reached the Himalaya.")  # (a word, not the pronoun)


def test_a_shared_pronoun_must_not_make_a_decision_of_a_quote():
    # with "him" a term, the short quote lay wholly inside the report of the ruling (decid,
    # father, him) and linked as contained, once "the decision was made" read as "decided"
    decision = ev("Meissner said the INS decision was made after two lengthy interviews with the boy's father, "
                  "Juan Miguel Gonzalez, a hotel worker in Cardenas, Cuba, who Meissner said is anxious to have "
                  "Elian returned to him.", "../2000-01-05", "nyt/50")
    quote = ev("The one that decides for him is me, his father.", "../2000-04-17", "apw/51")
    assert groups(facts.group([decision, quote] + OTHERS)) == []


# ---------------------------------------------------------------- a coordinated clause of its own

DENIED = ev("Russia has strongly denied any role in Litvinenko's murder.", "../2006-12-11", "afp/60")
BUT_DENIED = ev("Several of his friends have blamed the Kremlin for the murder, but Russia has repeatedly denied "
                "that it had any involvement in the ex-spy's death.", "../2006-12-17", "afp/61")


@pytest.mark.parametrize("text, clause", [
    (BUT_DENIED.text, "Russia has repeatedly denied that it had any involvement in the ex-spy's death."),
    ("Kopp vanished after the shooting, and the car was found abandoned at Newark.",
     "the car was found abandoned at Newark."),
    ("Rebels held the north; the army was sent to retake it.", "the army was sent to retake it."),
])
def test_a_coordinated_clause_with_its_own_subject_and_verb(text, clause):
    assert en.clauses(text) == (clause,)


@pytest.mark.parametrize("text", [
    "Bombs exploded in Nairobi, and Dar es Salaam, killing 12.",   # a list's last item
    "Lawyers sent letters of protest to Reno, and said they were prepared to file a court appeal.",  # no subject
    "The Islamists have retreated from their frontlines and accused Ethiopian forces.",  # no comma
    "Prices rose, and the index.",                                  # no verb
])
def test_no_clause_of_its_own(text):
    assert en.clauses(text) == ()


def test_a_coordinated_clause_links_as_a_statement_of_its_own(monkeypatch):
    # the whole statement shares three terms of the short one (russia, deni, kill) below the
    # threshold; its "but" clause alone reaches it, and both heads say "denied"
    index = facts.build([DENIED, BUT_DENIED] + OTHERS)
    assert groups(index.fact_of) == [{DENIED.id, BUT_DENIED.id}]
    monkeypatch.setattr(facts, "_clause_link", lambda *args: False)
    assert groups(facts.group([DENIED, BUT_DENIED] + OTHERS)) == []


@pytest.mark.parametrize("other", [
    # another actor in the clause: Georgia's denial shares only the verb and the death with Russia's
    # (two terms; an undated pair needs three)
    ev("Several of his friends have blamed the Kremlin for the murder, but Georgia has repeatedly denied "
       "that it had any involvement in the ex-spy's death.", "../2006-12-17", "afp/62"),
    # the clause's words, another happening: Russia refusing a part in the inquiry
    # (heads meeting on "role" below SAME_WORDS: the happening veto of the clause)
    ev("Several of his friends met in London on Sunday, but Russia has refused any role in the inquiry "
       "into Litvinenko's murder by Scotland Yard.", "../2006-12-17", "afp/63"),
    # the same words in one clause, without a subject of its own
    ev("Several of his friends have blamed the Kremlin for the ex-spy's murder and met in London, "
       "denying that Russia had any involvement.", "../2006-12-17", "afp/64"),
])
def test_a_coordinated_clause_must_not_link_another_actor_or_happening(other):
    assert groups(facts.group([DENIED, other] + OTHERS)) == []


CAR_FOUND = ev("Kopp's 1987 Chevrolet Cavalier was discovered last month at Newark, N.J., International Airport, "
               "the FBI said.", "1998-12", "apw/70")
VANISHED = ev("Kopp vanished after the shooting, and the car was found abandoned at the Newark, N.J., airport "
              "in December.", "1998-12", "apw/71")


def test_a_coordinated_clause_links_when_the_whole_statements_heads_are_apart(monkeypatch):
    # most words shared, but the heads of the whole (vanish, shoot, car) are not the other's
    # (find): the "and" clause's are
    assert groups(facts.group([CAR_FOUND, VANISHED] + OTHERS)) == [{CAR_FOUND.id, VANISHED.id}]
    monkeypatch.setattr(facts, "_clause_link", lambda *args: False)
    assert groups(facts.group([CAR_FOUND, VANISHED] + OTHERS)) == []


def test_a_coordinated_clause_heads_apart_must_not_link_another_happening():
    # the clause shares the place and the car, but says the car was towed, not found
    towed = ev("Kopp vanished after the shooting, and the car was towed from the Newark, N.J., airport "
               "in December.", "1998-12", "apw/72")
    assert groups(facts.group([CAR_FOUND, towed] + OTHERS)) == []
