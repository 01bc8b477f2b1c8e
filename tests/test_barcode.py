"""The ISBN's EAN-13 barcode on the back of the print cover, read back as a scanner would:
the cover is rasterised, the white box found, the bars measured and decoded with the
standard's tables (written out here, not taken from the encoder), and the box's place,
quiet zones and ink checked; a wrong ISBN is one line naming the manifest and its line."""

from __future__ import annotations

import pikepdf
import pypdfium2
import pytest
from typer.testing import CliRunner

from book_corpus import corpus
from conftest import MM, PREFLIGHT, PRINT_READY_CONFIG, preflight
from pamphlet.cli import app
from pamphlet.collection.cover import COVER_MARGIN_MM, spine_width_mm
from pamphlet.collection.run import build_collection
from pamphlet.config.workspace import find_workspace
from pamphlet.render.barcode import IsbnError, isbn13

#: ISO/IEC 15420 (GS1 General Specifications, EAN/UPC symbol character encodation): the
#: widths in modules of each digit's four elements, space-bar-space-bar in set A, bar-
#: space-bar-space in set C; set B is set C mirrored.
SET_A = ("3211", "2221", "2122", "1411", "1132", "1231", "1114", "1312", "1213", "3112")
SET_C = SET_A
SET_B = tuple(widths[::-1] for widths in SET_C)
#: The sets of the left half's six digits, which encode the first digit.
FIRST_DIGIT = ("AAAAAA", "AABABB", "AABBAB", "AABBBA", "ABAABB", "ABBAAB", "ABBBAA",
               "ABABAB", "ABABBA", "ABBABA")

ISBN = "978-1-4028-9462-6"
TRIM_MM, TRIM_HEIGHT_MM = 148, 210
MODULE_MM = 0.33


def decode_ean13(runs: list[int]) -> tuple[str, float, float]:
    """The 13 digits of an EAN-13 read from the widths (pixels) of its bars and spaces,
    first bar to last; also the module's width and the worst deviation of an element from
    a whole number of modules."""
    assert len(runs) == 59, f"{len(runs)} bars and spaces, an EAN-13 has 59"
    module = sum(runs) / 95
    widths = [run / module for run in runs]
    worst = max(abs(w - round(w)) for w in widths)
    modules = [round(w) for w in widths]
    assert modules[:3] == [1, 1, 1] and modules[27:32] == [1] * 5 and modules[-3:] == [1, 1, 1]
    left, right = modules[3:27], modules[32:56]
    digits, sets = [], ""
    for n in range(6):
        element = "".join(map(str, left[4 * n:4 * n + 4]))
        if element in SET_A:
            digits.append(SET_A.index(element))
            sets += "A"
        else:
            assert element in SET_B, element
            digits.append(SET_B.index(element))
            sets += "B"
    for n in range(6):
        element = "".join(map(str, right[4 * n:4 * n + 4]))
        assert element in SET_C, element
        digits.append(SET_C.index(element))
    first = FIRST_DIGIT.index(sets)
    code = "".join(map(str, [first, *digits]))
    assert sum(int(d) * (3 if n % 2 else 1) for n, d in enumerate(code)) % 10 == 0, code
    return code, module, worst


def workspace_with(tmp_path, isbn: str | None):
    root = tmp_path / "ws"
    (root / "sources").mkdir(parents=True)
    (root / "pamphlet.toml").write_text(PRINT_READY_CONFIG)
    for item in corpus(6)[:4]:
        (root / "sources" / item.name).write_text(item.text)
    manifest = ('title = "A year of statements"\npublisher = "Riverside Press"\n'
                'blurb = "What we said this year."\n')
    (root / "book.toml").write_text(manifest + (f'isbn = "{isbn}"\n' if isbn else ""))
    return root


def build_cover(root):
    out = root / "out/book.pdf"
    result = build_collection(find_workspace(root), manifest_path=root / "book.toml",
                              target="print", out_path=out)
    return out.with_name("book.cover.pdf"), result.pages


@pytest.fixture(scope="module")
def cover(tmp_path_factory):
    root = workspace_with(tmp_path_factory.mktemp("barcode"), ISBN)
    return build_cover(root)


class Sheet:
    """The cover sheet's boxes in PDF points and a way to render a part of it."""

    def __init__(self, path, pages):
        self.path = path
        with pikepdf.open(path) as pdf:
            self.media = [float(v) for v in pdf.pages[0].obj.MediaBox]
            self.trim = [float(v) for v in pdf.pages[0].obj.TrimBox]
        self.fold = self.trim[0] + TRIM_MM * MM  # back | spine
        self.spine_mm = spine_width_mm(pages, 0.1)

    def render(self, box, scale):
        """The part ``box`` (left, bottom, right, top in points) at ``scale`` px/pt."""
        left, bottom, right, top = box
        document = pypdfium2.PdfDocument(self.path)
        crop = (left - self.media[0], bottom - self.media[1], self.media[2] - right,
                self.media[3] - top)
        image = document[0].render(scale=scale, crop=crop).to_pil().convert("RGB")
        document.close()
        return image

    def text_in(self, box) -> str:
        document = pypdfium2.PdfDocument(self.path)
        text = document[0].get_textpage().get_text_bounded(*box)
        document.close()
        return text


def neutral(rgb, spread: int = 12) -> bool:
    return max(rgb) - min(rgb) <= spread


def find_white_box(sheet: Sheet):
    """The paper-white box on the back cover (points): the rows of the back whose longest
    run of neutral (white, grey, black) pixels is over 30 mm wide. White text on the brand
    colour never makes such a run."""
    scale = 2
    region = (sheet.trim[0], sheet.trim[1], sheet.fold, sheet.trim[3])
    image = sheet.render(region, scale)
    width, height = image.size
    data = image.tobytes()
    rows = []
    for y in range(height):
        best = run = start = best_start = 0
        for x in range(width):
            if neutral(data[3 * (y * width + x):3 * (y * width + x) + 3], 40):
                if run == 0:
                    start = x
                run += 1
                if run > best:
                    best, best_start = run, start
            else:
                run = 0
        if best >= 30 * MM * scale:
            rows.append((y, best_start, best_start + best))
    assert rows, "no white box on the back cover"
    top_px, bottom_px = rows[0][0], rows[-1][0] + 1
    assert bottom_px - top_px == len(rows), "one box, no gaps"
    left_px = min(r[1] for r in rows)
    right_px = max(r[2] for r in rows)
    return (region[0] + left_px / scale, region[3] - bottom_px / scale,
            region[0] + right_px / scale, region[3] - top_px / scale)


@pytest.fixture(scope="module")
def barcode(cover):
    path, pages = cover
    sheet = Sheet(path, pages)
    scale = 10  # 9.4 px a module
    box, image = closer(sheet, find_white_box(sheet), scale)
    return sheet, box, image, scale


def closer(sheet: Sheet, box, scale):
    """The box found at a low resolution, found again to the pixel at ``scale`` (its
    neutral extent through its middle row and column), and its image."""
    left, bottom, right, top = box
    pad = 1 * MM
    around = (left - pad, bottom - pad, right + pad, top + pad)
    image = sheet.render(around, scale)
    width, height = image.size
    x0 = x1 = width // 2
    while x0 > 0 and neutral(image.getpixel((x0 - 1, height // 2))):
        x0 -= 1
    while x1 < width and neutral(image.getpixel((x1, height // 2))):
        x1 += 1
    y0 = y1 = height // 2
    while y0 > 0 and neutral(image.getpixel((width // 2, y0 - 1))):
        y0 -= 1
    while y1 < height and neutral(image.getpixel((width // 2, y1))):
        y1 += 1
    found = (around[0] + x0 / scale, around[3] - y1 / scale,
             around[0] + x1 / scale, around[3] - y0 / scale)
    return found, image.crop((x0, y0, x1, y1))


def dark(rgb) -> bool:
    """Black ink (the brand colour at the box's edge is not)."""
    return max(rgb) < 128


def dark_runs(image, y):
    """(start, width) of each dark run along row ``y``."""
    row = [dark(image.getpixel((x, y))) for x in range(image.size[0])]
    runs, x = [], 0
    while x < len(row):
        if row[x]:
            start = x
            while x < len(row) and row[x]:
                x += 1
            runs.append((start, x - start))
        else:
            x += 1
    return runs


def extent(image, bar):
    """The top and bottom (pixels) of a bar (start, width) found on the middle row."""
    x = bar[0] + bar[1] // 2
    top = bottom = image.size[1] // 2
    while top > 0 and dark(image.getpixel((x, top - 1))):
        top -= 1
    while bottom < image.size[1] and dark(image.getpixel((x, bottom))):
        bottom += 1
    return top, bottom


def bar_and_space_widths(image, y):
    bars = dark_runs(image, y)
    widths = []
    for (start, width), following in zip(bars, bars[1:] + [None]):
        widths.append(width)
        if following:
            widths.append(following[0] - start - width)
    return bars, widths


def test_the_bars_decode_to_the_configured_isbn_at_the_standard_size(barcode):
    _, _, image, scale = barcode
    middle = image.size[1] // 2
    bars, widths = bar_and_space_widths(image, middle)
    code, module_px, worst = decode_ean13(widths)
    assert code == ISBN.replace("-", "")
    assert module_px / scale / MM == pytest.approx(MODULE_MM, abs=0.005)  # 100 %
    assert worst < 0.2  # every bar and space a whole number of modules
    symbol_mm = (bars[-1][0] + bars[-1][1] - bars[0][0]) / scale / MM
    assert symbol_mm == pytest.approx(95 * MODULE_MM, abs=0.05)


def test_guard_bars_reach_below_the_others_and_the_digits_sit_under_them(barcode):
    sheet, box, image, scale = barcode
    bars, _ = bar_and_space_widths(image, image.size[1] // 2)

    guard_top, guard_bottom = extent(image, bars[0])
    digit_top, digit_bottom = extent(image, bars[2])  # the first digit's bar
    assert guard_top == pytest.approx(digit_top, abs=1)
    assert (digit_bottom - digit_top) / scale / MM == pytest.approx(22.85, abs=0.1)
    assert (guard_bottom - digit_bottom) / scale / MM == pytest.approx(5 * MODULE_MM, abs=0.1)
    # "ISBN 978-…" above the bars, the 13 digits under them, all inside the box
    left, bottom, right, top = box
    bars_top = top - guard_top / scale
    bars_bottom = top - digit_bottom / scale
    above = sheet.text_in((left, bars_top, right, top))
    under = sheet.text_in((left, bottom, right, bars_bottom))
    assert " ".join(above.split()) == f"ISBN {ISBN}"
    assert "".join(under.split()) == ISBN.replace("-", "")


def test_the_box_sits_lower_right_on_the_back_inside_the_safe_area(barcode):
    sheet, box, _, _ = barcode
    left, bottom, right, top = box
    x0, y0, _, y1 = sheet.trim
    margin = COVER_MARGIN_MM * MM
    assert x0 + margin <= left and right <= sheet.fold - margin + 0.3 * MM  # clear of the spine
    assert y0 + margin - 0.3 * MM <= bottom and top <= y1 - margin
    assert right == pytest.approx(sheet.fold - margin, abs=0.5 * MM)  # by the spine
    assert bottom == pytest.approx(y0 + margin, abs=0.5 * MM)  # at the foot
    assert (right - left) / MM >= (11 + 95 + 7) * MODULE_MM


def test_quiet_zones_are_white_and_only_black_ink_is_in_the_box(barcode):
    _, _, image, scale = barcode
    width, height = image.size
    bars, _ = bar_and_space_widths(image, height // 2)
    first, last = bars[0][0], bars[-1][0] + bars[-1][1]
    assert first / scale / MM >= 11 * MODULE_MM
    assert (width - last) / scale / MM >= 7 * MODULE_MM
    top, bottom = extent(image, bars[2])  # a digit's bar: the digits begin under it
    for y in range(top, bottom, 3):  # beside the bars, all their height
        for x in list(range(2, first - 1)) + list(range(last + 1, width - 2)):
            assert image.getpixel((x, y)) == (255, 255, 255), (x, y)
    colours = image.getcolors(1 << 20)
    tinted = [rgb for _, rgb in colours if not neutral(rgb, 6)]
    assert not tinted, tinted[:5]  # black, grey and white only: 100 % K on paper


def test_the_cover_with_its_barcode_passes_the_shared_preflight(cover):
    path, pages = cover
    if not PREFLIGHT.is_file():
        pytest.skip("the shared preflight checker is not here")
    spine = spine_width_mm(pages, 0.1)
    check = preflight(path, "--trim", f"{2 * TRIM_MM + spine}x{TRIM_HEIGHT_MM}",
                      "--bleed-mm", "3", "--variant", "pdf/x-4", "--cmyk",
                      "--contains", f"ISBN {ISBN}")
    assert check.returncode == 0, check.stdout


def test_no_isbn_no_barcode_and_no_box(tmp_path):
    path, pages = build_cover(workspace_with(tmp_path, None))
    sheet = Sheet(path, pages)
    with pytest.raises(AssertionError, match="no white box"):
        find_white_box(sheet)
    assert "ISBN" not in sheet.text_in(sheet.trim)


def test_an_isbn_10_is_printed_and_encoded_as_its_isbn_13(tmp_path):
    path, pages = build_cover(workspace_with(tmp_path, "0-8044-2957-X"))
    sheet = Sheet(path, pages)
    box, image = closer(sheet, find_white_box(sheet), 10)
    code, _, _ = decode_ean13(bar_and_space_widths(image, image.size[1] // 2)[1])
    assert code == "9780804429573"
    assert "ISBN 978-0-8044-2957-3" in " ".join(sheet.text_in(box).split())


@pytest.mark.parametrize("written, reason", [
    ("978-1-4028-9462-7", "its check digit is 7, an ISBN with these digits ends in 6"),
    ("0-8044-2957-5", "its check digit is 5, an ISBN-10 with these digits ends in X"),
    ("123-4-5678-9012-8", "starts with 978 or 979"),
    ("978-1-4028-9", "9 digits; an ISBN has 13 (or 10)"),
    ("978-1-4028-9462-6!", "only digits"),
])
def test_a_wrong_isbn_is_one_line_naming_the_manifest_and_its_line(tmp_path, monkeypatch,
                                                                   written, reason):
    root = workspace_with(tmp_path, written)
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["collection", "--manifest", "book.toml",
                                      "--target", "print"])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.output
    assert errors[0].startswith(f"error: book.toml:4: 'isbn': '{written}' is not an ISBN: ")
    assert reason in errors[0]
    assert "Traceback" not in result.output
    assert not (root / "build").exists()


@pytest.mark.parametrize("written, isbn", [
    ("978-3-16-148410-0", "978-3-16-148410-0"),
    ("978 3 16 148410 0", "978-3-16-148410-0"),
    ("ISBN 978-3-16-148410-0", "978-3-16-148410-0"),
    ("9783161484100", "978-3-16-148410-0"),  # hyphens where the agency's ranges put them
    ("978-31-6148-410-0", "978-3-16-148410-0"),
    ("0-13-235418-7", "978-0-13-235418-9"),
    ("080442957x", "978-0-8044-2957-3"),
    ("979-10-90636-07-1", "979-10-90636-07-1"),
])
def test_isbns_as_written(written, isbn):
    assert isbn13(written) == isbn


def test_x_only_as_an_isbn_10_check_digit():
    with pytest.raises(IsbnError, match="X can only"):
        isbn13("97X-3-16-148410-0")
