"""Every `>>>` example in the package's docstrings runs and gives what it shows: a module's
doc is where a reader of the Python API starts, so its examples are held to the README's bar
(tests/test_readme.py runs the README's)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import timeline_cli

MODULES = sorted(m.name for m in pkgutil.walk_packages(timeline_cli.__path__, "timeline_cli.")
                 if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    failures: list[str] = []
    for test in finder.find(module):
        runner.run(test, out=failures.append)
    assert runner.failures == 0, "".join(failures)


def test_the_examples_are_found():
    """(the finder reads the modules the API documents: a broken walk would pass everything)"""
    found = {name for name in MODULES
             if any(t.examples for t in doctest.DocTestFinder().find(importlib.import_module(name)))}
    assert {"timeline_cli.api", "timeline_cli.facts", "timeline_cli.store", "timeline_cli.grouping"} <= found
