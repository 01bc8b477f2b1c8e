"""Stage 1, load: a Markdown source becomes a validated ``Statement``.

The front matter is checked against a ``{field: converter}`` table; the closing
``::: demands`` div is cut out of the body so later stages can set it as the slogan block.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from pamphlet.config.workspace import LANG_TAG, Config, Imprint
from pamphlet.errors import SourceError
from pamphlet.files import RefusedFile, TooLarge, check_within, read_limited
from pamphlet.load.glyphs import check_drawable
from pamphlet.load.markup import DIV_CLOSE, DIV_OPEN, div_classes_and_id

log = logging.getLogger("pamphlet")

#: A statement larger than this is refused before it is parsed.
MAX_SOURCE_BYTES = 1_000_000


@dataclass(frozen=True)
class Statement:
    """One statement: front matter resolved against the workspace, body and demands apart."""

    src_path: Path
    slug: str
    title: str
    body: str
    demands: tuple[str, ...]
    date: dt.date | None
    lang: str
    layouts: tuple[str, ...]
    organisation: str
    author: str = ""
    place: str = ""
    subtitle: str = ""
    tags: tuple[str, ...] = ()
    #: Who published and printed it: the workspace's [imprint], with the front matter's
    #: ``imprint: {promoter: …, printer: …}`` over it.
    imprint: Imprint = Imprint()
    #: Where the statement is online (front matter ``url:`` or ``[web] statement_url``):
    #: layouts print a QR code to it.
    url: str = ""


class _Invalid(ValueError):
    """A front-matter value has the wrong shape; the message says what was expected."""


def _text(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _Invalid(f"expected text, got {value!r}")
    text = str(value).strip()
    if not text:
        raise _Invalid("expected text, got an empty value")
    return text


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _Invalid(f"expected a date such as 2019-11-23, got {value!r}")


def _lang(value: object) -> str:
    if isinstance(value, str) and LANG_TAG.match(value.strip()):
        return value.strip()
    raise _Invalid(f"expected a language tag such as en, de or pt-BR, got {value!r}")


def _names(value: object) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    try:
        names = tuple(_text(item) for item in items)
    except _Invalid:
        raise _Invalid(f"expected a name or a list of names, got {value!r}") from None
    return names


def _layouts(value: object) -> tuple[str, ...]:
    names = _names(value)
    if not names:
        raise _Invalid("expected a layout name or a list of them, got an empty list")
    return names


_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")


#: An absolute http(s) URL: a host, then any path without spaces (a QR code's text).
_URL = re.compile(r"^https?://[^\s/?#]+(?:[/?#]\S*)?$")
MAX_URL_CHARS = 300


def _url(value: object) -> str:
    if isinstance(value, str) and _URL.match(value.strip()) and len(value) <= MAX_URL_CHARS:
        return value.strip()
    raise _Invalid(f"expected an http(s) address such as https://example.org/rent-strike "
                   f"(at most {MAX_URL_CHARS} characters), got {value!r}")


def _slug(value: object) -> str:
    if isinstance(value, str) and _SLUG.match(value):
        return value
    raise _Invalid(f"expected lower-case letters, digits and hyphens, got {value!r}")


_IMPRINT_FIELDS = ("promoter", "printer", "address", "note")


def _imprint(value: object) -> dict[str, str]:
    if not isinstance(value, dict) or not value:
        raise _Invalid("expected fields such as {promoter: …, printer: …}, got "
                       f"{value!r}")
    unknown = [str(key) for key in value if key not in _IMPRINT_FIELDS]
    if unknown:
        raise _Invalid(f"unknown field '{unknown[0]}' (known: {', '.join(_IMPRINT_FIELDS)})")
    fields = {}
    for key, text in value.items():
        try:
            fields[key] = _text(text)
        except _Invalid as error:
            raise _Invalid(f"'{key}': {error}") from None
    return fields


#: Every front-matter field and how its value is checked.
FIELDS: dict[str, Callable[[object], object]] = {
    "title": _text,
    "subtitle": _text,
    "date": _date,
    "place": _text,
    "lang": _lang,
    "layout": _layouts,
    "organisation": _text,
    "author": _text,
    "tags": _names,
    "slug": _slug,
    "imprint": _imprint,
    "url": _url,
}
REQUIRED = ("title",)


def load_all(paths: Iterable[Path], config: Config, root: Path | None = None
             ) -> tuple[list[Statement], list[SourceError]]:
    """Load every source; problems are collected, never raised one at a time, and no
    failure of one source (whatever it is) stops the others. A source inside ``root`` (the
    workspace) must not be a symlink leading out of it."""
    statements, problems = [], []
    for path in paths:
        try:
            statements.append(load_statement(path, config, root=root))
        except SourceError as error:
            problems.append(error)
        except Exception as error:  # a bug of ours, or input absurd enough to break a parser
            log.debug("loading %s failed", path, exc_info=True)
            problems.append(SourceError(path, f"cannot be loaded ({type(error).__name__}: "
                                              f"{error}); run with --debug for details"))
    return statements, problems


def load_statement(path: Path, config: Config, text: str | None = None,
                   root: Path | None = None) -> Statement:
    """Read ``path`` and return its ``Statement``, or raise ``SourceError`` naming file and line.

    ``text`` is the source's text as an editor holds it (``pamphlet serve``), checked as a
    file's would be; the statement is still named and resolved as ``path``. A source
    inside ``root`` (the workspace) must not be a symlink leading out of it."""
    if text is None:
        text = _read_text(path, root)
    else:  # a lone surrogate from a browser is refused as bad UTF-8, with its line
        text = source_text(path, text.encode("utf-8", "surrogatepass"))
    check_drawable(path, text)
    meta_text, body, body_line = _split_front_matter(path, text)
    meta = _parse_front_matter(path, meta_text)
    check_markdown_shape(path, body, body_line)
    body, demands = split_demands(path, body, body_line)
    defaults = config.defaults
    slug = meta.get("slug") or slugify(path.stem)
    return Statement(
        src_path=path,
        slug=slug,
        title=meta["title"],
        subtitle=meta.get("subtitle", ""),
        body=body,
        demands=demands,
        date=meta.get("date"),
        place=meta.get("place", defaults.place),
        lang=meta.get("lang", defaults.lang),
        layouts=meta.get("layout", defaults.layouts),
        organisation=meta.get("organisation", config.organisation.name),
        author=meta.get("author", ""),
        tags=meta.get("tags", ()),
        url=meta.get("url") or config.web.url_for(slug),
        imprint=replace(config.imprint, **meta.get("imprint", {})),
    )


def read_source_text(path: Path, root: Path | None = None) -> str:
    """A source's text: a regular file (inside ``root`` when it is written inside it),
    size-limited while it is read, not binary, UTF-8, with Unix line ends."""
    return _read_text(path, root)


def _read_text(path: Path, root: Path | None = None) -> str:
    try:
        if root is not None:
            check_within(path, root)
        data = read_limited(path, MAX_SOURCE_BYTES)
    except TooLarge as error:
        raise SourceError(path, f"is {error.size:,} bytes; a statement may be at most "
                                f"{MAX_SOURCE_BYTES:,} bytes of text") from None
    except RefusedFile as error:
        raise SourceError(path, str(error)) from None
    except OSError as error:
        raise SourceError(path, f"cannot be read ({error.strerror or error})") from None
    return source_text(path, data)


def source_text(path: Path, data: bytes) -> str:
    """A source's bytes as text: size-limited, not binary, UTF-8, with Unix line ends."""
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceError(path, f"is {len(data):,} bytes; a statement may be at most "
                                f"{MAX_SOURCE_BYTES:,} bytes of text")
    if not data.strip():
        raise SourceError(path, "is empty; a statement needs front matter with a title")
    if b"\0" in data:
        raise SourceError(path, "is a binary file, not Markdown text")
    data = data.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark some editors write
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SourceError(path, "is not UTF-8 text; save it as UTF-8", line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


_FENCE = re.compile(r"^---\s*$")
_FENCE_END = re.compile(r"^(---|\.\.\.)\s*$")


def _split_front_matter(path: Path, text: str) -> tuple[str, str, int]:
    """Return (front matter, body, line number where the body starts)."""
    lines = text.split("\n")
    if not _FENCE.match(lines[0]):
        raise SourceError(path, "has no front matter: start the file with a '---' line, "
                                "then 'title: …', then another '---'", 1)
    for index in range(1, len(lines)):
        if _FENCE_END.match(lines[index]):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1:]), index + 2
    raise SourceError(path, "front matter is not closed: add a '---' line after it", 1)


#: Front matter larger or deeper than this is refused before any value is built.
MAX_FRONT_MATTER_BYTES = 64_000
MAX_FRONT_MATTER_DEPTH = 20
_OPENING_TOKENS = (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken,
                   yaml.FlowMappingStartToken, yaml.FlowSequenceStartToken)
_CLOSING_TOKENS = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)


def _check_front_matter_shape(path: Path, meta_text: str) -> None:
    """Refuse what would make YAML costly before it is parsed: size, anchors and aliases
    (an alias bomb expands to gigabytes), and nesting (a 5,000-deep list overflows the
    parser's stack). The scanner reads tokens without building anything."""
    if len(meta_text.encode()) > MAX_FRONT_MATTER_BYTES:
        raise SourceError(path, f"front matter is larger than {MAX_FRONT_MATTER_BYTES:,} "
                                "bytes", 2)
    depth = 0
    try:
        for token in yaml.scan(meta_text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
                raise SourceError(path, "front matter uses a YAML anchor or alias ('&' or "
                                        "'*'); write each value out",
                                  token.start_mark.line + 2)
            if isinstance(token, _OPENING_TOKENS):
                depth += 1
                if depth > MAX_FRONT_MATTER_DEPTH:
                    raise SourceError(path, f"front matter nests deeper than "
                                            f"{MAX_FRONT_MATTER_DEPTH} levels",
                                      token.start_mark.line + 2)
            elif isinstance(token, _CLOSING_TOKENS):
                depth -= 1
    except yaml.YAMLError:
        pass  # reported with its line by the parser below


def _parse_front_matter(path: Path, meta_text: str) -> dict:
    """Validate the YAML front matter against FIELDS; all field problems in one error."""
    _check_front_matter_shape(path, meta_text)
    try:
        node = yaml.compose(meta_text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else None
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise SourceError(path, f"front matter is not valid YAML: {reason}", line) from None
    if node is None:
        raise SourceError(path, "front matter has no 'title'; add 'title: …'", 2)
    if not isinstance(node, yaml.MappingNode):
        raise SourceError(path, "front matter must be 'key: value' lines", 2)
    for key, _ in node.value:
        if not isinstance(key, yaml.ScalarNode):
            raise SourceError(path, "front matter keys must be plain names such as 'title'",
                              key.start_mark.line + 2)
    lines = {key.value: key.start_mark.line + 2 for key, _ in node.value}
    try:
        data = yaml.safe_load(meta_text)
    except yaml.YAMLError as error:  # e.g. a "!!python/object" tag
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise SourceError(path, f"front matter is not allowed: {reason}",
                          mark.line + 2 if mark else None) from None
    except ValueError as error:  # an impossible date such as "date: 2019-02-30"
        line = next((key.start_mark.line + 2 for key, value in node.value
                     if value.tag.endswith(":timestamp")), None)
        raise SourceError(path, f"front matter has an impossible date: {error}", line) from None
    if not isinstance(data, dict):
        raise SourceError(path, "front matter must be 'key: value' lines", 2)
    problems: list[tuple[int, str]] = []
    meta: dict = {}
    for key, value in data.items():
        convert = FIELDS.get(str(key))
        if convert is None:
            log.warning("%s:%s: unrecognised front-matter key '%s' (known: %s)",
                        path, lines.get(str(key), 2), key, ", ".join(FIELDS))
            continue
        try:
            meta[key] = convert(value)
        except _Invalid as error:
            problems.append((lines.get(str(key), 2), f"front matter '{key}': {error}"))
    for key in REQUIRED:
        if key not in data:
            problems.append((2, f"front matter has no '{key}'; add '{key}: …'"))
    if problems:
        problems.sort(key=lambda problem: problem[0])
        line, reason = problems[0]
        if len(problems) > 1:
            reason += "; " + "; ".join(f"line {n}: {r}" for n, r in problems[1:])
        raise SourceError(path, reason, line)
    return meta


#: Deeper nesting than this is no statement: it only makes Markdown's parser recurse
#: (Python-Markdown overflows the stack at about 250 indented list levels, 330 nested
#: ``markdown="1"`` blocks, 500 list markers on one line, 1,000 blockquotes).
MAX_MARKDOWN_DEPTH = 30
#: A run of one bracket character this long makes Markdown's link parser take minutes.
MAX_BRACKET_RUN = 200
#: How far Markdown's inline parser may have to scan, in characters, over a whole
#: statement: it reads from every ``[``, ``](`` and ``<`` to what closes it, character
#: by character, so unclosed ones cost the rest of their paragraph each (about half a
#: microsecond a character: a few thousand unclosed ``[`` take minutes). Real text
#: scans a few thousand.
MAX_SCAN = 3_000_000
#: Block processors split a paragraph at each line they recognise (a heading, a list
#: item, a rule, an underline, HTML) and parse the rest again, so such lines times the
#: lines of a block without a blank line cost time too (4 million: about a second).
MAX_BLOCK_COST = 4_000_000
#: Python-Markdown's footnote handling slows down beyond a few thousand notes.
MAX_FOOTNOTES = 1_000
#: Inline elements of one paragraph cost time by their number squared (8,000 links in
#: one paragraph take seconds): marks that open them, at most, per paragraph.
MAX_INLINE_MARKS = 2_000
_INLINE_MARKS = re.compile(r"[\[`*_<]")
_QUOTE_MARKERS = re.compile(r"^(?:\s{0,3}>)+")
_CONTAINER_MARKERS = re.compile(r"^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)+")
_CONTAINER_MARKER = re.compile(r">|[-*+]|\d{1,9}[.)]")
_BRACKET_RUN = re.compile(r"(?:\[|\]|\(|\)|<|\*|_|`){%d,}" % MAX_BRACKET_RUN)
_FOOTNOTE_DEFINITION = re.compile(r"^[ ]{0,3}\[\^[^\]]+\]:")
_MARKDOWN_ATTRIBUTE = re.compile(r"<[A-Za-z][^<>]*\smarkdown\s*=", re.I)
_BLOCK_MARKER = re.compile(r"^(?: {4}| {0,3}(?:[#>*+=_<-]|\d{1,9}[.)]))")
_SCANNED = re.compile(r"\\.|\]\(|[\[\]()<>]")


def check_markdown_shape(path: Path, body: str, first_line: int = 1) -> None:
    """Refuse Markdown shaped to break its parser (before it is parsed, in well under a
    second): blockquotes, lists, fenced divs or ``markdown="1"`` blocks nested deeper than
    MAX_MARKDOWN_DEPTH, long runs of brackets or emphasis marks, unclosed brackets that
    make the inline parser scan too far, paragraphs of too many marked lines or inline
    marks, too many notes. What slips through meets the conversion's time budget."""
    depth, footnotes, html_blocks, scanned, marked = 0, 0, 0, 0, 0
    block: list[str] = []
    block_start = first_line
    for number, line in enumerate([*body.split("\n"), ""], first_line):
        if not line.strip():
            if block:
                if marked * len(block) > MAX_BLOCK_COST:
                    raise SourceError(path, f"has {len(block):,} lines of headings, lists or "
                                            "rules without a blank line; put blank lines "
                                            "between them", block_start)
                text = "\n".join(block)
                if len(_INLINE_MARKS.findall(text)) > MAX_INLINE_MARKS:
                    raise SourceError(path, f"has more than {MAX_INLINE_MARKS:,} links, code "
                                            "or emphasis marks in one paragraph; Markdown "
                                            "cannot read it in reasonable time", block_start)
                scanned += _scan_cost(text)
                if scanned > MAX_SCAN:
                    raise SourceError(path, "has too many unclosed '[', '](' or '<' for "
                                            "Markdown to read in reasonable time; close "
                                            "them or write them as \\[", block_start)
            block, block_start, marked = [], number + 1, 0
            continue
        block.append(line)
        marked += bool(_BLOCK_MARKER.match(line))
        quotes = _QUOTE_MARKERS.match(line)
        if quotes and quotes[0].count(">") > MAX_MARKDOWN_DEPTH:
            raise SourceError(path, f"nests blockquotes more than {MAX_MARKDOWN_DEPTH} deep",
                              number)
        containers = _CONTAINER_MARKERS.match(line)
        if containers and len(_CONTAINER_MARKER.findall(containers[0])) > MAX_MARKDOWN_DEPTH:
            raise SourceError(path, f"nests lists or quotes more than {MAX_MARKDOWN_DEPTH} "
                                    "deep on one line", number)
        indent = len(line) - len(line.lstrip(" \t"))
        if indent > 4 * MAX_MARKDOWN_DEPTH and _LIST_ITEM.match(line.lstrip()):
            raise SourceError(path, f"nests lists more than {MAX_MARKDOWN_DEPTH} deep", number)
        if DIV_OPEN.match(line):
            depth += 1
            if depth > MAX_MARKDOWN_DEPTH:
                raise SourceError(path, f"nests ':::' blocks more than {MAX_MARKDOWN_DEPTH} "
                                        "deep", number)
        elif DIV_CLOSE.match(line):
            depth = max(0, depth - 1)
        if _BRACKET_RUN.search(line):
            raise SourceError(path, f"has a run of more than {MAX_BRACKET_RUN} brackets or "
                                    "emphasis marks; Markdown cannot read it", number)
        html_blocks += len(_MARKDOWN_ATTRIBUTE.findall(line))
        if html_blocks > MAX_MARKDOWN_DEPTH:
            raise SourceError(path, f"has more than {MAX_MARKDOWN_DEPTH} HTML blocks with a "
                                    "'markdown' attribute", number)
        if _FOOTNOTE_DEFINITION.match(line):
            footnotes += 1
            if footnotes > MAX_FOOTNOTES:
                raise SourceError(path, f"has more than {MAX_FOOTNOTES:,} footnotes", number)


def _scan_cost(text: str) -> int:
    """How many characters Markdown's inline parser reads for the brackets of one
    paragraph: from each ``[`` to its ``]``, from each ``](`` to its ``)``, from each
    ``<`` to the next ``>``, and from an unclosed one to the paragraph's end."""
    cost, brackets, parens, angles = 0, [], [], []
    for match in _SCANNED.finditer(text):
        mark, at = match[0], match.start()
        if mark == "[":
            brackets.append(at)
        elif mark == "]" and brackets:
            cost += at - brackets.pop()
        elif mark == "](":
            if brackets:
                cost += at - brackets.pop()
            parens.append(at)
        elif mark == "(" and parens:
            parens.append(at)
        elif mark == ")" and parens:
            cost += at - parens.pop()
        elif mark == "<":
            angles.append(at)
        elif mark == ">":
            cost += sum(at - start for start in angles)
            angles.clear()
    return cost + sum(len(text) - start for start in (*brackets, *parens, *angles))


_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])(?:\s+|$)")


def split_demands(path: Path, body: str, first_line: int = 1) -> tuple[str, tuple[str, ...]]:
    """Cut the top-level ``::: demands`` div out of ``body``; return (rest, demands)."""
    lines = body.split("\n")
    depth, start, end = 0, None, None
    opened_at: list[int] = []
    for index, line in enumerate(lines):
        opening = DIV_OPEN.match(line)
        if opening:
            if depth == 0 and "demands" in div_classes_and_id(opening)[0]:
                if start is not None:
                    raise SourceError(path, "has a second '::: demands' block; "
                                            "put every demand in one", first_line + index)
                start = index
            depth += 1
            opened_at.append(index)
        elif DIV_CLOSE.match(line):
            if depth == 0:
                raise SourceError(path, "has a ':::' line that closes no block", first_line + index)
            depth -= 1
            opened_at.pop()
            if depth == 0 and start is not None and end is None:
                end = index
    if depth:
        raise SourceError(path, "has a ':::' block that is never closed; add a ':::' line",
                          first_line + opened_at[-1])
    if start is None:
        return body.strip() + "\n", ()
    demands = _demand_items(lines[start + 1:end])
    if not demands:
        raise SourceError(path, "'::: demands' block is empty", first_line + start)
    for number, demand in enumerate(demands, 1):
        if not demand.strip():
            raise SourceError(path, f"demand {number} of the '::: demands' block is empty",
                              first_line + start)
    rest = "\n".join(lines[:start] + lines[end + 1:]).strip() + "\n"
    return rest, demands


def _demand_items(lines: list[str]) -> tuple[str, ...]:
    """A list item or a paragraph per demand, whitespace joined (empty items included, so
    the caller can name them)."""
    items: list[list[str]] = []
    is_list = _is_list(lines)
    fresh = True
    for line in lines:
        if not line.strip():
            fresh = True
            continue
        if is_list and _LIST_ITEM.match(line):
            items.append([_LIST_ITEM.sub("", line, count=1)])
        elif fresh and not is_list:
            items.append([line])
        elif items:
            items[-1].append(line)
        else:
            items.append([line])
        fresh = False
    return tuple(" ".join(part.strip() for part in item) for item in items)


def _is_list(lines: list[str]) -> bool:
    """Whether a demands block is a Markdown list: it opens with a list item, and every
    paragraph after a blank line is another item or indented under one. Paragraphs one of
    which starts "1. Mai" or "- 5 %" are paragraphs; so is a lone "1." item (a date)."""
    starts = [line for index, line in enumerate(lines) if line.strip()
              and (index == 0 or not lines[index - 1].strip())]
    if not starts or not _LIST_ITEM.match(starts[0]):
        return False
    if any(not _LIST_ITEM.match(line) and not line[:1].isspace() for line in starts):
        return False
    items = [line for line in lines if _LIST_ITEM.match(line)]
    return len(items) > 1 or not items[0].lstrip()[:1].isdigit()


def slugify(text: str) -> str:
    """A file-name-safe slug: the text transliterated to ASCII (Солидарность → solidarnost),
    lower-case letters and digits joined by hyphens."""
    from slugify import slugify as transliterate

    slug = transliterate(text, max_length=100, word_boundary=True, save_order=True,
                         replacements=[["\u2019", "-"], ["'", "-"]])
    return slug or "statement"
