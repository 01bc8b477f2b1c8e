"""A few low-resolution looks at the output, against reviewed reference PNGs.

Regenerate with ``pytest tests/test_pixels.py --update-references`` and review the PNG
diff before committing it. Failures leave actual, expected and diff PNGs in tests/results/.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageChops

REFERENCES = Path(__file__).parent / "references"
RESULTS = Path(__file__).parent / "results"
DPI = 40
#: A pixel differs when any channel is off by more than this (anti-aliasing varies a little).
CHANNEL_TOLERANCE = 48
#: The share of pixels allowed to differ.
MAX_DIFFERING = 0.004

CASES = [
    ("seed-leaflet", "2019-11-23-coup-in-bolivia.leaflet-a5.screen.pdf"),
    ("short-leaflet", "2024-03-08-hands-off-the-library.leaflet-a5.screen.pdf"),
    ("seed-a4", "2019-11-23-coup-in-bolivia.statement-a4.screen.pdf"),
]


def differing_mask(actual: Image.Image, expected: Image.Image) -> Image.Image:
    """255 where any channel differs by more than the tolerance, else 0."""
    red, green, blue = ImageChops.difference(actual, expected).split()
    largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    return largest.point(lambda v: 255 if v > CHANNEL_TOLERANCE else 0)


def rasterise(pdf: Path) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [page.render(scale=DPI / 72).to_pil().convert("RGB") for page in document]
    finally:
        document.close()


@pytest.mark.render
@pytest.mark.parametrize("case, pdf_name", CASES, ids=[c for c, _ in CASES])
def test_pages_look_as_reviewed(sample_build, request, case, pdf_name):
    pages = rasterise(sample_build / pdf_name)
    if request.config.getoption("--update-references"):
        for number, image in enumerate(pages, 1):
            image.save(REFERENCES / f"{case}-p{number}.png")
        return
    expected_paths = sorted(REFERENCES.glob(f"{case}-p*.png"))
    assert len(pages) == len(expected_paths), "page count differs from the references"
    for number, (actual, expected_path) in enumerate(zip(pages, expected_paths), 1):
        expected = Image.open(expected_path).convert("RGB")
        assert actual.size == expected.size, (case, number, actual.size, expected.size)
        mask = differing_mask(actual, expected)
        differing = mask.histogram()[255]
        if differing > MAX_DIFFERING * actual.width * actual.height:
            RESULTS.mkdir(exist_ok=True)
            stem = f"{case}-p{number}"
            actual.save(RESULTS / f"{stem}.png")
            expected.save(RESULTS / f"{stem}.expected.png")
            mask.save(RESULTS / f"{stem}.diff.png")
            left, top, _, _ = mask.getbbox()
            pytest.fail(f"{stem}: {differing} pixels differ, the first rows at "
                        f"({left}, {top}); see {RESULTS}")


def test_a_changed_page_is_caught(sample_build):
    """The comparison itself can fail: a page with the slogan band removed differs."""
    page = rasterise(sample_build / CASES[0][1])[1]
    expected = Image.open(REFERENCES / "seed-leaflet-p2.png").convert("RGB")
    blanked = page.copy()
    blanked.paste((255, 255, 255), (0, page.height // 2, page.width, page.height))
    assert differing_mask(page, expected).histogram()[255] == 0
    assert differing_mask(blanked, expected).histogram()[255] > (
        MAX_DIFFERING * page.width * page.height)
