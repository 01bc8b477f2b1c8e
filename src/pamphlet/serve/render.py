"""What the render worker does, in its own process: the editor's text set through the
build's own pipeline (plan → fit → target → finish, as ``pamphlet build`` does), the pages
rasterised with pypdfium2, downloads built into build/, thumbnails, the collection.

Every function takes and returns plain data (it crosses a process boundary) and reports a
user's mistake as a problem with its line, never as an exception.
"""

from __future__ import annotations

import hashlib
import io
import re
import tempfile
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path

from pamphlet.build.batch import run_task
from pamphlet.build.run import build, plan_tasks
from pamphlet.config.workspace import find_workspace
from pamphlet.errors import PamphletError, SourceError
from pamphlet.load.glyphs import missing_characters
from pamphlet.load.sources import load_statement
from pamphlet.render.html import Adjustments

#: Pages are rasterised so that their longer side has about this many pixels.
PAGE_PIXELS = 1500
THUMB_PIXELS = 300
#: JPEG keeps a page's text crisp at this quality without chroma subsampling, and encodes
#: ten times faster than PNG (the live preview's budget is half a second).
JPEG_QUALITY = 92
#: Encoded pages kept by the digest of their pixels: a page an edit left as it was is not
#: encoded again, and keeps its name, so the browser shows it without fetching it.
ENCODED_KEPT = 32
_encoded: OrderedDict[str, bytes] = OrderedDict()


@dataclass
class Problem:
    """One thing to tell the writer: an error, a warning or a preflight finding, with the
    source line it concerns when there is one."""

    kind: str  # "error", "glyph", "warning", "pass", "warn", "fail"
    message: str
    line: int | None = None
    check: str = ""


@dataclass
class Preview:
    """The outcome of setting one version of the text."""

    ok: bool
    pages: list[bytes] = field(default_factory=list)
    #: Per page, a name for its pixels (the same page looks the same: the same name).
    page_keys: list[str] = field(default_factory=list)
    #: Per page, in pt from the media box's top left: media size, trim and bleed boxes.
    boxes: list[dict] = field(default_factory=list)
    pdf: bytes = b""
    adjustments: dict | None = None
    renders: int = 0
    body_pt: float | None = None
    leading_pt: float | None = None
    page_count: int = 0
    budget: str = ""
    note: str = ""
    problems: list[Problem] = field(default_factory=list)
    preflight: list[Problem] = field(default_factory=list)


def preview(root: str, name: str, text: str, layout: str, target: str,
            start: dict | None = None, preflight: bool = False) -> Preview:
    """Set ``text`` (the editor's, unsaved) as ``sources/<name>`` through ``layout`` for
    ``target``; ``start`` is the last version's fit, to start from."""
    workspace = find_workspace(Path(root))
    path = workspace.sources_dir / name
    glyphs = [Problem("glyph", f"the bundled fonts cannot draw {m.describe()}", m.line)
              for m in missing_characters(text)]
    try:
        statement = load_statement(path, workspace.config, text, root=workspace.root)
        tasks, failed = plan_tasks(workspace, [statement], [layout], [target])
    except SourceError as error:  # characters the fonts lack come first, one line each
        return Preview(False, problems=glyphs or [Problem("error", error.reason, error.line)])
    except PamphletError as error:
        return Preview(False, problems=[Problem("error", line) for line in str(error)
                                        .splitlines()])
    if failed or not tasks:
        return Preview(False, problems=[Problem("error", _without_path(line, path))
                                        for line in failed or ["nothing to set"]])
    task = tasks[0]
    if start is not None:
        task = replace(task, start=Adjustments.from_dict(start))
    outcome = run_task(task)
    if outcome.error:
        return Preview(False, problems=[Problem("error", outcome.error)])
    pdf = next(o.data for o in outcome.outputs if o.suffix == ".pdf")
    pages, boxes, keys = rasterise(pdf, PAGE_PIXELS, "JPEG")
    layout_type = task.job.layout.type
    body = outcome.adjustments.body_pt or layout_type.body_pt
    result = Preview(True, pages=pages, page_keys=keys, boxes=boxes, pdf=pdf,
                     adjustments=outcome.adjustments.to_dict(), renders=outcome.renders,
                     body_pt=body, leading_pt=round(task.job.layout.leading_at(body), 2),
                     page_count=outcome.pages, budget=task.job.layout.budget.describe(),
                     note=outcome.note)
    result.problems = [Problem("warning", _shorter(w), _line_naming(text, w))
                       for w in outcome.warnings]
    if preflight:
        result.preflight = preflight_findings(workspace, pdf, layout, target, text,
                                              statement)
    return result


def rasterise(pdf: bytes, longest_px: int, fmt: str, first: int | None = None
              ) -> tuple[list[bytes], list[dict], list[str]]:
    """Each page as an image (JPEG or PNG) whose longer side is about ``longest_px``, its
    boxes (media size; trim and bleed boxes as [left, top, width, height] in pt) and a name
    for its pixels."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images, boxes, keys = [], [], []
    try:
        for index in range(len(document) if first is None else min(first, len(document))):
            page = document[index]
            width, height = page.get_size()
            bitmap = page.render(scale=longest_px / max(width, height))
            pixels = hashlib.blake2b(bitmap.buffer, digest_size=16)
            pixels.update(f"{fmt} {bitmap.width}x{bitmap.height}".encode())
            key = pixels.hexdigest()
            images.append(_encoded_page(key, bitmap, fmt))
            keys.append(key)
            left, bottom, _, top = page.get_mediabox()

            def box(values, left=left, top=top):
                x0, y0, x1, y1 = values
                return [x0 - left, top - y1, x1 - x0, y1 - y0]

            boxes.append({"width": width, "height": height, "trim": box(page.get_trimbox()),
                          "bleed": box(page.get_bleedbox())})
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images, boxes, keys


def _encoded_page(key: str, bitmap, fmt: str) -> bytes:
    """The page's pixels as ``fmt``, encoded once for as long as they are among the last
    ENCODED_KEPT pages seen."""
    if key in _encoded:
        _encoded.move_to_end(key)
        return _encoded[key]
    out = io.BytesIO()
    if fmt == "JPEG":
        bitmap.to_pil().save(out, "JPEG", quality=JPEG_QUALITY, subsampling=0)
    else:
        bitmap.to_pil().save(out, "PNG", optimize=True)
    _encoded[key] = out.getvalue()
    while len(_encoded) > ENCODED_KEPT:
        _encoded.popitem(last=False)
    return _encoded[key]


def preflight_findings(workspace, pdf: bytes, layout: str, target: str, text: str,
                       statement) -> list[Problem]:
    """What ``pamphlet check`` says of this PDF and this source, with lines where the
    source has one to show."""
    from pamphlet.check import check_pdf
    from pamphlet.render.layouts import find_layouts

    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        report = check_pdf(workspace, Path(handle.name), find_layouts(workspace.layouts_dir),
                           target, layout)
    found = [Problem(f.status.value, f.detail, _line_naming(text, f.detail), f.check)
             for f in report.findings]
    demands_line = next((n for n, line in enumerate(text.split("\n"), 1)
                         if re.match(r"^:{3,}\s*\{?\.?demands", line)), None)
    if statement.demands:
        found.append(Problem("pass", f"{len(statement.demands)} demand(s) in the slogan block",
                             demands_line, "demands"))
    else:
        found.append(Problem("warn", "no '::: demands' block: there will be no slogan block",
                             None, "demands"))
    return found


def download(root: str, name: str, layout: str, target: str) -> dict:
    """Build ``sources/<name>`` as ``pamphlet build`` does (into build/, skipped when
    unchanged); the file's path, or the build's reason for failing."""
    workspace = find_workspace(Path(root))
    try:
        report = build(workspace, [workspace.sources_dir / name], [layout], [target])
    except PamphletError as error:
        return {"error": str(error)}
    if report.failed:
        return {"error": "; ".join(report.failed)}
    job = (report.built or [None])[0]
    if job is not None:
        return {"path": str(job.paths[0]), "note": job.note}
    unchanged = report.unchanged[0]
    return {"path": f"{unchanged.out_stem}.pdf", "note": ""}


def thumbnail(root: str, name: str) -> dict:
    """The first page of the statement's first layout on screen, as a small PNG; or why it
    does not set."""
    workspace = find_workspace(Path(root))
    path = workspace.sources_dir / name
    try:
        statement = load_statement(path, workspace.config, root=workspace.root)
        tasks, failed = plan_tasks(workspace, [statement], [statement.layouts[0]], ["screen"])
    except SourceError as error:
        return {"error": error.reason, "line": error.line}
    except PamphletError as error:
        return {"error": str(error)}
    if failed or not tasks:
        return {"error": _without_path((failed or ["nothing to set"])[0], path)}
    outcome = run_task(tasks[0])
    if outcome.error:
        return {"error": outcome.error}
    images, _, _ = rasterise(outcome.outputs[0].data, THUMB_PIXELS, "PNG", first=1)
    return {"png": images[0], "pages": outcome.pages, "body_pt": outcome.adjustments.body_pt,
            "layout": statement.layouts[0]}


def collection(root: str) -> dict:
    """The workspace's book as ``pamphlet collection`` makes it by default (A5, screen),
    written to build/; its page count, or why it cannot be made."""
    from pamphlet.collection.run import build_collection

    workspace = find_workspace(Path(root))
    try:
        result = build_collection(workspace)
    except PamphletError as error:
        return {"error": str(error).splitlines()[0]}
    return {"pages": result.pages, "statements": result.statements,
            "path": str(result.out_paths[0])}


def warm() -> None:
    """WeasyPrint, fonts and PDFium loaded before the first request."""
    import pypdfium2  # noqa: F401

    from pamphlet.typeset.engine import warm_up

    warm_up()


def _without_path(line: str, path: Path) -> str:
    return line.removeprefix(f"{path}: ")


def _shorter(message: str) -> str:
    return message if len(message) < 300 else message[:297] + "…"


_QUOTED = re.compile(r"[\"'“‘(]([^\"'”’)]{3,200})[\"'”’)]|(\S+\.(?:png|jpe?g|svg|gif|webp))")


def _line_naming(text: str, message: str) -> int | None:
    """The first source line that holds a file name or quoted text the message names."""
    for match in _QUOTED.finditer(message):
        needle = (match[1] or match[2]).rsplit("/", 1)[-1]
        for number, line in enumerate(text.split("\n"), 1):
            if needle and needle in line:
                return number
    return None
