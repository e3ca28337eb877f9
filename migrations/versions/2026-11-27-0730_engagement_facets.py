"""engagement facets: filter keys with status and date, monthly and co-occurrence rollups, stored tsvectors

- engagement_facets, facet_months and facet_links (see app/engagements/facets.py for why), filled
  from the link tables and kept in step by triggers on both databases.
- Postgres: stored tsvector columns (engagements.search_vector, articles.search_vector) with GIN
  indexes replace the expression indexes, so a walk of the timeline can test a row's words without
  running to_tsvector on it.
- Also: ix_engagements_type_status_date_id replaces ix_engagements_type_date (the type filter of the
  timeline is always combined with a status).

Revision ID: 3c1f0a9e5b7d
Revises: 58ed16030969
Create Date: 2026-11-27 07:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.engagements import facets

revision: str = "3c1f0a9e5b7d"
down_revision: str | None = "58ed16030969"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PG_SEARCH_UP = [
    "DROP INDEX IF EXISTS ix_engagements_summary_fts",
    "DROP INDEX IF EXISTS ix_articles_text_fts",
    "ALTER TABLE engagements ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english'::regconfig, summary)) STORED",
    "ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || text)) STORED",
    "CREATE INDEX ix_engagements_search_vector ON engagements USING gin (search_vector)",
    "CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)",
]
PG_SEARCH_DOWN = [
    "DROP INDEX IF EXISTS ix_articles_search_vector",
    "DROP INDEX IF EXISTS ix_engagements_search_vector",
    "ALTER TABLE articles DROP COLUMN IF EXISTS search_vector",
    "ALTER TABLE engagements DROP COLUMN IF EXISTS search_vector",
    "CREATE INDEX ix_engagements_summary_fts ON engagements "
    "USING gin (to_tsvector('english'::regconfig, summary))",
    "CREATE INDEX ix_articles_text_fts ON articles "
    "USING gin (to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || text))",
]


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "engagement_facets",
        sa.Column("engagement_id", sa.Integer(), nullable=False),
        sa.Column("facet", sa.String(length=60), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("type", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagements.id"],
            name=op.f("fk_engagement_facets_engagement_id_engagements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("engagement_id", "facet", name=op.f("pk_engagement_facets")),
    )
    op.create_table(
        "facet_months",
        sa.Column("facet", sa.String(length=60), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("type", sa.String(length=12), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("facet", "month", "type", name=op.f("pk_facet_months")),
    )
    op.create_table(
        "facet_links",
        sa.Column("facet", sa.String(length=60), nullable=False),
        sa.Column("other", sa.String(length=60), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("facet", "other", name=op.f("pk_facet_links")),
    )
    facets.run(bind, facets.facet_backfill(bind.dialect.name))
    # The walk index after the bulk insert: one sorted build instead of ten million inserts.
    op.create_index(
        "ix_engagement_facets_walk", "engagement_facets", ["facet", "status", "date", "engagement_id"]
    )
    facets.run(bind, facets.facet_triggers(bind.dialect.name))
    op.drop_index("ix_engagements_type_date", table_name="engagements")
    op.create_index("ix_engagements_type_status_date_id", "engagements", ["type", "status", "date", "id"])
    if bind.dialect.name == "postgresql":
        facets.run(bind, PG_SEARCH_UP)
        # Planner statistics now rather than at autovacuum's leisure (SQLite: db upgrade optimizes).
        facets.run(bind, ["ANALYZE engagement_facets", "ANALYZE facet_months", "ANALYZE facet_links"])


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        facets.run(bind, PG_SEARCH_DOWN)
    op.drop_index("ix_engagements_type_status_date_id", table_name="engagements")
    op.create_index("ix_engagements_type_date", "engagements", ["type", "date"])
    facets.run(bind, facets.facet_triggers(bind.dialect.name, drop=True))
    op.drop_table("facet_links")
    op.drop_table("facet_months")
    op.drop_index("ix_engagement_facets_walk", table_name="engagement_facets")
    op.drop_table("engagement_facets")
