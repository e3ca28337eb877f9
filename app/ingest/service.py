"""Article -> draft engagements: limits, duplicates, extraction and storage in one savepoint."""

from __future__ import annotations

import datetime as dt
import importlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from app.audit import service as audit_service
from app.audit.models import AuditEntry
from app.core.errors import Conflict, DomainError, Invalid, NotFound, TooLarge
from app.core.settings import get_settings
from app.countries import service as country_service
from app.countries.models import Country
from app.engagements.models import Engagement
from app.engagements.service import with_details
from app.extraction.knowledge import REFERENCE_DIR, Knowledge, load_offices
from app.ingest import drafts as draft_store
from app.ingest.hashing import content_hash
from app.ingest.models import Article, ArticleEngagement, EvidenceSpan
from app.officials import service as official_service
from app.pillars import service as pillar_service
from app.pillars.models import Pillar
from app.users.models import User

WARNINGS_FIELD = "extraction_warnings"  # audit field holding what the extractor was unsure of
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
HTML_OVERHEAD = 5  # an HTML page may be this many times the text limit: markup is dropped


class Draft(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


Extractor = Callable[..., Sequence[Draft]]


@dataclass
class IngestResult:
    article: Article
    engagements: list[Engagement]
    duplicate: bool
    warnings: list[str] = field(default_factory=list)


def max_bytes() -> int:
    return get_settings().max_article_bytes


def check_text(text: str) -> str:
    """The text if it can be ingested: not blank (422), not over the size limit (413), no NUL (422)."""
    if not text or not text.strip():
        raise Invalid("The article text is empty: paste the article or upload a file")
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > max_bytes():
        raise TooLarge(f"The article is {size:,} bytes; the limit is {max_bytes():,} bytes of text")
    if "\0" in text:
        raise Invalid("The article text contains NUL characters; it is not plain text")
    return text


def decode_upload(*, filename: str, data: bytes) -> str:
    """A .txt or .html upload as article text; HTML is reduced to the article with trafilatura."""
    html = _is_html(filename, data)
    if len(data) > (max_bytes() * HTML_OVERHEAD if html else max_bytes()):
        raise TooLarge(f"The file is {len(data):,} bytes; the limit is {max_bytes():,} bytes of text")
    if b"\0" in data:
        raise Invalid(f"{filename or 'The upload'} is not text (it holds binary data)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Invalid(
            f"{filename or 'The upload'} is not UTF-8 text (bad byte at offset {exc.start})"
        ) from None
    if html:
        text = _html_to_text(text, filename)
    return check_text(text)


def _is_html(filename: str, data: bytes) -> bool:
    head = data[:512].lstrip().lower()
    return filename.lower().endswith(HTML_SUFFIXES) or head.startswith((b"<!doctype html", b"<html"))


def _html_to_text(html: str, filename: str) -> str:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise Invalid(f"No article text could be found in {filename or 'the HTML'}")
    return str(text)


def knowledge(*, session: Session) -> Knowledge:
    """What the extractor consults, as of now, from the database."""
    offices_file = REFERENCE_DIR / "offices.yaml"
    return Knowledge(
        countries=country_service.snapshot(session=session),
        pillars=pillar_service.snapshot(session=session),
        officials=official_service.snapshot(session=session),
        offices=load_offices(offices_file) if offices_file.exists() else (),
    )


class ExtractorUnavailable(DomainError):
    status_code = 503
    title = "Extraction unavailable"


def default_extractor() -> Extractor:
    """The extraction engine's extract(), imported late: it is heavy and only needed to ingest."""
    try:
        engine = importlib.import_module("app.extraction.engine")
    except ModuleNotFoundError as exc:
        if exc.name != "app.extraction.engine":
            raise
        raise ExtractorUnavailable("The extraction engine is not installed; nothing was stored") from None
    return cast(Extractor, engine.extract)


def _vocabulary(session: Session) -> draft_store.Vocabulary:
    return draft_store.Vocabulary(
        countries=frozenset(session.scalars(select(Country.iso3))),
        pillars=frozenset(session.scalars(select(Pillar.key))),
    )


def find_duplicate(*, session: Session, text: str) -> Article | None:
    return session.scalars(select(Article).where(Article.content_hash == content_hash(text))).first()


def ingest(
    *,
    session: Session,
    text: str,
    user: User | None,
    url: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    extractor: Extractor | None = None,
    known: Knowledge | None = None,
) -> IngestResult:
    """Store the article and its drafts, or return the stored copy of the same text (duplicate)."""
    check_text(text)
    existing = find_duplicate(session=session, text=text)
    if existing is not None:
        return IngestResult(existing, list(drafts_of(session=session, article_id=existing.id)), True)
    extract = extractor or default_extractor()
    records = [
        d.to_dict() for d in extract(text, published=published, knowledge=known or knowledge(session=session))
    ]
    try:
        with session.begin_nested():
            return _store(session, text, user, url, title, published, records)
    except IntegrityError:
        existing = find_duplicate(session=session, text=text)  # a concurrent paste of the same text won
        if existing is None:
            raise
        return IngestResult(existing, list(drafts_of(session=session, article_id=existing.id)), True)
    except OperationalError as exc:
        if "locked" not in str(exc.orig).lower():  # SQLite: another writer holds the database
            raise
        raise Conflict("The database is busy with another save; nothing was stored: try again") from None


def _store(
    session: Session,
    text: str,
    user: User | None,
    url: str | None,
    title: str | None,
    published: dt.date | None,
    records: list[dict[str, Any]],
) -> IngestResult:
    article = Article(
        text=text,
        url=(url or "").strip()[:2000] or None,
        title=(title or "").strip()[:500] or None,
        published=published,
        content_hash=content_hash(text),
        submitted_by=user,
    )
    article.links = []
    session.add(article)
    session.flush()
    vocab = _vocabulary(session)
    fallback = published or dt.date.today()
    result = IngestResult(article, [], False)
    for i, record in enumerate(records, 1):
        stored = draft_store.store(
            session=session, article=article, draft=record, vocab=vocab, fallback=fallback
        )
        result.engagements.append(stored.engagement)
        result.warnings.extend(f"draft {i}: {w}" for w in stored.warnings)
        audit_service.record(
            session=session,
            user=user,
            entity="engagement",
            entity_id=stored.engagement.id,
            changes={"source_article": (None, article.id), WARNINGS_FIELD: (None, stored.warnings or None)},
            action="ingest",
        )
    return result


def drafts_of(*, session: Session, article_id: int, status: str | None = None) -> Sequence[Engagement]:
    """The engagements an article backs (optionally only those in `status`), details loaded, by id."""
    stmt = select(Engagement).join(ArticleEngagement).where(ArticleEngagement.article_id == article_id)
    if status is not None:
        stmt = stmt.where(Engagement.status == status)
    return session.scalars(with_details(stmt.order_by(Engagement.id))).all()


def get_article(*, session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"No article with id {article_id}")
    return article


@dataclass(frozen=True)
class QueueItem:
    article: Article
    drafts: int


def queue(*, session: Session, limit: int = 200) -> list[QueueItem]:
    """Articles with drafts waiting for review, oldest submission first, with their draft counts."""
    waiting = func.count(Engagement.id)
    stmt = (
        select(Article, waiting)
        .join(ArticleEngagement, ArticleEngagement.article_id == Article.id)
        .join(Engagement, Engagement.id == ArticleEngagement.engagement_id)
        .where(Engagement.status == "draft")
        .group_by(Article.id)
        .order_by(Article.submitted_at, Article.id)
        .limit(limit)
    )
    return [QueueItem(article, int(n)) for article, n in session.execute(stmt)]


def evidence(*, session: Session, article_id: int) -> dict[int, dict[str, list[tuple[int, int]]]]:
    """{engagement id: {field: [(start, end), ...]}} for the spans an article holds."""
    out: dict[int, dict[str, list[tuple[int, int]]]] = {}
    rows = session.scalars(
        select(EvidenceSpan).where(EvidenceSpan.article_id == article_id).order_by(EvidenceSpan.start)
    )
    for s in rows:
        out.setdefault(s.engagement_id, {}).setdefault(s.field, []).append((s.start, s.end))
    return out


def warnings_of(*, session: Session, engagement_ids: Sequence[int]) -> dict[int, list[str]]:
    """What the extractor was unsure of for each draft, as recorded in the audit log at ingest."""
    if not engagement_ids:
        return {}
    rows = session.execute(
        select(AuditEntry.entity_id, AuditEntry.new_value).where(
            AuditEntry.entity == "engagement",
            AuditEntry.entity_id.in_([str(i) for i in engagement_ids]),
            AuditEntry.action == "ingest",
            AuditEntry.field == WARNINGS_FIELD,
        )
    )
    out: dict[int, list[str]] = {}
    for entity_id, value in rows:
        try:
            items = json.loads(value or "[]")
        except ValueError:
            items = [value]
        out[int(entity_id)] = [str(w) for w in items] if isinstance(items, list) else [str(items)]
    return out
