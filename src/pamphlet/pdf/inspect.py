"""Reading finished PDFs with pikepdf: boxes, fonts, placed images and colour spaces, and
whatever could act when the file is opened (JavaScript, launch actions, embedded files).

One walk over each page's content (and the forms it draws) follows the graphics state, so
image sizes are the placed sizes and colour spaces are the ones really used. A PDF from
anywhere may be built to make that walk endless (a form that draws itself, forms nested
thousands deep, millions of operators): the walk has a work budget and raises
``TooComplex`` past it, and nothing malformed in a content stream stops it.
"""

from __future__ import annotations

import io
import math
import re
import time
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
    #: What could act when the file is opened: "JavaScript", "a launch action", ...
    active_content: list[str] = field(default_factory=list)


#: The work one PDF's walk may do: pamphlet's own books stay far below these.
MAX_OPERATORS = 5_000_000
MAX_FORM_DRAWS = 20_000
MAX_FORM_DEPTH = 12
MAX_OBJECTS = 1_000_000
MAX_SECONDS = 30


class TooComplex(Exception):
    """The PDF asks more work of a preflight than any PDF pamphlet writes; the message
    says which limit it passed."""


class _Budget:
    def __init__(self) -> None:
        self.operators = 0
        self.forms = 0
        self.deadline = time.monotonic() + MAX_SECONDS
        #: Each form's content, parsed once however often it is drawn.
        self.parsed: dict[tuple[int, int], list] = {}

    def draw_form(self) -> None:
        self.forms += 1
        if self.forms > MAX_FORM_DRAWS:
            raise TooComplex(f"more than {MAX_FORM_DRAWS:,} forms drawn")

    def instructions(self, owner) -> list:
        ident = owner.objgen
        parsed = self.parsed.get(ident) if ident != (0, 0) else None
        if parsed is None:
            parsed = pikepdf.parse_content_stream(owner)
            if ident != (0, 0):
                self.parsed[ident] = parsed
        self.spend(len(parsed))
        return parsed

    def spend(self, operators: int) -> None:
        self.operators += operators
        if self.operators > MAX_OPERATORS:
            raise TooComplex(f"more than {MAX_OPERATORS:,} drawing operators")
        if time.monotonic() > self.deadline:
            raise TooComplex(f"reading it took longer than {MAX_SECONDS} s")


def placed_images(pdf: bytes) -> list[PlacedImage]:
    """Every image drawn in the PDF, with its placed size."""
    return inspect_pdf(pdf, active_content=False).images


def inspect_pdf(pdf: bytes, active_content: bool = True) -> PdfFacts:
    """Boxes, fonts, placed images, colour families, output intents and (unless told not
    to) active content of ``pdf``; TooComplex when that takes more than its work budget."""
    document = pikepdf.open(io.BytesIO(pdf))
    facts = PdfFacts(version=document.pdf_version)
    facts.identity = {str(key)[9:].lower(): str(value) for key, value in document.docinfo.items()
                      if str(key).startswith("/Pamphlet")}
    budget = _Budget()
    if active_content:
        facts.active_content = _active_content(document, budget)
    for number, page in enumerate(document.pages, 1):
        facts.page_boxes.append({
            name: tuple(round(float(v) / MM, 2) for v in page.obj[f"/{name}"])
            for name in ("MediaBox", "CropBox", "BleedBox", "TrimBox", "ArtBox")
            if f"/{name}" in page.obj})
        _Walker(facts, number, budget).walk(page.obj, pikepdf.Matrix(), depth=0)
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

    def __init__(self, facts: PdfFacts, page: int, budget: _Budget):
        self.facts = facts
        self.page = page
        self.budget = budget
        #: The forms being walked, by object id: one that draws itself is caught.
        self.drawing: list[tuple[int, int]] = []

    def walk(self, owner, ctm: pikepdf.Matrix, depth: int) -> None:
        if depth > MAX_FORM_DEPTH:
            raise TooComplex(f"forms nested more than {MAX_FORM_DEPTH} deep")
        resources = owner.get("/Resources", pikepdf.Dictionary())
        self._fonts(resources)
        xobjects = resources.get("/XObject", pikepdf.Dictionary())
        stack = []
        for operands, operator in self.budget.instructions(owner):
            name = str(operator)
            if name == "q":
                stack.append(ctm)
            elif name == "Q" and stack:
                ctm = stack.pop()
            elif name == "cm":
                matrix = _matrix(operands)
                ctm = ctm if matrix is None else matrix @ ctm
            elif name in _OPERATOR_FAMILY:
                self.facts.colour_families.add(_OPERATOR_FAMILY[name])
            elif name in ("cs", "CS") and operands:
                self.facts.colour_families.add(colour_family(operands[0], resources))
            elif name == "sh" and operands:
                shading = resources.get("/Shading", {}).get(str(operands[0]))
                if isinstance(shading, pikepdf.Dictionary | pikepdf.Stream) \
                        and "/ColorSpace" in shading:
                    self.facts.colour_families.add(colour_family(shading.ColorSpace, resources))
            elif name == "Do" and operands and isinstance(operands[0], pikepdf.Name):
                self._draw(xobjects.get(operands[0]), ctm, depth)

    def _draw(self, xobject, ctm: pikepdf.Matrix, depth: int) -> None:
        if not isinstance(xobject, pikepdf.Stream):
            return
        if xobject.get("/Subtype") == "/Image":
            width, height = math.hypot(ctm.a, ctm.b), math.hypot(ctm.c, ctm.d)
            if min(width, height) < 1e-6:
                return  # drawn with no size: nothing shows
            self.facts.images.append(PlacedImage(
                self.page, int(xobject.get("/Width", 0)), int(xobject.get("/Height", 0)),
                width, height))
            if "/ColorSpace" in xobject:
                self.facts.colour_families.add(colour_family(xobject.ColorSpace))
        elif xobject.get("/Subtype") == "/Form":
            ident = xobject.objgen
            if ident != (0, 0) and ident in self.drawing:
                raise TooComplex("a form draws itself")
            self.budget.draw_form()
            self.drawing.append(ident)
            matrix = _matrix(xobject.get("/Matrix", [1, 0, 0, 1, 0, 0]))
            self.walk(xobject, ctm if matrix is None else matrix @ ctm, depth + 1)
            self.drawing.pop()

    def _fonts(self, resources) -> None:
        fonts = resources.get("/Font", {})
        for font in fonts.values() if isinstance(fonts, pikepdf.Dictionary) else ():
            if not isinstance(font, pikepdf.Dictionary):
                continue
            descriptor = font.get("/FontDescriptor")
            descendants = font.get("/DescendantFonts")
            if isinstance(descendants, pikepdf.Array) and len(descendants) \
                    and isinstance(descendants[0], pikepdf.Dictionary):
                descriptor = descendants[0].get("/FontDescriptor")
            embedded = isinstance(descriptor, pikepdf.Dictionary) and any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            if str(font.get("/Subtype")) == "/Type3":
                embedded = True  # drawn with content streams, nothing to embed
            name = re.sub(r"^[A-Z]{6}\+", "", str(font.get("/BaseFont", "/?"))[1:])
            self.facts.fonts.add(PdfFont(name, embedded))


def _matrix(values) -> pikepdf.Matrix | None:
    """Six finite numbers as a matrix (None for anything else)."""
    try:
        numbers = [float(value) for value in values]
    except (TypeError, ValueError):
        return None
    if len(numbers) != 6 or not all(math.isfinite(n) for n in numbers):
        return None
    return pikepdf.Matrix(*numbers)


#: Actions that run something, send something or open something else.
_ACTIONS = {"/JavaScript": "JavaScript", "/Launch": "a launch action",
            "/SubmitForm": "a form submission", "/ImportData": "a data import",
            "/GoToE": "an action into an embedded file", "/Rendition": "a media action"}


def _active_content(document: pikepdf.Pdf, budget: _Budget) -> list[str]:
    """Everything in the file that could act when it is opened (pamphlet writes none, and
    PDF/X forbids them): JavaScript, launch and submit actions, embedded files, XFA. Every
    object is looked at with the dictionaries and arrays written inside it."""
    found: set[str] = set()
    seen = 0
    pending = list(document.objects)
    while pending:
        obj = pending.pop()
        seen += 1
        if seen > MAX_OBJECTS:
            raise TooComplex(f"more than {MAX_OBJECTS:,} objects")
        if seen % 10_000 == 0:
            budget.spend(0)
        if isinstance(obj, pikepdf.Stream):
            obj = obj.stream_dict
        if isinstance(obj, pikepdf.Array):
            pending += [item for item in obj if _direct_container(item)]
            continue
        if not isinstance(obj, pikepdf.Dictionary):
            continue
        kind = obj.get("/S")
        if isinstance(kind, pikepdf.Name) and str(kind) in _ACTIONS:
            found.add(_ACTIONS[str(kind)])
        if "/JS" in obj:
            found.add("JavaScript")
        if obj.get("/Type") == "/EmbeddedFile" or "/EF" in obj \
                or obj.get("/Subtype") == "/FileAttachment":
            found.add("an embedded file")
        if "/XFA" in obj:
            found.add("an XFA form")
        names = obj.get("/Names") if obj.get("/Type") == "/Catalog" else None
        if isinstance(names, pikepdf.Dictionary):
            found.update(label for key, label in (("/JavaScript", "JavaScript"),
                                                  ("/EmbeddedFiles", "an embedded file"))
                         if key in names)
        pending += [value for _, value in obj.items() if _direct_container(value)]
    return sorted(found)


def _direct_container(value) -> bool:
    """A dictionary or array written inside its parent (indirect ones are objects of the
    file, looked at in their own turn)."""
    return isinstance(value, pikepdf.Dictionary | pikepdf.Array) and not value.is_indirect
