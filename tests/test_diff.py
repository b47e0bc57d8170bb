"""timeline diff: matching, field-level changes in words, output formats, exit codes, git sides."""

from __future__ import annotations

import itertools
import json
import os
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_cli import store
from timeline_cli.diff import (CHANGE_KEYS, FIELD_KEYS, TOP_KEYS, content_words, date_change, diff,
                               field_changes, plain_lines, similar_pairs, similarity, to_json, words)
from timeline_cli.model import Event, make_id

SEED = "seeds/000_ff58ae107db7a909.txt"
FRONT = ("On October 24, Ukrainian intelligence reported that the first soldiers from the DPRK "
         "had already arrived at the front — in the Kursk region.")


def ev(text: str, when: str = "2024-10-24", *, id: str | None = None, **kw) -> Event:
    return Event(id=id or make_id(text, when, kw.get("source", "")), when=when, text=text, **kw)


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("old, new, kind, days, words_", [
    ("2024-10", "2024-10-24", "date-refined", None, "date refined: Oct 2024 -> 24 Oct 2024"),
    ("../2024-11-06", "2024-11-04", "date-refined", None, "date refined: on or before 6 Nov 2024 -> 4 Nov 2024"),
    ("2024", "2024-21", "date-refined", None, "date refined: 2024 -> Spring 2024"),
    ("2024-10-24", "2024-10", "date-broadened", None, "date broadened: 24 Oct 2024 -> Oct 2024"),
    ("2024-10-24", "2024-10-27", "date-contradicted", 3,
     "date contradicted: 24 Oct 2024 -> 27 Oct 2024 (3 days later; the two dates cannot both be right)"),
    ("2024-10-24", "2024-10-23", "date-contradicted", -1,
     "date contradicted: 24 Oct 2024 -> 23 Oct 2024 (1 day earlier; the two dates cannot both be right)"),
    ("2024-06", "2024-07", "date-contradicted", 30, "date contradicted: Jun 2024 -> Jul 2024 (30 days later"),
    ("2024-10-08/2024-10-13", "2024-10-10/2024-10-15", "date-moved", 2,
     "date moved 2 days later: 8–13 Oct 2024 -> 10–15 Oct 2024 (still overlapping)"),
    ("2024-10-08/2024-10-13", "2024-10-05/2024-10-09", "date-moved", -3, "date moved 3 days earlier"),
    ("2024-06", "2024-06~", "date-requalified", None, "date now approximate: Jun 2024 -> ~Jun 2024"),
    ("2024-11?", "2024-11", "date-requalified", None, "date no longer uncertain"),
    ("2024-XX", "2024", "date-requalified", None, "written differently, same days"),
])
def test_date_changes_are_named(old, new, kind, days, words_):
    change = date_change(old, new)
    assert change is not None
    assert (change.field, change.kind, change.old, change.new, change.days) == ("when", kind, old, new, days)
    assert words_ in change.words


def test_refinement_is_never_a_contradiction_and_back():
    assert date_change("2024-10", "2024-10-24").kind == "date-refined"
    assert date_change("2024-10-24", "2024-11-24").kind == "date-contradicted"
    assert date_change("2024-10", "2024-11-01").kind == "date-contradicted"
    assert date_change("2024-10-24", "2024-10-24") is None


def test_date_cases_have_no_duplicates():
    cases = [(o, n) for o, n, *_ in test_date_changes_are_named.pytestmark[0].args[1]]
    assert len(cases) == len(set(cases))


# ---------------------------------------------------------------- other fields

BASE = ev(FRONT, source=SEED, by="Ukrainian intelligence", tags=("kursk",), reported=date(2024, 11, 6),
          span=(10, 140), status="reported", actors=("DPRK",), places=("Kursk",))


@pytest.mark.parametrize("changes, kind, fragment", [
    ({"text": FRONT.replace("October 24", "24 October")}, "text-edited",
     "text edited: 'October 24,' -> '24 October,'"),
    ({"text": FRONT + " More later."}, "text-edited", "added 'More later.'"),
    ({"by": "Pentagon"}, "claimant-changed", "claimant changed: Ukrainian intelligence -> Pentagon"),
    ({"by": ""}, "claimant-changed", "claimant removed (was Ukrainian intelligence)"),
    ({"source": "https://example.org/a"}, "source-changed", f"source changed: {SEED} -> https://example.org/a"),
    ({"tags": ("kursk", "dprk")}, "tags-changed", "tags changed: +dprk"),
    ({"tags": ("dprk",)}, "tags-changed", "tags changed: +dprk -kursk"),
    ({"status": "confirmed"}, "status-changed", "status changed: reported -> confirmed"),
    ({"reported": date(2024, 11, 7)}, "reported-changed", "report date changed: 2024-11-06 -> 2024-11-07"),
    ({"reported_assumed": True}, "reported-assumed-changed", "report date now assumed"),
    ({"actors": ()}, "actors-changed", "actors changed: -DPRK"),
    ({"places": ("Kursk", "Sudzha")}, "places-changed", "places changed: +Sudzha"),
    ({"span": (12, 140)}, "span-changed", "span changed: 10-140 -> 12-140"),
    ({"note": "checked with AP"}, "note-changed", "note added: checked with AP"),
    ({"mod": "late"}, "mod-changed", "early/mid/late added: late"),
    ({"conflict": "x"}, "conflict-changed", "merge conflict mark added: x"),
    ({"id": "abc"}, "id-changed", "id changed:"),
])
def test_every_field_change_is_detected_and_worded(changes, kind, fragment):
    new = BASE.with_(**changes)
    [change] = field_changes(BASE, new)
    assert change.kind == kind
    assert fragment in change.words
    assert change.field == next(iter(changes))


def test_several_changes_are_listed_in_field_order():
    new = BASE.with_(when="2024-10-23", by="Pentagon", tags=())
    kinds = [c.kind for c in field_changes(BASE, new)]
    assert kinds == ["date-contradicted", "claimant-changed", "tags-changed"]


def test_json_values_of_field_changes_are_plain_data():
    new = BASE.with_(tags=("x",), reported=date(2024, 1, 2), span=(1, 2))
    values = [(c.old, c.new) for c in field_changes(BASE, new)]
    assert values == [("2024-11-06", "2024-01-02"), (["kursk"], ["x"]), ([10, 140], [1, 2])]


# ---------------------------------------------------------------- words and similarity


def test_numbers_are_written_one_way():
    assert words("12 000 troops") == words("12,000 troops") == words("12.000 troops") == ["12000", "troop"]
    assert words("1.5 million") == ["1.5", "million"]
    assert words("North Korea's troops") == ["north", "korea", "troop"]


def test_word_order_does_not_matter_to_similarity():
    a = content_words("Ukrainian intelligence said the first soldiers arrived at the front")
    b = content_words("The first soldiers arrived at the front, Ukrainian intelligence reported")
    assert similarity(a, b) == 1.0


def test_prefix_filtered_join_finds_exactly_the_brute_force_pairs():
    rng = random.Random(4)
    vocab = [f"w{i}" for i in range(40)]
    left = [frozenset(rng.sample(vocab, rng.randint(1, 8))) for _ in range(120)]
    right = [frozenset(rng.sample(vocab, rng.randint(1, 8))) for _ in range(120)]
    for t in (0.3, 0.5, 0.8):
        got = {(i, j) for i, j, _ in similar_pairs(left, right, t)}
        want = {(i, j) for i, j in itertools.product(range(120), range(120)) if similarity(left[i], right[j]) >= t}
        assert got == want
        got_self = {(i, j) for i, j, _ in similar_pairs(left, None, t)}
        want_self = {(i, j) for i, j in itertools.combinations(range(120), 2)
                     if similarity(left[i], left[j]) >= t}
        assert got_self == want_self


# ---------------------------------------------------------------- matching


def test_identical_timelines_have_no_changes():
    events = [BASE, ev("first clash", "2024-11-04")]
    result = diff(events, list(reversed(events)))
    assert not result.differs and result.unchanged == 2
    assert result.summary == {"added": 0, "removed": 0, "changed": 0, "unchanged": 2}


def test_added_and_removed():
    a, b, c = ev("agreement signed", "2024-06"), ev("first clash", "2024-11-04"), ev("troops shipped", "2024-10")
    result = diff([a, b], [b, c])
    assert [(x.change, x.id) for x in result.changes] == [("removed", a.id), ("added", c.id)]


def test_reworded_statement_is_matched_without_an_id_match():
    old = ev(FRONT, by="Ukrainian intelligence")
    new = ev("The first North Korean soldiers arrived at the Kursk front on 24 October, Ukrainian "
             "intelligence said.", "2024-10-23", by="Ukrainian intelligence")
    other = ev("Agreement signed between Russia and North Korea", "2024-06")
    result = diff([old, other], [other, new])
    [change] = result.changes
    assert change.change == "changed" and change.matched_by == "text"
    assert (change.old.id, change.new.id) == (old.id, new.id)
    assert [f.kind for f in change.fields] == ["id-changed", "date-contradicted", "text-edited"]


def test_same_source_and_overlapping_span_is_the_same_statement():
    old = ev("The first battle took place on November 4.", "2024-11-04", source=SEED, span=(100, 160))
    new = ev("Ukraine reports that fighting with DPRK units began", "2024-11-05", source=SEED, span=(95, 150))
    far = ev("Something else entirely", "2024-11-05", source=SEED, span=(400, 450))
    result = diff([old], [new, far])
    kinds = {(c.change, c.matched_by) for c in result.changes}
    assert kinds == {("changed", "span"), ("added", None)}


def test_unrelated_statements_are_not_paired():
    result = diff([ev("agreement signed in Pyongyang", "2024-06")], [ev("troops shipped to Vladivostok", "2024-10")])
    assert [c.change for c in result.changes] == ["removed", "added"]


def test_each_event_is_paired_at_most_once_best_first():
    old = ev("North Korean troops arrived at the front in Kursk", "2024-10-24")
    close = ev("North Korean troops arrived at the front in the Kursk region", "2024-10-24")
    far = ev("North Korean troops arrived in Russia", "2024-10-24")
    result = diff([old], [far, close])
    changed = [c for c in result.changes if c.change == "changed"]
    assert len(changed) == 1 and changed[0].new.id == close.id
    assert [c.new.id for c in result.changes if c.change == "added"] == [far.id]


def test_changes_come_in_timeline_order():
    a, b = ev("late thing", "2024-12-01"), ev("early thing", "2024-01-01")
    result = diff([], [a, b])
    assert [c.event.when for c in result.changes] == ["2024-01-01", "2024-12-01"]


def test_large_reworded_sets_stay_correct():
    olds = [ev(f"statement number {i} about region r{i} and unit u{i}", f"2024-{1 + i % 12:02d}") for i in range(300)]
    news = [e.with_(id=f"n{i}", text=e.text.replace("about", "concerning")) for i, e in enumerate(olds)]
    result = diff(olds, news)
    assert result.summary["changed"] == 300
    assert all(c.old.text.split()[2] == c.new.text.split()[2] for c in result.changes)


# ---------------------------------------------------------------- outputs


def test_plain_lines_are_stable_and_tab_separated():
    old = [BASE, ev("removed one", "2024-01-01")]
    new = [BASE.with_(when="2024-10", tags=("kursk", "dprk")), ev("added\tone\x1b[2J", "2024-12-01")]
    lines = list(plain_lines(diff(old, new)))
    assert lines == [
        f"-\t{old[1].id}\t2024-01-01\tremoved one",
        f"~\t{BASE.id}\tdate-broadened\t2024-10-24\t2024-10\tdate broadened: 24 Oct 2024 -> Oct 2024",
        f"~\t{BASE.id}\ttags-changed\tkursk\tkursk,dprk\ttags changed: +dprk",
        f"+\t{new[1].id}\t2024-12-01\tadded\\tone\\x1b[2J",
    ]


def test_json_contract_keys_and_types():
    old = [BASE, ev("removed one", "2024-01-01")]
    new = [BASE.with_(when="2024-10-25"), ev("added one", "2024-12-01")]
    data = json.loads(json.dumps(to_json(diff(old, new, old_label="a", new_label="b"))))
    assert list(data) == list(TOP_KEYS) == ["old", "new", "summary", "changes"]
    assert (data["old"], data["new"]) == ("a", "b")
    assert list(data["summary"]) == ["added", "removed", "changed", "unchanged"]
    assert data["summary"] == {"added": 1, "removed": 1, "changed": 1, "unchanged": 0}
    for change in data["changes"]:
        assert list(change) == list(CHANGE_KEYS) == ["change", "id", "old_id", "matched_by", "similarity",
                                                     "old", "new", "fields"]
        for f in change["fields"]:
            assert list(f) == list(FIELD_KEYS) == ["field", "kind", "old", "new", "days", "words"]
    removed, changed, added = data["changes"]
    assert removed["change"] == "removed" and removed["new"] is None and removed["fields"] == []
    assert removed["matched_by"] is None and removed["similarity"] is None
    assert added["old"] is None and added["old_id"] is None
    assert changed["matched_by"] == "id" and changed["similarity"] == 1.0
    assert changed["fields"] == [{"field": "when", "kind": "date-contradicted", "old": "2024-10-24",
                                  "new": "2024-10-25", "days": 1,
                                  "words": "date contradicted: 24 Oct 2024 -> 25 Oct 2024 (1 day later; "
                                           "the two dates cannot both be right)"}]
    assert list(changed["new"])[:4] == ["id", "when", "start", "end"]
    assert changed["old"]["reported"] == "2024-11-06"


# ---------------------------------------------------------------- the command


def save(path: Path, events) -> Path:
    from timeline_cli.fields import normalise_event

    store.save(path, [normalise_event(e) for e in events])  # as the store keeps them
    return path


@pytest.fixture
def pair(tmp_path):
    old = save(tmp_path / "old.toml", [BASE, ev("agreement signed", "2024-06")])
    new = save(tmp_path / "new.toml", [BASE.with_(when="2024-10-23"), ev("agreement signed", "2024-06"),
                                       ev("first clash", "2024-11-04", tags=("clash",))])
    return old, new


def test_exit_0_when_same(tl, pair):
    old, _ = pair
    result = tl("diff", str(old), str(old))
    assert result.exit_code == 0 and result.stdout == ""


def test_exit_1_and_plain_lines_when_different(tl, pair):
    old, new = pair
    result = tl("diff", str(old), str(new), "--format", "plain")
    assert result.exit_code == 1
    assert [line.split("\t")[:3] for line in result.stdout.splitlines()] == [
        ["~", BASE.id, "date-contradicted"], ["+", make_id("first clash", "2024-11-04"), "2024-11-04"]]


@pytest.mark.parametrize("args, fragment", [
    (["missing.toml", "missing.toml"], "no store at missing.toml"),
    (["-", "-"], "only one side can be read from stdin"),
])
def test_exit_2_on_trouble(tl, args, fragment):
    result = tl("diff", *args)
    assert result.exit_code == 2
    assert fragment in result.stderr and "Hint:" in result.stderr


def test_exit_2_on_a_broken_store(tl, tmp_path, pair):
    bad = tmp_path / "bad.toml"
    bad.write_text("schema = 1\n[[event]]\nid = 'x'\nwhen = 'oct'\ntext = 't'\n")
    result = tl("diff", str(pair[0]), str(bad))
    assert result.exit_code == 2 and "'when'" in result.stderr


def test_exit_2_on_a_bad_option(tl, pair):
    assert tl("diff", str(pair[0]), str(pair[1]), "--since", "someday").exit_code == 2


def test_one_argument_compares_it_with_the_store(tl, pair):
    old, new = pair
    tl.store.write_text(new.read_text())
    assert tl("diff", str(old), "--format", "plain").exit_code == 1
    assert tl("diff", str(new), "--format", "plain").exit_code == 0


def test_stdin_is_a_side(tl, pair):
    old, new = pair
    result = tl("diff", "-", str(new), "--format", "json", input=old.read_text())
    assert result.exit_code == 1
    assert json.loads(result.stdout)["old"] == "<stdin>"


def test_filters_restrict_both_sides(tl, pair):
    old, new = pair
    assert tl("diff", str(old), str(new), "--format", "plain", "--until", "2024-06").exit_code == 0
    result = tl("diff", str(old), str(new), "--format", "plain", "--tag", "clash")
    assert result.exit_code == 1 and result.stdout.startswith("+\t")
    result = tl("diff", str(old), str(new), "--format", "plain", "--limit", "1", "--reverse")
    assert result.stdout.startswith("+\t") and len(result.stdout.splitlines()) == 1


def test_rich_output_colours_and_never_interprets_event_text(tl, tmp_path):
    old = save(tmp_path / "o.toml", [ev("[bold red]gone[/] \x1b[2J", "2024-01-01"), BASE])
    new = save(tmp_path / "n.toml", [BASE.with_(when="2024-10"), ev("came \u202e back", "2024-02-01")])
    result = tl("--color", "always", "diff", str(old), str(new), "--format", "rich")
    out = result.stdout
    assert result.exit_code == 1
    assert "[bold red]gone[/]" in out and "\\x1b[2J" in out and "\\u202e" in out
    assert "\x1b[2J" not in out and "\u202e" not in out
    assert "\x1b[" in out  # coloured
    assert "date broadened: 24 Oct 2024 -> Oct 2024" in out
    assert "1 added, 1 removed, 1 changed, 0 unchanged" in out


def test_rich_says_no_differences(tl, pair):
    result = tl("diff", str(pair[0]), str(pair[0]), "--format", "rich")
    assert result.exit_code == 0 and "No differences." in result.stdout


# ---------------------------------------------------------------- git sides


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, HOME=str(repo.parent), GIT_CONFIG_NOSYSTEM="1", GIT_TERMINAL_PROMPT="0")
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env, check=check)


@pytest.fixture
def repo(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "t@example.org")
    git(repo, "config", "user.name", "Tester")
    git(repo, "config", "commit.gpgsign", "false")
    (repo / "data").mkdir()
    save(repo / "data" / "timeline.toml", [BASE, ev("agreement signed", "2024-06")])
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "first")
    save(repo / "data" / "timeline.toml", [BASE.with_(when="2024-10"), ev("agreement signed", "2024-06")])
    git(repo, "commit", "-q", "-am", "second")
    return repo


def run_cli(repo: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, HOME=str(repo.parent), GIT_CONFIG_NOSYSTEM="1")
    env.pop("TIMELINE_STORE", None)
    return subprocess.run([sys.executable, "-m", "timeline_cli", *args], cwd=repo, capture_output=True,
                          text=True, env=env)


def test_diff_git_head_against_the_store(repo):
    store_file = repo / "data" / "timeline.toml"
    out = run_cli(repo, "--store", "data/timeline.toml", "diff", "git:HEAD", "--format", "plain")
    assert out.returncode == 0, out.stderr
    save(store_file, [BASE.with_(when="2024-10-24"), ev("agreement signed", "2024-06")])
    out = run_cli(repo, "--store", "data/timeline.toml", "diff", "git:HEAD", "--format", "plain")
    assert out.returncode == 1, out.stderr
    assert out.stdout.split("\t")[:5] == ["~", BASE.id, "date-refined", "2024-10", "2024-10-24"]
    # no arguments: the same comparison
    assert run_cli(repo, "--store", "data/timeline.toml", "diff", "--format", "plain").stdout == out.stdout


def test_diff_between_two_revisions_with_a_path(repo):
    out = run_cli(repo, "diff", "git:HEAD~1:data/timeline.toml", "git:HEAD:data/timeline.toml", "--format", "json")
    assert out.returncode == 1, out.stderr
    data = json.loads(out.stdout)
    assert (data["old"], data["new"]) == ("git:HEAD~1:data/timeline.toml", "git:HEAD:data/timeline.toml")
    assert data["changes"][0]["fields"][0]["kind"] == "date-broadened"


def test_diff_store_path_is_made_relative_to_the_repo_top(repo):
    sub = repo / "data"
    out = subprocess.run([sys.executable, "-m", "timeline_cli", "--store", "timeline.toml", "diff", "git:HEAD~1",
                          "--format", "plain"], cwd=sub, capture_output=True, text=True)
    assert out.returncode == 1, out.stderr
    assert "date-broadened" in out.stdout


@pytest.mark.parametrize("spec, fragment", [
    ("git:nope", "cannot read git:nope:data/timeline.toml"),
    ("git:HEAD:missing.toml", "cannot read git:HEAD:missing.toml"),
    ("git:--output=x", "cannot start with '-'"),
    ("git:", "names no revision"),
])
def test_bad_git_sides_exit_2(repo, spec, fragment):
    out = run_cli(repo, "--store", "data/timeline.toml", "diff", spec)
    assert out.returncode == 2
    assert fragment in out.stderr and "Traceback" not in out.stderr


def test_no_arguments_outside_git_is_a_clear_error(tl, pair):
    tl.store.write_text(pair[0].read_text())
    result = tl("diff", env={"GIT_CEILING_DIRECTORIES": str(tl.store.parent.parent)})
    assert result.exit_code == 2
    assert "not in a git work tree" in result.stderr
    assert "timeline diff OLD.toml NEW.toml" in result.stderr
