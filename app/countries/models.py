from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db import Base


class Country(Base):
    __tablename__ = "countries"

    iso3: Mapped[str] = mapped_column(String(3), primary_key=True)
    iso2: Mapped[str] = mapped_column(String(2), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)

    aliases: Mapped[list[CountryAlias]] = relationship(
        back_populates="country", lazy="raise", cascade="all, delete-orphan", order_by="CountryAlias.alias"
    )

    __table_args__ = (
        CheckConstraint("length(iso3) = 3 AND iso3 = upper(iso3)", name="iso3_format"),
        CheckConstraint("length(iso2) = 2", name="iso2_format"),
    )


class CountryAlias(Base):
    """A name, abbreviation or demonym articles use for a country ("U.S.", "American")."""

    __tablename__ = "country_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    country_iso3: Mapped[str] = mapped_column(
        ForeignKey("countries.iso3", ondelete="CASCADE"), nullable=False, index=True
    )
    alias: Mapped[str] = mapped_column(String(120), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False, default="alias")

    country: Mapped[Country] = relationship(back_populates="aliases", lazy="raise")

    __table_args__ = (
        CheckConstraint("kind IN ('alias', 'demonym')", name="kind"),
        UniqueConstraint("country_iso3", "alias", "kind", name="uq_country_aliases_country_alias_kind"),
        Index("ix_country_aliases_alias_lower", func.lower(alias)),
    )
