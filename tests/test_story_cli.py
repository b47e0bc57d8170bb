"""Story time through the CLI and the API (issue 13, items 1 and 4): `--mode news|narrative|auto`
on `extract` and `ingest`, and the issue's news examples dated through `ingest --reported`."""

from __future__ import annotations

import json
from datetime import date

import pytest

import timeline_cli as tl_api
from timeline_cli import store

SHORT_STORY = ("In 1944 the town was freed. Rebuilding took years. Many left. Few came back. The old mayor "
               "stayed on. On April 12, the mayor resigned.\n")


def _extracted(tl, path, *args) -> dict[str, str]:
    result = tl("extract", "--format", "jsonl", *args, str(path))
    assert result.exit_code == 0, result.stderr
    return {r["text"]: r["value"] for r in map(json.loads, result.stdout.splitlines())}


@pytest.mark.parametrize("mode, value", [("auto", "2009-04-12"), ("news", "2009-04-12"), ("narrative", "1944-04-12")])
def test_extract_mode(tl, tmp_path, mode, value):
    doc = tmp_path / "story.txt"
    doc.write_text(SHORT_STORY, encoding="utf-8")
    assert _extracted(tl, doc, "--reported", "2009-05-06", "--mode", mode)["April 12"] == value


def test_extract_mode_defaults_to_auto(tl, tmp_path):
    doc = tmp_path / "story.txt"
    doc.write_text(SHORT_STORY, encoding="utf-8")
    assert _extracted(tl, doc, "--reported", "2009-05-06")["April 12"] == "2009-04-12"


@pytest.mark.parametrize("mode, when", [("narrative", "1944-04-12"), ("news", "2009-04-12")])
def test_ingest_mode(tl, tmp_path, mode, when):
    doc = tmp_path / "story.txt"
    doc.write_text(SHORT_STORY, encoding="utf-8")
    result = tl("ingest", str(doc), "--reported", "2009-05-06", "--mode", mode)
    assert result.exit_code == 0, result.stderr
    by_text = {e.text: e.when for e in store.load(tl.store)}
    assert by_text["On April 12, the mayor resigned."] == when


def test_ingest_mode_in_parallel_workers(tl, tmp_path):
    for i in range(2):
        (tmp_path / f"story{i}.txt").write_text(SHORT_STORY.replace("mayor resigned", f"mayor {i} resigned"),
                                                encoding="utf-8")
    result = tl("ingest", str(tmp_path / "story0.txt"), str(tmp_path / "story1.txt"),
                "--reported", "2009-05-06", "--mode", "narrative", "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    whens = {e.when for e in store.load(tl.store) if "resigned" in e.text}
    assert whens == {"1944-04-12"}


def test_a_news_article_with_a_background_section_in_auto_mode(tl, tmp_path):
    doc = tmp_path / "council.txt"
    doc.write_text("The council approved the budget on Tuesday, officials said.\n\nBackground\n\nThe dispute "
                   "began in 1998. The mayor resigned in 1999. A new charter passed in 2001. After that a "
                   "long quiet followed. Many members left. Few stayed. On March 3, the council first met "
                   "under it.\n", encoding="utf-8")
    result = tl("ingest", str(doc), "--reported", "2009-05-06")
    assert result.exit_code == 0, result.stderr
    by_text = {e.text: e.when for e in store.load(tl.store)}
    assert by_text["On March 3, the council first met under it."] == "2001-03-03"
    assert by_text["The council approved the budget on Tuesday, officials said."] == "2009-05-05"


def test_an_unknown_mode_is_a_one_line_usage_error(tl, tmp_path):
    doc = tmp_path / "story.txt"
    doc.write_text(SHORT_STORY, encoding="utf-8")
    result = tl("extract", "--mode", "story", str(doc))
    assert result.exit_code == 2
    assert "'story' is not one of 'auto', 'news', 'narrative'" in result.stderr
    assert "Traceback" not in result.stderr


# ---- the issue's news examples, through `ingest --reported`
@pytest.mark.parametrize("sentence, reported, when", [
    # a duration, not the 2030s
    ("The flooding was the worst in a decade, officials said.", "2024-03-12", "../2024-03-12"),
    # a span about the past, not the next decade
    ("Over the following decade the company received $19bn in subsidies.", "2024-03-12", "../2024-03-12"),
    ("A 2009 analysis by the budget office found the program cost more than expected.", "2013-03-12", "2009"),
    ("She recalled her swearing-in that January day in 2011.", "2013-03-12", "2011-01"),
    # the future reading: June of the report's year
    ("The company said it has chosen three partners for the pilot, which will run through June.",
     "2024-03-12", "2024-06"),
])
def test_issue_news_examples(tl, tmp_path, sentence, reported, when):
    doc = tmp_path / "news.txt"
    doc.write_text(sentence + "\n", encoding="utf-8")
    result = tl("ingest", str(doc), "--reported", reported)
    assert result.exit_code == 0, result.stderr
    assert [(e.text, e.when) for e in store.load(tl.store)] == [(sentence, when)]


def test_extract_shows_the_decade_as_a_duration(tl, tmp_path):
    doc = tmp_path / "news.txt"
    doc.write_text("Over the following decade the company received $19bn in subsidies.\n", encoding="utf-8")
    assert _extracted(tl, doc, "--reported", "2024-03-12") == {"the following decade": "P10Y"}


def test_api_mode():
    kw = {"reported": date(2009, 5, 6)}
    assert [t.value for t in tl_api.extract(SHORT_STORY, mode="narrative", **kw) if t.text == "April 12"] == ["1944-04-12"]
    events = tl_api.document_events(SHORT_STORY, mode="narrative", **kw)
    assert [e.when for e in events if "resigned" in e.text] == ["1944-04-12"]
    events = tl_api.document_events(SHORT_STORY, mode="news", **kw)
    assert [e.when for e in events if "resigned" in e.text] == ["2009-04-12"]
