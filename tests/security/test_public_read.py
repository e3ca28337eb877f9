"""ENTENTE_PUBLIC_READ: published records are public by default; `false` puts every page behind login."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.core.auth import ALWAYS_OPEN
from app.core.settings import get_settings
from app.users.models import User
from tests.builders import api_headers, make_engagement, sign_in
from tests.security.routes import reads


@pytest.fixture
def private(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("ENTENTE_PUBLIC_READ", "false")
    get_settings.cache_clear()
    yield
    monkeypatch.undo()
    get_settings.cache_clear()


def test_published_records_are_public_by_default(session: Session, client: TestClient) -> None:
    make_engagement(session, summary="Visible to everyone")
    response = client.get("/")
    assert response.status_code == 200
    assert "Visible to everyone" in response.text


@pytest.mark.usefixtures("private")
def test_every_page_redirects_to_login_when_not_public(session: Session, client: TestClient) -> None:
    make_engagement(session, summary="Secret summary")
    checked = []
    for endpoint in reads(client.app):  # type: ignore[arg-type]
        if endpoint.path in ALWAYS_OPEN:
            continue
        url = endpoint.url()
        response = client.get(url, follow_redirects=False)
        assert "Secret summary" not in response.text, endpoint
        if endpoint.is_api:
            assert response.status_code == 401, f"{endpoint} -> {response.status_code}"
        else:
            assert response.status_code == 303, f"{endpoint} -> {response.status_code}"
            assert response.headers["location"].startswith("/login?next="), endpoint
        checked.append(str(endpoint))
    assert "GET /" in checked


@pytest.mark.usefixtures("private")
def test_routes_added_later_are_gated_too(client: TestClient) -> None:
    """The gate is app-wide, so a page that forgets `Reader` is still behind login."""
    router = APIRouter()

    @router.get("/added-later")
    def added_later() -> dict[str, str]:
        return {"secret": "yes"}

    client.app.include_router(router)  # type: ignore[attr-defined]
    response = client.get("/added-later", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/added-later"


@pytest.mark.usefixtures("private")
def test_login_static_and_health_stay_open(client: TestClient) -> None:
    assert "Sign in" in client.get("/login").text
    assert client.get("/static/css/app.css").status_code == 200
    assert client.get("/healthz").json()["status"] == "ok"


@pytest.mark.usefixtures("private")
def test_next_keeps_the_query_string(client: TestClient) -> None:
    response = client.get("/?country=IND&type=call", follow_redirects=False)
    assert response.headers["location"] == "/login?next=/%3Fcountry%3DIND%26type%3Dcall"


@pytest.mark.usefixtures("private")
def test_signed_in_viewer_reads_everything(session: Session, client: TestClient, viewer: User) -> None:
    make_engagement(session, summary="Secret summary")
    sign_in(client, viewer)
    response = client.get("/")
    assert response.status_code == 200
    assert "Secret summary" in response.text


@pytest.mark.usefixtures("private")
def test_api_reads_need_a_token(session: Session, client: TestClient, viewer: User) -> None:
    headers = api_headers(session, viewer)
    for endpoint in reads(client.app):  # type: ignore[arg-type]
        if endpoint.is_api and not endpoint.path_params:
            assert client.get(endpoint.url()).status_code == 401, endpoint
            assert client.get(endpoint.url(), headers=headers).status_code < 500, endpoint
