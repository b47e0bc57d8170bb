"""The e-mail reader on real messages written at test time by Python's `email` package (and
`mailbox.mbox` for an mbox): body text without quoted replies or signature, Date:/From:/Subject:
as the document's date, author and title, one Document per mbox message, sniffing, and a
one-line InputError for a malformed e-mail."""

from __future__ import annotations

import mailbox
from datetime import date
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest
from _linear import assert_linear

from timeline_cli.errors import InputError
from timeline_cli.readers import get_reader, reader_for
from timeline_cli.readers import email as email_reader

BODY = """Hi all,

The board approved the merger on 3 March 2021. Closing is expected on 30 June 2021.

On Tue, 2 Mar 2021 at 09:12, Bob Stone <bob@example.com> wrote:
> Did the board vote on 1 March 2021?
> We need to know before 5 March 2021.

--\x20
Ann Lee | General Counsel | Call me on 4 March 2021
"""


def message(body: str = BODY, *, sender: str = "Ann Lee <ann@example.com>",
            date_header: str = "Wed, 03 Mar 2021 17:45:00 -0800", subject: str = "Re: Board vote",
            html: str | None = None, attachment: bytes | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Bob Stone <bob@example.com>"
    msg["Subject"] = subject
    msg["Date"] = date_header
    msg["Message-ID"] = make_msgid(idstring="vote", domain="example.com")
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    if attachment is not None:
        msg.add_attachment(attachment, maintype="application", subtype="octet-stream", filename="big.bin")
    return msg


def read(data: bytes, origin: str = "mail.eml"):
    return email_reader.read(data, origin=origin)


def test_eml_body_date_author_title(tmp_path: Path) -> None:
    path = tmp_path / "mail.eml"
    path.write_bytes(bytes(message()))
    [doc] = read(path.read_bytes())
    assert "approved the merger on 3 March 2021" in doc.text
    assert "Closing is expected on 30 June 2021." in doc.text
    # the quoted reply, its "On ... wrote:" line and the signature are gone
    assert "1 March 2021" not in doc.text and "5 March 2021" not in doc.text
    assert "wrote:" not in doc.text
    assert "General Counsel" not in doc.text and "4 March 2021" not in doc.text
    # the Date: as written, in the sender's zone (17:45 -0800 is 4 March in UTC)
    assert doc.published == date(2021, 3, 3)
    assert doc.published_how == "Date: header"
    assert doc.author == "Ann Lee"
    assert doc.title == "Re: Board vote"
    assert doc.part == ""  # a file holding one message


def test_author_is_the_address_without_a_display_name() -> None:
    [doc] = read(bytes(message(sender="ann@example.com")))
    assert doc.author == "ann@example.com"


def test_html_only_body_is_turned_into_text() -> None:
    html = ("<html><head><title>x</title><style>p{color:red}</style></head><body>"
            "<p>The plant closed on 9 May 2022.</p><p>It reopens in&nbsp;2023.</p>"
            "<script>alert('on 1 January 1999')</script>"
            "<div class='gmail_quote'>On Mon, Bob wrote:<blockquote>Was it 8 May 2022?</blockquote></div>"
            "</body></html>")
    msg = EmailMessage()
    msg["From"] = "Ann Lee <ann@example.com>"
    msg["Subject"] = "Plant"
    msg["Date"] = "Mon, 09 May 2022 10:00:00 +0000"
    msg.set_content(html, subtype="html")
    [doc] = read(bytes(msg))
    assert "The plant closed on 9 May 2022." in doc.text
    assert "It reopens in 2023." in doc.text
    assert "1999" not in doc.text and "8 May 2022" not in doc.text and "color" not in doc.text


def test_plain_text_preferred_and_attachments_not_read() -> None:
    blob = b"\x00" * 3_000_000
    msg = message(html="<p>HTML version on 1 April 2021</p>", attachment=blob)
    [doc] = read(bytes(msg))
    assert "approved the merger" in doc.text
    assert "HTML version" not in doc.text
    assert len(doc.text) < 1000


def test_outlook_original_message_block_is_dropped() -> None:
    body = ("We signed on 2 April 2021.\n\n-----Original Message-----\nFrom: Bob\n"
            "Sent: 1 April 2021\nWhen do we sign?\n")
    [doc] = read(bytes(message(body)))
    assert doc.text == "We signed on 2 April 2021."


def test_mbox_gives_one_document_per_message(tmp_path: Path) -> None:
    path = tmp_path / "box.mbox"
    box = mailbox.mbox(str(path))
    dates = ["Mon, 01 Feb 2021 08:00:00 +0000", "Tue, 02 Feb 2021 08:00:00 +0000",
             "Wed, 03 Feb 2021 08:00:00 +0000"]
    senders = ["Ann Lee <ann@example.com>", "Bob Stone <bob@example.com>", "carl@example.com"]
    ids = []
    for number, (when, sender) in enumerate(zip(dates, senders), 1):
        body = f"Message {number}: the shipment left on {number} February 2021.\nFrom here on it is late.\n"
        msg = message(body, sender=sender, date_header=when, subject=f"Shipment {number}")
        if number == 3:
            del msg["Message-ID"]
        else:
            ids.append(msg["Message-ID"].strip("<>"))
        box.add(msg)
    box.flush()
    box.close()
    data = path.read_bytes()
    assert b"\n>From here on" in data  # the writer escaped the body's "From " line
    docs = read(data, "box.mbox")
    assert [d.title for d in docs] == ["Shipment 1", "Shipment 2", "Shipment 3"]
    assert [d.author for d in docs] == ["Ann Lee", "Bob Stone", "carl@example.com"]
    assert [d.published for d in docs] == [date(2021, 2, 1), date(2021, 2, 2), date(2021, 2, 3)]
    assert [d.part for d in docs] == [ids[0], ids[1], "3"]
    assert docs[1].text == "Message 2: the shipment left on 2 February 2021.\nFrom here on it is late."
    assert reader_for("box.mbox", data[:4096]).NAME == "email"


def test_sniffing_and_reader_for() -> None:
    data = bytes(message())
    assert email_reader.sniff(data[:4096])
    # a .txt that is really an e-mail is read as one
    assert reader_for("notes.txt", data[:4096]).NAME == "email"
    assert reader_for("mail.eml", data[:4096]).NAME == "email"
    assert email_reader.sniff(b"From MAILER-DAEMON Fri Dec  4 23:40:00 2026\nFrom: a@b\n")
    # not e-mail: prose, a text's front matter, a sentence starting "From "
    assert not email_reader.sniff(b"From the start, the plan failed.\nIt was 2003.\n")
    assert not email_reader.sniff(b"Title: Report\nDate: 2024-11-06\n\nOn 1 May ...\n")
    assert not email_reader.sniff(b"The board met on 3 March 2021.\nSubject: vote\n")
    module = get_reader("email")
    assert module.EXTENSIONS == (".eml", ".mbox") and module.EXTRA == ""


# --- what it refuses -------------------------------------------------------------------------

def _one_line(exc: InputError) -> None:
    assert "\n" not in exc.message and exc.hint and "\n" not in exc.hint


@pytest.mark.parametrize("data", [
    b"",
    b"\x00\x01\x02 binary junk \xff\xfe",
    b"just a line of text without any header\n\nand a body\n",
    # a multipart whose boundary never appears
    b"From: a@example.com\nSubject: x\nDate: Mon, 01 Feb 2021 08:00:00 +0000\nMIME-Version: 1.0\n"
    b"Content-Type: multipart/mixed; boundary=\"XYZ\"\n\nno parts here at all\n",
    # headers only, nothing but an attachment
    bytes(message(attachment=b"data")).replace(b"Content-Type: text/plain", b"Content-Type: image/png"),
])
def test_malformed_email_is_one_line_error(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        read(data)
    _one_line(info.value)
    assert "mail.eml" in info.value.message


def test_unparseable_date_leaves_published_empty() -> None:
    [doc] = read(bytes(message(date_header="sometime last week")))
    assert doc.published is None and doc.published_how == ""


def test_mbox_is_split_in_linear_time() -> None:
    one = b"From ann@example.com Wed Mar  3 17:45:00 2021\n" + bytes(message("The vote was on 3 March 2021.\n")) + b"\n"
    assert len(read(one * 300, "big.mbox")) == 300
    # doubling the messages must not quadruple the time (a ratio, not a clock)
    assert_linear(lambda data: read(data, "big.mbox"), lambda n: one * n, what="mbox split", n=64, max_n=1 << 14)


def test_damaged_emails_give_documents_or_input_errors() -> None:
    import random

    rng = random.Random(14)
    data = bytes(message(html="<p>Signed on 1 May 2020</p>", attachment=b"abc" * 500))
    for cut in range(0, len(data), 37):
        try:
            read(data[:cut])
        except InputError as exc:
            _one_line(exc)
    for _ in range(200):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 30)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        try:
            read(bytes(damaged))
        except InputError as exc:
            _one_line(exc)


# --- through the CLI -------------------------------------------------------------------------

def _events(store: Path) -> list[dict]:
    import tomllib

    return tomllib.loads(store.read_text(encoding="utf-8"))["event"]


def test_cli_ingest_eml(tl, tmp_path: Path) -> None:
    body = ("The board approved the merger on 3 March 2021. The regulator said on 1 March 2021 "
            "that it had no objection.\n\n> Did the board vote on 2 March 2021?\n")
    path = tmp_path / "mail.eml"
    path.write_bytes(bytes(message(body)))
    result = tl("ingest", str(path))
    assert result.exit_code == 0, result.stderr
    events = {e["when"]: e for e in _events(tl.store)}
    assert set(events) == {"2021-03-03", "2021-03-01"}  # not the quoted 2 March
    assert all(e["reported"] == date(2021, 3, 3) for e in events.values())  # the Date: header
    assert events["2021-03-03"]["by"] == "Ann Lee"  # no claimant of its own: the sender
    assert events["2021-03-01"]["by"] == "The regulator"
    assert all(e["source"].endswith("mail.eml") for e in events.values())


def test_cli_ingest_mbox(tl, tmp_path: Path) -> None:
    path = tmp_path / "box.mbox"
    box = mailbox.mbox(str(path))
    for number, sender in enumerate(["Ann Lee <ann@example.com>", "Bob Stone <bob@example.com>",
                                     "carl@example.com"], 1):
        box.add(message(f"The shipment left Rotterdam on {number} February 2021.\n", sender=sender,
                        date_header=f"Mon, 0{number + 3} Feb 2021 08:00:00 +0000", subject=f"Shipment {number}"))
    box.close()
    result = tl("ingest", str(path))
    assert result.exit_code == 0, result.stderr
    events = sorted(_events(tl.store), key=lambda e: e["when"])
    assert [e["when"] for e in events] == ["2021-02-01", "2021-02-02", "2021-02-03"]
    assert [e["by"] for e in events] == ["Ann Lee", "Bob Stone", "carl@example.com"]
    assert [e["reported"] for e in events] == [date(2021, 2, 4), date(2021, 2, 5), date(2021, 2, 6)]
    # each message is its own source: the file and the message's part
    assert len({e["source"] for e in events}) == 3
    assert all(e["source"].split("#")[0].endswith("box.mbox") for e in events)


def test_cli_ingest_an_email_saved_as_txt(tl, tmp_path: Path) -> None:
    path = tmp_path / "forwarded.txt"
    path.write_bytes(bytes(message("The plant closed on 9 May 2022.\n")))
    result = tl("ingest", str(path))
    assert result.exit_code == 0, result.stderr
    [event] = _events(tl.store)
    assert event["by"] == "Ann Lee" and event["reported"] == date(2021, 3, 3)
    assert "Subject" not in event["text"]


def test_cli_malformed_email_fails_with_one_line_and_nothing_written(tl, tmp_path: Path) -> None:
    good = tmp_path / "good.eml"
    good.write_bytes(bytes(message()))
    bad = tmp_path / "bad.eml"
    bad.write_bytes(b"From: a@example.com\nSubject: x\nDate: Mon, 01 Feb 2021 08:00:00 +0000\n"
                    b"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"XYZ\"\n\nno parts\n")
    result = tl("ingest", str(good), str(bad))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "malformed e-mail" in errors[0], result.stderr
    assert "Hint:" in result.stderr and "Traceback" not in result.output
    assert not tl.store.exists()


def test_cli_ingest_a_folder_of_pdf_and_mail_with_two_jobs(tl, tmp_path: Path) -> None:
    pytest.importorskip("fpdf")
    from test_reader_pdf import make_report

    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(make_report())
    (folder / "mail.eml").write_bytes(bytes(message()))
    box = mailbox.mbox(str(folder / "box.mbox"))
    box.add(message("The shipment left Rotterdam on 1 February 2021.\n", subject="Shipment"))
    box.close()
    result = tl("ingest", str(folder), "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    sources = {e["source"].split("#")[0].rsplit("/", 1)[-1] for e in _events(tl.store)}
    assert sources == {"report.pdf", "mail.eml", "box.mbox"}


BROKEN = (b"From: a@example.com\nSubject: x\nDate: Mon, 01 Feb 2021 08:00:00 +0000\n"
          b"Message-ID: <broken-7@example.com>\nMIME-Version: 1.0\n"
          b"Content-Type: multipart/mixed; boundary=\"XYZ\"\n\nThe port closed on 3 March 2021.\n")


def _mbox_with(path: Path, messages: list[bytes]) -> None:
    """An mbox written as mail tools write one: a "From " line before each message."""
    with open(path, "wb") as fh:
        for raw in messages:
            fh.write(b"From sender@example.com Mon Feb  1 08:00:00 2021\n" + raw.rstrip(b"\n") + b"\n\n")


def test_cli_mbox_skips_a_malformed_message_with_a_warning_naming_it(tl, tmp_path: Path) -> None:
    path = tmp_path / "box.mbox"
    good = [bytes(message(f"The shipment left Rotterdam on {n} February 2021.\n", subject=f"Shipment {n}",
                          date_header=f"Mon, 0{n + 3} Feb 2021 08:00:00 +0000")) for n in (1, 2)]
    _mbox_with(path, [good[0], BROKEN, good[1]])
    result = tl("ingest", str(path))
    assert result.exit_code == 0, result.stderr
    assert sorted(e["when"] for e in _events(tl.store)) == ["2021-02-01", "2021-02-02"]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1, result.stderr
    assert "(message 2, broken-7@example.com)" in warnings[0] and "malformed e-mail" in warnings[0]
    assert warnings[0].endswith("skipped")
    assert "ingested 2 events from 2 documents" in result.stderr
    # extract reads the mailbox the same way, and says the same
    result = tl("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 0 and "(message 2, broken-7@example.com)" in result.stderr
    assert '"2021-02-01"' in result.stdout and "3 March" not in result.stdout


def test_cli_mbox_of_malformed_messages_only_fails_and_writes_nothing(tl, tmp_path: Path) -> None:
    path = tmp_path / "box.mbox"
    _mbox_with(path, [BROKEN, BROKEN.replace(b"broken-7", b"broken-8")])
    result = tl("ingest", str(path))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "no message that can be read (2 malformed" in errors[0], result.stderr
    assert "Traceback" not in result.stderr
    assert not tl.store.exists()


# A forwarded message is another sender's words on another day: a document of its own.
FORWARDING = """Hi all, see below.

The council approved the harbour plan yesterday after a six-hour debate.

---------- Forwarded message ---------
From: Tom Reyes <tom@example.org>
Date: Fri, 8 Mar 2024 at 17:02
Subject: Harbour vote
To: Ann Lee <ann@example.com>

The vote is set for Monday.
"""


def test_a_forwarded_message_is_read_as_its_senders_on_its_day() -> None:
    own, forwarded = email_reader.split_forwarded(FORWARDING)
    assert "Forwarded message" not in own and "The council approved" in own
    [(headers, text)] = forwarded
    assert headers["from"] == "Tom Reyes <tom@example.org>" and headers["subject"] == "Harbour vote"
    assert text.strip() == "The vote is set for Monday."
    docs = read(bytes(message(FORWARDING, date_header="Tue, 12 Mar 2024 09:15:00 +0000")))
    assert [(d.author, d.published, d.part, d.title) for d in docs] == [
        ("Ann Lee", date(2024, 3, 12), "", "Re: Board vote"),
        ("Tom Reyes", date(2024, 3, 8), "forwarded-1", "Harbour vote")]


@pytest.mark.parametrize("value, day", [
    ("Fri, 8 Mar 2024 at 17:02", date(2024, 3, 8)),            # Gmail
    ("March 8, 2024 at 5:02:11 PM EST", date(2024, 3, 8)),     # Apple Mail
    ("Fri, 08 Mar 2024 17:02:00 +0000", date(2024, 3, 8)),     # RFC 2822
    ("Monday", None), ("", None), ("soon", None),              # must not: no day of its own
])
def test_a_forwarded_date_is_read_as_mail_clients_write_it(value, day) -> None:
    assert email_reader._forwarded_date(value) == day


@pytest.mark.parametrize("how", ["in the body", "as an attachment"])
def test_cli_ingest_of_a_forward_dates_and_claims_each_message_by_its_own_headers(tl, tmp_path: Path,
                                                                                   how: str) -> None:
    path = tmp_path / "fwd.eml"
    path.write_bytes(bytes(message(FORWARDING, date_header="Tue, 12 Mar 2024 09:15:00 +0000"))
                     if how == "in the body" else FORWARDED_AS_ATTACHMENT)
    result = tl("ingest", str(path))
    assert result.exit_code == 0, result.stderr
    assert "warn" not in result.stderr.lower(), result.stderr  # no warning from a date library
    events = {e["text"]: e for e in _events(tl.store)}
    vote = events["The vote is set for Monday."]
    assert (vote["when"], vote["by"], vote["reported"]) == ("2024-03-11", "Tom Reyes", date(2024, 3, 8))
    assert vote["source"].endswith("fwd.eml#forwarded-1")
    council = events["The council approved the harbour plan yesterday after a six-hour debate."]
    assert (council["when"], council["by"]) == ("2024-03-11", "Ann Lee")
    assert not any("Forwarded message" in text for text in events)


@pytest.mark.parametrize(("sender", "author"), [
    ('"\\"Jane Doe\\"" <jane@example.org>', "Jane Doe"),      # quotes inside the quoting
    ("\u201cJane Doe\u201d <jane@example.org>", "Jane Doe"),   # curly ones
    ("'Jane Doe' <jane@example.org>", "Jane Doe"),                # single ones
    ('"\\"\\"" <jane@example.org>', "jane@example.org"),        # nothing but quotes: the address
    ("Jane O'Brien <jane@example.org>", "Jane O'Brien"),        # a quote inside a name stays
    ('"Jane \\"JD\\" Doe" <jane@example.org>', 'Jane "JD" Doe'),
])
def test_quote_marks_around_a_display_name_are_not_the_claimants(sender, author) -> None:
    [doc] = read(bytes(message(sender=sender)))
    assert doc.author == author
    forwarded = FORWARDING.replace("Tom Reyes <tom@example.org>", sender)
    assert read(bytes(message(forwarded)))[1].author == author  # and a forwarded From:


# A message forwarded as an attachment (Thunderbird's "Forward As Attachment", Outlook's
# attached item, Apple Mail's "Forward as Attachment"): a message/rfc822 part, read as a
# message forwarded in the body is: a document of its own, its From: and Date: its own.
FORWARDED_AS_ATTACHMENT = b"""From: Ann Lee <ann@example.com>
To: Bob Stone <bob@example.com>
Subject: Fwd: Harbour vote
Date: Tue, 12 Mar 2024 09:15:00 +0000
Message-ID: <fwd-1@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="------------0aB3cD4eF5gH6iJ7kL8mN9oP"

This is a multi-part message in MIME format.
--------------0aB3cD4eF5gH6iJ7kL8mN9oP
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

The council approved the harbour plan yesterday after a six-hour debate.

--------------0aB3cD4eF5gH6iJ7kL8mN9oP
Content-Type: message/rfc822; name="Harbour vote.eml"
Content-Disposition: attachment; filename="Harbour vote.eml"

Return-Path: <tom@example.org>
From: Tom Reyes <tom@example.org>
To: Ann Lee <ann@example.com>
Subject: Harbour vote
Date: Fri, 08 Mar 2024 17:02:00 +0000
Message-ID: <vote-8@example.org>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000e1f2a3b4c5d6"

--000000000000e1f2a3b4c5d6
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

The vote is set for Monday.

--000000000000e1f2a3b4c5d6
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">The vote is set for Monday.</div>

--000000000000e1f2a3b4c5d6--

--------------0aB3cD4eF5gH6iJ7kL8mN9oP--
""".replace(b"\n", b"\r\n")


def test_a_message_forwarded_as_an_attachment_is_read_as_its_senders_on_its_day() -> None:
    docs = read(FORWARDED_AS_ATTACHMENT)
    assert [(d.author, d.published, d.published_how, d.part, d.title) for d in docs] == [
        ("Ann Lee", date(2024, 3, 12), "Date: header", "", "Fwd: Harbour vote"),
        ("Tom Reyes", date(2024, 3, 8), "forwarded Date:", "forwarded-1", "Harbour vote")]
    assert docs[1].text.strip() == "The vote is set for Monday."  # the plain part, once
    assert "Monday" not in docs[0].text


def test_a_message_forwarded_with_an_empty_body_of_its_own_gives_the_attached_one() -> None:
    bare = FORWARDED_AS_ATTACHMENT.replace(
        b"The council approved the harbour plan yesterday after a six-hour debate.\r\n", b"")
    docs = read(bare)
    assert [(d.author, d.part) for d in docs] == [("Tom Reyes", "forwarded-1")]


def test_an_attached_message_that_cannot_be_read_leaves_the_message_read() -> None:
    # must not: an attached message without headers, or only an image, costs the message
    # nothing and adds no document; a file attached as application/octet-stream is not read.
    for inner in (b"just some words on 4 May 2024\r\n",
                  b"From: Tom Reyes <tom@example.org>\r\nDate: Fri, 08 Mar 2024 17:02:00 +0000\r\n"
                  b"Content-Type: image/png\r\n\r\niVBORw0KGgo=\r\n"):
        start = FORWARDED_AS_ATTACHMENT.index(b"Return-Path:")
        end = FORWARDED_AS_ATTACHMENT.index(b"\r\n--------------0aB3cD4eF5gH6iJ7kL8mN9oP--")
        docs = read(FORWARDED_AS_ATTACHMENT[:start] + inner + FORWARDED_AS_ATTACHMENT[end:])
        assert [d.author for d in docs] == ["Ann Lee"]
    as_file = FORWARDED_AS_ATTACHMENT.replace(b'Content-Type: message/rfc822; name="Harbour vote.eml"',
                                              b'Content-Type: application/octet-stream; name="Harbour vote.eml"')
    assert [d.author for d in read(as_file)] == ["Ann Lee"]


def test_messages_attached_inside_attached_messages_are_read_to_a_bounded_depth() -> None:
    inner = FORWARDED_AS_ATTACHMENT[FORWARDED_AS_ATTACHMENT.index(b"Return-Path:"):
                                    FORWARDED_AS_ATTACHMENT.index(b"\r\n--------------0aB3cD4eF5gH6iJ7kL8mN9oP--")]
    data = inner
    for depth in range(50):  # each level forwards the one before as an attachment
        boundary = f"b{depth}".encode()
        data = (b"From: L%d <l%d@example.com>\r\nDate: Tue, 12 Mar 2024 09:15:00 +0000\r\n" % (depth, depth)
                + b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"" + boundary + b"\"\r\n\r\n--"
                + boundary + b"\r\nContent-Type: text/plain\r\n\r\nLevel %d.\r\n--" % depth + boundary
                + b"\r\nContent-Type: message/rfc822\r\n\r\n" + data + b"\r\n--" + boundary + b"--\r\n")
    docs = read(data)
    assert docs[0].author == "L49" and docs[1].part == "forwarded-1" and docs[2].part == "forwarded-1/forwarded-1"
    assert len(docs) <= 10
