"""The exception hierarchy: the library raises these, only the CLI prints them."""

from __future__ import annotations

from pathlib import Path


class PamphletError(Exception):
    """A problem the user can fix; its message is one line meant for them."""


class ConfigError(PamphletError):
    """``pamphlet.toml`` is missing a value, has a wrong one, or cannot be read."""


class SourceError(PamphletError):
    """A statement cannot be loaded: names the file and, where known, the line."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None):
        self.path = Path(path)
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {reason}")


class LayoutError(PamphletError):
    """A layout is unknown, incomplete, or its template fails."""


class TypesetError(PamphletError):
    """WeasyPrint could not set the document the way the target requires."""


class BuildFailed(PamphletError):
    """One or more statements failed; ``problems`` holds one line per failure."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))
