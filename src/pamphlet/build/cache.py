"""The one cache store, ``<workspace>/.pamphlet-cache``: fits, output records and book
chapters, each kept in a *slot* (what it is for: one statement through one layout for one
target, one output set, one chunk of one book) holding the key of the inputs that made it.

- A slot holds one entry: a rebuild after an edit replaces it, so the store does not grow.
- Every entry names the sources it came from; ``prune`` drops entries whose sources are
  gone, so deleting statements empties their slots.
- Entries are validated on read; a damaged or implausible one is discarded (and rebuilt).
- The store records the pamphlet and WeasyPrint versions that wrote it, and a digest of
  pamphlet's own code and built-in layouts: another version's store (or the store of an
  upgraded pamphlet whose version number did not move) is emptied rather than trusted.
- Every file is written atomically: concurrent builds cannot corrupt it; deleting the
  folder is always safe.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from functools import cache
from pathlib import Path

from pamphlet.files import (RefusedFile, inside, read_limited, regular_file_digest,
                            write_atomically)

log = logging.getLogger("pamphlet")

CACHE_DIR = ".pamphlet-cache"
KINDS = ("fits", "outputs", "chapters")
#: An entry larger than this was not written by pamphlet.
MAX_ENTRY_BYTES = 10_000_000


def digest(*parts: bytes | str) -> str:
    """A stable hash of the parts, in order."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()[:32]


def files_digest(paths) -> str:
    """A hash of the names and contents of ``paths``; what is not a regular file (a FIFO,
    a device, a dangling link) counts by its name alone and is never read."""
    hasher = hashlib.sha256()
    for path in sorted(set(map(str, paths))):
        hasher.update(f"\0{len(path)}:{path}".encode())
        hasher.update(b"+" if regular_file_digest(Path(path), hasher) else b"-")
    return hasher.hexdigest()[:32]


def code_roots() -> tuple[Path, ...]:
    """The folders whose files make pamphlet what it is: the package (code, serve's
    templates and scripts) and the built-in layouts."""
    import pamphlet
    from pamphlet.resources import builtin_layouts_dir

    return (Path(pamphlet.__file__).resolve().parent, builtin_layouts_dir())


@cache
def code_digest() -> str:
    """A hash of every file under ``code_roots()`` (by name relative to its root, and
    contents; compiled bytecode and the bundled fonts and patterns, which keys hash
    themselves, left out), computed once per process."""
    hasher = hashlib.sha256()
    for number, root in enumerate(map(str, code_roots())):
        names = []
        for folder, subfolders, files in os.walk(root):
            subfolders[:] = [d for d in subfolders if d != "__pycache__"
                             and not (folder == root and d == "data")]
            names += [os.path.join(folder, f) for f in files if not f.endswith(".pyc")]
        for name in sorted(names):
            hasher.update(f"\0{number}:{name[len(root):]}\0".encode())
            try:
                with open(name, "rb") as handle:  # the package's own files
                    hasher.update(handle.read())
            except OSError:
                hasher.update(b"-")
    return hasher.hexdigest()[:16]


@cache
def store_version() -> str:
    """What wrote a store: entries from another version, or from other code under the
    same version number, are never trusted."""
    from importlib.metadata import version

    from pamphlet import __version__

    return f"pamphlet {__version__} (code {code_digest()}), WeasyPrint {version('weasyprint')}"


class CacheStore:
    """The workspace's cache: ``get``/``put`` entries by kind and slot, ``prune`` the dead."""

    def __init__(self, workspace_root: Path):
        self.root = workspace_root / CACHE_DIR
        self._checked = False
        #: A store that a symlink carries out of the workspace is never read, written or
        #: emptied: the workspace works without a cache.
        self.usable = not os.path.lexists(self.root) or (
            not self.root.is_symlink() and inside(self.root, (workspace_root,)))
        if not self.usable:
            log.warning("%s: leads out of the workspace; building without a cache", self.root)

    def _check_version(self) -> None:
        """Empty a store another version of pamphlet (or WeasyPrint) wrote."""
        if self._checked:
            return
        self._checked = True
        stamp = self.root / "version"
        if not self.usable:
            return
        try:
            written = read_limited(stamp, 1000).decode("utf-8")
        except (OSError, UnicodeDecodeError, RefusedFile):
            written = None
        if written == store_version():
            return
        try:
            for kind in KINDS:
                shutil.rmtree(self.root / kind, ignore_errors=True)
            write_atomically(store_version().encode(), stamp)
        except OSError:
            pass  # a read-only workspace builds without a cache

    def _entry(self, kind: str, slot: str) -> Path:
        return self.root / kind / f"{digest(slot)}.json"

    def get(self, kind: str, slot: str, key: str | None) -> dict | None:
        """The entry's data when the slot holds one made from ``key`` (else None; with
        ``key`` None, whatever the slot holds)."""
        self._check_version()
        if not self.usable:
            return None
        path = self._entry(kind, slot)
        if not os.path.lexists(path):
            return None
        try:
            entry = json.loads(read_limited(path, MAX_ENTRY_BYTES))
        except (OSError, ValueError, RefusedFile):
            entry = None
        if isinstance(entry, dict) and key is not None and entry.get("key") != key:
            return None  # made from other inputs: stale, not damaged
        if not isinstance(entry, dict) or not isinstance(entry.get("data"), dict):
            log.warning("%s: a damaged cache entry (%s); discarded, made again", path, kind)
            self.discard(kind, slot)
            return None
        return entry["data"]

    def put(self, kind: str, slot: str, key: str, data: dict, sources: list[str]) -> None:
        """Keep ``data`` in the slot (replacing what was there), naming its sources."""
        self._check_version()
        if not self.usable:
            return
        entry = {"key": key, "slot": slot, "sources": sources, "data": data}
        try:
            write_atomically(json.dumps(entry).encode(), self._entry(kind, slot))
        except OSError:
            pass  # a read-only workspace still builds; it only works harder every time

    def blob(self, kind: str, slot: str) -> Path:
        """Where a slot keeps bytes too large for its JSON entry (a chapter's PDF)."""
        return self.root / kind / f"{digest(slot)}.bin"

    def discard(self, kind: str, slot: str) -> None:
        if not self.usable:
            return
        for path in (self._entry(kind, slot), self.blob(kind, slot)):
            path.unlink(missing_ok=True)

    def slots(self, kind: str) -> list[tuple[str, list[str]]]:
        """(slot, sources) of every entry of ``kind``."""
        found = []
        if not self.usable:
            return found
        for path in sorted((self.root / kind).glob("*.json")):
            try:
                entry = json.loads(read_limited(path, MAX_ENTRY_BYTES))
                found.append((str(entry["slot"]), [str(s) for s in entry["sources"]]))
            except (OSError, ValueError, KeyError, TypeError, RefusedFile):
                path.unlink(missing_ok=True)  # damaged: nothing can use it
        return found

    def prune(self) -> int:
        """Drop every entry one of whose sources no longer exists; return how many."""
        dropped = 0
        for kind in KINDS:
            for slot, sources in self.slots(kind):
                if not all(Path(source).exists() for source in sources):
                    self.discard(kind, slot)
                    dropped += 1
        return dropped
