"""Aggregates over published engagements: a country's partners and mix, a pair's cadence.

Each aggregate is one GROUP BY query over the indexed link tables, so the pages stay quick on a
large database; only the pair's distinct contact dates come back to Python (for the longest gap).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from app.analysis.schemas import (
    CountryAnalysis,
    Gap,
    Named,
    PairAnalysis,
    Series,
    SeriesSet,
)
from app.core.errors import Invalid, NotFound
from app.core.vocab import ENGAGEMENT_TYPES, TYPE_LABELS
from app.countries.models import Country
from app.engagements import filtering
from app.engagements.models import Engagement, EngagementCountry, EngagementPillar, Participant
from app.engagements.schemas import EngagementFilter
from app.officials.models import Official
from app.pillars.models import Pillar

TOP = 20


def _country(session: Session, iso3: str) -> Country:
    code = iso3.upper()
    country = session.get(Country, code) if re.fullmatch(r"[A-Z]{3}", code) else None
    if country is None:
        raise NotFound(f"No country with code {iso3!r}")
    return country


def _where(session: Session, filters: EngagementFilter) -> list[ColumnElement[bool]]:
    return filtering.clauses(filters, session.get_bind().dialect.name, session)


def _by_type(rows: list[tuple[str, str, int]], labels: list[str]) -> SeriesSet:
    """(label, type, n) rows as one series per engagement type present, over `labels`."""
    table: dict[str, dict[str, int]] = defaultdict(dict)
    for label, kind, n in rows:
        table[kind][label] = table[kind].get(label, 0) + int(n)
    series = [
        Series(key=k, label=TYPE_LABELS[k], values=[table[k].get(x, 0) for x in labels])
        for k in ENGAGEMENT_TYPES
        if k in table
    ]
    return SeriesSet(labels=labels, series=series)


def _pillar_mix(session: Session, where: list[ColumnElement[bool]]) -> list[Named]:
    rows = session.execute(
        select(Pillar.key, Pillar.label, func.count())
        .join(EngagementPillar, EngagementPillar.pillar_key == Pillar.key)
        .join(Engagement, Engagement.id == EngagementPillar.engagement_id)
        .where(*where)
        .group_by(Pillar.key, Pillar.label)
        .order_by(func.count().desc(), Pillar.label)
    )
    return [Named(key=k, label=label, count=int(n)) for k, label, n in rows]


def _partners(session: Session, iso3: str, where: list[ColumnElement[bool]]) -> list[Named]:
    other = aliased(EngagementCountry)
    rows = session.execute(
        select(Country.iso3, Country.name, func.count())
        .select_from(Engagement)
        .join(other, other.engagement_id == Engagement.id)
        .join(Country, Country.iso3 == other.country_iso3)
        .where(*where, other.country_iso3 != iso3)
        .group_by(Country.iso3, Country.name)
        .order_by(func.count().desc(), Country.name)
        .limit(TOP)
    )
    return [Named(key=k, label=name, count=int(n)) for k, name, n in rows]


def country(*, session: Session, iso3: str) -> CountryAnalysis:
    """Partners ranked, engagements per year by type and the pillar mix of one country."""
    c = _country(session, iso3)
    # Aggregates read every match, so drive them from the country index (IN) rather than probing
    # each engagement (EXISTS), which suits the timeline's "newest 50" better.
    ids = select(EngagementCountry.engagement_id).where(EngagementCountry.country_iso3 == c.iso3)
    where = [Engagement.status == "published", Engagement.id.in_(ids)]
    year = func.extract("year", Engagement.date)
    per_year = session.execute(
        select(year, Engagement.type, func.count()).where(*where).group_by(year, Engagement.type)
    ).all()
    years = sorted({int(y) for y, _, _ in per_year})
    labels = [str(y) for y in range(years[0], years[-1] + 1)] if years else []
    return CountryAnalysis(
        iso3=c.iso3,
        name=c.name,
        total=sum(int(n) for _, _, n in per_year),
        partners=_partners(session, c.iso3, where),
        per_year=_by_type([(str(int(y)), k, n) for y, k, n in per_year], labels),
        pillars=_pillar_mix(session, where),
    )


def _quarters(first: dt.date, last: dt.date) -> list[str]:
    out, y, q = [], first.year, (first.month - 1) // 3 + 1
    while (y, q) <= (last.year, (last.month - 1) // 3 + 1):
        out.append(f"{y}-Q{q}")
        y, q = (y + 1, 1) if q == 4 else (y, q + 1)
    return out


def _longest_gap(dates: list[dt.date]) -> Gap | None:
    best: Gap | None = None
    for before, after in zip(dates, dates[1:], strict=False):
        days = (after - before).days
        if best is None or days > best.days:
            best = Gap(start=before, end=after, days=days)
    return best


def _officials(session: Session, where: list[ColumnElement[bool]]) -> list[Named]:
    rows = session.execute(
        select(Official.id, Official.name, Official.country_iso3, func.count(func.distinct(Engagement.id)))
        .join(Participant, Participant.official_id == Official.id)
        .join(Engagement, Engagement.id == Participant.engagement_id)
        .where(*where)
        .group_by(Official.id, Official.name, Official.country_iso3)
        .order_by(func.count(func.distinct(Engagement.id)).desc(), Official.name)
        .limit(TOP * 2)
    )
    return [Named(key=str(oid), label=f"{name} ({iso3})", count=int(n)) for oid, name, iso3, n in rows]


def pair_codes(pair: str) -> tuple[str, str]:
    """ "IND-USA" -> ("IND", "USA") as written; 422 when it is not two different ISO3 codes."""
    parts = pair.upper().split("-")
    if len(parts) != 2 or not all(re.fullmatch(r"[A-Z]{3}", p) for p in parts) or parts[0] == parts[1]:
        raise Invalid(f"{pair!r} is not a country pair like IND-USA")
    return parts[0], parts[1]


def pair(*, session: Session, a: str, b: str, today: dt.date | None = None) -> PairAnalysis:
    """Cadence of one pair: per quarter by type, last contact, longest gap, pillars, officials."""
    ca, cb = sorted((_country(session, a), _country(session, b)), key=lambda c: c.iso3)
    where = _where(session, EngagementFilter(pair_a=ca.iso3, pair_b=cb.iso3))
    year, month = func.extract("year", Engagement.date), func.extract("month", Engagement.date)
    rows = session.execute(
        select(year, month, Engagement.type, func.count())
        .where(*where)
        .group_by(year, month, Engagement.type)
    ).all()
    dates = list(session.scalars(select(Engagement.date).where(*where).distinct().order_by(Engagement.date)))
    labels = _quarters(dates[0], dates[-1]) if dates else []
    quarterly = [(f"{int(y)}-Q{(int(m) - 1) // 3 + 1}", k, n) for y, m, k, n in rows]
    today = today or dt.date.today()
    return PairAnalysis(
        a=Named(key=ca.iso3, label=ca.name, count=0),
        b=Named(key=cb.iso3, label=cb.name, count=0),
        total=sum(int(n) for *_, n in rows),
        per_quarter=_by_type(quarterly, labels),
        first_contact=dates[0] if dates else None,
        last_contact=dates[-1] if dates else None,
        days_since_last=(today - dates[-1]).days if dates else None,
        longest_gap=_longest_gap(dates),
        pillars=_pillar_mix(session, where),
        officials=_officials(session, where),
    )
