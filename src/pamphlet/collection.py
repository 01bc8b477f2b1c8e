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

    Each statement is set alone as a chapter (``jobs`` in parallel, cached), then the book
    is stitched (see stitch.py): unchanged statements are never set again.
    """
    from pamphlet.build import workspace_pdf_date
    from pamphlet.resources import package_roots
    from pamphlet.targets import press_settings

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
    setter = _BookSetter(workspace, layout, context, press, strict,
                         (workspace.root, *package_roots()), jobs)
    pdf, pages = setter.set_book(book, arrange(statements, manifest),
                                 pad_to_four=target is Target.OFFICE and trim == "a5")
    out_path = out_path or workspace.root / "build" / f"collection.{trim}.{target.value}.pdf"
    return _write(pdf, pages, len(statements), out_path, target, trim, manifest, setter, book)


def _write(pdf: bytes, pages: int, count: int, out_path: Path, target: Target, trim: str,
           manifest: Manifest, setter: "_BookSetter", book: dict) -> CollectionResult:
    """Finish the stitched book for its target and write it (and a print cover)."""
    from pamphlet.finish import write_atomically
    from pamphlet.targets import finish

    identifier = hashlib.md5(pdf).hexdigest()
    result = CollectionResult([], pages, count)
    if target is Target.OFFICE and trim == "a5":
        from pamphlet.finish import impose_booklets

        booklets = impose_booklets(pdf, manifest.booklet_max_pages)
        names = ([out_path] if len(booklets) == 1 else
                 [out_path.with_name(f"{out_path.stem}.booklet-{n}{out_path.suffix}")
                  for n in range(1, len(booklets) + 1)])
        for name, booklet in zip(names, booklets):
            write_atomically(booklet, name)
        result.out_paths += names
        result.notes.append("print on A4, double-sided, flip on short edge; fold in half "
                            "and staple")
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


class _BookSetter:
    """Sets the parts of a stitched book: chapters, front and back matter, leaves."""

    def __init__(self, workspace: Workspace, layout: Layout, context: RenderContext, press,
                 strict: bool, roots: tuple[Path, ...], jobs: int):
        from pamphlet.targets import typeset_options

        self.workspace, self.layout, self.context, self.press = workspace, layout, context, press
        self.roots, self.jobs = roots, jobs
        self.options = typeset_options(context.target, layout, press, strict)
        self.warnings: list[str] = []

    def typeset(self, html: str):
        from pamphlet.typeset import typeset

        result = typeset(html, self.workspace.root, self.layout.stylesheets, self.roots,
                         self.options)
        for warning in result.warnings:
            if warning not in self.warnings:
                self.warnings.append(warning)
                log.warning("collection: %s", warning)
        return result

    def render(self, book: dict, parts: list[dict], index: list[dict],
               first_page: int = 1) -> str:
        return render_book_html(book, parts, index, self.layout, self.context, first_page)

    def set_book(self, book: dict, parts: list[Part], pad_to_four: bool) -> tuple[bytes, int]:
        from pamphlet.stitch import CHUNK, ChapterCache, set_chapters, stitch_book

        rendered, index = _parts_and_index(parts, self.layout, self.context)
        units = []  # the book's sequence: ("part", part dict) or ("statement", values)
        for part in rendered:
            if part["title"]:
                units.append(("part", part))
            units += [("statement", values) for values in part["statements"]]
        chunks = [units[n:n + CHUNK] for n in range(0, len(units), CHUNK)]
        chapters = set_chapters([self._chunk_job(book, chunk) for chunk in chunks],
                                ChapterCache(self.workspace.root), self.jobs)
        # Page numbers: the front matter's length fixes where the first chunk starts, and
        # the front matter lists where everything starts; a round or two settles it.
        front_pages = 0
        for _ in range(3):
            first = front_pages + 1 + front_pages % 2  # chunks open on a recto
            starts, page = [], first
            for chapter in chapters:
                starts.append(page)
                page += chapter.pages + chapter.pages % 2
            back_start = page
            self._number(index, chunks, chapters, starts)
            front = self.typeset(self.render({**book, "mode": "front",
                                              "index_page": back_start}, rendered, index))
            if front.page_count == front_pages:
                break
            front_pages = front.page_count
        front_pdf = _with_blank_page(front.pdf) if front_pages % 2 else front.pdf
        back = self._back(book, rendered, index, back_start, pad_to_four)
        # one small leaves document per chunk: memory stays bounded however long the book
        leaves = [self._leaves(book, _leaves_of(chunk, chapter), start)
                  for chunk, chapter, start in zip(chunks, chapters, starts)]
        outline = self._outline(chunks, chapters, starts, back_start, book)
        pdf = stitch_book(front_pdf, [c.pdf for c in chapters], back.pdf, leaves,
                          [c.pages % 2 == 1 for c in chapters], outline)
        return pdf, back_start - 1 + back.page_count

    def _chunk_job(self, book: dict, chunk: list[tuple[str, dict]]):
        from pamphlet.cache import digest
        from pamphlet.stitch import ChapterJob

        parts: list[dict] = []
        sources = []
        for kind, unit in chunk:
            if kind == "part":
                parts.append({**unit, "statements": []})
                sources.append(f"part:{unit['id']}:{unit['title']}")
            else:
                if not parts:
                    parts.append({"title": "", "id": "", "statements": [], "page": None})
                parts[-1]["statements"].append(unit)
                sources.append(unit["id"])
                sources.append(unit["statement"].src_path.read_bytes())
        key = digest(self._inputs_key(), str(self.context.pdf_date), *sources)
        return ChapterJob(parts, book, self.layout, self.context, self.roots, self.options,
                          key)

    def _inputs_key(self) -> str:
        if not hasattr(self, "_key"):
            from importlib.metadata import version

            from pamphlet import __version__
            from pamphlet.build import _layout_files
            from pamphlet.cache import digest, files_digest
            from pamphlet.resources import fonts_dir

            config = self.workspace.config_path
            self._key = digest(__version__, version("weasyprint"),
                               files_digest(fonts_dir().iterdir()),
                               files_digest(_layout_files(self.layout, self.workspace)),
                               config.read_bytes() if config.is_file() else b"",
                               repr(self.press), self.context.target.value)
        return self._key

    def _number(self, index, chunks, chapters, starts) -> None:
        """Write each statement's, part's and demand's real page number into the values."""
        pages = {}
        for chunk, chapter, start in zip(chunks, chapters, starts):
            pages.update({name: start + page - 1 for name, page in chapter.anchors.items()})
            for _, unit in chunk:
                unit["page"] = pages.get(unit["id"])
        for entry in index:
            entry["page"] = pages.get(entry["target"])

    def _back(self, book, rendered, index, start: int, pad_to_four: bool):
        def back(notes: int):
            return self.typeset(self.render({**book, "mode": "back", "notes_pages": notes,
                                             "index_page": start}, rendered, index, start))

        result = back(0)
        if pad_to_four:
            total = start - 1 + result.page_count
            if total % 4:
                result = back(-total % 4)
                total = start - 1 + result.page_count
                if total % 4:
                    result = back(-(start - 1 + result.page_count) % 4 + (-total % 4))
        return result

    def _leaves(self, book: dict, leaves, first: int) -> bytes:
        from pamphlet.render import Adjustments, _first_page_rule, _page_style
        from pamphlet.stitch import leaves_html

        style = Markup(_page_style(self.layout, self.context, Adjustments())
                       + _first_page_rule(first))
        return self.typeset(leaves_html(book, leaves, style)).pdf

    def _outline(self, chunks, chapters, starts, back_start, book) -> list[tuple]:
        outline: list[tuple] = []
        current = outline
        for chunk in chunks:
            for kind, unit in chunk:
                if kind == "part":
                    children: list[tuple] = []
                    outline.append((unit["title"], unit["page"] - 1, children))
                    current = children
                else:
                    current.append((unit["title"].replace("\u00a0", " "), unit["page"] - 1,
                                    []))
        outline.append((book["words"]["index"], back_start - 1, []))
        return outline


def _leaves_of(chunk: list[tuple[str, dict]], chapter) -> list:
    """What each page of a chunk shows in its margins: statements open without a head,
    part pages and the blank pages before a recto show nothing."""
    from pamphlet.stitch import Leaf

    kinds = ["blank"] * chapter.pages
    titles = [""] * chapter.pages
    for kind, unit in chunk:
        start = chapter.anchors[unit["id"]]
        end = chapter.anchors.get(f"{unit['id']}-end", start)
        for page in range(start, end + 1):
            if kind == "part":
                kinds[page - 1] = "front"
            else:
                kinds[page - 1] = "opening" if page == start else "text"
                titles[page - 1] = unit["title"]
    leaves = [Leaf(kind, title) for kind, title in zip(kinds, titles)]
    return leaves + [Leaf("blank")] * (chapter.pages % 2)


def _with_blank_page(pdf: bytes) -> bytes:
    import io

    import pikepdf

    document = pikepdf.open(io.BytesIO(pdf))
    last = document.pages[-1]
    document.add_blank_page(page_size=(float(last.mediabox[2]) - float(last.mediabox[0]),
                                       float(last.mediabox[3]) - float(last.mediabox[1])))
    for box in ("/MediaBox", "/TrimBox", "/BleedBox"):
        if box in last.obj:
            document.pages[-1].obj[box] = last.obj[box]
    out = io.BytesIO()
    document.save(out, deterministic_id=True)
    return out.getvalue()


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
        "notes_pages": 0,
        "cover_image": manifest.cover_image.as_uri() if manifest.cover_image else "",
        "index_page": None,
        "mode": "book",
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
            values.update(id=ident, page=None)
            entries.append(values)
            for position, demand in enumerate(values["demands"], 1):
                index.append({"html": Markup(str(demand["html"]).replace("<br>", " ")),
                              "statement_title": values["title"],
                              "target": f"{ident}-demand-{position}", "page": None})
        rendered.append({"title": part.title, "id": f"part-{number}", "statements": entries,
                         "page": None})
    return rendered, index


#: Paper thickness for the spine when pamphlet.toml does not say (80 g/m² uncoated).
DEFAULT_PAPER_MM = 0.1


def spine_width_mm(pages: int, paper_mm: float) -> float:
    """The spine of a perfect-bound book: one sheet per two pages."""
    return round((pages + 1) // 2 * paper_mm, 2)


def _print_cover(setter: _BookSetter, book: dict, pages: int) -> bytes:
    """The cover for perfect binding: back, spine and front on one sheet, with bleed."""
    from pamphlet.targets import finish, typeset_options

    paper = setter.workspace.config.binding.paper_thickness_mm
    spine = spine_width_mm(pages, paper)
    page = setter.layout.page
    cover_layout = replace(setter.layout, template="collection/cover.html.j2", page=replace(
        page, width_mm=2 * page.width_mm + spine, margin_top_mm=15, margin_right_mm=15,
        margin_bottom_mm=15, margin_left_mm=15, mirrored=False))
    html = render_book_html({**book, "spine_mm": spine, "trim_mm": page.width_mm}, [], [],
                            cover_layout, setter.context)
    from pamphlet.typeset import typeset

    result = typeset(html, setter.workspace.root, setter.layout.stylesheets, setter.roots,
                     typeset_options(Target.PRINT, cover_layout, setter.press, False))
    pdf, _ = finish(result.pdf, result.identifier, Target.PRINT, cover_layout, setter.press)
    return pdf
