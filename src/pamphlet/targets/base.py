"""What a target is: the interface each target module implements (typeset options, the
style it asks of the page, finishing, the checks `pamphlet check` runs for it), and what a
finished job hands back: one or more outputs, never assumed to be one PDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, ClassVar

from pamphlet.config.workspace import Config, Workspace
from pamphlet.render.html import TargetStyle
from pamphlet.render.layouts import Layout
from pamphlet.typeset.options import TypesetOptions, TypesetResult


class Scope(str, Enum):
    """How often a target runs for one statement."""

    #: Once per statement, layout and target: ``<slug>.<layout>.<target>.<ext>``.
    LAYOUT = "layout"
    #: Once per statement, whatever its layouts: ``<slug>.<target>…``.
    STATEMENT = "statement"


@dataclass(frozen=True)
class Output:
    """One file a job makes: ``suffix`` is added to the job's output stem
    (``".pdf"``, or ``"/1080x1080-01.png"`` inside a folder named after the stem)."""

    suffix: str
    data: bytes


@dataclass
class Finished:
    """What finishing made of a typeset document: its outputs, and what to tell the user."""

    outputs: list[Output]
    note: str = ""


class Status(str, Enum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True)
class Finding:
    """One check's verdict on one file."""

    check: str
    status: Status
    detail: str

    @classmethod
    def of(cls, check: str, passed: bool, detail: str, warn_only: bool = False) -> Finding:
        status = Status.PASS if passed else (Status.WARN if warn_only else Status.FAIL)
        return cls(check, status, detail)


@dataclass(frozen=True)
class CheckContext:
    """What a target's checks may consult besides the PDF's facts."""

    workspace: Workspace
    layout: Layout
    settings: Any = None
    #: The whole file, for checks that need more than pdf.inspect's facts.
    data: bytes = b""
    extra: dict = field(default_factory=dict)


class Target:
    """An output target. Subclasses set the class attributes and override what differs."""

    #: The name users type (``--target NAME``) and file names carry.
    name: ClassVar[str]
    #: One line for ``--help`` and ``pamphlet layouts``.
    summary: ClassVar[str]
    scope: ClassVar[Scope] = Scope.LAYOUT
    #: The file extensions it writes.
    suffixes: ClassVar[tuple[str, ...]] = (".pdf",)
    #: Its outputs go in a folder named after the job (``<slug>.<target>/``).
    folder_output: ClassVar[bool] = False
    #: A collection built for this target also gets a separate cover (print).
    separate_cover: ClassVar[bool] = False
    #: `pamphlet check` fails (rather than warns) when the PDF carries no imprint.
    imprint_required: ClassVar[bool] = False
    #: Below this, images look soft even on an office printer or a screen.
    soft_ppi: ClassVar[int] = 150

    def settings(self, workspace: Workspace, printer_name: str | None,
                 tile: str | None = None) -> Any:
        """What this target needs from the workspace and the build's options (the printer
        profile; the sheet to tile large pages onto), resolved once per build (picklable)."""
        return None

    def ready(self, workspace: Workspace, settings: Any) -> None:
        """Raise ConfigError when the workspace cannot build for this target yet."""

    def files(self, settings: Any) -> list[Path]:
        """Workspace files the target reads besides the document's (sent along with jobs
        to workers that do not share this disk)."""
        return []

    def relocated(self, settings: Any, old_root: Path, new_root: Path) -> Any:
        """``settings`` for a worker that laid the workspace out under ``new_root``."""
        return settings

    def supports(self, layout: Layout, settings: Any = None) -> str | None:
        """Why ``layout`` cannot be set for this target (None: it can)."""
        return None

    def typeset_options(self, layout: Layout, settings: Any, strict: bool) -> TypesetOptions:
        return TypesetOptions(strict=strict)

    def style(self, config: Config, settings: Any) -> TargetStyle:
        """The band reach and colours this target asks of the page (RGB by default)."""
        return TargetStyle(colours=f"--brand: {config.brand.rgb}; --ink: #000; --paper: #fff;")

    def make(self, statement, layout: Layout, context, roots: tuple[Path, ...], settings: Any,
             strict: bool, known=None, start=None) -> tuple[Any, Finished]:
        """Set one statement through ``layout`` for this target and finish it: (the fit,
        what it made). The default copyfits one document (``known``: the fit found before
        for these inputs; ``start``: an earlier version's) and finishes it; a target that
        makes something else (social cards) sets its own."""
        from pamphlet.typeset.fit import set_statement

        options = self.typeset_options(layout, settings, strict)
        fitted = set_statement(statement, layout, context, roots, options, known, start)
        return fitted, self.finish(fitted.result, layout, settings)

    def finish(self, result: TypesetResult, layout: Layout, settings: Any) -> Finished:
        """The outputs made from one typeset document (its QR codes' URLs recorded)."""
        from pamphlet.pdf.xmp import with_qr_urls

        return Finished([Output(".pdf", with_qr_urls(result.pdf, result.qr_urls))])

    def book_page_multiple(self, layout: Layout) -> int:
        """A book set for this target is padded to a multiple of this many pages."""
        return 1

    def finish_book(self, result: TypesetResult, layout: Layout, settings: Any,
                    booklet_max_pages: int) -> Finished:
        """The outputs made from a stitched book (by default, as from any document)."""
        return self.finish(result, layout, settings)

    def finish_cover(self, result: TypesetResult, layout: Layout, settings: Any,
                     folds_mm: tuple[float, ...]) -> bytes:
        """A book's separate cover (targets with ``separate_cover``): ``folds_mm`` are where
        it folds round the spine, from its left trim edge."""
        return self.finish(result, layout, settings).outputs[0].data

    def min_ppi(self, context: CheckContext) -> tuple[int, bool]:
        """(the image resolution `pamphlet check` asks for, whether less only warns)."""
        return self.soft_ppi, True

    def check_pdf(self, facts, context: CheckContext) -> list[Finding]:
        """The findings `pamphlet check` adds for a PDF made for this target."""
        return []
