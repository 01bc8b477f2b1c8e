"""What the typeset stage is asked to do and what it gives back (no WeasyPrint here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class TypesetOptions:
    """What the target asks of WeasyPrint, in our terms (mapped to its options in engine.py)."""

    pdf_variant: str | None = None
    strict: bool = False
    #: The print target's output profile: images are converted to CMYK through it.
    cmyk_profile: Path | None = None


@dataclass
class TypesetResult:
    """The PDF, its page count, and what WeasyPrint complained about."""

    pdf: bytes
    page_count: int
    #: Derived from the HTML: the same document always gets the same id.
    identifier: str = ""
    warnings: list[str] = field(default_factory=list)
    #: Element id → (page number from 1, top and bottom of its box below the page's top
    #: edge, in pt), on the first page the element appears on.
    anchors: dict[str, tuple[int, float, float]] = field(default_factory=dict)
    #: Every laid-out line of text, page by page (typeset/lines.py's ``Line``): where it
    #: sits, its text, and whether it ends at a soft hyphen.
    lines: list = field(default_factory=list)
    #: The URLs of the QR codes the document draws, in order (the finish records them).
    qr_urls: tuple[str, ...] = ()
    #: For each page, how far below its top edge its lowest line of text ends (pt).
    text_ends: list[float] = field(default_factory=list)
    #: For each page, the top of its footnote area (pt below its top edge; None: no notes):
    #: how far its text can reach.
    footnotes_top: list[float | None] = field(default_factory=list)
    #: The workspace files the document read, by path relative to the workspace: the
    #: sha256 of their bytes, or None for a file asked for that was not there.
    reads: dict[str, str | None] = field(default_factory=dict)
