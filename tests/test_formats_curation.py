"""Status, tags and notes in the export formats that can carry them (issue 12): Markdown, HTML,
TimelineJS and iCalendar, with their escaping guarantees kept for those fields too."""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser

import pytest

from timeline_cli import formats
from timeline_cli.model import Event

EVIL = '<script>alert(1)</script> [x](javascript:alert(2)) | =1+2 *b* <img src=x onerror=alert(3)>'
CURATED = Event(id="cur000000001", when="2024-11-04", text="First clash", by="MoD", status="disputed",
                tags=("kursk", "a|b", "x,y;z", EVIL), note=f"checked twice\nsecond line {EVIL}")
PLAIN = Event(id="pla000000001", when="2024-10-24", text="Troops arrived")


def export(fmt: str, events) -> str:
    out = io.StringIO()
    formats.export_events(fmt, events, out)
    return out.getvalue()


# ---------------------------------------------------------------- Markdown

def test_markdown_adds_status_tags_and_note_columns_only_when_used():
    assert export("md", [PLAIN]).splitlines()[0] == "| Date | Statement | Claimed by | Source |"
    lines = export("md", [PLAIN, CURATED]).splitlines()
    assert lines[0] == "| Date | Statement | Claimed by | Source | Status | Tags | Note |"
    assert lines[2] == "| 24 Oct 2024 | Troops arrived |  |  |  |  |  |"
    row = lines[3]
    assert len(re.findall(r"(?<!\\)\|", row)) == 8, row  # seven cells: nothing injected a column
    assert "| disputed | kursk, a\\|b, x,y;z, " in row
    assert "<script>" not in row and "<img" not in row
    assert "\\[x\\](javascript:" in row and not re.search(r"(?<!\\)\]\(", row)  # no link
    assert "checked twice<br>second line &lt;script&gt;" in row
    only_tags = Event(id="t", when="2024", text="t", tags=("one",))
    assert export("md", [only_tags]).splitlines()[0] == "| Date | Statement | Claimed by | Source | Tags |"


# ---------------------------------------------------------------- HTML

class Collect(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.data = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.data.append(data)


def test_html_carries_the_status_tags_and_note_as_data():
    """The page's script draws the status badge and the tags from its data (the browser test,
    tests/test_html_browser.py, sees them drawn); here: the data holds them, and no markup."""
    page = export("html", [PLAIN, CURATED])
    block = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', page, flags=re.S)
    data = json.loads(block.group(1))
    rows = {r[0]: r for r in data["events"]}
    assert rows["cur000000001"][5] == "disputed" and rows["pla000000001"][5] == 0  # 0: no status
    assert [data["tags"][i] for i in rows["cur000000001"][8]] == list(CURATED.tags)
    assert rows["cur000000001"][13] == CURATED.note
    assert "<script>alert(1)</script>" not in page  # escaped in the data block
    parser = Collect()
    parser.feed(re.sub(r"<script\b[^>]*>.*?</script>", "", page, flags=re.S))
    assert not any(t in ("script", "img") for t, _ in parser.tags)
    assert not any(k.startswith("on") for _, attrs in parser.tags for k in attrs)


# ---------------------------------------------------------------- TimelineJS

def test_timelinejs_carries_status_tags_and_note_in_the_slide_text():
    data = json.loads(export("timelinejs", [CURATED]))
    [slide] = data["events"]
    body = slide["text"]["text"]
    assert "Status: disputed" in body and "Tags: kursk, a|b, x,y;z, &lt;script&gt;" in body
    assert "Note: checked twice<br>second line &lt;script&gt;" in body
    assert slide["group"] == "MoD"  # the group stays the claimant
    parser = Collect()
    parser.feed(body)
    assert {t for t, _ in parser.tags} <= {"p", "br"}


# ---------------------------------------------------------------- iCalendar

def test_ics_status_categories_and_note():
    icalendar = pytest.importorskip("icalendar")
    events = [CURATED, CURATED.with_(id="cur000000002", status="confirmed"),
              CURATED.with_(id="cur000000003", status="reported"), PLAIN]
    cal = icalendar.Calendar.from_ical(export("ics", events))
    vevents = {str(v["UID"]): v for v in cal.walk("VEVENT")}
    assert str(vevents["cur000000001@timeline"]["STATUS"]) == "TENTATIVE"
    assert str(vevents["cur000000002@timeline"]["STATUS"]) == "CONFIRMED"
    assert str(vevents["cur000000003@timeline"]["STATUS"]) == "TENTATIVE"
    assert "STATUS" not in vevents["pla000000001@timeline"]
    v = vevents["cur000000001@timeline"]
    categories = [str(c) for c in v["CATEGORIES"].cats]
    assert categories == ["kursk", "a|b", "x,y;z", EVIL]  # commas in a tag stay inside it
    description = str(v["DESCRIPTION"])
    assert "Status: disputed" in description and "Note: checked twice\nsecond line" in description
    assert set(v) >= {"SUMMARY", "DESCRIPTION"} and "ATTACH" not in v and "RRULE" not in v
