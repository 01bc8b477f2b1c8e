"""The words pamphlet itself puts on a page, by language (English for any other): a
leaflet's imprint, a book's own pages. The one place for them."""

from __future__ import annotations

from pamphlet.config.workspace import Imprint

WORDS = {
    "en": {"imprint_by": "Published by", "imprint_for": "for", "imprint_printed": "printed by",
           "contents": "Contents", "introduction": "Introduction", "index": "Index of demands",
           "subjects": "Index of subjects", "notes": "Notes", "set_in": "Set in",
           "edition": "This edition:", "edited_by": "Edited by",
           "published_by": "Published by", "printed_by": "Printed by",
           "promoted_by": "Promoted by",
           "licence": "Licence:", "cover": "Cover", "inside_cover": "Inside cover"},
    "es": {"imprint_by": "Publicado por", "imprint_for": "en nombre de",
           "imprint_printed": "impreso por",
           "contents": "Índice", "introduction": "Introducción", "index": "Índice de demandas",
           "subjects": "Índice temático", "notes": "Notas", "set_in": "Compuesto en",
           "edition": "Esta edición:", "edited_by": "Edición de",
           "published_by": "Publicado por", "printed_by": "Impreso por",
           "promoted_by": "Responsable:",
           "licence": "Licencia:", "cover": "Cubierta", "inside_cover": "Interior de cubierta"},
    "de": {"imprint_by": "Herausgegeben von", "imprint_for": "für",
           "imprint_printed": "gedruckt bei",
           "contents": "Inhalt", "introduction": "Einleitung", "index": "Verzeichnis der "
           "Forderungen", "subjects": "Sachregister", "notes": "Notizen",
           "set_in": "Gesetzt in", "edition": "Ausgabe:", "edited_by": "Herausgegeben von",
           "published_by": "Verlag:", "printed_by": "Druck:", "licence": "Lizenz:",
           "promoted_by": "V. i. S. d. P.:",
           "cover": "Umschlag", "inside_cover": "Umschlaginnenseite"},
    "fr": {"imprint_by": "Publié par", "imprint_for": "pour", "imprint_printed": "imprimé par",
           "contents": "Sommaire", "introduction": "Introduction", "index": "Index des "
           "revendications", "subjects": "Index des thèmes", "notes": "Notes",
           "set_in": "Composé en", "edition": "Édition :", "edited_by": "Sous la direction de",
           "published_by": "Publié par", "printed_by": "Imprimé par",
           "promoted_by": "Responsable de la publication :",
           "licence": "Licence :", "cover": "Couverture",
           "inside_cover": "Deuxième de couverture"},
}


def words_for(lang: str) -> dict[str, str]:
    return WORDS.get(lang.split("-")[0], WORDS["en"])


def imprint_line(imprint: Imprint, organisation: str, lang: str) -> str:
    """The imprint as one line in ``lang``: "Published by <promoter> for <organisation>,
    printed by <printer>, <address>. <note>" (fields still ``TODO`` left out; "for …" only
    when the promoter does not name the organisation already)."""
    words = words_for(lang)
    given = {name: "" if name in imprint.placeholders else getattr(imprint, name).strip()
             for name in ("promoter", "printer", "address", "note")}
    promoter = given["promoter"] or organisation.strip()
    parts = []
    if promoter:
        published = f"{words['imprint_by']} {promoter}"
        if organisation.strip() and organisation.strip().casefold() not in promoter.casefold():
            published += f" {words['imprint_for']} {organisation.strip()}"
        parts.append(published)
    if given["printer"]:
        parts.append(f"{words['imprint_printed']} {given['printer']}")
    if given["address"]:
        parts.append(given["address"])
    line = ", ".join(parts)
    line = line[:1].upper() + line[1:]
    if given["note"]:
        line = f"{line}. {given['note']}" if line else given["note"]
    return line


def book_imprint(imprint: Imprint, publisher: str, lang: str) -> list[str]:
    """The imprint as a book's edition page gives it, beside "Published by <publisher>":
    who printed it (and the imprint's address), and who is responsible for it when that is
    not simply the publisher ("Promoted by …"); then any note. Never a second "Published
    by"."""
    words = words_for(lang)
    given = {name: "" if name in imprint.placeholders else getattr(imprint, name).strip()
             for name in ("promoter", "printer", "address", "note")}
    lines = []
    if given["printer"]:
        lines.append(f"{words['printed_by']} {given['printer']}")
    promoter = given["promoter"]
    if promoter and promoter.casefold() != publisher.strip().casefold():
        lines.append(f"{words['promoted_by']} {promoter}")
    if given["address"]:
        if lines:
            lines[-1] += f", {given['address']}"
        else:
            lines.append(given["address"])
    if given["note"]:
        lines.append(given["note"])
    return lines
