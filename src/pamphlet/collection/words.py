"""The words of the book's own pages, by language (English for any other)."""

from __future__ import annotations

WORDS = {
    "en": {"contents": "Contents", "introduction": "Introduction", "index": "Index of demands",
           "notes": "Notes", "set_in": "Set in", "edition": "This edition:"},
    "es": {"contents": "Índice", "introduction": "Introducción", "index": "Índice de demandas",
           "notes": "Notas", "set_in": "Compuesto en", "edition": "Esta edición:"},
    "de": {"contents": "Inhalt", "introduction": "Einleitung", "index": "Verzeichnis der "
           "Forderungen", "notes": "Notizen", "set_in": "Gesetzt in", "edition": "Ausgabe:"},
    "fr": {"contents": "Sommaire", "introduction": "Introduction", "index": "Index des "
           "revendications", "notes": "Notes", "set_in": "Composé en", "edition": "Édition :"},
}


def words_for(lang: str) -> dict[str, str]:
    return WORDS.get(lang.split("-")[0], WORDS["en"])
