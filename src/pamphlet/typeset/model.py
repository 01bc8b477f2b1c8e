"""Heights before a render: how a statement's parts grow with their sizes.

Copyfitting renders once, measures, and predicts from this model the sizes that fill the
pages, so the next render is usually the last. The body's height follows its size and
leading (a line holds fewer words as the type grows, and each line is taller); the title's
and the slogan block's come from their lines, broken with the bundled fonts' metrics as
the renderer breaks them (render/measure.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pamphlet.render.html import DemandText
from pamphlet.render.layouts import Layout
from pamphlet.render.measure import DISPLAY_HEAVY, balance_lines, text_width_pt
from pamphlet.units import MM

#: Title line height, as a multiple of its size (base.css ``.title``).
TITLE_LEADING = 0.95


def body_growth(layout: Layout, size_pt: float) -> float:
    """How tall the body runs at ``size_pt``, up to a constant: lines grow with the size
    (fewer words to a line, fewer still in a narrower column), each as tall as its
    leading; two columns share the height."""
    return size_pt * layout.leading_at(size_pt) / layout.column_measure_mm / layout.columns


def body_height(layout: Layout, measured_pt: float, measured_at: Layout, measured_size: float,
                size_pt: float) -> float:
    """The body's height in ``layout`` at ``size_pt``, from one measured in ``measured_at``
    at ``measured_size``."""
    return measured_pt * body_growth(layout, size_pt) / body_growth(measured_at, measured_size)


def size_for_body(layout: Layout, wanted_pt: float, measured_pt: float, measured_at: Layout,
                  measured_size: float, low: float, high: float) -> float:
    """The largest body size in [low, high] whose predicted height is at most ``wanted_pt``
    (``low`` when none is)."""
    if body_height(layout, measured_pt, measured_at, measured_size, high) <= wanted_pt:
        return high
    for _ in range(30):
        middle = (low + high) / 2
        if body_height(layout, measured_pt, measured_at, measured_size, middle) <= wanted_pt:
            low = middle
        else:
            high = middle
    return low


def demand_lines(demand: DemandText, size_pt: float, measure_pt: float) -> int:
    """How many lines a demand takes at ``size_pt``."""
    if demand.balanced:
        lines = balance_lines(demand.text, size_pt, measure_pt)
        if lines:
            return len(lines)
    width = text_width_pt(demand.text, size_pt, DISPLAY_HEAVY)
    return max(1, math.ceil(width / (measure_pt * 0.93)))


def longest_word_fits(demand: DemandText, size_pt: float, measure_pt: float) -> bool:
    """Whether every word of the demand fits the measure at ``size_pt`` (no word broken)."""
    return all(text_width_pt(word, size_pt, DISPLAY_HEAVY) <= measure_pt * 0.97
               for word in demand.text.split())


@dataclass(frozen=True)
class SloganSizes:
    slogan_pt: float
    key_pt: float


def demands_text_height(demands: list[DemandText], sizes: SloganSizes, layout: Layout) -> float:
    """The height of the demands' lines (their padding and rules not counted)."""
    measure = layout.page.measure_mm * MM
    return sum(demand_lines(d, size, measure) * size * layout.slogans.leading
               for d in demands for size in [sizes.key_pt if d.key else sizes.slogan_pt])


def fill_demands(demands: list[DemandText], layout: Layout, room_pt: float, base: SloganSizes,
                 largest: SloganSizes, smallest: SloganSizes | None = None) -> SloganSizes:
    """The largest sizes, from ``base`` scaled up to at most ``largest`` (each size its own
    cap), whose lines take at most ``room_pt``; never a word wider than the measure.
    Below ``base`` only as far as ``smallest`` (when the room is short)."""
    measure = layout.page.measure_mm * MM
    low_scale = min(1.0, smallest.key_pt / base.key_pt) if smallest else 1.0

    def sized(scale: float) -> SloganSizes:
        return SloganSizes(min(base.slogan_pt * scale, max(largest.slogan_pt, base.slogan_pt)),
                           min(base.key_pt * scale, max(largest.key_pt, base.key_pt)))

    def fits(scale: float) -> bool:
        sizes = sized(scale)
        return (demands_text_height(demands, sizes, layout) <= room_pt
                and all(longest_word_fits(d, sizes.key_pt if d.key else sizes.slogan_pt,
                                          measure) for d in demands))

    top = max(largest.key_pt / base.key_pt, largest.slogan_pt / base.slogan_pt, 1.0)
    if fits(top):
        return sized(top)
    low, high = low_scale, top
    if not fits(low):
        return sized(low)
    for _ in range(24):
        middle = (low + high) / 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return _rounded(sized(low))


def _rounded(sizes: SloganSizes) -> SloganSizes:
    return SloganSizes(math.floor(sizes.slogan_pt * 4) / 4, math.floor(sizes.key_pt * 4) / 4)


def poster_size(demand: DemandText, layout: Layout, room_pt: float, smallest: float,
                largest: float) -> float:
    """The largest size (at least ``smallest`` when it fits at all) at which the poster's
    demand takes at most ``room_pt`` and no word is wider than the measure."""
    measure = layout.page.measure_mm * MM

    def fits(size: float) -> bool:
        return (longest_word_fits(demand, size, measure)
                and demand_lines(demand, size, measure) * size * layout.slogans.leading
                <= room_pt)

    size = largest
    while size > 8 and not fits(size):
        size -= 2
    return max(size, min(smallest, size)) if size > 8 else 8
