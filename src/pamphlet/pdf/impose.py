"""Stage 4, finish (pikepdf): imposition for office printers: pages 2-up on A4 landscape
sheets, and saddle-stitched booklets."""

from __future__ import annotations

import io

import pikepdf

from pamphlet.units import MM

A4_LANDSCAPE_PT = (297 * MM, 210 * MM)
#: Cut marks stop this far from the sheet's edge, where office printers cannot print.
OFFICE_EDGE_MM = 5.0
CUT_MARK_LENGTH_MM = 5.0
CUT_MARK_WIDTH_PT = 0.3

#: What the user must tell the printer, in the one duplex convention (docs/architecture.md).
DUPLEX_SHORT_EDGE = "print on A4, double-sided, flip on short edge; cut along the marks"
DUPLEX_LONG_EDGE = "print on A4 portrait, double-sided, flip on long edge"
BOOKLET_FOLD = "print on A4, double-sided, flip on short edge; fold in half and staple"
SHEET_FOLD = "print on A4, double-sided, flip on short edge; fold in half"


def fits_two_up(width_mm: float, height_mm: float) -> bool:
    """Whether two pages of this size sit side by side on an A4 landscape sheet."""
    return 2 * width_mm <= 297.5 and height_mm <= 210.5


def impose_two_up(pdf: bytes) -> bytes:
    """Each page twice, side by side, on an A4 landscape sheet, with cut marks at the middle.

    The leaflet's front fills sheet 1 and its back sheet 2: printed double-sided and flipped
    on the short edge, both halves back each other the right way up. Pages keep their size
    (centred in their half, never scaled); the layout keeps its content 5 mm from the edge.
    """
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


def impose_folded(pdf: bytes) -> bytes:
    """A four-page leaflet on one A4 sheet: pages 4|1 on its front, 2|3 on its back (turned
    on the short edge); folded in half it reads in order."""
    source = pikepdf.open(io.BytesIO(pdf))
    if len(source.pages) != 4:
        raise ValueError(f"a folded sheet holds 4 pages, not {len(source.pages)}")
    return _sheets(source, booklet_order(4))


def impose_booklets(pdf: bytes, max_pages: int) -> list[bytes]:
    """The book as saddle-stitched booklets of at most ``max_pages`` pages each."""
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
    info = source.trailer.get("/Info")
    if info is not None:
        out.trailer.Info = out.copy_foreign(info)
    if "/Lang" in source.Root:
        out.Root.Lang = pikepdf.String(str(source.Root.Lang))
