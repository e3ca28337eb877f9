"""engagement lists: each engagement's CSV row (its countries, participants and pillars included) as text

Kept by triggers on engagements, the link tables and officials.name (app/engagements/facets.py), so
the CSV export reads one string per engagement instead of aggregating four tables per request.

Revision ID: 9d2e4b6a8c10
Revises: 3c1f0a9e5b7d
Create Date: 2026-11-27 08:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.engagements import facets

revision: str = "9d2e4b6a8c10"
down_revision: str | None = "3c1f0a9e5b7d"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "engagement_lists",
        sa.Column("engagement_id", sa.Integer(), nullable=False),
        sa.Column("line", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagements.id"],
            name=op.f("fk_engagement_lists_engagement_id_engagements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("engagement_id", name=op.f("pk_engagement_lists")),
    )
    facets.run(bind, facets.list_backfill(bind.dialect.name))
    facets.run(bind, facets.list_triggers(bind.dialect.name))
    if bind.dialect.name == "postgresql":
        facets.run(bind, ["ANALYZE engagement_lists"])


def downgrade() -> None:
    bind = op.get_bind()
    facets.run(bind, facets.list_triggers(bind.dialect.name, drop=True))
    op.drop_table("engagement_lists")
