"""The finish a typesetter checks on small generated statements, measured on the PDF: the
heading's space above the text whatever it holds."""

from __future__ import annotations

import pytest

from conftest import MINIMAL_CONFIG, statement
from layout_measure import MM, read_pages
from pamphlet.build.run import build
from pamphlet.config.workspace import find_workspace

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
