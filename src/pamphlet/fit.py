"""The fitting loop of stage 3: render, typeset, measure, adjust, typeset again.

A leaflet has a page budget ("exactly 2 pages"). A statement too short for the front and
back sends its slogan block to the back page; a layout that closes its last page with the
slogan block has the block pushed down to the foot by the space left free.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pamphlet.errors import PamphletError
from pamphlet.layouts import Layout
from pamphlet.measure import MM
from pamphlet.render import Adjustments, RenderContext, render_html
from pamphlet.sources import Statement
from pamphlet.typeset import TypesetOptions, TypesetResult, typeset

#: Space kept free under a pushed slogan block, against rounding in the layout engine.
PUSH_SLACK_PT = 0.75
#: How much shorter the second try at pushing is.
PUSH_RETRY_PT = 9.0


def set_statement(statement: Statement, layout: Layout, context: RenderContext,
                  roots: tuple[Path, ...], options: TypesetOptions) -> TypesetResult:
    """Typeset ``statement`` within ``layout``'s page budget, or raise saying why not."""

    def attempt(adjustments: Adjustments) -> TypesetResult:
        html = render_html(statement, layout, context, adjustments)
        return typeset(html, statement.src_path.parent, layout.stylesheets, roots, options)

    adjustments = Adjustments()
    result = attempt(adjustments)
    budget = layout.budget
    if budget.exact and result.page_count < budget.exact and statement.demands:
        adjustments = replace(adjustments, spread_to_back=True)
        result = attempt(adjustments)
    if not budget.allows(result.page_count):
        raise PamphletError(_budget_problem(result.page_count, layout))
    if layout.demands_to_foot and "demands" in result.anchors:
        page, _, end_pt = result.anchors["demands"]
        free_pt = layout.page.content_bottom_mm * MM - end_pt - PUSH_SLACK_PT
        # WeasyPrint paginates a little more cautiously than the boxes it reports, so a
        # push that overflows is retried once a little shorter.
        for push_pt in (free_pt, free_pt - PUSH_RETRY_PT):
            if page != result.page_count or push_pt <= 1:
                break
            pushed = attempt(replace(adjustments, demands_push_pt=push_pt,
                                     demands_shortfall_pt=free_pt + PUSH_SLACK_PT - push_pt))
            if pushed.page_count == result.page_count:
                return pushed
    return result


def _budget_problem(pages: int, layout: Layout) -> str:
    """Why ``pages`` pages do not fit ``layout``, and what to do about it."""
    counted = f"{pages} page{'s' if pages != 1 else ''}"
    if layout.budget.exact and pages < layout.budget.exact:
        return (f"takes {counted} but {layout.name} needs {layout.budget.describe()}; "
                "add a '::: demands' block for the back page, or use another layout")
    return (f"takes {counted} but {layout.name} allows {layout.budget.describe()}; "
            "shorten it or use another layout")
