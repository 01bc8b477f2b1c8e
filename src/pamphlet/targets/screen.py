"""The screen target: for the web and e-mail. RGB, tagged (PDF/UA-1 identification), links
live, small."""

from __future__ import annotations

from pamphlet.targets.base import CheckContext, Finding, Target
from pamphlet.targets.checks import close, colour_finding, page_sizes, trim_of
from pamphlet.typeset.options import TypesetOptions


class ScreenTarget(Target):
    name = "screen"
    summary = "for the web: RGB, tagged PDF, live links"

    def typeset_options(self, layout, settings, strict: bool) -> TypesetOptions:
        return TypesetOptions(pdf_variant="pdf/ua-1", strict=strict)

    def check_pdf(self, facts, context: CheckContext) -> list[Finding]:
        trim = trim_of(context.layout)
        problems = [f"page {number}: page is {size[0]:.1f}x{size[1]:.1f} mm, not "
                    f"{trim[0]:g}x{trim[1]:g} mm"
                    for number, size in page_sizes(facts) if not close(size, trim)]
        return [Finding.of("page-size", not problems, "; ".join(problems[:3]) or
                           f"every page fits {context.layout.name} for {self.name}"),
                colour_finding(facts)]
