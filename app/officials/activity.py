"""What an official's page shows besides the record: engagements, counterparts, history, office holders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from app.audit import service as audit_service
from app.audit.models import AuditEntry
from app.engagements.models import Engagement, EngagementCountry, Participant
from app.officials import offices
from app.officials.models import Official, Position


def engagements(
    *, session: Session, official_id: int, published_only: bool, limit: int = 100
) -> Sequence[Engagement]:
    """Engagements the official took part in, newest first (only published ones unless asked)."""
    taking_part = select(Participant.engagement_id).where(Participant.official_id == official_id)
    stmt = select(Engagement).where(Engagement.id.in_(taking_part))
    if published_only:
        stmt = stmt.where(Engagement.status == "published")
    stmt = stmt.options(selectinload(Engagement.countries).selectinload(EngagementCountry.country))
    return session.scalars(stmt.order_by(Engagement.date.desc(), Engagement.id.desc()).limit(limit)).all()


@dataclass(frozen=True)
class Counterpart:
    id: int
    name: str
    country_iso3: str
    shared: int


def counterparts(
    *, session: Session, official_id: int, published_only: bool, limit: int = 20
) -> list[Counterpart]:
    """Other officials ranked by how many engagements they shared with this one."""
    mine, theirs = aliased(Participant), aliased(Participant)
    shared = func.count(func.distinct(Engagement.id))
    stmt = (
        select(Official.id, Official.name, Official.country_iso3, shared)
        .select_from(mine)
        .join(theirs, (theirs.engagement_id == mine.engagement_id) & (theirs.official_id != mine.official_id))
        .join(Engagement, Engagement.id == mine.engagement_id)
        .join(Official, Official.id == theirs.official_id)
        .where(mine.official_id == official_id)
        .group_by(Official.id, Official.name, Official.country_iso3)
        .order_by(shared.desc(), Official.name, Official.id)
        .limit(limit)
    )
    if published_only:
        stmt = stmt.where(Engagement.status == "published")
    return [Counterpart(int(i), n, c, int(k)) for i, n, c, k in session.execute(stmt)]


@dataclass
class Change:
    """One audited change (a batch of field rows) on an official's history list."""

    batch: str
    action: str
    at: dt.datetime
    user: str | None
    fields: list[AuditEntry] = field(default_factory=list)
    undoable: bool = False


def history(*, session: Session, official_id: int) -> list[Change]:
    """The official's audit history grouped by batch, newest first; merges not yet undone can be undone."""
    rows = audit_service.history(session=session, entity="official", entity_id=official_id)
    changes: dict[str, Change] = {}
    for r in rows:
        key = r.batch or f"row-{r.id}"
        if key not in changes:
            changes[key] = Change(key, r.action, r.at, r.user.name if r.user else None)
        changes[key].fields.append(r)
    merges = [c.batch for c in changes.values() if c.action == "merge"]
    if merges:
        undone = set(
            session.scalars(
                select(AuditEntry.new_value).where(
                    AuditEntry.action == "unmerge",
                    AuditEntry.field == "batch",
                    AuditEntry.new_value.in_(merges),
                )
            )
        )
        for c in changes.values():
            c.undoable = c.action == "merge" and c.batch not in undone and _is_keeper(c, official_id)
    return list(changes.values())


def _is_keeper(change: Change, official_id: int) -> bool:
    return any(f.field == "merged" for f in change.fields) and str(official_id) == change.fields[0].entity_id


@dataclass(frozen=True)
class Neighbours:
    """Who held a position's office just before it started and just after it ended."""

    position: Position
    before: Official | None
    after: Official | None


def neighbours(*, session: Session, positions: Sequence[Position]) -> list[Neighbours]:
    """Predecessor and successor of each position with an office key (office lookup by date)."""
    out = []
    for p in positions:
        before = after = None
        if p.office and p.start_date:
            found = offices.holders(
                session=session,
                country=p.country_iso3,
                office=p.office,
                day=p.start_date - dt.timedelta(days=1),
            )
            before = next((t.official for t in found if t.official.id != p.official_id), None)
        if p.office and p.end_date:
            found = offices.holders(
                session=session,
                country=p.country_iso3,
                office=p.office,
                day=p.end_date + dt.timedelta(days=1),
            )
            after = next((t.official for t in found if t.official.id != p.official_id), None)
        out.append(Neighbours(p, before, after))
    return out
