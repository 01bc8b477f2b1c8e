"""The print cover for perfect binding: back, spine and front on one sheet, the brand
colour to the bleed on every side; the spine is the page count times the paper's caliper
(pamphlet.toml ``[binding]``), and carries text only when it is wide enough to. A book with
an ISBN has its EAN-13 barcode at the foot of the back, by the spine (render/barcode.py)."""

from __future__ import annotations

from dataclasses import replace

from pamphlet.collection.book import BookSetter
from pamphlet.pdf.stitch import with_document_info
from pamphlet.render.barcode import barcode_markup
from pamphlet.render.html import BookPart, render_book_html
from pamphlet.units import MM

#: The cover's margins: text keeps this far inside the trim and the folds.
COVER_MARGIN_MM = 15
#: A spine narrower than this carries no text (it would not survive binding tolerances).
SPINE_TEXT_MIN_MM = 6
#: Spine text: at most this size, and at most this share of the spine's width.
SPINE_TEXT_MAX_PT, SPINE_TEXT_SHARE = 10, 0.45
#: Saddle stitching suits books up to about this many pages; perfect binding from about
#: PERFECT_FROM (between the two, either).
SADDLE_UP_TO, PERFECT_FROM = 48, 40
#: Many binders glue no spine narrower than this (a trade figure: ask the binder).
PERFECT_SPINE_MIN_MM = 3


def spine_width_mm(pages: int, paper_mm: float) -> float:
    """The spine of a perfect-bound book: one sheet per two pages."""
    return round((pages + 1) // 2 * paper_mm, 2)


def binding_advice(pages: int, spine_mm: float, paper: str) -> list[str]:
    """What to ask the print shop for, in a line or two: saddle stitching folds sheets of
    four pages (a multiple of four, blanks added at the end); perfect binding glues a spine
    too thin below about PERFECT_SPINE_MIN_MM."""
    blanks = -pages % 4
    saddle = "saddle stitching (staples through the fold" + (
        f"; {blanks} blank page{'s' if blanks > 1 else ''} at the end make the "
        f"{pages + blanks} pages it folds)" if blanks else ")")
    thin = spine_mm < PERFECT_SPINE_MIN_MM
    if pages < PERFECT_FROM or (thin and pages < SADDLE_UP_TO):
        lines = [f"{pages} pages: ask for {saddle}; the separate cover is for perfect "
                 "binding, should you want it"]
    elif pages < SADDLE_UP_TO:
        lines = [f"{pages} pages: {saddle} or perfect binding both work; for perfect "
                 f"binding the cover's spine is {spine_mm:g} mm on {paper}"]
    else:
        lines = [f"{pages} pages: ask for perfect binding (a glued spine); the cover's spine "
                 f"is {spine_mm:g} mm on {paper}"]
    if thin:
        lines.append(f"the spine ({spine_mm:g} mm) is under the {PERFECT_SPINE_MIN_MM} mm "
                     "many binders need to glue one (ask before ordering perfect binding) "
                     "and carries no text")
    elif spine_mm < SPINE_TEXT_MIN_MM:
        lines.append(f"the spine ({spine_mm:g} mm) is under {SPINE_TEXT_MIN_MM} mm: it carries "
                     "no text")
    return lines


def print_cover(setter: BookSetter, book: dict, pages: int) -> bytes:
    """The cover sheet, finished by the book's own target (boxes, marks, output intent,
    fold marks at the spine)."""
    binding = setter.workspace.config.binding
    spine = spine_width_mm(pages, binding.caliper_mm)
    page = setter.layout.page
    cover_layout = replace(setter.layout, page=replace(
        page, width_mm=2 * page.width_mm + spine, margin_top_mm=COVER_MARGIN_MM,
        margin_right_mm=COVER_MARGIN_MM, margin_bottom_mm=COVER_MARGIN_MM,
        margin_left_mm=COVER_MARGIN_MM, mirrored=False))
    spine_text = ""
    if spine >= SPINE_TEXT_MIN_MM:
        spine_text = " · ".join(v for v in (book["title"], book["publisher"]) if v)
    style = setter.context.style
    barcode = (barcode_markup(book["isbn"], style.svg_ink, style.svg_paper)
               if book["isbn"] else "")
    values = {**book, "barcode": barcode, "spine_mm": spine, "trim_mm": page.width_mm,
              "spine_text": spine_text,
              "spine_pt": round(min(SPINE_TEXT_MAX_PT, spine * MM * SPINE_TEXT_SHARE), 2)}
    html = render_book_html(BookPart.COVER, values, [], [], cover_layout, setter.context)
    result = setter.set_document(html, setter.target.typeset_options(cover_layout, setter.settings,
                                                                 False))
    finished = setter.target.finish_cover(result, cover_layout, setter.settings,
                                          (page.width_mm, page.width_mm + spine))
    return with_document_info(finished, {
        "/PamphletKind": "cover", "/PamphletLayout": setter.layout.name,
        "/PamphletTarget": setter.target.name, "/PamphletSpineMM": f"{spine:g}",
        "/PamphletPages": str(pages)})
