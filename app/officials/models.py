from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db import Base, TimestampMixin
from app.core.vocab import OFFICIAL_STATUSES, sql_in
from app.countries.models import Country


class Official(TimestampMixin, Base):
    """A person who represents a state; `merged_into` makes a merged duplicate a redirect."""

    __tablename__ = "officials"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), nullable=False)
    country_iso3: Mapped[str] = mapped_column(ForeignKey("countries.iso3"), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="active")
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("officials.id"), nullable=True)
    version: Mapped[int] = mapped_column(nullable=False, default=1)

    country: Mapped[Country] = relationship(lazy="raise")
    aliases: Mapped[list[OfficialAlias]] = relationship(
        back_populates="official", lazy="raise", cascade="all, delete-orphan", order_by="OfficialAlias.alias"
    )
    positions: Mapped[list[Position]] = relationship(
        back_populates="official", lazy="raise", cascade="all, delete-orphan", order_by="Position.start_date"
    )

    __table_args__ = (
        CheckConstraint(sql_in("status", OFFICIAL_STATUSES), name="status"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint("(status = 'merged') = (merged_into_id IS NOT NULL)", name="merged_has_target"),
        Index("ix_officials_name_lower", func.lower(name)),
    )


class OfficialAlias(Base):
    __tablename__ = "official_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id", ondelete="CASCADE"), nullable=False)
    alias: Mapped[str] = mapped_column(String(160), nullable=False)

    official: Mapped[Official] = relationship(back_populates="aliases", lazy="raise")

    __table_args__ = (
        UniqueConstraint("official_id", "alias", name="uq_official_aliases_official_alias"),
        Index("ix_official_aliases_alias_lower", func.lower(alias)),
    )


class Position(Base):
    """An office held over a period; end_date NULL means still in office."""

    __tablename__ = "positions"

    id: Mapped[int] = mapped_column(primary_key=True)
    official_id: Mapped[int] = mapped_column(
        ForeignKey("officials.id", ondelete="CASCADE"), nullable=False, index=True
    )
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    office: Mapped[str | None] = mapped_column(String(60), nullable=True)
    organisation: Mapped[str | None] = mapped_column(String(200), nullable=True)
    country_iso3: Mapped[str] = mapped_column(ForeignKey("countries.iso3"), nullable=False)
    start_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    official: Mapped[Official] = relationship(back_populates="positions", lazy="raise")

    __table_args__ = (
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="end_after_start"
        ),
        Index("ix_positions_country_office_start", "country_iso3", "office", "start_date"),
    )
