"""engagement search: full text over summaries and source articles

Postgres: GIN expression indexes on to_tsvector('english', ...) of engagements.summary and of
articles.title + text (the queries in app/engagements/filtering.py use the same expressions).
SQLite: external-content FTS5 tables (porter stemming) kept in sync by triggers.

Note for later migrations on SQLite: a batch "move and copy" of engagements or articles drops
their triggers; re-run this revision's _sqlite_triggers() afterwards.

Revision ID: 58ed16030969
Revises: 78fabae34e25
Create Date: 2026-11-27 04:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "58ed16030969"
down_revision: str | None = "78fabae34e25"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PG_UP = [
    "CREATE INDEX ix_engagements_summary_fts ON engagements "
    "USING gin (to_tsvector('english'::regconfig, summary))",
    "CREATE INDEX ix_articles_text_fts ON articles "
    "USING gin (to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || text))",
]
PG_DOWN = ["DROP INDEX IF EXISTS ix_articles_text_fts", "DROP INDEX IF EXISTS ix_engagements_summary_fts"]

SQLITE_TABLES = [
    "CREATE VIRTUAL TABLE engagement_summary_fts USING fts5("
    "summary, content='engagements', content_rowid='id', tokenize='porter unicode61')",
    "CREATE VIRTUAL TABLE article_fts USING fts5("
    "title, text, content='articles', content_rowid='id', tokenize='porter unicode61')",
]
SQLITE_TRIGGERS = [
    "CREATE TRIGGER engagements_fts_ai AFTER INSERT ON engagements BEGIN "
    "INSERT INTO engagement_summary_fts(rowid, summary) VALUES (new.id, new.summary); END",
    "CREATE TRIGGER engagements_fts_ad AFTER DELETE ON engagements BEGIN "
    "INSERT INTO engagement_summary_fts(engagement_summary_fts, rowid, summary) "
    "VALUES ('delete', old.id, old.summary); END",
    "CREATE TRIGGER engagements_fts_au AFTER UPDATE OF summary ON engagements BEGIN "
    "INSERT INTO engagement_summary_fts(engagement_summary_fts, rowid, summary) "
    "VALUES ('delete', old.id, old.summary); "
    "INSERT INTO engagement_summary_fts(rowid, summary) VALUES (new.id, new.summary); END",
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS engagements_fts_ai",
    "DROP TRIGGER IF EXISTS engagements_fts_ad",
    "DROP TRIGGER IF EXISTS engagements_fts_au",
    "DROP TRIGGER IF EXISTS articles_fts_ai",
    "DROP TRIGGER IF EXISTS articles_fts_ad",
    "DROP TRIGGER IF EXISTS articles_fts_au",
    "DROP TABLE IF EXISTS engagement_summary_fts",
    "DROP TABLE IF EXISTS article_fts",
]


def _run(statements: list[str]) -> None:
    for sql in statements:
        op.execute(sql)


def _sqlite_triggers() -> None:
    _run(SQLITE_TRIGGERS)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        _run(PG_UP)
    elif dialect == "sqlite":
        _run(SQLITE_TABLES)
        _sqlite_triggers()
        # Index what is already there.
        _run(
            [
                "INSERT INTO engagement_summary_fts(engagement_summary_fts) VALUES ('rebuild')",
                "INSERT INTO article_fts(article_fts) VALUES ('rebuild')",
            ]
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        _run(PG_DOWN)
    elif dialect == "sqlite":
        _run(SQLITE_DOWN)
