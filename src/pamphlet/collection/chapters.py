"""Chapters: the book's statements set in chunks, in parallel, cached by their inputs.

A book of a thousand statements does not fit one WeasyPrint document (time and memory grow
faster than the page count), and rebuilding it after one statement changes should not
re-set the other 999. So statements are set in chunks of ``CHUNK`` (a changed statement
sets its chunk again); each chunk embeds its own font subsets, one set per chunk rather
than per statement.
"""

from __future__ import annotations

import hashlib
import io
import logging
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from pamphlet.build.batch import worker_pool
from pamphlet.build.cache import CacheStore
from pamphlet.build.inputs import reads_unchanged
from pamphlet.errors import PamphletError
from pamphlet.files import RefusedFile, read_limited, write_atomically
from pamphlet.load import budget
from pamphlet.load.budget import OverBudget, cpu_budget, memory_budget, memory_message
from pamphlet.render.html import BookPart, ChapterFit, RenderContext, render_book_html
from pamphlet.render.layouts import Layout
from pamphlet.typeset.options import TypesetOptions

log = logging.getLogger("pamphlet")

#: Statements per chunk: big enough to share font subsets and WeasyPrint's fixed cost,
#: small enough to keep memory bounded and a one-statement change cheap.
CHUNK = 16
#: A cached chapter larger than this was not written by pamphlet.
MAX_CHAPTER_BYTES = 1_000_000_000


@dataclass
class Chapter:
    """A chunk of the book set as one document: its PDF, page count, and the page (within
    it) of every element with an id: statements, their ends, their demands."""

    pdf: bytes
    pages: int
    #: Element id → page within the chapter (from 1).
    anchors: dict[str, int]
    #: The workspace files it read besides its statements (images): path → sha256 or None.
    reads: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class ChapterJob:
    """Everything needed to set one chunk (picklable for worker processes)."""

    parts: list[dict]
    book: dict
    layout: Layout
    context: RenderContext
    roots: tuple[Path, ...]
    options: TypesetOptions
    key: str
    #: Where the chunk is kept in the cache store, and the files it was made from.
    slot: str
    sources: tuple[str, ...]
    #: The ids the chapter's anchors must hold (its statements and parts).
    ids: tuple[str, ...]


def set_chapter(job: ChapterJob) -> Chapter:
    """Set one chunk, copyfitted so no page ends with a hole before a slogan block and no
    short statement is split (typeset/fit.py); no running heads or folios (the leaves add
    them)."""
    from pamphlet.typeset.engine import typeset
    from pamphlet.typeset.fit import fit_chapters

    def attempt(fits: dict[str, ChapterFit]):
        parts = [{**part, "statements": [{**s, "fit_style": fits[s["id"]].style(job.layout)}
                                         for s in part["statements"]]} for part in job.parts]
        html = render_book_html(BookPart.CHAPTER, job.book, parts, [], job.layout, job.context)
        return typeset(html, job.roots[0], job.layout.stylesheets, job.roots, job.options)

    idents = [s["id"] for part in job.parts for s in part["statements"]]
    try:
        seconds, what = budget.CHAPTER_SECONDS, f"setting {_chapter_name(job)}"
        with memory_budget(), cpu_budget(seconds, what, "chapter"):
            _, result = fit_chapters(attempt, idents, job.layout)
    except OverBudget as error:  # the search for the culprit would cost as much again
        raise PamphletError(f"{job.layout.folder}: {error}") from None
    except MemoryError:
        raise PamphletError(f"{job.layout.folder}: "
                            f"{memory_message(f'setting {_chapter_name(job)}')}") from None
    except PamphletError as error:
        raise PamphletError(_named(job, error)) from None
    return Chapter(result.pdf, result.page_count,
                   {name: page for name, (page, _, _) in result.anchors.items()},
                   result.reads)


def _chapter_name(job: ChapterJob) -> str:
    """The chapter by its statements, for a message: "the chapter of a.md … c.md"."""
    paths = [s["statement"].src_path.name for part in job.parts for s in part["statements"]]
    if not paths:
        return "a chapter of the book"
    return f"the chapter of {paths[0]}" + (f" … {paths[-1]}" if len(paths) > 1 else "")


def _named(job: ChapterJob, error: PamphletError) -> str:
    """The error of a chunk that failed, naming the statement it comes from: each of the
    chunk's statements is set alone until one fails the same way (a chunk holds several)."""
    from pamphlet.typeset.engine import typeset

    statements = [(part, s) for part in job.parts for s in part["statements"]]
    if len(statements) > 1:
        for part, values in statements:
            alone = [{**part, "statements": [{**values, "fit_style": ""}]}]
            html = render_book_html(BookPart.CHAPTER, job.book, alone, [], job.layout,
                                    job.context)
            try:
                typeset(html, job.roots[0], job.layout.stylesheets, job.roots, job.options)
            except PamphletError as alone_error:
                return f"{values['statement'].src_path}: {alone_error}"
    elif statements:
        return f"{statements[0][1]['statement'].src_path}: {error}"
    return f"collection: {error}"


def _cached(store: CacheStore, job: ChapterJob) -> Chapter | None:
    """The cached chapter, if it is whole and consistent with its PDF (else None)."""
    import pikepdf

    data = store.get("chapters", job.slot, job.key)
    if data is None:
        return None
    try:
        pdf = read_limited(store.blob("chapters", job.slot), MAX_CHAPTER_BYTES)
        pages, anchors, reads = data["pages"], data["anchors"], data.get("reads")
        ok = (hashlib.sha256(pdf).hexdigest() == data["sha256"]
              and isinstance(pages, int) and isinstance(anchors, dict)
              and all(isinstance(anchors.get(i), int) for i in job.ids))
        if ok:
            with pikepdf.open(io.BytesIO(pdf)) as document:
                # every anchor where the chapter's own named destinations put it
                ok = len(document.pages) == pages and _destinations(document) == anchors
    except (OSError, KeyError, TypeError, ValueError, RefusedFile, pikepdf.PdfError):
        ok = False
    if not ok:
        log.warning("collection: a cached chapter was damaged; setting it again")
        store.discard("chapters", job.slot)
        return None
    if not reads_unchanged(job.roots[0], reads):
        return None  # an image it shows was changed: set it again
    return Chapter(pdf, pages, anchors, reads)


def _destinations(document) -> dict[str, int]:
    """Each named destination of a chapter's PDF (WeasyPrint writes one per element id)
    and the page (from 1) it leads to."""
    import pikepdf

    names = document.Root.get("/Names")
    if not isinstance(names, pikepdf.Dictionary) or "/Dests" not in names:
        return {}
    pages = {page.objgen: number for number, page in enumerate(document.pages, 1)}
    found = {}
    for name, destination in pikepdf.NameTree(names.Dests).items():
        target = destination[0] if isinstance(destination, pikepdf.Array) and len(
            destination) else None
        found[str(name)] = pages.get(getattr(target, "objgen", None), 0)
    return found


def _keep(store: CacheStore, job: ChapterJob, chapter: Chapter) -> None:
    if not store.usable:
        return
    try:
        write_atomically(chapter.pdf, store.blob("chapters", job.slot))
    except OSError:
        return
    store.put("chapters", job.slot, job.key,
              {"pages": chapter.pages, "anchors": chapter.anchors, "reads": chapter.reads,
               "sha256": hashlib.sha256(chapter.pdf).hexdigest()}, list(job.sources))


def set_chapters(jobs: list[ChapterJob], store: CacheStore, workers: int) -> list[Chapter]:
    """Every chapter, from the cache where its inputs are unchanged, else set anew."""
    chapters: dict[int, Chapter] = {}
    missing = []
    for index, job in enumerate(jobs):
        cached = _cached(store, job)
        if cached is None:
            missing.append(index)
        else:
            chapters[index] = cached
    if workers > 1 and len(missing) > 1:
        with worker_pool(workers, len(missing)) as pool:
            try:
                for index, chapter in zip(missing, pool.map(set_chapter,
                                                            [jobs[i] for i in missing])):
                    chapters[index] = chapter
            except BrokenProcessPool:
                raise PamphletError(f"{jobs[0].layout.folder}: a worker setting the book's "
                                    "chapters stopped (a crash in a library, or memory past "
                                    "the memory budget)") from None
    else:
        for index in missing:
            chapters[index] = set_chapter(jobs[index])
    for index in missing:
        _keep(store, jobs[index], chapters[index])
    return [chapters[index] for index in range(len(jobs))]


def drop_unused(store: CacheStore, prefix: str, used: set[str]) -> None:
    """Forget this book's chapters beyond the ones it has now (it got shorter)."""
    for slot, _ in store.slots("chapters"):
        if slot.startswith(prefix) and slot not in used:
            store.discard("chapters", slot)
