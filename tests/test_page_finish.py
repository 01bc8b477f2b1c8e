"""The finish a typesetter checks on small generated statements, measured on the PDF: the
heading's space above the text whatever it holds; footnotes read with their text, above
the slogan band; the A4 slogan block takes three lines over, no more; a band of its own
filled by its demands."""

from __future__ import annotations

import pytest

from conftest import MINIMAL_CONFIG, statement
from layout_measure import MM, band_rows, read_pages
from pamphlet.build.run import build
from pamphlet.config.workspace import find_workspace

BRAND = "[brand]\ncmyk = [0, 95, 90, 0]\nrgb = \"#e2231a\"\n"
BRAND_RGB = (0xe2, 0x23, 0x1a)
PARAGRAPH = ("The housing association has let the repairs slide for three winters, and the "
             "tenants have paid for it with damp walls, broken lifts and cold radiators. ")
HEADINGS = {"bare": {}, "subtitle": {"subtitle": "What the tenants ask of the council"},
            "dateline": {"date": "2024-05-01"}}


@pytest.fixture(scope="module")
def headings(tmp_path_factory):
    """A one-sentence statement under each kind of heading, in the leaflet and the A4."""
    root = tmp_path_factory.mktemp("headings")
    (root / "sources").mkdir()
    (root / "pamphlet.toml").write_text(MINIMAL_CONFIG)
    for name, meta in HEADINGS.items():
        (root / f"sources/{name}.md").write_text(statement(
            body="A short statement.", demands=["Repairs now"], **meta))
    report = build(find_workspace(root), layout_names=["leaflet-a5", "statement-a4"],
                   out_dir=root / "out", jobs=2)
    assert report.ok, report.failed
    return root / "out"


@pytest.mark.parametrize("layout", ["leaflet-a5", "statement-a4"])
@pytest.mark.parametrize("heading", HEADINGS)
def test_the_title_never_meets_the_text_under_it(headings, heading, layout):
    """The title's descenders (or the subtitle, or the dateline) stand clear of the first
    line of text by the layout's space, not the leading alone."""
    page = read_pages(headings / f"{heading}.{layout}.screen.pdf")[0]
    first = next(line for line in page.lines if line.font.startswith("Pamphlet-Text"))
    above = max((line for line in page.lines if line.bottom <= first.top + 1),
                key=lambda line: line.bottom)
    assert (first.top - above.bottom) / MM >= 5, (above.text, first.text)


def test_a_footnote_on_the_back_is_set_under_its_text_above_the_band(make_workspace, tmp_path):
    """The back carries the end of the text, its note and the slogan band: the note goes
    with the text, between its last line and the band, never under the band."""
    body = "\n\n".join([PARAGRAPH * 3] * 4) + "[^1]\n\n[^1]: Figures from the tenants' own survey."
    root = make_workspace({"sources/note.md": statement(
        body=body, demands=["Repairs now", "No rent for broken homes"], date="2024-05-01")},
        config=MINIMAL_CONFIG + BRAND)
    report = build(find_workspace(root), out_dir=tmp_path / "out")
    assert report.ok, report.failed
    path = report.built[0].paths[0]
    back = read_pages(path)[-1]
    band = band_rows(path, back.number, BRAND_RGB)
    note = next(line for line in back.lines if line.text.startswith("1.Figures"))
    text = [line for line in back.lines if line.font.startswith("Pamphlet-Text")
            and line.size > note.size and line.bottom < band[0]]
    assert text, "the text ends on the back"
    assert max(line.bottom for line in text) < note.top and note.bottom < band[0], (
        note.top / MM, band[0] / MM)


def test_the_a4_slogan_block_takes_three_lines_not_a_page_of_text(sample_build):
    """sources/2025-06-14-rent-strike.md on A4: its last paragraph (three lines) goes over
    with the slogan block; the paragraph before stays whole on page 1."""
    pages = read_pages(sample_build / "2025-06-14-rent-strike.statement-a4.screen.pdf")
    assert len(pages) == 2
    last = pages[-1]
    block = min(line.top for line in last.lines if "Heavy" in line.font)
    text = [line for line in last.lines if line.font.startswith("Pamphlet-Text")
            and line.bottom <= block]
    assert len({round(line.baseline) for line in text}) == 3, [line.text for line in text]


def test_a_short_statements_slogan_band_is_filled_by_its_demands(sample_build):
    """sources/2023-10-17-huelga-de-la-limpieza.md: three demands on a back page of their
    own, at their largest sizes, spaced to fill a good share of the red band."""
    path = sample_build / "2023-10-17-huelga-de-la-limpieza.leaflet-a5.screen.pdf"
    back = read_pages(path)[-1]
    top, bottom = band_rows(path, back.number, BRAND_RGB)
    top = max(top, 14 * MM)  # from the head of the type area
    inside = [line for line in back.lines if top <= line.top and line.bottom <= bottom]
    height = max(line.bottom for line in inside) - min(line.top for line in inside)
    assert height >= 0.45 * (bottom - top), (round(height / MM), round((bottom - top) / MM))
