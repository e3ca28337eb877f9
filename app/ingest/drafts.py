"""Extracted gold-shaped dicts as draft engagement rows, dropping what the database cannot hold."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.core.vocab import DATE_PRECISIONS, ENGAGEMENT_TYPES, EVIDENCE_FIELDS_MAX
from app.engagements.models import Engagement, EngagementCountry, EngagementPillar, Participant
from app.engagements.service import pair_key
from app.ingest.models import Article, ArticleEngagement, EvidenceSpan
from app.officials import service as official_service


@dataclass(frozen=True)
class Vocabulary:
    """What the database knows: rows that name anything else are dropped with a warning."""

    countries: frozenset[str]
    pillars: frozenset[str]


@dataclass
class Stored:
    engagement: Engagement
    warnings: list[str] = field(default_factory=list)


def parse_gold_date(value: object, fallback: dt.date) -> tuple[dt.date, str, bool]:
    """A gold-form date ("YYYY-MM-DD", "YYYY-MM", "YYYY") as (first day, precision, found)."""
    text = str(value or "").strip()
    try:
        if len(text) == 4:
            return dt.date(int(text), 1, 1), "year", True
        if len(text) == 7:
            return dt.date(int(text[:4]), int(text[5:7]), 1), "month", True
        return dt.date.fromisoformat(text[:10]), "day", True
    except ValueError:
        return fallback, "year", False


def _text(value: object, limit: int) -> str | None:
    if value is None:
        return None
    cleaned = str(value).replace("\0", "").strip()
    return cleaned[:limit] or None


def _countries(raw: object, vocab: Vocabulary, warnings: list[str]) -> list[str]:
    out: list[str] = []
    for code in raw if isinstance(raw, list) else []:
        iso = str(code).strip().upper()
        if iso not in vocab.countries:
            warnings.append(f"dropped unknown country code {str(code)[:20]!r}")
        elif iso not in out:
            out.append(iso)
    if len(out) < 2:
        warnings.append("fewer than two countries: add them before publishing")
    return out


def _participants(session: Session, raw: object, vocab: Vocabulary, warnings: list[str]) -> list[Participant]:
    out: list[Participant] = []
    for p in raw if isinstance(raw, list) else []:
        if not isinstance(p, Mapping):
            continue
        name, country = _text(p.get("name"), 160), str(p.get("country") or "").upper()
        if not name or country not in vocab.countries:
            warnings.append(f"dropped participant {name or '(no name)'!r}: country {country or 'missing'}")
            continue
        official = official_service.resolve_or_propose(session=session, name=name, country=country)
        out.append(
            Participant(
                official=official, country_iso3=country, title=_text(p.get("title"), 200), position=len(out)
            )
        )
    return out


def _location(engagement: Engagement, raw: object, vocab: Vocabulary) -> None:
    if not isinstance(raw, Mapping):
        return
    country = str(raw.get("country") or "").upper()
    engagement.location_city = _text(raw.get("city"), 120)
    engagement.location_venue = _text(raw.get("venue"), 200)
    engagement.location_country_iso3 = country if country in vocab.countries else None


def _spans(link: ArticleEngagement, evidence: object, text_length: int) -> None:
    """Evidence spans inside the text; anything malformed or out of range is skipped."""
    if not isinstance(evidence, Mapping):
        return
    for name, spans in evidence.items():
        for span in spans if isinstance(spans, list) else []:
            try:
                start, end = int(span[0]), int(span[1])
            except (TypeError, ValueError, IndexError):
                continue
            if 0 <= start < end <= text_length:
                link.spans.append(
                    EvidenceSpan(
                        article_id=link.article_id,
                        engagement_id=link.engagement_id,
                        field=str(name)[:EVIDENCE_FIELDS_MAX],
                        start=start,
                        end=end,
                    )
                )


def store(
    *, session: Session, article: Article, draft: Mapping[str, Any], vocab: Vocabulary, fallback: dt.date
) -> Stored:
    """One draft engagement from one extracted record, linked to its article with its evidence spans."""
    warnings = [str(w)[:300] for w in draft.get("warnings") or [] if w]
    day, precision, found = parse_gold_date(draft.get("date"), fallback)
    if not found:
        warnings.append("no date found: the publication date's year stands in; correct it")
    elif draft.get("date_precision") in DATE_PRECISIONS:
        precision = str(draft["date_precision"])
    kind = str(draft.get("type") or "other")
    if kind not in ENGAGEMENT_TYPES:
        warnings.append(f"unknown type {kind[:20]!r} became 'other'")
        kind = "other"
    countries = _countries(draft.get("countries"), vocab, warnings)
    engagement = Engagement(
        date=day,
        date_precision=precision,
        type=kind,
        summary=_text(draft.get("summary"), 5000) or "",
        status="draft",
        pair_key=pair_key(countries),
    )
    engagement.countries = [EngagementCountry(country_iso3=c) for c in countries]
    pillars = [str(k) for k in draft.get("pillars") or [] if str(k) in vocab.pillars]
    engagement.pillars = [EngagementPillar(pillar_key=k) for k in dict.fromkeys(pillars)]
    engagement.participants = _participants(session, draft.get("participants"), vocab, warnings)
    _location(engagement, draft.get("location"), vocab)
    session.add(engagement)
    session.flush()
    link = ArticleEngagement(article=article, engagement=engagement)
    link.spans = []
    session.add(link)
    session.flush()
    _spans(link, draft.get("evidence"), len(article.text))
    session.flush()
    return Stored(engagement, warnings)


def blank(*, session: Session, article: Article) -> Engagement:
    """An empty draft linked to article, for an engagement the extractor missed."""
    day = article.published or dt.date.today()
    engagement = Engagement(date=day, date_precision="day", type="other", summary="", status="draft")
    engagement.countries, engagement.pillars, engagement.participants = [], [], []
    session.add(engagement)
    session.flush()
    session.add(ArticleEngagement(article=article, engagement=engagement))
    session.flush()
    return engagement


def copy_sources(
    *, session: Session, source_id: int, target: Engagement, links: Sequence[ArticleEngagement]
) -> int:
    """Give target every article of `links` as a source, with its evidence spans; returns new links."""
    existing = {
        link.article_id: link
        for link in session.scalars(
            select(ArticleEngagement)
            .where(ArticleEngagement.engagement_id == target.id)
            .options(selectinload(ArticleEngagement.spans))
        )
    }
    added = 0
    for old in links:
        if old.engagement_id != source_id:
            continue
        link = existing.get(old.article_id)
        if link is None:
            link = ArticleEngagement(article_id=old.article_id, engagement_id=target.id)
            link.spans = []
            session.add(link)
            existing[old.article_id] = link
            added += 1
        have = {(s.field, s.start, s.end) for s in link.spans}
        link.spans.extend(
            EvidenceSpan(
                article_id=old.article_id, engagement_id=target.id, field=s.field, start=s.start, end=s.end
            )
            for s in old.spans
            if (s.field, s.start, s.end) not in have
        )
    session.flush()
    return added
