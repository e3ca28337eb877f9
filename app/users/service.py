"""Users: creation, passwords, API tokens, lookups."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.audit import service as audit_service
from app.core.errors import Conflict, Invalid, NotFound
from app.core.security import hash_password, hash_token, new_token, verify_password
from app.core.vocab import ROLES
from app.users.models import User
from app.users.throttle import AddressThrottle

ROLE_RANK = {role: i for i, role in enumerate(ROLES)}
MAX_NAME = 80
MAX_ID = 2**31 - 1  # ids beyond a 32-bit integer column cannot exist
MIN_PASSWORD = 8
MAX_PASSWORD = 1000


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise Invalid(f"role must be one of {', '.join(ROLES)}")


def new_password() -> str:
    return secrets.token_urlsafe(12)


def _check_password(password: str) -> None:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise Invalid(f"a password has {MIN_PASSWORD} to {MAX_PASSWORD} characters")


def create(*, session: Session, name: str, role: str, password: str | None, by: User | None = None) -> User:
    """A new account (audited); without a password it cannot sign in until one is set."""
    _check_role(role)
    name = name.strip()
    if not name:
        raise Invalid("a user needs a name")
    if len(name) > MAX_NAME:
        raise Invalid(f"a user name has at most {MAX_NAME} characters")
    if password:
        _check_password(password)
    if get_by_name(session=session, name=name) is not None:
        raise Conflict(f"a user named {name!r} already exists")
    user = User(name=name, role=role, password_hash=hash_password(password) if password else None)
    session.add(user)
    session.flush()
    audit_service.record(
        session=session,
        user=by,
        entity="user",
        entity_id=user.id,
        action="create",
        changes={"name": (None, name), "role": (None, role)},
    )
    return user


def list_(*, session: Session) -> Sequence[User]:
    return session.scalars(select(User).order_by(User.name)).all()


def change_role(*, session: Session, user_id: int, role: str, by: User | None) -> User:
    """Set a user's role; the last admin cannot be demoted, so someone can always manage users."""
    _check_role(role)
    user = get(session=session, user_id=user_id)
    if user.role == "admin" and role != "admin":
        admins = session.scalar(select(func.count()).select_from(User).where(User.role == "admin"))
        if (admins or 0) <= 1:
            raise Conflict(f"{user.name} is the last admin: make someone else an admin first")
    old = user.role
    user.role = role
    session.flush()
    audit_service.record(
        session=session, user=by, entity="user", entity_id=user.id, changes={"role": (old, role)}
    )
    return user


def reset_password(*, session: Session, user_id: int, password: str | None, by: User | None) -> str:
    """Set a new password (generated when none is given), lift any lock; returns the password."""
    user = get(session=session, user_id=user_id)
    password = password or new_password()
    _check_password(password)
    user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    audit_service.record(
        session=session, user=by, entity="user", entity_id=user.id, changes={}, action="reset_password"
    )
    return password


def revoke_token(*, session: Session, user_id: int, by: User | None) -> User:
    """Forget the user's API token hash: the token stops working at once."""
    user = get(session=session, user_id=user_id)
    had = user.token_hash is not None
    user.token_hash = None
    session.flush()
    audit_service.record(
        session=session,
        user=by,
        entity="user",
        entity_id=user.id,
        changes={"api_token": ("set" if had else None, None)},
        action="revoke_token",
    )
    return user


def get_by_name(*, session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(User.name == name.strip())).first()


def get(*, session: Session, user_id: int) -> User:
    user = session.get(User, user_id) if 0 < user_id <= MAX_ID else None
    if user is None:
        raise NotFound(f"No user with id {user_id}")
    return user


def issue_token(*, session: Session, name: str, by: User | None = None) -> str:
    """A new API token for the user (replacing any previous one); only its hash is stored."""
    user = get_by_name(session=session, name=name)
    if user is None:
        raise NotFound(f"No user named {name!r}")
    token = new_token()
    user.token_hash = hash_token(token)
    session.flush()
    audit_service.record(
        session=session, user=by, entity="user", entity_id=user.id, changes={}, action="issue_token"
    )
    return token


def by_token(*, session: Session, token: str) -> User | None:
    return session.scalars(select(User).where(User.token_hash == hash_token(token))).first()


def has_role(user: User | None, role: str) -> bool:
    return user is not None and ROLE_RANK.get(user.role, -1) >= ROLE_RANK[role]


MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
LOCKED_MESSAGE = "Too many failed sign-ins: the account is locked, try again later"


def _locked_until(user: User) -> dt.datetime | None:
    value = user.locked_until
    if value is not None and value.tzinfo is None:  # SQLite returns naive datetimes
        value = value.replace(tzinfo=dt.UTC)
    return value


def is_locked(user: User, now: dt.datetime | None = None) -> bool:
    until = _locked_until(user)
    return until is not None and until > (now or dt.datetime.now(dt.UTC))


def authenticate(
    *, session: Session, name: str, password: str, address: str, throttle: AddressThrottle
) -> tuple[User | None, str]:
    """The user for name+password, or None and why; repeated failures lock the account and the address."""
    now = dt.datetime.now(dt.UTC)
    if throttle.blocked(address, now):
        return None, "Too many failed sign-ins from your address: it is locked for a while, try again later"
    user = get_by_name(session=session, name=name) if name.strip() else None
    if user is not None and is_locked(user, now):
        return None, LOCKED_MESSAGE
    # Verify even for unknown names (against no hash), so timing does not reveal which names exist.
    if not verify_password(password, user.password_hash if user is not None else None) or user is None:
        throttle.fail(address, now)
        if user is not None:
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                user.failed_logins = 0
            session.flush()
        return None, "Wrong name or password"
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    return user, ""
