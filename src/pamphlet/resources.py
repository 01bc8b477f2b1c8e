"""Where the built-in data lives: layouts, fonts, ICC profiles, hyphenation patterns.

An installed wheel carries them in ``pamphlet/data``; a source checkout keeps them at
the repository root (``layouts/``, ``fonts/``), as docs/architecture.md describes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def data_root() -> Path:
    """The folder holding the built-in ``layouts/`` and ``fonts/``."""
    packaged = Path(__file__).resolve().parent / "data"
    if (packaged / "layouts").is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "layouts").is_dir() and (checkout / "fonts").is_dir():
        return checkout
    raise RuntimeError("pamphlet is installed without its layouts and fonts")


def builtin_layouts_dir() -> Path:
    return data_root() / "layouts"


def fonts_dir() -> Path:
    return data_root() / "fonts"


#: ICC output profiles shipped with pamphlet, by the name printer profiles use.
BUILTIN_ICC = {"FOGRA39": "FOGRA39-pamphlet.icc"}


def icc_dir() -> Path:
    return data_root() / "icc"


def hyphenation_dir() -> Path:
    """Hyphenation patterns made at build time (hyphenation/README.md)."""
    return data_root() / "hyphenation"


def package_roots() -> tuple[Path, ...]:
    """The package data a document may read: built-in layouts, fonts, ICC profiles."""
    return (builtin_layouts_dir(), fonts_dir(), icc_dir())


def _font_faces() -> list[tuple[str, str]]:
    """(family, file) for each @font-face of ``fonts/fonts.css``, in order."""
    import re

    css = (fonts_dir() / "fonts.css").read_text(encoding="utf-8")
    return re.findall(r'font-family:\s*"([^"]+)";[^}]*src:\s*url\("([^"]+)"\)', css)


def bundled_font_families() -> tuple[str, ...]:
    """The font families fonts.css declares (the only ones pamphlet sets type in)."""
    return tuple(dict.fromkeys(family for family, _ in _font_faces()))


def bundled_font_names() -> dict[str, str]:
    """Each fonts.css family with the name its font files give themselves (for colophons)."""
    from fontTools.ttLib import TTFont

    names: dict[str, str] = {}
    for family, file in _font_faces():
        if family not in names:  # the first file a family declares is its regular face
            names[family] = TTFont(fonts_dir() / file, lazy=True)["name"].getDebugName(1)
    return names


def bundled_font_base_names() -> tuple[str, ...]:
    """Every name a PDF may give a face pamphlet sets type in, as a PDF's /BaseFont
    writes it (spaces as hyphens): the fonts.css families, and the families and
    PostScript names the bundled files give themselves (what fontconfig, which sees only
    fonts/, answers for a generic family such as monospace)."""
    from fontTools.ttLib import TTFont

    names = dict.fromkeys(bundled_font_families())
    for path in sorted(fonts_dir().glob("*.[ot]tf")):
        table = TTFont(path, lazy=True)["name"]
        names.update(dict.fromkeys(filter(None, (table.getDebugName(n) for n in (1, 4, 6, 16)))))
    return tuple(name.replace(" ", "-") for name in names)
