"""Request input limits: too big -> 413, undecodable text or NUL -> 422, before any route sees it."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

from fastapi import HTTPException, Request
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.errors import respond_error

# Bodies of these types are read whole (they are small, the limit holds) and checked for UTF-8.
TEXT_BODY_TYPES = ("application/json", "application/x-www-form-urlencoded")


class BodyTooLarge(HTTPException):
    """Raised from receive() when a streamed body passes the limit; FastAPI re-raises HTTPExceptions."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, detail=_too_large_message(limit))


def _too_large_message(limit: int) -> str:
    return f"The request body is larger than the {limit:,} bytes this server accepts"


def _declared_length(headers: Headers) -> int | None:
    raw = headers.get("content-length")
    if raw is None or not raw.strip().isdigit():
        return None
    return int(raw)


def _is_text_body(headers: Headers) -> bool:
    kind = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return kind in TEXT_BODY_TYPES or kind.endswith("+json")


NUL_MESSAGE = "Text may not contain NUL (\\0) characters"
_JSON_NUL = re.compile(r"\\u0000", re.IGNORECASE)  # even after an escaped backslash: never legitimate


def _utf8_problem(body: bytes, form: bool) -> str | None:
    """Why body is not valid UTF-8 text (also inside %-escapes for forms) or holds NUL, or None.

    NUL is refused here once for every endpoint: Postgres cannot store it and fails loudly.
    """
    try:
        text = body.decode("utf-8")
        pairs = parse_qsl(text, keep_blank_values=True, errors="strict") if form else []
    except UnicodeDecodeError as exc:
        return f"The request body is not valid UTF-8 (byte {exc.start})"
    if "\0" in text or _JSON_NUL.search(text) or any("\0" in k + v for k, v in pairs):
        return NUL_MESSAGE
    return None


def _url_problem(scope: Scope) -> str | None:
    """NUL or undecodable %-escapes in the path or query string, which would reach the database."""
    try:
        pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), errors="strict")
    except UnicodeDecodeError:
        return "The query string is not valid UTF-8"
    if "\0" in scope.get("path", "") or any("\0" in k + v for k, v in pairs):
        return NUL_MESSAGE
    return None


class BodyLimitMiddleware:
    """Pure ASGI: refuse bodies over max_bytes (declared or streamed) and text bodies that are not UTF-8."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if (problem := _url_problem(scope)) is not None:
            await _reject(scope, receive, send, 422, "Invalid input", problem)
            return
        declared = _declared_length(headers)
        if declared is not None and declared > self.max_bytes:
            await _reject(scope, receive, send, 413, "Too large", _too_large_message(self.max_bytes))
            return
        if _is_text_body(headers) and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            await self._checked_text(scope, receive, send, headers)
            return
        await self.app(scope, self._counting(receive), send)

    def _counting(self, receive: Receive) -> Receive:
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        return limited

    async def _checked_text(self, scope: Scope, receive: Receive, send: Send, headers: Headers) -> None:
        """Read a JSON/form body whole, check its size and encoding, then replay it to the app."""
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await _reject(scope, receive, send, 413, "Too large", _too_large_message(self.max_bytes))
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        form = "x-www-form-urlencoded" in headers.get("content-type", "")
        problem = _utf8_problem(body, form)
        if problem is not None:
            await _reject(scope, receive, send, 422, "Invalid input", problem)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _reject(scope: Scope, receive: Receive, send: Send, status: int, title: str, message: str) -> None:
    response = respond_error(Request(scope, receive), status, title, message)
    response.headers["Connection"] = "close"
    await response(scope, receive, send)
