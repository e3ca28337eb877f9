"""Pillars of cooperation and their cue terms."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.extraction.knowledge import PillarInfo, load_pillars
from app.pillars.models import Pillar


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
