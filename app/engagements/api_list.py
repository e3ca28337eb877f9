"""GET /api/engagements: the filtered list as JSON, one keyset page at a time."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.core.auth import Reader
from app.core.db import DbSession
from app.engagements import service as engagement_service
from app.engagements.params import Filters
from app.engagements.schemas import EngagementPage

router = APIRouter(prefix="/api", tags=["engagements"])


@router.get("/engagements", response_model=EngagementPage, summary="List engagements matching a filter")
def list_engagements(
    session: DbSession,
    _: Reader,
    filters: Filters,
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page")] = None,
    limit: Annotated[int, Query(ge=1, le=500, description="Page size")] = 50,
) -> EngagementPage:
    """Published engagements (analysts may ask for status=draft or rejected), newest first.

    Filters combine with AND; pass `next_cursor` back as `cursor` until it is null.
    """
    page = engagement_service.page(session=session, filters=filters, cursor=cursor, limit=limit)
    return EngagementPage(
        items=[engagement_service.to_read(e) for e in page.items], next_cursor=page.next_cursor
    )
