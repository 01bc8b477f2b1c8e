"""``collection.toml``: the book's title page and imprint (title, subtitle, editor,
publisher, edition, licence, ISBN), its cover (blurb, image, spine), the language of its
own words (contents, index, colophon), and how its statements are ordered and grouped.

Read with the one validation policy (config/schema.py); paths in it are relative to the
manifest's own folder and must stay inside the workspace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pamphlet.config.schema import MAX_TOML_BYTES, Problems, read_dataclass, read_toml, setting
from pamphlet.config.workspace import Workspace
from pamphlet.files import RefusedFile, check_within, read_limited
from pamphlet.render.barcode import IsbnError, isbn13
from pamphlet.render.words import WORDS


def _book_language(lang: str) -> bool:
    return lang.split("-")[0].lower() in WORDS


def _booklet_pages(pages: int) -> bool:
    return pages % 4 == 0


def _line_of(path: Path, key: str) -> int | None:
    """The line of a top-level ``key = …`` in a TOML file (tomllib gives no lines)."""
    try:
        lines = read_limited(path, MAX_TOML_BYTES).decode("utf-8").splitlines()
    except (OSError, RefusedFile, UnicodeDecodeError):
        return None
    for number, line in enumerate(lines, 1):
        if line.lstrip().startswith("["):
            return None
        if re.match(rf"\s*{key}\s*=", line):
            return number
    return None


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
    #: The language of the book's own words (contents, index, colophon): one pamphlet
    #: has words for; else the workspace's ``[defaults] lang``.
    lang: str = ""
    period: str = ""
    #: Who edited the book and who publishes it (the title page; the imprint page).
    editor: str = ""
    publisher: str = ""
    #: "First edition", "Second, revised edition": the imprint page, beside its date.
    edition: str = ""
    licence: str = ""
    #: As written (checked by load_manifest): ISBN-13, or ISBN-10; hyphens or spaces.
    isbn: str = ""
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
    #: "" for the workspace's language.
    lang: str = ""
    period: str = ""
    editor: str = ""
    publisher: str = ""
    edition: str = ""
    licence: str = ""
    #: The ISBN-13 (an ISBN-10 converted), hyphenated as written: the barcode's number.
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
        try:
            check_within(folder / name, root)
        except RefusedFile as error:
            problems.add(f"'{key}': '{name}' {error}")
            return None
        file = (folder / name).resolve()
        if not file.is_relative_to(root) or (must_exist and not file.is_file()):
            problems.add(f"'{key}': no file '{name}' in the workspace")
            return None
        return file

    manifest = Manifest(title=spec.title, subtitle=spec.subtitle, lang=spec.lang,
                        period=spec.period,
                        editor=spec.editor, publisher=spec.publisher, edition=spec.edition,
                        licence=spec.licence, blurb=spec.blurb,
                        spine=spec.spine, index_tags=spec.index_tags,
                        group_by=spec.group_by, booklet_max_pages=spec.booklet_max_pages)
    if spec.lang and not _book_language(spec.lang):
        manifest.lang = ""
        problems.add(f"'lang': {spec.lang!r} is not a language pamphlet has words for "
                     f"(one of {', '.join(WORDS)})", line=_line_of(path, "lang"))
    if spec.isbn:
        try:
            manifest.isbn = isbn13(spec.isbn)
        except IsbnError as problem:
            manifest.isbn = ""
            problems.add(f"'isbn': {spec.isbn!r} is not an ISBN: {problem}",
                         line=_line_of(path, "isbn"))
    manifest.intro = inside("intro", spec.intro) if spec.intro else None
    manifest.cover_image = inside("cover_image", spec.cover_image) if spec.cover_image else None
    manifest.statements = [p for name in spec.statements
                           if (p := inside("statements", name, must_exist=False))]
    for number, part in enumerate(spec.parts, 1):
        manifest.parts.append((part.title, [p for name in part.statements if (
            p := inside(f"parts[{number}].statements", name, must_exist=False))]))
    problems.raise_if_any()
    return manifest
