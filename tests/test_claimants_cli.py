"""Issue 13 item 6 through the CLI: `timeline ingest` stores the claimant the issue asks for."""

from __future__ import annotations

import json

ARTICLE = """\
Date: 2024-05-20

The mayor's spokesman, Tom Reyes, denied in May that the city budget was cut.
"It has never happened before," Mr. Lenz said.
"The council will meet again in June.
We expect a decision then," he said.
Former minister Anna Kovacs was informed Tuesday that her post was abolished.
Magna International Inc. said on Monday that its chairman resigned.
The company said on Tuesday that profits fell.
"""


def _bys(tl, tmp_path) -> dict[str, str]:
    doc = tmp_path / "article.txt"
    doc.write_text(ARTICLE, encoding="utf-8")
    result = tl("ingest", str(doc))
    assert result.exit_code == 0, result.output
    shown = tl("show", "--format", "jsonl")
    assert shown.exit_code == 0, shown.output
    return {e["text"]: e.get("by") or "" for e in map(json.loads, shown.output.splitlines())}


def test_the_issue_examples_get_their_claimant(tl, tmp_path):
    bys = _bys(tl, tmp_path)
    assert bys["The mayor's spokesman, Tom Reyes, denied in May that the city budget was cut."] == "Tom Reyes"
    assert bys['"It has never happened before," Mr. Lenz said.'] == "Mr. Lenz"
    # a quotation over two sentences keeps its speaker; "he" is the person quoted before
    assert bys['"The council will meet again in June.'] == "Mr. Lenz"
    assert bys['We expect a decision then," he said.'] == "Mr. Lenz"
    # a description is the company named before; a passive names nobody
    assert bys["The company said on Tuesday that profits fell."] == "Magna International Inc."
    kovacs = [t for t in bys if t.startswith("Former minister Anna Kovacs")]
    assert kovacs and all(bys[t] == "" for t in kovacs)
