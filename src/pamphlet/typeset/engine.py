"""Stage 3, typeset: HTML → PDF with WeasyPrint, the one module that drives it.

Importing this module has no side effects: WeasyPrint is loaded on the first typeset, after
three guards are in place. Fontconfig sees only the bundled fonts; the URL fetcher
(fetcher.py) reads only the allowed roots and never the network; WeasyPrint's log records
are captured and reported against the statement instead of being lost.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from collections import OrderedDict
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from pamphlet.errors import TypesetError
from pamphlet.files import RefusedFile, read_limited
from pamphlet.resources import fonts_dir
from pamphlet.typeset.lines import read_lines, text_ends
from pamphlet.typeset.options import TypesetOptions, TypesetResult
from pamphlet.units import PX

__all__ = ["LaidOut", "TypesetOptions", "TypesetResult", "captured_weasyprint_log", "lay_out",
           "typeset", "warm_up"]

#: Parsed stylesheets kept per process (a long ``pamphlet watch`` edits many versions).
STYLESHEET_CACHE_SIZE = 32
#: A stylesheet larger than this is no layout's.
MAX_STYLESHEET_BYTES = 2_000_000


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


def _machine_independent_mimetypes() -> None:
    """Python's own table of file types only: WeasyPrint reads the machine's mime.types
    when it loads, and a PDF must not depend on that file (nor may pamphlet read it)."""
    import mimetypes

    if not mimetypes.inited:
        known, mimetypes.knownfiles = mimetypes.knownfiles, []
        try:
            mimetypes.init()
        finally:
            mimetypes.knownfiles = known


class _Engine:
    """WeasyPrint, loaded once per process, with its font configuration and the parsed
    stylesheets (a stylesheet is parsed again only when its file changes)."""

    def __init__(self) -> None:
        _isolate_fontconfig()  # before Pango loads
        _machine_independent_mimetypes()
        from urllib.parse import uses_netloc, uses_relative

        import weasyprint
        from weasyprint.text.fonts import FontConfiguration

        from pamphlet.typeset import columns, fetcher

        columns.install()
        for registry in (uses_relative, uses_netloc):
            if fetcher.WORKSPACE_SCHEME not in registry:
                registry.append(fetcher.WORKSPACE_SCHEME)
        self.weasyprint = weasyprint
        self.fetcher = fetcher
        self.font_config = FontConfiguration()
        self.stylesheets: OrderedDict[tuple, tuple[tuple, object, dict]] = OrderedDict()

    def stylesheet(self, path: Path, url_fetcher):
        """``path`` parsed (again only when the file changed), least recently used dropped.
        The files its parse read (``@import``, fonts) count as read by ``url_fetcher``."""
        stat = path.stat()
        key = (str(path), url_fetcher.roots, url_fetcher.cmyk_profile)
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = self.stylesheets.get(key)
        if cached is None or cached[0] != stamp:
            try:
                text = read_limited(path, MAX_STYLESHEET_BYTES).decode("utf-8")
            except (RefusedFile, OSError, UnicodeDecodeError) as error:
                raise TypesetError(f"{path}: stylesheet cannot be read ({error})") from None
            before = dict(url_fetcher.reads)
            css = self.weasyprint.CSS(string=text, base_url=path.resolve().as_uri(),
                                      url_fetcher=url_fetcher, font_config=self.font_config)
            reads = {k: v for k, v in url_fetcher.reads.items() if before.get(k, 0) != v}
            self.stylesheets[key] = cached = (stamp, css, reads)
        url_fetcher.reads.update(cached[2])
        self.stylesheets.move_to_end(key)
        while len(self.stylesheets) > STYLESHEET_CACHE_SIZE:
            self.stylesheets.popitem(last=False)
        return cached[1]


@cache
def _engine() -> _Engine:
    return _Engine()


def warm_up() -> None:
    """Load WeasyPrint and the font configuration now (a worker's first job is then fast)."""
    _engine()


#: A ``data:`` URL in a message (WeasyPrint quotes the whole URL).
_DATA_URL = re.compile(r"data:[^\s'\"]{60,}")


#: What WeasyPrint logs when it leaves an SVG out (a refused file inside it, bad drawing).
SVG_FAILURES = ("error: Failed to render SVG image", "error: Failed to load inline SVG")


def _short(match: re.Match) -> str:
    return f"{match[0][:40]}… ({len(match[0]):,} characters)"


@contextmanager
def captured_weasyprint_log():
    """Collect WeasyPrint's WARNING and ERROR records (deduplicated, in order)."""
    messages: list[str] = []

    class Collector(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = f"{record.levelname.lower()}: {_DATA_URL.sub(_short, record.getMessage())}"
            if message not in messages:
                messages.append(message)

    logger = logging.getLogger("weasyprint")
    handler = Collector(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)


def _drop_attachments(document) -> None:
    """A statement never embeds files: ``rel=attachment`` would carry any file it can name
    into the PDF, unseen by the reader (and printers do not want attachments)."""
    document.metadata.attachments = []
    for page in document.pages:
        page.links[:] = [link for link in page.links if link[0] != "attachment"]


#: How far text may run past the page's edge (rounding in the layout engine), in pt.
OFF_PAGE_TOLERANCE_PT = 1.0


def _refuse_text_off_the_page(lines, widths: list[float]) -> None:
    """A word wider than the page (a one-word title of 5,000 letters, a pasted hash) is
    cut off at the trim: refused, naming it, rather than printed half."""
    for line in lines:
        width = widths[line.page - 1]
        if line.right > width + OFF_PAGE_TOLERANCE_PT or line.left < -OFF_PAGE_TOLERANCE_PT:
            word = max(line.text.split() or [line.text], key=len)
            shown = word if len(word) <= 40 else f"{word[:40]}… ({len(word):,} characters)"
            raise TypesetError(f"'{shown}' on page {line.page} is wider than the page and "
                               "would be cut off; shorten it or break it with spaces or "
                               "hyphens")


def _base_url(base_dir: Path, workspace: Path, scheme: str) -> str:
    """Where relative URLs in the document start: inside the workspace, a pamphlet-ws URL."""
    base, root = base_dir.resolve(), workspace.resolve()
    if base.is_relative_to(root):
        relative = base.relative_to(root).as_posix()
        return f"{scheme}:///{relative + '/' if relative != '.' else ''}"
    return f"{base}/"


class LaidOut:
    """A document WeasyPrint has laid out but not yet written: its pages can be measured
    (lines, anchors) and blocks moved down their page before the PDF is made, so filling a
    page to its foot costs no second layout."""

    def __init__(self, engine: _Engine, document, html: str, options: TypesetOptions,
                 messages: list[str], reads: dict, refused: list[str] | None = None):
        self._engine, self._document, self._html = engine, document, html
        #: Why the fetcher refused what it refused (drawing an SVG may ask for more).
        self._refused = refused if refused is not None else []
        self.options, self.warnings = options, messages
        #: The files the fetcher read (path → digest), for the incremental key.
        self.reads = reads
        self.page_count = len(document.pages)
        #: Whether its pages have been filled (typeset/settle.py).
        self.settled = False
        self._measure()
        _refuse_text_off_the_page(self.lines, [page.width * PX for page in document.pages])

    def _measure(self) -> None:
        from pamphlet.typeset import boxtree

        self.anchors: dict[str, tuple[int, float, float]] = {}
        for number, page in enumerate(self._document.pages, 1):
            for name, (_, top, _, bottom) in page.anchors.items():
                self.anchors.setdefault(name, (number, top * PX, bottom * PX))
        #: Every line of text (typeset/lines.py), page by page.
        self.lines = read_lines(self._document)
        #: Where each page's footnote area starts (None: no footnotes on the page).
        self.footnotes_top = [boxtree.footnote_area_top(page._page_box)
                              for page in self._document.pages]

    @property
    def html(self) -> str:
        return self._html

    def page_lines(self, page: int) -> list:
        """The lines on ``page`` (from 1), in box order."""
        return [line for line in self.lines if line.page == page]

    def move(self, page: int, ids: tuple[str, ...], down_pt: float) -> None:
        """Move the blocks with these ids on ``page`` (from 1) down by ``down_pt``."""
        from pamphlet.typeset import boxtree

        if abs(down_pt) < 0.01:
            return
        document_page = self._document.pages[page - 1]
        moved = sum(boxtree.translate(document_page._page_box, name, down_pt / PX)
                    for name in ids)
        if moved:
            boxtree.regather(document_page)
            self._measure()

    def move_content(self, page: int, element_id: str, down_pt: float) -> None:
        """Move what the block ``element_id`` on ``page`` holds down by ``down_pt``, its
        borders where they are."""
        from pamphlet.typeset import boxtree

        document_page = self._document.pages[page - 1]
        if boxtree.translate_content(document_page._page_box, element_id, down_pt / PX):
            boxtree.regather(document_page)
            self._measure()

    def move_footnotes(self, page: int, down_pt: float) -> float | None:
        """Move the footnotes of ``page`` down by ``down_pt`` (up when negative); the
        height of their area in pt, or None when the page has none."""
        from pamphlet.typeset import boxtree

        height = boxtree.translate_footnotes(self._document.pages[page - 1]._page_box,
                                             down_pt / PX)
        if height is not None:
            boxtree.regather(self._document.pages[page - 1])
            self._measure()
        return None if height is None else height * PX

    def stretch(self, page: int, element_id: str, by_pt: float) -> None:
        """Make the block ``element_id`` on ``page`` taller by ``by_pt`` (its background
        reaching further down; its content stays)."""
        from pamphlet.typeset import boxtree

        if by_pt > 0.01 and boxtree.grow(self._document.pages[page - 1]._page_box,
                                         element_id, by_pt / PX):
            boxtree.regather(self._document.pages[page - 1])
            self._measure()

    def write(self) -> TypesetResult:
        """The PDF, with what was measured."""
        with captured_weasyprint_log() as messages:
            try:
                _drop_attachments(self._document)
                identifier = hashlib.md5(self._html.encode()).hexdigest()
                pdf = self._document.write_pdf(pdf_identifier=identifier.encode(),
                                               pdf_variant=self.options.pdf_variant)
            except Exception as error:  # a WeasyPrint bug must not end the whole batch
                raise TypesetError(f"WeasyPrint failed ({type(error).__name__}: {error}); "
                                   "run with --debug for details") from error
        _refuse_left_out(messages, self._refused)  # SVGs are drawn only now
        warnings = self.warnings + [m for m in messages if m not in self.warnings]
        if self.options.strict and warnings:
            raise TypesetError(f"WeasyPrint {warnings[0]} (--strict)")
        return TypesetResult(pdf=pdf, page_count=self.page_count, identifier=identifier,
                             warnings=warnings, anchors=dict(self.anchors), lines=self.lines,
                             text_ends=text_ends(self.lines, self.page_count),
                             footnotes_top=list(self.footnotes_top),
                             reads=dict(self.reads))


def lay_out(html: str, base_dir: Path, stylesheets: tuple[Path, ...],
            roots: tuple[Path, ...], options: TypesetOptions) -> LaidOut:
    """Lay ``html`` out into pages (relative URLs resolve against ``base_dir``)."""
    engine = _engine()
    fetcher = engine.fetcher.RootedFetcher((*roots, fonts_dir()), options.cmyk_profile)
    with captured_weasyprint_log() as messages:
        try:
            css = [engine.stylesheet(fonts_dir() / "fonts.css", fetcher),
                   *(engine.stylesheet(path, fetcher) for path in stylesheets)]
            base_url = _base_url(base_dir, roots[0], engine.fetcher.WORKSPACE_SCHEME)
            document = engine.weasyprint.HTML(string=html, base_url=base_url,
                                              url_fetcher=fetcher).render(
                stylesheets=css, font_config=engine.font_config)
        except engine.weasyprint.urls.FatalURLFetchingError as error:
            problem = TypesetError(str(error.__cause__ or error))
            problem.reads = dict(fetcher.reads)  # what was missing, for a job sent away
            raise problem from None
        except Exception as error:  # a WeasyPrint bug must not end the whole batch
            raise TypesetError(f"WeasyPrint failed ({type(error).__name__}: {error}); "
                               "run with --debug for details") from error
    _refuse_left_out(messages, fetcher.refused)
    if options.strict and messages:
        raise TypesetError(f"WeasyPrint {messages[0]} (--strict)")
    return LaidOut(engine, document, html, options, messages, dict(fetcher.reads),
                   fetcher.refused)


def _refuse_left_out(messages: list[str], refused: list[str]) -> None:
    """Fail when WeasyPrint left an image or an SVG out of the page, saying only so in its
    log (a damaged image while laying out; a refused file inside an SVG while drawing)."""
    failed_image = next((m for m in messages if m.startswith("error: Failed to load image")),
                        None)
    if failed_image:  # an image WeasyPrint could not decode would go missing unseen
        raise TypesetError(f"WeasyPrint {failed_image.rstrip(': ')}: the image is damaged or "
                           "in a format WeasyPrint cannot set")
    failed_svg = next((m for m in messages if m.startswith(SVG_FAILURES)), None)
    if failed_svg:  # WeasyPrint leaves such an SVG out of the page, with only this line
        reason = f" ({refused[-1]})" if refused else ""
        raise TypesetError(f"WeasyPrint {failed_svg}{reason}: the SVG would be missing from "
                           "the page")


def typeset(html: str, base_dir: Path, stylesheets: tuple[Path, ...],
            roots: tuple[Path, ...], options: TypesetOptions) -> TypesetResult:
    """Set ``html`` (relative URLs resolve against ``base_dir``) and return the PDF bytes."""
    return lay_out(html, base_dir, stylesheets, roots, options).write()
