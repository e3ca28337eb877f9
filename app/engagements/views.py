"""Pages for engagements: the filtered timeline, one engagement, and the CSV export."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response, StreamingResponse

from app.core.auth import Reader
from app.core.db import DbSession
from app.core.settings import get_settings
from app.core.templating import is_partial, render
from app.engagements import browse
from app.engagements import export as export_service
from app.engagements.params import Filters, PageFilters
from app.users import service as user_service

router = APIRouter()
EngagementId = Annotated[int, Path(ge=1, le=2**31 - 1, description="Engagement id")]


def _url(path: str, params: dict[str, str]) -> str:
    return path + (f"?{urlencode(params)}" if params else "")


@router.get("/", include_in_schema=False)
def timeline(
    request: Request, session: DbSession, _: Reader, filters: PageFilters, cursor: str | None = None
) -> Response:
    """The timeline; htmx gets the results block (or just the next rows for "Load more")."""
    view = browse.timeline(session=session, filters=filters, cursor=cursor, limit=get_settings().page_size)
    params = filters.query_params()
    more = _url("/", {**params, "cursor": view.next_cursor}) if view.next_cursor else None
    context = {
        "view": view,
        "sources": view.sources,
        "partial": is_partial(request),
        "params": params,
        "more_url": more,
        "export_url": _url("/export.csv", params),
        "api_url": _url("/api/engagements", params),
        "after_cursor": bool(cursor),
    }
    block = "rows" if request.headers.get("HX-Target") == "more" else "results"
    response = render(request, "engagements/list.html", context, block=block)
    if is_partial(request) and block == "results":
        response.headers["HX-Push-Url"] = _url("/", params)  # canonical: no empty fields
    return response


@router.get("/suggest/officials", include_in_schema=False)
def official_suggestions(
    request: Request,
    session: DbSession,
    _: Reader,
    official: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    """At most 20 officials whose name starts with the typed text, as <option>s of the form's datalist."""
    officials = browse.suggest_officials(session=session, text=official)
    return render(request, "engagements/_official_options.html", {"officials": officials})


@router.get("/engagements/{engagement_id}", include_in_schema=False)
def detail(request: Request, session: DbSession, user: Reader, engagement_id: EngagementId) -> Response:
    """Every field of one engagement, its sources with evidence sentences and (analysts) its history."""
    analyst = user_service.has_role(user, "analyst")
    data = browse.detail(session=session, engagement_id=engagement_id, analyst=analyst)
    context = {"e": data.engagement, "sources": data.sources, "history": data.history}
    return render(request, "engagements/detail.html", context)


@router.get("/export.csv", include_in_schema=False)
def export_csv(session: DbSession, _: Reader, filters: Filters) -> Response:
    """The current filter as CSV (every match, not one page); same rows as GET /api/engagements."""
    return StreamingResponse(
        export_service.csv_chunks(session=session, filters=filters),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="engagements.csv"'},
    )
