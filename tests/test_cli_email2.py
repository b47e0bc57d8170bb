"""E-mail in bounded memory and time (session 20, email2): a message's attachments are never
held parsed (a 100 MB .eml with a 95 MB attachment peaked at 0.9 GB), its MIME parts are read
up to a cap with a warning naming how many were left out (100,000 parts: ~35 s, no cap), and an
mbox costs memory flat per message. The events are those of the message read whole."""

from __future__ import annotations

import os
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest
from test_cli_redteam4 import run
from test_hostile import _peak_rss

from timeline_cli.readers import email as email_reader

HEAD = ("From: Ann Lee <ann@example.com>\nSubject: Parts\nDate: Mon, 6 May 2024 10:00:00 +0000\n"
        "Message-ID: <parts@example.com>\nMIME-Version: 1.0\n")


def many_parts(n: int, *, text_at: int = 0) -> bytes:
    """A multipart/mixed message of N parts: small attachments, the text part at TEXT_AT."""
    out = [HEAD + "Content-Type: multipart/mixed; boundary=B0\n\npreamble\n"]
    for i in range(n):
        if i == text_at:
            out.append("--B0\nContent-Type: text/plain\n\nThe board approved the merger on 3 March 2021.\n")
        else:
            out.append(f"--B0\nContent-Type: application/octet-stream\nContent-Disposition: attachment; "
                       f"filename=a{i}.bin\nContent-Transfer-Encoding: base64\n\nAAAA\n")
    out.append("--B0--\nepilogue\n")
    return "".join(out).encode()


def big_message(size: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Ann Lee <ann@example.com>"
    msg["Subject"] = "Report"
    msg["Date"] = "Wed, 03 Mar 2021 17:45:00 -0800"
    msg["Message-ID"] = "<report@example.com>"
    msg.set_content("The board approved the merger on 3 March 2021. Closing is expected on 30 June 2021.\n")
    msg.add_alternative("<p>The board approved the merger on 3 March 2021.</p>", subtype="html")
    msg.add_attachment(os.urandom(size * 3 // 4), maintype="application", subtype="pdf", filename="a.pdf")
    return bytes(msg)


def test_parts_past_the_cap_are_left_out_with_a_warning(monkeypatch):
    # read, warn, never refuse for size: the first parts are read, the rest named by number
    monkeypatch.setattr(email_reader, "_MAX_PARTS", 50)
    docs = email_reader.read(many_parts(80), origin="parts.eml")
    assert "approved the merger on 3 March 2021" in docs[0].text
    [note] = docs[0].notes
    assert "parts.eml" in note and "80 MIME parts" in note and "first 50" in note and "30 left out" in note, note


def test_parts_under_the_cap_give_no_warning(monkeypatch):
    monkeypatch.setattr(email_reader, "_MAX_PARTS", 50)
    docs = email_reader.read(many_parts(50), origin="parts.eml")
    assert "approved the merger" in docs[0].text and docs[0].notes == ()


def test_a_text_part_past_the_cap_is_not_read(monkeypatch):
    monkeypatch.setattr(email_reader, "_MAX_PARTS", 50)
    with pytest.raises(Exception, match="no text body"):
        email_reader.read(many_parts(80, text_at=70), origin="parts.eml")


def test_attachments_are_not_kept_in_what_is_parsed(monkeypatch):
    # the message handed to the parser holds the text parts and the structure, not the 2 MB
    raw = big_message(2_000_000)
    slim, left_out = email_reader.slim_message(raw)
    assert len(slim) < 5_000 and left_out == 0, len(slim)
    assert email_reader.read(raw, origin="a.eml") == outcome(raw, monkeypatch, slim=False)


@pytest.mark.parametrize("make", [
    lambda: bytes(EmailMessage()),  # no headers: malformed either way
    lambda: (HEAD + "Content-Type: multipart/mixed; boundary=NOPE\n\n--B0\nContent-Type: text/plain\n\nx\n").encode(),
    lambda: (HEAD + "Content-Type: multipart/related; boundary=B\n\n--B\nContent-Type: image/png\n\nPNG\n"
             "--B\nContent-Type: text/html\n\n<p>Met on 3 March 2021.</p>\n--B--\n").encode(),
    lambda: (HEAD + "Content-Type: multipart/digest; boundary=B\n\n--B\n\nFrom: Bob <b@example.com>\n"
             "Subject: in\n\nBob met on 4 March 2021.\n--B--\n").encode(),
    lambda: (HEAD + "Content-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\nOne on 3 March 2021.\n"
             "--B\nContent-Type: message/rfc822\n\nFrom: Bob <b@example.com>\nSubject: in\nContent-Type: "
             "multipart/mixed; boundary=C\n\n--C\nContent-Type: text/plain\n\nBob met on 4 March 2021.\n--C\n"
             "Content-Type: image/png\n\nPNGPNG\n--C--\n--B--\n").encode(),
    lambda: (HEAD + "Content-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\nno close on 3 May 2021\n"
             "--B\nContent-Type: image/png\n\nPNG\n").encode(),
    lambda: (HEAD + "Content-Type: text/plain\r\n\r\nCRLF on 3 March 2021.\r\n").encode(),
    # multipart/related reads its part named by start= (an image here: no body), not its first
    lambda: (HEAD + 'Content-Type: multipart/related; start="<i@x>"; boundary=B\n\n--B\nContent-Type: text/plain\n\n'
             "Met on 3 March 2021.\n--B\nContent-Type: image/png\nContent-ID: <i@x>\n\nPNG\n--B--\n").encode(),
    # cut after a boundary line: an empty part, not a stub glued to the boundary
    lambda: (HEAD + "Content-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\nMet on 3 March 2021.\n"
             "--B\nContent-Type: multipart/mixed; boundary=C\n\n--C").encode(),
])
def test_slimming_reads_as_the_whole_message(make, monkeypatch):
    raw = make()
    assert outcome(raw, monkeypatch, slim=True) == outcome(raw, monkeypatch, slim=False)


def outcome(raw: bytes, monkeypatch, *, slim: bool):
    """The Documents read from RAW, or the error, with the slimming or without (the message
    parsed whole, as before it)."""
    with monkeypatch.context() as patch:
        if not slim:
            patch.setattr(email_reader, "slim_message", lambda data: (data, 0))
        try:
            return email_reader.read(raw, origin="m.eml")
        except Exception as exc:  # noqa: BLE001
            return type(exc).__name__, str(exc)


@pytest.mark.slow
def test_a_100_mb_eml_costs_under_twice_its_size(tmp_path):
    mail = tmp_path / "big.eml"
    mail.write_bytes(big_message(95_000_000))
    size = mail.stat().st_size
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1] / "src"))
    tool = [sys.executable, "-m", "timeline_cli", "--store", str(tmp_path / "t.toml")]
    rss, seconds, done = _peak_rss(tool + ["ingest", "--dry-run", str(mail)], env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert rss < 2 * size, (rss // 2**20, seconds)


@pytest.mark.slow
def test_a_message_of_100000_parts_is_read_up_to_the_cap(tmp_path):
    mail = tmp_path / "parts.eml"
    mail.write_bytes(many_parts(100_000))
    done = run("--store", str(tmp_path / "t.toml"), "ingest", "--dry-run", str(mail))
    assert done.returncode == 0, done.stderr
    err = done.stderr.decode()
    assert "100,000 MIME parts" in err and "90,000 left out" in err, err
    assert b"2021-03-03" in done.stdout


def test_an_mbox_is_split_one_message_at_a_time():
    # the messages are a generator, not a list of copies of the whole mailbox
    box = b"".join(b"From a@example.com Mon May  6 10:00:00 2024\nFrom: A <a@x.org>\nSubject: s\n\nmet on 3 May 2021.\n\n"
                   for _ in range(3))
    messages = email_reader._split_mbox(box)
    assert not isinstance(messages, list)
    assert len(list(messages)) == 3


def test_text_parts_after_the_body_read_are_not_parsed(monkeypatch):
    # get_body reads the first text/plain: 10,000 text parts after it took ~6 s to parse, unread
    raw = (HEAD + "Content-Type: multipart/mixed; boundary=B\n\n"
           + "--B\nContent-Type: text/plain\n\nThe board met on 3 March 2021.\n" * 300 + "--B--\n").encode()
    slim, left_out = email_reader.slim_message(raw)
    assert len(slim) < 1_000 and left_out == 0, slim
    assert email_reader.read(raw, origin="m.eml") == outcome(raw, monkeypatch, slim=False)


def test_a_text_part_in_an_attached_message_is_still_read():
    raw = (HEAD + "Content-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\nOwn on 3 March 2021.\n"
           "--B\nContent-Type: text/plain\n\nunread\n--B\nContent-Type: message/rfc822\n\nFrom: Bob <b@example.com>\n"
           "Subject: in\n\nBob met on 4 March 2021.\n--B--\n").encode()
    slim, _ = email_reader.slim_message(raw)
    assert b"unread" not in slim and b"Bob met on 4 March 2021." in slim
    docs = email_reader.read(raw, origin="m.eml")
    assert [d.part for d in docs] == ["", "forwarded-1"] and "Bob met" in docs[1].text


def test_slimming_reads_as_the_whole_message_on_random_structures(monkeypatch):
    # multiparts mixed/alternative/related (start= or not) of plain, html, images, attachments
    # and attached messages, some CRLF, some cut short, some with a boundary broken: the same
    # Documents or the same error with and without slimming
    import random
    from email.message import MIMEPart

    rnd = random.Random(20)

    def leaf(depth):
        part, kind, day = MIMEPart(), rnd.randrange(7), rnd.randrange(1, 28)
        if kind == 0:
            part.set_content(f"Plain says the deal closed on {day} March 2021.\n")
        elif kind == 1:
            part.set_content(f"<p>HTML says it closed on {day} April 2021.</p>", subtype="html")
        elif kind == 2:
            part.set_content(b"\x89PNG" + rnd.randbytes(40), maintype="image", subtype="png", cid="<img1@x>")
        elif kind == 3:
            part.set_content(b"%PDF-1.4", maintype="application", subtype="pdf", disposition="attachment",
                             filename="a.pdf")
        elif kind == 4:
            part.set_content(f"attached text on {day} May 2021", disposition="attachment", filename="a.txt")
        elif kind == 5 and depth < 3:
            part.set_content(message(depth + 1))
        else:
            part.set_content(f"Second plain on {day} June 2021.\n", charset=rnd.choice(["utf-8", "latin-1"]))
        return part

    def tree(part, depth):
        sub = rnd.choice(["mixed", "alternative", "related", "mixed"])
        part.set_payload([tree(MIMEPart(), depth + 1) if rnd.random() < 0.25 and depth < 4 else leaf(depth)
                          for _ in range(rnd.randrange(1, 5))])
        part.set_type(f"multipart/{sub}")
        if sub == "related" and rnd.random() < 0.3:
            part.set_param("start", "<img1@x>")
        part.set_boundary(f"b{rnd.randrange(10**9)}")
        return part

    def message(depth=0):
        msg = EmailMessage()
        msg["From"], msg["Subject"], msg["Date"] = "Ann <a@x.org>", "s", "Mon, 6 May 2024 10:00:00 +0000"
        if rnd.random() < 0.3:
            msg.set_content(f"Only plain on {rnd.randrange(1, 28)} July 2021.\n")
        else:
            tree(msg, depth)
        return msg

    slimmed = 0
    for _ in range(150):
        raw = message().as_bytes()
        if rnd.random() < 0.2:
            raw = raw.replace(b"\n", b"\r\n")
        if rnd.random() < 0.3:
            raw = raw[:rnd.randrange(len(raw))]
        if rnd.random() < 0.1:
            raw = raw.replace(b"--b", b"--c", 1)
        slim, _ = email_reader.slim_message(raw)
        slimmed += len(slim) < len(raw)
        assert outcome(raw, monkeypatch, slim=True) == outcome(raw, monkeypatch, slim=False), raw
    assert slimmed > 50


def test_html_parts_after_the_first_and_images_in_a_related_are_not_parsed(monkeypatch):
    # get_body reads the first text/plain, else the first text/html: a later HTML part is
    # never read; images after the first part of a multipart/related are one stub, not 300
    raw = (HEAD + "Content-Type: multipart/mixed; boundary=B\n\n"
           + "--B\nContent-Type: text/html\n\n<p>The board met on 3 March 2021.</p>\n" * 300
           + "--B\nContent-Type: multipart/related; boundary=C\n\n--C\nContent-Type: text/html\n\n<p>x</p>\n"
           + "--C\nContent-Type: image/png\n\nPNG\n" * 300 + "--C--\n--B--\n").encode()
    slim, left_out = email_reader.slim_message(raw)
    assert len(slim) < 1_000 and left_out == 0, slim
    assert email_reader.read(raw, origin="m.eml") == outcome(raw, monkeypatch, slim=False)
