from __future__ import annotations

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.audit import service as audit_service
from app.pillars import service as pillar_service
from app.pillars.schemas import parse_cues
from tests.builders import make_user, sign_in


def _alert(html: str) -> str:
    node = BeautifulSoup(html, "html.parser").select_one("[role=alert]")
    return node.get_text(" ", strip=True) if node else ""


def _admin_token(session: Session, client: TestClient) -> str:
    return sign_in(client, make_user(session, name="root", role="admin"))


def test_parse_cues_splits_trims_and_dedupes() -> None:
    assert parse_cues(" satellite \nlaunch,  orbit\n\nSatellite, low  earth orbit") == [
        "satellite",
        "launch",
        "orbit",
        "low earth orbit",
    ]


def test_admin_adds_a_pillar_with_cues_and_it_is_audited(session: Session, client: TestClient) -> None:
    token = _admin_token(session, client)
    data = {
        "csrf_token": token,
        "key": "space",
        "label": "Space",
        "description": "Orbits",
        "cues": "satellite\nlaunch",
    }
    response = client.post("/admin/pillars", data=data, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/admin/pillars"
    pillar = pillar_service.get(session=session, key="space")
    assert (pillar.label, pillar.cues) == ("Space", ["satellite", "launch"])
    section = BeautifulSoup(client.get("/admin/pillars").text, "html.parser").select_one("#pillar-space")
    assert section is not None and section.select_one("textarea[name=cues]").get_text() == "satellite\nlaunch"
    fields = {h.field for h in audit_service.history(session=session, entity="pillar", entity_id="space")}
    assert fields == {"key", "label", "description", "cues"}


def test_editing_cues_records_old_and_new(session: Session, client: TestClient) -> None:
    token = _admin_token(session, client)
    before = pillar_service.get(session=session, key="logistics")
    old_cues = list(before.cues)
    data = {
        "csrf_token": token,
        "label": before.label,
        "description": before.description,
        "cues": "fuel, spares",
    }
    client.post("/admin/pillars/logistics", data=data)
    assert pillar_service.get(session=session, key="logistics").cues == ["fuel", "spares"]
    [entry] = audit_service.history(session=session, entity="pillar", entity_id="logistics")
    assert entry.field == "cues"
    assert entry.old_value is not None and all(c in entry.old_value for c in old_cues)
    assert entry.new_value == '["fuel", "spares"]'


def test_bad_pillar_input_is_422_duplicate_409_unknown_404(session: Session, client: TestClient) -> None:
    token = _admin_token(session, client)
    bad_key = client.post("/admin/pillars", data={"csrf_token": token, "key": "Space Stuff", "label": "S"})
    assert bad_key.status_code == 422 and "key" in _alert(bad_key.text)
    duplicate = client.post("/admin/pillars", data={"csrf_token": token, "key": "logistics", "label": "L"})
    assert duplicate.status_code == 409 and "already exists" in _alert(duplicate.text)
    unknown = client.post("/admin/pillars/nope", data={"csrf_token": token, "label": "N"})
    assert unknown.status_code == 404 and "No pillar with key 'nope'" in _alert(unknown.text)
    too_long = client.post(
        "/admin/pillars/logistics", data={"csrf_token": token, "label": "L", "cues": "x" * 81}
    )
    assert too_long.status_code == 422 and "at most 80 characters" in _alert(too_long.text)
    too_many = "\n".join(f"cue {i}" for i in range(201))
    response = client.post(
        "/admin/pillars/logistics", data={"csrf_token": token, "label": "L", "cues": too_many}
    )
    assert response.status_code == 422 and "cues" in _alert(response.text)
