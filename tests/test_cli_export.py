"""Every export format through the CLI, on the sample store, read back by a real parser."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from timeline_cli import store

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "timeline.toml"
EVENTS = store.load(SAMPLE)


@pytest.fixture
def sample(tl):
    tl.store.write_bytes(SAMPLE.read_bytes())
    return tl


def export(tl, fmt: str, *args: str) -> str:
    result = tl("export", "--format", fmt, *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv(sample, fmt, delimiter):
    rows = list(csv.DictReader(io.StringIO(export(sample, fmt)), delimiter=delimiter))
    assert [r["id"] for r in rows] == [e.id for e in EVENTS]
    by_id = {r["id"]: r for r in rows}
    shipped = by_id[next(e.id for e in EVENTS if e.when == "2024-10-08/2024-10-13")]
    assert (shipped["start"], shipped["end"]) == ("2024-10-08", "2024-10-13")
    undated = by_id[next(e.id for e in EVENTS if e.when == "../2024-11-06")]
    assert (undated["start"], undated["end"]) == ("", "2024-11-06")
    assert shipped["by"] == "South Korean intelligence"


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_and_jsonl(sample, fmt):
    out = export(sample, fmt)
    items = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    assert [i["id"] for i in items] == [e.id for e in EVENTS]
    june = next(i for i in items if i["when"] == "2024-06")
    assert (june["start"], june["end"], june["reported"]) == ("2024-06-01", "2024-06-30", "2024-11-06")


def test_toml_is_a_store(sample):
    assert store.loads(export(sample, "toml")) == EVENTS


def test_markdown_table(sample):
    lines = [l for l in export(sample, "md").splitlines() if l.startswith("|")]
    assert len(lines) == 2 + len(EVENTS)  # header, rule, one row an event
    assert any("24 Oct 2024" in l and "Ukrainian intelligence" in l for l in lines)


def test_ics_parses_with_icalendar(sample):
    icalendar = pytest.importorskip("icalendar")
    cal = icalendar.Calendar.from_ical(export(sample, "ics"))
    vevents = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(vevents) == len(EVENTS)
    shipped = next(v for v in vevents if "Vladivostok" in str(v["SUMMARY"]))
    assert str(shipped["DTSTART"].dt) == "2024-10-08" and str(shipped["DTEND"].dt) == "2024-10-14"
    assert {str(v["UID"]) for v in vevents} == {f"{e.id}@timeline" for e in EVENTS}


def test_timelinejs(sample):
    data = json.loads(export(sample, "timelinejs"))
    assert len(data["events"]) == len(EVENTS)
    june = next(e for e in data["events"] if "signed in June" in e["text"]["text"])
    assert june["start_date"] == {"year": "2024", "month": "6"}  # a month, no invented day
    assert june["display_date"] == "Jun 2024" and june["group"] == "The Wall Street Journal"
    shipped = next(e for e in data["events"] if "Vladivostok" in e["text"]["text"])
    assert shipped["start_date"] == {"year": "2024", "month": "10", "day": "8"}
    assert shipped["end_date"] == {"year": "2024", "month": "10", "day": "13"}


def test_html_is_well_formed_and_holds_every_event(sample):
    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack, self.text, self.external = [], [], []

        def handle_starttag(self, tag, attrs):
            if tag not in ("meta", "link", "br", "img", "input", "hr"):
                self.stack.append(tag)
            for name, value in attrs:
                if name in ("src", "href") and value and value.startswith(("http:", "https:", "//")) and tag != "a":
                    self.external.append(value)

        def handle_endtag(self, tag):
            assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
            self.stack.pop()

        def handle_data(self, data):
            self.text.append(data)

    page = export(sample, "html")
    parser = Collect()
    parser.feed(page)
    parser.close()
    assert parser.stack == [] and parser.external == []
    text = " ".join(parser.text)
    assert all(e.text[:40] in text for e in EVENTS)


def test_export_to_a_file_and_filters(sample, tmp_path):
    out = tmp_path / "kursk.csv"
    assert sample("export", "--format", "csv", "--grep", "Kursk", "-o", str(out)).exit_code == 0
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all("Kursk" in r["text"] for r in rows)


def test_the_output_suffix_picks_the_format_but_never_implies_a_store(tl, tmp_path):
    assert tl("add", "2024-10-24: Troops arrived").exit_code == 0
    as_json = tmp_path / "events.json"
    assert tl("export", "-o", str(as_json)).exit_code == 0
    assert json.loads(as_json.read_text(encoding="utf-8"))[0]["text"] == "Troops arrived"
    new_store = tmp_path / "subset.toml"
    result = tl("export", "-o", str(new_store))
    assert result.exit_code == 2 and "--format toml" in result.output and not new_store.exists()
    assert tl("export", "--format", "toml", "-o", str(new_store)).exit_code == 0
