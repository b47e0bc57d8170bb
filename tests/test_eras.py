"""Eras: BC/AD in extraction (TIMEX2 values, story time across years BC) and in the store
(EDTF astronomical years, BCDay dates, display, add --when, filters, sorting, exports)."""

from __future__ import annotations

import json
import pickle
from datetime import date, timedelta

import pytest

from timeline_cli.eraday import BCDay, day_from_ordinal, make_day, year_label
from timeline_cli.errors import DateError
from timeline_cli.temporal import eras
from timeline_cli.temporal.extract import extract
from timeline_cli.when import era_label, format_when, parse_user_date, parse_when

DOWNLOAD = date(2009, 12, 19)  # a history's download date: no anchor for its years BC


def found(text: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.value, t.edtf) for t in extract(text, DOWNLOAD)}


# ---------------------------------------------------------------- extraction
@pytest.mark.parametrize(("text", "mention", "value", "edtf"), [
    ("The battle was fought in 490 BC.", "490 BC", "BC0490", "-0489"),
    ("Carthage fell in 146 B.C. after a long siege.", "146 B.C.", "BC0146", "-0145"),
    ("It was founded in 753 BCE by the twins.", "753 BCE", "BC0753", "-0752"),
    ("The Persians crossed in April 480 BC.", "April 480 BC", "BC0480-04", "-0479-04"),
    ("The allies met again in the spring of 480 BC.", "the spring of 480 BC", "BC0480-SP", "-0479-21"),
    ("A congress met in late autumn of 481 BC.", "late autumn of 481 BC", "BC0481-FA", "-0480-23"),
    ("The peace is dated to ca. 466 BC.", "ca. 466 BC", "BC0466", "-0465~"),
    ("Carthage was founded in the 9th century BC.", "the 9th century BC", "BC08", "-0898/-0799"),  # TIMEX2 digits: 899-800 BC
    ("Even during the 4th century BC the treaty was doubted.", "the 4th century BC", "BC03", "-0398/-0299"),
    ("The league fought throughout the 470s BC.", "the 470s BC", "BC047", "-0478/-0469"),
    ("Varus lost three legions in AD 9.", "AD 9", "0009", "0009"),
    ("The emperor died in 14 CE.", "14 CE", "0014", "0014"),
    ("The temple was first built in 555 AD.", "555 AD", "0555", "0555"),
    ("It was built in the second century AD.", "the second century AD", "01", "01XX"),
])
def test_era_mentions_get_timex2_values_and_astronomical_edtf(text, mention, value, edtf):
    assert found(text)[mention] == (value, edtf)


@pytest.mark.parametrize("text", [
    "She lives in Vancouver, BC with her family.",
    "BC Hydro raised its rates.",
    "A.D. Miller wrote the novel.",
    "The CE mark on the label is required.",
    "late 2 bc traffic was bad",  # chat: "because"
    "They ran 30 ad spots.",
    "See page 490 BCE for the table.",
])
def test_era_words_that_are_not_eras_find_nothing(text):
    assert extract(text, DOWNLOAD) == []


def test_a_range_of_years_bc_is_two_years_as_timex2_marks_them():
    got = found("The Ionian Revolt (499-493 BC) lasted from 499 to 493 BC. Sparta helped in 396-395 BC.")
    assert got["499"] == ("BC0499", "-0498")
    assert got["493 BC"] == ("BC0493", "-0492")
    assert got["396"] == ("BC0396", "-0395")
    assert got["395 BC"] == ("BC0395", "-0394")


def test_story_time_counts_forwards_through_years_bc():
    text = ("In 490 BC the Persians landed at Marathon. The following year, Miltiades attacked Paros. "
            "A decade earlier, the Ionians had revolted. In the following decade, Athens built a fleet.")
    got = found(text)
    assert got["The following year"][0] == "BC0489"  # not 491 BC: time runs towards year 1
    assert got["A decade earlier"][0] == "BC0499"  # ten years before 489 BC
    assert got["the following decade"][0] == "BC047"  # after the 480s BC


def test_a_year_bc_sets_the_story_for_yearless_dates_and_seasons():
    text = ("In 480 BC the Persians marched south. They reached Thermopylae in mid-August. "
            "That winter the fleet stayed at Sardis.")
    got = found(text)
    assert got["mid-August"] == ("BC0480-08", "-0479-08")
    # a winter BC runs into the next year (480 into 479 BC): TIMEX2 names it by its January
    assert got["That winter"] == ("BC0479-WI", "-0479-24")


def test_a_bc_history_is_told_in_the_past_not_in_the_download_year():
    got = found("In 264 BC Rome and Carthage went to war. In September the consuls crossed to Sicily.")
    assert got["September"][0] == "BC0264-09"


def test_mirror_years_round_trip_and_line_up_decades_and_centuries():
    for bc in (1, 9, 10, 99, 100, 490, 3999):
        assert eras.public(f"{eras.mirror_year(bc):04d}", None)[0] == f"BC{bc:04d}"
        assert eras.astro(eras.mirror_year(bc)) == 1 - bc
    assert eras.public(str(eras.mirror_decade(48)), None)[0] == "BC048"
    assert eras.public(f"{eras.mirror_century(4):02d}", None)[0] == "BC04"
    assert eras.public("2024-06", "2024-06") == ("2024-06", "2024-06")  # real years pass through


# ---------------------------------------------------------------- days before year 1
def test_bcday_sorts_compares_and_counts_like_a_date():
    marathon, last_bc, ad1 = BCDay(-489, 9, 12), BCDay(0, 12, 31), date(1, 1, 1)
    assert sorted([date(2024, 1, 1), ad1, last_bc, marathon, date.min]) == [marathon, last_bc, ad1, date.min, date(2024, 1, 1)]
    assert ad1 > last_bc and last_bc < ad1 and marathon <= marathon and not marathon == ad1
    assert (ad1 - last_bc).days == 1
    assert (ad1 - BCDay(0, 1, 1)).days == 366 and (BCDay(0, 1, 1) - BCDay(-1, 1, 1)).days == 365  # 1 BC is leap
    assert last_bc + timedelta(days=1) == ad1
    assert marathon.year == -489 and marathon.isoformat() == "-0489-09-12"
    assert pickle.loads(pickle.dumps(marathon)) == marathon


def test_bc_ordinals_are_continuous_across_the_era_boundary():
    for n in range(-800, 400, 7):
        day = day_from_ordinal(n)
        assert day.toordinal() == n
        assert day_from_ordinal(n + 1) == day + timedelta(days=1)
    assert day_from_ordinal(0) == BCDay(0, 12, 31) and day_from_ordinal(1) == date(1, 1, 1)
    assert make_day(-4, 2, 29).isoformat() == "-0004-02-29"  # 5 BC is a leap year (proleptic)
    with pytest.raises(ValueError):
        make_day(-3, 2, 29)


def test_year_labels_have_no_year_zero():
    assert [year_label(y) for y in (-489, 0, 1, 2024)] == ["490 BC", "1 BC", "1", "2024"]
    assert year_label(9, ad=True) == "AD 9"


# ---------------------------------------------------------------- EDTF values
@pytest.mark.parametrize(("value", "shown"), [
    ("-0489", "490 BC"),
    ("-0490", "491 BC"),
    ("0000", "1 BC"),
    ("-0489-09-12", "12 Sep 490 BC"),
    ("-0479-21", "Spring 480 BC"),
    ("-0480-24", "Winter 481–480 BC"),
    ("-0489~", "~490 BC"),
    ("-0498/-0399", "499–400 BC"),
    ("-0026/0014", "27 BC – AD 14"),
    ("../-0489", "on or before 490 BC"),
])
def test_bc_values_are_read_and_shown_with_their_era(value, shown):
    assert format_when(value) == shown
    assert era_label(value) == f" ({shown})"


def test_bc_bounds_are_bc_days_and_an_open_start_reaches_before_them():
    w = parse_when("-0489")
    assert (w.earliest, w.latest) == (BCDay(-489, 1, 1), BCDay(-489, 12, 31))
    assert parse_when("../-0489").earliest < BCDay(-489, 1, 1)
    assert era_label("2024-10") == "" and era_label("../2024-10-06") == ""


@pytest.mark.parametrize(("typed", "edtf"), [
    ("490 BC", "-0489"), ("490 BCE", "-0489"), ("490 B.C.", "-0489"), ("AD 9", "0009"),
    ("9 AD", "0009"), ("9 CE", "0009"), ("12 Sep 490 BC", "-0489-09-12"), ("Sep 490 BC", "-0489-09"),
    ("c. 490 BC", "-0489~"), ("500 BC to 490 BC", "-0499/-0489"), ("500-490 BC", "-0499/-0489"),
    ("27 BC – AD 14", "-0026/0014"), ("the 5th century BC", "-0498/-0399"), ("-0490", "-0490"),
])
def test_dates_people_type_with_an_era(typed, edtf):
    assert parse_user_date(typed) == edtf


@pytest.mark.parametrize(("typed", "reason"), [
    ("0 BC", "no year 0"), ("-048X", "no X digits before year 1"), ("00XX", "reaches year 0"),
])
def test_era_dates_that_cannot_be_read_say_why(typed, reason):
    with pytest.raises(DateError) as info:
        parse_user_date(typed)
    assert reason in info.value.message


# ---------------------------------------------------------------- through the CLI
@pytest.fixture
def bc_store(tl):
    for text, when in (("Moon landing", "1969-07-20"), ("Battle of Marathon", "490 BC"),
                       ("Varus loses three legions", "AD 9"), ("Something older", "-0490"),
                       ("Augustus reigns", "27 BC to AD 14"), ("Thermopylae", "-0479-08")):
        result = tl("add", text, "--when", when)
        assert result.exit_code == 0, result.output
    return tl


def test_add_when_accepts_astronomical_and_bc_years_and_show_sorts_them(bc_store):
    out = bc_store("show").stdout.splitlines()
    assert [line.split("\t")[:2] for line in out] == [
        ["-0490", "Something older"], ["-0489", "Battle of Marathon"], ["-0479-08", "Thermopylae"],
        ["-0026/0014", "Augustus reigns"], ["0009", "Varus loses three legions"],
        ["1969-07-20", "Moon landing"]]


def test_show_says_the_era_beside_astronomical_years(bc_store):
    oneline = bc_store("show", "--oneline").stdout
    assert "-0490 (491 BC)" in oneline and "-0026/0014 (27 BC – AD 14)" in oneline
    assert "1969-07-20 " in oneline and "(AD" not in oneline.split("\n")[-2]
    event_id = next(line.split("\t")[5] for line in bc_store("show").stdout.splitlines() if "Marathon" in line)
    assert "-0489 (490 BC)" in bc_store("show", event_id).stdout
    rich = bc_store("--color", "never", "show", "--format", "rich", env={"COLUMNS": "100"}).stdout
    assert "490 BC" in rich and "Aug 480 BC" in rich and "27 BC – AD 14" in rich and "-489" not in rich


@pytest.mark.parametrize(("args", "texts"), [
    (("--since", "485 BC"), ["Thermopylae", "Augustus reigns", "Varus loses three legions", "Moon landing"]),
    (("--until", "490 BC"), ["Something older", "Battle of Marathon"]),
    (("--since", "480 BC", "--until", "AD 1"), ["Thermopylae", "Augustus reigns"]),
    (("--on", "-0489"), ["Battle of Marathon"]),
])
def test_filters_read_eras(bc_store, args, texts):
    out = bc_store("show", *args).stdout.splitlines()
    assert [line.split("\t")[1] for line in out] == texts


def test_exports_keep_edtf_and_sort_bc_first(bc_store):
    rows = json.loads(bc_store("export", "--format", "json").stdout)
    assert [(r["when"], r["start"], r["end"]) for r in rows[:2]] == [
        ("-0490", "-0490-01-01", "-0490-12-31"), ("-0489", "-0489-01-01", "-0489-12-31")]
    raw = bc_store("export", "--format", "csv", "--raw").stdout
    assert "\n" + rows[1]["id"] + ",-0489,-0489-01-01,-0489-12-31,Battle of Marathon" in raw
    # defused: a spreadsheet would compute -0489-01-01 as a subtraction
    assert ",'-0489,'-0489-01-01," in bc_store("export", "--format", "csv").stdout
    assert "| 490 BC | Battle of Marathon |" in bc_store("export", "--format", "md").stdout
    tljs = json.loads(bc_store("export", "--format", "timelinejs").stdout)["events"]
    assert (tljs[1]["start_date"], tljs[1]["display_date"]) == ({"year": "-489"}, "490 BC")
    html = bc_store("export", "--format", "html").stdout
    # the page's data says 490 BC (its script draws it: tests/test_html_browser.py)
    assert '"490 BC"' in html and "datetime=\"-" not in html and "1 Jan 491 BC to" in html


def test_ics_leaves_bc_events_out_and_says_so(bc_store):
    result = bc_store("export", "--format", "ics")
    assert result.exit_code == 0
    assert result.stdout.count("BEGIN:VEVENT") == 2  # AD 9 and the Moon landing
    assert "DTSTART;VALUE=DATE:00090101" in result.stdout
    assert "left out 4 event(s) dated before year 1" in result.stderr


def test_extract_and_ingest_a_history_bc(tl, tmp_path):
    doc = tmp_path / "marathon.txt"
    doc.write_text("Date: 2009-12-19\n\nThe Battle of Marathon was fought in 490 BC. "
                   "The following year, Miltiades attacked Paros.\n")
    lines = [json.loads(line) for line in tl("extract", str(doc), "--format", "jsonl").stdout.splitlines()]
    assert [(r["text"], r["value"], r["edtf"]) for r in lines[1:]] == [
        ("490 BC", "BC0490", "-0489"), ("The following year", "BC0489", "-0488")]
    assert tl("ingest", str(doc)).exit_code == 0
    assert [line.split("\t")[0] for line in tl("show").stdout.splitlines()] == ["-0489", "-0488"]


def test_texts_without_an_era_word_skip_the_era_rules_and_find_the_same():
    from timeline_cli.temporal.extract import compiled

    c = compiled("en")
    assert c.scanner("The battle was fought in 490 BC.") is c.pattern
    assert c.scanner("Prices rose in 2019, the CEO said on Monday.") is c.lite
    news = "the talks resume on monday, nov. 4, and end by april 7, 2025, in the 1990s and the 20th century."
    for pos in range(len(news)):
        full, lite = c.pattern.match(news, pos), c.lite.match(news, pos)
        assert (full and (full.span(), full.lastgroup)) == (lite and (lite.span(), lite.lastgroup))
