"""JSON API for officials and the office-by-date lookup."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from app.core.auth import Reader
from app.core.db import DbSession
from app.officials import service as official_service
from app.officials.schemas import HolderRead, OfficialFilter, OfficialRead, OfficialSummary
from app.officials.views import parse_filters

router = APIRouter(prefix="/api", tags=["officials"])


@router.get("/officials", response_model=list[OfficialSummary], summary="Search officials by name or alias")
def list_officials(
    session: DbSession, _: Reader, filters: Annotated[OfficialFilter, Depends(parse_filters)]
) -> list[OfficialSummary]:
    rows = official_service.list_(session=session, filters=filters)
    return [official_service.to_summary(o) for o in rows]


@router.get("/officials/{official_id}", response_model=OfficialRead, summary="One official with positions")
def get_official(
    session: DbSession, _: Reader, official_id: Annotated[int, Path(ge=1, le=official_service.MAX_ID)]
) -> OfficialRead:
    return official_service.to_read(official_service.get(session=session, official_id=official_id))


@router.get("/offices/holder", response_model=HolderRead, summary="Who held an office on a date")
def office_holder(
    session: DbSession,
    _: Reader,
    country: Annotated[str, Query(min_length=3, max_length=3, description="ISO3, e.g. IND")],
    title: Annotated[str, Query(min_length=1, max_length=200, description="Any wording: Raksha Mantri")],
    date: Annotated[dt.date, Query(description="YYYY-MM-DD")],
) -> HolderRead:
    return official_service.holder_on(session=session, country=country, title=title, day=date)
