from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db import Base, utcnow
from app.engagements.models import Engagement
from app.users.models import User


class Article(Base):
    """A source text as submitted; content_hash (of the normalised text) makes re-submission a no-op."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    title: Mapped[str | None] = mapped_column(String(500), nullable=True)
    url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    publisher: Mapped[str | None] = mapped_column(String(200), nullable=True)
    published: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, nullable=False)

    submitted_by: Mapped[User | None] = relationship(lazy="raise")
    links: Mapped[list[ArticleEngagement]] = relationship(
        back_populates="article", lazy="raise", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("length(text) > 0", name="text_not_empty"),
        CheckConstraint("length(content_hash) = 64", name="hash_sha256"),
        Index("ix_articles_submitted_at", "submitted_at"),
    )


class ArticleEngagement(Base):
    """An article is a source of an engagement."""

    __tablename__ = "article_engagements"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagements.id", ondelete="CASCADE"), primary_key=True
    )

    article: Mapped[Article] = relationship(back_populates="links", lazy="raise")
    engagement: Mapped[Engagement] = relationship(lazy="raise")
    spans: Mapped[list[EvidenceSpan]] = relationship(
        back_populates="link", lazy="raise", cascade="all, delete-orphan", order_by="EvidenceSpan.start"
    )

    __table_args__ = (Index("ix_article_engagements_engagement", "engagement_id"),)


class EvidenceSpan(Base):
    """Where in the article's text an extracted field value came from."""

    __tablename__ = "evidence_spans"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(nullable=False)
    engagement_id: Mapped[int] = mapped_column(nullable=False)
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)

    link: Mapped[ArticleEngagement] = relationship(back_populates="spans", lazy="raise")

    __table_args__ = (
        CheckConstraint('start >= 0 AND "end" >= start', name="span_order"),
        # Composite foreign key to the link row, so a span cannot outlive its article-engagement link.
        ForeignKeyConstraint(
            ["article_id", "engagement_id"],
            ["article_engagements.article_id", "article_engagements.engagement_id"],
            ondelete="CASCADE",
            name="fk_evidence_spans_link",
        ),
        Index("ix_evidence_spans_link", "article_id", "engagement_id"),
    )
