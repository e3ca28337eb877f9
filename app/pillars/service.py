"""Pillars of cooperation and their cue terms."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import service as audit_service
from app.core.errors import Conflict, NotFound
from app.extraction.knowledge import PillarInfo, load_pillars
from app.pillars.models import Pillar
from app.pillars.schemas import PillarCreate, PillarUpdate
from app.users.models import User

MAX_KEY = 40


def sync_reference(*, session: Session, rows: Sequence[PillarInfo] | None = None) -> int:
    """Insert the reference pillars that are missing; analysts' edits to existing ones are kept."""
    rows = rows if rows is not None else load_pillars()
    existing = set(session.scalars(select(Pillar.key)))
    added = 0
    for info in rows:
        if info.key not in existing:
            session.add(
                Pillar(key=info.key, label=info.label, description=info.description, cues=list(info.cues))
            )
            added += 1
    session.flush()
    return added


def list_(*, session: Session) -> Sequence[Pillar]:
    return session.scalars(select(Pillar).order_by(Pillar.label)).all()


def snapshot(*, session: Session) -> tuple[PillarInfo, ...]:
    return tuple(PillarInfo(p.key, p.label, tuple(p.cues), p.description) for p in list_(session=session))


def get(*, session: Session, key: str) -> Pillar:
    pillar = session.get(Pillar, key) if len(key) <= MAX_KEY else None
    if pillar is None:
        raise NotFound(f"No pillar with key {key!r}")
    return pillar


def create(*, session: Session, data: PillarCreate, user: User | None) -> Pillar:
    """Add a pillar (audited); its cues take part in extraction from the next article on."""
    if session.get(Pillar, data.key) is not None:
        raise Conflict(f"a pillar with key {data.key!r} already exists")
    pillar = Pillar(key=data.key, label=data.label, description=data.description, cues=list(data.cues))
    session.add(pillar)
    session.flush()
    changes = {f: (None, getattr(data, f)) for f in ("key", "label", "description", "cues")}
    audit_service.record(
        session=session, user=user, entity="pillar", entity_id=pillar.key, changes=changes, action="create"
    )
    return pillar


def update(*, session: Session, key: str, data: PillarUpdate, user: User | None) -> Pillar:
    """Edit a pillar's label, description and cues; each changed field is audited."""
    pillar = get(session=session, key=key)
    changes = {
        "label": (pillar.label, data.label),
        "description": (pillar.description, data.description),
        "cues": (list(pillar.cues), list(data.cues)),
    }
    pillar.label, pillar.description, pillar.cues = data.label, data.description, list(data.cues)
    session.flush()
    audit_service.record(session=session, user=user, entity="pillar", entity_id=pillar.key, changes=changes)
    return pillar
