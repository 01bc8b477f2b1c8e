"""Helpers the targets' preflight checks share: page sizes from a PDF's facts, in mm."""

from __future__ import annotations

from collections.abc import Iterator

from pamphlet.render.layouts import Layout
from pamphlet.targets.base import Finding

#: How far a page size may be from the layout's (rounding in PDF writers).
TOLERANCE_MM = 0.5


def trim_of(layout: Layout) -> tuple[float, float]:
    return layout.page.width_mm, layout.page.height_mm


def size_of(box) -> tuple[float, float]:
    return box[2] - box[0], box[3] - box[1]


def close(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return all(abs(x - y) <= TOLERANCE_MM for x, y in zip(a, b))


def page_sizes(facts, box: str = "MediaBox") -> Iterator[tuple[int, tuple[float, float]]]:
    """(page number, size of ``box``) for every page that has it."""
    for number, boxes in enumerate(facts.page_boxes, 1):
        if box in boxes:
            yield number, size_of(boxes[box])


def colour_finding(facts) -> Finding:
    """The colour families a PDF uses, as a passing finding (screen and office)."""
    families = sorted(facts.colour_families)
    return Finding.of("colour", True, f"uses {', '.join(families) or 'no colour'}")
