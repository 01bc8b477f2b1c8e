"""Reading finished PDFs with pikepdf: boxes, fonts, placed images and colour spaces.

One walk over each page's content (and the forms it draws) follows the graphics state, so
image sizes are the placed sizes and colour spaces are the ones really used.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass, field

import pikepdf

from pamphlet.units import MM


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


@dataclass(frozen=True)
class PdfFont:
    name: str  # without the subset prefix
    embedded: bool


@dataclass
class PdfFacts:
    """What a preflight needs to know about a PDF."""

    page_boxes: list[dict[str, tuple[float, ...]]] = field(default_factory=list)  # in mm
    fonts: set[PdfFont] = field(default_factory=set)
    images: list[PlacedImage] = field(default_factory=list)
    colour_families: set[str] = field(default_factory=set)
    output_intents: list[dict[str, str | int]] = field(default_factory=list)
    version: str = ""
    #: What pamphlet wrote about a book or cover it made (document information
    #: ``/PamphletKind``, ``/PamphletLayout``…), keys without the prefix, lower case.
    identity: dict[str, str] = field(default_factory=dict)


def placed_images(pdf: bytes) -> list[PlacedImage]:
    """Every image drawn in the PDF, with its placed size."""
    return inspect_pdf(pdf).images


def inspect_pdf(pdf: bytes) -> PdfFacts:
    """Boxes, fonts, placed images, colour families and output intents of ``pdf``."""
    document = pikepdf.open(io.BytesIO(pdf))
    facts = PdfFacts(version=document.pdf_version)
    facts.identity = {str(key)[9:].lower(): str(value) for key, value in document.docinfo.items()
                      if str(key).startswith("/Pamphlet")}
    for number, page in enumerate(document.pages, 1):
        facts.page_boxes.append({
            name: tuple(round(float(v) / MM, 2) for v in page.obj[f"/{name}"])
            for name in ("MediaBox", "CropBox", "BleedBox", "TrimBox", "ArtBox")
            if f"/{name}" in page.obj})
        _Walker(facts, number).walk(page.obj, pikepdf.Matrix(), depth=0)
    for intent in document.Root.get("/OutputIntents", []):
        profile = intent.get("/DestOutputProfile")
        facts.output_intents.append({
            "subtype": str(intent.get("/S", "")),
            "condition": str(intent.get("/OutputConditionIdentifier", "")),
            "components": int(profile.get("/N", 0)) if profile is not None else 0,
        })
    return facts


_DEVICE = {"/DeviceRGB": "RGB", "/DeviceCMYK": "CMYK", "/DeviceGray": "Gray",
           "/CalRGB": "RGB", "/CalGray": "Gray", "/Lab": "Lab"}
_BY_COMPONENTS = {1: "Gray", 3: "RGB", 4: "CMYK"}
_OPERATOR_FAMILY = {"rg": "RGB", "RG": "RGB", "k": "CMYK", "K": "CMYK", "g": "Gray", "G": "Gray"}


def colour_family(space, resources=None) -> str:
    """RGB, CMYK, Gray, Lab, Separation, DeviceN, Pattern or Indexed(...) for a colour space."""
    if isinstance(space, pikepdf.Name):
        name = str(space)
        if name in _DEVICE:
            return _DEVICE[name]
        if name == "/Pattern":
            return "Pattern"
        named = (resources or {}).get("/ColorSpace", {}).get(name)
        return colour_family(named) if named is not None else "Unknown"
    if isinstance(space, pikepdf.Array) and len(space):
        kind = str(space[0])
        if kind == "/ICCBased":
            return _BY_COMPONENTS.get(int(space[1].get("/N", 0)), "Unknown")
        if kind == "/Indexed":
            return colour_family(space[1], resources)
        if kind in ("/Separation", "/DeviceN", "/Pattern"):
            return kind[1:]
        return _DEVICE.get(kind, "Unknown")
    return "Unknown"


class _Walker:
    """Follows one page's content: q/Q, cm, colour operators, images, forms, fonts."""

    def __init__(self, facts: PdfFacts, page: int):
        self.facts = facts
        self.page = page

    def walk(self, owner, ctm: pikepdf.Matrix, depth: int) -> None:
        if depth > 8:
            return
        resources = owner.get("/Resources", pikepdf.Dictionary())
        self._fonts(resources)
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
            elif name in _OPERATOR_FAMILY:
                self.facts.colour_families.add(_OPERATOR_FAMILY[name])
            elif name in ("cs", "CS"):
                self.facts.colour_families.add(colour_family(operands[0], resources))
            elif name == "sh":
                shading = resources.get("/Shading", {}).get(str(operands[0]))
                if shading is not None:
                    self.facts.colour_families.add(colour_family(shading.ColorSpace, resources))
            elif name == "Do":
                self._draw(xobjects.get(operands[0]), ctm, depth)

    def _draw(self, xobject, ctm: pikepdf.Matrix, depth: int) -> None:
        if xobject is None:
            return
        if xobject.get("/Subtype") == "/Image":
            self.facts.images.append(PlacedImage(
                self.page, int(xobject.Width), int(xobject.Height),
                math.hypot(ctm.a, ctm.b), math.hypot(ctm.c, ctm.d)))
            if "/ColorSpace" in xobject:
                self.facts.colour_families.add(colour_family(xobject.ColorSpace))
        elif xobject.get("/Subtype") == "/Form":
            matrix = pikepdf.Matrix(*[float(v) for v in xobject.get("/Matrix",
                                                                     [1, 0, 0, 1, 0, 0])])
            self.walk(xobject, matrix @ ctm, depth + 1)

    def _fonts(self, resources) -> None:
        for font in resources.get("/Font", {}).values():
            descriptor = font.get("/FontDescriptor")
            if "/DescendantFonts" in font:
                descriptor = font.DescendantFonts[0].get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            if str(font.get("/Subtype")) == "/Type3":
                embedded = True  # drawn with content streams, nothing to embed
            name = re.sub(r"^[A-Z]{6}\+", "", str(font.get("/BaseFont", "/?"))[1:])
            self.facts.fonts.add(PdfFont(name, embedded))
