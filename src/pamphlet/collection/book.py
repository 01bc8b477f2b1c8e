"""Setting a stitched book: chapters in chunks (chapters.py), then the page numbers they
fix, the front matter (cover, title page, contents) and back matter (index, notes pages,
colophon) set with those numbers, one small *leaves* document per chunk for running heads
and folios, and the binding (pdf/stitch.py)."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pamphlet.build.cache import CacheStore, digest
from pamphlet.build.inputs import layout_digest, workspace_digest
from pamphlet.collection.arrange import Part
from pamphlet.collection.chapters import CHUNK, ChapterJob, drop_unused, set_chapters
from pamphlet.config.workspace import Workspace
from pamphlet.pdf.stitch import stitch_book, with_blank_page
from pamphlet.render.html import BookPart, RenderContext, render_book_html, statement_values
from pamphlet.render.layouts import Layout
from pamphlet.targets import Target
from pamphlet.typeset.engine import typeset
from pamphlet.typeset.options import TypesetResult

log = logging.getLogger("pamphlet")


@dataclass
class Leaf:
    """What one page of the book shows in its margins."""

    kind: str  # "text", "opening", "front" (no head, no folio) or "blank"
    title: str = ""


class BookSetter:
    """Sets the parts of a stitched book: chapters, front and back matter, leaves."""

    def __init__(self, workspace: Workspace, layout: Layout, context: RenderContext,
                 target: Target, settings: Any, strict: bool, roots: tuple[Path, ...],
                 jobs: int):
        self.workspace, self.layout, self.context = workspace, layout, context
        self.target, self.settings = target, settings
        self.roots, self.jobs = roots, jobs
        self.options = target.typeset_options(layout, settings, strict)
        #: What every chunk's cache key shares.
        self._inputs = workspace_digest(workspace, repr(settings), target.name,
                                        context.pdf_date, layout_digest(layout, workspace))

    def typeset(self, html: str) -> TypesetResult:
        result = typeset(html, self.workspace.root, self.layout.stylesheets, self.roots,
                         self.options)
        for warning in result.warnings:
            log.warning("collection: %s", warning)
        return result

    def render(self, part: BookPart, book: dict, parts: list[dict], index: list[dict],
               first_page: int = 1) -> str:
        return render_book_html(part, book, parts, index, self.layout, self.context,
                                first_page)

    def set_book(self, book: dict, parts: list[Part], out_path: Path) -> TypesetResult:
        """The stitched book (its PDF, page count and a content-derived identifier)."""
        rendered, index = _parts_and_index(parts, self.layout, self.context)
        units = []  # the book's sequence: ("part", part dict) or ("statement", values)
        for part in rendered:
            if part["title"]:
                units.append(("part", part))
            units += [("statement", values) for values in part["statements"]]
        chunks = [units[n:n + CHUNK] for n in range(0, len(units), CHUNK)]
        store = CacheStore(self.workspace.root)
        prefix = f"chapter:{out_path.resolve()}:"
        jobs = [self._chunk_job(book, chunk, f"{prefix}{n}") for n, chunk in enumerate(chunks)]
        chapters = set_chapters(jobs, store, self.jobs)
        drop_unused(store, prefix, {job.slot for job in jobs})
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
            front = self.typeset(self.render(BookPart.FRONT, {**book, "index_page": back_start},
                                             rendered, index))
            if front.page_count == front_pages:
                break
            front_pages = front.page_count
        front_pdf = with_blank_page(front.pdf) if front_pages % 2 else front.pdf
        back = self._back(book, rendered, index, back_start)
        # one small leaves document per chunk: memory stays bounded however long the book
        leaves = [self.typeset(self.render(BookPart.LEAVES,
                                           {**book, "leaves": _leaves_of(chunk, chapter)},
                                           [], [], start))
                  for chunk, chapter, start in zip(chunks, chapters, starts)]
        outline = self._outline(chunks, back_start, book)
        pdf = stitch_book(front_pdf, [c.pdf for c in chapters], back.pdf,
                          [leaf.pdf for leaf in leaves], [c.pages % 2 == 1 for c in chapters],
                          outline)
        # Derived from what was set, never from the bytes: PDF/X parts carry random XMP ids.
        identifier = hashlib.md5("".join([front.identifier, back.identifier,
                                          *(job.key for job in jobs),
                                          *(leaf.identifier for leaf in leaves)]).encode())
        return TypesetResult(pdf, back_start - 1 + back.page_count, identifier.hexdigest())

    def _chunk_job(self, book: dict, chunk: list[tuple[str, dict]], slot: str) -> ChapterJob:
        parts: list[dict] = []
        inputs, sources, ids = [], [], []
        for kind, unit in chunk:
            ids.append(unit["id"])
            if kind == "part":
                parts.append({**unit, "statements": []})
                inputs.append(f"part:{unit['id']}:{unit['title']}")
            else:
                if not parts:
                    parts.append({"title": "", "id": "", "statements": [], "page": None})
                parts[-1]["statements"].append(unit)
                path = unit["statement"].src_path
                inputs += [unit["id"], path.read_bytes()]
                sources.append(str(path.resolve()))
        return ChapterJob(parts, book, self.layout, self.context, self.roots, self.options,
                          digest(self._inputs, *inputs), slot, tuple(sources), tuple(ids))

    def _number(self, index, chunks, chapters, starts) -> None:
        """Write each statement's, part's and demand's real page number into the values."""
        pages = {}
        for chunk, chapter, start in zip(chunks, chapters, starts):
            pages.update({name: start + page - 1 for name, page in chapter.anchors.items()})
            for _, unit in chunk:
                unit["page"] = pages.get(unit["id"])
        for entry in index:
            entry["page"] = pages.get(entry["target"])

    def _back(self, book, rendered, index, start: int) -> TypesetResult:
        """The back matter, from page ``start``, with notes pages enough to make the book a
        multiple of the pages the target asks (four, for folded booklets)."""
        multiple = self.target.book_page_multiple(self.layout)
        notes = 0
        for _ in range(3):  # a notes page can move a break: settle in a round or two
            result = self.typeset(self.render(BookPart.BACK,
                                              {**book, "notes_pages": notes,
                                               "index_page": start}, rendered, index, start))
            short = -(start - 1 + result.page_count) % multiple
            if not short:
                break
            notes += short
        return result

    def _outline(self, chunks, back_start, book) -> list[tuple]:
        """Bookmarks: parts, with their statements under them, then the index."""
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


def _leaves_of(chunk: list[tuple[str, dict]], chapter) -> list[Leaf]:
    """What each page of a chunk shows in its margins: statements open without a head,
    part pages and the blank pages before a recto show nothing."""
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
                index.append({"html": demand["unbroken_html"],
                              "statement_title": values["title"],
                              "target": f"{ident}-demand-{position}", "page": None})
        rendered.append({"title": part.title, "id": f"part-{number}", "statements": entries,
                         "page": None})
    return rendered, index
