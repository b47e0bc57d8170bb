"""Session 19, prec13: a comment on a happening, told in the simple present with the happening's
noun as its subject ("The vote, the third this year, marks a new beginning following the US-led
invasion in March 2003 ..."), is not one fact with the happening's reports, though two outlets'
same comment is one (`lang.en.facts.comments_on`, `lang.en.facts.reports_act`,
`facts._commentary_apart`, `COMMENTARY_APART`). Each example fails with its rule switched off."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import filler, rev


# --- A comment on a happening (`lang.en.facts.comments_on`)

@pytest.mark.parametrize("text, comment", [
    # examples: a present of comment or a present copula, the happening's noun the subject
    ("The vote, the third this year, marks a new beginning following the US-led invasion in March 2003 to oust "
     "Saddam, two transitional governments and the adoption of a constitution in October.", True),
    ("The election represents a turning point for the country.", True),
    ("The visit is seen as a sign of warming ties.", True),
    ("The visit, the first by a US president, is widely seen as a sign of warming ties.", True),
    ("The deal comes as the two sides seek to end the dispute.", True),
    ("The move comes as the two sides seek to end the dispute.", True),
    ("The ruling is a blow to the government.", True),
    ("The elections mark a turning point.", True),
    ("Thursday's vote is the third this year.", True),
    ("The election for a 275-member parliament follows a lightning Anglo-US drive to oust Saddam in April 2003.",
     True),
    ("The mine accident is the country's deadliest so far this year.", True),
    ("Analysts say that the vote marks a new beginning.", True),
    ("The vote, officials said, marks a new beginning.", True),
    ("The vote marks a new beginning for Iraq, officials said.", True),
    # must not: a past (a report), a light verb, a plan, a progressive, the happening's day, another subject
    ("The vote was held on Thursday.", False),
    ("The vote took place peacefully.", False),
    ("The vote marked a new beginning.", False),
    ("The vote is due on Thursday.", False),
    ("The vote is expected to be close.", False),
    ("The vote is being held under tight security.", False),
    ("The election is on Thursday.", False),
    ("The trial resumes on Monday.", False),
    ("The attack killed 12 people.", False),
    ("Iraq goes to the polls on Thursday to elect its first full-term parliament.", False),
    ("The president marks his birthday on Friday.", False),
    ("The people who voted in the election are the winners.", False),
    ("Officials said the vote was held on Thursday.", False),
    ("Officials said the vote took place peacefully.", False),
    ("Within the region, the polls are being organised by the UN administration.", False),
    ("Although there has been no estimate of the damage, the flooding is clearly taking its toll.", False),
    ("The verdicts are yet to come.", False),
    ("The one that decides for him is me, his father.", False),
])
def test_comments_on(text: str, comment: bool) -> None:
    assert en.comments_on(text) is comment


def test_comments_on_off(monkeypatch: pytest.MonkeyPatch) -> None:
    en.comments_on.cache_clear()
    monkeypatch.setattr(en, "COMMENTARY", False)
    try:
        assert not en.comments_on("The vote marks a new beginning for the country.")
    finally:
        en.comments_on.cache_clear()


# --- An act reported (`lang.en.facts.reports_act`): the side a comment is kept from

@pytest.mark.parametrize("text, act", [
    ("Iraq goes to the polls on Thursday to elect its first full-term parliament.", True),
    ("Iraqis flooded polling stations during the 10-hour election.", True),
    ("More than 15.5 million Iraqis were called to the polls Thursday to elect the 275 MPs.", True),
    ("The vote took place peacefully.", True),
    ("The vote was held on Thursday.", True),
    # must not: a copula said of the happening, in any tense, by its noun or a pronoun
    ("The explosion was the largest mine accident in Poland this year.", False),
    ("According to reports, it is the largest mine accident in Poland this year.", False),
    ("The mine accident is the country's deadliest so far this year.", False),
    # must not: a present of comment is no light verb ("The vote marks ...": no act, whatever its noun)
    ("The vote marks a new beginning for Iraq.", False),
    ("Officials said the vote marks a new beginning for Iraq.", False),
])
def test_reports_act(text: str, act: bool) -> None:
    assert en.reports_act(text) is act


# --- Grouping: the comment stays apart from the reports, two outlets' comments are one

GOES = ("Iraq goes to the polls on Thursday to elect its first full-term parliament since the 2003 US-led invasion "
        "and the fall of Saddam Hussein.")
CALLED = ("More than 15.5 million Iraqis were called to the polls Thursday to elect the 275 MPs who will sit in the "
          "parliament and elect the president.")
FLOODED = ("Iraqis flooded polling stations during the 10-hour election for a 275-member parliament set to put in "
           "place a government that will return the country to full sovereignty following the 2003 US-led invasion.")
MARKS = ("The vote, the third this year, marks a new {} following the US-led invasion in March 2003 to oust Saddam, "
         "two transitional governments and the adoption of a constitution in October.")


def _election() -> tuple[list, list]:
    reports = [rev(GOES, "2005-12-15", "afp/1213.0029", date(2005, 12, 13)),
               rev(FLOODED, "../2005-12-15", "afp/1215.0333", date(2005, 12, 15)),
               rev(CALLED, "2005-12-15", "afp/1215.0557", date(2005, 12, 15))]
    comments = [rev(MARKS.format("beginning"), "2005", "afp/1215.0190", date(2005, 12, 15)),
                rev(MARKS.format("start"), "2005", "afp/1215.0334", date(2005, 12, 15))]
    return reports, comments


def test_a_comment_on_the_vote_is_not_the_vote(monkeypatch: pytest.MonkeyPatch) -> None:
    reports, comments = _election()
    fact_of = facts.group(reports + comments + filler(2005, 12))
    assert fact_of[comments[0].id] == fact_of[comments[1].id]  # (one comment, two outlets)
    assert {fact_of[e.id] for e in reports}.isdisjoint({fact_of[e.id] for e in comments})
    monkeypatch.setattr(facts, "COMMENTARY_APART", False)
    fact_of = facts.group(reports + comments + filler(2005, 12))
    assert {fact_of[e.id] for e in reports} & {fact_of[e.id] for e in comments}  # (joined on the vote's words)


def test_a_comment_is_still_one_with_a_copula_of_the_happening() -> None:
    # must not: the same evaluation with a past copula or a pronoun is the same fact
    texts = [("The mine accident is the country's deadliest so far this year, bringing the number of miners killed "
              "in 2006 in Poland to 43.", "xin/1123"),
             ("The explosion was the largest mine accident in Poland this year, increasing the number of miners "
              "killed in 2006 in Poland to 43.", "xin/1122")]
    events = [rev(t, "2006", src, date(2006, 11, 23)) for t, src in texts]
    a, b = (facts.build(events + filler(2006, 11)).items[e.id] for e in events)
    assert not facts._commentary_apart(a, b)
