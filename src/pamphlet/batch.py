"""The batch runner: build jobs in parallel workers and hand each outcome back.

Workers render, typeset and finish, and return the PDF's bytes; only the process that
asked writes files, atomically. The default executor is a fork-based process pool, so
workers start with WeasyPrint imported and keep fonts and stylesheets parsed between
jobs; any ``concurrent.futures.Executor`` can be given instead (Dask's, for a cluster).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from pamphlet.config import Target
from pamphlet.errors import PamphletError
from pamphlet.layouts import Layout
from pamphlet.render import Adjustments, RenderContext
from pamphlet.sources import Statement
from pamphlet.targets import PressSettings


@dataclass(frozen=True)
class BuildJob:
    """One PDF to make: a statement through a layout for a target."""

    statement: Statement
    layout: Layout
    target: Target
    out_path: Path


@dataclass(frozen=True)
class Task:
    """A job with everything a worker needs to do it (all of it picklable)."""

    job: BuildJob
    context: RenderContext
    roots: tuple[Path, ...]
    strict: bool
    press: PressSettings | None
    key: str
    known: Adjustments | None = None


@dataclass
class Outcome:
    """What a worker made of a task: the PDF's bytes, or why not."""

    task: Task
    pdf: bytes = b""
    pages: int = 0
    note: str = ""
    adjustments: Adjustments | None = None
    renders: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str = ""


def run_task(task: Task) -> Outcome:
    """Render, typeset and finish one job; never writes a file."""
    from dataclasses import replace

    from pamphlet.fit import set_statement  # heavy (WeasyPrint): imported in workers only
    from pamphlet.targets import finish, typeset_options

    job = task.job
    try:
        context = replace(task.context, target=job.target,
                          printer=task.press.printer if task.press else None)
        options = typeset_options(job.target, job.layout, task.press, task.strict)
        fitted = set_statement(job.statement, job.layout, context, task.roots, options,
                               task.known)
        pdf, note = finish(fitted.result.pdf, fitted.result.identifier, job.target,
                           job.layout, task.press)
    except PamphletError as error:
        return Outcome(task, error=str(error))
    return Outcome(task, pdf, fitted.result.page_count, note, fitted.adjustments,
                   fitted.renders, fitted.result.warnings)


def default_jobs() -> int:
    """As many workers as the machine has cores."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)


def _warm_up() -> None:
    import pamphlet.typeset  # noqa: F401  (WeasyPrint imported once per worker)


def run_tasks(tasks: list[Task], jobs: int = 1,
              executor: Executor | None = None) -> Iterator[Outcome]:
    """Outcomes in the order they finish; in this process when ``jobs`` is 1."""
    if executor is None and (jobs <= 1 or len(tasks) <= 1):
        for task in tasks:
            yield run_task(task)
        return
    own = executor is None
    if own:
        executor = ProcessPoolExecutor(
            max_workers=min(jobs, len(tasks)), initializer=_warm_up,
            mp_context=multiprocessing.get_context("fork"))
    futures = [executor.submit(run_task, task) for task in tasks]
    try:
        for future in as_completed(futures):
            yield future.result()
    finally:
        for future in futures:
            future.cancel()
        if own:
            executor.shutdown(wait=True, cancel_futures=True)
