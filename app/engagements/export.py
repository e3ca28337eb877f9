"""Export every engagement matching a filter as CSV or JSON, streamed in keyset batches."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy.orm import Session

from app.engagements import filtering
from app.engagements import service as engagement_service
from app.engagements.models import Engagement, EngagementList
from app.engagements.schemas import EngagementFilter, EngagementRead

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
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
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
EXPORT_BATCH = 2_000


def _batches(session: Session, filters: EngagementFilter) -> Iterator[list[tuple[str, ...]]]:
    """Rows in CSV_COLUMNS order, EXPORT_BATCH engagements per keyset step: one statement per batch
    (the lists come ready-made from engagement_lists), read through the Core connection."""
    position = None
    conn = session.connection()
    lists = (EngagementList.countries, EngagementList.participants, EngagementList.pillars)
    while True:
        batch: Any = (
            filtering.filtered(session, filters, position)
            .with_only_columns(*_COLUMNS, *lists)
            .outerjoin(EngagementList, EngagementList.engagement_id == Engagement.id)
        )
        found = conn.execute(batch.limit(EXPORT_BATCH)).all()
        if not found:
            return
        yield [
            (
                str(r[0]),
                r[1].isoformat()[: _WIDTH[r[2]]],
                r[2],
                r[3],
                r[8] or "",
                r[9] or "",
                r[4] or "",
                r[5] or "",
                r[6] or "",
                r[10] or "",
                r[7],
            )
            for r in found
        ]
        if len(found) < EXPORT_BATCH:
            return
        position = (found[-1][1], found[-1][0])


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
