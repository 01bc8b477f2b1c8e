"""Social cards: one HTML document holding every card of a statement, a page each at its
pixel size (the social target rasterises them): for each size a title card (title,
dateline, who speaks) and one card per demand, each set as large as it fits.

Everything is measured here, in CSS pixels, with the bundled fonts shaped as WeasyPrint
shapes them (display.py, measure.py), and placed absolutely: the text keeps to the centre
80 % of the card, where no platform crops, and the organisation's handle or web address
(and the digital imprint, where ``[imprint] digital`` is set) closes every card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from math import sqrt
from pathlib import Path

from markupsafe import Markup

from pamphlet.config.workspace import Config
from pamphlet.load.markup import first_strong_direction, inline_markdown_to_html, typographic
from pamphlet.load.sources import Statement
from pamphlet.render.display import set_display
from pamphlet.render.html import RTL_LANGUAGES, statement_dateline
from pamphlet.render.measure import DISPLAY_HEAVY, line_pitch_em, shaped_width_pt

#: The share of each side platforms may crop: text stays inside the rest.
CROP_MARGIN = 0.10
#: And this much further in (of the shorter side), for letters that overshoot their box.
INSET = 0.008
SEMIBOLD = "NotoSans-CondensedSemiBold.ttf"
REGULAR = "NotoSans-Condensed.ttf"
#: Type sizes in thousandths of the card's geometric mean side (√(w·h)).
ORG_SIZE, WEB_SIZE, IMPRINT_SIZE, DATELINE_SIZE, SUBTITLE_SIZE = 27, 24, 17, 30, 40
FOOT_LEADING, DEMAND_LEADING, TITLE_LEADING = 1.25, 0.95, 1.0
ORG_TRACKING = 0.12  # em of letter-spacing in the organisation's capitals


@dataclass(frozen=True)
class Card:
    """One card: its file name, size, kind, alt text and how it is set (for the template)."""

    width: int
    height: int
    number: int
    kind: str  # "title" or "demand"
    alt: str
    setting: dict

    @property
    def name(self) -> str:
        return f"{self.width}x{self.height}-{self.number:02d}.png"


def parse_size(size: str) -> tuple[int, int]:
    width, height = size.split("x")
    return int(width), int(height)


def _plain(text: str, lang: str) -> str:
    """A demand's words as typeset text without markup."""
    return Markup(inline_markdown_to_html(text, lang)).striptags()


def _sentence(parts: list[str]) -> str:
    """Parts joined as plain sentences (a full stop added where one has none)."""
    out = []
    for part in (p.strip() for p in parts):
        if part:
            out.append(part if re.search(r"[.!?…:;»”\"')]$", part) else part + ".")
    return " ".join(out)


def _lines(text: str, size: float, width: float, font: str, tracking: float = 0) -> list[str]:
    """Greedy lines of ``text`` within ``width`` at ``size`` (shaped widths)."""
    lines: list[str] = []
    for word in text.split():
        trial = f"{lines[-1]} {word}" if lines else word
        measured = shaped_width_pt(trial, size, font) + tracking * size * len(trial)
        if lines and measured <= width:
            lines[-1] = trial
        else:
            lines.append(word)
    return lines


def _fitted_line(text: str, size: float, width: float, font: str, tracking: float = 0
                 ) -> float:
    """``size``, made smaller if ``text`` must stay on one line within ``width``."""
    measured = shaped_width_pt(text, size, font) + tracking * size * len(text)
    return size if measured <= width * 0.98 else size * width * 0.98 / measured


def cards_for(statement: Statement, config: Config, sizes: tuple[str, ...]) -> list[Card]:
    """Every card of a statement: for each size, the title card, then one per demand."""
    lang = statement.lang
    organisation = typographic(statement.organisation, lang)
    where = config.organisation.handle or config.organisation.web
    title = typographic(statement.title, lang)
    subtitle = typographic(statement.subtitle, lang)
    dateline = " · ".join(part for part in (statement_dateline(statement),
                                           statement.place) if part)
    demands = [_plain(text, lang) for text in statement.demands]
    who = ", ".join(part for part in (organisation, where) if part)
    cards = []
    for size in sizes:
        width, height = parse_size(size)
        cards.append(Card(width, height, 1, "title",
                          f"{_sentence([title, subtitle, dateline])} {who}".strip(),
                          _title_setting(width, height, title, subtitle, dateline,
                                         organisation, where, config, lang)))
        for number, demand in enumerate(demands, 2):
            cards.append(Card(width, height, number, "demand",
                              f"{_sentence([demand])} {who}".strip(),
                              _demand_setting(width, height, demand, organisation, where,
                                              config, lang)))
    return cards


def _box(width: int, height: int) -> tuple[float, float, float, float, float]:
    """(left, top, safe width, safe height, unit) of a card in px."""
    unit = sqrt(width * height) / 1000
    inset = INSET * min(width, height)
    return (CROP_MARGIN * width + inset, CROP_MARGIN * height + inset,
            (1 - 2 * CROP_MARGIN) * width - 2 * inset,
            (1 - 2 * CROP_MARGIN) * height - 2 * inset, unit)


def _foot(width: int, height: int, organisation: str, where: str, config: Config) -> dict:
    """The foot's lines (organisation, handle or web, digital imprint), sized and broken,
    and its height; it sits on the safe area's bottom edge."""
    _, _, safe_w, _, unit = _box(width, height)
    lines = []
    if organisation:
        size = _fitted_line(organisation.upper(), ORG_SIZE * unit, safe_w, SEMIBOLD,
                            ORG_TRACKING)
        lines.append({"class": "card-org", "text": organisation, "size": size})
    if where:
        size = _fitted_line(where, WEB_SIZE * unit, safe_w, SEMIBOLD)
        lines.append({"class": "card-web", "text": where, "size": size})
    digital = config.imprint.digital.strip()
    if digital:
        size = IMPRINT_SIZE * unit
        for line in _lines(digital, size, safe_w * 0.98, REGULAR):
            lines.append({"class": "card-imprint", "text": line, "size": size})
    height = 0.0
    for line in lines:
        font = REGULAR if line["class"] == "card-imprint" else SEMIBOLD
        pitch, _ = line_pitch_em([line["text"]], FOOT_LEADING, font)
        height += line["size"] * pitch
        line["leading"] = round(line["size"] * FOOT_LEADING, 2)
        line["size"] = round(line["size"], 2)
        line["dir"] = first_strong_direction(line["text"]) or "ltr"
    return {"lines": lines, "height": height}


def _frame(width: int, height: int, foot: dict) -> dict:
    left, top, safe_w, safe_h, unit = _box(width, height)
    gap = 34 * unit if foot["lines"] else 0
    return {"left": round(left, 2), "top": round(top, 2), "width": round(safe_w, 2),
            "bottom": round(top + safe_h, 2), "main_height": safe_h - foot["height"] - gap,
            "unit": unit}


def _demand_setting(width: int, height: int, demand: str, organisation: str, where: str,
                    config: Config, lang: str) -> dict:
    foot = _foot(width, height, organisation, where, config)
    frame = _frame(width, height, foot)
    pitch, ink = line_pitch_em([demand.upper()], DEMAND_LEADING, DISPLAY_HEAVY)
    fit = set_display(demand, frame["width"], frame["main_height"], leading=pitch,
                      depth=ink, max_pt=0.3 * min(width, height), lang=lang)
    block = fit.height_pt(pitch) + ink * fit.size_pt
    return {**frame, "foot": foot, "dir": first_strong_direction(demand) or "ltr",
            "blocks": [{"class": "card-demand", "lines": fit.lines, "size": fit.size_pt,
                        "leading": round(fit.size_pt * DEMAND_LEADING, 2),
                        "top": round(frame["top"] + (frame["main_height"] - block) * 0.45,
                                     2)}]}


def _title_setting(width: int, height: int, title: str, subtitle: str, dateline: str,
                   organisation: str, where: str, config: Config, lang: str) -> dict:
    foot = _foot(width, height, organisation, where, config)
    frame = _frame(width, height, foot)
    unit = frame["unit"]
    extra = []  # (class, lines, size, leading, height) under the title
    if subtitle:
        size = SUBTITLE_SIZE * unit
        lines = _lines(subtitle, size, frame["width"] * 0.98, SEMIBOLD)
        pitch, ink = line_pitch_em(lines, 1.15, SEMIBOLD)
        extra.append(("card-subtitle", lines, size, 1.15, (len(lines) * pitch + ink) * size))
    if dateline:
        size = _fitted_line(dateline.upper(), DATELINE_SIZE * unit, frame["width"], SEMIBOLD,
                            0.08)
        pitch, ink = line_pitch_em([dateline.upper()], 1.2, SEMIBOLD)
        extra.append(("card-dateline", [dateline], size, 1.2, (pitch + ink) * size))
    space = 26 * unit
    extra_height = sum(block[-1] + space for block in extra)
    pitch, ink = line_pitch_em([title], TITLE_LEADING, DISPLAY_HEAVY)
    fit = set_display(title, frame["width"], frame["main_height"] - extra_height,
                      leading=pitch, depth=ink, max_pt=0.2 * min(width, height),
                      uppercase=False, lang=lang)
    title_height = fit.height_pt(pitch) + ink * fit.size_pt
    total = title_height + extra_height
    y = frame["top"] + max(0.0, (frame["main_height"] - total) * 0.45)
    blocks = [{"class": "card-title", "lines": fit.lines, "size": fit.size_pt,
               "leading": round(fit.size_pt * TITLE_LEADING, 2), "top": round(y, 2)}]
    y += title_height
    for css_class, lines, size, leading, block_height in extra:
        y += space
        blocks.append({"class": css_class, "lines": lines, "size": round(size, 2),
                       "leading": round(size * leading, 2), "top": round(y, 2)})
        y += block_height
    return {**frame, "foot": foot, "dir": first_strong_direction(title) or "ltr",
            "blocks": blocks}


def direction_of(statement: Statement) -> str:
    return "rtl" if statement.lang.split("-")[0] in RTL_LANGUAGES else "ltr"


#: Where a workspace may override the cards' template and stylesheet (layouts/_social/).
CARDS_TEMPLATE = "_social/cards.html.j2"
CARDS_STYLESHEET = "_social/cards.css"


def cards_html(statement: Statement, cards: list[Card], context) -> str:
    """The HTML document setting ``cards``, a page each (``context``: a RenderContext)."""
    import datetime as dt

    from pamphlet.render.layouts import layout_roots
    from pamphlet.render.templates import jinja_environment, render_template

    sizes = sorted({(card.width, card.height) for card in cards})
    page_style = "\n".join(f"@page card-{w}x{h} {{ size: {w}px {h}px; margin: 0; }}"
                           for w, h in sizes)
    page_style += f"\n:root {{ {context.style.colours} }}"
    roots = layout_roots(context.workspace_layouts)
    date = (statement.date or context.pdf_date or dt.date(1970, 1, 1)).isoformat()
    return render_template(
        jinja_environment(roots), [CARDS_TEMPLATE], roots[0] / CARDS_TEMPLATE,
        statement=statement, cards=cards, direction=direction_of(statement),
        title=typographic(statement.title, statement.lang), page_style=Markup(page_style),
        pdf_date=date, organisation=typographic(statement.organisation, statement.lang))


def cards_stylesheet(workspace_layouts) -> Path:
    """The cards' stylesheet: the workspace's own, else the built-in one."""
    from pamphlet.render.layouts import layout_roots

    for root in layout_roots(workspace_layouts):
        path = root / CARDS_STYLESHEET
        if path.is_file():
            return path
    raise FileNotFoundError(CARDS_STYLESHEET)
