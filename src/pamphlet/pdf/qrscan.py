"""Stage 4, reading finished PDFs (pypdfium2 and zxing-cpp): find the QR codes a page
draws, decode them and measure them as a phone and a printer would meet them.

Each page is rendered once at a modest resolution to find the codes, then each code's
neighbourhood again at 300 dpi to measure it: its width and module in mm in the TrimBox
frame (x from the trim's left edge, y down from its top edge, so the figures hold however
far the MediaBox grows for marks), the light space round it in modules, whether its light
modules are paper white, and whether code and quiet zone lie inside the safe area.
"""

from __future__ import annotations

from dataclasses import dataclass

from pamphlet.units import MM

#: ISO/IEC 18004's quiet zone, in modules.
QUIET_MODULES = 4
#: Finding codes: at least this resolution, so a 0.4 mm module is two pixels.
FIND_DPI = 130
#: ... and the whole page at most this many pixels (an A2 placard at ~100 dpi).
FIND_MAX_PIXELS = 12_000_000
#: Measuring a code: 0.4 mm modules are 4.7 pixels, one pixel 0.085 mm.
MEASURE_DPI = 300
#: Paper white in a render (pdfium maps device-cmyk(0 0 0 0) and #fff to 255).
PAPER_LEVEL = 255
#: A pixel is light when it is this far from the symbol's black towards paper white.
LIGHT_FRACTION = 0.75


@dataclass(frozen=True)
class FoundCode:
    """One QR code on a page. The box is the symbol (quiet zone not included), in mm in the
    TrimBox frame: left, top, right, bottom."""

    text: str
    page: int
    box_mm: tuple[float, float, float, float]
    version: int
    modules: int
    module_mm: float
    #: Light space found on each side (left, top, right, bottom), in modules, up to 5.
    clear_modules: tuple[float, float, float, float]
    quiet_zone_ok: bool
    #: The light modules are as light as paper (not a colour the code was printed on).
    contrast_ok: bool
    #: Code and quiet zone inside the trim less the safe margin.
    in_safe_area: bool

    @property
    def width_mm(self) -> float:
        return self.box_mm[2] - self.box_mm[0]


def find_qr_codes(pdf: bytes, safe_mm: float) -> list[FoundCode]:
    """Every QR code the PDF draws, decoded and measured, in page order."""
    import pypdfium2 as pdfium

    found: list[FoundCode] = []
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                found += _codes_on(page, index + 1, safe_mm)
            finally:
                page.close()
    finally:
        document.close()
    return found


def _decode(image):
    import zxingcpp

    return zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode,
                                  try_rotate=False, try_invert=False)


def _codes_on(page, number: int, safe_mm: float) -> list[FoundCode]:
    width_pt, height_pt = page.get_size()
    scale = FIND_DPI / 72
    if width_pt * height_pt * scale * scale > FIND_MAX_PIXELS:
        scale = (FIND_MAX_PIXELS / (width_pt * height_pt)) ** 0.5
    overview = page.render(scale=scale, grayscale=True).to_pil().convert("L")
    codes = []
    for rough in _decode(overview):
        left, top, right, bottom = _corners(rough)
        margin = (right - left) * 0.45  # room for the quiet zone and one module more
        crop = (max(0.0, (left - margin) / scale), max(0.0, (top - margin) / scale),
                min(width_pt, (right + margin) / scale),
                min(height_pt, (bottom + margin) / scale))  # pt from the top-left
        codes.append(_measure(page, number, crop, safe_mm))
    return [code for code in codes if code is not None]


def _corners(code) -> tuple[float, float, float, float]:
    """zxing-cpp's position: the symbol's outer corners, whole pixels on module edges."""
    pos = code.position
    points = [pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left]
    xs, ys = [p.x for p in points], [p.y for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _measure(page, number: int, crop: tuple[float, ...], safe_mm: float) -> FoundCode | None:
    """Render the code's neighbourhood at MEASURE_DPI and measure it there."""
    width_pt, height_pt = page.get_size()
    left_pt, top_pt, right_pt, bottom_pt = crop
    scale = MEASURE_DPI / 72
    image = page.render(scale=scale, grayscale=True,
                        crop=(left_pt, height_pt - bottom_pt, width_pt - right_pt, top_pt)
                        ).to_pil().convert("L")
    codes = _decode(image)
    if not codes:
        return None
    code = codes[0]
    box = _corners(code)
    extra = code.extra if isinstance(code.extra, dict) else {}
    version = int(extra.get("Version", 0) or 0)
    width_px = ((box[2] - box[0]) + (box[3] - box[1])) / 2
    modules = 17 + 4 * version if version else max(21, round(width_px / _finder_px(image, box)
                                                              * 7))
    module_px = width_px / modules
    black, light, threshold = _levels(image, box)
    limit = int(round((QUIET_MODULES + 1) * module_px))
    clear = tuple(min(_clear_run(image, box, side, limit, threshold) / module_px,
                      QUIET_MODULES + 1.0) for side in ("left", "top", "right", "bottom"))
    tolerance = 1.5 / module_px  # a pixel and a half of rounding at the zone's edge
    # pixels of the crop -> PDF points from the page's top-left -> mm in the TrimBox frame
    trim_left, trim_bottom, trim_right, trim_top = page.get_trimbox()
    shown_left, _, _, shown_top = page.get_cropbox()  # what pdfium renders

    def to_trim_mm(px: float, py: float) -> tuple[float, float]:
        x_pt = shown_left + left_pt + px / scale
        y_pt = shown_top - (top_pt + py / scale)
        return (x_pt - trim_left) / MM, (trim_top - y_pt) / MM

    x0, y0 = to_trim_mm(box[0], box[1])
    x1, y1 = to_trim_mm(box[2], box[3])
    module_mm = module_px / (MEASURE_DPI / 25.4)
    quiet = QUIET_MODULES * module_mm
    trim_w, trim_h = (trim_right - trim_left) / MM, (trim_top - trim_bottom) / MM
    slack = 0.05
    in_safe = (x0 - quiet >= safe_mm - slack and y0 - quiet >= safe_mm - slack
               and x1 + quiet <= trim_w - safe_mm + slack
               and y1 + quiet <= trim_h - safe_mm + slack)
    return FoundCode(text=code.text, page=number,
                     box_mm=(round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)),
                     version=version, modules=modules, module_mm=round(module_mm, 3),
                     clear_modules=tuple(round(c, 2) for c in clear),
                     quiet_zone_ok=all(c >= QUIET_MODULES - tolerance for c in clear),
                     contrast_ok=light >= threshold, in_safe_area=in_safe)


def _levels(gray, box) -> tuple[int, int, int]:
    """(black, the light modules' median level, the light threshold) of a symbol.

    The threshold is measured towards paper white, not towards the symbol's own light
    modules: a code printed straight onto a colour band has light modules of that colour,
    which must fail."""
    histogram = gray.crop(tuple(int(v) for v in box)).histogram()
    black = next(i for i, count in enumerate(histogram) if count)
    darkest_light = max(i for i, count in enumerate(histogram) if count)
    threshold = black + int(LIGHT_FRACTION * (PAPER_LEVEL - black))
    middle = (black + darkest_light) // 2
    upper = histogram[middle + 1:]
    total, seen, light = sum(upper), 0, middle + 1
    for offset, count in enumerate(upper):
        seen += count
        if seen * 2 >= total:
            light = middle + 1 + offset
            break
    return black, light, threshold


def _clear_run(gray, box, side: str, limit_px: int, threshold: int) -> int:
    """How many pixels outward from ``box``'s ``side`` are light all along that side (the
    pixel row next to the symbol may be anti-aliased and is not counted)."""
    left, top, right, bottom = (int(v) for v in box)
    width, height = gray.size
    for step in range(1, limit_px):
        if side == "left":
            strip = (left - step - 1, top - step, left - step, bottom + step)
        elif side == "right":
            strip = (right + step, top - step, right + step + 1, bottom + step)
        elif side == "top":
            strip = (left - step, top - step - 1, right + step, top - step)
        else:
            strip = (left - step, bottom + step, right + step, bottom + step + 1)
        x0, y0, x1, y1 = strip
        if x0 < 0 or y0 < 0 or x1 > width or y1 > height:
            return step  # the page ends here: clear only so far
        if gray.crop(strip).getextrema()[0] < threshold:
            return step
    return limit_px


def _finder_px(gray, box) -> float:
    """The finder pattern's width in pixels (7 modules), when zxing gives no version."""
    left, top, right, _ = (int(v) for v in box)
    threshold = _levels(gray, box)[2]
    x = left
    while x < right and gray.getpixel((x, top + 1)) < threshold:
        x += 1
    return max(x - left, 1)
