"""Session 20, prec15: wrong facts of four kinds the lead found in a fresh random sample (issue 15
precision), written on other stories; each example fails with its rule switched off."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import clear_pack_caches as _clear_caches, filler, rev


def _item(e: Event) -> facts._Item:
    return facts._item(e, None, {}, {})


# --- 1. A comparison beside the subject is not the subject (lang.en.facts.COMPARISON_ASIDE)

IRAN = "Iran, like Hamas, refuses to recognize Israel and has called for the Jewish state to be wiped off the map."
HAMAS = "Hamas refuses to recognize Israel and renounce violence."
ISLAMISTS = "The ruling Islamists have refused to renounce violence and recognise Israel."


@pytest.mark.parametrize("text, subject", [
    (IRAN, ("iran",)),
    ("Syria, unlike Egypt, has never signed a peace treaty with Israel.", ("syria",)),
    ("Iran, as Hamas does, refuses to recognize Israel.", ("iran",)),
    ("Czechs, like their European counterparts in the United Kingdom and France, are high spenders.", ("czech",)),
    # must not: a clause of cause after "as" (no comparison), a subject with no comparison
    ("Furthermore, as the ventilation facilities were destroyed, the miners still buried underground were in danger.",
     ()),
    (HAMAS, ()),
])
def test_subject_without_the_comparison(fresh: None, text: str, subject: tuple[str, ...]) -> None:
    assert en.read(text)[2] == subject


def test_a_state_of_another_subject_beside_a_comparison_is_another_fact(fresh: None,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    day = date(2006, 3, 5)
    events = [rev(IRAN, "../2006-03-05", "afp/1", day), rev(ISLAMISTS, "../2006-03-05", "afp/2", day),
              rev(HAMAS, "../2006-03-05", "afp/3", day)]
    iran, islamists, hamas = (e.id for e in events)
    fact_of = facts.group(events + filler(2006, 3))
    assert fact_of[islamists] == fact_of[hamas]  # (must not: one subject, named and described)
    assert fact_of[iran] != fact_of[hamas]
    monkeypatch.setattr(en, "COMPARISON_ASIDE", False)
    _clear_caches()
    fact_of = facts.group(events + filler(2006, 3))
    assert fact_of[iran] == fact_of[hamas]  # (the comparison read as the subject joins them)


def test_a_copula_state_beside_a_comparison_is_its_subject_s(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    day = date(2006, 3, 5)
    events = [rev("Iran, like Hamas, is opposed to the existence of the Jewish state of Israel.", "../2006-03-05",
                  "afp/1", day),
              rev("Hamas is opposed to the existence of the Jewish state of Israel, its leaders say.", "../2006-03-05",
                  "afp/2", day)]
    fact_of = facts.group(events + filler(2006, 3))
    assert fact_of[events[0].id] != fact_of[events[1].id]
    monkeypatch.setattr(en, "COMPARISON_ASIDE", False)
    _clear_caches()
    fact_of = facts.group(events + filler(2006, 3))
    assert fact_of[events[0].id] == fact_of[events[1].id]


# --- 2. Happenings set in places of other countries are two (facts.LOCATED_APART)

GAZA = "Supporters of Hamas and Fatah clashed Sunday in Gaza City, killing two people, security officials said."
GAZA2 = "Gunmen loyal to Fatah and Hamas supporters clashed in Gaza on Sunday, killing two people and wounding several."
NAIROBI = "Police shot dead two men in Nairobi on Sunday, a police spokesman said."
DHAKA = "Two people were killed and several wounded on Sunday in clashes between police and protesters in Dhaka."


@pytest.mark.parametrize("text, places", [
    (NAIROBI, ["kenya"]),
    (GAZA, ["palestin"]),
    ("Twelve Americans were killed in the Kenya embassy bombing.", ["kenya"]),
    ("He was killed in Kenya's capital.", ["kenya"]),
    ("They were shot dead in a Kampala slum.", ["uganda"]),
    ("A bomb exploded in the northern city of Mosul.", ["iraq"]),
    ("Two soldiers were killed in southern Afghanistan.", ["afghanistan"]),
    # must not: a people's adjective, a place not after a preposition of place, a place unknown
    ("He was held in Israeli custody near the American embassy.", []),
    ("Kenya condemned the attack.", []),
    ("He was killed in Springfield.", []),
])
def test_located_places(text: str, places: list[str]) -> None:
    assert sorted(en.located_places(text)) == places


def _day(text: str, doc: str, when: str = "2006-12-17") -> Event:
    return rev(text, when, doc, date(2006, 12, 17))


def test_killings_of_one_day_in_other_countries_are_other_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    events = [_day(GAZA, "afp/11"), _day(GAZA2, "afp/12"), _day(NAIROBI, "afp/13"), _day(DHAKA, "afp/14")]
    gaza, gaza2, nairobi, dhaka = (e.id for e in events)
    fact_of = facts.group(events + filler(2006, 12))
    assert fact_of[gaza] == fact_of[gaza2]  # (must not: one clash told by two, "Gaza City" / "Gaza")
    assert len({fact_of[gaza], fact_of[nairobi], fact_of[dhaka]}) == 3
    monkeypatch.setattr(facts, "LOCATED_APART", False)
    fact_of = facts.group(events + filler(2006, 12))
    assert len({fact_of[gaza], fact_of[nairobi], fact_of[dhaka]}) < 3  # (the places keep them apart)


def test_facts_of_other_places_bridged_by_undated_statements_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    events = [_day(GAZA, "afp/11"), _day(GAZA2, "afp/12"), _day(NAIROBI, "afp/13"),
              _day("Kenyan police shot dead two suspected robbers in Nairobi on Sunday, police said.", "xin/13"),
              _day(DHAKA, "afp/14"),
              _day("Police clashed with protesters in Dhaka on Sunday, leaving two people dead and several wounded.",
                   "xin/14"),
              _day("Two people were killed on Sunday when police fired on protesters in Dhaka.", "ap/16", "../2006-12-17")]
    fact_of = facts.group(events + filler(2006, 12))
    assert fact_of[events[2].id] == fact_of[events[3].id] and fact_of[events[4].id] == fact_of[events[6].id]
    assert len({fact_of[events[0].id], fact_of[events[2].id], fact_of[events[4].id]}) == 3
    monkeypatch.setattr(facts, "LOCATED_APART", False)
    fact_of = facts.group(events + filler(2006, 12))
    assert fact_of[events[2].id] == fact_of[events[4].id]  # (Nairobi's and Dhaka's killings joined)


def test_facts_of_other_places_alike_do_not_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    events = [_day("Police shot dead two suspected robbers in Nairobi on Sunday after a gunfight, police said.", "afp/13"),
              _day("Kenyan police killed two suspected robbers in a gunfight in Nairobi on Sunday.", "xin/13"),
              _day("Two suspected robbers died in a gunfight with police in Kampala on Sunday, a spokesman said.", "ap/14"),
              _day("Ugandan police killed two armed robbers in Kampala on Sunday following a gunfight.", "upi/14")]
    ids = [e.id for e in events]
    fact_of = facts.group(events + filler(2006, 12))
    assert fact_of[ids[0]] == fact_of[ids[1]] and fact_of[ids[2]] == fact_of[ids[3]]
    assert fact_of[ids[0]] != fact_of[ids[2]]
    monkeypatch.setattr(facts, "_facts_located_apart", lambda one, other: False)
    fact_of = facts.group(events + filler(2006, 12))
    assert fact_of[ids[0]] == fact_of[ids[2]]  # (each pair apart, the two facts' cores merged them)


def test_one_happening_told_from_two_places_is_not_apart() -> None:
    # must not: the other's place named too; near-verbatim; a lone statement joining a fact that
    # names its place (the twin bombings' "The bomb outside the U.S. Embassy in Tanzania ...")
    arrived = _item(_day("Meshaal arrived in Cairo on Sunday for talks with Egyptian officials.", "afp/1"))
    confirmed = _item(_day("A Hamas spokesman in Damascus confirmed on Sunday that Meshaal arrived in Cairo.", "xin/2"))
    assert not facts._located_apart(arrived, confirmed) and not facts._located_apart(confirmed, arrived)
    a = _item(_day("Two people were killed in Nairobi on Sunday when police fired on protesters.", "afp/3"))
    b = _item(_day("Police fired on protesters in Dhaka on Sunday, killing two people and wounding 20.", "xin/4"))
    assert facts._located_apart(a, b)
    copy = _item(_day("Two people were killed in Nairobi on Sunday when police fired on the protesters.", "xin/5"))
    assert not facts._located_apart(a, copy)
    twin = _item(_day("Bombs exploded at the U.S. embassies in Kenya and Tanzania on Sunday.", "ap/6"))
    tanzania = _item(_day("The bomb outside the U.S. Embassy in Tanzania was powerful.", "ap/7", "../2006-12-17"))
    nairobi = _item(_day("A bomb ripped through a building next to the U.S. embassy in Nairobi.", "xin/8"))
    assert not facts._located_apart_fact(tanzania, [twin, nairobi])
    assert facts._located_apart_fact(tanzania, [nairobi])


# --- 3. A naming of people is not the happening they were part of (facts.NAMING_APART)

INQUESTS = ["An inquest opened on Monday into the deaths of Gemma Adams and Tania Nicol, whose naked bodies were "
            "found in a brook near Ipswich.",
            "The inquest into the deaths of Tania Nicol and Gemma Adams opened in Ipswich on Monday and was adjourned.",
            "An inquest into the deaths of Gemma Adams and Tania Nicol was opened in Ipswich and adjourned on Monday."]
NAMED = "The dead women were named as Gemma Adams, 25, and Tania Nicol, 19, both from Ipswich."


@pytest.mark.parametrize("text, naming", [
    (NAMED, True),
    ("The other two were identified as Rawad Jassem Mohammed Abed and Safaa Mohammed Ali.", True),
    ("Police named the two men as John Smith and Tom Brown.", True),
    ("The victim was named as John Smith, 45.", True),
    # must not: an appointment, a description in apposition, an inquest
    ("Smith was named as Chief Executive Officer, the company said.", False),
    ("The boy, identified as Li Ming, died on Monday.", False),
    (INQUESTS[0], False),
])
def test_names_people(text: str, naming: bool) -> None:
    assert en.names_people(text) is naming


def test_a_naming_of_the_victims_is_not_the_inquest(monkeypatch: pytest.MonkeyPatch) -> None:
    day = date(2007, 3, 12)
    events = [rev(text, "2007-03-12", f"afp/2{k}", day) for k, text in enumerate(INQUESTS)]
    named = rev(NAMED, "../2007-03-13", "afp/24", day)
    fact_of = facts.group(events + [named] + filler(2007, 3))
    assert len({fact_of[e.id] for e in events}) == 1
    assert fact_of[named.id] != fact_of[events[0].id]
    monkeypatch.setattr(facts, "NAMING_APART", False)
    fact_of = facts.group(events + [named] + filler(2007, 3))
    assert fact_of[named.id] == fact_of[events[0].id]  # (the naming rule keeps it out)


def test_two_namings_are_not_apart() -> None:
    a = _item(rev(NAMED, "../2007-03-12", "afp/1", date(2007, 3, 12)))
    b = _item(rev("Police named the two women as Gemma Adams, 25, and Tania Nicol, 19.", "../2007-03-12", "xin/2",
                  date(2007, 3, 12)))
    assert not facts._naming_apart(a, b)


# --- 4. A speaker's own words without quotation marks are a quote (lang.en.facts.BARE_QUOTE)

QUOTES = ["This was a victory for hard work and we deserved to win the match today, he said.",
          "You have to work hard for a victory and that is what we did today in the match, the coach said.",
          "We worked hard for this victory and we deserved to win the match, the captain told reporters."]


@pytest.mark.parametrize("text, bare", [
    (QUOTES[0], True),
    (QUOTES[2], True),
    ("This was indicative of the importance of Pakistan in the eyes of both parties, he said.", True),
    ("I am happy with the result, Tanaka said.", True),
    # must not: reported speech of a report, "US" as no "us", a quote in marks, no speech tag
    ("All workers had returned to work Monday, he said.", False),
    ("US troops returned fire and cordoned off the area, he added.", False),
    ("It is still unclear whether the summit will be held, the official said.", False),
    ('"We played well today," he said.', False),
    ("We played well today.", False),
])
def test_bare_quote(text: str, bare: bool) -> None:
    assert en.bare_quote(text) is bare


def test_quotes_without_marks_of_other_games_are_other_sayings(monkeypatch: pytest.MonkeyPatch) -> None:
    day = date(2007, 3, 12)
    events = [rev(text, "../2007-03-12", f"afp/3{k}", day) for k, text in enumerate(QUOTES)]
    fact_of = facts.group(events + filler(2007, 3))
    assert len({fact_of[e.id] for e in events}) == 3
    # must not: one quote re-published without its marks
    a = _item(rev(QUOTES[0], "../2007-03-12", "afp/1", day))
    b = _item(rev(QUOTES[0].replace("he said", "Smith said"), "../2007-03-12", "xin/2", day))
    assert not facts._quotes_apart(a, b)
    monkeypatch.setattr(en, "BARE_QUOTE", False)
    fact_of = facts.group(events + filler(2007, 3))
    assert len({fact_of[e.id] for e in events}) < 3  # (read as reports, they join on their words)
