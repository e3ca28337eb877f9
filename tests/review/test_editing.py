"""Engagement writes: edits with optimistic locking and audit, publish rules, split, merge, attach."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import service as audit_service
from app.core.errors import Invalid
from app.engagements import curation, editing
from app.engagements.edit_schemas import EngagementUpdate
from app.engagements.models import Engagement
from app.ingest import service as ingest_service
from app.ingest.models import ArticleEngagement, EvidenceSpan
from app.users.models import User
from tests.builders import make_engagement, make_user


@pytest.fixture
def analyst(session: Session) -> User:
    return make_user(session)


@pytest.fixture
def drafts(session: Session, seed_text: str, analyst: User) -> list[Engagement]:
    result = ingest_service.ingest(
        session=session, text=seed_text, user=analyst, published=dt.date(2025, 7, 2)
    )
    return result.engagements


def test_update_changes_fields_bumps_version_and_audits_each(
    session: Session, drafts: list[Engagement], analyst: User
) -> None:
    call = drafts[0]
    data = EngagementUpdate(
        version=call.version, type="video_call", summary="Video link", pillars=["technology"]
    )
    updated = editing.update(session=session, engagement_id=call.id, data=data, user=analyst)
    assert (updated.type, updated.summary, updated.version) == ("video_call", "Video link", 2)
    history = [
        h
        for h in audit_service.history(session=session, entity="engagement", entity_id=call.id)
        if h.action == "update"
    ]
    assert {h.field for h in history} == {"type", "summary", "pillars"}
    assert all(h.user_id == analyst.id for h in history)
    entry = next(h for h in history if h.field == "type")
    assert (entry.old_value, entry.new_value) == ("call", "video_call")


def test_partial_date_sets_precision(session: Session, drafts: list[Engagement], analyst: User) -> None:
    call = drafts[0]
    editing.update(
        session=session, engagement_id=call.id, data=EngagementUpdate(version=1, date="2025-06"), user=analyst
    )
    assert (call.date, call.date_precision) == (dt.date(2025, 6, 1), "month")


def test_participants_edit_resolves_or_proposes(
    session: Session, drafts: list[Engagement], analyst: User
) -> None:
    call = drafts[0]
    people = [
        {"name": "Rajnath Singh", "title": "Raksha Mantri", "country": "IND"},
        {"name": "Brand New Person", "title": None, "country": "USA"},
    ]
    data = EngagementUpdate.model_validate({"version": 1, "participants": people})
    editing.update(session=session, engagement_id=call.id, data=data, user=analyst)
    assert [(p.official.name, p.title) for p in call.participants] == [
        ("Rajnath Singh", "Raksha Mantri"),
        ("Brand New Person", None),
    ]
    assert call.participants[1].official.status == "proposed"


def test_stale_version_is_conflict_and_changes_nothing(
    session: Session, drafts: list[Engagement], analyst: User
) -> None:
    call = drafts[0]
    editing.update(
        session=session, engagement_id=call.id, data=EngagementUpdate(version=1, summary="A"), user=analyst
    )
    with pytest.raises(editing.EditConflict) as caught:
        editing.update(
            session=session,
            engagement_id=call.id,
            data=EngagementUpdate(version=1, summary="B"),
            user=analyst,
        )
    assert caught.value.status_code == 409 and caught.value.current.summary == "A"
    history = audit_service.history(session=session, entity="engagement", entity_id=call.id)
    assert [h.new_value for h in history if h.action == "update"] == ["A"]


def test_unknown_country_is_422(session: Session, drafts: list[Engagement], analyst: User) -> None:
    with pytest.raises(Invalid, match="QQQ"):
        editing.update(
            session=session,
            engagement_id=drafts[0].id,
            data=EngagementUpdate(version=1, countries=["IND", "QQQ"]),
            user=analyst,
        )


def test_publish_needs_two_countries(session: Session, drafts: list[Engagement], analyst: User) -> None:
    call = drafts[0]
    editing.update(
        session=session,
        engagement_id=call.id,
        data=EngagementUpdate(version=1, countries=["IND"]),
        user=analyst,
    )
    with pytest.raises(Invalid, match="two countries"):
        editing.publish(session=session, engagement_id=call.id, user=analyst)
    assert call.status == "draft"


def test_publish_and_reject_are_audited(session: Session, drafts: list[Engagement], analyst: User) -> None:
    call, meeting = drafts
    editing.publish(session=session, engagement_id=call.id, user=analyst)
    editing.reject(session=session, engagement_id=meeting.id, user=analyst, version=meeting.version)
    assert (call.status, meeting.status) == ("published", "rejected")
    actions = [
        h.action for h in audit_service.history(session=session, entity="engagement", entity_id=call.id)
    ]
    assert "publish" in actions
    assert not ingest_service.queue(session=session)  # nothing from this article waits any more


def test_split_copies_fields_and_evidence(session: Session, drafts: list[Engagement], analyst: User) -> None:
    twin = curation.split(session=session, engagement_id=drafts[0].id, user=analyst)
    assert twin.id != drafts[0].id and twin.status == "draft" and twin.type == "call"
    spans = session.scalars(select(EvidenceSpan).where(EvidenceSpan.engagement_id == twin.id)).all()
    assert {s.field for s in spans} >= {"participants.0.name", "date"}


def test_merge_folds_participants_and_deletes_the_other(
    session: Session, drafts: list[Engagement], analyst: User
) -> None:
    call, meeting = drafts
    kept = curation.merge(session=session, keep_id=call.id, drop_id=meeting.id, user=analyst)
    names = {p.official.name for p in kept.participants}
    assert (
        len(names) == 3
        and {"Rajnath Singh", "Pete Hegseth"} < names
        and any("Jaishankar" in n for n in names)
    )
    assert session.get(Engagement, meeting.id) is None
    fields = {
        s.field for s in session.scalars(select(EvidenceSpan).where(EvidenceSpan.engagement_id == call.id))
    }
    assert "location" in fields  # the meeting's evidence came along


def test_matching_draft_is_attached_as_another_source(
    session: Session, drafts: list[Engagement], analyst: User
) -> None:
    published = make_engagement(session)  # a call on 2025-07-01 between Singh and Hegseth
    call = drafts[0]
    assert [m.id for m in curation.matches(session=session, engagement=call)] == [published.id]
    assert curation.matches(session=session, engagement=drafts[1]) == []  # a meeting, other people
    curation.attach_source(session=session, draft_id=call.id, target_id=published.id, user=analyst)
    links = session.scalars(
        select(ArticleEngagement).where(ArticleEngagement.engagement_id == published.id)
    ).all()
    assert len(links) == 1 and session.get(Engagement, call.id) is None
    assert curation.source_ids(session=session, engagement_id=published.id) == [links[0].article_id]


def test_saving_without_changes_keeps_the_version(
    session: Session, drafts: list[Engagement], analyst: User
) -> None:
    call = drafts[0]
    same = EngagementUpdate(version=1, type=call.type, summary=call.summary)
    assert editing.update(session=session, engagement_id=call.id, data=same, user=analyst).version == 1
