"""Who may talk to ``pamphlet serve``: the browser holding the token it printed, on this
machine, from its own pages.

- The server listens on 127.0.0.1 only.
- Every request needs the token: in the printed URL (``?token=…``, then exchanged for an
  HttpOnly, SameSite=Strict cookie and a redirect that drops it from the address bar) or in
  that cookie. Compared in constant time.
- A Host header other than ``127.0.0.1:PORT`` or ``localhost:PORT`` is refused: a page on
  another domain that resolves to 127.0.0.1 (DNS rebinding) cannot reach the workspace.
- A cross-site or same-site Origin / Sec-Fetch-Site is refused: the cookie is shared by
  every port of 127.0.0.1, so another local server's page must not use it.
- Responses forbid framing, inline script and sniffing, and send no referrer.
"""

from __future__ import annotations

import hmac
import secrets
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode

#: What every response carries: no inline or foreign script, no framing, no referrer.
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; "
     b"object-src 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

REFUSED_PAGE = """<!doctype html><html lang="en"><meta charset="utf-8">
<title>pamphlet: not allowed</title><body>
<h1>Not allowed</h1><p>{reason}</p>
<p>Open the address that <code>pamphlet serve</code> printed in the terminal, with its
<code>?token=…</code>.</p></body></html>"""


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Guard:
    """ASGI middleware: refuse what does not come from this server's own pages with its
    token; add the security headers to every response."""

    def __init__(self, app, token: str, port: int):
        self.app, self.token, self.port = app, token, port
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
        self.origins = {f"http://{host}" for host in self.hosts}
        self.cookie = f"pamphlet-{port}"

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        with_token = self._valid(query.get("token"))
        reason = self._refusal(headers, with_token)
        if reason:
            return await _respond(send, 403, REFUSED_PAGE.format(reason=reason))
        if with_token and scope["method"] in ("GET", "HEAD"):
            # Swap the token in the address for a cookie, and drop it from the address bar.
            rest = urlencode([(k, v) for k, v in query.items() if k != "token"])
            location = scope["path"] + (f"?{rest}" if rest else "")
            cookie = (f"{self.cookie}={self.token}; Path=/; HttpOnly; SameSite=Strict")
            return await _respond(send, 303, "", [(b"location", location.encode()),
                                                  (b"set-cookie", cookie.encode())])

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        return await self.app(scope, receive, send_with_headers)

    def _refusal(self, headers: dict[str, str], with_token: bool) -> str:
        """Why the request is refused ("" when it is not)."""
        if headers.get("host", "") not in self.hosts:
            return ("This server answers only to 127.0.0.1 and localhost; the request named "
                    "another host.")
        origin = headers.get("origin")
        if origin is not None and origin not in self.origins:
            return "The request came from another site's page."
        if headers.get("sec-fetch-site") in ("cross-site", "same-site") and not with_token:
            return "The request came from another site's page."
        if with_token:
            return ""
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # a malformed cookie header is no token
            return "The request carries no valid token."
        morsel = cookie.get(self.cookie)
        return "" if morsel is not None and self._valid(morsel.value) else \
            "The request carries no valid token."

    def _valid(self, token: str | None) -> bool:
        return token is not None and hmac.compare_digest(token.encode(), self.token.encode())


async def _respond(send, status: int, body: str, headers: list | None = None) -> None:
    data = body.encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/html; charset=utf-8"),
                            (b"content-length", str(len(data)).encode()),
                            (b"cache-control", b"no-store"),
                            *(headers or []), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": data})
