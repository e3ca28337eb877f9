"""Load the reference data and the demo articles with their published engagements, once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.countries import service as country_service
from app.engagements import service as engagement_service
from app.engagements.schemas import EngagementCreate
from app.ingest.hashing import content_hash
from app.ingest.models import Article, ArticleEngagement
from app.officials import service as official_service
from app.pillars import service as pillar_service

DEMO_FILE = Path(__file__).with_name("articles.yaml")


@dataclass
class LoadReport:
    countries: int = 0
    pillars: int = 0
    officials: int = 0
    articles: int = 0
    engagements: int = 0


def load_reference(*, session: Session, report: LoadReport) -> None:
    report.countries = country_service.sync_reference(session=session)
    report.pillars = pillar_service.sync_reference(session=session)
    report.officials = official_service.load_kb(session=session)


def load(*, session: Session, path: Path = DEMO_FILE) -> LoadReport:
    """Reference data, then each demo article not yet stored (by content hash) with its engagements."""
    report = LoadReport()
    load_reference(session=session, report=report)
    items: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    for item in items:
        art = item["article"]
        digest = content_hash(art["text"])
        if session.scalar(select(Article.id).where(Article.content_hash == digest)) is not None:
            continue
        article = Article(
            text=art["text"],
            title=art.get("title"),
            url=art.get("url"),
            publisher=art.get("publisher"),
            published=art.get("published"),
            content_hash=digest,
        )
        session.add(article)
        report.articles += 1
        for record in item["engagements"]:
            data = EngagementCreate.model_validate({**record, "status": "published"})
            engagement = engagement_service.create(session=session, data=data)
            session.add(ArticleEngagement(article=article, engagement=engagement))
            report.engagements += 1
    session.flush()
    return report
