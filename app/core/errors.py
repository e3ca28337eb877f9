"""Expected failures as domain exceptions with a status code, rendered by one handler."""

from __future__ import annotations

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.middleware import SECURITY_HEADERS
from app.core.templating import render

log = structlog.get_logger(__name__)
OUT_OF_RANGE_MESSAGE = "A value is out of range: a number too large, or text the database cannot store"


class DomainError(Exception):
    status_code = 400
    title = "Bad request"
    location: str | None = None  # set for redirects (303)

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(DomainError):
    status_code = 404
    title = "Not found"


class Conflict(DomainError):
    status_code = 409
    title = "Conflict"


class Invalid(DomainError):
    status_code = 422
    title = "Invalid input"


class TooLarge(DomainError):
    status_code = 413
    title = "Too large"


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", "")


def _respond(request: Request, status: int, title: str, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    return render(request, "error.html", {"title": title, "message": message}, status_code=status)


def respond_error(request: Request, status: int, title: str, message: str) -> Response:
    """An error as JSON ({"detail": message}) for the API, else the error page; for middleware too."""
    return _respond(request, status, title, message)


def install(app: FastAPI) -> None:
    """Register the handlers that turn expected failures into 4xx pages or JSON."""

    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> Response:
        if exc.location is not None:
            if request.headers.get("HX-Request") == "true":
                return Response(status_code=200, headers={"HX-Redirect": exc.location})
            return RedirectResponse(exc.location, status_code=303)
        response = _respond(request, exc.status_code, exc.title, exc.message)
        if exc.status_code == 401:
            response.headers["WWW-Authenticate"] = "Bearer"  # RFC 6750: say which scheme would work
        return response

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "Request failed"
        response = _respond(request, exc.status_code, message, message)
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        """A bug: a plain 500 (no template that could fail again) that still carries the security headers."""
        message = "Something went wrong on our side; it has been logged"
        response: Response = (
            JSONResponse({"detail": message}, status_code=500)
            if _wants_json(request)
            else PlainTextResponse(message, status_code=500)
        )
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(OverflowError)
    @app.exception_handler(DataError)
    async def _out_of_range(request: Request, exc: Exception) -> Response:
        """Safety net: a value the database cannot hold (huge number, bad encoding) is bad input, not a 500.

        Routes should bound their inputs; reaching this means one does not, so it is logged as a warning.
        """
        log.warning("unvalidated input reached the database", path=request.url.path, error=type(exc).__name__)
        return _respond(request, 422, "Invalid input", OUT_OF_RANGE_MESSAGE)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": _clean(exc.errors())}, status_code=422)
        lines = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return render(request, "error.html", {"title": "Invalid input", "message": lines}, status_code=422)


def _clean(errors: object) -> list[dict[str, object]]:
    """Validation errors without the raw input echoed back (it may be huge or binary)."""
    out: list[dict[str, object]] = []
    for e in errors if isinstance(errors, list | tuple) else []:
        out.append({"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type", "")})
    return out
