"""The audit log: every analyst write records who, when, which field, old -> new."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.audit.models import AuditEntry
from app.users.models import User


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, default=str, ensure_ascii=False, sort_keys=True)


def record(
    *,
    session: Session,
    user: User | None,
    entity: str,
    entity_id: int | str,
    changes: Mapping[str, tuple[Any, Any]],
    action: str = "update",
    batch: str | None = None,
) -> list[AuditEntry]:
    """One audit row per changed field ({field: (old, new)}); unchanged fields are skipped."""
    batch = batch or uuid.uuid4().hex
    rows = [
        AuditEntry(
            user=user,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            field=field,
            old_value=_text(old),
            new_value=_text(new),
            batch=batch,
        )
        for field, (old, new) in changes.items()
        if _text(old) != _text(new)
    ]
    if not rows and action != "update":
        rows = [AuditEntry(user=user, action=action, entity=entity, entity_id=str(entity_id), batch=batch)]
    session.add_all(rows)
    session.flush()
    return rows


def history(*, session: Session, entity: str, entity_id: int | str) -> Sequence[AuditEntry]:
    """The audit rows of one record, newest first, with their users loaded."""
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .options(selectinload(AuditEntry.user))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    )
    return session.scalars(stmt).all()
