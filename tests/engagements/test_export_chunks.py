"""The CSV export streams one chunk per keyset batch, not one per row."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.engagements import export
from app.engagements.params import parse
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
