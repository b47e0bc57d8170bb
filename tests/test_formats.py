"""Exporters and importers through the pure API: every output parsed back by a real parser."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
import tomllib
from collections import Counter
from datetime import date
from html.parser import HTMLParser

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_cli import fields, formats
from timeline_cli.errors import InputError, TimelineError, UsageError
from timeline_cli.formats import _tabular, ical, markdown, rows, tsvfile
from timeline_cli.formats.rows import row_to_event
from timeline_cli.model import MODS, STATUSES, Event, make_id

# ------------------------------------------------------------------ sample events

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> [click](javascript:alert(3)) *b* _i_ `c` | & &amp;'
SAMPLES = [
    Event(id="agreement01", when="2024-06", text="The agreement was signed in June.",
          source="https://www.wsj.com/articles/x?a=1&b=2", reported=date(2024, 11, 6),
          by="The Wall Street Journal", tags=("treaty", "a;b"), places=("Pyongyang",)),
    Event(id="ship0000001", when="2024-10-08/2024-10-13",
          text="Войска были отправлены во Владивосток, 병력이 이동했다.\nSecond line, \"quoted\"\ttabbed",
          source="seeds/article.txt", reported=date(2024, 11, 6), by="South Korean intelligence",
          span=(120, 184), status="reported"),
    Event(id="hostile0001", when="2024-10-24~", text=HOSTILE, source="javascript:alert(4)",
          by='<b onmouseover="x">NIS</b>', note="=1+2", mod="late"),
    Event(id="formula0001", when="2024-11-04", text="=HYPERLINK(\"http://evil\",\"x\")",
          by="+cmd", source="@SUM(A1)", tags=("-2+3",)),
    Event(id="anchored001", when="../2024-11-06", text="Statements anchored to the report date.",
          reported=date(2024, 11, 6), reported_assumed=True),
    Event(id="fromthen001", when="2024-11-07/..", text="From then on."),
    Event(id="season00001", when="2024-24?", text="Winter, uncertain."),
    Event(id="decade00001", when="202X", text="Some time this decade."),
]
# The text formats; the binary one (sqlite) writes bytes and has tests of its own (test_export_sqlite.py).
EXPORT_NAMES = tuple(n for n in formats.export_choices() if not formats.is_binary(n))


def export(name: str, events=SAMPLES, *, raw: bool = False) -> str:
    out = io.StringIO(newline="")
    formats.export_events(name, events, out, raw=raw)
    return out.getvalue()


def test_samples_have_unique_ids():
    dupes = [i for i, n in Counter(e.id for e in SAMPLES).items() if n > 1]
    assert not dupes


@pytest.mark.parametrize("name", EXPORT_NAMES)
def test_export_is_deterministic_and_handles_no_events(name):
    assert export(name) == export(name)
    assert isinstance(export(name, []), str)


# ------------------------------------------------------------------ each exporter, parsed back

@pytest.mark.parametrize("raw", [False, True])
def test_csv_parses_back(raw):
    text = export("csv", raw=raw)
    assert text.endswith("\r\n")
    table = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    assert table[0] == list(_tabular.COLUMNS)
    assert len(table) == len(SAMPLES) + 1
    assert all(len(r) == len(_tabular.COLUMNS) for r in table)
    by_id = {r[0]: dict(zip(table[0], r)) for r in table[1:]}
    assert by_id["ship0000001"]["text"] == SAMPLES[1].text
    assert by_id["ship0000001"]["start"] == "2024-10-08"
    assert by_id["anchored001"]["start"] == "" and by_id["anchored001"]["end"] == "2024-11-06"
    assert by_id["fromthen001"]["end"] == ""
    assert by_id["agreement01"]["tags"] == "treaty; a\\;b"
    formula = by_id["formula0001"]
    if raw:
        assert formula["text"].startswith("=HYPERLINK")
    else:
        assert formula["text"] == "'" + SAMPLES[3].text
        assert formula["by"] == "'+cmd" and formula["source"] == "'@SUM(A1)"


def test_tsv_is_one_event_a_line():
    lines = export("tsv").split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert len(lines) == len(SAMPLES) + 1
    assert all(line.count("\t") == len(_tabular.COLUMNS) - 1 for line in lines)
    cells = dict(zip(lines[0].split("\t"), lines[2].split("\t")))
    assert cells["text"] == SAMPLES[1].text.replace("\n", "\\n").replace("\t", "\\t")


@pytest.mark.parametrize("name", ["json", "jsonl"])
def test_json_parses_back(name):
    text = export(name)
    data = json.loads(text) if name == "json" else [json.loads(line) for line in text.splitlines()]
    assert [d["id"] for d in data] == [e.id for e in SAMPLES]
    assert data[1]["text"] == SAMPLES[1].text
    assert "Войска" in text and "병력" in text  # ensure_ascii=False


def test_jsonl_escapes_unicode_line_separators():
    event = Event(id="x", when="2024", text="a\u2028b\u2029c\x85d")
    text = export("jsonl", [event])
    assert text.count("\n") == 1 and len(text.splitlines()) == 1
    assert json.loads(text)["text"] == event.text


def test_toml_is_a_store():
    doc = tomllib.loads(export("toml"))
    assert doc["schema"] == 4
    assert sorted(e["id"] for e in doc["event"]) == sorted(e.id for e in SAMPLES)


def _ical_events(text: str) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(text)
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    return {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}


def test_ics_parses_back():
    text = export("ics")
    for line in text.split("\r\n")[:-1]:
        assert len(line.encode("utf-8")) <= 75, line
    assert "\n" not in text.replace("\r\n", "")
    events = _ical_events(text)
    assert set(events) == {f"{e.id}@timeline" for e in SAMPLES}
    ship = events["ship0000001@timeline"]
    assert str(ship["SUMMARY"]) == SAMPLES[1].text
    assert ship["DTSTART"].dt == date(2024, 10, 8)
    assert ship["DTEND"].dt == date(2024, 10, 14)  # exclusive
    assert ship["DTSTAMP"].dt.date() == date(2024, 11, 6)
    assert "South Korean intelligence" in str(ship["DESCRIPTION"])
    month = events["agreement01@timeline"]
    assert (month["DTSTART"].dt, month["DTEND"].dt) == (date(2024, 6, 1), date(2024, 7, 1))
    assert str(month["URL"]) == SAMPLES[0].source
    assert [str(c) for c in month["CATEGORIES"].cats] == ["treaty", "a;b"]
    before = events["anchored001@timeline"]
    assert (before["DTSTART"].dt, before["DTEND"].dt) == (date(2024, 11, 6), date(2024, 11, 7))
    assert "On or before 2024-11-06" in str(before["DESCRIPTION"])
    after = events["fromthen001@timeline"]
    assert (after["DTSTART"].dt, after["DTEND"].dt) == (date(2024, 11, 7), date(2024, 11, 8))
    assert "On or after" in str(after["DESCRIPTION"])
    winter = events["season00001@timeline"]
    assert (winter["DTSTART"].dt, winter["DTEND"].dt) == (date(2024, 12, 1), date(2025, 3, 1))
    assert "uncertain" in str(winter["DESCRIPTION"])
    assert "URL" not in events["hostile0001@timeline"]  # javascript: is never a URL


def test_ics_folding_is_utf8_safe_and_reversible():
    text = "김정은 " * 40 + "Ким\\;" * 10
    folded = ical.fold("SUMMARY:" + text)
    physical = folded.split("\r\n")[:-1]
    assert len(physical) > 3
    for line in physical:
        assert len(line.encode("utf-8")) <= 75
        line.encode("utf-8").decode("utf-8")
    assert all(p.startswith(" ") for p in physical[1:])
    assert "".join([physical[0]] + [p[1:] for p in physical[1:]]) == "SUMMARY:" + text
    assert not any(p.endswith("\\") for p in physical)  # escapes are never split


ICS_TEXT_CASES = [
    ("a,b", "a\\,b"),
    ("a;b", "a\\;b"),
    ("back\\slash", "back\\\\slash"),
    ("one\ntwo", "one\\ntwo"),
    ("one\r\ntwo", "one\\ntwo"),
    ("bell\x07", "bell "),
]


def test_ics_text_cases_are_unique():
    assert len({c[0] for c in ICS_TEXT_CASES}) == len(ICS_TEXT_CASES)


@pytest.mark.parametrize(("value", "escaped"), ICS_TEXT_CASES)
def test_ics_text_escaping(value, escaped):
    assert ical.escape_text(value) == escaped


def test_timelinejs_parses_back():
    data = json.loads(export("timelinejs"))
    slides = {s["unique_id"]: s for s in data["events"]}
    assert set(slides) == {e.id for e in SAMPLES}
    for s in slides.values():
        for key in ("start_date", "end_date"):
            if key in s:
                assert all(isinstance(v, str) and v.isdigit() for v in s[key].values())
    assert slides["agreement01"]["start_date"] == {"year": "2024", "month": "6"}
    assert "end_date" not in slides["agreement01"]
    assert slides["ship0000001"]["start_date"] == {"year": "2024", "month": "10", "day": "8"}
    assert slides["ship0000001"]["end_date"] == {"year": "2024", "month": "10", "day": "13"}
    assert slides["decade00001"]["start_date"] == {"year": "2020"}
    assert slides["decade00001"]["end_date"] == {"year": "2029"}
    assert slides["anchored001"]["start_date"] == {"year": "2024", "month": "11", "day": "6"}
    assert slides["ship0000001"]["group"] == "South Korean intelligence"
    assert slides["agreement01"]["display_date"] == "Jun 2024"
    hostile = slides["hostile0001"]
    for piece in (hostile["text"]["headline"], hostile["text"]["text"], hostile["group"]):
        _assert_inert_html(piece)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.data: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.data.append(data)


def _our_scripts(page: str) -> str:
    """The page's scripts must be exactly ours: the JSON data block and the packaged
    timeline.js, whose SHA-256 the Content-Security-Policy names (no 'unsafe-inline' for
    scripts). Returns the page with them cut out, for the checks on the rest."""
    from importlib import resources

    script = resources.files("timeline_cli.formats").joinpath("page", "timeline.js").read_text(encoding="utf-8")
    found = re.findall(r"<script\b([^>]*)>(.*?)</script>", page, flags=re.S)
    if not found and "No events." in page:
        return page  # nothing to draw: no scripts at all
    assert [attrs.strip() for attrs, _ in found] == ['type="application/json" id="timeline-data"', ""], found
    data, code = found[0][1], found[1][1]
    assert code == script
    assert not set(data) & set("<>&\u2028\u2029\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    json.loads(data)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert directives["script-src"] == f"'sha256-{digest}'"  # only this script: no 'unsafe-inline'
    assert directives["default-src"] == "'none'"
    return re.sub(r"<script\b[^>]*>.*?</script>", "", page, flags=re.S)


def _assert_inert_html(fragment: str) -> _Collector:
    if "<!DOCTYPE html>" in fragment:
        fragment = _our_scripts(fragment)
    parser = _Collector()
    parser.feed(fragment)
    parser.close()
    for tag, attrs in parser.tags:
        assert tag not in ("script", "img", "iframe", "object", "embed", "link", "b"), tag
        assert not any(name.startswith("on") for name in attrs), attrs
        if tag == "a":
            assert re.match(r"https?://|#[\w-]+$", attrs["href"]), attrs
            if not attrs["href"].startswith("#"):
                assert set(attrs["rel"].split()) >= {"noopener", "noreferrer"}
        if tag == "style" or "style" in attrs:
            assert "url(" not in attrs.get("style", "")
    return parser


def _page_data(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', page, flags=re.S)
    return json.loads(block.group(1))


def _page_events(page: str) -> dict[str, dict]:
    """The events as the page's script reads them (timeline.js), by id."""
    data = _page_data(page)
    out = {}
    for r in data["events"]:
        out[r[0]] = {"first": r[1], "last": r[1] if r[2] == 0 else r[2], "kind": data["kinds"][r[3]],
                     "fuzzy": bool(r[4] & 1), "undated": bool(r[4] & 2), "status": r[5] or "", "by": data["by"][r[6]],
                     "source": data["source"][r[7]], "url": data["urls"][r[7]],
                     "tags": [data["tags"][t] for t in r[8]], "text": r[9], "note": r[13] if len(r) > 13 else ""}
    return out


def test_html_is_self_contained_and_inert():
    page = export("html")
    parser = _assert_inert_html(page)
    tags = [t for t, _ in parser.tags]
    assert "script" not in tags and "link" not in tags  # besides our own two (_our_scripts)
    assert not re.search(r"(src|href)=\"(?!https?://|#)", page)
    assert "@import" not in page and "url(" not in page
    # the events travel once, as data: every text byte for byte, no markup from it in the page
    events = _page_events(page)
    assert set(events) == {e.id for e in SAMPLES if e.when}
    assert events["hostile0001"]["text"] == HOSTILE and HOSTILE not in page
    assert events[SAMPLES[1].id]["text"] == SAMPLES[1].text
    # a javascript: source is shown as text, never given a link
    assert events["hostile0001"]["source"] == "javascript:alert(4)" and events["hostile0001"]["url"] == ""
    assert events[SAMPLES[0].id]["url"] == SAMPLES[0].source
    csp = [a for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]["content"]


def test_html_draws_points_spans_and_fuzzy_dates():
    events = _page_events(export("html"))
    assert events["formula0001"]["kind"] == "point"
    assert events["ship0000001"]["kind"] == "interval" and events["ship0000001"]["status"] == "reported"
    assert events["season00001"]["kind"] == "span" and events["season00001"]["fuzzy"]
    anchored = next(e for e in SAMPLES if e.id == "anchored001")
    assert events["anchored001"]["first"] is None
    assert events["anchored001"]["undated"] is (anchored.reported is not None and anchored.when == f"../{anchored.reported}")
    assert events["fromthen001"]["last"] is None
    assert events["decade00001"]["kind"] == "span"


def test_markdown_table_and_escaping():
    text = export("md")
    lines = text.splitlines()
    # the samples carry statuses, tags and notes: their columns follow the four fixed ones
    assert lines[0] == "| Date | Statement | Claimed by | Source | Status | Tags | Note |"
    assert len(lines) == len(SAMPLES) + 2
    for line in lines:
        # exactly eight unescaped pipes: one event is one row of seven cells
        assert len(re.findall(r"(?<!\\)\|", line)) == 8, line
    hostile = lines[2 + 2]
    assert "<script>" not in hostile and "<img" not in hostile and "<b " not in hostile
    assert "&lt;script&gt;" in hostile
    assert "\\[click\\](javascript:alert(3))" in hostile
    assert "\\*b\\* \\_i\\_ \\`c\\` \\| &amp; &amp;amp;" in hostile
    assert "<javascript" not in hostile
    assert "| <https://www.wsj.com/articles/x?a=1&b=2> |" in lines[2]
    assert "<br>" in lines[3]
    assert lines[2].startswith("| Jun 2024 |")


MD_CASES = [
    ("plain text, (ok). 1-2", "plain text, (ok). 1-2"),
    ("a|b", "a\\|b"),
    ("<i>x</i>", "&lt;i&gt;x&lt;/i&gt;"),
    ("&copy;", "&amp;copy;"),
    ("**bold** __u__", "\\*\\*bold\\*\\* \\_\\_u\\_\\_"),
    ("![img](x)", "\\!\\[img\\](x)"),
    ("`code`", "\\`code\\`"),
    ("~~del~~", "\\~\\~del\\~\\~"),
    ("$x$ @user #12", "\\$x\\$ \\@user \\#12"),
    ("back\\slash", "back\\\\slash"),
    ("line\nbreak\r\nx", "line<br>break<br>x"),
    ("tab\there\x1b[31m", "tab here \\[31m"),
]


def test_md_cases_are_unique():
    assert len({c[0] for c in MD_CASES}) == len(MD_CASES)


@pytest.mark.parametrize(("value", "escaped"), MD_CASES)
def test_markdown_escape(value, escaped):
    assert markdown.escape(value) == escaped


# ------------------------------------------------------------------ formula neutralisation

# OWASP CSV injection leading characters, and their full-width forms.
TRIGGER_CASES = [
    "=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\uff1d1", "\uff0b1", "\uff0d1", "\uff20x",
    "=HYPERLINK(\"http://evil\")", "-2+3+cmd|' /C calc'!A0",
]


def test_trigger_cases_are_unique_and_cover_every_trigger():
    assert len(set(TRIGGER_CASES)) == len(TRIGGER_CASES)
    assert {c[0] for c in TRIGGER_CASES} == set(_tabular.TRIGGERS)


@pytest.mark.parametrize("value", TRIGGER_CASES)
@pytest.mark.parametrize("name", ["csv", "tsv"])
def test_formula_cells_are_neutralised(name, value):
    # as the store keeps it: one-line fields lose a leading tab or CR, prose turns CR into \n
    event = fields.normalise_event(Event(id="f1", when="2024", text=value, by=value, note=value, source=value,
                                         tags=(value,)))
    delimiter = "," if name == "csv" else "\t"

    def cells(raw: bool) -> dict:
        text = export(name, [event], raw=raw)
        table = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                                quoting=csv.QUOTE_MINIMAL if name == "csv" else csv.QUOTE_NONE))
        return dict(zip(table[0], table[1]))

    safe, raw = cells(False), cells(True)
    for field in ("text", "by", "note", "source", "tags"):
        assert safe[field] == _tabular.neutralise(raw[field])
        assert safe[field][0] not in _tabular.TRIGGERS, (field, safe[field])
    if event.text[0] in _tabular.TRIGGERS and (name == "csv" or event.text[0] not in "\t\r"):
        assert safe["text"] == "'" + raw["text"]  # TSV writes tab/CR as \t/\r: inert already
    # every cell a spreadsheet sees starts with something inert
    assert not any(c and c[0] in _tabular.TRIGGERS for c in safe.values())
    for mode in (False, True):
        back = formats.read_events(name, export(name, [event], raw=mode), origin="t", raw=mode)
        assert back == [event]


NEUTRALISE_CASES = [
    ("=x", "'=x"),
    ("'=x", "''=x"),
    ("''+x", "'''+x"),
    ("'x", "'x"),
    ("x=1", "x=1"),
    ("", ""),
    ("'", "'"),
    ("2024-11", "2024-11"),
]


def test_neutralise_cases_are_unique():
    assert len({c[0] for c in NEUTRALISE_CASES}) == len(NEUTRALISE_CASES)


@pytest.mark.parametrize(("cell", "written"), NEUTRALISE_CASES)
def test_neutralise_is_reversed_exactly(cell, written):
    assert _tabular.neutralise(cell) == written
    assert _tabular.unneutralise(written) == cell


def test_safe_import_keeps_hand_typed_apostrophes():
    text = "when,text,by\r\n2024,'quoted,'=typed\r\n"
    (event,) = formats.read_events("csv", text, origin="t.csv")
    assert event.text == "'quoted"
    assert event.by == "=typed"  # one ' removed before a formula trigger, as documented
    (raw_event,) = formats.read_events("csv", text, origin="t.csv", raw=True)
    assert raw_event.by == "'=typed"


# ------------------------------------------------------------------ list cells

SPLIT_CASES = [
    ("", []),
    ("a", ["a"]),
    ("a;b", ["a", "b"]),
    ("a; b", ["a", "b"]),
    ("a ; b ;", ["a", "b"]),
    ("a\\;b; c", ["a;b", "c"]),
    ("\\ a\\ ; b", [" a ", "b"]),
    ("x\\\\", ["x\\"]),
    ("C:\\docs", ["C:docs"]),
    ("trailing\\", ["trailing\\"]),
]


def test_split_cases_are_unique():
    assert len({c[0] for c in SPLIT_CASES}) == len(SPLIT_CASES)


@pytest.mark.parametrize(("cell", "items"), SPLIT_CASES)
def test_split_items(cell, items):
    assert _tabular.split_items(cell) == items


@given(st.lists(st.text().filter(str.strip)))
def test_join_split_round_trip(items):
    assert _tabular.split_items(_tabular.join_items(items)) == items


TSV_ESCAPE_CASES = [
    ("a\tb", "a\\tb"),
    ("a\nb", "a\\nb"),
    ("a\rb", "a\\rb"),
    ("a\\b", "a\\\\b"),
    ("a\\nb", "a\\\\nb"),
]


def test_tsv_escape_cases_are_unique():
    assert len({c[0] for c in TSV_ESCAPE_CASES}) == len(TSV_ESCAPE_CASES)


@pytest.mark.parametrize(("value", "escaped"), TSV_ESCAPE_CASES)
def test_tsv_escape(value, escaped):
    assert tsvfile.escape(value) == escaped
    assert tsvfile.unescape(escaped) == value


def test_tsv_unescape_keeps_unknown_escapes():
    assert tsvfile.unescape("C:\\docs\\x") == "C:\\docs\\x"


# ------------------------------------------------------------------ import: validation

ROW_ERRORS = [
    ({"text": "x"}, "field 'when': is missing"),
    ({"when": "2024"}, "field 'text': is missing"),
    ({"when": "2024", "text": "   "}, "field 'text': is blank"),
    ({"when": "next Tuesday", "text": "x"}, "field 'when': 'next Tuesday' is not an EDTF value or a date"),
    ({"when": 2024, "text": "x"}, "field 'when': must be a string, not a number"),
    ({"when": "2024", "text": "x", "colour": "red"}, "unknown field 'colour'"),
    ({"when": "2024", "text": "x", "reported": "06/11/2024"}, "field 'reported': must be a date like 2024-11-06"),
    ({"when": "2024", "text": "x", "reported": "2024-02-30"}, "field 'reported': '2024-02-30' is not a real day"),
    ({"when": "2024", "text": "x", "reported_assumed": "maybe"}, "field 'reported_assumed': must be true or false"),
    ({"when": "2024", "text": "x", "span": "12"}, "field 'span': must be START-END"),
    ({"when": "2024", "text": "x", "span": "9-3"}, "field 'span': must be [start, end]"),
    ({"when": "2024", "text": "x", "span": [1, True]}, "field 'span': must be [start, end]"),
    ({"when": "2024", "text": "x", "tags": "a; b"}, "field 'tags': must be a list of strings, not a string"),
    ({"when": "2024", "text": "x", "tags": ["a", " "]}, "field 'tags': item 2 is blank"),
    ({"when": "2024", "text": "x", "actors": [1]}, "field 'actors': item 1 must be a string"),
    ({"when": "2024", "text": "x", "status": "rumour"}, "field 'status': must be one of"),
    ({"when": "2024", "text": "x", "mod": "soon"}, "field 'mod': must be one of"),
    ({"when": "2024", "text": "x", "id": "has space"}, "field 'id': must be 1-64"),
    ({"when": "2024", "text": "x", "by": ["a"]}, "field 'by': must be a string, not list"),
    ({"when": "2024", "text": 5}, "field 'text': must be a string, not a number"),
    ({"when": "2024", "text": "x", "source": {}}, "field 'source': must be a string, not an object"),
]


def test_row_error_cases_are_unique():
    keys = [json.dumps(r, sort_keys=True) for r, _ in ROW_ERRORS]
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize(("row", "message"), ROW_ERRORS)
def test_row_errors_name_origin_row_field_and_fix(row, message):
    with pytest.raises(InputError) as info:
        row_to_event(row, origin="events.csv", number=7)
    assert info.value.message.startswith("events.csv: row 7: ")
    assert message in info.value.message
    assert info.value.hint


def test_row_must_be_a_record():
    with pytest.raises(InputError, match="row 2: expected a record"):
        row_to_event(["2024", "x"], origin="a.json", number=2)


ROW_OK = [
    ({"when": "2024-11-04", "text": "First clash"},
     Event(id=make_id("First clash", "2024-11-04"), when="2024-11-04", text="First clash")),
    ({"when": "4 Nov 2024", "text": "x", "source": "s"},
     Event(id=make_id("x", "2024-11-04", "s"), when="2024-11-04", text="x", source="s")),
    ({"id": "", "when": "2024", "text": "x", "start": "1999-01-01", "end": None, "by": None},
     Event(id=make_id("x", "2024"), when="2024", text="x")),
    ({"id": "k", "when": "2024", "text": "x", "reported": "2024-11-06", "reported_assumed": "TRUE",
      "span": " 3 - 9 ", "tags": ("a",), "status": "disputed", "mod": "mid"},
     Event(id="k", when="2024", text="x", reported=date(2024, 11, 6), reported_assumed=True,
           span=(3, 9), tags=("a",), status="disputed", mod="mid")),
    ({"id": "k", "when": "2024", "text": "x", "reported": date(2024, 1, 2), "span": [0, 0],
      "reported_assumed": "0", "tags": []},
     Event(id="k", when="2024", text="x", reported=date(2024, 1, 2), span=(0, 0))),
]


def test_row_ok_cases_are_unique():
    keys = [json.dumps(r, sort_keys=True, default=str) for r, _ in ROW_OK]
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize(("row", "event"), ROW_OK)
def test_row_to_event(row, event):
    assert row_to_event(row, origin="o", number=1) == event


IMPORT_ERRORS = [
    ("csv", "2024,x\r\n", "line 1 is not a header row"),
    ("csv", "when,text,colour\r\n2024,x,red\r\n", "unknown column 'colour'"),
    ("csv", "when,text,when\r\n", "column 'when' appears twice"),
    ("csv", "when,text\r\n2024,x,extra\r\n", "row 1: 3 cells but the header names 2"),
    ("csv", 'when,text\r\n2024,"x\r\n', "not valid CSV"),
    ("tsv", "when\ttext\tcolour\n", "unknown column 'colour'"),
    ("json", '{"when": "2024"}', "expected a JSON array"),
    ("json", '[{"when": "2024",}]', "not valid JSON at line 1"),
    ("json", '[{"when": "2024", "when": "2025"}]', "key 'when' appears twice"),
    ("jsonl", '{"when": "2024", "text": "x"}\n\n{"when": ', "line 3: not valid JSON"),
    ("json", '[{"when": "2024", "text": "x"}, 5]', "row 2: expected a record"),
    ("jsonl", '{"when": "2024", "text": "x"}\n{"when": "soon", "text": "y"}\n', "row 2: field 'when'"),
    ("toml", "schema = 1\n[[event]]\nid = 'a'\nwhen = 5\ntext = 'x'\n", "field 'when'"),
    ("toml", "[[event]]\n", "no `schema = "),
]


def test_import_error_cases_are_unique():
    assert len({(f, t) for f, t, _ in IMPORT_ERRORS}) == len(IMPORT_ERRORS)


@pytest.mark.parametrize(("name", "text", "message"), IMPORT_ERRORS)
def test_import_errors(name, text, message):
    # InputError; the toml format reports through the store's own StoreError
    with pytest.raises(TimelineError) as info:
        formats.read_events(name, text, origin="in")
    assert message in info.value.message and info.value.message.startswith("in")
    assert info.value.hint


def test_minimal_hand_written_csv_and_tsv():
    csv_text = "\ufeffwhen,text,tags\r\n2024-11-04,First clash,army; kursk\r\n,,\r\n"
    (event,) = formats.read_events("csv", csv_text, origin="x.csv")
    assert event == Event(id=make_id("First clash", "2024-11-04"), when="2024-11-04",
                          text="First clash", tags=("army", "kursk"))
    tsv_text = "when\ttext\r\n2024-11-04\tFirst clash\r\n"
    assert formats.read_events("tsv", tsv_text, origin="x.tsv") == [event.with_(tags=())]


def test_unknown_format_names_are_usage_errors():
    with pytest.raises(UsageError, match="unknown export format 'xls'"):
        formats.export_events("xls", [], io.StringIO())
    with pytest.raises(UsageError, match="unknown import format 'html'"):
        formats.read_events("html", "", origin="x")


GUESS_CASES = [
    ("events.csv", "", "csv"),
    ("EVENTS.TSV", "", "tsv"),
    ("events.tab", "", "tsv"),
    ("events.json", "[]", "json"),
    ("events.json", '{"id": 1}\n', "jsonl"),
    ("events.ndjson", "", "jsonl"),
    ("store.toml", "", "toml"),
    ("cal.ics", "", "ics"),
    ("page.htm", "", "html"),
    ("notes.md", "", "md"),
    ("x.timelinejs.json", "", "timelinejs"),
    ("-", '[\n  {"id": "a"}]', "json"),
    ("-", "[]", "json"),
    ("-", '{"id": "a"}', "jsonl"),
    ("-", "# timeline event store\nschema = 1\n", "toml"),
    (None, "[[event]]\nid = 'a'", "toml"),
    ("data", "when\ttext\n", "tsv"),
    ("data.txt", "when,text\n", "csv"),
]


def test_guess_cases_are_unique():
    assert len({(f, t) for f, t, _ in GUESS_CASES}) == len(GUESS_CASES)


@pytest.mark.parametrize(("filename", "text", "name"), GUESS_CASES)
def test_guess_format(filename, text, name):
    assert formats.guess_format(filename, text) == name


def test_guess_format_refuses_to_guess_wildly():
    with pytest.raises(InputError, match="cannot tell the format of standard input") as info:
        formats.guess_format("-", "just some words")
    assert "--format" in info.value.hint


# ------------------------------------------------------------------ round trip property

WHENS = [
    "2024-10-24", "2024-10", "2024", "2024-10-08/2024-10-13", "2024-06~", "2024-11?",
    "2024-XX-XX", "../2024-11-06", "2024-11-07/..", "2024-21", "2024-24", "202X", "19XX",
    "?2024-10-24", "2024-06~/2024-08", "0001-01-01", "9999-12-31",
]
TRICKY = [
    "=1+2", "+cmd", "-5", "@SUM(A1)", "\tlead", "\rlead", "＝１", "'=x", "''", "'", "a,b", 'say "hi"',
    "a;b", "x\\", "\\n", "C:\\docs", "line\nbreak", "crlf\r\nx", "tab\tx", "Владивосток", "김정은",
    " padded ", "\u2028sep", "\ufeffbom", "\x00nul", "true", "null", "[]", "12-34",
]
texts = st.one_of(st.sampled_from(TRICKY), st.text(st.characters(blacklist_categories=("Cs",))))
non_blank = texts.filter(str.strip)
ids = st.from_regex(r"[0-9A-Za-z_.:-]{1,64}", fullmatch=True)
_ONE_LINE_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def prose(value: str) -> str:
    """`value` as a store keeps prose (text, note): line breaks as \\n, controls made visible."""
    return fields.multi_line("text", value)


def one_line(value: str) -> str:
    """`value` as a store can keep a one-line field: its control characters (which the store
    refuses there) left out, the white space around it dropped."""
    return fields.single_line("by", _ONE_LINE_CONTROLS.sub("", value))


@st.composite
def events(draw) -> Event:
    text = prose(draw(non_blank))
    when = draw(st.sampled_from(WHENS))
    source = one_line(draw(texts))
    span = draw(st.none() | st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)).map(lambda t: tuple(sorted(t))))
    return Event(
        id=draw(st.one_of(ids, st.just(make_id(text, when, source)))),
        when=when, text=text, source=source,
        reported=draw(st.none() | st.dates(min_value=date(1, 1, 1))),
        reported_assumed=draw(st.booleans()),
        by=one_line(draw(texts)),
        tags=fields.tags([one_line(t) for t in draw(st.lists(non_blank, max_size=3))]),
        actors=fields.items("actors", [one_line(t) for t in draw(st.lists(non_blank, max_size=3))]),
        places=fields.items("places", [one_line(t) for t in draw(st.lists(non_blank, max_size=3))]),
        status=draw(st.sampled_from(("",) + STATUSES)),
        span=span,
        note=prose(draw(texts)),
        mod=draw(st.sampled_from(("",) + MODS)),
        conflict=one_line(draw(texts)),
    )


ROUND_TRIP = [("csv", True), ("csv", False), ("tsv", True), ("tsv", False), ("json", False), ("jsonl", False)]


@pytest.mark.parametrize(("name", "raw"), ROUND_TRIP)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(evs=st.lists(events(), max_size=5))
def test_round_trip(name, raw, evs):
    text = export(name, evs, raw=raw)
    assert formats.read_events(name, text, origin="rt", raw=raw) == evs


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(evs=st.lists(events(), max_size=5, unique_by=lambda e: e.id))
def test_round_trip_toml(evs):
    back = formats.read_events("toml", export("toml", evs), origin="rt")
    assert sorted(back, key=lambda e: e.id) == sorted(evs, key=lambda e: e.id)


@settings(max_examples=60, deadline=None)
@given(evs=st.lists(events(), max_size=4))
def test_every_exporter_accepts_any_valid_event(evs):
    for name in ("md", "ics", "timelinejs", "html"):
        text = export(name, evs)
        if name == "ics":
            assert len(_ical_events(text)) == len({e.id for e in evs})
        elif name == "timelinejs":
            assert len(json.loads(text)["events"]) == len(evs)
        elif name == "html":
            _assert_inert_html(text)
        else:
            assert len(text.splitlines()) == len(evs) + 2


def test_rows_module_documents_every_field():
    from timeline_cli.model import FIELD_ORDER

    for name in FIELD_ORDER:
        assert f"`{name}`" in rows.__doc__, name
