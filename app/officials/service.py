"""Officials, their aliases and the offices they held."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.extraction.knowledge import OfficialInfo, PositionInfo, load_officials
from app.officials.models import Official, OfficialAlias, Position


def _key(name: str, country: str) -> tuple[str, str]:
    return (name.casefold().strip(), country)


def load_kb(*, session: Session, rows: Sequence[OfficialInfo] | None = None) -> int:
    """Load the curated officials idempotently: missing people are added, known ones gain missing
    aliases and positions. Returns the number of officials added."""
    rows = rows if rows is not None else load_officials()
    known = {
        _key(o.name, o.country_iso3): o
        for o in session.scalars(
            select(Official).options(selectinload(Official.aliases), selectinload(Official.positions))
        )
    }
    added = 0
    for info in rows:
        official = known.get(_key(info.name, info.country))
        if official is None:
            official = Official(name=info.name, country_iso3=info.country, status="active")
            official.aliases = []
            official.positions = []
            session.add(official)
            known[_key(info.name, info.country)] = official
            added += 1
        have_aliases = {a.alias for a in official.aliases}
        official.aliases.extend(OfficialAlias(alias=a) for a in info.aliases if a not in have_aliases)
        have_pos = {(p.title, p.start_date) for p in official.positions}
        official.positions.extend(
            _position(p, info.country) for p in info.positions if (p.title, p.start) not in have_pos
        )
    session.flush()
    return added


def _position(p: PositionInfo, country: str) -> Position:
    return Position(
        title=p.title,
        office=p.office,
        organisation=p.organisation,
        country_iso3=country,
        start_date=p.start,
        end_date=p.end,
    )


def find_by_name(*, session: Session, name: str, country: str | None = None) -> Official | None:
    """An official whose name or alias equals name (case-insensitive), following merge redirects."""
    folded = name.strip().lower()
    stmt = select(Official).where(func.lower(Official.name) == folded)
    if country:
        stmt = stmt.where(Official.country_iso3 == country)
    official = session.scalars(stmt.limit(1)).first()
    if official is None:
        stmt = select(Official).join(OfficialAlias).where(func.lower(OfficialAlias.alias) == folded)
        if country:
            stmt = stmt.where(Official.country_iso3 == country)
        official = session.scalars(stmt.limit(1)).first()
    while official is not None and official.merged_into_id is not None:
        official = session.get(Official, official.merged_into_id)
    return official


def snapshot(*, session: Session) -> tuple[OfficialInfo, ...]:
    """Active officials as the extractor's plain data."""
    stmt = (
        select(Official)
        .where(Official.status != "merged")
        .options(selectinload(Official.aliases), selectinload(Official.positions))
    )
    return tuple(
        OfficialInfo(
            name=o.name,
            country=o.country_iso3,
            aliases=tuple(a.alias for a in o.aliases),
            positions=tuple(
                PositionInfo(p.title, p.office, p.organisation, p.start_date, p.end_date) for p in o.positions
            ),
            id=o.id,
        )
        for o in session.scalars(stmt)
    )


def resolve_or_propose(*, session: Session, name: str, country: str) -> Official:
    """The known official of that name and country, or a new one marked `proposed` for review."""
    official = find_by_name(session=session, name=name, country=country)
    if official is not None:
        return official
    official = Official(name=name.strip(), country_iso3=country, status="proposed")
    session.add(official)
    session.flush()
    return official
