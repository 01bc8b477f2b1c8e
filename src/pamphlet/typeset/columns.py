"""Balanced last columns: a multicol container whose text ends on a page ends it with its
columns level (the last at most one line shorter), as a setter balances a last page.

WeasyPrint 70 balances the columns of a container that ends on a page (``column-fill:
balance``), but grows the trial height by the whole height of the paragraph that would not
fit (weasyprint/layout/column.py, ``lost_space``): the last page of a long text ends with
one column many lines longer than the other. For a container marked ``data-balance`` the
layout of such a last fragment is searched again here, by bisection on a fixed column
height (``height`` with ``column-fill: auto``, which WeasyPrint lays out exactly): the
smallest height that holds the rest of the text in the container's columns. Each trial is
WeasyPrint's own layout, so orphans, widows, breaks, footnotes and right-to-left columns
keep its rules; a trial is taken back the way WeasyPrint takes back a layout it discards
(``remove_placeholders``).

``install`` wraps the column layout once per process (typeset/engine.py calls it).
"""

from __future__ import annotations

import inspect
from contextlib import contextmanager

#: The attribute that asks for balanced last columns.
BALANCE_ATTRIBUTE = "data-balance"
#: WeasyPrint 70's ``columns_layout`` parameters, the ones the wrapper passes on.
_PARAMETERS = ("context", "box", "bottom_space", "skip_stack", "containing_block",
               "page_is_empty", "absolute_boxes", "fixed_boxes", "adjoining_margins",
               "first_letter_style", "first_line_style")
#: Bisection stops when the bounds are this close, in CSS px.
PRECISION_PX = 0.5


def install() -> None:
    """Wrap WeasyPrint's column layout (idempotent)."""
    from weasyprint.layout import block

    if getattr(block.columns_layout, "balances_last_columns", False):
        return
    original = block.columns_layout
    if tuple(inspect.signature(original).parameters) != _PARAMETERS:
        return  # another WeasyPrint than 70's column layout: its own balancing stands

    def columns_layout(context, box, bottom_space, skip_stack, containing_block,
                       page_is_empty, absolute_boxes, fixed_boxes, adjoining_margins,
                       first_letter_style, first_line_style):
        def lay_out(layout_box):
            return original(context, layout_box, bottom_space, skip_stack, containing_block,
                            page_is_empty, absolute_boxes, fixed_boxes, adjoining_margins,
                            first_letter_style, first_line_style)

        result = lay_out(box)
        if not _wanted(box, result):
            return result
        return _rebalanced(box, result, lay_out,
                           lambda laid: block.remove_placeholders(
                               context, [laid], absolute_boxes, fixed_boxes))

    columns_layout.balances_last_columns = True
    block.columns_layout = columns_layout


def _wanted(box, result) -> bool:
    """A marked container of fixed column count and no spanning block, ending here in
    more than one column (its last fragment), with no height of its own."""
    element = getattr(box, "element", None)
    laid, resume_at = result[0], result[1]
    if (laid is None or resume_at is not None or element is None
            or not hasattr(element, "get") or element.get(BALANCE_ATTRIBUTE) is None):
        return False
    style = box.style
    if style["height"] != "auto" or style["column_count"] == "auto":
        return False
    if any(child.style["column_span"] == "all" for child in box.children):
        return False
    return len(_columns(laid)) > 1


def _columns(laid) -> list:
    return [child for child in laid.children if child.is_column]


def _lines(column) -> list:
    """A column's line boxes that hold something."""
    from weasyprint.formatting_structure import boxes

    return [line for line in column.descendants()
            if isinstance(line, boxes.LineBox) and line.children]


def _line_bottoms(column) -> list[float]:
    """The bottoms of a column's line boxes, in px from the page's top."""
    return [line.position_y + line.height for line in _lines(column)]


def _depth(laid) -> tuple[float, float, float]:
    """(deepest column's last line, shortest column's last line, a line's height) in px."""
    ends, heights = [], []
    for column in _columns(laid):
        ends.append(max(_line_bottoms(column), default=0.0))
        heights += [line.height for line in _lines(column)]
    line = sorted(heights)[len(heights) // 2] if heights else 0.0
    return max(ends), min(ends), line


def _rebalanced(box, result, lay_out, take_back):
    """The layout with the smallest fixed column height that holds the rest of the text
    (``result`` itself when its columns already end within a line of each other). When
    the rules that keep a short list whole across pages leave the columns uneven, the
    list may run on from one column into the next (beside it, on the same page): first
    keeping two items together at either end, then freely."""
    laid = result[0]
    deepest, shortest, line = _depth(laid)
    if line <= 0 or deepest - shortest <= line * 1.05:
        return result
    top, count = laid.content_box_y(), box.style["column_count"]
    total = sum(max(_line_bottoms(column), default=top) - top for column in _columns(laid))
    low, high = max(total / count - line, 0.0), deepest - top
    take_back(laid)
    best = None  # (unevenness, level, height)
    for level in range(3):
        with _lists_may_run_on(box, level) as loosened:
            if level and not loosened:
                break  # no list to part
            height = _smallest_height(box, lay_out, take_back, low, high)
            if height is None:
                continue
            attempt = _at_height(box, lay_out, height)
            if attempt[0] is None:
                continue
            take_back(attempt[0])
            ends = _depth(attempt[0])
            if attempt[1] is None and (best is None or ends[0] - ends[1] < best[0] - 0.5):
                best = (ends[0] - ends[1], level, height)
        if best is not None and best[0] <= line * 1.05:
            break
    if best is None:
        return lay_out(box)  # never worse than WeasyPrint's own
    with _lists_may_run_on(box, best[1]):
        chosen = _at_height(box, lay_out, best[2])
    if chosen[0] is not None:
        chosen[0].style = box.style  # the container as it was asked for: height auto
    return chosen


def _at_height(box, lay_out, height: float):
    """``box`` laid out in columns of a fixed ``height`` (px), filled in turn."""
    from weasyprint.css.properties import Dimension

    fixed = box.copy_with_children(box.children)
    fixed.style = box.style.copy()
    fixed.style["column_fill"] = "auto"
    fixed.style["height"] = Dimension(height, "px")
    return lay_out(fixed)


def _smallest_height(box, lay_out, take_back, low: float, high: float) -> float | None:
    """The smallest column height between ``low`` and ``high`` whose layout holds the
    rest of the text in the container's columns (None: not even ``high``)."""
    count = box.style["column_count"]

    def holds(height: float) -> bool:
        attempt = _at_height(box, lay_out, height)
        if attempt[0] is None:
            return False
        take_back(attempt[0])
        return attempt[1] is None and len(_columns(attempt[0])) <= count

    if not holds(high):
        return None
    while high - low > PRECISION_PX:
        middle = (low + high) / 2
        if holds(middle):
            high = middle
        else:
            low = middle
    return high


@contextmanager
def _lists_may_run_on(box, level: int):
    """While laying out, the lists kept whole across pages may part between the
    container's columns (beside each other, on one page): at ``level`` 1 their items'
    ``break-before: avoid`` is lifted but for the last item (the first keeps its
    ``break-after: avoid``: no item left behind or sent ahead), at level 2 for every
    item. Level 0 keeps the rules."""
    swapped = []
    for each in box.descendants() if level else ():
        items = [child for child in getattr(each, "children", ())
                 if getattr(child, "element_tag", None) == "li"]
        for item in items if level > 1 else items[1:-1]:
            if "avoid" in (item.style["break_before"], item.style["break_after"]):
                loose = item.style.copy()
                loose["break_before"] = "auto"
                if level > 1:
                    loose["break_after"] = "auto"
                swapped.append((item, item.style))
                item.style = loose
    try:
        yield len(swapped)
    finally:
        for item, style in swapped:
            item.style = style
