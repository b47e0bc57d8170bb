"""bench/eval_statement_date.py's and eval_timex.py's `--errors` listings never prints the same-fact held-out documents'
sentences (they still count in the scores): reading the listing must not be a way to tune on them."""

from __future__ import annotations

from pathlib import Path

from _bench import bench_module


def _results(doc_names):
    errors = [(name, f"A sentence of {name}.", "1999-03-12", "1999-03-11") for name in doc_names]
    return {"aquaint": {"docs": len(doc_names), "dated_sentences": len(doc_names), "right": 0, "accuracy": 0.0,
                        "gold_events": 0, "events_right": 0, "event_recall": 0.0, "errors": errors}}


def test_the_held_out_documents_are_read_from_the_held_out_set():
    hidden = bench_module("heldout").heldout_documents()
    assert len(hidden) == 10 and all(name[:3] in ("XIE", "APW", "NYT") for name in hidden)


def test_errors_never_lists_a_held_out_sentence(monkeypatch, capsys, tmp_path: Path):
    module = bench_module("eval_statement_date")
    held = sorted(bench_module("heldout").heldout_documents())[0]
    monkeypatch.setattr(module, "evaluate", lambda *a, **k: _results([held, "APW19980213.1310"]))
    assert module.main(["--corpora", str(tmp_path), "--errors", "10"]) == 0
    out = capsys.readouterr().out
    assert "A sentence of APW19980213.1310." in out  # the others are listed
    assert held not in out


def test_eval_timex_errors_never_lists_a_held_out_mention(monkeypatch, capsys, tmp_path: Path):
    module = bench_module("eval_timex")
    held = sorted(bench_module("heldout").heldout_documents())[0]

    def results(*a, **k):
        errors = [{"doc": name, "dct": "1999-03-12", "kind": "missed", "system": None,
                   "gold": {"text": "Friday", "type": "DATE", "value": "1999-03-12"}, "context": f"context of {name}"}
                  for name in (held, "APW19980213.1310")]
        return [module._scores(module.Counts(), "aquaint", 2, errors)]
    monkeypatch.setattr(module, "evaluate", results)
    assert module.main(["--corpora", str(tmp_path), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "context of APW19980213.1310" in out
    assert held not in out
