"""Filling pages after layout: space left on a page is given out by moving blocks down
(and stretching a colour band), never by another layout.

- The slogan band on a leaflet's back reaches down to the imprint at the foot, its demands
  centred in it; without bands (an office printer) the framed block is centred instead.
  Footnotes on that page go under the text they belong to, above the block.
- A poster page: the band fills the page, the key demand centred in it.
- A front carrying the whole statement: the spare space goes a third above the title, the
  rest above the slogan block.
- A cover: the title sinks, the lead goes to the foot.

Then ``gaps`` measures the result: the largest text-free vertical stretch on each page.
"""

from __future__ import annotations

from dataclasses import dataclass

from pamphlet.render.html import Adjustments, DemandsPlace
from pamphlet.render.layouts import Layout
from pamphlet.typeset.engine import LaidOut
from pamphlet.units import MM

#: Kept free above the foot of the type area, against rounding in the layout engine.
SETTLE_SLACK_PT = 0.5
#: The largest text-free stretch a page may show, as a share of its height.
MAX_GAP_SHARE = 1 / 3
#: The share of a band of its own its demands' lines fill at least, with space between
#: them (at most DEMAND_SPACE_MAX_MM a gap) when their sizes leave it emptier.
BAND_TEXT_SHARE = 0.55
DEMAND_SPACE_MAX_MM = 12


def settle(laid: LaidOut, layout: Layout, adjustments: Adjustments, bands: bool) -> None:
    """Move and stretch the blocks of a laid-out statement to fill its pages (once)."""
    if laid.settled:
        return
    laid.settled = True
    if layout.fill.cover and laid.page_count > 1:
        _settle_cover(laid, layout)
    if adjustments.demands is DemandsPlace.FRONT:
        if layout.fill.cover:  # inside a folded leaflet: the band under the text
            _settle_band(laid, layout, "demands", "demand-list", bands)
        else:
            _spread_front(laid, layout, "demands", ("heading", "body", "text-end", "demands"))
        _settle_band(laid, layout, "poster", "poster-text", bands)
    elif layout.demands_to_foot:
        if adjustments.demands is DemandsPlace.BACK and not layout.fill.cover:
            _spread_front(laid, layout, "text-end", ("heading", "body", "text-end"))
        _settle_band(laid, layout, "demands", "demand-list", bands,
                     spread=adjustments.demands is DemandsPlace.BACK)
    elif laid.page_count > 1:
        _sink_a_short_front(laid, layout)


def floor_of(laid: LaidOut, layout: Layout, page: int) -> float:
    """How far down content may reach on ``page``: the foot of the type area, or the top
    of the page's footnotes."""
    bottom = layout.page.content_bottom_mm * MM
    footnotes = laid.footnotes_top[page - 1]
    return min(bottom, footnotes) if footnotes is not None else bottom


def _settle_band(laid: LaidOut, layout: Layout, block: str, inner: str, bands: bool,
                 spread: bool = False) -> None:
    """The block ``block`` and the closing under it reach the foot of their page: a band
    is stretched down to the closing with its ``inner`` content centred, a band-less block
    is centred in the space left. A band with a page of its own (``spread``) whose
    demands, as large as the fit set them, fill little of it sets space between them."""
    if block not in laid.anchors:
        return
    page = laid.anchors[block][0]
    floor = (layout.page.content_bottom_mm * MM if _lift_footnotes(laid, page, block)
             else floor_of(laid, layout, page))
    _, _, block_bottom = laid.anchors[block]
    closing = laid.anchors.get("closing")
    if closing is not None and closing[0] != page:
        closing = None  # on a page of its own (a poster's)
    last_bottom = closing[2] if closing is not None else block_bottom
    spare = floor - last_bottom - SETTLE_SLACK_PT
    if spare <= 0:
        return
    if closing is not None:
        laid.move(page, ("closing",), spare)
    if bands:
        laid.stretch(page, block, spare)
        spaced = _space_demands(laid, page, block, inner, spare) if spread else 0.0
        laid.move(page, (inner,), (spare - spaced) / 2)
    else:
        laid.move(page, (block,), spare / 2)


def _space_demands(laid: LaidOut, page: int, block: str, inner: str, spare: float) -> float:
    """Space between the demands (``demand-2`` … moved down, each rule between them in
    the middle of its gap) until their lines fill BAND_TEXT_SHARE of the band, at most
    DEMAND_SPACE_MAX_MM a gap; the space used."""
    count = sum(1 for name in laid.anchors if name.startswith("demand-")
                and name[7:].isdigit() and laid.anchors[name][0] == page)
    if count < 2 or inner not in laid.anchors:
        return 0.0
    _, top, bottom = laid.anchors[block]
    _, list_top, list_bottom = laid.anchors[inner]
    wanted = BAND_TEXT_SHARE * (bottom - top) - (list_bottom - list_top)
    step = min(wanted, spare) / (count - 1)
    step = min(step, DEMAND_SPACE_MAX_MM * MM)
    if step <= 0:
        return 0.0
    for number in range(2, count + 1):
        laid.move(page, (f"demand-{number}",), step * (number - 1.5))
        laid.move_content(page, f"demand-{number}", step / 2)
    return step * (count - 1)


def _lift_footnotes(laid: LaidOut, page: int, block: str) -> bool:
    """The footnotes of a page that ends its text above the block ``block`` go under
    that text, and the block and the closing down by their height: a note is read with
    its text, never under the slogan band. Whether there were footnotes to lift."""
    top, end = laid.footnotes_top[page - 1], laid.anchors.get("text-end")
    if top is None or end is None or end[0] != page or laid.anchors[block][1] < end[2]:
        return False
    height = laid.move_footnotes(page, end[2] - top)
    if not height:
        return False
    laid.move(page, (block, "closing"), height)
    return True


def _spread_front(laid: LaidOut, layout: Layout, last: str, blocks: tuple[str, ...]) -> None:
    """A front with space to spare (``last`` ends its content): a third of it above the
    title; on a front holding the slogan block, the rest above it; on a front of text
    alone, a third between the title and the text and a third under it, so the page reads
    as set in three measured spaces rather than ending halfway down."""
    if last not in laid.anchors or laid.anchors[last][0] != 1:
        return
    spare = floor_of(laid, layout, 1) - laid.anchors[last][2] - SETTLE_SLACK_PT
    if spare <= 0:
        return
    laid.move(1, blocks, spare / 3)
    if last == "demands":
        laid.move(1, ("demands",), spare * 2 / 3)
    else:
        laid.move(1, tuple(block for block in blocks if block != "heading"), spare / 3)


def _sink_a_short_front(laid: LaidOut, layout: Layout) -> None:
    """A first page the slogan block could not join (it went over with the last lines of
    the text) and left more than a third empty: the title sinks, sharing the space."""
    lines = [line for line in laid.page_lines(1) if line.area != "margin"]
    if not lines:
        return
    spare = floor_of(laid, layout, 1) - max(line.bottom for line in lines) - SETTLE_SLACK_PT
    if spare > layout.page.height_mm * MM * MAX_GAP_SHARE:
        laid.move(1, ("heading", "body", "columns"), spare * 0.45)


def _settle_cover(laid: LaidOut, layout: Layout) -> None:
    """A cover: the title sinks, the lead goes to the foot of the page."""
    lead = laid.anchors.get("cover-lead")
    if lead is None or lead[0] != 1:
        return
    spare = floor_of(laid, layout, 1) - lead[2] - SETTLE_SLACK_PT
    if spare <= 0:
        return
    laid.move(1, ("heading", "cover-lead"), spare * 0.4)
    laid.move(1, ("cover-lead",), spare * 0.6)


@dataclass(frozen=True)
class PageGap:
    """A page's largest text-free vertical stretch, and whether the page may have one."""

    page: int
    gap_pt: float
    exempt: bool


def gaps(laid: LaidOut, layout: Layout, adjustments: Adjustments) -> list[PageGap]:
    """The largest stretch on each page without a line of text: from the head of the type
    area to the first line, between two lines, from the last line to the foot. A poster
    page whose key demand is large enough is exempt, and so is the last page of a layout
    whose text closes where it ends (an A4 statement)."""
    top = layout.page.margin_top_mm * MM
    bottom = layout.page.content_bottom_mm * MM
    found = []
    for number in range(1, laid.page_count + 1):
        spans = sorted((max(line.top, top), min(line.bottom, bottom))
                       for line in laid.page_lines(number)
                       if line.area != "margin" and line.bottom > top and line.top < bottom)
        edges = [top] + [edge for span in _merged(spans) for edge in span] + [bottom]
        largest = max(edges[i + 1] - edges[i] for i in range(0, len(edges), 2))
        poster = adjustments.demands is DemandsPlace.FRONT and number == laid.page_count and (
            (adjustments.poster_pt or 0) >= layout.fill.poster_key_min_pt)
        closes = layout.budget.exact is None and number == laid.page_count
        found.append(PageGap(number, largest, poster or closes))
    return found


def _merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def too_large_gap(laid: LaidOut, layout: Layout, adjustments: Adjustments) -> PageGap | None:
    """The first page whose text-free stretch passes a third of the page height."""
    limit = layout.page.height_mm * MM * MAX_GAP_SHARE
    return next((gap for gap in gaps(laid, layout, adjustments)
                 if not gap.exempt and gap.gap_pt > limit), None)
