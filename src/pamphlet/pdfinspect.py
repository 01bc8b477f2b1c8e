"""Reading finished PDFs (pikepdf): where images are placed and at what resolution."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import pikepdf


@dataclass(frozen=True)
class PlacedImage:
    """One image drawn on a page: its pixels, its placed size, and so its resolution."""

    page: int
    width_px: int
    height_px: int
    width_pt: float
    height_pt: float

    @property
    def ppi(self) -> float:
        """The lower of the horizontal and vertical effective resolutions."""
        return min(self.width_px / (self.width_pt / 72), self.height_px / (self.height_pt / 72))


def placed_images(pdf: bytes) -> list[PlacedImage]:
    """Every image drawn in the PDF, with its placed size (following the graphics state)."""
    document = pikepdf.open(io.BytesIO(pdf))
    found: list[PlacedImage] = []
    for number, page in enumerate(document.pages, 1):
        _walk(page.obj, pikepdf.Matrix(), number, found, depth=0)
    return found


def _walk(owner, ctm: pikepdf.Matrix, page: int, found: list[PlacedImage], depth: int) -> None:
    if depth > 8:
        return
    resources = owner.get("/Resources", pikepdf.Dictionary())
    xobjects = resources.get("/XObject", pikepdf.Dictionary())
    stack = []
    for operands, operator in pikepdf.parse_content_stream(owner):
        name = str(operator)
        if name == "q":
            stack.append(ctm)
        elif name == "Q" and stack:
            ctm = stack.pop()
        elif name == "cm":
            ctm = pikepdf.Matrix(*[float(v) for v in operands]) @ ctm
        elif name == "Do":
            xobject = xobjects.get(operands[0])
            if xobject is None:
                continue
            if xobject.get("/Subtype") == "/Image":
                a, b, c, d = ctm.a, ctm.b, ctm.c, ctm.d
                found.append(PlacedImage(page, int(xobject.Width), int(xobject.Height),
                                         math.hypot(a, b), math.hypot(c, d)))
            elif xobject.get("/Subtype") == "/Form":
                matrix = pikepdf.Matrix(*[float(v) for v in xobject.get("/Matrix",
                                                                         [1, 0, 0, 1, 0, 0])])
                _walk(xobject, matrix @ ctm, page, found, depth + 1)
