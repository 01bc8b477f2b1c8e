"""Open editors (one per browser tab) and the queue that sets their text.

Each editor holds the newest text its tab sent. The live worker sets one request at a time;
an editor has at most one request waiting, so an edit made while the worker is busy
replaces the older one (superseded requests are dropped, and so are results that arrive
after a newer edit). Editors take turns, so two tabs on two statements both update.

An edit is set with the fit warm-started from the editor's last one (two renders for a
typical edit); when typing pauses, the same text is set once more exactly as
``pamphlet build`` sets it (a fresh fit) and preflighted, and the pages are replaced if
that differs: what the writer sees at rest is what the build makes.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from pamphlet.files import write_atomically
from pamphlet.serve.render import Preview, Problem
from pamphlet.serve.worker import RenderWorker, WorkerFailed

#: After this long without an edit, the text is set exactly and preflighted.
SETTLE_S = 0.6
#: A preview that takes longer is stopped (the worker is started again).
PREVIEW_BUDGET_S = 30
#: Page sets kept per editor (the one shown and the one arriving).
KEPT_VERSIONS = 2
#: Where a save that would overwrite someone else's change keeps the browser's text.
CONFLICTS_DIR = "conflicts"

_OVER = re.compile(r"over by about (\d+) lines?")


def digest_of(data: bytes | None) -> str:
    """What the browser calls the version of the file it loaded ("" for no file)."""
    return "" if data is None else hashlib.sha256(data).hexdigest()[:32]


@dataclass
class Editor:
    """One open editor page."""

    name: str
    layout: str
    target: str
    text: str
    id: str = field(default_factory=lambda: secrets.token_urlsafe(12))
    version: int = 0
    #: The last fit per (layout, target): where the next edit's fit starts.
    starts: dict = field(default_factory=dict)
    #: Page images by the name of their pixels, and which pages each kept version has.
    images: dict[str, bytes] = field(default_factory=dict)
    page_sets: dict[int, list[str]] = field(default_factory=dict)
    shown_pdf: str = ""
    #: When each version's edit reached the server (ms since the epoch).
    received: dict[int, float] = field(default_factory=dict)
    events: asyncio.Queue = field(default_factory=asyncio.Queue)
    closed: bool = False
    connections: int = 0

    def send(self, kind: str, **data) -> None:
        self.events.put_nowait({"type": kind, **data})

    def keep_pages(self, version: int, keys: list[str], images: list[bytes]) -> None:
        """Keep this version's page images beside the last ones (KEPT_VERSIONS in all): a
        page an edit did not change keeps its name, so the browser shows it unfetched."""
        self.page_sets[version] = keys
        self.images.update(zip(keys, images))
        for old in sorted(self.page_sets)[:-KEPT_VERSIONS]:
            del self.page_sets[old]
        kept = {key for keys in self.page_sets.values() for key in keys}
        for key in [key for key in self.images if key not in kept]:
            del self.images[key]


@dataclass
class _Job:
    version: int
    text: str
    layout: str
    target: str
    exact: bool


class Previewer:
    """Sets editors' text in the live worker, newest edit first per editor, in turns."""

    def __init__(self, root: Path, worker: RenderWorker):
        self.root, self.worker = root, worker
        self.editors: dict[str, Editor] = {}
        self._pending: dict[str, _Job] = {}
        self._wake = asyncio.Event()

    def open(self, editor: Editor) -> None:
        self.editors[editor.id] = editor
        self.submit(editor, exact=True)

    def close(self, editor: Editor) -> None:
        editor.closed = True
        self.editors.pop(editor.id, None)
        self._pending.pop(editor.id, None)

    def edit(self, editor: Editor, version: int, text: str, layout: str, target: str) -> float:
        """Take a tab's edit (older versions than the editor's are ignored); when it came."""
        now = time.time() * 1000
        if version <= editor.version and version != 0:
            return now
        editor.version, editor.text = version, text
        editor.layout, editor.target = layout, target
        editor.received[version] = now
        for old in [v for v in editor.received if v < version - 8]:
            del editor.received[old]
        self.submit(editor, exact=False)
        return now

    def submit(self, editor: Editor, exact: bool) -> None:
        """Queue the editor's newest text; it replaces whatever of it was waiting."""
        waiting = self._pending.get(editor.id)
        exact = exact or bool(waiting and waiting.version == editor.version and waiting.exact)
        self._pending[editor.id] = _Job(editor.version, editor.text, editor.layout,
                                        editor.target, exact)
        self._wake.set()

    def resubmit_all(self) -> None:
        """A layout or pamphlet.toml changed: every editor's text is set again."""
        for editor in self.editors.values():
            editor.starts.clear()
            self.submit(editor, exact=True)

    async def run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._pending:
                editor_id = next(iter(self._pending))
                job = self._pending.pop(editor_id)
                editor = self.editors.get(editor_id)
                if editor is not None:
                    await self._set(editor, job)

    async def _set(self, editor: Editor, job: _Job) -> None:
        start = None if job.exact else editor.starts.get((job.layout, job.target))
        editor.send("busy", version=job.version)
        try:
            result: Preview = await self.worker.call(
                "preview", str(self.root), editor.name, job.text, job.layout, job.target,
                start, job.exact, budget_s=PREVIEW_BUDGET_S)
        except WorkerFailed as error:
            result = Preview(False, problems=[Problem("error", str(error))])
        if editor.closed or editor.version != job.version:
            return  # superseded by a newer edit: dropped
        if not result.ok:
            editor.send("problems", version=job.version, problems=_problems(result.problems),
                        over=_over_by(result.problems))
            return
        editor.starts[(job.layout, job.target)] = result.adjustments
        pdf = hashlib.sha256(result.pdf).hexdigest()
        changed = pdf != editor.shown_pdf
        if changed:
            editor.keep_pages(job.version, result.page_keys, result.pages)
            editor.shown_pdf = pdf
        editor.send("pages", version=job.version, exact=job.exact, changed=changed,
                    pages=[f"/api/page/{editor.id}/{key}.jpg" for key in result.page_keys]
                    if changed else None,
                    boxes=result.boxes, received=editor.received.get(job.version),
                    report={"body_pt": result.body_pt, "leading_pt": result.leading_pt,
                            "renders": result.renders, "pages": result.page_count,
                            "budget": result.budget, "note": result.note,
                            "layout": job.layout, "target": job.target},
                    problems=_problems(result.problems),
                    preflight=_problems(result.preflight) if job.exact else None)
        if not job.exact:
            asyncio.get_running_loop().call_later(SETTLE_S, self._settle, editor, job.version)

    def _settle(self, editor: Editor, version: int) -> None:
        if not editor.closed and editor.version == version and editor.id not in self._pending:
            self.submit(editor, exact=True)


def _problems(problems: list[Problem]) -> list[dict]:
    return [{"kind": p.kind, "message": p.message, "line": p.line, "check": p.check}
            for p in problems]


def _over_by(problems: list[Problem]) -> int | None:
    for problem in problems:
        match = _OVER.search(problem.message)
        if match:
            return int(match[1])
    return None


@dataclass
class Saved:
    """What a save did: wrote the file (its new version), or kept the text aside."""

    saved: bool
    base: str = ""
    kept: str = ""
    disk_text: str | None = None
    disk_base: str = ""
    error: str = ""


def save_source(root: Path, path: Path, text: str, base: str) -> Saved:
    """Write ``text`` to ``path`` atomically, if the file is still the version the editor
    loaded (``base``); otherwise write nothing over it, keep ``text`` in conflicts/ and
    say so: no save ever overwrites a change made elsewhere."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as error:
        line = text[: error.start].count("\n") + 1
        return Saved(False, error=f"line {line}: a character that is not valid Unicode; "
                                  "delete it and save again")
    try:
        current = path.read_bytes() if path.exists() else None
    except OSError as error:
        return Saved(False, error=f"{path.name} cannot be read ({error.strerror})")
    if digest_of(current) != base:
        kept = keep_aside(root, path, data)
        return Saved(False, kept=str(kept.relative_to(root)),
                     disk_text=None if current is None else current.decode("utf-8", "replace"),
                     disk_base=digest_of(current))
    if current == data:
        return Saved(True, base)
    try:
        write_atomically(data, path)
    except OSError as error:
        return Saved(False, error=f"{path.name} cannot be written ({error.strerror})")
    return Saved(True, digest_of(data))


def keep_aside(root: Path, path: Path, data: bytes) -> Path:
    """``conflicts/<stem>.<n>.md``: the first free number; never overwrites."""
    folder = root / CONFLICTS_DIR
    folder.mkdir(exist_ok=True)
    number = 1
    while True:
        kept = folder / f"{path.stem}.{number}{path.suffix}"
        try:
            with kept.open("xb") as stream:
                stream.write(data)
            return kept
        except FileExistsError:
            number += 1
