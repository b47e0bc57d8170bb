"""Issue 13's history examples, through `timeline ingest` as a user runs it: each statement's
`when` (the other examples have their own files: test_story_cli, test_eras, test_partial_reported,
test_statement_date, test_headings, test_claimants_cli, test_claimant_names)."""

from __future__ import annotations

import json

WAR = """\
The war began in 1939. In 1940 the German army overran France. On June 10, Italy invaded,
declaring war on both France and the United Kingdom. In 1941 Germany attacked the Soviet Union.
In 1942 the tide turned at Stalingrad. In 1943 Italy surrendered. In 1944 the Allies landed in
Normandy. In 1945 the Allies crossed the Rhine. On April 12, U.S. President Roosevelt died and was
succeeded by Harry Truman.
"""
BAKU = """\
Russia was in turmoil after 1917. Civil war spread in 1918. Armies fought in 1919. Famine struck in
1921. The Soviet Union was founded in 1922. The Baku Commune was established on 13 April and lasted
until 25 July, 1918.
"""
IRAN_IRAQ = """\
The Iran-Iraq war began in 1980. Iraq invaded in September 1980. Iran counterattacked in 1982. The
war of the cities came in 1985. Chemical weapons were used in 1986.

Ceasefire, 1987

The fighting continued through the spring of 1987. Resolution 598, which passed unanimously on 20
July, called for a ceasefire.
"""


def whens(tl, tmp_path, text: str, *args: str) -> dict[str, str]:
    doc = tmp_path / "history.txt"
    doc.write_text(text, encoding="utf-8")
    result = tl("ingest", str(doc), *args)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in tl("show", "--format", "jsonl").output.splitlines()]
    return {" ".join(r["text"].split()): r["when"] for r in rows}


def when_of(found: dict[str, str], start: str) -> str:
    [when] = [w for text, w in found.items() if text.startswith(start)]
    return when


def test_roosevelt_died_in_the_story_s_year_with_a_header_date(tl, tmp_path):
    found = whens(tl, tmp_path, "Date: 2009-12-19\n\n" + WAR)
    assert when_of(found, "On April 12, U.S. President Roosevelt died") == "1945-04-12"
    assert when_of(found, "On June 10, Italy invaded") == "1940-06-10"


def test_without_a_date_the_story_still_decides_not_today(tl, tmp_path):
    found = whens(tl, tmp_path, WAR)
    assert when_of(found, "On April 12, U.S. President Roosevelt died") == "1945-04-12"  # not 2026


def test_a_report_date_after_the_war_does_not_pull_italy_into_1945(tl, tmp_path):
    found = whens(tl, tmp_path, WAR, "--reported", "1945-09-02")
    assert when_of(found, "On June 10, Italy invaded") == "1940-06-10"


def test_a_year_at_the_end_of_the_sentence_wins(tl, tmp_path):
    found = whens(tl, tmp_path, "Date: 2009-12-19\n\n" + BAKU)
    assert when_of(found, "The Baku Commune was established on 13 April").startswith("1918-04-13")


def test_in_separate_sentences_the_later_year_does_not_reach_back(tl, tmp_path):
    text = BAKU.replace("established on 13 April and lasted\nuntil 25 July, 1918.",
                        "established on 13 April. It lasted until 25 July, 1918.")
    found = whens(tl, tmp_path, "Date: 2009-12-19\n\n" + text)
    assert when_of(found, "The Baku Commune was established on 13 April") == "1922-04-13"  # the story's year


def test_a_date_in_a_section_about_1987_is_in_1987(tl, tmp_path):
    found = whens(tl, tmp_path, "Date: 2009-12-19\n\n" + IRAN_IRAQ)
    assert when_of(found, "Resolution 598, which passed unanimously on 20 July") == "1987-07-20"
    assert not any(text.startswith("Ceasefire, 1987") for text in found)  # a heading, not a statement
