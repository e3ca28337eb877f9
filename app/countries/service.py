"""Countries and the names articles use for them."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.countries.models import Country, CountryAlias
from app.extraction.knowledge import CountryInfo, load_countries


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
