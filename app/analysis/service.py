"""Aggregates over published engagements: a country's partners and mix, a pair's cadence.

Aggregates come from the facet rollups kept by triggers (app/engagements/facets.py), so the pages
cost the same for a country with ten engagements as for one with 360,000; only the pair's distinct
contact dates come back to Python (for the longest gap).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

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
from app.engagements import facets
from app.engagements.models import EngagementFacet, FacetLink, FacetMonth
from app.officials.models import Official
from app.pillars.models import Pillar

TOP = 20


def _country(session: Session, iso3: str) -> Country:
    code = iso3.upper()
    country = session.get(Country, code) if re.fullmatch(r"[A-Z]{3}", code) else None
    if country is None:
        raise NotFound(f"No country with code {iso3!r}")
    return country


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


def _linked(session: Session, key: str, kind: str) -> list[tuple[str, int]]:
    """(value, engagements) co-occurring with facet `key`, for other facets of one kind ("c:", "l:", "o:").

    A range on the facet_links primary key (facet, other): no LIKE, whatever the collation.
    """
    upper = kind[:-1] + chr(ord(kind[-1]) + 1)
    rows = session.execute(
        select(FacetLink.other, FacetLink.n).where(
            FacetLink.facet == key, FacetLink.other >= kind, FacetLink.other < upper, FacetLink.n > 0
        )
    )
    return [(other[len(kind) :], int(n)) for other, n in rows]


def _ranked(rows: list[tuple[str, str, int]], top: int | None = None) -> list[Named]:
    """(key, label, count) by count descending, then label."""
    ordered = sorted(rows, key=lambda r: (-r[2], r[1]))
    return [Named(key=k, label=label, count=n) for k, label, n in ordered[:top]]


def _pillar_mix(session: Session, key: str) -> list[Named]:
    counts = dict(_linked(session, key, "l:"))
    labels = dict(session.execute(select(Pillar.key, Pillar.label).where(Pillar.key.in_(counts))).all())
    return _ranked([(k, labels.get(k, k), n) for k, n in counts.items()])


def _partners(session: Session, key: str) -> list[Named]:
    counts = dict(_linked(session, key, "c:"))
    names = dict(session.execute(select(Country.iso3, Country.name).where(Country.iso3.in_(counts))).all())
    return _ranked([(k, names.get(k, k), n) for k, n in counts.items()], TOP)


def _months(session: Session, key: str) -> list[tuple[str, str, int]]:
    """(YYYY-MM, type, published engagements) of a facet, from the rollup."""
    rows = session.execute(
        select(FacetMonth.month, FacetMonth.type, FacetMonth.n).where(
            FacetMonth.facet == key, FacetMonth.n > 0
        )
    )
    return [(month, kind, int(n)) for month, kind, n in rows]


def country(*, session: Session, iso3: str) -> CountryAnalysis:
    """Partners ranked, engagements per year by type and the pillar mix of one country.

    Read from the facet rollups (facet_months, facet_links): a few hundred rows whatever the
    country's size, instead of a GROUP BY over its (up to hundreds of thousands of) engagements.
    """
    c = _country(session, iso3)
    key = facets.country(c.iso3)
    per_month = _months(session, key)
    years = sorted({int(m[:4]) for m, _, _ in per_month})
    labels = [str(y) for y in range(years[0], years[-1] + 1)] if years else []
    return CountryAnalysis(
        iso3=c.iso3,
        name=c.name,
        total=sum(n for *_, n in per_month),
        partners=_partners(session, key),
        per_year=_by_type([(m[:4], k, n) for m, k, n in per_month], labels),
        pillars=_pillar_mix(session, key),
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


def _officials(session: Session, key: str) -> list[Named]:
    counts = {int(k): n for k, n in _linked(session, key, "o:")}
    top = sorted(counts.items(), key=lambda kv: -kv[1])[: TOP * 4]  # names break ties among these
    rows = session.execute(
        select(Official.id, Official.name, Official.country_iso3).where(Official.id.in_([k for k, _ in top]))
    )
    named = [(str(oid), f"{name} ({iso3})", counts[oid]) for oid, name, iso3 in rows]
    return _ranked(named, TOP * 2)


def pair_codes(pair: str) -> tuple[str, str]:
    """ "IND-USA" -> ("IND", "USA") as written; 422 when it is not two different ISO3 codes."""
    parts = pair.upper().split("-")
    if len(parts) != 2 or not all(re.fullmatch(r"[A-Z]{3}", p) for p in parts) or parts[0] == parts[1]:
        raise Invalid(f"{pair!r} is not a country pair like IND-USA")
    return parts[0], parts[1]


def pair(*, session: Session, a: str, b: str, today: dt.date | None = None) -> PairAnalysis:
    """Cadence of one pair: per quarter by type, last contact, longest gap, pillars, officials.

    Series, pillars and officials come from the rollups; the contact dates (for the gaps) from the
    pair facet's index, date-ordered and index-only.
    """
    ca, cb = sorted((_country(session, a), _country(session, b)), key=lambda c: c.iso3)
    key = facets.pair(ca.iso3, cb.iso3)
    per_month = _months(session, key)
    dates = list(
        session.scalars(
            select(EngagementFacet.date)
            .where(EngagementFacet.facet == key, EngagementFacet.status == "published")
            .distinct()
            .order_by(EngagementFacet.date)
        )
    )
    labels = _quarters(dates[0], dates[-1]) if dates else []
    quarterly = [(f"{m[:4]}-Q{(int(m[5:7]) - 1) // 3 + 1}", k, n) for m, k, n in per_month]
    today = today or dt.date.today()
    return PairAnalysis(
        a=Named(key=ca.iso3, label=ca.name, count=0),
        b=Named(key=cb.iso3, label=cb.name, count=0),
        total=sum(n for *_, n in per_month),
        per_quarter=_by_type(quarterly, labels),
        first_contact=dates[0] if dates else None,
        last_contact=dates[-1] if dates else None,
        days_since_last=(today - dates[-1]).days if dates else None,
        longest_gap=_longest_gap(dates),
        pillars=_pillar_mix(session, key),
        officials=_officials(session, key),
    )
