"""What a reader sees of a page's layout, measured on the finished PDF (PDFium), not on
pamphlet's own numbers: the lines of text with their font and size, the largest
text-free vertical stretch, where a colour band runs."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

MM = 72 / 25.4


@dataclass
class TextLine:
    """Characters sharing a baseline run, in pt from the page's top edge."""

    top: float
    bottom: float
    left: float
    right: float = 0.0
    baseline: float = 0.0
    text: str = ""
    fonts: dict[str, int] = field(default_factory=dict)  # font name -> characters
    sizes: dict[float, int] = field(default_factory=dict)  # size in pt -> characters

    @property
    def font(self) -> str:
        return max(self.fonts, key=self.fonts.get) if self.fonts else ""

    @property
    def size(self) -> float:
        return max(self.sizes, key=self.sizes.get) if self.sizes else 0.0


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[TextLine]


def read_pages(path: Path) -> list[Page]:
    """Every page's lines of text (ordered top to bottom, then left to right)."""
    document = pdfium.PdfDocument(path)
    pages = []
    try:
        for number, page in enumerate(document, 1):
            width, height = page.get_size()
            pages.append(Page(number, width, height, _lines(page, height)))
    finally:
        document.close()
    return pages


def _lines(page, height: float) -> list[TextLine]:
    text = page.get_textpage()
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    matrix = raw.FS_MATRIX()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    chars = []
    for index in range(text.count_chars()):
        char = text.get_text_range(index, 1)
        if not char.strip():
            continue
        left, bottom, right, top = text.get_charbox(index)
        if right - left <= 0:
            continue
        raw.FPDFText_GetFontInfo(text.raw, index, name, 256, ctypes.byref(flags))
        raw.FPDFText_GetMatrix(text.raw, index, ctypes.byref(matrix))
        raw.FPDFText_GetCharOrigin(text.raw, index, ctypes.byref(origin_x),
                                   ctypes.byref(origin_y))
        size = round(raw.FPDFText_GetFontSize(text.raw, index) * abs(matrix.d), 1)
        font = name.value.decode(errors="replace").split("+")[-1]
        chars.append((round(height - origin_y.value, 1), left, height - top, height - bottom,
                      right, char, font, size))
    chars.sort()
    lines: list[TextLine] = []
    for baseline, left, top, bottom, right, char, font, size in chars:
        # the same baseline (within a little, for superscripts), not across a column gap
        line = next((line for line in reversed(lines[-12:])
                     if abs(line.baseline - baseline) <= max(0.45 * size, 2)
                     and -2 <= left - line.right < max(3 * size, 12)), None)
        if line is None:
            line = TextLine(top, bottom, left, right, baseline=baseline)
            lines.append(line)
        line.top, line.bottom = min(line.top, top), max(line.bottom, bottom)
        line.right = max(line.right, right)
        line.text += char
        line.fonts[font] = line.fonts.get(font, 0) + 1
        line.sizes[size] = line.sizes.get(size, 0) + 1
    lines.sort(key=lambda line: (line.top, line.left))
    return lines


def largest_gap(page: Page, top_mm: float, bottom_mm: float) -> float:
    """The largest text-free vertical stretch (pt) within the type area: from its head to
    the first line, between lines, from the last line to its foot."""
    top, bottom = top_mm * MM, page.height - bottom_mm * MM
    spans = sorted((max(line.top, top), min(line.bottom, bottom)) for line in page.lines
                   if line.bottom > top and line.top < bottom)
    edge, largest = top, 0.0
    for start, end in spans:
        largest = max(largest, start - edge)
        edge = max(edge, end)
    return max(largest, bottom - edge)


def band_rows(path: Path, page_number: int, colour: tuple[int, int, int],
              dpi: float = 24) -> tuple[float, float] | None:
    """(top, bottom) in pt of the rows where ``colour`` fills most of the page's width:
    a colour band (None: no band)."""
    document = pdfium.PdfDocument(path)
    try:
        image = document[page_number - 1].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()
    rows = []
    for y in range(image.height):
        hits = sum(1 for x in range(0, image.width, 2)
                   if _close(image.getpixel((x, y)), colour))
        if hits >= 0.6 * image.width / 2:
            rows.append(y)
    if not rows:
        return None
    return rows[0] * 72 / dpi, (rows[-1] + 1) * 72 / dpi


def _close(pixel, colour, tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour))


@dataclass
class SpacedLine:
    """One set line's characters in the order they were drawn, with its word spaces."""

    baseline: float
    size: float
    font: str
    text: str
    #: The width of each word space, in pt: from the ink before the space to the ink after.
    spaces: list[float]


def spaced_lines(path: Path, page_number: int) -> list[SpacedLine]:
    """The lines of a page as drawn (a line ends where the baseline moves or the text runs
    back), each with the widths of its word spaces: how far justification stretched it."""
    document = pdfium.PdfDocument(path)
    try:
        page = document[page_number - 1]
        height = page.get_size()[1]
        text = page.get_textpage()
        name = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        matrix = raw.FS_MATRIX()
        lines: list[SpacedLine] = []
        right, spaced = None, False
        for index in range(text.count_chars()):
            char = text.get_text_range(index, 1)
            if not char.strip():
                spaced = spaced or char in " \u00a0"
                continue
            left, bottom, char_right, top = text.get_charbox(index)
            if char_right - left <= 0:
                continue
            origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
            raw.FPDFText_GetCharOrigin(text.raw, index, ctypes.byref(origin_x),
                                       ctypes.byref(origin_y))
            raw.FPDFText_GetMatrix(text.raw, index, ctypes.byref(matrix))
            size = round(raw.FPDFText_GetFontSize(text.raw, index) * abs(matrix.d), 1)
            baseline = round(height - origin_y.value, 1)
            line = lines[-1] if lines else None
            if (line is None or abs(line.baseline - baseline) > max(0.45 * size, 2)
                    or right is None or left < right - 2):
                raw.FPDFText_GetFontInfo(text.raw, index, name, 256, ctypes.byref(flags))
                font = name.value.decode(errors="replace").split("+")[-1]
                line = SpacedLine(baseline, size, font, "", [])
                lines.append(line)
            elif spaced:
                line.spaces.append(left - right)
                line.text += " "
            line.text += char
            right, spaced = char_right, False
        return lines
    finally:
        document.close()


def white_share(path: Path, page_number: int, top_mm: float, bottom_mm: float,
                allowed_pt: float) -> float:
    """The share of a page's type area left as bare paper: the rows without a mark (no
    text, rule or colour band) in runs taller than ``allowed_pt`` (the space between lines
    and blocks a page's rhythm needs), each counted beyond ``allowed_pt``."""
    document = pdfium.PdfDocument(path)
    try:
        image = document[page_number - 1].render(scale=1).to_pil().convert("L")
    finally:
        document.close()
    top, bottom = round(top_mm * MM), round(image.height - bottom_mm * MM)
    empty, run = 0.0, 0
    for y in range(top, bottom + 1):
        if y < bottom and image.crop((0, y, image.width, y + 1)).getextrema()[0] >= 235:
            run += 1
            continue
        empty += max(run - allowed_pt, 0)
        run = 0
    return empty / (bottom - top)


@dataclass
class ColumnEnds:
    """Where a two-column page's columns end, in pt from the page's top edge."""

    first: float  # the column read first (the right one in right-to-left text)
    second: float
    pitch: float  # the body's line pitch, baseline to baseline
    floor: float  # the foot of the type area, or the top of the page's footnotes


def column_ends(page: Page, body_pt: float, margins_mm: tuple[float, float, float, float],
                gap_mm: float, rtl: bool = False) -> ColumnEnds | None:
    """The ends of the two columns of body text on ``page`` (None: a column is empty).

    Body lines are those at the body size (headings a step larger count), inside the
    type area, between the last line larger than the body (title,
    lead) and the slogan block; footnotes, set smaller, give the floor. Lines of the two
    columns on one baseline may read as one line across the gap: it ends both."""
    top, right, bottom, left = (value * MM for value in margins_mm)
    floor = page.height - bottom
    width = (page.width - left - right - gap_mm * MM) / 2
    spans = ((left, left + width), (page.width - right - width, page.width - right))
    inside = [line for line in page.lines if line.top >= top - 1 and line.bottom <= floor + 1]
    body = [line for line in inside if 0.95 * body_pt <= line.size <= 1.15 * body_pt]
    large = [line for line in inside if line.size >= 1.2 * body_pt]
    notes = [line for line in inside if line.size < 0.9 * body_pt and len(line.text) > 3
             and (not body or line.top > max(b.bottom for b in body))]
    if notes:
        floor = min(line.top for line in notes)
    # the slogan block: the first large line below three lines of the body
    closing = next((line.top for line in sorted(large, key=lambda line: line.top)
                    if sum(b.bottom <= line.top for b in body) >= 3), floor)
    head = max((line.bottom for line in large if line.bottom <= closing), default=top)
    ends, baselines = [], []
    for start, end in spans:
        column = sorted((line for line in body if line.left < end and line.right > start
                         and head <= line.top
                         and line.bottom <= closing), key=lambda line: line.baseline)
        if not column:
            return None
        ends.append(max(line.bottom for line in column))
        baselines += [b.baseline - a.baseline for a, b in zip(column, column[1:])
                      if 0.5 * body_pt < b.baseline - a.baseline < 2 * body_pt]
    pitch = sorted(baselines)[len(baselines) // 2] if baselines else 1.3 * body_pt
    first, second = (ends[1], ends[0]) if rtl else (ends[0], ends[1])
    return ColumnEnds(first, second, pitch, floor)
