"""Analysis pages: one country's partners and mix, one pair's cadence."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from app.analysis import service as analysis_service
from app.core.auth import Reader
from app.core.db import DbSession
from app.core.templating import render

router = APIRouter()


@router.get("/countries/{iso3}", include_in_schema=False)
def country(request: Request, session: DbSession, _: Reader, iso3: str) -> Response:
    """Partners ranked, engagements per year by type, pillar mix (charts with their tables)."""
    data = analysis_service.country(session=session, iso3=iso3)
    return render(request, "analysis/country.html", {"data": data})


@router.get("/pairs/{pair}", include_in_schema=False)
def pair(request: Request, session: DbSession, _: Reader, pair: str) -> Response:
    """Cadence of a pair; /pairs/USA-IND redirects to the canonical /pairs/IND-USA."""
    a, b = analysis_service.pair_codes(pair)
    if a > b:
        return RedirectResponse(f"/pairs/{b}-{a}", status_code=308)
    data = analysis_service.pair(session=session, a=a, b=b)
    return render(request, "analysis/pair.html", {"data": data})
