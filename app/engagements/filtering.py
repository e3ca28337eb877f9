"""The engagement filter as SQL: WHERE clauses, full-text search per dialect, keyset cursor, counts.

Every filter narrows (AND). Text search matches an engagement when all the words of `q` occur in its
summary or in the title and text of one of its source articles: Postgres uses tsvector expression
indexes (GIN), SQLite the FTS5 tables kept in sync by triggers (see the engagement_search migration).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, exists, func, literal_column, or_, select, text, union
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.core.errors import Invalid
from app.engagements import counting
from app.engagements.models import Engagement, EngagementCountry, EngagementPillar, Participant
from app.engagements.schemas import EngagementFilter
from app.ingest.models import Article, ArticleEngagement

# Counts are exact up to this many matches; above it they are estimated (and labelled so).
EXACT_COUNT_LIMIT = 10_000
# A link value (country, official, pillar) with at most this many rows is "rare": matched with
# id IN (its link rows) rather than EXISTS, which would walk the date index probing every row.
RARE_LINK_ROWS = 2_000
_WORD = re.compile(r"[^\W_]+")
# These expressions must stay identical to the GIN expression indexes of the migration.
_PG_SUMMARY = "to_tsvector('english'::regconfig, engagements.summary)"
_PG_ARTICLE = "to_tsvector('english'::regconfig, coalesce(articles.title, '') || ' ' || articles.text)"


@dataclass(frozen=True)
class Count:
    """How many engagements match: exact, or estimated above EXACT_COUNT_LIMIT."""

    value: int
    exact: bool

    @property
    def label(self) -> str:
        return f"{self.value:,}" if self.exact else f"about {self.value:,}"


def words(q: str | None) -> list[str]:
    """The searchable words of a free-text query (letters and digits; punctuation separates)."""
    return [w.lower() for w in _WORD.findall(q or "")]


def _link_match(
    column: InstrumentedAttribute[int], condition: ColumnElement[bool], session: Session | None
) -> ColumnElement[bool]:
    """EXISTS for common values (the timeline walks dates and stops early); IN for rare ones.

    Postgres flattens a plain IN into the same semi-join as EXISTS (a walk of the date index,
    ~130 ms for a country with 1,111 rows at 1e6): a MATERIALIZED CTE keeps it an id list (~6 ms).
    """
    limit = RARE_LINK_ROWS
    rows = counting.link_rows(session, column, condition, limit) if session is not None else limit + 1
    if rows > limit or session is None:
        return exists().where(column == Engagement.id, condition)
    ids = select(column).where(condition)
    if session.get_bind().dialect.name == "postgresql":
        cte = ids.cte().prefix_with("MATERIALIZED")
        return Engagement.id.in_(select(cte.c[0]))
    return Engagement.id.in_(ids)


def _has_country(iso3: str) -> ColumnElement[bool]:
    return exists().where(
        EngagementCountry.engagement_id == Engagement.id, EngagementCountry.country_iso3 == iso3
    )


def _pair(a: str, b: str) -> ColumnElement[bool]:
    """Two-country engagements match on the indexed pair_key; larger ones through their countries."""
    return or_(
        Engagement.pair_key == f"{a}-{b}",
        and_(Engagement.pair_key.is_(None), _has_country(a), _has_country(b)),
    )


def _text_match(dialect: str, terms: list[str]) -> ColumnElement[bool]:
    """Engagement.id IN (summary matches UNION engagements of matching articles).

    One IN over a UNION, not an OR of two conditions: each side then uses its full-text index
    (GIN / FTS5) and the planner can still walk the timeline in date order for common words.
    """
    if dialect == "postgresql":
        query = func.plainto_tsquery(literal_column("'english'::regconfig"), " ".join(terms))
        in_summary = select(Engagement.id).where(literal_column(_PG_SUMMARY).op("@@")(query)).correlate(None)
        in_articles = (
            select(ArticleEngagement.engagement_id)
            .join(Article, Article.id == ArticleEngagement.article_id)
            .where(literal_column(_PG_ARTICLE).op("@@")(query))
        )
        return Engagement.id.in_(union(in_summary, in_articles))
    match = " ".join(f'"{t}"' for t in terms)
    fts = text(
        "SELECT rowid FROM engagement_summary_fts WHERE engagement_summary_fts MATCH :m "
        "UNION SELECT ae.engagement_id FROM article_engagements ae WHERE ae.article_id IN "
        "(SELECT rowid FROM article_fts WHERE article_fts MATCH :m)"
    )
    return Engagement.id.in_(fts.bindparams(m=match))


def clauses(
    filters: EngagementFilter, dialect: str, session: Session | None = None
) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a filter (ANDed by the caller); with a session, rare link values use IN."""
    out: list[ColumnElement[bool]] = [Engagement.status == filters.status]
    pair = filters.pair()
    if pair:
        out.append(_pair(*pair))
    out.extend(
        _link_match(EngagementCountry.engagement_id, EngagementCountry.country_iso3 == c, session)
        for c in filters.countries()
        if not pair or c not in pair
    )
    if filters.official is not None:
        condition = Participant.official_id == filters.official
        out.append(_link_match(Participant.engagement_id, condition, session))
    if filters.pillar:
        condition = EngagementPillar.pillar_key == filters.pillar
        out.append(_link_match(EngagementPillar.engagement_id, condition, session))
    if filters.type:
        out.append(Engagement.type == filters.type)
    if filters.date_from:
        out.append(Engagement.date >= filters.date_from)
    if filters.date_to:
        out.append(Engagement.date <= filters.date_to)
    terms = words(filters.q)
    if terms:
        out.append(_text_match(dialect, terms))
    return out


def filtered(session: Session, filters: EngagementFilter) -> Select[Engagement]:
    """Matching engagements, newest first (date, then id: a total order for keyset paging)."""
    dialect = session.get_bind().dialect.name
    return (
        select(Engagement)
        .where(*clauses(filters, dialect, session))
        .order_by(Engagement.date.desc(), Engagement.id.desc())
    )


def after(stmt: Select[Engagement], cursor: tuple[dt.date, int] | None) -> Select[Engagement]:
    """Rows strictly older than the cursor position in (date desc, id desc) order."""
    if cursor is None:
        return stmt
    day, eid = cursor
    return stmt.where(or_(Engagement.date < day, and_(Engagement.date == day, Engagement.id < eid)))


def encode_cursor(day: dt.date, engagement_id: int) -> str:
    raw = f"{day.isoformat()}:{engagement_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> tuple[dt.date, int] | None:
    """The (date, id) position of an opaque cursor; a malformed one is a 422, never a 500."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        day, eid = raw.split(":")
        return dt.date.fromisoformat(day), int(eid)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise Invalid("The page cursor is not valid: start again from the first page") from None


def count(session: Session, filters: EngagementFilter, limit: int | None = None) -> Count:
    """Exact count up to `limit` matches (a bounded scan), else a labelled estimate.

    Postgres: the bounded count needs no order, and the estimate is the planner's row estimate.
    SQLite (no usable planner estimate): the newest `limit` matches span some dates; the share of
    rows of that status falling in the same span scales the count up (two index-only counts).
    """
    limit = EXACT_COUNT_LIMIT if limit is None else limit
    n_links = counting.link_count(session, filters, limit)
    if n_links is not None and n_links <= limit:
        return Count(n_links, True)
    if session.get_bind().dialect.name == "postgresql":
        return _count_postgres(session, filters, limit)
    newest = filtered(session, filters).with_only_columns(Engagement.date).limit(limit + 1).subquery()
    n, oldest = session.execute(select(func.count(), func.min(newest.c.date))).one()
    if n <= limit:
        return Count(int(n), True)
    base = [Engagement.status == filters.status]  # and the date window, which is not spread evenly
    if filters.date_from:
        base.append(Engagement.date >= filters.date_from)
    if filters.date_to:
        base.append(Engagement.date <= filters.date_to)
    span = session.scalar(
        select(func.count()).select_from(Engagement).where(*base, Engagement.date >= oldest)
    )
    key = ("total", filters.status, filters.date_from, filters.date_to)
    total = counting.cached(
        session, key, lambda: session.scalar(select(func.count()).select_from(Engagement).where(*base)) or 0
    )
    return Count(max(limit + 1, round(n * total / max(span or 1, 1))), False)


def _count_postgres(session: Session, filters: EngagementFilter, limit: int) -> Count:
    matches = select(Engagement.id).where(*clauses(filters, "postgresql", session))
    n = session.scalar(select(func.count()).select_from(matches.limit(limit + 1).subquery())) or 0
    if n <= limit:
        return Count(int(n), True)
    compiled = matches.compile(session.get_bind())
    plan = session.connection().exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled.string}", compiled.params)
    estimate = int(plan.scalar_one()[0]["Plan"]["Plan Rows"])
    return Count(max(limit + 1, estimate), False)
