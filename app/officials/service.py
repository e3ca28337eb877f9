"""Officials, their aliases and the offices they held."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import CursorResult, func, or_, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session, selectinload

from app.audit import service as audit_service
from app.core.errors import Conflict, Invalid, NotFound
from app.countries.models import Country
from app.extraction.knowledge import REFERENCE_DIR, OfficialInfo, PositionInfo, load_officials
from app.officials import offices
from app.officials.models import Official, OfficialAlias, Position
from app.officials.schemas import (
    HolderRead,
    OfficialFilter,
    OfficialRead,
    OfficialSummary,
    OfficialUpdate,
    PositionIn,
    PositionRead,
)
from app.users.models import User

MAX_ID = 2**31 - 1


def _key(name: str, country: str) -> tuple[str, str]:
    return (name.casefold().strip(), country)


def load_kb(*, session: Session, rows: Sequence[OfficialInfo] | None = None) -> int:
    """Load the curated officials idempotently: missing people are added, known ones gain missing
    aliases and positions. A person merged away since is found through the record it was merged into
    (or by alias), so a re-run never refills a redirect. Returns the number of officials added."""
    if rows is None:
        path = REFERENCE_DIR / "officials.yaml"
        rows = load_officials(path) if path.exists() else ()
    everyone = session.scalars(
        select(Official).options(selectinload(Official.aliases), selectinload(Official.positions))
    ).all()
    by_id = {o.id: o for o in everyone}
    known = {_key(o.name, o.country_iso3): o for o in everyone}
    by_alias = {_key(a.alias, o.country_iso3): o for o in everyone if o.status != "merged" for a in o.aliases}
    added = 0
    for info in rows:
        key = _key(info.name, info.country)
        official = known.get(key) or by_alias.get(key)
        while official is not None and official.merged_into_id is not None:
            official = by_id.get(official.merged_into_id)
        if official is None:
            official = Official(name=info.name, country_iso3=info.country, status="active")
            official.aliases, official.positions = [], []
            session.add(official)
            known[key] = official
            added += 1
        _complete(official, info)
    session.flush()
    return added


def _complete(official: Official, info: OfficialInfo) -> None:
    """Add the curated aliases and positions the record lacks (matched by title or office, and start)."""
    have_aliases = {a.alias.casefold() for a in official.aliases} | {official.name.casefold()}
    for alias in [info.name, *info.aliases]:
        if alias.casefold() not in have_aliases:
            official.aliases.append(OfficialAlias(alias=alias))
            have_aliases.add(alias.casefold())
    have_pos = {(p.title, p.start_date) for p in official.positions}
    have_pos |= {(p.office, p.start_date) for p in official.positions if p.office}
    for p in info.positions:
        if (p.title, p.start) not in have_pos and (p.office, p.start) not in have_pos:
            official.positions.append(_position(p, info.country))
            have_pos.add((p.title, p.start))


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


def _loaded() -> tuple[Any, ...]:
    return (
        selectinload(Official.aliases),
        selectinload(Official.positions),
        selectinload(Official.country),
    )


def list_(*, session: Session, filters: OfficialFilter, limit: int = 100) -> Sequence[Official]:
    """Officials (not merged ones) whose name or alias contains q, optionally of one country, by name."""
    stmt = select(Official).where(Official.status != "merged")
    if filters.country:
        stmt = stmt.where(Official.country_iso3 == filters.country)
    if filters.q:
        like = f"%{_escape_like(filters.q.lower())}%"
        alias_hit = select(OfficialAlias.official_id).where(func.lower(OfficialAlias.alias).like(like, "\\"))
        stmt = stmt.where(or_(func.lower(Official.name).like(like, "\\"), Official.id.in_(alias_hit)))
    stmt = stmt.options(*_loaded()).order_by(func.lower(Official.name), Official.id).limit(limit)
    return session.scalars(stmt).all()


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def get(*, session: Session, official_id: int) -> Official:
    """One official with aliases, positions and country loaded (merged ones too: callers redirect)."""
    official = None
    if 1 <= official_id <= MAX_ID:
        stmt = select(Official).where(Official.id == official_id).options(*_loaded())
        official = session.scalars(stmt).first()
    if official is None:
        raise NotFound(f"No official with id {official_id}")
    return official


def current_position(official: Official, today: dt.date | None = None) -> Position | None:
    """The latest-started position held today (positions must be loaded)."""
    day = today or dt.date.today()
    held = [p for p in official.positions if _covers(p.start_date, p.end_date, day)]
    return max(held, key=lambda p: (p.start_date or dt.date.min, p.id or 0)) if held else None


def _covers(start: dt.date | None, end: dt.date | None, day: dt.date) -> bool:
    return (start is None or start <= day) and (end is None or day <= end)


def countries(*, session: Session) -> Sequence[tuple[str, str]]:
    """(iso3, name) of every country, for pickers."""
    return [
        (iso3, name)
        for iso3, name in session.execute(select(Country.iso3, Country.name).order_by(Country.name))
    ]


def _office(p: PositionIn, country: str) -> str | None:
    return p.office or offices.office_key(p.title, country)


def _span(p: PositionIn) -> str:
    return f"{p.title!r} ({p.start or '…'} to {p.end or 'now'})"


def validate(*, session: Session, data: OfficialUpdate) -> None:
    """Refuse an unknown country, an end before its start, or overlapping tenures in one office."""
    if session.get(Country, data.country) is None:
        raise Invalid(f"Unknown country {data.country!r}: use a three-letter ISO code such as IND or USA")
    for p in data.positions:
        if p.start and p.end and p.end < p.start:
            raise Invalid(f"Position {p.title!r} ends ({p.end}) before it starts ({p.start})")
    by_office: dict[str, list[PositionIn]] = {}
    for p in data.positions:
        key = _office(p, data.country) or offices.normalise(p.title)
        by_office.setdefault(key, []).append(p)
    for same in by_office.values():
        for i, a in enumerate(same):
            for b in same[i + 1 :]:
                if _overlap(a.start, a.end, b.start, b.end):
                    raise Invalid(f"Positions {_span(a)} and {_span(b)} overlap in the same office")


def _overlap(s1: dt.date | None, e1: dt.date | None, s2: dt.date | None, e2: dt.date | None) -> bool:
    lo, hi = dt.date.min, dt.date.max
    return (s1 or lo) <= (e2 or hi) and (s2 or lo) <= (e1 or hi)


def position_dicts(official: Official) -> list[dict[str, Any]]:
    """Positions as plain data, for the audit log and the export."""
    return [
        {
            "title": p.title,
            "office": p.office,
            "organisation": p.organisation,
            "start": p.start_date,
            "end": p.end_date,
        }
        for p in official.positions
    ]


def _state(official: Official) -> dict[str, Any]:
    return {
        "name": official.name,
        "country": official.country_iso3,
        "aliases": sorted(a.alias for a in official.aliases),
        "positions": position_dicts(official),
    }


def _apply(official: Official, data: OfficialUpdate) -> None:
    """Set fields, aliases and positions from data, keeping the rows (and ids) that did not change."""
    official.name = data.name
    official.country_iso3 = data.country
    wanted = [a for a in dict.fromkeys(data.aliases) if a != data.name]
    keep = [a for a in official.aliases if a.alias in wanted]
    have = {a.alias for a in keep}
    official.aliases = keep + [OfficialAlias(alias=a) for a in wanted if a not in have]
    incoming = [
        (p.title, _office(p, data.country), p.organisation, data.country, p.start, p.end)
        for p in data.positions
    ]
    kept: list[Position] = []
    for p in official.positions:
        row = (p.title, p.office, p.organisation, p.country_iso3, p.start_date, p.end_date)
        if row in incoming:
            incoming.remove(row)
            kept.append(p)
    official.positions = kept + [
        Position(title=t, office=o, organisation=org, country_iso3=c, start_date=s, end_date=e)
        for t, o, org, c, s, e in incoming
    ]


def create(*, session: Session, data: OfficialUpdate, user: User | None) -> Official:
    """A new active official (audited) after validation."""
    validate(session=session, data=data)
    official = Official(name=data.name, country_iso3=data.country, status="active", version=1)
    official.aliases, official.positions = [], []
    _apply(official, data)
    session.add(official)
    session.flush()
    changes = {k: (None, v) for k, v in _state(official).items()}
    audit_service.record(
        session=session, user=user, entity="official", entity_id=official.id, changes=changes, action="create"
    )
    return official


def update(*, session: Session, official_id: int, data: OfficialUpdate, user: User | None) -> Official:
    """Save the edit form; a stale version (someone saved in between) is a 409, a merged record too."""
    official = get(session=session, official_id=official_id)
    if official.status == "merged":
        raise Conflict(f"{official.name} was merged into official {official.merged_into_id}: edit that one")
    if data.version is not None and data.version != official.version:
        raise Conflict(_stale(official))
    validate(session=session, data=data)
    expected = data.version if data.version is not None else official.version
    # Claim the version first, atomically, so a concurrent save fails before anything is changed.
    bumped = session.execute(
        sql_update(Official)
        .where(Official.id == official.id, Official.version == expected)
        .values(version=expected + 1)
        .execution_options(synchronize_session=False)
    )
    if cast(CursorResult[Any], bumped).rowcount != 1:
        raise Conflict(_stale(official))
    session.refresh(official, ["version"])
    before = _state(official)
    _apply(official, data)
    if official.status == "proposed":
        official.status = "active"  # an analyst has reviewed the record
    session.flush()
    after = _state(official)
    changes = {k: (before[k], after[k]) for k in after}
    audit_service.record(
        session=session, user=user, entity="official", entity_id=official.id, changes=changes
    )
    return official


def _stale(official: Official) -> str:
    return (
        f"Someone else changed {official.name} while you were editing: "
        "reload the page to see their version, then make your change again"
    )


def export_kb(*, session: Session) -> list[dict[str, Any]]:
    """Active officials with positions in the officials.yaml shape, for `entente kb export`."""
    stmt = (
        select(Official)
        .where(Official.status == "active")
        .options(*_loaded())
        .order_by(Official.country_iso3, func.lower(Official.name), Official.id)
    )
    out: list[dict[str, Any]] = []
    for o in session.scalars(stmt):
        if not o.positions:
            continue
        item: dict[str, Any] = {"name": o.name, "country": o.country_iso3}
        if o.aliases:
            item["aliases"] = [a.alias for a in o.aliases]
        item["positions"] = [{k: v for k, v in p.items() if v is not None} for p in position_dicts(o)]
        out.append(item)
    return out


def to_summary(official: Official, today: dt.date | None = None) -> OfficialSummary:
    """The API's short shape of a loaded official."""
    current = current_position(official, today)
    return OfficialSummary(
        id=official.id,
        name=official.name,
        country=official.country_iso3,
        status=official.status,
        aliases=[a.alias for a in official.aliases],
        current_office=current.title if current else None,
    )


def to_position_read(p: Position) -> PositionRead:
    return PositionRead(
        title=p.title,
        office=p.office,
        organisation=p.organisation,
        country=p.country_iso3,
        start=p.start_date,
        end=p.end_date,
    )


def to_read(official: Official) -> OfficialRead:
    return OfficialRead(
        **to_summary(official).model_dump(),
        version=official.version,
        merged_into_id=official.merged_into_id,
        positions=[to_position_read(p) for p in official.positions],
    )


def holder_on(*, session: Session, country: str, title: str, day: dt.date) -> HolderRead:
    """Who held the office a title names (any of its variants) in a country on a day."""
    country = country.strip().upper()
    if len(country) != 3 or session.get(Country, country) is None:
        raise Invalid(f"Unknown country {country[:10]!r}: use a three-letter ISO code such as IND or USA")
    key = offices.office_key(title, country)
    tenure = offices.holder(session=session, country=country, title=title, day=day)
    return HolderRead(
        country=country,
        title=title,
        office=tenure.position.office if tenure else key,
        date=day,
        official=to_summary(tenure.official, day) if tenure else None,
        position=to_position_read(tenure.position) if tenure else None,
    )
