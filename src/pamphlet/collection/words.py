"""The words of the book's own pages, by language (English for any other)."""

from __future__ import annotations

WORDS = {
    "en": {"contents": "Contents", "introduction": "Introduction", "index": "Index of demands",
           "subjects": "Index of subjects", "notes": "Notes", "set_in": "Set in",
           "edition": "This edition:", "edited_by": "Edited by",
           "published_by": "Published by", "printed_by": "Printed by",
           "licence": "Licence:", "cover": "Cover", "inside_cover": "Inside cover"},
    "es": {"contents": "Índice", "introduction": "Introducción", "index": "Índice de demandas",
           "subjects": "Índice temático", "notes": "Notas", "set_in": "Compuesto en",
           "edition": "Esta edición:", "edited_by": "Edición de",
           "published_by": "Publicado por", "printed_by": "Impreso por",
           "licence": "Licencia:", "cover": "Cubierta", "inside_cover": "Interior de cubierta"},
    "de": {"contents": "Inhalt", "introduction": "Einleitung", "index": "Verzeichnis der "
           "Forderungen", "subjects": "Sachregister", "notes": "Notizen",
           "set_in": "Gesetzt in", "edition": "Ausgabe:", "edited_by": "Herausgegeben von",
           "published_by": "Verlag:", "printed_by": "Druck:", "licence": "Lizenz:",
           "cover": "Umschlag", "inside_cover": "Umschlaginnenseite"},
    "fr": {"contents": "Sommaire", "introduction": "Introduction", "index": "Index des "
           "revendications", "subjects": "Index des thèmes", "notes": "Notes",
           "set_in": "Composé en", "edition": "Édition :", "edited_by": "Sous la direction de",
           "published_by": "Publié par", "printed_by": "Imprimé par",
           "licence": "Licence :", "cover": "Couverture",
           "inside_cover": "Deuxième de couverture"},
}


def words_for(lang: str) -> dict[str, str]:
    return WORDS.get(lang.split("-")[0], WORDS["en"])
