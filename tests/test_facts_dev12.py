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
