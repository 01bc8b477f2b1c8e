"""Placards: one demand a page, as large as the measure allows, read from twenty metres;
for the print shop with bleed and marks, for the office printer as they are or in A4
pieces to glue together."""

from __future__ import annotations

import pypdfium2
import pytest
from typer.testing import CliRunner

from conftest import MM, PRINT_READY_CONFIG, SEED, needs_preflight, preflight, statement
from pamphlet.build.run import build
from pamphlet.cli import app
from pamphlet.config.workspace import find_workspace
from pamphlet.load.sources import load_statement
from pamphlet.pdf.qrscan import find_qr_codes
from pamphlet.pdf.tile import GLUE_OVERLAP_MM, grid_for
from pamphlet.render.layouts import find_layouts

#: Cap height of the display face (NotoSans-CondensedBlack: 714 units of 1000).
CAP_HEIGHT = 0.714
RTL_DEMANDS = ["أوقفوا الحرب على غزة الآن", "الخبز والحرية والعدالة الاجتماعية"]


@pytest.fixture(scope="module")
def placards(tmp_path_factory):
    """The seed (with a URL) and an Arabic statement as placards, for every target."""
    root = tmp_path_factory.mktemp("placards")
    (root / "sources").mkdir()
    (root / "pamphlet.toml").write_text(PRINT_READY_CONFIG)
    (root / "sources/seed.md").write_text(SEED.read_text().replace(
        "lang: en", "lang: en\nurl: https://example.org/s/seed"))
    (root / "sources/rtl.md").write_text(statement(
        "لا للحرب", body="نص البيان.", demands=RTL_DEMANDS, lang="ar",
        url="https://example.org/s/rtl"))
    out = root / "out"
    workspace = find_workspace(root)
    for targets, layouts, tile in ((["screen", "print"], ["placard-a3", "placard-a4-landscape"],
                                    None),
                                   (["office"], ["placard-a4", "placard-a3", "placard-a2"], "a4")):
        report = build(workspace, targets=targets, layout_names=layouts, out_dir=out,
                       strict=True, tile=tile)
        assert report.ok, report.failed
    return out


def text_lines(pdf_path, page_index: int) -> list[tuple[str, float, float]]:
    """The demand's lines on a page: (text, width in mm, type size in pt from the caps)."""
    page = pypdfium2.PdfDocument(pdf_path)[page_index]
    text = page.get_textpage()
    lines, current, boxes = [], "", []
    for i in range(text.count_chars()):
        char = text.get_text_range(i, 1)
        if char in "\r\n":
            if current.strip():
                lines.append((current, boxes))
            current, boxes = "", []
            continue
        current += char
        if char.strip():
            boxes.append(text.get_charbox(i))
    if current.strip():
        lines.append((current, boxes))
    sized = []
    for line, boxes in lines:
        caps = [b for b in boxes if b[3] - b[1] > 0]
        height = max(b[3] - b[1] for b in caps)
        width = max(b[2] for b in boxes) - min(b[0] for b in boxes)
        sized.append((line.strip(), width / MM, height / CAP_HEIGHT))
    biggest = max(size for _, _, size in sized)
    return [line for line in sized if line[2] > biggest * 0.8]  # the demand, not the foot


def test_placards_are_listed():
    layouts = find_layouts(None)
    for name in ("placard-a4", "placard-a3", "placard-a2", "placard-a3-landscape"):
        assert layouts[name].poster is not None
    assert (layouts["placard-a3"].page.width_mm, layouts["placard-a3"].page.height_mm) == \
        (297, 420)
    assert layouts["placard-a2-landscape"].size_name == "A2 landscape"
    result = CliRunner().invoke(app, ["layouts"])
    assert result.exit_code == 0 and "placard-a2" in result.output


@pytest.mark.parametrize("layout, measure_mm, min_pt", [("placard-a3", 267, 48),
                                                        ("placard-a4-landscape", 273, 36)])
def test_one_demand_a_page_filling_the_measure(placards, layout, measure_mm, min_pt):
    path = placards / f"seed.{layout}.screen.pdf"
    demands = load_statement(placards.parent / "sources/seed.md",
                             find_workspace(placards.parent).config).demands
    assert len(pypdfium2.PdfDocument(path)) == len(demands) == 5
    for index, demand in enumerate(demands):
        lines = text_lines(path, index)
        assert " ".join(text for text, _, _ in lines) == demand.upper()
        longest = max(width for _, width, _ in lines)
        assert 0.85 * measure_mm <= longest <= measure_mm + 0.5, (demand, longest)
        assert min(size for _, _, size in lines) >= min_pt
        for text, _, _ in lines:  # never a lone word, never a hyphen the demand lacks
            assert len(text.split()) >= 2, (demand, text)
            assert not text.endswith("-")
        sizes = [size for _, _, size in lines]
        assert max(sizes) / min(sizes) < 1.06  # one size a page (Q and commas overshoot)


def test_key_demand_is_set_largest_in_few_lines(placards):
    sizes = [max(s for _, _, s in text_lines(placards / "seed.placard-a3.screen.pdf", i))
             for i in range(5)]
    lines = text_lines(placards / "seed.placard-a3.screen.pdf", 2)
    assert [text for text, _, _ in lines] == ["DOWN WITH", "THE COUP REGIME"]
    assert sizes[2] > 90  # pt, about a sixteenth of the page's height a line


def test_right_to_left_placard(placards):
    path = placards / "rtl.placard-a3.screen.pdf"
    assert len(pypdfium2.PdfDocument(path)) == 2
    for index in range(2):
        lines = text_lines(path, index)
        longest = max(width for _, width, _ in lines)
        assert 0.85 * 267 <= longest <= 267.5
        page = pypdfium2.PdfDocument(path)[index]
        text = page.get_textpage()
        boxes = [text.get_charbox(i) for i in range(text.count_chars())]
        big = [b for b in boxes if b[3] - b[1] > 20 * MM]  # the demand's letters
        # flush right: the lines end at the right margin (less the letters' side bearing)
        assert max(b[2] for b in big) / MM == pytest.approx(297 - 15, abs=2)
        assert min(b[0] for b in big) / MM >= 15 - 0.5  # and inside the left margin
    (code, *_) = find_qr_codes(path.read_bytes(), 5)
    assert code.box_mm[0] < 297 / 2  # the code at the foot's end: the left, in Arabic


def test_print_placard_has_bleed_marks_and_the_code(placards):
    path = placards / "seed.placard-a3.print.pdf"
    codes = find_qr_codes(path.read_bytes(), 5)
    assert [c.page for c in codes] == [1, 2, 3, 4, 5]
    assert all(c.text == "https://example.org/s/seed" and c.width_mm >= 24 - 0.2
               and c.quiet_zone_ok and c.in_safe_area for c in codes)
    # the brand band runs into the bleed at the foot: the bleed's bottom-left is brand red
    page = pypdfium2.PdfDocument(path)[0]
    image = page.render(scale=20 / 72).to_pil().convert("RGB")
    px_per_mm = 20 / 25.4
    x, y = int((9 - 1.5) * px_per_mm), int(image.height - (9 - 1.5) * px_per_mm)
    red, green, blue = image.getpixel((x, y))
    assert red > 200 and green < 80 and blue < 80


@needs_preflight
def test_print_placard_passes_the_shared_preflight(placards):
    result = preflight(placards / "seed.placard-a3.print.pdf", "--trim", "A3", "--bleed-mm",
                       "3", "--variant", "pdf/x-4", "--cmyk", "--pages", "5")
    assert result.returncode == 0, result.stdout


def test_office_prints_a4_placards_as_they_are_and_tiles_larger_ones(placards):
    a4 = pypdfium2.PdfDocument(placards / "seed.placard-a4.office.pdf")
    assert len(a4) == 5 and all(round(p.get_size()[0] / MM) == 210 for p in a4)
    tiled = pypdfium2.PdfDocument(placards / "seed.placard-a3.office.pdf")
    assert len(tiled) == 5 * 2  # each A3 page's ink on two landscape A4 sheets
    for page in list(tiled)[:2]:
        assert (round(page.get_size()[0] / MM), round(page.get_size()[1] / MM)) == (297, 210)
        image = page.render(scale=30 / 72, grayscale=True).to_pil()
        edge = int(5 * 30 / 25.4) - 1  # nothing printed within 5 mm of the sheet's edge
        for box in ((0, 0, image.width, edge), (0, image.height - edge, image.width,
                                                  image.height),
                    (0, 0, edge, image.height), (image.width - edge, 0, image.width,
                                                  image.height)):
            assert image.crop(box).getextrema() == (255, 255), box
    codes = find_qr_codes((placards / "seed.placard-a3.office.pdf").read_bytes(), 5)
    assert len(codes) == 5 and all(c.quiet_zone_ok for c in codes)  # no seam through one


def test_tile_grid_overlaps_by_the_glue():
    grid = grid_for(297, 420, "a4")
    assert grid.sheet == (210, 297) and grid.columns == (0, 190) and grid.rows == (0, 277)
    pieces = grid.printable
    assert grid.columns[0] + pieces[0] - grid.columns[1] == GLUE_OVERLAP_MM
    a2 = grid_for(420, 594, "a4")  # the whole page, to its edges
    assert len(a2.columns) * len(a2.rows) == 8 and a2.sheet == (297, 210)
    inked = grid_for(420, 594, "a4", ink=(5, 178, 415, 589),
                     lines=((178, 228), (240, 290), (302, 352), (568, 574)))
    assert len(inked.columns) * len(inked.rows) == 6
    assert all(not top - 2 < seam < bottom + 2 for seam in inked.rows[1:]
               for top, bottom in ((178, 228), (240, 290), (302, 352), (568, 574)))
    kept = grid_for(297, 420, "a4", keep=((150, 350, 210, 410),))
    assert kept.columns == (0, 150)  # the seam moved off the code


def test_office_without_tile_refuses_a3_with_a_hint(make_workspace):
    root = make_workspace({"sources/a.md": statement(demands=["Rent freeze now"])})
    report = build(find_workspace(root), targets=["office"], layout_names=["placard-a3"])
    assert report.failed == [f"{root / 'sources/a.md'}: placard-a3: office: the office "
                             "target prints A4 sheets: placard-a3 (A3) is neither A4 nor "
                             "small enough for 2-up; add --tile a4 to print it in pieces"]


def test_a_demand_too_long_for_a_placard_is_refused(make_workspace):
    long = " ".join(["workers of every trade and every town must stand together"] * 12)
    root = make_workspace({"sources/a.md": statement(demands=[long, "Short"])})
    report = build(find_workspace(root), targets=["screen"], layout_names=["placard-a4"])
    (line,) = report.failed
    assert line.startswith(f"{root / 'sources/a.md'}: placard-a4: screen: placard-a4: "
                           "demand 1 is too long for a placard")


def test_without_demands_the_title_is_the_placard(make_workspace):
    root = make_workspace({"sources/a.md": statement("Hands off our library")})
    report = build(find_workspace(root), targets=["screen"], layout_names=["placard-a4"],
                   strict=True)
    assert report.ok, report.failed
    lines = text_lines(report.built[0].paths[0], 0)
    assert " ".join(t for t, _, _ in lines) == "HANDS OFF OUR LIBRARY"


def test_band_can_be_turned_off(make_workspace):
    root = make_workspace({"sources/a.md": statement(demands=["Rent freeze now"])},
                          config=PRINT_READY_CONFIG + "\n[placards]\nband = false\n")
    report = build(find_workspace(root), targets=["screen"], layout_names=["placard-a4"],
                   strict=True)
    assert report.ok, report.failed
    page = pypdfium2.PdfDocument(report.built[0].paths[0])[0]
    image = page.render(scale=20 / 72).to_pil().convert("RGB")
    foot = image.crop((0, int(image.height * 0.93), image.width, image.height))
    reds = sum(count for count, (r, g, b) in foot.getcolors(1 << 20) if r > 200 and g < 80)
    assert reds < 0.02 * foot.width * foot.height  # a rule and the name, not a band


def test_a_long_arabic_demand_keeps_clear_of_the_foot(make_workspace):
    """Arabic lines stand taller than the display face's leading: a demand that fills the
    page's height is sized for them, so its last line keeps the gap above the band."""
    demand = ("أوقفوا الحرب على غزة الآن وافتحوا المعابر للغذاء والدواء "
              "وأطلقوا سراح المعتقلين جميعا واعيدوا بناء المدارس")  # eight lines
    root = make_workspace({"sources/ar.md": statement(
        "لا للحرب", body="نص.", lang="ar", demands=[demand])})
    report = build(find_workspace(root), targets=["screen"], layout_names=["placard-a4"],
                   strict=True)
    assert report.ok, report.failed
    page = pypdfium2.PdfDocument(report.built[0].paths[0])[0]
    image = page.render(scale=30 / 72).to_pil().convert("RGB")
    px = 30 / 25.4
    band_top = next((y for y in range(image.height // 2, image.height)
                    if image.getpixel((int(3 * px), y))[1] < 90), None)  # brand red
    assert band_top is not None, "the demand pushed the band off its page"
    inked = [y for y in range(0, band_top) if any(
        sum(image.getpixel((x, y))) < 200 for x in range(int(15 * px), image.width
                                                          - int(15 * px), 3))]
    assert band_top - max(inked) >= 0.6 * 0.04 * 210 * px, (band_top, max(inked))


def test_tiled_sheets_overlap_by_the_glue_and_mark_where_to_cut_and_glue(placards):
    """The first row's two sheets of an A2 placard: the 10 mm right of the first sheet's
    dashed glue line print the same part of the placard as the 10 mm right of the second
    sheet's solid cut line, so a sheet cut at its line and laid on the other's fits."""
    from PIL import ImageChops, ImageStat

    document = pypdfium2.PdfDocument(placards / "seed.placard-a2.office.pdf")
    px = 100 / 25.4
    first, second = (document[i].render(scale=100 / 72, grayscale=True).to_pil().convert("L")
                     for i in (0, 1))
    top, bottom = int(20 * px), int(270 * px)

    def strip(sheet, x_mm):  # from 1.5 mm to 9 mm right of x_mm
        return sheet.crop((int((x_mm + 1.5) * px), top, int((x_mm + 9) * px), bottom))

    ink = strip(first, 5 + 190)  # the placard's x = 190 mm on each sheet
    assert sum(ink.histogram()[:128]) > 0.05 * ink.width * ink.height  # the demand runs on
    assert ImageStat.Stat(ImageChops.difference(ink, strip(second, 5))).mean[0] < 12

    def marked(sheet, x_mm):  # the share of the sheet's height a line at x_mm marks
        column = sheet.crop((round(x_mm * px) - 2, int(6 * px), round(x_mm * px) + 3,
                             int(291 * px)))
        rows = [min(column.crop((0, y, column.width, y + 1)).tobytes())
                for y in range(column.height)]
        return sum(value < 160 for value in rows) / len(rows)

    assert 0.3 < marked(first, 195) < 0.9  # a dashed line where the next sheet goes
    assert marked(second, 5) > 0.95        # a solid line to cut the next sheet at


def test_a2_placard_tiles_onto_few_sheets_with_no_seam_through_a_line(placards):
    """An A2 placard's ink on at most six A4 sheets a page (not eight, the bottom row
    carrying a sliver of the band), nothing within 5 mm of a sheet's edge, and no cut edge
    through a line of text: no character's ink crosses the solid line a sheet is cut at
    (5 mm below its top), nor the dashed glue line of the sheet above."""
    tiled = pypdfium2.PdfDocument(placards / "seed.placard-a2.office.pdf")
    pages = len(pypdfium2.PdfDocument(placards / "seed.placard-a4.office.pdf"))
    assert 4 * pages <= len(tiled) <= 6 * pages, len(tiled)  # a page each demand
    crossed = []
    for number, sheet in enumerate(tiled):
        width, height = sheet.get_size()
        image = sheet.render(scale=30 / 72, grayscale=True).to_pil()
        edge = int(5 * 30 / 25.4) - 1
        assert image.crop((0, 0, image.width, edge)).getextrema() == (255, 255)
        assert image.crop((0, image.height - edge, image.width,
                           image.height)).getextrema() == (255, 255)
        cut = height - 5 * MM  # the top of the piece (pt, from the foot)
        text = sheet.get_textpage()
        for i in range(text.count_chars()):
            left, bottom, right, top = text.get_charbox(i)
            if (text.get_text_range(i, 1).strip() and top - bottom > 0
                    and bottom + 0.5 < cut < top - 0.5 and 5 * MM < right
                    and left < width - 5 * MM):
                crossed.append((number, text.get_text_range(i, 1)))
    assert not crossed, crossed[:10]


def test_seams_keep_clear_of_a_qr_code_when_lines_of_text_cannot_all_be_missed():
    """Lines of text every 4 mm down the whole page leave no seam between lines: the seams
    then cross lines, never the QR code."""
    from pamphlet.pdf.tile import grid_for

    code = (300.0, 175.0, 330.0, 205.0)  # where a seam falls with no rules at all
    lines = tuple((y, y + 3.0) for y in range(0, 594, 4))
    grid = grid_for(420, 594, "a4", (code,), None, lines)
    assert len(grid.rows) > 1
    assert not any(code[1] < seam < code[3] for seam in grid.rows[1:]), grid.rows
