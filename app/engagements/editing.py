"""Analyst writes on engagements: edit with optimistic locking, publish, reject, split, merge, attach.

Every write is audited. The `version` column is SQLAlchemy's version_id_col: a stale UPDATE raises
StaleDataError, which becomes EditConflict (409) carrying the record as it now is.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Connection, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.audit import service as audit_service
from app.core.db import utcnow
from app.core.errors import Conflict, Invalid
from app.countries.models import Country
from app.engagements import service as engagement_service
from app.engagements.edit_schemas import EngagementUpdate
from app.engagements.models import Engagement, EngagementCountry, EngagementPillar, Participant
from app.engagements.schemas import EngagementRead
from app.officials import service as official_service
from app.pillars.models import Pillar
from app.users.models import User

ENTITY = "engagement"
LOCK_WAIT_SECONDS = 5.0
T = TypeVar("T")


class EditConflict(Conflict):
    """Someone saved this record since you read it; `current` is what they saved."""

    def __init__(self, message: str, current: EngagementRead) -> None:
        super().__init__(message)
        self.current = current


def values(e: Engagement) -> dict[str, Any]:
    """The analyst-visible fields as plain values, for audit diffs (works before a flush, too)."""
    width = {"day": 10, "month": 7, "year": 4}[e.date_precision]
    location = {"city": e.location_city, "country": e.location_country_iso3, "venue": e.location_venue}
    return {
        "date": e.date.isoformat()[:width],
        "date_precision": e.date_precision,
        "type": e.type,
        "countries": sorted(c.country_iso3 for c in e.countries),
        "participants": [
            f"{p.official.name} ({p.title or 'no title'}, {p.country_iso3})" for p in e.participants
        ],
        "location": location if any(location.values()) else None,
        "pillars": sorted(p.pillar_key for p in e.pillars),
        "summary": e.summary,
        "status": e.status,
    }


def _conflict(session: Session, engagement_id: int, message: str) -> EditConflict:
    session.expire_all()
    current = engagement_service.get(session=session, engagement_id=engagement_id)
    return EditConflict(message, engagement_service.to_read(current))


def _check_version(session: Session, e: Engagement, version: int | None) -> None:
    if version is not None and version != e.version:
        raise _conflict(
            session,
            e.id,
            f"Engagement {e.id} was changed by someone else (you edited version {version}, "
            f"it is now version {e.version}); nothing was saved",
        )


def save_versioned(session: Session, e: Engagement, change: Callable[[], T]) -> T:
    """Run change() and flush it inside a savepoint; a concurrent save turns into EditConflict.

    The row is always UPDATEd (so the version is checked and bumped, even when only child rows
    changed) unless change() returns False: it changed nothing.
    """
    engagement_id, version = e.id, e.version
    try:
        with session.begin_nested():
            result = change()
            if result is not False:
                e.updated_at = utcnow()
            session.flush()
            return result
    except StaleDataError:
        raise _conflict(
            session,
            engagement_id,
            f"Engagement {engagement_id} was saved by someone else while you "
            f"were saving version {version}; nothing was saved",
        ) from None
    except OperationalError as exc:
        if "locked" not in str(exc.orig).lower():
            raise
        raise _after_lock(session, engagement_id, version) from None


def _after_lock(session: Session, engagement_id: int, version: int) -> Conflict:
    """SQLite lets one writer in at a time and refuses a transaction whose snapshot is stale outright:
    wait (briefly) for the other save to land, then report it as the edit conflict it is."""
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, Connection) else bind
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while time.monotonic() < deadline:
        with Session(engine) as fresh:
            now = fresh.scalar(select(Engagement.version).where(Engagement.id == engagement_id))
            if now != version:
                current = engagement_service.to_read(
                    engagement_service.get(session=fresh, engagement_id=engagement_id)
                )
                return EditConflict(
                    f"Engagement {engagement_id} was saved by someone else while you were saving "
                    f"version {version}; nothing was saved",
                    current,
                )
        time.sleep(0.05)
    return Conflict("The database is busy with another save; nothing was saved: try again")


def _known(session: Session, model: type[Country] | type[Pillar], keys: set[str], what: str) -> None:
    column = Country.iso3 if model is Country else Pillar.key
    found = set(session.scalars(select(column).where(column.in_(keys)))) if keys else set()
    if missing := sorted(keys - found):
        raise Invalid(f"Unknown {what}: {', '.join(m[:40] for m in missing)}")


def _validate_refs(session: Session, data: EngagementUpdate) -> None:
    countries = set(data.countries or []) | {p.country for p in data.participants or []}
    if data.location is not None and data.location.country:
        countries.add(data.location.country)
    _known(session, Country, countries, "country code")
    _known(session, Pillar, set(data.pillars or []), "pillar")


def _apply(session: Session, e: Engagement, data: EngagementUpdate, fields: set[str]) -> None:
    if "date" in fields and data.date is not None:
        try:
            e.date, e.date_precision = data.day()  # type: ignore[misc]
        except ValueError as exc:
            raise Invalid(str(exc)) from None
    if data.date_precision is not None:
        e.date_precision = data.date_precision
    if data.type is not None:
        e.type = data.type
    if data.summary is not None:
        e.summary = data.summary
    if data.countries is not None and data.countries != sorted(c.country_iso3 for c in e.countries):
        e.countries = [EngagementCountry(country_iso3=c) for c in data.countries]
        e.pair_key = engagement_service.pair_key(data.countries)
    if data.pillars is not None and data.pillars != sorted(p.pillar_key for p in e.pillars):
        e.pillars = [EngagementPillar(pillar_key=k) for k in data.pillars]
    if "location" in fields:
        loc = data.location
        e.location_city = loc.city if loc else None
        e.location_country_iso3 = loc.country if loc else None
        e.location_venue = loc.venue if loc else None
    if data.participants is not None:
        _set_participants(session, e, data)


def _set_participants(session: Session, e: Engagement, data: EngagementUpdate) -> None:
    wanted = [(p.name.strip(), p.title, p.country) for p in data.participants or []]
    if wanted == [(p.official.name, p.title, p.country_iso3) for p in e.participants]:
        return
    e.participants = [
        Participant(
            official=official_service.resolve_or_propose(session=session, name=name, country=country),
            country_iso3=country,
            title=title,
            position=i,
        )
        for i, (name, title, country) in enumerate(wanted)
    ]


def update(*, session: Session, engagement_id: int, data: EngagementUpdate, user: User) -> Engagement:
    """Apply the fields sent; 409 (EditConflict) if data.version is not the current one."""
    e = engagement_service.get(session=session, engagement_id=engagement_id)
    _check_version(session, e, data.version)
    _validate_refs(session, data)
    before = values(e)

    def change() -> bool:
        _apply(session, e, data, data.changed())
        return values(e) != before

    save_versioned(session, e, change)
    after = values(e)
    changes = {k: (before[k], after[k]) for k in after if before[k] != after[k]}
    audit_service.record(session=session, user=user, entity=ENTITY, entity_id=e.id, changes=changes)
    return e


def _set_status(
    session: Session, engagement_id: int, status: str, user: User, version: int | None
) -> Engagement:
    e = engagement_service.get(session=session, engagement_id=engagement_id)
    _check_version(session, e, version)
    if e.status == status:
        return e
    old = e.status
    save_versioned(session, e, lambda: setattr(e, "status", status))
    action = {"published": "publish", "rejected": "reject"}.get(status, "update")
    audit_service.record(
        session=session,
        user=user,
        entity=ENTITY,
        entity_id=e.id,
        changes={"status": (old, status)},
        action=action,
    )
    return e


def publish(*, session: Session, engagement_id: int, user: User, version: int | None = None) -> Engagement:
    """Make a draft public on the timeline; it needs two countries and a date (422 otherwise)."""
    e = engagement_service.get(session=session, engagement_id=engagement_id)
    if len({c.country_iso3 for c in e.countries}) < 2:
        raise Invalid(f"Engagement {e.id} cannot be published: it needs at least two countries")
    if e.date is None:
        raise Invalid(f"Engagement {e.id} cannot be published: it has no date")
    return _set_status(session, engagement_id, "published", user, version)


def reject(*, session: Session, engagement_id: int, user: User, version: int | None = None) -> Engagement:
    """Set a record aside: it leaves the review queue and never reaches the timeline."""
    return _set_status(session, engagement_id, "rejected", user, version)
