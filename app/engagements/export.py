"""Export every engagement matching a filter as CSV or JSON, streamed in keyset batches."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from sqlalchemy.orm import Session

from app.engagements import service as engagement_service
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


def _line(writer: csv.DictWriter[str], buffer: io.StringIO, row: dict[str, str] | None) -> str:
    if row is None:
        writer.writeheader()
    else:
        writer.writerow(row)
    out = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return out


def csv_chunks(*, session: Session, filters: EngagementFilter) -> Iterator[str]:
    """The CSV text (header first), one row per chunk, for a streaming response or a file."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    yield _line(writer, buffer, None)
    for item in records(session=session, filters=filters):
        yield _line(writer, buffer, csv_row(item))


def json_chunks(*, session: Session, filters: EngagementFilter) -> Iterator[str]:
    """A JSON array of engagements in the API shape, streamed item by item."""
    yield "["
    for i, item in enumerate(records(session=session, filters=filters)):
        yield ("," if i else "") + "\n" + json.dumps(item.model_dump(mode="json"), ensure_ascii=False)
    yield "\n]\n"
