"""Merge two officials into one (one audited batch), and undo such a merge from its batch."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.audit import service as audit_service
from app.audit.models import AuditEntry
from app.core.errors import Conflict, Invalid, NotFound
from app.engagements.models import Engagement, Participant
from app.officials import offices
from app.officials import service as official_service
from app.officials.models import Official, OfficialAlias, Position
from app.users.models import User


@dataclass
class MergePlan:
    """What a merge of `drop` into `keep` moves, drops or adds; shown as the preview."""

    keep: Official
    drop: Official
    participants_moved: list[Participant] = field(default_factory=list)
    participants_dropped: list[Participant] = field(default_factory=list)  # keep already takes part
    aliases_moved: list[OfficialAlias] = field(default_factory=list)
    aliases_dropped: list[OfficialAlias] = field(default_factory=list)  # keep already has them
    aliases_added: list[str] = field(default_factory=list)  # the dropped name, kept as an alias
    positions_moved: list[Position] = field(default_factory=list)
    positions_dropped: list[Position] = field(default_factory=list)  # identical to one of keep's
    redirects: list[Official] = field(default_factory=list)  # records merged into `drop` earlier


def _office(p: Position) -> str:
    return p.office or offices.normalise(p.title)


def _same(a: Position, b: Position) -> bool:
    return (_office(a), a.start_date, a.end_date) == (_office(b), b.start_date, b.end_date)


def _overlap(a: Position, b: Position) -> bool:
    lo, hi = dt.date.min, dt.date.max
    return (a.start_date or lo) <= (b.end_date or hi) and (b.start_date or lo) <= (a.end_date or hi)


def _span(p: Position) -> str:
    return f"{p.title!r} ({p.start_date or '…'} to {p.end_date or 'now'})"


def _plan_positions(plan: MergePlan) -> None:
    for p in plan.drop.positions:
        twin = next((k for k in plan.keep.positions if _same(k, p)), None)
        if twin is not None:
            plan.positions_dropped.append(p)
            continue
        clash = next((k for k in plan.keep.positions if _office(k) == _office(p) and _overlap(k, p)), None)
        if clash is not None:
            raise Conflict(
                f"Cannot merge: {plan.drop.name}'s {_span(p)} overlaps {plan.keep.name}'s {_span(clash)} "
                "in the same office. Correct the dates on one of them first."
            )
        plan.positions_moved.append(p)


def _plan_participants(session: Session, plan: MergePlan) -> None:
    kept_engagements = set(
        session.scalars(select(Participant.engagement_id).where(Participant.official_id == plan.keep.id))
    )
    rows = session.scalars(
        select(Participant).where(Participant.official_id == plan.drop.id).order_by(Participant.id)
    )
    for row in rows:
        if row.engagement_id in kept_engagements:
            plan.participants_dropped.append(row)
        else:
            plan.participants_moved.append(row)
            kept_engagements.add(row.engagement_id)


def preview(*, session: Session, keep_id: int, drop_id: int) -> MergePlan:
    """Everything a merge would do, or the reason it is refused (same record, already merged, overlap)."""
    if keep_id == drop_id:
        raise Invalid("Choose two different officials to merge")
    keep = official_service.get(session=session, official_id=keep_id)
    drop = official_service.get(session=session, official_id=drop_id)
    for o in (keep, drop):
        if o.status == "merged":
            raise Conflict(f"{o.name} (id {o.id}) is already merged into official {o.merged_into_id}")
    plan = MergePlan(keep=keep, drop=drop)
    have = {a.alias.casefold() for a in keep.aliases} | {keep.name.casefold()}
    for a in drop.aliases:
        (plan.aliases_dropped if a.alias.casefold() in have else plan.aliases_moved).append(a)
        have.add(a.alias.casefold())
    if drop.name.casefold() not in have:
        plan.aliases_added.append(drop.name)
    _plan_positions(plan)
    _plan_participants(session, plan)
    plan.redirects = list(session.scalars(select(Official).where(Official.merged_into_id == drop.id)))
    return plan


def _participant_row(p: Participant) -> dict[str, Any]:
    return {
        "id": p.id,
        "engagement_id": p.engagement_id,
        "country_iso3": p.country_iso3,
        "title": p.title,
        "position": p.position,
    }


def _position_row(p: Position) -> dict[str, Any]:
    return {
        "id": p.id,
        "title": p.title,
        "office": p.office,
        "organisation": p.organisation,
        "country_iso3": p.country_iso3,
        "start_date": p.start_date.isoformat() if p.start_date else None,
        "end_date": p.end_date.isoformat() if p.end_date else None,
    }


def _ids(rows: list[Any]) -> list[int]:
    return [r.id for r in rows]


def merge(*, session: Session, keep_id: int, drop_id: int, user: User | None) -> str:
    """Move every reference from drop to keep and make drop a redirect; returns the audit batch id."""
    plan = preview(session=session, keep_id=keep_id, drop_id=drop_id)
    keep, drop = plan.keep.id, plan.drop.id
    record: dict[str, Any] = {
        "merged": {"keep": keep, "drop": drop, "drop_status": plan.drop.status, "drop_name": plan.drop.name},
        "participants_moved": _ids(plan.participants_moved),
        "participants_dropped": [_participant_row(p) for p in plan.participants_dropped],
        "aliases_moved": _ids(plan.aliases_moved),
        "aliases_dropped": [{"id": a.id, "alias": a.alias} for a in plan.aliases_dropped],
        "positions_moved": _ids(plan.positions_moved),
        "positions_dropped": [_position_row(p) for p in plan.positions_dropped],
        "redirects_moved": _ids(plan.redirects),
    }
    _move(session, Participant, record["participants_moved"], keep)
    _delete(session, Participant, [r["id"] for r in record["participants_dropped"]])
    _move(session, OfficialAlias, record["aliases_moved"], keep)
    _delete(session, OfficialAlias, [r["id"] for r in record["aliases_dropped"]])
    record["aliases_added"] = [
        session.execute(
            insert(OfficialAlias).values(official_id=keep, alias=name).returning(OfficialAlias.id)
        ).scalar_one()
        for name in plan.aliases_added
    ]
    _move(session, Position, record["positions_moved"], keep)
    _delete(session, Position, [r["id"] for r in record["positions_dropped"]])
    session.execute(
        update(Official).where(Official.id.in_(record["redirects_moved"])).values(merged_into_id=keep)
    )
    session.execute(
        update(Official)
        .where(Official.id == drop)
        .values(status="merged", merged_into_id=keep, version=Official.version + 1)
    )
    session.execute(update(Official).where(Official.id == keep).values(version=Official.version + 1))
    session.expire_all()
    batch = uuid.uuid4().hex
    changes = {k: (None, v) for k, v in record.items()}
    audit_service.record(
        session=session,
        user=user,
        entity="official",
        entity_id=keep,
        changes=changes,
        action="merge",
        batch=batch,
    )
    audit_service.record(
        session=session,
        user=user,
        entity="official",
        entity_id=drop,
        changes={"merged_into_id": (None, keep)},
        action="merge",
        batch=batch,
    )
    return batch


def _move(session: Session, model: Any, ids: list[int], official_id: int) -> None:
    if ids:
        session.execute(update(model).where(model.id.in_(ids)).values(official_id=official_id))


def _delete(session: Session, model: Any, ids: list[int]) -> None:
    if ids:
        session.execute(delete(model).where(model.id.in_(ids)))


def _batch(session: Session, batch: str) -> dict[str, Any]:
    rows = session.scalars(select(AuditEntry).where(AuditEntry.batch == batch).order_by(AuditEntry.id)).all()
    merge_rows = [r for r in rows if r.action == "merge" and r.field and r.new_value is not None]
    data = {
        str(r.field): json.loads(r.new_value or "null") for r in merge_rows if r.field != "merged_into_id"
    }
    if "merged" not in data:
        raise NotFound(f"No merge with batch {batch[:40]!r}")
    done = session.scalar(
        select(AuditEntry.id).where(
            AuditEntry.action == "unmerge", AuditEntry.field == "batch", AuditEntry.new_value == batch
        )
    )
    if done is not None:
        raise Conflict("This merge has already been undone")
    return data


def undo(*, session: Session, batch: str, user: User | None) -> int:
    """Restore the state before the merge recorded in batch (audited); returns the restored official's id."""
    data = _batch(session, batch)
    keep, drop = int(data["merged"]["keep"]), int(data["merged"]["drop"])
    dropped = session.get(Official, drop)
    if dropped is None or dropped.merged_into_id != keep:
        raise Conflict("The merged record has changed since the merge, so it cannot be undone automatically")
    _restore_rows(session, data, keep, drop)
    session.execute(
        update(Official)
        .where(Official.id == drop)
        .values(status=data["merged"]["drop_status"], merged_into_id=None, version=Official.version + 1)
    )
    session.execute(update(Official).where(Official.id == keep).values(version=Official.version + 1))
    session.expire_all()
    changes = {"batch": (None, batch), "merged": (data["merged"], None)}
    undo_batch = uuid.uuid4().hex
    for entity_id in (keep, drop):
        audit_service.record(
            session=session,
            user=user,
            entity="official",
            entity_id=entity_id,
            changes=changes,
            action="unmerge",
            batch=undo_batch,
        )
    return drop


def _restore_rows(session: Session, data: dict[str, Any], keep: int, drop: int) -> None:
    """Put moved rows back on drop, re-create the rows the merge deleted (same ids), drop added aliases."""
    for model, key in ((Participant, "participants_moved"), (OfficialAlias, "aliases_moved")):
        ids = data.get(key) or []
        if ids:
            session.execute(
                update(model).where(model.id.in_(ids), model.official_id == keep).values(official_id=drop)
            )
    ids = data.get("positions_moved") or []
    if ids:
        session.execute(
            update(Position)
            .where(Position.id.in_(ids), Position.official_id == keep)
            .values(official_id=drop)
        )
    _delete(session, OfficialAlias, data.get("aliases_added") or [])
    rows = data.get("participants_dropped") or []
    wanted = {r["engagement_id"] for r in rows}
    existing = (
        set(session.scalars(select(Engagement.id).where(Engagement.id.in_(wanted)))) if wanted else set()
    )
    participants = [{**r, "official_id": drop} for r in rows if r["engagement_id"] in existing]
    if participants:
        session.execute(insert(Participant), participants)
    aliases = [{**r, "official_id": drop} for r in data.get("aliases_dropped") or []]
    if aliases:
        session.execute(insert(OfficialAlias), aliases)
    positions = [
        {
            **r,
            "official_id": drop,
            "start_date": dt.date.fromisoformat(r["start_date"]) if r["start_date"] else None,
            "end_date": dt.date.fromisoformat(r["end_date"]) if r["end_date"] else None,
        }
        for r in data.get("positions_dropped") or []
    ]
    if positions:
        session.execute(insert(Position), positions)
    redirects = data.get("redirects_moved") or []
    if redirects:
        session.execute(
            update(Official)
            .where(Official.id.in_(redirects), Official.merged_into_id == keep)
            .values(merged_into_id=drop)
        )
