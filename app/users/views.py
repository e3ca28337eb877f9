"""Sign in and sign out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from app.core.auth import SESSION_USER_KEY, Csrf
from app.core.db import DbSession
from app.core.templating import hx_redirect, render
from app.users import service as user_service

router = APIRouter(include_in_schema=False)


def _safe_next(value: str | None) -> str:
    """Only same-site paths: never redirect to another host after sign-in."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


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
    user, error = user_service.authenticate(session=session, name=name, password=password, address=client)
    if user is None:
        ctx = {"next": _safe_next(next), "error": error, "name": name}
        return render(request, "users/login.html", ctx, status_code=401 if "locked" not in error else 429)
    request.session.clear()
    request.session[SESSION_USER_KEY] = user.id
    return hx_redirect(request, _safe_next(next))


@router.post("/logout", dependencies=[Csrf])
def logout(request: Request) -> Response:
    request.session.clear()
    return hx_redirect(request, "/")
