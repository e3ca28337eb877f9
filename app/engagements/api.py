"""One engagement through the API: read it, edit it (optimistic locking), publish or reject it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path
from fastapi.responses import JSONResponse

from app.core.auth import Analyst, Reader
from app.core.db import DbSession
from app.core.errors import NotFound
from app.engagements import curation, editing
from app.engagements import service as engagement_service
from app.engagements.edit_schemas import ConflictBody, EngagementDetail, EngagementUpdate
from app.engagements.schemas import EngagementRead
from app.users import service as user_service

router = APIRouter(prefix="/api/engagements", tags=["engagements"])
EngagementId = Annotated[int, Path(ge=1, le=2_000_000_000)]
Version = Annotated[
    int | None, Body(embed=True, ge=1, le=2_000_000_000, description="The version you read (optional)")
]
CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"model": ConflictBody, "description": "Your version is stale; `current` is the record now"}
}
INVALID: dict[int | str, dict[str, Any]] = {
    422: {"description": "The record cannot be published (fewer than two countries) or bad input"}
}


def _conflict(exc: editing.EditConflict) -> JSONResponse:
    body = ConflictBody(detail=exc.message, current=exc.current)
    return JSONResponse(body.model_dump(mode="json"), status_code=409)


@router.get("/{engagement_id}", response_model=EngagementDetail, summary="One engagement")
def get_engagement(session: DbSession, user: Reader, engagement_id: EngagementId) -> EngagementDetail:
    """A published engagement (analysts also see drafts and rejected ones), with its source article ids."""
    e = engagement_service.get(session=session, engagement_id=engagement_id)
    if e.status != "published" and not user_service.has_role(user, "analyst"):
        raise NotFound(f"No engagement with id {engagement_id}")
    sources = curation.source_ids(session=session, engagement_id=e.id)
    return EngagementDetail(**engagement_service.to_read(e).model_dump(), source_article_ids=sources)


@router.patch(
    "/{engagement_id}",
    response_model=EngagementRead,
    responses={**CONFLICT, **INVALID},
    summary="Edit an engagement",
)
def patch_engagement(
    body: EngagementUpdate, session: DbSession, user: Analyst, engagement_id: EngagementId
) -> EngagementRead | JSONResponse:
    """Change the fields sent. `version` must be the one you read: otherwise 409 and nothing changes."""
    try:
        e = editing.update(session=session, engagement_id=engagement_id, data=body, user=user)
    except editing.EditConflict as exc:
        return _conflict(exc)
    return engagement_service.to_read(e)


@router.post(
    "/{engagement_id}/publish",
    response_model=EngagementRead,
    responses={**CONFLICT, **INVALID},
    summary="Publish an engagement",
)
def publish_engagement(
    session: DbSession, user: Analyst, engagement_id: EngagementId, version: Version = None
) -> EngagementRead | JSONResponse:
    """Put a draft on the timeline. It needs two countries (422 otherwise)."""
    try:
        e = editing.publish(session=session, engagement_id=engagement_id, user=user, version=version)
    except editing.EditConflict as exc:
        return _conflict(exc)
    return engagement_service.to_read(e)


@router.post(
    "/{engagement_id}/reject",
    response_model=EngagementRead,
    responses=CONFLICT,
    summary="Reject an engagement",
)
def reject_engagement(
    session: DbSession, user: Analyst, engagement_id: EngagementId, version: Version = None
) -> EngagementRead | JSONResponse:
    """Set a draft aside: it leaves the review queue and never reaches the timeline."""
    try:
        e = editing.reject(session=session, engagement_id=engagement_id, user=user, version=version)
    except editing.EditConflict as exc:
        return _conflict(exc)
    return engagement_service.to_read(e)
