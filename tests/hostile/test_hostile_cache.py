"""A cache that never lies (findings 6 and 7 of issue 15): a replaced image rebuilds the
PDF that shows it, and a damaged or tampered cache entry is discarded, never obeyed."""

from __future__ import annotations

import json

import pikepdf
import pytest
from PIL import Image

from conftest import statement
from pamphlet.build.run import build
from pamphlet.config.workspace import find_workspace


def image_colour(pdf_path) -> tuple[int, int, int]:
    """The colour of the first image drawn in the PDF."""
    with pikepdf.open(pdf_path) as pdf:
        for page in pdf.pages:
            for _, raw in page.get_images().items():
                image = pikepdf.PdfImage(raw).as_pil_image().convert("RGB")
                return image.getpixel((image.width // 2, image.height // 2))
    raise AssertionError("no image in the PDF")


def test_a_replaced_image_rebuilds_the_pdf_that_shows_it(make_workspace):
    root = make_workspace({"sources/a.md": statement(body="![logo](pic.png)", demands=["x"]),
                           "sources/b.md": statement(title="No picture", demands=["y"])})
    Image.new("RGB", (60, 60), (200, 0, 0)).save(root / "sources/pic.png")
    pdf = root / "build/a.leaflet-a5.screen.pdf"
    assert build(find_workspace(root)).ok
    assert image_colour(pdf) == (200, 0, 0)
    again = build(find_workspace(root))
    assert len(again.unchanged) == 2 and not again.built
    Image.new("RGB", (60, 60), (0, 0, 200)).save(root / "sources/pic.png")
    after = build(find_workspace(root))
    assert [b.paths[0].name for b in after.built] == ["a.leaflet-a5.screen.pdf"]
    assert len(after.unchanged) == 1
    assert image_colour(pdf) == (0, 0, 200)
    (root / "sources/pic.png").unlink()  # gone: the statement fails, not a stale PDF
    gone = build(find_workspace(root))
    assert len(gone.failed) == 1 and "pic.png does not exist" in gone.failed[0]


@pytest.mark.parametrize("entry", [{"body_pt": 9.0}, [], None, {"adjustments": {
    "spread_to_back": False, "demands_push_pt": 1e9, "demands_shortfall_pt": 0,
    "body_pt": 9.0, "unbroken": []}}])
def test_a_tampered_fit_is_fitted_again_not_obeyed(make_workspace, pamphlet_log, entry):
    """Finding 7: {"body_pt": 9.0} set the leaflet at 9 pt; [] and null crashed builds."""
    root = make_workspace({"sources/a.md": statement(body="Short words. " * 30,
                                                     demands=["x"])})
    (first,) = build(find_workspace(root)).built
    pdf = first.paths[0].read_bytes()
    (fit,) = (root / ".pamphlet-cache/fits").glob("*.json")
    record = json.loads(fit.read_text())
    record["data"] = entry
    fit.write_text(json.dumps(record))
    first.paths[0].unlink()  # so the fit is needed again
    report = build(find_workspace(root))
    assert report.ok, report.failed
    (again,) = report.built
    assert again.body_pt == first.body_pt != 9.0
    assert again.paths[0].read_bytes() == pdf
