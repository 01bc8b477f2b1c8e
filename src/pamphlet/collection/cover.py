"""The print cover for perfect binding: back, spine and front on one sheet, with bleed;
the spine is the page count times the paper's thickness."""

from __future__ import annotations

from dataclasses import replace

from pamphlet.collection.book import BookSetter
from pamphlet.render.html import BookPart, render_book_html
from pamphlet.typeset.engine import typeset

#: The cover's margins: text keeps this far inside the trim and the folds.
COVER_MARGIN_MM = 15


def spine_width_mm(pages: int, paper_mm: float) -> float:
    """The spine of a perfect-bound book: one sheet per two pages."""
    return round((pages + 1) // 2 * paper_mm, 2)


def print_cover(setter: BookSetter, book: dict, pages: int) -> bytes:
    """The cover sheet, finished by the book's own target (boxes, marks, output intent)."""
    spine = spine_width_mm(pages, setter.workspace.config.binding.paper_thickness_mm)
    page = setter.layout.page
    cover_layout = replace(setter.layout, page=replace(
        page, width_mm=2 * page.width_mm + spine, margin_top_mm=COVER_MARGIN_MM,
        margin_right_mm=COVER_MARGIN_MM, margin_bottom_mm=COVER_MARGIN_MM,
        margin_left_mm=COVER_MARGIN_MM, mirrored=False))
    html = render_book_html(BookPart.COVER, {**book, "spine_mm": spine,
                                             "trim_mm": page.width_mm},
                            [], [], cover_layout, setter.context)
    result = typeset(html, setter.workspace.root, setter.layout.stylesheets, setter.roots,
                     setter.target.typeset_options(cover_layout, setter.settings, False))
    finished = setter.target.finish(result, cover_layout, setter.settings)
    return finished.outputs[0].data
