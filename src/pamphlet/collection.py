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
import logging
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from markupsafe import Markup

from pamphlet.config import Target, Workspace
from pamphlet.errors import ConfigError, PamphletError
from pamphlet.layouts import Layout, get_layout
from pamphlet.markup import markdown_to_html, typographic
from pamphlet.render import RenderContext, format_dateline, render_book_html, statement_values
from pamphlet.sources import Statement, load_all, read_source_text

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
    known = {"title", "subtitle", "period", "intro", "group_by", "statements", "parts",
             "booklet_max_pages"}
    for key in sorted(data.keys() - known):
        log.warning("%s: unrecognised key '%s'", path, key)
    manifest = Manifest()
    for key in ("title", "subtitle", "period"):
        if key in data:
            if not isinstance(data[key], str):
                raise ConfigError(f"{path}: '{key}': expected text, got {data[key]!r}")
            setattr(manifest, key, data[key].strip())
    if "intro" in data:
        manifest.intro = workspace.root / str(data["intro"])
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
                     printer_name: str | None = None, strict: bool = False
                     ) -> CollectionResult:
    """Build the book (and, for print, its cover) from the workspace's statements."""
    from pamphlet.build import workspace_pdf_date
    from pamphlet.resources import package_roots
    from pamphlet.targets import press_settings, typeset_options
    from pamphlet.typeset import typeset

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
    parts = arrange(statements, manifest)
    book = _book_values(workspace, manifest, statements, context.pdf_date)
    out_path = out_path or workspace.root / "build" / f"collection.{trim}.{target.value}.pdf"
    options = typeset_options(target, layout, press, strict)
    roots = (workspace.root, *package_roots())

    def set_book(notes_pages: int):
        html = render_book_html({**book, "notes_pages": notes_pages},
                                *_parts_and_index(parts, layout, context), layout, context)
        return typeset(html, workspace.root, layout.stylesheets, roots, options)

    result = set_book(0)
    if target is Target.OFFICE and trim == "a5":
        spare = -result.page_count % 4  # planned notes pages, not silent blanks
        if spare:
            result = set_book(spare)
            if result.page_count % 4:  # a notes page moved a break: pad with one more round
                result = set_book(spare + (-result.page_count % 4))
    for warning in result.warnings:
        log.warning("collection: %s", warning)
    from pamphlet.finish import write_atomically

    written, notes = [], []
    if target is Target.OFFICE and trim == "a5":
        from pamphlet.finish import impose_booklets

        booklets = impose_booklets(result.pdf, manifest.booklet_max_pages)
        names = ([out_path] if len(booklets) == 1 else
                 [out_path.with_name(f"{out_path.stem}.booklet-{n}{out_path.suffix}")
                  for n in range(1, len(booklets) + 1)])
        for name, pdf in zip(names, booklets):
            write_atomically(pdf, name)
            written.append(name)
        notes.append("print on A4, double-sided, flip on short edge; fold in half and staple")
        if len(booklets) > 1:
            notes.append(f"{result.page_count} pages are too many for one staple: "
                         f"{len(booklets)} booklets of at most {manifest.booklet_max_pages} "
                         "pages each")
    elif target is Target.PRINT:
        from pamphlet.targets import finish

        pdf, _ = finish(result.pdf, result.identifier, target, layout, press)
        write_atomically(pdf, out_path)
        cover_path = out_path.with_name(f"{out_path.stem}.cover.pdf")
        write_atomically(_print_cover(workspace, book, layout, context, press, result.page_count,
                                      roots), cover_path)
        written += [out_path, cover_path]
    else:
        pdf, note = result.pdf, ""
        if target is Target.OFFICE:
            from pamphlet.targets import finish

            pdf, note = finish(pdf, result.identifier, target, layout, press)
        write_atomically(pdf, out_path)
        written.append(out_path)
        notes += [note] if note else []
    return CollectionResult(written, result.page_count, len(statements), notes)


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
    from pamphlet.resources import bundled_font_families

    faces = {"Pamphlet Text": "Noto Serif", "Pamphlet Display": "Noto Sans Condensed"}
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
        "fonts": " and ".join(faces.get(f, f) for f in bundled_font_families() if f in faces),
        "edition": format_dateline(edition, lang),
        "edition_iso": edition.isoformat(),
        "words": WORDS.get(lang.split("-")[0], WORDS["en"]),
        "note_lines": 18,
    }


def _parts_and_index(parts: list[Part], layout: Layout, context: RenderContext
                     ) -> tuple[list[dict], list[dict]]:
    """Template values for each part and statement, and the index of demands."""
    seen: dict[str, int] = {}
    rendered, index = [], []
    for number, part in enumerate(parts, 1):
        entries = []
        for statement in part.statements:
            values = statement_values(statement, layout, context)
            slug = statement.slug
            seen[slug] = seen.get(slug, 0) + 1
            ident = f"s-{slug}" if seen[slug] == 1 else f"s-{slug}-{seen[slug]}"
            values.update(id=ident)
            entries.append(values)
            for position, demand in enumerate(values["demands"], 1):
                index.append({"html": Markup(str(demand["html"]).replace("<br>", " ")),
                              "statement_title": values["title"],
                              "target": f"{ident}-demand-{position}"})
        rendered.append({"title": part.title, "id": f"part-{number}", "statements": entries})
    return rendered, index


#: Paper thickness for the spine when pamphlet.toml does not say (80 g/m² uncoated).
DEFAULT_PAPER_MM = 0.1


def spine_width_mm(pages: int, paper_mm: float) -> float:
    """The spine of a perfect-bound book: one sheet per two pages."""
    return round((pages + 1) // 2 * paper_mm, 2)


def _print_cover(workspace: Workspace, book: dict, layout: Layout, context: RenderContext,
                 press, pages: int, roots: tuple[Path, ...]) -> bytes:
    """The cover for perfect binding: back, spine and front on one sheet, with bleed."""
    from pamphlet.targets import finish, typeset_options
    from pamphlet.typeset import typeset

    paper = workspace.config.binding.paper_thickness_mm
    spine = spine_width_mm(pages, paper)
    page = layout.page
    cover_layout = replace(layout, page=replace(
        page, width_mm=2 * page.width_mm + spine, margin_top_mm=15, margin_right_mm=15,
        margin_bottom_mm=15, margin_left_mm=15, mirrored=False))
    html = render_book_html({**book, "spine_mm": spine, "trim_mm": page.width_mm},
                            [], [], replace(cover_layout, template="collection/cover.html.j2"),
                            context)
    result = typeset(html, workspace.root, layout.stylesheets, roots,
                     typeset_options(Target.PRINT, cover_layout, press, False))
    pdf, _ = finish(result.pdf, result.identifier, Target.PRINT, cover_layout, press)
    return pdf

