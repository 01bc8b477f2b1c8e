"""Preflight inside the project: check built PDFs and sources against a target and layout.

Each check gives one ``Finding`` (pass, warn or fail, with its detail), so the CLI can print
lines or JSON and exit non-zero on any failure. PDFs are read with pikepdf and pypdf.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from enum import Enum
from pathlib import Path

from pamphlet.config.workspace import Target, Workspace
from pamphlet.errors import PamphletError
from pamphlet.render.layouts import Layout, find_layouts

#: Below this, images look soft even on an office printer or a screen.
SOFT_PPI = 150
TOLERANCE_MM = 0.5


class Status(str, Enum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True)
class Finding:
    check: str
    status: Status
    detail: str


@dataclass
class CheckReport:
    """The findings for one file."""

    path: Path
    kind: str  # "pdf" or "source"
    target: str = ""
    layout: str = ""
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(f.status is not Status.FAIL for f in self.findings)

    def add(self, check: str, passed: bool, detail: str, warn_only: bool = False) -> None:
        status = Status.PASS if passed else (Status.WARN if warn_only else Status.FAIL)
        self.findings.append(Finding(check, status, detail))

    def to_dict(self) -> dict:
        data = asdict(self)
        data["path"] = str(self.path)
        data["ok"] = self.ok
        data["findings"] = [{**asdict(f), "status": f.status.value} for f in self.findings]
        return data


_OUTPUT_NAME = re.compile(r"^(?P<slug>.+)\.(?P<layout>[^.]+)\.(?P<target>screen|print|office)"
                          r"\.pdf$")


def check_paths(workspace: Workspace, paths: list[Path], target: Target | None = None,
                layout_name: str | None = None, printer_name: str | None = None
                ) -> list[CheckReport]:
    """Check every path: ``.pdf`` files as built output, anything else as a source."""
    layouts = find_layouts(workspace.layouts_dir)
    reports = []
    expanded = []
    for path in paths:  # a folder stands for the PDFs and statements in it
        expanded += (sorted([*path.glob("*.pdf"), *path.glob("*.md")]) if path.is_dir()
                     else [path])
    for path in expanded:
        if path.suffix.lower() == ".pdf":
            reports.append(check_pdf(workspace, path, layouts, target, layout_name,
                                     printer_name))
        else:
            reports.append(check_source(workspace, path, layouts, layout_name))
    return reports


def check_pdf(workspace: Workspace, path: Path, layouts: dict[str, Layout],
              target: Target | None = None, layout_name: str | None = None,
              printer_name: str | None = None) -> CheckReport:
    """Preflight one PDF; target and layout come from the options or the file's name."""
    from pamphlet.pdf.inspect import inspect_pdf

    named = _OUTPUT_NAME.match(path.name)
    target = target or (Target(named["target"]) if named else None)
    layout_name = layout_name or (named["layout"] if named else None)
    report = CheckReport(path, "pdf", target.value if target else "", layout_name or "")
    try:
        data = path.read_bytes()
        facts = inspect_pdf(data)
    except Exception as error:  # any unreadable file is a finding, not a crash
        report.add("file", False, f"not a readable PDF ({type(error).__name__}: {error})")
        return report
    report.add("file", True, f"PDF {facts.version}, {len(facts.page_boxes)} page(s)")
    if target is None or layout_name not in layouts:
        report.add("target", False, "cannot tell the target and layout: name the file "
                   "<slug>.<layout>.<target>.pdf or pass --target and --layout")
    else:
        layout = layouts[layout_name]
        _check_pages(report, facts, layout, target)
        _check_boxes(report, facts, layout, target, workspace, printer_name)
        _check_colours(report, facts, target)
    _check_fonts(report, facts)
    _check_images(report, facts, target, workspace, printer_name)
    _check_imprint(report, data, workspace, target)
    return report


def _check_pages(report: CheckReport, facts, layout: Layout, target: Target) -> None:
    pages = len(facts.page_boxes)
    report.add("page-count", layout.budget.allows(pages),
               f"{pages} page(s); {layout.name} allows {layout.budget.describe()}")


def _size(box) -> tuple[float, float]:
    return box[2] - box[0], box[3] - box[1]


def _close(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return all(abs(x - y) <= TOLERANCE_MM for x, y in zip(a, b))


def _check_boxes(report: CheckReport, facts, layout: Layout, target: Target,
                 workspace: Workspace, printer_name: str | None) -> None:
    trim = (layout.page.width_mm, layout.page.height_mm)
    problems = []
    for number, boxes in enumerate(facts.page_boxes, 1):
        media = boxes["MediaBox"]
        if target is Target.PRINT:
            if "TrimBox" not in boxes or not _close(_size(boxes["TrimBox"]), trim):
                problems.append(f"page {number}: TrimBox is not {trim[0]:g}x{trim[1]:g} mm")
                continue
            bleed = workspace.config.printer(printer_name).bleed_mm
            box, t = boxes.get("BleedBox", media), boxes["TrimBox"]
            real = min(t[0] - box[0], t[1] - box[1], box[2] - t[2], box[3] - t[3])
            if real < bleed - TOLERANCE_MM:
                problems.append(f"page {number}: bleed {real:.1f} mm, the profile needs "
                                f"{bleed:g} mm")
        elif target is Target.OFFICE:
            a4 = {(297.0, 210.0), (210.0, 297.0)}
            if not any(_close(_size(media), size) for size in a4):
                problems.append(f"page {number}: sheet is {_size(media)[0]:.0f}x"
                                f"{_size(media)[1]:.0f} mm, not A4")
        elif not _close(_size(media), trim):
            problems.append(f"page {number}: page is {_size(media)[0]:.1f}x"
                            f"{_size(media)[1]:.1f} mm, not {trim[0]:g}x{trim[1]:g} mm")
    report.add("page-size", not problems, "; ".join(problems[:3]) or
               f"every page fits {layout.name} for {target.value}")


def _check_colours(report: CheckReport, facts, target: Target) -> None:
    families = sorted(facts.colour_families)
    if target is Target.PRINT:
        bad = [f for f in families if f in ("RGB", "Lab", "Unknown")]
        report.add("colour", not bad, f"uses {', '.join(families) or 'no colour'}"
                   + (f"; {', '.join(bad)} is not allowed in print, use CMYK" if bad else ""))
        intents = facts.output_intents
        good = any(i["subtype"] == "/GTS_PDFX" and i["components"] == 4 for i in intents)
        report.add("output-intent", good, ", ".join(str(i["condition"]) for i in intents)
                   or "no PDF/X output intent with a CMYK profile")
    else:
        report.add("colour", True, f"uses {', '.join(families) or 'no colour'}")


def _check_fonts(report: CheckReport, facts) -> None:
    from pamphlet.resources import bundled_font_families

    families = tuple(name.replace(" ", "-") for name in bundled_font_families())
    missing = sorted(f.name for f in facts.fonts if not f.embedded)
    foreign = sorted(f.name for f in facts.fonts if not f.name.startswith(families))
    report.add("fonts-embedded", not missing,
               f"not embedded: {', '.join(missing)}" if missing
               else f"{len(facts.fonts)} font(s), all embedded")
    report.add("fonts-bundled", not foreign,
               f"not from fonts/: {', '.join(foreign)}" if foreign
               else "every font is one of the bundled faces")


def _check_images(report: CheckReport, facts, target: Target | None, workspace: Workspace,
                  printer_name: str | None) -> None:
    if not facts.images:
        report.add("image-resolution", True, "no images")
        return
    floor = (workspace.config.printer(printer_name).min_ppi if target is Target.PRINT
             else SOFT_PPI)
    low = [image for image in facts.images if image.ppi < floor]
    detail = (f"lowest {min(i.ppi for i in facts.images):.0f} ppi at placed size; "
              f"needs {floor} ppi")
    if low:
        detail = "; ".join(f"page {i.page}: {i.ppi:.0f} ppi" for i in low[:3]) + \
                 f" at placed size; needs {floor} ppi"
    report.add("image-resolution", not low, detail, warn_only=target is not Target.PRINT)


def _check_imprint(report: CheckReport, data: bytes, workspace: Workspace,
                   target: Target | None) -> None:
    import io

    from pypdf import PdfReader

    try:
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    except Exception as error:
        report.add("imprint", False, f"text cannot be read ({error})")
        return
    imprint = workspace.config.imprint
    placeholders = set(imprint.placeholders)
    wanted = next((getattr(imprint, name) for name in ("promoter", "printer")
                   if getattr(imprint, name) and name not in placeholders), "")
    if not wanted:
        report.add("imprint", False, "pamphlet.toml has no complete [imprint] to look for",
                   warn_only=target is not Target.PRINT)
        return
    found = _normalise(wanted) in _normalise(text)
    report.add("imprint", found, "imprint found" if found else f"no imprint ('{wanted}')",
               warn_only=target is not Target.PRINT)


def _normalise(text: str) -> str:
    text = re.sub(r"[\u2010\u00ad-]\s*\n\s*", "", text)
    return re.sub(r"\s+", "", text).replace("\u2019", "'").lower()


def check_source(workspace: Workspace, path: Path, layouts: dict[str, Layout],
                 layout_name: str | None = None) -> CheckReport:
    """Check a source: front matter, demands, drawable characters, and its page budget."""
    from pamphlet.load.sources import load_statement

    report = CheckReport(path, "source", layout=layout_name or "")
    try:
        statement = load_statement(path, workspace.config)
    except PamphletError as error:
        report.add("source", False, str(error))
        return report
    report.add("source", True, "front matter valid; every character can be drawn")
    report.add("demands", bool(statement.demands),
               f"{len(statement.demands)} demand(s)" if statement.demands
               else "no '::: demands' block: there will be no slogan block", warn_only=True)
    for name in ([layout_name] if layout_name else statement.layouts):
        if name not in layouts:
            report.add("fit", False, f"unknown layout '{name}'; known: {', '.join(layouts)}")
            continue
        report.add("fit", *_fits(workspace, statement, layouts[name]))
    return report


def _fits(workspace: Workspace, statement, layout: Layout) -> tuple[bool, str]:
    """Set the statement as a screen build would, without writing it."""
    from pamphlet.build.run import workspace_pdf_date
    from pamphlet.typeset.fit import set_statement
    from pamphlet.render.html import RenderContext
    from pamphlet.resources import package_roots
    from pamphlet.targets.base import typeset_options

    if layout.kind == "book":
        return True, f"{layout.name}: a book layout; `pamphlet collection` sets it"
    context = RenderContext(workspace.config, Target.SCREEN, workspace.layouts_dir,
                            workspace_pdf_date(workspace, [statement]))
    try:
        result = set_statement(statement, layout, context, (workspace.root, *package_roots()),
                               typeset_options(Target.SCREEN, layout, None, False)).result
    except PamphletError as error:
        return False, f"{layout.name}: {error}"
    return True, (f"{layout.name}: {result.page_count} page(s), "
                  f"within {layout.budget.describe()}")
