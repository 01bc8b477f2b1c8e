"""Display type set as large as a box allows: a placard's demand, a social card's slogan.

The text is broken into balanced lines for each possible number of lines (never a line of
one word when the text has more than two, never a line ending on "the" or "of" when it can
be helped), each breaking sized to the box's width and height, and the largest size wins;
shaped with the bundled fonts (measure.py, HarfBuzz as WeasyPrint), so WeasyPrint sets
what was planned.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from pamphlet.load.markup import UNBROKEN_TOKEN
from pamphlet.render.measure import DISPLAY_HEAVY, WEAK_ENDINGS, shaped_width_pt, words_of

#: Set lines stay this much narrower than the box (against rounding in the layout engine).
SAFETY = 0.98
#: A line ending on a weak word counts as this much wider when breaking...
WEAK_PENALTY = 1.08
#: ... one ending where the sense pauses (a comma, a colon, a dash) this much narrower...
SENSE_BONUS = 0.95
#: ... and one running on past a pause this much wider.
RUN_ON_PENALTY = 1.05
_PAUSE = (",", ";", ":", "\u2013", "\u2014")


@dataclass(frozen=True)
class DisplaySetting:
    """How to set a text: its size, its lines, and how much of the width the longest fills."""

    size_pt: float
    lines: tuple[str, ...]
    #: The longest line's width over the box's width (0…1).
    fill: float

    def height_pt(self, leading: float) -> float:
        return len(self.lines) * self.size_pt * leading


def set_display(text: str, width_pt: float, height_pt: float, *, leading: float,
                max_pt: float, max_lines: int = 12, min_fill: float = 0.0,
                uppercase: bool = True, font: str = DISPLAY_HEAVY,
                depth: float = 0.0) -> DisplaySetting:
    """The largest setting of ``text`` in a ``width_pt`` × ``height_pt`` box.

    ``leading`` is the line height over the size; ``min_fill`` prefers settings whose
    longest line fills at least that share of the width (a placard set to its measure)
    whenever one exists; ``depth`` (em) is kept free under the last line, for ink that
    reaches below its line box.
    """
    words = tuple(words_of(text))
    if not words:
        return DisplaySetting(max_pt, (), 0.0)
    # hashtags, handles and URLs keep their own case in capitals (base.css: .unbroken)
    measured = tuple(word.upper() if uppercase and not UNBROKEN_TOKEN.search(word) else word
                     for word in words)
    candidates = []
    most = len(words) // 2 if len(words) > 2 else len(words)  # no lone words past two
    for count in range(1, max(1, min(most, max_lines)) + 1):
        found = _balanced(measured, count, font)
        if found is None:
            continue
        breaks, judged = found  # judged: the widest line as the breaking counts it
        widest = max(_width(measured[a:b], font) for a, b in breaks)
        size = min(width_pt * SAFETY / widest, height_pt / (count * leading + depth), max_pt)
        merit = min(width_pt * SAFETY / judged, height_pt / (count * leading + depth), max_pt)
        lines = tuple(" ".join(words[a:b]) for a, b in breaks)
        candidates.append((merit, DisplaySetting(round(size, 2), lines,
                                                 size * widest / width_pt)))
    filled = [c for c in candidates if c[1].fill >= min_fill] or candidates
    best = max(merit for merit, _ in filled)
    # the fewest lines near the best (a sense break or a strong ending counts as larger)
    return next(setting for merit, setting in filled if merit >= best * 0.99)


def _width(words: tuple[str, ...], font: str) -> float:
    """The width of words joined by spaces, at 1 pt, shaped as WeasyPrint sets them."""
    return shaped_width_pt(" ".join(words), 1.0, font)


@lru_cache(maxsize=1024)
def _balanced(words: tuple[str, ...], count: int, font: str
              ) -> tuple[tuple[tuple[int, int], ...], float] | None:
    """``words`` in ``count`` lines whose widest is narrowest (a line ending on a weak word
    counted wider, one ending at a pause narrower), then whose widths are most even; each
    line two words or more when there are more than two. (The lines, the widest as
    counted), or None when no such breaking exists."""
    n = len(words)
    least = 2 if n > 2 else 1
    total = _width(words, font)

    def cost(a: int, b: int) -> float:
        width = _width(words[a:b], font)
        if b < n and words[b - 1].lower().strip(",;:.") in WEAK_ENDINGS:
            width *= WEAK_PENALTY
        elif b < n and words[b - 1].endswith(_PAUSE):
            width *= SENSE_BONUS
        if any(word.endswith(_PAUSE) for word in words[a:b - 1]):
            width *= RUN_ON_PENALTY
        return width

    @lru_cache(maxsize=None)
    def solve(start: int, lines: int) -> tuple[tuple[float, float], tuple[int, ...]]:
        """((widest, sum of squared widths), ends of the lines) for words[start:]."""
        if lines == 1:
            if n - start < least:
                return (math.inf, math.inf), ()
            width = cost(start, n)
            return (width, width * width), (n,)
        best: tuple[tuple[float, float], tuple[int, ...]] = ((math.inf, math.inf), ())
        for end in range(start + least, n - least * (lines - 1) + 1):
            width = cost(start, end)
            (widest, squares), ends = solve(end, lines - 1)
            key = (max(width, widest), squares + width * width)
            if math.isinf(key[0]):
                continue
            # widths within half a percent count as equal: then evenness decides
            if math.isinf(best[0][0]) or (round(key[0] / total * 200), key[1]) < (
                    round(best[0][0] / total * 200), best[0][1]):
                best = (key, (end, *ends))
        return best

    (widest, _), ends = solve(0, count)
    if math.isinf(widest):
        return None
    starts = (0, *ends[:-1])
    return tuple(zip(starts, ends)), widest
