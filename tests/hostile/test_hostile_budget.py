"""The time budget on Markdown conversion (finding 5 and 11 of issue 15): text that makes
the parser crawl fails its own statement with one line, the batch goes on; in a
long-lived process (``watch``, ``serve``) the work runs in a worker process that is
killed past the budget, or when the text takes it down, and the next work still runs."""

from __future__ import annotations

import os
import threading
import time

import pytest

from conftest import statement
from pamphlet.build.run import build
from pamphlet.config.workspace import find_workspace
from pamphlet.load import markup
from pamphlet.load.budget import OverBudget, isolated, within_budget


def test_markdown_past_its_budget_fails_that_statement_not_the_batch(make_workspace,
                                                                      monkeypatch):
    root = make_workspace({"sources/slow.md": statement(body="CRAWL " * 5, demands=["x"]),
                           "sources/fine.md": statement(title="Fine", demands=["y"])})
    convert = markup._convert

    def crawling(text, *args):  # stands in for input no pre-check foresaw
        if "CRAWL" in text:
            time.sleep(60)
        return convert(text, *args)

    monkeypatch.setattr(markup, "_convert", crawling)
    monkeypatch.setattr(markup, "MARKDOWN_SECONDS", 0.5)
    started = time.monotonic()
    report = build(find_workspace(root))
    assert time.monotonic() - started < 40
    (failed,) = report.failed
    assert failed.startswith(str(root / "sources/slow.md"))
    assert failed.endswith("converting the Markdown took longer than 0.5 s; simplify the text")
    assert [b.paths[0].name for b in report.built] == ["fine.leaflet-a5.screen.pdf"]


@pytest.mark.parametrize("where", ["isolated", "thread"])
def test_a_worker_process_is_killed_past_the_budget_and_the_next_work_runs(where):
    outcome: dict = {}

    def work():
        started = time.monotonic()
        try:
            within_budget(0.5, "converting the Markdown", time.sleep, 60)
        except OverBudget as error:
            outcome["error"] = str(error)
        outcome["seconds"] = time.monotonic() - started
        try:
            within_budget(5, "converting", os._exit, 3)  # the text took the worker down
        except OverBudget as error:
            outcome["broken"] = str(error)
        outcome["next"] = within_budget(30, "converting", len, "still here")

    if where == "isolated":
        with isolated():
            work()
    else:  # no signal reaches another thread: a worker process does the work
        thread = threading.Thread(target=work)
        thread.start()
        thread.join(120)
    assert outcome["error"] == "converting the Markdown took longer than 0.5 s; simplify the text"
    assert outcome["seconds"] < 30
    assert "broke the process doing it" in outcome["broken"]
    assert outcome["next"] == len("still here")
