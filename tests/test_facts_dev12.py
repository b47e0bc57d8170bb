"""Rules made on the errors of `dev12` (session 14: AFP, April 1997, India's government crisis and the
Mobutu-Kabila talks in Zaire): wire news in general, each with its examples and the cases it must not
match; each example fails with its rule switched off."""

from __future__ import annotations

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import ev

# Other reports, so that the words of the statements below are as rare as in a news store.
FILLER = [ev(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
             f"../1997-04-{1 + k % 28:02d}", f"wsj/filler{k}") for k in range(30)]


# --- A quote re-published with or without its speech tag is one text (`lang.en.facts.QUOTE_TAG`)

def test_a_quotes_own_words_without_its_speech_tag():
    bare = en.quote_words('"There are no pre-conditions."')
    assert en.quote_words('"There are no pre-conditions," he added.') == bare
    assert en.quote_words('"There are no pre-conditions," Richardson said.') == bare
    assert en.quote_words('"There are no pre-conditions," the US envoy said.') == bare
    assert en.quote_words('"There are no pre-conditions," Bill Richardson told reporters.') == bare
    # a quote cut by the reader at its first sentence ('"We\'re not going to play that game.')
    assert en.quote_words('"We\'re not going to play that game.') == en.quote_words(
        '"We\'re not going to play that game."')


def test_a_report_or_a_tag_saying_more_keeps_its_words():
    # must not: a report that quotes in passing, a tag going on with another clause, another verb
    for text in ('Richardson said "there are no pre-conditions."',
                 '"There are no pre-conditions," he said, adding that the talks would begin on Friday.',
                 '"There are no pre-conditions," he warned the rebels.'):
        assert en.quote_words(text).rstrip(' ."') != '"There are no pre-conditions'


def test_one_quote_told_by_two_reports_links():
    # (dev12: AFP 30 Apr 1997, Richardson's words in the Kinshasa report and the rebel-side report;
    # one shared term, undated: too few to link on words)
    a = ev('"There are no pre-conditions."', "../1997-04-30", "afp/0430.0553")
    b = ev('"There are no pre-conditions," he added.', "../1997-04-30", "afp/0430.0571")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]


def test_two_quotes_of_other_words_stay_apart():
    # must not: another quote with the same tag
    a = ev('"There are no pre-conditions."', "../1997-04-30", "afp/0430.0553")
    b = ev('"There are two pre-conditions," he added.', "../1997-04-30", "afp/0430.0571")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]


def test_a_report_quoting_anothers_speaker_is_no_wire_copy():
    # the verbatim copies of a wire story are counted by the text itself: a report giving three of
    # another's quotes under its own tags is its own source
    first = [ev('"I am pleased to announce that they have agreed to talks," he said.', "../1997-04-30", "afp/k"),
             ev('"There are no pre-conditions."', "../1997-04-30", "afp/k"),
             ev("The meeting will take place on a ship.", "../1997-04-30", "afp/k")]
    other = [ev('"I am pleased to announce that they have agreed to talks," Richardson said.', "../1997-04-30",
                "afp/l"),
             ev('"There are no pre-conditions," he added.', "../1997-04-30", "afp/l"),
             ev("Rebel officials told AFP the rebels had agreed to the talks.", "../1997-04-30", "afp/l")]
    index = facts.build(first + other + FILLER)
    assert "afp/l" not in index.wire_groups()


# --- A government's fall told by those who made it (`lang.en.facts.FALL`)

BROUGHT_DOWN = ("The Congress brought down the United Front minority coalition Friday, ending 10 months of support "
                "by voting with the BJP.")


def test_brought_down_and_voted_out_are_a_fall():
    assert en.main_verb(BROUGHT_DOWN) == "fall"
    assert en.main_verb("The government, however, was voted out of office before the finance bill could be "
                        "ratified.") == "fall"
    assert "fall" in en.phrase_key("Parliament voted out the cabinet.")


def test_bringing_and_voting_otherwise_are_no_fall():
    # must not: "down" / "out" not right after the verb, another word after it
    for text in ("The rebels brought supplies down the river.",
                 "The deputies voted on the budget and walked out.",
                 "The storm brought heavy rain to the city."):
        assert "fall" not in en.phrase_key(text)


def test_the_fall_told_from_both_sides_links():
    # (dev12: AFP 14 and 18 Apr 1997; they shared the Congress, the Front and "minority", 0.34,
    # their heads apart: "bring" / "fall"; both shortened, as their other words weigh less in a
    # store than here)
    a = ev("The Congress brought down the United Front minority coalition Friday.", "1997-04-11", "afp/0414.0066")
    b = ev("The Front's previous minority government fell after the Congress alleged it was not consulted.",
           "../1997-04-18", "afp/0418.0359")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]
