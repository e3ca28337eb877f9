"""Ingest and review pages through HTTP: highlighted evidence, escaping, edits, conflicts, publishing."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.audit import service as audit_service
from app.ingest import service as ingest_service
from tests.builders import make_user, sign_in
from tests.ingest import fakes


def _signed_in(client: TestClient, session: Session) -> str:
    return sign_in(client, make_user(session))


def _paste(client: TestClient, token: str, text: str, **extra: str) -> str:
    """Submit the ingest form; returns the review page URL it redirects to."""
    response = client.post(
        "/ingest",
        data={"text": text, "csrf_token": token, **extra},
        files={"file": ("", b"")},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return response.headers["location"]


def _soup(client: TestClient, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return BeautifulSoup(response.text, "html.parser")


def test_review_page_highlights_evidence(client: TestClient, session: Session, seed_text: str) -> None:
    url = _paste(client, _signed_in(client, session), seed_text, published="2025-07-02")
    page = _soup(client, url)
    marks = page.select("#article-text mark")
    singh = next(m for m in marks if m.get_text() == "Rajnath Singh")
    assert re.search(r"\d+:participants\.0\.name", singh["data-ev"])
    assert page.select_one("#article-text").get_text() == seed_text  # nothing lost or added
    cards = page.select("article.draft")
    assert len(cards) == 2
    names = [i["value"] for i in cards[0].select('input[name="p_name"]') if i["value"]]
    assert names == ["Rajnath Singh", "Pete Hegseth"]
    assert page.select_one("#shortcuts") and "publish" in page.select_one("#shortcuts").get_text()


def test_script_in_article_is_escaped(client: TestClient, session: Session) -> None:
    text = 'Rajnath Singh spoke. <script>alert("x")</script> <img src=x onerror=alert(1)>'
    url = _paste(client, _signed_in(client, session), text)
    html = client.get(url).text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert" in html


def test_queue_lists_articles_with_waiting_drafts(
    client: TestClient, session: Session, seed_text: str
) -> None:
    url = _paste(client, _signed_in(client, session), seed_text, title="Seed article")
    rows = _soup(client, "/review").select("table.queue tbody tr")
    row = next(r for r in rows if "Seed article" in r.get_text())
    assert row.select_one("a")["href"] == url and row.select("td")[-1].get_text() == "2"


def test_duplicate_paste_opens_the_stored_copy(client: TestClient, session: Session, seed_text: str) -> None:
    token = _signed_in(client, session)
    first = _paste(client, token, seed_text)
    again = _paste(client, token, seed_text)
    assert again.startswith(first) and "duplicate=1" in again
    assert "already ingested" in _soup(client, again).get_text()


def test_upload_errors(client: TestClient, session: Session) -> None:
    token = _signed_in(client, session)
    bad = client.post(
        "/ingest", data={"csrf_token": token}, files={"file": ("a.txt", "é".encode("latin-1") * 10)}
    )
    assert bad.status_code == 422 and "UTF-8" in bad.text
    empty = client.post("/ingest", data={"csrf_token": token, "text": "   "}, files={"file": ("", b"")})
    assert empty.status_code == 422 and "empty" in empty.text
    big_text = "Rajnath Singh " * 20_000
    big = client.post(
        "/ingest", data={"csrf_token": token, "text": big_text, "title": "Kept"}, files={"file": ("", b"")}
    )
    form = BeautifulSoup(big.text, "html.parser")
    assert big.status_code == 413 and "limit" in form.select_one(".error").get_text()
    assert form.select_one("#text").get_text() == big_text  # the pasted text is not lost
    assert form.select_one('input[name="title"]')["value"] == "Kept"
    html = (
        b"<html><body><article><p>"
        + b"Rajnath Singh spoke with Pete Hegseth on the phone. " * 5
        + b"</p></article>"
    )
    ok = client.post(
        "/ingest", data={"csrf_token": token}, files={"file": ("story.html", html)}, follow_redirects=False
    )
    assert ok.status_code == 303


def _card_form(page: BeautifulSoup, index: int = 0) -> tuple[str, dict[str, object]]:
    form = page.select("article.draft form.edit")[index]
    data: dict[str, object] = {}
    for field in form.select("input, select, textarea"):
        name = field.get("name")
        if not name or (field.get("type") == "checkbox" and not field.has_attr("checked")):
            continue
        if field.name == "select":
            chosen = field.select_one("option[selected]") or field.select_one("option")
            value = chosen["value"]
        elif field.name == "textarea":
            value = field.get_text()
        else:
            value = field.get("value", "")
        data.setdefault(name, []).append(value)  # type: ignore[union-attr]
    return str(form["action"]), data


def test_edit_in_place_then_publish_puts_it_on_the_timeline(
    client: TestClient, session: Session, seed_text: str
) -> None:
    token = _signed_in(client, session)
    url = _paste(client, token, seed_text, published="2025-07-02")
    action, data = _card_form(_soup(client, url))
    data["summary"] = ["Singh and Hegseth spoke by phone"]
    saved = client.post(action, data=data, headers={"HX-Request": "true"})
    assert saved.status_code == 200
    card = BeautifulSoup(saved.text, "html.parser")
    assert card.select_one("article.draft textarea").get_text() == "Singh and Hegseth spoke by phone"
    eid = int(action.rsplit("/", 1)[1])
    history = audit_service.history(session=session, entity="engagement", entity_id=eid)
    edits = [(h.field, h.new_value) for h in history if h.action == "update"]
    assert edits == [("summary", "Singh and Hegseth spoke by phone")]
    assert "source_article" in {h.field for h in history if h.action == "ingest"}  # creation is audited too
    published = client.post(f"{action}/publish", data={"csrf_token": token}, headers={"HX-Request": "true"})
    assert "published" in BeautifulSoup(published.text, "html.parser").select_one(".status").get_text()
    timeline = _soup(client, "/")
    row = timeline.select_one(f"#engagement-{eid}")
    assert row is not None and "Rajnath Singh" in row.get_text()
    assert "Singh and Hegseth spoke by phone" in row.get_text()


def test_second_save_with_the_same_version_gets_409_and_keeps_input(
    client: TestClient, session: Session, seed_text: str
) -> None:
    url = _paste(client, _signed_in(client, session), seed_text)
    action, data = _card_form(_soup(client, url))
    first = client.post(action, data={**data, "summary": ["Mine first"]}, headers={"HX-Request": "true"})
    assert first.status_code == 200
    second = client.post(action, data={**data, "summary": ["Theirs later"]}, headers={"HX-Request": "true"})
    assert second.status_code == 409
    card = BeautifulSoup(second.text, "html.parser")
    assert "Mine first" in card.select_one(".conflict").get_text()  # the other analyst's change is shown
    assert card.select_one("textarea").get_text() == "Theirs later"  # and this analyst's input is kept
    assert card.select_one('input[name="version"]')["value"] == "2"
    eid = int(action.rsplit("/", 1)[1])
    history = audit_service.history(session=session, entity="engagement", entity_id=eid)
    assert [h.new_value for h in history if h.action == "update"] == ["Mine first"]


def test_bad_field_is_422_with_input_kept(client: TestClient, session: Session, seed_text: str) -> None:
    url = _paste(client, _signed_in(client, session), seed_text)
    action, data = _card_form(_soup(client, url))
    bad = client.post(
        action, data={**data, "countries": ["IND QQQ"], "summary": ["kept"]}, headers={"HX-Request": "true"}
    )
    assert bad.status_code == 422
    card = BeautifulSoup(bad.text, "html.parser")
    assert "QQQ" in card.select_one(".error").get_text() and card.select_one("textarea").get_text() == "kept"


def test_review_pages_need_an_analyst(client: TestClient, session: Session) -> None:
    assert client.get("/review", follow_redirects=False).status_code == 303
    viewer = make_user(session, name="vic", role="viewer")
    sign_in(client, viewer)
    assert client.get("/ingest").status_code == 403


def test_add_split_merge_and_history(client: TestClient, session: Session, seed_text: str) -> None:
    token = _signed_in(client, session)
    url = _paste(client, token, seed_text)
    article_id = int(url.split("/")[2].split("?")[0])
    added = client.post(f"/review/{article_id}/add", data={"csrf_token": token}, follow_redirects=False)
    assert added.status_code == 303
    assert len(_soup(client, url).select("article.draft")) == 3
    first = _soup(client, url).select("article.draft")[0]["data-engagement"]
    split = client.post(f"/review/{article_id}/engagements/{first}/split", data={"csrf_token": token})
    assert split.status_code == 200 and len(_soup(client, url).select("article.draft")) == 4
    ids = [c["data-engagement"] for c in _soup(client, url).select("article.draft")]
    merged = client.post(
        f"/review/{article_id}/merge", data={"csrf_token": token, "keep": ids[0], "drop": ids[-1]}
    )
    assert merged.status_code == 200 and len(_soup(client, url).select("article.draft")) == 3
    history = _soup(client, f"/engagements/{ids[0]}").select_one("table.history")
    assert history is not None and "merge" in history.get_text()


def test_attach_as_another_source(client: TestClient, session: Session, seed_text: str) -> None:
    from tests.builders import make_engagement

    published = make_engagement(session)  # the same call, already on the timeline
    token = _signed_in(client, session)
    url = _paste(client, token, seed_text)
    card = _soup(client, url).select("article.draft")[0]
    attach = card.select_one(".matches form")
    assert attach is not None and f"#{published.id}" in attach.get_text()
    done = client.post(attach["action"], data={"csrf_token": token, "target_id": str(published.id)})
    assert done.status_code == 200
    detail = _soup(client, f"/engagements/{published.id}")
    assert "Sources (1)" in detail.get_text()


def test_extractor_warnings_show_on_the_card(
    client: TestClient, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unsure(text: str, published: object = None, knowledge: object = None) -> list[fakes.FakeDraft]:
        record = fakes.extract("Rajnath Singh", None)[0].record
        return [
            fakes.FakeDraft(
                {**record, "countries": ["IND", "XYZ"], "warnings": ["date guessed from Tuesday"]}
            )
        ]

    monkeypatch.setattr(ingest_service, "default_extractor", lambda: unsure)
    url = _paste(client, _signed_in(client, session), "An article the extractor is unsure about")
    items = [li.get_text() for li in _soup(client, url).select("article.draft ul.warnings li")]
    assert "date guessed from Tuesday" in items
    assert any("XYZ" in i for i in items) and any("fewer than two countries" in i for i in items)
