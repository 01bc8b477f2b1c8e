"""The print target: PDF/X files a print shop accepts without a phone call."""

from __future__ import annotations


import pikepdf
import pypdfium2
import pytest
from PIL import Image

from conftest import (MINIMAL_CONFIG, MM, PREFLIGHT, PRINT_CONFIG, needs_preflight,
                      preflight, statement)
from pamphlet.build.run import build
from pamphlet.config.workspace import find_workspace

@pytest.fixture(scope="module")
def press_build(print_ready):
    """The seed for print in both layouts, with each printer profile (default, PDF/X-1a with
    5 mm bleed, no marks)."""
    outs = {"default": print_ready.out}
    for printer in ("x1a", "nomarks"):
        out = print_ready.root / f"out-{printer}"
        report = build(find_workspace(print_ready.root), paths=[print_ready.root / "sources/seed.md"],
                       targets=["print"], out_dir=out, layout_names=["leaflet-a5", "statement-a4"],
                       printer_name=printer, strict=True)
        assert report.ok, report.failed
        outs[printer] = out
    return outs


def boxes_mm(path, page=0):
    with pikepdf.open(path) as pdf:
        obj = pdf.pages[page].obj
        return {name: [round(float(v) / MM, 2) for v in obj[f"/{name}"]]
                for name in ("MediaBox", "BleedBox", "TrimBox") if f"/{name}" in obj}



@needs_preflight
@pytest.mark.parametrize("printer, variant, bleed", [("default", "pdf/x-4", "3"),
                                                     ("x1a", "pdf/x-1a", "5")])
@pytest.mark.parametrize("layout, trim", [("leaflet-a5", "A5"), ("statement-a4", "A4")])
def test_independent_preflight_passes(press_build, printer, variant, bleed, layout, trim):
    path = press_build[printer] / f"seed.{layout}.print.pdf"
    result = preflight(path, "--trim", trim, "--bleed-mm", bleed, "--variant", variant,
                       "--cmyk", "--min-dpi", "300", "--ignore-case",
                       "--contains", "Down with the coup regime", "--output-condition",
                       "FOGRA39")
    assert result.returncode == 0, result.stdout


def test_page_boxes(press_build):
    boxes = boxes_mm(press_build["default"] / "seed.leaflet-a5.print.pdf")
    x0, y0, x1, y1 = boxes["TrimBox"]
    assert (round(x1 - x0, 1), round(y1 - y0, 1)) == (148.0, 210.0)
    assert boxes["BleedBox"] == pytest.approx([x0 - 3, y0 - 3, x1 + 3, y1 + 3], abs=0.01)
    # the media holds the marks: offset 3 mm + length 5 mm + 1 mm to spare
    assert boxes["MediaBox"] == pytest.approx([x0 - 9, y0 - 9, x1 + 9, y1 + 9], abs=0.01)


def test_a_5mm_bleed_profile_records_its_real_bleed(press_build):
    boxes = boxes_mm(press_build["x1a"] / "seed.leaflet-a5.print.pdf")
    x0, y0, x1, y1 = boxes["TrimBox"]
    assert boxes["BleedBox"] == pytest.approx([x0 - 5, y0 - 5, x1 + 5, y1 + 5], abs=0.01)


def test_without_marks_the_media_is_the_bleed(press_build):
    boxes = boxes_mm(press_build["nomarks"] / "seed.leaflet-a5.print.pdf")
    assert boxes["MediaBox"] == boxes["BleedBox"]


def _stroked_lines(page):
    """(colour space, ((x0, y0), (x1, y1))) for each stroked line of the page."""
    lines, space, start, path = [], None, None, []
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "CS":
            space = str(operands[0])
        elif op == "m":
            start = tuple(float(v) for v in operands)
        elif op == "l":
            path.append((start, tuple(float(v) for v in operands)))
        elif op == "S":
            lines += [(space, segment) for segment in path]
            path = []
    return lines


@pytest.mark.parametrize("printer, offset", [("default", 3), ("x1a", 6)])
def test_crop_marks_sit_outside_the_bleed_in_registration_colour(press_build, printer, offset):
    with pikepdf.open(press_build[printer] / "seed.leaflet-a5.print.pdf") as pdf:
        page = pdf.pages[0]
        bx0, by0, bx1, by1 = (float(v) for v in page.obj.BleedBox)
        tx0, ty0, tx1, ty1 = (float(v) for v in page.obj.TrimBox)
        marks = [(space, line) for space, line in _stroked_lines(page)
                 if space == "/CSpamphletRegistration"]
        assert len(marks) == 8
        for _, ((ax, ay), (cx, cy)) in marks:
            for x, y in ((ax, ay), (cx, cy)):
                tol = 0.01  # a mark may start right at the bleed's edge
                outside = x <= bx0 + tol or x >= bx1 - tol or y <= by0 + tol or y >= by1 - tol
                assert outside, (x, y)
            # each mark lines up with a trim edge, the guillotine's guide, and starts
            # `offset` away from the trim corner
            if ax == pytest.approx(cx, abs=0.01):  # vertical
                assert min(abs(ax - tx0), abs(ax - tx1)) < 0.01
                gap = min(abs(ay - ty0), abs(ay - ty1), abs(cy - ty0), abs(cy - ty1))
            else:
                assert ay == pytest.approx(cy, abs=0.01)
                assert min(abs(ay - ty0), abs(ay - ty1)) < 0.01
                gap = min(abs(ax - tx0), abs(ax - tx1), abs(cx - tx0), abs(cx - tx1))
            assert gap == pytest.approx(offset * MM, abs=0.01)
        space = page.obj.Resources.ColorSpace["/CSpamphletRegistration"]
        assert [str(space[0]), str(space[1]), str(space[2])] == [
            "/Separation", "/All", "/DeviceCMYK"]
        assert list(space[3].C1) == [1, 1, 1, 1]


def test_output_intent_names_the_condition(press_build):
    with pikepdf.open(press_build["default"] / "seed.leaflet-a5.print.pdf") as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert str(intent.S) == "/GTS_PDFX"
        assert str(intent.OutputConditionIdentifier) == "FOGRA39"
        assert "ISO 12647-2" in str(intent.OutputCondition)
        assert int(intent.DestOutputProfile.N) == 4
        assert intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"


def _text_fill_colours(page):
    """The non-stroking colour in force at each text-showing operator of the page."""
    colours, current = set(), None
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("k", "g", "rg", "sc", "scn"):
            current = tuple(round(float(v), 3) for v in operands
                            if not isinstance(v, pikepdf.Name))
        elif op in ("Tj", "TJ", "'", '"'):
            colours.add(current)
    return colours


def test_colours_are_cmyk_and_text_is_black_ink_only(press_build):
    with pikepdf.open(press_build["default"] / "seed.statement-a4.print.pdf") as pdf:
        colours = _text_fill_colours(pdf.pages[0])
    # the A4 page: masthead and dateline in the brand colour, everything else 100 % K
    assert colours == {(0, 0, 0, 1), (0, 0.95, 0.9, 0)}


def test_bands_run_into_the_bleed(press_build):
    path = press_build["x1a"] / "seed.leaflet-a5.print.pdf"
    document = pypdfium2.PdfDocument(path)
    image = document[0].render(scale=100 / 72, may_draw_forms=True).to_pil().convert("RGB")
    with pikepdf.open(path) as pdf:
        media = [float(v) for v in pdf.pages[0].obj.MediaBox]
        trim = [float(v) for v in pdf.pages[0].obj.TrimBox]
    scale = 100 / 72
    # 4.5 mm outside the trim at the top left, level with the masthead band: brand red
    x = (trim[0] - media[0] - 4.5 * MM) * scale
    y = (media[3] - trim[3] + 4 * MM) * scale
    red, green, blue = image.getpixel((int(x), int(y)))
    assert red > 180 and green < 90 and blue < 90, (red, green, blue)
    document.close()


def test_print_output_is_byte_identical(make_workspace, tmp_path):
    workspace = make_workspace({"sources/a.md": statement(demands=["Yes"])},
                               config=PRINT_CONFIG)
    for out in ("one", "two"):
        assert build(find_workspace(workspace), targets=["print"],
                     out_dir=tmp_path / out).ok
    assert ((tmp_path / "one/a.leaflet-a5.print.pdf").read_bytes()
            == (tmp_path / "two/a.leaflet-a5.print.pdf").read_bytes())


@pytest.mark.parametrize("pixels, ok", [(72, False), (400, True)])
def test_image_resolution_at_placed_size(make_workspace, tmp_path, pixels, ok):
    body = '<img src="photo.png" style="width: 1in; height: 1in">'
    workspace = make_workspace({"sources/a.md": statement(body=body, demands=["Yes"])},
                               config=PRINT_CONFIG)
    Image.new("RGB", (pixels, pixels), (30, 120, 200)).save(workspace / "sources/photo.png")
    report = build(find_workspace(workspace), targets=["print"], out_dir=tmp_path / "o")
    if ok:
        assert report.ok, report.failed
        out = tmp_path / "o/a.leaflet-a5.print.pdf"
        if PREFLIGHT.is_file():
            result = preflight(out, "--cmyk", "--variant", "pdf/x-4", "--min-dpi", "300")
            assert result.returncode == 0, result.stdout  # the RGB image became CMYK
    else:
        assert len(report.failed) == 1
        assert ("an image on page 1 is 72 ppi at its placed size (72x72 px over 25x25 mm); "
                "printer profile 'default' needs 300 ppi") in report.failed[0]
        assert not (tmp_path / "o").exists() or not list((tmp_path / "o").iterdir())


@pytest.mark.parametrize("imprint, message", [
    ('promoter = "TODO: name and address"\nprinter = "P"',
     "the print target needs an imprint (promoter still a placeholder)"),
    ('promoter = "A. Person"', "the print target needs an imprint (printer missing)"),
    ("", "the print target needs an imprint (promoter, printer missing)"),
])
def test_imprint_is_required_for_print(make_workspace, tmp_path, imprint, message):
    config = MINIMAL_CONFIG.replace('[imprint]\npromoter = "T. Tester, 1 Test Street"',
                                    f"[imprint]\n{imprint}")
    workspace = make_workspace({"sources/a.md": statement(demands=["Yes"])}, config=config)
    from pamphlet.errors import ConfigError

    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        build(find_workspace(workspace), targets=["print"], out_dir=tmp_path / "o")
    # the screen target does not need one
    assert build(find_workspace(workspace), targets=["screen"], out_dir=tmp_path / "o").ok


def test_unknown_printer_profile(make_workspace, tmp_path):
    workspace = make_workspace({"sources/a.md": statement(demands=["Yes"])}, config=PRINT_CONFIG)
    from pamphlet.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown printer profile 'nope'; known: default, x1a"):
        build(find_workspace(workspace), targets=["print"], printer_name="nope")


def test_a_file_that_is_not_a_cmyk_profile_is_refused(make_workspace, tmp_path):
    from pamphlet.errors import ConfigError

    config = PRINT_CONFIG + '\n[printers.junk]\nicc = "junk.icc"\n'
    workspace = make_workspace({"sources/a.md": statement(demands=["x"]),
                                "junk.icc": "not a profile"}, config=config)
    with pytest.raises(ConfigError, match="'junk.icc' is not a CMYK output"):
        build(find_workspace(workspace), targets=["print"], printer_name="junk")
