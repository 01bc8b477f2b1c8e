"""Stage 4, finish (pikepdf): a page larger than the printer's paper split onto sheets at
full size (a placard on A4 for a home printer), the pieces overlapping for glue.

Each sheet prints one piece of the page, at least ``edge_mm`` inside the sheet's edge. A
piece that another is glued over carries a dashed line where that piece's edge goes; a
piece glued over another carries a solid line along the edge to cut it at; and each piece
a small map of the grid with its own cell filled, so the sheets go together in order.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pikepdf

from pamphlet.units import MM

#: Sheet sizes pieces can be printed on (portrait, mm).
SHEETS = {"a4": (210.0, 297.0), "a3": (297.0, 420.0)}
#: How far neighbouring pieces overlap, for the glue.
GLUE_OVERLAP_MM = 10.0
#: Nothing is printed closer than this to a sheet's edge (office printers cannot).
SHEET_EDGE_MM = 5.0
MARK_WIDTH_PT = 0.4
#: What to tell the user (the one duplex convention does not apply: one-sided).
TILE_NOTE = ("print one-sided at actual size (no fit to page); cut each sheet along its "
             "solid line and glue it over the sheet before it up to the dashed line, as "
             "the map in its corner shows")


@dataclass(frozen=True)
class Grid:
    """How one page is cut into pieces: sheet size (mm, as printed), columns and rows, and
    each column's and row's start on the page (mm from the left and the top)."""

    sheet: tuple[float, float]
    columns: tuple[float, ...]
    rows: tuple[float, ...]

    @property
    def printable(self) -> tuple[float, float]:
        return self.sheet[0] - 2 * SHEET_EDGE_MM, self.sheet[1] - 2 * SHEET_EDGE_MM


def needs_tiling(width_mm: float, height_mm: float, sheet: str) -> bool:
    """Whether a page of this size is larger than the sheet's printable area either way."""
    sw, sh = SHEETS[sheet]
    return not any(width_mm <= w + 0.5 and height_mm <= h + 0.5
                   for w, h in ((sw, sh), (sh, sw)))


#: A seam keeps at least this far from the ink of a line of text (mm).
LINE_CLEARANCE_MM = 2.0
#: Ink this close to a sheet's printable edge still fits (anti-aliasing, rounding).
FIT_TOLERANCE_MM = 0.5
Box = tuple[float, float, float, float]


def grid_for(width_mm: float, height_mm: float, sheet: str, keep: tuple[Box, ...] = (),
             ink: Box | None = None, lines: tuple[tuple[float, float], ...] = ()) -> Grid:
    """The grid with the fewest sheets (portrait sheets when it is a tie) covering the
    ``ink`` box of the page (left, top, right, bottom in mm; the whole page by default:
    blank paper round the ink need not be printed) whose seams cross none of the ``keep``
    boxes (QR codes with their quiet zones, which must reach the reader whole) and whose
    horizontal seams fall between the ``lines`` of text (top and bottom of each line's ink,
    mm), not through one. The grid reaches as far towards the page's top and left as the
    sheets allow, so the pieces glued together are as near the page as they can be."""
    ink = ink or (0.0, 0.0, width_mm, height_mm)
    best = None
    for sheet_size in (SHEETS[sheet], SHEETS[sheet][::-1]):
        pw, ph = (side - 2 * SHEET_EDGE_MM for side in sheet_size)
        columns = _starts(width_mm, (ink[0], ink[2]), pw, [(b[0], b[2]) for b in keep])
        codes = [(b[1], b[3]) for b in keep]
        rows = _starts(height_mm, (ink[1], ink[3]), ph,
                       codes + [(top - LINE_CLEARANCE_MM, bottom + LINE_CLEARANCE_MM)
                                for top, bottom in lines], codes)
        grid = Grid(sheet_size, columns, rows)
        if best is None or len(columns) * len(rows) < len(best.columns) * len(best.rows):
            best = grid
    return best


def _starts(length: float, ink: tuple[float, float], piece: float,
            *avoid: list[tuple[float, float]]) -> tuple[float, ...]:
    """Where each piece starts along a side: the fewest pieces, each overlapping the one
    before by at least the glue, that cover the ink with no seam inside an ``avoid``
    stretch; the first piece as early on the page as that allows. When no seams can miss
    every stretch of the first list, the next list's are kept (the QR codes when lines
    of text cannot all be missed), and last none (the glue first)."""
    low, high = ink[0] + FIT_TOLERANCE_MM, ink[1] - FIT_TOLERANCE_MM
    if high - low <= piece:
        return (max(0.0, high - piece),)
    most = int(length / (piece - GLUE_OVERLAP_MM)) + 2
    for rules in (*avoid, []):
        for count in range(2, most + 1):
            first = max(0.0, high - (count * piece - (count - 1) * GLUE_OVERLAP_MM))
            while first <= low + 1e-9:
                starts = _greedy(first, high, piece, rules)
                if starts is not None and len(starts) <= count:
                    return starts
                first += 0.5
    raise AssertionError("pieces with no seam rules always cover the ink")


def _greedy(first: float, high: float, piece: float, avoid: list[tuple[float, float]]
            ) -> tuple[float, ...] | None:
    """Pieces from ``first`` on, each seam as late as the glue allows, drawn back to just
    before a stretch it would fall inside; None when a seam cannot go anywhere."""
    starts = [first]
    while starts[-1] + piece < high:
        seam = starts[-1] + piece - GLUE_OVERLAP_MM
        moved = True
        while moved:
            moved = False
            for low_edge, high_edge in avoid:
                if low_edge < seam < high_edge:
                    seam, moved = low_edge, True
        if seam - starts[-1] < GLUE_OVERLAP_MM:
            return None
        starts.append(seam)
    return tuple(starts)


def page_ink(page) -> tuple[Box, tuple[tuple[float, float], ...]]:
    """A pypdfium2 page's inked box (mm from its top-left) and the top and bottom of each
    line of text's ink (mm from the top), read back from the PDF."""
    scale = 100 / 72
    image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
    box = image.point(lambda value: 255 if value < 250 else 0).getbbox()
    px = 100 / 25.4
    ink = ((box[0] / px, box[1] / px, box[2] / px, box[3] / px) if box
           else (0.0, 0.0, image.width / px, image.height / px))
    height = page.get_size()[1]
    text = page.get_textpage()
    lines, current = [], None
    for i in range(text.count_chars()):
        char = text.get_text_range(i, 1)
        if char in "\r\n":
            current = None
            continue
        if not char.strip():
            continue
        left, bottom, right, top = text.get_charbox(i)
        if top - bottom <= 0:
            continue
        span = ((height - top) / MM, (height - bottom) / MM)
        if current is not None and span[0] < lines[current][1] and span[1] > lines[current][0]:
            lines[current] = (min(lines[current][0], span[0]), max(lines[current][1], span[1]))
        else:
            lines.append(span)
            current = len(lines) - 1
    return ink, tuple(lines)


def tile_pages(pdf: bytes, sheet: str, keep: tuple[Box, ...] = ()
               ) -> tuple[bytes, tuple[Grid, ...]]:
    """Every page of ``pdf`` cut into pieces on ``sheet`` sheets, page after page, covering
    its ink, no seam through a ``keep`` box (mm in the trim frame: x from the left, y down
    from the top) nor a line of text; with each page's grid."""
    import pypdfium2

    source = pikepdf.open(io.BytesIO(pdf))
    rendered = pypdfium2.PdfDocument(pdf)
    out = pikepdf.new()
    grids = []
    try:
        inked = [page_ink(rendered[number]) for number in range(len(rendered))]
    finally:
        rendered.close()
    for page, (media_ink, media_lines) in zip(source.pages, inked):
        x0, y0, x1, y1 = (float(v) for v in page.trimbox)
        width, height = (x1 - x0) / MM, (y1 - y0) / MM
        mx0, _, _, my1 = (float(v) for v in page.mediabox)
        dx, dy = (x0 - mx0) / MM, (my1 - y1) / MM  # the trim box inside the media box
        ink = (media_ink[0] - dx, media_ink[1] - dy, media_ink[2] - dx, media_ink[3] - dy)
        lines = tuple((top - dy, bottom - dy) for top, bottom in media_lines)
        grid = grid_for(width, height, sheet, keep, ink, lines)
        grids.append(grid)
        form = out.copy_foreign(page.as_form_xobject())
        for row, top in enumerate(grid.rows):
            for column, left in enumerate(grid.columns):
                _piece(out, form, (x0, y1), (width, height), grid, row, column)
    info = source.trailer.get("/Info")
    if info is not None:
        out.trailer.Info = out.copy_foreign(info)
    if "/Lang" in source.Root:
        out.Root.Lang = pikepdf.String(str(source.Root.Lang))
    buffer = io.BytesIO()
    out.save(buffer, deterministic_id=True, compress_streams=True)
    return buffer.getvalue(), tuple(grids)


def _piece(out, form, origin_pt: tuple[float, float], page_mm: tuple[float, float],
           grid: Grid, row: int, column: int) -> None:
    """One sheet: the piece at (row, column), its cut and glue lines, and its map."""
    sheet_w, sheet_h = grid.sheet
    pw, ph = grid.printable
    left, top = grid.columns[column], grid.rows[row]
    width = min(pw, page_mm[0] - left)
    height = min(ph, page_mm[1] - top)
    edge = SHEET_EDGE_MM
    # the piece's top-left corner on the page goes to (edge, edge) from the sheet's top-left
    page_left_pt, page_top_pt = origin_pt
    tx = edge * MM - (page_left_pt + left * MM)
    ty = (sheet_h - edge) * MM - (page_top_pt - top * MM)
    clip = (edge * MM, (sheet_h - edge - height) * MM, width * MM, height * MM)
    ops = [f"q {clip[0]:.3f} {clip[1]:.3f} {clip[2]:.3f} {clip[3]:.3f} re W n "
           f"1 0 0 1 {tx:.3f} {ty:.3f} cm /Piece Do Q"]
    x_left, x_right = edge * MM, (edge + width) * MM
    y_top, y_bottom = (sheet_h - edge) * MM, (sheet_h - edge - height) * MM
    lines = []  # (dashed, x0, y0, x1, y1)
    if column > 0:  # cut here, then glue over the piece to the left
        lines.append((False, x_left, y_bottom, x_left, y_top))
    if row > 0:
        lines.append((False, x_left, y_top, x_right, y_top))
    if column < len(grid.columns) - 1:  # the next piece's cut edge goes on this line
        x = (edge + grid.columns[column + 1] - left) * MM
        lines.append((True, x, y_bottom, x, y_top))
    if row < len(grid.rows) - 1:
        y = (sheet_h - edge - (grid.rows[row + 1] - top)) * MM
        lines.append((True, x_left, y, x_right, y))
    for dashed, a, b, c, d in lines:
        dash = "[3 2] 0 d" if dashed else "[] 0 d"
        ops.append(f"q 0 G {MARK_WIDTH_PT} w {dash} {a:.3f} {b:.3f} m {c:.3f} {d:.3f} l S Q")
    ops.append(_map(grid, row, column, _map_corner(grid, row, column, (x_left, y_top),
                                                   (width, height))))
    sheet = out.add_blank_page(page_size=(sheet_w * MM, sheet_h * MM))
    sheet.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Piece=form))
    sheet.obj.Contents = out.make_stream(" ".join(ops).encode())


#: The grid map's cell, and its distance from the piece's corner (mm).
MAP_CELL_MM = 1.6
MAP_INSET_MM = 2.5


def _map_corner(grid: Grid, row: int, column: int, top_left: tuple[float, float],
                size_mm: tuple[float, float]) -> tuple[float, float]:
    """Where the map's top-left corner goes (pt): in the strip the next piece covers, or
    on the blank sheet beside a short piece, so it never shows on the finished placard."""
    x_left, y_top = top_left
    width, height = size_mm
    inset = MAP_INSET_MM * MM
    if column < len(grid.columns) - 1:
        return x_left + (width - GLUE_OVERLAP_MM) * MM + inset / 2, y_top - inset
    if row < len(grid.rows) - 1:
        return x_left + inset, y_top - (height - GLUE_OVERLAP_MM) * MM - inset / 2
    if width < grid.printable[0] - GLUE_OVERLAP_MM:
        return x_left + width * MM + inset, y_top - inset
    if height < grid.printable[1] - GLUE_OVERLAP_MM:
        return x_left + inset, y_top - height * MM - inset
    return x_left + inset, y_top - inset


def _map(grid: Grid, row: int, column: int, corner: tuple[float, float]) -> str:
    """A small map of the grid, this piece's cell filled (on a white ground, so it reads on
    any colour)."""
    cell = MAP_CELL_MM * MM
    columns, rows = len(grid.columns), len(grid.rows)
    x0, y1 = corner
    ops = [f"q 1 g {x0 - 1:.3f} {y1 - rows * cell - 1:.3f} {columns * cell + 2:.3f} "
           f"{rows * cell + 2:.3f} re f 0 G 0 g 0.3 w"]
    for r in range(rows):
        for c in range(columns):
            x, y = x0 + c * cell, y1 - (r + 1) * cell
            ops.append(f"{x:.3f} {y:.3f} {cell:.3f} {cell:.3f} re "
                       + ("b" if (r, c) == (row, column) else "S"))
    return " ".join(ops) + " Q"
