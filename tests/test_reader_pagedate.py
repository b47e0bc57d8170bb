"""A page's publication day in the publisher's own time zone (readers/pagedate.py): a
publication timestamp written with a non-zero UTC offset names the day the publisher printed,
over htmldate's reading of a UTC timestamp or of a bare `dc.date`; timestamps that disagree
with each other or with the page's UTC ones are left to htmldate."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.store import load

pytest.importorskip("trafilatura")
pytest.importorskip("htmldate")

BODY = """<article><h1>Two people stabbed in Roxbury</h1>
<p>Police said two people were stabbed near Dudley Square on Wednesday night and a third was assaulted.</p>
<p>The victims were taken to Boston Medical Center, where one remained in serious condition.</p>
<p>Investigators asked witnesses to call the department's tip line, which opened in 2019.</p>
<p>No arrests had been made by early Thursday, a spokesman for the department said.</p>
</article>"""


def page(head: str, byline: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Two people stabbed</title>'
            f'{head}</head><body>{byline}{BODY}</body></html>').encode()


def published(head: str, byline: str = "") -> tuple[date | None, str]:
    from timeline_cli.readers import html

    document = html.read(page(head, byline), origin="page.html")[0]
    return document.published, document.published_how


# The same instant in UTC (meta, JSON-LD) and in the publisher's time (<time>): the local day.
UTC_AND_LOCAL = (
    '<meta property="article:published_time" content="2023-11-09T02:11:03+00:00">'
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-11-09T02:11:03+00:00"}</script>'
)
LOCAL_TIME = '<time datetime="2023-11-08T21:11:03-05:00" itemprop="datePublished">November 8, 2023</time>'


def test_utc_timestamp_with_the_same_instant_in_local_time_gives_the_local_day():
    day, how = published(UTC_AND_LOCAL, LOCAL_TIME)
    assert day == date(2023, 11, 8)
    assert "local time" in how


def test_json_ld_with_the_publishers_offset_wins_over_a_bare_dc_date():
    head = ('<meta name="dc.date" content="2023-11-08">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2023-11-09T03:02:34-05:00", "dateModified": "2023-11-09T03:18:50-05:00"}</script>')
    assert published(head)[0] == date(2023, 11, 9)


def test_timestamps_in_utc_only_are_left_to_htmldate():
    head = '<meta property="article:published_time" content="2023-11-09T02:11:03+00:00">'
    day, how = published(head)
    assert day == date(2023, 11, 9)
    assert "local time" not in how


def test_a_local_published_that_is_another_instant_than_the_utc_one_is_not_trusted():
    # the page's markup disagrees with itself (a "published" that is the modified time)
    head = ('<meta property="article:published_time" content="2021-09-19T14:00:49+00:00">'
            '<script type="application/ld+json">{"@type": "WebPage", "datePublished": "2021-09-20T09:45:26-07:00"}</script>')
    assert published(head)[0] == date(2021, 9, 19)


def local(head: str):
    """pagedate.local_published of a page with `head` (lxml imported only by the tests that need it)."""
    from lxml import html as lxml_html

    from timeline_cli.readers.pagedate import local_published

    return local_published(lxml_html.fromstring(page(head)))


def test_local_timestamps_on_two_days_are_not_trusted():
    assert local(
        '<meta property="article:published_time" content="2023-11-08T21:11:03-05:00">'
        '<script type="application/ld+json">[{"datePublished": "2023-11-09T08:00:00+01:00"},'
        '{"datePublished": "2023-11-07T08:00:00+01:00"}]</script>') is None


def test_broken_json_ld_and_odd_values_are_no_date():
    assert local(
        '<script type="application/ld+json">{"datePublished": "2023-11-08T21:11:03-05:00",</script>'
        '<meta property="article:published_time" content="yesterday">'
        '<meta property="article:published_time" content="2023-11-08">') is None
    assert local('<meta property="article:published_time" content="2023-11-08T21:11:03-0500">') == (
        date(2023, 11, 8), "meta article:published_time (local time)")


def test_ingest_dates_a_page_by_its_publishers_day(tl, tmp_path):
    saved = tmp_path / "roxbury.html"
    saved.write_bytes(page(UTC_AND_LOCAL, LOCAL_TIME))
    result = tl("ingest", str(saved))
    assert result.exit_code == 0, result.output
    events = load(tl.store)
    assert events and all(e.reported == date(2023, 11, 8) for e in events)
    # "Wednesday night" is read against the publisher's day: 8 November 2023 was a Wednesday
    wednesday = [e for e in events if "Wednesday night" in e.text]
    assert wednesday and wednesday[0].when == "2023-11-08"
