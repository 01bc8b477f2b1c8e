"""Text measurement with the bundled fonts, to size type before WeasyPrint sets it."""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

import re

from fontTools.ttLib import TTFont

from pamphlet.render.layouts import TitleFit
from pamphlet.resources import fonts_dir
from pamphlet.units import MM

#: The face titles and slogans are set in (fonts/fonts.css, "Pamphlet Display" 900).
DISPLAY_HEAVY = "NotoSans-CondensedBlack.ttf"


@cache
def _advances(font_file: Path) -> tuple[dict[int, int], int, int]:
    """(advance width by code point, width of a missing glyph, units per em)."""
    font = TTFont(font_file, lazy=True)
    cmap = font.getBestCmap()
    metrics = font["hmtx"].metrics
    widths = {code: metrics[name][0] for code, name in cmap.items()}
    return widths, metrics[".notdef"][0], font["head"].unitsPerEm


_BREAKABLE_SPACE = re.compile(r"[ \t\n]+")


def words_of(text: str) -> list[str]:
    """The words of ``text`` between breakable spaces (a no-break space binds its words)."""
    return [word for word in _BREAKABLE_SPACE.split(text) if word]


def text_width_pt(text: str, size_pt: float, font_name: str = DISPLAY_HEAVY) -> float:
    """The advance width of ``text`` at ``size_pt``, without kerning."""
    widths, missing, units = _advances(fonts_dir() / font_name)
    return sum(widths.get(ord(char), missing) for char in text) * size_pt / units


def break_lines(text: str, size_pt: float, measure_pt: float,
                font_name: str = DISPLAY_HEAVY) -> list[str] | None:
    """Greedy line breaks at ``size_pt``; None when a single word is wider than the measure."""
    space = text_width_pt(" ", size_pt, font_name)
    lines: list[str] = []
    width = 0.0
    for word in words_of(text):
        word_width = text_width_pt(word, size_pt, font_name)
        if word_width > measure_pt:
            return None
        if lines and width + space + word_width <= measure_pt:
            lines[-1] += " " + word
            width += space + word_width
        else:
            lines.append(word)
            width = word_width
    return lines


def fit_title(title: str, fit: TitleFit, measure_mm: float, step_pt: float = 0.5) -> float:
    """The largest size within ``fit`` at which the title takes at most ``max_lines`` lines."""
    # Kerning and rounding make set text a little narrower or wider: keep 3% in hand.
    measure = measure_mm * MM * 0.97
    size = fit.max_pt
    while size > fit.min_pt:
        lines = break_lines(title, size, measure)
        if lines is not None and len(lines) <= fit.max_lines:
            return size
        size -= step_pt
    return fit.min_pt


#: Words a line should not end on (an article or preposition left hanging).
_WEAK_ENDINGS = frozenset("""a an the of in on at to by for from with and or but nor as our
their its his her my your into onto upon over per via de la le les el los las del des du et
y o e en un une der die das den dem und zu von im am al à""".split())
#: Keep a balanced line this much narrower than the measure (no kerning in our metrics).
_SAFETY = 0.97


def balance_lines(text: str, size_pt: float, measure_pt: float,
                  font_name: str = DISPLAY_HEAVY) -> list[str] | None:
    """Break ``text`` into as few lines as greedy breaking needs, but of even length.

    Lines never end on a weak word (the, of, in…) when avoidable, and the last line is never
    a lone word when avoidable. None when a word alone is wider than the measure.
    """
    measure = measure_pt * _SAFETY
    greedy = break_lines(text, size_pt, measure, font_name)
    if greedy is None or len(greedy) <= 1:
        return greedy
    words = words_of(text)
    count = len(greedy)
    widths = [text_width_pt(w, size_pt, font_name) for w in words]
    space = text_width_pt(" ", size_pt, font_name)

    def width(start: int, end: int) -> float:
        return sum(widths[start:end]) + space * (end - start - 1)

    mean = width(0, len(words)) / count
    best: dict[tuple[int, int], tuple[float, list[int]]] = {}

    def solve(start: int, lines_left: int) -> tuple[float, list[int]]:
        """(cost, break positions) for words[start:] in ``lines_left`` lines."""
        key = (start, lines_left)
        if key in best:
            return best[key]
        result: tuple[float, list[int]] = (math.inf, [])
        if lines_left == 1:
            line = width(start, len(words))
            if line <= measure:
                cost = (line - mean) ** 2
                if len(words) - start == 1:
                    cost += (measure / 2) ** 2  # a lone last word
                result = (cost, [])
        else:
            for end in range(start + 1, len(words) - lines_left + 2):
                line = width(start, end)
                if line > measure:
                    break
                cost = (line - mean) ** 2
                if words[end - 1].lower().strip(",;:") in _WEAK_ENDINGS:
                    cost += (measure / 3) ** 2
                rest, breaks = solve(end, lines_left - 1)
                if cost + rest < result[0]:
                    result = (cost + rest, [end, *breaks])
        best[key] = result
        return result

    cost, breaks = solve(0, count)
    if math.isinf(cost):
        return greedy
    edges = [0, *breaks, len(words)]
    return [" ".join(words[a:b]) for a, b in zip(edges, edges[1:])]
