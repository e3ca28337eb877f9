"""Request id binding, security headers."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from fastapi import Request, Response
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


class RequestContextMiddleware(BaseHTTPMiddleware):
    async def dispatch(
        self, request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        request_id = request.headers.get("X-Request-ID") or uuid.uuid4().hex
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id[:64])
        response = await call_next(request)
        response.headers["X-Request-ID"] = request_id[:64]
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        if request.url.scheme == "https":
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        return response


class SessionCookieMiddleware:
    """Signed session cookie (HttpOnly, SameSite=Lax, Max-Age), Secure when forced or on https requests.

    Behind a proxy the scheme comes from X-Forwarded-Proto, which uvicorn trusts from --forwarded-allow-ips.
    """

    def __init__(self, app: ASGIApp, secret_key: str, max_age: int, always_secure: bool = False) -> None:
        options: dict[str, Any] = {"session_cookie": "entente_session", "max_age": max_age}
        options["same_site"] = "lax"
        self.plain = SessionMiddleware(app, secret_key, https_only=always_secure, **options)
        self.secure = SessionMiddleware(app, secret_key, https_only=True, **options)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        https = scope.get("scheme") in ("https", "wss")
        await (self.secure if https else self.plain)(scope, receive, send)
