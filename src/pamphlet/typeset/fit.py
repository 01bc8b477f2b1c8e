"""The fitting loop of stage 3: render, typeset, measure, adjust, typeset again.

A layout has a page budget ("exactly 2 pages", "at most 4 pages") and bounds for its body
size. Copyfitting moves the body size (leading and the slogan block follow it) until the
statement fills its budget: a model of the text's height, ``fixed + k·size²``, is fitted to
the renders made so far and predicts the next size, so a fit costs three or four renders.
A statement too short even at the largest size sends its slogan block to the back page; a
layout that closes its last page with the slogan block has the block pushed to the foot.
When it cannot fit at the smallest size, the error says by about how many lines.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from pathlib import Path

from pamphlet.errors import PamphletError
from pamphlet.load.sources import Statement
from pamphlet.render.html import (Adjustments, ChapterFit, RenderContext, body_hyphenation,
                                  render_html)
from pamphlet.render.layouts import Layout
from pamphlet.render.qr import WARN_VERSION, make_symbol, urls_in
from pamphlet.typeset.engine import typeset
from pamphlet.typeset.lines import hyphenation_faults
from pamphlet.typeset.options import TypesetOptions, TypesetResult
from pamphlet.units import MM

log = logging.getLogger("pamphlet")

#: Space kept free under a pushed slogan block, against rounding in the layout engine.
PUSH_SLACK_PT = 0.75
#: How much shorter the second try at pushing is.
PUSH_RETRY_PT = 9.0
#: How many renders a fit may cost before settling for the best one found.
MAX_FIT_RENDERS = 4
#: Sizes closer than this are not worth another render.
SIZE_STEP_PT = 0.1


def adjustments_from_cache(data: dict | None, layout: Layout, label: str) -> Adjustments | None:
    """A cached fit, if it is one this layout could have made (else None, with a warning:
    a damaged or tampered cache must never set a statement outside its bounds)."""
    if data is None:
        return None
    names = {f.name for f in fields(Adjustments)}
    height = layout.page.height_mm * MM
    data = {**data, "unbroken": _unbroken_from_cache(data.get("unbroken", []))}
    try:
        adjustments = Adjustments(**{k: v for k, v in data.items() if k in names})
        body, push = adjustments.body_pt, adjustments.demands_push_pt
        plausible = (
            set(data) == names and adjustments.unbroken is not None
            and isinstance(adjustments.spread_to_back, bool)
            and (body is None or layout.type.min_pt - 1e-6 <= body <= layout.type.max_pt + 1e-6)
            and all(isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= height
                    for v in (push, adjustments.demands_shortfall_pt)))
    except TypeError:
        plausible = False
    if not plausible:
        log.warning("%s: the cached fit is not one %s could make; fitting again", label,
                    layout.name)
        return None
    return adjustments


def _unbroken_from_cache(value: object) -> tuple[tuple[int, int], ...] | None:
    """The words set whole, from JSON's lists back to pairs (None: not such a list)."""
    if not isinstance(value, list) or not all(
            isinstance(pair, list) and len(pair) == 2
            and all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in pair)
            for pair in value):
        return None
    return tuple(tuple(pair) for pair in value)


@dataclass
class Fitted:
    """The result of setting a statement: the typeset PDF and the adjustments that made it."""

    result: TypesetResult
    adjustments: Adjustments
    renders: int


class _Setter:
    """Renders one statement through one layout, counting and remembering the renders."""

    def __init__(self, statement: Statement, layout: Layout, context: RenderContext,
                 roots: tuple[Path, ...], options: TypesetOptions):
        self.statement, self.layout, self.context = statement, layout, context
        self.roots, self.options = roots, options
        self.renders = 0

    def __call__(self, adjustments: Adjustments) -> TypesetResult:
        self.renders += 1
        html = render_html(self.statement, self.layout, self.context, adjustments)
        result = typeset(html, self.statement.src_path.parent, self.layout.stylesheets,
                         self.roots, self.options)
        return with_qr_urls(result, html)

    def extent_pt(self, result: TypesetResult) -> float:
        """How much content height the statement used, over all its pages."""
        page = self.layout.page
        height = page.content_height_mm * MM
        anchor = result.anchors.get("demands") or result.anchors.get("text-end")
        if anchor is None:
            return result.page_count * height
        number, _, bottom = anchor
        return (number - 1) * height + bottom - page.margin_top_mm * MM


def set_statement(statement: Statement, layout: Layout, context: RenderContext,
                  roots: tuple[Path, ...], options: TypesetOptions,
                  known: Adjustments | None = None, start: Adjustments | None = None) -> Fitted:
    """Typeset ``statement`` within ``layout``'s page budget, or raise saying why not.

    ``known`` is a fit found before for the same inputs: it is tried first, in one render.
    ``start`` is the fit of an earlier version of the text (the last edit, in ``pamphlet
    serve``): while its body size still fills the budget, only the slogan block is placed
    again; otherwise the fit starts afresh.
    """
    attempt = _Setter(statement, layout, context, roots, options)
    if known is not None:
        result = attempt(known)
        if layout.budget.allows(result.page_count):
            return Fitted(result, known, attempt.renders)
    warm = _warm_start(attempt, start) if start is not None else None
    adjustments, result = warm or _copyfit(attempt)
    budget = layout.budget
    if budget.exact and statement.demands and (
            result.page_count < budget.exact
            or (result.page_count == budget.exact and _demands_alone_on_last_page(attempt,
                                                                                 result))):
        # Short: the slogan block takes the back page for itself, as a leaflet's back.
        adjustments = replace(adjustments, spread_to_back=True)
        result = attempt(adjustments)
    if not budget.allows(result.page_count):
        raise PamphletError(_budget_problem(result, adjustments, attempt))
    adjustments, result = _reset_hyphenation(attempt, adjustments, result)
    if layout.demands_to_foot and "demands" in result.anchors:
        adjustments, result = _push_demands_to_foot(attempt, adjustments, result)
    return Fitted(result, adjustments, attempt.renders)


def with_qr_urls(result: TypesetResult, html: str) -> TypesetResult:
    """``result`` knowing the QR codes its document draws, with a warning for a URL long
    enough to make its code dense (past version 6)."""
    result.qr_urls = urls_in(html)
    for url in dict.fromkeys(result.qr_urls):
        symbol = make_symbol(url)
        if symbol.version > WARN_VERSION:
            result.warnings.append(
                f"the QR code to {url} ({len(url)} characters) needs version "
                f"{symbol.version}, {symbol.modules} modules: a shorter address (a redirect) "
                "scans more easily")
    return result


def _copyfit(attempt: _Setter) -> tuple[Adjustments, TypesetResult]:
    """The largest body size within bounds at which the statement fits its budget."""
    layout = attempt.layout
    scale, budget = layout.type, layout.budget
    size = scale.body_pt
    adjustments = Adjustments(body_pt=size)
    result = attempt(adjustments)
    pages = budget.exact or budget.most
    if pages is None:
        return adjustments, result  # any length: nothing to fit
    if budget.most and budget.allows(result.page_count):
        return _save_a_page(attempt, adjustments, result)
    # Fill the budget's content height, less a line for pagination's own losses.
    target = pages * layout.page.content_height_mm * MM - size * scale.leading

    def fits(typeset_result: TypesetResult) -> bool:  # short is fine: the back is filled later
        return typeset_result.page_count <= pages

    tried = {size: result}
    best = (size, result) if fits(result) else None
    extent = attempt.extent_pt(result)
    # First guess: about three quarters of the height is body text, which grows with size².
    fixed, k = 0.25 * extent, 0.75 * extent / size**2
    while attempt.renders < MAX_FIT_RENDERS:
        wanted = math.sqrt(max(target - fixed, 1) / k) if k > 0 else scale.max_pt
        next_size = round(scale.clamp(wanted), 2)
        if best and next_size <= best[0] + SIZE_STEP_PT:
            break  # nothing larger to gain
        if any(abs(next_size - s) < SIZE_STEP_PT for s in tried):
            if not any(fits(r) for r in tried.values()) or next_size <= scale.min_pt:
                break
            next_size = round(scale.clamp(next_size - 0.25), 2)  # step down from an overflow
            if any(abs(next_size - s) < SIZE_STEP_PT for s in tried):
                break
        result = attempt(Adjustments(body_pt=next_size))
        tried[next_size] = result
        if fits(result) and (best is None or next_size > best[0]):
            best = (next_size, result)
        new_extent = attempt.extent_pt(result)
        if abs(next_size**2 - size**2) > 1e-6:
            k = (new_extent - extent) / (next_size**2 - size**2)
            fixed = extent - k * size**2
        size, extent = next_size, new_extent
    if best is None:
        smallest = min(tried)
        return Adjustments(body_pt=smallest), tried[smallest]
    return Adjustments(body_pt=best[0]), best[1]


#: A warm start keeps its body size while the text still fills the budget to this many lines.
WARM_FILL_LINES = 1.5


def _warm_start(attempt: _Setter, start: Adjustments
                ) -> tuple[Adjustments, TypesetResult] | None:
    """The earlier fit's body size, if the edited text still fills an exact budget with it
    (to within WARM_FILL_LINES, or at the largest size); None: fit afresh."""
    scale, budget = attempt.layout.type, attempt.layout.budget
    if not budget.exact or start.body_pt is None or start.spread_to_back:
        return None
    size = scale.clamp(start.body_pt)
    adjustments = Adjustments(body_pt=size)
    result = attempt(adjustments)
    if result.page_count > budget.exact:
        return None
    line = size * scale.leading
    target = budget.exact * attempt.layout.page.content_height_mm * MM - line
    if size >= scale.max_pt - SIZE_STEP_PT or attempt.extent_pt(result) >= target - \
            WARM_FILL_LINES * line:
        return adjustments, result
    return None


#: A last page filled less than this is worth a smaller size, if that saves the page.
SPARE_PAGE_FILL = 0.4


def _save_a_page(attempt: _Setter, adjustments: Adjustments,
                 result: TypesetResult) -> tuple[Adjustments, TypesetResult]:
    """Within an "at most" budget: a few lines on a last page are better pulled back by a
    smaller body size (within bounds) than printed on a page of their own."""
    scale, page = attempt.layout.type, attempt.layout.page
    height = page.content_height_mm * MM
    last_page_fill = attempt.extent_pt(result) / height - (result.page_count - 1)
    if result.page_count == 1 or last_page_fill > SPARE_PAGE_FILL:
        return adjustments, result
    best = None
    for size in (scale.min_pt, (scale.min_pt + (adjustments.body_pt or scale.body_pt)) / 2):
        if size >= (adjustments.body_pt or scale.body_pt) - SIZE_STEP_PT:
            break
        smaller = attempt(replace(adjustments, body_pt=round(size, 2)))
        if smaller.page_count >= result.page_count:
            break  # even the smallest size does not save the page
        best = (replace(adjustments, body_pt=round(size, 2)), smaller)
    return best or (adjustments, result)


def _demands_alone_on_last_page(attempt: _Setter, result: TypesetResult) -> bool:
    """Whether the body ended on an earlier page, leaving the slogan block on its own."""
    anchor = result.anchors.get("text-end")
    top = attempt.layout.page.margin_top_mm * MM
    return bool(anchor and anchor[0] == result.page_count > 1 and anchor[1] <= top + 1)


def _push_demands_to_foot(attempt: _Setter, adjustments: Adjustments,
                          result: TypesetResult) -> tuple[Adjustments, TypesetResult]:
    page, _, end_pt = result.anchors["demands"]
    free_pt = attempt.layout.page.content_bottom_mm * MM - end_pt - PUSH_SLACK_PT
    # WeasyPrint paginates a little more cautiously than the boxes it reports, so a push
    # that overflows is retried once a little shorter.
    for push_pt in (free_pt, free_pt - PUSH_RETRY_PT):
        if page != result.page_count or push_pt <= 1:
            break
        pushed_adjustments = replace(adjustments, demands_push_pt=push_pt,
                                     demands_shortfall_pt=free_pt + PUSH_SLACK_PT - push_pt)
        pushed = attempt(pushed_adjustments)
        if pushed.page_count == result.page_count:
            return pushed_adjustments, pushed
    return adjustments, result


#: Renders the hyphenation rules may add to a fit (usually one, often none).
MAX_HYPHENATION_RENDERS = 3


def _reset_hyphenation(attempt: _Setter, adjustments: Adjustments,
                       result: TypesetResult) -> tuple[Adjustments, TypesetResult]:
    """No more than two hyphenated lines in a row, no hyphen at the foot of a page or
    column, checked on the laid-out lines (typeset/lines.py): the words whose breaks break
    a rule are set whole and the statement set again, as long as it keeps its pages. The
    body's lines do not move when the slogan block is pushed down afterwards."""
    for _ in range(MAX_HYPHENATION_RENDERS):
        faults = hyphenation_faults(result.lines)
        if not faults:
            break
        record = body_hyphenation(attempt.statement, attempt.context.config,
                                  adjustments.unbroken)
        words = {record.word_of_soft_hyphen(block, k) for block, k in faults} - {None}
        if not words:
            break
        trial = replace(adjustments, unbroken=tuple(sorted({*adjustments.unbroken, *words})))
        retry = attempt(trial)
        if retry.page_count != result.page_count:
            break  # a rule is not worth a page
        adjustments, result = trial, retry
    return adjustments, result


def _budget_problem(result: TypesetResult, adjustments: Adjustments, attempt: _Setter) -> str:
    """Why the statement does not fit its layout, by how much, and what to do about it."""
    layout = attempt.layout
    pages = result.page_count
    counted = f"{pages} page{'s' if pages != 1 else ''}"
    if layout.budget.exact and pages < layout.budget.exact:
        return (f"takes {counted} but {layout.name} needs {layout.budget.describe()}; "
                "add a '::: demands' block for the back page, or use another layout")
    allowed = layout.budget.exact or layout.budget.most or pages
    over_pt = attempt.extent_pt(result) - allowed * layout.page.content_height_mm * MM
    size = adjustments.body_pt or layout.type.body_pt
    lines = max(1, math.ceil(over_pt / (size * layout.type.leading)))
    return (f"takes {counted} but {layout.name} allows {layout.budget.describe()}: over by "
            f"about {lines} line{'s' if lines != 1 else ''} at the smallest size "
            f"({size:g} pt); shorten it or try a longer layout such as statement-a4")


# Book chapters ------------------------------------------------------------------------
#
# A book's statements are set in chunks (collection/chapters.py), each statement a chapter
# opening on a recto. Two things a reader notices are fitted away, chunk by chunk, in a few
# renders of the whole chunk: a slogan block that does not fit the foot of a page goes to
# the next and leaves a hole (more than ``HOLE_LINES`` empty lines); a statement that fits
# one page is split over two. The knobs are the opening's sink (how far the title is set
# down the page: moving it moves the text of every later page by as much) and, within the
# layout's bounds, the body size (the text's height grows with its square, as above).

#: Empty lines a page may end with before a slogan block that starts the next page (a
#: space short of a third line: the type area is not a whole number of lines).
HOLE_LINES = 2.0
HOLE_SPACE_LINES = HOLE_LINES + 0.6
#: How far the sink may move from the layout's (in lines of text), to close a hole.
SINK_UP_LINES, SINK_DOWN_LINES = 6, 4
#: Kept in hand against rounding in the layout engine (in lines).
CHAPTER_SLACK_LINES = 0.35
#: The space above the slogan block (book.css: 7 mm), in lines.
BLOCK_SPACE_LINES = 1.5
#: Renders of a chunk a fit may cost beyond the first.
CHAPTER_ROUNDS = 3


def default_sink_pt(layout: Layout) -> float:
    """The opening's sink as book.css sets it: the title a third down the page."""
    page = layout.page
    return (page.height_mm / 3 - page.margin_top_mm - 20) * MM


@dataclass(frozen=True)
class ChapterFlaw:
    """What is wrong with one chapter as set: a hole before its slogan block (its size
    and the block's height, in lines), or a short statement split over two pages (by how
    much it runs over, in pt)."""

    hole_lines: float = 0
    block_lines: float = 0
    overflow_pt: float = 0
    #: How many lines of text come before the block (what a change of size acts on).
    text_lines: float = 0

    @property
    def badness(self) -> float:
        return (max(self.hole_lines - HOLE_LINES, 0) if self.hole_lines >= HOLE_SPACE_LINES
                else 0) + (100 if self.overflow_pt else 0)


def chapter_flaw(result: TypesetResult, ident: str, layout: Layout,
                 fit: ChapterFit) -> ChapterFlaw | None:
    """The flaw of chapter ``ident`` in a typeset chunk, from its anchors (the chapter
    ``ident``, its slogan block ``-demands``, its end ``-end``) and where each page's text
    ends; None when it has none."""
    anchors = result.anchors
    if ident not in anchors or f"{ident}-end" not in anchors:
        return None
    page = layout.page
    line = (fit.body_pt or layout.type.body_pt) * layout.type.leading
    top, bottom = page.margin_top_mm * MM, page.content_bottom_mm * MM
    opening, end = anchors[ident][0], anchors[f"{ident}-end"]
    sink = default_sink_pt(layout) if fit.sink_pt is None else fit.sink_pt
    if end[0] == opening + 1 and end[2] - top + CHAPTER_SLACK_LINES * line <= sink:
        return ChapterFlaw(overflow_pt=end[2] - top)  # would fit its opening page
    block = anchors.get(f"{ident}-demands")
    if not block or block[0] == opening or len(result.text_ends) < block[0] - 1:
        return None
    hole = (bottom - result.text_ends[block[0] - 2]) / line
    if hole < HOLE_SPACE_LINES:
        return None
    # what the page before would have to hold: the block, the lines carried over with it,
    # and the space above the block (dropped at the head of a page)
    above = BLOCK_SPACE_LINES if block[1] - top < 1 else 0
    before = ((block[0] - opening) * page.content_height_mm * MM + block[1] - top - sink)
    return ChapterFlaw(hole_lines=hole, block_lines=(block[2] - top) / line + above,
                       text_lines=before / line)


def _next_chapter_fit(flaw: ChapterFlaw, fit: ChapterFit, layout: Layout,
                      tried: set[ChapterFit]) -> ChapterFit | None:
    """The next fit to try for a flawed chapter (None: nothing left to try).

    The sink moves in whole lines (so the text of every later page moves by whole lines);
    the body size takes what a long statement needs beyond that: its text grows with the
    size's square, so 1 % of size moves ``2 % × its lines`` lines. Of the two ways out of a
    hole (pull the block back onto the page by gaining lines, or fill the page by pushing
    text on), the one that changes the page least is tried first.
    """
    scale = layout.type
    size = fit.body_pt or scale.body_pt
    line = size * scale.leading
    default = default_sink_pt(layout)
    sink = default if fit.sink_pt is None else fit.sink_pt
    if flaw.overflow_pt:  # a short statement: lift its title until it fits its page
        lines = math.ceil(flaw.overflow_pt / line + CHAPTER_SLACK_LINES)
        return _untried([ChapterFit(round(max(0.0, sink - lines * line), 2), fit.body_pt)],
                        fit, tried)
    low = max(default - SINK_UP_LINES * line, 0.0)
    high = default + SINK_DOWN_LINES * line
    text_lines = max(flaw.text_lines, 1)
    candidates = []
    for move in (-(flaw.block_lines - flaw.hole_lines + CHAPTER_SLACK_LINES),  # pull back
                 flaw.hole_lines - HOLE_LINES - CHAPTER_SLACK_LINES):  # fill the page
        for share in (0.0, 1.0):  # all from the sink, or as much as the size can take
            grown = scale.clamp(size * (1 + share * move / (2 * text_lines)))
            rest = move - 2 * text_lines * (grown / size - 1)
            lines = math.floor(rest) if move < 0 else math.ceil(rest)
            moved = sink + lines * line
            if low - 0.01 <= moved <= high + 0.01:
                change = abs(lines) + 100 * abs(grown / size - 1)
                candidates.append((change, ChapterFit(round(moved, 2), round(grown, 2)
                                                      if grown != scale.body_pt else None)))
    candidates.sort(key=lambda item: item[0])
    ordered = [c for _, c in candidates]
    ordered += [ChapterFit(round(c.sink_pt + d * line, 2), c.body_pt) for c in list(ordered)
                for d in (-1, 1) if low - 0.01 <= c.sink_pt + d * line <= high + 0.01]
    return _untried(ordered, fit, tried)


def _untried(candidates: list[ChapterFit], fit: ChapterFit, tried: set[ChapterFit]
             ) -> ChapterFit | None:
    return next((c for c in candidates if c not in tried and c != fit), None)


def fit_chapters(attempt: Callable[[dict[str, ChapterFit]], TypesetResult],
                 idents: list[str], layout: Layout,
                 known: dict[str, ChapterFit] | None = None
                 ) -> tuple[dict[str, ChapterFit], TypesetResult]:
    """The fits that leave no chapter of a chunk flawed (or the least flawed found), and
    the chunk set with them. ``attempt`` sets the chunk with a fit per chapter; chapters
    never change each other's pages (each opens on a recto), so one render tries a new fit
    for every flawed chapter at once."""
    fits = {ident: (known or {}).get(ident, ChapterFit(round(default_sink_pt(layout), 2)))
            for ident in idents}
    tried = {ident: {fit} for ident, fit in fits.items()}
    result = attempt(fits)
    best = {ident: (chapter_badness(result, ident, layout, fits[ident]), fits[ident])
            for ident in idents}
    for _ in range(CHAPTER_ROUNDS):
        changed = False
        for ident in idents:
            flaw = chapter_flaw(result, ident, layout, fits[ident])
            if flaw is None:
                continue
            following = _next_chapter_fit(flaw, fits[ident], layout, tried[ident])
            if following is not None:
                fits[ident] = following
                tried[ident].add(following)
                changed = True
        if not changed:
            break
        result = attempt(fits)
        for ident in idents:
            badness = chapter_badness(result, ident, layout, fits[ident])
            if badness < best[ident][0]:
                best[ident] = (badness, fits[ident])
    chosen = {ident: fit for ident, (_, fit) in best.items()}
    if chosen != fits:  # a later try made a chapter worse: set the best ones found
        result = attempt(chosen)
    return chosen, result


def chapter_badness(result: TypesetResult, ident: str, layout: Layout, fit: ChapterFit
                    ) -> float:
    flaw = chapter_flaw(result, ident, layout, fit)
    return flaw.badness if flaw else 0.0
