from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.core import health
from app.core.db import make_engine


def test_healthz_reports_database_ok(
    client: TestClient, engine: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(health, "get_engine", lambda: engine)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_is_503_when_database_unreachable(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    dead = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1")
    monkeypatch.setattr(health, "get_engine", lambda: dead)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_security_headers_on_every_response(client: TestClient) -> None:
    response = client.get("/")
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"]
