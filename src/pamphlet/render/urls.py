"""URLs in a statement's HTML: relative ones rebased for a document that is not set from the
statement's own folder (a book's chapter is set from the workspace root: an image a
statement names as ``pic.png`` stays the one beside it, as in ``pamphlet build``); those in
running text given the breaks a typographer allows them."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from markupsafe import Markup, escape

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


#: A URL or a domain with a path, as load/markup.py wraps it in running text.
_URL_SPAN = re.compile(r'<span class="unbroken (url|domain)">([^<]*)</span>')
#: Where a URL may break: after a slash (not inside ``//``), else before a hyphen, a full
#: stop or a query's marks, so a line never ends on a hyphen that reads as one the URL lacks
#: (Chicago 14.18). The QR code's caption breaks there too (render/qr.py).
URL_BREAK = re.compile(r"(?<=/)(?=[^/])|(?<=[^-.?&=#/])(?=[-.?&=#])")


def breakable_urls(html: str) -> str:
    """``html`` with each URL in running text set as unbreakable pieces with a break
    opportunity (``<wbr>``, no character in the PDF's text) between them, where
    :data:`URL_BREAK` allows one, so a long URL no longer stretches the line before it.
    No hyphen is ever added; the pieces are ``.url-part`` (never broken inside)."""

    def pieces(match: re.Match) -> str:
        text = Markup(match[2]).unescape()
        parts = [part for part in URL_BREAK.split(text) if part]
        if len(parts) < 2:
            return match[0]
        inner = "<wbr>".join(f'<span class="url-part">{escape(part)}</span>' for part in parts)
        return f'<span class="unbroken {match[1]} breakable">{inner}</span>'

    return _URL_SPAN.sub(pieces, html)
