"""Orchestration: gather every statement, plan the jobs, skip what is unchanged, run the
rest (in parallel when asked), write each PDF atomically, and report.

A failing statement is reported with its reason and the rest still build; the report
says what was built, what was unchanged and what failed, and the CLI turns it into an
exit code.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Iterable
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace
from pathlib import Path

from pamphlet.build.batch import BuildJob, Outcome, Task, run_tasks
from pamphlet.build.cache import FitCache, OutputRecords, digest, layout_digest, workspace_digest
from pamphlet.config.workspace import Target, Workspace
from pamphlet.pdf.pdfx import write_atomically
from pamphlet.render.layouts import Layout, scan_layouts
from pamphlet.render.html import RenderContext
from pamphlet.resources import package_roots
from pamphlet.load.sources import Statement, load_all
from pamphlet.targets.base import PressSettings, press_settings

log = logging.getLogger("pamphlet")

__all__ = ["BuildJob", "BuildReport", "BuiltPdf", "build", "press_settings"]


@dataclass(frozen=True)
class BuiltPdf:
    job: BuildJob
    pages: int
    #: What to tell the printer, for the office target.
    note: str = ""
    #: How many renders the fit took (1 when the fit was cached).
    renders: int = 1
    body_pt: float | None = None


@dataclass
class BuildReport:
    """What a build did: PDFs written, PDFs already current, one line per failure."""

    built: list[BuiltPdf] = field(default_factory=list)
    unchanged: list[BuildJob] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (f"built {len(self.built)}, unchanged {len(self.unchanged)}, "
                f"failed {len(self.failed)}")


def output_name(statement: Statement, layout: Layout, target: Target) -> str:
    """``<slug>.<layout>.<target>.pdf``, as DESIGN.md fixes it."""
    return f"{statement.slug}.{layout.name}.{target.value}.pdf"


def fallback_pdf_date(statements: Iterable[Statement]) -> dt.date | None:
    """``SOURCE_DATE_EPOCH`` if set, else the newest statement's date (for undated ones)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    dates = [s.date for s in statements if s.date]
    return max(dates) if dates else None


def workspace_pdf_date(workspace: Workspace, statements: list[Statement]) -> dt.date | None:
    """The date for undated statements: the same whichever files one build is given."""
    everything = {s.src_path.resolve(): s for s in statements}
    others = [path for path in workspace.source_paths() if path.resolve() not in everything]
    loaded, _ = load_all(others, workspace.config)
    return fallback_pdf_date([*everything.values(), *loaded])


def build(workspace: Workspace, paths: list[Path] | None = None,
          layout_names: list[str] | None = None, targets: list[Target] | None = None,
          out_dir: Path | None = None, strict: bool = False,
          printer_name: str | None = None, jobs: int = 1, executor: Executor | None = None,
          progress: Callable[[int, int, str], None] | None = None) -> BuildReport:
    """Build every statement in ``paths`` (default: the workspace's sources).

    ``jobs`` workers build in parallel (or ``executor`` does); ``progress(done, total,
    label)`` is called as each PDF is finished or found unchanged.
    """
    report = BuildReport()
    targets = targets or list(workspace.config.defaults.targets)
    press = press_settings(workspace, printer_name) if Target.PRINT in targets else None
    sources = _expand(paths) if paths else workspace.source_paths()
    statements, problems = load_all(sources, workspace.config)
    report.failed += [str(problem) for problem in problems]
    if not sources:
        report.failed.append(f"{workspace.sources_dir}: no statements to build (*.md)")
    layouts, broken = scan_layouts(workspace.layouts_dir)
    planned = _plan(statements, layouts, broken, layout_names, targets,
                    out_dir or workspace.root / "build", report)
    tasks = _tasks(workspace, planned, press, strict, statements)
    outputs = OutputRecords(workspace.root)
    fits = FitCache(workspace.root)
    to_run = []
    for task in tasks:
        if outputs.is_current(task.job.out_path, task.key):
            report.unchanged.append(task.job)
            if progress:
                progress(len(report.unchanged), len(tasks), task.job.out_path.name)
        else:
            to_run.append(replace(task, known=fits.get(task.key)))
    done = len(report.unchanged)
    for outcome in run_tasks(to_run, jobs, executor):
        _collect(outcome, report, outputs, fits)
        done += 1
        if progress:
            progress(done, len(tasks), outcome.task.job.out_path.name)
    order = {task.job.out_path: index for index, task in enumerate(tasks)}
    report.built.sort(key=lambda built: order[built.job.out_path])
    return report


def _collect(outcome: Outcome, report: BuildReport, outputs: OutputRecords,
             fits: FitCache) -> None:
    """Write one outcome's PDF (atomically) and remember how it was made."""
    job = outcome.task.job
    for warning in outcome.warnings:
        log.warning("%s: %s: %s", job.statement.src_path, job.layout.name, warning)
    if outcome.error:
        report.failed.append(f"{job.statement.src_path}: {job.layout.name}: "
                             f"{job.target.value}: {outcome.error}")
        return
    write_atomically(outcome.pdf, job.out_path)
    outputs.record(job.out_path, outcome.task.key, outcome.pdf)
    if outcome.adjustments != outcome.task.known:
        fits.put(outcome.task.key, outcome.adjustments)
    report.built.append(BuiltPdf(job, outcome.pages, outcome.note, outcome.renders,
                                 outcome.adjustments.body_pt if outcome.adjustments else None))


def _tasks(workspace: Workspace, jobs: list[BuildJob], press: PressSettings | None,
           strict: bool, statements: list[Statement]) -> list[Task]:
    """Each job with its inputs and the key that names them all."""
    pdf_date = workspace_pdf_date(workspace, statements)
    context = RenderContext(config=workspace.config, target=Target.SCREEN,
                            workspace_layouts=workspace.layouts_dir, pdf_date=pdf_date)
    base_key = workspace_digest(workspace, repr(press), pdf_date, strict)
    layout_keys: dict[str, str] = {}
    tasks = []
    for job in jobs:
        if job.layout.name not in layout_keys:
            layout_keys[job.layout.name] = layout_digest(job.layout, workspace)
        key = digest(base_key, layout_keys[job.layout.name], job.target.value,
                     job.statement.src_path.read_bytes(), str(job.out_path.name))
        tasks.append(Task(job, context, readable_roots(workspace, job), strict, press, key))
    return tasks


def readable_roots(workspace: Workspace, job: BuildJob) -> tuple[Path, ...]:
    """What typesetting may read: the workspace (or, with no pamphlet.toml, only the
    statement's own folder) and the package's layouts, fonts and ICC profiles."""
    root = workspace.root if workspace.config_path.is_file() else job.statement.src_path.parent
    return (root, *package_roots())


def _expand(paths: list[Path]) -> list[Path]:
    """Folders stand for the ``*.md`` files in them."""
    expanded: list[Path] = []
    for path in paths:
        expanded += sorted(path.glob("*.md")) if path.is_dir() else [path]
    return expanded


def _plan(statements: list[Statement], layouts: dict[str, Layout], broken: dict[str, str],
          layout_names: list[str] | None, targets: list[Target], out_dir: Path,
          report: BuildReport) -> list[BuildJob]:
    """One job per statement, layout and target; two jobs never write one file."""
    jobs: dict[Path, BuildJob | None] = {}
    for statement in statements:
        for name in dict.fromkeys(layout_names or statement.layouts):
            if name in broken:
                report.failed.append(f"{statement.src_path}: {broken[name]}")
                continue
            if name not in layouts:
                report.failed.append(
                    f"{statement.src_path}: unknown layout '{name}'; "
                    f"known layouts: {', '.join(layouts)}")
                continue
            if layouts[name].kind == "book":
                report.failed.append(f"{statement.src_path}: {name} is a book layout; "
                                     "use `pamphlet collection` for it")
                continue
            for target in dict.fromkeys(targets):
                out_path = out_dir / output_name(statement, layouts[name], target)
                if out_path in jobs:
                    other = jobs[out_path]
                    if other is not None:
                        report.failed.append(f"{other.statement.src_path}: writes "
                                             f"{out_path.name} as {statement.src_path} does")
                    report.failed.append(f"{statement.src_path}: writes {out_path.name} as "
                                         f"another statement does; give one its own 'slug:'")
                    jobs[out_path] = None  # neither builds
                    continue
                jobs[out_path] = BuildJob(statement, layouts[name], target, out_path)
    return [job for job in jobs.values() if job is not None]
