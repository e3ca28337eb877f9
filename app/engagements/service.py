"""Engagement queries and writes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from app.core.errors import NotFound
from app.engagements import filtering
from app.engagements.models import Engagement, EngagementCountry, EngagementPillar, Participant
from app.engagements.schemas import (
    EngagementCreate,
    EngagementFilter,
    EngagementRead,
    LocationRead,
    ParticipantRead,
)
from app.ingest.models import ArticleEngagement
from app.officials import service as official_service
from app.officials.models import Official


def _with_details(stmt: Select[Engagement]) -> Select[Engagement]:
    return stmt.options(
        selectinload(Engagement.countries).selectinload(EngagementCountry.country),
        selectinload(Engagement.participants)
        .selectinload(Participant.official)
        .selectinload(Official.country),
        selectinload(Engagement.participants).selectinload(Participant.country),
        selectinload(Engagement.pillars).selectinload(EngagementPillar.pillar),
        selectinload(Engagement.location_country),
    )


def _for_rows(stmt: Select[Engagement]) -> Select[Engagement]:
    """What a timeline row shows (templates/engagements/_row.html): its links and officials; country
    names and pillar labels come from the (cached) form choices, not one object per row."""
    return stmt.options(
        selectinload(Engagement.countries),
        selectinload(Engagement.participants).selectinload(Participant.official),
        selectinload(Engagement.pillars),
    )


@dataclass(frozen=True)
class Page:
    """One keyset page of engagements (details loaded) and the cursor of the next, if any."""

    items: Sequence[Engagement]
    next_cursor: str | None


def list_(*, session: Session, filters: EngagementFilter, limit: int = 50) -> Sequence[Engagement]:
    """The newest `limit` engagements matching filters (status published unless asked otherwise)."""
    return page(session=session, filters=filters, limit=limit).items


def page(
    *,
    session: Session,
    filters: EngagementFilter,
    cursor: str | None = None,
    limit: int = 50,
    rows_only: bool = False,
) -> Page:
    """A page of matching engagements, newest first, after `cursor` (stable while rows are added).

    rows_only: load just what a timeline row shows (three fewer selectin queries per page)."""
    stmt = filtering.filtered(session, filters, filtering.decode_cursor(cursor))
    load = _for_rows if rows_only else _with_details
    rows = session.scalars(load(stmt.limit(limit + 1))).all()
    items = rows[:limit]
    more = len(rows) > limit and items
    return Page(items, filtering.encode_cursor(items[-1].date, items[-1].id) if more else None)


def count(*, session: Session, filters: EngagementFilter) -> filtering.Count:
    """How many engagements match: exact below a threshold, else a labelled estimate."""
    return filtering.count(session, filters)


def source_counts(*, session: Session, engagement_ids: Sequence[int]) -> dict[int, int]:
    """How many articles back each engagement."""
    if not engagement_ids:
        return {}
    rows = session.execute(
        select(ArticleEngagement.engagement_id, func.count())
        .where(ArticleEngagement.engagement_id.in_(engagement_ids))
        .group_by(ArticleEngagement.engagement_id)
    )
    return {int(eid): int(n) for eid, n in rows}


def get(*, session: Session, engagement_id: int) -> Engagement:
    stmt = _with_details(select(Engagement).where(Engagement.id == engagement_id))
    engagement = session.scalars(stmt).first()
    if engagement is None:
        raise NotFound(f"No engagement with id {engagement_id}")
    return engagement


def pair_key(countries: Sequence[str]) -> str | None:
    """The sorted "AAA-BBB" key of a two-country engagement; None for three or more."""
    unique = sorted(set(countries))
    return "-".join(unique) if len(unique) == 2 else None


def month_key(day: dt.date) -> str:
    return day.strftime("%B %Y")


def create(*, session: Session, data: EngagementCreate) -> Engagement:
    """A new engagement; participants resolve to known officials or become proposed ones."""
    engagement = Engagement(
        date=data.date,
        date_precision=data.date_precision,
        type=data.type,
        summary=data.summary,
        status=data.status,
        location_city=data.location.city if data.location else None,
        location_country_iso3=data.location.country if data.location else None,
        location_venue=data.location.venue if data.location else None,
        pair_key=pair_key(data.countries),
    )
    engagement.countries = [EngagementCountry(country_iso3=c) for c in data.countries]
    engagement.pillars = [EngagementPillar(pillar_key=k) for k in dict.fromkeys(data.pillars)]
    engagement.participants = [
        Participant(
            official=official_service.resolve_or_propose(session=session, name=p.name, country=p.country),
            country_iso3=p.country,
            title=p.title,
            position=i,
        )
        for i, p in enumerate(data.participants)
    ]
    session.add(engagement)
    session.flush()
    return engagement


def to_read(engagement: Engagement) -> EngagementRead:
    """The API shape of a loaded engagement (gold-style date: YYYY, YYYY-MM or YYYY-MM-DD)."""
    width = {"day": 10, "month": 7, "year": 4}[engagement.date_precision]
    location = None
    if engagement.location_city or engagement.location_country_iso3 or engagement.location_venue:
        location = LocationRead(
            city=engagement.location_city,
            country=engagement.location_country_iso3,
            venue=engagement.location_venue,
        )
    return EngagementRead(
        id=engagement.id,
        date=engagement.date.isoformat()[:width],
        date_precision=engagement.date_precision,
        type=engagement.type,
        status=engagement.status,
        version=engagement.version,
        countries=sorted(c.country_iso3 for c in engagement.countries),
        participants=[
            ParticipantRead(
                official_id=p.official_id, name=p.official.name, title=p.title, country=p.country_iso3
            )
            for p in engagement.participants
        ],
        location=location,
        pillars=sorted(p.pillar_key for p in engagement.pillars),
        summary=engagement.summary,
    )


def with_details(stmt: Select[Engagement]) -> Select[Engagement]:
    """stmt loading everything an engagement page or API answer shows (for other domains' queries)."""
    return _with_details(stmt)
