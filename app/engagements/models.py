from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db import Base, TimestampMixin
from app.core.vocab import DATE_PRECISIONS, ENGAGEMENT_TYPES, STATUSES, sql_in
from app.countries.models import Country
from app.officials.models import Official
from app.pillars.models import Pillar


class Engagement(TimestampMixin, Base):
    """One contact between officials of two or more states, on one date, in one mode."""

    __tablename__ = "engagements"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    date_precision: Mapped[str] = mapped_column(String(5), nullable=False, default="day")
    type: Mapped[str] = mapped_column(String(12), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    location_city: Mapped[str | None] = mapped_column(String(120), nullable=True)
    location_country_iso3: Mapped[str | None] = mapped_column(ForeignKey("countries.iso3"), nullable=True)
    location_venue: Mapped[str | None] = mapped_column(String(200), nullable=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="draft")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # Sorted "AAA-BBB" of the first two countries: one indexed column for the pair filter.
    pair_key: Mapped[str | None] = mapped_column(String(7), nullable=True)

    location_country: Mapped[Country | None] = relationship(lazy="raise")
    countries: Mapped[list[EngagementCountry]] = relationship(
        back_populates="engagement", lazy="raise", cascade="all, delete-orphan"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="engagement",
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="Participant.position",
    )
    pillars: Mapped[list[EngagementPillar]] = relationship(
        back_populates="engagement", lazy="raise", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (
        CheckConstraint(sql_in("type", ENGAGEMENT_TYPES), name="type"),
        CheckConstraint(sql_in("date_precision", DATE_PRECISIONS), name="date_precision"),
        CheckConstraint(sql_in("status", STATUSES), name="status"),
        CheckConstraint("version >= 1", name="version_positive"),
        Index("ix_engagements_status_date_id", "status", "date", "id"),
        Index("ix_engagements_pair_key_date", "pair_key", "date"),
        Index("ix_engagements_type_status_date_id", "type", "status", "date", "id"),
    )


class EngagementCountry(Base):
    __tablename__ = "engagement_countries"

    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagements.id", ondelete="CASCADE"), primary_key=True
    )
    country_iso3: Mapped[str] = mapped_column(ForeignKey("countries.iso3"), primary_key=True)

    engagement: Mapped[Engagement] = relationship(back_populates="countries", lazy="raise")
    country: Mapped[Country] = relationship(lazy="raise")

    __table_args__ = (Index("ix_engagement_countries_country_engagement", "country_iso3", "engagement_id"),)


class Participant(Base):
    """An official's part in an engagement, with the title and country as the source reported them."""

    __tablename__ = "engagement_participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagements.id", ondelete="CASCADE"), nullable=False, index=True
    )
    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id"), nullable=False)
    country_iso3: Mapped[str] = mapped_column(ForeignKey("countries.iso3"), nullable=False)
    title: Mapped[str | None] = mapped_column(String(200), nullable=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    engagement: Mapped[Engagement] = relationship(back_populates="participants", lazy="raise")
    official: Mapped[Official] = relationship(lazy="raise")
    country: Mapped[Country] = relationship(lazy="raise")

    __table_args__ = (
        Index("ix_engagement_participants_official_engagement", "official_id", "engagement_id"),
    )


class EngagementPillar(Base):
    __tablename__ = "engagement_pillars"

    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagements.id", ondelete="CASCADE"), primary_key=True
    )
    pillar_key: Mapped[str] = mapped_column(ForeignKey("pillars.key", onupdate="CASCADE"), primary_key=True)

    engagement: Mapped[Engagement] = relationship(back_populates="pillars", lazy="raise")
    pillar: Mapped[Pillar] = relationship(lazy="raise")

    __table_args__ = (Index("ix_engagement_pillars_pillar_engagement", "pillar_key", "engagement_id"),)


class EngagementFacet(Base):
    """A filterable key of an engagement with its status, date and type (kept by triggers: facets.py)."""

    __tablename__ = "engagement_facets"

    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagements.id", ondelete="CASCADE"), primary_key=True
    )
    facet: Mapped[str] = mapped_column(String(60), primary_key=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    type: Mapped[str] = mapped_column(String(12), nullable=False)

    __table_args__ = (Index("ix_engagement_facets_walk", "facet", "status", "date", "engagement_id"),)


class FacetMonth(Base):
    """Published engagements per facet, month ("YYYY-MM") and type (kept by triggers: facets.py)."""

    __tablename__ = "facet_months"

    facet: Mapped[str] = mapped_column(String(60), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    type: Mapped[str] = mapped_column(String(12), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, nullable=False)


class FacetLink(Base):
    """Published engagements having both an anchor facet and another (kept by triggers: facets.py)."""

    __tablename__ = "facet_links"

    facet: Mapped[str] = mapped_column(String(60), primary_key=True)
    other: Mapped[str] = mapped_column(String(60), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, nullable=False)


class EngagementList(Base):
    """An engagement's whole CSV row, lists included, as export text (kept by triggers: facets.py)."""

    __tablename__ = "engagement_lists"

    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagements.id", ondelete="CASCADE"), primary_key=True
    )
    line: Mapped[str] = mapped_column(Text, nullable=False, server_default="")  # the CSV row, CRLF-ended
