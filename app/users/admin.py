"""Admin pages for accounts: list, create with a role, change role, reset password, issue/revoke token."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import Response

from app.core.auth import Admin, Csrf
from app.core.db import DbSession
from app.core.templating import hx_redirect, render
from app.core.vocab import ROLES
from app.users import service as user_service

router = APIRouter(prefix="/admin/users", include_in_schema=False)
Role = Annotated[str, Form(max_length=10)]
UserId = Annotated[int, Path(ge=1, le=user_service.MAX_ID)]


def _page(request: Request, session: DbSession, secret: dict[str, str] | None = None) -> Response:
    users = user_service.list_(session=session)
    ctx = {"users": users, "roles": ROLES, "secret": secret, "is_locked": user_service.is_locked}
    response = render(request, "admin/users.html", ctx, block="results")
    if secret is not None:
        response.headers["Cache-Control"] = "no-store"  # the page shows a password or token once
    return response


@router.get("")
def users_page(request: Request, session: DbSession, _: Admin) -> Response:
    return _page(request, session)


@router.post("", dependencies=[Csrf])
def create_user(
    request: Request,
    session: DbSession,
    user: Admin,
    name: Annotated[str, Form(min_length=1, max_length=user_service.MAX_NAME)],
    role: Role = "viewer",
    password: Annotated[str, Form(max_length=user_service.MAX_PASSWORD)] = "",
) -> Response:
    """Create an account; a generated password is shown once on the page that answers."""
    generated = "" if password else user_service.new_password()
    created = user_service.create(
        session=session, name=name, role=role, password=password or generated, by=user
    )
    if not generated:
        return hx_redirect(request, "/admin/users")
    return _page(request, session, {"what": f"Password for {created.name}", "value": generated})


@router.post("/{user_id}/role", dependencies=[Csrf])
def change_role(request: Request, session: DbSession, user: Admin, user_id: UserId, role: Role) -> Response:
    user_service.change_role(session=session, user_id=user_id, role=role, by=user)
    return hx_redirect(request, "/admin/users")


@router.post("/{user_id}/password", dependencies=[Csrf])
def reset_password(
    request: Request,
    session: DbSession,
    user: Admin,
    user_id: UserId,
    password: Annotated[str, Form(max_length=user_service.MAX_PASSWORD)] = "",
) -> Response:
    """Set the given password, or generate one and show it once; also lifts a sign-in lock."""
    new = user_service.reset_password(session=session, user_id=user_id, password=password or None, by=user)
    if password:
        return hx_redirect(request, "/admin/users")
    target = user_service.get(session=session, user_id=user_id)
    return _page(request, session, {"what": f"New password for {target.name}", "value": new})


@router.post("/{user_id}/token", dependencies=[Csrf])
def issue_token(request: Request, session: DbSession, user: Admin, user_id: UserId) -> Response:
    """A new API token, shown once; the previous one stops working."""
    target = user_service.get(session=session, user_id=user_id)
    token = user_service.issue_token(session=session, name=target.name, by=user)
    return _page(request, session, {"what": f"API token for {target.name}", "value": token})


@router.post("/{user_id}/revoke-token", dependencies=[Csrf])
def revoke_token(request: Request, session: DbSession, user: Admin, user_id: UserId) -> Response:
    user_service.revoke_token(session=session, user_id=user_id, by=user)
    return hx_redirect(request, "/admin/users")
