"""Session 23, speed18: the pack's first reading of a text made cheaper and nothing else. A cheap
test before a pattern (a word it needs, in C) must be at least as permissive as the pattern, also
under `re.I`'s Unicode case folding; a shortcut path must read as the word-by-word path does."""

from __future__ import annotations

import re

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en


def test_may_say_needs_a_word_in_an_ascii_text() -> None:
    assert en._may_say("Police said the toll ROSE since MONDAY", ("since",))
    assert not en._may_say("Police said the toll rose on Monday", ("since",))


@pytest.mark.parametrize("text", ["5 killed ſince the war began", "five died \u017fince the war began"])
def test_may_say_tries_a_text_outside_ascii(text: str) -> None:
    # (re.I matches the long s for "s": the pattern is run, not refused by a lower-case test)
    assert en._SINCE_START_RE.search(text) is not None
    assert en._may_say(text, ("since",))
    assert en._cumulative_toll(text)


def test_a_refusal_in_capitals_is_read() -> None:
    assert en.refuses("HAMAS REFUSED TO RECOGNISE ISRAEL.")
    assert not en.refuses("Hamas met the envoy on Monday.")


def test_every_title_has_its_first_letters_tested() -> None:
    for title in en._TITLES.split():
        assert any(title.startswith(start) for start in en._TITLE_STARTS), title


def test_titled_names_as_the_pattern_finds_them() -> None:
    for text in ("Egyptian President Hosni Mubarak arrived.", "Emperor Akihito and Empress Michiko", "no title here"):
        assert [m.group() for m in en._titled_names(text)] == [m.group() for m in en._TITLED_RE.finditer(text)]


@pytest.mark.parametrize("text", [
    "The Chinese government on Saturday informed the United Nations Environment Program",
    "police in Nairobi said Kenya's President Daniel arap Moi",
    "'Abc' Def, 3Ghi Jkl. x.Yz O'Brien U.S. officials",
    "A (Big Thing) Here and There",
    "Al-Maliki met Franco-German envoys in al-Anbar",  # (a capital after a hyphen: read word by word)
    "x-Ray Abc Def",
    "42 Kelvin \u212aing Street",
    "",
])
def test_name_runs_as_read_word_by_word(text: str) -> None:
    en._name_runs.cache_clear()
    plain = en._PAREN_RE.sub(lambda m: " " * len(m.group()), text)
    assert en._name_runs(text) == en._name_runs_by_word(plain)


def test_name_runs_mark_only_the_first_word() -> None:
    assert en._name_runs("Kopp, who is accused, met Bin Laden") == (("\x00Kopp",), ("Bin", "Laden"))
    assert en._name_runs("the experts met Bin Laden") == (("Bin", "Laden"),)


def test_suffixes_by_last_letter_keep_their_order() -> None:
    for last, suffixes in en._SUFFIXES_BY_LAST.items():
        assert suffixes == tuple(s for s in en._SUFFIXES if s.endswith(last))
    assert sum(map(len, en._SUFFIXES_BY_LAST.values())) == len(en._SUFFIXES)


@pytest.mark.parametrize("word,expected", [("apologizes", "apolog"), ("killing", "kill"), ("ruled", "rule"),
                                           ("planned", "plan"), ("witnesses", "witness"), ("Smithab", "smithab")])
def test_stem_unchanged(word: str, expected: str) -> None:
    assert en.stem(word) == expected


@pytest.mark.parametrize("text,expected", [("no digits here", False), ("killed 12", True),
                                           ("x\u00b2 squared", True), ("\u0663 casualties", True)])
def test_has_digit_ascii_and_not(text: str, expected: bool) -> None:
    facts._has_digit.cache_clear()
    assert facts._has_digit(text) is expected
    assert expected == any(c.isdigit() for c in text)


def test_happenings_said_reads_main_terms_for_a_coordinated_verb_only(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = en.main_terms
    monkeypatch.setattr(en, "main_terms", lambda text: asked.append(text) or real(text))
    en.happenings_said.cache_clear()
    assert en.happenings_said("Kopp vanished after the shooting.") == ("vanish",)
    assert asked == []
    said = en.happenings_said("Kopp vanished after the shooting, and the car was found abandoned at Newark.")
    assert said == ("vanish", "find") and asked
    en.happenings_said.cache_clear()


def test_patterns_prefiltered_are_case_blind_where_tested_lower() -> None:
    # (a lower-case test before a case-sensitive pattern would be no looser: these are re.I)
    for pattern in (en._AFTER_ACT_RE, en._REFUSAL_RE, en._PHASE_RE, en._POLL_PHASE_RE, en._SINCE_START_RE,
                    en._CAME_HINT_RE):
        assert pattern.flags & re.IGNORECASE
