"""QR codes to the statement's URL: the symbol, where layouts put it, pure K in print, the
URL in the XMP, and `pamphlet check` decoding and measuring it."""

from __future__ import annotations

import io
import shutil
import subprocess

import pikepdf
import pytest

from conftest import MM, PRINT_READY_CONFIG, SEED, needs_preflight, preflight, statement
from pamphlet.build.run import build
from pamphlet.check import check_paths
from pamphlet.config.workspace import find_workspace, load_config
from pamphlet.errors import ConfigError, PamphletError, SourceError
from pamphlet.load.sources import load_statement
from pamphlet.pdf.qrscan import find_qr_codes
from pamphlet.pdf.xmp import recorded_qr_urls
from pamphlet.render import qr
from pamphlet.resources import builtin_layouts_dir

URL = "https://solidarity.example.org/s/seed"
WEB_CONFIG = PRINT_READY_CONFIG + '\n[web]\nstatement_url = "https://example.org/s/{slug}"\n'


def winding(loops, px, py) -> int:
    """The winding number of the outline polygons round a point (a ray towards +x)."""
    total = 0
    for loop in loops:
        for (x1, y1), (x2, y2) in zip(loop, loop[1:] + loop[:1]):
            if x1 == x2 and x1 > px and min(y1, y2) < py < max(y1, y2):
                total += 1 if y2 > y1 else -1
    return total


@pytest.mark.parametrize("length, version", [(26, 2), (27, 3), (42, 3), (43, 4), (84, 5),
                                             (106, 6), (107, 7)])
def test_versions_at_level_m(length, version):
    url = ("https://example.org/" + "abcdefghij" * 20)[:length]
    assert qr.make_symbol(url).version == version
    assert qr.make_symbol(url).modules == 17 + 4 * version


@pytest.mark.parametrize("url", [URL, "https://a.b", "https://example.org/" + "x" * 150])
def test_outline_fills_exactly_the_dark_modules(url):
    symbol = qr.make_symbol(url)
    loops = qr.outline_loops(symbol)
    for y, row in enumerate(symbol.rows):
        for x, dark in enumerate(row):
            assert (winding(loops, x + 0.5, y + 0.5) != 0) == dark, (x, y)


def test_markup_carries_literal_colours_and_grows_for_long_urls():
    markup = qr.qr_markup(URL, 18, "device-cmyk(0 0 0 1)", "device-cmyk(0 0 0 0)")
    assert 'fill="device-cmyk(0 0 0 1)"' in markup and "var(" not in markup.split("<svg")[1]
    assert ('<figcaption class="qr-url" dir="ltr"><span class="qr-url-line">'
            'solidarity.example.org/</span><span class="qr-url-line">s/seed</span>'
            '</figcaption>') in markup
    assert qr.urls_in(f"<p>{markup}</p>{markup}") == (URL, URL)
    long_url = "https://example.org/" + "x" * 100  # version 7: 45 modules
    assert qr.size_for(long_url) == pytest.approx(45 * qr.MIN_MODULE_MM)  # 22.5 mm
    with pytest.raises(PamphletError, match="shorter address"):
        qr.qr_markup("https://example.org/" + "x" * 230, 18, "#000", "#fff")


def test_url_from_front_matter_or_the_workspace(make_workspace):
    root = make_workspace({"sources/a.md": statement(url="https://example.org/a?x=1"),
                           "sources/b.md": statement(slug="bee")}, config=WEB_CONFIG)
    config = load_config(root / "pamphlet.toml")
    assert load_statement(root / "sources/a.md", config).url == "https://example.org/a?x=1"
    assert load_statement(root / "sources/b.md", config).url == "https://example.org/s/bee"
    (root / "sources/c.md").write_text(statement(url="example.org/no-scheme"))
    with pytest.raises(SourceError, match=r"c\.md:3: front matter 'url': expected an http"):
        load_statement(root / "sources/c.md", config)


@pytest.mark.parametrize("value", ['"example.org/{slug}"', '"https://example.org/{name}"',
                                   '"https://example.org/ {slug}"', "true"])
def test_bad_statement_url_is_named(tmp_path, value):
    path = tmp_path / "pamphlet.toml"
    path.write_text(f"[web]\nstatement_url = {value}\n")
    with pytest.raises(ConfigError, match=r"'web\.statement_url': expected an http\(s\) URL"):
        load_config(path)


@pytest.fixture(scope="module")
def qr_build(tmp_path_factory):
    """The seed with a URL, built for every target in both statement layouts; a workspace
    layout that draws the code too small and one that pushes it over the trim (screen)."""
    root = tmp_path_factory.mktemp("qr")
    (root / "sources").mkdir()
    (root / "pamphlet.toml").write_text(PRINT_READY_CONFIG)
    (root / "sources/seed.md").write_text(SEED.read_text().replace(
        "lang: en", f"lang: en\nurl: {URL}"))
    out = root / "out"
    report = build(find_workspace(root), targets=["print", "screen", "office"],
                   layout_names=["leaflet-a5", "statement-a4"], out_dir=out, strict=True)
    assert report.ok, report.failed
    for name, css in (("small", ".qr-panel { transform: scale(0.75); "
                                "transform-origin: 100% 100%; }"),
                      ("overtrim", ".closing-qr .qr-panel { position: relative; left: 16mm; }")):
        layouts = root / name / "layouts"
        shutil.copytree(builtin_layouts_dir() / "leaflet-a5", layouts / "leaflet-a5")
        with open(layouts / "leaflet-a5/leaflet.css", "a") as stream:
            stream.write(css + "\n")
        shutil.copy(root / "pamphlet.toml", root / name)
        shutil.copytree(root / "sources", root / name / "sources")
        report = build(find_workspace(root / name), layout_names=["leaflet-a5"],
                       targets=["screen"], out_dir=out / name, strict=True)
        assert report.ok, report.failed
    return out


@pytest.mark.parametrize("layout, page, trim_w", [("leaflet-a5", 2, 148),
                                                  ("statement-a4", 2, 210)])
@pytest.mark.parametrize("target", ["print", "screen"])
def test_code_decodes_on_the_back_page_at_18_mm(qr_build, target, layout, page, trim_w):
    pdf = (qr_build / f"seed.{layout}.{target}.pdf").read_bytes()
    assert recorded_qr_urls(pdf) == [URL]
    (code,) = find_qr_codes(pdf, 5)
    assert (code.text, code.page) == (URL, page)  # the last page
    assert code.width_mm == pytest.approx(18, abs=0.15) and code.module_mm >= 0.5
    assert code.quiet_zone_ok and code.contrast_ok and code.in_safe_area
    # at the end of the line: the panel (code + quiet zone) ends at the right margin
    right_margin = {"leaflet-a5": 15, "statement-a4": 36}[layout]
    assert code.box_mm[2] + 4 * code.module_mm == pytest.approx(trim_w - right_margin, abs=0.3)


def test_leaflet_code_sits_beside_the_imprint_at_the_foot_of_the_band(qr_build):
    import pypdfium2

    pdf = (qr_build / "seed.leaflet-a5.screen.pdf").read_bytes()
    (code,) = find_qr_codes(pdf, 5)
    page = pypdfium2.PdfDocument(pdf)[1]
    text = page.get_textpage()
    start = text.get_text_range().index("Published by")
    left, bottom, right, top = text.get_charbox(start)
    assert right / MM < code.box_mm[0] - 4  # the imprint to the left of the panel
    # ... on the panel's last lines: below the symbol's top, above the caption's foot
    top_mm = (page.get_height() - top) / MM
    assert code.box_mm[1] < top_mm < code.box_mm[3] + 12


def fills_in(pdf: bytes, page_number: int, box_pt) -> set[tuple[str, tuple[float, ...]]]:
    """The colours of the fills drawn inside ``box_pt`` (x0, y0, x1, y1 in PDF points)."""
    document = pikepdf.open(io.BytesIO(pdf))
    page = document.pages[page_number - 1]
    found = set()
    matrix, stack, colour, points = pikepdf.Matrix(), [], ("", ()), []
    for operands, operator in pikepdf.parse_content_stream(page):
        op, nums = str(operator), [float(v) for v in operands if isinstance(v, (int, float))
                                   or type(v).__name__ == "Decimal"]
        if op == "q":
            stack.append(matrix)
        elif op == "Q":
            matrix = stack.pop()
        elif op == "cm":
            matrix = pikepdf.Matrix(*nums) @ matrix
        elif op in ("k", "rg", "g"):
            colour = ({"k": "DeviceCMYK", "rg": "DeviceRGB", "g": "DeviceGray"}[op], tuple(nums))
        elif op == "cs":
            colour = (str(operands[0]), ())
        elif op in ("sc", "scn"):
            colour = (colour[0], tuple(nums))
        elif op in ("re", "m", "l", "c"):
            pairs = [(nums[0], nums[1]), (nums[0] + nums[2], nums[1] + nums[3])] \
                if op == "re" else list(zip(nums[::2], nums[1::2]))
            points += [matrix.transform(p) for p in pairs]
        elif op in ("f", "f*", "B", "b"):
            if points and all(box_pt[0] - 1 <= x <= box_pt[2] + 1
                              and box_pt[1] - 1 <= y <= box_pt[3] + 1 for x, y in points[1:]):
                found.add(colour)
            points = []
        elif op in ("n", "S", "s"):
            points = []
    return found


def test_print_code_is_pure_k_on_paper_white(qr_build):
    pdf = (qr_build / "seed.leaflet-a5.print.pdf").read_bytes()
    (code,) = find_qr_codes(pdf, 5)
    document = pikepdf.open(io.BytesIO(pdf))
    trim = [float(v) for v in document.pages[1].obj.TrimBox]
    quiet = 4 * code.module_mm
    left, top, right, bottom = code.box_mm
    box = (trim[0] + (left - quiet) * MM, trim[3] - (bottom + quiet) * MM,
           trim[0] + (right + quiet) * MM, trim[3] - (top - quiet) * MM)
    colours = fills_in(pdf, 2, box)
    spaces = {name for name, _ in colours}
    assert spaces <= {"/DeviceCMYK", "DeviceCMYK"}, colours
    assert {values for _, values in colours} == {(0, 0, 0, 1), (0, 0, 0, 0)}


@needs_preflight
def test_print_leaflet_passes_the_shared_preflight_in_cmyk(qr_build):
    result = preflight(qr_build / "seed.leaflet-a5.print.pdf", "--trim", "A5", "--bleed-mm",
                       "3", "--variant", "pdf/x-4", "--cmyk", "--contains",
                       "solidarity.example.org/")
    assert result.returncode == 0, result.stdout
    # the URL under the code breaks after a slash when it is wider than the code
    back = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout",
                           str(qr_build / "seed.leaflet-a5.print.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    lines = [line.split()[-1] for line in back.splitlines() if "solidarity" in line
             or line.strip() == "s/seed" or line.rstrip().endswith(" s/seed")]
    assert "".join(lines) == "solidarity.example.org/s/seed", lines


def findings(path, workspace_root) -> dict[str, tuple[str, str]]:
    (report,) = check_paths(find_workspace(workspace_root), [path])
    return {f.check: (f.status.value, f.detail) for f in report.findings}


@pytest.mark.parametrize("name", ["seed.leaflet-a5.print.pdf", "seed.leaflet-a5.office.pdf",
                                  "seed.statement-a4.screen.pdf"])
def test_check_passes_a_good_code(qr_build, name):
    found = findings(qr_build / name, qr_build.parent)
    for check in ("qr-decode", "qr-size", "qr-quiet-zone", "qr-safe-area", "qr-version"):
        assert found[check][0] == "pass", (check, found[check])
    assert URL in found["qr-decode"][1]


def test_check_fails_a_code_drawn_too_small(qr_build):
    found = findings(qr_build / "small/seed.leaflet-a5.screen.pdf", qr_build.parent)
    assert found["qr-size"][0] == "fail" and "13.5 mm" in found["qr-size"][1]
    assert found["qr-decode"][0] == "pass"


def test_check_fails_a_code_over_the_trim(qr_build):
    found = findings(qr_build / "overtrim/seed.leaflet-a5.screen.pdf", qr_build.parent)
    assert found["qr-safe-area"][0] == "fail" and "page 2" in found["qr-safe-area"][1]
    assert found["qr-quiet-zone"][0] == "fail"  # the trim cuts into it


def test_check_fails_a_code_that_does_not_decode_to_its_url(qr_build, tmp_path):
    pdf = pikepdf.open(qr_build / "seed.leaflet-a5.screen.pdf")
    from pamphlet.pdf.xmp import record_qr_urls

    record_qr_urls(pdf, ["https://example.org/other"])
    pdf.save(tmp_path / "seed.leaflet-a5.screen.pdf")
    found = findings(tmp_path / "seed.leaflet-a5.screen.pdf", qr_build.parent)
    assert found["qr-decode"][0] == "fail"
    assert "none decodes to https://example.org/other" in found["qr-decode"][1]


def test_no_url_no_code(print_ready):
    pdf = (print_ready.out / "seed.leaflet-a5.print.pdf").read_bytes()
    assert recorded_qr_urls(pdf) == [] and find_qr_codes(pdf, 5) == []
    found = findings(print_ready.out / "seed.leaflet-a5.print.pdf", print_ready.root)
    assert found["qr-decode"] == ("pass", "no QR code recorded")


def test_long_url_warns_at_build_and_check(make_workspace, pamphlet_log):
    url = "https://example.org/campaigns/2025/keep-the-library-open?utm_source=leaflet" \
          "&utm_medium=print&utm_campaign=x"
    root = make_workspace({"sources/a.md": statement(url=url, demands=["Keep it open"])})
    report = build(find_workspace(root), targets=["screen"], strict=True)
    assert report.ok, report.failed
    assert "needs version 7" in pamphlet_log.text
    found = findings(report.built[0].paths[0], root)
    assert found["qr-version"][0] == "warn" and found["qr-size"][0] == "pass"
    assert "22.5 mm" in found["qr-size"][1]  # grown so no module is under 0.5 mm


def test_a_short_leaflets_poster_band_reaches_the_closing_with_a_code(make_workspace):
    """The code beside the imprint must not swallow the push that sends a short leaflet's
    poster band down to the closing (imprint and code on white at the foot)."""
    import pypdfium2

    root = make_workspace({"sources/a.md": statement(
        body="A short statement.", demands=["Keep the library open", "No cuts"],
        url="https://example.org/s/library")})
    report = build(find_workspace(root), targets=["screen"], strict=True)
    assert report.ok, report.failed
    page = pypdfium2.PdfDocument(report.built[0].paths[0])[1]
    image = page.render(scale=30 / 72).to_pil().convert("RGB")
    px = 30 / 25.4

    def red(y_mm: float) -> bool:
        r, g, b = image.getpixel((int(4 * px), int(y_mm * px)))  # beside the type
        return r > 200 and g < 90 and b < 90

    band_foot = next(y for y in range(5, 211) if not red(y))
    assert band_foot >= 150, band_foot  # the band fills the page down to the closing
    text = page.get_textpage()
    _, _, _, top = text.get_charbox(text.get_text_range().index("Published by"))
    imprint_mm = (page.get_height() - top) / MM
    assert band_foot < imprint_mm < band_foot + 45  # the code and imprint take the foot


@pytest.mark.parametrize("url, lines", [
    ("https://solidarity.example.org/s/seed", ["solidarity.example.org/", "s/seed"]),
    ("https://solidarity.example.org/s/2019-11-23-general-strike",
     ["solidarity.example.org/", "s/2019-11-23-general", "-strike"]),
    ("https://example.org/s/ar", ["example.org/s/ar"])])
def test_the_url_under_the_code_breaks_after_a_slash_never_after_a_hyphen(url, lines):
    from pamphlet.render.measure import shaped_width_pt

    found = qr.caption_lines(url, 18)
    assert list(found) == lines
    symbol = qr.make_symbol(url)
    module = qr.size_for(url, 18) / symbol.modules
    room = (symbol.modules + 2 * qr.QUIET_MODULES - 2) * module * MM
    for line in found:
        assert shaped_width_pt(line, qr.size_for(url, 18) * qr.CAPTION_EM * MM,
                               qr.CAPTION_FONT) <= room
        assert not line.endswith("-")


IMPRINT_CONFIG = PRINT_READY_CONFIG.replace(
    'promoter = "T. Tester, 1 Test Street"',
    "promoter = \"A. Tester for the Testers' Solidarity Committee, c/o 12 Test Street, "
    'London E1 6AN"').replace('printer = "Ink & Co, 2 Press Lane"',
                              'printer = "the committee"').replace(
    'name = "Test Organisation"', 'name = "Test Organisation"\nweb = "testers.example.org"')


def test_an_arabic_leaflets_latin_imprint_and_url_read_left_to_right(make_workspace):
    """In a right-to-left leaflet the Latin names of the Arabic imprint and the URL under the
    code keep their own direction (no slash thrown to the far end of a line), the imprint
    flush right;
    pamphlet check finds the imprint; "c/o" is never broken at its slash."""
    root = make_workspace({"sources/ar.md": statement(
        "لا للحرب", body="نص البيان القصير عن الحرب.", lang="ar",
        demands=["أوقفوا الحرب على غزة الآن", "الخبز والحرية"],
        url="https://testers.example.org/s/2024-01-20-no-war")}, config=IMPRINT_CONFIG)
    report = build(find_workspace(root), targets=["print"],
                   layout_names=["leaflet-a5", "statement-a4"], strict=True)
    assert report.ok, report.failed
    path, a4 = (next(p for b in report.built for p in b.paths if layout in p.name)
                for layout in ("leaflet-a5", "statement-a4"))
    assert findings(path, root)["imprint"][0] == "pass"
    back = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "testers.example.org/" in back and "/testers" not in back
    assert all(not line.rstrip().endswith(("c/", "-")) for line in back.splitlines())
    assert any("A. Tester for the Testers" in line and "صادر" in line
               for line in back.splitlines()), back  # the imprint in Arabic
    assert any("c/o 12 Test" in line for line in back.splitlines()), back
    (code,) = find_qr_codes(path.read_bytes(), 5)
    assert code.text == "https://testers.example.org/s/2024-01-20-no-war"
    assert code.box_mm[0] < 148 / 2  # the code at the end of the line: the left
    (code,) = find_qr_codes(a4.read_bytes(), 5)
    assert code.box_mm[0] - 4 * code.module_mm == pytest.approx(36, abs=0.5)  # A4 too
