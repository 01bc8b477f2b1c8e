"""What an output depends on, as digests: the keys the cache store files entries under.

A key covers the versions of pamphlet and WeasyPrint, the bundled fonts, the hyphenation
patterns, ``pamphlet.toml``, the layout's files (and the shared base), the target and its
settings, and the source; a stale entry is then never used.
"""

from __future__ import annotations

from importlib.metadata import version

from pamphlet import __version__
from pamphlet.build.cache import digest, files_digest
from pamphlet.config.workspace import Workspace
from pamphlet.render.layouts import Layout, layout_roots
from pamphlet.resources import fonts_dir, hyphenation_dir


def workspace_digest(workspace: Workspace, *extra) -> str:
    """What every job in a workspace shares: pamphlet's and WeasyPrint's versions, the
    bundled fonts, the hyphenation patterns, ``pamphlet.toml``, and ``extra`` (target
    settings, dates, options)."""
    config = workspace.config_path.read_bytes() if workspace.has_config else b""
    return digest(__version__, version("weasyprint"), files_digest(fonts_dir().iterdir()),
                  files_digest(sorted(hyphenation_dir().glob("*.dic"))), config,
                  *(str(part) for part in extra))


def layout_digest(layout: Layout, workspace: Workspace) -> str:
    """Every file a layout's output depends on: its folder, its stylesheets, the base."""
    files = [p for p in layout.folder.rglob("*") if p.is_file()] + list(layout.stylesheets)
    for root in layout_roots(workspace.layouts_dir):
        base = root / "_base"
        if base.is_dir():
            files += [p for p in base.rglob("*") if p.is_file()]
    return files_digest(files)
