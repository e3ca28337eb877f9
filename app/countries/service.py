"""Countries and the names articles use for them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.audit import service as audit_service
from app.core.errors import NotFound
from app.countries.models import Country, CountryAlias
from app.countries.schemas import CountryNamesUpdate
from app.engagements.models import Engagement, EngagementCountry
from app.extraction.knowledge import CountryInfo, load_countries
from app.users.models import User


def sync_reference(*, session: Session, rows: Sequence[CountryInfo] | None = None) -> int:
    """Insert the reference countries that are missing, with their aliases; return how many were added.

    Existing rows are left as they are, so aliases that admins edited survive a re-run.
    """
    rows = rows if rows is not None else load_countries()
    existing = set(session.scalars(select(Country.iso3)))
    added = 0
    for info in rows:
        if info.iso3 in existing:
            continue
        country = Country(iso3=info.iso3, iso2=info.iso2, name=info.name)
        country.aliases = [CountryAlias(alias=a, kind="alias") for a in dict.fromkeys(info.aliases)] + [
            CountryAlias(alias=d, kind="demonym") for d in dict.fromkeys(info.demonyms)
        ]
        session.add(country)
        added += 1
    session.flush()
    return added


def list_(*, session: Session) -> Sequence[Country]:
    return session.scalars(
        select(Country).options(selectinload(Country.aliases)).order_by(Country.name)
    ).all()


def snapshot(*, session: Session) -> tuple[CountryInfo, ...]:
    """Countries as the extractor's plain data."""
    out = []
    for c in list_(session=session):
        aliases = tuple(a.alias for a in c.aliases if a.kind == "alias")
        demonyms = tuple(a.alias for a in c.aliases if a.kind == "demonym")
        out.append(CountryInfo(c.iso3, c.iso2, c.name, aliases, demonyms))
    return tuple(out)


@dataclass(frozen=True)
class CountryRow:
    country: Country
    engagements: int


def list_with_counts(*, session: Session, published_only: bool = True) -> list[CountryRow]:
    """Every country with its aliases and how many engagements it took part in, most engaged first."""
    counted = select(EngagementCountry.country_iso3, func.count().label("n")).join(
        Engagement, Engagement.id == EngagementCountry.engagement_id
    )
    if published_only:
        counted = counted.where(Engagement.status == "published")
    counts = dict(session.execute(counted.group_by(EngagementCountry.country_iso3)).all())
    rows = [CountryRow(c, int(counts.get(c.iso3, 0))) for c in list_(session=session)]
    return sorted(rows, key=lambda r: (-r.engagements, r.country.name))


def get(*, session: Session, iso3: str) -> Country:
    """One country with its aliases loaded."""
    code = iso3.strip().upper()
    country = None
    if len(code) == 3:
        stmt = select(Country).where(Country.iso3 == code).options(selectinload(Country.aliases))
        country = session.scalars(stmt).first()
    if country is None:
        raise NotFound(f"No country with code {iso3[:10]!r}")
    return country


def update_names(*, session: Session, iso3: str, data: CountryNamesUpdate, user: User | None) -> Country:
    """Replace a country's aliases and demonyms (audited); unchanged rows keep their ids."""
    country = get(session=session, iso3=iso3)
    before = {k: sorted(a.alias for a in country.aliases if a.kind == k) for k in ("alias", "demonym")}
    wanted = {("alias", a) for a in data.aliases} | {("demonym", d) for d in data.demonyms}
    keep = [a for a in country.aliases if (a.kind, a.alias) in wanted]
    have = {(a.kind, a.alias) for a in keep}
    new = [("alias", a) for a in data.aliases] + [("demonym", d) for d in data.demonyms]
    country.aliases = keep + [CountryAlias(alias=a, kind=k) for k, a in new if (k, a) not in have]
    session.flush()
    changes = {
        "aliases": (before["alias"], sorted(data.aliases)),
        "demonyms": (before["demonym"], sorted(data.demonyms)),
    }
    audit_service.record(
        session=session, user=user, entity="country", entity_id=country.iso3, changes=changes
    )
    return country
