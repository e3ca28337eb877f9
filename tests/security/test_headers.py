"""Security headers on every kind of response; the session cookie's flags; no inline script anywhere."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bs4 import BeautifulSoup
from fastapi import APIRouter
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy.orm import Session

from app.core.db import get_session
from app.core.settings import get_settings
from app.main import create_app
from app.users.models import User
from tests.builders import csrf_from, make_user, sign_in
from tests.security.routes import reads


def _assert_secure_headers(response: Response, what: str) -> None:
    csp = response.headers.get("content-security-policy", "")
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp, what
    assert directives.get("script-src") == ["'self'"], what
    assert directives.get("style-src") == ["'self'"], what
    assert directives.get("frame-ancestors") == ["'none'"], what
    assert directives.get("default-src") == ["'self'"], what
    assert response.headers.get("x-content-type-options") == "nosniff", what
    assert response.headers.get("referrer-policy") in ("same-origin", "strict-origin-when-cross-origin"), what


def _responses(client: TestClient) -> Iterator[tuple[str, Response]]:
    yield "page", client.get("/")
    yield "login page", client.get("/login")
    yield "API 404", client.get("/api/no-such-thing")
    yield "page 404", client.get("/no-such-page")
    yield "openapi", client.get("/openapi.json")
    yield "static css", client.get("/static/css/app.css")
    yield "static js", client.get("/static/vendor/htmx-2.0.11.min.js")
    yield "403 csrf", client.post("/logout")
    yield "422 validation", client.get("/admin/users/x/role")
    yield "413 body", client.post("/login", content=b"x" * 2_000_000)
    yield "redirect", client.get("/admin/users", follow_redirects=False)
    yield "health", client.get("/healthz")


def test_security_headers_on_pages_api_errors_and_static(client: TestClient) -> None:
    for what, response in _responses(client):
        _assert_secure_headers(response, f"{what} ({response.status_code})")


def test_no_inline_script_on_any_page(session: Session, strict: TestClient, admin: User) -> None:
    """CSP forbids inline script, so pages must not rely on it (JSON data blocks are allowed)."""
    sign_in(strict, admin)
    for endpoint in reads(strict.app):  # type: ignore[arg-type]
        if endpoint.is_api or endpoint.path_params:
            continue
        response = strict.get(endpoint.url())
        assert response.status_code < 500, f"{endpoint} -> {response.status_code}"
        if "text/html" not in response.headers.get("content-type", ""):
            continue
        soup = BeautifulSoup(response.text, "html.parser")
        for script in soup.find_all("script"):
            assert script.get("src") or script.get("type") == "application/json", (endpoint, str(script)[:80])
        assert not soup.select("[onclick], [onload], [onerror], [onsubmit], [style]"), endpoint


def _session_cookie(response: Response) -> str:
    cookies = [c for c in response.headers.get_list("set-cookie") if c.startswith("entente_session=")]
    assert cookies, "no session cookie set"
    return cookies[-1].lower()


def _login(client: TestClient, user: User) -> Response:
    token = csrf_from(client.get("/login").text)
    data = {"name": user.name, "password": "correct horse", "csrf_token": token}
    return client.post("/login", data=data, follow_redirects=False)


def test_session_cookie_is_httponly_lax_with_expiry(client: TestClient, analyst: User) -> None:
    cookie = _session_cookie(_login(client, analyst))
    assert "httponly" in cookie
    assert "samesite=lax" in cookie
    assert f"max-age={get_settings().session_max_age}" in cookie
    assert "secure" not in cookie  # plain http in tests


def test_session_cookie_is_secure_over_https(session: Session, client: TestClient) -> None:
    user = make_user(session, name="tls")
    client.base_url = "https://testserver"  # type: ignore[assignment]
    response = _login(client, user)
    assert "secure" in _session_cookie(response)
    assert response.headers["strict-transport-security"].startswith("max-age=")


@pytest.fixture
def cookie_secure(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("ENTENTE_COOKIE_SECURE", "true")
    get_settings.cache_clear()
    yield
    monkeypatch.undo()
    get_settings.cache_clear()


def test_cookie_secure_setting_forces_secure(cookie_secure: None, session: Session) -> None:
    app = create_app()  # settings are read when the app is built

    def _session() -> Iterator[Session]:
        yield session

    app.dependency_overrides[get_session] = _session
    user = make_user(session, name="forced")
    with TestClient(app, base_url="http://testserver") as client:
        token = csrf_from(client.get("/login").text)
        data = {"name": user.name, "password": "correct horse", "csrf_token": token}
        response = client.post("/login", data=data, follow_redirects=False)
    assert "secure" in _session_cookie(response)


def test_signing_in_replaces_the_session(client: TestClient, analyst: User) -> None:
    """A fresh session (and CSRF token) after sign-in: a planted pre-login session is not reused."""
    before = csrf_from(client.get("/login").text)
    _login(client, analyst)
    after = csrf_from(client.get("/login").text)
    assert before != after


def test_server_errors_carry_the_headers_and_no_details(strict: TestClient) -> None:
    router = APIRouter()

    @router.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    strict.app.include_router(router)  # type: ignore[attr-defined]
    response = strict.get("/api/boom")
    assert response.status_code == 500
    assert "secret internals" not in response.text and response.json()["detail"]
    _assert_secure_headers(response, "500")
