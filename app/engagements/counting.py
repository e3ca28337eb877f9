"""Cheap numbers for the timeline's counts and query shapes, with a small write-invalidated cache.

- Per-status totals (they scale the SQLite estimate above the exact-count limit) are cached.
- A link-table filter (one country, an official, a pillar) alone is counted from its link index,
  joined to engagements by primary key for the status, LIMIT-bounded: no walk of the date index.
- How many link rows a value has (bounded) tells filtering whether the value is rare.

Invalidation: any ORM write of an engagement or its links bumps a process-wide generation
(after_flush / ORM insert-update-delete, and again when that transaction ends), and a session with
its own uncommitted engagement writes never reads or fills the cache. Writes from other processes
are not seen: entries also expire after TTL_SECONDS. The cached totals only scale an estimate
that is labelled "about", never an exact count.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from itertools import chain
from typing import Any

from sqlalchemy import ColumnElement, event, func, select
from sqlalchemy.orm import InstrumentedAttribute, ORMExecuteState, Session

from app.engagements.models import Engagement, EngagementCountry, EngagementPillar, Participant
from app.engagements.schemas import EngagementFilter

TTL_SECONDS = 300.0
_WRITTEN = "entente.engagements_written"
_MODELS = (Engagement, EngagementCountry, EngagementPillar, Participant)
_lock = threading.Lock()
_generation = 0
_cache: dict[Hashable, tuple[int, float, int]] = {}


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


def cached(session: Session, key: Hashable, compute: Callable[[], int]) -> int:
    """compute(), remembered per database until an engagement write or TTL_SECONDS."""
    if session.info.get(_WRITTEN):
        return compute()
    full_key = (str(session.get_bind().engine.url), key)
    now = time.monotonic()
    gen = _generation
    hit = _cache.get(full_key)
    if hit is not None and hit[0] == gen and now - hit[1] < TTL_SECONDS:
        return hit[2]
    value = compute()
    with _lock:
        if gen == _generation:
            _cache[full_key] = (gen, now, value)
    return value


def _link(filters: EngagementFilter) -> tuple[InstrumentedAttribute[Any], ColumnElement[bool]] | None:
    """(engagement_id column, key condition) of the only link filter, if it is the only filter."""
    others = filters.pair() or filters.type or filters.date_from or filters.date_to or filters.q
    countries = filters.countries()
    links: list[tuple[InstrumentedAttribute[Any], ColumnElement[bool]]] = []
    links += [(EngagementCountry.engagement_id, EngagementCountry.country_iso3 == c) for c in countries]
    if filters.official is not None:
        links.append((Participant.engagement_id, Participant.official_id == filters.official))
    if filters.pillar:
        links.append((EngagementPillar.engagement_id, EngagementPillar.pillar_key == filters.pillar))
    return links[0] if len(links) == 1 and not others else None


def link_count(session: Session, filters: EngagementFilter, limit: int) -> int | None:
    """Matches of a lone link filter, exact up to limit (limit + 1 means more); None if not that shape.

    The link index gives the engagement ids of the value; each is checked for the status through
    the primary key, so nothing walks the date index (see EXPLAIN in tests/engagements). A value
    with more than limit link rows (any status; an index-only count) is left to the caller's
    bounded walk: checking 10,001 statuses one by one would be wasted when it has that many.
    """
    link = _link(filters)
    if link is None:
        return None
    column, condition = link
    if link_rows(session, column, condition, limit) > limit:
        return None
    # The status through a scalar subquery by primary key, not a join: a join lets the planner
    # start from the (status, date, id) index instead (SQLite does on small or unanalysed tables).
    status = select(Engagement.status).where(Engagement.id == column).scalar_subquery()
    ids = select(column).distinct().where(condition, status == filters.status).limit(limit + 1).subquery()
    return int(session.scalar(select(func.count()).select_from(ids)) or 0)


def link_rows(
    session: Session, column: InstrumentedAttribute[Any], condition: ColumnElement[bool], limit: int
) -> int:
    """Link rows of one value, whatever the status, counted up to limit + 1 (index only; cached)."""
    ids = select(column).where(condition).limit(limit + 1).subquery()
    key = ("link_rows", str(condition.compile(compile_kwargs={"literal_binds": True})), limit)
    return cached(session, key, lambda: int(session.scalar(select(func.count()).select_from(ids)) or 0))
