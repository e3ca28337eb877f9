"""The engagement filter as SQL: WHERE clauses, full-text search per dialect, keyset cursor, counts.

Every filter narrows (AND). Countries, pairs, officials and pillars are facets (facets.py): the
query walks the rarest one in date order and probes the others per row. Text search matches an
engagement when all the words of `q` occur in its summary or in the title and text of one of its
source articles: Postgres uses stored tsvector columns (GIN), SQLite the FTS5 tables kept in sync
by triggers (see the engagement_search migration).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    and_,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    tuple_,
    union,
)
from sqlalchemy.orm import Session, aliased

from app.core.errors import Invalid
from app.engagements import counting, facets
from app.engagements.models import Engagement, EngagementFacet
from app.engagements.schemas import EngagementFilter
from app.ingest.models import Article, ArticleEngagement

# Counts are exact up to this many matches; above it they are estimated (and labelled so).
EXACT_COUNT_LIMIT = 10_000
# Words with at most this many full-text hits are matched as an id list; more, by a per-row test.
RARE_TEXT = 5_000
# Rows of the driving facet sampled to estimate a multi-facet count above EXACT_COUNT_LIMIT.
SAMPLE = 2_000
_WORD = re.compile(r"[^\W_]+")


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


def facet_keys(filters: EngagementFilter) -> list[str]:
    """The facet keys every match must have: a pair, countries, an official, a pillar."""
    pair = filters.pair()
    if pair and pair[0] == pair[1]:
        pair = None
    keys = [facets.pair(*pair)] if pair else []
    keys += [facets.country(c) for c in filters.countries() if not pair or c not in pair]
    if filters.official is not None:
        keys.append(facets.official(filters.official))
    if filters.pillar:
        keys.append(facets.pillar(filters.pillar))
    return keys


def _has_facet(key: str, owner: Any = Engagement.id) -> ColumnElement[bool]:
    """A primary-key probe of engagement_facets (engagement_id, facet) for the current engagement."""
    f = aliased(EngagementFacet)
    return exists().where(f.engagement_id == owner, f.facet == key)


def _text_hits(session: Session, terms: list[str]) -> int:
    """Summaries plus source articles containing every term, counted up to RARE_TEXT + 1 each (cached)."""
    if session.get_bind().dialect.name == "postgresql":
        query = " ".join(terms)
        sql = (
            "SELECT (SELECT count(*) FROM (SELECT 1 FROM engagements WHERE search_vector @@ "
            "plainto_tsquery('english'::regconfig, :q) LIMIT :n) s) + (SELECT count(*) FROM (SELECT 1 "
            "FROM articles WHERE search_vector @@ plainto_tsquery('english'::regconfig, :q) LIMIT :n) a)"
        )
        return counting.cached(
            session,
            ("text_hits", query),
            lambda: int(session.scalar(text(sql), {"q": query, "n": RARE_TEXT + 1}) or 0),
        )
    return _fts_hits(session, terms, RARE_TEXT + 1)


def _fts_hits(session: Session, terms: list[str], bound: int | None) -> int:
    """SQLite: FTS5 summary plus article hits of every term, each side counted up to `bound` (cached)."""
    query = _fts_query(terms)
    limit = " LIMIT :n" if bound is not None else ""
    sql = (
        "SELECT (SELECT count(*) FROM (SELECT 1 FROM engagement_summary_fts WHERE "
        f"engagement_summary_fts MATCH :q{limit})) + (SELECT count(*) FROM (SELECT 1 FROM article_fts "
        f"WHERE article_fts MATCH :q{limit}))"
    )
    params = {"q": query} | ({"n": bound} if bound is not None else {})
    return counting.cached(
        session, ("fts_hits", query, bound), lambda: int(session.scalar(text(sql), params) or 0)
    )


def _fts_query(terms: list[str]) -> str:
    return " ".join(f'"{t}"' for t in terms)


def _text_match(session: Session, terms: list[str]) -> ColumnElement[bool]:
    """Summary or a source article contains every term.

    Rare words (few hits): Engagement.id IN (summary hits UNION engagements of article hits), each side
    served by its full-text index. Common words: a per-row test, so a walk of the timeline in date
    order stops after a page instead of collecting and sorting every hit (80,000 for "submarine" at 1e6).
    """
    dialect = session.get_bind().dialect.name
    rare = _text_hits(session, terms) <= RARE_TEXT
    if dialect == "postgresql":
        query = func.plainto_tsquery(literal_column("'english'::regconfig"), " ".join(terms))
        summary_hit = literal_column("engagements.search_vector").op("@@")(query)
        article_hit = literal_column("articles.search_vector").op("@@")(query)
        if rare:
            in_summary = select(Engagement.id).where(summary_hit).correlate(None)
            in_articles = (
                select(ArticleEngagement.engagement_id)
                .join(Article, Article.id == ArticleEngagement.article_id)
                .where(article_hit)
            )
            return Engagement.id.in_(union(in_summary, in_articles))
        # A count, not EXISTS: Postgres would hash an EXISTS over every matching article (40,000
        # for a common word, 150 ms) instead of probing the few articles of each walked row.
        in_source = (
            select(func.count())
            .select_from(ArticleEngagement)
            .join(Article, Article.id == ArticleEngagement.article_id)
            .where(ArticleEngagement.engagement_id == Engagement.id, article_hit)
            .scalar_subquery()
        )
        return or_(summary_hit, in_source > 0)
    match = _fts_query(terms)
    if rare:
        fts = text(
            "SELECT rowid FROM engagement_summary_fts WHERE engagement_summary_fts MATCH :m "
            "UNION SELECT ae.engagement_id FROM article_engagements ae WHERE ae.article_id IN "
            "(SELECT rowid FROM article_fts WHERE article_fts MATCH :m)"
        )
        return Engagement.id.in_(fts.bindparams(m=match))
    # FTS5 seeks one rowid in the term's doclist for "MATCH ... AND rowid = ?": a cheap probe per row.
    probe = text(
        "(EXISTS (SELECT 1 FROM engagement_summary_fts WHERE engagement_summary_fts MATCH :m "
        "AND rowid = engagements.id) OR EXISTS (SELECT 1 FROM article_engagements ae "
        "JOIN article_fts ON article_fts.rowid = ae.article_id WHERE ae.engagement_id = engagements.id "
        "AND article_fts MATCH :m))"
    )
    return probe.bindparams(m=match)  # type: ignore[return-value]


@dataclass(frozen=True)
class Plan:
    """How a filter is answered: the facet walked in date order (None: the engagements' own index)."""

    drive: str | None
    probes: list[str]


def plan(session: Session | None, filters: EngagementFilter) -> Plan:
    """Walk the facet with the fewest published engagements; test the others per row."""
    keys = facet_keys(filters)
    if not keys:
        return Plan(None, [])
    if session is not None and len(keys) > 1:
        keys = sorted(keys, key=lambda k: counting.facet_total(session, k))
    return Plan(keys[0], keys[1:])


def filtered(
    session: Session, filters: EngagementFilter, cursor: tuple[dt.date, int] | None = None
) -> Select[Engagement]:
    """Matching engagements, newest first (date, then id: a total order), after the cursor position.

    With a facet filter the query walks ix_engagement_facets_walk (facet, status, date, id) in
    order and joins each engagement by primary key, so the first page costs ~50 index steps.
    """
    return _query(session, filters, cursor, ids_only=False)


def _query(
    session: Session, filters: EngagementFilter, cursor: tuple[dt.date, int] | None, *, ids_only: bool
) -> Any:
    """The filter as one SELECT; ids_only: just the ids, from the facet rows alone when nothing
    else needs the engagement row (a count then never touches engagements)."""
    how = plan(session, filters)
    terms = words(filters.q)
    where: list[ColumnElement[bool]] = []
    if how.drive is None:
        day_col: Any = Engagement.date
        id_col: Any = Engagement.id
        kind: Any = Engagement.type
        where.append(Engagement.status == filters.status)
        stmt = select(Engagement.id if ids_only else Engagement)
    else:
        drive = aliased(EngagementFacet, name="drive")
        day_col, id_col, kind = drive.date, drive.engagement_id, drive.type
        where += [drive.facet == how.drive, drive.status == filters.status]
        if ids_only and not terms:
            stmt = select(drive.engagement_id)
        else:
            stmt = select(Engagement.id if ids_only else Engagement).join(
                drive, drive.engagement_id == Engagement.id
            )
    where += [_has_facet(k, id_col) for k in how.probes]
    if filters.type:
        where.append(kind == filters.type)
    if filters.date_from:
        where.append(day_col >= filters.date_from)
    if filters.date_to:
        where.append(day_col <= filters.date_to)
    if terms:
        where.append(_text_match(session, terms))
    if cursor is not None:
        where.append(tuple_(day_col, id_col) < tuple_(literal(cursor[0], Date()), literal(cursor[1])))
    return stmt.where(*where).order_by(day_col.desc(), id_col.desc())


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


def _bounded(session: Session, filters: EngagementFilter, limit: int) -> int:
    """Matches counted by walking the filter's plan, stopping after limit + 1."""
    ids = _query(session, filters, None, ids_only=True).order_by(None).limit(limit + 1)
    return int(session.scalar(select(func.count()).select_from(ids.subquery())) or 0)


def count(session: Session, filters: EngagementFilter, limit: int | None = None) -> Count:
    """Exact count up to `limit` matches, else a labelled estimate.

    - One facet (+ type, dates): exact at any size, from the rollup (counting.facet_count).
    - More facets or words: exact by walking the rarest facet when it has at most `limit` rows;
      above that, its exact count times the share of its newest SAMPLE rows matching the rest.
    - No facet, common words: the count without the words, scaled by the words' share of all
      engagements (a full-text count), labelled "about" when that is over `limit`.
    - Otherwise a walk bounded at limit + 1; above it, the planner's estimate (Postgres) or the
      newest matches' date span (SQLite).
    """
    limit = EXACT_COUNT_LIMIT if limit is None else limit
    how = plan(session, filters)
    terms = words(filters.q)
    if how.drive is not None:
        driver = _facet_count(session, filters, how.drive, limit)
        if not how.probes and not terms:
            return Count(driver, filters.status == "published" or driver <= limit)
        if driver > limit:  # walking would take more than `limit` probes: estimate from a sample
            return Count(round(driver * _share(session, filters, how)), False)
        return Count(_bounded(session, filters, limit), True)
    if terms and _text_hits(session, terms) > RARE_TEXT:
        return _count_common_words(session, filters, terms, limit)
    if session.get_bind().dialect.name != "postgresql":
        return _count_sqlite(session, filters, limit)
    n = _bounded(session, filters, limit)
    return Count(n, True) if n <= limit else _count_postgres(session, filters, limit)


def _facet_count(session: Session, filters: EngagementFilter, key: str, limit: int) -> int:
    return counting.facet_count(
        session,
        key,
        status=filters.status,
        type_=filters.type,
        date_from=filters.date_from,
        date_to=filters.date_to,
        limit=limit,
    )


def _share(session: Session, filters: EngagementFilter, how: Plan) -> float:
    """Share of the driving facet's newest SAMPLE rows (type and dates applied) matching every other
    filter: the other facets and the words."""
    d = aliased(EngagementFacet)
    window = [d.facet == how.drive, d.status == filters.status]
    if filters.date_from:
        window.append(d.date >= filters.date_from)
    if filters.date_to:
        window.append(d.date <= filters.date_to)
    if filters.type:
        window.append(d.type == filters.type)
    sample = (
        select(d.engagement_id).where(*window).order_by(d.date.desc(), d.engagement_id.desc()).limit(SAMPLE)
    ).subquery()
    tests = [_has_facet(k) for k in how.probes]
    terms = words(filters.q)
    if terms:
        tests.append(_text_match(session, terms))
    size, matched = session.execute(
        select(func.count(), func.count().filter(and_(*tests)))
        .select_from(Engagement)
        .join(sample, sample.c.engagement_id == Engagement.id)
    ).one()
    return int(matched) / int(size) if size else 0.0


def _count_common_words(session: Session, filters: EngagementFilter, terms: list[str], limit: int) -> Count:
    """Exact when the filter without the words leaves at most `limit` rows to test; else estimated:
    the planner's estimate on Postgres, on SQLite the count without the words scaled by the words'
    share of all engagements (full-text counts)."""
    base = count(session, filters.model_copy(update={"q": None}), limit)
    if base.exact and base.value <= limit:
        return Count(_bounded(session, filters, limit), True)
    if session.get_bind().dialect.name == "postgresql":
        return _count_postgres(session, filters, 0)
    total = _status_total(session, "published", None, None)
    hits = _fts_hits(session, terms, None)
    return Count(round(base.value * min(1.0, hits / max(total, 1))), False)


def _status_total(session: Session, status: str, date_from: dt.date | None, date_to: dt.date | None) -> int:
    """Engagements of a status (in a date window), an index-only count, cached until a write."""
    where = [Engagement.status == status]
    if date_from:
        where.append(Engagement.date >= date_from)
    if date_to:
        where.append(Engagement.date <= date_to)
    stmt = select(func.count()).select_from(Engagement).where(*where)
    return counting.cached(
        session, ("total", status, date_from, date_to), lambda: int(session.scalar(stmt) or 0)
    )


def _count_sqlite(session: Session, filters: EngagementFilter, limit: int) -> Count:
    """The newest `limit` matches span some dates; the share of rows of that status falling in the
    same span scales the count up (two index-only counts)."""
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
    total = _status_total(session, filters.status, filters.date_from, filters.date_to)
    return Count(max(limit + 1, round(n * total / max(span or 1, 1))), False)


def _count_postgres(session: Session, filters: EngagementFilter, limit: int) -> Count:
    matches = filtered(session, filters).with_only_columns(Engagement.id).order_by(None)
    compiled = matches.compile(session.get_bind())
    plan_json = session.connection().exec_driver_sql(
        f"EXPLAIN (FORMAT JSON) {compiled.string}", compiled.params
    )
    estimate = int(plan_json.scalar_one()[0]["Plan"]["Plan Rows"])
    return Count(max(limit + 1, estimate), False)
