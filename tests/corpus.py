"""Synthetic political statements: the test corpus of pamphlet.

Every statement is assembled from the vocabulary and sentence templates at the end of this
module, which were written for it; no published statement, article or other real text is
copied or paraphrased. Organisations, companies, estates and people are invented; cities are
real only as place names.

    make_statement(7, lang="de", words=400, shape={"hashtags", "lists"})  -> Source
    corpus()                                                               -> 30 Sources

A statement has a campaign (union, tenants, climate, peace, solidarity) and a *frame*: one
scenario of that campaign (who is affected, who is responsible, which company) whose slots
keep the text coherent. The *shapes* (``SHAPES``) are the awkward things real statements
contain and a typesetter must survive; ``Source.features`` lists those the text really has,
as found by ``detect_features``.

Template syntax (one template per line, under a ``[campaign.kind]`` header; ``*`` is every
campaign):

* ``[a|b|c]`` picks one alternative each time the template is used (alternatives nest);
* ``{slot}`` is filled from the frame, the statement's fixed facts (place, date, org...),
  a generated number, or the pool of that name; ``{Slot}`` capitalises the value;
* “ ” and ‘ ’ mark outer and inner quotations, written out as straight quotes (or, in
  French, sometimes as « »), never as curly quotes;
* ``\\n`` is a line break (sign-offs).

Frame lines are ``key=value; key=value``; a value may hold alternatives and slots.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path

#: The pamphlet.toml of a workspace the corpus is built in (tests, benchmark, README images).
CONFIG = """\
[organisation]
name = "Tenants and Workers Together"
web = "together.example.org"

[brand]
cmyk = [0, 95, 90, 0]
rgb = "#e2231a"

[imprint]
promoter = "R. Organiser, 3 Union Row"
printer = "the committee"

[defaults]
layouts = ["leaflet-a5", "leaflet-a5-4pp", "statement-a4"]
targets = ["screen"]
"""

LANGS = ("en", "es", "de", "fr", "ar")
CAMPAIGNS = ("union", "tenants", "climate", "peace", "solidarity")
SHAPES = ("hashtags", "handles", "urls", "numbered-demands", "lists", "quotes", "footnotes",
          "signoff", "long-words", "percent", "spaced-hyphen", "subtitle", "headings",
          "blockquote")

#: Fewest body words for a shape when shapes are chosen at random.
MIN_WORDS = {"headings": 600, "lists": 150, "blockquote": 150, "footnotes": 80}
#: Letters in a word that makes it a long word.
LONG_WORD = {"en": 19, "es": 19, "de": 19, "fr": 19, "ar": 13}


@dataclass(frozen=True)
class Source:
    """One generated statement file."""

    name: str                 # file name, e.g. "de-0520-tagebau-stoppen.md"
    markdown: str             # the whole file: front matter, body, demands
    title: str
    lang: str
    demands: list[str]        # each demand as written, without its list marker
    body_words: int           # count_words() of the body (front matter and demands excluded)
    features: frozenset[str]  # the shapes the text really contains
    campaign: str             # "union", "tenants", "climate", "peace" or "solidarity"
    words: int                # the body length asked for


# --- counting and detection, shared with the tests -------------------------------------------

_MARKUP = re.compile(r"\[\^[^\]\s]+\]:?|^ {0,3}(?:#{1,6}(?=\s)|>|[-*+](?=\s)|\d+[.)](?=\s))",
                     re.M)


_ALNUM = re.compile(r"[^\W_]")


def count_words(text: str) -> int:
    """Words of Markdown text: tokens with a letter or digit, markers and note labels aside."""
    return sum(1 for token in _MARKUP.sub(" ", text).split() if _ALNUM.search(token))


_sentence_words = lru_cache(maxsize=8192)(count_words)


def split_source(markdown: str) -> tuple[str, str, str]:
    """(front matter, body, demands block) of a generated source, without the fences."""
    _, front, rest = markdown.split("---\n", 2)
    body, _, demands = rest.partition("\n::: demands\n")
    return front, body.strip("\n"), demands.removesuffix("\n").removesuffix(":::").strip("\n")


_HASHTAG = re.compile(r"(?<![\w/&#])#[^\W_]\w*")
_HANDLE = re.compile(r"(?<![\w.@/])@\w+")
_URL = re.compile(r"https://example\.(?:org|com|net)/")
_LIST_LINE = re.compile(r"^[-*+] \S", re.M)
_SUSPENDED = r"(?:und|oder|bis|and|or|et|ou|y|o|e)\b"


def detect_features(markdown: str) -> frozenset[str]:
    """The shapes a source contains, found in its text."""
    front, body, demands = split_source(markdown)
    blocks = [block for block in body.split("\n\n") if block.strip()]
    prose = [" ".join(block.split()) for block in blocks
             if not re.match(r"[-*+>] |#+ |\[\^|\d+\. ", block)]
    notes = [block for block in blocks if re.match(r"\[\^[^\]]+\]: ", block)]
    last = [block for block in blocks if block not in notes][-1:]
    longest = max((len(run) for run in re.findall(r"[^\W\d_]+", body)), default=0)
    lang = re.search(r"^lang: (\S+)", front, re.M)
    found = {
        "hashtags": bool(_HASHTAG.search(body) or _HASHTAG.search(demands)),
        "handles": bool(_HANDLE.search(body)),
        "urls": bool(_URL.search(body)),
        "numbered-demands": bool(re.search(r"^\d+\. ", demands, re.M)),
        "lists": any(len(_LIST_LINE.findall(block)) >= 3 for block in blocks),
        "quotes": '"' in body or "«" in body,
        "footnotes": bool(notes) and bool(re.search(r"\[\^[^\]]+\](?!:)", body)),
        "signoff": bool(last) and _is_signoff(last[0]),
        "long-words": longest >= LONG_WORD.get(lang[1] if lang else "en", 19),
        "percent": bool(re.search(r"[\d٠-٩] ?[%٪]", body)),
        "spaced-hyphen": any(re.search(rf"\S - \S|[^\W\d_]- (?!{_SUSPENDED})[^\W\d_]", text)
                             for text in prose),
        "subtitle": bool(re.search(r"^subtitle: ", front, re.M)),
        "headings": bool(re.search(r"^#{2,6} \S", body, re.M)),
        "blockquote": bool(re.search(r"^> ", body, re.M)),
    }
    return frozenset(shape for shape, present in found.items() if present)


def _is_signoff(block: str) -> bool:
    """A closing line: '— Name, date', or a short greeting line over the signer's name."""
    lines = block.split("\n")
    if re.match(r"[-*+>#]|\d+\.", lines[0]):
        return False
    return lines[0].startswith(("— ", "– ")) or (
        len(lines) >= 2 and len(lines[0].split()) <= 4
        and not lines[0].rstrip().endswith((".", "!", "?", "؟", ":")))


# --- reading the vocabulary --------------------------------------------------------------

_HEADER = re.compile(r"^\[([*a-z]+)\.([a-z_.]+)\]$")
_ALT = re.compile(r"\[([^\[\]|]*(?:\|[^\[\]|]*)+)\]")
_SLOT = re.compile(r"\{(\w+)\}")
_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@cache
def _lexicon(lang: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """The pools of one language: (campaign or '*', kind) -> templates."""
    pools: dict[tuple[str, str], list[str]] = {}
    section = None
    for raw in _VOCABULARY[lang].splitlines():
        line = raw.strip()
        header = _HEADER.match(line)
        if header:
            section = pools.setdefault((header[1], header[2]), [])
        elif line:
            section.append(line)
    return {key: tuple(lines) for key, lines in pools.items()}


@cache
def _own(lang: str, campaign: str, kind: str) -> frozenset[str]:
    """The templates of ``kind`` that belong to ``campaign`` itself."""
    return frozenset(_lexicon(lang).get((campaign, kind), ()))


# --- planning ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Plan:
    """Everything about a statement decided before any text is written."""

    campaign: str
    shapes: frozenset[str]
    title: str = "normal"          # "normal", "short" (2 words) or "long" (about 15 words)
    demands: int = 3
    demand_form: str = "list"      # "list" or "paragraphs"
    key_demand: bool = True        # one short, strong demand
    long_demand: bool = False      # one or two demands of 100-200 characters
    long_lead: bool = False
    organisation: bool = False     # credit the organisation in the front matter
    place: bool = False
    guillemets: bool | None = None      # French: type « » (or not); None: either
    eastern_digits: bool | None = None  # Arabic: ٠١٢٣ digits (or 0123); None: either


def _random_plan(rng: random.Random, words: int, shape: set[str] | None) -> _Plan:
    if shape is None:
        shapes = set()
        for name in rng.sample(SHAPES, len(SHAPES)):
            if (words >= MIN_WORDS.get(name, 0) and len(shapes) <= words // 120
                    and rng.random() < 0.3):
                shapes.add(name)
    else:
        shapes = set(shape)
    return _Plan(
        campaign=rng.choice(CAMPAIGNS), shapes=frozenset(shapes),
        title=rng.choices(("normal", "short", "long"), (8, 1, 1))[0],
        demands=rng.choice((1, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8)),
        demand_form=rng.choice(("list", "paragraphs")),
        key_demand=rng.random() < 0.85, long_demand=rng.random() < 0.4,
        long_lead=words >= 250 and rng.random() < 0.4,
        organisation=rng.random() < 0.5, place=rng.random() < 0.5)


def make_statement(seed: int, *, lang: str, words: int,
                   shape: set[str] | None = None) -> Source:
    """A statement in ``lang`` with a body of about ``words`` words (within 10 %).

    ``shape`` names the shapes it must contain (and no others, except long words that a
    language's ordinary compounds supply); ``None`` picks a few at random, fewer for short
    bodies. The shapes come first: all of them together need about 250 words, and a shorter
    body asked for many shapes runs over its word count.
    """
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    if words < 10:
        raise ValueError(f"words must be at least 10, not {words}")
    unknown = set(shape or ()) - set(SHAPES)
    if unknown:
        raise ValueError(f"unknown shapes: {', '.join(sorted(unknown))}")
    key = "*" if shape is None else ",".join(sorted(shape))
    rng = random.Random(f"pamphlet-corpus:{seed}:{lang}:{words}:{key}")
    return _Writer(rng, lang, words, _random_plan(rng, words, shape)).source()


def corpus(n: int = 30, seed: int = 0) -> list[Source]:
    """``n`` statements: bodies from 50 to 2,500 words, every language, campaign and shape.

    Coverage of every language, shape, title length, demand form and count (1 and 8) holds
    for n >= 20; names are unique.
    """
    rng = random.Random(f"pamphlet-corpus:{seed}")
    lengths = [50] if n == 1 else [round(50 * 50 ** (i / (n - 1))) for i in range(n)]
    shapes: list[set[str]] = [set() for _ in lengths]
    room = [1 + words // 120 for words in lengths]

    def fits(i: int, name: str) -> bool:
        return lengths[i] >= MIN_WORDS.get(name, 0) and len(shapes[i]) < room[i]

    for i in range(n):
        for name in rng.sample(SHAPES, len(SHAPES)):
            if fits(i, name) and rng.random() < 0.3:
                shapes[i].add(name)
    for name in SHAPES:
        while sum(name in chosen for chosen in shapes) < 2:
            free = [i for i in range(n) if name not in shapes[i] and fits(i, name)]
            if not free:
                break
            shapes[min(free, key=lambda i: (len(shapes[i]) / room[i], rng.random()))].add(name)
    french = [i for i in range(n) if LANGS[i % len(LANGS)] == "fr"]
    for i in sorted(french, key=lambda i: len(shapes[i]) - room[i]):
        if sum("quotes" in shapes[j] for j in french) >= 2:
            break
        shapes[i].add("quotes")
    numbered = iter(("list", "paragraphs") * n)
    guillemets = iter((True, False) * n)     # French quotes typed as « » or not, in turn
    eastern = iter((True, False) * n)        # Arabic digits ٠١٢٣ or 0123, in turn
    special = rng.sample(range(2, n - 2), 4) if n >= 8 else [0, 0, 0, 0]
    sources, names = [], set()
    for i, words in enumerate(lengths):
        item = random.Random(f"pamphlet-corpus:{seed}:{i}")
        plan = _Plan(
            campaign=CAMPAIGNS[(i + i // len(LANGS) + seed) % len(CAMPAIGNS)],
            shapes=frozenset(shapes[i]),
            title="short" if i == special[0] else "long" if i == special[1] else "normal",
            demands=1 if i == special[2] else 8 if i == special[3] else item.choice(
                (2, 3, 3, 4, 4, 5, 6, 7)),
            demand_form=next(numbered) if "numbered-demands" in shapes[i]
            else ("list", "paragraphs")[i % 2],
            key_demand=item.random() < 0.85, long_demand=item.random() < 0.45,
            long_lead=words >= 250 and i % 3 == 0,
            organisation=item.random() < 0.5, place=item.random() < 0.5,
            guillemets=next(guillemets) if i in french and "quotes" in shapes[i] else None,
            eastern_digits=next(eastern) if LANGS[i % len(LANGS)] == "ar" else None)
        source = _Writer(item, LANGS[i % len(LANGS)], words, plan).source()
        stem, again = source.name.removesuffix(".md"), 2
        while source.name in names:
            source = replace(source, name=f"{stem}-{again}.md")
            again += 1
        names.add(source.name)
        sources.append(source)
    return sources


# --- writing -----------------------------------------------------------------------------

@dataclass
class _Para:
    """A prose paragraph under construction."""

    role: str                                             # "lead", "body" or "close"
    target: int = 0                                       # words wanted
    campaign: str = ""                                    # whose pools and frame it uses
    items: list[str] = field(default_factory=list)        # sentences, in order
    head: int = 0                                         # leading sentences that stay first
    extras: list[str] = field(default_factory=list)       # required, placed after filling
    tail: list[str] = field(default_factory=list)         # sentences that stay last
    protected: set[str] = field(default_factory=set)      # never removed to fit

    def sentences(self) -> list[str]:
        return self.items + self.extras + self.tail

    def words(self) -> int:
        return sum(map(_sentence_words, self.sentences()))


#: Where sentences of a kind go in a paragraph (lower first), and in the closing one.
_ORDER = {"lead": 0, "fact": 1, "pct": 1, "they": 1, "opp": 1, "quote": 2, "context": 2,
          "argue": 2, "long": 2, "hyphen": 2, "we": 3, "call": 3, "hashtag_in": 3,
          "handle_s": 3, "url_s": 3, "short": 4}
_CLOSE_ORDER = {"they": 0, "fact": 0, "pct": 0, "opp": 0, "argue": 1, "context": 1, "quote": 1,
                "long": 1, "hyphen": 1, "we": 2, "call": 3, "hashtag_in": 3, "handle_s": 3,
                "url_s": 3, "short": 4}
#: The kinds of sentence a body paragraph is made of (repeats weight the choice).
_BODY_KINDS = ("they", "opp", "fact", "argue", "argue", "opp", "we", "short", "context",
               "context")


class _Writer:
    """Writes one statement from a plan, drawing every choice from one ``random.Random``."""

    def __init__(self, rng: random.Random, lang: str, words: int, plan: _Plan):
        self.rng, self.lang, self.target, self.plan = rng, lang, words, plan
        self.shapes = plan.shapes
        self.lexicon = _lexicon(lang)
        self.drawn: dict[tuple[str, str], set[str]] = {}   # (campaign or "*", kind) -> used
        self.used: dict[str, str] = {}                    # sentence -> its kind
        self.campaign = plan.campaign        # whose pools and frame are in use
        self.frames: dict[str, dict[str, str]] = {}
        self.date = dt.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
        self.eastern = lang == "ar" and (rng.random() < 0.5 if plan.eastern_digits is None
                                         else plan.eastern_digits)
        self.pct_space = rng.random() < {"en": 0.2, "es": 0.5, "de": 0.8, "fr": 0.85,
                                         "ar": 0.1}[lang]
        self.guillemets = lang == "fr" and (rng.random() < 0.5 if plan.guillemets is None
                                            else plan.guillemets)
        self.guillemets_typed = False        # in the body, so far
        self.tight = lang == "fr" and rng.random() < 0.3
        self.wrap = rng.randint(64, 88) if rng.random() < 0.3 else 0
        self.fixed = {"place": self._expand(self._template("place", commit=True))}
        self.fixed.update(
            year=self._number(self.date.year),
            past=self._number(self.date.year - rng.randint(2, 6)),
            date=self._format_date(self.date),
            org=self._expand(self.frame["org"]))
        self.slug = self.frame["slug"]

    @property
    def frame(self) -> dict[str, str]:
        """The scenario of the campaign in use, chosen the first time it is needed."""
        if self.campaign not in self.frames:
            line = self.rng.choice(self.lexicon[self.campaign, "frame"])
            self.frames[self.campaign] = dict(part.split("=", 1) for part in line.split("; "))
        return self.frames[self.campaign]

    # slots and templates

    def _pool(self, kind: str) -> tuple[str, ...]:
        return (self.lexicon.get((self.campaign, kind), ())
                + self.lexicon.get(("*", kind), ()))

    def _fresh(self, kind: str) -> tuple[list[str], list[str]]:
        """The templates of ``kind`` not used yet: (the campaign's own, generic ones).

        Campaign templates are used up per campaign, generic ones per statement.
        """
        own = self.lexicon.get((self.campaign, kind), ())
        generic = self.lexicon.get(("*", kind), ())
        if not own and not generic:
            raise KeyError(f"{self.lang}: no templates for {self.campaign}.{kind}")
        own_drawn = self.drawn.get((self.campaign, kind), ())
        generic_drawn = self.drawn.get(("*", kind), ())
        return ([t for t in own if t not in own_drawn],
                [t for t in generic if t not in generic_drawn])

    def _template(self, kind: str, commit: bool = False) -> str:
        """A template of ``kind`` not used yet (any, once all have been)."""
        own, generic = self._fresh(kind)
        template = self.rng.choice(own + generic or self._pool(kind))
        if commit:
            self._mark(kind, template)
        return template

    def _mark(self, kind: str, template: str) -> None:
        mine = template in _own(self.lang, self.campaign, kind)
        self.drawn.setdefault((self.campaign if mine else "*", kind), set()).add(template)

    def _spent(self, kind: str) -> bool:
        return self._fresh(kind) == ([], [])

    def _expand(self, template: str) -> str:
        text = template.replace("\\n", "\n")
        while True:
            chosen = _ALT.sub(lambda match: self.rng.choice(match[1].split("|")), text)
            if chosen == text:
                break
            text = chosen
        return _SLOT.sub(self._slot, text)

    def _slot(self, match: re.Match) -> str:
        key = match[1]
        value = self._value(key[0].lower() + key[1:])
        return value[:1].upper() + value[1:] if key[0].isupper() else value

    def _value(self, key: str) -> str:
        rng = self.rng
        if key in self.fixed:
            return self.fixed[key]
        if key in self.frame:
            return self._expand(self.frame[key])
        if key in ("num", "part", "k"):
            low, high = {"num": (120, 480), "part": (20, 110), "k": (120, 950)}[key]
            return self._number(rng.randint(low, high))
        if key == "pct":
            sign = "٪" if self.eastern else "%"
            return self._number(rng.randint(4, 91)) + (" " if self.pct_space else "") + sign
        if key == "month":
            return self._months()[rng.randrange(12)]
        if key == "url":
            return self._url()
        return self._expand(self._template("handle" if key == "handle2" else key, commit=True))

    def _number(self, n: int) -> str:
        return str(n).translate(_EASTERN) if self.eastern else str(n)

    def _months(self) -> list[str]:
        return self._pool("month")[0].split()

    def _format_date(self, date: dt.date) -> str:
        day = "1er" if self.lang == "fr" and date.day == 1 else self._number(date.day)
        return (self._pool("date")[0].replace("{d}", day)
                .replace("{month}", self._months()[date.month - 1])
                .replace("{y}", self._number(date.year)))

    def _url(self) -> str:
        path = self.rng.choice(("", "petition", "survey-{y}.pdf", "donate?ref=leaflet",
                                "news/{y}/{m:02d}/update", "petition/#sign", "minutes#item-3",
                                "faq/"))
        tld = self.rng.choice(("org", "org", "com", "net"))
        return f"https://example.{tld}/{self.slug}/" + path.format(y=self.date.year,
                                                                    m=self.date.month)

    def _localise(self, text: str) -> str:
        """Quote markers to straight quotes (or French guillemets); French tight spacing."""
        if self.guillemets and "“" in text and (not self.guillemets_typed
                                                or self.rng.random() < 0.7):
            self.guillemets_typed = True
            space = "\u00a0" if self.rng.random() < 0.3 else " "
            text = (text.replace("“", "«" + space).replace("”", space + "»")
                    .replace("‘", "“").replace("’", "”"))
        text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
        return re.sub(r" (?=[;:!?])", "", text) if self.tight else text

    def _candidate(self, kind: str, need: str = "") -> tuple[str, str]:
        """(template, text) of a sentence of ``kind`` whose template contains ``need``,
        unused if any can be; not committed."""
        pool = [t for t in self._pool(kind) if need in t]
        fresh = [[t for t in group if need in t] for group in self._fresh(kind)]
        for group in fresh:
            self.rng.shuffle(group)
        if self.campaign == self.plan.campaign and self.rng.random() < 0.3:
            fresh.reverse()           # guest sections keep the generic ones for the host
        for template in fresh[0] + fresh[1] + [self.rng.choice(pool) for _ in range(3)]:
            text = self._localise(self._expand(template))
            if text not in self.used:
                break
            self._mark(kind, template)                    # it would say nothing new
        return template, text

    def _commit(self, kind: str, template: str, text: str) -> str:
        self._mark(kind, template)
        self.used[text] = kind
        return text

    def _text(self, kind: str, need: str = "") -> str:
        return self._commit(kind, *self._candidate(kind, need))

    # the statement

    def source(self) -> Source:
        plan = self.plan
        title = self._text({"normal": "title", "short": "title.short",
                            "long": "title.long"}[plan.title])
        self.guillemets_typed = False
        demands = self._demands()
        body = self._body()
        front = self._front_matter(title)
        numbered = "numbered-demands" in self.shapes and len(demands) > 1  # never "1." alone
        if plan.demand_form == "list":
            marker = self.rng.choice(("-", "-", "*"))
            lines = [f"{n}. {d}" if numbered else f"{marker} {d}"
                     for n, d in enumerate(demands, 1)]
            block = "\n".join(lines)
        else:
            block = "\n\n".join(f"{n}. {d}" if numbered else d
                                for n, d in enumerate(demands, 1))
        markdown = f"---\n{front}\n---\n\n{body}\n\n::: demands\n{block}\n:::\n"
        return Source(
            name=f"{self.lang}-{self.date:%m%d}-{self.slug}.md", markdown=markdown,
            title=title, lang=self.lang, demands=demands, body_words=count_words(body),
            features=detect_features(markdown), campaign=plan.campaign, words=self.target)

    def _front_matter(self, title: str) -> str:
        lines = [f"title: {self._yaml(title)}"]
        if "subtitle" in self.shapes:
            lines.append(f"subtitle: {self._yaml(self._text('subtitle'))}")
        lines += [f"date: {self.date.isoformat()}", f"lang: {self.lang}"]
        if self.plan.organisation:
            lines.append(f"organisation: {self._yaml(self.fixed['org'])}")
        if self.plan.place:
            lines.append(f"place: {self._yaml(self.fixed['place'])}")
        tags = list(dict.fromkeys(self._expand(self._template("tag"))
                                  for _ in range(self.rng.randint(1, 3))))
        if self.rng.random() < 0.2:
            lines += ["tags:"] + [f"  - {tag}" for tag in tags]
        else:
            lines.append(f"tags: [{', '.join(tags)}]")
        return "\n".join(lines)

    def _yaml(self, text: str) -> str:
        """A YAML scalar for ``text``: plain where that is safe, else quoted."""
        risky = (text[0] in "-?:,[]{}#&*!|>'\"%@`" or ": " in text or " #" in text
                 or text.endswith(":") or text.lower() in ("yes", "no", "true", "false", "null"))
        if not risky and self.rng.random() < 0.8:
            return text
        if "'" in text or self.rng.random() < 0.5:
            return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"'{text}'"

    def _demands(self) -> list[str]:
        plan, rng = self.plan, self.rng
        count = plan.demands
        key = [self._text("demand.key")] if plan.key_demand else []
        longs = [self._text("demand.long")
                 for _ in range(min(count - len(key), 1 + (count >= 6)) if plan.long_demand
                                else 0)]
        middle = [self._text("demand")
                  for _ in range(min(count - len(key) - len(longs), len(self._pool("demand"))))]
        for kind in ("demand.long", "demand.key"):
            while len(key) + len(longs) + len(middle) < count and not self._spent(kind):
                middle.append(self._text(kind))
        rng.shuffle(middle)
        demands = middle + longs
        demands = key + demands if rng.random() < 0.6 else demands + key
        if "hashtags" in self.shapes:
            hashtag = self._value("hashtag")
            if count < 8 and rng.random() < 0.4:
                demands.insert(rng.choice((0, len(demands))), hashtag)
            else:
                at = min((0, len(demands) - 1), key=lambda i: len(demands[i]))
                demands[at] = f"{hashtag} – {demands[at]}"
        return demands

    def _body(self) -> str:
        """The body: paragraphs and the shapes' blocks, fitted to the word count."""
        rng, shapes, target = self.rng, self.shapes, self.target
        extra: dict[str, str] = {}   # fixed blocks: heading texts, list, quote, sign-off, notes
        headings: list[str] = []
        if "headings" in shapes:
            count = 1 if target < 1000 else 2 if target < 1800 else 3
            kinds = {1: [rng.choice(("heading.mid", "heading.late"))],
                     2: ["heading.early", "heading.late"],
                     3: ["heading.early", "heading.mid", "heading.late"]}[count]
            headings = ["## " + self._text(kind) for kind in kinds]
            late_heading = kinds[-1] == "heading.late"
        if "lists" in shapes:
            extra["list"] = self._list()
        if "blockquote" in shapes:
            quote_intro, extra["quote"] = self._blockquote()
        if "signoff" in shapes:
            extra["signoff"] = self._text("signoff")
        notes = ([self._text("note") for _ in range(1 if target < 400 else rng.randint(1, 3))]
                 if "footnotes" in shapes else [])
        fixed = (sum(map(count_words, headings)) + sum(map(count_words, extra.values()))
                 + sum(map(count_words, notes)))
        budget = max(20, target - fixed)

        paras = self._paragraphs(budget)
        n = len(paras)
        own = [i for i in range(n) if paras[i].campaign == self.campaign]
        body_paras = [i for i in own if 0 < i < n - 1] or [0]
        if "hashtags" in shapes:
            para = paras[1 if n > 1 else 0]
            para.items.insert(0, self._text("hashtag_s"))
            para.head = 1
            para.protected.add(para.items[0])
            self._require(paras, "hashtag_in", rng.choice(own))
        list_at = quote_at = None
        if "lists" in shapes:
            list_at = rng.choice(body_paras)
            paras[list_at].tail.append(self._text("list_intro"))
        if "blockquote" in shapes:
            free = [i for i in body_paras if i != list_at] or [i for i in range(n)
                                                               if i != list_at]
            if not free:        # one paragraph, which leads into the list: add another
                paras.append(_Para("close", campaign=self.campaign))
                own, free, n = [*own, n], [n], n + 1
            quote_at = rng.choice(free)
            paras[quote_at].tail.append(quote_intro)
        closing = n - 1
        for shape, kind, where, times in (
                ("handles", "handle_s", closing, 1), ("urls", "url_s", closing, 1),
                ("quotes", "quote", None, 1 + (target >= 600) + (target >= 1500)),
                ("long-words", "long", None, 1), ("percent", "pct", None, 1 + (target >= 1000)),
                ("spaced-hyphen", "hyphen", None, 1 + (target >= 800))):
            for time in range(times if shape in shapes else 0):
                self._require(paras, kind, rng.choice(own) if where is None else where,
                              "‘" if kind == "quote" and time == 0 else "")
        for _ in notes:
            self._require(paras, "fact", rng.choice(own))
        for para in paras:
            self._fill(para, para.target)
            self._place_extras(para)

        heading_at = self._heading_places(len(headings), own, n,
                                          late_heading if headings else False)
        note_at = rng.random() < 0.5

        def render() -> str:
            blocks = []
            for i, para in enumerate(paras):
                for j, at in enumerate(heading_at):
                    if at == i:
                        blocks.append(headings[j])
                blocks.append(self._render(para))
                if i == list_at:
                    blocks.append(extra["list"])
                if i == quote_at:
                    blocks.append(extra["quote"])
            if "signoff" in extra:
                blocks.append(extra["signoff"])
            return "\n\n".join(blocks)

        self._adjust(paras, render, sum(map(count_words, notes)))
        refs = self._footnote_refs(paras, len(notes))
        text = render()
        definitions = [f"[^{i}]: {note}" for i, note in enumerate(notes, 1)]
        if note_at:       # definitions after the paragraph that calls them
            calls = list(zip(refs, definitions, strict=True))
            for at in dict.fromkeys(refs):
                if not paras[at].tail:
                    own = [definition for i, definition in calls if i == at]
                    rendered = self._render(paras[at])
                    text = text.replace(rendered, "\n\n".join([rendered, *own]), 1)
                    definitions = [d for d in definitions if d not in own]
        return "\n\n".join([text, *definitions])

    def _heading_places(self, count: int, own: list[int], n: int, late: bool) -> list[int]:
        """Paragraphs that ``count`` headings go before: early, middle, and (``late``) the
        closing call; a middle heading only before the statement's own paragraphs."""
        if count == 0:
            return []
        middle = [i for i in own if 2 <= i <= n - 2] or [n // 2]
        if count == 1:
            return [max(0, n - 1) if late or n < 4 else self.rng.choice(middle)]
        places = [min(1, n - 1), max(0, n - 1)]
        if count == 3:
            places.insert(1, min(middle, key=lambda i: abs(i - n // 2)))
        return places

    def _paragraphs(self, budget: int) -> list[_Para]:
        """Empty paragraphs with word targets: a lead, body paragraphs, a closing call."""
        rng = self.rng
        if budget < 70:
            return [_Para("lead", target=budget, campaign=self.campaign)]
        lead_words = rng.randint(100, 150) if self.plan.long_lead else rng.randint(22, 45)
        lead_words = min(lead_words, budget - 30)
        rest = budget - lead_words
        low, high = max(1, -(-rest // 170)), max(1, rest // 40)
        count = min(high, max(low, round(rest / rng.uniform(60, 110))))
        weights = [rng.uniform(0.35, 1.65) for _ in range(count)]
        paras = [_Para("lead", target=lead_words, campaign=self.campaign)] + [
            _Para("close" if i == count - 1 else "body",
                  target=max(30, min(180, round(rest * weight / sum(weights)))),
                  campaign=self.campaign)
            for i, weight in enumerate(weights)]
        self._broaden(paras)
        return paras

    def _broaden(self, paras: list[_Para]) -> None:
        """Give a long statement one to four sections on other campaigns (enough material
        for 2,500 words), side by side in its middle; each opens with a sentence that bridges
        to it and that campaign's lead."""
        middle = list(range(2, len(paras) - 1))
        count = (0 if self.target < 1000 or len(middle) < 4 else 1 if self.target < 1800
                 else 2 if self.target < 2300 else 4)
        others = self.rng.sample([c for c in CAMPAIGNS if c != self.campaign], count)
        size = len(middle) // (count + 1)
        offset = (len(middle) - count * size) // 2
        for j, campaign in enumerate(others):
            start = middle[offset + j * size]
            for para in paras[start:start + size]:
                para.campaign = campaign
            first = paras[start]
            self.campaign = campaign
            first.items[:0] = [self._text("bridge"), self._text("lead")]
            self.campaign = self.plan.campaign
            first.head = 2
            first.protected.update(first.items[:2])

    def _require(self, paras: list[_Para], kind: str, at: int, need: str = "") -> None:
        text = self._text(kind, need)
        paras[at].extras.append(text)
        paras[at].protected.add(text)

    def _kind(self, para: _Para) -> str:
        """The kind of the next sentence of ``para``: by its role, and not yet used up."""
        done = len(para.items) - para.head
        if para.role == "lead" and done == 0:
            return "lead"
        if para.role == "lead":
            wanted = self.rng.choice(("they", "opp", "fact", "they", "opp", "short"))
        elif para.role == "close" and done < 7:
            wanted = ("we", "call", "argue", "call", "they", "call", "short")[done]
        else:
            wanted = self.rng.choice(_BODY_KINDS)
        if wanted == "short" and self._has_short(para):
            wanted = "argue"
        if not self._spent(wanted):
            return wanted
        fresh = [kind for kind in _BODY_KINDS if not self._spent(kind) and kind != "short"]
        return self.rng.choice(fresh) if fresh else wanted

    def _has_short(self, para: _Para) -> bool:
        return any(self.used.get(text) == "short" for text in para.items)

    def _fill(self, para: _Para, target: int) -> None:
        """Add sentences until ``para`` has about ``target`` words."""
        self.campaign = para.campaign
        while (gap := target - para.words()) > 2:
            kind = self._kind(para)
            if gap > 28:
                para.items.append(self._text(kind))
                continue
            kinds = (kind,) * 3 if kind == "lead" else (kind, kind, "short", "argue")
            if not self._best_fit(para, gap, kinds):
                break
        self.campaign = self.plan.campaign

    def _best_fit(self, para: _Para, gap: int, kinds: tuple[str, ...]) -> bool:
        """Append the candidate whose length is nearest ``gap``, if it brings us nearer.

        At most one short sentence goes in a paragraph; a sentence already used never does.
        """
        if self._has_short(para):
            kinds = tuple(kind for kind in kinds if kind != "short")
        candidates = [(kind, *self._candidate(kind)) for kind in kinds]
        fresh = [c for c in candidates if c[2] not in self.used
                 and abs(_sentence_words(c[2]) - gap) < gap]
        best = min(fresh, key=lambda c: abs(_sentence_words(c[2]) - gap), default=None)
        if best is None:
            return False
        para.items.append(self._commit(*best))
        return True

    def _place_extras(self, para: _Para) -> None:
        """Merge the required sentences in and order the paragraph after its first
        sentence(s): facts, then arguments, then calls, then the punchline; sentences of
        one rank in random order."""
        first = max(para.head, 1 if para.role == "lead" else 0)
        rank = _CLOSE_ORDER if para.role == "close" else _ORDER
        rest = para.items[first:] + para.extras
        keys = {text: (rank.get(self.used[text], 2), self.rng.random()) for text in rest}
        para.items[first:] = sorted(rest, key=keys.__getitem__)
        para.extras = []

    def _adjust(self, paras: list[_Para], render, notes: int) -> None:
        """Add, drop or swap whole sentences until the body, with ``notes`` words of
        footnotes still to come, is within 3 % of the target."""
        tolerance = max(2, round(self.target * 0.03))
        others = count_words(render()) + notes - sum(para.words() for para in paras)
        for _ in range(60):
            diff = others + sum(para.words() for para in paras) - self.target
            if abs(diff) <= tolerance:
                break
            grown = self._drop(paras, diff) if diff > 0 else self._add(paras, -diff, tolerance)
            if not (grown or self._swap(paras, diff)):
                break
        self.campaign = self.plan.campaign

    def _drop(self, paras: list[_Para], excess: int) -> bool:
        """Remove the free sentence nearest ``excess`` words long, if that helps."""
        removable = [(para, text) for para in paras for text in para.items[para.head:]
                     if text not in para.protected and len(para.sentences()) > 1
                     and self.used[text] != "lead"]
        if not removable:
            return False
        para, text = min(removable, key=lambda c: abs(_sentence_words(c[1]) - excess))
        if _sentence_words(text) - excess >= excess:
            return False
        para.items.remove(text)
        return True

    def _add(self, paras: list[_Para], gap: int, tolerance: int) -> bool:
        """Add a sentence of about ``gap`` words to a body paragraph."""
        para = self.rng.choice(paras[1:-1] or paras)
        self.campaign = para.campaign
        if self._best_fit(para, gap, ("short", self._kind(para), "argue", "context")):
            return True
        if gap <= tolerance * 3:
            return False
        para.items.append(self._text(self._kind(para)))
        return True

    def _swap(self, paras: list[_Para], diff: int) -> bool:
        """Replace a free sentence by one of its kind that brings the count nearer."""
        spots = [(para, j) for para in paras for j in range(para.head, len(para.items))
                 if para.items[j] not in para.protected]
        best = None
        for para, j in self.rng.sample(spots, min(8, len(spots))):
            old = para.items[j]
            self.campaign = para.campaign
            for _ in range(3):
                template, text = self._candidate(self.used[old])
                after = abs(diff - _sentence_words(old) + _sentence_words(text))
                if text not in self.used and (best is None or after < best[0]):
                    best = (after, para, j, template, text)
        self.campaign = self.plan.campaign
        if best is None or best[0] >= abs(diff):
            return False
        _, para, j, template, text = best
        self.campaign = para.campaign
        para.items[j] = self._commit(self.used[para.items[j]], template, text)
        self.campaign = self.plan.campaign
        return True

    def _footnote_refs(self, paras: list[_Para], count: int) -> list[int]:
        """Attach ``[^1]``… to ``count`` sentences in reading order; their paragraphs."""
        spots = [(i, j) for i, para in enumerate(paras) for j in range(len(para.items))]
        figures = [(i, j) for i, j in spots
                   if re.search(r"[\d٠-٩]", re.sub(r"\S*https://\S*", "", paras[i].items[j]))]
        self.rng.shuffle(spots)
        spots = list(dict.fromkeys(self.rng.sample(figures, len(figures)) + spots))
        chosen = sorted(spots[:count])
        for label, (i, j) in enumerate(chosen, 1):
            sentence = paras[i].items[j]
            ref = f"[^{label}]"
            if self.lang in ("fr", "es") and sentence.endswith(".") and self.rng.random() < 0.5:
                paras[i].items[j] = sentence[:-1] + ref + sentence[-1]
            else:
                paras[i].items[j] = sentence + ref
        return [i for i, _ in chosen]

    def _render(self, para: _Para) -> str:
        text = " ".join(para.sentences())
        return self._hard_wrap(text) if self.wrap else text

    def _hard_wrap(self, text: str) -> str:
        """Wrap at ``self.wrap`` columns, never starting a line with Markdown syntax."""
        lines: list[list[str]] = [[]]
        width = 0
        for token in text.split(" "):
            unsafe = re.match(r"[-*+>#=|:;!?»]|\d+[.)]$|\[\^", token)
            if lines[-1] and width + 1 + len(token) > self.wrap and not unsafe:
                lines.append([])
                width = -1
            lines[-1].append(token)
            width += 1 + len(token)
        return "\n".join(" ".join(line) for line in lines)

    def _list(self) -> str:
        """A bullet list of 3-6 grievances, as fragments with semicolons or as plain items."""
        rng = self.rng
        items = [self._text("item") for _ in range(rng.randint(3, 6))]
        marker = rng.choice(("-", "-", "*"))
        if rng.random() < 0.5:
            semicolon = {"fr": " ;", "ar": "؛"}.get(self.lang, ";")
            items = [item + (semicolon if i < len(items) - 1 else ".")
                     for i, item in enumerate(items)]
        else:
            items = [item[:1].upper() + item[1:] for item in items]
        return "\n".join(f"{marker} {item}" for item in items)

    def _blockquote(self) -> tuple[str, str]:
        """(sentence introducing it, a testimony of one or two passages), one speaker."""
        rng = self.rng
        self.fixed["name"] = self._value("name")
        intro = self._text("bq_intro")
        passages = [self._text("testimony")
                    for _ in range(1 if self.target < 300 else rng.randint(1, 2))]
        lines = "\n>\n".join("> " + passage for passage in passages)
        if rng.random() < 0.5:
            lines += "\n>\n> — " + self.fixed["name"]
        del self.fixed["name"]
        return intro, lines


def write_sample(folder: Path, sources: list[Source]) -> None:
    """Write ``sources`` into ``folder`` as files, replacing any there."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.md"):
        old.unlink()
    for source in sources:
        (folder / source.name).write_text(source.markdown, encoding="utf-8")


# --- vocabulary ---------------------------------------------------------------------------

_EN = r"""
[*.month]
January February March April May June July August September October November December
[*.date]
{d} {month} {y}
[*.weekday]
Saturday
Sunday
Monday
Wednesday
Friday
[*.name]
[Maria|Joseph|Amina|Siobhan|Tomasz|Grace|Kwame|Ellen|Farid|Priya]
[*.place]
[Leeds|Bristol|Glasgow|Cardiff|Sheffield|Norwich|Preston|Swansea]
[*.money]
[£{k},000|{k},000 pounds]
[*.millions]
[£{k} million|{k} million pounds]

[*.short]
Nothing about us without us.
The answer is no.
We have waited long enough.
That has to change.
That is not a favour.
The money is there.
We will not wait any longer.
Enough is enough.
Nobody should have to live like this.
It can be done.
We are not going away.
Silence is not neutral.
Who pays the bill?
This is not a debate about figures.
[*.argue]
Those at the top have never given anything away without being pushed.
If there is money for tax cuts at the top, there is money for this.
Patience is a virtue, but not when it is demanded only of those with the least.
What is presented as common sense is usually someone's interest dressed up as a law of nature.
The choice is not between being reasonable and being radical, but between acting and waiting.
Nobody is asking for the moon; we are asking for the basics that were promised.
A decent society is measured by how it treats the people with the least power.
It is not a lack of money that keeps things as they are, but a lack of will at the top.
When people organise, the impossible has a habit of becoming the obvious.
Every time we have been told to wait, the waiting has been paid for by us.
Dignity is not a reward for good behaviour; it is owed to everyone.
Every gain working people have ever made was won because they organised, not because someone above them was generous.
When {opp} tells us there is no money, we should ask where the money went.
The people who do the work [know|understand] what needs to be done; what has been missing is the will to listen to them.
It is always the same story: the profits are private, and the costs are handed to everyone else.
A promise without a date is not a promise, and a consultation that ignores the answer is not a consultation.
We have heard every excuse, and not one of them has [fixed a single problem|put food on anyone's table].
None of this happened by accident; it is the result of decisions taken in offices far from the people who live with the consequences.
The question is not whether change is possible but who will pay for it.
Does anyone really believe this will sort itself out?
There is nothing radical about wanting a [decent|safe] life, and nothing moderate about defending the way things are.
[*.opp]
{Opp} has promised an answer [next month|after the summer|in the new year] for as long as anyone can remember.
{Opp} prefers press releases to conversations, and promises to plans.
Every month that {opp} delays, the cost of the delay falls on someone else.
{Opp} has had [months|every chance] to put this right and has chosen not to.
So far {opp} has answered every letter with a press release.
{Opp} says it is listening, but it has not changed a single decision.
Instead of talking to us, {opp} has hired [consultants|a public relations firm|a firm of lawyers].
[*.we]
We meet every week in a room above a café, and every week there are more of us.
We will keep writing, meeting and marching for as long as it takes.
We are proud of what has been won so far, and clear about how much remains to be done.
We do not claim to speak for everyone, but we speak for more people than those in charge would like to admit.
We have been asked whether we are prepared to compromise; we are prepared to win.
We are not asking for charity; we are asking for what is owed.
We will keep [organising|meeting|going] until [the demands below are met|we win].
We know that nobody wins alone, and that is why we are writing to you.
Our members [voted|decided] [unanimously|by a large majority] to back this campaign.
[*.context]
In the last ten years, the price of almost everything that matters has outrun the wages of those who need it.
Every cut has been described as temporary, and almost none of them has been reversed.
Many of the people we talk to had never been to a meeting before, and they keep coming back.
The crisis has not been the same for everyone: some have done very well out of it.
It has become normal to work full time and still not make ends meet.
Most of the people affected by these decisions were never asked about them.
A generation ago, much of what we are asking for was taken for granted.
Those who profit from the way things are have every reason to say that nothing can change.
Up and down the country, people are asking the same questions we are.
The last few years have shown how quickly money can be found when those in power want it.
The gap between the richest and everyone else has never been wider in our lifetime.
Local papers, union branches and community groups have all reported the same thing.
Prices in the shops have risen month after month, while wages and benefits have fallen further behind.
For more than a decade we have been told to tighten our belts, and every year the belt is tighter.
The people who take these decisions rarely use the services they cut.
Public services were built by people who decided that some things are too important to be left to the market.
Those who tell us to be patient are rarely the ones who are kept waiting.
Every right we have today, from the weekend to the vote, was once called unrealistic.
What happens here is part of something bigger, and people in other towns are watching.
The figures are not secret; what is missing is anyone in charge prepared to act on them.
We have seen this pattern before, and we know that it changes only when people stand together.
There is a great deal of talk about fairness, and very little of it in practice.
Ordinary people did not cause this crisis, but they are always the first to be asked to pay for it.
Behind every figure in this statement there is a household and a name.
[*.call]
We ask every union branch, every tenants' group and every neighbour to send a message of support.
[Come|Join us] on {weekday} at [ten|eleven] o'clock in front of the town hall in {place}.
Please share this statement, [put it up at work|print it for your noticeboard|read it out at your next meeting], and talk about it with the people around you.
Donations to the hardship fund, however small, make it possible to hold out.
Invite a speaker to your [meeting|branch|group]: we will come.
If you can give an hour a week, we need you.
[*.list_intro]
Ask anyone {at_place} and you will hear the same list:
In the last year alone we have [seen|documented|recorded]:
This is what it looks like in practice:
[*.bq_intro]
{Name}, one of {people}, put it like this:
At a packed meeting in {place} last [week|month], {name} said:
This is how {name} described it to us:
[*.heading.early]
What is happening
How we got here
[*.heading.mid]
Why it matters
Who gains from this?
[*.heading.late]
What we are asking for
What you can do
[*.hashtag_s]
{hashtag} is more than a slogan.
{hashtag}: that is what the banners said on {weekday}, and we meant every word.
{hashtag} was trending by the evening, but support online is only the start.
[*.hashtag_in]
Share your photos with {hashtag} and tell people why you came.
Thousands of people have already posted with {hashtag}.
If you cannot come in person, post a picture of your own placard with {hashtag} and tag a friend.
[*.handle_s]
Follow {handle} for updates, and tag {handle2} when you share this.
Send messages of support to {handle}; we read every one of them out at our meetings.
You can find the campaign as {handle} on most platforms.
[*.url_s]
The full report is at {url}.
Sign the petition at {url} and ask three friends to do the same.
Everything we have published, including the minutes of our meetings, is online ({url}).
You can donate at <{url}>; every penny goes to the hardship fund.
Read [the evidence we collected]({url}) and judge for yourself.
[*.long]
What we are living through is not bad luck but the institutionalisation of insecurity.
Behind the talk of flexibility lies the deindustrialisation of whole towns.
The internationalisation of capital has to be met by the internationalisation of solidarity.
It was uncharacteristically honest of {opp} to admit that the plan had never been about [savings|efficiency].
[*.hyphen]
This is a long- term problem - and it needs a long-term answer.
Nobody voted for this - not us, not our neighbours, not anyone we know.
The so- called consultation lasted two weeks - in August.
We will not be divided - not by threats, and not by promises.
It is a short- sighted decision - and everyone can see it.
[*.quote]
{Opp} calls it “[modernisation|a difficult decision|efficiency]”; we call it what it is.
We were told to be “realistic”, as if the people who made this mess had ever been realistic about anything except their own pay.
When we asked when, the answer was “soon”, and when we asked again a month later, it was “soon” again.
“We don't do politics,” {opp} likes to say, but every decision it takes is a political one.
[*.signoff]
— {org}, {date}
— {org}, {place}, {date}
Solidarity,\n{org}
In solidarity,  \n{org}
[*.subtitle]
Agreed at our general meeting on {date}
Adopted unanimously on {date}

[union.frame]
people=[the cleaners|the cleaning staff]; at_place=at St Aldhelm's hospital; opp=[Clearwell|the contractor]; company=Clearwell Services; org=Clearwell Workers' Branch; slug=cleaners-strike; hashtag=[#CleanersStrike|#PayUp]
people=the bus drivers; at_place=at the Eastgate depot; opp=[Rayburn's management|the company]; company=Rayburn Buses; org=Eastgate Drivers' Branch; slug=bus-strike; hashtag=[#BackTheDrivers|#PayUp]
[union.title]
{People} are right to strike
Pay them what they are owed
Back the strike {at_place}
Outsourcing: the real cost
“Essential” workers deserve essential pay
[union.title.short]
Pay up
[union.title.long]
Why we are backing {people} {at_place} in their fight for fair pay
[union.subtitle]
A statement of support for the strike {at_place}
[union.lead]
For [three|five|seven] weeks now, {people} {at_place} have been on strike.
{People} {at_place} walked out on {weekday} morning, and they are not going back until {company} pays what it owes.
In {month}, {people} {at_place} voted by [nine|eight] to one to strike.
This is a statement of support for {people} {at_place}, who have been fighting for [a living wage|sick pay|decent hours] since {month}.
[union.they]
Many of them are women, many are migrants, and almost all of them are paid the minimum the law allows.
They are not asking for much: wages paid on time, hours they can plan around, and sick pay that is a right rather than a favour.
Most of them work two jobs, and many have worked {at_place} for longer than the contract has existed.
Without {people}, nothing {at_place} would work for more than a day.
They have been patient for years, and patience has got them nowhere.
[union.opp]
{Opp} has made no offer in writing, only hints that something might be possible if the strike is called off.
{Opp} owes them [two|three] months of back pay and has offered [a one-off bonus|a shopping voucher|an apology] instead.
{Opp} has threatened to bring in agency staff to break the strike, which would be unlawful.
Last year {company} paid its shareholders {money}, yet it says a pay rise is unaffordable.
{Opp} refused to meet the union until the strike was announced; now it wants to talk, but only about how to end it.
[union.fact]
Sickness rates {at_place} have doubled since the contract began.
The contract is worth {money} a month.
{num} workers signed the petition in the first [three|four] days.
[union.pct]
Wages have fallen by {pct} in real terms since the contract began.
{pct} of the workforce voted in the ballot, and almost all of them voted yes.
[union.argue]
A strike is never the first choice; it is what workers do when every other door has been shut.
If {company} can find money for [consultants|bonuses|dividends], it can find money for the people who do the work.
Outsourcing was sold as a way to save money; in practice it has been a way to pay people less and answer to no one.
[union.we]
We have joined the picket line every morning, and we will be there [tomorrow|on {weekday}] too.
[union.call]
Visit the picket line {at_place}; a cup of tea and a few minutes of your time mean more than you think.
Give to the strike fund: every day on strike costs each worker a day's pay.
[union.quote]
{Opp} describes the work as “low-skilled”, which is not how anyone who has done it would put it.
One worker told us: “They call us ‘essential’ when the cameras are there, and ‘costs’ when they do the budget.”
“We're not going back for a voucher,” said {name} on the first morning of the strike.
[union.testimony]
I have worked here for eleven years and I have never once been paid on time.
When my son was ill I lost a week's wages, and nobody from the company even asked how he was.
We are not the problem here. We are the reason the place still works.
[union.item]
wages paid late [two|three] months running
shifts changed with a day's notice
no sick pay for the first three days of illness
agency staff paid less for the same work
managers who answer complaints with threats
broken equipment that is never replaced
[union.note]
Figures from the branch's own survey of {num} members, {month} {year}.
The contract documents were released after a freedom of information request.
[union.heading.mid]
Why they are striking
Who pays for the contract
[union.demand.key]
Pay what you owe
Living wage now
Bring the service back in-house
[union.demand]
Full back pay for every worker, before the end of the month
Sick pay from the first day of illness
No victimisation of anyone who took part in the strike
Recognise the union and negotiate in good faith
Equal pay for agency staff doing the same work
[union.demand.long]
An end to the contract with {company} when it expires, and every worker brought back onto the public payroll on the same terms as the staff they work beside every day
A guaranteed minimum of hours for everyone who wants them, with rotas published four weeks ahead and no changes without the worker's agreement
[union.bridge]
The same logic is at work in our workplaces.
It is the same story for {people} {at_place}.
[union.tag]
[strike|pay|outsourcing]
[union.handle]
@eastgate_drivers
@clearwell_workers
@union_branch

[tenants.frame]
people=[the tenants|the residents|the families]; at_place=on the Ashgrove estate; opp=[the housing association|Northgate]; company=Northgate Living; org=Ashgrove Tenants' Association; slug=ashgrove-rent; hashtag=[#RentStrike|#RepairsFirst]
people=[the tenants|the residents]; at_place=in the Calder Road flats; opp=[the landlord|Pellman Properties]; company=Pellman Properties; org=Tenants' Union of Northside; slug=calder-road; hashtag=[#HandsOffOurHomes|#RepairsFirst]
[tenants.title]
Stop the rent rises now
Repairs first, rent after
Hands off our homes
Damp, mould and a rent rise: enough
“Scheduled” is not a repair date
[tenants.title.short]
Fix it
[tenants.title.long]
Why every tenant {at_place} should refuse the rent rise until the repairs are done
[tenants.subtitle]
A message to everyone who lives {at_place}
[tenants.lead]
Since {month}, {people} {at_place} have paid their rent into a trust account instead of to {company}.
This winter, for the [third|fourth] year running, {people} {at_place} have lived with damp walls, broken lifts and heating that fails when it is needed most.
{Company} has told {people} {at_place} that their rent will rise again in April, by more than any of them has had as a pay rise in years.
[tenants.they]
Some have lived here since the homes were built and remember when a repair took a week, not a year.
They did not take this step lightly.
Many of them have lived here for twenty years or more, and they have watched the repairs get slower and the letters get longer.
They have reported every leak, every broken lock and every patch of mould, and they have kept copies of every report.
Some are pensioners, some work nights, some are bringing up children in rooms where the walls are wet to the touch.
They are not refusing to pay; they are refusing to pay for a service they do not get.
[tenants.opp]
{Opp} has sold off [two|three] blocks in the last five years and says it cannot afford a new boiler.
{Opp} calls the strike unlawful, but nothing is being withheld: the money is held, and it will be released the day the work is done.
{Opp} has spent more on letters from its solicitors than the repairs would cost.
{Opp} says the work is scheduled, but no one has ever been shown the schedule.
Every time {people} organise, {opp} promises a review, and every review ends in another rent rise.
[tenants.fact]
The repair backlog has grown every year for five years.
Of the {num} homes [surveyed|inspected by the tenants themselves], {part} had damp or mould.
The chief executive of {company} was paid {money} last year.
[tenants.pct]
Rents {at_place} have risen by {pct} in four years, while wages have hardly moved.
{pct} of households now spend more than half their income on rent.
[tenants.argue]
A home with black mould on the bedroom walls is not a home, whatever the tenancy agreement says.
Housing should be a right, not a way to turn other people's rent into profit.
When a landlord will not repair, the only power tenants have is the power they use together.
[tenants.we]
We have knocked on every door {at_place}, and the answer has been the same at almost every one.
[tenants.call]
Join the picket outside the offices of {company} on {weekday} morning.
If you rent from {company} anywhere in {place}, get in touch: you are not on your own.
[tenants.quote]
{Opp} says the repairs are “in the pipeline”, a pipeline that, like the ones in the flats, seems to have sprung a leak.
One tenant told us: “When I reported the mould they said it was ‘lifestyle’, as if we'd chosen to live like this.”
“We're not going anywhere,” {name} said at the last meeting, “and neither is the damp.”
[tenants.testimony]
I have three children and one of them has asthma. Every morning I wipe the windows down, and every night the water comes back.
I've paid my rent for nineteen years without missing a month. All I have ever asked for is a boiler that works.
When the lift is broken I can't get my mother out of the flat. That's not a repair problem, that's a prison.
[tenants.item]
lifts out of order for weeks at a time
black mould in bedrooms and behind wardrobes
heating that fails every January
repair requests closed without anyone visiting
service charges that rise every year, whatever the service
letters threatening eviction over a single late payment
[tenants.note]
The tenants' own survey of {num} flats, carried out in {month} {year}.
Figures from the published accounts of {company}.
[tenants.heading.mid]
Who profits from the rent
What the tenants found
[tenants.demand.key]
Repairs first, rent after
No evictions
Freeze the rent
[tenants.demand]
A surveyor's report on every home, shared with the tenants
A dated plan of repairs, starting with heating and damp
No evictions and no arrears charges for striking tenants
Recognise the tenants' association and meet it every month
Cancel this year's rent rise
[tenants.demand.long]
Public money, public control: bring every home owned by {company} in {place} back under the council, with tenants on the board that runs them
A legal guarantee that no tenant who has reported a repair can be evicted, threatened with eviction or charged for the repair in the year that follows
[tenants.bridge]
The same thing is happening to our homes.
Look at housing and you see the same pattern.
[tenants.tag]
[housing|rent|repairs]
[tenants.handle]
@ashgrove_tenants
@northside_tenants
@tenants_union

[climate.frame]
people=[the residents of {place}|the people of {place}]; at_place=in {place}; opp=[the council|the city council]; company=Halden Aviation; project=[the airport expansion|the new runway]; org=Climate Action {place}; slug=airport-expansion; hashtag=[#NoNewRunway|#ClimateJustice]
people=[the people in the valley|the families in the valley]; at_place=in the valley; opp=[the county council|the council]; company=Marlow Energy; project=[the gas plant|Marlow's new gas plant]; org=Valley Climate Alliance; slug=gas-plant; hashtag=[#NoGasPlant|#ClimateJustice]
[climate.title]
No to {project}
Climate justice starts at home
{Project}: the wrong plan at the wrong time
Clean air is not a luxury
“Green growth”? Not like this
[climate.title.short]
Not here
[climate.title.long]
We will not stand by while {opp} signs away our children's future to {company}
[climate.subtitle]
Our objection to {project}
[climate.lead]
On {weekday}, {opp} will vote on {project}, and if it goes ahead, it will lock {place} into decades of rising emissions.
{Project} is being sold as progress, but for {people} it means more noise, dirtier air and a bigger bill for a crisis we are already living through.
Last summer the river burst its banks twice; this winter {opp} wants to approve {project}.
[climate.they]
Parents {at_place} keep their children indoors on the worst days for air pollution.
They are not against jobs; they are against being told that the only jobs on offer are the ones that make the floods worse.
Many of them have been to every consultation, and many of them have stopped believing that anyone was listening.
They already breathe some of the dirtiest air in the region.
They have done the research, written the objections and knocked on doors, and they have done it all in their spare time.
[climate.opp]
{Opp} has not published a single figure showing how {project} fits its own climate targets.
{Opp} declared a climate emergency [three|four] years ago, and has approved almost every polluting project put in front of it since.
{Opp} says the decision is out of its hands, but it is the one that will sign the permit.
{Opp} has met {company} [eleven|fourteen] times this year and the residents' groups once.
{Opp} talks about balance, as if there were a balance to be struck between a liveable planet and a quarterly profit.
[climate.fact]
The last flood caused damage that took [eight|ten] months to repair.
{Project} would add around {num},000 tonnes of carbon a year to the region's emissions.
{Company} made profits of {millions} last year, most of it paid out to shareholders.
The bus routes that serve the poorest streets have been cut [twice|three times] since {past}.
[climate.pct]
Emissions from transport have risen by {pct} since the climate emergency was declared.
{pct} of the people who responded to the consultation opposed the plan.
[climate.argue]
There are no jobs on a dead planet, and there is no climate policy without a social policy.
The cheapest tonne of carbon is the one that is never burned.
Those who did least to cause this crisis are already paying the most for it.
[climate.we]
We have written [hundreds of|more than {part}] objections, and we will be in the public gallery when the vote is taken.
[climate.call]
Come to the council meeting on {weekday} and help us fill the public gallery.
Write to your councillor this week, in your own words: it takes ten minutes and it counts.
[climate.quote]
{Opp} calls {project} “green growth”, which is a little like calling a bonfire “sustainable heating”.
One resident put it simply: “They say ‘net zero’ and they mean ‘not yet’.”
“We're not experts,” {name} said at the public meeting, “but we can read a flood map.”
[climate.testimony]
My house has flooded twice in six years. The insurance company won't cover us any more, and the council tells us to buy sandbags.
I take the bus to work every day. Since the cuts, a twenty-minute journey takes an hour, and I'm told that's progress.
I'm seventy-three. I won't see the worst of this, but my grandchildren will, and I want to be able to look them in the eye.
[climate.item]
bus routes cut while roads are widened
flood warnings every winter, and no new defences
air pollution above the legal limit outside [three|four] primary schools
public land sold off for car parks
a climate plan with no dates and no budget
consultations held in working hours in a building with no step-free access
[climate.note]
Estimate from the developer's own environmental statement, page {part}.
Council minutes, {month} {past}.
[climate.heading.mid]
What the plan really means
Who pays for the crisis
[climate.demand.key]
Stop {project}
Free buses now
Keep it in the ground
[climate.demand]
Reject {project} and every project like it
Restore every bus route cut since {past}
A climate plan with dates, a budget and a named person responsible
Clean air outside every school by the end of next year
No public money for fossil fuels
[climate.demand.long]
A guarantee that every worker whose job depends on fossil fuels is offered training and a job on the same pay in the industries that must replace them, paid for by those who profited
Public, affordable transport that reaches every street in {place}, run for the people who use it rather than for the shareholders of private operators
[climate.bridge]
The climate crisis follows the same logic.
Nowhere is this clearer than {at_place}, where {opp} is pressing ahead with {project}.
[climate.tag]
[climate|transport|air]
[climate.handle]
@climate_action
@valley_alliance

[peace.frame]
people=[our members|the people of {place}]; at_place=in {place}; opp=the government; company=Varrow Systems; project=[the new arms contract|the arms contract]; org={place} Peace Forum; slug=no-to-war
people=[the workers at the plant|our members]; at_place=at the Kestrel plant; opp=the government; company=Kestrel Dynamics; project=[the munitions plant expansion|the expansion of the munitions plant]; org=Workers Against the Arms Trade; slug=arms-plant
[peace.title]
Not in our name
Welfare, not warfare
Stop arming the war
Peace is a trade union issue
The war: who profits?
[peace.title.short]
No war
[peace.title.long]
Why the money for {project} should go to hospitals and homes instead
[peace.subtitle]
A statement against the war and the arms build-up
[peace.lead]
While hospitals close wards for lack of staff, {opp} has found {millions} for {project}.
Every week the war goes on, more people are killed, more homes are destroyed and more money flows to the companies that make the weapons.
{Opp} tells us there is no alternative to {project}; we are writing to say that there is.
[peace.they]
Nurses, teachers and bus drivers have all passed motions against the war in their union branches.
Most people do not want this war, and they do not want their taxes spent on prolonging it.
{People} have marched, written, lobbied and held vigils, and they will go on doing so.
Many of those who build the components are proud of their skills, and not of where those skills end up.
The families who flee the fighting are told there is no room for them, while there is always room in the budget for more weapons.
[peace.opp]
{Opp} has voted down every proposal for a ceasefire put before parliament.
{Opp} talks about security, but there is nothing secure about a world with more weapons in it.
{Opp} has refused to publish the terms of {project}.
{Opp} says the weapons are only for defence, but it will not say where they end up.
{Opp} found money for {project} in a week, after telling nurses for years that there was none.
[peace.fact]
The money spent on {project} would pay for [two|three] new hospitals.
{Company} reported record profits of {millions} in the first year of the war.
Military spending has grown faster than spending on health in each of the last [three|four] years.
Since the fighting began, {num},000 people have been forced from their homes.
[peace.pct]
The military budget has grown by {pct} in [two|three] years.
According to recent polls, {pct} of people oppose sending more weapons.
[peace.argue]
Wars are declared by governments, fought by the poor and paid for by everyone else.
Every bomb sold is a profit for someone and a funeral for someone else.
A ceasefire is not weakness; it is the first condition of any peace worth the name.
[peace.we]
We stand with everyone, on every side, who refuses to kill or be killed for other people's profits.
[peace.call]
Join the vigil outside the offices of {company} every {weekday}, from six until seven.
Raise a motion against {project} in your union branch; we can send a speaker.
[peace.quote]
{Opp} calls it “defence spending”, but the people on the receiving end would call it something else.
A worker at the plant told us: “They told us we were making ‘parts’, and we found out what for from the news.”
“Not one penny more for the war,” read the banner at the front of the march.
[peace.testimony]
My grandfather fought in a war and never spoke about it. I don't want my children to inherit that silence.
I came here with nothing but my children. Now I hear that the bombs that fell on our street were made in a factory a few miles away.
I have worked at the plant for nine years. I am proud of what we can make. I am not proud of where it goes.
[peace.item]
hospital wards closed for lack of staff
youth centres shut across the city
a military budget that rises every year
export licences granted behind closed doors
refugees held in barracks while their claims wait for years
arms fairs held with public money
[peace.note]
Figures from the government's own budget statement, {month} {year}.
From the annual report of {company} for {past}.
[peace.heading.mid]
Who profits from the war
Peace is possible
[peace.demand.key]
Ceasefire now
Stop arming the war
Not in our name
[peace.demand]
Stop all arms exports to the war zone
Publish every export licence granted since the war began
Welcome refugees, all of them, on equal terms
Cut the military budget, not the health budget
Turn the arms plants over to useful production
[peace.demand.long]
Cancel {project} and spend the money on the hospitals, schools and homes that have been starved of funds for more than a decade
A guarantee that the workers at {company} keep their jobs and their pay while the plants are converted to making things people need, with the unions at the table from the first day
[peace.bridge]
Meanwhile, there is always money for war.
And while everything else is cut, the arms budget keeps growing.
[peace.tag]
[peace|anti-war|arms]
[peace.hashtag]
#CeasefireNow
#NotInOurName
#StopArmingTheWar
[peace.handle]
@peace_forum
@workers_vs_war

[solidarity.frame]
target=[our colleague Dev Mistry|Dev Mistry]; tname=Dev; people=[his colleagues|the people who work alongside him]; at_place=at Fenwick Foods; opp=[Fenwick Foods|the management]; company=Fenwick Foods; threat=[dismissal|the sack]; remedy=[reinstatement|his job back]; org=Fenwick Foods Workers' Committee; slug=reinstate-dev; hashtag=[#ReinstateDev|#JusticeForDev]
target=the Haddad family; tname=the Haddads; people=[their neighbours|the families on our street]; at_place=in our neighbourhood; opp=the immigration service; company=the immigration service; threat=deportation; remedy=[the right to stay|leave to remain]; org=Friends of the Haddad Family; slug=haddad-family; hashtag=[#HaddadsStay|#LetThemStay]
[solidarity.title]
Justice for {tname}
Stand with {tname}
An injury to one is an injury to all
“Due process”: the case of {target}
[solidarity.title.short]
Stand together
[solidarity.title.long]
Why we stand with {target}, and why it matters to every one of us
[solidarity.subtitle]
An appeal for solidarity
[solidarity.lead]
{Target} is facing {threat}, and we are asking everyone who reads this to help stop it.
In {month}, {target} received a letter that turned ordinary life upside down: a decision of {threat}, taken without a hearing worth the name.
This is a statement of solidarity with {target}, who [has done nothing wrong|deserves better than this].
[solidarity.they]
{People} have written more than [forty|fifty] letters to {opp} and received two replies.
{People} have collected more than {num} signatures in [a fortnight|three weeks].
Everyone who knows {target} says the same thing: this decision makes no sense.
{People} have filled the public meetings, written letters and taken turns to make sure no one faces this alone.
What {people} want is simple: {remedy}, and an apology.
[solidarity.opp]
{Opp} has refused every request for a meeting.
{Opp} has refused to explain its decision in writing.
{Opp} has treated {target} as a file number rather than as part of a community.
{Opp} could reverse the decision tomorrow, and nothing would be lost except its pride.
{Opp} seems to think that if it waits long enough, people will forget; it is wrong.
[solidarity.fact]
The petition has been signed by people in more than [twenty|thirty] towns.
More than {num} people came to the first public meeting.
The decision was made in less than [ten|twelve] days, after a process that normally takes months.
[solidarity.pct]
Decisions like this one are overturned on appeal in {pct} of cases, which says a great deal about how they are made.
{pct} of the people we spoke to on the high street signed the petition on the spot.
[solidarity.argue]
An injury to one is an injury to all, and it is not a slogan when it is your turn.
If it can happen to {target}, it can happen to any of us.
Solidarity is not charity; it is the recognition that our fates are bound together.
[solidarity.we]
We will not let anyone face this alone.
[solidarity.call]
Write to {opp} and ask for the decision to be reversed; a short letter in your own words is best.
Come to the next public meeting, and bring someone who has not been before.
[solidarity.quote]
{Opp} describes the decision as “routine”, but there is nothing routine about it for {target}.
At the meeting, {name} said: “They keep telling us it's ‘a matter of procedure’, as if procedure had no one on the other end of it.”
“Not without a fight,” read the banner at the front of the hall.
[solidarity.testimony]
We have known each other for years. When my husband was in hospital, they cooked for us every night. Now it is our turn.
I don't understand how a decision like this can be made by people who have never met the person it is about.
Everyone here would do the same for any of us. That is what solidarity means.
[solidarity.item]
letters that answer none of the questions asked
meetings cancelled at the last minute
no chance to reply to the accusations
a decision taken behind closed doors
months of waiting without a word
pressure on anyone who speaks up
[solidarity.note]
Signatures counted at the public meeting in {month} {year}.
The decision letter is dated {month} {year}; it runs to a single page.
[solidarity.heading.mid]
Why this matters to all of us
What has happened so far
[solidarity.demand.key]
Justice for {tname}
Reverse the decision now
{Remedy} now
[solidarity.demand]
Reverse the decision and apologise
{Remedy}, without conditions
A fair hearing, with a representative present
No further action against anyone who has spoken up
Publish the reasons for the decision in full
[solidarity.demand.long]
A full and independent review of every decision of this kind taken in the last three years, with the people affected invited to give evidence and the findings published
Protection for anyone who organises, speaks out or signs a petition, written into policy and enforced, so that no one else has to go through what {target} has been through
[solidarity.bridge]
We also want to say a word about {target}.
It is in this light that we stand with {target}.
[solidarity.tag]
[solidarity|justice]
[solidarity.handle]
@justice_campaign
@solidarity_net
"""

_ES = r"""
[*.month]
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
[*.date]
{d} de {month} de {y}
[*.weekday]
el sábado
el domingo
el lunes
el miércoles
el viernes
[*.name]
[Lucía|Íñigo|Fátima|Andrés|Begoña|Jorge|Nuria|Toñi|Yolanda|Ramón]
[*.place]
[Zaragoza|Valladolid|Cádiz|Bilbao|Murcia|Gijón|Córdoba|Logroño]
[*.money]
{k}.000 euros
[*.millions]
{k} millones de euros

[*.short]
No es un favor.
El dinero existe.
No vamos a esperar más.
¡Basta ya!
Nadie debería vivir así.
Se puede hacer.
No nos vamos a ir.
El silencio no es neutral.
¿Quién paga la factura?
Esto no va de cifras.
Ya hemos esperado bastante.
Eso tiene que cambiar.
Nada sobre nosotras sin nosotras.
La respuesta es no.
[*.argue]
Todo lo que la gente trabajadora ha conseguido lo ha conseguido organizándose, no gracias a la generosidad de quienes mandan.
Cuando {opp} dice que no hay dinero, hay que preguntar adónde ha ido el dinero.
Quienes hacen el trabajo saben lo que hace falta; lo que ha faltado es voluntad de escucharles.
Es siempre la misma historia: los beneficios son privados y los costes se reparten entre todos los demás.
Una promesa sin fecha no es una promesa, y una consulta que ignora la respuesta no es una consulta.
Hemos oído todas las excusas, y ninguna ha [arreglado un solo problema|puesto un plato en ninguna mesa].
Nada de esto ha pasado por casualidad: son decisiones tomadas en despachos lejos de quienes sufren sus consecuencias.
La pregunta no es si el cambio es posible, sino quién lo va a pagar.
¿De verdad alguien cree que esto se arreglará solo?
No hay nada radical en querer una vida [digna|segura], ni nada moderado en defender las cosas tal como están.
Nadie pide la luna: pedimos lo básico, lo que se nos prometió.
Una sociedad decente se mide por cómo trata a quienes menos poder tienen.
Lo que mantiene las cosas como están no es la falta de dinero, sino la falta de voluntad de quienes mandan.
Cuando la gente se organiza, lo imposible suele acabar pareciendo evidente.
Cada vez que nos han pedido esperar, la espera la hemos pagado nosotras.
La dignidad no es un premio por portarse bien: se le debe a todo el mundo.
Los de arriba nunca han regalado nada sin que se les empujara.
Si hay dinero para bajar los impuestos a los más ricos, hay dinero para esto.
La paciencia es una virtud, pero no cuando solo se les exige a quienes menos tienen.
Lo que nos venden como sentido común suele ser el interés de alguien disfrazado de ley natural.
No se trata de elegir entre ser razonables o radicales, sino entre actuar o seguir esperando.
[*.opp]
{Opp} ha tenido [meses|todas las oportunidades] para arreglarlo y ha decidido no hacerlo.
Hasta ahora, {opp} ha respondido a cada carta con una nota de prensa.
{Opp} dice que escucha, pero no ha cambiado ni una sola decisión.
En lugar de hablar con nosotras y nosotros, {opp} ha contratado [a una consultora|a un bufete de abogados|a una agencia de comunicación].
{Opp} prefiere las notas de prensa a las conversaciones, y las promesas a los planes.
Cada mes que {opp} retrasa la decisión, el coste del retraso lo paga otra persona.
{Opp} lleva prometiendo una respuesta [para el mes que viene|para después del verano|para el año nuevo] desde que alguien recuerda.
[*.we]
No pedimos caridad: pedimos lo que se nos debe.
Seguiremos [organizándonos|reuniéndonos|en la calle] hasta que [se cumplan estas reivindicaciones|ganemos].
Sabemos que nadie gana sola ni solo, y por eso os escribimos.
Nuestra asamblea decidió [por unanimidad|por amplia mayoría] apoyar esta campaña.
Estamos orgullosas de lo conseguido hasta ahora y tenemos claro todo lo que queda por hacer.
No decimos hablar en nombre de todo el mundo, pero hablamos en nombre de mucha más gente de la que a quienes mandan les gustaría admitir.
Nos han preguntado si estamos dispuestas a ceder; estamos dispuestas a ganar.
Nos reunimos cada semana en el local de la asociación, y cada semana somos más.
Seguiremos escribiendo, reuniéndonos y manifestándonos el tiempo que haga falta.
[*.context]
Los precios del supermercado suben mes tras mes, mientras los salarios y las pensiones se quedan cada vez más atrás.
Llevamos más de una década oyendo que hay que apretarse el cinturón, y cada año el cinturón aprieta más.
Quienes toman estas decisiones rara vez usan los servicios que recortan.
Los servicios públicos los construyó gente que decidió que hay cosas demasiado importantes para dejarlas en manos del mercado.
Quienes nos piden paciencia casi nunca son quienes tienen que esperar.
Cada derecho que tenemos hoy, desde el fin de semana hasta el voto, se consideró un día poco realista.
Lo que pasa aquí forma parte de algo más grande, y en otras ciudades nos están mirando.
Las cifras no son secretas; lo que falta es alguien con poder dispuesto a actuar.
Ya hemos visto esto antes, y sabemos que solo cambia cuando la gente se une.
Se habla mucho de justicia, y se practica muy poco.
La gente corriente no ha provocado esta crisis, pero siempre es la primera a la que se le pide que la pague.
Detrás de cada cifra de este comunicado hay una casa y un nombre.
En todo el país, muchas personas se hacen las mismas preguntas que nosotras.
Estos últimos años han demostrado lo rápido que aparece el dinero cuando quienes mandan lo quieren.
La distancia entre los más ricos y el resto nunca había sido tan grande en nuestra vida.
La prensa local, las secciones sindicales y las asociaciones vecinales cuentan todas lo mismo.
La mayoría de las personas afectadas por estas decisiones nunca fue consultada.
Hace una generación, gran parte de lo que pedimos se daba por hecho.
Quienes se benefician de cómo están las cosas tienen todos los motivos para decir que nada puede cambiar.
En los últimos diez años, casi todo lo que importa ha subido más que los sueldos de quienes lo necesitan.
Cada recorte se presentó como temporal, y casi ninguno se ha revertido.
Mucha de la gente con la que hablamos nunca había ido a una asamblea, y ahora no falta a ninguna.
La crisis no ha sido igual para todo el mundo: a algunos les ha ido muy bien.
Se ha vuelto normal trabajar a jornada completa y aun así no llegar a fin de mes.
[*.call]
Pedimos a cada sección sindical, a cada asociación vecinal y a cada vecina y vecino que envíe un mensaje de apoyo.
Te esperamos {weekday} a las [once|doce] delante del ayuntamiento de {place}.
Comparte este comunicado, [cuélgalo en tu centro de trabajo|imprímelo para el tablón|léelo en tu próxima asamblea] y háblalo con la gente que te rodea.
Cualquier aportación a la caja de resistencia, por pequeña que sea, nos ayuda a aguantar.
Invítanos a tu [asamblea|sindicato|colectivo]: iremos.
Si puedes dedicar una hora a la semana, te necesitamos.
[*.list_intro]
Pregunta a cualquiera {at_place} y oirás la misma lista:
Solo en el último año hemos [visto|documentado|registrado]:
Así es en la práctica:
[*.bq_intro]
{Name} lo resumió así en la última asamblea:
En una asamblea abarrotada en {place}, {name} dijo:
Así nos lo contó {name}:
[*.heading.early]
Qué está pasando
Cómo hemos llegado hasta aquí
[*.heading.mid]
Por qué importa
¿Quién gana con esto?
[*.heading.late]
Qué pedimos
Qué puedes hacer
[*.hashtag_s]
{hashtag} es mucho más que un lema.
{hashtag}: eso decían las pancartas {weekday}, y lo decíamos en serio.
{hashtag} fue tendencia esa misma noche, pero el apoyo en redes es solo el principio.
[*.hashtag_in]
Comparte tus fotos con {hashtag} y cuenta por qué viniste.
Miles de personas ya han publicado con {hashtag}.
Si no puedes venir, sube una foto de tu pancarta con {hashtag} y etiqueta a alguien.
[*.handle_s]
Sigue a {handle} para estar al día y menciona a {handle2} cuando compartas esto.
Envía tus mensajes de apoyo a {handle}; los leemos todos en voz alta en las asambleas.
Nos encontrarás como {handle} en casi todas las redes.
[*.url_s]
El informe completo está en {url}.
Firma la petición en {url} y pide a tres amistades que hagan lo mismo.
Todo lo que hemos publicado, incluidas las actas, está en la web ({url}).
Puedes donar en <{url}>; cada euro va a la caja de resistencia.
Lee [los datos que hemos recogido]({url}) y juzga por ti misma.
[*.long]
Lo que vivimos no es mala suerte: es la desindustrialización de comarcas enteras.
Los recortes golpean desproporcionadamente a quienes menos tienen.
A la internacionalización del capital hay que responder con la internacionalización de la solidaridad.
Varios juristas sostienen que aprobar algo así sin ningún debate roza la inconstitucionalidad.
[*.hyphen]
Es un problema a largo plazo - y necesita una respuesta a largo plazo.
Nadie ha votado esto - ni nosotras, ni nuestras vecinas, ni nadie que conozcamos.
La supuesta consulta duró dos semanas - en agosto.
No nos van a dividir - ni con amenazas ni con promesas.
Es una decisión con consecuencias socio- económicas para toda la ciudad.
[*.quote]
{Opp} lo llama “[modernización|una decisión difícil|eficiencia]”; nosotras lo llamamos por su nombre.
Nos pidieron que fuéramos “realistas”, como si quienes han provocado este desastre hubieran sido realistas alguna vez con algo que no fueran sus propios sueldos.
Cuando preguntamos cuándo, la respuesta fue “pronto”; un mes después volvimos a preguntar y la respuesta fue otra vez “pronto”.
“Nosotros no hacemos política”, le gusta decir a {opp}, pero cada decisión que toma es política.
[*.signoff]
— {org}, {date}
— {org}, {place}, {date}
Un abrazo solidario,\n{org}
Saludos solidarios,  \n{org}
[*.subtitle]
Comunicado aprobado en asamblea el {date}
Aprobado por unanimidad el {date}

[union.frame]
people=[las limpiadoras del hospital|las trabajadoras de la limpieza]; at_place=en el hospital comarcal; opp=[la concesionaria|la empresa]; company=Limpiezas Moncayo; org=Sección sindical de limpieza; slug=huelga-limpieza; hashtag=[#HuelgaLimpieza|#PagadYa]
people=[las trabajadoras de la residencia|las auxiliares de la residencia]; at_place=en la residencia Los Olivos; opp=[la gestora|la empresa]; company=Cuidados Atalaya; org=Comité de empresa de Los Olivos; slug=huelga-residencia; hashtag=[#LosOlivosEnHuelga|#PagadYa]
[union.title]
{People}: hasta el final
Que paguen lo que deben
Apoyo total a la huelga
Externalización: el precio real
“Esenciales” para aplaudir, invisibles para cobrar
[union.title.short]
¡Pagad ya!
[union.title.long]
Por qué apoyamos a {people} en su lucha por un salario digno
[union.subtitle]
Comunicado de apoyo a la huelga {at_place}
[union.lead]
Desde hace [tres|cinco|siete] semanas, {people} están en huelga.
{People} pararon {weekday} por la mañana, y no volverán hasta que {company} pague lo que debe.
En {month}, {people} votaron a favor de la huelga por una mayoría de [nueve|ocho] a uno.
Este es un comunicado de apoyo a {people}, que luchan desde {month} por [un salario digno|las bajas pagadas|unos horarios decentes].
[union.they]
No piden mucho: cobrar a tiempo, horarios con los que poder organizar su vida y unas bajas pagadas que no sean un favor, sino un derecho.
Muchas tienen dos trabajos, y bastantes llevan {at_place} más años que la propia contrata.
Sin ellas, nada {at_place} funcionaría más de un día.
Han tenido paciencia durante años, y la paciencia no les ha servido de nada.
Muchas son migrantes, muchas son madres, y casi todas cobran el mínimo que permite la ley.
[union.opp]
{Opp} les debe [dos|tres] pagas y a cambio les ha ofrecido [una prima única|un vale de compra|una disculpa].
{Opp} ha amenazado con traer personal de una ETT para romper la huelga, algo que es ilegal.
El año pasado, {company} repartió {money} entre sus accionistas, pero dice que una subida salarial es inasumible.
{Opp} se negó a reunirse con el comité hasta que se convocó la huelga; ahora quiere hablar, pero solo de cómo terminarla.
{Opp} no ha hecho ninguna oferta por escrito, solo insinúa que algo sería posible si se desconvoca la huelga.
[union.fact]
La contrata vale {money} al mes.
{num} trabajadoras firmaron la petición en los primeros [tres|cuatro] días.
Las bajas por enfermedad {at_place} se han duplicado desde que empezó la contrata.
[union.pct]
Los salarios han perdido un {pct} de poder adquisitivo desde que empezó la contrata.
El {pct} de la plantilla votó en la consulta, y casi todas votaron a favor.
[union.argue]
Una huelga nunca es la primera opción: es lo que hacen las trabajadoras cuando les han cerrado todas las puertas.
Si {company} encuentra dinero para [consultoras|primas|dividendos], puede encontrarlo para quienes hacen el trabajo.
La externalización se vendió como una forma de ahorrar; en la práctica ha servido para pagar menos y no rendir cuentas ante nadie.
[union.we]
Hemos estado en el piquete cada mañana, y estaremos también {weekday}.
[union.call]
Pasaos por el piquete {at_place}: un café y unos minutos de vuestro tiempo valen más de lo que pensáis.
Aportad a la caja de resistencia: cada día de huelga le cuesta a cada trabajadora un día de sueldo.
[union.quote]
{Opp} dice que es un trabajo “poco cualificado”, algo que nadie que lo haya hecho diría jamás.
Una compañera nos lo dijo así: “Nos llaman ‘esenciales’ cuando hay cámaras y ‘coste’ cuando hacen el presupuesto.”
“No volvemos por un vale”, dijo {name} la primera mañana de huelga.
[union.testimony]
Llevo once años aquí y nunca, ni una sola vez, me han pagado a tiempo.
Cuando mi hijo se puso enfermo perdí una semana de sueldo, y nadie de la empresa preguntó siquiera cómo estaba.
No somos el problema. Somos la razón de que esto siga funcionando.
[union.item]
nóminas que llegan tarde [dos|tres] meses seguidos
turnos que cambian con un día de aviso
ni un euro de baja los tres primeros días de enfermedad
personal de ETT que cobra menos por el mismo trabajo
encargados que responden a las quejas con amenazas
material roto que nunca se repone
[union.note]
Datos de la encuesta propia de la sección sindical entre {num} trabajadoras, {month} de {year}.
La documentación del contrato se obtuvo mediante una solicitud de acceso a la información pública.
[union.heading.mid]
Por qué están en huelga
Quién paga la contrata
[union.demand.key]
Pagad lo que debéis
Salario digno ya
Servicio público ya
[union.demand]
El pago inmediato de todos los atrasos, antes de fin de mes
Baja pagada desde el primer día
Ni una represalia contra quienes han hecho huelga
Reconocimiento del comité y negociación de buena fe
Igual salario para el personal de ETT que hace el mismo trabajo
[union.demand.long]
Que el contrato con {company} no se renueve cuando venza y que toda la plantilla pase a ser personal público, con las mismas condiciones que las compañeras con las que trabaja cada día
Un mínimo de horas garantizado para quien lo quiera, con los cuadrantes publicados con cuatro semanas de antelación y sin cambios sin el acuerdo de la trabajadora
[union.bridge]
La misma lógica se repite en nuestros centros de trabajo.
Es la misma historia que viven {people}.
[union.tag]
[huelga|salarios|externalización]
[union.handle]
@huelga_limpieza
@seccion_sindical
@comite_olivos

[tenants.frame]
people=[los vecinos del bloque|los inquilinos del bloque]; at_place=en el bloque de la calle Almendro; opp=[la inmobiliaria|la propiedad]; company=Inversiones Lucero; org=Asamblea de Vivienda del Barrio Sur; slug=bloque-almendro; hashtag=[#HuelgaDeAlquileres|#NiUnDesahucioMás]
people=[los inquilinos|los vecinos de la colonia]; at_place=en la colonia San Isidro; opp=[la gestora|la empresa]; company=Residencial Horizonte; org=Asociación Vecinal San Isidro; slug=alquileres-san-isidro; hashtag=[#PrimeroLasReparaciones|#NiUnDesahucioMás]
[tenants.title]
Parad la subida de los alquileres
Primero las reparaciones, después el alquiler
Nuestras casas no se tocan
Humedades, moho y otra subida: ¡basta!
“Programado” no es una fecha
[tenants.title.short]
Alquileres justos
[tenants.title.long]
Por qué nadie debería pagar la subida del alquiler hasta que se hagan las reparaciones
[tenants.subtitle]
Un mensaje para todas las personas que viven {at_place}
[tenants.lead]
Desde {month}, {people} ingresan el alquiler en una cuenta de depósito en lugar de pagárselo a {company}.
Este invierno, por [tercer|cuarto] año consecutivo, {people} han vivido con paredes húmedas, ascensores averiados y una calefacción que falla justo cuando más falta hace.
{Company} ha comunicado a {people} que el alquiler volverá a subir en abril, mucho más de lo que ha subido ningún sueldo.
[tenants.they]
No han dado este paso a la ligera.
Mucha gente lleva aquí veinte años o más, y ha visto cómo las reparaciones se hacen cada vez más lentas y las cartas cada vez más largas.
Han denunciado cada gotera, cada cerradura rota y cada mancha de moho, y guardan copia de cada aviso.
No se niegan a pagar: se niegan a pagar por un servicio que no reciben.
Hay pensionistas, gente que trabaja de noche y familias que crían a sus hijos en habitaciones con las paredes mojadas.
Hay quien vive aquí desde que se construyeron las casas y recuerda cuando una reparación tardaba una semana, no un año.
[tenants.opp]
{Opp} dice que la huelga de alquileres es ilegal, pero nadie se queda con nada: el dinero está depositado y se pagará el día que se terminen las obras.
{Opp} se ha gastado más en cartas de sus abogados de lo que costarían las reparaciones.
{Opp} asegura que las obras están programadas, pero nadie ha visto nunca ese calendario.
Cada vez que el vecindario se organiza, {opp} promete una revisión, y cada revisión termina en otra subida.
{Opp} ha vendido [dos|tres] portales en los últimos cinco años y dice que no puede pagar una caldera nueva.
[tenants.fact]
De las {num} viviendas [revisadas|inspeccionadas por el propio vecindario], {part} tenían humedades o moho.
El consejero delegado de {company} cobró {money} el año pasado.
La lista de reparaciones pendientes ha crecido cada año durante cinco años.
[tenants.pct]
Los alquileres {at_place} han subido un {pct} en cuatro años, mientras los sueldos apenas se han movido.
El {pct} de los hogares dedica ya más de la mitad de sus ingresos al alquiler.
[tenants.argue]
Una casa con moho negro en las paredes del dormitorio no es un hogar, diga lo que diga el contrato.
La vivienda debe ser un derecho, no una forma de convertir el alquiler ajeno en beneficio.
Cuando una propiedad no repara, el único poder que tienen los inquilinos es el que ejercen juntos.
[tenants.we]
Hemos llamado a todas las puertas {at_place}, y la respuesta ha sido casi siempre la misma.
[tenants.call]
Únete a la concentración delante de la oficina de {company} {weekday} por la mañana.
Si vives de alquiler con {company} en cualquier barrio de {place}, escríbenos: no estás sola ni solo.
[tenants.quote]
{Opp} dice que las obras están “en marcha”, aunque nadie ha visto todavía a un solo obrero.
Una vecina nos lo contó así: “Cuando denuncié el moho me dijeron que era por ‘mis hábitos’, como si hubiéramos elegido vivir así.”
“No nos vamos a ir”, dijo {name} en la última asamblea, “y la humedad tampoco.”
[tenants.testimony]
Tengo tres hijos y uno tiene asma. Cada mañana seco los cristales, y cada noche vuelve el agua.
Llevo diecinueve años pagando el alquiler sin fallar un mes. Lo único que he pedido es una caldera que funcione.
Cuando el ascensor se estropea no puedo sacar a mi madre de casa. Eso no es una avería, es una cárcel.
[tenants.item]
ascensores parados durante semanas
moho negro en los dormitorios y detrás de los armarios
una calefacción que se estropea cada enero
avisos de avería cerrados sin que nadie venga
gastos de comunidad que suben cada año
cartas que amenazan con el desahucio por un solo retraso
[tenants.note]
Encuesta del propio vecindario a {num} viviendas, realizada en {month} de {year}.
Datos de las cuentas anuales publicadas por {company}.
[tenants.heading.mid]
¿Quién se queda con el alquiler?
Lo que encontró el vecindario
[tenants.demand.key]
Primero, las reparaciones
¡Ni un desahucio más!
Congelación de alquileres
[tenants.demand]
Un informe técnico de cada vivienda, compartido con el vecindario
Un calendario de obras con fechas, empezando por la calefacción y las humedades
Ningún desahucio ni recargo para quienes participan en la huelga
Reconocimiento de la asamblea y reuniones mensuales con ella
Anular la subida de este año
[tenants.demand.long]
Dinero público, control público: que todas las viviendas de {company} en {place} pasen a manos públicas, con representantes del vecindario en su gestión
Una garantía legal de que ninguna persona que haya pedido una reparación pueda ser desahuciada, amenazada ni obligada a pagarla durante el año siguiente
[tenants.bridge]
Lo mismo está pasando con nuestras casas.
Basta mirar la vivienda para ver el mismo patrón.
[tenants.tag]
[vivienda|alquiler]
[tenants.handle]
@vivienda_barriosur
@av_sanisidro

[climate.frame]
people=[los vecinos y vecinas de {place}|los vecinos de {place}]; at_place=en {place}; opp=[la consejería|la Consejería de Medio Ambiente]; company=Tervan Energía; project=[la ampliación del aeropuerto|la nueva pista del aeropuerto]; org=Plataforma por el Clima de {place}; slug=aeropuerto-no; hashtag=[#AeropuertoNo|#JusticiaClimática]
people=[los vecinos del valle|las familias del valle]; at_place=en el valle; opp=[la diputación|la Diputación Provincial]; company=Calora Gas; project=[la central de gas|la nueva central de gas]; org=Coordinadora Valle Vivo; slug=central-de-gas; hashtag=[#CentralDeGasNo|#JusticiaClimática]
[climate.title]
No a {project}
La justicia climática empieza en casa
{Project}: el plan equivocado en el peor momento
El aire limpio no es un lujo
¿“Crecimiento verde”? Así no
[climate.title.short]
Emergencia climática
[climate.title.long]
No nos quedaremos de brazos cruzados mientras {opp} hipoteca nuestro futuro
[climate.subtitle]
Alegaciones vecinales contra {project}
[climate.lead]
{Weekday}, {opp} decidirá sobre {project}, y si sale adelante, condenará a {place} a décadas de emisiones crecientes.
Nos venden {project} como progreso, pero para {people} significa más ruido, un aire más sucio y una factura más alta por una crisis que ya estamos viviendo.
El verano pasado el río se desbordó dos veces; este invierno, {opp} quiere aprobar {project}.
[climate.they]
No están en contra del empleo; están en contra de que les digan que los únicos empleos posibles son los que empeoran las inundaciones.
Muchos han ido a todas las sesiones de participación, y muchos han dejado de creer que alguien les escuchara.
Ya respiran uno de los aires más contaminados de la región.
Han hecho la investigación, han redactado las alegaciones y han llamado a las puertas, y todo en su tiempo libre.
Hay familias {at_place} que no dejan salir a sus hijos los días de más contaminación.
[climate.opp]
{Opp} declaró la emergencia climática hace [tres|cuatro] años y desde entonces ha aprobado casi todos los proyectos contaminantes que le han presentado.
{Opp} dice que la decisión no está en sus manos, pero será quien firme el permiso.
{Opp} se ha reunido con {company} [once|catorce] veces este año, y con las asociaciones vecinales una sola vez.
{Opp} habla de equilibrio, como si hubiera que buscar un equilibrio entre un planeta habitable y un beneficio trimestral.
{Opp} no ha publicado ni una sola cifra que muestre cómo encaja {project} con sus propios objetivos climáticos.
[climate.fact]
{Project} añadiría unas {num}.000 toneladas de carbono al año a las emisiones de la región.
{Company} ganó {millions} el año pasado, y la mayor parte fue a sus accionistas.
Las líneas de autobús de los barrios más pobres se han recortado [dos|tres] veces desde {past}.
La última inundación causó daños que tardaron [ocho|diez] meses en repararse.
[climate.pct]
Las emisiones del transporte han aumentado un {pct} desde que se declaró la emergencia climática.
El {pct} de quienes participaron en la consulta se opuso al proyecto.
[climate.argue]
No hay empleo en un planeta muerto, ni política climática sin política social.
La tonelada de carbono más barata es la que nunca se quema.
Quienes menos han contribuido a esta crisis son quienes ya la están pagando más cara.
[climate.we]
Hemos presentado [cientos de|más de {part}] alegaciones, y estaremos en la tribuna del público cuando se vote.
[climate.call]
Ven al pleno {weekday} y llenemos la tribuna del público.
Escribe esta semana a tu concejala o concejal, con tus propias palabras: son diez minutos y cuentan.
[climate.quote]
{Opp} llama a {project} “crecimiento verde”, que es como llamar a una hoguera “calefacción sostenible”.
Una vecina lo resumió así: “Dicen ‘emisiones cero’ y quieren decir ‘todavía no’.”
“No somos expertas”, dijo {name} en la reunión pública, “pero sabemos leer un mapa de inundaciones.”
[climate.testimony]
Mi casa se ha inundado dos veces en seis años. El seguro ya no nos cubre, y el ayuntamiento nos dice que compremos sacos de arena.
Voy al trabajo en autobús todos los días. Desde los recortes, un trayecto de veinte minutos me lleva una hora, y me dicen que eso es progreso.
Tengo setenta y tres años. No veré lo peor de esto, pero mis nietas sí, y quiero poder mirarlas a los ojos.
[climate.item]
líneas de autobús recortadas mientras se ensanchan las carreteras
alertas por inundación cada invierno, sin nuevas defensas
contaminación por encima del límite legal junto a [tres|cuatro] colegios
suelo público vendido para aparcamientos
un plan climático sin fechas y sin presupuesto
sesiones de participación en horario laboral
[climate.note]
Estimación del propio estudio de impacto ambiental del promotor, página {part}.
Acta del pleno de {month} de {past}.
[climate.heading.mid]
Lo que significa de verdad el proyecto
¿Quién paga la crisis?
[climate.demand.key]
Parad {project}
Autobús gratuito ya
Que se quede bajo tierra
[climate.demand]
Rechazo de {project} y de cualquier proyecto similar
Recuperar todas las líneas de autobús recortadas desde {past}
Un plan climático con fechas, presupuesto y responsables con nombre y apellidos
Aire limpio junto a todos los colegios antes de que acabe el próximo año
Ni un euro público para los combustibles fósiles
[climate.demand.long]
Una garantía de que cada trabajador y trabajadora cuyo empleo dependa de los combustibles fósiles reciba formación y un empleo con el mismo salario en los sectores que deben sustituirlos, pagado por quienes se han lucrado
Un transporte público y asequible que llegue a todas las calles de {place}, gestionado para quienes lo usan y no para los accionistas de las concesionarias
[climate.bridge]
La crisis climática sigue la misma lógica.
En ningún sitio se ve tan claro como {at_place}, donde {opp} sigue adelante con {project}.
[climate.tag]
[clima|transporte|aire]
[climate.handle]
@plataforma_clima
@valle_vivo

[peace.frame]
people=[nuestras socias y socios|los vecinos de {place}]; at_place=en {place}; opp=la ministra de Defensa; company=Talsa Defensa; project=[la compra de armamento|la nueva compra de armamento]; org=Foro por la Paz de {place}; slug=no-a-la-guerra
people=[los trabajadores de la fábrica|nuestras socias y socios]; at_place=en la fábrica de Indusmar; opp=la Secretaría de Estado de Comercio; company=Indusmar Sistemas; project=[la ampliación de la fábrica de munición|la nueva línea de munición]; org=Sindicalistas contra la Guerra; slug=fabrica-de-municion
[peace.title]
No en nuestro nombre
Más escuelas, menos bombas
Dejad de armar la guerra
La paz es cosa de los sindicatos
La guerra: ¿quién se beneficia?
[peace.title.short]
Paz ya
[peace.title.long]
Por qué el dinero de {project} debería ir a hospitales y viviendas
[peace.subtitle]
Declaración contra la guerra y el rearme
[peace.lead]
Mientras los hospitales cierran plantas por falta de personal, {opp} ha encontrado {millions} para {project}.
Cada semana que dura la guerra mueren más personas, se destruyen más casas y fluye más dinero hacia las empresas que fabrican las armas.
{Opp} nos dice que no hay alternativa a {project}; escribimos para decir que sí la hay.
[peace.they]
La mayoría de la gente no quiere esta guerra, ni quiere que sus impuestos sirvan para alargarla.
{People} se han manifestado, han escrito, han presionado y han organizado vigilias, y lo seguirán haciendo.
Muchas de las personas que fabrican las piezas están orgullosas de su oficio, no del destino que se le da.
A las familias que huyen de los combates se les dice que no hay sitio para ellas, mientras en el presupuesto siempre hay sitio para más armas.
Enfermeras, maestras y conductores de autobús han aprobado mociones contra la guerra en sus sindicatos.
[peace.opp]
{Opp} habla de seguridad, pero no hay nada seguro en un mundo con más armas.
{Opp} se niega a publicar las condiciones de {project}.
{Opp} asegura que las armas son solo defensivas, pero no dice dónde terminan.
{Opp} encontró dinero para {project} en una semana, después de años diciendo a las enfermeras que no lo había.
{Opp} ha votado en contra de cada propuesta de alto el fuego presentada en el Congreso.
[peace.fact]
{Company} anunció beneficios récord de {millions} en el primer año de guerra.
El gasto militar ha crecido más que el gasto sanitario en cada uno de los últimos [tres|cuatro] años.
Desde que empezaron los combates, {num}.000 personas han tenido que abandonar sus casas.
Con el dinero de {project} se podrían construir [dos|tres] hospitales nuevos.
[peace.pct]
El presupuesto militar ha crecido un {pct} en [dos|tres] años.
Según las últimas encuestas, el {pct} de la población se opone a enviar más armas.
[peace.argue]
Las guerras las declaran los gobiernos, las combaten los pobres y las paga todo el mundo.
Cada bomba vendida es un beneficio para alguien y un funeral para otra persona.
Un alto el fuego no es debilidad: es la primera condición de cualquier paz digna de ese nombre.
[peace.we]
Estamos con todas las personas, de todos los bandos, que se niegan a matar o morir por los beneficios de otros.
[peace.call]
Únete a la concentración frente a las oficinas de {company} {weekday}, de siete a ocho de la tarde.
Presenta una moción contra {project} en tu sindicato; podemos enviar a alguien a explicarla.
[peace.quote]
{Opp} lo llama “gasto en defensa”, pero quienes reciben las bombas lo llamarían de otra manera.
Un trabajador de la fábrica nos contó: “Nos dijeron que hacíamos ‘piezas’, y nos enteramos de para qué por las noticias.”
“Ni un euro más para la guerra”, decía la pancarta que abría la manifestación.
[peace.testimony]
Mi abuelo luchó en una guerra y nunca habló de ella. No quiero que mis hijos hereden ese silencio.
Llegué aquí sin nada más que mis hijos. Ahora me entero de que las bombas que cayeron en nuestra calle se fabricaron a pocos kilómetros.
Llevo nueve años en la fábrica. Estoy orgulloso de lo que sabemos hacer, no de adónde va.
[peace.item]
plantas de hospital cerradas por falta de personal
centros juveniles cerrados en toda la ciudad
un presupuesto militar que sube cada año
licencias de exportación concedidas a puerta cerrada
personas refugiadas esperando años en cuarteles
ferias de armamento pagadas con dinero público
[peace.note]
Datos de los Presupuestos Generales, {month} de {year}.
Según el informe anual de {company} de {past}.
[peace.heading.mid]
¿Quién se beneficia de la guerra?
La paz es posible
[peace.demand.key]
Alto el fuego ya
No en nuestro nombre
Ni un euro para la guerra
[peace.demand]
Fin de toda exportación de armas a la zona de guerra
Publicar todas las licencias concedidas desde el inicio de la guerra
Acoger a todas las personas refugiadas en igualdad de condiciones
Recortar el gasto militar, no el sanitario
Reconvertir las fábricas de armas en producción útil
[peace.demand.long]
Cancelar {project} y dedicar ese dinero a los hospitales, las escuelas y las viviendas que llevan más de una década sin fondos suficientes
Una garantía de que la plantilla de {company} conserve su empleo y su salario mientras las fábricas se reconvierten para producir lo que la gente necesita, con los sindicatos en la mesa desde el primer día
[peace.bridge]
Mientras tanto, para la guerra siempre hay dinero.
Y mientras todo lo demás se recorta, el presupuesto de armas no deja de crecer.
[peace.tag]
[paz|antimilitarismo]
[peace.hashtag]
#AltoElFuegoYa
#NoEnNuestroNombre
#NoALaGuerra
[peace.handle]
@foro_paz
@sindicalistas_paz

[solidarity.frame]
target=[nuestra compañera Rosa Galán|Rosa Galán]; tname=Rosa; people=[sus compañeras y compañeros|quienes trabajan con ella]; at_place=en Conservas Ribera; opp=[Conservas Ribera|la dirección]; company=Conservas Ribera; threat=un despido; remedy=[su readmisión|la readmisión inmediata]; org=Comité de empresa de Conservas Ribera; slug=readmision-rosa; hashtag=[#ReadmisiónParaRosa|#JusticiaParaRosa]
target=la familia Haddad; tname=[la familia Haddad|los Haddad]; people=[sus vecinos|las familias de nuestra calle]; at_place=en nuestro barrio; opp=la oficina de extranjería; company=la oficina de extranjería; threat=una orden de expulsión; remedy=[el permiso de residencia|el derecho a quedarse]; org=Amigas y amigos de la familia Haddad; slug=familia-haddad; hashtag=[#LosHaddadSeQuedan|#PapelesParaTodas]
[solidarity.title]
Justicia para {tname}
Con {tname}, sin dudarlo
Si tocan a una, nos tocan a todas
“Un procedimiento rutinario”: el caso de {target}
[solidarity.title.short]
Solidaridad siempre
[solidarity.title.long]
Por qué estamos con {target} y por qué esto nos importa a todas
[solidarity.subtitle]
Llamamiento a la solidaridad
[solidarity.lead]
{Target} se enfrenta a {threat}, y pedimos a todas las personas que lean esto que nos ayuden a impedirlo.
En {month}, {target} recibió una carta que le cambió la vida: {threat}, tras una decisión tomada sin ninguna audiencia digna de ese nombre.
Este es un comunicado de solidaridad con {target}, que [no ha hecho nada malo|merece algo mejor que esto].
[solidarity.they]
{People} han reunido más de {num} firmas en [quince días|tres semanas].
Todo el mundo que conoce a {target} dice lo mismo: esta decisión no tiene sentido.
{People} han llenado las reuniones, han escrito cartas y se han turnado para que nadie tenga que pasar por esto en soledad.
Lo que piden {people} es sencillo: {remedy} y una disculpa.
{People} han escrito más de [cuarenta|cincuenta] cartas a {opp} y han recibido dos respuestas.
[solidarity.opp]
{Opp} se ha negado a explicar su decisión por escrito.
{Opp} ha tratado a {target} como un número de expediente y no como parte de una comunidad.
{Opp} podría revocar la decisión mañana mismo, y no perdería nada salvo su orgullo.
{Opp} parece creer que, si espera lo suficiente, la gente olvidará; se equivoca.
{Opp} ha rechazado todas las peticiones de reunión.
[solidarity.fact]
Más de {num} personas acudieron a la primera reunión pública.
La decisión se tomó en menos de [diez|doce] días, tras un proceso que normalmente dura meses.
Han firmado la petición personas de más de [veinte|treinta] localidades.
[solidarity.pct]
Decisiones como esta se anulan en el {pct} de los recursos, lo que dice mucho de cómo se toman.
El {pct} de las personas con las que hablamos en la calle firmó la petición en el acto.
[solidarity.argue]
Si tocan a una, nos tocan a todas, y no es un lema cuando te toca a ti.
Si le puede pasar a {target}, nos puede pasar a cualquiera.
La solidaridad no es caridad: es saber que nuestros destinos están unidos.
[solidarity.we]
No dejaremos que nadie pase por esto en soledad.
[solidarity.call]
Escribid a {opp} y pedid que se revoque la decisión; una carta breve con vuestras propias palabras es lo mejor.
Venid a la próxima reunión pública y traed a alguien que no haya venido nunca.
[solidarity.quote]
{Opp} califica la decisión de “rutinaria”, pero para {target} no tiene nada de rutinario.
En la reunión, {name} dijo: “No paran de decirnos que es ‘una cuestión de procedimiento’, como si al otro lado del procedimiento no hubiera nadie.”
“No sin pelear”, decía la pancarta que presidía la sala.
[solidarity.testimony]
Nos conocemos desde hace años. Cuando mi marido estuvo en el hospital, nos trajeron la cena cada noche. Ahora nos toca a nosotras.
No entiendo cómo puede tomar una decisión así gente que nunca ha visto a la persona afectada.
Cualquiera de aquí haría lo mismo por cualquiera de nosotros. Eso es la solidaridad.
[solidarity.item]
cartas que no responden a ninguna pregunta
reuniones canceladas en el último momento
ninguna posibilidad de responder a las acusaciones
una decisión tomada a puerta cerrada
meses de espera sin una sola palabra
presiones a quien se atreve a hablar
[solidarity.note]
Firmas contadas en la reunión pública de {month} de {year}.
La carta con la decisión está fechada en {month} de {year} y ocupa una sola página.
[solidarity.heading.mid]
Por qué nos importa a todas
Lo que ha pasado hasta ahora
[solidarity.demand.key]
Justicia para {tname}
Revocad la decisión
{Remedy} ya
[solidarity.demand]
Revocar la decisión y pedir disculpas
{Remedy}, sin condiciones
Una audiencia justa, con representación
Ninguna represalia contra quienes han alzado la voz
Publicar íntegros los motivos de la decisión
[solidarity.demand.long]
Una revisión completa e independiente de todas las decisiones de este tipo tomadas en los últimos tres años, escuchando a las personas afectadas y publicando las conclusiones
Protección para cualquier persona que se organice, hable o firme una petición, recogida por escrito y respetada, para que nadie más tenga que pasar por lo que ha pasado {target}
[solidarity.bridge]
También queremos decir unas palabras sobre {target}.
Por eso estamos con {target}.
[solidarity.tag]
[solidaridad|justicia]
[solidarity.handle]
@justicia_ya
@red_solidaria
"""

_DE = r"""
[*.month]
Januar Februar März April Mai Juni Juli August September Oktober November Dezember
[*.date]
{d}. {month} {y}
[*.weekday]
am Samstag
am Sonntag
am Montag
am Mittwoch
am Freitag
[*.name]
[Jonas|Katrin|Mehmet|Lena|Dariusz|Birgit|Yusuf|Jörg|Sevgi|Anke]
[*.place]
[Leipzig|Bochum|Kassel|Bremen|Freiburg|Chemnitz|Nürnberg|Göttingen]
[*.money]
{k}.000 Euro
[*.millions]
{k} Millionen Euro

[*.short]
Das ist kein Gefallen.
Das Geld ist da.
Wir warten nicht länger.
Es reicht!
So darf niemand leben müssen.
Es geht, wenn man will.
Wir gehen nicht weg.
Schweigen ist nicht neutral.
Wer zahlt die Rechnung?
Hier geht es nicht um Zahlen.
Wir haben lange genug gewartet.
Das muss sich ändern.
Nichts über uns ohne uns.
Die Antwort ist nein.
[*.argue]
Alles, was arbeitende Menschen je erreicht haben, haben sie erreicht, weil sie sich organisiert haben, nicht weil jemand da oben großzügig war.
Wenn {opp} sagt, es sei kein Geld da, müssen wir fragen, wohin das Geld geflossen ist.
Die Menschen, die die Arbeit machen, wissen, was nötig ist; gefehlt hat bisher nur der Wille, ihnen zuzuhören.
Es ist immer dieselbe Geschichte: Die Gewinne werden privatisiert, die Kosten tragen alle anderen.
Ein Versprechen ohne Datum ist kein Versprechen, und eine Beteiligung, die das Ergebnis ignoriert, ist keine Beteiligung.
Wir haben jede Ausrede schon gehört, und keine einzige hat [ein Problem gelöst|jemandem die Miete bezahlt].
Nichts davon ist Zufall: Es sind Entscheidungen, die in Büros getroffen werden, weit weg von denen, die mit den Folgen leben müssen.
Die Frage ist nicht, ob Veränderung möglich ist, sondern wer sie bezahlt.
Glaubt wirklich jemand, dass sich das von selbst erledigt?
Es ist nichts Radikales daran, ein [würdiges|sicheres] Leben zu wollen, und nichts Gemäßigtes daran, die Verhältnisse zu verteidigen, wie sie sind.
Niemand verlangt den Mond; wir verlangen das Nötigste, das uns versprochen wurde.
Eine anständige Gesellschaft misst sich daran, wie sie mit denen umgeht, die am wenigsten Macht haben.
Nicht fehlendes Geld hält die Verhältnisse fest, sondern fehlender Wille an der Spitze.
Wenn Menschen sich organisieren, wird das Unmögliche erstaunlich oft zum Selbstverständlichen.
Jedes Mal, wenn man uns gesagt hat, wir sollten warten, haben wir das Warten bezahlt.
Würde ist keine Belohnung für gutes Benehmen; sie steht allen zu.
Die da oben haben noch nie etwas hergegeben, ohne dazu gedrängt zu werden.
Wenn Geld für Steuersenkungen bei den Reichsten da ist, dann ist auch Geld dafür da.
Geduld ist eine Tugend, aber nicht, wenn man sie nur von denen verlangt, die am wenigsten haben.
Was uns als gesunder Menschenverstand verkauft wird, ist meistens das Interesse von jemandem, verkleidet als Naturgesetz.
Die Wahl ist nicht die zwischen vernünftig und radikal, sondern die zwischen Handeln und Warten.
[*.opp]
{Opp} hatte [Monate|jede Gelegenheit], das in Ordnung zu bringen, und hat sich dagegen entschieden.
Bisher hat {opp} auf jeden Brief mit einer Pressemitteilung geantwortet.
{Opp} behauptet, zuzuhören, hat aber keine einzige Entscheidung geändert.
Statt mit uns zu reden, hat {opp} [eine Beratungsfirma|eine Anwaltskanzlei|eine PR-Agentur] beauftragt.
{Opp} zieht Pressemitteilungen Gesprächen vor und Versprechen den Plänen.
Jeden Monat, den {opp} verstreichen lässt, zahlt jemand anderes den Preis dafür.
{Opp} verspricht eine Antwort [für nächsten Monat|für nach dem Sommer|für das neue Jahr], solange sich irgendjemand erinnern kann.
[*.we]
Wir bitten nicht um Almosen, wir fordern, was uns zusteht.
Wir machen weiter, bis [unsere Forderungen erfüllt sind|wir gewinnen].
Wir wissen, dass niemand allein gewinnt, und deshalb schreiben wir euch.
Unsere Mitgliederversammlung hat [einstimmig|mit großer Mehrheit] beschlossen, diese Kampagne zu unterstützen.
Wir sind stolz auf das, was bisher erreicht wurde, und wissen genau, wie viel noch zu tun ist.
Wir behaupten nicht, für alle zu sprechen, aber wir sprechen für mehr Menschen, als den Verantwortlichen lieb ist.
Man hat uns gefragt, ob wir zu Kompromissen bereit sind; wir sind bereit zu gewinnen.
Wir treffen uns jede Woche im Hinterzimmer eines Cafés, und jede Woche werden wir mehr.
Wir werden weiter schreiben, uns treffen und auf die Straße gehen, so lange es nötig ist.
[*.context]
Die Preise im Supermarkt steigen Monat für Monat, während Löhne und Renten immer weiter zurückbleiben.
Seit mehr als zehn Jahren hören wir, dass wir den Gürtel enger schnallen sollen, und jedes Jahr wird er enger.
Wer diese Entscheidungen trifft, nutzt die Dienste, die gekürzt werden, so gut wie nie.
Öffentliche Daseinsvorsorge wurde von Menschen aufgebaut, die entschieden hatten, dass manches zu wichtig ist, um es dem Markt zu überlassen.
Wer uns Geduld predigt, muss selten selbst warten.
Jedes Recht, das wir heute haben, vom Wochenende bis zum Wahlrecht, galt einmal als unrealistisch.
Was hier geschieht, ist Teil von etwas Größerem, und in anderen Städten schaut man genau hin.
Die Zahlen sind kein Geheimnis; es fehlt nur jemand mit Verantwortung, der danach handelt.
Wir haben dieses Muster schon oft gesehen, und wir wissen, dass es sich nur ändert, wenn Menschen zusammenhalten.
Es wird viel über Gerechtigkeit geredet und sehr wenig dafür getan.
Nicht die einfachen Leute haben diese Krise verursacht, aber sie sollen immer als Erste dafür bezahlen.
Hinter jeder Zahl in dieser Erklärung stehen ein Haushalt und ein Name.
Im ganzen Land stellen sich Menschen dieselben Fragen wie wir.
Die letzten Jahre haben gezeigt, wie schnell Geld da ist, wenn die Mächtigen es wollen.
Der Abstand zwischen den Reichsten und allen anderen war zu unseren Lebzeiten noch nie so groß.
Lokalzeitungen, Gewerkschaftsgruppen und Nachbarschaftsinitiativen berichten alle dasselbe.
Die meisten Menschen, die von diesen Entscheidungen betroffen sind, wurden nie gefragt.
Vor einer Generation war vieles von dem, was wir fordern, selbstverständlich.
Wer vom gegenwärtigen Zustand profitiert, hat jeden Grund zu behaupten, dass sich nichts ändern kann.
In den letzten zehn Jahren ist fast alles, was wirklich zählt, schneller teurer geworden, als die Löhne derer gestiegen sind, die es brauchen.
Jede Kürzung wurde als vorübergehend bezeichnet, und kaum eine wurde zurückgenommen.
Viele, mit denen wir sprechen, waren noch nie auf einer Versammlung, und jetzt kommen sie immer wieder.
Die Krise war nicht für alle gleich: Manche haben sehr gut an ihr verdient.
Es ist normal geworden, Vollzeit zu arbeiten und trotzdem nicht über die Runden zu kommen.
[*.call]
Wir bitten jede Betriebsgruppe, jede Nachbarschaftsinitiative und alle Nachbarinnen und Nachbarn, eine Solidaritätserklärung zu schicken.
Kommt {weekday} um [zehn|elf] Uhr vor das Rathaus in {place}.
Teilt diese Erklärung, [hängt sie im Betrieb auf|druckt sie für das Schwarze Brett aus|lest sie auf eurem nächsten Treffen vor] und redet darüber mit den Menschen um euch herum.
Jede Spende für den Solidaritätsfonds, egal wie klein, hilft uns durchzuhalten.
Ladet uns zu eurem [Treffen|Plenum|Gewerkschaftsabend] ein: Wir kommen.
Wer eine Stunde pro Woche übrig hat, wird gebraucht.
[*.list_intro]
Fragt irgendwen {at_place}, und ihr hört dieselbe Liste:
Allein im letzten Jahr haben wir [erlebt|dokumentiert]:
So sieht das in der Praxis aus:
[*.bq_intro]
{Name} hat es auf der letzten Versammlung so gesagt:
Auf einer vollen Versammlung in {place} sagte {name}:
So hat {name} es uns beschrieben:
[*.heading.early]
Worum es geht
Wie es so weit kam
[*.heading.mid]
Warum das alle angeht
Wem das nützt
[*.heading.late]
Was wir fordern
Was ihr tun könnt
[*.hashtag_s]
{hashtag} ist mehr als ein Slogan.
{hashtag} – das stand {weekday} auf den Transparenten, und genau so meinen wir es.
{hashtag} war am selben Abend in den Trends, aber Unterstützung im Netz ist erst der Anfang.
[*.hashtag_in]
Teilt eure Fotos unter {hashtag} und erzählt, warum ihr gekommen seid.
Tausende haben schon unter {hashtag} gepostet.
Wer nicht kommen kann, postet ein Foto vom eigenen Schild mit {hashtag} und markiert jemanden.
[*.handle_s]
Folgt {handle} für aktuelle Infos und markiert {handle2}, wenn ihr das teilt.
Solidaritätsbotschaften gehen an {handle}; wir lesen jede einzelne auf unseren Treffen vor.
Ihr findet uns als {handle} auf den meisten Plattformen.
[*.url_s]
Den vollständigen Bericht gibt es unter {url}.
Unterschreibt die Petition unter {url} und bittet drei Freundinnen oder Freunde, dasselbe zu tun.
Alles, was wir veröffentlicht haben, auch die Protokolle, steht online ({url}).
Spenden könnt ihr unter <{url}>; jeder Euro geht in den Solidaritätsfonds.
Lest [die Belege, die wir gesammelt haben]({url}), und urteilt selbst.
[*.long]
Die Arbeitszeitverkürzung bei vollem Lohnausgleich ist keine Utopie, sondern eine Frage der Kräfteverhältnisse.
Wer über Diskriminierungserfahrungen am Arbeitsplatz spricht, wird viel zu oft als Unruhestifterin abgestempelt.
Hinter dem Gerede von Flexibilität steckt die Deindustrialisierung ganzer Regionen.
Die Gewerkschaftsvertreterinnen haben die Verhandlungsbereitschaft der Gegenseite oft genug auf die Probe gestellt.
[*.hyphen]
Das ist ein lang- fristiges Problem - und es braucht eine langfristige Antwort.
Niemand hat das beschlossen - nicht wir, nicht unsere Nachbarschaft, niemand, den wir kennen.
Die sogenannte Bürgerbeteiligung dauerte zwei Wochen - im August.
Wir lassen uns nicht spalten - weder durch Drohungen noch durch Versprechen.
Es geht um Miet- erhöhungen, Kürzungen und Arbeitsverdichtung - alles auf einmal.
[*.quote]
{Opp} nennt das “[Modernisierung|eine schwierige Entscheidung|Effizienz]”; wir nennen es beim Namen.
Man hat uns gesagt, wir sollten “realistisch” sein, als ob die Verantwortlichen für dieses Chaos jemals bei etwas anderem realistisch gewesen wären als bei ihren eigenen Gehältern.
Auf die Frage, wann, hieß es “bald”; einen Monat später fragten wir wieder, und wieder hieß es “bald”.
“Wir machen keine Politik”, sagt {opp} gern, dabei ist jede ihrer Entscheidungen politisch.
[*.signoff]
— {org}, {date}
— {org}, {place}, {date}
Solidarische Grüße\n{org}
Mit solidarischen Grüßen  \n{org}
[*.subtitle]
Beschlossen auf unserer Mitgliederversammlung am {date}
Einstimmig verabschiedet am {date}

[union.frame]
people=[die Reinigungskräfte im Klinikum|die Beschäftigten der Reinigung]; people_dat=[den Reinigungskräften im Klinikum|den Beschäftigten der Reinigung]; at_place=im Klinikum Nord; opp=[die Geschäftsführung|die Firmenleitung]; opp_dat=[der Geschäftsführung|der Firmenleitung]; company=Blankwerk Service; org=Betriebsgruppe Reinigung Klinikum Nord; slug=streik-reinigung; hashtag=[#StreikSolidarität|#ZahltEndlich]
people=[die Beschäftigten im Lager|die Kolleginnen und Kollegen im Lager]; people_dat=[den Beschäftigten im Lager|den Kolleginnen und Kollegen im Lager]; at_place=im Logistikzentrum Süd; opp=die Geschäftsführung; opp_dat=der Geschäftsführung; company=Nordstern Logistik; org=Vertrauensleute Nordstern Logistik; slug=streik-logistik; hashtag=[#NordsternStreikt|#ZahltEndlich]
[union.title]
{People} haben recht
Zahlt, was ihr schuldet
Volle Solidarität mit dem Streik
Outsourcing: die wahren Kosten
“Systemrelevant” heißt auch: gut bezahlt
[union.title.short]
Zahlt endlich!
[union.title.long]
Warum wir {people} in ihrem Kampf um gerechten Lohn unterstützen
[union.subtitle]
Solidaritätserklärung zum Streik {at_place}
[union.lead]
Seit [drei|fünf|sieben] Wochen streiken {people}.
{People} haben {weekday} die Arbeit niedergelegt, und sie gehen erst zurück, wenn {company} zahlt, was sie schuldet.
Im {month} haben {people} mit großer Mehrheit für den Streik gestimmt.
Wir erklären uns solidarisch mit {people_dat}, die seit {month} für [einen Lohn zum Leben|planbare Arbeitszeiten|eine faire Eingruppierung] kämpfen.
[union.they]
Sie verlangen nicht viel: pünktliche Löhne, planbare Schichten und Respekt statt Schikane.
Viele von ihnen haben zwei Jobs, und etliche arbeiten schon {at_place}, seit es den Vertrag überhaupt gibt.
Ohne sie würde {at_place} nach einem Tag nichts mehr funktionieren.
Sie waren jahrelang geduldig, und die Geduld hat ihnen nichts gebracht.
Viele von ihnen sind Frauen, viele sind Migrantinnen und Migranten, und fast alle bekommen den Mindestlohn.
[union.opp]
{Opp} schuldet ihnen Löhne für [zwei|drei] Monate und hat stattdessen [eine Einmalzahlung|einen Einkaufsgutschein|eine Entschuldigung] angeboten.
{Opp} hat damit gedroht, Leiharbeitskräfte als Streikbrecher einzusetzen, was unzulässig ist.
Im vergangenen Jahr hat {company} {money} an die Eigentümer ausgeschüttet, aber eine Lohnerhöhung soll nicht drin sein.
{Opp} hat sich geweigert, mit der Gewerkschaft zu reden, bis der Streik angekündigt war; jetzt will sie reden, aber nur darüber, wie er endet.
{Opp} hat kein schriftliches Angebot gemacht, sondern nur angedeutet, dass etwas möglich wäre, wenn der Streik abgesagt wird.
[union.fact]
Der Auftrag ist {money} im Monat wert.
{num} Beschäftigte haben die Petition in den ersten [drei|vier] Tagen unterschrieben.
Der Krankenstand {at_place} hat sich seit Vertragsbeginn verdoppelt.
[union.pct]
Die Reallöhne sind seit Vertragsbeginn um {pct} gesunken.
{pct} der Belegschaft haben an der Urabstimmung teilgenommen, und fast alle haben mit Ja gestimmt.
[union.argue]
Ein Streik ist nie die erste Wahl; er ist das, was Beschäftigte tun, wenn ihnen jede andere Tür verschlossen wurde.
Wenn {company} Geld für [Beratungsfirmen|Boni|Dividenden] hat, dann hat sie auch Geld für die Menschen, die die Arbeit machen.
Outsourcing wurde als Sparmaßnahme verkauft; in Wirklichkeit war es ein Weg, Menschen schlechter zu bezahlen und niemandem Rechenschaft zu schulden.
[union.we]
Wir stehen jeden Morgen mit am Streikposten, und wir werden auch {weekday} da sein.
[union.call]
Besucht den Streikposten {at_place}; ein Kaffee und ein paar Minuten eurer Zeit bedeuten mehr, als ihr denkt.
Spendet für die Streikkasse: Jeder Streiktag kostet die Beschäftigten einen Tageslohn.
[union.quote]
{Opp} nennt die Arbeit “einfache Tätigkeit”, was niemand sagen würde, der sie je gemacht hat.
Eine Kollegin hat es so gesagt: “Die reden immer von ‘nächstem Monat’, aber wie's aussieht, kommt der nie.”
“Für einen Gutschein gehen wir nicht zurück”, sagte {name} am ersten Streikmorgen.
[union.testimony]
Ich arbeite hier seit elf Jahren, und ich bin kein einziges Mal pünktlich bezahlt worden.
Als mein Sohn krank war, habe ich eine Woche Lohn verloren, und niemand von der Firma hat auch nur gefragt, wie es ihm geht.
Wir sind nicht das Problem. Wir sind der Grund, warum der Laden überhaupt noch läuft.
[union.item]
Löhne, die [zwei|drei] Monate hintereinander zu spät kommen
Schichtpläne, die einen Tag vorher geändert werden
Druck, trotz Krankheit zur Arbeit zu kommen
Leiharbeitskräfte, die für dieselbe Arbeit weniger bekommen
Vorgesetzte, die auf Beschwerden mit Drohungen reagieren
kaputte Arbeitsgeräte, die nie ersetzt werden
[union.note]
Zahlen aus der Befragung der Betriebsgruppe unter {num} Beschäftigten, {month} {year}.
Die Vertragsunterlagen wurden nach einer Anfrage nach dem Informationsfreiheitsgesetz herausgegeben.
[union.heading.mid]
Warum gestreikt wird
Wer am Auftrag verdient
[union.demand.key]
Zahlt, was ihr schuldet
Tarifvertrag jetzt
Zurück in öffentliche Hand
[union.demand]
Volle Nachzahlung aller ausstehenden Löhne bis Monatsende
Schichtpläne mindestens vier Wochen im Voraus
Keine Maßregelung von Streikenden
Anerkennung der Gewerkschaft und Verhandlungen auf Augenhöhe
Gleicher Lohn für Leiharbeitskräfte bei gleicher Arbeit
[union.demand.long]
Keine Verlängerung des Vertrags mit {company}, sondern die Übernahme aller Beschäftigten in den öffentlichen Dienst zu denselben Bedingungen wie die Kolleginnen und Kollegen, neben denen sie jeden Tag arbeiten
Eine Arbeitszeitverkürzung bei vollem Lohnausgleich und eine garantierte Mindeststundenzahl für alle, die sie wollen, ohne Schichtänderungen gegen den Willen der Beschäftigten
[union.bridge]
Dieselbe Logik herrscht in unseren Betrieben.
Genau das erleben auch {people}.
[union.tag]
[streik|löhne|outsourcing]
[union.handle]
@betriebsgruppe_nord
@streik_soli

[tenants.frame]
people=[die Mieterinnen und Mieter|die Bewohnerinnen und Bewohner]; people_dat=[den Mieterinnen und Mietern|den Bewohnerinnen und Bewohnern]; at_place=in der Lindenhof-Siedlung; opp=[die Wohnungsgesellschaft|die Hausverwaltung]; opp_dat=[der Wohnungsgesellschaft|der Hausverwaltung]; company=Fortuna Wohnen; org=Mieterinitiative Lindenhof; slug=lindenhof-mieten; hashtag=[#Mietenstopp|#ErstReparieren]
people=[die Mieterinnen und Mieter|die Menschen in den Häusern]; people_dat=[den Mieterinnen und Mietern|den Menschen in den Häusern]; at_place=in der Gartenstraße; opp=[die Vermieterin|die Eigentümergesellschaft]; opp_dat=[der Vermieterin|der Eigentümergesellschaft]; company=Rheinhaus Immobilien; org=Mieterinitiative Gartenstraße; slug=gartenstrasse; hashtag=[#WohnenIstMenschenrecht|#ErstReparieren]
[tenants.title]
Mieterhöhung stoppen, sofort
Erst reparieren, dann kassieren
Finger weg von unseren Wohnungen
Schimmel, Feuchtigkeit und eine Mieterhöhung: Es reicht
“Ist in Planung” ist kein Reparaturtermin
[tenants.title.short]
Mietenstopp jetzt
[tenants.title.long]
Warum niemand {at_place} die diesjährige Mieterhöhung zahlen sollte, solange die Reparaturen nicht erledigt sind
[tenants.subtitle]
Eine Erklärung an alle, die {at_place} wohnen
[tenants.lead]
Seit {month} zahlen {people} {at_place} ihre Miete auf ein Treuhandkonto statt an {company}.
Diesen Winter haben {people} {at_place} schon im [dritten|vierten] Jahr in Folge mit feuchten Wänden, kaputten Aufzügen und einer Heizung gelebt, die ausfällt, wenn man sie am dringendsten braucht.
{Company} hat {people_dat} {at_place} mitgeteilt, dass die Miete im April erneut steigt, und zwar viel stärker als jeder Lohn.
[tenants.they]
Sie haben diesen Schritt nicht leichtfertig getan.
Viele wohnen seit zwanzig Jahren oder länger hier und haben zugesehen, wie die Reparaturen immer langsamer und die Briefe immer länger wurden.
Sie haben jeden Wasserschaden, jedes kaputte Schloss und jeden Schimmelfleck gemeldet und von jeder Meldung eine Kopie behalten.
Sie weigern sich nicht zu zahlen; sie weigern sich, für eine Leistung zu zahlen, die sie nicht bekommen.
Unter ihnen sind Rentnerinnen, Schichtarbeiter und Familien, deren Kinder in Zimmern mit nassen Wänden schlafen.
Manche wohnen hier, seit die Häuser gebaut wurden, und erinnern sich an Zeiten, in denen eine Reparatur eine Woche dauerte und nicht ein Jahr.
[tenants.opp]
{Opp} nennt den Mietstreik rechtswidrig, aber niemand behält Geld ein: Es liegt auf einem Treuhandkonto und wird an dem Tag ausgezahlt, an dem die Arbeiten erledigt sind.
{Opp} hat für Anwaltsschreiben mehr ausgegeben, als die Reparaturen kosten würden.
{Opp} behauptet, die Arbeiten seien eingeplant, aber den Zeitplan hat noch niemand gesehen.
Jedes Mal, wenn sich die Nachbarschaft organisiert, verspricht {opp} eine Überprüfung, und jede Überprüfung endet mit der nächsten Mieterhöhung.
{Opp} hat in den letzten fünf Jahren [zwei|drei] Häuser verkauft und behauptet, sich keine neue Heizungsanlage leisten zu können.
[tenants.fact]
Von {num} [untersuchten|von der Mieterschaft selbst begutachteten] Wohnungen hatten {part} Feuchtigkeit oder Schimmel.
Der Vorstand von {company} hat im letzten Jahr {money} verdient.
Der Reparaturstau ist fünf Jahre hintereinander gewachsen.
[tenants.pct]
Die Mieten {at_place} sind in vier Jahren um {pct} gestiegen, während die Löhne kaum gewachsen sind.
{pct} der Haushalte geben inzwischen mehr als die Hälfte ihres Einkommens für die Miete aus.
[tenants.argue]
Eine Wohnung mit schwarzem Schimmel an der Schlafzimmerwand ist kein Zuhause, egal was im Mietvertrag steht.
Wohnen ist ein Grundrecht und kein Geschäftsmodell, bei dem fremde Mieten zu Rendite werden.
Wenn eine Vermieterin nicht repariert, haben Mieterinnen und Mieter nur die Macht, die sie gemeinsam ausüben.
[tenants.we]
Wir haben an jeder Tür {at_place} geklingelt, und die Antwort war fast überall dieselbe.
[tenants.call]
Kommt {weekday} um zehn Uhr zur Kundgebung vor dem Büro von {company}.
Wenn ihr irgendwo in {place} bei {company} zur Miete wohnt, meldet euch: Ihr seid nicht allein.
[tenants.quote]
{Opp} sagt, die Reparaturen seien “in Arbeit”, nur hat noch niemand einen Handwerker gesehen.
Eine Mieterin erzählte uns: “Als ich den Schimmel gemeldet habe, hieß es, das liege an meinem ‘Lüftungsverhalten’, als hätten wir uns das ausgesucht.”
“Wir ziehen hier nicht weg”, sagte {name} auf der letzten Versammlung, “und der Schimmel leider auch nicht.”
[tenants.testimony]
Ich habe drei Kinder, und eins hat Asthma. Jeden Morgen wische ich die Fenster trocken, und jede Nacht kommt das Wasser zurück.
Ich zahle seit neunzehn Jahren pünktlich meine Miete. Ich habe nie um mehr gebeten als um eine Heizung, die funktioniert.
Wenn der Aufzug kaputt ist, kann ich meine Mutter nicht aus der Wohnung bringen. Das ist kein Reparaturproblem, das ist ein Gefängnis.
[tenants.item]
Aufzüge, die wochenlang stillstehen
schwarzer Schimmel in Schlafzimmern und hinter Schränken
eine Heizung, die jeden Januar ausfällt
Reparaturmeldungen, die geschlossen werden, ohne dass jemand kommt
Nebenkosten, die jedes Jahr steigen
Kündigungsdrohungen wegen einer einzigen verspäteten Zahlung
[tenants.note]
Eigene Umfrage der Mieterinitiative in {num} Wohnungen, {month} {year}.
Zahlen aus dem veröffentlichten Jahresabschluss von {company}.
[tenants.heading.mid]
Wer an der Miete verdient
Was die Mieterinnen herausgefunden haben
[tenants.demand.key]
Erst reparieren, dann kassieren
Keine Räumungen
Mieten einfrieren
[tenants.demand]
Ein Gutachten für jede Wohnung, offengelegt für die Mieterschaft
Ein verbindlicher Reparaturplan mit Terminen, zuerst Heizung und Feuchtigkeit
Keine Kündigungen und keine Mahngebühren für Streikende
Anerkennung der Mieterinitiative und monatliche Treffen mit ihr
Rücknahme der diesjährigen Mieterhöhung
[tenants.demand.long]
Öffentliches Geld, öffentliche Kontrolle: Alle Wohnungen von {company} in {place} gehören in kommunale Hand, mit Mieterinnen und Mietern im Aufsichtsrat
Eine gesetzliche Garantie, dass niemandem, der eine Reparatur gemeldet hat, im folgenden Jahr gekündigt, mit Kündigung gedroht oder die Reparatur in Rechnung gestellt werden kann
[tenants.bridge]
Dasselbe geschieht mit unseren Wohnungen.
Wer auf den Wohnungsmarkt schaut, sieht dasselbe Muster.
[tenants.tag]
[wohnen|miete]
[tenants.handle]
@mieterini_lindenhof
@gartenstrasse_bleibt

[climate.frame]
people=[die Menschen in {place}|die Anwohnerinnen und Anwohner]; people_dat=[den Menschen in {place}|den Anwohnerinnen und Anwohnern]; at_place=in {place}; opp=die Landesregierung; opp_dat=der Landesregierung; company=Airport Holding Nord; project=[die Flughafenerweiterung|die neue Startbahn]; org=Klimabündnis {place}; slug=flughafen-nein; hashtag=[#AlleFürsKlima|#KeineNeueStartbahn]
people=[die Menschen im Tal|die Anwohnerinnen und Anwohner]; people_dat=[den Menschen im Tal|den Anwohnerinnen und Anwohnern]; at_place=im Tal; opp=[die Kreisverwaltung|die Verwaltung des Landkreises]; opp_dat=[der Kreisverwaltung|der Verwaltung des Landkreises]; company=Rheintal Energie; project=[die Tagebauerweiterung|die Erweiterung des Tagebaus]; org=Bürgerinitiative Tal bleibt; slug=tagebau-stoppen; hashtag=[#AlleFürsKlima|#TagebauStoppen]
[climate.title]
Stoppt {project}!
Klimagerechtigkeit beginnt vor der Haustür
{Project}: der falsche Plan zur falschen Zeit
Saubere Luft ist kein Luxus
“Grünes Wachstum”? So nicht
[climate.title.short]
Nicht hier!
[climate.title.long]
Wir schauen nicht länger tatenlos zu, wie {opp} unsere Zukunft verkauft
[climate.subtitle]
Unsere Einwendungen gegen {project}
[climate.lead]
{Weekday} entscheidet {opp} über {project}, und wenn sie kommt, bindet sie {place} für Jahrzehnte an steigende Emissionen.
{Project} wird als Fortschritt verkauft, aber für {people} bedeutet sie mehr Lärm, schlechtere Luft und eine höhere Rechnung für eine Krise, in der wir längst stecken.
Letzten Sommer ist der Fluss zweimal über die Ufer getreten; diesen Winter will {opp} {project} genehmigen.
[climate.they]
Sie sind nicht gegen Arbeitsplätze; sie sind dagegen, dass man ihnen erzählt, die einzigen Jobs seien die, die die Überschwemmungen schlimmer machen.
Viele waren bei jeder Bürgerbeteiligung, und viele glauben inzwischen nicht mehr, dass irgendjemand zugehört hat.
Sie atmen schon jetzt die schmutzigste Luft der Region.
Sie haben recherchiert, Einwendungen geschrieben und an Türen geklingelt, und das alles in ihrer Freizeit.
Eltern {at_place} lassen ihre Kinder an den schlimmsten Tagen nicht mehr vor die Tür.
[climate.opp]
{Opp} hat vor [drei|vier] Jahren den Klimanotstand ausgerufen und seitdem fast jedes klimaschädliche Vorhaben genehmigt, das ihr vorgelegt wurde.
{Opp} sagt, die Entscheidung liege nicht in ihrer Hand, aber sie ist es, die die Genehmigung unterschreibt.
{Opp} hat sich dieses Jahr [elfmal|vierzehnmal] mit {company} getroffen und ein einziges Mal mit den Bürgerinitiativen.
{Opp} redet von Abwägung, als müsse man einen bewohnbaren Planeten gegen einen Quartalsgewinn abwägen.
{Opp} hat keine einzige Zahl dazu veröffentlicht, wie {project} zu ihren eigenen Klimazielen passt.
[climate.fact]
{Project} würde jedes Jahr rund {num}.000 Tonnen CO2 zusätzlich verursachen.
{Company} hat im letzten Jahr {millions} Gewinn gemacht, das meiste davon ging an die Aktionäre.
Die Buslinien in den ärmsten Vierteln wurden seit {past} [zweimal|dreimal] gekürzt.
Die Schäden des letzten Hochwassers zu beseitigen, hat [acht|zehn] Monate gedauert.
[climate.pct]
Die Emissionen des Verkehrs sind seit der Ausrufung des Klimanotstands um {pct} gestiegen.
{pct} der Einwendungen im Beteiligungsverfahren lehnten das Vorhaben ab.
[climate.argue]
Auf einem toten Planeten gibt es keine Arbeitsplätze, und Klima- und Sozialpolitik gehören zusammen.
Die billigste Tonne CO2 ist die, die nie ausgestoßen wird.
Wer am wenigsten zu dieser Krise beigetragen hat, bezahlt schon jetzt am meisten dafür.
Ein Klimaschutzprogramm ohne Verkehrswende und ohne sozialen Ausgleich verdient seinen Namen nicht.
[climate.we]
Wir haben [Hunderte|mehr als {part}] Einwendungen eingereicht, und wir werden auf der Besuchertribüne sitzen, wenn abgestimmt wird.
[climate.call]
Kommt {weekday} zur Ratssitzung und füllt die Besuchertribüne.
Schreibt diese Woche eurer Abgeordneten oder eurem Abgeordneten, in euren eigenen Worten: Das dauert zehn Minuten, und es zählt.
[climate.quote]
{Opp} nennt {project} “grünes Wachstum”, was ungefähr so ist, als würde man ein Lagerfeuer “nachhaltige Heizung” nennen.
Eine Anwohnerin hat es auf den Punkt gebracht: “Die sagen ‘klimaneutral’ und meinen ‘irgendwann’.”
“Wir sind keine Fachleute”, sagte {name} auf der Bürgerversammlung, “aber eine Hochwasserkarte können wir lesen.”
[climate.testimony]
Mein Haus ist in sechs Jahren zweimal vollgelaufen. Die Versicherung nimmt uns nicht mehr, und die Stadt sagt, wir sollen Sandsäcke kaufen.
Ich fahre jeden Tag mit dem Bus zur Arbeit. Seit den Kürzungen dauert eine Fahrt von zwanzig Minuten eine Stunde, und das nennt man dann Fortschritt.
Ich bin dreiundsiebzig. Das Schlimmste werde ich nicht mehr erleben, aber meine Enkelkinder schon, und ich will ihnen in die Augen sehen können.
[climate.item]
gekürzte Buslinien, während Straßen verbreitert werden
Hochwasserwarnungen jeden Winter und kein neuer Deich
Luftverschmutzung über dem Grenzwert vor [drei|vier] Grundschulen
öffentliche Flächen, die für Parkhäuser verkauft werden
ein Klimaplan ohne Fristen und ohne Geld
Bürgerbeteiligung während der Arbeitszeit in einem Gebäude ohne barrierefreien Zugang
[climate.note]
Schätzung aus dem Umweltbericht des Vorhabenträgers selbst, Seite {part}.
Protokoll der Ratssitzung, {month} {past}.
[climate.heading.mid]
Was der Plan wirklich bedeutet
Wer für die Krise bezahlt
[climate.demand.key]
Stoppt {project}
Nulltarif im Nahverkehr
Kohle bleibt im Boden
[climate.demand]
Keine Genehmigung für {project} und vergleichbare Vorhaben
Alle seit {past} gekürzten Buslinien wiederherstellen
Ein Klimaplan mit Fristen, Budget und klarer Verantwortung
Saubere Luft vor jeder Schule bis Ende nächsten Jahres
Kein öffentliches Geld mehr für fossile Energie
[climate.demand.long]
Eine Garantie, dass alle, deren Arbeitsplatz an fossiler Energie hängt, eine Weiterbildung und eine gleich bezahlte Stelle in den Branchen bekommen, die sie ersetzen, bezahlt von denen, die daran verdient haben
Ein bezahlbarer öffentlicher Nahverkehr, der jede Straße in {place} erreicht und für die Fahrgäste betrieben wird, nicht für die Aktionäre privater Verkehrsunternehmen
[climate.bridge]
Die Klimakrise folgt derselben Logik.
Nirgends ist das deutlicher als {at_place}, wo {opp} an {project} festhält.
[climate.tag]
[klima|verkehr|klimagerechtigkeit]
[climate.handle]
@klimabuendnis
@tal_bleibt

[peace.frame]
people=[unsere Mitglieder|die Menschen in {place}]; people_dat=[unseren Mitgliedern|den Menschen in {place}]; at_place=in {place}; opp=die Bundesregierung; opp_dat=der Bundesregierung; company=Kestner Wehrtechnik; project=[die Aufrüstung|die neue Rüstungsbeschaffung]; org=Friedensforum {place}; slug=nein-zum-krieg
people=[die Beschäftigten im Werk|unsere Mitglieder]; people_dat=[den Beschäftigten im Werk|unseren Mitgliedern]; at_place=im Werk Süd; opp=die Bundesregierung; opp_dat=der Bundesregierung; company=Kestner Wehrtechnik; project=[die Erweiterung der Munitionsfabrik|die neue Munitionsfertigung]; org=Gewerkschaften gegen Aufrüstung; slug=munitionsfabrik
[peace.title]
Nicht in unserem Namen
Sozialstaat statt Aufrüstung
Stoppt die Waffenlieferungen in den Krieg
Frieden ist Gewerkschaftssache
Der Krieg: Wer profitiert?
[peace.title.short]
Abrüsten jetzt
[peace.title.long]
Warum das Geld für {project} in Krankenhäuser, Schulen und Wohnungen gehört
[peace.subtitle]
Erklärung gegen Krieg und Aufrüstung
[peace.lead]
Während Krankenhäuser Stationen schließen, weil Personal fehlt, hat {opp} {millions} für {project} gefunden.
Jede Woche, die der Krieg dauert, sterben mehr Menschen, werden mehr Häuser zerstört und fließt mehr Geld an die Konzerne, die die Waffen herstellen.
{Opp} sagt, {project} sei alternativlos; wir schreiben, um zu sagen, dass es sehr wohl Alternativen gibt.
[peace.they]
Die meisten Menschen wollen diesen Krieg nicht, und sie wollen nicht, dass ihre Steuern ihn verlängern.
{People} haben demonstriert, Briefe geschrieben, Abgeordnete besucht und Mahnwachen gehalten, und sie werden weitermachen.
Viele, die die Bauteile fertigen, sind stolz auf ihr Können, aber nicht darauf, wo es am Ende landet.
Den Familien, die vor den Kämpfen fliehen, sagt man, es sei kein Platz für sie, während im Haushalt immer Platz für neue Waffen ist.
Pflegekräfte, Lehrerinnen und Busfahrer haben in ihren Gewerkschaften Beschlüsse gegen den Krieg gefasst.
[peace.opp]
{Opp} redet von Sicherheit, aber eine Welt mit mehr Waffen ist nicht sicherer.
{Opp} weigert sich, die Bedingungen für {project} offenzulegen.
{Opp} behauptet, die Waffen dienten nur der Verteidigung, sagt aber nicht, wo sie landen.
{Opp} hat das Geld für {project} in einer Woche gefunden, nachdem sie den Pflegekräften jahrelang erzählt hat, es sei keins da.
{Opp} hat die Rüstungsexportgenehmigungen im letzten Jahr noch einmal ausgeweitet.
[peace.fact]
{Company} hat im ersten Kriegsjahr einen Rekordgewinn von {millions} gemeldet.
Die Militärausgaben sind in jedem der letzten [drei|vier] Jahre schneller gewachsen als die Gesundheitsausgaben.
Seit Beginn der Kämpfe mussten {num}.000 Menschen ihr Zuhause verlassen.
Mit dem Geld für {project} könnte man [zwei|drei] neue Krankenhäuser bauen.
[peace.pct]
Der Militärhaushalt ist in [zwei|drei] Jahren um {pct} gewachsen.
Laut aktuellen Umfragen lehnen {pct} der Bevölkerung weitere Waffenlieferungen ab.
[peace.argue]
Kriege werden von Regierungen erklärt, von den Armen geführt und von allen bezahlt.
Jede verkaufte Bombe ist für die einen ein Gewinn und für die anderen eine Beerdigung.
Ein Waffenstillstand ist keine Schwäche, sondern die erste Bedingung für jeden Frieden, der diesen Namen verdient.
[peace.we]
Wir stehen an der Seite aller Menschen, auf jeder Seite der Front, die sich weigern, für die Profite anderer zu töten oder zu sterben.
[peace.call]
Kommt zur Mahnwache vor der Zentrale von {company}, jeden Freitag von sechs bis sieben.
Bringt einen Antrag gegen {project} in eure Gewerkschaftsgliederung ein; wir schicken gern jemanden zum Referieren.
[peace.quote]
{Opp} nennt es “Verteidigungsausgaben”, aber die Menschen, auf die die Bomben fallen, würden es anders nennen.
Ein Kollege aus dem Werk erzählte uns: “Man hat uns gesagt, wir bauen ‘Komponenten’, und wofür, haben wir aus den Nachrichten erfahren.”
“Keinen Cent mehr für den Krieg”, stand auf dem Transparent an der Spitze der Demonstration.
[peace.testimony]
Mein Großvater hat im Krieg gekämpft und nie darüber gesprochen. Ich will nicht, dass meine Kinder dieses Schweigen erben.
Ich bin mit nichts hierhergekommen außer meinen Kindern. Jetzt höre ich, dass die Bomben, die auf unsere Straße fielen, in einer Fabrik ein paar Kilometer von hier gebaut wurden.
Ich arbeite seit neun Jahren im Werk. Ich bin stolz auf das, was wir können, aber nicht darauf, wohin es geht.
[peace.item]
Krankenhausstationen, die wegen Personalmangel schließen
Jugendzentren, die in der ganzen Stadt dichtmachen
ein Rüstungshaushalt, der jedes Jahr wächst
Exportgenehmigungen, die hinter verschlossenen Türen erteilt werden
Geflüchtete, die jahrelang in Sammelunterkünften auf ihre Verfahren warten
Rüstungsmessen, die mit öffentlichem Geld gefördert werden
[peace.note]
Zahlen aus dem Haushaltsentwurf der Bundesregierung, {month} {year}.
Aus dem Geschäftsbericht von {company} für {past}.
[peace.heading.mid]
Wer am Krieg verdient
Frieden ist möglich
[peace.demand.key]
Waffenstillstand jetzt
Nicht in unserem Namen
Abrüsten statt aufrüsten
[peace.demand]
Sofortiger Stopp aller Waffenexporte in das Kriegsgebiet
Offenlegung aller Exportgenehmigungen seit Kriegsbeginn
Sichere Fluchtwege und gleiche Rechte für alle Geflüchteten
Kürzungen im Militärhaushalt statt im Gesundheitswesen
Umstellung der Rüstungsbetriebe auf zivile Produktion
[peace.demand.long]
Das Geld für {project} muss in die Krankenhäuser, Schulen und Wohnungen fließen, die seit mehr als zehn Jahren kaputtgespart werden
Eine Garantie, dass die Beschäftigten von {company} ihre Arbeitsplätze und Löhne behalten, während die Werke auf Dinge umgestellt werden, die Menschen brauchen, mit den Gewerkschaften vom ersten Tag an am Tisch
[peace.bridge]
Für den Krieg dagegen ist immer Geld da.
Und während überall sonst gekürzt wird, wächst der Rüstungshaushalt weiter.
[peace.tag]
[frieden|abrüstung]
[peace.hashtag]
#WaffenstillstandJetzt
#NichtInUnseremNamen
#AbrüstenStattAufrüsten
[peace.handle]
@friedensforum
@gewerkschaften_gegen_krieg

[solidarity.frame]
target=[unsere Kollegin Ayşe Demir|Ayşe Demir]; target_dat=[unserer Kollegin Ayşe Demir|Ayşe Demir]; tname=Ayşe; people=ihre Kolleginnen und Kollegen; at_place=bei Hansen Feinkost; opp=[die Geschäftsleitung|die Firmenleitung]; opp_dat=[der Geschäftsleitung|der Firmenleitung]; company=Hansen Feinkost; threat=[die Kündigung|eine fristlose Kündigung]; remedy=[ihre Wiedereinstellung|die Rücknahme der Kündigung]; org=Solidaritätskreis Hansen Feinkost; slug=ayse-bleibt; hashtag=[#AyşeBleibt|#SolidaritätMitAyşe]
target=Familie Haddad; target_dat=Familie Haddad; tname=Familie Haddad; people=[ihre Nachbarinnen und Nachbarn|die Familien in unserer Straße]; at_place=in unserem Viertel; opp=die Ausländerbehörde; opp_dat=der Ausländerbehörde; company=die Ausländerbehörde; threat=die Abschiebung; remedy=[ein sicheres Bleiberecht|das Bleiberecht]; org=Unterstützerkreis Familie Haddad; slug=familie-haddad-bleibt; hashtag=[#HaddadsBleiben|#BleiberechtJetzt]
[solidarity.title]
Gerechtigkeit für {tname}
Solidarität mit {target_dat}
Wer eine von uns angreift, greift uns alle an
“Ein ganz normales Verfahren”: der Fall {tname}
[solidarity.title.short]
Solidarität zählt
[solidarity.title.long]
Warum wir zu {target_dat} stehen und warum das uns alle angeht
[solidarity.subtitle]
Aufruf zur Solidarität
[solidarity.lead]
{Target_dat} droht {threat}, und wir bitten alle, die das lesen, uns zu helfen, das zu verhindern.
Im {month} bekam {target} einen Brief, der ihr ganzes Leben auf den Kopf stellte: {threat}, beschlossen ohne eine Anhörung, die den Namen verdient.
Wir erklären uns solidarisch mit {target_dat}, die [nichts Unrechtes getan hat|Besseres verdient hat].
[solidarity.they]
{People} haben in [zwei|drei] Wochen mehr als {num} Unterschriften gesammelt.
Alle, die {target} kennen, sagen dasselbe: Diese Entscheidung ergibt keinen Sinn.
{People} haben Versammlungen gefüllt, Briefe geschrieben und sich abgewechselt, damit niemand damit allein bleibt.
Was {people} wollen, ist einfach: {remedy} und eine Entschuldigung.
{People} haben mehr als [vierzig|fünfzig] Briefe an {opp} geschrieben und zwei Antworten bekommen.
[solidarity.opp]
{Opp} weigert sich, ihre Entscheidung schriftlich zu begründen.
{Opp} behandelt {target} wie ein Aktenzeichen und nicht wie einen Teil unserer Gemeinschaft.
{Opp} könnte die Entscheidung morgen zurücknehmen und würde dabei nichts verlieren außer ihrem Stolz.
{Opp} scheint zu glauben, dass die Leute vergessen, wenn sie nur lange genug wartet; da irrt sie sich.
{Opp} hat jede Bitte um ein Gespräch abgelehnt.
[solidarity.fact]
Mehr als {num} Menschen kamen zur ersten öffentlichen Versammlung.
Die Entscheidung fiel in weniger als [zehn|zwölf] Tagen, in einem Verfahren, das sonst Monate dauert.
Menschen aus mehr als [zwanzig|dreißig] Orten haben die Petition unterschrieben.
[solidarity.pct]
Entscheidungen wie diese werden in {pct} der Fälle im Widerspruchsverfahren aufgehoben, was viel darüber sagt, wie sie zustande kommen.
{pct} der Menschen, mit denen wir in der Fußgängerzone gesprochen haben, haben sofort unterschrieben.
[solidarity.argue]
Wer eine von uns angreift, greift uns alle an, und das ist keine Parole mehr, wenn es einen selbst trifft.
Wenn es {target_dat} passieren kann, kann es jeder und jedem von uns passieren.
Solidarität ist keine Wohltätigkeit, sondern das Wissen, dass unser Schicksal zusammenhängt.
[solidarity.we]
Wir lassen niemanden damit allein.
[solidarity.call]
Schreibt an {opp} und fordert, die Entscheidung zurückzunehmen; ein kurzer Brief in euren eigenen Worten ist am besten.
Kommt zur nächsten öffentlichen Versammlung und bringt jemanden mit, der noch nie da war.
[solidarity.quote]
{Opp} nennt die Entscheidung “reine Routine”, aber für {target} ist daran nichts Routine.
Auf der Versammlung sagte {name}: “Sie sagen uns ständig, das sei ‘eine Frage des Verfahrens’, als ob am anderen Ende des Verfahrens niemand säße.”
“Nicht ohne Widerstand”, stand auf dem Transparent im Saal.
[solidarity.testimony]
Wir kennen uns seit Jahren. Als mein Mann im Krankenhaus lag, haben sie jeden Abend für uns gekocht. Jetzt sind wir dran.
Ich verstehe nicht, wie Leute, die den betroffenen Menschen nie getroffen haben, so eine Entscheidung treffen können.
Jede und jeder hier würde dasselbe für uns tun. Das ist Solidarität.
[solidarity.item]
Briefe, die keine der gestellten Fragen beantworten
Termine, die in letzter Minute abgesagt werden
keine Gelegenheit, zu den Vorwürfen Stellung zu nehmen
eine Entscheidung hinter verschlossenen Türen
monatelanges Warten ohne ein Wort
Druck auf alle, die den Mund aufmachen
[solidarity.note]
Stand der Unterschriften bei der Versammlung im {month} {year}.
Der Bescheid ist auf {month} {year} datiert und eine einzige Seite lang.
[solidarity.heading.mid]
Warum uns das alle angeht
Was bisher geschah
[solidarity.demand.key]
Gerechtigkeit für {tname}
Nehmt die Entscheidung zurück
{Remedy} jetzt
[solidarity.demand]
Rücknahme der Entscheidung und eine Entschuldigung
{Remedy}, ohne Bedingungen
Eine faire Anhörung mit Rechtsbeistand
Keine Maßnahmen gegen alle, die sich geäußert haben
Vollständige Offenlegung der Gründe
[solidarity.demand.long]
Eine vollständige und unabhängige Überprüfung aller Entscheidungen dieser Art aus den letzten drei Jahren, mit Anhörung der Betroffenen und veröffentlichten Ergebnissen
Schutz für alle, die sich organisieren, ihre Stimme erheben oder eine Petition unterschreiben, schriftlich festgelegt und durchgesetzt, damit niemand mehr durchmachen muss, was {target} durchgemacht hat
[solidarity.bridge]
Wir wollen auch ein Wort über {target} sagen.
In diesem Licht stehen wir an der Seite von {target_dat}.
[solidarity.tag]
[solidarität|bleiberecht]
[solidarity.handle]
@soli_kreis
@bleiberecht_jetzt
"""

_FR = r"""
[*.month]
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
[*.date]
{d} {month} {y}
[*.weekday]
samedi
dimanche
lundi
mercredi
vendredi
[*.name]
[Théo|Aïcha|Joël|Maëlle|Karim|Françoise|Hélène|Loïc|Zoé|Yasmine]
[*.place]
[Lyon|Marseille|Rennes|Lille|Saint-Étienne|Montreuil|Besançon|Nîmes]
[*.money]
{k} 000 euros
[*.millions]
{k} millions d'euros

[*.short]
Ce n'est pas une faveur.
L'argent existe.
Nous n'attendrons pas plus longtemps.
Ça suffit !
Personne ne devrait vivre ainsi.
C'est possible.
Nous ne partirons pas.
Le silence n'est pas neutre.
Qui paie la note ?
Ce n'est pas une affaire de chiffres.
Nous avons assez attendu.
Cela doit changer.
Rien pour nous sans nous.
La réponse est non.
[*.argue]
Celles et ceux qui font tourner le pays sont ceux qui en profitent le moins : c'est là le cœur du problème.
Tout ce que les travailleuses et les travailleurs ont obtenu, ils l'ont obtenu en s'organisant, pas grâce à la générosité de ceux d'en haut.
Quand {opp} dit qu'il n'y a pas d'argent, il faut demander où est passé l'argent.
Celles et ceux qui font le travail savent ce qu'il faut faire ; ce qui a manqué, c'est la volonté de les écouter.
C'est toujours la même histoire : les profits sont privés, et les coûts sont laissés à tous les autres.
Une promesse sans date n'est pas une promesse, et une concertation qui ignore la réponse n'est pas une concertation.
Nous avons entendu toutes les excuses, et aucune n'a [réglé un seul problème|rempli une seule assiette].
Rien de tout cela n'est un accident : ce sont des décisions prises dans des bureaux, loin de celles et ceux qui en subissent les conséquences.
La question n'est pas de savoir si le changement est possible, mais qui va le payer.
Qui peut encore croire que cela va s'arranger tout seul ?
Il n'y a rien de radical à vouloir une vie [digne|sûre], et rien de modéré à défendre les choses telles qu'elles sont.
Personne ne demande la lune : nous demandons l'essentiel, ce qui nous a été promis.
Une société digne de ce nom se mesure à la façon dont elle traite celles et ceux qui ont le moins de pouvoir.
Ce n'est pas le manque d'argent qui fige les choses, c'est le manque de volonté en haut.
Quand les gens s'organisent, l'impossible finit souvent par devenir une évidence.
Chaque fois qu'on nous a demandé d'attendre, c'est nous qui avons payé l'attente.
La dignité n'est pas une récompense pour bonne conduite : elle est due à tout le monde.
Ceux d'en haut n'ont jamais rien cédé sans y être poussés.
S'il y a de l'argent pour baisser les impôts des plus riches, il y en a pour cela.
La patience est une vertu, mais pas quand on ne l'exige que de celles et ceux qui ont le moins.
Ce qu'on nous présente comme du bon sens n'est souvent que l'intérêt de quelqu'un déguisé en loi de la nature.
Le choix n'est pas entre être raisonnables et être radicaux, mais entre agir et attendre.
[*.opp]
{Opp} a eu [des mois|toutes les occasions] pour régler le problème et a choisi de ne rien faire.
Jusqu'ici, {opp} a répondu à chaque courrier par un communiqué de presse.
{Opp} affirme être à l'écoute, mais n'a changé aucune décision.
Au lieu de nous parler, {opp} a fait appel à [un cabinet de conseil|des avocats|une agence de communication].
{Opp} préfère les communiqués aux conversations, et les promesses aux plans.
Chaque mois de retard décidé par {opp} est payé par quelqu'un d'autre.
{Opp} promet une réponse [pour le mois prochain|pour la rentrée|pour la nouvelle année] depuis aussi longtemps qu'on s'en souvienne.
[*.we]
Nous ne demandons pas la charité : nous demandons ce qui nous est dû.
Nous continuerons [à nous organiser|à nous réunir|à nous mobiliser] jusqu'à [ce que nos revendications soient satisfaites|la victoire].
Nous savons que personne ne gagne seul, et c'est pour cela que nous vous écrivons.
Notre assemblée générale a décidé [à l'unanimité|à une large majorité] de soutenir cette campagne.
Nous sommes fiers de ce qui a été gagné jusqu'ici, et lucides sur tout ce qui reste à faire.
Nous ne prétendons pas parler au nom de tout le monde, mais nous parlons au nom de bien plus de gens que ne voudraient l'admettre les responsables.
On nous a demandé si nous étions prêts à faire des compromis ; nous sommes prêts à gagner.
Nous nous réunissons chaque semaine dans l'arrière-salle d'un café, et chaque semaine nous sommes plus nombreux.
Nous continuerons à écrire, à nous réunir et à manifester aussi longtemps qu'il le faudra.
[*.context]
Nos sœurs et nos frères dans d'autres pays vivent exactement la même chose.
Les prix au supermarché augmentent mois après mois, pendant que les salaires et les pensions prennent du retard.
Depuis plus de dix ans, on nous demande de nous serrer la ceinture, et chaque année elle est un peu plus serrée.
Ceux qui prennent ces décisions n'utilisent presque jamais les services qu'ils suppriment.
Les services publics ont été bâtis par des gens qui avaient décidé que certaines choses sont trop importantes pour être laissées au marché.
Ceux qui nous demandent d'être patients sont rarement ceux qui attendent.
Chaque droit que nous avons aujourd'hui, du week-end au droit de vote, a un jour été jugé irréaliste.
Ce qui se passe ici fait partie de quelque chose de plus grand, et d'autres villes nous regardent.
Les chiffres ne sont pas secrets ; ce qui manque, c'est un responsable prêt à agir.
Nous avons déjà vu ce scénario, et nous savons qu'il ne change que lorsque les gens se serrent les coudes.
On parle beaucoup de justice, et on en pratique très peu.
Les gens ordinaires n'ont pas provoqué cette crise, mais on leur demande toujours de la payer en premier.
Derrière chaque chiffre de ce texte, il y a un foyer et un nom.
Partout dans le pays, des gens se posent les mêmes questions que nous.
Ces dernières années ont montré à quelle vitesse on trouve de l'argent quand ceux qui décident le veulent.
L'écart entre les plus riches et tous les autres n'a jamais été aussi grand de notre vivant.
La presse locale, les sections syndicales et les associations de quartier racontent toutes la même chose.
La plupart des personnes concernées par ces décisions n'ont jamais été consultées.
Il y a une génération, une bonne partie de ce que nous demandons allait de soi.
Ceux qui profitent de la situation ont toutes les raisons de dire que rien ne peut changer.
En dix ans, presque tout ce qui compte a augmenté plus vite que les salaires de celles et ceux qui en ont besoin.
Chaque coupe a été présentée comme provisoire, et presque aucune n'a été annulée.
Beaucoup des gens que nous rencontrons n'étaient jamais allés à une réunion, et ils reviennent à chaque fois.
La crise n'a pas été la même pour tout le monde : certains s'en sont très bien sortis.
Il est devenu normal de travailler à temps plein et de ne pas joindre les deux bouts.
[*.call]
Nous appelons chaque syndicat, chaque association de quartier et chaque habitante et habitant à envoyer un message de soutien.
Rendez-vous {weekday} à [dix|onze] heures devant la mairie de {place}.
Partagez ce communiqué, [affichez-le sur votre lieu de travail|imprimez-le pour le panneau syndical|lisez-le à votre prochaine réunion] et parlez-en autour de vous.
Chaque don à la caisse de solidarité, même petit, nous aide à tenir.
Invitez-nous à votre [réunion|assemblée|collectif] : nous viendrons.
Si vous pouvez donner une heure par semaine, nous avons besoin de vous.
[*.list_intro]
Demandez à n'importe qui {at_place}, vous entendrez la même liste :
Rien que cette année, nous avons [vu|recensé|documenté] :
Voilà ce que cela donne concrètement :
[*.bq_intro]
{Name} l'a résumé ainsi lors de la dernière assemblée :
Lors d'une réunion bondée à {place}, {name} a dit :
Voici comment {name} nous l'a raconté :
[*.heading.early]
Ce qui se passe
Comment on en est arrivé là
[*.heading.mid]
Pourquoi cela nous concerne
À qui profite le crime ?
[*.heading.late]
Ce que nous demandons
Ce que vous pouvez faire
[*.hashtag_s]
{hashtag}, ce n'est pas qu'un slogan.
{hashtag} : c'est ce que disaient les banderoles {weekday}, et nous le pensions.
{hashtag} était en tendance le soir même, mais le soutien en ligne n'est qu'un début.
[*.hashtag_in]
Partagez vos photos avec {hashtag} et racontez pourquoi vous êtes venus.
Des milliers de personnes ont déjà publié avec {hashtag}.
Si vous ne pouvez pas venir, publiez une photo de votre pancarte avec {hashtag} et identifiez quelqu'un.
[*.handle_s]
Suivez {handle} pour les nouvelles et mentionnez {handle2} quand vous partagez ce texte.
Envoyez vos messages de soutien à {handle} ; nous les lisons tous en assemblée.
Vous nous trouverez sous le nom {handle} sur la plupart des réseaux.
[*.url_s]
Le rapport complet est disponible sur {url}.
Signez la pétition sur {url} et demandez à trois proches d'en faire autant.
Tout ce que nous avons publié, y compris les comptes rendus, est en ligne ({url}).
Vous pouvez faire un don sur <{url}> ; chaque euro va à la caisse de solidarité.
Lisez [les éléments que nous avons réunis]({url}) et jugez par vous-mêmes.
[*.long]
Ce que nous vivons n'est pas de la malchance, c'est la désindustrialisation de régions entières.
À l'internationalisation du capital, il faut répondre par l'internationalisation de la solidarité.
La précarisation du travail et la désindustrialisation vont de pair depuis trente ans.
Adopter une telle mesure sans débat au Parlement, c'est agir, selon plusieurs juristes, anticonstitutionnellement.
[*.hyphen]
C'est un problème à long terme - et il faut une réponse à long terme.
Personne n'a voté pour cela - ni nous, ni nos voisines, ni personne de notre connaissance.
La soi- disant concertation a duré deux semaines - en plein mois d'août.
Nous ne nous laisserons pas diviser - ni par les menaces, ni par les promesses.
Il faut aller au- delà des belles paroles - et vite.
[*.quote]
{Opp} appelle cela “[la modernisation|une décision difficile|l'efficacité]” ; nous l'appelons par son nom.
On nous a demandé d'être “réalistes”, comme si les responsables de ce gâchis avaient jamais été réalistes sur autre chose que leurs propres salaires.
Quand nous avons demandé quand, on nous a répondu “bientôt” ; un mois plus tard, la réponse était encore “bientôt”.
“Nous ne faisons pas de politique”, aime répéter {opp}, mais chacune de ses décisions est politique.
[*.signoff]
— {org}, {date}
— {org}, {place}, le {date}
Solidairement,\n{org}
Salutations solidaires,  \n{org}
[*.subtitle]
Adopté en assemblée générale le {date}
Voté à l'unanimité le {date}

[union.frame]
people=[les agentes de nettoyage de la gare|les salariées du nettoyage]; at_place=à la gare centrale; opp=[la direction|l'entreprise sous-traitante]; company=Net Rhône Services; org=Section syndicale du nettoyage; slug=greve-nettoyage; hashtag=[#GrèveDuNettoyage|#SoutienAuxGrévistes]
people=[les aides-soignantes de l'Ehpad|les salariées de l'Ehpad]; at_place=à l'Ehpad Les Glycines; opp=[la direction|la société gestionnaire]; company=Groupe Orvalis; org=Collectif des salariées des Glycines; slug=greve-ehpad; hashtag=[#GrèveEhpad|#SoutienAuxGrévistes]
[union.title]
{People} ont raison de faire grève
Payez ce que vous devez
Soutien total à la grève
Sous-traitance : le vrai prix
“Essentielles” pour applaudir, invisibles pour payer
[union.title.short]
Payez maintenant
[union.title.long]
Pourquoi nous soutenons {people} dans leur lutte pour un salaire digne
[union.subtitle]
Communiqué de soutien à la grève
[union.lead]
Depuis [trois|cinq|sept] semaines, {people} sont en grève.
{People} ont cessé le travail {weekday} matin, et elles ne reprendront pas tant que {company} n'aura pas payé ce qu'elle doit.
En {month}, {people} ont voté la grève à une très large majorité.
Ce communiqué est un message de soutien aux salariées en lutte {at_place} depuis {month} pour [un salaire digne|le paiement des arrêts maladie|des horaires décents].
[union.they]
Elles sont la main-d'œuvre sans laquelle rien ne tourne {at_place}.
Elles ne demandent pas grand-chose : être payées à l'heure, avoir des horaires prévisibles et des arrêts maladie indemnisés comme un droit et non comme une faveur.
Beaucoup cumulent deux emplois, et plusieurs travaillent {at_place} depuis plus longtemps que le contrat de sous-traitance lui-même.
Sans elles, rien ne fonctionnerait {at_place} plus d'une journée.
Elles ont été patientes pendant des années, et la patience ne leur a rien apporté.
Beaucoup sont des femmes immigrées, beaucoup élèvent seules leurs enfants, et presque toutes sont payées au minimum légal.
[union.opp]
{Opp} leur doit [deux|trois] mois de salaire et leur a proposé à la place [une prime unique|un bon d'achat|des excuses].
{Opp} a menacé de faire appel à des intérimaires pour casser la grève, ce qui est illégal.
L'an dernier, {company} a versé {money} à ses actionnaires, mais elle prétend qu'une augmentation est impossible.
{Opp} a refusé de rencontrer le syndicat jusqu'à l'annonce de la grève ; maintenant elle veut discuter, mais seulement de la manière d'y mettre fin.
{Opp} n'a fait aucune proposition écrite, seulement des allusions à ce qui serait possible si la grève s'arrêtait.
[union.fact]
Le marché vaut {money} par mois.
{num} salariées ont signé la pétition dans les [trois|quatre] premiers jours.
Les arrêts maladie {at_place} ont doublé depuis le début du contrat.
[union.pct]
Les salaires ont perdu {pct} de pouvoir d'achat depuis le début du contrat.
{pct} du personnel a participé à la consultation, et presque toutes ont voté pour la grève.
[union.argue]
La grève n'est jamais un premier choix : c'est ce que font les salariées quand toutes les autres portes se sont fermées.
Si {company} trouve de l'argent pour [des consultants|des primes de direction|des dividendes], elle peut en trouver pour celles qui font le travail.
La sous-traitance a été vendue comme une économie ; en pratique, elle sert à payer moins et à ne rendre de comptes à personne.
[union.we]
Nous sommes au piquet de grève chaque matin, et nous y serons encore {weekday}.
[union.call]
Passez au piquet de grève {at_place} : un café et quelques minutes de votre temps comptent plus que vous ne le pensez.
Donnez à la caisse de grève : chaque jour de grève coûte à chaque salariée une journée de salaire.
[union.quote]
{Opp} parle d'un travail “peu qualifié”, ce que personne ne dirait après l'avoir fait une seule journée.
Une collègue nous l'a dit ainsi : “On nous appelle ‘essentielles’ quand il y a des caméras, et ‘charges’ quand ils font le budget.”
“On ne reprend pas pour un bon d'achat”, a dit {name} le premier matin de la grève.
[union.testimony]
Je travaille ici depuis onze ans et je n'ai jamais été payée à l'heure, pas une seule fois.
Quand mon fils était malade, j'ai perdu une semaine de salaire, et personne dans l'entreprise ne m'a même demandé de ses nouvelles.
Nous ne sommes pas le problème. C'est grâce à nous que tout continue de tourner.
[union.item]
des salaires versés en retard [deux|trois] mois de suite
des plannings modifiés la veille pour le lendemain
des jours de carence non payés
des intérimaires moins payées pour le même travail
des chefs qui répondent aux plaintes par des menaces
du matériel cassé jamais remplacé
[union.note]
Chiffres issus de l'enquête de la section syndicale auprès de {num} salariées, {month} {year}.
Les documents du marché ont été obtenus grâce à une demande d'accès aux documents administratifs.
[union.heading.mid]
Pourquoi elles sont en grève
Qui profite du contrat
[union.demand.key]
Payez ce que vous devez
Un salaire digne, maintenant
Réinternalisation maintenant
[union.demand]
Le paiement intégral des arriérés avant la fin du mois
L'indemnisation des arrêts maladie dès le premier jour
Aucune sanction contre les grévistes
La reconnaissance du syndicat et une vraie négociation
Le même salaire pour les intérimaires qui font le même travail
[union.demand.long]
Le non-renouvellement du contrat avec {company} et l'intégration de tout le personnel dans le service public, aux mêmes conditions que les collègues avec qui elles travaillent chaque jour
Un nombre d'heures minimum garanti pour toutes celles qui le souhaitent, avec des plannings publiés quatre semaines à l'avance et aucune modification sans l'accord de la salariée
[union.bridge]
La même logique est à l'œuvre sur nos lieux de travail.
C'est la même histoire que vivent {people}.
[union.tag]
[grève|salaires|sous-traitance]
[union.handle]
@section_nettoyage
@collectif_glycines

[tenants.frame]
people=[les locataires|les habitantes et habitants]; at_place=à la cité des Tilleuls; opp=[la société HLM|la direction du bailleur]; company=Habitat Horizon; org=Amicale des locataires des Tilleuls; slug=cite-des-tilleuls; hashtag=[#GrèveDesLoyers|#ZéroExpulsion]
people=[les locataires|les habitants]; at_place=dans l'immeuble de la rue des Forges; opp=[la propriétaire|la société propriétaire]; company=Foncière Véran; org=Collectif des locataires de la rue des Forges; slug=rue-des-forges; hashtag=[#LesTravauxDabord|#ZéroExpulsion]
[tenants.title]
Stop aux hausses de loyer
Les réparations d'abord, le loyer ensuite
Touchez pas à nos logements
Humidité, moisissures et hausse de loyer : ça suffit
“Programmé” n'est pas une date de travaux
[tenants.title.short]
Loyers gelés
[tenants.title.long]
Pourquoi personne ne devrait payer la hausse des loyers avant les travaux
[tenants.subtitle]
Un message à toutes celles et ceux qui habitent {at_place}
[tenants.lead]
Depuis {month}, {people} {at_place} versent leur loyer sur un compte séquestre au lieu de le payer à {company}.
Cet hiver, pour la [troisième|quatrième] année de suite, {people} {at_place} ont vécu avec des murs humides, des ascenseurs en panne et un chauffage qui lâche au moment où l'on en a le plus besoin.
{Company} a annoncé une nouvelle hausse des loyers en avril, bien plus forte que n'importe quelle augmentation de salaire.
[tenants.they]
Beaucoup y ont mis tout leur cœur : repeindre les cages d'escalier, planter les massifs, organiser les fêtes de quartier.
Ce n'est pas une décision prise à la légère.
Beaucoup vivent ici depuis vingt ans ou plus et ont vu les réparations devenir de plus en plus lentes et les courriers de plus en plus longs.
Ils ont signalé chaque fuite, chaque serrure cassée et chaque tache de moisissure, et ils ont gardé une copie de chaque signalement.
Ils ne refusent pas de payer : ils refusent de payer pour un service qu'ils ne reçoivent pas.
Parmi eux, il y a des retraités, des gens qui travaillent de nuit et des familles dont les enfants dorment dans des chambres aux murs trempés.
Certains habitent ici depuis la construction des immeubles et se souviennent d'une époque où une réparation prenait une semaine, pas un an.
[tenants.opp]
{Opp} qualifie la grève des loyers d'illégale, mais personne ne garde l'argent : il est consigné et sera versé le jour où les travaux seront faits.
{Opp} a dépensé plus en courriers d'avocats que ce que coûteraient les réparations.
{Opp} affirme que les travaux sont programmés, mais personne n'a jamais vu le calendrier.
Chaque fois que les habitants s'organisent, {opp} promet un audit, et chaque audit se termine par une nouvelle hausse.
{Opp} a vendu [deux|trois] immeubles en cinq ans et prétend ne pas pouvoir payer une chaudière neuve.
[tenants.fact]
Sur les {num} logements [visités|inspectés par les locataires eux-mêmes], {part} présentaient de l'humidité ou des moisissures.
Le directeur général de {company} a touché {money} l'an dernier.
La liste des réparations en attente s'allonge chaque année depuis cinq ans.
[tenants.pct]
Les loyers {at_place} ont augmenté de {pct} en quatre ans, alors que les salaires ont à peine bougé.
{pct} des ménages consacrent désormais plus de la moitié de leurs revenus au loyer.
[tenants.argue]
Un logement avec de la moisissure noire sur les murs de la chambre n'est pas un foyer, quoi qu'en dise le bail.
Le logement est un droit, pas un moyen de transformer le loyer des autres en profit.
Quand un bailleur refuse de réparer, le seul pouvoir des locataires est celui qu'ils exercent ensemble.
[tenants.we]
Nous avons frappé à toutes les portes {at_place}, et la réponse a presque toujours été la même.
[tenants.call]
Rejoignez le rassemblement devant l'agence de {company} {weekday} matin.
Si vous êtes locataire de {company} ailleurs à {place}, contactez-nous : vous n'êtes pas seuls.
[tenants.quote]
{Opp} assure que les travaux sont “en cours”, même si personne n'a encore vu un seul ouvrier.
Une locataire nous a dit : “Ils nous répètent ‘l'année prochaine’ depuis trois ans, et l'hiver revient.”
“On ne partira pas”, a lancé {name} lors de la dernière réunion, “et l'humidité non plus, apparemment.”
[tenants.testimony]
J'ai trois enfants et l'un d'eux est asthmatique. Chaque matin j'essuie les vitres, et chaque nuit l'eau revient.
Je paie mon loyer depuis dix-neuf ans sans avoir raté un seul mois. Tout ce que j'ai demandé, c'est une chaudière qui marche.
Quand l'ascenseur est en panne, je ne peux pas faire sortir ma mère de l'appartement. Ce n'est pas un problème d'entretien, c'est une prison.
[tenants.item]
des ascenseurs en panne pendant des semaines
de la moisissure noire dans les chambres et derrière les armoires
un chauffage qui lâche chaque mois de janvier
des demandes d'intervention clôturées sans que personne ne vienne
des charges qui augmentent chaque année
des menaces d'expulsion pour un seul retard de paiement
[tenants.note]
Enquête menée par les locataires eux-mêmes dans {num} logements, {month} {year}.
Chiffres tirés des comptes publiés par {company}.
[tenants.heading.mid]
Qui profite des loyers
Ce que les locataires ont constaté
[tenants.demand.key]
Les travaux d'abord
Zéro expulsion
Gel des loyers
[tenants.demand]
Un diagnostic de chaque logement, communiqué aux locataires
Un calendrier de travaux daté, en commençant par le chauffage et l'humidité
Aucune expulsion et aucuns frais pour les grévistes
La reconnaissance de l'amicale et une réunion mensuelle avec elle
L'annulation de la hausse de cette année
[tenants.demand.long]
Argent public, contrôle public : que tous les logements de {company} à {place} reviennent à un office public, avec des locataires élus à son conseil d'administration
Une garantie légale qu'aucun locataire ayant signalé une réparation ne puisse être expulsé, menacé d'expulsion ou facturé pour cette réparation dans l'année qui suit
[tenants.bridge]
La même chose arrive à nos logements.
Regardez le logement, et vous verrez le même schéma.
[tenants.tag]
[logement|loyers]
[tenants.handle]
@amicale_tilleuls
@locataires_forges

[climate.frame]
people=[les habitantes et habitants de {place}|les riverains]; at_place=à {place}; opp=[la métropole|la présidence de la métropole]; company=Aéro Sud Développement; project=[l'extension de l'aéroport|la nouvelle piste]; org=Collectif Climat {place}; slug=extension-aeroport; hashtag=[#PasDeNouvellePiste|#JusticeClimatique]
people=[les habitants de la vallée|les familles de la vallée]; at_place=dans la vallée; opp=la préfecture; company=Gazéo Énergie; project=[la centrale à gaz|la nouvelle centrale à gaz]; org=Collectif Vallée vivante; slug=centrale-a-gaz; hashtag=[#NonÀLaCentrale|#JusticeClimatique]
[climate.title]
Non à {project}
La justice climatique commence chez nous
{Project} : le mauvais projet au pire moment
L'air pur n'est pas un luxe
“Croissance verte” ? Pas comme ça
[climate.title.short]
Urgence climatique
[climate.title.long]
Nous ne resterons pas les bras croisés pendant que {opp} sacrifie l'avenir de nos enfants
[climate.subtitle]
Contribution citoyenne à l'enquête publique sur {project}
[climate.lead]
{Weekday}, {opp} se prononcera sur {project}, et si elle est approuvée, elle enfermera {place} dans des décennies d'émissions croissantes.
On nous vend {project} comme un progrès, mais pour {people}, cela signifie plus de bruit, un air plus sale et une facture plus lourde pour une crise que nous vivons déjà.
L'été dernier, la rivière est sortie de son lit deux fois ; cet hiver, {opp} veut autoriser {project}.
[climate.they]
Ils ne sont pas contre l'emploi ; ils refusent qu'on leur dise que les seuls emplois possibles sont ceux qui aggravent les inondations.
Beaucoup ont participé à chaque réunion de concertation, et beaucoup ont cessé de croire que quelqu'un les écoutait.
Ils respirent déjà l'un des airs les plus pollués de la région.
Ils ont fait les recherches, rédigé les contributions et frappé aux portes, le tout sur leur temps libre.
Des parents {at_place} gardent leurs enfants à la maison les jours de pic de pollution.
[climate.opp]
{Opp} a déclaré l'urgence climatique il y a [trois|quatre] ans, et a autorisé depuis presque tous les projets polluants qu'on lui a présentés.
{Opp} dit que la décision ne dépend pas d'elle, mais c'est bien elle qui signera l'autorisation.
{Opp} a rencontré {company} [onze|quatorze] fois cette année, et les associations de riverains une seule fois.
{Opp} parle d'équilibre, comme s'il fallait trouver un équilibre entre une planète vivable et un bénéfice trimestriel.
{Opp} n'a publié aucun chiffre montrant comment {project} s'accorde avec ses propres objectifs climatiques.
[climate.fact]
{Project} ajouterait environ {num} 000 tonnes de CO2 par an aux émissions du territoire.
{Company} a réalisé {millions} de bénéfices l'an dernier, en grande partie reversés aux actionnaires.
Les lignes de bus qui desservent les quartiers les plus pauvres ont été réduites [deux|trois] fois depuis {past}.
Les dégâts de la dernière inondation ont mis [huit|dix] mois à être réparés.
[climate.pct]
Les émissions liées aux transports ont augmenté de {pct} depuis la déclaration d'urgence climatique.
{pct} des contributions à l'enquête publique s'opposaient au projet.
[climate.argue]
Il n'y a pas d'emplois sur une planète morte, et il n'y a pas de politique climatique sans politique sociale.
La tonne de carbone la moins chère est celle qu'on ne brûle jamais.
Celles et ceux qui ont le moins contribué à cette crise sont déjà ceux qui la paient le plus cher.
[climate.we]
Nous avons déposé [des centaines de|plus de {part}] contributions, et nous serons dans la salle le jour du vote.
[climate.call]
Venez au conseil {weekday} et remplissons la salle.
Écrivez cette semaine à votre élue ou à votre élu, avec vos propres mots : cela prend dix minutes et cela compte.
[climate.quote]
{Opp} appelle {project} “croissance verte”, un peu comme si l'on appelait un feu de joie “chauffage durable”.
Une riveraine l'a résumé ainsi : “Ils disent ‘neutralité carbone’ et ils pensent ‘pas tout de suite’.”
“Nous ne sommes pas des experts”, a dit {name} lors de la réunion publique, “mais nous savons lire une carte des zones inondables.”
[climate.testimony]
Ma maison a été inondée deux fois en six ans. L'assurance ne nous couvre plus, et la mairie nous dit d'acheter des sacs de sable.
Je prends le bus tous les jours pour aller travailler. Depuis les suppressions de lignes, un trajet de vingt minutes me prend une heure, et on appelle ça le progrès.
J'ai soixante-treize ans. Je ne verrai pas le pire, mais mes petits-enfants, si, et je veux pouvoir les regarder dans les yeux.
[climate.item]
des lignes de bus supprimées pendant qu'on élargit les routes
des alertes inondation chaque hiver, sans nouvelles digues
une pollution au-dessus du seuil légal devant [trois|quatre] écoles
des terrains publics vendus pour faire des parkings
un plan climat sans dates et sans budget
des réunions de concertation en pleine journée de travail
[climate.note]
Estimation tirée de l'étude d'impact du porteur de projet lui-même, page {part}.
Compte rendu du conseil, {month} {past}.
[climate.heading.mid]
Ce que le projet signifie vraiment
Qui paie la crise ?
[climate.demand.key]
Non à {project}
Des bus gratuits, maintenant
Laissons-le dans le sol
[climate.demand]
L'abandon de {project} et de tout projet semblable
Le rétablissement de toutes les lignes de bus supprimées depuis {past}
Un plan climat avec des dates, un budget et des responsables nommés
De l'air pur devant chaque école d'ici la fin de l'année prochaine
Plus un euro d'argent public pour les énergies fossiles
[climate.demand.long]
La garantie que chaque salarié dont l'emploi dépend des énergies fossiles se voie proposer une formation et un emploi au même salaire dans les secteurs qui doivent les remplacer, financés par ceux qui en ont profité
Des transports publics abordables qui desservent chaque rue de {place}, gérés pour celles et ceux qui les utilisent et non pour les actionnaires des opérateurs privés
[climate.bridge]
La crise climatique suit la même logique.
On le voit clairement {at_place}, où {opp} s'obstine avec {project}.
[climate.tag]
[climat|transports]
[climate.handle]
@collectif_climat
@vallee_vivante

[peace.frame]
people=[nos adhérentes et adhérents|les habitants de {place}]; at_place=à {place}; opp=la ministre des Armées; company=Varenne Défense; project=[la hausse du budget militaire|la nouvelle loi de programmation militaire]; org=Collectif pour la paix de {place}; slug=non-a-la-guerre
people=[les ouvriers de l'usine|nos adhérentes et adhérents]; at_place=à l'usine Aldor; opp=la direction de l'armement; company=Aldor Systèmes; project=[l'extension de l'usine de munitions|la nouvelle chaîne de munitions]; org=Syndicalistes contre la guerre; slug=usine-de-munitions
[peace.title]
Pas en notre nom
Des écoles, pas des bombes
Cessez d'armer la guerre
La paix est une affaire syndicale
La guerre : à qui profite-t-elle ?
[peace.title.short]
Paix maintenant
[peace.title.long]
Pourquoi l'argent de {project} doit aller aux hôpitaux et aux logements
[peace.subtitle]
Déclaration contre la guerre et le réarmement
[peace.lead]
Pendant que les hôpitaux ferment des services faute de personnel, {opp} a trouvé {millions} pour {project}.
Chaque semaine de guerre, ce sont plus de morts, plus de maisons détruites et plus d'argent pour les entreprises qui fabriquent les armes.
{Opp} nous dit qu'il n'y a pas d'alternative à {project} ; nous écrivons pour dire qu'il y en a une.
[peace.they]
La plupart des gens ne veulent pas de cette guerre, et ne veulent pas que leurs impôts servent à la prolonger.
{People} ont manifesté, écrit, interpellé les élus et tenu des veillées, et ils continueront.
Beaucoup de celles et ceux qui fabriquent les pièces sont fiers de leur savoir-faire, mais pas de l'usage qui en est fait.
Aux familles qui fuient les combats, on dit qu'il n'y a pas de place, alors qu'il y a toujours de la place dans le budget pour de nouvelles armes.
Des infirmières, des enseignants et des conducteurs de bus ont voté des motions contre la guerre dans leurs syndicats.
[peace.opp]
{Opp} parle de sécurité, mais un monde avec plus d'armes n'est pas plus sûr.
{Opp} refuse de rendre publiques les conditions de {project}.
{Opp} assure que ces armes sont purement défensives, mais refuse de dire où elles finissent.
{Opp} a trouvé l'argent pour {project} en une semaine, après avoir répété pendant des années aux soignantes qu'il n'y en avait pas.
{Opp} a fait rejeter chaque proposition de cessez-le-feu présentée au Parlement.
[peace.fact]
{Company} a annoncé un bénéfice record de {millions} la première année de la guerre.
Les dépenses militaires ont augmenté plus vite que les dépenses de santé chacune des [trois|quatre] dernières années.
Depuis le début des combats, {num} 000 personnes ont dû quitter leur foyer.
L'argent de {project} suffirait à construire [deux|trois] hôpitaux neufs.
[peace.pct]
Le budget militaire a augmenté de {pct} en [deux|trois] ans.
Selon les derniers sondages, {pct} de la population s'oppose à de nouvelles livraisons d'armes.
[peace.argue]
Les guerres sont déclarées par les gouvernements, menées par les pauvres et payées par tout le monde.
Chaque bombe vendue est un profit pour quelqu'un et un enterrement pour quelqu'un d'autre.
Un cessez-le-feu n'est pas une faiblesse : c'est la première condition de toute paix digne de ce nom.
[peace.we]
Nous sommes aux côtés de toutes celles et ceux, de chaque côté du front, qui refusent de tuer ou de mourir pour les profits des autres.
[peace.call]
Rejoignez le rassemblement devant le siège de {company} chaque vendredi, de dix-huit à dix-neuf heures.
Proposez une motion contre {project} dans votre syndicat ; nous pouvons venir la présenter.
[peace.quote]
{Opp} appelle cela des “dépenses de défense”, mais celles et ceux qui reçoivent les bombes l'appelleraient autrement.
Un ouvrier de l'usine nous a raconté : “On nous disait qu'on fabriquait des ‘pièces’, et on a appris à quoi elles servaient aux informations.”
“Pas un euro de plus pour la guerre”, disait la banderole en tête du cortège.
[peace.testimony]
Mon grand-père a fait la guerre et n'en a jamais parlé. Je ne veux pas que mes enfants héritent de ce silence.
Je suis arrivée ici avec rien d'autre que mes enfants. Aujourd'hui j'apprends que les bombes tombées sur notre rue ont été fabriquées dans une usine à quelques kilomètres d'ici.
Je travaille à l'usine depuis neuf ans. Je suis fier de ce que nous savons faire, pas de l'endroit où ça finit.
[peace.item]
des services hospitaliers fermés faute de personnel
des maisons de quartier fermées dans toute la ville
un budget militaire qui augmente chaque année
des licences d'exportation accordées à huis clos
des personnes réfugiées qui attendent des années une réponse
des salons de l'armement financés avec de l'argent public
[peace.note]
Chiffres du projet de loi de finances, {month} {year}.
D'après le rapport annuel de {company} pour {past}.
[peace.heading.mid]
À qui profite la guerre ?
La paix est possible
[peace.demand.key]
Cessez-le-feu maintenant
Pas en notre nom
Pas un euro pour la guerre
[peace.demand]
L'arrêt de toutes les exportations d'armes vers la zone de guerre
La publication de toutes les licences accordées depuis le début de la guerre
L'accueil de toutes les personnes réfugiées, à égalité de droits
Des coupes dans le budget militaire, pas dans celui de la santé
La reconversion des usines d'armement vers une production utile
[peace.demand.long]
L'abandon de {project} et l'affectation de cet argent aux hôpitaux, aux écoles et aux logements privés de moyens depuis plus de dix ans
La garantie que les salariés de {company} conservent leur emploi et leur salaire pendant la reconversion des sites vers des productions utiles, avec les syndicats autour de la table dès le premier jour
[peace.bridge]
Pendant ce temps, pour la guerre, il y a toujours de l'argent.
Et tandis que tout le reste est rogné, le budget des armes ne cesse de grossir.
[peace.tag]
[paix|antimilitarisme]
[peace.hashtag]
#CessezLeFeu
#PasEnNotreNom
#NonÀLaGuerre
[peace.handle]
@collectif_paix
@syndicalistes_paix

[solidarity.frame]
target=[notre collègue Nadia Benali|Nadia Benali]; tname=Nadia; people=[ses collègues|celles et ceux qui travaillent avec elle]; at_place=à la biscuiterie Morand; opp=[la direction|la biscuiterie Morand]; company=Biscuiterie Morand; threat=[un licenciement|un licenciement pour faute grave]; remedy=[sa réintégration|sa réintégration immédiate]; org=Comité de soutien à Nadia Benali; slug=reintegration-nadia; hashtag=[#RéintégrezNadia|#JusticePourNadia]
target=la famille Haddad; tname=la famille Haddad; people=[ses voisines et voisins|les familles de notre rue]; at_place=dans notre quartier; opp=la préfecture; company=la préfecture; threat=une obligation de quitter le territoire; remedy=[un titre de séjour|le droit de rester]; org=Réseau de soutien à la famille Haddad; slug=famille-haddad; hashtag=[#LesHaddadRestent|#RégularisationMaintenant]
[solidarity.title]
Justice pour {tname}
Avec {tname}, sans hésiter
Touchez à l'une, vous touchez à toutes
“Une procédure ordinaire” : le cas de {target}
[solidarity.title.short]
Solidarité toujours
[solidarity.title.long]
Pourquoi nous soutenons {target}, et pourquoi cela nous concerne toutes et tous
[solidarity.subtitle]
Appel à la solidarité
[solidarity.lead]
{Target} fait face à {threat}, et nous demandons à toutes celles et ceux qui liront ces lignes de nous aider à l'empêcher.
En {month}, {target} a reçu une lettre qui a bouleversé sa vie : {threat}, à l'issue d'une procédure expéditive.
Ce communiqué est un message de solidarité avec {target}, qui [n'a rien fait de mal|mérite mieux que cela].
[solidarity.they]
{People} ont recueilli plus de {num} signatures en [quinze jours|trois semaines].
Tous ceux qui connaissent {target} disent la même chose : cette décision n'a aucun sens.
{People} ont rempli les salles de réunion, écrit des lettres et se sont relayés pour que personne n'affronte cela seul.
Ce que veulent {people} est simple : {remedy} et des excuses.
{People} ont écrit plus de [quarante|cinquante] lettres à {opp} et reçu deux réponses.
[solidarity.opp]
{Opp} refuse d'expliquer sa décision par écrit.
{Opp} traite {target} comme un numéro de dossier et non comme une partie de notre communauté.
{Opp} pourrait revenir sur sa décision dès demain sans rien perdre d'autre que son orgueil.
{Opp} semble croire qu'à force d'attendre, les gens oublieront ; elle se trompe.
{Opp} a refusé toutes les demandes de rendez-vous.
[solidarity.fact]
Plus de {num} personnes sont venues à la première réunion publique.
La décision a été prise en moins de [dix|douze] jours, au terme d'une procédure qui dure d'habitude des mois.
La pétition a été signée par des habitants de plus de [vingt|trente] communes.
[solidarity.pct]
Les décisions de ce type sont annulées dans {pct} des recours, ce qui en dit long sur la manière dont elles sont prises.
{pct} des personnes rencontrées au marché ont signé la pétition sur-le-champ.
[solidarity.argue]
Touchez à l'une, vous touchez à toutes : ce n'est plus un slogan quand c'est votre tour.
Si cela peut arriver à {target}, cela peut arriver à n'importe qui parmi nous.
La solidarité n'est pas de la charité : c'est savoir que nos destins sont liés.
[solidarity.we]
Nous ne laisserons personne affronter cela seul.
[solidarity.call]
Écrivez à {opp} pour demander l'annulation de la décision ; une lettre courte, avec vos propres mots, est le plus efficace.
Venez à la prochaine réunion publique, et amenez quelqu'un qui n'est jamais venu.
[solidarity.quote]
{Opp} qualifie la décision de “routine”, mais pour {target}, elle n'a rien de routinier.
Lors de la réunion, {name} a dit : “On nous répète que c'est ‘une question de procédure’, comme s'il n'y avait personne au bout de la procédure.”
“Pas sans nous battre”, disait la banderole accrochée dans la salle.
[solidarity.testimony]
Nous nous connaissons depuis des années. Quand mon mari était à l'hôpital, ils nous ont apporté à manger tous les soirs. Aujourd'hui, c'est notre tour.
Je ne comprends pas comment des gens qui n'ont jamais rencontré la personne concernée peuvent prendre une telle décision.
N'importe qui ici ferait la même chose pour l'un d'entre nous. C'est ça, la solidarité.
[solidarity.item]
des courriers qui ne répondent à aucune question
des rendez-vous annulés à la dernière minute
aucune possibilité de répondre aux accusations
une décision prise à huis clos
des mois d'attente sans un mot
des pressions sur celles et ceux qui prennent la parole
[solidarity.note]
Signatures comptées lors de la réunion publique, en {month} {year}.
Le courrier de décision a été envoyé en {month} {year} et tient sur une seule page.
[solidarity.heading.mid]
Pourquoi cela nous concerne toutes et tous
Ce qui s'est passé jusqu'ici
[solidarity.demand.key]
Justice pour {tname}
Annulez la décision
{Remedy}, maintenant
[solidarity.demand]
L'annulation de la décision et des excuses
{Remedy}, sans conditions
Une audition équitable, avec un représentant
Aucune sanction contre celles et ceux qui ont pris la parole
La publication intégrale des motifs de la décision
[solidarity.demand.long]
Un réexamen complet et indépendant de toutes les décisions de ce type prises ces trois dernières années, avec l'audition des personnes concernées et la publication des conclusions
Une protection pour toute personne qui s'organise, prend la parole ou signe une pétition, inscrite noir sur blanc et respectée, pour que personne d'autre n'ait à vivre ce qu'a vécu {target}
[solidarity.bridge]
Nous voulons aussi dire un mot de {target}.
C'est dans cet esprit que nous soutenons {target}.
[solidarity.tag]
[solidarité|justice]
[solidarity.handle]
@soutien_nadia
@reseau_haddad
"""

_AR = r"""
[*.month]
يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
[*.date]
{d} {month} {y}
[*.weekday]
يوم السبت
يوم الأحد
يوم الاثنين
يوم الأربعاء
يوم الجمعة
[*.name]
[خالد|ليلى|يوسف|منى|كريم|أم سامي|حسن|رانيا|عمر|هدى]
[*.place]
[عمّان|بيروت|تونس|الدار البيضاء|الإسكندرية|صفاقس|إربد|وهران]
[*.money]
{k} ألف دينار
[*.millions]
{k} مليون دينار

[*.short]
الحل بسيط.
لن نسكت بعد اليوم.
الحق لا يسقط بالتقادم.
هذا حق وليس منّة.
المال موجود.
لن ننتظر أكثر.
كفى!
لا ينبغي لأحد أن يعيش هكذا.
هذا ممكن.
لن نرحل.
الصمت ليس حياداً.
من يدفع الثمن؟
المسألة ليست مسألة أرقام.
انتظرنا بما فيه الكفاية.
هذا يجب أن يتغير.
لا شيء عنا من دوننا.
الجواب هو لا.
[*.argue]
لا يمكن لأي إصلاح حقيقي أن يأتي من فوق، فكل ما تحقق للناس جاء من نضالهم في الشوارع وأماكن العمل.
حين تُدار الخدمات الأساسية بمنطق الربح، يصبح الفقراء عبئاً في الحسابات بدل أن يكونوا أصحاب حق.
من يملك القرار يملك أيضاً القدرة على تغييره، ولذلك لا نقبل أن يُقال لنا إن الأمر خارج عن أيديهم.
لا نطلب من أحد أن يتفهم أوضاعنا، بل أن يحترم حقوقنا كما ينص عليها القانون نفسه.
الكلام عن الإصلاح بلا مواعيد ولا ميزانيات ليس سوى طريقة أخرى لتأجيل كل شيء.
ما نطالب به ليس امتيازاً لفئة بعينها، بل حد أدنى من العدالة يستحقه كل إنسان.
كلما تأخر الحل ارتفعت كلفته، والذين يدفعون هذه الكلفة ليسوا من اتخذوا القرار.
القانون الذي لا يحمي الضعفاء من الأقوياء لا يستحق أن يُسمى قانوناً عادلاً.
لا يوجد حل تقني لمشكلة سياسية، والمشكلة هنا سياسية من أولها إلى آخرها.
إن الدفاع عن حقوقنا اليوم هو دفاع عن حقوق من سيأتون بعدنا أيضاً.
كل ما حققه العاملون والعاملات عبر التاريخ انتزعوه بالتنظيم، لا بكرم من هم في الأعلى.
عندما تقول {opp} إنه لا يوجد مال، علينا أن نسأل: أين ذهب المال؟
الذين يقومون بالعمل يعرفون ما يجب فعله، وما ينقص هو الإرادة للاستماع إليهم.
إنها القصة نفسها دائماً: الأرباح خاصة، والتكاليف يتحملها الجميع.
الوعد بلا موعد ليس وعداً، والاستشارة التي تتجاهل الجواب ليست استشارة.
سمعنا كل الأعذار، ولم [يحلّ أيٌّ منها مشكلة واحدة|يضع أيٌّ منها رغيف خبز على مائدة أحد].
لا شيء من هذا حدث صدفة؛ إنها قرارات تُتخذ في مكاتب بعيدة عن الناس الذين يعيشون عواقبها.
السؤال ليس هل التغيير ممكن، بل من سيدفع ثمنه.
هل يصدق أحد حقاً أن الأمور ستُحل من تلقاء نفسها؟
ليس في المطالبة بحياة [كريمة|آمنة] أي تطرف، وليس في الدفاع عن الوضع القائم أي اعتدال.
لا أحد يطلب المستحيل؛ نحن نطالب بالأساسيات التي وُعدنا بها.
يُقاس المجتمع اللائق بطريقة معاملته لمن يملكون أقل قدر من السلطة.
ليس نقص المال ما يُبقي الأمور على حالها، بل غياب الإرادة في القمة.
حين ينظم الناس أنفسهم، كثيراً ما يصبح المستحيل بديهياً.
في كل مرة طُلب منا أن ننتظر، كنا نحن من يدفع ثمن الانتظار.
الكرامة ليست مكافأة على حسن السلوك، بل حق للجميع.
لم يتنازل أصحاب السلطة يوماً عن شيء دون ضغط.
إذا كان هناك مال لتخفيض الضرائب على الأثرياء، فهناك مال لهذا أيضاً.
الصبر فضيلة، لكن ليس حين يُطلب فقط ممن يملكون أقل من غيرهم.
ما يُقدَّم لنا على أنه منطق سليم هو في الغالب مصلحة أحدهم متنكرة في ثوب قانون طبيعي.
الخيار ليس بين الاعتدال والتطرف، بل بين الفعل والانتظار.
[*.opp]
أُعطيت {opp} [أشهراً|كل الفرص] لإصلاح الوضع، لكنها اختارت ألا تفعل.
حتى الآن، ردّت {opp} على كل رسالة ببيان صحفي.
تقول {opp} إنها تستمع، لكنها لم تغيّر قراراً واحداً.
بدلاً من الحوار معنا، استعانت {opp} [بشركة استشارات|بمكتب محاماة|بشركة علاقات عامة].
تفضّل {opp} البيانات الصحفية على الحوار، والوعود على الخطط.
كل شهر تؤخر فيه {opp} قرارها يدفع ثمنه شخص آخر.
تعد {opp} بجواب [في الشهر المقبل|بعد الصيف|في العام الجديد] منذ زمن لا يذكر أحد بدايته.
[*.we]
نحن لسنا محترفي سياسة، بل عمال وربات بيوت وطلاب ومتقاعدون قررنا ألا نسكت.
بنينا هذه الحملة خطوة خطوة، من لقاءات صغيرة في البيوت إلى اجتماعات عامة مزدحمة.
لن نقبل بأن يتحدث أحد باسمنا دون أن يسمع منا أولاً.
نمدّ أيدينا إلى كل من يشاركنا هذه المطالب، أياً كان انتماؤه.
تعلمنا من تجاربنا السابقة أن الوحدة هي سلاحنا الوحيد الذي لا يصدأ.
نحن لا نطلب صدقة، بل نطالب بما هو حق لنا.
سنواصل [التنظيم|النضال|الاجتماع] حتى [تتحقق مطالبنا|ننتصر].
نعرف أن أحداً لا ينتصر وحده، ولهذا نكتب إليكم.
قررت جمعيتنا العامة [بالإجماع|بأغلبية كبيرة] دعم هذه الحملة.
نحن فخورون بما تحقق حتى الآن، وندرك جيداً حجم ما تبقى.
لا ندّعي أننا نتكلم باسم الجميع، لكننا نتكلم باسم عدد من الناس أكبر بكثير مما يحب المسؤولون أن يعترفوا به.
سُئلنا إن كنا مستعدين للتنازل؛ نحن مستعدون للانتصار.
نجتمع كل أسبوع في غرفة فوق مقهى الحي، وفي كل أسبوع يزداد عددنا.
سنواصل الكتابة والاجتماع والتظاهر مهما طال الوقت.
[*.context]
في الأحياء الشعبية يعرف الجميع كيف صار الحصول على أبسط الخدمات معركة يومية.
تضاعفت فواتير الكهرباء والماء خلال سنوات قليلة، بينما بقيت الأجور تراوح مكانها.
يهاجر كثير من الشباب لأنهم لا يرون أمامهم أي أفق، وتخسر البلاد بذلك أفضل طاقاتها.
كانت الوعود كثيرة في كل حملة انتخابية، وكان نصيب الناس منها دائماً قليلاً.
لم تعد الطبقة الوسطى قادرة على تحمّل ما كانت تتحمله قبل عشر سنوات.
حين تُغلق مدرسة أو مستوصف في حي ما، لا يعود شيء إلى ما كان عليه.
تتكرر القصة نفسها في المدن والقرى: قرارات تُتخذ بعيداً ثم يُطلب من الناس أن يتقبلوها.
في كل اجتماع نعقده نلتقي وجوهاً جديدة، وهذا وحده دليل على أن الغضب حقيقي وواسع.
لم يعد ممكناً أن تعيش أسرة بأجر واحد كما كان الحال في زمن آبائنا.
ما يُصرف على الإعلانات الرسمية وحدها يكفي لتغطية جزء كبير مما نطالب به.
ترتفع الأسعار في المحلات شهراً بعد شهر، بينما تتأخر الأجور والمعاشات أكثر فأكثر.
منذ أكثر من عشر سنوات يُقال لنا أن نشدّ الأحزمة، وفي كل عام يضيق الحزام أكثر.
نادراً ما يستخدم صانعو هذه القرارات الخدمات التي يقلّصونها.
بنى الخدمات العامة أناسٌ قرروا أن بعض الأمور أهم من أن تُترك للسوق.
من يطلبون منا الصبر نادراً ما يكونون هم من ينتظرون.
كل حق نتمتع به اليوم، من العطلة الأسبوعية إلى حق التصويت، وُصف يوماً بأنه غير واقعي.
ما يحدث هنا جزء من شيء أكبر، والناس في مدن أخرى يراقبون.
الأرقام ليست سراً؛ ما ينقص هو مسؤول مستعد للتصرف بناءً عليها.
رأينا هذا النمط من قبل، ونعرف أنه لا يتغير إلا حين يتكاتف الناس.
يكثر الحديث عن العدالة، ويقلّ العمل بها.
لم يتسبب الناس العاديون في هذه الأزمة، لكنهم دائماً أول من يُطلب منهم دفع ثمنها.
وراء كل رقم في هذا البيان أسرة واسم.
في كل أنحاء البلاد يطرح الناس الأسئلة نفسها التي نطرحها.
أظهرت السنوات الأخيرة كم يسهل إيجاد المال حين يريده أصحاب السلطة.
لم تكن الهوة بين الأثرياء وبقية الناس بهذا الاتساع في حياتنا كلها.
تنقل الصحف المحلية والنقابات وجمعيات الأحياء الصورة نفسها.
معظم المتأثرين بهذه القرارات لم يُستشاروا فيها قط.
قبل جيل واحد، كان كثير مما نطالب به أمراً مسلّماً به.
من يستفيدون من الوضع القائم لديهم كل الأسباب ليقولوا إن شيئاً لا يمكن أن يتغير.
في السنوات العشر الأخيرة، ارتفع ثمن كل ما يهم تقريباً أسرع من أجور من يحتاجون إليه.
قُدّم كل تقليص على أنه مؤقت، ولم يُلغَ أيٌّ منها تقريباً.
كثير ممن نتحدث إليهم لم يحضروا اجتماعاً في حياتهم من قبل، وها هم يعودون في كل مرة.
لم تكن الأزمة واحدة على الجميع: فبعضهم جنى منها الكثير.
صار من الطبيعي أن يعمل المرء بدوام كامل ولا يستطيع مع ذلك تغطية نفقاته.
[*.call]
ندعو كل نقابة وكل جمعية حيّ وكل جار وجارة إلى إرسال رسالة تضامن.
موعدنا {weekday} في الساعة [العاشرة|الحادية عشرة] صباحاً أمام مبنى البلدية في {place}.
شاركوا هذا البيان، [وعلّقوه في أماكن عملكم|واطبعوه للوحة الإعلانات|واقرأوه في اجتماعكم القادم]، وتحدثوا عنه مع من حولكم.
كل تبرع لصندوق التضامن، مهما كان صغيراً، يساعدنا على الصمود.
ادعونا إلى [اجتماعكم|نقابتكم|مجموعتكم]: سنأتي.
إذا كان بإمكانك أن تمنح ساعة في الأسبوع، فنحن بحاجة إليك.
[*.list_intro]
اسألوا أي شخص {at_place} وستسمعون القائمة نفسها:
في العام الماضي وحده [رأينا|وثّقنا|سجّلنا]:
هكذا يبدو الأمر على أرض الواقع:
[*.bq_intro]
وكما جاء على لسان {name} في الاجتماع الأخير:
في اجتماع مزدحم في {place}، كانت كلمات {name} واضحة:
هذه شهادة {name}:
[*.heading.early]
ماذا يحدث
كيف وصلنا إلى هنا
[*.heading.mid]
لماذا يعنينا هذا
من المستفيد؟
[*.heading.late]
ماذا نطالب
ماذا يمكنكم أن تفعلوا
[*.hashtag_s]
{hashtag} أكثر من مجرد شعار.
{hashtag}: هذا ما كُتب على اللافتات {weekday}، ونحن نعني كل كلمة.
{hashtag} تصدّر المنصات في المساء نفسه، لكن الدعم على الإنترنت ليس إلا البداية.
[*.hashtag_in]
شاركوا صوركم مع وسم {hashtag} وقولوا لماذا جئتم.
نشر الآلاف بالفعل تحت وسم {hashtag}.
إذا لم تستطيعوا الحضور، انشروا صورة لافتتكم مع {hashtag}.
[*.handle_s]
تابعوا {handle} لآخر الأخبار، وأشيروا إلى {handle2} عندما تشاركون هذا البيان.
أرسلوا رسائل التضامن إلى {handle}؛ نقرأها كلها في اجتماعاتنا.
ستجدوننا باسم {handle} على معظم المنصات.
[*.url_s]
التقرير الكامل متاح على {url}.
وقّعوا العريضة على {url} واطلبوا من ثلاثة من أصدقائكم أن يفعلوا الشيء نفسه.
كل ما نشرناه، بما في ذلك محاضر الاجتماعات، موجود على الإنترنت ({url}).
يمكنكم التبرع عبر <{url}>؛ كل دينار يذهب إلى صندوق التضامن.
اقرأوا [الأدلة التي جمعناها]({url}) واحكموا بأنفسكم.
[*.long]
نرفض كل الاستراتيجيات التي تجعل من الفقراء وقوداً للأزمات.
لن تنجح هذه الحملة في مكاتب البيروقراطيين، بل في الشوارع والأحياء.
تضامننا مع العمال في كل مكان هو ردّنا على الشركات المتعددة الجنسيات واستراتيجياتها.
إن حقوق العمال والديمقراطيات الحقيقية لا تُبنى إلا من الأسفل.
[*.hyphen]
هذه ليست مشكلة عابرة - إنها مشكلة طويلة الأمد تحتاج إلى حل طويل الأمد.
لم يصوّت أحد على هذا - لا نحن، ولا جيراننا، ولا أي شخص نعرفه.
استمرت ما تُسمّى الاستشارة أسبوعين فقط - في شهر أغسطس.
لن يفرّقونا - لا بالتهديد ولا بالوعود.
[*.quote]
تسمّي {opp} ذلك “[تحديثاً|قراراً صعباً|ترشيداً]”، أما نحن فنسمّيه باسمه.
طُلب منا أن نكون “واقعيين”، وكأن من صنعوا هذه الفوضى كانوا واقعيين يوماً في أي شيء غير رواتبهم.
حين سألنا متى، كان الجواب “قريباً”، وبعد شهر سألنا من جديد فكان الجواب “قريباً” مرة أخرى.
“نحن لا نتدخل في السياسة”، تحب {opp} أن تقول، لكن كل قرار تتخذه قرار سياسي.
[*.signoff]
— {org}، {date}
— {org}، {place}، {date}
مع التحيات النضالية،\n{org}
تضامناً،  \n{org}
[*.subtitle]
أُقرّ في الجمعية العامة بتاريخ {date}
أُقرّ بالإجماع بتاريخ {date}

[union.frame]
people=[عمال النظافة في المستشفى|عمال النظافة]; at_place=في المستشفى الحكومي; opp=[الشركة المتعهدة|إدارة الشركة]; company=شركة الصفاء للخدمات; org=لجنة عمال النظافة; slug=idrab-alnadhafa; hashtag=[#الإضراب_مستمر|#ادفعوا_المستحقات]
people=[عمال مصنع النسيج|العمال في المصنع]; at_place=في مصنع النسيج; opp=[إدارة المصنع|الإدارة]; company=شركة النور للنسيج; org=النقابة المستقلة لعمال النسيج; slug=idrab-alnasij; hashtag=[#كلنا_مع_العمال|#ادفعوا_المستحقات]
[union.title]
{people} على حق
ادفعوا ما عليكم
كل الدعم للإضراب
التعهيد: الثمن الحقيقي
“أساسيون” في التصفيق، منسيون عند الدفع
[union.title.short]
الإضراب مستمر
[union.title.long]
لماذا نقف مع {people} في نضالهم من أجل أجر عادل ومعاملة تحفظ كرامتهم في العمل
[union.subtitle]
بيان تضامن مع الإضراب {at_place}
[union.lead]
يواصل {people} إضرابهم عن العمل منذ [ثلاثة|خمسة|سبعة] أسابيع.
توقف {people} عن العمل {weekday}، ولن يعودوا حتى تدفع {company} ما عليها من مستحقات.
في {month}، صوّت {people} بأغلبية ساحقة لصالح الإضراب.
هذا بيان تضامن مع {people} الذين يناضلون منذ {month} من أجل [أجر يكفي للعيش|إجازة مرضية مدفوعة|ساعات عمل لائقة].
[union.they]
إنهم لا يطلبون الكثير: أجوراً تُدفع في موعدها، ومناوبات يمكن التخطيط لها، وإجازة مرضية تكون حقاً لا منّة.
كثير منهم يعملون في وظيفتين، وبعضهم يعمل {at_place} منذ ما قبل العقد نفسه.
من دونهم لن يعمل شيء {at_place} أكثر من يوم واحد.
لقد صبروا سنوات طويلة، ولم يجلب لهم الصبر شيئاً.
كثير منهم مهاجرون، وكثير منهم يعيلون أسرهم وحدهم، ويتقاضى معظمهم الحد الأدنى الذي يسمح به القانون.
[union.opp]
تدين لهم {opp} بأجور [شهرين|ثلاثة أشهر]، وعرضت عليهم بدلاً منها [مكافأة لمرة واحدة|قسيمة شراء|اعتذاراً].
هددت {opp} بجلب عمال مؤقتين لكسر الإضراب، وهذا مخالف للقانون.
في العام الماضي وزّعت {company} على مساهميها {money}، لكنها تقول إن زيادة الأجور غير ممكنة.
رفضت {opp} لقاء النقابة إلى أن أُعلن الإضراب، والآن تريد الحوار، ولكن فقط حول كيفية إنهائه.
لم تقدّم {opp} أي عرض مكتوب، بل مجرد تلميحات بأن شيئاً ما قد يكون ممكناً إذا أُلغي الإضراب.
[union.fact]
تبلغ قيمة العقد {money} شهرياً.
وقّع {num} من العمال على العريضة في الأيام [الثلاثة|الأربعة] الأولى.
تضاعفت الإجازات المرضية {at_place} منذ بداية العقد.
[union.pct]
فقدت الأجور {pct} من قيمتها الحقيقية منذ بداية العقد.
شارك {pct} من العمال في التصويت، وصوّت جميعهم تقريباً لصالح الإضراب.
[union.argue]
الإضراب ليس الخيار الأول أبداً، بل هو ما يفعله العمال حين تُغلق في وجوههم كل الأبواب.
إذا كانت {company} تجد المال [للمستشارين|للمكافآت|لأرباح المساهمين]، فبإمكانها أن تجده لمن يقومون بالعمل.
قيل لنا إن التعهيد يوفر المال، لكنه في الواقع وسيلة لدفع أجور أقل والتهرب من أي مساءلة.
[union.we]
نقف مع المضربين كل صباح، وسنكون هناك {weekday} أيضاً.
[union.call]
زوروا خيمة الإضراب {at_place}؛ فنجان شاي وبضع دقائق من وقتكم تعني أكثر مما تظنون.
تبرعوا لصندوق الإضراب: كل يوم إضراب يكلّف كل عامل أجر يوم كامل.
[union.quote]
تصف {opp} هذا العمل بأنه “لا يحتاج إلى مهارة”، وهو وصف لن يقوله أحد جرّب هذا العمل يوماً.
قال لنا أحد العمال: “يسموننا ‘أساسيين’ أمام الكاميرات، و‘تكاليف’ عندما يضعون الميزانية.”
“لن نعود مقابل قسيمة شراء”، كانت هذه كلمات {name} في الصباح الأول للإضراب.
[union.testimony]
أعمل هنا منذ أحد عشر عاماً، ولم أتقاضَ أجري في موعده ولو مرة واحدة.
عندما مرض ابني خسرت أجر أسبوع كامل، ولم يسأل أحد من الشركة حتى عن حاله.
لسنا نحن المشكلة. نحن السبب في أن هذا المكان ما زال يعمل.
[union.item]
أجور تتأخر [شهرين|ثلاثة أشهر] متتالية
مناوبات تتغير قبل يوم واحد فقط
لا أجر عن الأيام الأولى من المرض
عمال مؤقتون يتقاضون أقل مقابل العمل نفسه
مشرفون يردّون على الشكاوى بالتهديد
معدات معطلة لا تُستبدل أبداً
[union.note]
أرقام من استطلاع أجرته اللجنة بين {num} من العمال، {month} {year}.
حصلنا على وثائق العقد بعد طلب رسمي للحصول على المعلومات.
[union.heading.mid]
لماذا يضربون
من يربح من العقد
[union.demand.key]
ادفعوا المستحقات الآن
أجر يكفي للعيش
عودة الخدمة إلى القطاع العام
[union.demand]
دفع كل الأجور المتأخرة قبل نهاية الشهر
إجازة مرضية مدفوعة من اليوم الأول
لا عقوبات على أي عامل شارك في الإضراب
الاعتراف بالنقابة والتفاوض معها بحسن نية
أجر متساوٍ للعمال المؤقتين عن العمل نفسه
[union.demand.long]
عدم تجديد العقد مع {company} عند انتهائه، وتثبيت جميع العمال في القطاع العام بالشروط نفسها التي يتمتع بها زملاؤهم الذين يعملون إلى جانبهم كل يوم
حد أدنى مضمون من ساعات العمل لكل من يريده، مع نشر جداول المناوبات قبل أربعة أسابيع، ومن دون أي تغيير بغير موافقة العامل
[union.bridge]
المنطق نفسه يحكم أماكن عملنا.
وهذا ما يعيشه أيضاً {people}.
[union.tag]
[إضراب|أجور]
[union.handle]
@lajnat_alommal
@naqaba_mustaqilla

[tenants.frame]
people=[السكان|الأهالي]; at_place=في حي النخيل; opp=[الشركة المالكة|إدارة العقارات]; company=شركة الأفق العقارية; org=لجنة سكان حي النخيل; slug=hay-alnakhil; hashtag=[#الإصلاحات_أولا|#لا_للإخلاء]
people=[السكان|الأهالي]; at_place=في عمارة شارع الزيتون; opp=[الشركة المالكة|إدارة العمارة]; company=شركة المدار للإسكان; org=رابطة المستأجرين في شارع الزيتون; slug=shari-alzaytun; hashtag=[#السكن_حق|#لا_للإخلاء]
[tenants.title]
أوقفوا زيادة الإيجارات الآن
الإصلاحات أولاً، ثم الإيجار
ارفعوا أيديكم عن بيوتنا
رطوبة وعفن وزيادة في الإيجار: كفى
“مُدرج في الخطة” ليس موعداً للإصلاح
[tenants.title.short]
إيجارات عادلة
[tenants.title.long]
لماذا يجب ألا يدفع أحد زيادة الإيجار هذا العام قبل أن تُنجز الإصلاحات المطلوبة
[tenants.subtitle]
رسالة إلى كل من يسكن {at_place}
[tenants.lead]
منذ {month}، يودع {people} {at_place} إيجاراتهم في حساب أمانة بدلاً من دفعها إلى {company}.
هذا الشتاء، وللعام [الثالث|الرابع] على التوالي، عاش {people} {at_place} مع جدران رطبة ومصاعد معطلة وتدفئة تتوقف حين تشتد الحاجة إليها.
أبلغت {company} {people} {at_place} بأن الإيجار سيرتفع مجدداً في أبريل، بنسبة تفوق بكثير أي زيادة في الأجور.
[tenants.they]
لم يتخذوا هذه الخطوة باستخفاف.
كثيرون منهم يعيشون هنا منذ عشرين عاماً أو أكثر، وقد رأوا الإصلاحات تزداد بطئاً والرسائل تزداد طولاً.
أبلغوا عن كل تسرب للمياه وكل قفل مكسور وكل بقعة عفن، واحتفظوا بنسخة من كل بلاغ.
هم لا يرفضون الدفع، بل يرفضون الدفع مقابل خدمة لا يحصلون عليها.
بينهم متقاعدون وعمال مناوبات ليلية وعائلات ينام أطفالها في غرف جدرانها مبللة.
بعضهم يسكن هنا منذ بُنيت البيوت، ويذكرون زمناً كان الإصلاح فيه يستغرق أسبوعاً لا عاماً.
[tenants.opp]
تصف {opp} الإضراب عن دفع الإيجار بأنه غير قانوني، لكن لا أحد يحتفظ بالمال: إنه مودع، وسيُدفع يوم تنتهي الأعمال.
أنفقت {opp} على رسائل المحامين أكثر مما ستكلّفه الإصلاحات.
تقول {opp} إن الأعمال مجدولة، لكن أحداً لم يرَ هذا الجدول قط.
في كل مرة ينظم فيها السكان أنفسهم، تعد {opp} بمراجعة، وتنتهي كل مراجعة بزيادة جديدة في الإيجار.
باعت {opp} [عمارتين|ثلاث عمارات] في السنوات الخمس الأخيرة، وتقول إنها لا تستطيع شراء مرجل جديد.
[tenants.fact]
من بين {num} من الشقق [التي شملها المسح|التي فحصها السكان بأنفسهم]، كانت {part} منها تعاني من الرطوبة أو العفن.
تقاضى المدير التنفيذي في {company} {money} في العام الماضي.
تتزايد قائمة الإصلاحات المتأخرة كل عام منذ خمس سنوات.
[tenants.pct]
ارتفعت الإيجارات {at_place} بنسبة {pct} خلال أربع سنوات، بينما بقيت الأجور على حالها تقريباً.
باتت {pct} من الأسر تنفق أكثر من نصف دخلها على الإيجار.
[tenants.argue]
البيت الذي يغطي العفن الأسود جدران غرف نومه ليس بيتاً، مهما قال عقد الإيجار.
السكن حق، وليس وسيلة لتحويل إيجارات الناس إلى أرباح.
عندما يرفض المالك الإصلاح، فإن القوة الوحيدة التي يملكها المستأجرون هي قوتهم مجتمعين.
[tenants.we]
طرقنا كل الأبواب {at_place}، وكان الجواب نفسه تقريباً عند كل باب.
[tenants.call]
انضموا إلى الوقفة أمام مكتب {company} {weekday} صباحاً.
إذا كنتم تستأجرون من {company} في أي مكان في {place}، تواصلوا معنا: لستم وحدكم.
[tenants.quote]
تقول {opp} إن الإصلاحات “قيد التنفيذ”، مع أن أحداً لم يرَ عاملاً واحداً حتى الآن.
قالت لنا إحدى الساكنات: “عندما أبلغت عن العفن قالوا إنه بسبب ‘طريقة معيشتنا’، وكأننا اخترنا أن نعيش هكذا.”
“لن نرحل من هنا”، كانت هذه كلمات {name} في الاجتماع الأخير، “والرطوبة أيضاً لا ترحل.”
[tenants.testimony]
عندي ثلاثة أطفال، وأحدهم مصاب بالربو. كل صباح أمسح زجاج النوافذ، وكل ليلة تعود المياه.
أدفع إيجاري منذ تسعة عشر عاماً دون أن أتأخر شهراً واحداً. كل ما طلبته هو سخان ماء يعمل.
عندما يتعطل المصعد لا أستطيع إخراج أمي من الشقة. هذه ليست مشكلة صيانة، هذا سجن.
[tenants.item]
مصاعد معطلة لأسابيع
عفن أسود في غرف النوم وخلف الخزائن
تدفئة تتعطل كل شتاء
طلبات إصلاح تُغلق دون أن يأتي أحد
رسوم خدمات ترتفع كل عام
رسائل تهدد بالإخلاء بسبب تأخير واحد في الدفع
[tenants.note]
مسح أجراه السكان أنفسهم في {num} من الشقق، {month} {year}.
أرقام من التقرير السنوي الذي نشرته {company}.
[tenants.heading.mid]
من يربح من الإيجارات
ماذا وجد السكان
[tenants.demand.key]
الإصلاحات أولاً
لا للإخلاء
جمّدوا الإيجارات
[tenants.demand]
تقرير فني عن كل شقة يُطلع عليه السكان
جدول زمني للإصلاحات يبدأ بالتدفئة والرطوبة
لا إخلاء ولا غرامات على المشاركين في الإضراب
الاعتراف بلجنة السكان ولقاء شهري معها
إلغاء زيادة الإيجار لهذا العام
[tenants.demand.long]
مال عام ورقابة عامة: أن تعود كل المساكن التي تملكها {company} في {place} إلى ملكية عامة، مع ممثلين منتخبين عن السكان في إدارتها
ضمان قانوني بألا يُطرد أي ساكن أبلغ عن عطل، أو يُهدد بالطرد، أو يُحمّل كلفة الإصلاح، خلال العام الذي يلي البلاغ
[tenants.bridge]
والأمر نفسه يحدث لبيوتنا.
انظروا إلى السكن وسترون النمط نفسه.
[tenants.tag]
[سكن|إيجارات]
[tenants.handle]
@sukkan_alnakhil
@rabitat_almustajirin

[climate.frame]
people=[سكان {place}|أهالي {place}]; at_place=في {place}; opp=[وزارة الطاقة|الوزارة]; company=شركة الشمال للطاقة; project=[محطة الفحم الجديدة|توسعة محطة الفحم]; org=تنسيقية العدالة المناخية; slug=la-lilfahm; hashtag=[#لا_للفحم|#العدالة_المناخية]
people=[سكان الساحل|أهالي القرى الساحلية]; at_place=على الساحل; opp=[البلدية|إدارة البلدية]; company=شركة المرجان السياحية; project=[توسعة الميناء|خطة الطريق الساحلي]; org=تحالف الساحل للجميع; slug=alsahil-lana; hashtag=[#الساحل_للجميع|#العدالة_المناخية]
[climate.title]
لا ل{project}
العدالة المناخية تبدأ من هنا
{project}: الخطة الخطأ في الوقت الخطأ
الهواء النظيف ليس رفاهية
“نمو أخضر”؟ ليس هكذا
[climate.title.short]
طوارئ مناخية
[climate.title.long]
لن نقف مكتوفي الأيدي بينما تبيع {opp} مستقبل أطفالنا من أجل أرباح {company}
[climate.subtitle]
ملاحظات الأهالي على {project}
[climate.lead]
{weekday} تقرر {opp} مصير {project}، وإذا مضى المشروع قدماً فسيقيّد {place} بعقود من الانبعاثات المتزايدة.
يقدّمون لنا {project} على أنها تقدّم، لكنها تعني بالنسبة إلى {people} مزيداً من الضجيج وهواءً أكثر تلوثاً وفاتورة أكبر لأزمة نعيشها أصلاً.
في الصيف الماضي فاض النهر مرتين، وفي هذا الشتاء تريد {opp} الموافقة على {project}.
[climate.they]
هم ليسوا ضد فرص العمل، بل ضد أن يُقال لهم إن الوظائف الوحيدة المتاحة هي تلك التي تزيد الفيضانات سوءاً.
حضر كثيرون منهم كل جلسات التشاور، وتوقف كثيرون عن الاعتقاد بأن أحداً كان يستمع.
إنهم يتنفسون أصلاً بعضاً من أكثر الهواء تلوثاً في المنطقة.
أجروا الأبحاث وكتبوا الاعتراضات وطرقوا الأبواب، وكل ذلك في أوقات فراغهم.
يُبقي الأهالي {at_place} أطفالهم في البيوت في أسوأ أيام التلوث.
[climate.opp]
أعلنت {opp} حالة الطوارئ المناخية قبل [ثلاث|أربع] سنوات، ووافقت منذ ذلك الحين على كل مشروع ملوِّث عُرض عليها تقريباً.
تقول {opp} إن القرار ليس بيدها، لكنها هي من سيوقّع على الترخيص.
التقت {opp} بممثلي {company} [إحدى عشرة|أربع عشرة] مرة هذا العام، ولم تلتقِ بلجان الأهالي إلا مرة واحدة.
تتحدث {opp} عن التوازن، وكأن هناك توازناً يمكن إيجاده بين كوكب صالح للحياة وأرباح فصلية.
لم تنشر {opp} رقماً واحداً يبين كيف تتوافق {project} مع أهدافها المناخية.
[climate.fact]
ستضيف {project} نحو {num} ألف طن من الكربون سنوياً إلى انبعاثات البلاد.
حققت {company} أرباحاً بلغت {millions} في العام الماضي، ذهب معظمها إلى المساهمين.
قُلّصت خطوط الحافلات التي تخدم الأحياء الأفقر [مرتين|ثلاث مرات] منذ عام {past}.
استغرق إصلاح أضرار الفيضان الأخير [ثمانية|عشرة] أشهر.
[climate.pct]
ارتفعت انبعاثات قطاع النقل بنسبة {pct} منذ إعلان حالة الطوارئ المناخية.
عارض {pct} من المشاركين في الاستشارة العامة المشروع.
[climate.argue]
لا وظائف على كوكب ميت، ولا سياسة مناخية من دون سياسة اجتماعية.
أرخص طن من الكربون هو الطن الذي لا يُحرق أبداً.
الذين ساهموا أقل من غيرهم في هذه الأزمة هم من يدفعون ثمنها الأكبر اليوم.
[climate.we]
قدّمنا مئات الاعتراضات، وسنكون في قاعة الجلسة يوم التصويت.
[climate.call]
تعالوا إلى جلسة المجلس {weekday} لنملأ مقاعد الجمهور.
اكتبوا هذا الأسبوع إلى ممثليكم في المجلس بكلماتكم الخاصة: الأمر يستغرق عشر دقائق، وهو مهم.
[climate.quote]
تسمّي {opp} {project} “نمواً أخضر”، وهذا يشبه أن تسمّي ناراً مشتعلة “تدفئة مستدامة”.
لخّصت إحدى الساكنات الأمر قائلة: “يقولون ‘صفر انبعاثات’ ويقصدون ‘ليس الآن’.”
“لسنا خبراء”، كانت هذه كلمات {name} في الاجتماع العام، “لكننا نعرف كيف نقرأ خريطة الفيضانات.”
[climate.testimony]
غمرت المياه بيتي مرتين في ست سنوات. لم تعد شركة التأمين تغطينا، والبلدية تقول لنا اشتروا أكياس الرمل.
أذهب إلى عملي بالحافلة كل يوم. منذ التقليصات صارت رحلة العشرين دقيقة تستغرق ساعة، ويقولون إن هذا تقدّم.
عمري ثلاثة وسبعون عاماً. لن أرى الأسوأ، لكن أحفادي سيرونه، وأريد أن أستطيع النظر في عيونهم.
[climate.item]
خطوط حافلات تُلغى بينما تُوسَّع الطرق
إنذارات فيضان كل شتاء دون أي حواجز جديدة
تلوث يتجاوز الحد القانوني أمام [ثلاث|أربع] مدارس
أراضٍ عامة تُباع لبناء مواقف سيارات
خطة مناخية بلا مواعيد ولا ميزانية
جلسات تشاور في ساعات العمل
[climate.note]
تقدير مأخوذ من دراسة الأثر البيئي التي أعدتها الجهة المطوِّرة نفسها، الصفحة {part}.
محضر جلسة المجلس، {month} {past}.
[climate.heading.mid]
ماذا تعني الخطة حقاً
من يدفع ثمن الأزمة؟
[climate.demand.key]
أوقفوا {project}
نقل عام مجاني الآن
اتركوا الفحم تحت الأرض
[climate.demand]
رفض {project} وكل مشروع مشابه
إعادة كل خطوط الحافلات التي أُلغيت منذ عام {past}
خطة مناخية بمواعيد وميزانية ومسؤولين معروفين بالاسم
هواء نظيف أمام كل مدرسة قبل نهاية العام المقبل
لا مال عاماً للوقود الأحفوري
[climate.demand.long]
ضمان حصول كل عامل تعتمد وظيفته على الوقود الأحفوري على تدريب ووظيفة بالأجر نفسه في القطاعات التي يجب أن تحل محله، على نفقة من جنوا الأرباح
نقل عام ميسور الكلفة يصل إلى كل شارع في {place}، يُدار لخدمة من يستخدمونه لا لخدمة مساهمي الشركات الخاصة
[climate.bridge]
وأزمة المناخ تتبع المنطق نفسه.
ويتضح هذا {at_place}، حيث تمضي {opp} في {project}.
[climate.tag]
[مناخ|نقل]
[climate.handle]
@adala_munakhiya
@sahil_lil_jami

[peace.frame]
people=[أهالي {place}|الناس في {place}]; at_place=في {place}; opp=الحكومة; company=شركة الدرع للصناعات العسكرية; project=[صفقة السلاح الجديدة|زيادة الإنفاق العسكري]; org=منتدى السلام في {place}; slug=la-lilharb
people=[عمال المصنع|الناس في {place}]; at_place=في مصنع الذخيرة; opp=الحكومة; company=شركة الحصن للتصنيع; project=[توسعة مصنع الذخيرة|خطة توسعة مصنع الذخيرة]; org=نقابيون ضد الحرب; slug=masna-althakhira
[peace.title]
ليس باسمنا
مدارس لا قنابل
أوقفوا تسليح الحرب
السلام قضية نقابية
الحرب: من المستفيد؟
[peace.title.short]
لا للحرب
[peace.title.long]
لماذا يجب أن تذهب أموال {project} إلى المستشفيات والمدارس والبيوت لا إلى مصانع السلاح
[peace.subtitle]
إعلان ضد الحرب وسباق التسلح
[peace.lead]
بينما تغلق المستشفيات أقساماً كاملة بسبب نقص الكوادر، وجدت {opp} {millions} من أجل {project}.
مع كل أسبوع تستمر فيه الحرب، يُقتل مزيد من الناس، وتُدمَّر مزيد من البيوت، وتتدفق مزيد من الأموال إلى الشركات التي تصنع السلاح.
تقول لنا {opp} إنه لا بديل عن {project}، ونحن نكتب لنقول إن هناك بديلاً.
[peace.they]
معظم الناس لا يريدون هذه الحرب، ولا يريدون أن تُستخدم ضرائبهم لإطالتها.
تظاهر {people} وكتبوا وضغطوا ونظموا الوقفات، وسيواصلون ذلك.
كثير ممن يصنعون القطع فخورون بمهارتهم، لا بالمكان الذي ينتهي إليه ما يصنعونه.
يُقال للعائلات الهاربة من القتال إنه لا مكان لها، بينما يتسع المكان في الميزانية دائماً لمزيد من الأسلحة.
أقرّت نقابات الممرضين والمعلمين وسائقي الحافلات قرارات ضد الحرب.
[peace.opp]
تتحدث {opp} عن الأمن، لكن عالماً مليئاً بالسلاح ليس عالماً آمناً.
ترفض {opp} نشر شروط {project}.
تقول {opp} إن هذه الأسلحة دفاعية فقط، لكنها لا تقول أين ينتهي بها المطاف.
وجدت {opp} المال ل{project} في أسبوع واحد، بعد سنوات من إخبار الممرضات بأنه لا يوجد مال.
أسقطت {opp} كل اقتراح لوقف إطلاق النار عُرض على البرلمان.
[peace.fact]
أعلنت {company} عن أرباح قياسية بلغت {millions} في السنة الأولى من الحرب.
نما الإنفاق العسكري أسرع من الإنفاق على الصحة في كل سنة من السنوات [الثلاث|الأربع] الأخيرة.
منذ بدء القتال، اضطر أكثر من {num} ألف شخص إلى مغادرة بيوتهم.
الأموال المخصصة ل{project} تكفي لبناء [مستشفيين جديدين|ثلاثة مستشفيات جديدة].
[peace.pct]
ارتفعت الميزانية العسكرية بنسبة {pct} خلال [عامين|ثلاثة أعوام].
بحسب استطلاعات الرأي الأخيرة، يعارض {pct} من الناس إرسال مزيد من الأسلحة.
[peace.argue]
الحروب تعلنها الحكومات، ويخوضها الفقراء، ويدفع ثمنها الجميع.
كل قنبلة تُباع هي ربح لأحدهم وجنازة لآخر.
وقف إطلاق النار ليس ضعفاً، بل هو الشرط الأول لأي سلام جدير بهذا الاسم.
[peace.we]
نقف مع كل من يرفض، على جانبي الجبهة، أن يَقتل أو يُقتل من أجل أرباح الآخرين.
[peace.call]
انضموا إلى الوقفة أمام مقر {company} كل يوم جمعة من السادسة حتى السابعة مساءً.
اقترحوا في نقابتكم قراراً ضد {project}، ويمكننا أن نرسل من يعرضه.
[peace.quote]
تسمّي {opp} ذلك “إنفاقاً دفاعياً”، لكن الذين تسقط عليهم القنابل يسمّونه شيئاً آخر.
قال لنا أحد عمال المصنع: “قالوا لنا إننا نصنع ‘قطع غيار’، وعرفنا من نشرات الأخبار لأي غرض.”
“ولا قرش إضافي للحرب”، هذا ما كُتب على اللافتة في مقدمة المسيرة.
[peace.testimony]
حارب جدي في حرب ولم يتحدث عنها قط. لا أريد أن يرث أطفالي هذا الصمت.
جئت إلى هنا ولا أملك شيئاً غير أطفالي. والآن أسمع أن القنابل التي سقطت على شارعنا صُنعت في مصنع على بعد كيلومترات من هنا.
أعمل في المصنع منذ تسع سنوات. أنا فخور بما نستطيع صنعه، لكنني لست فخوراً بالمكان الذي يذهب إليه.
[peace.item]
أقسام في المستشفيات تُغلق لنقص الكوادر
مراكز شبابية تُغلق في أنحاء المدينة
ميزانية عسكرية ترتفع كل عام
رخص تصدير تُمنح خلف الأبواب المغلقة
لاجئون ينتظرون سنوات للبت في طلباتهم
معارض أسلحة تُموَّل بالمال العام
[peace.note]
أرقام من مشروع الموازنة العامة، {month} {year}.
من التقرير السنوي الذي نشرته {company} عن عام {past}.
[peace.heading.mid]
من يربح من الحرب
السلام ممكن
[peace.demand.key]
أوقفوا إطلاق النار الآن
ليس باسمنا
ولا قرش للحرب
[peace.demand]
وقف كل صادرات السلاح إلى مناطق الحرب
نشر كل رخص التصدير التي مُنحت منذ بداية الحرب
استقبال جميع اللاجئين بحقوق متساوية
خفض الميزانية العسكرية لا ميزانية الصحة
تحويل مصانع السلاح إلى إنتاج مفيد للناس
[peace.demand.long]
إلغاء {project} وتخصيص هذه الأموال للمستشفيات والمدارس والمساكن التي حُرمت من التمويل الكافي لأكثر من عقد من الزمن
ضمان احتفاظ العاملين في {company} بوظائفهم وأجورهم خلال تحويل المصانع إلى إنتاج ما يحتاجه الناس، مع مشاركة النقابات منذ اليوم الأول
[peace.bridge]
وفي الأثناء، هناك دائماً مال للحرب.
وبينما يُقلَّص كل شيء آخر، تواصل ميزانية السلاح نموها.
[peace.tag]
[سلام|ضد الحرب]
[peace.hashtag]
#لا_للحرب
#أوقفوا_الحرب_الآن
#ليس_باسمنا
#CeasefireNow
[peace.handle]
@muntada_alsalam
@naqabiyun_did_alharb

[solidarity.frame]
target=[زميلتنا سعاد العلي|سعاد العلي]; tname=سعاد; people=[رفاقها في العمل|زملاء سعاد]; at_place=في شركة الريف للأغذية; opp=[إدارة الشركة|الإدارة]; company=شركة الريف للأغذية; threat=[الفصل التعسفي|الفصل من العمل]; remedy=[إعادتها إلى عملها|عودتها إلى العمل فوراً]; org=لجنة التضامن مع سعاد العلي; slug=awdat-suad; hashtag=[#عودة_سعاد|#كلنا_سعاد]
target=عائلة حداد; tname=عائلة حداد; people=[جيرانها|أهالي الحي]; at_place=في حيّنا; opp=[سلطات الهجرة|السلطات]; company=سلطات الهجرة; threat=[الترحيل|قرار الترحيل]; remedy=[حق الإقامة|حقها في البقاء]; org=أصدقاء عائلة حداد; slug=ailat-haddad; hashtag=[#عائلة_حداد_باقية|#أوقفوا_الترحيل]
[solidarity.title]
العدالة ل{tname}
معاً مع {tname}
الاعتداء على واحد منا اعتداء علينا جميعاً
“إجراء روتيني”: قضية {target}
[solidarity.title.short]
التضامن سلاحنا
[solidarity.title.long]
لماذا نقف مع {target}، ولماذا يعنينا جميعاً ما سيحدث في الأيام المقبلة
[solidarity.subtitle]
نداء للتضامن
[solidarity.lead]
تواجه {target} {threat}، ونطلب من كل من يقرأ هذا البيان أن يساعدنا على منعه.
في {month}، تلقت {target} رسالة قلبت حياتها رأساً على عقب: {threat}، بعد إجراءات متسرعة لا تستحق اسم التحقيق.
هذا بيان تضامن مع {target} التي [لم ترتكب أي خطأ|تستحق أفضل من هذا].
[solidarity.they]
بلغ عدد التواقيع التي جمعها {people} أكثر من {num} خلال [أسبوعين|ثلاثة أسابيع].
كل من يعرف {target} يقول الشيء نفسه: هذا القرار لا معنى له.
ملأ {people} قاعات الاجتماعات، وكتبوا الرسائل، وتناوبوا حتى لا يواجه أحد هذا الأمر وحده.
ما يريده {people} بسيط: {remedy}، واعتذار.
كتب {people} أكثر من [أربعين|خمسين] رسالة إلى {opp} ولم يتلقوا سوى ردّين.
[solidarity.opp]
ترفض {opp} تفسير قرارها كتابياً.
تتعامل {opp} مع {target} كرقم في ملف، لا كجزء من مجتمعنا.
تستطيع {opp} التراجع عن القرار غداً، ولن تخسر شيئاً سوى كبريائها.
يبدو أن {opp} تظن أن الناس سينسون إذا انتظرت طويلاً بما يكفي، لكنها مخطئة.
رفضت {opp} كل طلب للقاء.
[solidarity.fact]
تجاوز عدد الحاضرين في الاجتماع العام الأول {num}.
اتُّخذ القرار في أقل من [عشرة أيام|اثني عشر يوماً]، بعد إجراء يستغرق عادة أشهراً.
وقّع العريضة أناس من أكثر من [عشرين|ثلاثين] بلدة.
[solidarity.pct]
تُلغى قرارات كهذه في {pct} من حالات الطعن، وهذا يقول الكثير عن طريقة اتخاذها.
وقّع {pct} ممن تحدثنا إليهم في السوق على العريضة على الفور.
[solidarity.argue]
الاعتداء على واحد منا اعتداء علينا جميعاً، وهذا ليس شعاراً حين يأتي دورك.
إذا كان هذا يمكن أن يحدث ل{tname}، فيمكن أن يحدث لأي واحد منا.
التضامن ليس صدقة، بل إدراك أن مصائرنا مترابطة.
[solidarity.we]
لن نترك أحداً يواجه هذا وحده.
[solidarity.call]
اكتبوا إلى {opp} واطلبوا التراجع عن القرار؛ الرسالة القصيرة بكلماتكم الخاصة هي الأفضل.
تعالوا إلى الاجتماع العام المقبل، واصطحبوا معكم شخصاً لم يحضر من قبل.
[solidarity.quote]
تصف {opp} القرار بأنه “روتيني”، لكنه ليس روتينياً على الإطلاق بالنسبة إلى {target}.
في الاجتماع، كانت كلمات {name} واضحة: “يكررون على مسامعنا أنها ‘مسألة إجراءات’، وكأن لا أحد في الطرف الآخر من هذه الإجراءات.”
“لن نستسلم”، هذا ما كُتب على اللافتة المعلقة في القاعة.
[solidarity.testimony]
نعرف بعضنا منذ سنوات. عندما كان زوجي في المستشفى، كانوا يطبخون لنا كل مساء. والآن جاء دورنا.
لا أفهم كيف يتخذ قراراً كهذا أناس لم يلتقوا يوماً بالشخص المعني.
كل واحد هنا كان سيفعل الشيء نفسه من أجل أي واحد منا. هذا هو التضامن.
[solidarity.item]
رسائل لا تجيب عن أي سؤال
مواعيد تُلغى في اللحظة الأخيرة
لا فرصة للرد على الاتهامات
قرار اتُّخذ خلف أبواب مغلقة
أشهر من الانتظار دون كلمة واحدة
ضغوط على كل من يرفع صوته
[solidarity.note]
عدد التواقيع كما أُحصي في الاجتماع العام، {month} {year}.
رسالة القرار مؤرخة في {month} {year}، ولا تتجاوز صفحة واحدة.
[solidarity.heading.mid]
لماذا يعنينا هذا جميعاً
ما حدث حتى الآن
[solidarity.demand.key]
العدالة ل{tname}
تراجعوا عن القرار
{remedy} الآن
[solidarity.demand]
التراجع عن القرار وتقديم اعتذار
{remedy} دون شروط
جلسة استماع عادلة بحضور ممثل
لا إجراءات ضد أي شخص رفع صوته
نشر أسباب القرار كاملة
[solidarity.demand.long]
مراجعة شاملة ومستقلة لكل القرارات المماثلة خلال السنوات الثلاث الماضية، مع الاستماع إلى المتضررين ونشر النتائج
حماية كل من ينظم أو يرفع صوته أو يوقع عريضة، مكتوبة ومطبقة، حتى لا يمر أحد بما مرت به {target}
[solidarity.bridge]
ونريد أيضاً أن نقول كلمة عن {target}.
ومن هذا المنطلق نقف مع {target}.
[solidarity.tag]
[تضامن|عدالة]
[solidarity.handle]
@tadamun_suad
@asdiqa_haddad
"""

_VOCABULARY = {"en": _EN, "es": _ES, "de": _DE, "fr": _FR, "ar": _AR}

if __name__ == "__main__":
    write_sample(Path(sys.argv[1] if len(sys.argv) > 1 else "sample"), corpus())
