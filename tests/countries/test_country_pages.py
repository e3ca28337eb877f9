"""The countries list with engagement counts and the admins' alias and demonym editor."""

from __future__ import annotations

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.audit import service as audit_service
from app.countries import service as country_service
from tests.builders import make_engagement, make_user, sign_in


def _row(html: str, iso3: str) -> dict[str, str]:
    row = BeautifulSoup(html, "html.parser").select_one(f"tr#country-{iso3}")
    assert row is not None, f"no row for {iso3}"
    return {c: row.select_one(f"td.{c}").get_text(strip=True) for c in ("aliases", "demonyms", "engagements")}  # type: ignore[union-attr]


def test_list_counts_published_engagements_for_readers(session: Session, client: TestClient) -> None:
    before = int(_row(client.get("/countries").text, "FJI")["engagements"])
    make_engagement(session, countries=["IND", "FJI"])
    make_engagement(session, countries=["FJI", "USA"], status="draft")
    assert int(_row(client.get("/countries").text, "FJI")["engagements"]) == before + 1
    sign_in(client, make_user(session))
    assert int(_row(client.get("/countries").text, "FJI")["engagements"]) == before + 2  # analysts see drafts


def test_most_engaged_country_comes_first(session: Session, client: TestClient) -> None:
    for _ in range(3):
        make_engagement(session, countries=["IND", "USA"])
    rows = country_service.list_with_counts(session=session)
    assert rows[0].engagements >= rows[1].engagements >= rows[-1].engagements


def test_admin_edits_aliases_and_demonyms_and_it_is_audited(session: Session, client: TestClient) -> None:
    token = sign_in(client, make_user(session, name="root", role="admin"))
    form = BeautifulSoup(client.get("/countries/IND/edit").text, "html.parser")
    aliases = form.select_one("textarea[name=aliases]").get_text()  # type: ignore[union-attr]
    data = {"csrf_token": token, "aliases": aliases + "\nBharat Ganarajya", "demonyms": "Indian\n<i>Desi</i>"}
    response = client.post("/countries/ind/edit", data=data, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/countries"
    html = client.get("/countries").text
    row = _row(html, "IND")
    assert "Bharat Ganarajya" in row["aliases"]
    assert set(row["demonyms"].split(", ")) == {"<i>Desi</i>", "Indian"}
    assert "<i>Desi</i>" not in html  # escaped
    fields = {h.field for h in audit_service.history(session=session, entity="country", entity_id="IND")}
    assert {"aliases", "demonyms"} <= fields
    snapshot = next(c for c in country_service.snapshot(session=session) if c.iso3 == "IND")
    assert "Bharat Ganarajya" in snapshot.aliases


def test_analyst_cannot_edit_country_names(session: Session, client: TestClient) -> None:
    token = sign_in(client, make_user(session))
    assert client.get("/countries/IND/edit").status_code == 403
    response = client.post("/countries/IND/edit", data={"csrf_token": token, "aliases": "", "demonyms": ""})
    assert response.status_code == 403
    assert country_service.get(session=session, iso3="IND").aliases


def test_unknown_country_edit_is_404(session: Session, client: TestClient) -> None:
    sign_in(client, make_user(session, name="root", role="admin"))
    response = client.get("/countries/XYZ/edit")
    text = BeautifulSoup(response.text, "html.parser").get_text()
    assert response.status_code == 404 and "No country with code 'XYZ'" in text
