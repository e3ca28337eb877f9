"""The timeline's official filter: a text input with suggestions, never a list of every official."""

from __future__ import annotations

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.officials.models import Official
from tests.builders import make_engagement, make_official


def _ids(html: str) -> list[int]:
    soup = BeautifulSoup(html, "html.parser")
    return [int(li["id"].split("-")[1]) for li in soup.select("li.engagement")]


def _crowd(session: Session, n: int = 40) -> None:
    for i in range(n):
        make_official(session, name=f"Zed Crowd{i:03d}", country_iso3="GBR")


def test_form_renders_only_the_selected_official(client: TestClient, session: Session) -> None:
    _crowd(session)
    e = make_engagement(session)
    rajnath = session.query(Official).filter_by(name="Rajnath Singh").one()
    soup = BeautifulSoup(client.get("/").text, "html.parser")
    field = soup.select_one("#filters input[name=official]")
    assert field is not None and field.get("value") == ""
    assert "Zed Crowd" not in str(soup.select_one("#filters"))
    assert soup.select("#official-suggestions option") == []

    soup = BeautifulSoup(client.get(f"/?official={rajnath.id}").text, "html.parser")
    assert soup.select_one("#filters input[name=official]")["value"] == f"Rajnath Singh (IND) #{rajnath.id}"
    assert "Zed Crowd" not in str(soup.select_one("#filters"))
    assert _ids(str(soup)) == [e.id]


def test_typed_name_works_as_a_plain_get(client: TestClient, session: Session) -> None:
    e = make_engagement(session)
    make_engagement(session, participants=[{"name": "Pete Hegseth", "title": "SecDef", "country": "USA"}])
    rajnath = session.query(Official).filter_by(name="Rajnath Singh").one()
    by_id = _ids(client.get(f"/?official={rajnath.id}").text)
    assert by_id == [e.id]
    for typed in ("rajnath singh", "Rajnath Singh (IND)", f"Rajnath Singh (IND) #{rajnath.id}", "Rajn"):
        assert _ids(client.get("/", params={"official": typed}).text) == by_id, typed
    response = client.get("/", params={"official": "Rajnath"}, headers={"HX-Request": "true"})
    assert response.headers["HX-Push-Url"] == f"/?official={rajnath.id}"


def test_unknown_or_ambiguous_name_is_a_422_with_a_message(client: TestClient, session: Session) -> None:
    _crowd(session, 3)
    response = client.get("/", params={"official": "Nobody Atall"})
    assert response.status_code == 422 and "no official is named" in response.text
    response = client.get("/", params={"official": "Zed"})
    assert response.status_code == 422 and "several officials" in response.text


def test_suggestions_are_at_most_20_by_name_prefix(client: TestClient, session: Session) -> None:
    _crowd(session, 30)
    make_official(session, name="Zeta Other", country_iso3="FRA")
    make_official(session, name="Gone Zed", country_iso3="FRA")
    soup = BeautifulSoup(client.get("/suggest/officials", params={"official": "zed c"}).text, "html.parser")
    values = [o["value"] for o in soup.select("option")]
    assert len(values) == 20
    assert values[0].startswith("Zed Crowd000 (GBR) #") and values[-1].startswith("Zed Crowd019 (GBR)")
    soup = BeautifulSoup(client.get("/suggest/officials", params={"official": "ZETA"}).text, "html.parser")
    assert [o["value"].split(" #")[0] for o in soup.select("option")] == ["Zeta Other (FRA)"]
    assert client.get("/suggest/officials", params={"official": "  "}).text.strip() == ""
