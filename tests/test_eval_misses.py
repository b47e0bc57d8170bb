"""bench/eval_misses.py: each missed gold link is classed (never a candidate / scored and
refused, by which check / linked not merged / date-blocked), and it never reads the held-out
set."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest

from _bench import bench_module
from timeline_cli import facts


def _set(tmp_path: Path, corpus: dict, facts_: list[list[tuple[str, str]]]) -> Path:
    lines = [{"kind": "documents", "docs": sorted(corpus)}]
    for k, members in enumerate(facts_):
        lines.append({"kind": "fact", "fact": f"f{k}",
                      "members": [{"doc": d, "text": t, "id": ""} for d, t in members]})
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_each_missed_link_is_classed(tmp_path: Path, capsys):
    module = bench_module("eval_misses")
    texts = {
        "APW_A": "Acme Corp acquired Widget Industries on Monday for five million dollars.",
        "NYT_B": "Acme Corp bought Widget Industries on Monday in a deal worth five million dollars.",
        "XIN_C": "The weather in Paris was sunny on Monday.",
        "AFP_D": "Heavy rain flooded the streets of Lisbon on Monday.",
    }
    corpus = {d: {"doc": d, "text": t, "dct": "2024-03-05"} for d, t in texts.items()}
    path = _set(tmp_path, corpus, [[("APW_A", texts["APW_A"]), ("NYT_B", texts["NYT_B"])],
                                   [("XIN_C", texts["XIN_C"]), ("AFP_D", texts["AFP_D"])]])
    counts = module.diagnose("toy", path, corpus, [], verbose=True)
    out = capsys.readouterr().out
    # the weather pair shares no term: never compared; the acquisition is compared (five terms
    # shared) and refused: "acquired" / "bought", heads apart
    assert counts["never a candidate"] == 1 and counts["never a candidate (cross-outlet)"] == 1
    assert counts["scored and refused"] == 1 and counts["date-blocked"] == counts["linked, not merged"] == 0
    assert "[never a candidate] f1" in out and "[scored and refused] f0" in out
    assert counts["refused by: heads apart, no same verb nor clause link (the `verb` block)"] == 1


def test_every_return_of_score_is_named():
    module = bench_module("eval_misses")
    src, first = inspect.getsourcelines(facts._score)
    returns = [first + k for k, line in enumerate(src) if line.lstrip().startswith("return")]
    labels = {module._check_of(src, first, n, {}) for n in returns}
    assert "under the bar (final return)" in labels
    assert "heads apart, no same verb nor clause link (the `verb` block)" in labels
    assert all(labels)


def test_the_held_out_set_is_refused_and_a_set_is_required():
    module = bench_module("eval_misses")
    with pytest.raises(SystemExit):
        module.main(["--only", "heldout"])
    with pytest.raises(SystemExit):
        module.main([])
