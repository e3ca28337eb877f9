from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.users import service as user_service
from app.users.views import _safe_next
from tests.builders import csrf_from, make_user, sign_in


def test_sign_in_shows_user_and_sign_out_forgets(session: Session, client: TestClient) -> None:
    user = make_user(session)
    token = sign_in(client, user)
    assert "ana" in client.get("/").text
    out = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert out.status_code == 303
    assert "Sign in" in client.get("/").text


def test_wrong_password_is_refused_with_message(session: Session, client: TestClient) -> None:
    make_user(session)
    token = csrf_from(client.get("/login").text)
    response = client.post("/login", data={"name": "ana", "password": "nope", "csrf_token": token})
    assert response.status_code == 401
    assert "Wrong name or password" in response.text


def test_login_post_without_csrf_token_is_403(session: Session, client: TestClient) -> None:
    make_user(session)
    client.get("/login")
    response = client.post("/login", data={"name": "ana", "password": "correct horse"})
    assert response.status_code == 403


def test_repeated_failures_lock_the_account(session: Session, client: TestClient) -> None:
    user = make_user(session)
    token = csrf_from(client.get("/login").text)
    for _ in range(5):
        client.post("/login", data={"name": "ana", "password": "bad", "csrf_token": token})
    locked = client.post("/login", data={"name": "ana", "password": "correct horse", "csrf_token": token})
    assert locked.status_code == 429
    assert "locked" in locked.text
    assert user.locked_until is not None


def test_next_parameter_cannot_leave_the_site(session: Session, client: TestClient) -> None:
    make_user(session)
    token = csrf_from(client.get("/login").text)
    response = client.post(
        "/login",
        data={"name": "ana", "password": "correct horse", "csrf_token": token, "next": "//evil.example/x"},
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_next_cannot_sneak_another_host_past_the_check() -> None:
    for value in ("//evil.example", "/\t/evil.example", "/\\evil", "/\n/evil", "https://evil", "evil", None):
        assert _safe_next(value) == "/", value
    assert _safe_next("/engagements/3?country=IND") == "/engagements/3?country=IND"


def test_password_reset_ends_existing_sessions(session: Session, client: TestClient) -> None:
    user = make_user(session)
    sign_in(client, user)
    assert "ana" in client.get("/login").text
    user_service.reset_password(session=session, user_id=user.id, password="a brand new pw", by=None)
    page = client.get("/admin/users", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")
    assert "Sign in" in client.get("/login").text
