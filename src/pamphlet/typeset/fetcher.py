"""The URL fetcher every document is set with: it reads only the allowed roots (the
workspace and the package's data) and ``data:`` URLs, never the network.

No URL goes through urllib: its file handler looks the host up (a DNS query leaves the
machine even for ``file://localhost/``). ``file:`` URLs are opened here, and one naming a
host other than ``localhost`` is refused before anything could resolve it; ``data:`` URLs
are decoded here. Only regular files are read, each under a size limit while it is read,
and raster images are checked (readable, not a decompression bomb) before WeasyPrint
decodes them. Every workspace file read is recorded, so a build knows what its output
depends on.

Imported by engine.py only, after fontconfig has been pointed at the bundled fonts
(importing WeasyPrint's modules loads Pango).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import os
from pathlib import Path
from urllib.parse import unquote, unquote_to_bytes, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

from pamphlet.files import RefusedFile, read_limited

#: Documents see the workspace as ``pamphlet-ws:/…``, not as a path on this machine: the
#: PDF then does not depend on where the workspace is (WeasyPrint names images after URLs).
WORKSPACE_SCHEME = "pamphlet-ws"
#: The largest file a document may read (an image, a stylesheet, a font).
MAX_RESOURCE_BYTES = 50_000_000
#: The largest raster image, in pixels: an A2 page at 300 ppi with bleed, about.
MAX_IMAGE_PIXELS = 80_000_000
#: Content types by file suffix: a fixed table, so no machine's mime.types changes a PDF.
CONTENT_TYPES = {
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
    ".webp": "image/webp", ".bmp": "image/bmp", ".tif": "image/tiff", ".tiff": "image/tiff",
    ".svg": "image/svg+xml", ".css": "text/css", ".ttf": "font/ttf", ".otf": "font/otf",
    ".woff": "font/woff", ".woff2": "font/woff2", ".html": "text/html", ".txt": "text/plain",
}


class RefusedResource(Exception):
    """A document asked for something outside the allowed roots, or on the network."""


def shortened(url: str, keep: int = 60) -> str:
    """A URL fit for a message: a long ``data:`` URL is cut, with its length."""
    if url.startswith("data:") and len(url) > keep:
        return f"{url[:keep]}… ({len(url):,} characters)"
    return url


class RootedFetcher(URLFetcher):
    """Fetches ``data:`` URLs and files under the allowed roots; refuses everything else.

    With ``cmyk_profile`` set (the print target), raster images are converted to CMYK
    through that output profile on the way in.
    """

    def __init__(self, roots: tuple[Path, ...], cmyk_profile: Path | None = None):
        super().__init__(allowed_protocols={"file", "data"}, fail_on_errors=True)
        self.roots = tuple(Path(os.path.realpath(root)) for root in roots)
        self.cmyk_profile = cmyk_profile
        #: Files of the workspace (``roots[0]``) asked for, by path relative to it: the
        #: sha256 of what was read, or None for a file that was not there.
        self.reads: dict[str, str | None] = {}
        #: Why each refused URL was refused, in order (WeasyPrint swallows a refusal met
        #: while drawing an SVG; the engine names it).
        self.refused: list[str] = []

    def fetch(self, url: str, headers: dict | None = None):
        try:
            return self._fetch(url)
        except RefusedResource as error:
            self.refused.append(str(error))
            raise

    def _fetch(self, url: str):
        scheme = url.split(":", 1)[0].lower()
        if scheme == "data":
            data, kind = _decode_data_url(url)
            where = shortened(url)
        elif scheme in ("file", WORKSPACE_SCHEME):
            path = self._path(url, scheme)
            data, kind, where = self._read(path), _content_type(path), str(path)
        else:
            raise RefusedResource(f"refused to fetch {shortened(url)}: pamphlet never uses "
                                  "the network; put the file in the workspace and use a "
                                  "relative path")
        if kind.startswith("image/") and kind != "image/svg+xml" \
                or kind == "application/octet-stream":
            kind = _check_image(data, where, kind)
            if self.cmyk_profile is not None and kind.startswith("image/") \
                    and kind != "image/svg+xml":
                from pamphlet.typeset.images import to_cmyk_jpeg

                # Not a file: URL, or WeasyPrint would embed the original file instead.
                return URLFetcherResponse(f"pamphlet-cmyk:{url}",
                                          to_cmyk_jpeg(data, self.cmyk_profile),
                                          {"Content-Type": "image/jpeg"})
        return URLFetcherResponse(url, data, {"Content-Type": kind})

    def _path(self, url: str, scheme: str) -> Path:
        """The file a ``file:`` or workspace URL names, inside the allowed roots."""
        parts = urlsplit(url)
        host = parts.netloc
        if host and not (scheme == "file" and host.lower() == "localhost"):
            raise RefusedResource(f"refused {scheme}://{host[:60]}/…: pamphlet reads only "
                                  "this machine's workspace, never another host")
        relative = unquote(parts.path)
        if "\0" in relative:
            raise RefusedResource(f"refused {shortened(url)}: not a file name")
        path = (self.roots[0] / relative.lstrip("/") if scheme == WORKSPACE_SCHEME
                else Path(relative))
        real = Path(os.path.realpath(path))
        if not any(real.is_relative_to(root) for root in self.roots):
            raise RefusedResource(f"refused to read {real}: only files inside the workspace "
                                  "can be used")
        return real

    def _read(self, path: Path) -> bytes:
        """The file's bytes (a regular file, size-limited), recorded when in the workspace."""
        recorded = (path.relative_to(self.roots[0]).as_posix()
                    if path.is_relative_to(self.roots[0]) else None)
        try:
            data = read_limited(path, MAX_RESOURCE_BYTES)
        except FileNotFoundError:
            if recorded is not None:
                self.reads[recorded] = None
            raise RefusedResource(f"{path} does not exist") from None
        except (RefusedFile, OSError) as error:
            raise RefusedResource(f"{path}: {error}") from None
        if recorded is not None:
            self.reads[recorded] = hashlib.sha256(data).hexdigest()
        return data


def _content_type(path: Path) -> str:
    return CONTENT_TYPES.get(path.suffix.lower(), "application/octet-stream")


def _decode_data_url(url: str) -> tuple[bytes, str]:
    """A ``data:`` URL's bytes and content type (RFC 2397)."""
    header, comma, payload = url[5:].partition(",")
    if not comma:
        raise RefusedResource(f"{shortened(url)}: not a data URL (no comma)")
    is_base64 = header.lower().endswith(";base64")
    media = (header[:-7] if is_base64 else header).strip() or "text/plain;charset=US-ASCII"
    data = unquote_to_bytes(payload)
    if is_base64:
        try:
            data = base64.b64decode(data)
        except (binascii.Error, ValueError):
            raise RefusedResource(f"{shortened(url)}: broken base64") from None
    return data, media.split(";")[0].strip().lower() or "text/plain"


def _check_image(data: bytes, where: str, kind: str) -> str:
    """Refuse a raster image that cannot be read or would take too much memory to decode
    (``kind`` comes back as the format Pillow found; unknown data that is no image is
    returned as it came)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            pixels = image.width * image.height
            if pixels > MAX_IMAGE_PIXELS:
                raise RefusedResource(f"{where}: more pixels than an image may have "
                                      f"({MAX_IMAGE_PIXELS // 1_000_000} million): "
                                      f"{image.width:,}×{image.height:,}")
            found = Image.MIME.get(image.format or "", kind)
            image.verify()
    except RefusedResource:
        raise
    except UnidentifiedImageError:
        if kind == "application/octet-stream":
            return kind  # not an image at all: WeasyPrint decides what it is
        raise RefusedResource(f"{where}: not a readable image (not a format pamphlet "
                              "knows, or damaged)") from None
    except Image.DecompressionBombError:
        raise RefusedResource(f"{where}: more pixels than an image may have "
                              f"({MAX_IMAGE_PIXELS // 1_000_000} million): a decompression "
                              "bomb?") from None
    except Exception as error:  # truncated, bad checksums, broken headers
        raise RefusedResource(f"{where}: not a readable image ({error or type(error).__name__})"
                              ) from None
    return found
