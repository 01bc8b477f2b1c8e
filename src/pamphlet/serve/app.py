"""The web app: the workspace page, the editor page, their JSON and event-stream routes,
the file watch, and ``serve()``, which binds 127.0.0.1, prints the URL and runs uvicorn.

Pages are Jinja templates (autoescaped) filled in here, so they are complete HTML before
any script runs; the browser's text is untrusted input, set only in the worker processes.
"""

from __future__ import annotations

import asyncio
import contextlib
from functools import partial
import datetime as dt
import json
import logging
import re
import socket
import sys
import webbrowser
from pathlib import Path
from urllib.parse import parse_qs, quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import (FileResponse, HTMLResponse, JSONResponse, RedirectResponse,
                                 Response, StreamingResponse)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from pamphlet.config.workspace import CONFIG_NAME, Workspace, find_workspace
from pamphlet.errors import PamphletError
from pamphlet.load.scaffold import new_statement
from pamphlet.render.layouts import LayoutKind, scan_layouts
from pamphlet.render.words import direction_of
from pamphlet.serve.editors import Editor, Previewer, digest_of, save_source
from pamphlet.serve.overview import Background, statements
from pamphlet.serve.security import Guard, new_token
from pamphlet.serve.worker import RenderWorker, WorkerFailed
from pamphlet.targets import Scope, get_target, target_names

log = logging.getLogger("pamphlet")

HERE = Path(__file__).resolve().parent
#: A request body larger than this is refused (a statement may be 1 MB of text).
MAX_BODY_BYTES = 4_000_000
DOWNLOAD_BUDGET_S = 600
_NAME = re.compile(r"^[^/\\\x00.][^/\\\x00]{0,200}\.md$")


class Server:
    """Everything one ``pamphlet serve`` holds: the workspace, the workers, the editors."""

    def __init__(self, root: Path):
        self.root = root
        self.live = RenderWorker("live")
        self.background = RenderWorker("background", nice=10)
        self.previewer = Previewer(root, self.live)
        self.overview = Background(root, self.background)
        self.known: dict[str, str] = {}  # file name → digest of the version last seen
        self.downloads: set[Path] = set()
        self.templates = Environment(loader=FileSystemLoader(HERE / "templates"),
                                     autoescape=select_autoescape(default=True,
                                                                  default_for_string=True))

    @property
    def workspace(self) -> Workspace:
        return find_workspace(self.root)

    def source(self, name: str) -> Path:
        """``sources/<name>``, a regular file inside sources/, or an error for the browser."""
        sources = self.workspace.sources_dir
        path = sources / name
        if not _NAME.match(name) or not path.is_file() or path.is_symlink() \
                or path.resolve().parent != sources.resolve():
            raise LookupError(name)
        return path

    def page(self, template: str, **values) -> HTMLResponse:
        workspace = self.workspace
        html = self.templates.get_template(template).render(
            organisation=workspace.config.organisation.name or workspace.root.name,
            root=str(workspace.root), **values)
        return HTMLResponse(html, headers={"cache-control": "no-store"})


def create_app(root: Path, token: str, port: int) -> Guard:
    """The ASGI app for the workspace at ``root``, guarded by ``token``."""
    server = Server(root)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        server.live.start()
        server.background.start()
        tasks = [asyncio.create_task(server.previewer.run()),
                 asyncio.create_task(server.overview.run()),
                 asyncio.create_task(_watch(server))]
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            server.live.stop()
            server.background.stop()

    routes = [
        Route("/", partial(workspace_page, server)),
        Route("/new", partial(new_page, server), methods=["POST"]),
        Route("/edit/{name}", partial(editor_page, server)),
        Route("/thumb/{name}.png", partial(thumbnail, server)),
        Route("/api/edit", partial(api_edit, server), methods=["POST"]),
        Route("/api/save", partial(api_save, server), methods=["POST"]),
        Route("/api/build", partial(api_build, server), methods=["POST"]),
        Route("/api/events/{editor}", partial(editor_events, server)),
        Route("/api/workspace-events", partial(workspace_events, server)),
        Route("/api/page/{editor}/{key}.jpg", partial(page_image, server)),
        Route("/download/collection.pdf", partial(download_collection, server)),
        Route("/download/{file}", partial(download, server)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.server = server
    return Guard(app, token, port)


def _statement_layouts(workspace: Workspace) -> list[str]:
    layouts, _ = scan_layouts(workspace.layouts_dir)
    return [name for name, layout in layouts.items() if layout.kind is LayoutKind.STATEMENT]


def _pdf_targets() -> list[str]:
    """The targets whose output is one PDF per statement and layout (the social cards and
    the like are not pages to preview)."""
    return [name for name in target_names()
            if get_target(name).scope is Scope.LAYOUT and not get_target(name).folder_output
            and ".pdf" in get_target(name).suffixes]


async def workspace_page(server: Server, request: Request, error: str = "") -> Response:
    workspace = server.workspace
    entries = await asyncio.to_thread(statements, workspace)
    return server.page("workspace.html.j2", entries=entries, error=error,
                       book=server.overview.describe_book(),
                       lang=workspace.config.defaults.lang,
                       today=dt.date.today().isoformat())


async def new_page(server: Server, request: Request) -> Response:
    body = await _body(request)
    form = parse_qs(body.decode("utf-8", "replace"))
    title = (form.get("title") or [""])[0]
    workspace = server.workspace
    try:
        path = new_statement(workspace.sources_dir, title, workspace.config.defaults.lang,
                             dt.date.today())
    except PamphletError as error:
        return await workspace_page(server, request, error=str(error))
    server.overview.changed({path.name})
    return RedirectResponse(f"/edit/{quote(path.name)}", status_code=303)


async def editor_page(server: Server, request: Request) -> Response:
    name = request.path_params["name"]
    try:
        path = server.source(name)
        data = path.read_bytes()
    except (LookupError, OSError):
        return HTMLResponse("no such statement", status_code=404)
    workspace = server.workspace
    text = data.decode("utf-8", "replace").replace("\r\n", "\n")
    layouts, targets = _statement_layouts(workspace), _pdf_targets()
    layout = _first_layout(text, layouts, workspace)
    target = "screen" if "screen" in targets else targets[0]
    editor = Editor(name, layout, target, text)
    server.known[name] = digest_of(data)
    server.previewer.open(editor)
    state = {"editor": editor.id, "name": name, "base": digest_of(data), "layout": layout,
             "target": target}
    return server.page("editor.html.j2", name=name, text=text, layouts=layouts,
                       targets=targets, layout=layout, target=target, state=state,
                       lines=text.count("\n") + 1, direction=_direction(text, workspace))


def _direction(text: str, workspace: Workspace) -> str:
    """The editor's direction: the statement's language's (front matter ``lang``, else the
    workspace's default), so an Arabic text is written right to left."""
    match = re.search(r"^lang:\s*['\"]?([\w-]+)", text, re.M)
    return direction_of(match[1] if match else workspace.config.defaults.lang)


def _first_layout(text: str, layouts: list[str], workspace: Workspace) -> str:
    """The statement's own first layout if its front matter names one we can set."""
    match = re.search(r"^layout:\s*\[?\s*['\"]?([\w-]+)", text, re.M)
    for name in ([match[1]] if match else []) + list(workspace.config.defaults.layouts):
        if name in layouts:
            return name
    return layouts[0]


async def api_edit(server: Server, request: Request) -> Response:
    data = await _json(request)
    editor = server.previewer.editors.get(str(data.get("editor")))
    if editor is None:
        return JSONResponse({"error": "this editor is closed; reload the page"}, 410)
    layout, target = str(data.get("layout")), str(data.get("target"))
    workspace = server.workspace
    if layout not in _statement_layouts(workspace) or target not in _pdf_targets():
        return JSONResponse({"error": "unknown layout or target"}, 400)
    text = data.get("text")
    if not isinstance(text, str) or not isinstance(data.get("version"), int):
        return JSONResponse({"error": "expected text and a version"}, 400)
    received = server.previewer.edit(editor, data["version"], text, layout, target)
    return JSONResponse({"received": received})


async def api_save(server: Server, request: Request) -> Response:
    data = await _json(request)
    name, text, base = data.get("name"), data.get("text"), data.get("base")
    if not isinstance(name, str) or not isinstance(text, str) or not isinstance(base, str):
        return JSONResponse({"error": "expected name, text and base"}, 400)
    try:
        path = server.source(name)
    except LookupError:
        if not _NAME.match(name) or (server.workspace.sources_dir / name).exists():
            return JSONResponse({"error": "no such statement"}, 404)
        path = server.workspace.sources_dir / name  # deleted meanwhile: saved again
    saved = save_source(server.root, path, text, base)  # no await: saves never interleave
    if saved.saved:
        server.known[name] = saved.base
        server.overview.changed({name})
    return JSONResponse({"saved": saved.saved, "base": saved.base, "kept": saved.kept,
                         "disk_text": saved.disk_text, "disk_base": saved.disk_base,
                         "error": saved.error})


async def api_build(server: Server, request: Request) -> Response:
    data = await _json(request)
    name, layout, target = data.get("name"), data.get("layout"), data.get("target")
    try:
        server.source(str(name))
    except LookupError:
        return JSONResponse({"error": "no such statement"}, 404)
    if layout not in _statement_layouts(server.workspace) or target not in _pdf_targets():
        return JSONResponse({"error": "unknown layout or target"}, 400)
    try:
        made = await server.background.call("download", str(server.root), name, layout,
                                            target, budget_s=DOWNLOAD_BUDGET_S)
    except WorkerFailed as error:
        return JSONResponse({"error": str(error)})
    if "error" in made:
        return JSONResponse({"error": made["error"]})
    path = Path(made["path"])
    server.downloads.add(path)
    server.overview.changed({name})
    return JSONResponse({"url": f"/download/{quote(path.name)}", "note": made.get("note", ""),
                         "file": path.name})


async def download(server: Server, request: Request) -> Response:
    wanted = request.path_params["file"]
    for path in server.downloads:
        if path.name == wanted and path.is_file():
            return FileResponse(path, media_type="application/pdf", filename=path.name,
                                headers={"cache-control": "no-store"})
    return HTMLResponse("build it first", status_code=404)


async def download_collection(server: Server, request: Request) -> Response:
    path = Path(server.overview.book.path) if server.overview.book.path else None
    if path is None or not path.is_file():
        return HTMLResponse("the collection is not set yet", status_code=404)
    return FileResponse(path, media_type="application/pdf", filename=path.name,
                        headers={"cache-control": "no-store"})


async def thumbnail(server: Server, request: Request) -> Response:
    name = request.path_params["name"]
    try:
        key = digest_of(server.source(name).read_bytes())[:12]
    except (LookupError, OSError):
        return Response(status_code=404)
    try:
        thumb = await server.overview.thumbnail(name, key)
    except TimeoutError:
        return Response(status_code=503)
    if not thumb.png:
        return Response(_NO_THUMB, media_type="image/svg+xml", headers={"cache-control":
                                                                        "no-store"})
    return Response(thumb.png, media_type="image/png",
                    headers={"cache-control": "private, max-age=3600"})


_NO_THUMB = (b'<svg xmlns="http://www.w3.org/2000/svg" width="212" height="300" '
             b'viewBox="0 0 212 300"><rect width="212" height="300" fill="#f3f1ee"/>'
             b'<path d="M86 130l40 40M126 130l-40 40" stroke="#b3261e" stroke-width="6"/></svg>')


async def page_image(server: Server, request: Request) -> Response:
    editor = server.previewer.editors.get(request.path_params["editor"])
    image = editor.images.get(request.path_params["key"]) if editor else None
    if image is None:
        return Response(status_code=404)
    return Response(image, media_type="image/jpeg",  # named by its pixels: never changes
                    headers={"cache-control": "private, max-age=3600, immutable"})


async def editor_events(server: Server, request: Request) -> Response:
    editor = server.previewer.editors.get(request.path_params["editor"])
    if editor is None:
        return JSONResponse({"error": "this editor is closed; reload the page"}, 410)
    return _event_stream(editor.events, on_open=lambda: _opened(editor),
                         on_close=lambda: _closed(server, editor))


def _opened(editor: Editor) -> None:
    editor.connections += 1


def _closed(server: Server, editor: Editor) -> None:
    editor.connections -= 1

    def forget() -> None:  # the browser reconnects at once after a hiccup; a closed tab not
        if editor.connections <= 0:
            server.previewer.close(editor)

    asyncio.get_running_loop().call_later(30, forget)


async def workspace_events(server: Server, request: Request) -> Response:
    queue: asyncio.Queue = asyncio.Queue()
    listeners = server.overview.listeners
    return _event_stream(queue, on_open=lambda: listeners.add(queue),
                         on_close=lambda: listeners.discard(queue))


def _event_stream(queue: asyncio.Queue, on_open, on_close) -> StreamingResponse:
    async def stream():
        on_open()
        try:
            yield "retry: 1000\n\n"
            while True:
                try:
                    event = await asyncio.wait_for(queue.get(), 15)
                except TimeoutError:
                    yield ": still here\n\n"
                    continue
                yield f"event: {event['type']}\ndata: {json.dumps(event)}\n\n"
        finally:
            on_close()

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"cache-control": "no-store"})


async def _body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise _TooLarge()
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise _TooLarge()
    return body


async def _json(request: Request) -> dict:
    try:
        data = json.loads(await _body(request))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


class _TooLarge(Exception):
    pass


async def _watch(server: Server) -> None:
    """Changes made on disk by anyone else: an open editor is told (and shows the new text
    if it has no unsaved changes), thumbnails and the book are made again; a layout or
    pamphlet.toml change sets every open editor again."""
    from watchfiles import awatch

    root = server.root
    watched = [p for p in (root / "sources", root / "layouts", root / CONFIG_NAME) if
               p.exists()]
    if not watched:
        return
    async for changes in awatch(*watched, debounce=100, step=50, recursive=True):
        paths = {Path(path) for _, path in changes}
        sources = (root / "sources").resolve()
        names = {p.name for p in paths if p.parent.resolve() == sources and p.suffix == ".md"
                 and not p.name.startswith(".")}
        others = [p for p in paths if p.parent.resolve() != sources
                  and not p.name.startswith(".") and not p.name.endswith((".part", "~"))]
        for name in names:
            _disk_changed(server, name)
        if others:
            server.overview.changed(None)
            server.previewer.resubmit_all()
        elif names:
            server.overview.changed(names)


def _disk_changed(server: Server, name: str) -> None:
    path = server.root / "sources" / name
    try:
        data = path.read_bytes() if path.is_file() else None
    except OSError:
        return
    base = digest_of(data)
    if server.known.get(name) == base:
        return  # our own save, or no change
    server.known[name] = base
    text = None if data is None else data.decode("utf-8", "replace").replace("\r\n", "\n")
    for editor in list(server.previewer.editors.values()):
        if editor.name == name:
            editor.send("disk", text=text, base=base)


def serve(root: Path, port: int = 8737, open_browser: bool = False, out=None) -> None:
    """Run the server for the workspace at ``root`` until interrupted; print its URL (alone
    on its line, flushed) as soon as the port is bound."""
    import uvicorn

    out = out or sys.stdout
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(("127.0.0.1", port))
    except OSError as error:
        listener.close()
        raise PamphletError(f"127.0.0.1:{port} cannot be used ({error.strerror}); pass "
                            "--port N, or --port 0 for any free port") from None
    listener.listen(128)
    port = listener.getsockname()[1]
    token = new_token()
    app = create_app(root, token, port)
    url = f"http://127.0.0.1:{port}/?token={token}"
    print(url, file=out, flush=True)
    if open_browser:
        webbrowser.open(url)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on",
                            timeout_graceful_shutdown=1, ws="none")
    uvicorn.Server(config).run(sockets=[listener])
