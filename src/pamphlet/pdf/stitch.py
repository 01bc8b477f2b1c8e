"""Stage 4, finish (pikepdf): binding documents into one book: front matter, chapters and
back matter concatenated (with blank versos where a chapter ends on a recto), a leaves
document overlaid for running heads and folios, bookmarks written."""

from __future__ import annotations

import io

import pikepdf

from pamphlet.errors import PamphletError


def stitch_book(front: bytes, chapters: list[bytes], back: bytes,
                leaves_pdfs: list[bytes], blanks_after: list[bool], outline: list[tuple],
                page_labels: list[tuple[int, str, str]] = (), info: dict[str, str] | None = None
                ) -> bytes:
    """Front matter, chapters (each followed by a blank page where it ends on a recto)
    and back matter in one PDF, the leaves overlaid, bookmarks added; ``page_labels``
    ((first page index, prefix, style) each: "D" decimal, "" none) say what a viewer
    calls each page, ``info`` entries go into the document information."""
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
    if page_labels:
        set_page_labels(book, page_labels)
    mark_document(book, info or {})
    out = io.BytesIO()
    book.remove_unreferenced_resources()
    book.save(out, deterministic_id=True, compress_streams=True,
              object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    return out.getvalue()


def _overlay(book, page, leaf) -> None:
    """Draw ``leaf`` over ``page`` (same coordinates) under a fixed resource name, so the
    same book always gives the same bytes (pikepdf's add_overlay picks random names)."""
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
    for title, page, children in outline:
        item = pikepdf.OutlineItem(title, page)
        item.children.extend(_outline_items(children))
        yield item


def with_blank_page(pdf: bytes) -> bytes:
    """``pdf`` with a blank page of the same size added (a verso before a recto)."""
    document = pikepdf.open(io.BytesIO(pdf))
    add_blank_page(document)
    out = io.BytesIO()
    document.save(out, deterministic_id=True)
    return out.getvalue()


def set_page_labels(document, labels: list[tuple[int, str, str]]) -> None:
    """Page labels: from each (page index, prefix, style) on; style "D" counts from 1."""
    numbers = pikepdf.Array()
    for index, prefix, style in labels:
        label = pikepdf.Dictionary()
        if prefix:
            label.P = pikepdf.String(prefix)
        if style:
            label.S = pikepdf.Name("/" + style)
        numbers.extend([index, label])
    document.Root.PageLabels = pikepdf.Dictionary(Nums=numbers)


def mark_document(document, info: dict[str, str]) -> None:
    """Entries for the document information dictionary (what `pamphlet check` reads)."""
    for key, value in info.items():
        document.docinfo[key] = pikepdf.String(value)


def with_document_info(pdf: bytes, info: dict[str, str]) -> bytes:
    """``pdf`` with ``info`` in its document information dictionary."""
    document = pikepdf.open(io.BytesIO(pdf))
    mark_document(document, info)
    out = io.BytesIO()
    document.save(out, deterministic_id=True, compress_streams=True,
                  object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    return out.getvalue()
