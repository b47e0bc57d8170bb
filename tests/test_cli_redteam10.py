"""Session 25 red team (round 10): an e-mail Date: that cannot be read whole, iCalendar values
a calendar app may read as markup or a link, hostile import files, export round trips, the
store after a killed parallel ingest, and output in a C locale. Each test failed before its fix."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time

import pytest


def _export(tl) -> list[dict]:
    return json.loads(tl("export", "--format", "json").stdout)


# ---------------------------------------------------------------- e-mail Date: headers


def _eml(path, date_header: str, body: bytes = b"Yesterday the dam opened.") -> None:
    path.write_bytes(b"From: a@example.org\r\nSubject: s\r\nDate: " + date_header.encode() + b"\r\n\r\n"
                     + body + b"\r\n")


@pytest.mark.parametrize("header, why", [
    ("Mon, 3 Jun 2024 10:00:00 +9999", "time zone is a day or more from UTC"),
    ("Mon, 3 Jun 2024 25:00:00 +0000", "no time of day is 25:00:00"),
])
def test_a_date_header_read_only_in_part_names_what_was_wrong_and_the_day_used(tl, tmp_path, header, why):
    """A Date: whose zone (or hour) could not be read dated the message today, with only the
    generic 'gives no date of its own' warning: the day it writes was there to use."""
    mail = tmp_path / "m.eml"
    _eml(mail, header)
    result = tl("ingest", str(mail))
    assert result.exit_code == 0, result.output
    assert why in result.output and "used the day it writes, 2024-06-03" in result.output
    assert "gives no date of its own" not in result.output
    row = _export(tl)[0]
    assert row["reported"] == "2024-06-03" and not row["reported_assumed"] and row["when"] == "2024-06-02"


@pytest.mark.parametrize("header", ["garbage", "Mon, 31 Feb 2024 10:00:00 +0000"])
def test_a_date_header_with_no_day_in_it_says_so_before_today_is_used(tl, tmp_path, header):
    mail = tmp_path / "m.eml"
    _eml(mail, header)
    result = tl("ingest", str(mail))
    assert result.exit_code == 0
    assert f"its Date: header {header!r} cannot be read" in result.output
    assert "gives no date of its own" in result.output and _export(tl)[0]["reported_assumed"]


def test_a_readable_date_header_gives_no_warning(tl, tmp_path):
    mail = tmp_path / "m.eml"
    _eml(mail, "Mon, 3 Jun 2024 10:00:00 +0200")
    result = tl("ingest", str(mail))
    assert result.exit_code == 0 and "warning" not in result.output


# ---------------------------------------------------------------- iCalendar: markup and links

RLO = "\u202e"


def _unfolded(ics: str) -> str:
    return ics.replace("\r\n", "\n").replace("\n ", "")


def _ics_values(tl, name: str) -> list[str]:
    return [line.split(":", 1)[1] for line in _unfolded(tl("export", "--format", "ics").stdout).splitlines()
            if line.startswith(name + ":") or line.startswith(name + ";")]


def test_ics_text_opens_no_tag_a_calendar_would_render(tl, tmp_path):
    """A web page's visible text '<a href=...>' went into the DESCRIPTION as it was: Google
    Calendar renders an imported DESCRIPTION's tags, so it became a live link."""
    page = tmp_path / "p.html"
    page.write_text('<html><head><title>Dam &lt;b&gt;news</title></head><body><p>On 3 June 2024 the dam '
                    'opened &lt;a href="https://evil.example"&gt;here&lt;/a&gt; &lt;!-- x --&gt;.</p></body></html>',
                    encoding="utf-8")
    assert tl("ingest", str(page), "--reported", "2024-06-05").exit_code == 0
    summary, = _ics_values(tl, "SUMMARY")
    description, = _ics_values(tl, "DESCRIPTION")
    assert "<a" not in description and "</" not in description and "<!" not in description
    assert "Dam \u2039b>news" in description and "<b" not in description
    assert '<a href="https://evil.example">here</a>' in summary  # a title is plain text everywhere
    assert _export(tl)[0]["text"].count("<a href") == 1  # the store keeps the text as it was


def test_ics_keeps_a_less_than_that_opens_nothing(tl):
    tl("add", "2024-06-01: turnout < 40% and 3<4", "--source", "ap", "--note", "x < y, 2<3")
    description, = _ics_values(tl, "DESCRIPTION")
    assert "Note: x < y\\, 2<3" in description


def test_ics_url_percent_encodes_a_bidi_override(tl):
    """`URL;VALUE=URI:` carried a raw U+202E from the source, which reversed the URL after it
    where a calendar shows it; the other formats' links carried it too."""
    tl("add", "2024-06-01: the dam opened", "--source", f"https://example.com/a{RLO}fdp.exe")
    assert _ics_values(tl, "URL") == ["https://example.com/a%E2%80%AEfdp.exe"]
    md = tl("export", "--format", "md").stdout
    assert "<https://example.com/a%E2%80%AEfdp.exe>" in md and RLO not in md


def test_ics_gives_no_url_for_a_host_with_a_bidi_override(tl):
    tl("add", "2024-06-01: the dam opened", "--source", f"https://exa{RLO}mple.com/a")
    assert _ics_values(tl, "URL") == []


def test_a_url_with_letters_beyond_ascii_keeps_them(tl):
    tl("add", "2024-06-01: the dam opened", "--source", "https://de.wikipedia.org/wiki/Talsperre_Möhne")
    assert _ics_values(tl, "URL") == ["https://de.wikipedia.org/wiki/Talsperre_Möhne"]


# ---------------------------------------------------------------- ingest --jobs 2 killed with -9


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    """Running, not a zombie (a container's init may never reap one)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="reads /proc to find the workers")
def test_ingest_workers_end_when_ingest_is_killed(tmp_path):
    """kill -9 of `ingest --jobs 2` left both pool workers asleep for ever (each waits on a pipe
    it holds open itself), holding their memory; the store was whole."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(120):
        (docs / f"d{i:03d}.txt").write_text("Date: 2024-06-05\n\n" + " ".join(
            f"On {1 + j % 27} March 2024 the army moved to town {i}-{j}." for j in range(60)), encoding="utf-8")
    store = tmp_path / "timeline.toml"
    env = {**os.environ, "TIMELINE_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.Popen([sys.executable, "-m", "timeline_cli", "--store", str(store), "ingest", "--jobs", "2",
                             str(docs)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
            workers = _children(proc.pid)
        assert len(workers) == 2, "the pool did not start"
        proc.kill()
        proc.wait()
        deadline = time.monotonic() + 15
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers)
    finally:
        for w in workers:  # (before the fix: end them here, not leave them to the machine)
            with contextlib.suppress(OSError):
                os.kill(w, signal.SIGKILL)
    assert not store.exists() or store.read_text(encoding="utf-8").startswith("schema")


# ---------------------------------------------------------------- a $LESS of the user's own

LESS_RECORDER = """#!/bin/sh
printf '%s\\n' "$@" > "$RECORD.args"
cat > "$RECORD"
"""


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("pager, args", [(None, ["-R"]), ("less", ["-R"]), ("less -S", ["-R", "-S"])])
def test_less_shows_colours_whatever_less_options_the_user_set(tmp_path, pager, args):
    """With LESS=-i (a common setting, for case-blind search) less got no -R, and every colour
    of `show` appeared on screen as 'ESC[1;36m' litter."""
    from test_pager import many, run_tty
    from timeline_cli import store

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "less"
    fake.write_text(LESS_RECORDER, encoding="utf-8")
    fake.chmod(0o755)
    store.save(tmp_path / "long.toml", many(40))
    env = {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "LESS": "-i", "PAGER": pager}
    text, code = run_tty(tmp_path, "--store", "long.toml", "show", env=env)
    assert code == 0, text
    assert (tmp_path / "record.args").read_text(encoding="utf-8").split() == args
    assert "statement 39" in (tmp_path / "record").read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_pager_that_is_not_less_gets_no_less_option(tmp_path):
    from test_pager import many, run_tty
    from timeline_cli import store

    script = tmp_path / "more.sh"
    script.write_text(LESS_RECORDER, encoding="utf-8")
    script.chmod(0o755)
    store.save(tmp_path / "long.toml", many(40))
    code = run_tty(tmp_path, "--store", "long.toml", "show", env={"PAGER": str(script)})[1]
    assert code == 0 and (tmp_path / "record.args").read_text(encoding="utf-8").split() == []


# ---------------------------------------------------------------- data formats under an ASCII locale

ASCII_ENVS = [{"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"}]


def _run_in(env: dict, cwd, *args: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items()
            if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "LANG", "LANGUAGE") and not k.startswith("LC_")}
    return subprocess.run([sys.executable, "-m", "timeline_cli", *args], capture_output=True, cwd=cwd,
                          env={**base, **env}, timeout=60)


@pytest.mark.parametrize("env", ASCII_ENVS, ids=["PYTHONIOENCODING=ascii", "LC_ALL=C"])
def test_a_data_format_piped_from_an_ascii_locale_is_the_file_export_writes(tl, tmp_path, env):
    """With an ASCII stdout, `export --format json > out.json` wrote "caf\\xe9" (no JSON escape:
    invalid JSON), `export --format toml > backup.toml` a store that did not load, and a CSV
    that imported back as the letters backslash, x, e, 9."""
    tl("add", "2024-06-01: café — 東京", "--by", "Müller", "--tag", "été")
    for fmt in ("json", "jsonl", "csv", "tsv", "toml", "ics", "md", "html"):
        piped = _run_in(env, tmp_path, "export", "--format", fmt)
        assert piped.returncode == 0, piped.stderr
        assert _run_in(env, tmp_path, "export", "--format", fmt, "-o", f"out.{fmt}").returncode == 0
        assert piped.stdout == (tmp_path / f"out.{fmt}").read_bytes(), fmt
    assert json.loads(_run_in(env, tmp_path, "show", "--format", "json").stdout)[0]["by"] == "Müller"
    assert json.loads(_run_in(env, tmp_path, "facts", "--format", "json").stdout)[0]["text"] == "café — 東京"
    filtered = _run_in(env, tmp_path, "filter", "--since", "2024-05-01").stdout
    assert "café — 東京" in filtered.decode("utf-8")


@pytest.mark.parametrize("env", ASCII_ENVS[:1], ids=["PYTHONIOENCODING=ascii"])
def test_lines_for_people_still_degrade_to_escapes_in_an_ascii_locale(tl, tmp_path, env):
    tl("add", "2024-06-01: café")
    for args in (["show", "--format", "plain"], ["facts", "--format", "plain"]):
        out = _run_in(env, tmp_path, *args).stdout.decode("ascii")
        assert "caf\\xe9" in out, args


# ---------------------------------------------------------------- claimants of no letter


@pytest.mark.parametrize("sentence, claimant", [
    # the inverted tag's source claims it (claim27), never the markup before "said"
    ("On 3 June 2024 the dam opened alert(1)> said officials.", "officials"),
    ("On 3 June 2024 the dam opened, * said the ministry.", ""),
])
def test_a_claimant_of_no_letter_or_digit_is_none(tl, sentence, claimant):
    """A web page's visible '<img src=x onerror=alert(1)> said officials' gave the statement the
    claimant '>' (and '*' for a footnote star), shown in `show` and filtered by `--by`."""
    assert tl("ingest", "--reported", "2024-06-05", "-", input=sentence + "\n").exit_code == 0
    assert _export(tl)[0]["by"] == claimant


def test_a_named_claimant_is_kept(tl):
    tl("ingest", "--reported", "2024-06-05", "-", input="On 3 June 2024 the dam opened, the ministry said.\n")
    assert _export(tl)[0]["by"] == "the ministry"


# ---------------------------------------------------------------- chart labels cut inside an escape


def test_a_chart_label_is_never_cut_inside_an_escape(tl):
    """Piped, `chart` writes ASCII with other characters as escapes, then cut its labels by
    length: 'Z\\xfcrich \\u2...' showed a character that is none."""
    import re

    tl("add", "2024-06-01: café à Zürich — 東京 and ✓ \u2713 the dam opened at last", "--by", "x")
    partial = re.compile(r"\\(?:x[0-9a-f]?|u[0-9a-f]{0,3}|U[0-9a-f]{0,7})?\.\.\.")
    for width in range(40, 90):
        out = tl("chart", "--width", str(width)).stdout
        label = out.splitlines()[0]
        assert not partial.search(label), (width, label)


# ---------------------------------------------------------------- import of a store's memory


def test_import_of_a_store_names_the_memory_it_leaves_behind(tl, tmp_path):
    """`export --format toml` writes the store's aliases and links, and `import` of that file
    dropped them without a word."""
    other = tmp_path / "other.toml"
    a = tl("--store", str(other), "add", "2024-06-01: the dam opened", "--source", "a", "--by", "AP").stdout.strip()
    b = tl("--store", str(other), "add", "2024-06-01: the dam was opened", "--source", "b").stdout.strip()
    assert tl("--store", str(other), "alias", "AP", "Associated Press").exit_code == 0
    assert tl("--store", str(other), "link", a, b).exit_code == 0
    result = tl("import", str(other))
    assert result.exit_code == 0
    assert "not its 1 alias, 1 link" in result.output and "merge --union" in result.output
    assert len(_export(tl)) == 2
    # the command it names keeps them
    merged = tl("merge", "--union", str(tl.store), str(other), "-o", str(tl.store))
    assert merged.exit_code == 0, merged.output
    text = tl.store.read_text(encoding="utf-8")
    assert "[[alias]]" in text and "[[link]]" in text


def test_import_of_a_store_without_memory_says_nothing_more(tl, tmp_path):
    other = tmp_path / "other.toml"
    tl("--store", str(other), "add", "2024-06-01: the dam opened")
    result = tl("import", str(other))
    assert result.exit_code == 0 and "warning" not in result.output
