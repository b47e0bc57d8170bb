"""Issue 12's done-when, through the CLI: a review pass over an ingested store (correct two
dates, remove three junk statements, tag five, confirm two, dismiss one conflict, edit in a
spreadsheet and import it back), then a fresh `ingest` of the same sources, leaves exactly
the reviewed timeline."""

from __future__ import annotations

import csv
import io

from timeline_cli import store

DOCS = {
    "ap.txt": """Date: 2024-11-06

KYIV (AP) - The first North Korean soldiers arrived at the front in the Kursk region on October 24, 2024, Ukrainian intelligence said.
Officials said 10,000 troops were moved to Russia in October 2024.
Vote in our reader poll for daily updates, published 6 November 2024.
The talks in Geneva began on November 4, 2024.
""",
    "reuters.txt": """Date: 2024-11-07

WASHINGTON (Reuters) - The first North Korean soldiers arrived at the front in the Kursk region on October 20, 2024, the Pentagon said.
A ceasefire proposal was published on November 5, 2024.
Like our page on social media, updated 7 November 2024.
Reprints of Reuters stories are for sale since 7 November 2024.
""",
    "bbc.txt": """Date: 2024-11-08

North Korea sent troops to Russia in October 2024, the BBC reported.
The Geneva talks started on November 3, 2024, diplomats said.
""",
}


def ok(result):
    assert result.exit_code == 0, result.output
    return result


def test_a_review_pass_survives_a_fresh_ingest(tl, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name, text in DOCS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    sources = sorted(DOCS)
    ok(tl("ingest", *sources))
    by_words = {e.text.split(",")[0][:40]: e for e in store.load(tl.store)}

    def find(words: str):
        [event] = [e for key, e in by_words.items() if words in key]
        return event

    talks, troops = find("The talks in Geneva"), find("Officials said 10")
    kursk_ap, kursk_reuters = find("KYIV (AP)"), find("WASHINGTON (Reuters)")
    bbc_troops, bbc_talks = find("North Korea sent"), find("The Geneva talks")
    # (page furniture such as "Follow us on X" or "Copyright 2024" never becomes an event: see
    # tests/test_boilerplate.py; these three are junk a reader removes by hand)
    junk = [find("Vote in our"), find("Like our page"), find("Reprints")]

    # the Geneva finding is a real disagreement; the Kursk one is the story itself
    findings = {line.split("\t")[6]: line.split("\t")[7]
                for line in tl("conflicts", "--format", "plain").stdout.splitlines()}
    assert findings[talks.id] == findings[bbc_talks.id] != findings[kursk_ap.id]

    # 1. correct two dates (one by a short id prefix), keeping the ids
    ok(tl("edit", talks.id[:6], "--when", "3 Nov 2024", "--note", "AP corrected the day on 7 Nov"))
    ok(tl("edit", troops.id, "--when", "2024-10~"))
    # 2. remove three junk statements
    assert "would be removed" in ok(tl("rm", "--grep", "reader poll|like our page|reprints", "--dry-run")).output
    ok(tl("rm", *(e.id[:8] for e in junk), "--yes"))
    # 3. tag five
    ok(tl("tag", kursk_ap.id, kursk_reuters.id, bbc_troops.id, "+dprk-troops"))
    ok(tl("tag", talks.id, bbc_talks.id, "+geneva"))
    # 4. confirm two
    ok(tl("status", talks.id, bbc_talks.id, "confirmed"))
    # 5. dismiss one conflict: the Kursk dates are two claims, kept side by side on purpose
    ok(tl("conflicts", "--dismiss", findings[kursk_ap.id]))
    # 6. edit in a spreadsheet and import it back
    exported = ok(tl("export", "--format", "csv")).stdout
    rows = list(csv.DictReader(io.StringIO(exported)))
    for row in rows:
        if row["id"] == kursk_reuters.id:
            row["by"] = "the Pentagon (Sabrina Singh)"
        if row["id"] == bbc_troops.id:
            row["note"] = "BBC does not give a number"
    sheet = tmp_path / "review.csv"
    with open(sheet, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert "2 updated" in ok(tl("import", "--update", str(sheet))).output

    reviewed_text = tl.store.read_text(encoding="utf-8")
    reviewed, memory = store.loads_store(reviewed_text)
    assert len(reviewed) == 7 and set(memory.removed) == {e.id for e in junk} and len(memory.reviews) == 1
    assert tl("conflicts", "--format", "plain").exit_code == 0  # nothing left to review

    # a fresh ingest of the same sources leaves exactly the reviewed timeline
    again = ok(tl("ingest", *sources))
    assert "(0 new)" in again.output and "3 removed event(s) not brought back" in again.output
    assert store.loads_store(tl.store.read_text(encoding="utf-8")) == (reviewed, memory)
    assert tl.store.read_text(encoding="utf-8") == reviewed_text
    events = {e.id: e for e in reviewed}
    assert events[talks.id].when == "2024-11-03" and events[troops.id].when == "2024-10~"
    assert events[kursk_reuters.id].by == "the Pentagon (Sabrina Singh)"
    assert events[bbc_troops.id].note == "BBC does not give a number"
    assert sum("dprk-troops" in e.tags for e in reviewed) == 3 and sum("geneva" in e.tags for e in reviewed) == 2
    assert {e.id for e in reviewed if e.status == "confirmed"} == {talks.id, bbc_talks.id}
