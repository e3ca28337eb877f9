"""Export every engagement matching a filter as CSV or JSON, streamed in keyset batches."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import String, case, func, literal, select
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session, aliased

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


_SEP = "\x1f"  # between a participant's position and label inside SQLite's group_concat


def _lists(dialect: str) -> list[Any]:
    """Correlated subqueries giving each engagement's countries, participants and pillars as text.

    Postgres orders inside string_agg; SQLite 3.40's group_concat cannot, so its participants carry
    a zero-padded position that _people() sorts and strips.
    """
    c, p = aliased(EngagementCountry), aliased(Participant)
    pl, o = aliased(EngagementPillar), aliased(Official)
    title = case((func.coalesce(p.title, "") == "", ""), else_=p.title + ", ")
    label = o.name + " (" + title + p.country_iso3 + ")"
    if dialect == "postgresql":

        def agg(expr: Any, *order: Any) -> Any:
            return func.string_agg(expr, aggregate_order_by(literal("; "), *order))

        people = agg(label, p.position, p.id)
        countries, pillars = agg(c.country_iso3, c.country_iso3), agg(pl.pillar_key, pl.pillar_key)
    else:
        keyed = func.printf("%06d%012d", p.position, p.id, type_=String) + _SEP + label
        people = func.group_concat(keyed, "\x1e")
        countries, pillars = func.group_concat(c.country_iso3, "; "), func.group_concat(pl.pillar_key, "; ")
    return [
        select(countries).where(c.engagement_id == Engagement.id).scalar_subquery(),
        select(people)
        .select_from(p)
        .join(o, o.id == p.official_id)
        .where(p.engagement_id == Engagement.id)
        .scalar_subquery(),
        select(pillars).where(pl.engagement_id == Engagement.id).scalar_subquery(),
    ]


def _people(text: str | None, dialect: str) -> str:
    if not text or dialect == "postgresql":
        return text or ""
    return "; ".join(item.split(_SEP, 1)[1] for item in sorted(text.split("\x1e")))


def _sorted(text: str | None, dialect: str) -> str:
    if not text or dialect == "postgresql":
        return text or ""
    return "; ".join(sorted(text.split("; ")))


def _batches(session: Session, filters: EngagementFilter) -> Iterator[list[tuple[str, ...]]]:
    """Rows in CSV_COLUMNS order, EXPORT_BATCH engagements per keyset step: one statement per batch
    (lists aggregated in SQL), read through the Core connection, no ORM result processing."""
    position = None
    conn = session.connection()
    dialect = conn.dialect.name
    lists = _lists(dialect)
    while True:
        batch: Any = filtering.filtered(session, filters, position).with_only_columns(*_COLUMNS, *lists)
        found = conn.execute(batch.limit(EXPORT_BATCH)).all()
        if not found:
            return
        yield [
            (
                str(r[0]),
                r[1].isoformat()[: _WIDTH[r[2]]],
                r[2],
                r[3],
                _sorted(r[8], dialect),
                _people(r[9], dialect),
                r[4] or "",
                r[5] or "",
                r[6] or "",
                _sorted(r[10], dialect),
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
