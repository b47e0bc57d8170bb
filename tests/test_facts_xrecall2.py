"""Cross-outlet paraphrase in the grouping's terms (session 19, xrecall2, issue 15): a phrasal verb is
read as its one-word meaning (`lang.en.facts.PHRASAL_VERBS`), and a state acting through its forces or
government, or "the <people>", is the state's term (`lang.en.facts.DEMONYMS`). Each example fails
with its switch off; each must-not is a test of its own."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import filler, pack_flags_off, rev


FILLER = filler(2006, 11) + filler(2006, 12)


def _facts(*events: Event) -> list[str]:
    fact_of = facts.group([*events, *FILLER])
    return [fact_of[e.id] for e in events]


# --- phrasal verbs (`PHRASAL_VERBS`)

@pytest.mark.parametrize("text, key", [
    ("The Israel Defense Forces pulled out troops from the Gaza Strip overnight.", "withdraw"),
    ("Israel pulled out of Gaza in 2005.", "withdraw"),
    ("Israel pulled out its troops.", "withdraw"),
    ("The match was called off because of rain.", "cancel"),
    ("A summit between Bush and Maliki was put off until Thursday.", "postpon"),
    ("The government put off the vote.", "postpon"),
    ("The government set up a commission to investigate the deaths.", "establish"),
    ("Rebels took over the town on Sunday.", "captur"),
    ("The army carried out the attack.", "conduct"),
    ("The court turned down the appeal.", "reject"),
])
def test_a_phrasal_verb_is_its_meaning(text, key):
    assert en.main_verb(text) == key
    assert key in en.terms(text)
    with pack_flags_off("PHRASAL_VERBS"):
        assert en.main_verb(text) != key
        assert key not in en.terms(text)


def test_one_word_and_phrasal_meet():
    assert {"withdraw"} <= set(en.terms("Israeli forces withdrew from Gaza.")) & set(
        en.terms("The army pulled out of Gaza."))
    assert "cancel" in set(en.terms("The concert was cancelled.")) & set(en.terms("The concert was called off."))
    assert en.stem("canceled") == en.stem("cancelled") == en.stem("cancel")


@pytest.mark.parametrize("text, key", [
    ("The robber pulled out a gun.", "withdraw"),  # an object taken out
    ("The officer pulled out his pistol.", "withdraw"),
    ("Two survivors were pulled out of the rubble.", "withdraw"),  # a person moved: the passive
    ("The Islamists vowed attacks if Ethiopian troops failed to pull out within a week.", "withdraw"),  # after "to"
    ("He was put off by the noise.", "postpon"),  # deterred
    ("They set up a meeting for Monday.", "establish"),  # arranged, not founded
    ("He took over as chairman in May.", "captur"),  # succeeded
    ("She took over from Smith.", "captur"),
    ("He took over the presidency in May.", "captur"),
    ("The trial took over a year.", "captur"),  # a span
    ("The wounded were carried out of the building.", "conduct"),  # carried, physically
    ("He turned down the street.", "reject"),
    ("The troops pulled the cart out of the mud.", "withdraw"),  # the particle not right after the verb
])
def test_no_phrasal_meaning(text, key):
    assert en.main_verb(text) != key
    assert key not in en.terms(text)


# --- a state acting through its forces (`DEMONYMS`)

@pytest.mark.parametrize("text, country", [
    ("Under the terms of the truce, Israeli forces withdrew from Gaza.", "israel"),
    ("The Israelis left the Strip.", "israel"),
    ("On Monday Chinese troops fired on the crowd.", "china"),
    ("The Venezuelan government expelled the envoy.", "venezuela"),
    ("The Swiss government met.", "switzerland"),
    ("On Monday Israeli naval vessels shelled the coast.", "israel"),
])
def test_a_states_forces_are_the_state(text, country):
    assert country in en.terms(text)
    assert country in en.names(text)
    with pack_flags_off("DEMONYMS"):
        assert country not in en.terms(text)


@pytest.mark.parametrize("text, country", [
    ("Chinese workers died in the blast.", "china"),  # people of the country, not the state acting
    ("Kovtun, one of three Russians who met Litvinenko, fell ill.", "russia"),  # individuals
    ("A Canadian task force is investigating.", "canada"),  # a body, not the state's arms
    ("the israeli forces", "israel"),  # not written as a name
])
def test_no_state(text, country):
    assert country not in en.terms(text)


# dev19: Xinhua 26 Nov / AFP 4 Dec 2006, the Israeli pullout from Gaza told in two outlets' words
PULLOUT = rev("The Israel Defense Forces pulled out troops from the Gaza Strip overnight, whereas several rocket "
              "barrages hit southern Israel hours after the ceasefire went into effect, causing no damage or injury.",
              "../2006-11-26", "xin/1126", date(2006, 11, 26))
WITHDREW = rev("Under the terms of the truce, Israeli forces withdrew from Gaza and militants were supposed to stop "
               "firing rockets into the Jewish state from the coastal strip.", "../2006-12-04", "afp/1204",
               date(2006, 12, 4))


def test_the_pullout_across_outlets():
    one, two = _facts(PULLOUT, WITHDREW)
    assert one == two


@pytest.mark.parametrize("flag", ["PHRASAL_VERBS", "DEMONYMS"])
def test_the_pullout_needs_both(flag):
    with pack_flags_off(flag):
        one, two = _facts(PULLOUT, WITHDREW)
    assert one != two


# --- two actors' acts of one day are two facts (`facts.SAME_DAY_ACTORS`): with "pulled out" read as
# "withdraw", Agassi's and Nadal's withdrawals from one event of one day were merged by `_merge_same_day`

def test_two_players_withdrawals_stay_two(monkeypatch):
    from tests.test_facts_dev15b import AGASSI, AGASSI_TOO, FILLER as FILLER15, NADAL, NADAL_TOO

    def fact_ids() -> list[str]:
        fact_of = facts.group([AGASSI, AGASSI_TOO, NADAL, NADAL_TOO, *FILLER15])
        return [fact_of[e.id] for e in (AGASSI, AGASSI_TOO, NADAL, NADAL_TOO)]

    agassi, agassi_too, nadal, nadal_too = fact_ids()
    assert agassi == agassi_too and nadal == nadal_too and agassi != nadal
    monkeypatch.setattr(facts, "SAME_DAY_ACTORS", False)
    agassi, _agassi_too, nadal, _nadal_too = fact_ids()
    assert agassi == nadal
