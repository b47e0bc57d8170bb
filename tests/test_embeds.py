"""Posts a page embeds (temporal/embeds.py): a tweet's line is its author's and is read on the
day its signature gives, through both paths (document_events, stream_events) and the CLI."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import lang
from timeline_cli.store import load
from timeline_cli.temporal.embeds import find_posts
from timeline_cli.temporal.events import document_events
from timeline_cli.temporal.stream_events import stream_events

EN = lang.get("en")
REPORTED = date(2020, 1, 9)

ARTICLE = (
    "Goldstein tweeted he was honored to offer the benediction at the ceremony on Monday.\n"
    "Honored to have offered the benediction today at this historic ceremony. "
    "The front row is mine. https://t.co/dLVatVHxRr\n"
    "— Seth Goldstein (@Rabbi_360) January 7, 2020\n"
    "The court will meet again in March, the clerk said.\n"
    "what if we replaced all the adverts with Hannah Waddingham this year\n"
    "— scottygb (@scottygb) November 2, 2019\n")


def events(text: str, stream: bool = False) -> dict[str, tuple[str, str]]:
    make = stream_events if stream else document_events
    return {e.text: (e.when, e.by) for e in make(text, source="x", reported=REPORTED)}


@pytest.mark.parametrize("stream", [False, True])
def test_a_posts_line_is_its_authors_read_on_its_day(stream):
    got = events(ARTICLE, stream)
    # "today" in the post is the post's day, not the article's
    assert got["Honored to have offered the benediction today at this historic ceremony."] == (
        "2020-01-07", "Seth Goldstein (@Rabbi_360)")
    # undated: on or before the post's day
    assert got["The front row is mine. https://t.co/dLVatVHxRr"] == ("../2020-01-07", "Seth Goldstein (@Rabbi_360)")
    # a handle that is the name is given once; "this year" is the post's year
    assert got["what if we replaced all the adverts with Hannah Waddingham this year"] == ("2019", "scottygb")
    # the article's own sentences stay the article's
    assert got["The court will meet again in March, the clerk said."] == ("2020-03", "the clerk")
    assert got["Goldstein tweeted he was honored to offer the benediction at the ceremony on Monday."][1] == "Seth Goldstein"
    # the signature is no statement
    assert not [t for t in got if "(@" in t]


def test_both_paths_agree_on_posts():
    assert events(ARTICLE) == events(ARTICLE, stream=True)


@pytest.mark.parametrize("text", [
    # a signature with nothing above it
    "— Seth Goldstein (@Rabbi_360) January 7, 2020\nThe court met in March.\n",
    # a handle in prose is no signature
    "The minister (@minister) said on Monday the talks failed.\nThe court met in March.\n",
    # a signature with an impossible day
    "Talks failed today.\n— Jane (@jane) February 30, 2020\n",
])
def test_must_not_find_a_post(text):
    assert find_posts(text, EN) == []


def test_two_signatures_in_a_row_credit_only_the_line_above_the_first():
    text = "The talks failed today.\n— Jane Roe (@janeroe) May 3, 2021\n— John Doe (@jdoe) May 4, 2021\n"
    posts = find_posts(text, EN)
    assert [(text[p.start:p.end], p.author, p.day) for p in posts] == [
        ("The talks failed today.", "Jane Roe (@janeroe)", date(2021, 5, 3))]


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Justice sworn in</title>
<meta property="article:published_time" content="2020-01-09T09:30:00+00:00"></head><body>
<article><h1>Justice sworn in</h1>
<p>The state's newest Supreme Court justice was sworn in on Monday in Olympia, the first justice of
Native American heritage to serve on the court, in a ceremony attended by her family and colleagues.</p>
<p>Rabbi Seth Goldstein tweeted that he was honored to offer the benediction at the ceremony.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Honored to have offered the benediction today at
this historic ceremony. <a href="https://t.co/dLVatVHxRr">https://t.co/dLVatVHxRr</a></p>&mdash; Seth
Goldstein (@Rabbi_360) <a href="https://twitter.com/Rabbi_360/status/1">January 7, 2020</a></blockquote>
<p>The court will hear its first case with the new justice in March, the clerk of the court said.</p>
</article></body></html>
"""


def test_a_saved_pages_embedded_tweet_through_the_cli(tl, tmp_path):
    pytest.importorskip("trafilatura")
    page = tmp_path / "sworn.html"
    page.write_text(PAGE, encoding="utf-8")
    result = tl("ingest", str(page))
    assert result.exit_code == 0, result.output
    got = {e.text: e for e in load(tl.store)}
    tweet = [e for t, e in got.items() if t.startswith("Honored to have offered")]
    assert tweet, list(got)
    assert tweet[0].when == "2020-01-07" and tweet[0].by == "Seth Goldstein (@Rabbi_360)"
    assert not [t for t in got if "(@Rabbi_360)" in t]


# ---- hostile pages: the signature search stays linear ---------------------------------------

from _linear import assert_linear  # noqa: E402



@pytest.mark.parametrize("unit", ["-", "— Jane Roe (@jane) ", "— Jane (@j) November 2, 202"])
def test_finding_posts_is_linear_on_hostile_text(unit):
    assert_linear(lambda text: find_posts(text, EN), lambda n: "x (@y)\n" + unit * (n // len(unit) + 1),
                  what=f"find_posts on {unit!r} * N")
