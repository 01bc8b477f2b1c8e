"""The URL fetcher every document is set with: it reads only the allowed roots (the
workspace and the package's data) and ``data:`` URLs, never the network.

Imported by engine.py only, after fontconfig has been pointed at the bundled fonts
(importing WeasyPrint's modules loads Pango).
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

#: Documents see the workspace as ``pamphlet-ws:/…``, not as a path on this machine: the
#: PDF then does not depend on where the workspace is (WeasyPrint names images after URLs).
WORKSPACE_SCHEME = "pamphlet-ws"


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
