from __future__ import annotations

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.demo import loader
from app.engagements.models import Engagement
from app.ingest.models import Article


def test_demo_loads_once(session: Session) -> None:
    first = loader.load(session=session)
    assert first.articles >= 5 and first.engagements >= first.articles
    second = loader.load(session=session)
    assert (second.articles, second.engagements, second.countries, second.pillars, second.officials) == (
        0,
        0,
        0,
        0,
        0,
    )
    assert session.scalar(select(func.count()).select_from(Article)) == first.articles
    assert session.scalar(select(func.count()).select_from(Engagement)) == first.engagements


def test_home_lists_demo_engagements_newest_first(session: Session, client: TestClient) -> None:
    loader.load(session=session)
    page = client.get("/")
    assert page.status_code == 200
    soup = BeautifulSoup(page.text, "html.parser")
    rows = soup.select("li.engagement")
    assert len(rows) == session.scalar(select(func.count()).select_from(Engagement))
    dates = [r.select_one("time")["datetime"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    assert "Lloyd Austin" in page.text and "Rajnath Singh" in page.text
    assert soup.find("h2", string="August 2024") is not None  # grouped by month, newest first
