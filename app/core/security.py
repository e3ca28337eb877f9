"""Password and token hashing, CSRF tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import Request
from pwdlib import PasswordHash
from pwdlib.exceptions import UnknownHashError

_passwords = PasswordHash.recommended()
CSRF_SESSION_KEY = "csrf"
CSRF_FORM_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


def hash_password(password: str) -> str:
    return _passwords.hash(password)


def verify_password(password: str, hashed: str | None) -> bool:
    if not hashed:
        _passwords.hash(password)  # spend the same time as a real check
        return False
    try:
        return _passwords.verify(password, hashed)
    except UnknownHashError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """API tokens are random and long, so a plain SHA-256 is enough to store them."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def session_marker(password_hash: str | None) -> str:
    """A digest of the password hash kept in the session; after a password change it no longer matches."""
    return hashlib.sha256((password_hash or "").encode("utf-8")).hexdigest()[:16]


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created on first use."""
    token = request.session.get(CSRF_SESSION_KEY)
    if not token:
        token = secrets.token_urlsafe(32)
        request.session[CSRF_SESSION_KEY] = token
    return str(token)


def csrf_ok(request: Request, submitted: str | None) -> bool:
    expected = request.session.get(CSRF_SESSION_KEY)
    return bool(expected and submitted and hmac.compare_digest(str(expected), submitted))
