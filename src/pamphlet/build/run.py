"""Orchestration: gather every statement, plan the jobs, skip what is unchanged, run the
rest (in parallel when asked), write each job's outputs atomically, and report.

A failing statement is reported with its reason and the rest still build; the report says
what was built, what was unchanged and what failed, and the CLI turns it into an exit code.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace
from pathlib import Path

from pamphlet.build.batch import Outcome, Task, run_tasks
from pamphlet.build.cache import CacheStore, digest
from pamphlet.build.inputs import layout_digest, reads_unchanged, workspace_digest
from pamphlet.build.plan import BuildJob, plan_jobs
from pamphlet.config.workspace import CONFIG_NAME, Workspace
from pamphlet.errors import PamphletError
from pamphlet.files import regular_file_digest, write_atomically
from pamphlet.load.dates import workspace_pdf_date
from pamphlet.load.sources import Statement, load_all
from pamphlet.render.html import RenderContext
from pamphlet.render.layouts import scan_layouts
from pamphlet.resources import package_roots
from pamphlet.targets import get_target, target_names
from pamphlet.typeset.fit import adjustments_from_cache

log = logging.getLogger("pamphlet")

__all__ = ["BuildJob", "BuildReport", "Built", "build", "plan_tasks"]


@dataclass(frozen=True)
class Built:
    """One job's outputs, written."""

    job: BuildJob
    paths: list[Path]
    pages: int
    #: What to tell the printer, for the office target.
    note: str = ""
    #: How many renders the fit took (1 when the fit was cached).
    renders: int = 1
    body_pt: float | None = None


@dataclass
class BuildReport:
    """What a build did: outputs written, outputs already current, one line per failure."""

    built: list[Built] = field(default_factory=list)
    unchanged: list[BuildJob] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    #: Tracebacks of unexpected failures, for --debug.
    traces: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (f"built {len(self.built)}, unchanged {len(self.unchanged)}, "
                f"failed {len(self.failed)}")


def output_path(stem: Path, suffix: str) -> Path:
    return Path(f"{stem}{suffix}")


def build(workspace: Workspace, paths: list[Path] | None = None,
          layout_names: list[str] | None = None, targets: list[str] | None = None,
          out_dir: Path | None = None, strict: bool = False,
          printer_name: str | None = None, jobs: int = 1, executor: Executor | None = None,
          progress: Callable[[int, int, str], None] | None = None,
          tile: str | None = None) -> BuildReport:
    """Build every statement in ``paths`` (default: the workspace's sources).

    ``tile`` names the sheet (``a4``) the office target cuts larger placards onto.
    ``jobs`` workers build in parallel (or ``executor`` does); ``progress(done, total,
    label)`` is called as each job is finished or found unchanged.
    """
    report = BuildReport()
    settings = _target_settings(workspace, _target_names(workspace, targets), printer_name,
                                tile)
    sources = _expand(paths) if paths else workspace.source_paths()
    statements, problems = load_all(sources, workspace.config, workspace.root)
    report.failed += [str(problem) for problem in problems]
    if not sources:
        report.failed.append(f"{workspace.sources_dir}: no statements to build (*.md)")
    tasks = _plan(workspace, statements, layout_names, settings, out_dir, strict, report.failed)
    store = CacheStore(workspace.root)
    to_run = []
    for task in tasks:
        record = store.get("outputs", _output_slot(task.job), task.key)
        inputs_same = record is not None and reads_unchanged(task.roots[0], record.get("reads"))
        if inputs_same and _outputs_current(task, record):
            report.unchanged.append(task.job)
            if progress:
                progress(len(report.unchanged), len(tasks), task.job.label)
            continue
        # A fit is trusted only while every file the document read is as it was.
        fit = store.get("fits", _fit_slot(task.job), task.key)
        known = None
        if fit is not None and not (isinstance(fit.get("reads"), dict)
                                    and isinstance(fit.get("adjustments"), dict)):
            log.warning("%s: the cached fit is damaged; fitting again", task.job.label)
        elif fit is not None and reads_unchanged(task.roots[0], fit["reads"]):
            known = fit["adjustments"]
        last = record if record is not None else store.get("outputs", _output_slot(task.job),
                                                           None)
        last_reads = last.get("reads") if last else None
        to_run.append(replace(
            task, known=adjustments_from_cache(known, task.job.layout, task.job.label),
            last_reads=tuple(last_reads) if isinstance(last_reads, dict) else ()))
    done = len(report.unchanged)
    for outcome in run_tasks(to_run, jobs, executor):
        _collect(outcome, report, store)
        done += 1
        if progress:
            progress(done, len(tasks), outcome.task.job.label)
    if paths is None:  # a whole-workspace build knows every live source
        store.prune()
    order = {task.job.out_stem: index for index, task in enumerate(tasks)}
    report.built.sort(key=lambda built: order[built.job.out_stem])
    return report


def plan_tasks(workspace: Workspace, statements: list[Statement],
               layout_names: list[str] | None = None, targets: list[str] | None = None,
               out_dir: Path | None = None, strict: bool = False,
               printer_name: str | None = None) -> tuple[list[Task], list[str]]:
    """The tasks a build of ``statements`` runs (each with its key, none found unchanged
    yet), and one line per job that cannot be planned: ``pamphlet serve`` sets text not
    yet saved through them, exactly as a build would."""
    settings = _target_settings(workspace, _target_names(workspace, targets), printer_name)
    failed: list[str] = []
    return _plan(workspace, statements, layout_names, settings, out_dir, strict, failed), failed


def _target_settings(workspace: Workspace, targets: list[str],
                     printer_name: str | None, tile: str | None = None) -> dict:
    """Each target's settings, resolved once; an error when one cannot build yet."""
    settings = {}
    for name in targets:
        target = get_target(name)
        settings[name] = target.settings(workspace, printer_name, tile=tile)
        target.ready(workspace, settings[name])
    return settings


def _plan(workspace: Workspace, statements: list[Statement], layout_names: list[str] | None,
          settings: dict, out_dir: Path | None, strict: bool, failed: list[str]) -> list[Task]:
    """The jobs for ``statements`` as tasks; what cannot be planned adds to ``failed``."""
    layouts, broken = scan_layouts(workspace.layouts_dir)
    used = {name for s in statements for name in (layout_names or s.layouts)}
    failed += [line for name in sorted(used & broken.keys())
               for line in broken[name].splitlines()]
    planned = plan_jobs(statements, layouts, broken, layout_names, list(settings),
                        out_dir or workspace.root / "build", failed, settings)
    return _tasks(workspace, planned, settings, strict, statements)


def _target_names(workspace: Workspace, targets: list[str] | None) -> list[str]:
    """The targets asked for (or pamphlet.toml's), each one the registry knows."""
    names = list(targets or workspace.config.defaults.targets)
    unknown = [name for name in names if name not in target_names()]
    if unknown:
        where = ("--target" if targets else
                 f"{workspace.config_path if workspace.has_config else CONFIG_NAME}: "
                 "'defaults.targets'")
        raise PamphletError(f"{where}: unknown target '{unknown[0]}'; known targets: "
                            f"{', '.join(target_names())}")
    return names


def _fit_slot(job: BuildJob) -> str:
    return f"fit:{job.statement.src_path.resolve()}:{job.layout.name}:{job.target}"


def _output_slot(job: BuildJob) -> str:
    return f"outputs:{job.out_stem.resolve()}"


def is_current(store: CacheStore, task: Task) -> bool:
    """Whether the job's outputs are on disk as it last wrote them, from these inputs and
    the same files its document read then."""
    record = store.get("outputs", _output_slot(task.job), task.key)
    return (record is not None and reads_unchanged(task.roots[0], record.get("reads"))
            and _outputs_current(task, record))


def _outputs_current(task: Task, record: dict) -> bool:
    """Whether every output the job last wrote is on disk, byte for byte (an output
    replaced or damaged by hand is rebuilt; a FIFO or device in its place is not read)."""
    files = record.get("files")
    if not isinstance(files, dict) or not files:
        return False
    for suffix, sha in files.items():
        hasher = hashlib.sha256()
        if not isinstance(suffix, str) or not regular_file_digest(
                output_path(task.job.out_stem, suffix), hasher) or hasher.hexdigest() != sha:
            return False
    return True


def _collect(outcome: Outcome, report: BuildReport, store: CacheStore) -> None:
    """Write one outcome's outputs (atomically) and remember how they were made."""
    job = outcome.task.job
    for warning in outcome.warnings:
        log.warning("%s: %s: %s", job.statement.src_path, job.layout.name, warning)
    if outcome.error:
        report.failed.append(f"{job.statement.src_path}: {job.layout.name}: "
                             f"{job.target}: {outcome.error}")
        if outcome.trace:
            report.traces.append(outcome.trace)
        return
    slot = _output_slot(job)
    written = [output_path(job.out_stem, output.suffix) for output in outcome.outputs]
    source = str(job.statement.src_path.resolve())
    # The record first: an interruption before an output is written leaves a record whose
    # hash the file on disk does not match, so the job is simply built again.
    store.put("outputs", slot, outcome.task.key,
              {"files": {o.suffix: hashlib.sha256(o.data).hexdigest()
                         for o in outcome.outputs}, "reads": outcome.reads},
              [source, *(str(path.resolve()) for path in written)])
    for output, path in zip(outcome.outputs, written):
        write_atomically(output.data, path)
    _remove_stale(job, {output.suffix for output in outcome.outputs})
    if outcome.adjustments is not None and outcome.adjustments != outcome.task.known:
        store.put("fits", _fit_slot(job), outcome.task.key,
                  {"adjustments": outcome.adjustments.to_dict(), "reads": outcome.reads},
                  [source])
    report.built.append(Built(job, written, outcome.pages, outcome.note, outcome.renders,
                              outcome.adjustments.body_pt if outcome.adjustments else None))


def _remove_stale(job: BuildJob, suffixes: set[str]) -> None:
    """Files of this job's folder output (``<stem>/``) that the new set no longer has."""
    folder = job.out_stem
    if not any(suffix.startswith("/") for suffix in suffixes) or not folder.is_dir():
        return
    for path in folder.iterdir():
        if path.is_file() and f"/{path.name}" not in suffixes:
            path.unlink(missing_ok=True)


def _tasks(workspace: Workspace, jobs: list[BuildJob], settings: dict, strict: bool,
           statements: list[Statement]) -> list[Task]:
    """Each job with its inputs and the key that names them all."""
    pdf_date = workspace_pdf_date(workspace, statements)
    context = RenderContext(config=workspace.config, target="",
                            workspace_layouts=workspace.layouts_dir, pdf_date=pdf_date)
    base_key = workspace_digest(workspace, pdf_date, strict)
    layout_keys: dict[str, str] = {}
    tasks = []
    for job in jobs:
        if job.layout.name not in layout_keys:
            layout_keys[job.layout.name] = layout_digest(job.layout, workspace)
        key = digest(base_key, layout_keys[job.layout.name], job.target,
                     repr(settings[job.target]), job.statement.src_path.read_bytes(),
                     job.label)
        tasks.append(Task(job, context, readable_roots(workspace, job), strict,
                          settings[job.target], key))
    return tasks


def readable_roots(workspace: Workspace, job: BuildJob) -> tuple[Path, ...]:
    """What typesetting may read: the workspace (or, with no pamphlet.toml, only the
    statement's own folder) and the package's layouts, fonts and ICC profiles."""
    root = workspace.root if workspace.has_config else job.statement.src_path.parent
    return (root, *package_roots())


def _expand(paths: list[Path]) -> list[Path]:
    """Folders stand for the ``*.md`` files in them."""
    expanded: list[Path] = []
    for path in paths:
        expanded += sorted(path.glob("*.md")) if path.is_dir() else [path]
    return expanded
