"""Users: creation, passwords, API tokens, lookups."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import Conflict, Invalid, NotFound
from app.core.security import hash_password, hash_token, new_token, verify_password
from app.core.vocab import ROLES
from app.users.models import User

ROLE_RANK = {role: i for i, role in enumerate(ROLES)}


def create(*, session: Session, name: str, role: str, password: str | None) -> User:
    if role not in ROLES:
        raise Invalid(f"role must be one of {', '.join(ROLES)}")
    if not name.strip():
        raise Invalid("a user needs a name")
    if get_by_name(session=session, name=name) is not None:
        raise Conflict(f"a user named {name!r} already exists")
    user = User(name=name.strip(), role=role, password_hash=hash_password(password) if password else None)
    session.add(user)
    session.flush()
    return user


def get_by_name(*, session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(User.name == name.strip())).first()


def get(*, session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"No user with id {user_id}")
    return user


def issue_token(*, session: Session, name: str) -> str:
    """A new API token for the user (replacing any previous one); only its hash is stored."""
    user = get_by_name(session=session, name=name)
    if user is None:
        raise NotFound(f"No user named {name!r}")
    token = new_token()
    user.token_hash = hash_token(token)
    session.flush()
    return token


def by_token(*, session: Session, token: str) -> User | None:
    return session.scalars(select(User).where(User.token_hash == hash_token(token))).first()


def has_role(user: User | None, role: str) -> bool:
    return user is not None and ROLE_RANK.get(user.role, -1) >= ROLE_RANK[role]


MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
_failures_by_address: dict[str, list[dt.datetime]] = {}


def _address_blocked(address: str, now: dt.datetime) -> bool:
    """More than 20 failures from one address in 15 minutes blocks that address for a while."""
    recent = [
        t for t in _failures_by_address.get(address, []) if now - t < dt.timedelta(minutes=LOCK_MINUTES)
    ]
    _failures_by_address[address] = recent
    return len(recent) >= 4 * MAX_FAILED_LOGINS


def authenticate(*, session: Session, name: str, password: str, address: str) -> tuple[User | None, str]:
    """The user for name+password, or None and why; repeated failures lock the account for a while."""
    now = dt.datetime.now(dt.UTC)
    if _address_blocked(address, now):
        return None, "Too many failed sign-ins from your address: the account is locked, try again later"
    user = get_by_name(session=session, name=name) if name.strip() else None
    locked_until = user.locked_until if user is not None else None
    if locked_until is not None and locked_until.tzinfo is None:
        locked_until = locked_until.replace(tzinfo=dt.UTC)
    if user is not None and locked_until is not None and locked_until > now:
        return None, "Too many failed sign-ins: the account is locked, try again later"
    if user is None or not verify_password(password, user.password_hash):
        _failures_by_address.setdefault(address, []).append(now)
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
