"""Relative URLs in a statement's HTML, rebased for a document that is not set from the
statement's own folder (a book's chapter is set from the workspace root): an image a
statement names as ``pic.png`` stays the one beside it, as in ``pamphlet build``."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from markupsafe import Markup

#: An attribute that names a resource, with its quoted value.
_ATTRIBUTE = re.compile(r"""(\s(?:src|href|poster|data)\s*=\s*)(["'])(.*?)\2""", re.I | re.S)
#: A style attribute or element, whose ``url(…)`` are rebased too.
_STYLE = re.compile(r"""(\sstyle\s*=\s*(["'])|<style\b[^>]*>)(.*?)(\2|</style>)""", re.I | re.S)
#: A ``url(…)`` in a style attribute or element.
_CSS_URL = re.compile(r"""(url\(\s*)(["']?)([^"')]*)\2(\s*\))""", re.I)
#: A URL with a scheme (``https:``, ``data:``, ``file:``), from the root, or a fragment.
_NOT_RELATIVE = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|[/#?]|$)")


def rebased(html: str, folder: str) -> Markup:
    """``html`` with every relative URL (in src, href, poster and data attributes and in
    ``url(…)``) prefixed by ``folder``, a path relative to where the document is set from;
    absolute URLs, fragments and empty ones stay as they are."""
    if folder in ("", "."):
        return Markup(html)

    def moved(url: str) -> str:
        if _NOT_RELATIVE.match(url.strip()):
            return url
        return str(PurePosixPath(folder) / url.strip())

    def attribute(match: re.Match) -> str:
        return f"{match[1]}{match[2]}{moved(match[3])}{match[2]}"

    def css(match: re.Match) -> str:
        return f"{match[1]}{match[2]}{moved(match[3])}{match[2]}{match[4]}"

    def style(match: re.Match) -> str:
        return f"{match[1]}{_CSS_URL.sub(css, match[3])}{match[4]}"

    return Markup(_STYLE.sub(style, _ATTRIBUTE.sub(attribute, str(html))))
