from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.engagements import service as engagement_service
from tests.builders import make_engagement


def test_create_resolves_known_officials_and_proposes_unknown(session: Session) -> None:
    e = make_engagement(
        session,
        participants=[
            {"name": "Rajnath Singh", "title": "Defence Minister", "country": "IND"},
            {"name": "Zed Unknownperson", "title": "Minister", "country": "USA"},
        ],
    )
    loaded = engagement_service.get(session=session, engagement_id=e.id)
    statuses = {p.official.name: p.official.status for p in loaded.participants}
    assert statuses["Zed Unknownperson"] == "proposed"
    assert loaded.pair_key == "IND-USA"


def test_list_returns_only_published_newest_first(session: Session) -> None:
    old = make_engagement(session, date=dt.date(2020, 1, 1))
    new = make_engagement(session, date=dt.date(2024, 1, 1))
    make_engagement(session, date=dt.date(2025, 1, 1), status="draft")
    rows = engagement_service.list_(session=session, filters=engagement_service.EngagementFilter())
    ids = [r.id for r in rows]
    assert ids.index(new.id) < ids.index(old.id)
    assert all(r.status == "published" for r in rows)


def test_to_read_uses_gold_date_width(session: Session) -> None:
    e = make_engagement(session, date="2025-07", date_precision="month")
    assert engagement_service.to_read(e).date == "2025-07"
