"""Cheap counts: exact facet counts from the rollup, the rarest facet walked, cached per-status totals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from app.engagements import filtering
from app.engagements.params import parse
from app.officials.models import Official
from tests.builders import make_engagement
from tests.conftest import ON_POSTGRES

USA_GBR = [{"name": "Pete Hegseth", "title": "SecDef", "country": "USA"}]


@contextmanager
def _statements(session: Session) -> Iterator[list[str]]:
    seen: list[str] = []

    def _log(_c: object, _cur: object, statement: str, *_a: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    engine = session.get_bind().engine
    event.listen(engine, "before_cursor_execute", _log)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", _log)


def _world(session: Session) -> Official:
    for i in range(6):
        make_engagement(session, summary=f"published {i}")
    make_engagement(session, status="draft", summary="a draft")
    make_engagement(session, countries=["USA", "GBR"], participants=USA_GBR, pillars=["maritime_security"])
    return session.query(Official).filter_by(name="Rajnath Singh").one()


def test_lone_facet_filters_are_counted_exactly_from_the_rollup(session: Session) -> None:
    rajnath = _world(session)
    for values, n in [
        ({"official": str(rajnath.id)}, 6),
        ({"country": "IND"}, 6),
        ({"country": "USA"}, 7),
        ({"pillar": "logistics"}, 6),
        ({"pair_a": "USA", "pair_b": "IND"}, 6),
        ({"country": "USA", "type": "call"}, 7),
        ({"official": str(rajnath.id), "status": "draft"}, 1),
    ]:
        f = parse(values)
        with _statements(session) as seen:
            assert filtering.count(session, f) == filtering.Count(n, True), values
        assert 1 <= len(seen) <= 3 and not any("ORDER BY" in s for s in seen), seen


def test_facet_counts_with_date_ranges_equal_a_brute_force_count(session: Session) -> None:
    """Whole months come from the rollup, the partial months at either end from the facet index."""
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=9 * i) for i in range(60)]
    for i, day in enumerate(days):
        make_engagement(session, date=day, type="call" if i % 3 else "meeting", summary=f"dated {i}")
    ranges = [
        (None, None),
        (dt.date(2024, 3, 15), None),
        (None, dt.date(2024, 11, 2)),
        (dt.date(2024, 2, 10), dt.date(2024, 2, 28)),
        (dt.date(2024, 1, 31), dt.date(2025, 3, 1)),
        (dt.date(2024, 12, 31), dt.date(2025, 1, 1)),
    ]
    for lo, hi in ranges:
        for kind in (None, "call"):
            want = sum(1 for i, d in enumerate(days) if (not lo or d >= lo) and (not hi or d <= hi)
                       and (kind is None or (kind == "call") == bool(i % 3)))  # fmt: skip
            values = {"country": "USA", "from": lo, "to": hi, "type": kind}
            f = parse({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in values.items() if v})
            assert filtering.count(session, f) == filtering.Count(want, True), values


def test_a_facet_walk_reads_the_facet_index_in_order(session: Session) -> None:
    if ON_POSTGRES:
        pytest.skip("SQLite's plan; Postgres is measured by the bench")
    rajnath = _world(session)
    session.execute(text("ANALYZE"))
    f = parse({"official": str(rajnath.id), "from": "2020-01-01"})
    stmt = filtering.filtered(session, f).limit(51)
    compiled = stmt.compile(session.get_bind())
    params = tuple(compiled.params[k] for k in compiled.positiontup or [])
    rows = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled.string}", params)
    plan = " | ".join(str(r[-1]) for r in rows)
    assert "ix_engagement_facets_walk" in plan and "TEMP B-TREE" not in plan, plan
    assert "SEARCH engagements USING INTEGER PRIMARY KEY" in plan, plan


def test_the_rarest_facet_is_walked_and_the_others_probed(session: Session) -> None:
    rajnath = _world(session)
    f = parse({"country": "USA", "pillar": "maritime_security"})
    assert filtering.plan(session, f) == filtering.Plan("l:maritime_security", ["c:USA"])
    f = parse({"official": str(rajnath.id), "country": "GBR"})
    assert filtering.plan(session, f) == filtering.Plan("c:GBR", [f"o:{rajnath.id}"])
    assert filtering.count(session, f) == filtering.Count(0, True)


def test_multi_facet_counts_above_the_limit_are_estimated_from_a_sample(session: Session) -> None:
    _world(session)
    f = parse({"country": "USA", "pillar": "logistics"})
    assert filtering.count(session, f) == filtering.Count(6, True)
    estimate = filtering.count(session, f, limit=3)
    assert not estimate.exact and estimate.value == 6  # every sampled row matches: 6 of 6


def test_the_status_total_is_cached_until_an_engagement_write(session: Session) -> None:
    if ON_POSTGRES:
        pytest.skip("Postgres estimates from the planner's row estimate: it counts no total")
    _world(session)
    f = parse({})
    # A session with its own uncommitted engagement writes never uses the cache; a reader does.
    with Session(bind=session.connection(), join_transaction_mode="create_savepoint") as reader:
        assert filtering.count(reader, f, limit=3) == filtering.count(reader, f, limit=3)
        with _statements(session) as warm:
            estimate = filtering.count(reader, f, limit=3)
        assert not estimate.exact and len(warm) == 2  # the bounded scan and the span; total is cached
        with _statements(session) as writer:
            filtering.count(session, f, limit=3)
        assert len(writer) == 3
        for i in range(30):
            make_engagement(session, date=dt.date(2000, 1, 1 + i % 28), summary=f"old {i}")
        with _statements(session) as after_write:
            bigger = filtering.count(reader, f, limit=3)
        assert len(after_write) == 3 and bigger.value > estimate.value  # the total was counted again
