"""What an output depends on, as digests: the keys the cache store files entries under.

A key covers the versions of pamphlet (with a digest of its code and built-in layouts) and
WeasyPrint, the bundled fonts, the hyphenation
patterns, ``pamphlet.toml``, the layout's files (and the shared base), the target and its
settings, and the source; a stale entry is then never used. What a document read besides (images, files its CSS
names) is known only once it is set: the output record keeps each file's hash, and
``reads_unchanged`` checks them on the next build.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pamphlet.build.cache import digest, files_digest, store_version
from pamphlet.config.workspace import Workspace
from pamphlet.files import inside, regular_file_digest
from pamphlet.render.layouts import Layout, layout_roots
from pamphlet.resources import fonts_dir, hyphenation_dir


def workspace_digest(workspace: Workspace, *extra) -> str:
    """What every job in a workspace shares: the versions of pamphlet (with its code's
    digest) and WeasyPrint, the bundled fonts, the hyphenation patterns,
    ``pamphlet.toml``, and ``extra`` (target settings, dates, options)."""
    config = workspace.config_path.read_bytes() if workspace.has_config else b""
    return digest(store_version(), files_digest(fonts_dir().iterdir()),
                  files_digest(sorted(hyphenation_dir().glob("*.dic"))), config,
                  *(str(part) for part in extra))


def layout_digest(layout: Layout, workspace: Workspace) -> str:
    """Every file a layout's output depends on: its folder, its stylesheets, the base
    (a file that a symlink carries out of its root counts by name, unread)."""
    roots = layout_roots(workspace.layouts_dir)
    files = [p for p in layout.folder.rglob("*") if not p.is_dir()] + list(layout.stylesheets)
    for root in roots:
        base = root / "_base"
        if base.is_dir():
            files += [p for p in base.rglob("*") if not p.is_dir()]
    # rglob does not descend into linked folders: only a link itself can lead out
    outside = sorted(str(p) for p in files if p.is_symlink() and not inside(p, roots))
    return digest(files_digest(p for p in files if str(p) not in outside), *outside)


def reads_unchanged(root: Path, reads: object) -> bool:
    """Whether every workspace file a document read when it was built (``reads``: path
    relative to ``root`` → sha256, or None for one that was missing) is as it was then.
    A record of another shape is not pamphlet's: False."""
    if not isinstance(reads, dict):
        return False
    for name, sha in reads.items():
        if not isinstance(name, str) or not (sha is None or isinstance(sha, str)):
            return False
        path = root / name
        if not inside(path, (root,)):
            return False
        hasher = hashlib.sha256()
        if (hasher.hexdigest() if regular_file_digest(path, hasher) else None) != sha:
            return False
    return True
