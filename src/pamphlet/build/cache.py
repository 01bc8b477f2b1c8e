"""The fit cache: the adjustments a statement needed, keyed by everything that shaped them.

An unchanged statement then rebuilds with one render. The key covers the source, the
layout's files, the fonts, ``pamphlet.toml``, the target and printer profile, and the
versions of pamphlet and WeasyPrint, so a stale fit is never used; deleting the cache
folder is always safe. Entries are written atomically, so concurrent builds cannot corrupt
them (the last writer wins, and both wrote the same fit).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, fields
from pathlib import Path

from pamphlet.render.html import Adjustments

CACHE_DIR = ".pamphlet-cache"


class FitCache:
    """Fits by key, one small JSON file each under ``<workspace>/.pamphlet-cache/fits``."""

    def __init__(self, workspace_root: Path):
        self.folder = workspace_root / CACHE_DIR / "fits"

    def get(self, key: str) -> Adjustments | None:
        try:
            data = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            known = {f.name for f in fields(Adjustments)}
            return Adjustments(**{k: v for k, v in data.items() if k in known})
        except (OSError, ValueError, TypeError):
            return None  # missing or damaged: fit again

    def put(self, key: str, adjustments: Adjustments) -> None:
        from pamphlet.pdf.pdfx import write_atomically

        try:
            write_atomically(json.dumps(asdict(adjustments)).encode(),
                             self.folder / f"{key}.json")
        except OSError:
            pass  # a read-only workspace still builds; it only fits every time


def digest(*parts: bytes | str) -> str:
    """A stable hash of the parts, in order."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()[:32]


def files_digest(paths) -> str:
    """A hash of the names and contents of ``paths``."""
    return digest(*(part for path in sorted(set(paths))
                    for part in (str(path), Path(path).read_bytes())))


def workspace_digest(workspace, *extra) -> str:
    """What every job in a workspace shares: pamphlet's and WeasyPrint's versions, the
    bundled fonts, ``pamphlet.toml``, and ``extra`` (printer, dates, options)."""
    from importlib.metadata import version

    from pamphlet import __version__
    from pamphlet.resources import fonts_dir

    config = workspace.config_path.read_bytes() if workspace.config_path.is_file() else b""
    return digest(__version__, version("weasyprint"), files_digest(fonts_dir().iterdir()),
                  config, *(str(part) for part in extra))


def layout_digest(layout, workspace) -> str:
    """Every file a layout's output depends on: its folder, its stylesheets, the base."""
    from pamphlet.render.layouts import layout_roots

    files = [p for p in layout.folder.rglob("*") if p.is_file()] + list(layout.stylesheets)
    for root in layout_roots(workspace.layouts_dir):
        base = root / "_base"
        if base.is_dir():
            files += [p for p in base.rglob("*") if p.is_file()]
    return files_digest(files)


class OutputRecords:
    """Which inputs made each PDF, so an unchanged build writes nothing.

    A PDF counts as current only if its record's key matches the inputs now and the file on
    disk is byte for byte the one recorded (a PDF replaced or damaged by hand is rebuilt).
    """

    def __init__(self, workspace_root: Path):
        self.folder = workspace_root / CACHE_DIR / "outputs"

    def _entry(self, out_path: Path) -> Path:
        return self.folder / f"{digest(str(out_path.resolve()))}.json"

    def is_current(self, out_path: Path, key: str) -> bool:
        try:
            record = json.loads(self._entry(out_path).read_text(encoding="utf-8"))
            if record.get("key") != key:
                return False
            return hashlib.sha256(out_path.read_bytes()).hexdigest() == record.get("sha256")
        except (OSError, ValueError, AttributeError):
            return False

    def record(self, out_path: Path, key: str, pdf: bytes) -> None:
        from pamphlet.pdf.pdfx import write_atomically

        entry = {"key": key, "sha256": hashlib.sha256(pdf).hexdigest(), "path": str(out_path)}
        try:
            write_atomically(json.dumps(entry).encode(), self._entry(out_path))
        except OSError:
            pass
