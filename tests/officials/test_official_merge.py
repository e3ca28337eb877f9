from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.audit.models import AuditEntry
from app.core.errors import Conflict, Invalid
from app.engagements.models import Participant
from app.officials import merge
from app.officials import service as official_service
from app.officials.models import Official, OfficialAlias, Position
from tests.builders import make_engagement, make_official, make_user
from tests.officials.kb import update_data


def _person(session: Session, name: str, aliases: list[str], positions: list[dict[str, Any]]) -> Official:
    data = update_data(name=name, aliases=aliases, positions=positions)
    return official_service.create(session=session, data=data, user=None)


def _participant(name: str, country: str = "IND", title: str = "External Affairs Minister") -> dict[str, str]:
    return {"name": name, "title": title, "country": country}


@pytest.fixture
def pair(session: Session) -> tuple[Official, Official]:
    """The extractor's duplicate: 'S Jaishankar' beside the curated 'Subrahmanyam Jaishankar'."""
    eam = {"title": "External Affairs Minister", "start": dt.date(2019, 5, 30)}
    keep = _person(session, "Subrahmanyam Jaishankar", ["Dr Jaishankar"], [eam])
    drop = _person(
        session,
        "S Jaishankar",
        ["S. Jaishankar", "Dr Jaishankar"],
        [eam, {"title": "Foreign Secretary", "start": dt.date(2015, 1, 29), "end": dt.date(2018, 1, 28)}],
    )
    rubio = _participant("Marco Rubio", "USA", "Secretary of State")
    make_engagement(session, participants=[_participant("S Jaishankar"), rubio], summary="only drop")
    make_engagement(
        session, participants=[_participant("S Jaishankar"), _participant("Subrahmanyam Jaishankar"), rubio]
    )
    make_engagement(
        session, participants=[_participant("Subrahmanyam Jaishankar"), rubio], summary="only keep"
    )
    return keep, drop


def _references(session: Session, official_id: int) -> int:
    """Rows anywhere that point at official_id."""
    counts = [
        session.scalar(select(func.count()).where(Participant.official_id == official_id)),
        session.scalar(select(func.count()).where(OfficialAlias.official_id == official_id)),
        session.scalar(select(func.count()).where(Position.official_id == official_id)),
        session.scalar(
            select(func.count()).select_from(Official).where(Official.merged_into_id == official_id)
        ),
    ]
    return sum(int(c or 0) for c in counts)


def _state(session: Session, *ids: int) -> dict[str, Any]:
    """Everything that belongs to the given officials, as comparable plain data."""
    session.expire_all()
    return {
        "officials": sorted(
            session.execute(
                select(Official.id, Official.name, Official.status, Official.merged_into_id).where(
                    Official.id.in_(ids)
                )
            ).all()
        ),
        "participants": sorted(
            session.execute(
                select(
                    Participant.id, Participant.official_id, Participant.engagement_id, Participant.title
                ).where(Participant.official_id.in_(ids))
            ).all()
        ),
        "aliases": sorted(
            session.execute(
                select(OfficialAlias.id, OfficialAlias.official_id, OfficialAlias.alias).where(
                    OfficialAlias.official_id.in_(ids)
                )
            ).all()
        ),
        "positions": sorted(
            session.execute(
                select(Position.id, Position.official_id, Position.title, Position.start_date).where(
                    Position.official_id.in_(ids)
                )
            ).all()
        ),
    }


def test_preview_lists_what_moves(session: Session, pair: tuple[Official, Official]) -> None:
    keep, drop = pair
    plan = merge.preview(session=session, keep_id=keep.id, drop_id=drop.id)
    assert len(plan.participants_moved) == 1 and len(plan.participants_dropped) == 1
    assert [a.alias for a in plan.aliases_moved] == ["S. Jaishankar"]
    assert [a.alias for a in plan.aliases_dropped] == ["Dr Jaishankar"]
    assert plan.aliases_added == ["S Jaishankar"]
    assert [p.title for p in plan.positions_moved] == ["Foreign Secretary"]
    assert [p.title for p in plan.positions_dropped] == ["External Affairs Minister"]


def test_merge_moves_every_reference_and_leaves_no_orphan(
    session: Session, pair: tuple[Official, Official]
) -> None:
    keep, drop = pair
    earlier = make_official(session, name="Jaishankar S.", status="merged", merged_into_id=drop.id)
    user = make_user(session)
    batch = merge.merge(session=session, keep_id=keep.id, drop_id=drop.id, user=user)
    assert _references(session, drop.id) == 0
    kept = official_service.get(session=session, official_id=keep.id)
    assert {a.alias for a in kept.aliases} == {"Dr Jaishankar", "S. Jaishankar", "S Jaishankar"}
    assert [p.title for p in kept.positions] == ["Foreign Secretary", "External Affairs Minister"]
    engagements = session.scalars(select(Participant.engagement_id).where(Participant.official_id == keep.id))
    assert len(list(engagements)) == 3  # one per engagement, the shared one not doubled
    gone = session.get(Official, drop.id)
    assert gone is not None and (gone.status, gone.merged_into_id) == ("merged", keep.id)
    assert session.get(Official, earlier.id).merged_into_id == keep.id  # type: ignore[union-attr]
    assert official_service.find_by_name(session=session, name="S Jaishankar").id == keep.id  # type: ignore[union-attr]
    entries = session.scalars(select(AuditEntry).where(AuditEntry.batch == batch)).all()
    assert {e.action for e in entries} == {"merge"} and {e.user_id for e in entries} == {user.id}


def test_undo_restores_exactly_the_previous_state_and_is_audited(
    session: Session, pair: tuple[Official, Official]
) -> None:
    keep, drop = pair
    earlier = make_official(session, name="Jaishankar S.", status="merged", merged_into_id=drop.id)
    before = _state(session, keep.id, drop.id, earlier.id)
    batch = merge.merge(session=session, keep_id=keep.id, drop_id=drop.id, user=None)
    assert _state(session, keep.id, drop.id, earlier.id) != before
    restored = merge.undo(session=session, batch=batch, user=None)
    assert restored == drop.id
    assert _state(session, keep.id, drop.id, earlier.id) == before
    undo_rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "unmerge")).all()
    assert {r.entity_id for r in undo_rows} == {str(keep.id), str(drop.id)}
    with pytest.raises(Conflict, match="already been undone"):
        merge.undo(session=session, batch=batch, user=None)


def test_merge_can_be_redone_after_undo(session: Session, pair: tuple[Official, Official]) -> None:
    keep, drop = pair
    merge.undo(
        session=session,
        batch=merge.merge(session=session, keep_id=keep.id, drop_id=drop.id, user=None),
        user=None,
    )
    merge.merge(session=session, keep_id=keep.id, drop_id=drop.id, user=None)
    assert _references(session, drop.id) == 0


def test_overlapping_tenures_refuse_the_merge_and_change_nothing(session: Session) -> None:
    keep = _person(session, "A Keep", [], [{"title": "Defence Minister", "start": dt.date(2019, 1, 1)}])
    drop = _person(session, "A Drop", [], [{"title": "Raksha Mantri", "start": dt.date(2020, 1, 1)}])
    before = _state(session, keep.id, drop.id)
    with pytest.raises(Conflict, match="overlaps"):
        merge.merge(session=session, keep_id=keep.id, drop_id=drop.id, user=None)
    assert _state(session, keep.id, drop.id) == before


def test_merging_a_record_with_itself_or_a_merged_one_is_refused(session: Session) -> None:
    a = make_official(session, name="One")
    b = make_official(session, name="Two", status="merged", merged_into_id=a.id)
    with pytest.raises(Invalid):
        merge.preview(session=session, keep_id=a.id, drop_id=a.id)
    with pytest.raises(Conflict, match="already merged"):
        merge.preview(session=session, keep_id=a.id, drop_id=b.id)


def test_undo_of_an_unknown_batch_is_not_found(session: Session) -> None:
    from app.core.errors import NotFound

    with pytest.raises(NotFound):
        merge.undo(session=session, batch="nope", user=None)


def test_reloading_the_kb_after_a_merge_does_not_refill_the_redirect(session: Session) -> None:
    from app.extraction.knowledge import OfficialInfo, PositionInfo

    tenure = PositionInfo(
        "Defence Minister", "defence_minister", "MoD", dt.date(2001, 1, 1), dt.date(2002, 1, 1)
    )
    rows = (OfficialInfo("Kb Person", "IND", aliases=("K. Person",), positions=(tenure,)),)
    assert official_service.load_kb(session=session, rows=rows) == 1
    curated = official_service.find_by_name(session=session, name="Kb Person", country="IND")
    assert curated is not None
    keeper = make_official(session, name="Kb Keeper")
    merge.merge(session=session, keep_id=keeper.id, drop_id=curated.id, user=None)
    assert official_service.load_kb(session=session, rows=rows) == 0
    assert _references(session, curated.id) == 0
    kept = official_service.get(session=session, official_id=keeper.id)
    assert [p.title for p in kept.positions] == ["Defence Minister"]
    assert {a.alias for a in kept.aliases} == {"K. Person", "Kb Person"}
