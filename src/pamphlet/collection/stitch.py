"""The collection, stitched: statements set in chunks, then bound into one book.

A book of a thousand statements does not fit one WeasyPrint document (time and memory grow
faster than the page count), and rebuilding it after one statement changes should not
re-set the other 999. So statements are set in chunks of ``CHUNK`` (in parallel, cached on
disk by their inputs: a changed statement sets its chunk again), the page counts fix
where everything lands, and then:

- the front matter (cover, title page, contents with the real page numbers) and the back
  matter (index of demands, notes pages, colophon) are set with those numbers;
- one thin *leaves* document supplies every page's running head and folio, overlaid on
  the stitched pages, so folios never force a chunk to be set again;
- each chunk embeds its own font subsets: one set per chunk, not per statement;
- bookmarks are written from the statements' start pages.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

from pamphlet.build.cache import CACHE_DIR
from pamphlet.errors import PamphletError
from pamphlet.render.layouts import Layout
from pamphlet.render.html import RenderContext, render_book_html


#: Statements per chunk: big enough to share font subsets and WeasyPrint's fixed cost,
#: small enough to keep memory bounded and a one-statement change cheap.
CHUNK = 16


@dataclass
class Chapter:
    """A chunk of the book set as one document: its PDF, page count, and the page (within
    it) of every element with an id: statements, their ends, their demands."""

    pdf: bytes
    pages: int
    #: Element id → page within the chapter (from 1).
    anchors: dict[str, int]


@dataclass(frozen=True)
class ChapterJob:
    """Everything needed to set one chunk (picklable for worker processes)."""

    parts: list[dict]
    book: dict
    layout: Layout
    context: RenderContext
    roots: tuple[Path, ...]
    options: object
    key: str


def set_chapter(job: ChapterJob) -> Chapter:
    """Set one chunk: no running heads or folios (the leaves add them)."""
    from pamphlet.typeset.engine import typeset

    html = render_book_html({**job.book, "mode": "chapter"}, job.parts, [], job.layout,
                            job.context)
    result = typeset(html, job.roots[0], job.layout.stylesheets, job.roots, job.options)
    return Chapter(result.pdf, result.page_count,
                   {name: page for name, (page, _, _) in result.anchors.items()})


class ChapterCache:
    """Chapters on disk under ``.pamphlet-cache/chapters``, keyed by all their inputs."""

    def __init__(self, workspace_root: Path):
        self.folder = workspace_root / CACHE_DIR / "chapters"

    def get(self, key: str) -> Chapter | None:
        try:
            meta = json.loads((self.folder / f"{key}.json").read_text())
            pdf = (self.folder / f"{key}.pdf").read_bytes()
            if hashlib.sha256(pdf).hexdigest() != meta["sha256"]:
                return None
            return Chapter(pdf, meta["pages"], meta["anchors"])
        except (OSError, ValueError, KeyError):
            return None

    def put(self, key: str, chapter: Chapter) -> None:
        from pamphlet.pdf.pdfx import write_atomically

        try:
            write_atomically(chapter.pdf, self.folder / f"{key}.pdf")
            meta = {"pages": chapter.pages, "anchors": chapter.anchors,
                    "sha256": hashlib.sha256(chapter.pdf).hexdigest()}
            write_atomically(json.dumps(meta).encode(), self.folder / f"{key}.json")
        except OSError:
            pass


def set_chapters(jobs: list[ChapterJob], cache: ChapterCache, workers: int) -> list[Chapter]:
    """Every chapter, from the cache where its inputs are unchanged, else set anew."""
    from pamphlet.build.batch import worker_pool

    chapters: dict[int, Chapter] = {}
    missing = []
    for index, job in enumerate(jobs):
        cached = cache.get(job.key)
        if cached is None:
            missing.append(index)
        else:
            chapters[index] = cached
    if workers > 1 and len(missing) > 1:
        with worker_pool(workers, len(missing)) as pool:
            for index, chapter in zip(missing, pool.map(set_chapter,
                                                        [jobs[i] for i in missing])):
                chapters[index] = chapter
    else:
        for index in missing:
            chapters[index] = set_chapter(jobs[index])
    for index in missing:
        cache.put(jobs[index].key, chapters[index])
    return [chapters[index] for index in range(len(jobs))]


@dataclass
class Leaf:
    """What one page of the book shows in its margins."""

    kind: str  # "text", "opening", "front" (no head, no folio) or "blank"
    title: str = ""


def stitch_book(front: bytes, chapters: list[bytes], back: bytes,
                leaves_pdfs: list[bytes], blanks_after: list[bool], outline: list[tuple]) -> bytes:
    """Front matter, chapters (each followed by a blank page where it ends on a recto)
    and back matter in one PDF, the leaves overlaid, bookmarks added."""
    import pikepdf

    book = pikepdf.open(io.BytesIO(front))
    first_chapter_page = len(book.pages)
    sources = []  # kept open until the book is saved: its pages come from them
    for pdf, blank in zip(chapters, blanks_after):
        chapter = pikepdf.open(io.BytesIO(pdf))
        sources.append(chapter)
        book.pages.extend(chapter.pages)
        if blank:
            add_blank_page(book)
    chapter_pages = book.pages[first_chapter_page:]
    back_pdf = pikepdf.open(io.BytesIO(back))
    sources.append(back_pdf)
    book.pages.extend(back_pdf.pages)
    leaf_documents = [pikepdf.open(io.BytesIO(pdf)) for pdf in leaves_pdfs]  # kept open
    leaves = [leaf for document in leaf_documents for leaf in document.pages]
    if len(leaves) != len(chapter_pages):
        raise PamphletError(f"stitching: {len(leaves)} leaves for "
                            f"{len(chapter_pages)} chapter pages")
    for page, leaf in zip(chapter_pages, leaves):
        _overlay(book, page, leaf)
    with book.open_outline() as tree:
        tree.root.clear()
        for item in _outline_items(outline):
            tree.root.append(item)
    out = io.BytesIO()
    book.remove_unreferenced_resources()
    book.save(out, deterministic_id=True, compress_streams=True,
              object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    return out.getvalue()


def _overlay(book, page, leaf) -> None:
    """Draw ``leaf`` over ``page`` (same coordinates) under a fixed resource name, so the
    same book always gives the same bytes (pikepdf's add_overlay picks random names)."""
    import pikepdf

    form = book.copy_foreign(leaf.as_form_xobject())
    # WeasyPrint shares one resource dictionary between pages: give this page its own
    resources = pikepdf.Dictionary(page.obj.get("/Resources", pikepdf.Dictionary()))
    resources.XObject = pikepdf.Dictionary(resources.get("/XObject", pikepdf.Dictionary()))
    resources.XObject["/PamphletLeaf"] = form
    page.obj.Resources = resources
    page.contents_add(pikepdf.Stream(book, b"q\n"), prepend=True)
    page.contents_add(pikepdf.Stream(book, b"\nQ q /PamphletLeaf Do Q\n"), prepend=False)


def add_blank_page(book) -> None:
    """A blank page after the last, with the same boxes (trim and bleed included)."""
    last = book.pages[-1]
    book.add_blank_page(page_size=(float(last.mediabox[2]) - float(last.mediabox[0]),
                                   float(last.mediabox[3]) - float(last.mediabox[1])))
    blank = book.pages[-1]
    for box in ("/MediaBox", "/TrimBox", "/BleedBox"):
        if box in last.obj:
            blank.obj[box] = last.obj[box]


def _outline_items(outline: list[tuple]):
    """(title, page index, children) tuples as pikepdf outline items."""
    from pikepdf import OutlineItem

    for title, page, children in outline:
        item = OutlineItem(title, page)
        item.children.extend(_outline_items(children))
        yield item
