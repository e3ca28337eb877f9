"""The engagement page: every field, sources with evidence sentences, history for analysts only."""

from __future__ import annotations

import hashlib

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.audit import service as audit_service
from app.engagements.sources import evidence
from app.ingest.models import Article, ArticleEngagement, EvidenceSpan
from tests.builders import make_engagement, make_user, sign_in

TEXT = (
    "NEW DELHI, July 2 (Wire) - India and the US held talks. "
    "Defence Minister Rajnath Singh spoke with Pete Hegseth on July 1. They discussed logistics.\n"
    "Other news followed."
)


def _with_source(session: Session) -> int:
    e = make_engagement(
        session, location={"city": "Washington", "country": "USA", "venue": "Pentagon"}, pillars=["logistics"]
    )
    article = Article(
        text=TEXT,
        title="Singh calls Hegseth",
        url="https://example.org/a",
        publisher="Wire",
        content_hash=hashlib.sha256(TEXT.encode()).hexdigest(),
    )
    session.add(article)
    session.flush()
    session.add(ArticleEngagement(article_id=article.id, engagement_id=e.id))
    session.flush()
    start = TEXT.index("Rajnath Singh")
    day = TEXT.index("July 1")
    session.add_all(
        [
            EvidenceSpan(
                article_id=article.id, engagement_id=e.id, field="participants", start=start, end=start + 13
            ),
            EvidenceSpan(article_id=article.id, engagement_id=e.id, field="date", start=day, end=day + 6),
            EvidenceSpan(
                article_id=article.id,
                engagement_id=e.id,
                field="pillars",
                start=TEXT.index("logistics"),
                end=TEXT.index("logistics") + 9,
            ),
        ]
    )
    session.flush()
    return e.id


def test_detail_shows_every_field_and_evidence_sentences(client: TestClient, session: Session) -> None:
    eid = _with_source(session)
    soup = BeautifulSoup(client.get(f"/engagements/{eid}").text, "html.parser")
    fields = soup.select_one("dl.fields").get_text(" ", strip=True)
    for text in [
        "1 Jul 2025",
        "Call",
        "India",
        "United States",
        "Rajnath Singh",
        "Defence Minister",
        "Pentagon",
        "Washington",
        "Logistics",
        "A test engagement",
    ]:
        assert text in fields
    source = soup.select_one("article.source")
    assert source.select_one("h3 a")["href"] == "https://example.org/a"
    quotes = [q.get_text() for q in source.select("ul.evidence q")]
    assert quotes == [
        "Defence Minister Rajnath Singh spoke with Pete Hegseth on July 1.",
        "They discussed logistics.",
    ]
    assert [m.get_text() for m in source.select("mark")] == ["Rajnath Singh", "July 1", "logistics"]
    assert "date, participants" in source.get_text()
    assert soup.select_one("#history") is None  # not for the public


def test_history_is_shown_to_analysts(client: TestClient, session: Session) -> None:
    eid = _with_source(session)
    analyst = make_user(session, name="ana", role="analyst")
    audit_service.record(
        session=session,
        user=analyst,
        entity="engagement",
        entity_id=eid,
        changes={"type": ("meeting", "call")},
    )
    sign_in(client, analyst)
    soup = BeautifulSoup(client.get(f"/engagements/{eid}").text, "html.parser")
    row = soup.select_one("table.history tbody tr").get_text(" ", strip=True)
    assert "ana" in row and "meeting" in row and "call" in row


def test_unknown_engagement_is_404(client: TestClient) -> None:
    response = client.get("/engagements/987654")
    assert response.status_code == 404
    assert "987654" in BeautifulSoup(response.text, "html.parser").get_text()
    assert client.get("/engagements/abc").status_code == 422


def test_evidence_groups_spans_by_sentence_and_survives_bad_offsets() -> None:
    spans = [
        EvidenceSpan(field="a", start=0, end=5),
        EvidenceSpan(field="b", start=3, end=9),  # overlaps the first
        EvidenceSpan(field="c", start=500, end=510),  # beyond the text: ignored
    ]
    out = evidence("Hello world. Next one.", spans)
    assert len(out) == 1
    assert out[0].segments == [("Hello wor", True), ("ld.", False)]
    assert out[0].fields == ["a", "b"]
