"""Stage 4, finish: work on whole PDF files; here, writing them safely."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(data: bytes, out_path: Path) -> None:
    """Write ``data`` to ``out_path`` so that a reader only ever sees the old or the new file."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".part",
                                       dir=out_path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(partial, 0o644)
        os.replace(partial, out_path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


# --- The print target: page boxes, crop marks, output intent and metadata for PDF/X ------

MM = 72 / 25.4
#: Registration colour: the mark prints on every plate (DESIGN.md, the press target).
_REGISTRATION = "/CSpamphletRegistration"
MARK_WIDTH_PT = 0.25

#: How printers name the FOGRA39 condition in an output intent.
OUTPUT_CONDITIONS = {
    "FOGRA39": "Offset printing, ISO 12647-2:2004/Amd 1, OFCOM, paper type 1 or 2 = coated "
               "art, 115 g/m2, tone value increase curves A (CMY) and B (K)",
}


def finish_for_press(pdf: bytes, printer, identifier: str, icc_path: Path) -> bytes:
    """Give a PDF/X file from WeasyPrint the boxes, marks and metadata a print shop expects.

    The TrimBox stays at the layout's size; the BleedBox is set to the profile's real bleed
    (WeasyPrint caps it at 10 pt); the MediaBox grows to hold crop marks drawn outside the
    bleed in registration colour; links (meaningless on paper) are removed; the output
    intent embeds the profile and is named as printers know it (colours stay DeviceCMYK,
    which PDF/X-1a requires); the XMP document id is derived from the content.
    """
    import io

    import pikepdf

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
            page.contents_add(pikepdf.Stream(document, marks), prepend=False)
    _set_output_intent(document, printer, icc_path)
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


def _set_output_intent(document, printer, icc_path: Path) -> None:
    import pikepdf

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
    import re

    import pikepdf

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


# --- The office target: A5 pages 2-up on A4 landscape sheets ------------------------------

A4_LANDSCAPE_PT = (297 * MM, 210 * MM)
#: Cut marks stop this far from the sheet's edge, where office printers cannot print.
OFFICE_EDGE_MM = 5.0
CUT_MARK_LENGTH_MM = 5.0
CUT_MARK_WIDTH_PT = 0.3

#: What the user must tell the printer, in the one duplex convention (DESIGN.md).
DUPLEX_SHORT_EDGE = "print on A4, double-sided, flip on short edge; cut along the marks"
DUPLEX_LONG_EDGE = "print on A4 portrait, double-sided, flip on long edge"
BOOKLET_FOLD = "print on A4, double-sided, flip on short edge; fold in half and staple"


def fits_two_up(width_mm: float, height_mm: float) -> bool:
    """Whether two pages of this size sit side by side on an A4 landscape sheet."""
    return 2 * width_mm <= 297.5 and height_mm <= 210.5


def impose_two_up(pdf: bytes) -> bytes:
    """Each page twice, side by side, on an A4 landscape sheet, with cut marks at the middle.

    The leaflet's front fills sheet 1 and its back sheet 2: printed double-sided and flipped
    on the short edge, both halves back each other the right way up. Pages keep their size
    (centred in their half, never scaled); the layout keeps its content 5 mm from the edge.
    """
    import io

    import pikepdf

    source = pikepdf.open(io.BytesIO(pdf))
    return _sheets(source, [(index, index) for index in range(len(source.pages))])


def booklet_order(pages: int) -> list[tuple[int, int]]:
    """Page pairs (0-based; left, right) per sheet side for a saddle-stitched booklet.

    ``pages`` is a multiple of 4. Sheet k's front carries the last and first pages still
    unplaced, its back the second and the second-last: folded and nested, they read in
    order. Backs are for a sheet turned over on its short edge, like a book's leaf.
    """
    order = []
    for sheet in range(pages // 4):
        order.append((pages - 1 - 2 * sheet, 2 * sheet))          # front: last | first
        order.append((2 * sheet + 1, pages - 2 - 2 * sheet))      # back: second | second-last
    return order


def impose_booklets(pdf: bytes, max_pages: int) -> list[bytes]:
    """The book as saddle-stitched booklets of at most ``max_pages`` pages each."""
    import io

    import pikepdf

    source = pikepdf.open(io.BytesIO(pdf))
    total = len(source.pages)
    if total % 4:
        raise ValueError(f"a booklet needs a multiple of 4 pages, not {total}")
    count = -(-total // max_pages)
    size = -(-total // count // 4) * 4  # even booklets, each a multiple of 4
    booklets = []
    for start in range(0, total, size):
        pages = min(size, total - start)
        booklets.append(_sheets(source, [(start + a, start + b)
                                         for a, b in booklet_order(pages)]))
    return booklets


def _sheets(source, pairs: list[tuple[int, int]]) -> bytes:
    """A4 landscape sheets, each with two of ``source``'s pages side by side (not scaled)
    and thin marks at the middle, where the sheet is cut or folded."""
    import io

    import pikepdf

    out = pikepdf.new()
    sheet_w, sheet_h = A4_LANDSCAPE_PT
    forms = {}
    for left, right in pairs:
        sheet = out.add_blank_page(page_size=(sheet_w, sheet_h))
        drawing, xobjects = "", pikepdf.Dictionary()
        for half, index in enumerate((left, right)):
            if index not in forms:
                forms[index] = out.copy_foreign(source.pages[index].as_form_xobject())
            page = source.pages[index]
            x0, y0, x1, y1 = (float(v) for v in page.mediabox)
            x = sheet_w / 4 * (1 + 2 * half) - (x1 - x0) / 2
            y = (sheet_h - (y1 - y0)) / 2
            name = f"/P{half}"
            xobjects[name] = forms[index]
            drawing += f"q 1 0 0 1 {x - x0:.3f} {y - y0:.3f} cm {name} Do Q "
        middle = sheet_w / 2
        edge, length = OFFICE_EDGE_MM * MM, CUT_MARK_LENGTH_MM * MM
        drawing += (f"q 0 G {CUT_MARK_WIDTH_PT} w {middle:.3f} {edge:.3f} m {middle:.3f} "
                    f"{edge + length:.3f} l {middle:.3f} {sheet_h - edge:.3f} m {middle:.3f} "
                    f"{sheet_h - edge - length:.3f} l S Q")
        sheet.obj.Resources = pikepdf.Dictionary(XObject=xobjects)
        sheet.obj.Contents = out.make_stream(drawing.encode())
    _copy_metadata(source, out)
    buffer = io.BytesIO()
    out.save(buffer, deterministic_id=True, compress_streams=True)
    return buffer.getvalue()


def _copy_metadata(source, out) -> None:
    import pikepdf

    info = source.trailer.get("/Info")
    if info is not None:
        out.trailer.Info = out.copy_foreign(info)
    if "/Lang" in source.Root:
        out.Root.Lang = pikepdf.String(str(source.Root.Lang))
