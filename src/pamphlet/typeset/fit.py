"""The fitting loop of stage 3: render, measure, predict, render again.

A layout has a page budget ("exactly 2 pages", "at most 4 pages"), a normal range for its
body and, for space to spare, what grows (layout.toml's ``[fill]``). Copyfitting sets a
statement once at the layout's own size, measures where its parts fell, and predicts from
that (model.py) the setting that fills the budget; that render is usually the last.

A leaflet (exact budget, slogan block at the foot of the back) is set one of three ways:

- ``flow``: the text runs from the front onto the back, the slogan band closes the back.
  A long statement shrinks within the normal range; one with space to spare grows its
  title, lead and slogan block first, then its body within the large range.
- ``back``: the text fills the front, the slogan block fills a back page of its own.
- ``front``: the whole statement on the front, the back a poster of the key demand.

An "at most" layout (the A4 statement) is set at its own size in one column, in two when
one would pass the budget, a size smaller when that saves a page. Space left on a page is
then given out by moving blocks down (settle.py). A statement that cannot be set says by
how much, and names a layout that would take it.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from pathlib import Path

from pamphlet.errors import PamphletError
from pamphlet.load.sources import Statement
from pamphlet.render.html import (RTL_LANGUAGES, Adjustments, ChapterFit, DemandsPlace,
                                  RenderContext, body_hyphenation, demand_texts,
                                  first_paragraph, lead_setting, poster_text, render_html,
                                  title_setting, type_sizes)
from pamphlet.render.layouts import Layout, LayoutKind, find_layouts
from pamphlet.render.qr import WARN_VERSION, make_symbol, urls_in
from pamphlet.typeset import model
from pamphlet.typeset.engine import LaidOut, lay_out
from pamphlet.typeset.lines import hyphenation_faults
from pamphlet.typeset.options import TypesetOptions, TypesetResult
from pamphlet.typeset.settle import settle, too_large_gap
from pamphlet.units import MM

log = logging.getLogger("pamphlet")

#: The space above the closing (components.css: 3 mm), when a render did not show it.
CLOSING_SPACE_PT = 3 * MM
#: How many renders a fit may cost before settling for the best one found.
MAX_FIT_RENDERS = 5
#: Room kept free when predicting a fit, in lines of the body (pagination's own losses).
SLACK_LINES = 1.0
#: Sizes closer than this are not worth another render.
SIZE_STEP_PT = 0.05
#: The share of a page of its own the slogan block's lines fill; a poster's demand.
BAND_FILL = 0.75
POSTER_FILL = 0.6
#: The largest a poster's demand is set.
POSTER_MAX_PT = 110
#: A last page filled less than this is worth a smaller size, if that saves the page.
SPARE_PAGE_FILL = 0.4


def adjustments_from_cache(data: dict | None, layout: Layout, label: str) -> Adjustments | None:
    """A cached fit, if it is one this layout could have made (else None, with a warning:
    a damaged or tampered cache must never set a statement outside its bounds)."""
    if data is None:
        return None
    names = {f.name for f in fields(Adjustments)}
    data = {**data, "unbroken": _unbroken_from_cache(data.get("unbroken", []))}
    try:
        adjustments = Adjustments.from_dict({k: v for k, v in data.items() if k in names})
        plausible = set(data) == names and _plausible(adjustments, layout)
    except (TypeError, ValueError, KeyError, AttributeError):
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


def _plausible(adjustments: Adjustments, layout: Layout) -> bool:
    variant = layout.in_two_columns() if adjustments.columns == 2 else layout
    if variant is None or adjustments.columns not in (1, 2):
        return False
    numbers = (adjustments.body_pt, adjustments.slogan_pt, adjustments.key_pt,
               adjustments.poster_pt)
    if not all(v is None or (isinstance(v, int | float) and not isinstance(v, bool)
                             and 4 <= v <= 400) for v in numbers):
        return False
    body = adjustments.body_pt
    return (adjustments.unbroken is not None
            and isinstance(adjustments.display, int | float) and 0 <= adjustments.display <= 1
            and (body is None or variant.type.min_pt - 1e-6 <= body
                 <= variant.largest_body_pt + 1e-6))


@dataclass
class Fitted:
    """The result of setting a statement: the typeset PDF and the adjustments that made it."""

    result: TypesetResult
    adjustments: Adjustments
    renders: int


class _Setter:
    """Renders one statement through one layout, counting the renders."""

    def __init__(self, statement: Statement, layout: Layout, context: RenderContext,
                 roots: tuple[Path, ...], options: TypesetOptions):
        self.statement, self.layout, self.context = statement, layout, context
        self.roots, self.options = roots, options
        self.renders = 0

    def variant(self, adjustments: Adjustments) -> Layout:
        """The layout as ``adjustments`` set it (in two columns, its own variant)."""
        if adjustments.columns == 2:
            return self.layout.in_two_columns() or self.layout
        return self.layout

    def __call__(self, adjustments: Adjustments) -> LaidOut:
        self.renders += 1
        layout = self.variant(adjustments)
        html = render_html(self.statement, layout, self.context, adjustments)
        return lay_out(html, self.statement.src_path.parent, layout.stylesheets,
                       self.roots, self.options)


def set_statement(statement: Statement, layout: Layout, context: RenderContext,
                  roots: tuple[Path, ...], options: TypesetOptions,
                  known: Adjustments | None = None, start: Adjustments | None = None) -> Fitted:
    """Typeset ``statement`` within ``layout``'s page budget, or raise saying why not.

    ``known`` is a fit found before for the same inputs: it is tried first, in one render.
    ``start`` is the fit of an earlier version of the text (the last edit, in ``pamphlet
    serve``): the fit starts from it, and keeps it while it still fills the pages.
    """
    attempt = _Setter(statement, layout, context, roots, options)
    if known is not None:
        laid = attempt(known)
        if _placed(attempt, known, laid):
            return _finish(attempt, known, laid)
    if start is not None and not _plausible(start, layout):
        start = None
    adjustments, laid = _fit(attempt, start)
    adjustments, laid = _reset_hyphenation(attempt, adjustments, laid)
    return _finish(attempt, adjustments, laid)


def _finish(attempt: _Setter, adjustments: Adjustments, laid: LaidOut) -> Fitted:
    """Settle the chosen render, write it, and note its QR codes."""
    settle(laid, attempt.variant(adjustments), adjustments, attempt.context.style.bands)
    result = with_qr_urls(laid.write(), laid.html)
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


# --- measuring a render ------------------------------------------------------------------

@dataclass(frozen=True)
class _Measured:
    """Where a render's parts fell, in flow coordinates: pt from the head of page 1's type
    area, each page adding its type area's height."""

    layout: Layout
    adjustments: Adjustments
    pages: int
    #: The body's top and the end of the text (the end on its own page).
    start: float
    end: float
    end_page: int
    #: The slogan block's page, its height, and the space above it.
    demands_page: int | None
    demands_pt: float
    demands_gap: float
    #: The imprint and QR code under the slogan block, with the space above them (and the
    #: footnotes at the foot of the text's last page).
    closing_pt: float
    #: The first paragraph's height, when the body starts with it.
    lead_pt: float = 0.0

    @property
    def body(self) -> float:
        return self.end - self.start


#: The ids of the elements the body's lines are set in.
BODY_IDS = frozenset({"body", "columns"})


def _measure(attempt: _Setter, adjustments: Adjustments, laid: LaidOut) -> _Measured:
    """Where the parts fell. The body's height is the sum of what its lines span on each
    page, so space a page break leaves (a paragraph carried over with the slogan block)
    does not count as text."""
    layout = attempt.variant(adjustments)
    page = layout.page
    height, top = page.content_height_mm * MM, page.margin_top_mm * MM

    def flow(number: int, y: float) -> float:
        return (number - 1) * height + y - top

    anchors = laid.anchors
    spans = []
    for number in range(1, laid.page_count + 1):
        body = [line for line in laid.page_lines(number) if line.area == "text"
                and BODY_IDS.intersection(line.ids)]
        if body:
            spans.append((number, body[0].top, max(line.bottom for line in body)))
    if spans:
        start = flow(spans[0][0], spans[0][1])
        end = start + sum(bottom - first for _, first, bottom in spans)
        end_page = spans[-1][0]
        end_y = spans[-1][2]
    else:
        start = flow(anchors["body"][0], anchors["body"][1]) if "body" in anchors else 0.0
        end, end_page, end_y = start, anchors.get("body", (1,))[0], start
    demands = anchors.get("demands")
    closing = anchors.get("closing")
    gap = demands[1] - end_y if demands and demands[0] == end_page else 18.0
    lead = anchors.get("lead")
    in_body = lead is not None and spans and lead[0] == spans[0][0]
    # footnotes at the foot of the text's last page take room from the slogan block there
    notes_top = laid.footnotes_top[end_page - 1] if end_page <= laid.page_count else None
    notes = page.content_bottom_mm * MM - notes_top if notes_top is not None else 0.0
    return _Measured(
        layout=layout, adjustments=adjustments, pages=laid.page_count, start=start,
        end=end, end_page=end_page,
        demands_page=demands[0] if demands else None,
        demands_pt=demands[2] - demands[1] if demands else 0.0,
        demands_gap=min(max(gap, 0.0), 40.0) if demands else 0.0,
        closing_pt=(closing[2] - demands[2] if demands and closing[0] == demands[0]
                    else closing[2] - closing[1] + CLOSING_SPACE_PT) + notes if closing
        else notes,
        lead_pt=lead[2] - lead[1] if in_body else 0.0)


def _placed(attempt: _Setter, adjustments: Adjustments, laid: LaidOut) -> bool:
    """Whether a render keeps the budget, with everything on the pages it belongs on, and
    no page left emptier than a third of its height once settled."""
    layout = attempt.variant(adjustments)
    budget = layout.budget
    if not budget.allows(laid.page_count):
        return False
    if budget.exact and attempt.statement.demands and layout.demands_to_foot:
        anchors = laid.anchors
        demands_page = anchors.get("demands", (0,))[0]
        end_page = anchors.get("text-end", (0,))[0]
        place = adjustments.demands
        if place is DemandsPlace.FLOW and demands_page != budget.exact:
            return False
        if place is DemandsPlace.BACK and (demands_page != budget.exact
                                           or end_page != budget.exact - 1):
            return False
        if place is DemandsPlace.FRONT and (demands_page != budget.exact - 1
                                            or anchors.get("poster", (0,))[0] != budget.exact):
            return False
    if budget.exact:
        settle(laid, layout, adjustments, attempt.context.style.bands)
        return too_large_gap(laid, layout, adjustments) is None
    return True


# --- fitting -----------------------------------------------------------------------------

def _fit(attempt: _Setter, start: Adjustments | None) -> tuple[Adjustments, LaidOut]:
    layout = attempt.layout
    if layout.budget.exact and layout.demands_to_foot:
        return _fit_leaflet(attempt, start)
    if layout.budget.most or layout.budget.exact:
        return _fit_document(attempt, start)
    adjustments = Adjustments(body_pt=layout.type.body_pt)
    return adjustments, attempt(adjustments)  # any length: nothing to fit


def _fit_document(attempt: _Setter, start: Adjustments | None = None
                  ) -> tuple[Adjustments, LaidOut]:
    """An "at most" (or exact, without a slogan band) budget: the layout's own size in one
    column; a smaller size when that saves a page or keeps the budget; two columns when
    one would pass it. The slogan block never stands alone on the last page."""
    return _never_alone(attempt, *_fit_pages(attempt, start))


def _fit_pages(attempt: _Setter, start: Adjustments | None
               ) -> tuple[Adjustments, LaidOut]:
    layout = attempt.layout
    budget = layout.budget
    pages = budget.exact or budget.most
    if start is not None and start.columns == 1:
        warm = attempt(start)
        if budget.allows(warm.page_count) and too_large_gap(warm, layout, start) is None:
            return start, warm
    first = Adjustments(body_pt=layout.type.body_pt)
    laid = attempt(first)
    probe = _measure(attempt, first, laid)
    if budget.allows(laid.page_count):
        return _save_a_page(attempt, first, laid, probe)
    tried = [(first, laid)]
    two = layout.in_two_columns()
    for variant in filter(None, (layout, two)):
        low = variant.type.min_pt
        room = _room_for_body(probe, variant, pages)
        need = model.body_height(variant, probe.body, layout, first.body_pt, low)
        if variant is layout and two is not None and need > room:
            continue  # even the smallest size would pass the budget: two columns
        size = model.size_for_body(variant, room, probe.body, layout, first.body_pt, low,
                                   variant.type.body_pt)
        for _ in range(3):
            adjustments = Adjustments(body_pt=round(size, 2), columns=variant.columns)
            laid = attempt(adjustments)
            tried.append((adjustments, laid))
            if budget.allows(laid.page_count):
                return adjustments, laid
            if size <= low + SIZE_STEP_PT:
                break
            measured = _measure(attempt, adjustments, laid)
            smaller = model.size_for_body(variant, _room_for_body(measured, variant, pages),
                                          measured.body, variant, size, low, size)
            size = max(low, min(smaller, size - 0.1))
    raise PamphletError(_too_long(attempt, *tried[-1]))


def _alone(laid: LaidOut) -> bool:
    """Whether the slogan block opens a page the text ended before."""
    end, demands = laid.anchors.get("text-end"), laid.anchors.get("demands")
    return end is not None and demands is not None and end[0] < demands[0]


def _never_alone(attempt: _Setter, adjustments: Adjustments, laid: LaidOut
                 ) -> tuple[Adjustments, LaidOut]:
    """A slogan block left alone on the last page (the break rules cannot hold it to the
    text across two columns) is brought back by the smallest size of the normal range,
    which lets it join the page before, or sent over with lines of text by the largest."""
    if not _alone(laid) or adjustments.body_pt is None:
        return adjustments, laid
    scale = attempt.variant(adjustments).type
    for size in (scale.min_pt, scale.max_pt):
        if abs(size - adjustments.body_pt) < SIZE_STEP_PT:
            continue
        trial = replace(adjustments, body_pt=size)
        tried = attempt(trial)
        if attempt.layout.budget.allows(tried.page_count) and not _alone(tried):
            return trial, tried
    return adjustments, laid


def _room_for_body(measured: _Measured, layout: Layout, pages: int) -> float:
    """The body height ``pages`` pages leave after the head and the slogan block."""
    height = layout.page.content_height_mm * MM
    slack = SLACK_LINES * layout.leading_at(layout.type.body_pt)
    return (pages * height - measured.start - measured.demands_gap - measured.demands_pt
            - measured.closing_pt - slack)


def _save_a_page(attempt: _Setter, adjustments: Adjustments, laid: LaidOut,
                 probe: _Measured) -> tuple[Adjustments, LaidOut]:
    """Close the text with its slogan block: a few lines on a last page are better pulled
    back by a smaller size (within the normal range) than printed on a page of their own;
    a page the slogan block left emptier than a third is filled by a larger size (within
    the large range) that sends more of the text over with it."""
    layout = attempt.layout
    height = layout.page.content_height_mm * MM
    fill = (probe.end + probe.demands_gap + probe.demands_pt) / height - (probe.pages - 1)
    if probe.pages > 1 and fill <= SPARE_PAGE_FILL:
        wanted = _room_for_body(probe, layout, probe.pages - 1)
        size = model.size_for_body(layout, wanted, probe.body, layout, adjustments.body_pt,
                                   layout.type.min_pt, adjustments.body_pt)
        if model.body_height(layout, probe.body, layout, adjustments.body_pt,
                             layout.type.min_pt) <= wanted * 1.02:
            smaller = replace(adjustments, body_pt=round(size, 2))
            tried = attempt(smaller)
            if tried.page_count < laid.page_count:
                return smaller, tried
    gap = too_large_gap(laid, layout, adjustments)
    if gap is None or probe.end_page != probe.pages or layout.largest_body_pt <= (
            adjustments.body_pt + SIZE_STEP_PT):
        return adjustments, laid
    # the text ended on the page before, the slogan block did not fit under it: grow the
    # text until it fills that page and carries a few lines over
    carried = 4 * layout.leading_at(layout.largest_body_pt)
    room = (probe.pages - 1) * height - probe.start + carried
    if model.body_height(layout, probe.body, layout, adjustments.body_pt,
                         layout.largest_body_pt) < room:
        return adjustments, laid  # not even the largest size fills it: settling sinks it
    size = model.size_for_body(layout, room, probe.body, layout, adjustments.body_pt,
                               adjustments.body_pt, layout.largest_body_pt)
    larger = replace(adjustments, body_pt=round(size, 2))
    tried = attempt(larger)
    if layout.budget.allows(tried.page_count) and too_large_gap(tried, layout, larger) is None:
        return larger, tried
    return adjustments, laid


def _fit_leaflet(attempt: _Setter, start: Adjustments | None = None
                 ) -> tuple[Adjustments, LaidOut]:
    """An exact budget with the slogan block at the foot of the last page. The first
    render is at the layout's own size (or the earlier fit a warm start gives, kept when it
    still fills the pages); the planner predicts the rest from it."""
    layout = attempt.layout
    first = start or Adjustments(body_pt=layout.type.body_pt)
    laid = attempt(first)
    if start is not None and _placed(attempt, first, laid):
        return first, laid
    probe = _measure(attempt, first, laid)
    plan = _Planner(attempt, probe)
    if plan.too_short():
        raise PamphletError(_too_short(attempt, first, laid, layout.budget.exact - 1))
    adjustments = plan.choose()
    tried: list[tuple[Adjustments, LaidOut]] = []
    if adjustments == first:
        tried.append((first, laid))
    while True:
        if not tried or tried[-1][0] != adjustments:
            laid = attempt(adjustments)
            tried.append((adjustments, laid))
        if _placed(attempt, adjustments, laid):
            return adjustments, laid
        if attempt.renders >= MAX_FIT_RENDERS:
            break
        measured = _measure(attempt, adjustments, laid)
        plan.learn(measured)
        better = plan.correct(adjustments, laid, measured)
        if better is None or any(better == a for a, _ in tried):
            break
        adjustments = better
    return _best_or_fail(attempt, tried)


def _best_or_fail(attempt: _Setter, tried: list[tuple[Adjustments, LaidOut]]
                  ) -> tuple[Adjustments, LaidOut]:
    """The best render within the budget (its gaps as small as they came), else why not.
    A statement that leaves a page before its last emptier than a third even at the
    largest size is too short for the layout."""
    layout = attempt.layout
    within = [(a, laid) for a, laid in tried if _placed_loosely(attempt, a, laid)]
    if within:
        adjustments, laid = max(within, key=lambda t: (t[0].body_pt or 0))
        gap = too_large_gap(laid, attempt.variant(adjustments), adjustments)
        if (gap is not None and 1 < gap.page < laid.page_count and adjustments.body_pt
                and adjustments.body_pt >= layout.largest_body_pt - SIZE_STEP_PT):
            raise PamphletError(_too_short(attempt, adjustments, laid, gap.page))
        return adjustments, laid
    adjustments, laid = min(tried, key=lambda t: t[1].page_count)
    if laid.page_count < (layout.budget.exact or 0):
        raise PamphletError(_too_short(attempt, adjustments, laid))
    raise PamphletError(_too_long(attempt, adjustments, laid))


def _placed_loosely(attempt: _Setter, adjustments: Adjustments, laid: LaidOut) -> bool:
    """Within the budget with the slogan block where it belongs (gaps aside)."""
    layout = attempt.variant(adjustments)
    if not layout.budget.allows(laid.page_count):
        return False
    demands = laid.anchors.get("demands")
    return demands is None or adjustments.demands is DemandsPlace.FRONT or (
        demands[0] == layout.budget.exact)


def _sizes_of(sizes: model.SloganSizes) -> dict:
    return {"slogan_pt": sizes.slogan_pt, "key_pt": sizes.key_pt}


class _LeadModel:
    """The first paragraph's height as its setting changes (lead or not), scaled
    by how a render measured it."""

    def __init__(self, attempt: _Setter, probe: _Measured):
        self.layout = attempt.layout
        statement = attempt.statement
        self.paragraph = None if self.layout.fill.cover else first_paragraph(
            body_hyphenation(statement, attempt.context.config).html)
        self.direction = "rtl" if statement.lang.split("-")[0] in RTL_LANGUAGES else "ltr"
        self.factor = 1.0
        self.learn(probe)

    def predicted(self, adjustments: Adjustments) -> float:
        if self.paragraph is None:
            return 0.0  # none, or on a cover rather than in the body
        return lead_setting(self.paragraph[2], self.paragraph[1],
                            type_sizes(self.layout, adjustments), self.layout,
                            self.direction).height_pt

    def learn(self, measured: _Measured) -> None:
        predicted = self.predicted(measured.adjustments)
        if measured.lead_pt and predicted:
            self.factor = measured.lead_pt / predicted

    def height(self, size: float, display: float) -> float:
        return self.predicted(Adjustments(body_pt=size, display=display)) * self.factor


class _Planner:
    """Predicts a leaflet's setting from one measured render, and corrects it from the
    next: body sizes from model.py's growth, slogan sizes from their lines."""

    def __init__(self, attempt: _Setter, probe: _Measured):
        self.attempt, self.layout = attempt, attempt.layout
        self.statement = attempt.statement
        self.probe = probe
        self.lead = _LeadModel(attempt, probe)
        # a measured height of the body without its lead, and the size it was measured at
        self.body_at = (probe.body - probe.lead_pt, probe.adjustments.body_pt)
        page = self.layout.page
        self.height = page.content_height_mm * MM
        self.pages = self.layout.budget.exact
        self.demands = demand_texts(self.statement, self.layout)
        self.poster = poster_text(self.statement, self.layout)
        # the slogan block's padding and rules: its measured height less its lines'
        sizes = type_sizes(self.layout, probe.adjustments)
        base = model.SloganSizes(sizes.slogan_pt, sizes.key_pt)
        self.demands_frame = max(probe.demands_pt
                                 - model.demands_text_height(self.demands, base, self.layout), 0)

    # the parts' heights ----------------------------------------------------------------
    def head(self, display: float) -> float:
        """Where the body starts, for a title grown by ``display``."""
        if self.layout.fill.cover:
            return self.probe.start
        size0, lines0 = title_setting(self.statement, self.layout, self.probe.adjustments.display)
        size, lines = title_setting(self.statement, self.layout, display)
        return self.probe.start + model.TITLE_LEADING * (size * lines - size0 * lines0)

    def body(self, size: float, display: float = 0.0) -> float:
        measured, at = self.body_at
        return (model.body_height(self.layout, measured, self.layout, at, size)
                + self.lead.height(size, display))

    def base_slogans(self, size: float) -> model.SloganSizes:
        return model.SloganSizes(size * self.layout.slogans.size_em,
                                 size * self.layout.slogans.key_size_em)

    def demands_height(self, sizes: model.SloganSizes) -> float:
        return self.demands_frame + model.demands_text_height(self.demands, sizes, self.layout)

    def slack(self, size: float) -> float:
        return SLACK_LINES * self.layout.leading_at(size)

    def size_for(self, room: float, low: float, high: float, display: float = 0.0) -> float:
        """The largest body size in [low, high] whose body (and lead) takes at most
        ``room``."""
        if self.body(high, display) <= room:
            return high
        for _ in range(24):
            middle = (low + high) / 2
            low, high = (middle, high) if self.body(middle, display) <= room else (low, middle)
        return low

    def too_short(self) -> bool:
        """Whether even at the largest size the text would not reach a third of the way
        into its last page (a folded leaflet's inside; a flat one's front always takes it)."""
        if self.pages <= 2:
            return False
        largest = self.layout.largest_body_pt
        return (self.head(1.0) + self.body(largest, 1.0)
                < (self.pages - 2 + 1 / 3) * self.height)

    # choosing -------------------------------------------------------------------------
    def choose(self) -> Adjustments:
        """The setting predicted to fill the leaflet."""
        layout, fill = self.layout, self.layout.fill
        scale = layout.type
        if not self.demands:
            return self._flow_without_demands()
        grown = 1.0 if (fill.title_max_pt or fill.lead_max_em) else 0.0
        gap = self.probe.demands_gap
        normal = self.base_slogans(scale.max_pt)
        # the whole statement before the back (on the front of a leaflet, inside a folded
        # one), the back a poster: with the title and the lead grown as far as that allows
        # (a front holding everything is fuller than one whose slogan block went over)
        if fill.demands_to_front:
            for display in dict.fromkeys((grown, grown / 2, 0.0)):
                text_room = (self.pages - 1) * self.height - self.head(display)
                if self.body(scale.max_pt, display) <= (
                        text_room - gap - self.demands_height(normal)
                        - self.slack(scale.max_pt)):
                    return self._front(display)
        text_room = (self.pages - 1) * self.height - self.head(grown)
        # the text fills the front (or the inside), the slogan block a back page alone
        if self.body(scale.max_pt, grown) <= text_room - self.slack(scale.max_pt):
            return self._back(grown, text_room)
        return self._flow(grown)

    def _flow_without_demands(self) -> Adjustments:
        scale = self.layout.type
        room = self.pages * self.height - self.head(0) - self.probe.closing_pt
        size = self.size_for(room - self.slack(scale.body_pt), scale.min_pt,
                             self.layout.largest_body_pt)
        return Adjustments(body_pt=round(size, 2))

    def _flow(self, grown: float) -> Adjustments:
        layout, fill, scale = self.layout, self.layout.fill, self.layout.type
        gap, closing = self.probe.demands_gap, self.probe.closing_pt
        total = self.pages * self.height

        def room(display: float, sizes: model.SloganSizes, size: float) -> float:
            return (total - self.head(display) - gap - self.demands_height(sizes) - closing
                    - self.slack(size))

        size = self.size_for(room(0, self.base_slogans(scale.max_pt), scale.max_pt),
                             scale.min_pt, scale.max_pt)
        display = 0.0
        if size >= scale.max_pt - SIZE_STEP_PT:  # space to spare: title, lead, slogans
            display = grown
            capped = model.SloganSizes(fill.slogan_max_pt, fill.key_max_pt)
            size = self.size_for(room(display, capped, layout.largest_body_pt), scale.max_pt,
                                 layout.largest_body_pt, display)
        size = round(size, 2)
        slogans = self._slogans_under_text(size, display)
        return Adjustments(body_pt=size, display=display, slogan_pt=slogans.slogan_pt,
                           key_pt=slogans.key_pt)

    def _slogans_under_text(self, size: float, display: float) -> model.SloganSizes:
        """Slogan sizes filling what the text leaves of the last page."""
        fill = self.layout.fill
        end = self.head(display) + self.body(size, display)
        on_last = end - (self.pages - 1) * self.height
        room = (self.height - max(on_last, 0) - self.probe.demands_gap - self.probe.closing_pt
                - self.demands_frame - self.slack(size))
        base = self.base_slogans(size)
        largest = model.SloganSizes(fill.slogan_max_pt, fill.key_max_pt)
        if on_last < self.height * 0.3:  # the back is mostly the band's: fill it
            largest = model.SloganSizes(fill.band_slogan_max_pt, fill.band_key_pt[1])
        return model.fill_demands(self.demands, self.layout, room * BAND_FILL / 0.75
                                  if largest.key_pt > fill.key_max_pt else room, base, largest)

    def _back(self, grown: float, text_room: float) -> Adjustments:
        layout, fill = self.layout, self.layout.fill
        size = round(self.size_for(text_room - self.slack(layout.largest_body_pt),
                                   layout.type.max_pt, layout.largest_body_pt, grown), 2)
        room = (self.height - self.probe.closing_pt - self.demands_frame) * BAND_FILL
        low, high = fill.band_key_pt
        base = model.SloganSizes(low / self.layout.slogans.key_size_em
                                 * self.layout.slogans.size_em, low)
        slogans = model.fill_demands(self.demands, layout, room, base,
                                     model.SloganSizes(fill.band_slogan_max_pt, high),
                                     smallest=self.base_slogans(size))
        return Adjustments(demands=DemandsPlace.BACK, body_pt=size, display=grown,
                           slogan_pt=slogans.slogan_pt, key_pt=slogans.key_pt)

    def _front(self, grown: float) -> Adjustments:
        layout, fill, scale = self.layout, self.layout.fill, self.layout.type
        gap = self.probe.demands_gap
        text_room = (self.pages - 1) * self.height - self.head(grown)
        normal = self.base_slogans(scale.max_pt)
        size = self.size_for(text_room - gap - self.demands_height(normal)
                             - self.slack(layout.largest_body_pt), scale.max_pt,
                             layout.largest_body_pt, grown)
        size = round(size, 2)
        end = self.head(grown) + self.body(size, grown) - (self.pages - 2) * self.height
        room = self.height - end - gap - self.demands_frame - self.slack(size)
        slogans = model.fill_demands(self.demands, layout, room, self.base_slogans(size),
                                     model.SloganSizes(fill.slogan_max_pt, fill.key_max_pt))
        poster_room = (self.height - self.probe.closing_pt) * POSTER_FILL
        poster = model.poster_size(self.poster, layout, poster_room, fill.poster_key_min_pt,
                                   POSTER_MAX_PT) if self.poster else None
        return Adjustments(demands=DemandsPlace.FRONT, body_pt=size, display=grown,
                           slogan_pt=slogans.slogan_pt, key_pt=slogans.key_pt,
                           poster_pt=poster)

    # correcting -----------------------------------------------------------------------
    def learn(self, measured: _Measured) -> None:
        """Take a render's body height as the one to predict from."""
        if measured.end_page <= measured.pages:
            lead = measured.lead_pt
            self.lead.learn(measured)
            self.body_at = (measured.body - lead, measured.adjustments.body_pt)

    def correct(self, adjustments: Adjustments, laid: LaidOut,
                measured: _Measured) -> Adjustments | None:
        """A setting that mends what the last render got wrong, or None."""
        layout = self.layout
        place = adjustments.demands
        size = adjustments.body_pt
        pages = self.pages
        if place is DemandsPlace.FRONT:
            base = self.base_slogans(size)
            if measured.demands_page != pages - 1 and "poster" in laid.anchors and (
                    (adjustments.slogan_pt or 0) > base.slogan_pt + 0.01):
                return replace(adjustments, slogan_pt=base.slogan_pt, key_pt=base.key_pt)
            if (measured.demands_page != pages - 1 and "poster" in laid.anchors
                    and size > layout.type.max_pt + 0.25):
                smaller = max(size - 0.5, layout.type.max_pt)
                return replace(adjustments, body_pt=smaller,
                               **_sizes_of(self.base_slogans(smaller)))
            if measured.demands_page != pages - 1 or "poster" not in laid.anchors:
                # the slogan block ran over (or the layout draws no poster): a back of its
                # own, the title and the lead grown in full on the front the text keeps
                grown = 1.0 if (layout.fill.title_max_pt or layout.fill.lead_max_em) else 0.0
                return self._back(grown, (pages - 1) * self.height - self.head(grown))
            return self._front(adjustments.display)
        if place is DemandsPlace.BACK:
            if measured.end_page != pages - 1 or laid.page_count != pages:
                text_room = (pages - 1) * self.height - self.head(adjustments.display)
                smaller = self.size_for(text_room - 2 * self.slack(size), layout.type.max_pt,
                                        size - SIZE_STEP_PT, adjustments.display)
                if smaller <= layout.type.max_pt + SIZE_STEP_PT and (
                        self.body(layout.type.max_pt, adjustments.display)
                        > text_room - self.slack(size)):
                    return self._flow(adjustments.display)
                return replace(adjustments, body_pt=round(min(smaller, size - 0.1), 2))
            return self._back(adjustments.display,
                              (pages - 1) * self.height - self.head(adjustments.display))
        if not self.demands:
            return self._flow_without_demands()
        # flow: too long, too short, or the slogan block not where it belongs
        if laid.page_count > pages or measured.demands_page != pages:
            base = self.base_slogans(size)
            if size <= layout.type.min_pt + SIZE_STEP_PT:
                if (adjustments.slogan_pt or 0) <= base.slogan_pt + 0.01:
                    return None  # it does not fit at the smallest size
                return replace(adjustments, slogan_pt=base.slogan_pt, key_pt=base.key_pt)
            overflow = (measured.end + measured.demands_gap + measured.demands_pt
                        + measured.closing_pt - pages * self.height)
            shrunk = self.size_for(self.body(size, adjustments.display) - max(overflow, 0)
                                   - 2 * self.slack(size), layout.type.min_pt, size,
                                   adjustments.display)
            size = max(min(shrunk, size - 0.1), layout.type.min_pt)
            slogans = self._slogans_under_text(size, adjustments.display)
            if laid.page_count > pages and adjustments.slogan_pt and (
                    adjustments.slogan_pt > self.base_slogans(size).slogan_pt):
                slogans = self.base_slogans(size)
            return replace(adjustments, body_pt=round(size, 2),
                           slogan_pt=slogans.slogan_pt, key_pt=slogans.key_pt)
        return self._flow(1.0 if adjustments.display else 0.0)


#: Renders the hyphenation rules may add to a fit (usually one, often none).
MAX_HYPHENATION_RENDERS = 6


def _reset_hyphenation(attempt: _Setter, adjustments: Adjustments,
                       laid: LaidOut) -> tuple[Adjustments, LaidOut]:
    """No more than two hyphenated lines in a row, no hyphen at the foot of a page or
    column, checked on the laid-out lines (typeset/lines.py): the words whose breaks break
    a rule are set whole and the statement set again, as long as it keeps its pages and
    its places."""
    renders = 0
    while renders < MAX_HYPHENATION_RENDERS:
        faults = hyphenation_faults(laid.lines)
        if not faults:
            break
        record = body_hyphenation(attempt.statement, attempt.context.config,
                                  adjustments.unbroken)
        words = sorted({record.word_of_soft_hyphen(block, k) for block, k in faults} - {None})
        if not words:
            break
        # All the faulty words at once; when that costs a page, a hair smaller; then the
        # first word alone (the next round takes the others, each knowing what moved).
        trials = [replace(adjustments, unbroken=tuple(sorted({*adjustments.unbroken, *words})))]
        trials += [t for t in [_a_step_smaller(attempt, trials[0])] if t is not None]
        if len(words) > 1:
            trials.append(replace(adjustments,
                                  unbroken=tuple(sorted({*adjustments.unbroken, words[0]}))))
        tried = []
        for trial in trials:
            if renders >= MAX_HYPHENATION_RENDERS:
                return adjustments, laid
            retry = attempt(trial)
            renders += 1
            tried.append(retry)
            if retry.page_count == laid.page_count and not (
                    attempt.layout.budget.exact and not _placed(attempt, trial, retry)):
                adjustments, laid = trial, retry
                break
        else:
            if not _worth_a_page(attempt, laid, trials[0]):
                break  # a rule is not worth a leaflet's page
            adjustments, laid = trials[0], tried[0]
    return adjustments, laid


def _worth_a_page(attempt: _Setter, laid: LaidOut, trial: Adjustments) -> bool:
    """Whether the rules may cost a page: only where the budget has pages to spare (an A4
    statement; a leaflet's pages are its sheet)."""
    budget = attempt.variant(trial).budget
    return not budget.exact and (budget.max_pages is None or laid.page_count < budget.max_pages)


#: How much smaller the body may be set to keep the pages when words are set whole.
RESET_STEP_PT = 0.2


def _a_step_smaller(attempt: _Setter, adjustments: Adjustments) -> Adjustments | None:
    """``adjustments`` with the body up to :data:`RESET_STEP_PT` smaller, within the
    layout's range (None: it is at the smallest already)."""
    body = adjustments.body_pt
    low = attempt.variant(adjustments).type.min_pt
    if body is None or body <= low + 1e-6:
        return None
    return replace(adjustments, body_pt=round(max(low, body - RESET_STEP_PT), 2))


# --- why a statement does not fit ----------------------------------------------------------

def _too_short(attempt: _Setter, adjustments: Adjustments, laid: LaidOut,
               empty_page: int | None = None) -> str:
    """Why a statement does not fill its layout, and which layout it would fill."""
    layout = attempt.layout
    pages = laid.page_count
    if empty_page is not None:
        told = (f"too short for {layout.name}: even at the largest size "
                f"({layout.largest_body_pt:g} pt) page {empty_page} is more than a third empty")
    else:
        told = (f"takes {pages} page{'s' if pages != 1 else ''} but {layout.name} needs "
                f"{layout.budget.describe()}")
    if not attempt.statement.demands and empty_page is None:
        return f"{told}; add a '::: demands' block for the back page, or use another layout"
    area = (layout.budget.exact or 1) * layout.page.width_mm * layout.page.height_mm
    smaller = [((other.budget.exact or other.budget.most) * other.page.width_mm
                * other.page.height_mm, name) for name, other in _other_layouts(attempt).items()]
    smaller = [entry for entry in smaller if entry[0] < area]
    if smaller:
        return f"{told}; use {max(smaller)[1]}"
    return f"{told}; use a shorter layout"


def _other_layouts(attempt: _Setter) -> dict[str, Layout]:
    """The statement layouts besides this one that have a page budget."""
    return {name: other for name, other
            in find_layouts(attempt.context.workspace_layouts).items()
            if name != attempt.layout.name and other.kind is LayoutKind.STATEMENT
            and (other.budget.exact or other.budget.most)}


def _too_long(attempt: _Setter, adjustments: Adjustments, laid: LaidOut) -> str:
    """By how much the statement passes its budget, and which layout would take it."""
    layout = attempt.variant(adjustments)
    measured = _measure(attempt, adjustments, laid)
    size = adjustments.body_pt or layout.type.body_pt
    pages = laid.page_count
    columns = " in two columns" if layout.columns == 2 else ""
    over = max(1, _lines_over(layout, measured, layout, size))
    told = (f"takes {pages} page{'s' if pages != 1 else ''} but {attempt.layout.name} allows "
            f"{layout.budget.describe()}: over by about {over} line{'s' if over != 1 else ''} "
            f"at the smallest size ({layout.type.min_pt:g} pt{columns})")
    others = list(_other_layouts(attempt).values())
    verdicts = []  # (lines over, page area, name)
    for other in others:
        for variant in filter(None, (other, other.in_two_columns())):
            lines = _lines_over(variant, measured, layout, size)
            pages_there = variant.budget.exact or variant.budget.most
            verdicts.append((lines, pages_there * variant.page.width_mm
                             * variant.page.height_mm, other.name))
    takers = [v for v in verdicts if v[0] <= 0]
    if takers:
        return f"{told}; shorten it or use {min(takers, key=lambda v: v[1])[2]}, which would take it"
    if not verdicts or over <= min(v[0] for v in verdicts):
        return f"{told}; no layout takes it: shorten it by about {over} lines"
    closest = min(verdicts)
    return (f"{told}; too long even for {closest[2]} (by about {closest[0]} lines there): "
            "shorten it")


def _lines_over(variant: Layout, measured: _Measured, at: Layout, size: float) -> int:
    """How many body lines the statement would pass ``variant``'s budget by, at its
    smallest size (negative: lines to spare), predicted from a render in ``at``."""
    low = variant.type.min_pt
    need = model.body_height(variant, measured.body, at, size, low)
    pages = variant.budget.exact or variant.budget.most
    room = _room_for_body(measured, variant, pages)
    if variant.fill.cover and not at.fill.cover:
        room -= variant.page.content_height_mm * MM  # a cover holds none of the body
    elif at.fill.cover and not variant.fill.cover:
        room += at.page.content_height_mm * MM - variant.page.content_height_mm * MM
    return math.ceil((need - room) / variant.leading_at(low))


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
    # the page's text reaches down to its notes, where it has any
    notes = (result.footnotes_top[block[0] - 2]
             if len(result.footnotes_top) >= block[0] - 1 else None)
    hole = ((bottom if notes is None else min(bottom, notes))
            - result.text_ends[block[0] - 2]) / line
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
    # pull the block back (by a line at least: a block that measures no taller than the
    # hole did not go in either), or fill the page
    pull = max(flaw.block_lines - flaw.hole_lines + CHAPTER_SLACK_LINES, 1.0)
    for move in (-pull, flaw.hole_lines - HOLE_LINES - CHAPTER_SLACK_LINES):
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
