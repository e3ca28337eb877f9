"""POST /api/articles: ingest an article through the API."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from app.core.auth import Analyst
from app.core.db import DbSession
from app.engagements import service as engagement_service
from app.ingest import service as ingest_service
from app.ingest.schemas import ArticleIn, DraftRead, IngestRead

router = APIRouter(prefix="/api", tags=["ingest"])

RESPONSES: dict[int | str, dict[str, object]] = {
    200: {"model": IngestRead, "description": "The same text was already ingested: nothing new was created"},
    413: {"description": "The text is larger than ENTENTE_MAX_ARTICLE_BYTES (200,000 bytes by default)"},
    422: {"description": "Empty or whitespace-only text, or malformed fields"},
}


@router.post(
    "/articles",
    status_code=201,
    response_model=IngestRead,
    responses=RESPONSES,
    summary="Ingest an article: store it and its draft engagements",
)
def ingest_article(body: ArticleIn, session: DbSession, user: Analyst) -> JSONResponse:
    """Store the article, extract draft engagements with evidence spans, and return them (201).

    Submitting the same text again (compared after normalising case, spacing and quotes) returns the
    stored article with `"duplicate": true` and status 200.
    """
    result = ingest_service.ingest(
        session=session, text=body.text, user=user, url=body.url, title=body.title, published=body.published
    )
    spans = ingest_service.evidence(session=session, article_id=result.article.id)
    payload = IngestRead(
        id=result.article.id,
        duplicate=result.duplicate,
        title=result.article.title,
        engagements=[
            DraftRead(**engagement_service.to_read(e).model_dump(), evidence=spans.get(e.id, {}))
            for e in result.engagements
        ],
        warnings=result.warnings,
    )
    return JSONResponse(payload.model_dump(mode="json"), status_code=200 if result.duplicate else 201)
