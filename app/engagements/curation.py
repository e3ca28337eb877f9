"""Curating drafts: add a missed one, split, merge, attach an article to a published record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.audit import service as audit_service
from app.core.errors import Invalid
from app.engagements import service as engagement_service
from app.engagements.editing import ENTITY, save_versioned, values
from app.engagements.models import Engagement, EngagementCountry, EngagementPillar, Participant
from app.ingest import drafts as draft_store
from app.ingest.models import Article, ArticleEngagement
from app.users.models import User


def _links(session: Session, engagement_id: int) -> Sequence[ArticleEngagement]:
    return session.scalars(
        select(ArticleEngagement)
        .where(ArticleEngagement.engagement_id == engagement_id)
        .options(selectinload(ArticleEngagement.spans))
    ).all()


def _draft(session: Session, engagement_id: int) -> Engagement:
    e = engagement_service.get(session=session, engagement_id=engagement_id)
    if e.status != "draft":
        raise Invalid(f"Engagement {e.id} is {e.status}, not a draft")
    return e


def add_draft(*, session: Session, article_id: int, user: User) -> Engagement:
    """A blank draft backed by the article, for an engagement the extractor missed."""
    article = session.get(Article, article_id)
    if article is None:
        raise Invalid(f"No article with id {article_id}")
    e = draft_store.blank(session=session, article=article)
    audit_service.record(
        session=session,
        user=user,
        entity=ENTITY,
        entity_id=e.id,
        changes={"article": (None, article_id)},
        action="create",
    )
    return e


def split(*, session: Session, engagement_id: int, user: User) -> Engagement:
    """A copy of a draft (same fields and sources) to edit into the second of two engagements."""
    e = _draft(session, engagement_id)
    twin = Engagement(
        date=e.date,
        date_precision=e.date_precision,
        type=e.type,
        summary=e.summary,
        status="draft",
        location_city=e.location_city,
        location_country_iso3=e.location_country_iso3,
        location_venue=e.location_venue,
        pair_key=e.pair_key,
    )
    twin.countries = [EngagementCountry(country_iso3=c.country_iso3) for c in e.countries]
    twin.pillars = [EngagementPillar(pillar_key=p.pillar_key) for p in e.pillars]
    twin.participants = [
        Participant(
            official_id=p.official_id, country_iso3=p.country_iso3, title=p.title, position=p.position
        )
        for p in e.participants
    ]
    session.add(twin)
    session.flush()
    draft_store.copy_sources(session=session, source_id=e.id, target=twin, links=_links(session, e.id))
    audit_service.record(
        session=session,
        user=user,
        entity=ENTITY,
        entity_id=twin.id,
        changes={"split_from": (None, e.id)},
        action="split",
    )
    return twin


def merge(*, session: Session, keep_id: int, drop_id: int, user: User) -> Engagement:
    """Fold draft drop_id into draft keep_id (countries, participants, pillars, sources), then delete it."""
    if keep_id == drop_id:
        raise Invalid("Choose two different drafts to merge")
    keep, drop = _draft(session, keep_id), _draft(session, drop_id)
    before = values(keep)

    def fold() -> None:
        have = {c.country_iso3 for c in keep.countries}
        keep.countries += [
            EngagementCountry(country_iso3=c.country_iso3)
            for c in drop.countries
            if c.country_iso3 not in have
        ]
        keys = {p.pillar_key for p in keep.pillars}
        keep.pillars += [
            EngagementPillar(pillar_key=p.pillar_key) for p in drop.pillars if p.pillar_key not in keys
        ]
        people = {p.official_id for p in keep.participants}
        keep.participants += [
            Participant(
                official_id=p.official_id,
                country_iso3=p.country_iso3,
                title=p.title,
                position=len(people) + i,
            )
            for i, p in enumerate(x for x in drop.participants if x.official_id not in people)
        ]
        keep.pair_key = engagement_service.pair_key([c.country_iso3 for c in keep.countries])
        keep.summary = keep.summary or drop.summary

    save_versioned(session, keep, fold)
    draft_store.copy_sources(session=session, source_id=drop.id, target=keep, links=_links(session, drop.id))
    session.delete(drop)
    session.flush()
    session.expire(keep)
    keep = engagement_service.get(session=session, engagement_id=keep_id)
    changes = {k: (before[k], v) for k, v in values(keep).items() if before[k] != v}
    changes["merged_from"] = (None, drop_id)
    audit_service.record(
        session=session, user=user, entity=ENTITY, entity_id=keep_id, changes=changes, action="merge"
    )
    return keep


def _period(day: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    if precision == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if precision == "month":
        nxt = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return dt.date(day.year, day.month, 1), nxt - dt.timedelta(days=1)
    return day, day


def _same_event(a: Engagement, b: Engagement) -> bool:
    (a0, a1), (b0, b1) = _period(a.date, a.date_precision), _period(b.date, b.date_precision)
    if a.type != b.type or a1 < b0 or b1 < a0:
        return False
    people_a, people_b = {p.official_id for p in a.participants}, {p.official_id for p in b.participants}
    if people_a and people_b:
        return bool(people_a & people_b)
    return {c.country_iso3 for c in a.countries} == {c.country_iso3 for c in b.countries}


def matches(*, session: Session, engagement: Engagement) -> list[Engagement]:
    """Published engagements that look like the same event: date within precision, type, participants."""
    lo, hi = _period(engagement.date, "year")
    stmt = select(Engagement).where(
        Engagement.status == "published",
        Engagement.type == engagement.type,
        Engagement.date >= lo - dt.timedelta(days=366),
        Engagement.date <= hi,
        Engagement.id != engagement.id,
    )
    rows = session.scalars(engagement_service.with_details(stmt.order_by(Engagement.date)).limit(200)).all()
    return [r for r in rows if _same_event(engagement, r)]


def attach_source(*, session: Session, draft_id: int, target_id: int, user: User) -> Engagement:
    """Make the draft's article(s) extra sources of a published engagement, and drop the draft."""
    draft = _draft(session, draft_id)
    target = engagement_service.get(session=session, engagement_id=target_id)
    if target.status != "published":
        raise Invalid(f"Engagement {target_id} is not published: publish it or merge the drafts instead")
    links = _links(session, draft.id)
    article_ids = sorted(link.article_id for link in links)
    save_versioned(
        session,
        target,
        lambda: draft_store.copy_sources(session=session, source_id=draft.id, target=target, links=links),
    )
    audit_service.record(
        session=session,
        user=user,
        entity=ENTITY,
        entity_id=target_id,
        changes={"sources_added": (None, article_ids)},
        action="attach_source",
    )
    audit_service.record(
        session=session,
        user=user,
        entity=ENTITY,
        entity_id=draft_id,
        changes={"attached_to": (None, target_id)},
        action="attach_source",
    )
    session.delete(draft)
    session.flush()
    return target


def source_ids(*, session: Session, engagement_id: int) -> list[int]:
    """The ids of the articles backing an engagement."""
    return sorted(
        session.scalars(
            select(ArticleEngagement.article_id).where(ArticleEngagement.engagement_id == engagement_id)
        )
    )
