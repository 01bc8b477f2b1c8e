"""Stage 4, finish (pikepdf): what a PDF/X file from WeasyPrint still needs for a print
shop: real page boxes, crop marks in registration colour, the output intent, stable ids."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf

from pamphlet.pdf.xmp import record_qr_urls
from pamphlet.units import MM

#: Registration colour: the mark prints on every plate.
_REGISTRATION = "/CSpamphletRegistration"
MARK_WIDTH_PT = 0.25

#: How printers name the FOGRA39 condition in an output intent.
OUTPUT_CONDITIONS = {
    "FOGRA39": "Offset printing, ISO 12647-2:2004/Amd 1, OFCOM, paper type 1 or 2 = coated "
               "art, 115 g/m2, tone value increase curves A (CMY) and B (K)",
}


def finish_for_press(pdf: bytes, printer, identifier: str, icc_path: Path,
                     qr_urls: tuple[str, ...] = (),
                     folds_mm: tuple[float, ...] = ()) -> bytes:
    """Give a PDF/X file from WeasyPrint the boxes, marks and metadata a print shop expects.

    The TrimBox stays at the layout's size; the BleedBox is set to the profile's real bleed
    (WeasyPrint caps it at 10 pt); the MediaBox grows to hold crop marks drawn outside the
    bleed in registration colour; links (meaningless on paper) are removed; the output
    intent embeds the profile and is named as printers know it (colours stay DeviceCMYK,
    which PDF/X-1a requires); the XMP records the QR codes' URLs and its document id is
    derived from the content. A cover's ``folds_mm`` (from the trim's left edge) get fold
    marks above and below, like crop marks outside the bleed.
    """
    document = pikepdf.open(io.BytesIO(pdf))
    bleed = printer.bleed_mm * MM
    reach = (printer.mark_offset_mm + printer.mark_length_mm + 1) * MM if printer.marks else bleed
    registration = document.make_indirect(pikepdf.Array([
        pikepdf.Name.Separation, pikepdf.Name.All, pikepdf.Name.DeviceCMYK,
        pikepdf.Dictionary(FunctionType=2, Domain=[0, 1], C0=[0, 0, 0, 0], C1=[1, 1, 1, 1],
                           N=1)]))
    for page in document.pages:
        x0, y0, x1, y1 = (float(v) for v in page.obj.TrimBox)
        page.obj.BleedBox = pikepdf.Array([x0 - bleed, y0 - bleed, x1 + bleed, y1 + bleed])
        page.obj.MediaBox = pikepdf.Array([x0 - reach, y0 - reach, x1 + reach, y1 + reach])
        for key in ("/CropBox", "/Annots"):
            if key in page.obj:
                del page.obj[key]
        if printer.marks:
            resources = page.obj.Resources
            if "/ColorSpace" not in resources:
                resources.ColorSpace = pikepdf.Dictionary()
            elif not isinstance(resources.ColorSpace, pikepdf.Dictionary):
                resources.ColorSpace = pikepdf.Dictionary(resources.ColorSpace)
            resources.ColorSpace[_REGISTRATION] = registration
            marks = crop_marks((x0, y0, x1, y1), printer.mark_offset_mm * MM,
                               printer.mark_length_mm * MM)
            marks += fold_marks((x0, y0, x1, y1), [x0 + f * MM for f in folds_mm],
                                printer.mark_offset_mm * MM, printer.mark_length_mm * MM)
            page.contents_add(pikepdf.Stream(document, marks), prepend=False)
    _set_output_intent(document, printer, icc_path)
    record_qr_urls(document, qr_urls)
    _fix_document_id(document, identifier)
    out = io.BytesIO()
    document.save(out, deterministic_id=True, compress_streams=True,
                  object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    return out.getvalue()


def crop_marks(trim: tuple[float, float, float, float], offset: float, length: float) -> bytes:
    """A content stream drawing the eight crop marks, ``offset`` outside the trim corners."""
    x0, y0, x1, y1 = trim
    lines = []
    for x, y, sx, sy in ((x0, y0, -1, -1), (x1, y0, 1, -1), (x0, y1, -1, 1), (x1, y1, 1, 1)):
        lines.append(((x + sx * offset, y), (x + sx * (offset + length), y)))  # horizontal
        lines.append(((x, y + sy * offset), (x, y + sy * (offset + length))))  # vertical
    path = " ".join(f"{a:.3f} {b:.3f} m {c:.3f} {d:.3f} l" for (a, b), (c, d) in lines)
    return (f"q {_REGISTRATION} CS 1 SCN {MARK_WIDTH_PT} w 0 J [] 0 d {path} S Q").encode()


def fold_marks(trim: tuple[float, float, float, float], xs: list[float], offset: float,
               length: float) -> bytes:
    """A content stream drawing a short vertical mark above and below the trim at each
    fold (``xs``), ``offset`` outside it, as crop marks are."""
    if not xs:
        return b""
    _, y0, _, y1 = trim
    path = " ".join(f"{x:.3f} {y0 - offset:.3f} m {x:.3f} {y0 - offset - length:.3f} l "
                    f"{x:.3f} {y1 + offset:.3f} m {x:.3f} {y1 + offset + length:.3f} l"
                    for x in xs)
    return (f" q {_REGISTRATION} CS 1 SCN {MARK_WIDTH_PT} w 0 J [2 1] 0 d {path} S Q").encode()


def _set_output_intent(document, printer, icc_path: Path) -> None:
    profile = pikepdf.Stream(document, icc_path.read_bytes())
    profile.N = 4
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFX,
        OutputConditionIdentifier=pikepdf.String(printer.output_condition),
        Info=pikepdf.String(printer.output_condition),
        DestOutputProfile=document.make_indirect(profile))
    condition = OUTPUT_CONDITIONS.get(printer.output_condition)
    if condition:
        intent.OutputCondition = pikepdf.String(condition)
        intent.RegistryName = pikepdf.String("http://www.color.org")
    document.Root.OutputIntents = pikepdf.Array([document.make_indirect(intent)])


def _fix_document_id(document, identifier: str) -> None:
    """WeasyPrint writes a random XMP DocumentID for PDF/X-4; make it content-derived."""
    if "/Metadata" not in document.Root:
        return
    xmp = document.Root.Metadata.read_bytes()
    uuid = f"{identifier[:8]}-{identifier[8:12]}-{identifier[12:16]}-{identifier[16:20]}-" \
           f"{identifier[20:32]}"
    fixed = re.sub(rb"xmp\.did:[0-9a-fA-F-]{36}", f"xmp.did:{uuid}".encode(), xmp)
    if fixed != xmp:
        document.Root.Metadata.write(fixed)
        document.Root.Metadata.Type = pikepdf.Name.Metadata
        document.Root.Metadata.Subtype = pikepdf.Name.XML
