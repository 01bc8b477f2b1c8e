"""A target that exists only for the tests: it writes each statement's page count as text.

It proves that a new output needs one module and one ``register`` call, nothing else
(the test registers it, so that other tests see only the built-in targets).
"""

from __future__ import annotations

from pamphlet.targets import Finished, Output, Target


class PageCountTarget(Target):
    name = "pagecount"
    summary = "the page count, as text (a test target)"
    suffixes = (".txt",)

    def finish(self, result, layout, settings) -> Finished:
        return Finished([Output(".txt", f"{result.page_count}\n".encode())],
                        note=f"{result.page_count} pages counted")
