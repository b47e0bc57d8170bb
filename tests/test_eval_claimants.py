"""bench/eval_claimants.py scores claimants as its docstring says: matching rules, pronoun and
description resolution, P/R arithmetic, and the gold file's shape. The tool's accuracy is not
tested here (bench/claimants/ERRORS.md reports it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _bench import bench_module

ev = bench_module("eval_claimants")


def gold(claimant, head=None, resolved=None, entity=None, kind="direct", doc="d", start=0, end=10):
    return {"doc": doc, "start": start, "end": end, "claimant": claimant, "resolved": resolved,
            "cue": "said" if claimant else None, "head": head, "entity": entity, "kind": kind}


# ---- normalisation ------------------------------------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("Mr. Obama", "Mr Obama"),
    ("Mr Obama", "obama"),
    ("The FAA", "the FAA"),
    ("the FAA", "FAA"),
    ("  Tom   Reyes ", "tom reyes"),
    ("Sgt. Derek Glenn", "Derek Glenn"),
    ("Hewlett-Packard's Mr. Archuleta", "Hewlett Packard Archuleta"),
    ("“The Times”", "Times"),
])
def test_tokens_ignore_case_titles_leading_the_and_punctuation(a, b):
    assert ev.tokens(a) == ev.tokens(b)


def test_tokens_keep_role_words():
    assert ev.tokens("President Clinton") == ["president", "clinton"]
    assert ev.tokens("a Foreign Office spokesman") == ["foreign", "office", "spokesman"]


def test_derived_head_is_last_capitalised_run_else_last_word():
    assert ev.derive_head("The mayor's spokesman, Tom Reyes") == ["tom", "reyes"]
    assert ev.derive_head("the FAA") == ["faa"]
    assert ev.derive_head("Mr. Lenz") == ["lenz"]
    assert ev.derive_head("the lawyer") == ["lawyer"]


# ---- matching -----------------------------------------------------------------------------

def test_equal_after_normalisation_is_correct():
    g = gold("Mr. Lenz", head="Lenz")
    assert ev.matches("Mr Lenz", g)
    assert ev.matches("Lenz", g)
    assert ev.matches("mr. lenz", g)


def test_head_inside_a_longer_allowed_form_is_correct():
    g = gold("Howard", head="Howard", entity="Prime Minister John Howard")
    assert ev.matches("John Howard", g)
    assert ev.matches("Prime Minister John Howard", g)


def test_words_of_the_documents_names_are_allowed_without_an_entity_field():
    g = gold("Mr. Lenz", head="Lenz")
    assert not ev.matches("Peter Lenz", g)
    assert ev.matches("Peter Lenz", g, doc_text="Peter Lenz, the engineer, spoke. Later Mr. Lenz said ...")


def test_clause_fragments_and_quotes_are_wrong_even_when_they_contain_the_head():
    g = gold("Former minister Anna Kovacs", head="Anna Kovacs")
    assert ev.matches("Anna Kovacs", g)
    assert not ev.matches("Former minister Anna Kovacs was", g)
    q = gold("Mr. Lenz", head="Lenz")
    assert not ev.matches('"It has never happened before," Mr. Lenz', q)
    assert not ev.matches("in May that Mr. Lenz", q)


def test_apposition_gold_is_the_name():
    g = gold("Tom Reyes", head="Tom Reyes")
    assert ev.matches("Tom Reyes", g)
    assert not ev.matches("The mayor's spokesman, Tom Reyes", g)
    assert not ev.matches("in May that ...", g)


def test_missing_head_falls_back_to_the_derived_head():
    g = gold("The mayor's spokesman, Tom Reyes")  # no head given: Tom Reyes
    assert ev.matches("Tom Reyes", g)
    assert ev.matches("The mayor's spokesman, Tom Reyes", g)
    assert not ev.matches("The mayor's spokesman", g)


def test_pronoun_counts_only_when_resolved_to_the_name():
    g = gold("he", head="Glenn", resolved="Sgt. Derek Glenn", kind="pronoun")
    assert not ev.matches("he", g)
    assert not ev.matches("He", g)
    assert ev.matches("Glenn", g)
    assert ev.matches("Sgt. Derek Glenn", g)
    assert not ev.matches("he Glenn", g)  # the pronoun is no part of the name


def test_pronoun_resolution_without_a_head_field_uses_the_resolved_name():
    g = gold("she", resolved="Patricia Hurt", kind="pronoun")
    assert ev.matches("Patricia Hurt", g)
    assert not ev.matches("she", g)


def test_unresolvable_pronoun_accepts_the_pronoun():
    g = gold("they", kind="pronoun")
    assert ev.matches("they", g)


def test_description_with_a_named_antecedent_must_be_resolved():
    g = gold("the company", head="Magna", resolved="Magna International Inc.", kind="description")
    assert not ev.matches("the company", g)
    assert ev.matches("Magna", g)
    assert ev.matches("Magna International Inc.", g)


def test_unnamed_description_is_its_own_target():
    g = gold("a Foreign Office spokesman", head="Foreign Office", kind="description")
    assert ev.matches("a Foreign Office spokesman", g)
    assert ev.matches("The Foreign Office", g)
    assert not ev.matches("spokesman", g)


def test_unattributed_gold_matches_nothing():
    assert not ev.matches("Anna Kovacs", gold(None))
    assert not ev.matches("", gold("Lenz", head="Lenz"))


# ---- arithmetic ---------------------------------------------------------------------------

def test_precision_recall_counts():
    g = [
        gold("Mr. Lenz", head="Lenz", start=0, end=10),                              # correct
        gold("he", head="Glenn", resolved="Derek Glenn", kind="pronoun", start=10, end=20),  # wrong ("he")
        gold("the agency", head="FAA", resolved="the FAA", kind="description", start=20, end=30),  # missed
        gold(None, start=30, end=40),                                                # spurious
        gold(None, start=40, end=50),                                                # true negative
        gold("Tom Reyes", head="Tom Reyes", start=50, end=60),                       # correct
    ]
    pred = {("d", 0, 10): "Lenz", ("d", 10, 20): "he", ("d", 30, 40): "Former minister Anna Kovacs was",
            ("d", 40, 50): "", ("d", 50, 60): "Tom Reyes"}
    r = ev.score(g, pred, with_errors=True)
    assert (r.sentences, r.attributed, r.predicted) == (6, 4, 4)
    assert (r.correct, r.wrong, r.missed, r.spurious) == (2, 1, 1, 1)
    assert r.precision == pytest.approx(2 / 4)
    assert r.recall == pytest.approx(2 / 4)
    assert r.f1 == pytest.approx(0.5)
    assert r.recall_by_kind == {
        "description": {"correct": 0, "gold": 1, "recall": 0.0},
        "direct": {"correct": 2, "gold": 2, "recall": 1.0},
        "pronoun": {"correct": 0, "gold": 1, "recall": 0.0},
    }
    assert sorted(e["outcome"] for e in r.errors) == ["missed", "spurious", "wrong"]


def test_unequal_precision_and_recall():
    g = [gold("A Corp", head="A Corp", start=i, end=i + 1) for i in range(4)]
    pred = {("d", 0, 1): "A Corp"}
    r = ev.score(g, pred)
    assert r.precision == 1.0 and r.recall == 0.25
    assert r.f1 == pytest.approx(2 * 1.0 * 0.25 / 1.25)


def test_nothing_predicted_gives_zero_not_an_error():
    r = ev.score([gold("X", head="X")], {})
    assert (r.precision, r.recall, r.f1, r.missed) == (0.0, 0.0, 0.0, 1)


# ---- plumbing -----------------------------------------------------------------------------

def test_evaluate_reads_texts_from_the_corpus_and_maps_events_to_sentences(tmp_path: Path):
    text = "\nThe plant will close in March, the company said Friday.\nIt rained on Monday.\n"
    (tmp_path / "mini.jsonl").write_text(json.dumps({"doc": "m1", "dct": "2020-01-10", "text": text}) + "\n")
    s1 = text.index("The plant")
    e1 = text.index("Friday.") + len("Friday.")
    s2 = text.index("It rained")
    e2 = text.index("Monday.") + len("Monday.")
    g = [gold("the company", head="company", doc="m1", start=s1, end=e1, kind="description"),
         gold(None, doc="m1", start=s2, end=e2),
         gold("X", head="X", doc="absent", start=0, end=1)]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in g))
    r = ev.evaluate(path, tmp_path, "mini", with_errors=True)
    assert r.skipped_docs == ["absent"]
    assert (r.docs, r.sentences, r.attributed) == (1, 2, 1)
    assert r.correct + r.wrong + r.missed == 1
    assert r.predicted == r.correct + r.wrong + r.spurious


def test_main_missing_corpora_is_an_error_with_a_reason(tmp_path: Path, capsys):
    assert ev.main(["--corpora", str(tmp_path / "nowhere")]) == 2
    assert "no corpora folder" in capsys.readouterr().err


def test_main_json(tmp_path: Path, capsys):
    text = "\nThe plant will close in March, Mr. Lenz said Friday.\n"
    (tmp_path / "mini.jsonl").write_text(json.dumps({"doc": "m1", "dct": "2020-01-10", "text": text}) + "\n")
    g = gold("Mr. Lenz", head="Lenz", doc="m1", start=1, end=len(text) - 1)
    (tmp_path / "gold.jsonl").write_text(json.dumps(g) + "\n")
    assert ev.main(["--gold", str(tmp_path / "gold.jsonl"), "--corpora", str(tmp_path), "--corpus", "mini",
                    "--json", "--errors"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["sentences"] == 1 and out["attributed"] == 1
    assert {"precision", "recall", "f1", "correct", "wrong", "missed", "spurious", "errors"} <= set(out)


# ---- the dev annotation itself --------------------------------------------------------------

def test_dev_gold_shape():
    lines = ev.load_jsonl(ev.DEFAULT_GOLD)
    assert len(lines) >= 300
    keys = {"doc", "start", "end", "claimant", "resolved", "cue"}
    attributed = 0
    for g in lines:
        assert keys <= set(g)
        assert 0 <= g["start"] < g["end"]
        assert "text" not in g  # the corpus text is never copied into the repository
        if g["claimant"]:
            attributed += 1
            assert g["kind"] in {"direct", "pronoun", "description", "continuation"}
            assert ev.gold_head(g), g
            # the gold's own target always matches itself
            assert ev.matches(ev.gold_target(g), g), g
        else:
            assert g["resolved"] is None and g["cue"] is None
    assert attributed >= 100
