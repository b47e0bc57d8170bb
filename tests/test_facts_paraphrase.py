"""Paraphrase of the happening (lang.en.facts paraphrase classes, multi-word phrases,
irregular past forms, `happenings_said`) and the grouping rules that use it
(timeline_cli.facts: the other-happening veto, the contained restatement, the same-day merge
of one fact's pieces)."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from timeline_cli.lang.en.facts import happenings_said, main_verb, stem, terms
from tests.test_facts import ev, groups


@pytest.mark.parametrize("a, b", [
    ("joined", "acceded"), ("accession", "join"), ("detained", "arrested"), ("detention", "arrest"),
    ("resigned", "quit"), ("resignation", "resigns"), ("inked", "signed"), ("signature", "signing"),
    ("met", "meeting"), ("drowned", "died"), ("perished", "killed"), ("discovered", "found"),
    ("unearthed", "finds"), ("demonstrators", "protesters"), ("demonstration", "protests"),
])
def test_one_key_per_happening_class(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize("a, b", [("clung", "clinging"), ("held", "holding"), ("fled", "fleeing"),
                                  ("sought", "seeking"), ("sank", "sinking"), ("struck", "strikes")])
def test_irregular_past_forms_meet_their_verb(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize("a, b", [("founded", "found"), ("joined", "signed"), ("arrested", "charged"),
                                  ("met", "meat"), ("resigned", "signed"), ("protest", "attack")])
def test_other_happenings_stay_apart(a, b):
    assert stem(a) != stem(b)


@pytest.mark.parametrize("text, key", [
    ("Poland, Hungary and the Czech Republic today became full-fledged members of NATO.", "join"),
    ("Poland became a member of the alliance.", "join"),
    ("The minister stepped down on Monday.", "resign"),
    ("The two leaders held talks in Geneva.", "meet"),
    ("Two men were taken into custody.", "arrest"),
])
def test_a_phrase_is_its_happening_key(text, key):
    assert key in terms(text)
    assert main_verb(text) == key


@pytest.mark.parametrize("text, key", [
    ("He became the first member to speak.", "join"),      # no membership gained
    ("Police stepped up patrols.", "resign"),
    ("Peace talks collapsed in Geneva.", "meet"),           # talks, not held
    ("He was immediately released into the custody of relatives in Miami.", "arrest"),
])
def test_phrase_must_not_match(text, key):
    assert key not in terms(text)


def test_a_statement_says_each_coordinated_happening():
    assert happenings_said("Kopp vanished after the shooting, and the car was found abandoned at Newark.") == \
        ("vanish", "find")
    assert happenings_said("Slepian was shot in the back on Friday night.") == ("shoot",)


# Two outlets on the same relatives, the same day: they fought in court; they appealed the
# ruling. Many shared words, two happenings.
FOUGHT = ev("Elian's relatives in Miami fought in court to keep the boy with his great-uncle Lazaro Gonzalez.",
            "2000-01-07", "apw/1")
APPEAL = ev("Elian's relatives in Miami appealed the ruling of the immigration service to keep the boy.",
            "2000-01-07", "nyt/2")
FOUGHT_AGAIN = ev("The relatives in Miami have fought to keep the boy with Lazaro Gonzalez, his great-uncle.",
                  "2000-01-07", "nyt/3")


def test_statements_saying_different_happenings_do_not_link(monkeypatch):
    fact_of = facts.group([FOUGHT, APPEAL])
    assert fact_of[FOUGHT.id] != fact_of[APPEAL.id]
    monkeypatch.setattr(facts, "SAME_WORDS", 0.0)  # without the veto the shared words link them
    fact_of = facts.group([FOUGHT, APPEAL])
    assert fact_of[FOUGHT.id] == fact_of[APPEAL.id]


def test_the_same_happening_reworded_still_links():
    fact_of = facts.group([FOUGHT, FOUGHT_AGAIN])
    assert fact_of[FOUGHT.id] == fact_of[FOUGHT_AGAIN.id]


LONG = ev("They said they would appeal the decision, announced Wednesday by INS Commissioner Doris Meissner, that "
          "Elian must be returned to his father by Jan. 14.", "2000-01-05", "apw/4")
SHORT = ev("Since the INS decision was announced Wednesday, they have said they will appeal the decision.",
           "2000-01-05", "apw/5")


def test_a_short_restatement_inside_a_longer_report_links(monkeypatch):
    assert facts.group([LONG, SHORT])[LONG.id] == facts.group([LONG, SHORT])[SHORT.id]
    monkeypatch.setattr(facts, "HAPPENING_DICE", 1.0)  # (they also say one happening, "appeal")
    assert facts.group([LONG, SHORT])[LONG.id] == facts.group([LONG, SHORT])[SHORT.id]
    monkeypatch.setattr(facts, "CONTAIN", 2.0)
    monkeypatch.setattr(facts, "DAY_DICE", 2.0)  # (one precise day links them too: `_one_day_link`)
    fact_of = facts.group([LONG, SHORT])
    assert fact_of[LONG.id] != fact_of[SHORT.id]


def pieces(day1: str = "1999-03-12", day2: str = "1999-03-12", verb: str = "joined"):
    """One ceremony split in two by four outlets: the countries joined; their ministers joined."""
    return [
        ev("Poland, Hungary and the Czech Republic joined NATO at a ceremony in Independence, Missouri.", day1, "apw/1"),
        ev("Poland, Hungary and the Czech Republic formally joined NATO in Independence, Missouri.", day1, "xie/2"),
        ev(f"The foreign ministers of Poland and Hungary {verb} the alliance at the Truman Library.", day2, "nyt/3"),
        ev(f"The ministers of Poland and Hungary {verb} the alliance as they handed documents to Albright at the "
           "Truman Library.", day2, "afp/4"),
    ]


@pytest.fixture
def no_happening_link(monkeypatch):
    """The pieces also say one happening ("joined") with the same names (Poland, Hungary):
    switched off here, so that the same-day merge is what is tested."""
    monkeypatch.setattr(facts, "HAPPENING_DICE", 1.0)


def test_pieces_of_one_fact_on_one_day_merge(no_happening_link):
    events = pieces()
    index = facts.build(events)
    assert [len(g) for g in groups(index.fact_of)] == [4]
    evidence = index.explain(index.fact_of[events[0].id])
    assert any(e.kind == "same day" and e.shared[0] == "join" for e in evidence)
    assert "same day; two facts saying join on one day" in evidence[-1].describe()


def test_without_the_same_day_rule_the_pieces_stay_apart(monkeypatch, no_happening_link):
    monkeypatch.setattr(facts, "_merge_same_day", lambda index, near: None)
    monkeypatch.setattr(facts, "DAY_DICE", 2.0)  # (the pieces' statements link pairwise on one day too)
    assert [len(g) for g in groups(facts.group(pieces()))] == [2, 2]


@pytest.mark.parametrize("kwargs", [{"day2": "1999-03-11"},          # another day
                                    {"verb": "criticised"},          # another happening
                                    {"day1": "1999-03", "day2": "1999-03"}])  # no one precise day
def test_pieces_need_one_day_and_one_happening(kwargs, no_happening_link):
    assert [len(g) for g in groups(facts.group(pieces(**kwargs)))] == [2, 2]


def test_the_same_day_merge_is_independent_of_input_order(no_happening_link):
    events = pieces()
    assert facts.group(events) == facts.group(list(reversed(events)))


def test_became_members_and_joined_link_as_one_happening():
    joined = ev("Ruritania and Osterlich formally joined the Northern Alliance at a ceremony in Vale.", "2024-03-08",
                "wire/1")
    became = ev("Ruritania and Osterlich became full members of the Northern Alliance in Vale.", "../2024-03-08",
                "times/2")
    fact_of = facts.group([joined, became])
    assert fact_of[joined.id] == fact_of[became.id]


RULED = "A six-year-old boy who arrived on US shores as a motherless refugee and became a political symbol for " \
        "anti-Castro exiles must be returned to his father in Cuba, immigration authorities ruled Wednesday."
PLACED = "The boy was placed with his great-uncle and great-aunt in Miami, but the Immigration and Naturalization " \
         "Service ruled Wednesday that he must be returned to his father in Cuba by Jan. 14."


@pytest.mark.parametrize("when, linked", [("2000-01-05", True), ("../2000-01-05", False)])
def test_a_weak_link_on_one_precise_day_is_strong(when, linked):
    a, b = ev(RULED, "2000-01-05", "nyt/1"), ev(PLACED, when, "apw/2")
    fact_of = facts.group([a, b])
    assert (fact_of[a.id] == fact_of[b.id]) is linked


def test_a_happening_absent_from_a_statement_that_says_none_is_another_happening():
    # (present tenses are not read: "lives", "wants" give no happening)
    lives = ev("The boy's father, Juan Miguel Gonzalez, lives in Cuba and wants him back.", "../2000-01-06", "apw/1")
    interviewed = ev("The boy's divorced father, Juan Miguel Gonzalez, was also interviewed and satisfied the agency.",
                     "../2000-01-06", "nyt/2")
    lives_again = ev("The boy's father, Juan Miguel Gonzalez, lives in Cuba and wants Elian back.", "../2000-01-07",
                     "apw/3")
    fact_of = facts.group([lives, interviewed, lives_again])
    assert fact_of[lives.id] == fact_of[lives_again.id] != fact_of[interviewed.id]


@pytest.mark.parametrize("text, verb", [("The boy clung to an inner tube for two days.", "cling"),
                                        ("The rebels fled across the border on Monday.", "flee"),
                                        ("The dollar fell sharply against the yen.", "fall")])
def test_irregular_past_forms_are_main_verbs(text, verb):
    assert main_verb(text) == verb


def test_an_unread_irregular_verb_made_two_reports_of_one_rescue_look_like_two_happenings():
    found = ev("Elian was found Thanksgiving Day clinging to an inner tube at sea after his mother drowned.",
               "1999-11-25", "apw/1")
    clung = ev("The boy clung to an inner tube for two days and was plucked from the Atlantic on Thanksgiving Day.",
               "1999-11-25", "nyt/2")
    fact_of = facts.group([found, clung])
    assert fact_of[found.id] == fact_of[clung.id]


@pytest.mark.parametrize("words", [("rule", "ruled", "ruling", "rules"), ("vote", "voted", "voting", "votes"),
                                   ("cite", "cited", "citing"), ("live", "lived", "lives", "living")])
def test_a_short_verb_keeps_one_stem_through_its_endings(words):
    assert len({stem(w) for w in words}) == 1


@pytest.mark.parametrize("a, b", [("based", "bass"), ("fined", "find"), ("lines", "lions"), ("ruled", "rude")])
def test_short_stems_stay_apart(a, b):
    assert stem(a) != stem(b)
