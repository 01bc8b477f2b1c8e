"""The book's index: the demands (and, if the manifest asks, the tags) in the order of the
book's language, in letter groups, each entry with the pages it is on.

Sorting follows the Unicode Collation Algorithm (pyuca, the default table) with the
language's own tailoring where it differs from it (Spanish ñ after n, Swedish å ä ö after
z, …); no system locale is used. A demand found in several statements is one entry with a
line per statement (its title and page), since only there do occurrences need telling apart.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache

#: Letters a language sorts as letters of their own, after another (``>n``: after every
#: word in n), or as a variant of a tailored letter (``=æ``): the tailorings of CLDR that
#: change which letter group a word is filed under.
_NORDIC = (("æ", ">z"), ("ä", "=æ"), ("ø", ">æ"), ("ö", "=ø"), ("å", ">ø"))
TAILORINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (("ñ", ">n"),),
    "sv": (("å", ">z"), ("ä", ">å"), ("æ", "=ä"), ("ö", ">ä"), ("ø", "=ö")),
    "fi": (("å", ">z"), ("ä", ">å"), ("æ", "=ä"), ("ö", ">ä"), ("ø", "=ö")),
    "da": _NORDIC, "nb": _NORDIC, "nn": _NORDIC, "no": _NORDIC,
    "pl": (("ą", ">a"), ("ć", ">c"), ("ę", ">e"), ("ł", ">l"), ("ń", ">n"), ("ó", ">o"),
           ("ś", ">s"), ("ź", ">z"), ("ż", ">ź")),
    "cs": (("č", ">c"), ("ř", ">r"), ("š", ">s"), ("ž", ">z")),
    "tr": (("ç", ">c"), ("ğ", ">g"), ("ö", ">o"), ("ş", ">s"), ("ü", ">u")),
}
#: Sorts after every letter of the default table (an unassigned code point's implicit
#: weight): ``n`` + MARK comes after every word in n and before o.
_MARK = "\U0010fffd"
#: A secondary difference: the same letter, told apart only by its accent.
_VARIANT = "\u0308"


@cache
def _collator():
    import pyuca

    return pyuca.Collator()


@cache
def _tailoring(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """(each tailored letter, both cases → what it sorts as; → the letter group it opens)."""
    sorts_as: dict[str, str] = {}
    group: dict[str, str] = {}
    for letter, rule in TAILORINGS.get(lang, ()):
        relation, other = rule[0], rule[1:]
        base = sorts_as.get(other, other)
        sorts_as[letter] = base + (_MARK if relation == ">" else _VARIANT)
        sorts_as[letter.upper()] = sorts_as[letter].upper()
        group[letter] = letter.upper() if relation == ">" else group.get(other, other.upper())
    return sorts_as, group


@cache
def _latin_letters() -> dict[int, str]:
    """Primary weight → the letter it belongs to, for a to z (Ø is filed under O)."""
    return {_collator().sort_key(letter)[0]: letter.upper() for letter in
            "abcdefghijklmnopqrstuvwxyz"}


def _language(lang: str) -> str:
    return lang.split("-")[0].lower()


def _significant(text: str) -> str:
    """The text from its first letter or digit (quotes and dashes do not sort)."""
    text = unicodedata.normalize("NFC", text.strip())
    for position, char in enumerate(text):
        if char.isalnum():
            return text[position:]
    return text


def sort_key(text: str, lang: str) -> tuple:
    """The collation key of ``text`` in ``lang``."""
    replacements = _tailoring(_language(lang))[0]
    significant = "".join(replacements.get(char, char) for char in _significant(text))
    return tuple(_collator().sort_key(significant))


def letter_of(text: str, lang: str) -> str:
    """The letter group ``text`` is filed under: its initial without accents (É → E), a
    letter the language sorts apart as itself (Ñ in Spanish), digits together."""
    significant = _significant(text)
    if not significant:
        return "#"
    initial = significant[0]
    groups = _tailoring(_language(lang))[1]
    if initial.lower() in groups:
        return groups[initial.lower()]
    if initial.isdigit():
        return "0–9"
    latin = _latin_letters().get(_collator().sort_key(initial)[0])
    return latin or unicodedata.normalize("NFD", initial)[0].upper()


def build_index(items: list[dict], lang: str) -> list[dict]:
    """Letter groups of entries from ``items`` ({"text", "html", "target", "title"} each,
    and the ``lang`` of the statement it comes from):
    ``[{"letter", "entries": [{"html", "lang", "occurrences": [{"target", "title",
    "page"}]}]}]``,
    sorted; items with the same text (ignoring case and spacing) become one entry."""
    entries: dict[str, dict] = {}
    for item in items:
        name = " ".join(unicodedata.normalize("NFC", item["text"]).split()).casefold()
        entry = entries.setdefault(name, {"text": item["text"], "html": item["html"],
                                          "lang": item.get("lang", lang),
                                          "occurrences": []})
        entry["occurrences"].append({"target": item["target"], "title": item["title"],
                                     "page": None})
    groups: list[dict] = []
    for entry in sorted(entries.values(), key=lambda e: (sort_key(e["text"], lang), e["text"])):
        letter = letter_of(entry["text"], lang)
        if not groups or groups[-1]["letter"] != letter:
            groups.append({"letter": letter, "entries": []})
        groups[-1]["entries"].append(entry)
    return groups


def occurrences(sections: list[dict]) -> Iterator[dict]:
    """Every occurrence in the index's sections, for their page numbers."""
    for section in sections:
        for group in section["groups"]:
            for entry in group["entries"]:
                yield from entry["occurrences"]
