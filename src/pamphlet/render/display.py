"""Display type set as large as a box allows: a placard's demand, a social card's slogan.

The text is broken into balanced lines for each possible number of lines (never a line of
one word when the text has more than two, never a line of function words alone, no line
ending on "the", "of" or "to" where a breaking nearly as balanced has none), each breaking
sized to the box's width and height, and the largest size wins; shaped with the bundled
fonts (measure.py, HarfBuzz as WeasyPrint), so WeasyPrint sets what was planned.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from pamphlet.load.markup import UNBROKEN_TOKEN
from pamphlet.render.measure import (DISPLAY_HEAVY, is_function_word, sentence_case,
                                     shaped_width_pt, words_of)

#: Set lines stay this much narrower than the box (against rounding in the layout engine).
SAFETY = 0.98
#: A breaking whose widest line is at most this much wider than the most balanced one's is
#: taken when it ends fewer lines on a function word ("BRING MARSH LANE / BACK TO THE
#: DOCKS", never "BRING MARSH LANE BACK TO / THE DOCKS")...
WEAK_TOLERANCE = 0.2
#: ... and a setting counts, against those in other numbers of lines, this much wider for
#: each function word it still leaves hanging (twice for a line ending inside a name):
#: "KEEP THE HOSPITAL / OPEN FOR ALL OF US" rather than "KEEP THE / HOSPITAL OPEN / FOR
#: ALL OF US" a quarter larger; "DOWN WITH / THE COUP REGIME" when nothing reads better.
WEAK_PENALTY = 1.4
#: A line ending where the sense pauses (a comma, a colon, a dash) counts this much narrower...
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
                depth: float = 0.0, lang: str | None = None) -> DisplaySetting:
    """The largest setting of ``text`` in a ``width_pt`` × ``height_pt`` box.

    ``leading`` is the line height over the size; ``min_fill`` prefers settings whose
    longest line fills at least that share of the width (a placard set to its measure)
    whenever one exists; ``depth`` (em) is kept free under the last line, for ink that
    reaches below its line box; ``lang`` says which words are function words (every
    language's when None).
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
        found = _balanced(measured, count, font, lang, words)
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
def _balanced(words: tuple[str, ...], count: int, font: str, lang: str | None = None,
              original: tuple[str, ...] = ()
              ) -> tuple[tuple[tuple[int, int], ...], float] | None:
    """``words`` in ``count`` lines, each two words or more when there are more than two
    and none of function words alone (unless the text is nothing else): of the breakings
    whose widest line is within ``WEAK_TOLERANCE`` of the narrowest widest line, the one
    leaving fewest function words hanging at its lines' ends (and breaking no name), then
    the narrowest, then the most even. (A line ending at a pause counts narrower, one
    running on past it wider.) (The lines, the widest as counted: ``WEAK_PENALTY`` wider
    for each word left hanging), or None when no such breaking exists."""
    n = len(words)
    least = 2 if n > 2 else 1
    total = _width(words, font)
    weak = tuple(is_function_word(word, lang) for word in words)
    # what a break after words[i] costs: one for each function word it leaves hanging at
    # the line's end ("DOWN WITH / THE COUP REGIME" over "DOWN WITH THE / COUP REGIME"),
    # two inside a name ("Marsh / Lane" in a demand written in sentence case)
    cased = original or words
    names = sentence_case(list(cased))
    hanging = []
    for i in range(n):
        hanging.append((hanging[-1] + 1 if hanging else 1) if weak[i] else 0)
    name_joint = tuple(names and i + 1 < n and _capitalised(cased[i])
                       and _capitalised(cased[i + 1]) for i in range(n))

    def weakness_of(start: int, end: int) -> int:
        """What ending a line words[start:end] costs."""
        if end == n:
            return 0
        return 2 if name_joint[end - 1] else min(hanging[end - 1], end - start)

    @lru_cache(maxsize=None)
    def cost(a: int, b: int) -> float:
        width = _width(words[a:b], font)
        if b < n and words[b - 1].endswith(_PAUSE):
            width *= SENSE_BONUS
        if any(word.endswith(_PAUSE) for word in words[a:b - 1]):
            width *= RUN_ON_PENALTY
        return width

    def breaking(bound: float, fewest_weak: bool, alone_allowed: bool):
        """((weakness, widest, sum of squared widths), ends of the lines): lines no wider
        than ``bound``, the least weakness first when ``fewest_weak``."""

        @lru_cache(maxsize=None)
        def solve(start: int, lines: int) -> tuple[tuple[int, float, float], tuple[int, ...]]:
            failed = ((0, math.inf, math.inf), ())
            ends = [n] if lines == 1 else range(start + least, n - least * (lines - 1) + 1)
            best = failed
            for end in ends:
                width = cost(start, end)
                if (end - start < least or width > bound
                        or (not alone_allowed and all(weak[start:end]))):
                    continue
                if lines == 1:
                    key, rest = (0, width, width * width), ()
                else:
                    (weakness, widest, squares), rest = solve(end, lines - 1)
                    if math.isinf(widest):
                        continue
                    key = (weakness + weakness_of(start, end), max(width, widest),
                           squares + width * width)
                if math.isinf(best[0][1]) or _rank(key, fewest_weak, total) < _rank(
                        best[0], fewest_weak, total):
                    best = (key, (end, *rest))
            return best

        return solve(0, count)

    alone_allowed = all(weak)  # a line of function words alone, only if nothing else
    (_, narrowest, _), _ = breaking(math.inf, False, alone_allowed)
    if math.isinf(narrowest):
        return None
    (weakness, widest, _), ends = breaking(narrowest * (1 + WEAK_TOLERANCE) + 1e-9, True,
                                           alone_allowed)
    starts = (0, *ends[:-1])
    return tuple(zip(starts, ends)), widest * WEAK_PENALTY ** weakness


def _capitalised(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and letters[0].isupper()


def _rank(key: tuple[int, float, float], fewest_weak: bool, total: float) -> tuple:
    """How a breaking ranks: (its weakness first when asked), the widest line (widths
    within half a percent of the text's count as equal), then evenness."""
    weakness, widest, squares = key
    return ((weakness,) if fewest_weak else ()) + (round(widest / total * 200), squares)
