"""``collection.toml``: the book's title page and imprint (title, subtitle, editor,
publisher, edition, licence, ISBN), its cover (blurb, image, spine), and how its statements
are ordered and grouped.

Read with the one validation policy (config/schema.py); paths in it are relative to the
manifest's own folder and must stay inside the workspace.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pamphlet.config.schema import Problems, read_dataclass, read_toml, setting
from pamphlet.config.workspace import Workspace


def _booklet_pages(pages: int) -> bool:
    return pages % 4 == 0


def isbn_valid(isbn: str) -> bool:
    """An ISBN-13 or ISBN-10 (hyphens and spaces allowed) whose check digit is right."""
    digits = isbn.replace("-", "").replace(" ", "").upper()
    if len(digits) == 13 and digits.isdigit():
        return sum(int(d) * (3 if n % 2 else 1) for n, d in enumerate(digits)) % 10 == 0
    if len(digits) == 10 and digits[:9].isdigit() and (digits[9].isdigit() or digits[9] == "X"):
        values = [int(d) for d in digits[:9]] + [10 if digits[9] == "X" else int(digits[9])]
        return sum((10 - n) * v for n, v in enumerate(values)) % 11 == 0
    return False


@dataclass(frozen=True)
class PartTable:
    """``[[parts]]``: a titled group of statements."""

    title: str = setting("", nonempty=True)
    statements: tuple[str, ...] = setting((), nonempty=True,
                                          expected="a list of statement files")


@dataclass(frozen=True)
class ManifestFile:
    """``collection.toml`` as written."""

    title: str = setting("Statements", nonempty=True)
    subtitle: str = ""
    period: str = ""
    #: Who edited the book and who publishes it (the title page; the imprint page).
    editor: str = ""
    publisher: str = ""
    #: "First edition", "Second, revised edition": the imprint page, beside its date.
    edition: str = ""
    licence: str = ""
    isbn: str = setting("", check=lambda v: not v or isbn_valid(v),
                        expected="an ISBN-13 or ISBN-10 with a right check digit")
    #: The back cover's text.
    blurb: str = ""
    intro: str = ""
    #: An image for the cover (inside the workspace; print checks its resolution).
    cover_image: str = ""
    #: How the spine's text reads: top to bottom (English, French) or bottom to top (the
    #: German convention).
    spine: Literal["top-to-bottom", "bottom-to-top"] = "top-to-bottom"
    #: Index the statements' tags beside their demands.
    index_tags: bool = False
    group_by: Literal["year", "tag"] | None = None
    statements: tuple[str, ...] = setting((), expected="a list of statement files")
    parts: tuple[PartTable, ...] = ()
    #: Office booklets: most pages one staple holds (a multiple of 4).
    booklet_max_pages: int = setting(48, low=8, high=400, check=_booklet_pages,
                                     expected="a multiple of 4 from 8")


@dataclass
class Manifest:
    """The manifest with its paths resolved."""

    title: str = "Statements"
    subtitle: str = ""
    period: str = ""
    editor: str = ""
    publisher: str = ""
    edition: str = ""
    licence: str = ""
    isbn: str = ""
    blurb: str = ""
    spine: str = "top-to-bottom"
    index_tags: bool = False
    intro: Path | None = None
    cover_image: Path | None = None
    #: None, "year" or "tag"; or explicit parts in ``parts``.
    group_by: str | None = None
    statements: list[Path] = field(default_factory=list)
    parts: list[tuple[str, list[Path]]] = field(default_factory=list)
    booklet_max_pages: int = 48


def load_manifest(path: Path, workspace: Workspace) -> Manifest:
    """Read and check ``collection.toml``; every problem is reported at once."""
    problems = Problems(path)
    spec = read_dataclass(ManifestFile, read_toml(path), problems)
    folder, root = path.parent.resolve(), workspace.root.resolve()

    def inside(key: str, name: str, must_exist: bool = True) -> Path | None:
        file = (folder / name).resolve()
        written = Path(os.path.normpath(folder / name))  # as written, links not followed
        if not file.is_relative_to(root) and written.is_relative_to(root):
            problems.add(f"'{key}': '{name}' is a symlink leading out of the workspace (to "
                         f"{file})")
            return None
        if not file.is_relative_to(root) or (must_exist and not file.is_file()):
            problems.add(f"'{key}': no file '{name}' in the workspace")
            return None
        return file

    manifest = Manifest(title=spec.title, subtitle=spec.subtitle, period=spec.period,
                        editor=spec.editor, publisher=spec.publisher, edition=spec.edition,
                        licence=spec.licence, isbn=spec.isbn, blurb=spec.blurb,
                        spine=spec.spine, index_tags=spec.index_tags,
                        group_by=spec.group_by, booklet_max_pages=spec.booklet_max_pages)
    manifest.intro = inside("intro", spec.intro) if spec.intro else None
    manifest.cover_image = inside("cover_image", spec.cover_image) if spec.cover_image else None
    manifest.statements = [p for name in spec.statements
                           if (p := inside("statements", name, must_exist=False))]
    for number, part in enumerate(spec.parts, 1):
        manifest.parts.append((part.title, [p for name in part.statements if (
            p := inside(f"parts[{number}].statements", name, must_exist=False))]))
    problems.raise_if_any()
    return manifest
