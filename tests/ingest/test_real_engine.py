"""The seed article through the real extraction engine (skipped until app/extraction/engine.py exists)."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.engagements.models import Engagement
from app.ingest import service as ingest_service
from app.ingest.models import EvidenceSpan
from tests.builders import make_user, sign_in

REAL_EXTRACTOR = ingest_service.default_extractor  # captured before the autouse stand-in replaces it

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(
        importlib.util.find_spec("app.extraction.engine") is None, reason="extraction engine not written yet"
    ),
]


def test_seed_article_with_the_real_engine(
    session: Session, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_service, "default_extractor", REAL_EXTRACTOR)
    result = ingest_service.ingest(session=session, text=seed_text, user=None, published=dt.date(2025, 7, 2))
    assert sorted(e.type for e in result.engagements) == ["call", "meeting"]
    call = next(e for e in result.engagements if e.type == "call")
    assert (call.date, call.date_precision) == (dt.date(2025, 7, 1), "day")
    assert sorted(c.country_iso3 for c in call.countries) == ["IND", "USA"]
    spans = session.scalars(select(EvidenceSpan).where(EvidenceSpan.engagement_id == call.id)).all()
    quoted = {seed_text[s.start : s.end] for s in spans}
    assert any("Rajnath Singh" in q for q in quoted), quoted
    assert ingest_service.ingest(session=session, text=seed_text, user=None).duplicate


def test_seed_bar_paste_publish_both_paste_again(
    client: TestClient, session: Session, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's bar: two drafts with highlighted evidence, both published onto the timeline, no repeat."""
    monkeypatch.setattr(ingest_service, "default_extractor", REAL_EXTRACTOR)
    token = sign_in(client, make_user(session))
    posted = client.post(
        "/ingest",
        data={"text": seed_text, "published": "2025-07-02", "csrf_token": token},
        follow_redirects=False,
    )
    url = posted.headers["location"]
    page = BeautifulSoup(client.get(url).text, "html.parser")
    cards = page.select("article.draft")
    assert len(cards) == 2
    assert any(m.get_text() == "Rajnath Singh" for m in page.select("#article-text mark"))
    article_id = url.split("/")[2]
    for card in cards:
        action = f"/review/{article_id}/engagements/{card['data-engagement']}/publish"
        assert client.post(action, data={"csrf_token": token}, follow_redirects=False).status_code == 303
    timeline = BeautifulSoup(client.get("/").text, "html.parser")
    for card in cards:
        assert timeline.select_one(f"#engagement-{card['data-engagement']}") is not None
    count = session.scalar(select(func.count()).select_from(Engagement))
    again = client.post("/ingest", data={"text": seed_text, "csrf_token": token}, follow_redirects=False)
    assert again.headers["location"] == f"{url}?duplicate=1"
    assert session.scalar(select(func.count()).select_from(Engagement)) == count
