from __future__ import annotations

from sqlalchemy import JSON, CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base, TimestampMixin


class Pillar(TimestampMixin, Base):
    """An area of cooperation; its cue terms drive extraction, so analysts extend it without code."""

    __tablename__ = "pillars"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(80), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    cues: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)

    __table_args__ = (CheckConstraint("length(key) > 0", name="key_not_empty"),)
