"""Export every engagement matching a filter as CSV or JSON, streamed in keyset batches."""

from __future__ import annotations

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

    Each engagement's row is stored ready-made (engagement_lists.line, kept by triggers): one
    statement and one string join per batch; tests check it against the JSON API's values.
    """
    header = ",".join(CSV_COLUMNS) + "\r\n"
    chunks = _batches(session, filters)
    yield header + next(chunks, "")  # no rows: just the header
    yield from chunks


EXPORT_BATCH = 2_000


def _batches(session: Session, filters: EngagementFilter) -> Iterator[str]:
    """The CSV rows, EXPORT_BATCH engagements per keyset step: one statement per batch reading each
    engagement's ready-made row from engagement_lists (kept by triggers), through the Core connection."""
    position = None
    conn = session.connection()
    while True:
        batch: Any = (
            filtering.filtered(session, filters, position)
            .with_only_columns(Engagement.date, Engagement.id, EngagementList.line)
            .join(EngagementList, EngagementList.engagement_id == Engagement.id)
        )
        found = conn.execute(batch.limit(EXPORT_BATCH)).all()
        if not found:
            return
        yield "".join(r[2] for r in found)
        if len(found) < EXPORT_BATCH:
            return
        position = (found[-1][0], found[-1][1])


def json_chunks(*, session: Session, filters: EngagementFilter) -> Iterator[str]:
    """A JSON array of engagements in the API shape, streamed item by item."""
    yield "["
    for i, item in enumerate(records(session=session, filters=filters)):
        yield ("," if i else "") + "\n" + json.dumps(item.model_dump(mode="json"), ensure_ascii=False)
    yield "\n]\n"
