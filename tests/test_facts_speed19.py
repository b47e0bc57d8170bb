"""Session 23, speed19: a text's words kept for the readers that ask again, and the main-verb
reader's set tests before its readers; nothing else may change. A kept word list must be the
tokeniser's, a caller's own copy, and the keeping bounded; a set test must be true of every word
its reader can be true of."""

from __future__ import annotations

from timeline_cli.lang.en import facts as en


def test_words_are_the_tokenisers() -> None:
    text = "Hamas's leader, O'Brien, said 1,700 U.S. troops re-opened the cease-fire line at 6 a.m."
    assert en._words(text) == en._WORD_RE.findall(text)
    assert en._words("") == []


def test_words_are_a_new_list_each_call() -> None:
    text = "Police arrested three suspects on Monday"
    first = en._words(text)
    first.append("changed")
    assert en._words(text) == en._WORD_RE.findall(text)


def test_kept_words_are_bounded() -> None:
    # (memory stays flat: issue 17)
    for i in range(en._kept_words.cache_info().maxsize + 10):
        en._words(f"statement number {i}")
    info = en._kept_words.cache_info()
    assert info.currsize == info.maxsize <= 4096


def test_frames_that_only_of_its_words() -> None:
    for word in ("said", "estimated", "promised", "pledges", "announced", "that", "vowed"):
        low = en._Lower([word, "that", "the", "river"])
        if en._frames_that(low, 0, 4):
            assert word in en._THAT_FRAMING, word
    assert en._frames_that(en._Lower(["estimated", "that"]), 0, 2)
    assert en._frames_that(en._Lower(["promised", "on", "Tuesday", "that"]), 0, 4)


def test_naming_participle_only_of_its_words() -> None:
    tokens = ["a", "man", "surnamed", "Li", "was", "named", "John"]
    low = en._Lower(tokens)
    read = [i for i in range(len(tokens)) if en._naming_participle(tokens, low, i, len(tokens))]
    assert read == [2] and all(low[i] in en._NAMING_ALWAYS for i in read)


def test_past_needs_a_past_form() -> None:
    for word in ("killed", "arrested", "went", "fell", "said", "kill", "red", "bed", "the", "running"):
        assert en._past(word, "") == en._past_form(word), word
        assert not en._past(word, "the")
    assert en._past_form("arrested") and en._past_form("fell") and not en._past_form("shed")


def test_main_verbs_read_as_before() -> None:
    assert en.main_verb("Police arrested three suspects on Monday.") == "arrest"
    assert en.main_verb("Experts estimated that pollutants flowed into the river.") == "flow"
    assert en.main_verb("A man surnamed Li was killed in the blast.") == "kill"
    assert en.main_verb("The hastily planned trip was cancelled.") == "cancel"
    assert en.main_verb("Wang Liqun had promised Tuesday that fans will be compensated.") == "compensat"
