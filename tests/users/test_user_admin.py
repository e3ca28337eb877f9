from __future__ import annotations

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.audit import service as audit_service
from app.audit.models import AuditEntry
from app.users import service as user_service
from app.users.models import User
from app.users.throttle import AddressThrottle
from tests.builders import make_user, sign_in


def _secret(html: str) -> str:
    node = BeautifulSoup(html, "html.parser").select_one(".secret-value")
    assert node is not None, "no secret shown"
    return node.get_text(strip=True)


def _alert(html: str) -> str:
    node = BeautifulSoup(html, "html.parser").select_one("[role=alert]")
    return node.get_text(" ", strip=True) if node else ""


def _admin(session: Session, client: TestClient) -> tuple[User, str]:
    admin = make_user(session, name="root", role="admin")
    return admin, sign_in(client, admin)


def test_admin_creates_a_user_with_a_role_and_it_is_audited(session: Session, client: TestClient) -> None:
    admin, token = _admin(session, client)
    data = {"csrf_token": token, "name": "bea", "role": "analyst", "password": "long enough pw"}
    response = client.post("/admin/users", data=data, follow_redirects=False)
    assert response.status_code == 303
    bea = user_service.get_by_name(session=session, name="bea")
    assert bea is not None and bea.role == "analyst"
    rows = BeautifulSoup(client.get("/admin/users").text, "html.parser").select("tbody tr")
    assert [r.select_one(".name").get_text() for r in rows] == ["bea", "root"]
    history = audit_service.history(session=session, entity="user", entity_id=bea.id)
    assert {(h.field, h.new_value) for h in history} == {("name", "bea"), ("role", "analyst")}
    assert all(h.user_id == admin.id and h.action == "create" for h in history)


def test_generated_password_is_shown_once_and_works(session: Session, client: TestClient) -> None:
    _, token = _admin(session, client)
    response = client.post("/admin/users", data={"csrf_token": token, "name": "cal", "role": "viewer"})
    assert response.headers["cache-control"] == "no-store"
    password = _secret(response.text)
    assert len(password) >= 12
    assert password not in client.get("/admin/users").text
    cal = user_service.get_by_name(session=session, name="cal")
    assert cal is not None
    client.post("/logout", data={"csrf_token": token})
    sign_in(client, cal, password=password)


def test_change_role_is_audited_and_last_admin_stays(session: Session, client: TestClient) -> None:
    admin, token = _admin(session, client)
    bea = make_user(session, name="bea", role="viewer")
    client.post(f"/admin/users/{bea.id}/role", data={"csrf_token": token, "role": "analyst"})
    assert bea.role == "analyst"
    [entry] = _changes(session, bea.id)
    assert (entry.field, entry.old_value, entry.new_value) == ("role", "viewer", "analyst")
    refused = client.post(f"/admin/users/{admin.id}/role", data={"csrf_token": token, "role": "viewer"})
    assert refused.status_code == 409
    assert "last admin" in _alert(refused.text)
    assert admin.role == "admin"


def test_unknown_role_and_duplicate_name_are_refused(session: Session, client: TestClient) -> None:
    _, token = _admin(session, client)
    bad_role = client.post("/admin/users", data={"csrf_token": token, "name": "dan", "role": "root"})
    assert bad_role.status_code == 422
    assert "role must be one of" in _alert(bad_role.text)
    duplicate = client.post("/admin/users", data={"csrf_token": token, "name": "root", "role": "viewer"})
    assert duplicate.status_code == 409
    assert "already exists" in _alert(duplicate.text)
    short = client.post(
        "/admin/users", data={"csrf_token": token, "name": "eve", "role": "viewer", "password": "short"}
    )
    assert short.status_code == 422
    assert "8 to 1000 characters" in _alert(short.text)
    assert user_service.get_by_name(session=session, name="eve") is None


def test_reset_password_replaces_it_and_lifts_the_lock(session: Session, client: TestClient) -> None:
    _, token = _admin(session, client)
    bea = make_user(session, name="bea", role="analyst")
    bea.failed_logins = 3
    response = client.post(f"/admin/users/{bea.id}/password", data={"csrf_token": token})
    new = _secret(response.text)
    assert bea.failed_logins == 0 and bea.locked_until is None
    assert not user_service.authenticate(
        session=session, name="bea", password="correct horse", address="t", throttle=_throttle()
    )[0]
    assert user_service.authenticate(
        session=session, name="bea", password=new, address="t", throttle=_throttle()
    )[0]
    [entry] = _changes(session, bea.id)
    assert entry.action == "reset_password" and entry.new_value is None  # no password in the log


def test_token_is_issued_once_and_revoked(session: Session, client: TestClient) -> None:
    _, token = _admin(session, client)
    bea = make_user(session, name="bea", role="analyst")
    api_token = _secret(client.post(f"/admin/users/{bea.id}/token", data={"csrf_token": token}).text)
    assert user_service.by_token(session=session, token=api_token) is bea
    assert bea.token_hash != api_token  # only the hash is stored
    client.post(f"/admin/users/{bea.id}/revoke-token", data={"csrf_token": token})
    assert user_service.by_token(session=session, token=api_token) is None
    assert [h.action for h in _changes(session, bea.id)] == ["revoke_token", "issue_token"]


def test_unknown_user_id_is_404(session: Session, client: TestClient) -> None:
    _, token = _admin(session, client)
    response = client.post("/admin/users/999999/role", data={"csrf_token": token, "role": "viewer"})
    assert response.status_code == 404
    assert "No user with id 999999" in _alert(response.text)


def _changes(session: Session, user_id: int) -> list[AuditEntry]:
    """The user's audit rows after its creation, newest first."""
    return [
        h
        for h in audit_service.history(session=session, entity="user", entity_id=user_id)
        if h.action != "create"
    ]


def _throttle() -> AddressThrottle:
    return AddressThrottle()
