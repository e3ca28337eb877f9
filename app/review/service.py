"""What the review page shows: the article cut into highlighted segments, its drafts, likely duplicates."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import NotFound
from app.countries.models import Country
from app.engagements import curation
from app.engagements.models import Engagement
from app.ingest import service as ingest_service
from app.ingest.models import Article, EvidenceSpan
from app.officials.models import Official
from app.pillars import service as pillar_service
from app.pillars.models import Pillar


@dataclass(frozen=True)
class Segment:
    """A run of article text and the evidence keys ("<engagement id>:<field>") that cover it."""

    text: str
    keys: tuple[str, ...]


@dataclass(frozen=True)
class Choices:
    """Vocabularies for the edit forms."""

    pillars: Sequence[Pillar]
    countries: Sequence[tuple[str, str]]
    officials: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class ReviewPage:
    article: Article
    engagements: Sequence[Engagement]
    segments: list[Segment]
    matches: dict[int, list[Engagement]]
    warnings: dict[int, list[str]]
    choices: Choices


def segments(text: str, spans: Iterable[tuple[int, str, int, int]]) -> list[Segment]:
    """text cut at every span boundary; each piece knows which (engagement, field) spans cover it.

    Pieces stay plain strings: the template escapes each one, so article text can never become markup.
    """
    clean = [(eid, f, s, e) for eid, f, s, e in spans if 0 <= s < e <= len(text)]
    cuts = sorted({0, len(text)} | {s for _, _, s, _ in clean} | {e for _, _, _, e in clean})
    out: list[Segment] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        keys = tuple(sorted({f"{eid}:{f}" for eid, f, s, e in clean if s <= lo and hi <= e}))
        out.append(Segment(text[lo:hi], keys))
    return out


def choices(*, session: Session) -> Choices:
    countries = session.execute(select(Country.iso3, Country.name).order_by(Country.name)).all()
    officials = session.execute(
        select(Official.name, Official.country_iso3)
        .where(Official.status != "merged")
        .order_by(Official.name)
        .limit(5000)
    ).all()
    return Choices(
        pillars=pillar_service.list_(session=session),
        countries=[(iso3, name) for iso3, name in countries],
        officials=[(name, iso3) for name, iso3 in officials],
    )


def page(*, session: Session, article_id: int) -> ReviewPage:
    """Everything the review page of one article needs, loaded up front."""
    article = ingest_service.get_article(session=session, article_id=article_id)
    engagements = ingest_service.drafts_of(session=session, article_id=article_id)
    ids = [e.id for e in engagements]
    spans = session.scalars(
        select(EvidenceSpan).where(EvidenceSpan.article_id == article_id, EvidenceSpan.engagement_id.in_(ids))
    ).all()
    matches = {
        e.id: curation.matches(session=session, engagement=e) for e in engagements if e.status == "draft"
    }
    return ReviewPage(
        article=article,
        engagements=engagements,
        segments=segments(article.text, ((s.engagement_id, s.field, s.start, s.end) for s in spans)),
        matches=matches,
        warnings=ingest_service.warnings_of(session=session, engagement_ids=ids),
        choices=choices(session=session),
    )


@dataclass(frozen=True)
class Card:
    """A draft card after an edit: engagement, likely duplicates, extractor warnings, vocabularies."""

    engagement: Engagement
    matches: list[Engagement]
    warnings: list[str]
    choices: Choices


def card(*, session: Session, article_id: int, engagement_id: int) -> Card:
    engagement = next(
        (
            e
            for e in ingest_service.drafts_of(session=session, article_id=article_id)
            if e.id == engagement_id
        ),
        None,
    )
    if engagement is None:
        raise NotFound(f"Article {article_id} has no engagement {engagement_id}")
    found = curation.matches(session=session, engagement=engagement) if engagement.status == "draft" else []
    warnings = ingest_service.warnings_of(session=session, engagement_ids=[engagement_id])
    return Card(engagement, found, warnings.get(engagement_id, []), choices(session=session))
