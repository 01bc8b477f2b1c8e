"""The words pamphlet itself puts on a page, by language (English for any other): a
leaflet's imprint, a book's own pages. The one place for them.

The names, addresses and numbers a workspace fills in are set in their own direction
inside a line of the other (a Latin name in an Arabic imprint): bidi isolates, never a
postcode or a phone number read backwards."""

from __future__ import annotations

import re

from pamphlet.config.workspace import Imprint
from pamphlet.load.markup import RTL_SCRIPTS, isolated

WORDS = {
    "en": {"imprint_by": "Published by", "imprint_for": "for", "imprint_printed": "printed by",
           "contents": "Contents", "introduction": "Introduction", "index": "Index of demands",
           "subjects": "Index of subjects", "notes": "Notes", "set_in": "Set in",
           "edition": "This edition:", "edited_by": "Edited by",
           "published_by": "Published by", "printed_by": "Printed by",
           "promoted_by": "Promoted by",
           "licence": "Licence:", "cover": "Cover", "inside_cover": "Inside cover",
           "and": "and", "comma": ", "},
    "es": {"imprint_by": "Publicado por", "imprint_for": "en nombre de",
           "imprint_printed": "impreso por",
           "contents": "Índice", "introduction": "Introducción", "index": "Índice de demandas",
           "subjects": "Índice temático", "notes": "Notas", "set_in": "Compuesto en",
           "edition": "Esta edición:", "edited_by": "Edición de",
           "published_by": "Publicado por", "printed_by": "Impreso por",
           "promoted_by": "Responsable:",
           "licence": "Licencia:", "cover": "Cubierta", "inside_cover": "Interior de cubierta",
           "and": "y", "comma": ", "},
    "de": {"imprint_by": "Herausgegeben von", "imprint_for": "für",
           "imprint_printed": "gedruckt bei",
           "contents": "Inhalt", "introduction": "Einleitung", "index": "Verzeichnis der "
           "Forderungen", "subjects": "Sachregister", "notes": "Notizen",
           "set_in": "Gesetzt in", "edition": "Ausgabe:", "edited_by": "Herausgegeben von",
           "published_by": "Verlag:", "printed_by": "Druck:", "licence": "Lizenz:",
           "promoted_by": "V. i. S. d. P.:",
           "cover": "Umschlag", "inside_cover": "Umschlaginnenseite",
           "and": "und", "comma": ", "},
    "fr": {"imprint_by": "Publié par", "imprint_for": "pour", "imprint_printed": "imprimé par",
           "contents": "Sommaire", "introduction": "Introduction", "index": "Index des "
           "revendications", "subjects": "Index des thèmes", "notes": "Notes",
           "set_in": "Composé en", "edition": "Édition :", "edited_by": "Sous la direction de",
           "published_by": "Publié par", "printed_by": "Imprimé par",
           "promoted_by": "Responsable de la publication :",
           "licence": "Licence :", "cover": "Couverture",
           "inside_cover": "Deuxième de couverture", "and": "et", "comma": ", "},
    # Modern Standard Arabic as an Arab printer sets it: "صادر عن" (issued by) needs no
    # gender agreement with whoever issues it; lists take the Arabic comma.
    "ar": {"imprint_by": "صادر عن", "imprint_for": "نيابة عن",
           "imprint_printed": "طُبع لدى",
           "contents": "المحتويات", "introduction": "مقدمة", "index": "فهرس المطالب",
           "subjects": "فهرس الموضوعات", "notes": "ملاحظات", "set_in": "نُضِّد بخط",
           "edition": "هذه الطبعة:", "edited_by": "تحرير:",
           "published_by": "الناشر:", "printed_by": "الطباعة:",
           "promoted_by": "المسؤول عن النشر:",
           "licence": "الترخيص:", "cover": "الغلاف", "inside_cover": "الغلاف الداخلي",
           "and": "و", "comma": "، "},
}


def words_for(lang: str) -> dict[str, str]:
    return WORDS.get(lang.split("-")[0], WORDS["en"])


def direction_of(lang: str) -> str:
    """"rtl" for a language written right to left, else "ltr"."""
    return "rtl" if lang.split("-")[0] in RTL_SCRIPTS else "ltr"


def _fields(imprint: Imprint, lang: str) -> dict[str, str]:
    """The imprint's fields a line names (those still ``TODO`` empty), each isolated where
    it reads in the other direction than ``lang``."""
    direction = direction_of(lang)
    return {name: "" if name in imprint.placeholders
            else isolated(kept_together(getattr(imprint, name).strip()), direction)
            for name in ("promoter", "printer", "address", "note")}


#: A short word with a figure in it: a postcode's half, a house number, a phone number's group.
_CODE = re.compile(r"\w*\d[\w/+()-]*")
CODE_MAX = 6


def kept_together(text: str) -> str:
    """``text`` with no-break spaces on either side of a short code ("E1 6AN", "12 Test
    Street", "020 7946 0123", "10115 Berlin"): an imprint line never breaks inside a
    postcode or a phone number, nor parts a house number from its street. A space after a
    comma stays breakable."""
    words = text.split(" ")

    def code(word: str) -> bool:
        word = word.rstrip(",.;:\u060c")
        return len(word) <= CODE_MAX and bool(_CODE.fullmatch(word))

    out = words[:1]
    for before, word in zip(words, words[1:]):
        joined = not before.endswith((",", ";", "\u060c")) and (code(before) or code(word))
        out.append(("\u00a0" if joined else " ") + word)
    return "".join(out)


def _plain(text: str) -> str:
    """``text`` to compare names in: no isolates, no no-break spaces, any case."""
    return re.sub("[\u2066-\u2069]", "", text).replace("\u00a0", " ").strip().casefold()


def _capitalised(line: str) -> str:
    """``line`` with its first letter (past any isolate mark) in capitals."""
    start = len(line) - len(line.lstrip("\u2066\u2067\u2068"))
    return line[:start] + line[start:start + 1].upper() + line[start + 1:]


def imprint_line(imprint: Imprint, organisation: str, lang: str) -> str:
    """The imprint as one line in ``lang``: "Published by <promoter> for <organisation>,
    printed by <printer>, <address>. <note>" (fields still ``TODO`` left out; "for …" only
    when the promoter does not name the organisation already)."""
    words = words_for(lang)
    given = _fields(imprint, lang)
    name = organisation.strip()
    promoter = given["promoter"] or isolated(name, direction_of(lang))
    parts = []
    if promoter:
        published = f"{words['imprint_by']} {promoter}"
        if name and _plain(name) not in _plain(promoter):
            # "A. Organiser, 3 Union Row, for the Forum": an address closed by a comma
            joint = words["comma"] if "," in promoter or "\u060c" in promoter else " "
            published += f"{joint}{words['imprint_for']} {isolated(name, direction_of(lang))}"
        parts.append(published)
    if given["printer"]:
        parts.append(f"{words['imprint_printed']} {given['printer']}")
    if given["address"]:
        parts.append(given["address"])
    line = _capitalised(words["comma"].join(parts))
    if given["note"]:
        line = f"{line}. {given['note']}" if line else given["note"]
    return line


def book_imprint(imprint: Imprint, publisher: str, lang: str) -> list[str]:
    """The imprint as a book's edition page gives it, beside "Published by <publisher>":
    who printed it (and the imprint's address), and who is responsible for it when that is
    not simply the publisher ("Promoted by …"); then any note. Never a second "Published
    by"."""
    words = words_for(lang)
    given = _fields(imprint, lang)
    lines = []
    if given["printer"]:
        lines.append(f"{words['printed_by']} {given['printer']}")
    promoter = given["promoter"]
    if promoter and _plain(promoter) != _plain(publisher):
        lines.append(f"{words['promoted_by']} {promoter}")
    if given["address"]:
        if lines:
            lines[-1] += f"{words['comma']}{given['address']}"
        else:
            lines.append(given["address"])
    if given["note"]:
        lines.append(given["note"])
    return lines
