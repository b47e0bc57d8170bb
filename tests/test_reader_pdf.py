"""The PDF reader on real PDFs written at test time by fpdf2 (and pypdf's writer for the
encrypted and bomb copies): text in reading order, de-hyphenation, pages, running headers and
page numbers gone, metadata, and a one-line InputError for each file it cannot read."""

from __future__ import annotations

import io
import zlib
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

pytest.importorskip("fpdf")
pypdf = pytest.importorskip("pypdf")

from fpdf import FPDF  # noqa: E402

from timeline_cli.errors import InputError  # noqa: E402
from timeline_cli.readers import get_reader, reader_for  # noqa: E402
from timeline_cli.readers import pdf as pdf_reader  # noqa: E402

PAGES = [
    "On 12 March 2019 the harbour authority opened the new container terminal. The terminal "
    "was a well-known project of the inter-\nnational shipping community.",
    "On 4 June 2020 the northern quay was closed for repairs after a storm damaged "
    "the breakwater.",
    "On 1 February 2021 the northern quay reopened to traffic, the authority said.",
]


class _Report(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", size=9)
        self.cell(0, 8, "Harbour Authority - Annual Review", align="C")
        self.ln(12)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=9)
        self.cell(0, 8, str(self.page_no()), align="C")


def make_report(first_page_date: str = "", pages: list[str] = PAGES) -> bytes:
    """A multi-page report: a running header, a page number at the foot, a dated paragraph per
    page, a word hyphenated over a line end (the explicit newline), metadata."""
    doc = _Report()
    doc.set_title("Port Operations Review")
    doc.set_author("Harbour Authority")
    doc.set_creation_date(datetime(2023, 5, 17, 9, 30, tzinfo=timezone.utc))
    doc.set_font("Helvetica", size=12)
    for number, text in enumerate(pages):
        doc.add_page()
        if number == 0 and first_page_date:
            doc.multi_cell(0, 6, first_page_date)
            doc.ln(4)
        doc.multi_cell(0, 6, text)
    return bytes(doc.output())


def read(data: bytes, origin: str = "report.pdf"):
    docs = pdf_reader.read(data, origin=origin)
    assert len(docs) == 1
    return docs[0]


def test_text_pages_and_metadata() -> None:
    doc = read(make_report())
    # the running header and the page numbers are gone, each page's paragraph is there in order
    assert "Annual Review" not in doc.text
    assert not any(line.strip().isdigit() for line in doc.text.splitlines())
    positions = [doc.text.index(text.split(" the ")[0]) for text in PAGES]
    assert positions == sorted(positions)
    # de-hyphenation across the line end; the real hyphen kept
    assert "international shipping" in doc.text
    assert "inter-" not in doc.text
    assert "well-known" in doc.text
    # a page offset per page, each pointing at the page's own paragraph
    assert len(doc.pages) == 3 and doc.pages[0] == 0
    assert doc.page_of(doc.text.index("12 March 2019")) == 1
    assert doc.page_of(doc.text.index("4 June 2020")) == 2
    assert doc.page_of(doc.text.index("1 February 2021")) == 3
    assert doc.title == "Port Operations Review"
    assert doc.author == "Harbour Authority"
    # no date printed on the first page: the file's CreationDate stands in
    assert doc.published == date(2023, 5, 17)
    assert doc.published_how == "PDF CreationDate" and doc.published_weak
    assert doc.part == "" and doc.url == ""


def test_a_date_printed_on_the_first_page_wins_over_creation_date() -> None:
    doc = read(make_report(first_page_date="18 January 2022"))
    # left to ingest, which finds the printed date in the text as for any document
    assert doc.published is None and doc.published_how == ""
    assert doc.text.startswith("18 January 2022")


def test_a_hyphenated_word_over_a_page_break_is_joined_on_the_first_page() -> None:
    doc = read(make_report(pages=["The quay was closed for a thorough recon-", "struction of the breakwater. It reopened."]))
    assert "reconstruction" in doc.text.split() and "recon-" not in doc.text
    assert doc.page_of(doc.text.index("reconstruction")) == 1
    assert doc.page_of(doc.text.index("It reopened")) == 2


def test_two_columns_are_read_one_after_the_other() -> None:
    doc = FPDF()
    doc.add_page()
    doc.set_font("Helvetica", size=11)
    with doc.text_columns(ncols=2, gutter=10) as cols:
        cols.write(text="On 2 May 2018 the council approved the plan for the new bridge. " * 5)
        cols.new_column()
        cols.write(text="On 9 July 2019 construction began on the northern bank. " * 5)
    text = read(bytes(doc.output())).text
    # the left column whole, then the right one: lines of the two are not interleaved
    assert text.rindex("2 May 2018") < text.index("9 July 2019")


def test_placeholder_metadata_is_not_a_title_or_author() -> None:
    doc = FPDF()
    doc.set_title("Microsoft Word - quay-report.docx")
    doc.set_author("Microsoft Office User")
    doc.set_font("Helvetica", size=12)
    doc.add_page()
    doc.multi_cell(0, 6, "On 4 June 2020 the northern quay was closed.")
    got = read(bytes(doc.output()))
    assert got.title == "" and got.author == ""


def test_page_number_variants_and_years_at_the_edge() -> None:
    pages = ["Body one.\nPage 1 of 3", "Body two.\n- 2 -", "Body three.\n2019"]
    text, offsets = pdf_reader._assemble(pages)
    assert "Page 1" not in text and "- 2 -" not in text
    assert "2019" in text  # a year alone is not page 3's number
    assert offsets == (0, text.index("Body two"), text.index("Body three"))


def test_short_pages_whose_lines_differ_by_a_number_keep_their_text() -> None:
    # every page says the same thing about another terminal: body lines, not a running header
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for i in range(30):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"On 12 March 2019 the harbour authority opened terminal {i}. " * 3)
    doc = read(bytes(pdf.output()))
    for i in (0, 9, 10, 29):
        assert f"opened terminal {i}." in doc.text


def test_reader_for_and_sniff(tmp_path: Path) -> None:
    data = make_report()
    assert pdf_reader.sniff(data[:4096])
    assert not pdf_reader.sniff(b"A text about the %PDF- format.\n")
    assert reader_for("report.pdf", data[:4096]).NAME == "pdf"
    # by content: a PDF saved without its extension is still read as a PDF
    assert reader_for("download", data[:4096]).NAME == "pdf"
    module = get_reader("pdf")
    assert module.EXTENSIONS == (".pdf",) and module.EXTRA == "pdf"


# --- what it refuses -------------------------------------------------------------------------

def _one_line(exc: InputError) -> None:
    assert "\n" not in exc.message and exc.hint and "\n" not in exc.hint


def test_encrypted_pdf_is_refused_with_a_decrypt_hint() -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_report())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(InputError) as info:
        read(out.getvalue())
    assert "encrypted" in info.value.message
    assert "qpdf --decrypt" in info.value.hint
    _one_line(info.value)


def test_pdf_encrypted_with_an_empty_password_is_read() -> None:
    # "no printing"-style PDFs: an owner password only, the text opens without one
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_report())))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert "4 June 2020" in read(out.getvalue()).text


def test_scanned_pdf_without_text_names_ocr(tmp_path: Path) -> None:
    from PIL import Image

    image = tmp_path / "scan.png"
    Image.new("RGB", (200, 100), "white").save(image)
    doc = FPDF()
    doc.add_page()
    doc.image(str(image), x=10, y=10, w=180)
    doc.add_page()  # and a blank page
    with pytest.raises(InputError) as info:
        read(bytes(doc.output()))
    assert "no extractable text" in info.value.message
    assert "OCR" in info.value.hint and "ocrmypdf" in info.value.hint
    _one_line(info.value)


def test_truncated_and_garbage_pdfs_are_refused() -> None:
    data = make_report()
    for broken in (data[: len(data) // 3], data[:-200], b"%PDF-1.7\n" + b"\x00garbage" * 50, b"%PDF-",
                   b"%PDF-1.7\n" + b"\x00garbage" * 50 + b"\n%%EOF\n"):
        with pytest.raises(InputError) as info:
            read(broken)
        assert "PDF" in info.value.message
        _one_line(info.value)


def _bomb_pdf(content: bytes) -> bytes:
    """A one-page PDF with a font, whose page content is `content`, Flate-compressed."""
    from pypdf.generic import DictionaryObject, NameObject

    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(width=200, height=200)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    stream = pypdf.generic.StreamObject()
    stream.set_data(zlib.compress(content, 9))
    stream[pypdf.generic.NameObject("/Filter")] = pypdf.generic.NameObject("/FlateDecode")
    page[pypdf.generic.NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_decompression_bomb_is_refused() -> None:
    # 200 MB of blanks compressed to a few hundred KB: past pypdf's per-stream limit
    data = _bomb_pdf(b" " * 200_000_000)
    assert len(data) < 1_000_000
    with pytest.raises(InputError) as info:
        read(data)
    assert "too big" in info.value.message
    _one_line(info.value)


def test_text_cap_and_page_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_reader, "MAX_TEXT_CHARS", 100)
    with pytest.raises(InputError) as info:
        read(make_report())
    assert "too big" in info.value.message and "page 1" in info.value.message
    _one_line(info.value)
    monkeypatch.setattr(pdf_reader, "MAX_TEXT_CHARS", 10_000_000)
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2)
    with pytest.raises(InputError) as info:
        read(make_report())
    assert "3 pages" in info.value.message
    _one_line(info.value)


def test_missing_pypdf_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    data = make_report()
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.raises(InputError) as info:
        read(data)
    assert "timeline-cli[pdf]" in info.value.hint


def test_damaged_pdfs_give_documents_or_input_errors_and_print_nothing(capfd) -> None:
    import random

    rng = random.Random(14)
    data = make_report()
    for _ in range(200):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        try:
            read(bytes(damaged))
        except InputError as exc:
            _one_line(exc)
    # pypdf's log lines (repaired xrefs, unknown encodings with their whole table) stay quiet
    assert capfd.readouterr().err == ""


# --- through the CLI -------------------------------------------------------------------------

def _events(store: Path) -> list[dict]:
    import tomllib

    return tomllib.loads(store.read_text(encoding="utf-8"))["event"]


def test_cli_ingest_report_pdf(tl, tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(make_report())
    result = tl("ingest", str(report))
    assert result.exit_code == 0, result.stderr
    events = {e["when"]: e for e in _events(tl.store)}
    assert {"2019-03-12", "2020-06-04", "2021-02-01"} <= set(events)
    for event in events.values():
        assert event["source"].endswith("report.pdf")
        assert event["reported"] == date(2023, 5, 17)  # CreationDate: the first page prints none
        assert "Annual Review" not in event["text"]
    assert events["2020-06-04"]["text"].startswith("On 4 June 2020 the northern quay was closed")
    assert events["2021-02-01"]["by"] == "the authority"  # its own claimant wins over the metadata


def test_cli_ingest_pdf_dated_on_its_first_page(tl, tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(make_report(first_page_date="18 January 2022"))
    result = tl("ingest", str(report))
    assert result.exit_code == 0, result.stderr
    assert {e["reported"] for e in _events(tl.store)} == {date(2022, 1, 18)}


def test_cli_bad_pdfs_fail_with_one_line_and_nothing_written(tl, tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    good.write_bytes(make_report())
    assert tl("ingest", str(good)).exit_code == 0
    before = tl.store.read_bytes()
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_report())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    encrypted = io.BytesIO()
    writer.write(encrypted)
    bad = {
        "encrypted.pdf": (encrypted.getvalue(), "encrypted PDF"),
        "truncated.pdf": (make_report()[:-200], "truncated PDF"),
        "bomb.pdf": (_bomb_pdf(b" " * 200_000_000), "too big"),
        "blank.pdf": (bytes(_blank_pdf()), "no extractable text"),
    }
    for name, (data, message) in bad.items():
        path = tmp_path / name
        path.write_bytes(data)
        # next to a good document: the whole run fails, the store is as it was
        result = tl("ingest", str(tmp_path / "good.pdf"), str(path))
        assert result.exit_code == 1, name
        errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
        assert len(errors) == 1 and message in errors[0], result.stderr
        assert "Hint:" in result.stderr and "Traceback" not in result.output
        assert tl.store.read_bytes() == before


def _blank_pdf() -> bytearray:
    doc = FPDF()
    doc.add_page()
    return doc.output()
