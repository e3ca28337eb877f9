"""Users of each role, and a client that behaves like production on errors, for the security tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.core.db import get_session
from app.users.models import User
from tests.builders import make_user


@pytest.fixture
def viewer(session: Session) -> User:
    return make_user(session, name="vera", role="viewer")


@pytest.fixture
def analyst(session: Session) -> User:
    return make_user(session, name="ana", role="analyst")


@pytest.fixture
def admin(session: Session) -> User:
    return make_user(session, name="root", role="admin")


@pytest.fixture
def strict(session: Session, client: TestClient) -> TestClient:
    """The client, answering 500 instead of raising, with the request session rolled back to a savepoint
    on errors as production does (so "nothing stored half-way" is checked faithfully)."""
    client._transport.raise_server_exceptions = False  # type: ignore[attr-defined]

    def _session() -> Iterator[Session]:
        savepoint = session.begin_nested()
        try:
            yield session
        except Exception:
            savepoint.rollback()  # also clears a failed flush, which leaves the savepoint inactive
            raise
        session.flush()
        if savepoint.is_active:
            savepoint.commit()

    client.app.dependency_overrides[get_session] = _session  # type: ignore[attr-defined]
    return client
