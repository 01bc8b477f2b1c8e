"""Stage 2 helper: Markdown to HTML, with pandoc-style fenced divs and typography by language.

Activists' text is respected: ``#Word`` is a hashtag, never a heading (CommonMark needs a
space after the ``#``); hashtags, @handles, URLs and e-mail addresses are kept whole; spaced
hyphens become the language's dash; percentages get the language's space; a paragraph never
ends in a runt of one short word.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ElementTree
from functools import cache

import markdown
from markdown.blockprocessors import HashHeaderProcessor
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.extensions.footnotes import NBSP_PLACEHOLDER
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from pamphlet.load.budget import within_budget

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
    "ar": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "fa": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
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


#: Unicode's directional isolates: first strong isolate … pop directional isolate.
FSI, PDI = "\u2068", "\u2069"
_ISOLATE_OPENERS = ("\u2066", "\u2067", FSI)


def first_strong_direction(text: str) -> str | None:
    """"ltr" or "rtl" after the first letter with a strong direction, or None (text inside
    directional isolates does not count, as in Unicode's bidi algorithm, rule P2)."""
    depth = 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return "ltr"
            if kind in ("R", "AL"):
                return "rtl"
    return None


def isolated(text: str, direction: str) -> str:
    """``text`` as a part of a line set in ``direction``: wrapped in a first-strong isolate
    when it does not read that way itself (a Latin name, a postcode or a phone number in
    an Arabic line; an Arabic name in an English one), so it keeps its own order and takes
    no neighbouring digits or commas with it. Text of the line's own direction is left as
    it is, and so are bare digits in a left-to-right line."""
    own = first_strong_direction(text)
    if not text or own == direction or (own is None and direction == "ltr"):
        return text
    return f"{FSI}{text}{PDI}"


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
_UNBROKEN_SPAN = re.compile(r'^<span class="unbroken\b')
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
            if index and _UNBROKEN_SPAN.match(parts[index - 1]):
                continue  # a URL, hashtag or handle is left exactly as written
            if not skipping and part:
                if index and part[0] in _MISTAKEN_OPENING and _AFTER_INLINE_TAG.match(
                        parts[index - 1]) and (len(part) == 1 or not part[1].isalnum()):
                    # smarty opens a quote that closes right after an inline tag: "*no*"
                    part = _MISTAKEN_OPENING[part[0]] + part[1:]
                parts[index] = localise_text(part, self.lang)
        return "".join(parts)


def localise_text(text: str, lang: str) -> str:
    """Apply the language's quotation marks, dashes and spacing to text with English curly
    quotes."""
    primary = lang.split("-")[0]
    open1, close1, open2, close2 = quotes_for(lang)
    if (open1, close1) != ("\u201c", "\u201d"):
        text = text.replace("\u201c", "\x00").replace("\u201d", "\x01")
        text = _SINGLE_PAIR.sub(lambda m: f"{open2}{m[1]}{close2}", text)
        text = text.replace("\x00", open1).replace("\x01", close1)
    text = localise_dashes(text, lang)
    text = localise_percent(text, lang)
    if primary == "fr":
        text = _FRENCH_SPACE.sub("\u202f\\1", text)
        text = _FRENCH_GUILLEMETS.sub(
            lambda m: "\u00ab\u202f" if m[1] else "\u202f\u00bb", text)
    return text


#: How a language sets a dash between words, by style: "spaced" (a no-break space before
#: an en dash, a space after), "closed" (an em dash set close: American), "spaced-em"
#: (the em dash spaced, Russian and Portuguese), "raya" (Spanish: the em dash against the
#: words it brackets, —like this—).
DASH_STYLES: dict[str, str] = {
    "en-US": "closed", "es": "raya", "ru": "spaced-em", "uk": "spaced-em", "be": "spaced-em",
    "bg": "spaced-em", "pt": "spaced-em", "pt-BR": "spaced-em",
}


def dash_style(lang: str) -> str:
    return DASH_STYLES.get(lang) or DASH_STYLES.get(lang.split("-")[0]) or "spaced"


#: A hyphen or en dash typed with spaces around it (or at the edge of a text run next to
#: an inline tag), and a hyphen typed with a space after it only ("killed- Anez").
_SPACED_DASH = re.compile(r"(?:(?<=\S)|^)[ \u00a0]+(?:--?|\u2013)(?P<after>[ \u00a0]+)(?=\S|$)")
_OPEN_HYPHEN = re.compile(r"(?<![^\W\d_])(?P<left>[^\W\d_]+)-[ ]+(?=(?P<next>[^\W\d_]+))")
#: Words after which "Nord- und Südamerika" keeps its hyphen (a suspended compound).
SUSPENSION_WORDS = {"und", "oder", "bis", "sowie", "bzw", "beziehungsweise", "als", "wie",
                    "and", "or", "to", "nor", "et", "ou", "y", "e", "o", "u", "ed", "en",
                    "of", "tot", "i", "og", "eller", "och", "ja", "tai"}
#: A prefix this short before "- " and a lower-case word is a compound with a stray space
#: ("so- called", "long- term", "soi- disant"): it is closed up, not made a dash ...
COMPOUND_LEFT_CHARS = 5
#: ... unless the word after it opens a clause ("angry- we will").
CLAUSE_WORDS = set("""we they i you he she it the a an and but not no nobody this that our
their there wir sie ich es er die der das und aber nicht kein keine niemand nosotros
nosotras ellos ellas el la los las pero nadie nous ils elles on le les mais personne""".split())


def _open_hyphen(match: re.Match) -> str:
    left, following = match["left"], match["next"]
    if following.lower() in SUSPENSION_WORDS:
        return match[0]  # "Lohn- und Gehaltsfragen"
    if (following[0].islower() and len(left) <= COMPOUND_LEFT_CHARS
            and following.lower() not in CLAUSE_WORDS):
        return f"{left}-"  # "so- called" → "so-called"
    return f"{left} - "  # "killed- Anez": a dash, set below


_SENTENCE = re.compile(r"[^.!?\u2026]*(?:[.!?\u2026]+[\u00bb\u201d\u2019)]*|$)")


def localise_dashes(text: str, lang: str) -> str:
    """Spaced hyphens (" - ", " -- " after smarty, " – ") and "word- word" become the
    language's dash; a suspended hyphen ("Lohn- und Gehaltsfragen") stays, and a short
    prefix with a stray space is closed up ("so- called")."""
    text = _OPEN_HYPHEN.sub(_open_hyphen, text)
    style = dash_style(lang)
    if style == "raya":
        return "".join(_raya(sentence) for sentence in _SENTENCE.findall(text))
    dash = {"spaced": "\u00a0\u2013", "closed": "\u2014", "spaced-em": "\u00a0\u2014"}[style]

    def replace(match: re.Match) -> str:  # a no-break space after stays one (a runt bound)
        if style == "closed":
            return dash
        return dash + ("\u00a0" if "\u00a0" in match["after"] else " ")

    return _SPACED_DASH.sub(replace, text)


def _raya(sentence: str) -> str:
    """Spanish incisos in one sentence: dashes pair up, the opening one against the next
    word and the closing one against the word before; an unpaired one closes before the
    sentence's final punctuation."""
    dashes = list(_SPACED_DASH.finditer(sentence))
    if not dashes:
        return sentence
    out, last = [], 0
    for number, dash in enumerate(dashes):
        out.append(sentence[last:dash.start()])
        space = "\u00a0" if "\u00a0" in dash[0] else " "
        out.append(space + "\u2014" if number % 2 == 0 else "\u2014" + space)
        last = dash.end()
    rest = sentence[last:]
    if len(dashes) % 2:
        end = re.search(r"[.!?\u2026]+[\u00bb\u201d\u2019)]*\s*$", rest)
        rest = rest[:end.start()] + "\u2014" + rest[end.start():] if end else rest + "\u2014"
    out.append(rest)
    return "".join(out)


#: Languages that put a (narrow) no-break space between a number and its % sign.
PERCENT_SPACED = {"fr", "de", "es", "ca", "it", "cs", "sk", "sl", "pl", "ru", "uk", "be", "bg",
                  "sv", "fi", "no", "nb", "nn", "da", "lt", "lv", "et", "hu", "ro", "hr", "el"}
_PERCENT = re.compile(r"(?<=\d)[ \u00a0\u202f]?(?=[%\u2030](?![\w-]))")


def localise_percent(text: str, lang: str) -> str:
    """"23 %" and "23%" as the language writes them: a narrow no-break space in French,
    German, Spanish …, closed up in English."""
    primary = lang.split("-")[0]
    if primary in RTL_SCRIPTS:
        return text
    return _PERCENT.sub("\u202f" if primary in PERCENT_SPACED else "", text)


#: Languages whose percent sign and digits are left as written (their own conventions).
RTL_SCRIPTS = {"ar", "he", "fa", "ur", "yi", "ps", "ckb", "dv"}


_STRAIGHT_QUOTES = [(re.compile(r'(^|[\s(\[\u2014\u2013\u2066-\u2068-])"'), "\\1\u201c"),
                    (re.compile('"'), "\u201d"),
                    (re.compile(r"(^|[\s(\[\u2014\u2013\u2066-\u2068-])'"), "\\1\u2018"),
                    (re.compile("'"), "\u2019")]


def smarten_quotes(text: str) -> str:
    """Straight quotes in plain text become English curly quotes (and apostrophes)."""
    for pattern, replacement in _STRAIGHT_QUOTES:
        text = pattern.sub(replacement, text)
    return text


def typographic(text: str, lang: str) -> str:
    """Plain text (a title, a name) with the quotation marks and spacing of ``lang``."""
    return localise_text(smarten_quotes(text), lang)


class CommonMarkHeadingProcessor(HashHeaderProcessor):
    """``# Heading`` as CommonMark has it: the ``#`` run is followed by a space or ends the
    line, so ``#UprootTheSystem`` and ``#1`` stay text (Python-Markdown would make them
    headings)."""

    RE = re.compile(r"(?:^|\n)(?P<level>#{1,6})(?=[ \t]|\n|$)"
                    r"(?P<header>(?:\\.|[^\\#]|#+(?=[^#\n]))*?)#*(?:\n|$)")


#: Words of the text that are never hyphenated nor broken inside: URLs, e-mail addresses,
#: @handles (also Mastodon's @user@host), #hashtags and bare domain names.
UNBROKEN_TOKEN = re.compile(
    r"(?P<url>(?:https?://|ftp://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]\u00bb\u201d\u2019])"
    r"|(?P<email>(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})"
    r"|(?P<handle>(?<![\w@])@\w+(?:[.\-]\w+)*(?:@[\w-]+(?:\.[\w-]+)+)?)"
    r"|(?P<hashtag>(?<![\w#&])#\w+)"
    r"|(?P<domain>(?<![\w.@/-])(?:[A-Za-z0-9-]+\.)+"
    r"(?:org|com|net|info|eu|de|at|ch|fr|es|it|uk|ie|nl|be|pt|io)(?![\w-])(?:/[^\s<>\"]*[\w/])?)"
)
#: Elements whose text is left alone: code, and links' targets are attributes anyway.
_VERBATIM = {"code", "pre", "kbd", "samp", "script", "style"}


def unbroken_tokens_html(text: str) -> str:
    """Plain ``text`` escaped, its hashtags, handles and URLs wrapped as unbroken spans."""
    from markupsafe import escape

    out, last = [], 0
    for match in UNBROKEN_TOKEN.finditer(text):
        out.append(str(escape(text[last:match.start()])))
        out.append(f'<span class="unbroken {match.lastgroup}">{escape(match[0])}</span>')
        last = match.end()
    out.append(str(escape(text[last:])))
    return "".join(out)


class UnbrokenTokensTreeprocessor(Treeprocessor):
    """Wrap hashtags, @handles, URLs and e-mail addresses in ``<span class="unbroken …">``:
    the stylesheets set them ``hyphens: none; white-space: nowrap`` (and keep their case in
    capitals), and the hyphenator leaves them whole. The text itself is unchanged."""

    def run(self, root):
        self._walk(root)

    def _walk(self, element) -> None:
        if element.tag in _VERBATIM or "unbroken" in element.get("class", "").split():
            return
        for child in list(element):
            self._walk(child)
        if element.text:
            spans = self._split(element.text)
            if spans:
                element.text = spans[0]
                for index, span in enumerate(spans[1:]):
                    element.insert(index, span)
        for index, child in reversed(list(enumerate(element))):
            if child.tail:
                spans = self._split(child.tail)
                if spans:
                    child.tail = spans[0]
                    for offset, span in enumerate(spans[1:], 1):
                        element.insert(index + offset, span)

    @staticmethod
    def _split(text: str) -> list | None:
        """[text before, span, span, …] (each span's tail the text after it), or None."""
        matches = list(UNBROKEN_TOKEN.finditer(text))
        if not matches:
            return None
        out: list = [text[:matches[0].start()]]
        for index, match in enumerate(matches):
            span = ElementTree.Element("span", {"class": f"unbroken {match.lastgroup}"})
            span.text = match[0]
            end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
            span.tail = text[match.end():end]
            out.append(span)
        return out


#: A word this short (letters and its punctuation) alone on a paragraph's last line is a
#: runt; it is bound to the word before it, unless the two together are longer than this.
RUNT_CHARS = 7
RUNT_PAIR_CHARS = 20
_LAST_GAP = re.compile(r"([^ \n]*)[ \n]+([^ \n]+)[ \n]*$")


class RuntTreeprocessor(Treeprocessor):
    """Bind a paragraph's short last word to the one before it with a no-break space, so
    no paragraph (list item, footnote) ends in a line of one short word."""

    def run(self, root):
        for element in root.iter():
            if element.tag in ("p", "li", "dd") or (
                    element.tag == "span" and element.get("class") == "footnote"):
                if element.tag == "li" and any(c.tag in ("p", "ul", "ol") for c in element):
                    continue
                _bind_last_word(element)


def _bind_last_word(paragraph) -> None:
    """Replace the space before ``paragraph``'s last word by a no-break space, when that
    word is short and lies in plain text (not in a hashtag, code or a footnote)."""
    segments: list[tuple[object, str] | None] = [(paragraph, "text")]

    def collect(element) -> None:
        for child in element:
            if child.tag in _VERBATIM or (child.tag == "span" and (
                    child.get("class") == "footnote" or "unbroken" in child.get("class", ""))):
                segments.append(None)  # words we may not touch
            else:
                segments.append((child, "text"))
                collect(child)
            segments.append((child, "tail"))

    collect(paragraph)
    for segment in reversed(segments):
        if segment is None:
            return
        node, attribute = segment
        text = getattr(node, attribute) or ""
        if not text.strip():
            continue
        match = _LAST_GAP.search(text)
        if match and len(match[2]) <= RUNT_CHARS \
                and len(match[1]) + len(match[2]) < RUNT_PAIR_CHARS:
            setattr(node, attribute,
                    text[:match.end(1)] + "\u00a0" + text[match.start(2):])
        return


class PamphletMarkdown(Extension):
    """Our additions to Python-Markdown: fenced divs and typography by language."""

    def __init__(self, lang: str = "en", bind_last_words: bool = False):
        super().__init__()
        self.lang = lang
        self.bind_last_words = bind_last_words

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.preprocessors.register(FencedDivPreprocessor(md), "fenced_div", 29)
        md.parser.blockprocessors.register(CommonMarkHeadingProcessor(md.parser), "hashheader",
                                           70)
        md.treeprocessors.register(PageFootnotesTreeprocessor(md), "page_footnotes", 15)
        md.treeprocessors.register(RightToLeftTreeprocessor(md), "right_to_left", 14)
        md.treeprocessors.register(UnbrokenTokensTreeprocessor(md), "unbroken_tokens", 13)
        if self.bind_last_words:
            md.treeprocessors.register(RuntTreeprocessor(md), "runts", 12)
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
def _converter(lang: str, bind_last_words: bool) -> markdown.Markdown:
    return markdown.Markdown(
        extensions=["footnotes", "attr_list", "md_in_html", "sane_lists", "smarty",
                    PamphletMarkdown(lang, bind_last_words)],
        extension_configs={"smarty": _SMARTY,
                           "footnotes": {"BACKLINK_TEXT": "", "SUPERSCRIPT_TEXT": "{}"}},
        output_format="html",
    )


#: How long converting one text may take (a whole 1 MB statement takes about 10 s).
MARKDOWN_SECONDS = 30


def markdown_to_html(text: str, lang: str = "en", bind_last_words: bool = False) -> str:
    """Convert a Markdown block to HTML with the typography of ``lang``; running text (a
    statement's body) binds each paragraph's short last word to the one before it. Within
    the time budget (load/budget.py): text shaped to make the parser crawl fails, never
    hangs."""
    return within_budget(MARKDOWN_SECONDS, "converting the Markdown", _convert, text, lang,
                         bind_last_words)


def _convert(text: str, lang: str, bind_last_words: bool) -> str:
    converter = _converter(lang, bind_last_words)
    converter.reset()
    return converter.convert(text)


#: What would open a block at the start of a one-paragraph text: "1." or "2)", "-", "+",
#: "*", ">" or "#" with a space after them.
_BLOCK_MARKER = re.compile(r"^(\s*)(\d{1,9}(?=[.)](?:\s|$))|[-+*>](?=\s|$)|#{1,6}(?=\s|$))")


def inline_markdown_to_html(text: str, lang: str = "en") -> str:
    """Convert one paragraph of Markdown (a demand) to HTML without the ``<p>`` around it.

    A paragraph that starts like a list item or a heading ("1. Mai", "- 5 % more") stays
    text: it is one paragraph, whatever its first characters are.
    """
    text = _BLOCK_MARKER.sub(lambda m: m[1] + (m[2] + "\\" if m[2][0].isdigit()
                                                else "\\" + m[2]), text, count=1)
    html = markdown_to_html(text, lang).strip()
    single = re.fullmatch(r"<p(?: [^>]*)?>(.*)</p>", html, re.S)
    if single and "<p" not in single[1]:
        return single[1]
    return html
