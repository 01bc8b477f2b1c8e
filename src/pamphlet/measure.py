"""Text measurement with the bundled fonts, to size type before WeasyPrint sets it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont

from pamphlet.layouts import TitleFit
from pamphlet.resources import fonts_dir

#: The face titles and slogans are set in (fonts/fonts.css, "Pamphlet Display" 900).
DISPLAY_HEAVY = "NotoSans-CondensedBlack.ttf"
MM = 72 / 25.4


@cache
def _advances(font_file: Path) -> tuple[dict[int, int], int, int]:
    """(advance width by code point, width of a missing glyph, units per em)."""
    font = TTFont(font_file, lazy=True)
    cmap = font.getBestCmap()
    metrics = font["hmtx"].metrics
    widths = {code: metrics[name][0] for code, name in cmap.items()}
    return widths, metrics[".notdef"][0], font["head"].unitsPerEm


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
    for word in text.split():
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
