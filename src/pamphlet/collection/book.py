"""Setting a stitched book: statements in chunks, page numbers, front and back matter,
running heads and folios (see stitch.py for the binding itself)."""

from __future__ import annotations

import logging
from pathlib import Path

from pamphlet.config.workspace import Workspace
from pamphlet.render.layouts import Layout
from pamphlet.render.html import RenderContext, render_book_html, statement_values

log = logging.getLogger("pamphlet")


class BookSetter:
    """Sets the parts of a stitched book: chapters, front and back matter, leaves."""

    def __init__(self, workspace: Workspace, layout: Layout, context: RenderContext, press,
                 strict: bool, roots: tuple[Path, ...], jobs: int):
        from pamphlet.targets.base import typeset_options

        self.workspace, self.layout, self.context, self.press = workspace, layout, context, press
        self.roots, self.jobs = roots, jobs
        from pamphlet.build.cache import layout_digest, workspace_digest

        self.options = typeset_options(context.target, layout, press, strict)
        #: What every chunk's cache key shares.
        self._inputs = workspace_digest(workspace, repr(press), context.target.value,
                                        context.pdf_date, layout_digest(layout, workspace))

    def typeset(self, html: str):
        from pamphlet.typeset.engine import typeset

        result = typeset(html, self.workspace.root, self.layout.stylesheets, self.roots,
                         self.options)
        for warning in result.warnings:
            log.warning("collection: %s", warning)
        return result

    def render(self, book: dict, parts: list[dict], index: list[dict],
               first_page: int = 1) -> str:
        return render_book_html(book, parts, index, self.layout, self.context, first_page)

    def set_book(self, book: dict, parts: list, pad_to_four: bool) -> tuple[bytes, int]:
        """The stitched book's PDF and page count, from ``parts`` (collection.Part)."""
        from pamphlet.collection.stitch import CHUNK, ChapterCache, set_chapters, stitch_book

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
        outline = self._outline(chunks, back_start, book)
        pdf = stitch_book(front_pdf, [c.pdf for c in chapters], back.pdf, leaves,
                          [c.pages % 2 == 1 for c in chapters], outline)
        return pdf, back_start - 1 + back.page_count

    def _chunk_job(self, book: dict, chunk: list[tuple[str, dict]]):
        from pamphlet.build.cache import digest
        from pamphlet.collection.stitch import ChapterJob

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
        key = digest(self._inputs, *sources)
        return ChapterJob(parts, book, self.layout, self.context, self.roots, self.options,
                          key)

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
        """The back matter, from page ``start``; for a booklet, with notes pages enough to
        make the book a multiple of four pages."""
        notes = 0
        for _ in range(3):  # a notes page can move a break: settle in a round or two
            result = self.typeset(self.render({**book, "mode": "back", "notes_pages": notes,
                                               "index_page": start}, rendered, index, start))
            short = -(start - 1 + result.page_count) % 4
            if not pad_to_four or not short:
                break
            notes += short
        return result

    def _leaves(self, book: dict, leaves, first: int) -> bytes:
        """The leaves document of one chunk, its pages numbered from ``first``."""
        return self.typeset(self.render({**book, "mode": "leaves", "leaves": leaves}, [], [],
                                        first)).pdf

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


def _leaves_of(chunk: list[tuple[str, dict]], chapter) -> list:
    """What each page of a chunk shows in its margins: statements open without a head,
    part pages and the blank pages before a recto show nothing."""
    from pamphlet.collection.stitch import Leaf

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
    """``pdf`` with a blank page of the same size added (a verso before a recto)."""
    import io

    import pikepdf

    from pamphlet.collection.stitch import add_blank_page

    document = pikepdf.open(io.BytesIO(pdf))
    add_blank_page(document)
    out = io.BytesIO()
    document.save(out, deterministic_id=True)
    return out.getvalue()


def _parts_and_index(parts: list, layout: Layout, context: RenderContext
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
