"""The laid-out lines of a rendered document, and the hyphenation rules checked on them.

WeasyPrint has no public API for lines; this module is the one place that walks its boxes
(``page._page_box`` down to ``LineBox`` and ``TextBox``). A line broken at a soft hyphen
ends with U+00AD followed by the drawn ``hyphenate-character``; soft hyphens are counted
per ``data-hy`` block in document order, the order render/hyphenate.py recorded them in,
so a laid-out break names its word.

WeasyPrint has no ``hyphenate-limit-lines`` either: ``hyphenation_faults`` finds runs of
more than two hyphenated lines and hyphens at the foot of a page or column, and the
fitting loop sets those words whole and renders again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pamphlet.units import PX

SOFT_HYPHEN = "\u00ad"
#: No more than this many hyphenated lines in a row.
MAX_HYPHENATED_RUN = 2


@dataclass(frozen=True)
class Line:
    """One laid-out line of text."""

    page: int  # from 1
    #: Top and bottom of the line box below the page's top edge, and its left edge, in pt.
    top: float
    bottom: float
    left: float
    text: str  # as laid out: soft hyphens kept, the drawn hyphen after a break
    #: The ``data-hy`` block the line belongs to (None: a block without soft hyphens).
    block: int | None = None
    #: Broken at a soft hyphen; which one of its block's (from 0).
    hyphenated: bool = False
    soft_hyphen: int | None = None
    #: Where on the page: "text" (the document's flow), "footnote" (the footnote area) or
    #: "margin" (a page-margin box: running head, folio, a running imprint).
    area: str = "text"
    #: The word spacing (em) the line would have if its broken word went down whole.
    spacing_if_undone: float = 0.0
    #: The right edge of its text, in pt from the page's left edge.
    right: float = 0.0
    #: The ids of the elements the line is set in, outermost first (copyfitting measures
    #: the body, the slogan block... by them).
    ids: tuple[str, ...] = ()

    def within(self, element_id: str) -> bool:
        return element_id in self.ids


def read_lines(document) -> list[Line]:
    """Every line of a rendered WeasyPrint ``Document``, page by page in box order."""
    from weasyprint.formatting_structure import boxes

    lines: list[Line] = []
    counters: dict[int, int] = {}

    def block_of(box, parent_element, inherited):
        element = getattr(box, "element", None)
        if element is None or element is parent_element or not hasattr(element, "get"):
            return inherited  # anonymous boxes and an element's own line boxes
        value = element.get("data-hy")
        if value is not None and value.isdigit():
            return int(value)
        return None if isinstance(box, boxes.BlockContainerBox) else inherited

    def walk(box, page: int, parent_element, block, area: str, ids: tuple[str, ...]) -> None:
        block = block_of(box, parent_element, block)
        element = getattr(box, "element", None)
        if (element is not None and element is not parent_element and hasattr(element, "get")
                and not getattr(box, "pseudo_type", None) and element.get("id")):
            ids = (*ids, element.get("id"))
        if isinstance(box, boxes.MarginBox):
            area = "margin"
        elif isinstance(box, boxes.FootnoteAreaBox):
            area = "footnote"
        if isinstance(box, boxes.LineBox):
            texts = [b for b in box.descendants() if isinstance(b, boxes.TextBox)]
            text = "".join(t.text for t in texts)
            if not text.strip():
                return
            hyphenated, ordinal, undone = False, None, 0.0
            if block is not None:
                hyphen = texts[-1].style["hyphenate_character"] or ""
                body = text[:-len(hyphen)] if hyphen and text.endswith(hyphen) else None
                if body is not None and body.endswith(SOFT_HYPHEN):
                    hyphenated = True
                    ordinal = counters.get(block, 0) + body.count(SOFT_HYPHEN) - 1
                    undone = _spacing_if_undone(texts, text, body)
                counters[block] = counters.get(block, 0) + text.count(SOFT_HYPHEN)
            right = max(t.position_x + t.width for t in texts)
            lines.append(Line(page, box.position_y * PX, (box.position_y + box.height) * PX,
                              box.position_x * PX, text, block, hyphenated, ordinal, area,
                              undone, right * PX, ids))
            return
        for child in getattr(box, "children", ()):
            if isinstance(child, boxes.Box):
                walk(child, page, element, block, area, ids)

    for number, page in enumerate(document.pages, 1):
        walk(page._page_box, number, None, None, "text", ())
    return lines


def text_ends(lines: list[Line], pages: int) -> list[float]:
    """For each page, how far below its top edge its lowest line of flowing text ends
    (0: none); footnotes and margin boxes aside."""
    ends = [0.0] * pages
    for line in lines:
        if line.area == "text":
            ends[line.page - 1] = max(ends[line.page - 1], line.bottom)
    return ends


def _spacing_if_undone(texts, text: str, body: str) -> float:
    """An estimate of a hyphenated line's word spacing (em) once its broken word goes
    down whole: the line loses the fragment, the hyphen and a gap, and its other gaps
    share the freed width."""
    em = texts[-1].style["font_size"] or 1
    gaps = text.rstrip(" ").count(" ") + text.count("\u00a0")
    if gaps <= 1:
        return float("inf")  # nothing left to stretch: undo this line last
    extra = max((t.justification_spacing for t in texts), default=0)
    natural = sum(t.width for t in texts) - extra * gaps
    char = natural / max(len(text) - text.count(SOFT_HYPHEN), 1)
    fragment = re.split(r"\s", body)[-1].replace(SOFT_HYPHEN, "")
    return (extra * gaps + (len(fragment) + 2) * char) / (gaps - 1) / em


def hyphenation_faults(lines: list[Line], max_run: int = MAX_HYPHENATED_RUN
                       ) -> list[tuple[int, int]]:
    """``(block, soft hyphen)`` of the breaks to undo: one line of every run of more than
    ``max_run`` hyphenated lines in a row (the one whose undoing loosens its line least),
    and a hyphenated line at the foot of a page or column (its block goes on on a later
    page, or higher up: the next column)."""
    faults: list[tuple[int, int]] = []
    by_block: dict[int, list[Line]] = {}
    for line in lines:
        if line.block is not None and line.area != "margin":
            by_block.setdefault(line.block, []).append(line)
    for block_lines in by_block.values():
        run: list[Line] = []
        for index, line in enumerate(block_lines):
            following = block_lines[index + 1] if index + 1 < len(block_lines) else None
            at_foot = following is not None and (following.page != line.page
                                                 or following.top < line.top)
            if not line.hyphenated:
                run = []
            elif at_foot:
                faults.append((line.block, line.soft_hyphen))
                run = []
            else:
                run.append(line)
                if len(run) > max_run:
                    pick = min(run[-(max_run + 1):], key=lambda ln: ln.spacing_if_undone)
                    faults.append((pick.block, pick.soft_hyphen))
                    run = run[run.index(pick) + 1:]
            if at_foot:
                run = []
    return faults


def hyphenated_runs(lines: list[Line]) -> list[int]:
    """The lengths of the runs of consecutive hyphenated lines in each block (for tests
    and reports)."""
    runs, run, previous = [], 0, None
    for line in lines:
        if line.area == "margin":
            continue
        key = (line.block, line.page)
        if line.hyphenated and key == previous:
            run += 1
        else:
            if run:
                runs.append(run)
            run = 1 if line.hyphenated else 0
        previous = key if line.hyphenated else None
    if run:
        runs.append(run)
    return runs
