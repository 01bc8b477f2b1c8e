"""Preflight inside the project (``pamphlet check``): built PDFs against their target and
layout, and sources before they are built.

Each check gives one ``Finding`` (pass, warn or fail, with its detail), so the CLI can print
lines or JSON and exit non-zero on any failure. The checks every PDF gets live here; each
target adds its own (targets/*.py ``check_pdf``).
"""

from __future__ import annotations

import functools

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pamphlet.config.workspace import Workspace
from pamphlet.errors import PamphletError
from pamphlet.files import RefusedFile, read_limited
from pamphlet.load.budget import OverBudget, time_limit
from pamphlet.render.layouts import Layout, LayoutKind, find_layouts
from pamphlet.targets import get_target, target_names
from pamphlet.targets.base import CheckContext, Finding, Status, Target
from pamphlet.targets.checks import qr_findings

__all__ = ["CheckReport", "Finding", "Status", "check_paths"]


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
        self.findings.append(Finding.of(check, passed, detail, warn_only))

    def to_dict(self) -> dict:
        data = asdict(self)
        data["path"] = str(self.path)
        data["ok"] = self.ok
        data["findings"] = [{**asdict(f), "status": f.status.value} for f in self.findings]
        return data


def _output_name() -> re.Pattern:
    """``<slug>.<layout>.<target>.pdf``, for the targets the registry knows."""
    targets = "|".join(re.escape(name) for name in target_names())
    return re.compile(rf"^(?P<slug>.+)\.(?P<layout>[^.]+)\.(?P<target>{targets})\.pdf$")


def check_paths(workspace: Workspace, paths: list[Path], target: str | None = None,
                layout_name: str | None = None, printer_name: str | None = None
                ) -> list[CheckReport]:
    """Check every path: ``.pdf`` files as built output, anything else as a source."""
    layouts = find_layouts(workspace.layouts_dir)
    reports = []
    expanded = []
    for path in paths:  # a folder stands for the PDFs and statements in it
        inside = sorted([*path.glob("*.pdf"), *path.glob("*.md")]) if path.is_dir() else []
        if path.is_dir() and (path.suffix.lower() in (".pdf", ".md") or not inside):
            folder = CheckReport(path, "folder")
            folder.add("file", False, "is a folder, not a PDF or a statement"
                       if path.suffix.lower() in (".pdf", ".md")
                       else "is a folder with no PDFs or statements (.md) in it")
            reports.append(folder)
            continue
        expanded += inside if path.is_dir() else [path]
    for path in expanded:
        if path.suffix.lower() == ".pdf":
            reports.append(check_pdf(workspace, path, layouts, target, layout_name,
                                     printer_name))
        else:
            reports.append(check_source(workspace, path, layouts, layout_name))
    return reports


def check_pdf(workspace: Workspace, path: Path, layouts: dict[str, Layout],
              target_name: str | None = None, layout_name: str | None = None,
              printer_name: str | None = None) -> CheckReport:
    """Preflight one PDF; target and layout come from the options or the file's name."""
    from pamphlet.pdf.inspect import TooComplex

    named = _output_name().match(path.name)
    target_name = target_name or (named["target"] if named else None)
    layout_name = layout_name or (named["layout"] if named else None)
    report = CheckReport(path, "pdf", target_name or "", layout_name or "")
    try:
        data = read_limited(path, MAX_PDF_BYTES)
    except (RefusedFile, OSError) as error:
        report.add("file", False, str(error) if isinstance(error, RefusedFile)
                   else f"cannot be read ({error.strerror or error})")
        return report
    try:  # the whole preflight of one file has a time budget, besides the walk's own
        with time_limit(CHECK_SECONDS, "checking it"):
            _check_read_pdf(report, workspace, data, layouts, target_name, layout_name,
                            printer_name)
    except (TooComplex, OverBudget) as error:  # built to make a preflight hang: say so
        report.add("complexity", False, f"too complex to check ({error})")
    return report


#: How long the preflight of one file may take (a 1,000-statement book takes seconds).
CHECK_SECONDS = 120


def _check_read_pdf(report: CheckReport, workspace: Workspace, data: bytes,
                    layouts: dict[str, Layout], target_name: str | None,
                    layout_name: str | None, printer_name: str | None) -> None:
    from pamphlet.pdf.inspect import TooComplex, inspect_pdf

    try:
        facts = inspect_pdf(data)
    except TooComplex:
        raise
    except Exception as error:  # any unreadable file is a finding, not a crash
        report.add("file", False, f"not a readable PDF ({type(error).__name__}: "
                                  f"{str(error)[:200]})")
        return
    report.add("file", True, f"PDF {facts.version}, {len(facts.page_boxes)} page(s)")
    # a book or its cover says what it is (collection/): its layout and target
    target_name = target_name or facts.identity.get("target")
    layout_name = layout_name or facts.identity.get("layout")
    report.target, report.layout = target_name or "", layout_name or ""
    if facts.identity.get("kind") == "cover" and layout_name in layouts:
        layouts = {**layouts, layout_name: _cover_layout(report, facts, layouts[layout_name],
                                                         workspace)}
    report.add("active-content", not facts.active_content,
               f"{_listed(facts.active_content)}: pamphlet writes none, a print shop's "
               "PDF/X forbids them, and they can act when the file is opened"
               if facts.active_content else "no JavaScript, actions or embedded files")
    try:
        _check_contents(report, workspace, data, facts, layouts, target_name, layout_name,
                        printer_name)
    except OverBudget:
        raise
    except Exception as error:  # a check that trips over a hostile file: a finding
        report.add("check", False, f"could not finish ({type(error).__name__}: "
                                   f"{str(error)[:200]})")


#: A file larger than this is no leaflet, statement or book pamphlet made.
MAX_PDF_BYTES = 2_000_000_000


def _listed(items: list[str]) -> str:
    text = ", ".join(items[:-1]) + (" and " if len(items) > 1 else "") + items[-1]
    return text[:1].upper() + text[1:]


def _check_contents(report: CheckReport, workspace: Workspace, data: bytes, facts,
                    layouts: dict[str, Layout], target_name: str | None,
                    layout_name: str | None, printer_name: str | None) -> None:
    """The checks after the file is read: page budget, the target's own, images, fonts,
    imprint, QR codes."""
    target = get_target(target_name) if target_name else None
    if target is None or layout_name not in layouts:
        report.add("target", False, "cannot tell the target and layout: name the file "
                   "<slug>.<layout>.<target>.pdf or pass --target and --layout")
    else:
        layout = layouts[layout_name]
        context = CheckContext(workspace, layout, data=data, extra={"printer": printer_name})
        pages = len(facts.page_boxes)
        report.add("page-count", layout.budget.allows(pages),
                   f"{pages} page(s); {layout.name} allows {layout.budget.describe()}")
        report.findings += target.check_pdf(facts, context)
        _check_images(report, facts, target, context)
    _check_fonts(report, facts)
    _check_imprint(report, data, workspace, target)
    report.findings += qr_findings(data)


def _cover_layout(report: CheckReport, facts, layout: Layout, workspace: Workspace) -> Layout:
    """A book's cover: its trim is two of the book's trims and the spine, which must be
    the book's pages times the caliper of the paper pamphlet.toml names."""
    from dataclasses import replace

    from pamphlet.collection.cover import spine_width_mm

    binding = workspace.config.binding
    try:
        spine, pages = float(facts.identity["spinemm"]), int(facts.identity["pages"])
    except (KeyError, ValueError):
        report.add("spine", False, "the cover does not say its spine width and page count")
        return layout
    wanted = spine_width_mm(pages, binding.caliper_mm)
    report.add("spine", abs(spine - wanted) <= 0.05,
               f"spine {spine:g} mm for {pages} pages on {binding.paper_name}"
               + ("" if abs(spine - wanted) <= 0.05 else f": should be {wanted:g} mm"))
    page = layout.page
    return replace(layout, name=f"{layout.name} cover",
                   page=replace(page, width_mm=2 * page.width_mm + spine))


def _check_fonts(report: CheckReport, facts) -> None:
    from pamphlet.resources import bundled_font_base_names

    families = bundled_font_base_names()
    missing = sorted(f.name for f in facts.fonts if not f.embedded)
    foreign = sorted(f.name for f in facts.fonts if not _bundled(f.name, families))
    report.add("fonts-embedded", not missing,
               f"not embedded: {', '.join(missing)}" if missing
               else f"{len(facts.fonts)} font(s), all embedded")
    report.add("fonts-bundled", not foreign,
               f"not from fonts/: {', '.join(foreign)}" if foreign
               else "every font is one of the bundled faces")


#: Words WeasyPrint adds to a family's name for a face's weight, width and style.
_STYLE_WORDS = {"Regular", "Bold", "Italic", "Oblique", "Condensed", "Semi", "SemiBold",
                "Demi", "Heavy", "Black", "Light", "Medium", "Thin", "Extra", "Ultra",
                "Book", "Expanded", "Narrow"}


def _bundled(name: str, families: tuple[str, ...]) -> bool:
    """Whether a /BaseFont names a bundled face: one of its names, perhaps followed by
    the words for its weight, width and style ("Pamphlet-Text-Bold")."""
    return any(name == family or name.startswith(f"{family}-") and set(
        name[len(family) + 1:].split("-")) <= _STYLE_WORDS for family in families)


def _check_images(report: CheckReport, facts, target: Target, context: CheckContext) -> None:
    if not facts.images:
        report.add("image-resolution", True, "no images")
        return
    floor, warn_only = target.min_ppi(context)
    low = [image for image in facts.images if image.ppi < floor]
    detail = (f"lowest {min(i.ppi for i in facts.images):.0f} ppi at placed size; "
              f"needs {floor} ppi")
    if low:
        detail = "; ".join(f"page {i.page}: {i.ppi:.0f} ppi" for i in low[:3]) + \
                 f" at placed size; needs {floor} ppi"
    report.add("image-resolution", not low, detail, warn_only=warn_only)


def _check_imprint(report: CheckReport, data: bytes, workspace: Workspace,
                   target: Target | None) -> None:
    import io

    from pypdf import PdfReader

    required = target is not None and target.imprint_required
    try:
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    except Exception as error:
        report.add("imprint", False, f"text cannot be read ({error})")
        return
    imprint = workspace.config.imprint
    placeholders = set(imprint.placeholders)
    wanted = next((getattr(imprint, name) for name in ("promoter", "printer")
                   if getattr(imprint, name) and name not in placeholders), "")
    if not wanted:
        report.add("imprint", False, "pamphlet.toml has no complete [imprint] to look for",
                   warn_only=not required)
        return
    found = _normalise(wanted) in _normalise(text) or _found_across_lines(wanted, text)
    report.add("imprint", found, "imprint found" if found else f"no imprint ('{wanted}')",
               warn_only=not required)


def _found_across_lines(wanted: str, text: str) -> bool:
    """Whether ``wanted`` is in a right-to-left ``text`` cut at word boundaries into
    pieces on consecutive lines, each piece whole words somewhere in its line: a Latin name
    broken over two lines of a right-to-left imprint comes out of the PDF in visual order,
    its second half at the far end of the next line."""
    if not re.search(RTL_CHARACTERS, text):
        return False
    lines = [_normalise(line, spaces=True) for line in text.splitlines()]
    words = wanted.split()

    @functools.cache
    def rest_found(start: int, line: int) -> bool:
        """Whether words[start:] begin on ``line`` and go on from the lines after it."""
        for end in range(len(words), start, -1):
            piece = re.escape(_normalise(" ".join(words[start:end]), spaces=True))
            if re.search(rf"(?<!\w){piece}(?!\w)", lines[line]) and (
                    end == len(words) or (line + 1 < len(lines) and rest_found(end, line + 1))):
                return True
        return False

    return bool(words) and any(rest_found(0, line) for line in range(len(lines)))


#: Letters of the right-to-left scripts pamphlet sets (Hebrew, Arabic).
RTL_CHARACTERS = "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"


def _normalise(text: str, spaces: bool = False) -> str:
    """Text to compare: no line-end hyphens, every quotation mark and apostrophe alike (the
    imprint is set with the language's typographic ones), no spaces (or, with ``spaces``,
    each run of them one space)."""
    text = re.sub(r"[\u2010\u00ad-]\s*\n\s*", "", text)
    text = re.sub("[\u2018\u2019\u201a\u201b\u2039\u203a]", "'", text)
    text = re.sub("[\u201c\u201d\u201e\u201f\u00ab\u00bb]", '"', text)
    return re.sub(r"\s+", " " if spaces else "", text).strip().lower()


def check_source(workspace: Workspace, path: Path, layouts: dict[str, Layout],
                 layout_name: str | None = None) -> CheckReport:
    """Check a source: front matter, demands, drawable characters, and its page budget."""
    from pamphlet.load.sources import load_statement

    report = CheckReport(path, "source", layout=layout_name or "")
    try:
        statement = load_statement(path, workspace.config, root=workspace.root)
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
    from pamphlet.load.dates import workspace_pdf_date
    from pamphlet.render.html import RenderContext
    from pamphlet.resources import package_roots
    from pamphlet.typeset.fit import set_statement

    if layout.kind is LayoutKind.BOOK:
        return True, f"{layout.name}: a book layout; `pamphlet collection` sets it"
    screen = get_target("screen")
    context = RenderContext(workspace.config, screen.name, workspace.layouts_dir,
                            workspace_pdf_date(workspace, [statement]),
                            screen.style(workspace.config, None))
    try:
        result = set_statement(statement, layout, context, (workspace.root, *package_roots()),
                               screen.typeset_options(layout, None, False)).result
    except PamphletError as error:
        return False, f"{layout.name}: {error}"
    return True, (f"{layout.name}: {result.page_count} page(s), "
                  f"within {layout.budget.describe()}")
