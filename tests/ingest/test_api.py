"""POST /api/articles and the engagement API: 201, duplicate 200, limits, 409 on stale versions."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.audit.models import AuditEntry
from app.ingest.models import Article
from tests.builders import api_headers, make_user


def _post(client: TestClient, headers: dict[str, str], **body: object):  # type: ignore[no-untyped-def]
    return client.post("/api/articles", json=body, headers=headers)


def test_ingest_201_then_duplicate_200(client: TestClient, session: Session, seed_text: str) -> None:
    headers = api_headers(session, make_user(session))
    first = _post(client, headers, text=seed_text, published="2025-07-02", title="Seed")
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["duplicate"] is False and body["title"] == "Seed"
    assert [d["type"] for d in body["engagements"]] == ["call", "meeting"]
    call = body["engagements"][0]
    assert call["status"] == "draft" and call["countries"] == ["IND", "USA"]
    start, end = call["evidence"]["participants.0.name"][0]
    assert seed_text[start:end] == "Rajnath Singh"
    count = session.scalar(select(func.count()).select_from(Article))
    again = _post(client, headers, text=seed_text)
    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert again.json()["id"] == body["id"]
    assert session.scalar(select(func.count()).select_from(Article)) == count


def test_limits_and_bad_input(client: TestClient, session: Session) -> None:
    headers = api_headers(session, make_user(session))
    big = _post(client, headers, text="word " * 50_000)
    assert big.status_code == 413 and "limit" in big.json()["detail"]
    empty = _post(client, headers, text="  \n ")
    assert empty.status_code == 422 and "empty" in empty.json()["detail"]
    assert _post(client, headers, text="ok", published="2025-13-45").status_code == 422


def test_ingest_needs_an_analyst_token(client: TestClient, session: Session) -> None:
    assert _post(client, {}, text="Anything").status_code == 401
    viewer = make_user(session, name="vic", role="viewer")
    assert _post(client, api_headers(session, viewer), text="Anything").status_code == 403


def test_patch_publish_and_stale_version(client: TestClient, session: Session, seed_text: str) -> None:
    headers = api_headers(session, make_user(session))
    eid = _post(client, headers, text=seed_text, published="2025-07-02").json()["engagements"][0]["id"]
    got = client.get(f"/api/engagements/{eid}", headers=headers).json()
    assert got["version"] == 1 and got["source_article_ids"]
    ok = client.patch(f"/api/engagements/{eid}", json={"version": 1, "summary": "First"}, headers=headers)
    assert ok.status_code == 200 and ok.json()["version"] == 2
    stale = client.patch(f"/api/engagements/{eid}", json={"version": 1, "summary": "Second"}, headers=headers)
    assert stale.status_code == 409
    assert stale.json()["current"]["summary"] == "First" and "version" in stale.json()["detail"]
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.entity_id == str(eid), AuditEntry.field == "summary")
    )
    assert [e.new_value for e in entries] == ["First"]
    published = client.post(f"/api/engagements/{eid}/publish", json={"version": 2}, headers=headers)
    assert published.status_code == 200 and published.json()["status"] == "published"
    assert client.get(f"/api/engagements/{eid}").json()["status"] == "published"  # public now


def test_drafts_are_hidden_from_the_public_and_publish_needs_two_countries(
    client: TestClient, session: Session, seed_text: str
) -> None:
    headers = api_headers(session, make_user(session))
    eid = _post(client, headers, text=seed_text).json()["engagements"][1]["id"]
    assert client.get(f"/api/engagements/{eid}").status_code == 404
    client.patch(f"/api/engagements/{eid}", json={"version": 1, "countries": ["IND"]}, headers=headers)
    refused = client.post(f"/api/engagements/{eid}/publish", headers=headers)
    assert refused.status_code == 422 and "two countries" in refused.json()["detail"]
    rejected = client.post(f"/api/engagements/{eid}/reject", headers=headers)
    assert rejected.json()["status"] == "rejected"


def test_openapi_lists_the_endpoints(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "post" in paths["/api/articles"]
    item = paths["/api/engagements/{engagement_id}"]
    assert {"get", "patch"} <= set(item)
    assert "post" in paths["/api/engagements/{engagement_id}/publish"]
    assert "post" in paths["/api/engagements/{engagement_id}/reject"]
    assert "409" in item["patch"]["responses"]
