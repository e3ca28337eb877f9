"""Small row builders: make_x(session, **overrides) returns a flushed ORM object."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.engagements import service as engagement_service
from app.engagements.models import Engagement
from app.engagements.schemas import EngagementCreate
from app.officials.models import Official


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
