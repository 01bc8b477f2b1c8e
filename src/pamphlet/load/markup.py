"""Stage 2 helper: Markdown to HTML, with pandoc-style fenced divs and quotes by language."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ElementTree
from functools import cache

import markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.extensions.footnotes import NBSP_PLACEHOLDER
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

#: Primary and secondary quotation marks: (open, close, open, close), by language.
QUOTES: dict[str, tuple[str, str, str, str]] = {
    "en": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "nl": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "ga": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "tr": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "de": ("\u201e", "\u201c", "\u201a", "\u2018"),
    "cs": ("\u201e", "\u201c", "\u201a", "\u2018"),
    "sk": ("\u201e", "\u201c", "\u201a", "\u2018"),
    "sl": ("\u201e", "\u201c", "\u201a", "\u2018"),
    "lt": ("\u201e", "\u201c", "\u201a", "\u2018"),
    "pl": ("\u201e", "\u201d", "\u00ab", "\u00bb"),
    "ro": ("\u201e", "\u201d", "\u00ab", "\u00bb"),
    "hu": ("\u201e", "\u201d", "\u00bb", "\u00ab"),
    "hr": ("\u201e", "\u201c", "\u2018", "\u2019"),
    "fr": ("\u00ab", "\u00bb", "\u201c", "\u201d"),  # spaced in localise_text
    "es": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "ca": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "it": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "pt": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "pt-BR": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "el": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "ru": ("\u00ab", "\u00bb", "\u201e", "\u201c"),
    "uk": ("\u00ab", "\u00bb", "\u201e", "\u201c"),
    "be": ("\u00ab", "\u00bb", "\u201e", "\u201c"),
    "bg": ("\u201e", "\u201c", "\u2018", "\u2019"),
    "da": ("\u00bb", "\u00ab", "\u203a", "\u2039"),
    "sv": ("\u201d", "\u201d", "\u2019", "\u2019"),
    "fi": ("\u201d", "\u201d", "\u2019", "\u2019"),
    "no": ("\u00ab", "\u00bb", "\u2018", "\u2019"),
    "nb": ("\u00ab", "\u00bb", "\u2018", "\u2019"),
}


def quotes_for(lang: str) -> tuple[str, str, str, str]:
    """The quotation marks for a language tag, falling back on its primary subtag, then English."""
    return QUOTES.get(lang) or QUOTES.get(lang.split("-")[0]) or QUOTES["en"]


#: Pandoc's fenced div syntax: ``::: name``, ``::: {.class #id}``, optional closing colons.
DIV_OPEN = re.compile(r"^:{3,}\s*(?:\{(?P<attrs>[^}]*)\}|(?P<name>[\w-]+))\s*:*\s*$")
DIV_CLOSE = re.compile(r"^:{3,}\s*$")
_DIV_TOKEN = re.compile(r"^[\w-]+$")


def div_classes_and_id(opening: re.Match) -> tuple[list[str], str | None]:
    """The classes and id of a fenced div's opening line (tokens of word characters only)."""
    if opening["name"]:
        return [opening["name"]], None
    classes, ident = [], None
    for token in opening["attrs"].split():
        if token.startswith(".") and _DIV_TOKEN.match(token[1:]):
            classes.append(token[1:])
        elif token.startswith("#") and _DIV_TOKEN.match(token[1:]):
            ident = token[1:]
    return classes, ident


class FencedDivPreprocessor(Preprocessor):
    """Pandoc's ``::: name`` / ``::: {.class #id}`` … ``:::`` as ``<div markdown="1">``."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        for line in lines:
            opening = DIV_OPEN.match(line)
            if opening:
                out += ["", f"<div {_div_attributes(opening)} markdown=\"1\">", ""]
            elif DIV_CLOSE.match(line):
                out += ["", "</div>", ""]
            else:
                out.append(line)
        return out


def _div_attributes(opening: re.Match) -> str:
    classes, ident = div_classes_and_id(opening)
    attributes = [f'class="{" ".join(classes)}"'] if classes else []
    if ident:
        attributes.append(f'id="{ident}"')
    return " ".join(attributes) or 'class="div"'


class PageFootnotesTreeprocessor(Treeprocessor):
    """Move each footnote from the endnote list to its call, as ``<span class="footnote">``.

    The layouts float these spans to the foot of the page that calls them (CSS
    ``float: footnote``), as a book sets its notes, instead of a list after the text.
    """

    def run(self, root):
        notes = root.find("./div[@class='footnote']")
        if notes is None:
            return
        texts = {}
        for item in notes.iter("li"):
            note = ElementTree.Element("span", {"class": "footnote"})
            paragraphs = [child for child in item if child.tag == "p"] or [item]
            for index, paragraph in enumerate(paragraphs):
                if index:
                    _append_text(note, " ")
                _append_text(note, paragraph.text or "")
                for child in paragraph:
                    if child.tag == "a" and "footnote-backref" in child.get("class", ""):
                        _strip_end(note)
                        _append_text(note, child.tail or "")
                        continue
                    note.append(child)
            texts[item.get("id", "").removeprefix("fn:")] = note
        root.remove(notes)
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "sup" and child.get("id", "").startswith("fnref"):
                    key = child.get("id").split(":", 1)[1]
                    if key in texts:
                        texts[key].tail = child.tail
                        parent[index] = texts.pop(key)


_RTL_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "dd"}


class RightToLeftTreeprocessor(Treeprocessor):
    """Mark blocks whose first strong letter is Arabic or Hebrew as ``dir="rtl"``.

    A statement may mix scripts: each paragraph then runs in its own direction.
    """

    def run(self, root):
        for element in root.iter():
            if element.tag in _RTL_BLOCKS and "dir" not in element.attrib:
                if first_strong_direction("".join(element.itertext())) == "rtl":
                    element.set("dir", "rtl")


def first_strong_direction(text: str) -> str | None:
    """"ltr" or "rtl" after the first letter with a strong direction, or None."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def _strip_end(element) -> None:
    if len(element):
        element[-1].tail = (element[-1].tail or "").replace(NBSP_PLACEHOLDER, "").rstrip()
    else:
        element.text = (element.text or "").replace(NBSP_PLACEHOLDER, "").rstrip()


def _append_text(element, text: str) -> None:
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
_SKIP_TAGS = re.compile(r"^<(/?)(code|pre|kbd|samp|script|style)\b", re.I)
# An apostrophe (’ before a letter) may stand inside a pair of single quotes.
_SINGLE_PAIR = re.compile("\u2018((?:[^\u2018\u2019]|\u2019(?=\\w))*?)\u2019(?!\\w)")
_AFTER_INLINE_TAG = re.compile(r"^</(em|strong|b|i|a|span|code|sup|sub)>$")
_MISTAKEN_OPENING = {"\u201c": "\u201d", "\u2018": "\u2019"}
_FRENCH_SPACE = re.compile(r"(?<=[\w\u00bb\u201d)\]])[ \u00a0]?([;:!?]+)(?=\s|$|[\u00bb\u201d)])")
_FRENCH_GUILLEMETS = re.compile("(\u00ab)[ \u00a0\u202f]*|[ \u00a0\u202f]*(\u00bb)")


class LanguageTypographyPostprocessor(Postprocessor):
    """Turn smarty's English quotes into the language's own, and space French punctuation."""

    def __init__(self, md: markdown.Markdown, lang: str):
        super().__init__(md)
        self.lang = lang

    def run(self, text: str) -> str:
        parts = _TAG_OR_TEXT.split(text)
        skipping = 0
        for index, part in enumerate(parts):
            if index % 2:
                tag = _SKIP_TAGS.match(part)
                if tag:
                    skipping += -1 if tag[1] else 1
                continue
            if not skipping and part:
                if index and part[0] in _MISTAKEN_OPENING and _AFTER_INLINE_TAG.match(
                        parts[index - 1]) and (len(part) == 1 or not part[1].isalnum()):
                    # smarty opens a quote that closes right after an inline tag: "*no*"
                    part = _MISTAKEN_OPENING[part[0]] + part[1:]
                parts[index] = localise_text(part, self.lang)
        return "".join(parts)


def localise_text(text: str, lang: str) -> str:
    """Apply the language's quotation marks and spacing to text with English curly quotes."""
    primary = lang.split("-")[0]
    open1, close1, open2, close2 = quotes_for(lang)
    if (open1, close1) != ("\u201c", "\u201d"):
        text = text.replace("\u201c", "\x00").replace("\u201d", "\x01")
        text = _SINGLE_PAIR.sub(lambda m: f"{open2}{m[1]}{close2}", text)
        text = text.replace("\x00", open1).replace("\x01", close1)
    if primary == "fr":
        text = _FRENCH_SPACE.sub("\u202f\\1", text)
        text = _FRENCH_GUILLEMETS.sub(
            lambda m: "\u00ab\u202f" if m[1] else "\u202f\u00bb", text)
    return text


_STRAIGHT_QUOTES = [(re.compile(r'(^|[\s(\[\u2014\u2013-])"'), "\\1\u201c"), (re.compile('"'), "\u201d"),
                    (re.compile(r"(^|[\s(\[\u2014\u2013-])'"), "\\1\u2018"), (re.compile("'"), "\u2019")]


def smarten_quotes(text: str) -> str:
    """Straight quotes in plain text become English curly quotes (and apostrophes)."""
    for pattern, replacement in _STRAIGHT_QUOTES:
        text = pattern.sub(replacement, text)
    return text


def typographic(text: str, lang: str) -> str:
    """Plain text (a title, a name) with the quotation marks and spacing of ``lang``."""
    return localise_text(smarten_quotes(text), lang)


class PamphletMarkdown(Extension):
    """Our additions to Python-Markdown: fenced divs and typography by language."""

    def __init__(self, lang: str = "en"):
        super().__init__()
        self.lang = lang

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.preprocessors.register(FencedDivPreprocessor(md), "fenced_div", 29)
        md.treeprocessors.register(PageFootnotesTreeprocessor(md), "page_footnotes", 15)
        md.treeprocessors.register(RightToLeftTreeprocessor(md), "right_to_left", 14)
        md.postprocessors.register(LanguageTypographyPostprocessor(md, self.lang),
                                   "language_typography", 5)


_SMARTY = {
    "smart_angled_quotes": True,
    "substitutions": {
        "left-single-quote": "\u2018", "right-single-quote": "\u2019",
        "left-double-quote": "\u201c", "right-double-quote": "\u201d",
        "left-angle-quote": "\u00ab", "right-angle-quote": "\u00bb",
        "ndash": "\u2013", "mdash": "\u2014", "ellipsis": "\u2026",
    },
}


@cache
def _converter(lang: str) -> markdown.Markdown:
    return markdown.Markdown(
        extensions=["footnotes", "attr_list", "md_in_html", "sane_lists", "smarty",
                    PamphletMarkdown(lang)],
        extension_configs={"smarty": _SMARTY,
                           "footnotes": {"BACKLINK_TEXT": "", "SUPERSCRIPT_TEXT": "{}"}},
        output_format="html",
    )


def markdown_to_html(text: str, lang: str = "en") -> str:
    """Convert a Markdown block to HTML with the typography of ``lang``."""
    converter = _converter(lang)
    converter.reset()
    return converter.convert(text)


def inline_markdown_to_html(text: str, lang: str = "en") -> str:
    """Convert one paragraph of Markdown to HTML without the ``<p>`` around it."""
    html = markdown_to_html(text, lang).strip()
    single = re.fullmatch(r"<p(?: [^>]*)?>(.*)</p>", html, re.S)
    if single and "<p" not in single[1]:
        return single[1]
    return html
