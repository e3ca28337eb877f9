"""Sign in and sign out."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from app.core.auth import SESSION_AUTH_KEY, SESSION_USER_KEY, Csrf
from app.core.db import DbSession
from app.core.security import session_marker
from app.core.templating import hx_redirect, render
from app.users import service as user_service
from app.users.throttle import AddressThrottle

router = APIRouter(include_in_schema=False)


def _safe_next(value: str | None) -> str:
    """Only same-site paths: never redirect to another host after sign-in.

    Browsers drop tabs and newlines and read backslashes as slashes, so "/\t/evil" would be "//evil".
    """
    if not value or not value.startswith("/") or "\\" in value or not value.isprintable():
        return "/"
    parts = urlsplit(value)
    if value.startswith("//") or parts.scheme or parts.netloc:
        return "/"
    return value


def login_throttle(request: Request) -> AddressThrottle:
    """The app's failed-sign-in counter per address (one per app, so tests never share one)."""
    throttle = getattr(request.app.state, "login_throttle", None)
    if throttle is None:
        throttle = request.app.state.login_throttle = AddressThrottle()
    return throttle


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:
    return render(request, "users/login.html", {"next": _safe_next(next), "error": None, "name": ""})


@router.post("/login", dependencies=[Csrf])
def login(
    request: Request,
    session: DbSession,
    name: Annotated[str, Form(max_length=80)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    client = request.client.host if request.client else "unknown"
    user, error = user_service.authenticate(
        session=session, name=name, password=password, address=client, throttle=login_throttle(request)
    )
    if user is None:
        ctx = {"next": _safe_next(next), "error": error, "name": name}
        return render(request, "users/login.html", ctx, status_code=401 if "locked" not in error else 429)
    request.session.clear()
    request.session[SESSION_USER_KEY] = user.id
    request.session[SESSION_AUTH_KEY] = session_marker(user.password_hash)
    return hx_redirect(request, _safe_next(next))


@router.post("/logout", dependencies=[Csrf])
def logout(request: Request) -> Response:
    request.session.clear()
    return hx_redirect(request, "/")
