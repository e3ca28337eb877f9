"""Export every engagement matching a filter as CSV or JSON, streamed in keyset batches."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from app.engagements import filtering
from app.engagements import service as engagement_service
from app.engagements.models import Engagement, EngagementCountry, EngagementPillar, Participant
from app.engagements.schemas import EngagementFilter, EngagementRead
from app.officials.models import Official

BATCH = 500
CSV_COLUMNS = (
    "id",
    "date",
    "date_precision",
    "type",
    "countries",
    "participants",
    "location_city",
    "location_country",
    "location_venue",
    "pillars",
    "summary",
)


def records(*, session: Session, filters: EngagementFilter) -> Iterator[EngagementRead]:
    """Every matching engagement in the API shape, newest first, loaded BATCH at a time."""
    cursor: str | None = None
    while True:
        page = engagement_service.page(session=session, filters=filters, cursor=cursor, limit=BATCH)
        for engagement in page.items:
            yield engagement_service.to_read(engagement)
            session.expunge(engagement)  # keeps memory flat on big exports (cascades to its rows)
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def csv_row(item: EngagementRead) -> dict[str, str]:
    """One flat CSV row: lists joined with "; ", participants as "Name (Title, ISO3)"."""
    people = "; ".join(
        f"{p.name} ({', '.join(x for x in (p.title, p.country) if x)})" for p in item.participants
    )
    loc = item.location
    return {
        "id": str(item.id),
        "date": item.date,
        "date_precision": item.date_precision,
        "type": item.type,
        "countries": "; ".join(item.countries),
        "participants": people,
        "location_city": (loc.city if loc else None) or "",
        "location_country": (loc.country if loc else None) or "",
        "location_venue": (loc.venue if loc else None) or "",
        "pillars": "; ".join(item.pillars),
        "summary": item.summary,
    }


def csv_chunks(*, session: Session, filters: EngagementFilter) -> Iterator[str]:
    """The CSV text (header first), one chunk per keyset batch, for a streaming response or a file.

    Plain Core rows per batch (the engagements, then their countries, participants and pillars:
    four statements), no ORM objects: the same values as to_read() gives the JSON API.
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for rows in _batches(session, filters):
        writer.writerows(rows)
        yield _take(buffer)
    if buffer.tell():  # no rows: just the header
        yield _take(buffer)


_COLUMNS = (
    Engagement.id,
    Engagement.date,
    Engagement.date_precision,
    Engagement.type,
    Engagement.location_city,
    Engagement.location_country_iso3,
    Engagement.location_venue,
    Engagement.summary,
)
_WIDTH = {"day": 10, "month": 7, "year": 4}


def _batches(session: Session, filters: EngagementFilter) -> Iterator[list[dict[str, str]]]:
    position = None
    while True:
        batch: Any = filtering.filtered(session, filters, position).with_only_columns(*_COLUMNS)
        found = session.execute(batch.limit(BATCH)).all()
        if not found:
            return
        yield _csv_rows(session, found)
        if len(found) < BATCH:
            return
        position = (found[-1].date, found[-1].id)


def _grouped(session: Session, stmt: Any) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(stmt):
        out[row[0]].append(row)
    return out


def _csv_rows(session: Session, found: Sequence[Row[Any]]) -> list[dict[str, str]]:
    ids = [r.id for r in found]
    countries = _grouped(
        session,
        select(EngagementCountry.engagement_id, EngagementCountry.country_iso3).where(
            EngagementCountry.engagement_id.in_(ids)
        ),
    )
    pillars = _grouped(
        session,
        select(EngagementPillar.engagement_id, EngagementPillar.pillar_key).where(
            EngagementPillar.engagement_id.in_(ids)
        ),
    )
    people = _grouped(
        session,
        select(Participant.engagement_id, Official.name, Participant.title, Participant.country_iso3)
        .join(Official, Official.id == Participant.official_id)
        .where(Participant.engagement_id.in_(ids))
        .order_by(Participant.engagement_id, Participant.position, Participant.id),
    )
    return [
        {
            "id": str(r.id),
            "date": r.date.isoformat()[: _WIDTH[r.date_precision]],
            "date_precision": r.date_precision,
            "type": r.type,
            "countries": "; ".join(sorted(c[1] for c in countries[r.id])),
            "participants": "; ".join(
                f"{p[1]} ({', '.join(x for x in (p[2], p[3]) if x)})" for p in people[r.id]
            ),
            "location_city": r.location_city or "",
            "location_country": r.location_country_iso3 or "",
            "location_venue": r.location_venue or "",
            "pillars": "; ".join(sorted(p[1] for p in pillars[r.id])),
            "summary": r.summary,
        }
        for r in found
    ]


def _take(buffer: io.StringIO) -> str:
    out = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return out


def json_chunks(*, session: Session, filters: EngagementFilter) -> Iterator[str]:
    """A JSON array of engagements in the API shape, streamed item by item."""
    yield "["
    for i, item in enumerate(records(session=session, filters=filters)):
        yield ("," if i else "") + "\n" + json.dumps(item.model_dump(mode="json"), ensure_ascii=False)
    yield "\n]\n"
