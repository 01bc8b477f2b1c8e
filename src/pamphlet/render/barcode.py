"""The ISBN of a book and its EAN-13 ("Bookland") barcode, as vector artwork for the back of
the print cover.

The ISBN is read as written (ISBN-13, or ISBN-10 turned into its 978- form; hyphens or
spaces between the groups) and refused with the reason when its check digit is wrong.
The bars come from python-barcode's EAN-13 encoder (the number sets A, B and C and the
first digit's parity table of ISO/IEC 15420 and the GS1 General Specifications §5.2);
this module places them: at 100 % magnification a module is 0.33 mm, the symbol 37.29 ×
25.93 mm with its quiet zones (11 modules left, 7 right), the bars 22.85 mm high and the
guard bars 5 modules longer, the digits under the bars (the first one in the left quiet
zone) and "ISBN 978-…" above them, all on a paper-white box.

Like the QR code (qr.py) the bars are inline SVG whose colours are the literals the target
gives (``TargetStyle.svg_ink``/``svg_paper``: 100 % K on a knock-out for print); the words
and digits are HTML text in the display face, so they are embedded and extractable.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup

#: The module (narrowest bar) at 100 % magnification, and the sizes in modules and mm that
#: GS1 gives for that magnification.
MODULE_MM = 0.33
SYMBOL_MODULES = 95
LEFT_QUIET_MODULES, RIGHT_QUIET_MODULES = 11, 7
BAR_HEIGHT_MM = 22.85
GUARD_EXTRA_MODULES = 5
#: The digits' height (OCR-B's at 100 %), one module under the bars.
DIGIT_HEIGHT_MM = 2.75
#: The magnification the cover uses (80–200 % are allowed; 100 % scans everywhere).
MAGNIFICATION = 1.0
#: White round the quiet zones, so a trim or a misregistered flood never eats into them.
BOX_PAD_MM = 1.0
#: Below the digits' baseline (they have no descenders: the box would look cut off at
#: BOX_PAD_MM).
FOOT_PAD_MM = 1.6
#: "ISBN 978-…" above the bars: its size and the space between it and the bars.
ISBN_LINE_PT, ISBN_LINE_GAP_MM = 8.5, 1.2
#: The face of the words and digits (components: "Pamphlet Display" 400).
FONT = "NotoSans-Condensed.ttf"


class IsbnError(ValueError):
    """An ISBN that is not one; the message says why, in a few words."""


_PREFIX = re.compile(r"^\s*ISBN(?:-1[03])?:?\s*", re.IGNORECASE)


def isbn13(written: str) -> str:
    """The ISBN-13 of an ISBN as written, hyphenated where the ISBN agency's ranges put the
    groups (python-stdnum's table; as written where the table does not know them); an
    ISBN-10 gains the 978 prefix and a new check digit. :class:`IsbnError` says what is
    wrong otherwise."""
    return _hyphenated(_checked(written))


def _hyphenated(isbn: str) -> str:
    from stdnum import isbn as ranges

    grouped = ranges.format(digits_of(isbn))
    return grouped if grouped.count("-") == 4 else isbn


def _checked(written: str) -> str:
    """The ISBN-13, its groups as written (none if written without them)."""
    text = _PREFIX.sub("", written).strip()
    if not re.fullmatch(r"[0-9Xx]+(?:[- ][0-9Xx]+)*", text):
        raise IsbnError("only digits, with hyphens or spaces between the groups")
    groups = re.split(r"[- ]", text.upper())
    digits = "".join(groups)
    if "X" in digits[:-1] or (len(digits) == 13 and "X" in digits):
        raise IsbnError("X can only be an ISBN-10's check digit")
    if len(digits) == 10:
        check = _isbn10_check(digits[:9])
        if digits[9] != check:
            raise IsbnError(f"its check digit is {digits[9]}, an ISBN-10 with these digits "
                            f"ends in {check}")
        body = "978" + digits[:9]
        if len(groups) == 1:  # unhyphenated: where the groups split is not known
            return body + ean13_check(body)
        return "-".join(["978", *groups[:-1], groups[-1][:-1] + ean13_check(body)])
    if len(digits) != 13:
        raise IsbnError(f"{len(digits)} digits; an ISBN has 13 (or 10)")
    if digits[:3] not in ("978", "979"):
        raise IsbnError("an ISBN-13 starts with 978 or 979")
    check = ean13_check(digits[:12])
    if digits[12] != check:
        raise IsbnError(f"its check digit is {digits[12]}, an ISBN with these digits ends "
                        f"in {check}")
    return "-".join(groups)


def _isbn10_check(nine: str) -> str:
    value = (11 - sum((10 - n) * int(d) for n, d in enumerate(nine)) % 11) % 11
    return "X" if value == 10 else str(value)


def ean13_check(twelve: str) -> str:
    """The EAN-13 check digit: weights 1, 3, 1, 3, … from the left, to a multiple of ten."""
    return str(-sum(int(d) * (3 if n % 2 else 1) for n, d in enumerate(twelve)) % 10)


def digits_of(isbn: str) -> str:
    """The 13 digits of an ISBN-13 as :func:`isbn13` gives it."""
    return isbn.replace("-", "")


@lru_cache(maxsize=64)
def modules(digits: str) -> str:
    """The 95 modules of the EAN-13 symbol: "1" a dark module of a digit, "G" one of the
    guard bars (start, centre, end), "0" a light one."""
    from barcode.ean import EuropeanArticleNumber13

    code = EuropeanArticleNumber13(digits, guardbar=True)
    pattern = code.build()[0]
    if code.ean != digits or len(pattern) != SYMBOL_MODULES:  # never: isbn13 checked it
        raise ValueError(f"EAN-13 {digits}: the encoder made {code.ean}")
    return pattern


def bars(pattern: str) -> list[tuple[int, int, bool]]:
    """(first module, width in modules, guard bar) of each bar, left to right."""
    found = []
    for match in re.finditer(r"1+|G+", pattern):
        found.append((match.start(), match.end() - match.start(), match[0][0] == "G"))
    return found


@dataclass(frozen=True)
class BarcodeBox:
    """The white box and what is in it, in mm from its top left corner."""

    width: float
    height: float
    module: float
    #: The first bar's left edge and top; the digit bars' and the guard bars' heights.
    bars_left: float
    bars_top: float
    bar_height: float
    guard_height: float
    #: The ISBN line's top and size; the digits' baseline and size.
    isbn_top: float
    isbn_pt: float
    digits_baseline: float
    digit_pt: float


def box_geometry(magnification: float = MAGNIFICATION) -> BarcodeBox:
    """Where everything goes at ``magnification`` (1.0 = the nominal 37.29 × 25.93 mm)."""
    from pamphlet.render.measure import line_extent_em
    from pamphlet.units import MM

    _, _, cap_em, _ = line_extent_em("0123456789", 1.0, FONT)  # the digits' height in em
    x = MODULE_MM * magnification
    isbn_pt = ISBN_LINE_PT * magnification
    isbn_top = BOX_PAD_MM
    bars_top = isbn_top + isbn_pt / MM * 1.2 + ISBN_LINE_GAP_MM * magnification
    bar_height = BAR_HEIGHT_MM * magnification
    digit_height = DIGIT_HEIGHT_MM * magnification
    baseline = bars_top + bar_height + x + digit_height
    return BarcodeBox(
        width=2 * BOX_PAD_MM + (LEFT_QUIET_MODULES + SYMBOL_MODULES + RIGHT_QUIET_MODULES) * x,
        height=baseline + FOOT_PAD_MM, module=x, bars_left=BOX_PAD_MM + LEFT_QUIET_MODULES * x,
        bars_top=bars_top, bar_height=bar_height, guard_height=bar_height + GUARD_EXTRA_MODULES * x,
        isbn_top=isbn_top, isbn_pt=isbn_pt, digits_baseline=baseline,
        digit_pt=digit_height / cap_em * MM)


#: Where each of the 13 digits is centred, in modules from the first bar: the first in
#: the left quiet zone, six under each half (each under its own seven modules).
DIGIT_CENTRES = (-5.5, *(3 + 7 * n + 3.5 for n in range(6)), *(50 + 7 * n + 3.5 for n in range(6)))


def barcode_markup(isbn: str, ink: str, paper: str,
                   magnification: float = MAGNIFICATION) -> Markup:
    """A ``<figure class="isbn-barcode">``: the white box with "ISBN …", the bars and the
    digits; ``isbn`` as :func:`isbn13` gives it, ``ink`` and ``paper`` literal colours."""
    from pamphlet.render.measure import line_extent_em
    from pamphlet.units import MM

    digits = digits_of(isbn)
    box = box_geometry(magnification)
    x = box.module
    guard_modules = box.guard_height / x
    path = "".join(f"M{start} 0h{width}v{guard_modules if guard else box.bar_height / x:.4f}"
                   f"h{-width}z" for start, width, guard in bars(modules(digits)))
    label = html.escape(f"EAN-13 barcode of ISBN {isbn}", quote=True)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" class="isbn-bars" role="img" '
           f'aria-label="{label}" width="{SYMBOL_MODULES * x:.4f}mm" '
           f'height="{box.guard_height:.4f}mm" viewBox="0 0 {SYMBOL_MODULES} '
           f'{guard_modules:.4f}" style="left: {box.bars_left:.4f}mm; top: {box.bars_top:.4f}mm">'
           f'<path fill="{ink}" d="{path}"/></svg>')
    above, _, _, _ = line_extent_em("0", 1.0, FONT)  # the baseline below a line box's top
    size_mm = box.digit_pt / MM
    top = box.digits_baseline - above * size_mm
    cell = 7 * x
    spans = "".join(
        f'<span style="left: {box.bars_left + (centre - 3.5) * x:.4f}mm; top: {top:.4f}mm; '
        f'width: {cell:.4f}mm">{digit}</span>' for digit, centre in zip(digits, DIGIT_CENTRES))
    return Markup(
        f'<figure class="isbn-barcode" style="width: {box.width:.4f}mm; '
        f'height: {box.height:.4f}mm; background: {paper}; --isbn-size: {box.isbn_pt:.3f}pt; '
        f'--digit-size: {box.digit_pt:.3f}pt; --isbn-top: {box.isbn_top:.4f}mm">'
        f'<p class="isbn-barcode-isbn">ISBN {html.escape(isbn)}</p>{svg}'
        f'<p class="isbn-barcode-digits" aria-hidden="true">{spans}</p></figure>')
