"""Which characters the bundled fonts can draw, and where a statement uses others.

Checked before typesetting: WeasyPrint would silently draw an empty box (fontconfig sees no
other font), so a character no bundled face has is an error naming it and its line.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont

from pamphlet.errors import SourceError
from pamphlet.resources import fonts_dir


@cache
def drawable_characters(folder: Path | None = None) -> frozenset[int]:
    """Every code point some bundled font has a glyph for."""
    points: set[int] = set()
    for path in sorted((folder or fonts_dir()).glob("*.ttf")):
        points.update(TTFont(path, lazy=True).getBestCmap())
    return frozenset(points)


@dataclass(frozen=True)
class MissingCharacter:
    char: str
    line: int

    def describe(self) -> str:
        name = unicodedata.name(self.char, "unnamed")
        return f"U+{ord(self.char):04X} {name} '{self.char}' (line {self.line})"


def missing_characters(text: str) -> list[MissingCharacter]:
    """The characters of ``text`` no bundled font can draw, first occurrence of each."""
    drawable = drawable_characters()
    seen: set[str] = set()
    missing = []
    for number, line in enumerate(text.split("\n"), 1):
        for char in line:
            if char in seen or ord(char) in drawable or not char.isprintable():
                continue
            if unicodedata.category(char) in ("Zs", "Cf"):  # spaces, joiners: drawn as space
                continue
            seen.add(char)
            missing.append(MissingCharacter(char, number))
    return missing


def check_drawable(path: Path, text: str) -> None:
    """Raise ``SourceError`` naming every character of ``text`` the fonts cannot draw."""
    missing = missing_characters(text)
    if missing:
        shown = "; ".join(m.describe() for m in missing[:8])
        more = f" and {len(missing) - 8} more" if len(missing) > 8 else ""
        raise SourceError(path, f"the bundled fonts cannot draw {shown}{more}; replace these "
                                "characters or ask for a font that has them", missing[0].line)
