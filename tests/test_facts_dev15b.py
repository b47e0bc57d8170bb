"""Follow-ups of `dev15` (session 16, dev15b): the reference clause of "X came after Y" gives no
terms to link on (`lang.en.facts.CAME_REFERENCE`), and the nouns of acts are their verbs
(`lang.en.facts.NOMINALISED`); each example fails with its switch off."""

from __future__ import annotations

from datetime import date

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import filler, pack_flags_off, rev


# Other reports, so that the words of the statements below are as rare, and the common ones as
# common, as in a news store.
FILLER = filler(2006, 12) + [
    rev(f"New York firm {k} said it would move its international office, less than a year after Japanese and "
        f"American rivals in the East made headlines and the league pitched red cards.",
        f"../2006-12-{1 + k % 28:02d}", f"x/common{k}", date(2006, 12, 1 + k % 28)) for k in range(40)]


def _facts(*events: Event) -> list[str]:
    fact_of = facts.group([*events, *FILLER])
    return [fact_of[e.id] for e in events]


off = pack_flags_off


# --- The reference clause of "X came after Y" gives no terms (`lang.en.facts.CAME_REFERENCE`)

MOVE = rev("The move came one day after the Boston Red Sox made international headlines by signing Japanese "
           "pitcher Daisuke Matsuzaka.", "../2006-12-15", "afp/1215", date(2006, 12, 15))
OTHER_MOVE = rev("The move comes less than two weeks after New York's American League East rivals Boston signed "
                 "Daisuke Matsuzaka.", "../2006-12-27", "afp/1227", date(2006, 12, 27))
SIGNED = rev("The Boston Red Sox signed Japanese pitcher Daisuke Matsuzaka to a six-year contract on Thursday.",
             "2006-12-14", "ap/1215", date(2006, 12, 15))
SIGNED_TOO = rev("Boston signed Japanese star pitcher Daisuke Matsuzaka on Thursday, the Red Sox said.",
                 "2006-12-14", "nyt/1215", date(2006, 12, 15))


def test_came_after_links_on_its_subject_words_only():
    terms, lead, _subject, _hidden = en.read(MOVE.text)
    assert terms == ("move",) and lead == ("move",)
    assert en.read("The withdrawal of Andre Agassi came just minutes after Rafael Nadal pulled out.")[0] == (
        "withdraw", "andr", "agassi")
    with off("CAME_REFERENCE"):
        assert "matsuzaka" in en.read(MOVE.text)[0]


def test_an_anaphoric_subject_names_nothing_to_link_on():
    assert en.read("It came a day after Boston signed Daisuke Matsuzaka.")[0] == ()
    assert en.read("This comes as the Yankees signed Kei Igawa.")[0] == ()
    assert en.read("The decision came two days after the court ruled.")[0] == ("decid",)


def test_came_is_cut_only_as_the_main_verb_before_a_reference():
    for text in ("Police arrested him when he came after dark.",   # another verb first
                 "He came to Shanghai after the final.",           # a place, no reference
                 "The rebels came into the town and burned the market."):
        assert en.without_reference(text) == text


def test_two_moves_dated_by_one_reference_are_not_one_happening(monkeypatch):
    a, b, c, d = _facts(MOVE, OTHER_MOVE, SIGNED, SIGNED_TOO)
    assert c == d and len({a, b, c}) == 3
    with off("CAME_REFERENCE"):
        a, b, c, d = _facts(MOVE, OTHER_MOVE, SIGNED, SIGNED_TOO)
        assert a == b and c == d and a != c  # (the signing told in passing: facts.VERB_IN_PASSING, session 24)
        monkeypatch.setattr(facts, "VERB_IN_PASSING", False)
        a, b, c, d = _facts(MOVE, OTHER_MOVE, SIGNED, SIGNED_TOO)
        assert a == b == c == d


AGASSI = rev("Andre Agassi's withdrawal from the Masters Cup came just minutes after Rafael Nadal pulled out with a "
             "foot injury.", "../2005-11-14", "xin/1114", date(2005, 11, 14))
AGASSI_TOO = rev("Andre Agassi withdrew from the Masters Cup in Shanghai on Monday with an ankle injury.",
                 "2005-11-14", "afp/1114", date(2005, 11, 14))
NADAL = rev("Rafael Nadal pulled out of the Masters Cup on Monday with a foot injury.", "2005-11-14", "afp/1114b",
            date(2005, 11, 14))
NADAL_TOO = rev("Nadal withdrew from the Masters Cup in Shanghai with a left foot injury on Monday.", "2005-11-14",
                "ap/1114", date(2005, 11, 14))


def test_a_withdrawal_after_another_joins_its_own_reports_not_the_others():
    agassi, agassi_too, nadal, nadal_too = _facts(AGASSI, AGASSI_TOO, NADAL, NADAL_TOO)
    assert agassi == agassi_too and nadal == nadal_too and agassi != nadal


# --- The noun of an act is its verb (`lang.en.facts.NOMINALISED`)

def test_the_noun_of_an_act_is_its_verb():
    assert [en.stem(w) for w in "withdrawal withdrawals departure arrival dismissal appointment".split()] == [
        "withdraw", "withdraw", "depart", "arriv", "dismiss", "appoint"]
    assert en.happening("Agassi's withdrawal came just minutes after Nadal pulled out.") == ("withdraw",)
    assert en.happening("His departure took place on Monday.") == ("depart",)
    assert _facts(AGASSI, AGASSI_TOO)[0] == _facts(AGASSI, AGASSI_TOO)[1]
    with off("NOMINALISED"):
        assert en.stem("withdrawal") == "withdrawal"
        assert en.happening("Agassi's withdrawal came just minutes after Nadal pulled out.") == ()
        a, b = _facts(AGASSI, AGASSI_TOO)
        assert a != b


AGASSI_OF = rev("The withdrawal of Andre Agassi from the Masters Cup came just minutes after Rafael Nadal pulled out "
                "with a foot injury.", "../2005-11-14", "xin/1114c", date(2005, 11, 14))


def test_the_act_of_a_named_person_is_theirs():
    assert en.subject(AGASSI_OF.text) == ("andr", "agassi")
    assert en.subject("The sudden resignation of Prime Minister John Smith shocked the party.")[-2:] == ("john", "smith")
    agassi, agassi_too, nadal, nadal_too = _facts(AGASSI_OF, AGASSI_TOO, NADAL, NADAL_TOO)
    assert agassi == agassi_too and nadal == nadal_too and agassi != nadal
    with off("NOMINALISED"):
        assert en.subject(AGASSI_OF.text) == ()


def test_an_act_done_to_a_person_or_of_a_thing_names_no_actor():
    assert en.subject("The dismissal of John Smith was announced on Monday.") == ()
    assert en.subject("The withdrawal of troops from Iraq began on Monday.") == ()


def test_nouns_of_things_as_well_as_acts_keep_their_terms():
    assert [en.stem(w) for w in "settlement movement proposal election".split()] == [
        "settlement", "movement", "proposal", "election"]
    # a participle in the subject is no act noun
    assert "withdraw" not in en.happening("The withdrawn candidates' protest took place on Monday.")


# --- A judging adjective is no term (`lang.en.facts.JUDGING`)

def test_an_adjective_judging_a_performance_is_no_term():
    text = "The sluggish Ljubicic returned the serve from Nalbandian out of rebound."
    assert "sluggish" not in en.terms(text)
    assert "brilliant" not in en.terms("Federer won a brilliant match against Nalbandian.")
    with off("JUDGING"):
        assert "sluggish" in en.terms(text)


def test_adjectives_that_say_what_happened_stay_terms():
    assert en.stem("stunning") in en.terms("A stunning upset in the final round.")
    assert en.stem("deadly") in en.terms("A deadly blast hit the town.")
    assert en.stem("heavy") in en.terms("Heavy fighting broke out in the town.")


# --- A fronted phrase holding a list goes on past its first comma (`lang.en.facts.FRONT_LIST`)

FEDERER = ("With all the embarrassments of backhand errors, weak returns and slow paces, Federer just repeated his "
           "sluggish form shown in Nalbandian's match, being broken twice in the second set.")


def test_a_fronted_list_is_no_main_clause():
    assert en.main_clause(FEDERER).startswith("Federer just repeated")
    assert en.subject(FEDERER) == ("federer",)
    assert en.head("With floods, landslides and storms, the region suffered heavy losses.", 2) == ("region", "suffer")
    with off("FRONT_LIST"):
        assert en.main_clause(FEDERER).startswith("weak returns and slow paces")
        assert en.subject(FEDERER) == ()


def test_a_main_clause_with_a_compound_subject_stays():
    assert en.main_clause("In Havana, police and soldiers arrested dozens of people, officials said.").startswith(
        "police and soldiers arrested")
    assert en.main_clause("With the vote over, the president and his aides left the city, aides said.").startswith(
        "the president and his aides left")
