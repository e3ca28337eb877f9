"""Who is asking: session cookie for pages, bearer token for the API; role requirements."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.core.db import DbSession
from app.core.errors import DomainError
from app.core.security import CSRF_FORM_FIELD, CSRF_HEADER, csrf_ok
from app.core.settings import get_settings
from app.users import service as user_service
from app.users.models import User

bearer = HTTPBearer(auto_error=False, description="API token from `entente users token NAME`")
SESSION_USER_KEY = "uid"


class Unauthenticated(DomainError):
    status_code = 401
    title = "Sign in required"


class Forbidden(DomainError):
    status_code = 403
    title = "Forbidden"


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def current_user(
    request: Request,
    session: DbSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User | None:
    """The signed-in user: by bearer token on the API, by session cookie on pages."""
    if credentials is not None:
        user = user_service.by_token(session=session, token=credentials.credentials)
        if user is None:
            raise Unauthenticated("The API token is not valid")
        return user
    if is_api(request) and request.method not in ("GET", "HEAD", "OPTIONS"):
        return None  # API writes authenticate by bearer token only, never by cookie
    uid = request.session.get(SESSION_USER_KEY) if "session" in request.scope else None
    if uid is None:
        return None
    user = session.get(User, uid)
    return user


CurrentUser = Annotated[User | None, Depends(current_user)]


def require(role: str):  # type: ignore[no-untyped-def]
    """A dependency demanding at least `role`: 401 (API) or a login redirect (pages), 403 when too low."""

    def dependency(request: Request, user: CurrentUser) -> User:
        if user is None:
            if is_api(request):
                raise Unauthenticated("This needs an API token: Authorization: Bearer <token>")
            raise LoginRequired(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
        if not user_service.has_role(user, role):
            raise Forbidden(f"This needs the {role} role; you are signed in as a {user.role}")
        return user

    return dependency


def require_read(request: Request, user: CurrentUser) -> User | None:
    """Published records are public unless ENTENTE_PUBLIC_READ=false."""
    if get_settings().public_read or user is not None:
        return user
    if is_api(request):
        raise Unauthenticated("Sign in or send an API token to read")
    raise LoginRequired(request.url.path)


class LoginRequired(DomainError):
    status_code = 303
    title = "Sign in required"

    def __init__(self, next_path: str) -> None:
        super().__init__("Please sign in")
        self.location = f"/login?next={quote(next_path, safe='/')}"


async def verify_csrf(request: Request) -> None:
    """Unsafe page requests must carry the session's CSRF token (form field or htmx header)."""
    if request.method in ("GET", "HEAD", "OPTIONS") or is_api(request):
        return
    submitted = request.headers.get(CSRF_HEADER)
    if submitted is None and "form" in request.headers.get("content-type", ""):
        form = await request.form()
        value = form.get(CSRF_FORM_FIELD)
        submitted = value if isinstance(value, str) else None
    if not csrf_ok(request, submitted):
        raise Forbidden("The form's security token is missing or stale: reload the page and try again")


Reader = Annotated[User | None, Depends(require_read)]
Analyst = Annotated[User, Depends(require("analyst"))]
Admin = Annotated[User, Depends(require("admin"))]
Csrf = Depends(verify_csrf)
