"""Stage 2, render: ``Statement`` + ``Layout`` + workspace config → one HTML document."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, replace
from enum import Enum
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from markupsafe import Markup

from pamphlet.config.workspace import Config
from pamphlet.errors import LayoutError
from pamphlet.load.markup import (first_strong_direction, inline_markdown_to_html,
                                  markdown_to_html, typographic, unbroken_tokens_html)
from pamphlet.load.sources import Statement
from pamphlet.render.display import set_display
from pamphlet.render.hyphenate import HyphenatedHTML, hyphenate_html
from pamphlet.render.layouts import Layout, LayoutKind, layout_roots
from pamphlet.render.measure import (TEXT_REGULAR, balance_lines, break_lines, line_pitch_em,
                                     paragraph_lines, text_width_pt, title_lines, words_of)
from pamphlet.render.qr import panel_size_mm, qr_markup
from pamphlet.render.urls import breakable_urls
from pamphlet.render.templates import jinja_environment, render_template
from pamphlet.render.words import imprint_line
from pamphlet.units import MM

#: Languages written right to left: the whole document runs that way.
RTL_LANGUAGES = {"ar", "he", "fa", "ur", "yi", "ps", "ckb", "dv"}

#: Languages whose bare tag reads best in a regional form (English dates as "23 November 2019").
_DATE_LOCALES = {"en": "en_GB", "pt": "pt_PT"}


class DemandsPlace(str, Enum):
    """Where the slogan block goes."""

    #: Under the text, closing its last page (pushed to the foot on a leaflet's back).
    FLOW = "flow"
    #: On a page of its own, filling it (a short leaflet's back).
    BACK = "back"
    #: On the front with the whole statement; the back is a poster of the key demand.
    FRONT = "front"


@dataclass(frozen=True)
class Adjustments:
    """What the fitting loop changes between renders of one statement."""

    #: Where the slogan block goes.
    demands: DemandsPlace = DemandsPlace.FLOW
    #: The body size copyfitting chose (None: the layout's own).
    body_pt: float | None = None
    #: How far the title and the lead have grown towards their largest sizes (0 to 1).
    display: float = 0
    #: The size of a demand and of the key demand (None: from the body size).
    slogan_pt: float | None = None
    key_pt: float | None = None
    #: The key demand's size on a poster page (FRONT).
    poster_pt: float | None = None
    #: Columns of text (a layout's two-column variant: 2).
    columns: int = 1
    #: Words set whole, without their soft hyphens, because their laid-out breaks broke a
    #: rule (a ladder, a page's foot): ``(block, token number)`` (render/hyphenate.py).
    unbroken: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict:
        return {**asdict(self), "demands": self.demands.value}

    @classmethod
    def from_dict(cls, data: dict) -> Adjustments:
        """The adjustments a cache entry holds (ValueError or TypeError if it holds none)."""
        return cls(**{**data, "demands": DemandsPlace(data.get("demands", "flow")),
                      "unbroken": tuple(tuple(pair) for pair in data.get("unbroken", ()))})


@dataclass(frozen=True)
class ChapterFit:
    """What the book's copyfit (typeset/fit.py, ``fit_chapters``) changes for one
    statement set as a chapter: how far its title sinks on the opening page, and its body
    size within the layout's bounds (None: the layout's own)."""

    sink_pt: float | None = None
    body_pt: float | None = None

    def style(self, layout: Layout) -> str:
        """The chapter's CSS declarations (on its article element)."""
        rules = [f"--sink: {self.sink_pt:.2f}pt"] if self.sink_pt is not None else []
        if self.body_pt is not None:
            body = self.body_pt
            rules += [f"font-size: {body:.3f}pt", f"line-height: {body * layout.type.leading:.3f}pt",
                      f"--slogan-size: {body * layout.slogans.size_em:.3f}pt",
                      f"--slogan-key-size: {body * layout.slogans.key_size_em:.3f}pt"]
        return "; ".join(rules)


@dataclass(frozen=True)
class TargetStyle:
    """What the output target asks of the page (targets/ make these)."""

    #: How far colour bands run past the trim: the bleed (+), 0, or an inset (-) that keeps
    #: them off the sheet's unprintable edge.
    band_reach_mm: float = 0.0
    #: Inside an inset band, text keeps at least this much colour above it.
    inset_pad_mm: float = 0
    #: The colour variables (--brand, --ink, --paper) as CSS declarations.
    colours: str = "--brand: #e30613; --ink: #000; --paper: #fff;"
    #: Colour bands (a leaflet's masthead and slogan band, a poster's field); without them
    #: (an office printer's toner) the slogan block is framed by rules on white.
    bands: bool = True
    #: Ink and paper as literal colours, for inline SVG (a QR code), which CSS variables
    #: do not reach.
    svg_ink: str = "#000"
    svg_paper: str = "#fff"
    #: Whether whole pages may be flooded with colour (a cover): not on an office printer.
    floods: bool = True


@dataclass(frozen=True)
class RenderContext:
    """Everything a render needs besides the statement and the layout."""

    config: Config
    #: The target's name (templates may tell print from screen by it) and its style.
    target: str
    workspace_layouts: Path | None
    pdf_date: dt.date | None
    style: TargetStyle = TargetStyle()


def render_html(statement: Statement, layout: Layout, context: RenderContext,
                adjustments: Adjustments = Adjustments()) -> str:
    """Render ``statement`` through ``layout``'s template into a complete HTML document."""
    values = statement_values(statement, layout, context, adjustments)
    return _render_template(layout, context, [layout.template], **values, this=values,
                            page_style=Markup(_page_style(layout, context, adjustments)))


def _render_template(layout: Layout, context: RenderContext, names: list[str], /,
                     **values) -> str:
    """The first of ``names`` that exists, rendered with ``values``; any failure is a
    LayoutError naming the template file and line (render/templates.py)."""
    environment = jinja_environment(layout_roots(context.workspace_layouts))
    return render_template(environment, names, layout.folder, **values)


def statement_values(statement: Statement, layout: Layout, context: RenderContext,
                     adjustments: Adjustments = Adjustments(), lead_id: str = "lead") -> dict:
    """What a template needs to set one statement (a leaflet's, or a book's chapter, whose
    first paragraph's anchor ``lead_id`` must be its own among the book's)."""
    config = context.config
    lang = statement.lang
    direction = "rtl" if lang.split("-")[0] in RTL_LANGUAGES else "ltr"
    sizes = type_sizes(layout, adjustments)
    title = typographic(statement.title, lang)
    title_pt, title_html = balanced_title(
        title, replace(layout.title, max_pt=sizes.title_max_pt), layout.page.measure_mm)
    body_html = breakable_urls(body_hyphenation(statement, config, adjustments.unbroken).html)
    lead_style, lead_html, rest_html = _lead(body_html, sizes, layout, direction, lead_id)
    rest_html = _mark_a_short_end(rest_html, sizes, layout, direction)
    demands = _demands(statement.demands, lang, layout, sizes.slogan_pt, sizes.key_pt)
    return {
        "statement": statement,
        "layout": layout,
        "direction": direction,
        "title": title,
        "title_pt": title_pt,
        "title_html": title_html,
        "subtitle": typographic(statement.subtitle, lang),
        "dateline": statement_dateline(statement),
        "date_iso": statement.date.isoformat() if statement.date else "",
        "body_html": Markup(lead_html + rest_html),
        #: The first paragraph and the rest, for layouts that set them apart (a cover).
        "lead_html": Markup(lead_html),
        "rest_html": Markup(rest_html),
        #: "lead" (the first paragraph one step larger) or "" (a long one, as the body).
        "lead_style": lead_style,
        "demands": demands,
        "demands_place": adjustments.demands.value,
        "poster": _poster(demands, statement.demands, lang, layout, sizes.poster_pt),
        "columns": adjustments.columns,
        "bands": context.style.bands,
        "organisation": typographic(statement.organisation, lang),
        "organisation_web": config.organisation.web,
        "imprint": _imprint_markup(imprint := typographic(
            imprint_line(statement.imprint, statement.organisation, lang), lang)),
        #: The imprint's own direction (a Latin imprint in an Arabic statement reads left to
        #: right), "" when it has no strong letter: _base/macros' imprint_footer.
        "imprint_dir": first_strong_direction(imprint or config.organisation.web) or "",
        "description": _description(statement),
        "posters": _posters(statement, layout),
        "placards": config.placards,
        "organisation_handle": config.organisation.handle,
        #: The QR code to the statement's URL ("" without one): _base/macros' qr_panel.
        "qr": (qr_markup(statement.url, layout.qr.size_mm, context.style.svg_ink,
                         context.style.svg_paper) if statement.url else ""),
        "pdf_date": (statement.date or context.pdf_date or dt.date(1970, 1, 1)).isoformat(),
    }


#: A short word with a slash inside (c/o, a/c): one word, never broken at its slash.
_SLASHED_ABBREVIATION = re.compile(r"(?<![\w/])\w{1,2}/\w{1,2}(?![\w/])")


#: Binds the letters either side of it: no line break there, nothing drawn.
WORD_JOINER = "\u2060"


def _imprint_markup(imprint: str) -> Markup:
    """The imprint's text, escaped, its slashed abbreviations kept whole by word joiners
    (not a span: in a right-to-left line WeasyPrint lays inline boxes out in reverse, so a
    span inside a Latin name would move it out of the name's order)."""
    return Markup.escape(_SLASHED_ABBREVIATION.sub(
        lambda match: match[0].replace("/", f"{WORD_JOINER}/{WORD_JOINER}"), imprint))


@lru_cache(maxsize=64)
def _hyphenated_body(body: str, lang: str, exceptions: tuple[str, ...],
                     unbroken: tuple[tuple[int, int], ...]) -> HyphenatedHTML:
    return hyphenate_html(markdown_to_html(body, lang, bind_last_words=True), lang,
                          exceptions, unbroken)


def body_hyphenation(statement: Statement, config: Config,
                     unbroken: tuple[tuple[int, int], ...] = ()) -> HyphenatedHTML:
    """The statement's body as HTML with soft hyphens, and the words that carry them (the
    fitting loop maps laid-out breaks back to words with it)."""
    return _hyphenated_body(statement.body, statement.lang, config.hyphenation.exceptions,
                            tuple(unbroken))


@dataclass(frozen=True)
class TypeSizes:
    """The sizes one render sets a statement in, in pt (from the layout and the fit)."""

    body_pt: float
    leading_pt: float
    lead_pt: float
    lead_leading_pt: float
    title_max_pt: float
    slogan_pt: float
    key_pt: float
    poster_pt: float


def type_sizes(layout: Layout, adjustments: Adjustments = Adjustments()) -> TypeSizes:
    """The sizes ``adjustments`` ask for: the body and its leading, the lead and the title
    grown by ``display``, the demands."""
    body = adjustments.body_pt or layout.type.body_pt
    grow = adjustments.display
    lead_em = layout.type.lead_em + grow * ((layout.fill.lead_max_em or layout.type.lead_em)
                                            - layout.type.lead_em)
    title_max = layout.title.max_pt + grow * ((layout.fill.title_max_pt or layout.title.max_pt)
                                              - layout.title.max_pt)
    leading = layout.leading_at(body)
    slogan = adjustments.slogan_pt or body * layout.slogans.size_em
    return TypeSizes(body_pt=body, leading_pt=leading, lead_pt=body * lead_em,
                     lead_leading_pt=leading * lead_em, title_max_pt=title_max,
                     slogan_pt=slogan, key_pt=adjustments.key_pt or body * layout.slogans.key_size_em,
                     poster_pt=adjustments.poster_pt or layout.fill.poster_key_min_pt)


_FIRST_PARAGRAPH = re.compile(r"\s*<p(?=[\s>])([^>]*)>(.*?)</p>\n?", re.S)


@dataclass(frozen=True)
class Lead:
    """How the first paragraph is set: "lead" (one step larger) or "" (as the body); the
    lines it takes and their height, in pt."""

    style: str
    lines: int
    leading_pt: float

    @property
    def height_pt(self) -> float:
        return self.lines * self.leading_pt


def first_paragraph(body_html: str) -> re.Match | None:
    return _FIRST_PARAGRAPH.match(body_html)


def lead_setting(text: str, attributes: str, sizes: TypeSizes, layout: Layout,
                 direction: str) -> Lead:
    """A first paragraph of at most ``type.lead_max_lines`` lines at the lead size is the
    lead, one step larger; a longer one is set as the body. (No drop cap: WeasyPrint paints
    a floated initial before the page's text, so the PDF's text would read "O … n the".)"""
    measure = layout.page.measure_mm * MM  # a lead spans the columns
    text = Markup(text).striptags().replace("\u00ad", "")
    lines = paragraph_lines(text, sizes.lead_pt, measure)
    if lines <= layout.type.lead_max_lines:
        return Lead("lead", lines, sizes.lead_leading_pt)
    body_lines = paragraph_lines(text, sizes.body_pt, measure
                                 / layout.columns if layout.columns > 1 else measure)
    return Lead("", body_lines, sizes.leading_pt)


_LAST_PARAGRAPH = re.compile(r"<p(?=[\s>])([^>]*)>((?:(?!<p[\s>]).)*)</p>\s*$", re.S)
#: Lines (the last one counted by how full it is) a closing paragraph needs to go over to
#: the slogan block's page alone: three, the last a third full at least.
CLOSING_LINES = 2.33


def _mark_a_short_end(html: str, sizes: TypeSizes, layout: Layout, direction: str) -> str:
    """The text's last paragraph, unless it surely sets in three lines or more, is marked
    ``short-end``: it never opens a page (components.css), so the slogan block takes at
    least three lines of text with it; a longer one may go over whole, the page before
    keeping the paragraphs it holds. Right-to-left text (measured in no bundled metrics
    here) is always marked, and so is a book's (its chapters copyfit the holes)."""
    match = _LAST_PARAGRAPH.search(html)
    if not match:
        return html
    lines = None
    if direction == "ltr" and layout.kind is not LayoutKind.BOOK:
        text = Markup(match[2]).striptags().replace("\u00ad", "")
        measure = layout.column_measure_mm * MM
        broken = break_lines(text, sizes.body_pt, measure, TEXT_REGULAR)
        if broken:
            lines = len(broken) - 1 + text_width_pt(broken[-1], sizes.body_pt,
                                                     TEXT_REGULAR) / measure
    if lines is not None and lines >= CLOSING_LINES:
        return html
    attributes = (match[1].replace('class="', 'class="short-end ', 1) if 'class="' in match[1]
                  else f' class="short-end"{match[1]}')
    return f'{html[:match.start()]}<p{attributes}>{match[2]}</p>{html[match.end():]}'


def _lead(body_html: str, sizes: TypeSizes, layout: Layout, direction: str,
          lead_id: str) -> tuple[str, str, str]:
    """(style, first paragraph, the rest) as lead_setting decides."""
    match = first_paragraph(body_html)
    if not match:
        return "", "", body_html
    style = lead_setting(match[2], match[1], sizes, layout, direction).style
    paragraph = f'<p class="{style or "first"}" id="{lead_id}"{match[1]}>{match[2]}</p>\n'
    return style, paragraph, body_html[match.end():]


#: The shortest demand is set largest, when it is this short (in characters) and clearly
#: the shortest: the strongest line of the slogan block.
KEY_DEMAND_CHARS = 40


def _demands(texts: tuple[str, ...], lang: str, layout: Layout, slogan_pt: float,
             key_pt: float) -> list[dict]:
    """The demands for the template: HTML with balanced line breaks (and without, for
    running text such as an index), direction, and which one is the key demand (the
    shortest, set largest)."""
    demands = []
    for text in texts:
        html = Markup(inline_markdown_to_html(text, lang))
        plain = _plain_text(html)
        demands.append({"html": html, "unbroken_html": html, "key": False,
                        "dir": first_strong_direction(text) or "ltr",
                        "length": len(html.striptags()), "plain": plain})
    if len(demands) > 1:
        shortest = min(demands, key=lambda d: d["length"])
        others = [d["length"] for d in demands if d is not shortest]
        if shortest["length"] <= KEY_DEMAND_CHARS and shortest["length"] < min(others):
            shortest["key"] = True
    for demand in demands:
        plain = demand["plain"]
        if plain is not None and demand["dir"] == "ltr":
            size = key_pt if demand["key"] else slogan_pt
            demand["html"] = _balanced(plain, size, layout.page.measure_mm, uppercase=True)
    return demands


@dataclass(frozen=True)
class DemandText:
    """A demand as copyfitting measures it: its text in capitals, whether it is the key
    demand, whether its lines are balanced (plain left-to-right text)."""

    text: str
    key: bool
    balanced: bool


def demand_texts(statement: Statement, layout: Layout) -> list[DemandText]:
    """The statement's demands as the slogan block sets them (see _demands)."""
    demands = _demands(statement.demands, statement.lang, layout, 10, 10)
    return [DemandText((d["plain"] if d["plain"] is not None
                        else Markup(d["unbroken_html"]).striptags()).upper(), d["key"],
                       d["plain"] is not None and d["dir"] == "ltr") for d in demands]


def poster_text(statement: Statement, layout: Layout) -> DemandText | None:
    """The demand a poster page carries (see key_demand_index)."""
    texts = demand_texts(statement, layout)
    demands = _demands(statement.demands, statement.lang, layout, 10, 10)
    index = key_demand_index(demands)
    return None if index is None else texts[index]


def title_setting(statement: Statement, layout: Layout, display: float) -> tuple[float, int]:
    """(size, lines) the title is set in for a ``display`` growth."""
    sizes = type_sizes(layout, Adjustments(display=display))
    title = typographic(statement.title, statement.lang)
    size, lines = title_lines(title, replace(layout.title, max_pt=sizes.title_max_pt),
                              layout.page.measure_mm)
    return size, len(lines) if lines else 1


def key_demand_index(demands: list[dict]) -> int | None:
    """Which demand a poster carries: the key demand, else the shortest."""
    if not demands:
        return None
    keyed = [i for i, d in enumerate(demands) if d["key"]]
    return keyed[0] if keyed else min(range(len(demands)), key=lambda i: demands[i]["length"])


def _poster(demands: list[dict], texts: tuple[str, ...], lang: str, layout: Layout,
            size_pt: float) -> dict | None:
    """The key demand as a poster sets it: balanced at the poster's size."""
    index = key_demand_index(demands)
    if index is None:
        return None
    demand = demands[index]
    html = demand["unbroken_html"]
    if demand["plain"] is not None and demand["dir"] == "ltr":
        html = _balanced(demand["plain"], size_pt, layout.page.measure_mm, uppercase=True)
    return {"html": html, "dir": demand["dir"], "index": index + 1}


_UNBROKEN_SPAN = re.compile(r'<span class="unbroken [a-z]+">([^<]*)</span>')


def _plain_text(html: str) -> str | None:
    """The text of demand HTML that holds no markup but unbroken spans (None otherwise)."""
    bare = _UNBROKEN_SPAN.sub(r"\1", html)
    return None if "<" in bare else Markup(bare).unescape()


def balanced_title(title: str, fit, measure_mm: float) -> tuple[float, Markup]:
    """(size, HTML) of a title sized within ``fit`` and broken by sense (measure.py)."""
    size, lines = title_lines(title, fit, measure_mm)
    return size, _joined(title, lines)


#: A placard keeps this share of its shorter side free between the demand and the foot.
POSTER_GAP = 0.04


def _posters(statement: Statement, layout: Layout) -> dict:
    """A placard's pages: each demand (or the title, without demands) set as large as the
    measure and the page above the foot allow (render/display.py); the foot's height
    (organisation, imprint, and the QR code's panel with room above it)."""
    poster = layout.poster
    if poster is None:
        return {"pages": [], "foot_mm": 0, "qr_width_mm": 0}
    page = layout.page
    foot_mm, qr_width_mm = poster.foot_mm, 0.0
    if statement.url:
        qr_width_mm, qr_height_mm = panel_size_mm(statement.url, layout.qr.size_mm)
        foot_mm = max(foot_mm, qr_height_mm * 1.15)
    gap_mm = POSTER_GAP * min(page.width_mm, page.height_mm)  # between demand and foot
    height_pt = (page.content_height_mm - foot_mm - gap_mm) * MM
    texts = [Markup(inline_markdown_to_html(text, statement.lang)).striptags()
             for text in statement.demands] or [typographic(statement.title, statement.lang)]
    pages = []
    for number, text in enumerate(texts, 1):
        # an Arabic line stands taller than the leading (measure.line_extent_em)
        pitch, _ = line_pitch_em([text.upper()], poster.leading)
        fit = set_display(text, page.measure_mm * MM, height_pt, leading=pitch,
                          max_pt=poster.max_pt, max_lines=poster.max_lines,
                          min_fill=poster.min_fill, lang=statement.lang)
        if fit.size_pt < poster.min_pt:
            raise LayoutError(f"{layout.name}: demand {number} is too long for a placard: "
                              f"it fits only at {fit.size_pt:.0f} pt, and {layout.name} sets "
                              f"at least {poster.min_pt:g} pt; shorten it or use a larger "
                              "placard")
        block = fit.height_pt(pitch)
        pages.append({"text": text, "size_pt": fit.size_pt,
                      "lines": [Markup(unbroken_tokens_html(line)) for line in fit.lines],
                      "leading_pt": fit.size_pt * poster.leading,
                      # a little above the middle of the space above the foot
                      "top_pt": round(max(0.0, (height_pt - block) * 0.45), 2),
                      "dir": first_strong_direction(text) or "ltr"})
    return {"pages": pages, "foot_mm": round(foot_mm, 2), "qr_width_mm": round(qr_width_mm, 2)}


def _balanced(text: str, size_pt: float, measure_mm: float, uppercase: bool) -> Markup:
    """``text`` escaped (hashtags, handles and URLs as unbroken spans), with line breaks
    that give lines of even length (see measure.py); no-break spaces bind words."""
    return _joined(text, balance_lines(text.upper() if uppercase else text, size_pt,
                                       measure_mm * MM))


#: A number range ("2016–2025", "12–14"): never broken at its dash.
_RANGE = re.compile(r"\d+[–—-]\d+")


def _unbroken_html(text: str) -> Markup:
    """``text`` as HTML: hashtags, handles and URLs unbroken spans, number ranges too."""
    out, position = [], 0
    for match in _RANGE.finditer(text):
        out.append(Markup(unbroken_tokens_html(text[position:match.start()])))
        out.append(Markup('<span class="nobr">{}</span>').format(match[0]))
        position = match.end()
    out.append(Markup(unbroken_tokens_html(text[position:])))
    return Markup("").join(out)


def _joined(text: str, lines: list[str] | None) -> Markup:
    """``text`` as HTML, broken with <br> where ``lines`` (of the same words) break."""
    if not lines or len(lines) == 1:
        return _unbroken_html(text)
    words = words_of(text)
    out, index = [], 0
    for line in lines:  # the same words, in their own case
        count = len(words_of(line))
        out.append(_unbroken_html(" ".join(words[index:index + count])))
        index += count
    return Markup("<br>").join(out)


#: The digits a right-to-left language may write numbers in, by CLDR numbering system.
_DIGITS = {"latn": "0123456789", "arab": "\u0660\u0661\u0662\u0663\u0664\u0665\u0666"
           "\u0667\u0668\u0669", "arabext": "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5"
           "\u06f6\u06f7\u06f8\u06f9"}


def format_dateline(date: dt.date | None, lang: str, text: str = "") -> str:
    """The date written out in the statement's language ("23 de noviembre de 2019"); in a
    right-to-left language, in the digits ``text`` (the statement's own words) writes most
    numbers in, Eastern Arabic ٠١٢٣ or Western 0123, else the locale's own."""
    if date is None:
        return ""
    tag = _DATE_LOCALES.get(lang, lang).replace("-", "_")
    try:
        locale = Locale.parse(tag)
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en_GB")
    written = format_date(date, format="long", locale=locale)
    if lang.split("-")[0] not in RTL_LANGUAGES:
        return written
    counts = {system: sum(text.count(d) for d in digits) for system, digits in _DIGITS.items()}
    system = (max(counts, key=counts.get) if any(counts.values())
              else locale.default_numbering_system)
    return written.translate(str.maketrans(_DIGITS["latn"], _DIGITS.get(system, _DIGITS["latn"])))


def statement_dateline(statement: Statement) -> str:
    """A statement's date as its dateline sets it (see format_dateline)."""
    words = " ".join((statement.title, statement.body, *statement.demands))
    return format_dateline(statement.date, statement.lang, words)


def _page_style(layout: Layout, context: RenderContext, adjust: Adjustments) -> str:
    """The ``@page`` rule and the CSS variables layouts draw on (geometry, colours)."""
    page = layout.page
    margins = (page.margin_top_mm, page.margin_right_mm, page.margin_bottom_mm,
               page.margin_left_mm)
    reach = context.style.band_reach_mm
    inset_pad = context.style.inset_pad_mm
    sizes = type_sizes(layout, adjust)
    rules = (
        f"@page {{ size: {page.width_mm}mm {page.height_mm}mm; "
        f"margin: {' '.join(f'{m}mm' for m in margins)}; bleed: {max(reach, 0)}mm; }}\n")
    if page.mirrored:  # the outer margin on the outside of each spread
        rules += (f"@page :left {{ margin-left: {margins[1]}mm; margin-right: {margins[3]}mm; }}"
                  f"\n@page :right {{ margin-left: {margins[3]}mm; margin-right: {margins[1]}mm; "
                  "}\n")
    return rules + (
        f":root {{ --margin-top: {margins[0]}mm; --margin-right: {margins[1]}mm; "
        f"--margin-bottom: {margins[2]}mm; --margin-left: {margins[3]}mm; "
        f"--page-width: {page.width_mm}mm; --page-height: {page.height_mm}mm; "
        f"--bleed: {reach}mm; --inset-pad: {inset_pad}mm; "
        f"--body-size: {sizes.body_pt:.3f}pt; --body-leading: {sizes.leading_pt:.3f}pt; "
        f"--lead-size: {sizes.lead_pt:.3f}pt; --lead-leading: {sizes.lead_leading_pt:.3f}pt; "
        f"--slogan-size: {sizes.slogan_pt:.3f}pt; --slogan-key-size: {sizes.key_pt:.3f}pt; "
        f"--slogan-leading: {layout.slogans.leading}; --poster-size: {sizes.poster_pt:.3f}pt; "
        f"--column-gap: {layout.column_gap_mm}mm; "
        f"{context.style.colours} }}"
    )


def _description(statement: Statement) -> str:
    """The first sentence of the body as plain text, for the PDF's subject."""
    paragraph = statement.body.strip().split("\n\n")[0]
    plain = re.sub(r"[*_`#>\[\]]|\(http[^)]*\)|\[\^[^\]]*\]", "", paragraph)
    plain = " ".join(plain.split())
    sentence = re.match(r"(.{20,300}?[.!?])(\s|$)", plain)
    return sentence[1] if sentence else plain[:300]


class BookPart(str, Enum):
    """The documents a stitched book is set from, one template each (``<part>.html.j2``)."""

    FRONT = "front"      # cover, title page, contents, introduction
    CHAPTER = "chapter"  # a chunk of parts and statements, on bare pages
    BACK = "back"        # index of demands, notes pages, colophon
    LEAVES = "leaves"    # one empty page per chapter page: running heads and folios
    COVER = "cover"      # the print cover: back, spine and front on one sheet


def render_book_html(part: BookPart, book: dict, parts: list[dict], index: list[dict],
                     layout: Layout, context: RenderContext, first_page: int = 1) -> str:
    """Render one part of a book layout into an HTML document whose pages are numbered
    from ``first_page``."""
    numbering = f"\n@page :first {{ counter-reset: page {first_page}; }}" if first_page != 1 \
        else ""
    template = [f"{name}/{part.value}.html.j2" for name in layout.template_dirs]
    return _render_template(layout, context, template, book=book, parts=parts, index=index,
                            layout=layout, parts_in_book=any(p["title"] for p in parts),
                            page_style=Markup(_page_style(layout, context, Adjustments())
                                              + numbering))
