"""Who is asking: session cookie for pages, bearer token for the API; role requirements."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.core.db import DbSession
from app.core.errors import DomainError
from app.core.security import CSRF_FORM_FIELD, CSRF_HEADER, csrf_ok, session_marker
from app.core.settings import get_settings
from app.users import service as user_service
from app.users.models import User

bearer = HTTPBearer(auto_error=False, description="API token from `entente users token NAME`")
SESSION_USER_KEY = "uid"
SESSION_AUTH_KEY = "auth"


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
    user = session.get(User, uid) if isinstance(uid, int) else None
    if user is None or request.session.get(SESSION_AUTH_KEY) != session_marker(user.password_hash):
        return None  # a password reset since sign-in ends every session of that user
    return user


CurrentUser = Annotated[User | None, Depends(current_user)]


def require(role: str):  # type: ignore[no-untyped-def]
    """A dependency demanding at least `role`: 401 (API) or a login redirect (pages), 403 when too low."""

    def dependency(request: Request, user: CurrentUser) -> User:
        if user is None:
            if is_api(request):
                raise Unauthenticated("This needs an API token: Authorization: Bearer <token>")
            raise LoginRequired(_here(request))
        if not user_service.has_role(user, role):
            raise Forbidden(f"This needs the {role} role; you are signed in as a {user.role}")
        return user

    return dependency


def _here(request: Request) -> str:
    return request.url.path + (f"?{request.url.query}" if request.url.query else "")


def require_read(request: Request, user: CurrentUser) -> User | None:
    """Published records are public unless ENTENTE_PUBLIC_READ=false."""
    if get_settings().public_read or user is not None:
        return user
    if is_api(request):
        raise Unauthenticated("Sign in or send an API token to read")
    raise LoginRequired(_here(request))


# Reachable by anyone even when ENTENTE_PUBLIC_READ=false (static files are a mount, outside routes).
ALWAYS_OPEN = ("/login", "/logout", "/healthz", "/openapi.json", "/docs", "/redoc")


def gate(request: Request, user: CurrentUser) -> User | None:
    """App-wide dependency: expose the user to templates and, without public read, demand a sign-in.

    It runs for every route, including ones added later, so no page can forget require_read.
    """
    request.state.user = user
    if request.url.path in ALWAYS_OPEN or request.url.path.startswith("/docs/"):
        return user
    return require_read(request, user)


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
