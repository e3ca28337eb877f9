"""A reproducible set of >= 200 varied published engagements (plus drafts and rejected ones) built
through the service, with source articles, and a brute-force Python filter over the same data.

tests/conftest.py loads this module as a plugin, so ds_data, ds_session and ds_client are fixtures everywhere.
The data is built once per module inside a transaction that is rolled back at the end; each test
runs in a savepoint of its own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from app.core.vocab import ENGAGEMENT_TYPES
from app.engagements.schemas import EngagementFilter
from app.ingest.models import Article, ArticleEngagement
from tests.builders import make_engagement

SEED = 6
N_PUBLISHED, N_DRAFT, N_REJECTED = 220, 30, 20
COUNTRIES = ["IND", "USA", "JPN", "AUS", "FRA", "GBR", "IDN", "VNM", "PHL", "KOR"]
PILLARS = [
    "maritime_security",
    "logistics",
    "exercises",
    "technology",
    "counter_terrorism",
    "defence_sales",
    "training_exchanges",
    "interoperability",
]
# Distinct words whose stems do not collide, so Postgres stemming, SQLite porter and the brute force agree.
VOCAB = [
    "submarine",
    "satellite",
    "harbour",
    "artillery",
    "cyber",
    "frigate",
    "helicopter",
    "radar",
    "malabar",
    "quantum",
    "monsoon",
    "glacier",
]
_WORD = re.compile(r"[^\W_]+")


@dataclass
class Row:
    """What the brute-force filter knows of one engagement."""

    id: int
    date: dt.date
    status: str
    type: str
    countries: set[str]
    officials: set[int]
    pillars: set[str]
    docs: list[str] = field(default_factory=list)


def tokens(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def matches(row: Row, f: EngagementFilter) -> bool:
    """The filter's meaning, written plainly."""
    if row.status != f.status:
        return False
    if any(c not in row.countries for c in f.countries()):
        return False
    if f.official is not None and f.official not in row.officials:
        return False
    if f.pillar and f.pillar not in row.pillars:
        return False
    if f.type and row.type != f.type:
        return False
    if f.date_from and row.date < f.date_from:
        return False
    if f.date_to and row.date > f.date_to:
        return False
    words = tokens(f.q or "")
    return not words or any(words <= tokens(doc) for doc in row.docs)


def expected(rows: list[Row], f: EngagementFilter) -> list[int]:
    """Ids of matching rows, newest first (date desc, id desc)."""
    hits = [r for r in rows if matches(r, f)]
    return [r.id for r in sorted(hits, key=lambda r: (r.date, r.id), reverse=True)]


@dataclass
class Dataset:
    rows: list[Row]
    official_ids: list[int]

    def published(self) -> list[Row]:
        return [r for r in self.rows if r.status == "published"]


def _record(rng: random.Random, status: str) -> dict[str, object]:
    countries = rng.sample(COUNTRIES, 3 if rng.random() < 0.2 else 2)
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 4000))
    if rng.random() < 0.1:
        day = dt.date(2022, 2, 22)  # many on one day: the id breaks the tie
    precision = rng.choice(["day"] * 6 + ["month", "year"])
    date = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[precision]
    people = [
        {"name": f"Official {c} {rng.randrange(3)}", "title": "Minister", "country": c}
        for c in countries
        if rng.random() < 0.85
    ]
    return {
        "date": date,
        "date_precision": precision,
        "type": rng.choice(ENGAGEMENT_TYPES),
        "countries": countries,
        "participants": people,
        "pillars": rng.sample(PILLARS, rng.randrange(0, 4)),
        "summary": " ".join(rng.sample(VOCAB, rng.randrange(0, 4))),
        "status": status,
    }


def _article(session: Session, rng: random.Random, n: int) -> tuple[Article, str]:
    title = f"Report {rng.choice(VOCAB)}"
    text = f"Officials met. They discussed {' and '.join(rng.sample(VOCAB, 2))}. Number {n}."
    article = Article(title=title, text=text, content_hash=hashlib.sha256(f"{n}{text}".encode()).hexdigest())
    session.add(article)
    session.flush()
    return article, f"{title} {text}"


def build(session: Session) -> Dataset:
    """The engagements, built through the service, with articles linked to about half of them."""
    rng = random.Random(SEED)
    statuses = ["published"] * N_PUBLISHED + ["draft"] * N_DRAFT + ["rejected"] * N_REJECTED
    rng.shuffle(statuses)
    rows: list[Row] = []
    articles: list[tuple[Article, str]] = []
    for i, status in enumerate(statuses):
        e = make_engagement(session, **_record(rng, status))
        row = Row(
            id=e.id,
            date=e.date,
            status=e.status,
            type=e.type,
            countries={c.country_iso3 for c in e.countries},
            officials={p.official_id for p in e.participants},
            pillars={p.pillar_key for p in e.pillars},
            docs=[e.summary],
        )
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            if articles and rng.random() < 0.2:
                article, doc = rng.choice(articles)  # one article backing several engagements
            else:
                article, doc = _article(session, rng, i)
                articles.append((article, doc))
            if doc not in row.docs[1:]:
                session.add(ArticleEngagement(article_id=article.id, engagement_id=e.id))
                row.docs.append(doc)
        rows.append(row)
    session.flush()
    officials = sorted({o for r in rows for o in r.officials})
    return Dataset(rows=rows, official_ids=officials)


@pytest.fixture(scope="module")
def _ds_connection(engine: Engine) -> Iterator[tuple[Connection, Dataset]]:
    with engine.connect() as conn:
        trans = conn.begin()
        # Default join mode: the session flushes into the outer transaction and leaves it open.
        with Session(bind=conn, expire_on_commit=False) as s:
            data = build(s)
        yield conn, data
        trans.rollback()


@pytest.fixture
def ds_data(_ds_connection: tuple[Connection, Dataset]) -> Dataset:
    return _ds_connection[1]


@pytest.fixture
def ds_session(_ds_connection: tuple[Connection, Dataset]) -> Iterator[Session]:
    """A session over the dataset whose changes are rolled back after the test."""
    conn = _ds_connection[0]
    savepoint = conn.begin_nested()
    with Session(bind=conn, join_transaction_mode="create_savepoint", expire_on_commit=False) as s:
        yield s
    if savepoint.is_active:
        savepoint.rollback()


@pytest.fixture
def ds_client(ds_session: Session) -> Iterator[TestClient]:
    from app.core.db import get_session
    from app.main import create_app

    app = create_app()

    def _session() -> Iterator[Session]:
        yield ds_session
        ds_session.flush()

    app.dependency_overrides[get_session] = _session
    with TestClient(app, base_url="http://testserver") as c:
        yield c
