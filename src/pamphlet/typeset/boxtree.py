"""Adjusting WeasyPrint's laid-out pages (its box tree): blocks moved down their page and
stretched after layout, and where a page's footnotes start (typeset/lines.py reads lines). Only engine.py calls this module, with
a document WeasyPrint has laid out; it imports WeasyPrint's box classes on first use."""

from __future__ import annotations

from pamphlet.units import PX


def _boxes():
    from weasyprint.formatting_structure import boxes

    return boxes


def _own_id(box, parent) -> str | None:
    """The id of the element ``box`` is the first box of (its parent's element is another;
    anonymous and pseudo-element boxes share their element's and carry none)."""
    element = getattr(box, "element", None)
    if element is None or getattr(box, "pseudo_type", None) or (
            parent is not None and getattr(parent, "element", None) is element):
        return None
    return element.get("id")


def _find(page_box, element_id: str):
    """The first box of the element with ``element_id`` on the page, or None."""
    def visit(box, parent=None):
        if _own_id(box, parent) == element_id:
            return box
        for child in box.all_children():
            found = visit(child, box)
            if found is not None:
                return found
        return None

    return visit(page_box)


def translate(page_box, element_id: str, down_px: float) -> bool:
    """Move the block with ``element_id`` (and everything in it) down; whether it was here."""
    box = _find(page_box, element_id)
    if box is None:
        return False
    box.translate(0, down_px)
    _place_backgrounds(page_box, box)
    return True


def translate_content(page_box, element_id: str, down_px: float) -> bool:
    """Move what the block with ``element_id`` holds down, the block itself (its borders)
    where it is; whether it was here."""
    box = _find(page_box, element_id)
    if box is None:
        return False
    for child in box.children:
        child.translate(0, down_px)
    return True


def grow(page_box, element_id: str, by_px: float) -> bool:
    """Make the block with ``element_id`` taller (its background with it), its content
    where it was; whether it was here."""
    box = _find(page_box, element_id)
    if box is None:
        return False
    box.height += by_px
    _place_backgrounds(page_box, box)
    return True


def _place_backgrounds(page_box, box) -> None:
    """Lay a moved box's backgrounds out again where it now is (WeasyPrint places them
    once, after layout), reusing the images already loaded for them."""
    from weasyprint.layout.background import layout_box_backgrounds

    images = {}
    for each in box.descendants():
        layers = each.background.layers if getattr(each, "background", None) else []
        urls = [value for kind, value in each.style["background_image"] if kind == "url"]
        images.update((url, layer.image) for url, layer in zip(urls, layers))
        for key, attribute in (("border_image_source", "border_image"),
                               ("mask_border_source", "mask_border_image")):
            kind, value = each.style[key]
            if kind == "url":
                images[value] = getattr(each, attribute, None)

    def loaded(url, orientation=None):
        return images.get(url)

    layout_box_backgrounds(page_box, box, loaded)


def footnote_area_top(page_box) -> float | None:
    """The top of the page's footnote area in pt, when it holds footnotes."""
    boxes = _boxes()
    for child in page_box.children:
        if isinstance(child, boxes.FootnoteAreaBox) and child.children:
            return child.position_y * PX
    return None


def translate_footnotes(page_box, down_px: float) -> float | None:
    """Move the page's footnote area (its rule and notes) down; its height in px, or None
    when the page has no footnotes."""
    boxes = _boxes()
    for child in page_box.children:
        if isinstance(child, boxes.FootnoteAreaBox) and child.children:
            child.translate(0, down_px)
            _place_backgrounds(page_box, child)
            return child.margin_height()
    return None


def regather(page) -> None:
    """Recompute a page's anchors and links after its boxes moved."""
    from weasyprint.anchors import gather_anchors

    page.anchors, page.links, page.bookmarks, page.forms = {}, [], [], {None: []}
    gather_anchors(page._page_box, page.anchors, page.links, page.bookmarks, page.forms)
