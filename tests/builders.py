"""Small row builders: make_x(session, **overrides) returns a flushed ORM object."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.engagements import service as engagement_service
from app.engagements.models import Engagement
from app.engagements.schemas import EngagementCreate
from app.officials.models import Official
from app.users import service as user_service
from app.users.models import User


def make_official(session: Session, **overrides: Any) -> Official:
    values: dict[str, Any] = {"name": "Test Official", "country_iso3": "IND", "status": "active"}
    values.update(overrides)
    official = Official(**values)
    session.add(official)
    session.flush()
    return official


def make_engagement(session: Session, **overrides: Any) -> Engagement:
    values: dict[str, Any] = {
        "date": dt.date(2025, 7, 1),
        "date_precision": "day",
        "type": "call",
        "countries": ["IND", "USA"],
        "participants": [
            {"name": "Rajnath Singh", "title": "Defence Minister", "country": "IND"},
            {"name": "Pete Hegseth", "title": "Secretary of Defense", "country": "USA"},
        ],
        "pillars": ["logistics"],
        "summary": "A test engagement",
        "status": "published",
    }
    values.update(overrides)
    return engagement_service.create(session=session, data=EngagementCreate.model_validate(values))


def make_user(
    session: Session, name: str = "ana", role: str = "analyst", password: str = "correct horse"
) -> User:
    return user_service.create(session=session, name=name, role=role, password=password)


def api_headers(session: Session, user: User) -> dict[str, str]:
    """Bearer headers for user, with a freshly issued API token."""
    token = user_service.issue_token(session=session, name=user.name)
    return {"Authorization": f"Bearer {token}"}


def csrf_from(html: str) -> str:
    """The CSRF token a rendered page carries (hidden input or htmx header)."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html) or re.search(
        r'"X-CSRF-Token": "([^"]+)"', html
    )
    assert match, "page carries no CSRF token"
    return match.group(1)


def sign_in(client: TestClient, user: User, password: str = "correct horse") -> str:
    """Sign user in through the login form; returns the session's CSRF token for later posts."""
    token = csrf_from(client.get("/login").text)
    response = client.post(
        "/login",
        data={"name": user.name, "password": password, "csrf_token": token, "next": "/"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return csrf_from(client.get("/login").text)  # not "/": sign-in must not depend on the timeline


@contextmanager
def count_statements(session: Session) -> Iterator[list[str]]:
    """Collect every SQL statement the session's connection runs inside the block (N+1 guards)."""
    statements: list[str] = []
    conn = session.connection()

    def _before(_c: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(conn, "before_cursor_execute", _before)
    try:
        yield statements
    finally:
        event.remove(conn, "before_cursor_execute", _before)
