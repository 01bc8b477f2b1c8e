"""The batch runner: do jobs in parallel workers and hand each outcome back.

Workers render, typeset and finish, and return the outputs' bytes; only the process that
asked writes files, atomically. The default executor is a fork-based process pool, so
workers start with WeasyPrint imported and keep fonts and stylesheets parsed between
jobs; any ``concurrent.futures.Executor`` can be given instead (Dask's, for a cluster).
Whatever goes wrong inside one job — WeasyPrint, absurdly nested input, a bug of ours —
fails that job with one line; the rest of the batch goes on. Each job sets within the
statement budget (CPU time) and the memory budget (load/budget.py), in a worker or in this
process; a worker that dies all the same (a C library aborting) costs its own job only.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import tempfile
import traceback
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pamphlet.build.plan import BuildJob
from pamphlet.errors import PamphletError
from pamphlet.files import RefusedFile, inside, read_limited
from pamphlet.load import budget
from pamphlet.load.budget import (OverBudget, cpu_budget, limit_memory, memory_budget,
                                  memory_message)
from pamphlet.render.html import Adjustments, RenderContext
from pamphlet.targets import Output, get_target

log = logging.getLogger("pamphlet")


@dataclass(frozen=True)
class Task:
    """A job with everything a worker needs to do it (all of it picklable)."""

    job: BuildJob
    context: RenderContext
    roots: tuple[Path, ...]
    strict: bool
    #: The target's settings (the print target's printer profile and ICC file).
    settings: Any
    key: str
    known: Adjustments | None = None
    #: The fit of an earlier version of the text, to start from (``pamphlet serve``).
    start: Adjustments | None = None
    #: The workspace files the job reads, by path relative to ``roots[0]``: set when the
    #: job goes to an executor whose workers may not share this machine's disk.
    files: tuple[tuple[str, bytes], ...] = ()
    #: The workspace files the job's document read when it was last built (relative to
    #: ``roots[0]``): they go along with a job sent away.
    last_reads: tuple[str, ...] = ()


@dataclass
class Outcome:
    """What a worker made of a task: the outputs' bytes, or why not."""

    task: Task
    outputs: list[Output] = field(default_factory=list)
    pages: int = 0
    note: str = ""
    adjustments: Adjustments | None = None
    renders: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    #: The Python traceback of an unexpected failure, shown with --debug.
    trace: str = ""
    #: The workspace files the document read (relative to the workspace → sha256, or None
    #: for one asked for that was not there): what the output depends on.
    reads: dict[str, str | None] = field(default_factory=dict)


def run_task(task: Task) -> Outcome:
    """Render, typeset and finish one job; never writes a file.

    On a worker without the workspace on its disk, the job's own copy of the files it
    reads is laid out in a temporary folder first.
    """
    if task.files and not task.roots[0].is_dir():
        with tempfile.TemporaryDirectory(prefix="pamphlet-job-") as folder:
            outcome = _run(_relocated(task, Path(folder)))
            outcome.task = task
            outcome.error = outcome.error.replace(folder, str(task.roots[0]))
            return outcome
    return _run(task)


def _run(task: Task) -> Outcome:
    job = task.job
    try:
        target = get_target(job.target)
        context = replace(task.context, target=target.name,
                          style=target.style(task.context.config, task.settings))
        seconds = budget.STATEMENT_SECONDS
        with memory_budget(), cpu_budget(seconds, "setting the statement", "statement"):
            fitted, finished = target.make(job.statement, job.layout, context, task.roots,
                                           task.settings, task.strict, task.known, task.start)
    except PamphletError as error:
        return Outcome(task, error=_in_layout(error, job), reads=getattr(error, "reads", {}))
    except MemoryError:
        return Outcome(task, error=f"{job.layout.folder}: "
                                   f"{memory_message('setting it in this layout')}")
    except Exception as error:  # RecursionError, a bug: this job only
        return Outcome(task, error=f"internal error ({type(error).__name__}: "
                                   f"{str(error)[:200]}); run with --debug for the traceback",
                       trace=traceback.format_exc())
    return Outcome(task, finished.outputs, fitted.result.page_count, finished.note,
                   fitted.adjustments, fitted.renders, fitted.result.warnings,
                   reads=fitted.result.reads)


def _in_layout(error: PamphletError, job: BuildJob) -> str:
    """The error's line; a budget that ran out while WeasyPrint set the layout names the
    layout's folder (its template and stylesheets asked for that work)."""
    if isinstance(error, OverBudget) and error.budget == "statement":
        return f"{job.layout.folder}: {error}"
    return str(error)


#: A file sent along with a job is at most this large (as a document may read).
MAX_CARRIED_BYTES = 50_000_000


def with_inputs(task: Task, more: tuple[str, ...] = ()) -> Task:
    """``task`` carrying the workspace files it reads: its source, the workspace's own
    layouts, the target's own files (an ICC profile), and what its document read when it
    was last built (``task.last_reads``) or asked for on a first try (``more``)."""
    root = task.roots[0].resolve()
    statement = replace(task.job.statement, src_path=task.job.statement.src_path.resolve())
    task = replace(task, job=replace(task.job, statement=statement),
                   roots=(root, *task.roots[1:]))
    wanted = {statement.src_path}
    layouts = task.context.workspace_layouts
    if layouts is not None and layouts.is_dir():
        wanted.update(p.absolute() for p in layouts.rglob("*") if not p.is_dir())
    wanted.update(root / relative for relative in (*task.last_reads, *more))
    wanted.update(path.absolute() for path in get_target(task.job.target).files(task.settings))
    files = []
    for path in sorted(wanted):
        if not inside(path, (root,)):
            continue  # a link out of the workspace: the worker refuses it, as here
        try:
            data = read_limited(path, MAX_CARRIED_BYTES)
        except (RefusedFile, OSError):
            continue  # not there, or no file: the worker says so, as here
        written = Path(os.path.abspath(path))
        name = written if written.is_relative_to(root) else Path(os.path.realpath(path))
        files.append((name.relative_to(root).as_posix(), data))
    return replace(task, files=tuple(files))


def _asked_for_more(outcome: Outcome) -> tuple[str, ...]:
    """Workspace files a job sent away asked for and did not have (a first build has no
    record of what it reads), which the workspace does have."""
    carried = {name for name, _ in outcome.task.files}
    root = outcome.task.roots[0]
    return tuple(name for name, sha in outcome.reads.items()
                 if sha is None and name not in carried and (root / name).is_file())


def _relocated(task: Task, folder: Path) -> Task:
    """``task`` with its files written under ``folder`` and its paths pointing there."""
    from pamphlet.render.layouts import get_layout
    from pamphlet.resources import package_roots

    old = task.roots[0]
    for relative, data in task.files:
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    job = task.job
    statement = replace(job.statement,
                        src_path=folder / job.statement.src_path.relative_to(old))
    layouts = folder / "layouts"
    workspace_layouts = layouts if layouts.is_dir() else None
    layout = get_layout(job.layout.name, workspace_layouts)
    settings = get_target(job.target).relocated(task.settings, old, folder)
    return replace(task, job=replace(job, statement=statement, layout=layout),
                   context=replace(task.context, workspace_layouts=workspace_layouts),
                   roots=(folder, *package_roots()), settings=settings)


def default_jobs() -> int:
    """As many workers as the machine has cores."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)


def _warm_up(parent: int) -> None:
    """In each worker: WeasyPrint imported once, and an end when the parent dies."""
    if hasattr(signal, "SIGKILL"):
        try:  # Linux: the kernel sends SIGTERM when the parent goes, even by kill -9
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    limit_memory()  # for the worker's life: a job past it fails with MemoryError
    from pamphlet.typeset.engine import warm_up

    warm_up()


def worker_pool(jobs: int, tasks: int) -> ProcessPoolExecutor:
    """A fork-based pool: workers start with this process's imports and WeasyPrint warm
    (spawned workers would import it again, about a second each)."""
    return ProcessPoolExecutor(max_workers=max(1, min(jobs, tasks)), initializer=_warm_up,
                               initargs=(os.getpid(),),
                               mp_context=multiprocessing.get_context("fork"))


def run_tasks(tasks: list[Task], jobs: int = 1,
              executor: Executor | None = None) -> Iterator[Outcome]:
    """Outcomes in the order they finish; in this process when ``jobs`` is 1."""
    if executor is None and (jobs <= 1 or len(tasks) <= 1):
        for task in tasks:
            yield run_task(task)
        return
    if executor is None:
        yield from _in_own_pool(tasks, jobs)
        return
    # another machine's workers may not see this disk: send the files along
    tasks = [with_inputs(task) for task in tasks]
    sent = {executor.submit(run_task, task): task for task in tasks}
    futures, retries = list(sent), set()
    try:
        pending = set(futures)
        while pending:
            future = next(as_completed(pending))
            pending.discard(future)
            outcome = future.result()
            outcome.task = sent[future]  # as sent from here (a worker may have moved it)
            more = _asked_for_more(outcome) if outcome.error else ()
            if more and future not in retries:
                # once more, with the files it asked for (a first build has no record)
                again = executor.submit(run_task, with_inputs(outcome.task, more))
                sent[again] = outcome.task
                futures.append(again)
                retries.add(again)
                pending.add(again)
                continue
            yield outcome
    finally:
        for future in futures:
            future.cancel()


def _in_own_pool(tasks: list[Task], jobs: int) -> Iterator[Outcome]:
    """The tasks in a fork pool of ``jobs`` workers. When a worker dies (a C library that
    aborts when memory runs out at the memory budget, a crash) every task not finished is
    done again one at a time, in a worker of its own: the one that kills it fails alone,
    with one line, and the others are built."""
    pool = worker_pool(jobs, len(tasks))
    sent = {pool.submit(run_task, task): task for task in tasks}
    pending = set(sent)
    try:
        while pending:
            future = next(as_completed(pending))
            try:
                outcome = future.result()
            except BrokenProcessPool:
                break
            pending.discard(future)
            outcome.task = sent[future]
            yield outcome
    finally:
        for future in sent:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
    left = []
    for future in [future for future in sent if future in pending]:  # in submission order
        if future.done() and not future.cancelled() and future.exception() is None:
            outcome = future.result()  # finished before the worker died
            outcome.task = sent[future]
            yield outcome
        else:
            left.append(sent[future])
    yield from _one_at_a_time(left)


def _one_at_a_time(tasks: list[Task]) -> Iterator[Outcome]:
    """Each task in turn in a worker of its own; one that kills it fails, with one line."""
    pool = None
    try:
        for task in tasks:
            pool = pool or worker_pool(1, 1)
            try:
                outcome = pool.submit(run_task, task).result()
            except BrokenProcessPool:
                pool.shutdown(wait=True)
                pool = None
                outcome = Outcome(task, error=f"{task.job.layout.folder}: the worker "
                                              "setting it stopped (a library crashed on this "
                                              "layout, or ran out of memory at the memory "
                                              "budget)")
            outcome.task = task
            yield outcome
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
