"""Stage 1, import: a plain-text statement becomes a Markdown source (``pamphlet import``).

The shape of such a text: the first line is the title; a trailing line that is a date is
the date; the trailing run of paragraphs that are one sentence each and short next to the
body's paragraphs are the demands. What cannot be told apart stays in the body, and the
report says so.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pamphlet.errors import SourceError
from pamphlet.load.markup import smarten_quotes
from pamphlet.load.sources import read_source_text

MONTHS = {name: number for number, names in enumerate([
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")], 1) for name in names}

_ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"([A-Za-z]{3,9})\.?"
_DATE_FORMS = [
    (re.compile(rf"^{_ORDINAL}\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})$", re.I), ("d", "m", "y")),
    (re.compile(rf"^{_MONTH}\s+{_ORDINAL},?\s+(\d{{4}})$", re.I), ("m", "d", "y")),
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$"), ("d", "m", "y")),  # day first
]

#: A demand is at most this long (characters), and this short next to the body's median.
DEMAND_MAX_CHARS = 240
DEMAND_SHARE_OF_BODY = 0.5
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[\"'\u201c\u2018(]?[A-Z\u00c0-\u024f]")


def parse_date(text: str) -> dt.date | None:
    """A date in any common written form ("23 Nov 2019", "2019-11-23", "23/11/2019"), or None."""
    text = " ".join(text.replace("\u00a0", " ").strip().split())
    for pattern, order in _DATE_FORMS:
        match = pattern.match(text)
        if not match:
            continue
        parts = dict(zip(order, match.groups()))
        month = parts["m"]
        month = MONTHS.get(month.lower()) if not month.isdigit() else int(month)
        if month is None:
            continue
        try:
            return dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            return None
    return None


@dataclass
class ImportedStatement:
    """What import found, ready to be written as a source."""

    title: str
    body: list[str]
    demands: list[str] = field(default_factory=list)
    date: dt.date | None = None
    date_text: str = ""
    notes: list[str] = field(default_factory=list)

    def to_markdown(self, lang: str) -> str:
        meta = {"title": self.title}
        if self.date:
            meta["date"] = self.date
        meta["lang"] = lang
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
        text = f"---\n{front}---\n\n" + "\n\n".join(_escape(p) for p in self.body) + "\n"
        if self.demands:
            text += "\n::: demands\n" + "\n\n".join(_escape(d) for d in self.demands) + "\n:::\n"
        return text

    def report(self) -> list[str]:
        lines = [f"title: {self.title}"]
        lines.append(f"date: {self.date.isoformat()} (from '{self.date_text}')" if self.date
                     else "date: none found; the statement is accepted without one")
        lines.append(f"body: {len(self.body)} paragraph(s)")
        lines.append(f"demands: {len(self.demands)}" if self.demands else "demands: none")
        return lines + self.notes


def import_text(path: Path) -> ImportedStatement:
    """Read a plain-text statement and find its title, date, body and demands."""
    text = read_source_text(path)
    paragraphs = _paragraphs(text)
    if not paragraphs:
        raise SourceError(path, "has no text to import")
    first = paragraphs.pop(0).split("\n")
    title = _collapse(first[0])
    if len(first) > 1:
        paragraphs.insert(0, "\n".join(first[1:]))
    result = ImportedStatement(title=smarten_quotes(title), body=[])
    if paragraphs:
        date = parse_date(paragraphs[-1])
        if date:
            result.date, result.date_text = date, paragraphs.pop().strip()
    paragraphs = [smarten_quotes(_collapse(p)) for p in paragraphs]
    body, demands, note = split_trailing_demands(paragraphs)
    result.body, result.demands = body, demands
    if note:
        result.notes.append(note)
    if not result.body:
        raise SourceError(path, "has a title but no body to import")
    return result


def _collapse(text: str) -> str:
    """Line breaks and runs of spaces become one space; no-break spaces stay as they are."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip(" ")


def split_trailing_demands(paragraphs: list[str]) -> tuple[list[str], list[str], str]:
    """(body, demands, note): the trailing run of short one-sentence paragraphs."""
    count = 0
    for paragraph in reversed(paragraphs):
        if not _looks_like_demand(paragraph):
            break
        count += 1
    if count == 0:
        return paragraphs, [], "demands: no short closing paragraphs found; all left in the body"
    if count == len(paragraphs):
        return paragraphs, [], ("demands: cannot tell them from the body (every paragraph is "
                                "short); all left in the body")
    body, demands = paragraphs[:-count], paragraphs[-count:]
    typical = statistics.median(len(p) for p in body)
    if max(len(d) for d in demands) > DEMAND_SHARE_OF_BODY * typical:
        return paragraphs, [], ("demands: the closing paragraphs are not clearly shorter than "
                                "the body's; all left in the body")
    return body, demands, ""


def _looks_like_demand(paragraph: str) -> bool:
    return len(paragraph) <= DEMAND_MAX_CHARS and not _SENTENCE_BREAK.search(paragraph)


def _paragraphs(text: str) -> list[str]:
    """Paragraphs split at blank lines; a text without blank lines has one per line."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    if len(blocks) == 1 and "\n" in blocks[0]:
        blocks = [line.strip() for line in blocks[0].split("\n") if line.strip()]
    return blocks


_MARKDOWN_START = re.compile(r"^(#|>|[-*+]\s|\d+[.)]\s|:::|\|)")


def _escape(paragraph: str) -> str:
    """Keep plain text plain: characters Markdown would read as markup are escaped."""
    paragraph = re.sub(r"([\\`*_\[\]<])", r"\\\1", paragraph)
    if _MARKDOWN_START.match(paragraph):
        paragraph = "\\" + paragraph
    return paragraph


def write_import(result: ImportedStatement, out_path: Path, lang: str, force: bool) -> None:
    """Write the source; an existing file is never overwritten without ``force``."""
    from pamphlet.files import write_atomically

    if out_path.exists() and not force:
        raise SourceError(out_path, "already exists; pass --force to replace it")
    write_atomically(result.to_markdown(lang).encode("utf-8"), out_path)
