"""Pages for engagements: the home timeline."""

from __future__ import annotations

from itertools import groupby

from fastapi import APIRouter, Request
from fastapi.responses import Response

from app.core.db import DbSession
from app.core.templating import render
from app.engagements import service as engagement_service

router = APIRouter()


@router.get("/", include_in_schema=False)
def timeline(request: Request, session: DbSession) -> Response:
    rows = engagement_service.list_(session=session, filters=engagement_service.EngagementFilter())
    sources = engagement_service.source_counts(session=session, engagement_ids=[e.id for e in rows])
    months = [(m, list(g)) for m, g in groupby(rows, key=lambda e: engagement_service.month_key(e.date))]
    return render(
        request,
        "engagements/list.html",
        {"months": months, "sources": sources, "count": len(rows)},
        block="results",
    )
