"""Cheap numbers for the timeline's counts and query shapes, with a small write-invalidated cache.

- Per-status totals (they scale the SQLite estimate above the exact-count limit) are cached.
- A lone facet filter (one country, pair, official or pillar, with a type and dates) is counted
  exactly from the facet_months rollup plus the partial months at the ends of the date range.
- A facet's published total (cached) tells filtering which facet to walk: the rarest.

Invalidation: any ORM write of an engagement or its links bumps a process-wide generation
(after_flush / ORM insert-update-delete, and again when that transaction ends), and a session with
its own uncommitted engagement writes never reads or fills the cache. Writes from other processes
are not seen: entries also expire after TTL_SECONDS. The cached totals only scale an estimate
that is labelled "about", never an exact count.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Hashable
from itertools import chain
from typing import Any, TypeVar, cast

from sqlalchemy import event, func, select
from sqlalchemy.orm import ORMExecuteState, Session

from app.engagements.models import (
    Engagement,
    EngagementCountry,
    EngagementFacet,
    EngagementPillar,
    FacetMonth,
    Participant,
)

TTL_SECONDS = 300.0
_WRITTEN = "entente.engagements_written"
_MODELS = (Engagement, EngagementCountry, EngagementPillar, Participant)
_lock = threading.Lock()
_generation = 0
_cache: dict[Hashable, tuple[int, float, Any]] = {}
T = TypeVar("T")


def generation() -> int:
    return _generation


def bump() -> None:
    """Forget every cached number (called on engagement writes)."""
    global _generation
    with _lock:
        _generation += 1
        _cache.clear()


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    if any(isinstance(o, _MODELS) for o in chain(session.new, session.dirty, session.deleted)):
        session.info[_WRITTEN] = True
        bump()


@event.listens_for(Session, "do_orm_execute")
def _on_execute(state: ORMExecuteState) -> None:
    writes = state.is_insert or state.is_update or state.is_delete
    if writes and state.bind_mapper is not None and state.bind_mapper.class_ in _MODELS:
        state.session.info[_WRITTEN] = True
        bump()


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _after_end(session: Session) -> None:
    if session.info.pop(_WRITTEN, False):
        bump()


def cached(session: Session, key: Hashable, compute: Callable[[], T]) -> T:
    """compute(), remembered per database until an engagement write or TTL_SECONDS (keep values
    immutable: every caller gets the same object)."""
    if session.info.get(_WRITTEN):
        return compute()
    full_key = (str(session.get_bind().engine.url), key)
    now = time.monotonic()
    gen = _generation
    hit = _cache.get(full_key)
    if hit is not None and hit[0] == gen and now - hit[1] < TTL_SECONDS:
        return cast(T, hit[2])
    value = compute()
    with _lock:
        if gen == _generation:
            _cache[full_key] = (gen, now, value)
    return value


def facet_total(session: Session, key: str) -> int:
    """Published engagements with facet `key`, from the monthly rollup (cached)."""
    stmt = select(func.coalesce(func.sum(FacetMonth.n), 0)).where(FacetMonth.facet == key)
    return cached(session, ("facet_total", key), lambda: int(session.scalar(stmt) or 0))


def _month_end(day: dt.date) -> dt.date:
    first_next = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first_next - dt.timedelta(days=1)


def facet_count(
    session: Session,
    key: str,
    *,
    status: str,
    type_: str | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    limit: int,
) -> int:
    """Engagements with facet `key` (and the type and date range): exact for published ones.

    Published: whole months from facet_months, the partial months at the ends of the date range
    from the facet index (a month of rows at most). Other statuses have no rollup: an index count
    bounded at limit + 1 (more than limit means "at least that many").
    """

    def rows(lo: dt.date | None, hi: dt.date | None, bound: int | None) -> int:
        where = [EngagementFacet.facet == key, EngagementFacet.status == status]
        if lo:
            where.append(EngagementFacet.date >= lo)
        if hi:
            where.append(EngagementFacet.date <= hi)
        if type_:
            where.append(EngagementFacet.type == type_)
        ids = select(EngagementFacet.engagement_id).where(*where)
        if bound is not None:
            ids = ids.limit(bound + 1)
        return int(session.scalar(select(func.count()).select_from(ids.subquery())) or 0)

    if status != "published":
        return rows(date_from, date_to, limit)
    first = date_from.strftime("%Y-%m") if date_from else None
    last = date_to.strftime("%Y-%m") if date_to else None
    if date_from and date_to and first == last:
        return rows(date_from, date_to, None)
    months = [FacetMonth.facet == key]
    if type_:
        months.append(FacetMonth.type == type_)
    if first:
        months.append(FacetMonth.month > first)
    if last:
        months.append(FacetMonth.month < last)
    total = int(session.scalar(select(func.coalesce(func.sum(FacetMonth.n), 0)).where(*months)) or 0)
    if date_from:
        total += rows(date_from, _month_end(date_from), None)
    if date_to:
        total += rows(date_to.replace(day=1), date_to, None)
    return total
