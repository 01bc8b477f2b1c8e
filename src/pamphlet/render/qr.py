"""QR codes as vector artwork inside the page: the symbol (segno, error correction M), its
outline as one SVG path, and the markup a layout places (``_base/macros.html.j2``).

The code is inline SVG: one ``<rect>`` is the paper-white knock-out panel holding the
4-module quiet zone, one ``<path>`` the outline of every dark module (no shared edges, so no
rasteriser leaves a seam). Its colours are literals the target gives
(``TargetStyle.svg_ink``/``svg_paper``): WeasyPrint renders inline SVG in a tree of its own
where CSS variables and ``currentColor`` do not reach and silently become RGB black, which a
print file must never carry.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup

from pamphlet.errors import PamphletError
from pamphlet.render.urls import URL_BREAK

#: ISO/IEC 18004 asks for 4 modules of light margin round a QR symbol.
QUIET_MODULES = 4
#: The smallest symbol (dark modules only, quiet zone not counted) a page may carry.
MIN_SIZE_MM = 18.0
#: A longer URL makes the symbol grow beyond its size rather than its modules shrink below
#: this (phones at hand distance, offset dot gain).
MIN_MODULE_MM = 0.5
#: Below this `pamphlet check` fails a code.
HARD_MIN_MODULE_MM = 0.4
#: Past this version a code is dense enough to be worth a shorter URL (a warning).
WARN_VERSION = 6
#: A URL whose code would need more than this (version 10 and up) is refused.
MAX_SIZE_MM = 30.0
ERROR_LEVEL = "m"
#: Marks the figure so the finished PDF can record which URLs it carries.
URL_ATTRIBUTE = "data-qr-url"


@dataclass(frozen=True)
class Symbol:
    """A QR symbol: its version and dark modules, without the quiet zone."""

    text: str
    version: int
    rows: tuple[tuple[bool, ...], ...]

    @property
    def modules(self) -> int:
        """Modules per side (17 + 4 × version)."""
        return len(self.rows)


@lru_cache(maxsize=256)
def make_symbol(text: str) -> Symbol:
    """The QR code (never Micro QR) for ``text`` at error correction level M exactly
    (``boost_error=False``: segno would otherwise raise it whenever the version allows)."""
    import segno

    code = segno.make_qr(text, error=ERROR_LEVEL, boost_error=False)
    rows = tuple(tuple(bool(cell) for cell in row) for row in code.matrix)
    return Symbol(text=text, version=int(code.version), rows=rows)


def outline_loops(symbol: Symbol) -> list[list[tuple[int, int]]]:
    """The outline of the dark area as closed polygons (corner points in modules, y down).

    Edges between a dark and a light module (or the symbol's edge) are kept, edges between
    two dark modules dropped, so no two shapes share an edge. Outer outlines run clockwise,
    holes anticlockwise: the nonzero and even-odd rules fill the same area.
    """
    rows, n = symbol.rows, symbol.modules

    def dark(x: int, y: int) -> bool:
        return 0 <= x < n and 0 <= y < n and rows[y][x]

    outgoing: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for y in range(n):
        for x in range(n):
            if not rows[y][x]:
                continue
            for (dx, dy), start, end in (((0, -1), (x, y), (x + 1, y)),
                                         ((1, 0), (x + 1, y), (x + 1, y + 1)),
                                         ((0, 1), (x + 1, y + 1), (x, y + 1)),
                                         ((-1, 0), (x, y + 1), (x, y))):
                if not dark(x + dx, y + dy):
                    outgoing.setdefault(start, []).append(end)
    loops = []
    while outgoing:
        start = min(outgoing)  # deterministic: top-most, then left-most corner
        loop, point, heading = [start], start, None
        while True:
            ends = outgoing[point]
            if len(ends) > 1 and heading is not None:
                # two dark modules touch at this corner only: turn right, so each keeps
                # its own outline and loops never cross
                right = (-heading[1], heading[0])
                ends.sort(key=lambda e: (e[0] - point[0], e[1] - point[1]) != right)
            end = ends.pop(0)
            if not ends:
                del outgoing[point]
            heading = (end[0] - point[0], end[1] - point[1])
            point = end
            if point == start:
                break
            loop.append(point)
        loops.append(_corners_only(loop))
    return loops


def _corners_only(loop: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop the points where a polygon goes straight on."""
    kept = []
    for i, (x, y) in enumerate(loop):
        (px, py), (nx, ny) = loop[i - 1], loop[(i + 1) % len(loop)]
        if (x - px) * (ny - y) - (y - py) * (nx - x) != 0:
            kept.append((x, y))
    return kept


def svg_path_data(symbol: Symbol, offset: int = QUIET_MODULES) -> str:
    """SVG path data for the dark modules' outline, moved ``offset`` modules in."""
    parts = []
    for loop in outline_loops(symbol):
        (x0, y0), rest = loop[0], loop[1:]
        path = [f"M{x0 + offset} {y0 + offset}"]
        px, py = x0, y0
        for x, y in rest:
            path.append(f"h{x - px}" if y == py else f"v{y - py}")
            px, py = x, y
        parts.append("".join(path) + "z")
    return "".join(parts)


def size_for(text: str, min_size_mm: float = MIN_SIZE_MM) -> float:
    """The symbol's width: at least ``min_size_mm``, and wide enough that no module is
    narrower than MIN_MODULE_MM."""
    return max(min_size_mm, make_symbol(text).modules * MIN_MODULE_MM)


def display_url(url: str) -> str:
    """The URL as people type it: no scheme, no trailing slash."""
    return re.sub(r"^https?://", "", url).rstrip("/")


#: The caption's size and leading over the symbol's width (components.css: .qr-url).
CAPTION_EM = 0.1274
CAPTION_LEADING = 1.15


#: The caption's face (components.css: .qr-url, "Pamphlet Display" 400).
CAPTION_FONT = "NotoSans-Condensed.ttf"
#: Where the URL under the code breaks (render/urls.py's URL_BREAK): after a slash, else
#: (a part too long for a line) before a hyphen, a full stop or a query's marks.
#: A break after a slash is taken over a later one before a mark while its line keeps
#: this share of the room.
_SLASH_PREFERRED = 0.6


@lru_cache(maxsize=256)
def caption_lines(url: str, min_size_mm: float) -> tuple[str, ...]:
    """The lines of the URL printed under the code, each within the code's panel."""
    from pamphlet.render.measure import shaped_width_pt
    from pamphlet.units import MM

    symbol = make_symbol(url)
    size = size_for(url, max(min_size_mm, MIN_SIZE_MM))
    module = size / symbol.modules
    room_pt = (symbol.modules + 2 * QUIET_MODULES - 2) * module * MM * 0.995

    def width(text: str) -> float:
        return shaped_width_pt(text, size * CAPTION_EM * MM, CAPTION_FONT)

    pieces = URL_BREAK.split(display_url(url))
    lines, i = [], 0
    while i < len(pieces):
        j = i + 1  # the most pieces that fit (one at least)
        while j < len(pieces) and width("".join(pieces[i:j + 1])) <= room_pt:
            j += 1
        if j < len(pieces):
            after_slash = [k for k in range(i + 1, j + 1) if pieces[k - 1].endswith("/")
                           and width("".join(pieces[i:k])) >= _SLASH_PREFERRED * room_pt]
            j = after_slash[-1] if after_slash else j
        lines.append("".join(pieces[i:j]))
        i = j
    return tuple(lines)


def panel_size_mm(url: str, min_size_mm: float) -> tuple[float, float]:
    """(width, height) of the panel :func:`qr_markup` draws: code, quiet zone, caption."""
    symbol = make_symbol(url)
    size = size_for(url, max(min_size_mm, MIN_SIZE_MM))
    module = size / symbol.modules
    caption_mm = size * CAPTION_EM
    lines = len(caption_lines(url, min_size_mm))
    return ((symbol.modules + 2 * QUIET_MODULES) * module,
            (symbol.modules + 2 * QUIET_MODULES + 2) * module
            + lines * caption_mm * CAPTION_LEADING)


def qr_markup(url: str, min_size_mm: float, ink: str, paper: str) -> Markup:
    """A ``<figure class="qr">``: the code at least ``min_size_mm`` wide (the symbol, not
    its quiet zone) on a ``paper`` panel holding the quiet zone, the URL printed under it.

    ``ink`` and ``paper`` are literal colours (``device-cmyk(0 0 0 1)`` for print).
    """
    symbol = make_symbol(url)
    size = size_for(url, max(min_size_mm, MIN_SIZE_MM))
    if symbol.modules * MIN_MODULE_MM > MAX_SIZE_MM:
        raise PamphletError(f"the URL {url} is {len(url)} characters: its QR code would "
                            f"need version {symbol.version} ({symbol.modules} modules, "
                            f"{symbol.modules * MIN_MODULE_MM:.0f} mm); use a shorter address (a redirect)")
    module = size / symbol.modules
    side = symbol.modules + 2 * QUIET_MODULES
    panel = side * module
    label = html.escape(f"QR code: {url}", quote=True)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" class="qr-symbol" role="img" '
           f'aria-label="{label}" width="{panel:.4f}mm" height="{panel:.4f}mm" '
           f'viewBox="0 0 {side} {side}"><title>{label}</title>'
           f'<rect width="{side}" height="{side}" fill="{paper}"/>'
           f'<path fill="{ink}" d="{svg_path_data(symbol)}"/></svg>')
    caption = ('<figcaption class="qr-url" dir="ltr">'
               + "".join(f'<span class="qr-url-line">{html.escape(line)}</span>'
                         for line in caption_lines(url, min_size_mm))
               + "</figcaption>")
    return Markup(f'<figure class="qr" {URL_ATTRIBUTE}="{html.escape(url, quote=True)}" '
                  f'style="width: {panel:.4f}mm; --qr-module: {module:.4f}mm; '
                  f'--qr-size: {size:.4f}mm">{svg}{caption}</figure>')


_URL_IN_HTML = re.compile(rf'{URL_ATTRIBUTE}="([^"]*)"')


def urls_in(document_html: str) -> tuple[str, ...]:
    """The URLs of the QR codes an HTML document draws, in document order."""
    return tuple(html.unescape(url) for url in _URL_IN_HTML.findall(document_html))
