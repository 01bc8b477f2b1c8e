"""The bound collection: many statements in one book (``pamphlet collection``).

Statements are ordered by date (undated ones last, with a warning) or as a manifest lists
them, grouped into optional parts (arrange.py), set in chunks and stitched (book.py), then
finished for the target: screen (one PDF), office (saddle-stitched booklets on A4, or plain
duplex A4 pages), print (the book block as PDF/X with bleed, and a separate cover whose
spine is sized from the page count, cover.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from pamphlet.collection.arrange import arrange
from pamphlet.collection.book import BookSetter, running_head
from pamphlet.collection.manifest import Manifest, load_manifest
from pamphlet.config.workspace import Workspace
from pamphlet.errors import PamphletError
from pamphlet.files import write_atomically
from pamphlet.load.dates import workspace_pdf_date
from pamphlet.load.markup import isolated, markdown_to_html, typographic
from pamphlet.load.sources import Statement, load_all, read_source_text
from pamphlet.pdf.stitch import with_document_info
from pamphlet.render.html import RenderContext, balanced_title, format_dateline
from pamphlet.render.layouts import Layout, TitleFit, get_layout
from pamphlet.render.words import book_imprint, direction_of, words_for
from pamphlet.resources import bundled_font_names, package_roots
from pamphlet.targets import get_target

#: The book layouts by trim.
TRIMS = {"a5": "collection", "a4": "collection-a4"}


@dataclass
class CollectionResult:
    """What ``pamphlet collection`` wrote."""

    out_paths: list[Path]
    pages: int
    statements: int
    notes: list[str] = field(default_factory=list)


def build_collection(workspace: Workspace, paths: list[Path] | None = None,
                     manifest_path: Path | None = None, trim: str = "a5",
                     target: str = "screen", out_path: Path | None = None,
                     printer_name: str | None = None, strict: bool = False,
                     jobs: int = 1) -> CollectionResult:
    """Build the book (and, for print, its cover) from the workspace's statements.

    Statements are set in chunks (``jobs`` in parallel, cached by their inputs), then the
    book is stitched: unchanged chunks are never set again.
    """
    if trim not in TRIMS:
        raise PamphletError(f"--trim: expected a5 or a4, got {trim!r}")
    chosen = get_target(target)
    if chosen.folder_output:
        raise PamphletError(f"--target {target}: makes files per statement, not a book; "
                            f"use `pamphlet build --target {target}`")
    settings = chosen.settings(workspace, printer_name)
    chosen.ready(workspace, settings)
    manifest = load_manifest(manifest_path, workspace) if manifest_path else Manifest()
    sources = _expand(paths) or manifest.statements or [
        p for _, ps in manifest.parts for p in ps] or workspace.source_paths()
    statements, problems = load_all(sources, workspace.config, workspace.root)
    if problems:
        raise PamphletError("\n".join(str(p) for p in problems))
    if not statements:
        raise PamphletError(f"{workspace.sources_dir}: no statements for the collection")
    layout = get_layout(TRIMS[trim], workspace.layouts_dir)
    context = RenderContext(workspace.config, chosen.name, workspace.layouts_dir,
                            workspace_pdf_date(workspace, statements),
                            chosen.style(workspace.config, settings))
    book = book_values(workspace, manifest, statements, context.pdf_date, layout,
                       context.style.floods, not chosen.separate_cover)
    setter = BookSetter(workspace, layout, context, chosen, settings, strict,
                        (workspace.root, *package_roots()), jobs)
    out_path = out_path or workspace.root / "build" / f"collection.{trim}.{chosen.name}.pdf"
    result = setter.set_book(book, arrange(statements, manifest), out_path)
    finished = chosen.finish_book(result, layout, settings, manifest.booklet_max_pages)
    stem = out_path.with_suffix("")
    written = CollectionResult([], result.page_count, len(statements),
                               finished.note.splitlines() if finished.note else [])
    for output in finished.outputs:
        written.out_paths.append(Path(f"{stem}{output.suffix}"))
        data = output.data
        if b"/PamphletKind" not in data:  # imposed booklets are new documents
            data = with_document_info(data, {"/PamphletKind": "book",
                                             "/PamphletLayout": layout.name,
                                             "/PamphletTarget": chosen.name})
        write_atomically(data, written.out_paths[-1])
    if chosen.separate_cover:
        from pamphlet.collection.cover import binding_advice, print_cover, spine_width_mm

        cover_path = Path(f"{stem}.cover.pdf")
        write_atomically(print_cover(setter, book, result.page_count), cover_path)
        written.out_paths.append(cover_path)
        binding = workspace.config.binding
        written.notes += binding_advice(result.page_count,
                                        spine_width_mm(result.page_count, binding.caliper_mm),
                                        binding.paper_name)
    return written


def _expand(paths: list[Path] | None) -> list[Path]:
    """Folders stand for the ``*.md`` files in them, as in ``pamphlet build``."""
    expanded: list[Path] = []
    for path in paths or []:
        expanded += sorted(path.glob("*.md")) if path.is_dir() else [path]
    return expanded


#: The cover's title bounds (it fills its measure, 18 mm inside the trim).
COVER_TITLE = TitleFit(min_pt=24, max_pt=36, max_lines=4)
#: The title page's.
TITLE_PAGE = TitleFit(min_pt=18, max_pt=28, max_lines=4)


#: The faces a script is set in beside the text and display faces (layouts/_base/base.css
#: falls back to them), and the letters that call on each.
SCRIPT_FACES = (("Pamphlet Arabic", re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
                                               "\ufb50-\ufdff\ufe70-\ufeff]")),
                ("Pamphlet Hebrew", re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]")))


def faces_used(manifest: Manifest, statements: list[Statement], lang: str) -> list[str]:
    """The font families the book is set in, for its colophon: the text and display faces,
    and a script's face when any of the book's text is in that script (an Arabic
    statement, the book's own words in Hebrew)."""
    texts = [manifest.title, manifest.subtitle, manifest.blurb, manifest.editor,
             manifest.publisher, *words_for(lang).values()]
    for s in statements:
        texts += [s.title, s.subtitle, s.body, s.organisation or "", s.place or "", *s.demands, *s.tags]
    text = "\n".join(texts)
    return ["Pamphlet Text", "Pamphlet Display",
            *(family for family, letters in SCRIPT_FACES if letters.search(text))]


def _listed(names: list[str], lang: str) -> str:
    """"A, B and C" in the book's language."""
    words = words_for(lang)
    if len(names) < 2:
        return "".join(names)
    return f"{words['comma'].join(names[:-1])} {words['and']} {names[-1]}"


def book_values(workspace: Workspace, manifest: Manifest, statements: list[Statement],
                edition: dt.date | None, layout: Layout, floods: bool = True,
                in_book_cover: bool = True) -> dict:
    """What the book's own pages say: title page, imprint page, cover, colophon."""
    config = workspace.config
    lang = manifest.lang or config.defaults.lang
    edition = edition or dt.date(1970, 1, 1)
    intro_html = ""
    if manifest.intro:
        intro_html = Markup(markdown_to_html(read_source_text(manifest.intro, workspace.root), lang))
    dates = sorted(s.date for s in statements if s.date)
    period = manifest.period or (f"{dates[0].year}–{dates[-1].year}"
                                 if dates and dates[0].year != dates[-1].year
                                 else str(dates[0].year) if dates else "")
    contact = ", ".join(v for v in (config.organisation.address, config.organisation.web,
                                    config.organisation.email) if v)
    cover_image = ""
    if manifest.cover_image:  # relative to the workspace, where the book's URLs start
        cover_image = manifest.cover_image.relative_to(workspace.root.resolve()).as_posix()
    title = typographic(manifest.title, lang)
    measure = layout.page.measure_mm
    scale = layout.page.width_mm / 148  # the bounds are an A5 book's; larger trims grow
    cover_fit = TitleFit(COVER_TITLE.min_pt * scale, COVER_TITLE.max_pt * scale,
                         COVER_TITLE.max_lines)
    title_fit = TitleFit(TITLE_PAGE.min_pt * scale, TITLE_PAGE.max_pt * scale,
                         TITLE_PAGE.max_lines)
    organisations = list(dict.fromkeys(s.organisation for s in statements if s.organisation))
    publisher = typographic(manifest.publisher or config.organisation.name, lang)
    imprint = config.imprint
    return {
        "title": title,
        "title_html": balanced_title(title, title_fit, measure)[1],
        "title_pt": balanced_title(title, title_fit, measure)[0],
        "cover_title_html": balanced_title(title, cover_fit, layout.page.width_mm - 36)[1],
        "cover_title_pt": balanced_title(title, cover_fit, layout.page.width_mm - 36)[0],
        "head_title": running_head(title, layout),
        "subtitle": typographic(manifest.subtitle, lang),
        "period": period,
        "organisation": typographic(config.organisation.name, lang),
        # the cover names who speaks in the book: one organisation, or its publisher
        "cover_credit": typographic(organisations[0] if len(organisations) == 1
                                    else publisher, lang),
        "editor": typographic(manifest.editor, lang),
        "publisher": publisher,
        "edition": typographic(manifest.edition, lang),
        "licence": manifest.licence,
        "isbn": manifest.isbn,
        "blurb": typographic(manifest.blurb, lang),
        "printer": typographic("" if "printer" in imprint.placeholders else imprint.printer,
                               lang),
        "lang": lang,
        #: "rtl" for a book in a right-to-left language: its own pages read that way.
        "direction": direction_of(lang),
        "cover": in_book_cover,
        "flood": floods,
        "intro_html": intro_html,
        # who printed it and who answers for it, beside "Published by <publisher>"
        "imprint_lines": [typographic(line, lang)
                          for line in book_imprint(imprint, publisher, lang)],
        "contact": contact,
        "fonts": _listed([isolated(bundled_font_names()[family], direction_of(lang))
                          for family in faces_used(manifest, statements, lang)], lang),
        # in the digits the book's statements write (an Arabic book's ٠١٢٣ or 0123)
        "edition_date": format_dateline(edition, lang, " ".join(s.body for s in statements)),
        "edition_iso": edition.isoformat(),
        "words": words_for(lang),
        "note_lines": 18,
        "notes_pages": 0,
        #: the contents set tighter to fit one page (book.py)
        "contents_tight": False,
        "cover_image": cover_image,
        "spine_direction": manifest.spine,
        "index_tags": manifest.index_tags,
    }
