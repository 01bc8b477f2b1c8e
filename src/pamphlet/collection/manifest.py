"""The bound collection: many statements in one book (``pamphlet collection``).

Statements are ordered by date (undated ones last, with a warning) or as a manifest lists
them, grouped into optional parts (by year, by tag, or as the manifest says), and set as
one document through a book layout: the contents, running heads, bookmarks and the index
of demands then point at the pages things really land on. Targets: screen (one PDF),
office (saddle-stitched booklets on A4, or plain duplex A4 pages), print (the book block as
PDF/X with bleed, and a separate cover with a spine sized from the page count).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from markupsafe import Markup

from pamphlet.config.workspace import Target, Workspace
from pamphlet.errors import ConfigError, PamphletError
from pamphlet.render.layouts import get_layout
from pamphlet.load.markup import markdown_to_html, typographic
from pamphlet.collection.book import BookSetter
from pamphlet.render.html import RenderContext, format_dateline, render_book_html
from pamphlet.load.sources import Statement, load_all, read_source_text

log = logging.getLogger("pamphlet")

TRIMS = {"a5": "collection", "a4": "collection-a4"}
#: Words of the book's own pages, by language (English for any other).
WORDS = {
    "en": {"contents": "Contents", "introduction": "Introduction", "index": "Index of demands",
           "notes": "Notes", "set_in": "Set in", "edition": "This edition:"},
    "es": {"contents": "Índice", "introduction": "Introducción", "index": "Índice de demandas",
           "notes": "Notas", "set_in": "Compuesto en", "edition": "Esta edición:"},
    "de": {"contents": "Inhalt", "introduction": "Einleitung", "index": "Verzeichnis der "
           "Forderungen", "notes": "Notizen", "set_in": "Gesetzt in", "edition": "Ausgabe:"},
    "fr": {"contents": "Sommaire", "introduction": "Introduction", "index": "Index des "
           "revendications", "notes": "Notes", "set_in": "Composé en", "edition": "Édition :"},
}


@dataclass
class Manifest:
    """``collection.toml``: the book's title and how its statements are ordered and grouped."""

    title: str = "Statements"
    subtitle: str = ""
    period: str = ""
    intro: Path | None = None
    #: An image for the cover (inside the workspace; print checks its resolution).
    cover_image: Path | None = None
    #: None, "year" or "tag"; or explicit parts in ``parts``.
    group_by: str | None = None
    statements: list[Path] = field(default_factory=list)
    parts: list[tuple[str, list[Path]]] = field(default_factory=list)
    #: Office booklets: most pages one staple holds (a multiple of 4).
    booklet_max_pages: int = 48


def load_manifest(path: Path, workspace: Workspace) -> Manifest:
    """Read and check ``collection.toml``; paths in it are relative to the workspace."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read ({error.strerror})") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from None
    known = {"title", "subtitle", "period", "intro", "cover_image", "group_by", "statements",
             "parts", "booklet_max_pages"}
    for key in sorted(data.keys() - known):
        log.warning("%s: unrecognised key '%s'", path, key)
    manifest = Manifest()
    for key in ("title", "subtitle", "period"):
        if key in data:
            if not isinstance(data[key], str):
                raise ConfigError(f"{path}: '{key}': expected text, got {data[key]!r}")
            setattr(manifest, key, data[key].strip())
    for key in ("intro", "cover_image"):
        if key in data:
            file = (workspace.root / str(data[key])).resolve()
            if not file.is_relative_to(workspace.root.resolve()) or not file.is_file():
                raise ConfigError(f"{path}: '{key}': no file '{data[key]}' in the workspace")
            setattr(manifest, key, file)
    if data.get("group_by") not in (None, "year", "tag"):
        raise ConfigError(f"{path}: 'group_by': expected \"year\" or \"tag\", "
                          f"got {data['group_by']!r}")
    manifest.group_by = data.get("group_by")
    manifest.statements = [workspace.root / str(p) for p in data.get("statements", [])]
    for part in data.get("parts", []):
        if not (isinstance(part, dict) and isinstance(part.get("title"), str)
                and isinstance(part.get("statements"), list)):
            raise ConfigError(f"{path}: each [[parts]] needs a title and a statements list")
        manifest.parts.append((part["title"], [workspace.root / str(p)
                                               for p in part["statements"]]))
    pages = data.get("booklet_max_pages", manifest.booklet_max_pages)
    if not (isinstance(pages, int) and pages >= 8 and pages % 4 == 0):
        raise ConfigError(f"{path}: 'booklet_max_pages': expected a multiple of 4 from 8, "
                          f"got {pages!r}")
    manifest.booklet_max_pages = pages
    return manifest


@dataclass
class Part:
    title: str
    statements: list[Statement]


def arrange(statements: list[Statement], manifest: Manifest) -> list[Part]:
    """Parts in reading order: the manifest's, or by date with undated statements last."""
    by_path = {s.src_path.resolve(): s for s in statements}
    if manifest.parts:
        return [Part(title, [by_path[p.resolve()] for p in paths if p.resolve() in by_path])
                for title, paths in manifest.parts]
    if manifest.statements:
        ordered = [by_path[p.resolve()] for p in manifest.statements if p.resolve() in by_path]
    else:
        undated = [s for s in statements if s.date is None]
        for statement in undated:
            log.warning("%s: no date; placed after the dated statements", statement.src_path)
        ordered = sorted((s for s in statements if s.date), key=lambda s: (s.date, s.title))
        ordered += sorted(undated, key=lambda s: s.title)
    if manifest.group_by == "year":
        years: dict[str, list[Statement]] = {}
        for statement in ordered:
            years.setdefault(str(statement.date.year) if statement.date else "Undated",
                             []).append(statement)
        return [Part(year, group) for year, group in years.items()]
    if manifest.group_by == "tag":
        tags: dict[str, list[Statement]] = {}
        for statement in ordered:
            tags.setdefault(statement.tags[0] if statement.tags else "Other",
                            []).append(statement)
        return [Part(tag.capitalize(), group) for tag, group in tags.items()]
    return [Part("", ordered)]


@dataclass
class CollectionResult:
    """What ``pamphlet collection`` wrote."""

    out_paths: list[Path]
    pages: int
    statements: int
    notes: list[str] = field(default_factory=list)


def build_collection(workspace: Workspace, paths: list[Path] | None = None,
                     manifest_path: Path | None = None, trim: str = "a5",
                     target: Target = Target.SCREEN, out_path: Path | None = None,
                     printer_name: str | None = None, strict: bool = False,
                     jobs: int = 1) -> CollectionResult:
    """Build the book (and, for print, its cover) from the workspace's statements.

    Statements are set in chunks (``jobs`` in parallel, cached by their inputs), then the
    book is stitched (book.py, stitch.py): unchanged chunks are never set again.
    """
    from pamphlet.build.run import workspace_pdf_date
    from pamphlet.resources import package_roots
    from pamphlet.targets.base import press_settings

    if trim not in TRIMS:
        raise PamphletError(f"--trim: expected a5 or a4, got {trim!r}")
    manifest = load_manifest(manifest_path, workspace) if manifest_path else Manifest()
    sources = paths or manifest.statements or [p for _, ps in manifest.parts for p in ps] \
        or workspace.source_paths()
    statements, problems = load_all(sources, workspace.config)
    if problems:
        raise PamphletError("\n".join(str(p) for p in problems))
    if not statements:
        raise PamphletError(f"{workspace.sources_dir}: no statements for the collection")
    layout = get_layout(TRIMS[trim], workspace.layouts_dir)
    press = press_settings(workspace, printer_name) if target is Target.PRINT else None
    context = RenderContext(workspace.config, target, workspace.layouts_dir,
                            workspace_pdf_date(workspace, statements),
                            press.printer if press else None)
    book = _book_values(workspace, manifest, statements, context.pdf_date)
    setter = BookSetter(workspace, layout, context, press, strict,
                         (workspace.root, *package_roots()), jobs)
    pdf, pages = setter.set_book(book, arrange(statements, manifest),
                                 pad_to_four=target is Target.OFFICE and trim == "a5")
    out_path = out_path or workspace.root / "build" / f"collection.{trim}.{target.value}.pdf"
    return _write(pdf, pages, len(statements), out_path, target, trim, manifest, setter, book)


def _write(pdf: bytes, pages: int, count: int, out_path: Path, target: Target, trim: str,
           manifest: Manifest, setter: "BookSetter", book: dict) -> CollectionResult:
    """Finish the stitched book for its target and write it (and a print cover)."""
    from pamphlet.pdf.pdfx import write_atomically
    from pamphlet.targets.base import finish

    identifier = hashlib.md5(pdf).hexdigest()
    result = CollectionResult([], pages, count)
    if target is Target.OFFICE and trim == "a5":
        from pamphlet.pdf.pdfx import BOOKLET_FOLD, impose_booklets

        booklets = impose_booklets(pdf, manifest.booklet_max_pages)
        names = ([out_path] if len(booklets) == 1 else
                 [out_path.with_name(f"{out_path.stem}.booklet-{n}{out_path.suffix}")
                  for n in range(1, len(booklets) + 1)])
        for name, booklet in zip(names, booklets):
            write_atomically(booklet, name)
        result.out_paths += names
        result.notes.append(BOOKLET_FOLD)
        if len(booklets) > 1:
            result.notes.append(f"{pages} pages are too many for one staple: "
                                f"{len(booklets)} booklets of at most "
                                f"{manifest.booklet_max_pages} pages each")
        return result
    finished, note = finish(pdf, identifier, target, setter.layout, setter.press)
    write_atomically(finished, out_path)
    result.out_paths.append(out_path)
    result.notes += [note] if note else []
    if target is Target.PRINT:
        cover_path = out_path.with_name(f"{out_path.stem}.cover.pdf")
        write_atomically(_print_cover(setter, book, pages), cover_path)
        result.out_paths.append(cover_path)
    return result


def _book_values(workspace: Workspace, manifest: Manifest, statements: list[Statement],
                 edition: dt.date | None) -> dict:
    config = workspace.config
    lang = config.defaults.lang
    edition = edition or dt.date(1970, 1, 1)
    intro_html = ""
    if manifest.intro:
        intro_html = Markup(markdown_to_html(read_source_text(manifest.intro), lang))
    dates = sorted(s.date for s in statements if s.date)
    period = manifest.period or (f"{dates[0].year}–{dates[-1].year}"
                                 if dates and dates[0].year != dates[-1].year
                                 else str(dates[0].year) if dates else "")
    from pamphlet.resources import bundled_font_names

    contact = ", ".join(v for v in (config.organisation.address, config.organisation.web,
                                    config.organisation.email) if v)
    return {
        "title": typographic(manifest.title, lang),
        "subtitle": typographic(manifest.subtitle, lang),
        "period": period,
        "organisation": typographic(config.organisation.name, lang),
        "lang": lang,
        "cover": True,
        "intro_html": intro_html,
        "imprint": config.imprint.text,
        "contact": contact,
        "fonts": " and ".join(bundled_font_names()[family]
                              for family in ("Pamphlet Text", "Pamphlet Display")),
        "edition": format_dateline(edition, lang),
        "edition_iso": edition.isoformat(),
        "words": WORDS.get(lang.split("-")[0], WORDS["en"]),
        "note_lines": 18,
        "notes_pages": 0,
        "cover_image": manifest.cover_image.as_uri() if manifest.cover_image else "",
        "index_page": None,
        "mode": "book",
    }


def spine_width_mm(pages: int, paper_mm: float) -> float:
    """The spine of a perfect-bound book: one sheet per two pages."""
    return round((pages + 1) // 2 * paper_mm, 2)


def _print_cover(setter: "BookSetter", book: dict, pages: int) -> bytes:
    """The cover for perfect binding: back, spine and front on one sheet, with bleed."""
    from pamphlet.targets.base import finish, typeset_options

    paper = setter.workspace.config.binding.paper_thickness_mm
    spine = spine_width_mm(pages, paper)
    page = setter.layout.page
    cover_layout = replace(setter.layout, template="collection/cover.html.j2", page=replace(
        page, width_mm=2 * page.width_mm + spine, margin_top_mm=15, margin_right_mm=15,
        margin_bottom_mm=15, margin_left_mm=15, mirrored=False))
    html = render_book_html({**book, "spine_mm": spine, "trim_mm": page.width_mm}, [], [],
                            cover_layout, setter.context)
    from pamphlet.typeset.engine import typeset

    result = typeset(html, setter.workspace.root, setter.layout.stylesheets, setter.roots,
                     typeset_options(Target.PRINT, cover_layout, setter.press, False))
    pdf, _ = finish(result.pdf, result.identifier, Target.PRINT, cover_layout, setter.press)
    return pdf
