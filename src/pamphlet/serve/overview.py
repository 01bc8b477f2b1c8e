"""The workspace page's facts: every statement with its title, date, layouts and last
build status (read here, so the page is complete HTML), first-page thumbnails and the
collection's page count (made by the background worker, a statement at a time).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from pamphlet.build.cache import CacheStore
from pamphlet.build.run import is_current, plan_tasks
from pamphlet.config.workspace import Workspace, find_workspace
from pamphlet.errors import PamphletError, SourceError
from pamphlet.load.sources import load_all
from pamphlet.serve.editors import digest_of
from pamphlet.serve.worker import RenderWorker, WorkerFailed

log = logging.getLogger("pamphlet")

THUMB_BUDGET_S = 120
COLLECTION_BUDGET_S = 900


@dataclass
class Entry:
    """One statement as the workspace page lists it."""

    name: str
    title: str
    date: str = ""
    layouts: tuple[str, ...] = ()
    #: "built", "stale", "none" or "error", and the words for it.
    status: str = "none"
    status_text: str = ""
    error_line: int | None = None
    thumb_key: str = ""


def statements(workspace: Workspace) -> list[Entry]:
    """Every source in sources/ (newest first, as `pamphlet new` names them by date), with
    what its last build left."""
    paths = workspace.source_paths()
    loaded, problems = load_all(paths, workspace.config, workspace.root)
    entries: dict[str, Entry] = {}
    for statement in loaded:
        date = statement.date
        entries[statement.src_path.name] = Entry(
            statement.src_path.name, statement.title,
            f"{date.day} {date:%B %Y}" if isinstance(date, dt.date) else "undated",
            statement.layouts)
    for problem in problems:
        line = problem.line if isinstance(problem, SourceError) else None
        entries[problem.path.name] = Entry(problem.path.name, problem.path.stem,
                                           status="error", error_line=line,
                                           status_text=(f"line {line}: " if line else "")
                                           + problem.reason)
    _build_status(workspace, loaded, entries)
    for path in paths:
        if path.name in entries:
            try:
                entries[path.name].thumb_key = digest_of(path.read_bytes())[:12]
            except OSError:
                pass
    return sorted(entries.values(), key=lambda e: e.name, reverse=True)  # dated names: newest first


def _build_status(workspace: Workspace, loaded, entries: dict[str, Entry]) -> None:
    """Built (every output of the default targets current), out of date, or not built."""
    try:
        tasks, failed = plan_tasks(workspace, loaded)
    except PamphletError as error:
        for statement in loaded:
            entry = entries[statement.src_path.name]
            entry.status, entry.status_text = "none", f"cannot be built: {error}"
        return
    store = CacheStore(workspace.root)
    by_name: dict[str, list] = {}
    for task in tasks:
        by_name.setdefault(task.job.statement.src_path.name, []).append(task)
    for name, entry in entries.items():
        if entry.status == "error":
            continue
        mine = by_name.get(name, [])
        current = [t for t in mine if is_current(store, t)]
        exists = [t for t in mine if Path(f"{t.job.out_stem}.pdf").exists()
                  or t.job.out_stem.exists()]
        labels = ", ".join(t.job.label for t in current)
        if mine and len(current) == len(mine):
            entry.status, entry.status_text = "built", f"built: {labels}"
        elif exists:
            entry.status = "stale"
            entry.status_text = (f"{len(current)} of {len(mine)} outputs current; edited or "
                                 "changed since the last build")
        else:
            entry.status, entry.status_text = "none", "not built yet"
    for line in failed:
        name = line.split(":", 1)[0].rsplit("/", 1)[-1]
        if name in entries and entries[name].status != "error":
            entries[name].status, entries[name].status_text = "error", line.split(": ", 1)[-1]


@dataclass
class Thumb:
    key: str
    ready: asyncio.Event = field(default_factory=asyncio.Event)
    png: bytes = b""
    error: str = ""


@dataclass
class Book:
    """The collection: its page count once set, or why it cannot be."""

    pages: int | None = None
    statements: int = 0
    path: str = ""
    error: str = ""
    busy: bool = False
    stale: bool = True


class Background:
    """Thumbnails, then the collection, made in the background worker; listeners (the
    workspace pages) are told as each is ready."""

    def __init__(self, root: Path, worker: RenderWorker):
        self.root, self.worker = root, worker
        self.thumbs: dict[str, Thumb] = {}
        self.book = Book()
        self.listeners: set[asyncio.Queue] = set()
        self._wake = asyncio.Event()
        self._wake.set()

    def changed(self, names: set[str] | None = None) -> None:
        """Sources changed (None: everything, after a layout or pamphlet.toml change)."""
        for name in list(self.thumbs) if names is None else names:
            self.thumbs.pop(name, None)
        self.book.stale = True
        self._wake.set()
        self.tell("list")

    def tell(self, kind: str, **data) -> None:
        for queue in self.listeners:
            queue.put_nowait({"type": kind, **data})

    async def thumbnail(self, name: str, key: str) -> Thumb:
        thumb = self.thumbs.get(name)
        if thumb is None or thumb.key != key:
            thumb = self.thumbs[name] = Thumb(key)
            self._wake.set()
        await asyncio.wait_for(thumb.ready.wait(), THUMB_BUDGET_S * 2)
        return thumb

    async def run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            workspace = find_workspace(self.root)
            for path in workspace.source_paths():
                try:
                    key = digest_of(path.read_bytes())[:12]
                except OSError:
                    continue
                thumb = self.thumbs.get(path.name)
                if thumb is None or thumb.key != key:
                    thumb = self.thumbs[path.name] = Thumb(key)
                if thumb.ready.is_set():
                    continue
                await self._make_thumb(path.name, thumb)
            for name, thumb in list(self.thumbs.items()):  # asked for, but no source now
                if not thumb.ready.is_set():
                    thumb.error = "no such statement"
                    thumb.ready.set()
            if self.book.stale and workspace.source_paths():
                await self._make_book()

    async def _make_thumb(self, name: str, thumb: Thumb) -> None:
        try:
            made = await self.worker.call("thumbnail", str(self.root), name,
                                          budget_s=THUMB_BUDGET_S)
        except WorkerFailed as error:
            made = {"error": str(error)}
        thumb.png, thumb.error = made.get("png", b""), made.get("error", "")
        thumb.ready.set()
        self.tell("thumb", name=name, key=thumb.key, error=thumb.error)

    async def _make_book(self) -> None:
        self.book.busy, self.book.stale = True, False
        self.tell("collection", **self.describe_book())
        try:
            made = await self.worker.call("collection", str(self.root),
                                          budget_s=COLLECTION_BUDGET_S)
        except WorkerFailed as error:
            made = {"error": str(error)}
        self.book = Book(made.get("pages"), made.get("statements", 0), made.get("path", ""),
                         made.get("error", ""), stale=self.book.stale)
        self.tell("collection", **self.describe_book())

    def describe_book(self) -> dict:
        book = self.book
        if book.busy:
            text = "setting the book…"
        elif book.error:
            text = f"cannot be set: {book.error}"
        elif book.pages is not None:
            text = f"{book.statements} statements, {book.pages} pages (A5, screen)"
        else:
            text = "not set yet"
        return {"text": text, "pages": book.pages, "ready": bool(book.path and not book.busy)}
