"""Session 17, prec10: the rules made on the false pairs of `dev14` (bird flu: a family's
happenings, tallies of cases), each with examples and must-not cases; each example fails with
its rule switched off."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import filler, pack_flags_off, rev

FILLER = filler(2005, 11)


def _item(e: Event) -> facts._Item:
    return facts._item(e, None, {}, {})


# --- A relative "that" clause after the main verb mentions a happening in passing (THAT_ASIDE)

ILL = ("A nine year old boy and his sister developed symptoms of pneumonia in Xianggang County, central-south Hunan "
       "province, last month after eating a chicken that died of bird flu.")
DIED = "The boy's sister died of pneumonia-like symptoms last month and was suspected to have contracted bird flu."


def _family() -> list[Event]:
    return [rev(ILL, "2005-10", "xin/1115.0131", date(2005, 11, 15)),
            rev(DIED, "2005-10", "xin/1117.0195", date(2005, 11, 17))]


def test_a_death_in_a_relative_that_clause_is_not_the_death(monkeypatch: pytest.MonkeyPatch) -> None:
    ill, died = _family()
    assert facts._that_aside(_item(ill), _item(died))
    assert facts.group([ill, died] + FILLER)[ill.id] != facts.group([ill, died] + FILLER)[died.id]
    monkeypatch.setattr(facts, "THAT_ASIDE", False)
    fact_of = facts.group([ill, died] + FILLER)
    assert fact_of[ill.id] == fact_of[died.id]  # (the rule is what keeps them apart)


@pytest.mark.parametrize("text, kept", [
    # examples: the clause after "that" is left out
    ("Rescuers reached the mine that exploded on Sunday.", "Rescuers reached the mine "),
    ("He fell ill after eating a chicken that had died, doctors said.", "He fell ill after eating a chicken , doctors said."),
    # must not: a complement (a subject follows), a pronoun after a verb of saying, "so ... that"
    ("The ministry reported that the boy died.", None),
    ("He said that was wrong.", None),
    ("The bomb was so powerful that it shook furniture.", None),
    # must not: before the main verb (no comma closes it)
    ("Forty eight African countries that have diplomatic relations with China are to participate in the summit.", None),
    # must not: an act's own toll or outcome
    ("Peruvian troops stormed the residence Tuesday in a surprise operation that killed one hostage.", None),
    ("Two officers died Tuesday in the bold attack on the mansion that freed 71 hostages.", None),
])
def test_without_relative_that(text: str, kept: str | None) -> None:
    assert en.without_relative_that(text) == (kept if kept is not None else en.main_clause(text))


def test_one_happening_in_both_main_clauses_is_not_aside() -> None:
    # must not: each says the death in its main clause; and a statement saying its own happening
    # only (no relative clause) is not cut
    a = _item(rev("The girl died on Oct. 17 after eating a chicken that had died of bird flu.", "2005-10-17",
                  "xin/1", date(2005, 11, 15)))
    b = _item(rev("The boy's sister died of pneumonia-like symptoms on Oct. 17.", "2005-10-17", "xin/2",
                  date(2005, 11, 17)))
    assert not facts._that_aside(a, b) and not facts._that_aside(b, a)
    c = _item(rev("A nine year old boy developed symptoms of pneumonia last month.", "2005-10", "xin/3",
                  date(2005, 11, 15)))
    assert not facts._that_aside(c, b)


# --- A lone statement saying no happening joins a fact only on what the fact is about (HEADS_JOIN; on by default since session 18)

INVOLVE = ["The two confirmed cases involve a nine-year-old boy in Xiangtan County of Hunan Province, central China, "
           "and a 24-year-old woman farmer in Zongyang County of Anhui Province.",
           "The two confirmed cases involve a nine-year-old boy in Xiangtan County of Hunan and a 24-year-old woman "
           "farmer in Zongyang County of Anhui Province.",
           "The two confirmed cases involve a nine-year-old boy in Xiangtan County of Hunan Province and a 24-year-old "
           "woman farmer in Zongyang County of Anhui Province."]
VICTIM = ("The first victim of the province was a 24-year-old woman farmer in Zongyang County, who died "
          "on Nov. 10.")


def _cases() -> tuple[list[Event], Event]:
    days = (16, 17, 17)
    fact = [rev(t, f"../2005-11-{d}", f"xin/{k}", date(2005, 11, d)) for k, (t, d) in enumerate(zip(INVOLVE, days))]
    return fact, rev(VICTIM, "2005-11-10", "xin/1130", date(2005, 11, 30))


def test_a_state_meeting_a_fact_on_its_setting_does_not_join(monkeypatch: pytest.MonkeyPatch) -> None:
    # (set on explicitly: the test holds whatever the default, see facts.HEADS_JOIN)
    monkeypatch.setattr(facts, "HEADS_JOIN", True)
    fact, victim = _cases()
    fact_of = facts.group(fact + [victim] + FILLER)
    assert len({fact_of[e.id] for e in fact}) == 1
    assert fact_of[victim.id] != fact_of[fact[0].id]
    monkeypatch.setattr(facts, "HEADS_JOIN", False)
    # (the death told in the predicate's "who" clause is its happening since session 21,
    # `en.PREDICATE_RELATIVE`: it no longer joins the cases' fact at all; read as before it)
    with pack_flags_off("PREDICATE_RELATIVE"):
        fact_of = facts.group(fact + [victim] + FILLER)
    assert fact_of[victim.id] == fact_of[fact[0].id]  # (on the core: Zongyang, farmer, woman, province)


def test_heads_apart_only_for_a_statement_saying_nothing_of_the_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facts, "HEADS_JOIN", True)  # (the victim stays out of the fact)
    fact, victim = _cases()
    # (read as before session 21: since then the predicate's "who died" is the victim's
    # happening, `en.PREDICATE_RELATIVE`, as the must-not's "died on Nov. 10" below)
    with pack_flags_off("PREDICATE_RELATIVE"):
        index = facts.build(fact + [victim] + FILLER)
        root = index._root(fact[0].id)
        assert facts._heads_apart(index, index.items[victim.id], root)
    # must not: a state naming what the fact is about ("cases"), or a statement saying a happening
    for text in ("Both confirmed cases are from farming families in Xiangtan County and Zongyang County.",
                 "A 24-year-old woman farmer in Zongyang County of Anhui Province died on Nov. 10."):
        other = facts._item(rev(text, "2005-11-10", "xin/9", date(2005, 11, 30)), None, {}, {})
        assert not facts._heads_apart(index, other, root)


# --- Counts of cases with no number shared are two counts (CASES_APART); a day's act does not
# join a fact of running tallies (TALLY_FACT)

THREE = "Earlier Wednesday, the ministry said three human cases had been confirmed."
TWO = "China's Ministry of Health confirmed two human bird flu cases in the country Wednesday."
TALLIES = ["So far, China has reported three confirmed human cases of bird flu, including two fatalities and one "
           "recovered case.",
           "So far, China has reported approximately 30 outbreaks of bird flu in 11 provinces and autonomous regions and "
           "reported three confirmed human cases of bird flu."]


@pytest.mark.parametrize("text, counted", [
    ("The ministry confirmed two human cases and one suspected case of H5N1 bird flu.", [1, 2]),
    ("So far, 30 outbreaks have been reported in 11 provinces.", [30]),
    # must not: a part of a whole, a case named without a number, a year, a toll of people
    ("Two of the cases were fatal.", []),
    ("The case was confirmed in 2005 in Hunan.", []),
    ("At least 12 people were killed in the blast.", []),
])
def test_case_counts(text: str, counted: list[float]) -> None:
    assert sorted(en.case_counts(text)) == counted


def test_two_counts_of_cases_sharing_no_number_are_two(monkeypatch: pytest.MonkeyPatch) -> None:
    three = rev(THREE, "2005-11-16", "xin/1116.0245", date(2005, 11, 16))
    two = rev(TWO, "2005-11-16", "xin/1117.0195", date(2005, 11, 17))
    assert facts._other_case_counts(_item(three), _item(two))
    fact_of = facts.group([three, two] + FILLER)
    assert fact_of[three.id] != fact_of[two.id]
    monkeypatch.setattr(facts, "CASES_APART", False)
    fact_of = facts.group([three, two] + FILLER)
    assert fact_of[three.id] == fact_of[two.id]


def test_one_count_of_cases_told_again_or_a_toll_revised_is_not_apart() -> None:
    # must not: one number shared ("two human cases and one suspected case" / "the two confirmed
    # cases"), and tolls of people, which may be revised (GUIDELINES)
    a = _item(rev("China's Ministry of Health on Wednesday confirmed two human cases and one suspected case of H5N1 "
                  "bird flu.", "2005-11-16", "xin/1", date(2005, 11, 16)))
    b = _item(rev(TWO, "2005-11-16", "xin/2", date(2005, 11, 17)))
    assert not facts._other_case_counts(a, b)
    c = _item(rev("Twenty-four people were confirmed dead in the coal mine accident.", "2006-11-13", "xin/3",
                  date(2006, 11, 13)))
    d = _item(rev("Twenty-five people have been confirmed dead in the coal mine accident.", "2006-11-13", "xin/4",
                  date(2006, 11, 14)))
    assert not facts._other_case_counts(c, d)


def test_a_days_count_does_not_join_a_fact_of_tallies(monkeypatch: pytest.MonkeyPatch) -> None:
    tallies = [rev(TALLIES[0], "../2005-11-25", "xin/1125.0185", date(2005, 11, 25)),
               rev(TALLIES[1], "../2005-11-30", "xin/1130.0123", date(2005, 11, 30))]
    three = rev(THREE, "2005-11-16", "xin/1116.0245", date(2005, 11, 16))
    fact_of = facts.group(tallies + [three] + FILLER)
    assert fact_of[tallies[0].id] == fact_of[tallies[1].id]
    assert fact_of[three.id] != fact_of[tallies[0].id]
    monkeypatch.setattr(facts, "TALLY_FACT", False)
    fact_of = facts.group(tallies + [three] + FILLER)
    assert fact_of[three.id] == fact_of[tallies[0].id]
    # must not: a third tally joins the tallies' fact
    monkeypatch.setattr(facts, "TALLY_FACT", True)
    third = rev("So far, China has reported three confirmed human cases of bird flu.", "../2005-11-28", "xin/1128",
                date(2005, 11, 28))
    fact_of = facts.group(tallies + [third] + FILLER)
    assert fact_of[third.id] == fact_of[tallies[0].id]


# --- One fixed sentence of two reports, told of other things: two (ACTOR_CONTEXT, OTHER_REPORTS)

TEMPLATES = ("The Ministry of Agriculture has sent a team of experts to help contain the disease, and local veterinary "
             "departments have culled the poultry near the affected area, the statement said.",
             "The Ministry of Agriculture has sent teams of experts to help control the disease, and local veterinary "
             "departments have culled the poultry within three kilometers of the affected area.")


def _report(lede: str, place: str, day: int, template: str = TEMPLATES[0]) -> list[Event]:
    from timeline_cli.api import document_events

    text = (f"{lede}\n\nSeparately, the same kind of bird flu killed 3,500 geese Wednesday at a farm in {place}.\n\n"
            f"{template}\n")
    return list(document_events(text, source=f"xin/11{day}", reported=date(2005, 11, day)))


def _template(events: list[Event]) -> Event:
    return next(e for e in events if e.text.startswith("The Ministry of Agriculture has sent"))


def test_one_fixed_sentence_of_two_reports_of_other_places_is_two(monkeypatch: pytest.MonkeyPatch) -> None:
    one = _report("China's Ministry of Agriculture on Sunday confirmed bird flu outbreaks in Inner Mongolia and "
                  "Hubei Province.", "Shishou City of Hubei Province", 20)
    two = _report("China's Ministry of Agriculture on Tuesday confirmed bird flu outbreaks in Xinjiang and Ningxia.",
                  "Yinchuan, capital of Ningxia", 22, TEMPLATES[1])
    a, b = _template(one), _template(two)
    assert a.when == "../2005-11-20" and b.when == "../2005-11-22"
    fact_of = facts.group(one + two + FILLER)
    assert fact_of[a.id] != fact_of[b.id]
    monkeypatch.setattr(facts, "OTHER_REPORTS", False)
    fact_of = facts.group(one + two + FILLER)
    assert fact_of[a.id] == fact_of[b.id]


def test_one_fixed_sentence_of_one_story_stays_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # must not: the second report names the first's places (one story told again)
    one = _report("China's Ministry of Agriculture on Sunday confirmed bird flu outbreaks in Inner Mongolia and "
                  "Hubei Province.", "Shishou City of Hubei Province", 20)
    two = _report("China's Ministry of Agriculture on Tuesday said the bird flu outbreaks in Hubei Province were "
                  "under control.", "Jingzhou, near Shishou", 22, TEMPLATES[1])
    a, b = _template(one), _template(two)
    fact_of = facts.group(one + two + FILLER)
    assert fact_of[a.id] == fact_of[b.id]


def test_names_actor_only() -> None:
    names = frozenset({"ministr", "agricultur", "hubei", "shishou"})
    assert en.names_actor_only("The Ministry of Agriculture has sent a team of experts to help contain the disease.",
                               names)
    # must not: it names the place it acts on, or nothing definite follows its verb, or it names nothing
    assert not en.names_actor_only("The Ministry of Agriculture has sent experts to Hubei.", names)
    assert not en.names_actor_only("The Ministry of Agriculture has sent experts.", names)
    assert not en.names_actor_only("Experts were sent to contain the disease.", names)
