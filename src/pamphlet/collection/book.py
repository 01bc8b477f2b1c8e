"""Setting a stitched book: chapters in chunks (chapters.py), then the page numbers they
fix, the front matter (cover, title page, contents) and back matter (index, notes pages,
colophon) set with those numbers, one small *leaves* document per chunk for running heads
and folios, and the binding (pdf/stitch.py)."""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from pamphlet.build.cache import CacheStore, digest
from pamphlet.build.inputs import layout_digest, workspace_digest
from pamphlet.collection.arrange import Part
from pamphlet.collection.chapters import CHUNK, ChapterJob, drop_unused, set_chapters
from pamphlet.collection.index import build_index, occurrences
from pamphlet.config.workspace import Workspace
from pamphlet.errors import PamphletError
from pamphlet.load import budget
from pamphlet.load.budget import OverBudget, cpu_budget, memory_budget, memory_message
from pamphlet.load.markup import FSI, PDI, first_strong_direction, isolated
from pamphlet.pdf.stitch import stitch_book, with_blank_page
from pamphlet.render.html import BookPart, RenderContext, render_book_html, statement_values
from pamphlet.render.layouts import Layout
from pamphlet.render.urls import rebased
from pamphlet.render.measure import shortened
from pamphlet.targets import Target
from pamphlet.typeset.engine import typeset
from pamphlet.typeset.options import TypesetOptions, TypesetResult
from pamphlet.units import MM

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
        result = self.set_document(html, self.options)
        for warning in result.warnings:
            log.warning("collection: %s", warning)
        return result

    def set_document(self, html: str, options: TypesetOptions) -> TypesetResult:
        """One of the book's own documents (front or back matter, leaves, cover), within
        the chapter budget and the memory budget (load/budget.py)."""
        try:
            seconds = budget.CHAPTER_SECONDS
            with memory_budget(), cpu_budget(seconds, "setting a part of the book", "chapter"):
                return typeset(html, self.workspace.root, self.layout.stylesheets,
                               self.roots, options)
        except OverBudget as error:
            raise OverBudget(f"{self.layout.folder}: {error}") from None
        except MemoryError:
            raise PamphletError(f"{self.layout.folder}: "
                                f"{memory_message('setting a part of the book')}") from None

    def render(self, part: BookPart, book: dict, parts: list[dict], index: list[dict],
               first_page: int = 1) -> str:
        return render_book_html(part, book, parts, index, self.layout, self.context,
                                first_page)

    def set_book(self, book: dict, parts: list[Part], out_path: Path) -> TypesetResult:
        """The stitched book (its PDF, page count and a content-derived identifier).

        Page numbers are the book's folios: the half-title is page 1; a cover and its
        blank verso before it (screen, office) are outside the count (PDF page labels say
        so), ``offset`` pages in.
        """
        offset = 2 if book["cover"] else 0
        rendered, index = _parts_and_index(parts, self.layout, self.context, book,
                                           self.workspace.root)
        units = []  # the book's sequence: ("part", part dict) or ("statement", values)
        for part in rendered:
            if part["title"] and not part["single"]:
                units.append(("part", part))
            units += [("statement", values) for values in part["statements"]]
        chunks = [units[n:n + CHUNK] for n in range(0, len(units), CHUNK)]
        store = CacheStore(self.workspace.root)
        prefix = f"chapter:{out_path.resolve()}:"
        jobs = [self._chunk_job(book, chunk, f"{prefix}{n}") for n, chunk in enumerate(chunks)]
        chapters = set_chapters(jobs, store, self.jobs)
        drop_unused(store, prefix, {job.slot for job in jobs})
        # Page numbers: the front matter's length fixes where the first chunk starts, and
        # the front matter lists where everything starts (the index's sections too, known
        # once the back matter is set); a round or two settles it.
        front_pages, back, back_at = 0, None, None
        for _ in range(4):
            first = front_pages + 1 + front_pages % 2  # chunks open on a recto
            starts, page = [], first
            for chapter in chapters:
                starts.append(page)
                page += chapter.pages + chapter.pages % 2
            back_start = page
            self._number(index, chunks, chapters, starts, rendered, offset)
            if back_at != back_start:
                back, back_at = self._back(book, rendered, index, back_start, offset), back_start
            self._index_pages(index, back, back_start, offset)
            front = self._front(book, rendered, index, offset)
            if front.page_count == front_pages:
                break
            front_pages = front.page_count
        front_pdf = with_blank_page(front.pdf) if front_pages % 2 else front.pdf
        # one small leaves document per chunk: memory stays bounded however long the book
        leaves = [self.typeset(self.render(BookPart.LEAVES,
                                           {**book, "leaves": _leaves_of(chunk, chapter)},
                                           [], [], start - offset))
                  for chunk, chapter, start in zip(chunks, chapters, starts)]
        outline = self._outline(rendered, front, index, book)
        pdf = stitch_book(front_pdf, [c.pdf for c in chapters], back.pdf,
                          [leaf.pdf for leaf in leaves], [c.pages % 2 == 1 for c in chapters],
                          outline, _page_labels(book, offset), _identity(self.layout, self.target))
        # Derived from what was set, never from the bytes: PDF/X parts carry random XMP ids.
        identifier = hashlib.md5("".join([front.identifier, back.identifier,
                                          *(job.key for job in jobs),
                                          *(leaf.identifier for leaf in leaves)]).encode())
        return TypesetResult(pdf, back_start - 1 + back.page_count, identifier.hexdigest())

    def _front(self, book, rendered, index, offset: int) -> TypesetResult:
        """The front matter; its contents set tighter when that keeps them to one page."""
        front = self.typeset(self.render(BookPart.FRONT, book, rendered, index, 1 - offset))
        if book.get("contents_tight") or not _contents_turn(front):
            return front
        tight = self.typeset(self.render(BookPart.FRONT, {**book, "contents_tight": True},
                                         rendered, index, 1 - offset))
        if _contents_turn(tight):
            return front
        book["contents_tight"] = True
        return tight

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
                    parts.append({"title": "", "id": "", "statements": [], "page": None,
                                  "single": False})
                parts[-1]["statements"].append(unit)
                path = unit["statement"].src_path
                inputs += [unit["id"], path.read_bytes()]
                sources.append(str(path.resolve()))
        return ChapterJob(parts, book, self.layout, self.context, self.roots, self.options,
                          digest(self._inputs, *inputs), slot, tuple(sources), tuple(ids))

    def _number(self, index, chunks, chapters, starts, rendered, offset: int) -> None:
        """Write each statement's, part's and demand's real page (in the PDF) and folio (as
        printed) into the values."""
        pages = {}
        for chunk, chapter, start in zip(chunks, chapters, starts):
            pages.update({name: start + page - 1 for name, page in chapter.anchors.items()})
            for _, unit in chunk:
                unit["page"] = pages.get(unit["id"])
                unit["folio"] = unit["page"] - offset if unit["page"] else None
        for part in rendered:  # a part of one statement opens on its statement's page
            if part["single"]:
                part["page"], part["folio"] = (part["statements"][0]["page"],
                                               part["statements"][0]["folio"])
        for occurrence in occurrences(index):
            page = pages.get(occurrence["target"])
            occurrence["page"] = page - offset if page else None

    def _index_pages(self, index, back: TypesetResult, start: int, offset: int) -> None:
        """Set each index section's page from the back matter."""
        for number, section in enumerate(index, 1):
            anchor = back.anchors.get(f"index-{number}")
            page = start + anchor[0] - 1 if anchor else None
            section["page"], section["folio"] = page, page - offset if page else None

    def _back(self, book, rendered, index, start: int, offset: int) -> TypesetResult:
        """The back matter, from page ``start``, with notes pages enough to make the book a
        multiple of the pages the target asks (four, for folded booklets)."""
        multiple = self.target.book_page_multiple(self.layout)
        notes = 0
        for _ in range(3):  # a notes page can move a break: settle in a round or two
            result = self.typeset(self.render(BookPart.BACK, {**book, "notes_pages": notes},
                                              rendered, index, start - offset))
            short = -(start - 1 + result.page_count) % multiple
            if not short:
                break
            notes += short
        return result

    def _outline(self, rendered, front: TypesetResult, index, book) -> list[tuple]:
        """Bookmarks: contents, introduction, parts with their statements under them (or
        statements), the index's sections (PDF page indices, from 0)."""
        words = book["words"]
        outline: list[tuple] = []
        cover = 2 if book["cover"] else 0
        for name, label in (("contents", words["contents"]),
                            ("introduction", words["introduction"])):
            if name in front.anchors:
                outline.append((label, front.anchors[name][0] - 1, []))
        for part in rendered:
            statements = [(s["title"].replace("\u00a0", " "), s["page"] - 1, [])
                          for s in part["statements"]]
            if part["title"]:
                outline.append((part["title"], part["page"] - 1, statements))
            else:
                outline += statements
        outline += [(section["title"], section["page"] - 1, []) for section in index
                    if section.get("page")]
        return outline if cover == 0 else [(words["cover"], 0, []), *outline]


def _contents_turn(front: TypesetResult) -> bool:
    """Whether the contents run over a page."""
    start, end = front.anchors.get("contents"), front.anchors.get("contents-end")
    return bool(start and end) and end[0] != start[0]


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
                titles[page - 1] = unit["head"]
    leaves = [Leaf(kind, title) for kind, title in zip(kinds, titles)]
    return leaves + [Leaf("blank")] * (chapter.pages % 2)


def _with_text_end(body: Markup, ident: str) -> Markup:
    """The body with a mark at the end of its last line, where the copyfit measures the
    text's end (an empty block after it would be carried over with the slogan block)."""
    mark = Markup('<span class="text-end" id="{}-text-end"></span>').format(ident)
    html = body.rstrip()
    if html.endswith("</p>"):
        return Markup(html[:-4]) + mark + Markup("</p>")
    return body + Markup('<div class="text-end" id="{}-text-end"></div>').format(ident)


def _page_labels(book: dict, offset: int) -> list[tuple[int, str, str]]:
    """PDF page labels: (first page index, prefix, numbering style) from there on."""
    if not offset:
        return [(0, "", "D")]
    return [(0, book["words"]["cover"], ""), (1, book["words"]["inside_cover"], ""),
            (2, "", "D")]


def _identity(layout: Layout, target: Target) -> dict[str, str]:
    """What `pamphlet check` reads to tell a book from any PDF: its layout and target."""
    return {"/PamphletKind": "book", "/PamphletLayout": layout.name,
            "/PamphletTarget": target.name}


#: Running heads (book.css): their size and tracking, and the share of the measure they
#: may take (the rest is air).
HEAD_PT, HEAD_TRACKING_EM, HEAD_SHARE = 8.5, 0.06, 0.72


#: Where a title's sense breaks: a colon, a semicolon, a dash, the end of a question or
#: of a sentence (the mark that ends a phrase is kept when it is a question's or an
#: exclamation's).
_SENSE_BREAK = re.compile(r"\s*[:;]\s|\s[–—]\s|(?<=[?!])\s|\.\s")


def running_head(text: str, layout: Layout) -> str:
    """``text`` as a running head: whole when it fits, else cut at its first sense break
    (a long title's phrase before its colon) when that fits, else shortened at a word with
    an ellipsis."""
    measure = layout.page.measure_mm * MM * HEAD_SHARE
    text = " ".join(text.split())
    if shortened(text, HEAD_PT, measure, HEAD_TRACKING_EM) == text:
        return text
    found = _SENSE_BREAK.search(text)
    if found:
        phrase = text[:found.start()].strip()
        if len(phrase.split()) > 1 and shortened(phrase, HEAD_PT, measure,
                                                 HEAD_TRACKING_EM) == phrase:
            return phrase
    return shortened(text, HEAD_PT, measure, HEAD_TRACKING_EM)


#: A mark of each direction: what a line that opens with an isolate starts with, so that
#: its paragraph keeps the book's direction (Pango takes a paragraph's direction from its
#: first strong letter, even inside an isolate).
_MARKS = {"ltr": "\u200e", "rtl": "\u200f"}


def isolated_html(html: Markup, direction: str) -> Markup:
    """``html`` as the start of a line set in ``direction``: in a first-strong isolate, after
    the direction's mark, when its text reads the other way (see load/markup.isolated): an
    Arabic demand in an English index takes no page number with it."""
    own = first_strong_direction(html.striptags())
    if not html or own == direction or (own is None and direction == "ltr"):
        return html
    return Markup(_MARKS[direction] + FSI) + html + Markup(PDI)


def line_isolated(text: str, direction: str) -> str:
    """Plain ``text`` as the start of a line set in ``direction`` (see isolated_html)."""
    shown = isolated(text, direction)
    return shown if shown == text else _MARKS[direction] + shown


def _rebase(values: dict, folder: Path, root: Path) -> None:
    """The statement's body and demands with their relative URLs rebased from ``folder``
    to ``root``, where its chapter is set from (outside the workspace: as file URLs, which
    the fetcher refuses by name)."""
    real, real_root = folder.resolve(), root.resolve()
    base = (real.relative_to(real_root).as_posix() if real.is_relative_to(real_root)
            else real.as_uri())
    values["body_html"] = rebased(values["body_html"], base)
    for demand in values["demands"]:
        demand["html"] = rebased(demand["html"], base)
        demand["unbroken_html"] = rebased(demand["unbroken_html"], base)


def _parts_and_index(parts: list[Part], layout: Layout, context: RenderContext, book: dict,
                     root: Path) -> tuple[list[dict], list[dict]]:
    """Template values for each part and statement, and the index's sections (demands, and
    tags when the manifest asks), sorted in the book's language. Chapters are set from the
    workspace ``root``: a statement's relative URLs are rebased to stay its own."""
    seen: dict[str, int] = {}
    rendered, demands, tags = [], [], []
    for number, part in enumerate(parts, 1):
        entries = []
        single = bool(part.title) and len(part.statements) == 1
        for statement in part.statements:
            slug = statement.slug
            seen[slug] = seen.get(slug, 0) + 1
            ident = f"s-{slug}" if seen[slug] == 1 else f"s-{slug}-{seen[slug]}"
            try:
                values = statement_values(statement, layout, context, lead_id=f"{ident}-lead")
            except PamphletError as error:  # say which statement, as `pamphlet build` does
                raise PamphletError(f"{statement.src_path}: {error}") from None
            _rebase(values, statement.src_path.parent, root)
            # each part in its own direction within the contents' line (a Latin name never
            # takes an Arabic date's day with it)
            credit = " · ".join(isolated(v, book["direction"]) for v in (
                values["organisation"], values["dateline"], statement.place) if v)
            # titles in the contents, the index and the running heads: each in its own
            # direction (an Arabic title takes no leader or page number with it)
            values.update(id=ident, page=None, folio=None, credit=credit,
                          book_title=line_isolated(values["title"], book["direction"]),
                          head=line_isolated(running_head(values["title"], layout),
                                             book["direction"]),
                          part_label=part.title if single else "", fit_style="",
                          part_id=f"part-{number}")
            values["body_html"] = _with_text_end(values["body_html"], ident)
            entries.append(values)
            for position, demand in enumerate(values["demands"], 1):
                demands.append({"text": demand["unbroken_html"].striptags(),
                                "html": isolated_html(demand["unbroken_html"],
                                                      book["direction"]),
                                "title": values["head"], "lang": statement.lang,
                                "target": f"{ident}-demand-{position}"})
            for tag in statement.tags:
                tags.append({"text": tag, "html": line_isolated(tag, book["direction"]),
                             "title": values["head"], "lang": statement.lang,
                             "target": ident})
        rendered.append({"title": part.title, "id": f"part-{number}", "statements": entries,
                         "page": None, "folio": None, "single": single})
    words, lang = book["words"], book["lang"]
    index = [{"title": words["index"], "groups": build_index(demands, lang)}]
    if book.get("index_tags") and tags:
        index.append({"title": words["subjects"], "groups": build_index(tags, lang)})
    return rendered, index
