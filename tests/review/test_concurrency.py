"""Two analysts save the same record at once, on separate connections that really commit."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from app.audit.models import AuditEntry
from app.core.errors import Conflict
from app.engagements import editing
from app.engagements import service as engagement_service
from app.engagements.edit_schemas import EngagementUpdate
from app.engagements.models import Engagement
from app.users.models import User
from tests.builders import api_headers, make_engagement, make_user


@pytest.fixture
def committed(engine: Engine) -> Iterator[tuple[int, int]]:
    """A committed draft and analyst (ids); removed again afterwards, with their audit rows."""
    with Session(engine) as s, s.begin():
        user = make_user(s, name="racer")
        e = make_engagement(s, status="draft", participants=[], summary="start")
        ids = (e.id, user.id)
    yield ids
    with Session(engine) as s, s.begin():
        s.execute(
            delete(AuditEntry).where(AuditEntry.entity == "engagement", AuditEntry.entity_id == str(ids[0]))
        )
        s.delete(s.get(Engagement, ids[0]))
        s.execute(delete(User).where(User.id == ids[1]))


def _save(
    engine: Engine, ids: tuple[int, int], summary: str, barrier: threading.Barrier, out: list[str]
) -> None:
    engagement_id, user_id = ids
    with Session(engine) as s:
        try:
            engagement_service.get(session=s, engagement_id=engagement_id)  # both read version 1
            user = s.get(User, user_id)
            assert user is not None
            barrier.wait(timeout=10)
            editing.update(
                session=s,
                engagement_id=engagement_id,
                data=EngagementUpdate(version=1, summary=summary),
                user=user,
            )
            s.commit()
            out.append("ok")
        except Conflict as exc:  # EditConflict, or SQLite's "busy" conflict: both 409, nothing saved
            s.rollback()
            out.append(str(exc.status_code))


def test_same_version_at_once_one_wins_one_409(engine: Engine, committed: tuple[int, int]) -> None:
    barrier, results = threading.Barrier(2), []
    threads = [
        threading.Thread(target=_save, args=(engine, committed, text, barrier, results))
        for text in ("A", "B")
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(results) == ["409", "ok"]
    with Session(engine) as s:
        e = s.get(Engagement, committed[0])
        assert e is not None and e.version == 2 and e.summary in ("A", "B")
        audit = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "engagement", AuditEntry.entity_id == str(committed[0])
            )
        ).all()
        assert [(a.field, a.new_value) for a in audit] == [("summary", e.summary)]


@pytest.fixture
def real_client(engine: Engine) -> Iterator[TestClient]:
    """The app with request sessions that really commit to the test database (no rolled-back wrapper)."""
    from app.core.db import get_session
    from app.main import create_app

    app = create_app()

    def _session() -> Iterator[Session]:
        with Session(engine, expire_on_commit=False) as s:
            try:
                yield s
                s.commit()
            except Exception:
                s.rollback()
                raise

    app.dependency_overrides[get_session] = _session
    with TestClient(app, base_url="http://testserver") as c:
        yield c


def test_two_clients_patch_at_once(
    engine: Engine, committed: tuple[int, int], real_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Session(engine) as s, s.begin():
        user = s.get(User, committed[1])
        assert user is not None
        headers = api_headers(s, user)
    barrier = threading.Barrier(2)
    check = editing._validate_refs

    def meet_then_check(session: Session, data: EngagementUpdate) -> None:
        barrier.wait(timeout=10)  # both requests have read version 1 and passed the version check
        check(session, data)

    monkeypatch.setattr(editing, "_validate_refs", meet_then_check)
    statuses: list[int] = []

    def patch(summary: str) -> None:
        body = {"version": 1, "summary": summary}
        statuses.append(
            real_client.patch(f"/api/engagements/{committed[0]}", json=body, headers=headers).status_code
        )

    threads = [threading.Thread(target=patch, args=(text,)) for text in ("A", "B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(statuses) == [200, 409]
    with Session(engine) as s:
        audit = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "engagement", AuditEntry.entity_id == str(committed[0])
            )
        ).all()
        assert len(audit) == 1 and audit[0].field == "summary"
