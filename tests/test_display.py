"""Display lines (render/display.py: social cards, story cards, placards): function words
stay with the word after them, no line is made of them alone, and the lines stay balanced
and within the measure. Checked against every breaking of generated demands in five
languages, in the boxes of a story card, a square card and an A3 placard."""

from __future__ import annotations

import itertools
from functools import cache

import pytest
from markupsafe import Markup

from corpus import corpus
from pamphlet.load.markup import UNBROKEN_TOKEN, inline_markdown_to_html
from pamphlet.render.display import SAFETY, set_display
from pamphlet.render.measure import (DISPLAY_HEAVY, is_function_word, line_pitch_em,
                                     sentence_case, shaped_width_pt, words_of)
from pamphlet.units import MM

#: (width, height, largest size) in pt of the boxes demands are set in.
BOXES = {"story-card": (864, 1150, 324), "square-card": (864, 600, 324),
         "placard-a3": (267 * MM, 330 * MM, 400)}
#: Breakings whose widest line is within this of the most balanced one's are "as balanced".
SIMILAR = 0.10
#: Demands up to this many words are checked against every breaking of theirs.
MOST_WORDS = 14

WRITTEN = [  # demands written for this test, with the breaks that went wrong before
    ("en", "Bring Marsh Lane back to the council"),
    ("en", "Keep the hospital open for all of us"),
    ("en", "Stop the cuts to our schools and the buses"),
    ("en", "An end to the sell-off of the parks"),
    ("es", "No al cierre de la escuela de nuestro barrio"),
    ("es", "Por la defensa de la sanidad pública y de los hospitales"),
    ("de", "Für die Rückkehr der Bücherei in die Hand der Stadt"),
    ("fr", "Pour le retour de la bibliothèque dans les mains de la ville"),
    ("ar", "لا للحرب على العمال في كل مكان"),
]


@cache
def demands() -> list[tuple[str, str]]:
    """(lang, plain text) of every demand of a generated corpus, and the written ones."""
    found = list(WRITTEN)
    for source in corpus(25, seed=3):
        for demand in source.demands:
            text = Markup(inline_markdown_to_html(demand, source.lang)).striptags()
            if len(words_of(text)) >= 3:
                found.append((source.lang, text))
    return found


def hanging(lines: list[list[str]], cased: list[str], lang: str) -> int:
    """What a breaking leaves hanging: each function word at a line's end before the
    last line (a line ending "of the" leaves two), and a name broken between its words
    counts two."""
    names = sentence_case(cased)
    total, position = 0, 0
    for line in lines[:-1]:
        position += len(line)
        if names and all(cased[i][:1].isupper() for i in (position - 1, position)):
            total += 2
            continue
        for word in reversed(line):
            if not is_function_word(word, lang):
                break
            total += 1
    return total


def breakings(words: list[str], count: int):
    """Every breaking of ``words`` in ``count`` lines of two words or more."""
    for cuts in itertools.combinations(range(2, len(words) - 1), count - 1):
        edges = (0, *cuts, len(words))
        if all(b - a >= 2 for a, b in zip(edges, edges[1:])):
            yield [words[a:b] for a, b in zip(edges, edges[1:])]


def as_set(word: str) -> str:
    """A word as the display sets it: in capitals, hashtags and URLs in their own case."""
    return word if UNBROKEN_TOKEN.search(word) else word.upper()


@cache
def line_width(line: tuple[str, ...]) -> float:
    return shaped_width_pt(" ".join(as_set(word) for word in line), 1, DISPLAY_HEAVY)


def widest(lines: list[list[str]]) -> float:
    return max(line_width(tuple(line)) for line in lines)


@pytest.mark.parametrize("box", BOXES)
def test_function_words_stay_with_the_word_after_them(box):
    width, height, largest = BOXES[box]
    checked = 0
    for lang, text in demands():
        pitch, ink = line_pitch_em([text.upper()], 0.95)
        fit = set_display(text, width, height, leading=pitch, depth=ink, max_pt=largest,
                          lang=lang)
        lines = [words_of(line) for line in fit.lines]
        words = [word for line in lines for word in line]
        assert words == words_of(text)
        for line in lines:  # within the measure (the size is rounded to 0.01 pt)
            assert line_width(tuple(line)) * fit.size_pt <= width * SAFETY * 1.001, (text, fit)
        if len(lines) < 2 or len(words) < 3:
            continue
        # never a line of function words alone ("OF THE")
        assert not any(all(is_function_word(w, lang) for w in line) for line in lines), (
            lang, fit.lines)
        if len(words) > MOST_WORDS:
            continue
        # no breaking nearly as balanced leaves fewer function words hanging
        others = [b for b in breakings(words, len(lines))
                  if not any(all(is_function_word(w, lang) for w in line) for line in b)]
        narrowest = min(widest(b) for b in others)
        similar = [b for b in others if widest(b) <= narrowest * (1 + SIMILAR)]
        least = min(hanging(b, words, lang) for b in similar)
        assert hanging(lines, words, lang) <= least, (lang, fit.lines, [
            [" ".join(line) for line in b] for b in similar if hanging(b, words, lang) == least])
        checked += 1
    assert checked > 40


@pytest.mark.parametrize("lang, text, lines", [
    ("en", "Down with the coup regime", ["Down with", "the coup regime"]),
    ("en", "Bring Marsh Lane back to the council", ["Bring Marsh Lane", "back to the council"]),
    ("es", "No al cierre de la escuela de nuestro barrio",
     ["No al cierre", "de la escuela", "de nuestro barrio"]),
    ("de", "Für die Rückkehr der Bücherei in die Hand der Stadt",
     ["Für die Rückkehr", "der Bücherei", "in die Hand", "der Stadt"]),
])
def test_demands_break_by_sense(lang, text, lines):
    """On a story card: the article with its noun, a street's name whole."""
    width, height, largest = BOXES["story-card"]
    pitch, ink = line_pitch_em([text.upper()], 0.95)
    fit = set_display(text, width, height, leading=pitch, depth=ink, max_pt=largest, lang=lang)
    assert list(fit.lines) == lines


def test_function_words_by_language():
    """"die" is an article in German, not in English; "de" a preposition in Spanish and
    French; "à" in French; Arabic's في and من."""
    assert is_function_word("DIE", "de") and not is_function_word("die", "en")
    assert is_function_word("de", "es") and is_function_word("De", "fr")
    assert not is_function_word("de", "en") and is_function_word("À", "fr")
    assert is_function_word("في", "ar") and is_function_word("«من", "ar")
    assert is_function_word("the,", None)  # unknown language: every list
