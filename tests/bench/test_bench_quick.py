"""The scale benchmark stays runnable: the bulk generator at a tiny size, and one smoke run of the runner."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from app.bench import generator, report, runner
from app.engagements import service as engagement_service
from app.engagements.params import parse
from app.engagements.schemas import EngagementFilter

SIZE = 500


def _filter(**values: object) -> EngagementFilter:
    return parse(values)


def _scalar(conn: Connection, sql: str) -> int:
    return int(conn.execute(text(sql)).scalar_one())


def _indexes(conn: Connection) -> int:
    if conn.dialect.name == "postgresql":
        return _scalar(conn, "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()")
    return _scalar(conn, "SELECT count(*) FROM sqlite_master WHERE type IN ('index', 'trigger')")


@pytest.fixture
def loaded(connection: Connection) -> tuple[Connection, generator.LoadStats, int]:
    before = _indexes(connection)
    # pysqlite opens its transaction at the first INSERT/UPDATE/DELETE, and DDL before that commits
    # at once: the generator drops and recreates triggers, which must roll back with the test.
    connection.execute(text("DELETE FROM audit_log WHERE 1 = 0"))
    stats = generator.build(connection, size=SIZE, officials=1_500, chunk=200)
    return connection, stats, before


def test_generator_fills_every_table_in_the_expected_shape(
    loaded: tuple[Connection, generator.LoadStats, int],
) -> None:
    conn, stats, indexes_before = loaded
    assert _scalar(conn, "SELECT count(*) FROM engagements WHERE status = 'published'") >= SIZE
    assert stats.rows["engagements"] == SIZE
    assert _scalar(conn, "SELECT count(*) FROM officials") >= 1_500
    per = {
        "countries": "SELECT count(*) FROM engagement_countries GROUP BY engagement_id",
        "pillars": "SELECT count(*) FROM engagement_pillars GROUP BY engagement_id",
        "participants": "SELECT count(*) FROM engagement_participants GROUP BY engagement_id",
    }
    counts = {k: [int(n) for (n,) in conn.execute(text(sql))] for k, sql in per.items()}
    assert min(counts["countries"]) >= 2 and max(counts["countries"]) <= 4
    assert min(counts["pillars"]) >= 1 and max(counts["pillars"]) <= 5
    assert min(counts["participants"]) >= 2 and max(counts["participants"]) <= 4
    assert stats.rows["articles"] >= SIZE * 0.08
    assert _indexes(conn) == indexes_before  # dropped for the load, all recreated


def test_generator_pair_key_matches_the_countries_and_is_skewed(
    loaded: tuple[Connection, generator.LoadStats, int],
) -> None:
    conn, _, _ = loaded
    rows = conn.execute(
        text(
            "SELECT e.pair_key, count(ec.country_iso3), min(ec.country_iso3), max(ec.country_iso3) "
            "FROM engagements e JOIN engagement_countries ec ON ec.engagement_id = e.id "
            "GROUP BY e.id, e.pair_key"
        )
    ).all()
    for key, n, low, high in rows:
        assert key == (f"{low}-{high}" if n == 2 else None)
    pairs = Counter(key for key, *_ in rows if key)
    top, median = pairs.most_common(1)[0][1], sorted(pairs.values())[len(pairs) // 2]
    assert top >= 10 * median  # a few pairs are far more active than the rest


def test_generated_rows_are_found_by_the_app_filters_and_text_search(
    loaded: tuple[Connection, generator.LoadStats, int],
) -> None:
    conn, _, _ = loaded
    with Session(bind=conn) as session:
        for filters in (_filter(q="submarine"), _filter(country="USA"), _filter(pillar="capacity_building")):
            page = engagement_service.page(session=session, filters=filters, limit=5)
            assert page.items, filters


def test_runner_smoke_on_sqlite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A whole tiny run: build, in-process, uvicorn and Datasette side by side, the report files."""
    from app.core.db import get_engine, get_sessionmaker
    from app.core.settings import get_settings

    for name in ("DATABASE_URL", "ENTENTE_VAR_DIR", "ENTENTE_LOG_LEVEL"):
        monkeypatch.setenv(name, "")  # restored after the test; the runner points them at its database
    try:
        results = runner.run(
            size=200,
            kinds=["sqlite"],
            reps=1,
            var=tmp_path / "var",
            progress=lambda _: None,
            officials=400,
            warmup=0,
        )
    finally:
        get_settings.cache_clear()
        get_engine.cache_clear()
        get_sessionmaker.cache_clear()
    db = results["databases"]["sqlite"]
    assert len(db["queries"]) == 15
    for q in db["queries"]:
        assert q["in_process"]["n"] == 1 and not q["in_process"]["errors"], q
        assert q["uvicorn"]["n"] == 1 and not q["uvicorn"]["errors"], q
        if q["comparable"]:
            assert q["datasette"]["n"] == 1 and "ratio_p50" in q, q
    assert 0 < db["server_peak_rss_mb"] < 1000
    text_md = report.write(results, tmp_path / "out")
    assert "timeline, first page" in text_md
    assert json.loads((tmp_path / "out" / "results.json").read_text())["size"] == 200
