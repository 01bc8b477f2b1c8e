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
#: Where the font stacks find what the display face cannot draw (right-to-left scripts).
FALLBACK_FONTS = ("NotoNaskhArabic-Bold.ttf", "NotoSansHebrew-Bold.ttf")
#: The body's face (fonts/fonts.css, "Pamphlet Text" 400).
TEXT_REGULAR = "NotoSerif-Regular.ttf"


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
    """The advance width of ``text`` at ``size_pt``, without kerning (a character the face
    lacks is measured in the fallback face the font stacks would draw it with)."""
    widths, missing, units = _advances(fonts_dir() / font_name)
    total = 0.0
    for char in text:
        code = ord(char)
        if code in widths:
            total += widths[code] / units
            continue
        for fallback in FALLBACK_FONTS:
            other, _, other_units = _advances(fonts_dir() / fallback)
            if code in other:
                total += other[code] / other_units
                break
        else:
            total += missing / units
    return total * size_pt


def paragraph_lines(text: str, size_pt: float, measure_pt: float,
                    font_name: str = TEXT_REGULAR) -> int:
    """About how many lines ``text`` takes at ``size_pt`` (greedy breaks, no hyphens)."""
    space = text_width_pt(" ", size_pt, font_name)
    lines, width = 1, 0.0
    for word in words_of(text):
        word_width = text_width_pt(word, size_pt, font_name)
        if width and width + space + word_width > measure_pt:
            lines, width = lines + 1, word_width
        else:
            width += (space if width else 0) + word_width
    return lines


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


#: Short function words, by language: articles, prepositions, conjunctions, possessives.
#: They belong with the word after them: a display line should not end on one, nor be made
#: of them alone. (Arabic writes its article and و, ب, ل joined to the word anyway.)
FUNCTION_WORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in {
    "en": """a an the of in on at to by for from with into onto upon over under per via
             and or but nor as than our their its his her my your this these that those""",
    "es": """el la los las lo un una unos unas de del a al en con por para sin sobre entre
             hasta desde contra hacia y e o u ni que su sus mi mis tu tus nuestro nuestra
             nuestros nuestras""",
    "de": """der die das den dem des ein eine einen einem einer eines und oder aber sondern
             zu zum zur von vom in im an am auf aus bei beim mit nach für gegen ohne um über
             unter vor durch bis seit als wie dass unser unsere unseren unserer ihr ihre""",
    "fr": """le la les l' un une des du de d' au aux à en dans sur sous par pour avec sans
             contre entre vers chez et ou ni mais que qu' notre nos votre vos leur leurs son
             sa ses ce cet cette ces""",
    "ar": """في من على عن إلى الى مع أو ثم حتى منذ عند لدى بين ضد نحو لا لم لن أن إن قد يا
             كي""",
}.items()}
#: Words a line should not end on, whatever the language (an article or preposition left
#: hanging): the function words of every language pamphlet knows.
WEAK_ENDINGS = _WEAK_ENDINGS = frozenset().union(*FUNCTION_WORDS.values())
_WORD_PUNCTUATION = ",;:.!?\"'«»“”„‘’‚()[]–—"


def function_words(lang: str | None) -> frozenset[str]:
    """The function words of ``lang`` (its primary tag); every language's, for None or a
    language without a list."""
    return FUNCTION_WORDS.get((lang or "").split("-")[0].lower(), WEAK_ENDINGS)


def is_function_word(word: str, lang: str | None = None) -> bool:
    """Whether ``word`` (in any case, with its punctuation) is a function word of ``lang``."""
    return word.casefold().strip(_WORD_PUNCTUATION) in function_words(lang)
#: Keep a balanced line this much narrower than the measure (no kerning in our metrics).
_SAFETY = 0.97


def sentence_case(words: list[str]) -> bool:
    """Whether a title is in sentence case: then a run of capitalised words is a name."""
    later = [w for w in words[1:] if w[:1].isalpha()]
    return bool(later) and sum(w[0].isupper() for w in later) <= len(later) / 2


#: Where a line may end by sense: after a colon, semicolon, question mark or a dash.
_SENSE_ENDS = (":", ";", "?", "!", "—", "–")


def sense_breaks(text: str) -> frozenset[int]:
    """Word positions after which a title breaks by sense (a colon inside it…)."""
    words = words_of(text)
    return frozenset(n for n, word in enumerate(words[:-1]) if word.endswith(_SENSE_ENDS)
                     and len(word) > 1)


def _break_penalty(words: list[str], end: int, sentence_case: bool, measure: float) -> float:
    """What breaking before ``words[end]`` costs for splitting what belongs together: a
    number range written with spaces, or a name (two capitalised words; in a title-case
    title every word is capitalised, so a name there is only a likelihood)."""
    before, after = words[end - 1], words[end]
    dash = ("–", "-", "—")
    if (before in dash or after in dash or after.startswith(dash) or before.endswith(dash)
            ) and any(c.isdigit() for c in before + after):
        return measure ** 2
    if before[:1].isupper() and after[:1].isupper() and before[-1].isalpha():
        return (measure / 2) ** 2 if sentence_case else (measure / 3) ** 2
    if before.endswith((",", *_SENSE_ENDS)):
        return -(measure / 4) ** 2  # a break at a pause reads well
    return 0.0


def balance_lines(text: str, size_pt: float, measure_pt: float,
                  font_name: str = DISPLAY_HEAVY, count: int | None = None,
                  breaks_after: frozenset[int] = frozenset()) -> list[str] | None:
    """Break ``text`` into as few lines as greedy breaking needs (or ``count``), but of
    even length and by sense.

    Lines never end on a weak word (the, of, in…) or inside a name or a number range when
    avoidable, and the last line is never a lone word when avoidable. A line ends after
    each word position in ``breaks_after`` (None when that cannot be done). None when a
    word alone is wider than the measure.
    """
    measure = measure_pt * _SAFETY
    greedy = break_lines(text, size_pt, measure, font_name)
    if greedy is None or (len(greedy) <= 1 and not count and not breaks_after):
        return greedy
    words = words_of(text)
    count = count or len(greedy)
    if count > len(words):
        return None if breaks_after else greedy
    widths = [text_width_pt(w, size_pt, font_name) for w in words]
    space = text_width_pt(" ", size_pt, font_name)
    names = sentence_case(words)

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
            if line <= measure and not any(start <= b < len(words) - 1 for b in breaks_after):
                cost = (line - mean) ** 2
                if len(words) - start == 1 and not words[start - 1].endswith(
                        (",", *_SENSE_ENDS)):
                    cost += (measure / 2) ** 2  # a lone last word, not set off by sense
                result = (cost, [])
        else:
            for end in range(start + 1, len(words) - lines_left + 2):
                line = width(start, end)
                if line > measure or any(start <= b < end - 1 for b in breaks_after):
                    break
                cost = (line - mean) ** 2
                # each function word left hanging at the line's end ("VERS UNE": two)
                hanging = 0
                while hanging < end - start and is_function_word(words[end - 1 - hanging]):
                    hanging += 1
                cost += hanging * (measure / 3) ** 2
                cost += _break_penalty(words, end, names, measure)
                rest, breaks = solve(end, lines_left - 1)
                if cost + rest < result[0]:
                    result = (cost + rest, [end, *breaks])
        best[key] = result
        return result

    cost, breaks = solve(0, count)
    if math.isinf(cost):
        return None if breaks_after else greedy
    edges = [0, *breaks, len(words)]
    return [" ".join(words[a:b]) for a, b in zip(edges, edges[1:])]


def title_lines(text: str, fit: TitleFit, measure_mm: float
                ) -> tuple[float, list[str] | None]:
    """(size, balanced lines) for a title: the largest size within ``fit``, broken by
    sense where it can be: after a colon inside the title, even at a smaller size or on
    one more line (than the bounds allow, or than a title past them already takes)."""
    size = fit_title(text, fit, measure_mm)
    lines = balance_lines(text, size, measure_mm * MM)
    wanted = sense_breaks(text)
    if not wanted or lines is None:
        return size, lines
    ends, position = set(), -1
    for line in lines:
        position += len(words_of(line))
        ends.add(position)
    if wanted <= ends:
        return size, lines
    for count in range(max(len(lines), len(wanted) + 1), max(fit.max_lines, len(lines)) + 2):
        trial = size
        while trial >= fit.min_pt:
            found = balance_lines(text, trial, measure_mm * MM * 0.97, count=count,
                                  breaks_after=wanted)
            if found is not None:
                return trial, found
            trial -= 1
    return size, lines


#: The text face, running heads are set in (fonts/fonts.css, "Pamphlet Text" 400).
TEXT_REGULAR = "NotoSerif-Regular.ttf"
#: Small capitals are about this much narrower than capitals of the same size.
SMALL_CAPS_WIDTH = 0.8


def shortened(text: str, size_pt: float, measure_pt: float, letter_spacing_em: float = 0,
              small_caps: bool = True, font_name: str = TEXT_REGULAR) -> str:
    """``text`` as it fits ``measure_pt`` in one line (small capitals by default): whole
    if it fits, else cut at a word and ended with an ellipsis."""
    def width(candidate: str) -> float:
        shown = candidate.upper() if small_caps else candidate
        scale = SMALL_CAPS_WIDTH if small_caps else 1
        return (text_width_pt(shown, size_pt * scale, font_name)
                + len(candidate) * letter_spacing_em * size_pt)

    text = " ".join(text.split())
    if width(text) <= measure_pt:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",;:–—-") + "…"
        if width(candidate) <= measure_pt and words[-1].lower() not in _WEAK_ENDINGS:
            return candidate
    return words[0] + "…"


@cache
def _shaper(font_file: Path):
    """(HarfBuzz font, its code points, units per em) for a bundled font file."""
    import uharfbuzz

    face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(font_file)))
    return uharfbuzz.Font(face), set(face.unicodes), face.upem


@cache
def shaped_word_width(word: str, font_name: str = DISPLAY_HEAVY) -> float:
    """The width of one word at 1 pt as HarfBuzz shapes it (kerning, ligatures, Arabic
    joining, as WeasyPrint sets it), each run of characters in the face that draws them:
    the face, else a fallback face."""
    width = 0.0
    for face, text in _runs(word, font_name):
        font, _, units = _shaper(fonts_dir() / face)
        buffer = _shaped(font, text)
        width += sum(position.x_advance for position in buffer.glyph_positions) / units
    return width


def _runs(word: str, font_name: str) -> list[tuple[str, str]]:
    """``word`` cut into (face, text) runs, each in the face that draws it: the face, else
    a fallback face (punctuation stays with the run before it)."""
    faces = [font_name, *FALLBACK_FONTS]
    runs: list[tuple[str, str]] = []
    for char in word:
        face = next((f for f in faces if ord(char) in _shaper(fonts_dir() / f)[1]), font_name)
        if runs and (runs[-1][0] == face or not char.isalpha()):
            runs[-1] = (runs[-1][0], runs[-1][1] + char)
        else:
            runs.append((face, char))
    return runs


def _shaped(font, text: str):
    import uharfbuzz

    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {"kern": True, "liga": True})
    return buffer


@cache
def _ascent_descent(font_name: str) -> tuple[float, float]:
    """The face's ascent and descent in em, as the layout engine takes them (hhea)."""
    font = TTFont(fonts_dir() / font_name, lazy=True)
    units = font["head"].unitsPerEm
    return font["hhea"].ascent / units, -font["hhea"].descent / units


@cache
def line_extent_em(text: str, leading: float, font_name: str = DISPLAY_HEAVY
                   ) -> tuple[float, float, float, float]:
    """How a line of ``text`` set with line height ``leading`` stands round its baseline, in
    em: (line box above, line box below, ink above, ink below).

    The line box is the union of the face's strut and the inline box of every face that
    draws part of the text, each with its half-leading (CSS 2 §10.8), so a line of Arabic,
    whose face is deeper than the display face, is taller than ``leading``; the ink is the
    shaped glyphs' extents (a final yeh reaches far below the baseline)."""
    faces = {font_name} | {face for word in text.split() for face, _ in _runs(word, font_name)}
    above = below = 0.0
    for face in faces:
        ascent, descent = _ascent_descent(face)
        half = (leading - ascent - descent) / 2
        above, below = max(above, ascent + half), max(below, descent + half)
    ink_above = ink_below = 0.0
    for word in text.split():
        for face, run in _runs(word, font_name):
            font, _, units = _shaper(fonts_dir() / face)
            buffer = _shaped(font, run)
            for info, position in zip(buffer.glyph_infos, buffer.glyph_positions):
                extents = font.get_glyph_extents(info.codepoint)
                if extents is None:
                    continue
                top = (extents.y_bearing + position.y_offset) / units
                ink_above = max(ink_above, top)
                ink_below = max(ink_below, -(top + extents.height / units))
    return above, below, ink_above, ink_below


def shaped_width_pt(text: str, size_pt: float, font_name: str = DISPLAY_HEAVY) -> float:
    """The width of ``text`` at ``size_pt``, shaped word by word, spaces in between."""
    words = text.split()
    space = shaped_word_width(" ", font_name) if len(words) > 1 else 0.0
    return (sum(shaped_word_width(word, font_name) for word in words)
            + space * (len(words) - 1)) * size_pt


def line_pitch_em(lines, leading: float, font_name: str = DISPLAY_HEAVY
                  ) -> tuple[float, float]:
    """(line pitch, ink below the last line's box) in em for ``lines`` set with line height
    ``leading`` (see :func:`line_extent_em`)."""
    extents = [line_extent_em(line, leading, font_name) for line in lines] or [
        line_extent_em("", leading, font_name)]
    pitch = max(above + below for above, below, _, _ in extents)
    _, below, _, ink_below = extents[-1]
    return round(pitch, 4), round(max(0.0, ink_below - below), 4)
