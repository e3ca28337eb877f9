"""JSON API: countries, pillars, and the numbers behind the country and pair pages."""

from __future__ import annotations

from fastapi import APIRouter

from app.analysis import service as analysis_service
from app.analysis.schemas import CountryAnalysis, CountryRead, PairAnalysis, PillarRead
from app.core.auth import Reader
from app.core.db import DbSession
from app.countries import service as country_service
from app.pillars import service as pillar_service

router = APIRouter(prefix="/api", tags=["analysis"])


@router.get("/countries", response_model=list[CountryRead], summary="All countries")
def list_countries(session: DbSession, _: Reader) -> list[CountryRead]:
    return [
        CountryRead(iso3=c.iso3, iso2=c.iso2, name=c.name) for c in country_service.list_(session=session)
    ]


@router.get("/countries/{iso3}", response_model=CountryAnalysis, summary="A country's partners and mix")
def country(session: DbSession, _: Reader, iso3: str) -> CountryAnalysis:
    """Published engagements only: partners ranked, per year by type, pillar mix."""
    return analysis_service.country(session=session, iso3=iso3)


@router.get("/pairs/{pair}", response_model=PairAnalysis, summary="A country pair's cadence")
def pair(session: DbSession, _: Reader, pair: str) -> PairAnalysis:
    """`pair` is two ISO3 codes joined by a hyphen, in either order (IND-USA)."""
    a, b = analysis_service.pair_codes(pair)
    return analysis_service.pair(session=session, a=a, b=b)


@router.get("/pillars", response_model=list[PillarRead], summary="All pillars")
def list_pillars(session: DbSession, _: Reader) -> list[PillarRead]:
    return [
        PillarRead(key=p.key, label=p.label, description=p.description)
        for p in pillar_service.list_(session=session)
    ]
