"""Orchestration: gather every statement, then render → typeset → write each one.

A failing statement is reported with its reason and the rest still build; the report
says what was built and what failed, and the CLI turns it into an exit code.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from pamphlet.cache import FitCache, digest, files_digest
from pamphlet.config import Config, PrinterProfile, Target, Workspace
from pamphlet.errors import ConfigError, PamphletError
from pamphlet.finish import write_atomically
from pamphlet.layouts import Layout, scan_layouts
from pamphlet.render import RenderContext
from pamphlet.resources import BUILTIN_ICC, icc_dir, package_roots
from pamphlet.sources import Statement, load_all

log = logging.getLogger("pamphlet")
MM = 72 / 25.4


@dataclass(frozen=True)
class BuildJob:
    """One PDF to make: a statement through a layout for a target."""

    statement: Statement
    layout: Layout
    target: Target
    out_path: Path


@dataclass(frozen=True)
class BuiltPdf:
    job: BuildJob
    pages: int
    #: What to tell the printer, for the office target.
    note: str = ""


@dataclass
class BuildReport:
    """What a build did: PDFs written, one line per failure, warnings."""

    built: list[BuiltPdf] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


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
          printer_name: str | None = None) -> BuildReport:
    """Build every statement in ``paths`` (default: the workspace's sources)."""
    report = BuildReport()
    targets = targets or list(workspace.config.defaults.targets)
    press = None
    if Target.PRINT in targets:
        press = press_settings(workspace, printer_name)
    sources = _expand(paths) if paths else workspace.source_paths()
    statements, problems = load_all(sources, workspace.config)
    report.failed += [str(problem) for problem in problems]
    if not sources:
        report.failed.append(f"{workspace.sources_dir}: no statements to build (*.md)")
    layouts, broken = scan_layouts(workspace.layouts_dir)
    jobs = _plan(statements, layouts, broken, layout_names, targets,
                 out_dir or workspace.root / "build", report)
    context = RenderContext(config=workspace.config, target=Target.SCREEN,
                            workspace_layouts=workspace.layouts_dir,
                            pdf_date=workspace_pdf_date(workspace, statements))
    fits = FitCache(workspace.root)
    base_key = _inputs_digest(workspace, press)
    layout_keys: dict[str, str] = {}
    for job in jobs:
        if job.layout.name not in layout_keys:
            layout_keys[job.layout.name] = files_digest(_layout_files(job.layout, workspace))
        key = digest(base_key, layout_keys[job.layout.name], job.target.value,
                     job.statement.src_path.read_bytes())
        try:
            report.built.append(build_one(job, context, readable_roots(workspace, job),
                                          strict, press, fits, key))
        except PamphletError as error:
            report.failed.append(f"{job.statement.src_path}: {job.layout.name}: "
                                 f"{job.target.value}: {error}")
    return report


def readable_roots(workspace: Workspace, job: BuildJob) -> tuple[Path, ...]:
    """What typesetting may read: the workspace (or, with no pamphlet.toml, only the
    statement's own folder) and the package's layouts, fonts and ICC profiles."""
    root = workspace.root if workspace.config_path.is_file() else job.statement.src_path.parent
    return (root, *package_roots())


@dataclass(frozen=True)
class PressSettings:
    """What the print target needs beyond a statement: the profile and its ICC file."""

    printer: PrinterProfile
    icc_path: Path


def press_settings(workspace: Workspace, printer_name: str | None) -> PressSettings:
    """The printer profile for a print build, its ICC file, and the imprint it requires."""
    config = workspace.config
    printer = config.printer(printer_name)
    _check_imprint(config, printer)
    if printer.icc in BUILTIN_ICC:
        icc_path = icc_dir() / BUILTIN_ICC[printer.icc]
    else:
        icc_path = (workspace.root / printer.icc).resolve()
        if not icc_path.is_relative_to(workspace.root.resolve()) or not icc_path.is_file():
            raise ConfigError(f"{workspace.config_path}: printers.{printer.name}.icc: no ICC "
                              f"profile '{printer.icc}' in the workspace (built in: "
                              f"{', '.join(BUILTIN_ICC)})")
        _check_cmyk_profile(workspace, printer, icc_path)
    return PressSettings(printer, icc_path)


def _check_cmyk_profile(workspace: Workspace, printer: PrinterProfile, path: Path) -> None:
    """An output intent needs a CMYK output (printer) profile, not any file."""
    from PIL import ImageCms

    try:
        profile = ImageCms.getOpenProfile(str(path)).profile
        ok = profile.xcolor_space.strip() == "CMYK" and profile.device_class == "prtr"
    except (OSError, ImageCms.PyCMSError):
        ok = False
    if not ok:
        raise ConfigError(f"{workspace.config_path}: printers.{printer.name}.icc: "
                          f"'{printer.icc}' is not a CMYK output (printer) ICC profile")


def _check_imprint(config: Config, printer: PrinterProfile) -> None:
    imprint = config.imprint
    if not printer.require_imprint or imprint.complete:
        return
    missing = [name for name in ("promoter", "printer") if not getattr(imprint, name)]
    problems = ([f"{', '.join(missing)} missing"] if missing else []) + (
        [f"{', '.join(imprint.placeholders)} still a placeholder"] if imprint.placeholders else [])
    raise ConfigError(f"the print target needs an imprint ({'; '.join(problems)}): fill in "
                      f"[imprint] promoter and printer in pamphlet.toml, or set "
                      f"require_imprint = false in [printers.{printer.name}]")


def _inputs_digest(workspace: Workspace, press: PressSettings | None) -> str:
    """What every job of a build shares: versions, fonts, pamphlet.toml, the printer."""
    from pamphlet import __version__
    from pamphlet.resources import fonts_dir

    config = workspace.config_path.read_bytes() if workspace.config_path.is_file() else b""
    return digest(__version__, _weasyprint_version(), files_digest(fonts_dir().iterdir()),
                  config, repr(press))


def _weasyprint_version() -> str:
    from importlib.metadata import version

    return version("weasyprint")


def _layout_files(layout: Layout, workspace: Workspace) -> list[Path]:
    """Every file a layout's output depends on: its folder, its stylesheets, the base."""
    from pamphlet.layouts import layout_roots

    files = [p for p in layout.folder.rglob("*") if p.is_file()] + list(layout.stylesheets)
    for root in layout_roots(workspace.layouts_dir):
        base = root / "_base"
        if base.is_dir():
            files += [p for p in base.rglob("*") if p.is_file()]
    return files


def build_one(job: BuildJob, context: RenderContext, roots: tuple[Path, ...],
              strict: bool, press: PressSettings | None = None,
              fits: FitCache | None = None, fit_key: str = "") -> BuiltPdf:
    """Render, typeset, finish and write one PDF; the old file stays if anything fails."""
    from pamphlet.fit import set_statement  # heavy (WeasyPrint): imported only to build
    from pamphlet.typeset import TypesetOptions

    context = replace(context, target=job.target)
    if job.target is Target.PRINT:
        assert press is not None
        context = replace(context, printer=press.printer)
        options = TypesetOptions(pdf_variant=press.printer.variant.value, strict=strict,
                                 cmyk_profile=press.icc_path)
    elif job.target is Target.OFFICE:
        _check_office_size(job.layout)
        options = TypesetOptions(strict=strict)
    else:  # screen: tagged, identified as PDF/UA-1
        options = TypesetOptions(pdf_variant="pdf/ua-1", strict=strict)
    known = fits.get(fit_key) if fits else None
    fitted = set_statement(job.statement, job.layout, context, roots, options, known)
    result = fitted.result
    if fits and fitted.adjustments != known:
        fits.put(fit_key, fitted.adjustments)
    for warning in result.warnings:
        log.warning("%s: %s: %s", job.statement.src_path, job.layout.name, warning)
    pdf, note = result.pdf, ""
    if job.target is Target.PRINT:
        pdf = _finish_for_press(pdf, result.identifier, press)
    elif job.target is Target.OFFICE:
        pdf, note = _finish_for_office(pdf, job.layout)
    write_atomically(pdf, job.out_path)
    return BuiltPdf(job, result.page_count, note)


def _check_office_size(layout: Layout) -> None:
    from pamphlet.finish import fits_two_up

    page = layout.page
    if not (fits_two_up(page.width_mm, page.height_mm) or _is_a4(layout)):
        raise PamphletError(f"the office target prints A4 sheets: {layout.name} "
                            f"({layout.size_name}) is neither A4 nor small enough for 2-up")


def _is_a4(layout: Layout) -> bool:
    return (round(layout.page.width_mm), round(layout.page.height_mm)) == (210, 297)


def _finish_for_office(pdf: bytes, layout: Layout) -> tuple[bytes, str]:
    from pamphlet.finish import DUPLEX_LONG_EDGE, DUPLEX_SHORT_EDGE, impose_two_up

    if _is_a4(layout):
        return pdf, DUPLEX_LONG_EDGE
    return impose_two_up(pdf), DUPLEX_SHORT_EDGE


def _finish_for_press(pdf: bytes, identifier: str, press: PressSettings) -> bytes:
    from pamphlet.finish import finish_for_press
    from pamphlet.pdfinspect import placed_images

    for image in placed_images(pdf):
        if image.ppi < press.printer.min_ppi:
            raise PamphletError(
                f"an image on page {image.page} is {image.ppi:.0f} ppi at its placed size "
                f"({image.width_px}x{image.height_px} px over {image.width_pt / MM:.0f}x"
                f"{image.height_pt / MM:.0f} mm); printer profile '{press.printer.name}' needs "
                f"{press.printer.min_ppi} ppi: use a larger image or place it smaller")
    return finish_for_press(pdf, press.printer, identifier, press.icc_path)


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
    jobs: dict[Path, BuildJob] = {}
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
            for target in dict.fromkeys(targets):
                out_path = out_dir / output_name(statement, layouts[name], target)
                if out_path in jobs:
                    other = jobs.pop(out_path).statement.src_path
                    report.failed.append(f"{statement.src_path}: writes {out_path.name} as "
                                         f"{other} does; give one of them its own 'slug:'")
                    report.failed.append(f"{other}: writes {out_path.name} as "
                                         f"{statement.src_path} does")
                    jobs[out_path] = None  # neither builds
                    continue
                jobs[out_path] = BuildJob(statement, layouts[name], target, out_path)
    return [job for job in jobs.values() if job is not None]
