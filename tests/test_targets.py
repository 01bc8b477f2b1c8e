"""The office target (2-up on A4 for the office printer) and the screen target (web)."""

from __future__ import annotations


import pikepdf
import pypdfium2
import pytest
from PIL import ImageOps

from conftest import MM, needs_preflight, preflight

@pytest.fixture(scope="module")
def outputs(print_ready):
    return print_ready.out, print_ready.notes


def words_with_boxes(path, page_index):
    """(text, left, bottom, right, top) in mm for every character on a page."""
    document = pypdfium2.PdfDocument(path)
    page = document[page_index]
    text = page.get_textpage()
    chars = []
    for index in range(text.count_chars()):
        box = text.get_charbox(index)
        chars.append((text.get_text_range(index, 1), *(v / MM for v in box)))
    size = [v / MM for v in page.get_size()]
    document.close()
    return chars, size


def find(chars, phrase):
    """The boxes of each occurrence of ``phrase`` (letters only, in reading order)."""
    letters = [c for c in chars if c[0].strip()]
    joined = "".join(c[0] for c in letters)
    target = phrase.replace(" ", "")
    found, start = [], joined.find(target)
    while start != -1:
        found.append(letters[start:start + len(target)])
        start = joined.find(target, start + 1)
    return found


def test_office_leaflet_is_two_a4_landscape_sheets(outputs):
    out, notes = outputs
    path = out / "seed.leaflet-a5.office.pdf"
    with pikepdf.open(path) as pdf:
        sizes = [[round(float(v) / MM) for v in page.mediabox] for page in pdf.pages]
    assert sizes == [[0, 0, 297, 210], [0, 0, 297, 210]]
    assert notes[path.name] == "print on A4, double-sided, flip on short edge; cut along the marks"


@pytest.mark.parametrize("sheet, phrase, below", [
    (0, "On the coup", "TEST ORGANISATION"),  # fronts: the title under the masthead
    (1, "DOWN WITH THE COUP REGIME", "the role of defenders"),  # backs
])
def test_each_half_carries_the_right_page_the_right_way_up(outputs, sheet, phrase, below):
    out, _ = outputs
    chars, (width, height) = words_with_boxes(out / "seed.leaflet-a5.office.pdf", sheet)
    hits = find(chars, phrase)
    above = find(chars, below)
    assert len(hits) == 2 and len(above) == 2, (len(hits), len(above))
    halves = sorted(hits, key=lambda hit: hit[0][1])
    assert halves[0][-1][3] < width / 2 < halves[1][0][1]  # one copy in each half
    for hit in hits:
        lefts = [c[1] for c in hit]
        assert lefts == sorted(lefts)  # reads left to right: upright, not rotated
    # in each half, the text that comes first on the page stands higher: the page is upright
    for hit, other in zip(sorted(hits, key=lambda h: h[0][1]),
                          sorted(above, key=lambda h: h[0][1])):
        assert other[0][4] > hit[0][4]


def test_office_cut_marks_at_the_middle(outputs):
    out, _ = outputs
    with pikepdf.open(out / "seed.leaflet-a5.office.pdf") as pdf:
        points = []
        for operands, operator in pikepdf.parse_content_stream(pdf.pages[0]):
            if str(operator) in ("m", "l"):
                points.append(tuple(round(float(v) / MM, 2) for v in operands))
    assert {x for x, _ in points} == {148.5}
    assert min(y for _, y in points) >= 5 and max(y for _, y in points) <= 205


def test_nothing_within_5mm_of_the_sheet_edge(outputs):
    out, _ = outputs
    path = out / "seed.leaflet-a5.office.pdf"
    for sheet in (0, 1):
        chars, (width, height) = words_with_boxes(path, sheet)
        for text, left, bottom, right, top in chars:
            if right > left:
                assert min(left, bottom, width - right, height - top) >= 5, text
    document = pypdfium2.PdfDocument(path)
    dpi = 60
    for page in document:
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        frame = round(4.8 * dpi / 25.4)
        inner = image.crop((frame, frame, image.width - frame, image.height - frame))
        # everything drawn (bands and text) sits inside the 5 mm frame: the frame is white
        assert ImageOps.expand(inner, frame, fill=255).getextrema() == image.getextrema()
        edge = image.copy()
        edge.paste(255, (frame, frame, image.width - frame, image.height - frame))
        assert edge.getextrema() == (255, 255)
    document.close()


def test_office_a4_prints_as_is(outputs):
    out, notes = outputs
    path = out / "seed.statement-a4.office.pdf"
    with pikepdf.open(path) as pdf:
        assert {tuple(round(float(v) / MM) for v in p.mediabox) for p in pdf.pages} == {
            (0, 0, 210, 297)}
    assert notes[path.name] == "print on A4 portrait, double-sided, flip on long edge"


def test_screen_is_tagged_rgb_with_language_title_and_live_links(outputs):
    out, _ = outputs
    with pikepdf.open(out / "link.leaflet-a5.screen.pdf") as pdf:
        assert "/StructTreeRoot" in pdf.Root
        assert bool(pdf.Root.MarkInfo.Marked)
        assert str(pdf.Root.Lang) == "en"
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        assert str(pdf.docinfo.Title) == "A test statement"
        assert b"pdfuaid:part" in pdf.Root.Metadata.read_bytes()
        uris = [str(a.A.URI) for page in pdf.pages for a in page.get("/Annots", [])
                if "/A" in a]
        assert uris == ["https://example.org/more"]
        operators = {str(op) for _, op in pikepdf.parse_content_stream(pdf.pages[0])}
        assert "rg" in operators and not operators & {"k", "K"}


def test_screen_is_smaller_than_print(outputs):
    out, _ = outputs
    screen = (out / "seed.leaflet-a5.screen.pdf").stat().st_size
    press = (out / "seed.leaflet-a5.print.pdf").stat().st_size
    assert screen < press / 3


@needs_preflight
def test_screen_passes_the_independent_ua_check(outputs):
    out, _ = outputs
    result = preflight(out / "seed.leaflet-a5.screen.pdf", "--variant", "pdf/ua-1")
    assert result.returncode == 0, result.stdout
