"""What the timeline's filter form offers, and the active filter stated in words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.audit import service as audit_service
from app.audit.models import AuditEntry
from app.core.errors import Invalid, NotFound
from app.core.vocab import TYPE_LABELS
from app.countries.models import Country
from app.engagements import counting, filtering
from app.engagements import service as engagement_service
from app.engagements import sources as source_service
from app.engagements.models import Engagement, EngagementCountry
from app.engagements.schemas import EngagementFilter
from app.officials import service as official_service
from app.officials.models import Official
from app.pillars.models import Pillar


@dataclass(frozen=True)
class FilterOptions:
    """Choices for the filter form: {code: label} in display order.

    Officials are too many to list (20,000 at scale): the form has a text input with suggestions,
    so `officials` holds only the selected one, {id: "Name (ISO3)"}.
    """

    countries: dict[str, str] = field(default_factory=dict)
    pillars: dict[str, str] = field(default_factory=dict)
    officials: dict[int, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=lambda: dict(TYPE_LABELS))


def options(*, session: Session, official: int | None = None) -> FilterOptions:
    """Countries that take part in a published engagement, every pillar, and the selected official."""
    # A per-country probe: a scalar subquery ordered like the (country, engagement) index with
    # LIMIT 1. Postgres turns an EXISTS into a hash join over every engagement (4 s at 1e6 rows),
    # and without the ORDER BY it may seq-scan for countries that have none (a minute).
    has_published = (
        select(EngagementCountry.engagement_id)
        .join(Engagement, Engagement.id == EngagementCountry.engagement_id)
        .where(EngagementCountry.country_iso3 == Country.iso3, Engagement.status == "published")
        .order_by(EngagementCountry.country_iso3, EngagementCountry.engagement_id.desc())
        .limit(1)
        .scalar_subquery()
        .is_not(None)
    )
    query = select(Country.iso3, Country.name).where(has_published).order_by(Country.name)
    # Which countries have a published engagement changes with engagement writes (which clear the
    # cache) and, rarely, with a country's renaming (seen within counting.TTL_SECONDS).
    countries = counting.cached(
        session, ("options", "countries"), lambda: tuple(session.execute(query).tuples())
    )
    pillars = session.execute(select(Pillar.key, Pillar.label).order_by(Pillar.label))
    selected = session.execute(
        select(Official.id, Official.name, Official.country_iso3).where(Official.id == official)
    )
    return FilterOptions(
        countries=dict(countries),
        pillars=dict(pillars.all()),
        officials={oid: f"{name} ({iso3})" for oid, name, iso3 in selected},
    )


def suggest_officials(*, session: Session, text: str | None, limit: int = 20) -> dict[int, str]:
    """Officials (not merged away) whose name starts with text, by name: {id: "Name (ISO3)"}.

    A range on lower(name) so that ix_officials_name_lower serves it (LIKE 'x%' cannot use an
    expression index in SQLite); the LIKE keeps the range exact whatever the collation.
    """
    prefix = (text or "").strip().lower()
    if not prefix:
        return {}
    key = func.lower(Official.name)
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = session.execute(
        select(Official.id, Official.name, Official.country_iso3)
        .where(key >= prefix, key < upper, key.like(like, "\\"), Official.status != "merged")
        .order_by(key, Official.id)
        .limit(limit)
    )
    return {oid: f"{name} ({iso3})" for oid, name, iso3 in rows}


_BY_ID = re.compile(r"^(?:.*#)?\s*(\d+)\s*$")
_WITH_COUNTRY = re.compile(r"^(.*?)\s*\(([A-Za-z]{3})\)$")


def resolve_official(*, session: Session, text: str) -> int:
    """The official id meant by the form's text: an id, "Name (ISO3) #id", a full name or a unique prefix.

    Unknown or ambiguous names are a 422 with a message naming the candidates.
    """
    found = _BY_ID.match(text)
    if found:
        return int(found.group(1))
    name, country = text.strip(), None
    with_country = _WITH_COUNTRY.match(name)
    if with_country:
        name, country = with_country.group(1), with_country.group(2).upper()
    official = official_service.find_by_name(session=session, name=name, country=country)
    if official is not None:
        return official.id
    matches = suggest_officials(session=session, text=name, limit=4)
    if len(matches) == 1:
        return next(iter(matches))
    if not matches:
        raise Invalid(f"Invalid filter: no official is named “{text.strip()}”")
    shown = ", ".join(list(matches.values())[:3]) + (", …" if len(matches) > 3 else "")
    raise Invalid(f"Invalid filter: “{text.strip()}” matches several officials ({shown}): pick one")


def _country(code: str, opts: FilterOptions) -> str:
    return opts.countries.get(code, code)


def describe(filters: EngagementFilter, opts: FilterOptions) -> str:
    """The filter in words: "where country is India and pillar is Maritime Security" ("" if none)."""
    parts: list[str] = []
    pair = filters.pair()
    if filters.country:
        parts.append(f"country is {_country(filters.country, opts)}")
    if pair:
        parts.append(f"the pair is {_country(pair[0], opts)} and {_country(pair[1], opts)}")
    else:
        parts.extend(f"country is {_country(c, opts)}" for c in (filters.pair_a, filters.pair_b) if c)
    if filters.official is not None:
        parts.append(f"official is {opts.officials.get(filters.official, f'#{filters.official}')}")
    if filters.pillar:
        parts.append(f"pillar is {opts.pillars.get(filters.pillar, filters.pillar)}")
    if filters.type:
        parts.append(f"type is {TYPE_LABELS.get(filters.type, filters.type)}")
    if filters.date_from:
        parts.append(f"date is on or after {filters.date_from.isoformat()}")
    if filters.date_to:
        parts.append(f"date is on or before {filters.date_to.isoformat()}")
    if filters.q:
        parts.append(f"text matches “{filters.q}”")
    return ("where " + " and ".join(parts)) if parts else ""


@dataclass(frozen=True)
class Timeline:
    """Everything the timeline page shows for one filter and cursor."""

    filters: EngagementFilter
    rows: list[tuple[str | None, Engagement]]  # (month heading when a new month starts, engagement)
    next_cursor: str | None
    sources: dict[int, int]
    count: filtering.Count
    description: str
    options: FilterOptions
    country_names: dict[str, str]  # every country, for the rows (ISO3 -> name)


def timeline(*, session: Session, filters: EngagementFilter, cursor: str | None, limit: int = 50) -> Timeline:
    """One page of the timeline with month headings, source counts, the total and the form choices."""
    page = engagement_service.page(
        session=session, filters=filters, cursor=cursor, limit=limit, rows_only=True
    )
    position = filtering.decode_cursor(cursor)
    month = engagement_service.month_key(position[0]) if position else None
    rows: list[tuple[str | None, Engagement]] = []
    for e in page.items:
        key = engagement_service.month_key(e.date)
        rows.append((key if key != month else None, e))
        month = key
    opts = options(session=session, official=filters.official)
    return Timeline(
        filters=filters,
        rows=rows,
        next_cursor=page.next_cursor,
        sources=engagement_service.source_counts(session=session, engagement_ids=[e.id for e in page.items]),
        count=engagement_service.count(session=session, filters=filters),
        description=describe(filters, opts),
        options=opts,
        country_names=_country_names(session),
    )


def _country_names(session: Session) -> dict[str, str]:
    query = select(Country.iso3, Country.name)
    return dict(
        counting.cached(session, ("names", "countries"), lambda: tuple(session.execute(query).tuples()))
    )


@dataclass(frozen=True)
class Detail:
    engagement: Engagement
    sources: list[source_service.Source]
    history: Sequence[AuditEntry] | None  # None: not shown (analysts only)


def detail(*, session: Session, engagement_id: int, analyst: bool) -> Detail:
    """One engagement with its sources and evidence; unpublished records and history for analysts only."""
    engagement = engagement_service.get(session=session, engagement_id=engagement_id)
    if engagement.status != "published" and not analyst:
        raise NotFound(f"No engagement with id {engagement_id}")
    history = (
        audit_service.history(session=session, entity="engagement", entity_id=engagement_id)
        if analyst
        else None
    )
    return Detail(
        engagement=engagement,
        sources=source_service.for_engagement(session=session, engagement_id=engagement_id),
        history=history,
    )
