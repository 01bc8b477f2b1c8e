"""Hyphenation before WeasyPrint: soft hyphens at the breaks a good editor accepts.

WeasyPrint hyphenates with pyphen's dictionaries, and pyphen's German one (LibreOffice's,
2017) breaks everyday compounds wrongly ("Klimast-reik", "Deut-schland"). So the body HTML
is hyphenated here instead, with U+00AD soft hyphens, and the stylesheets say
``hyphens: manual``:

- German with TeX's patterns (hyphenation/README.md), made at build time; without them,
  pyphen's German dictionary, with a warning. Other languages: pyphen's dictionaries.
- At least 3 letters before and after a break, words of at least 7 letters; in German no
  break two letters after a linking element ("Diskriminierungser-").
- Never inside #hashtags, @handles, URLs, e-mail addresses, domain names, words with
  digits or underscores, words with capitals inside (``AlleFürsKlima``); never the last
  word of a paragraph; never in code or ``unbroken`` spans.
- A workspace's exceptions (``[hyphenation] exceptions = ["Kli-ma-streik", "Pamphlet"]``)
  give a word exactly its breaks (or none); a German entry covers its inflected forms.

Each block with soft hyphens is marked ``data-hy="N"`` and its words are recorded, so that
typeset/lines.py can tell which word a laid-out break belongs to and the fitting loop can
re-set a word whole (``unbreak``) when the lines break a rule.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pyphen

from pamphlet.resources import hyphenation_dir

log = logging.getLogger("pamphlet")

SOFT_HYPHEN = "\u00ad"


@dataclass(frozen=True)
class LanguageRules:
    """How one language is hyphenated: letters kept before and after a break, the shortest
    word broken, the pattern file (None: pyphen's own dictionary), the German joint guard
    (no break within ``compound_left`` letters after a linking element that ``joint_after``
    finds), and the endings under which an exception word still applies."""

    left: int = 3
    right: int = 3
    min_word: int = 7
    patterns: str | None = None
    compound_left: int = 0
    joint_after: str | None = None
    exception_suffixes: tuple[str, ...] = ()


RULES: dict[str, LanguageRules] = {
    "de": LanguageRules(
        patterns="hyph_de_1996.dic", compound_left=3,
        joint_after=r"(?:ungs|heits|keits|schafts|tions|sions|täts|lings|tums)",
        exception_suffixes=("s", "es", "n", "en", "e", "er", "ern", "em", "ns")),
}


def rules_for(lang: str | None) -> LanguageRules | None:
    """The rules for a language tag (``de-CH`` → ``de``), the defaults for any language
    pyphen has a dictionary for, or None (Arabic, Hebrew: not hyphenated)."""
    if not lang:
        return None
    tag = lang.strip().replace("_", "-")
    primary = tag.split("-")[0].lower()
    if primary in RULES:
        return RULES[primary]
    if pyphen.language_fallback(tag.replace("-", "_")):
        return LanguageRules()
    return None


@cache
def _pattern_file(name: str) -> pyphen.HyphDict | None:
    """One of the pattern files made at build time, read once (None, with one warning,
    when it is missing)."""
    path = hyphenation_dir() / name
    if path.is_file():
        return pyphen.HyphDict(path)
    log.warning("%s is missing (run scripts/make-hyphenation, see hyphenation/README.md): "
                "hyphenating with pyphen's dictionary instead, which breaks compounds worse",
                path)
    return None


@cache
def _dictionary(lang: str, patterns: str | None) -> pyphen.HyphDict:
    """The pattern dictionary for ``lang``: the rules' own file, else pyphen's."""
    own = _pattern_file(patterns) if patterns else None
    if own is not None:
        return own
    code = pyphen.language_fallback(lang.replace("-", "_"))
    if code is None:
        raise LookupError(f"no hyphenation dictionary for {lang!r}")
    return pyphen.Pyphen(lang=code).hd


def patterns_path(lang: str) -> Path | None:
    """The pattern file a language is hyphenated with, if it has its own (for digests)."""
    rules = rules_for(lang)
    return hyphenation_dir() / rules.patterns if rules and rules.patterns else None


# --- exceptions ------------------------------------------------------------------------

EXCEPTION_ENTRY = re.compile(r"[^\W\d_]+(?:[-\u00ad\u2010][^\W\d_]+)*")


def parse_exceptions(entries: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """``["Kli-ma-streik", "Pamphlet"]`` → ``{"klimastreik": (3, 5), "pamphlet": ()}``:
    hyphens mark the only breaks allowed."""
    table: dict[str, tuple[int, ...]] = {}
    for entry in entries:
        letters, breaks = [], []
        for char in entry.strip():
            if char in "-\u00ad\u2010":
                breaks.append(len(letters))
            else:
                letters.append(char)
        word = "".join(letters).lower()
        table[word] = tuple(b for b in breaks if 0 < b < len(word))
    return table


# --- words -----------------------------------------------------------------------------

_VOWELS = set("aeiouäöüyéèáàíó")


class Hyphenator:
    """Break points of single words in one language."""

    def __init__(self, lang: str, rules: LanguageRules, exceptions: tuple[str, ...] = ()):
        self.lang, self.rules = lang, rules
        self.dictionary = _dictionary(lang, rules.patterns)
        self.exceptions = parse_exceptions(exceptions)
        self._joint = re.compile(rules.joint_after) if rules.joint_after else None
        self._cache: dict[str, tuple[int, ...]] = {}

    def breaks(self, word: str) -> tuple[int, ...]:
        """Allowed break positions (letters before each break) of a plain word."""
        if word not in self._cache:
            self._cache[word] = tuple(self._breaks(word))
        return self._cache[word]

    def _breaks(self, word: str) -> list[int]:
        rules, length, lower = self.rules, len(word), word.lower()
        points = self._exception(lower)
        if points is None:
            if length < rules.min_word or not word.isalpha():
                return []
            if word[1:] != word[1:].lower() and not word.isupper():
                return []  # capitals inside: a name, an acronym or a run-together hashtag
            points = [int(p) for p in self.dictionary.positions(lower)]
            if rules.compound_left and self._joint:
                joints = [m.end() for m in self._joint.finditer(lower)
                          if m.end() in points and m.end() <= length - rules.right]
                points = [p for p in points
                          if not any(0 < p - j < rules.compound_left for j in joints)]
                # Two breaks around one consonant ("Strei-k-erhöhung", "Schich-t-aktion"):
                # the joint is after the consonant, before the next word's vowel.
                points = [p for p in points
                          if not (p + 1 in points and lower[p] not in _VOWELS)]
        return [p for p in points if rules.left <= p <= length - rules.right]

    def _exception(self, lower: str) -> list[int] | None:
        if lower in self.exceptions:
            return list(self.exceptions[lower])
        for suffix in self.rules.exception_suffixes:
            if lower.endswith(suffix) and lower[:-len(suffix)] in self.exceptions:
                return list(self.exceptions[lower[:-len(suffix)]])
        return None

    def hyphenate_word(self, word: str, hyphen: str = SOFT_HYPHEN) -> str:
        """``"Klimastreik"`` → ``"Kli\\xadma\\xadstreik"`` (apostrophes split the word)."""
        out = []
        for part in re.split(r"(['\u2019])", word):
            last = 0
            for point in self.breaks(part) if part not in ("'", "\u2019") else ():
                out += [part[last:point], hyphen]
                last = point
            out.append(part[last:])
        return "".join(out)


@cache
def hyphenator(lang: str | None, exceptions: tuple[str, ...] = ()) -> Hyphenator | None:
    """The hyphenator of a language with a workspace's exceptions (None: not hyphenated)."""
    rules = rules_for(lang)
    if rules is None:
        return None
    try:
        return Hyphenator(lang, rules, exceptions)
    except LookupError:
        return None


# --- running text ------------------------------------------------------------------------

_LETTERS = r"[^\W\d_]"
_TOKEN = re.compile(
    r"(?P<protected>"
    r"(?:https?://|ftp://|mailto:|www\.)[^\s<>\"]+"                    # URLs
    r"|[\w.+\-\u00ad]+@[\w\-\u00ad]+(?:\.[\w\-\u00ad]+)+"               # e-mail addresses
    r"|(?<![\w@#])[@#][\w\u00ad]+"                                      # @handles, #hashtags
    r"|(?<![\w.])(?:[\w\-]+\.)+(?:[a-z]{2,6})(?![\w])(?:/[^\s<>\"]*)?"   # domain names
    r"|[\w\u00ad]*[\d_][\w\u00ad]*"                                      # digits, underscores
    r")"
    rf"|(?P<word>{_LETTERS}+(?:[\u00ad'\u2019]{_LETTERS}+)*)")


def _hyphenate_run(text: str, words: Hyphenator | None, protect_last: bool, block: int,
                   first_token: int, unbreak: frozenset, record: list) -> tuple[str, int]:
    """``text`` with soft hyphens, and its number of tokens (numbered from ``first_token``).

    The last token stays whole when ``protect_last``; a token whose (block, number) is in
    ``unbreak`` loses every soft hyphen, the author's too; ``record`` gets
    ``(number, soft hyphens, token)`` for each token left with soft hyphens.
    """
    tokens = list(_TOKEN.finditer(text))
    out, last = [], 0
    for index, match in enumerate(tokens):
        token, number = match[0], first_token + index
        if (block, number) in unbreak:
            new = token.replace(SOFT_HYPHEN, "")
        elif (match["protected"] or SOFT_HYPHEN in token or words is None
              or (protect_last and index == len(tokens) - 1)):
            new = token  # never broken, or broken only where the author said
        else:
            new = words.hyphenate_word(token)
        if SOFT_HYPHEN in new:
            record.append((number, new.count(SOFT_HYPHEN), new))
        out += [text[last:match.start()], new]
        last = match.end()
    out.append(text[last:])
    return "".join(out), len(tokens)


def hyphenate_text(text: str, lang: str, exceptions: tuple[str, ...] = (),
                   protect_last_word: bool = True) -> str:
    """Soft hyphens in plain ``text``, taken as one paragraph."""
    return _hyphenate_run(text, hyphenator(lang, exceptions), protect_last_word, 0, 0,
                          frozenset(), [])[0]


# --- HTML --------------------------------------------------------------------------------

BLOCK_TAGS = frozenset("""address article aside blockquote body caption dd details dialog div
dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main
nav ol p section summary table tbody td tfoot th thead tr ul""".split())
SKIP_TAGS = frozenset("code pre kbd samp var script style textarea svg math title head".split())
RAW_TEXT_TAGS = frozenset(("script", "style"))
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track "
                      "wbr".split())
#: Elements with one of these classes are never hyphenated (load/markup.py's tokens).
SKIP_CLASSES = frozenset(("unbroken", "nohyphens"))
#: Inline elements set apart from their paragraph, hyphenated as paragraphs of their own.
ASIDE_CLASSES = frozenset(("footnote",))
_NO_HYPHENS_STYLE = re.compile(r"hyphens\s*:\s*(none|manual)", re.I)


@dataclass
class _Frame:
    tag: str
    lang: str | None
    skip: bool
    block: int  # the innermost block element's id (0: none)
    aside: bool = False


@dataclass
class _Block:
    id: int
    start_index: int  # where its start tag is in the output list
    words: list = field(default_factory=list)
    next_token: int = 0


@dataclass(frozen=True)
class HyphenatedHTML:
    """The HTML with soft hyphens and, per ``data-hy`` block, its words that carry them, in
    order: ``(token number, soft hyphens, token)``."""

    html: str
    words: dict[int, tuple[tuple[int, int, str], ...]]

    def word_of_soft_hyphen(self, block: int, ordinal: int) -> tuple[int, int] | None:
        """``(block, token number)`` of a block's ``ordinal``-th soft hyphen (from 0)."""
        seen = 0
        for number, count, _ in self.words.get(block, ()):
            if ordinal < seen + count:
                return block, number
            seen += count
        return None


class _Hyphenating(HTMLParser):
    """Copies HTML, hyphenating the text of each block (one paragraph) as a whole."""

    def __init__(self, lang: str | None, exceptions: tuple[str, ...], unbreak: frozenset):
        super().__init__(convert_charrefs=True)
        self.exceptions, self.unbreak = exceptions, unbreak
        self.out: list[str] = []
        self.stack = [_Frame("#root", lang, False, 0)]
        self.blocks = [_Block(0, -1)]
        self.pending: list[tuple[int, str, str | None, bool, int]] = []
        self.suspended: list[list] = []  # paragraphs interrupted by an aside

    def handle_starttag(self, tag, attrs):
        raw, values = self.get_starttag_text(), dict(attrs)
        classes = set((values.get("class") or "").split())
        aside = tag not in BLOCK_TAGS and bool(ASIDE_CLASSES & classes)
        if tag in BLOCK_TAGS or tag == "pre":
            self._close_implicit("p", BLOCK_TAGS)
        if tag == "li":
            self._close_implicit("li", {"ul", "ol", "menu"})
        if tag in BLOCK_TAGS:
            self._flush()
        parent = self.stack[-1]
        lang = values.get("lang", parent.lang)
        skip = (parent.skip or tag in SKIP_TAGS or values.get("translate") == "no"
                or bool(SKIP_CLASSES & classes)
                or bool(_NO_HYPHENS_STYLE.search(values.get("style") or "")))
        self.out.append(raw)
        if tag in VOID_TAGS or raw.endswith("/>"):
            return
        block = parent.block
        if tag in BLOCK_TAGS or aside:
            block = len(self.blocks)
            self.blocks.append(_Block(block, len(self.out) - 1))
        if aside:
            self.suspended.append(self.pending)
            self.pending = []
        self.stack.append(_Frame(tag, lang, skip, block, aside))

    def _close_implicit(self, tag, stop):
        """Close an open ``<p>`` or ``<li>`` whose end tag HTML lets authors leave out."""
        for frame in reversed(self.stack[1:]):
            if frame.tag == tag:
                self._pop_to(tag, emit=False)
                return
            if frame.tag in stop:
                return

    def handle_endtag(self, tag):
        if any(frame.tag == tag for frame in self.stack[1:]):
            self._pop_to(tag, emit=True)
        else:
            self.out.append(f"</{tag}>")

    def _pop_to(self, tag, emit):
        while len(self.stack) > 1:
            frame = self.stack.pop()
            if frame.block != self.stack[-1].block:
                self._flush()
            if frame.aside:
                self.pending = self.suspended.pop()
            if frame.tag == tag:
                if emit:
                    self.out.append(f"</{tag}>")
                return

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        frame = self.stack[-1]
        if frame.tag in RAW_TEXT_TAGS:
            self.out.append(data)
            return
        self.out.append("")  # filled in by _flush
        self.pending.append((len(self.out) - 1, data, frame.lang, frame.skip, frame.block))

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def _flush(self):
        """Hyphenate the text since the last block boundary (one paragraph); its last
        token stays whole. Skipped text is numbered too, so numbers follow the text."""
        pending, self.pending = self.pending, []
        last = max((i for i, p in enumerate(pending) if _TOKEN.search(p[1])), default=None)
        for i, (index, text, lang, skip, block_id) in enumerate(pending):
            block = self.blocks[block_id]
            words = None if skip else hyphenator(lang, self.exceptions)
            text, count = _hyphenate_run(text, words, i == last, block_id, block.next_token,
                                         self.unbreak, block.words)
            block.next_token += count
            self.out[index] = escape(text, quote=False)

    def finish(self) -> HyphenatedHTML:
        self.close()
        self._flush()
        for block in self.blocks[1:]:
            if block.words:
                raw = self.out[block.start_index]
                end = -2 if raw.endswith("/>") else -1
                self.out[block.start_index] = f'{raw[:end]} data-hy="{block.id}"{raw[end:]}'
        return HyphenatedHTML("".join(self.out), {b.id: tuple(b.words)
                                                  for b in self.blocks[1:] if b.words})


def hyphenate_html(html: str, lang: str | None, exceptions: tuple[str, ...] = (),
                   unbreak: Iterable[tuple[int, int]] = ()) -> HyphenatedHTML:
    """``html`` (a fragment or a document) with soft hyphens at the allowed breaks; the
    words ``(block, token number)`` in ``unbreak`` are left whole."""
    parser = _Hyphenating(lang, tuple(exceptions), frozenset(map(tuple, unbreak)))
    parser.feed(html)
    return parser.finish()
