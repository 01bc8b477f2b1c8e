"""Stage 3, typeset: HTML → PDF with WeasyPrint. The only module that imports WeasyPrint.

Three guards sit here: fontconfig sees only the bundled fonts, the URL fetcher reads only
the allowed roots (workspace and package data) and never the network, and WeasyPrint's log
records are captured and reported against the statement instead of being lost.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit, uses_netloc, uses_relative

from pamphlet.errors import TypesetError
from pamphlet.resources import fonts_dir


def _isolate_fontconfig() -> None:
    """Point fontconfig at a config that lists only ``fonts/``: no system font can slip in."""
    cache_home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    folder = Path(cache_home) / "pamphlet" / "fontconfig"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:  # no writable home: a private temporary folder instead
        folder = Path(tempfile.mkdtemp(prefix="pamphlet-fontconfig-"))
    conf = folder / f"fonts-{hashlib.sha1(str(fonts_dir()).encode()).hexdigest()[:12]}.conf"
    text = ("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
            f"  <dir>{fonts_dir()}</dir>\n  <cachedir>{folder / 'cache'}</cachedir>\n"
            "</fontconfig>\n")
    if not conf.is_file() or conf.read_text() != text:
        partial = conf.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(text)
        partial.replace(conf)
    os.environ["FONTCONFIG_FILE"] = str(conf)


_isolate_fontconfig()

import weasyprint  # noqa: E402  (fontconfig must be isolated before Pango loads)
from weasyprint.text.fonts import FontConfiguration  # noqa: E402
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse  # noqa: E402

WEASYPRINT_VERSION = weasyprint.__version__


class RefusedResource(Exception):
    """A document asked for something outside the allowed roots, or on the network."""


class RootedFetcher(URLFetcher):
    """Fetches ``data:`` URLs and files under the allowed roots; refuses everything else.

    With ``cmyk_profile`` set (the print target), raster images are converted to CMYK
    through that output profile on the way in.
    """

    def __init__(self, roots: tuple[Path, ...], cmyk_profile: Path | None = None):
        super().__init__(allowed_protocols={"file", "data"}, fail_on_errors=True)
        self.roots = tuple(root.resolve() for root in roots)
        self.cmyk_profile = cmyk_profile

    def fetch(self, url: str, headers: dict | None = None):
        response = self._fetch_rooted(url, headers)
        if self.cmyk_profile is None or not response.content_type.startswith("image/"):
            return response
        if response.content_type == "image/svg+xml":
            return response
        from pamphlet.typeset.images import to_cmyk_jpeg

        data = to_cmyk_jpeg(response.read(), self.cmyk_profile)
        response.close()
        # Not a file: URL, or WeasyPrint would embed the original file instead of these bytes.
        return URLFetcherResponse(f"pamphlet-cmyk:{url}", data, {"Content-Type": "image/jpeg"})

    def _fetch_rooted(self, url: str, headers: dict | None = None):
        scheme = url.split(":", 1)[0].lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme not in ("file", WORKSPACE_SCHEME):
            raise RefusedResource(f"refused to fetch {url}: pamphlet never uses the network; "
                                  "put the file in the workspace and use a relative path")
        relative = unquote(urlsplit(url).path)
        path = (self.roots[0] / relative.lstrip("/") if scheme == WORKSPACE_SCHEME
                else Path(relative)).resolve()
        if not any(path.is_relative_to(root) for root in self.roots):
            raise RefusedResource(f"refused to read {path}: only files inside the workspace "
                                  "can be used")
        if not path.is_file():
            raise RefusedResource(f"{path} does not exist")
        if scheme == "file":
            return super().fetch(url, headers)
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": kind})


#: Documents see the workspace as ``pamphlet-ws:/…``, not as a path on this machine: the
#: PDF then does not depend on where the workspace is (WeasyPrint names images after URLs).
WORKSPACE_SCHEME = "pamphlet-ws"
for _registry in (uses_relative, uses_netloc):
    if WORKSPACE_SCHEME not in _registry:
        _registry.append(WORKSPACE_SCHEME)


def _base_url(base_dir: Path, workspace: Path) -> str:
    """Where relative URLs in the document start: inside the workspace, a pamphlet-ws URL."""
    base, root = base_dir.resolve(), workspace.resolve()
    if base.is_relative_to(root):
        relative = base.relative_to(root).as_posix()
        return f"{WORKSPACE_SCHEME}:///{relative + '/' if relative != '.' else ''}"
    return f"{base}/"


@dataclass(frozen=True)
class TypesetOptions:
    """What the target asks of WeasyPrint, in our terms (mapped to its options below)."""

    pdf_variant: str | None = None
    strict: bool = False
    #: The print target's output profile: images are converted to CMYK through it.
    cmyk_profile: Path | None = None


@dataclass
class TypesetResult:
    """The PDF, its page count, and what WeasyPrint complained about."""

    pdf: bytes
    page_count: int
    #: Derived from the HTML: the same document always gets the same id.
    identifier: str = ""
    warnings: list[str] = field(default_factory=list)
    #: Element id → (page number from 1, top and bottom of its box below the page's top
    #: edge, in pt), on the first page the element appears on.
    anchors: dict[str, tuple[int, float, float]] = field(default_factory=dict)


_font_config: FontConfiguration | None = None
_stylesheets: dict[tuple, weasyprint.CSS] = {}


def _shared_font_config() -> FontConfiguration:
    global _font_config  # one per process: WeasyPrint's font set-up is costly
    if _font_config is None:
        _font_config = FontConfiguration()
    return _font_config


def _stylesheet(path: Path, fetcher: RootedFetcher) -> weasyprint.CSS:
    """Parse each stylesheet once per process (re-parsed when the file changes)."""
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size, fetcher.roots, fetcher.cmyk_profile)
    if key not in _stylesheets:
        _stylesheets[key] = weasyprint.CSS(filename=str(path), url_fetcher=fetcher,
                                           font_config=_shared_font_config())
    return _stylesheets[key]


@contextmanager
def captured_weasyprint_log():
    """Collect WeasyPrint's WARNING and ERROR records (deduplicated, in order)."""
    messages: list[str] = []

    class Collector(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = f"{record.levelname.lower()}: {record.getMessage()}"
            if message not in messages:
                messages.append(message)

    logger = logging.getLogger("weasyprint")
    handler = Collector(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)


def _drop_attachments(document: weasyprint.Document) -> None:
    """A statement never embeds files: ``rel=attachment`` would carry any file it can name
    into the PDF, unseen by the reader (and printers do not want attachments)."""
    document.metadata.attachments = []
    for page in document.pages:
        page.links[:] = [link for link in page.links if link[0] != "attachment"]


def typeset(html: str, base_dir: Path, stylesheets: tuple[Path, ...],
            roots: tuple[Path, ...], options: TypesetOptions) -> TypesetResult:
    """Set ``html`` (relative URLs resolve against ``base_dir``) and return the PDF bytes."""
    fetcher = RootedFetcher((*roots, fonts_dir()), options.cmyk_profile)
    with captured_weasyprint_log() as messages:
        try:
            css = [_stylesheet(fonts_dir() / "fonts.css", fetcher),
                   *(_stylesheet(path, fetcher) for path in stylesheets)]
            document = weasyprint.HTML(string=html, base_url=_base_url(base_dir, roots[0]),
                                       url_fetcher=fetcher).render(
                stylesheets=css, font_config=_shared_font_config())
            _drop_attachments(document)
            identifier = hashlib.md5(html.encode()).hexdigest()
            pdf = document.write_pdf(pdf_identifier=identifier.encode(),
                                     pdf_variant=options.pdf_variant)
        except FatalURLFetchingError as error:
            raise TypesetError(str(error.__cause__ or error)) from None
        except Exception as error:  # a WeasyPrint bug must not end the whole batch
            raise TypesetError(f"WeasyPrint failed ({type(error).__name__}: {error}); "
                               "run with --debug for details") from error
    if options.strict and messages:
        raise TypesetError(f"WeasyPrint {messages[0]} (--strict)")
    anchors: dict[str, tuple[int, float, float]] = {}
    for number, page in enumerate(document.pages, 1):
        for name, (_, top, _, bottom) in page.anchors.items():
            anchors.setdefault(name, (number, top * 0.75, bottom * 0.75))  # CSS px → pt
    return TypesetResult(pdf=pdf, page_count=len(document.pages), identifier=identifier,
                         warnings=messages, anchors=anchors)
