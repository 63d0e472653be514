"""What keeps the dashboard private on a shared machine: the secret key in the address, a session
cookie signed with it, a CSRF token on every change, a Host check against DNS rebinding, and headers
that keep mail content from loading anything or framing the page.

`Guard` is ASGI middleware in front of every route, so no page can forget a check:

- the Host header must be `127.0.0.1:PORT` or `localhost:PORT` (a rebinding attacker's page is
  served under its own host name, which this refuses);
- a request needs the session cookie, or the key in `?token=`, which sets the cookie and redirects
  to the same address without the key (so it stays out of the history and the Referer);
- a change (any method but GET and HEAD) must come from the dashboard itself: no cross-site
  `Sec-Fetch-Site` or foreign `Origin`, and a form field `csrf_token` (or header `X-CSRF-Token`)
  that matches the session.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs, urlencode

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_PARAM = "token"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD"})
MAX_FORM_BYTES = 1_000_000
# Mail is shown inside the pages: nothing in it may load from elsewhere, run, or frame the page.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    # Not no-referrer: with it, browsers send `Origin: null` on the dashboard's own forms.
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


def new_key() -> str:
    """A fresh secret key for the dashboard's address."""
    return secrets.token_urlsafe(32)


class Sessions:
    """Session ids signed with the key, and each session's CSRF token (both HMACs, so nothing is
    kept in memory and a restart with the same key keeps the sessions)."""

    def __init__(self, key: str, port: int) -> None:
        self._key = key.encode()
        self.key = key
        # Cookies are shared between ports of one host: each dashboard has its own cookie.
        self.cookie_name = f"tracker_session_{port}"

    def _sign(self, purpose: str, value: str) -> str:
        return hmac.new(self._key, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()

    def key_matches(self, candidate: str) -> bool:
        return hmac.compare_digest(candidate.encode(), self._key)

    def new_cookie(self) -> str:
        session_id = secrets.token_urlsafe(18)
        return f"{session_id}.{self._sign('session', session_id)}"

    def session_of(self, cookie: str | None) -> str | None:
        """The session id a cookie carries, None when it is missing or not signed with the key."""
        if not cookie or "." not in cookie:
            return None
        session_id, signature = cookie.rsplit(".", 1)
        if not hmac.compare_digest(signature, self._sign("session", session_id)):
            return None
        return session_id

    def csrf_token(self, session_id: str) -> str:
        return self._sign("csrf", session_id)

    def csrf_matches(self, session_id: str, candidate: str | None) -> bool:
        return bool(candidate) and hmac.compare_digest(str(candidate), self.csrf_token(session_id))


def allowed_hosts(port: int) -> frozenset[str]:
    """The Host headers the dashboard answers to: its own address, by number or by name."""
    return frozenset({f"127.0.0.1:{port}", f"localhost:{port}"})


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _cookies(header: str) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except Exception:  # a malformed Cookie header is no session
        return {}
    return {name: morsel.value for name, morsel in jar.items()}


async def _respond(
    send: Send, status: int, body: str, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    content = body.encode()
    headers = [
        (b"content-type", b"text/html; charset=utf-8"),
        (b"content-length", str(len(content)).encode()),
        (b"cache-control", b"no-store"),
        *SECURITY_HEADERS,
        *(extra or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": content})


def _page(title: str, text: str) -> str:
    return (
        '<!doctype html><html lang="en"><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<link rel="stylesheet" href="/static/dashboard.css"><title>{title}</title>'
        f'<main class="refused"><h1>{title}</h1><p>{text}</p></main></html>'
    )


NO_KEY_PAGE = _page(
    "Open the dashboard with its address",
    "This page needs the address that <code>tracker web</code> printed: it ends with a secret key "
    "(<code>?token=…</code>) that keeps other users of this computer out. "
    "<code>tracker web --url</code> prints it again.",
)
WRONG_HOST_PAGE = _page(
    "Wrong address",
    "The dashboard only answers at 127.0.0.1 or localhost, on the port it was started with.",
)
CROSS_SITE_PAGE = _page(
    "Change refused",
    "The change did not come from a dashboard page (its form token is missing or out of date). "
    "Reload the page and try again.",
)


class Guard:
    """ASGI middleware: Host check, key or session, CSRF on changes, security headers."""

    def __init__(
        self, app: ASGIApp, *, sessions: Sessions, port: int, public_prefix: str = "/static/"
    ) -> None:
        self.app = app
        self.sessions = sessions
        self.hosts = allowed_hosts(port)
        self.origins = frozenset(f"http://{host}" for host in self.hosts)
        self.public_prefix = public_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        if headers.get("host", "") not in self.hosts:
            log.warning("web: refused a request for host %r", headers.get("host", ""))
            await _respond(send, 421, WRONG_HOST_PAGE)
            return
        send = _with_security_headers(send)
        path = scope.get("path", "/")
        if (path.startswith(self.public_prefix) or path == "/favicon.ico") and scope[
            "method"
        ] in SAFE_METHODS:
            await self.app(scope, receive, send)  # the stylesheet and scripts: nothing private
            return
        session_id = self.sessions.session_of(
            _cookies(headers.get("cookie", "")).get(self.sessions.cookie_name)
        )
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        offered = query.get(TOKEN_PARAM, [""])[0]
        if offered and scope["method"] in SAFE_METHODS:
            if not self.sessions.key_matches(offered):
                await _respond(send, 403, NO_KEY_PAGE)
                return
            await self._start_session(scope, query, send)
            return
        if session_id is None:
            await _respond(send, 403, NO_KEY_PAGE)
            return
        scope.setdefault("state", {})["csrf_token"] = self.sessions.csrf_token(session_id)
        if scope["method"] not in SAFE_METHODS:
            checked = await self._checked_change(scope, receive, headers, session_id)
            if checked is None:
                await _respond(send, 403, CROSS_SITE_PAGE)
                return
            receive = checked
        await self.app(scope, receive, send)

    async def _start_session(self, scope: Scope, query: dict[str, list[str]], send: Send) -> None:
        """The key was right: set the session cookie and go to the same page without the key."""
        rest = {name: values for name, values in query.items() if name != TOKEN_PARAM}
        location = scope.get("path", "/") + (f"?{urlencode(rest, doseq=True)}" if rest else "")
        cookie = (
            f"{self.sessions.cookie_name}={self.sessions.new_cookie()}; Path=/; HttpOnly; SameSite=Strict"
        )
        await _respond(
            send,
            303,
            "",
            [(b"location", location.encode()), (b"set-cookie", cookie.encode())],
        )

    async def _checked_change(
        self, scope: Scope, receive: Receive, headers: dict[str, str], session_id: str
    ) -> Receive | None:
        """A `receive` that replays the request's body when the change passes every check, else None."""
        if headers.get("sec-fetch-site", "same-origin") not in {"same-origin", "none"}:
            return None
        origin = headers.get("origin")
        if origin is not None and origin not in self.origins:
            return None
        body = b""
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > MAX_FORM_BYTES:
                return None
        candidate = headers.get(CSRF_HEADER)
        if candidate is None and headers.get("content-type", "").startswith(
            "application/x-www-form-urlencoded"
        ):
            form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            candidate = form.get(CSRF_FIELD, [None])[0]
        if not self.sessions.csrf_matches(session_id, candidate):
            log.warning("web: refused a change to %s without a valid form token", scope.get("path"))
            return None
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        return replay


def _with_security_headers(send: Send) -> Send:
    async def send_with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            present = {name.lower() for name, _ in message.get("headers", [])}
            extra = [(name, value) for name, value in SECURITY_HEADERS if name not in present]
            if b"cache-control" not in present:
                extra.append((b"cache-control", b"no-store"))
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return send_with_headers
