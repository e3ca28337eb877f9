"""The CSV export streams one chunk per keyset batch, not one per row."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import event, update
from sqlalchemy.orm import Session

from app.engagements import export
from app.engagements import service as engagement_service
from app.engagements.params import parse
from app.officials.models import Official
from tests.builders import make_engagement


def test_csv_is_one_chunk_per_batch(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [make_engagement(session, summary=f"row {i}").id for i in range(5)]
    monkeypatch.setattr(export, "EXPORT_BATCH", 2)
    selects: list[str] = []

    def _log(_c: object, _cur: object, statement: str, *_a: object) -> None:
        selects.extend([statement] if statement.lstrip().startswith("SELECT") else [])

    engine = session.get_bind().engine
    event.listen(engine, "before_cursor_execute", _log)
    try:
        chunks = list(export.csv_chunks(session=session, filters=parse({})))
    finally:
        event.remove(engine, "before_cursor_execute", _log)
    assert len(chunks) == 3  # header + 2 rows, 2 rows, the last row
    assert len(selects) == 3  # one per batch: the lists are aggregated in SQL
    rows = list(csv.DictReader(io.StringIO("".join(chunks))))
    assert [int(r["id"]) for r in rows] == sorted(ids, reverse=True)
    assert [r["summary"] for r in rows] == [f"row {i}" for i in reversed(range(5))]


def test_an_empty_export_is_just_the_header(session: Session) -> None:
    chunks = list(export.csv_chunks(session=session, filters=parse({"q": "nothingmatchesthisword"})))
    assert chunks == [",".join(export.CSV_COLUMNS) + "\r\n"]


def test_stored_rows_quote_and_follow_edits(session: Session) -> None:
    """Rows come ready-made from engagement_lists: quotes, commas and newlines survive, and an edit of
    the engagement or an official's rename shows in the next export."""
    e = make_engagement(
        session,
        summary='He said "yes", then\nleft; twice',
        participants=[{"name": "Rajnath Singh", "title": "Minister, Defence", "country": "IND"}],
        location={"city": "New Delhi", "country": "IND", "venue": 'South Block "Room 2"'},
    )

    def row() -> dict[str, str]:
        text = "".join(export.csv_chunks(session=session, filters=parse({})))
        return next(r for r in csv.DictReader(io.StringIO(text)) if r["id"] == str(e.id))

    assert row() == export.csv_row(engagement_service.to_read(e))
    assert row()["participants"] == "Rajnath Singh (Minister, Defence, IND)"
    e.date_precision, e.summary = "month", "edited"
    session.flush()
    assert (row()["date"], row()["summary"]) == ("2025-07", "edited")
    official = e.participants[0].official_id
    session.execute(update(Official).where(Official.id == official).values(name="R. Singh"))
    assert row()["participants"] == "R. Singh (Minister, Defence, IND)"
