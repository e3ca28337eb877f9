"""The ingest API's shapes: an article in, its draft engagements (with evidence spans) out."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from app.engagements.schemas import EngagementRead


class ArticleIn(BaseModel):
    """An article to ingest. `text` may be up to ENTENTE_MAX_ARTICLE_BYTES (200,000 bytes) of UTF-8."""

    model_config = ConfigDict(extra="ignore")

    text: str = Field(description="The article as plain text; larger than the limit gives 413, blank 422")
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=500)
    published: dt.date | None = Field(default=None, description="Publication date: anchors relative dates")


class DraftRead(EngagementRead):
    """A draft engagement and where in the article each field came from ({field: [[start, end], ...]})."""

    evidence: dict[str, list[tuple[int, int]]]


class IngestRead(BaseModel):
    id: int = Field(description="The article's id; its review page is /review/{id}")
    duplicate: bool = Field(description="True when this text was already ingested: nothing new was created")
    title: str | None
    engagements: list[DraftRead]
    warnings: list[str]
