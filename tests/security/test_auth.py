"""Roles and CSRF over every write route the app has (enumerated, so new routes are covered too)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from fastapi import APIRouter
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.core.auth import Analyst
from app.users.models import User
from tests.builders import api_headers, csrf_from, make_user, sign_in
from tests.security.routes import api_writes, page_writes, reads, role_writes


def _message(response_text: str) -> str:
    soup = BeautifulSoup(response_text, "html.parser")
    alert = soup.select_one("[role=alert]")
    return alert.get_text(" ", strip=True) if alert else ""


def test_there_are_write_routes_to_check(client: TestClient) -> None:
    assert {"/login", "/logout", "/admin/users"} <= {e.path for e in page_writes(client.app)}  # type: ignore[arg-type]


def test_page_post_without_csrf_token_is_403_everywhere(client: TestClient, admin: User) -> None:
    sign_in(client, admin)
    failures = []
    for endpoint in page_writes(client.app):  # type: ignore[arg-type]
        response = client.request(endpoint.method, endpoint.url(), data={"name": "x"}, follow_redirects=False)
        if response.status_code != 403 or "security token" not in _message(response.text):
            failures.append(f"{endpoint} -> {response.status_code}")
    assert not failures, failures


def test_page_post_with_a_wrong_csrf_token_is_403_everywhere(client: TestClient, admin: User) -> None:
    sign_in(client, admin)
    failures = []
    for endpoint in page_writes(client.app):  # type: ignore[arg-type]
        data = {"csrf_token": "forged"}
        response = client.request(endpoint.method, endpoint.url(), data=data, follow_redirects=False)
        hx = client.request(
            endpoint.method, endpoint.url(), headers={"X-CSRF-Token": "forged", "HX-Request": "true"}
        )
        if response.status_code != 403 or hx.status_code != 403:
            failures.append(f"{endpoint} -> {response.status_code}/{hx.status_code}")
    assert not failures, failures


def test_htmx_header_token_is_accepted(session: Session, client: TestClient, admin: User) -> None:
    token = sign_in(client, admin)
    response = client.post(
        f"/admin/users/{admin.id}/revoke-token",
        headers={"X-CSRF-Token": token, "HX-Request": "true"},
    )
    assert response.status_code == 200
    assert response.headers["HX-Redirect"] == "/admin/users"


def test_viewer_writes_are_403_on_pages(client: TestClient, viewer: User) -> None:
    token = sign_in(client, viewer)
    failures = []
    for endpoint in role_writes(client.app):  # type: ignore[arg-type]
        if endpoint.is_api:
            continue
        response = client.request(
            endpoint.method, endpoint.url(), data={"csrf_token": token}, follow_redirects=False
        )
        if response.status_code != 403 or "role" not in _message(response.text):
            failures.append(f"{endpoint} -> {response.status_code}")
    assert not failures, failures


def test_viewer_writes_are_403_on_the_api(session: Session, client: TestClient, viewer: User) -> None:
    headers = api_headers(session, viewer)
    failures = []
    for endpoint in api_writes(client.app):  # type: ignore[arg-type]
        response = client.request(endpoint.method, endpoint.url(), json={}, headers=headers)
        if response.status_code != 403 or "role" not in response.json().get("detail", ""):
            failures.append(f"{endpoint} -> {response.status_code}")
    assert not failures, failures


def test_logged_out_api_writes_are_401(client: TestClient) -> None:
    failures = []
    for endpoint in api_writes(client.app):  # type: ignore[arg-type]
        response = client.request(endpoint.method, endpoint.url(), json={})
        if response.status_code != 401 or "token" not in response.json().get("detail", ""):
            failures.append(f"{endpoint} -> {response.status_code}")
    assert not failures, failures


def test_api_writes_ignore_the_session_cookie(client: TestClient, analyst: User) -> None:
    """A signed-in browser cannot be tricked into API writes: they need the bearer token."""
    sign_in(client, analyst)
    failures = []
    for endpoint in api_writes(client.app):  # type: ignore[arg-type]
        response = client.request(endpoint.method, endpoint.url(), json={})
        if response.status_code != 401:
            failures.append(f"{endpoint} -> {response.status_code}")
    assert not failures, failures


def test_logged_out_page_writes_redirect_to_login(client: TestClient) -> None:
    token = csrf_from(client.get("/login").text)
    failures = []
    for endpoint in role_writes(client.app):  # type: ignore[arg-type]
        if endpoint.is_api:
            continue
        url = endpoint.url()
        response = client.request(endpoint.method, url, data={"csrf_token": token}, follow_redirects=False)
        location = response.headers.get("location", "")
        if response.status_code != 303 or not location.startswith("/login?next="):
            failures.append(f"{endpoint} -> {response.status_code} {location}")
    assert not failures, failures


def test_invalid_bearer_token_is_401(client: TestClient) -> None:
    response = client.get("/", headers={"Authorization": "Bearer not-a-token"})
    assert response.status_code == 401
    assert "not valid" in BeautifulSoup(response.text, "html.parser").get_text()


@pytest.mark.parametrize("role", ["viewer", "analyst"])
def test_admin_pages_are_for_admins_only(session: Session, client: TestClient, role: str) -> None:
    user = make_user(session, name=f"u_{role}", role=role)
    sign_in(client, user)
    for path in ("/admin/users", "/admin/pillars"):
        response = client.get(path)
        assert response.status_code == 403
        assert "admin role" in _message(response.text)


def test_wrong_password_n_times_locks_for_a_while(
    session: Session, client: TestClient, analyst: User
) -> None:
    token = csrf_from(client.get("/login").text)
    statuses = [
        client.post("/login", data={"name": "ana", "password": "wrong", "csrf_token": token}).status_code
        for _ in range(5)
    ]
    assert statuses == [401] * 5
    locked = client.post("/login", data={"name": "ana", "password": "correct horse", "csrf_token": token})
    assert locked.status_code == 429
    assert "locked" in _message(locked.text)
    session.refresh(analyst)
    assert analyst.locked_until is not None


def test_many_failures_from_one_address_block_it(session: Session, client: TestClient, analyst: User) -> None:
    """Guessing across many names from one address is stopped too, not only per account."""
    token = csrf_from(client.get("/login").text)
    for i in range(20):
        client.post("/login", data={"name": f"guess{i}", "password": "x", "csrf_token": token})
    blocked = client.post("/login", data={"name": "ana", "password": "correct horse", "csrf_token": token})
    assert blocked.status_code == 429
    assert "from your address" in _message(blocked.text)
    session.refresh(analyst)
    assert analyst.locked_until is None  # the account itself is not locked by others' guesses


ANALYST_AREAS = ("review", "ingest", "draft", "history", "admin", "audit")


def test_analyst_areas_are_closed_to_viewers(session: Session, client: TestClient, viewer: User) -> None:
    """Pages and API reads for drafts, review, ingest and history need an analyst (found by path)."""
    headers = api_headers(session, viewer)
    checked, failures = [], []
    for endpoint in reads(client.app):  # type: ignore[arg-type]
        if not any(area in endpoint.path for area in ANALYST_AREAS):
            continue
        response = client.get(endpoint.url(), headers=headers, follow_redirects=False)
        checked.append(str(endpoint))
        if response.status_code != 403:
            failures.append(f"{endpoint} -> {response.status_code}")
    assert not failures, failures
    assert "GET /admin/users" in checked


def test_page_writes_added_later_get_csrf_without_asking(client: TestClient, analyst: User) -> None:
    """CSRF is an app-wide dependency, so a page route that forgets `dependencies=[Csrf]` is still safe."""
    router = APIRouter()

    @router.post("/added-later")
    def added_later(user: Analyst) -> dict[str, str]:
        return {"ok": user.name}

    client.app.include_router(router)  # type: ignore[attr-defined]
    token = sign_in(client, analyst)
    assert client.post("/added-later").status_code == 403
    assert client.post("/added-later", data={"csrf_token": token}).json() == {"ok": "ana"}


def test_api_write_needs_an_analyst_token(
    session: Session, client: TestClient, analyst: User, viewer: User
) -> None:
    """The rules above, on an API write of our own (so they hold even before the app has any)."""
    router = APIRouter()

    @router.post("/api/probe")
    def probe(user: Analyst) -> dict[str, str]:
        return {"ok": user.name}

    client.app.include_router(router)  # type: ignore[attr-defined]
    anonymous = client.post("/api/probe", json={})
    assert anonymous.status_code == 401
    assert anonymous.headers["WWW-Authenticate"] == "Bearer"
    assert client.post("/api/probe", json={}, headers=api_headers(session, viewer)).status_code == 403
    assert client.post("/api/probe", json={}, headers=api_headers(session, analyst)).json() == {"ok": "ana"}
    sign_in(client, analyst)
    cookie_only = client.post("/api/probe", json={})
    assert cookie_only.status_code == 401
    assert "Bearer" in cookie_only.json()["detail"]
