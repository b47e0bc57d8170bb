"""The README cannot drift: its set-up commands match CI and its examples run as shown."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent


def fenced_blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", README, flags=re.S | re.M)


def setup_commands() -> list[str]:
    section = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return [b.strip() for b in re.findall(r"^```\n(.*?)^```", section, flags=re.S | re.M)]


def sandbox(tmp_path: Path) -> Path:
    work = tmp_path / "repo"
    work.mkdir()
    for name in ("seeds", "data"):
        shutil.copytree(REPO / name, work / name)
    return work


def run(command: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    env.pop("TIMELINE_STORE", None)
    return subprocess.run(["bash", "-c", "set -o pipefail; " + command], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_readme_opens_with_exactly_two_setup_commands():
    commands = setup_commands()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    assert README.index("## Set up") < README.index("```")


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    test_command = setup_commands()[1]
    assert "pytest" in test_command
    assert test_command in ci.splitlines()


def test_first_setup_command_runs_the_main_job(tmp_path):
    """Everything after `pip install` in the first command, with this environment's timeline."""
    steps = setup_commands()[0].split(" && ")
    install = next(i for i, s in enumerate(steps) if "pip install" in s)
    job = " && ".join(s.replace(".venv/bin/", "") for s in steps[install + 1:])
    assert job.startswith("timeline ")
    out = run(job, sandbox(tmp_path))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip(), "the main job printed nothing"


EXAMPLES = [line.strip() for block in fenced_blocks("sh") for line in block.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def test_readme_has_runnable_examples():
    assert len(EXAMPLES) >= 8


def test_every_readme_example_runs_as_shown(tmp_path):
    work = sandbox(tmp_path)
    for line in EXAMPLES:
        command, _, expect = line.partition("# exits ")
        expected = int(expect) if expect else 0
        out = run(command, work)
        assert out.returncode == expected, f"{command!r} exited {out.returncode}: {out.stderr}"
        assert "Traceback" not in out.stderr


def test_the_store_example_is_an_event_of_the_sample_store():
    import tomllib

    example = re.search(r"^```toml\n(.*?)^```", README, flags=re.S | re.M).group(1)
    [event] = tomllib.loads(example)["event"]
    sample = tomllib.loads((REPO / "data" / "timeline.toml").read_text(encoding="utf-8"))["event"]
    assert event in sample


def test_the_python_api_examples_run_as_shown(tmp_path, monkeypatch):
    """The README's Python API section is a doctest, run in a copy of this folder."""
    import doctest

    section = README.split("## Python API", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"^```python\n(.*?)^```", section, flags=re.S | re.M)
    assert blocks, "the Python API section lost its examples"
    monkeypatch.chdir(sandbox(tmp_path))
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for n, block in enumerate(blocks):
        test = parser.get_doctest(block, {}, f"README Python API #{n + 1}", "README.md", 0)
        assert test.examples
        result = runner.run(test, out=lambda s: None)
        if result.failed:
            report = []
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
            runner.run(parser.get_doctest(block, {}, "README", "README.md", 0), out=report.append)
            raise AssertionError("".join(report))


def test_the_readme_pictures_exist_and_the_chart_one_is_made_by_the_script(tmp_path):
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert "docs/timeline-chart.svg" in pictures and "docs/timeline-page.png" in pictures
    for picture in pictures:
        assert (REPO / picture).stat().st_size > 1000, picture
    spec = importlib.util.spec_from_file_location("screenshots", REPO / "docs" / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "chart.svg"
    module.chart(out)  # the page picture needs the browser: tests/test_html_browser.py covers the page
    assert out.read_text(encoding="utf-8") == (REPO / "docs" / "timeline-chart.svg").read_text(encoding="utf-8")
