"""The book's order: parts in reading order, from the manifest or by date."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from pamphlet.collection.manifest import Manifest
from pamphlet.load.sources import Statement

log = logging.getLogger("pamphlet")


@dataclass
class Part:
    title: str
    statements: list[Statement]


def arrange(statements: list[Statement], manifest: Manifest) -> list[Part]:
    """Parts in reading order: the manifest's, or by date with undated statements last."""
    by_path = {s.src_path.resolve(): s for s in statements}
    if manifest.parts:
        return [Part(title, [by_path[p.resolve()] for p in paths if p.resolve() in by_path])
                for title, paths in manifest.parts]
    if manifest.statements:
        ordered = [by_path[p.resolve()] for p in manifest.statements if p.resolve() in by_path]
    else:
        undated = [s for s in statements if s.date is None]
        for statement in undated:
            log.warning("%s: no date; placed after the dated statements", statement.src_path)
        ordered = sorted((s for s in statements if s.date), key=lambda s: (s.date, s.title))
        ordered += sorted(undated, key=lambda s: s.title)
    if manifest.group_by == "year":
        years: dict[str, list[Statement]] = {}
        for statement in ordered:
            years.setdefault(str(statement.date.year) if statement.date else "Undated",
                             []).append(statement)
        return [Part(year, group) for year, group in years.items()]
    if manifest.group_by == "tag":
        tags: dict[str, list[Statement]] = {}
        for statement in ordered:
            tags.setdefault(statement.tags[0] if statement.tags else "Other",
                            []).append(statement)
        return [Part(tag.capitalize(), group) for tag, group in tags.items()]
    return [Part("", ordered)]
