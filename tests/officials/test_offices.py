"""Office lookup: the pure title -> office key mapping, and who held an office on a day (service and API)."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.extraction.knowledge import OfficeInfo
from app.officials import offices
from app.officials import service as official_service
from tests.officials.kb import starter_set, update_data

FIXTURE_OFFICES = (
    OfficeInfo(
        key="defence_minister",
        label="Defence minister",
        variants=("Defence Minister", "Minister of Defence"),
        country_variants={"IND": ("Raksha Mantri",), "USA": ("Secretary of Defense", "Secretary of War")},
    ),
    OfficeInfo(
        key="deputy_defence_minister", label="Deputy defence minister", variants=("Deputy Defence Minister",)
    ),
    OfficeInfo(
        key="defence_secretary_civil",
        label="Defence secretary",
        country_variants={"IND": ("Defence Secretary",)},
    ),
)


@pytest.mark.parametrize(
    ("title", "country", "key"),
    [
        ("Raksha Mantri", "IND", "defence_minister"),
        ("raksha  mantri", "IND", "defence_minister"),
        ("Minister of Defence", "IND", "defence_minister"),
        ("the Indian Defence Minister", "IND", "defence_minister"),
        ("Secretary of War", "USA", "defence_minister"),
        ("US Secretary of Defense", "USA", "defence_minister"),
        ("Deputy Defence Minister", "IND", "deputy_defence_minister"),
        ("Defence Secretary", "IND", "defence_secretary_civil"),
        ("Raksha Mantri", "USA", None),
        ("Prime Minister", "IND", None),
        ("", "IND", None),
    ],
)
def test_office_key_uses_generic_and_country_wordings(title: str, country: str, key: str | None) -> None:
    assert offices.office_key(title, country, FIXTURE_OFFICES) == key


def test_qualifiers_do_not_match_the_plain_office() -> None:
    assert offices.office_key("Former Defence Minister", "IND", FIXTURE_OFFICES) is None
    assert offices.office_key("Acting Defence Minister", "IND", FIXTURE_OFFICES) == "defence_minister"


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("Defence Minister", "IND"),
        ("Raksha Mantri", "IND"),
        ("Minister of Defence", "IND"),
        ("Secretary of Defense", "USA"),
        ("Secretary of War", "USA"),
        ("US Defence Secretary", "USA"),
    ],
)
def test_shipped_offices_map_the_issue_variants_to_the_defence_minister(title: str, country: str) -> None:
    if not offices.known_offices():
        pytest.skip("app/reference/offices.yaml is not there yet")
    assert offices.office_key(title, country) == "defence_minister"


@pytest.fixture
def small_kb(session: Session) -> None:
    official_service.load_kb(session=session, rows=starter_set())  # a no-op when the test DB has it already


def _tenure(session: Session, name: str, start: str, end: str | None) -> None:
    position = {"title": "Chief Tester", "office": "chief_tester", "start": start, "end": end}
    official_service.create(session=session, data=update_data(name=name, positions=[position]), user=None)


def _holder(session: Session, country: str, title: str, day: str) -> str | None:
    tenure = offices.holder(session=session, country=country, title=title, day=dt.date.fromisoformat(day))
    return tenure.official.name if tenure else None


def test_holder_by_date_across_handovers_and_vacancies(session: Session) -> None:
    _tenure(session, "First Tester", "2010-01-01", "2015-03-13")
    _tenure(session, "Second Tester", "2015-03-13", "2016-01-01")
    _tenure(session, "Third Tester", "2016-02-01", None)
    assert _holder(session, "IND", "Chief Tester", "2010-01-01") == "First Tester"
    assert _holder(session, "IND", "chief  tester", "2015-03-12") == "First Tester"
    assert _holder(session, "IND", "Chief Tester", "2015-03-13") == "Second Tester"  # same-day handover
    assert _holder(session, "IND", "Chief Tester", "2016-01-15") is None  # vacancy
    assert _holder(session, "IND", "Chief Tester", "2030-01-01") == "Third Tester"
    assert _holder(session, "USA", "Chief Tester", "2030-01-01") is None


@pytest.mark.usefixtures("small_kb")
def test_the_indian_defence_minister_in_2025_is_rajnath_singh(session: Session) -> None:
    for title in ("Raksha Mantri", "Defence Minister", "Minister of Defence", "the Indian Defence Minister"):
        assert _holder(session, "IND", title, "2025-07-01") == "Rajnath Singh"


@pytest.mark.usefixtures("small_kb")
def test_api_holder_returns_the_official_or_null(session: Session, client: TestClient) -> None:
    body = client.get(
        "/api/offices/holder", params={"country": "IND", "title": "Raksha Mantri", "date": "2025-07-01"}
    ).json()
    assert body["official"]["name"] == "Rajnath Singh" and body["office"] == "defence_minister"
    assert body["position"]["start"] == "2019-05-31"
    vacant = client.get(
        "/api/offices/holder", params={"country": "IND", "title": "Raksha Mantri", "date": "1900-01-01"}
    )
    assert vacant.status_code == 200 and vacant.json()["official"] is None


def test_api_holder_rejects_bad_input_with_messages(client: TestClient) -> None:
    bad_country = client.get(
        "/api/offices/holder", params={"country": "XXX", "title": "Defence Minister", "date": "2025-07-01"}
    )
    assert bad_country.status_code == 422 and "Unknown country" in bad_country.json()["detail"]
    bad_date = client.get(
        "/api/offices/holder", params={"country": "IND", "title": "Defence Minister", "date": "2025-13-01"}
    )
    assert bad_date.status_code == 422


def test_api_lists_and_reads_officials_and_documents_them(session: Session, client: TestClient) -> None:
    position = {"title": "External Affairs Minister", "start": "2019-05-30"}
    data = update_data(name="Zyx Quorum", aliases=["Z. Quorum"], positions=[position])
    official_service.create(session=session, data=data, user=None)
    found = client.get("/api/officials", params={"q": "quorum", "country": "IND"}).json()
    assert [o["name"] for o in found] == ["Zyx Quorum"]
    assert found[0]["current_office"] == "External Affairs Minister"
    one = client.get(f"/api/officials/{found[0]['id']}").json()
    assert one["positions"][0]["office"] == "foreign_minister" and one["aliases"] == ["Z. Quorum"]
    assert client.get("/api/officials", params={"q": "quorum", "country": "USA"}).json() == []
    assert client.get("/api/officials/0").status_code == 422
    assert client.get("/api/officials/99999999").json() == {"detail": "No official with id 99999999"}
    spec = client.get("/openapi.json").json()
    for path in ("/api/officials", "/api/officials/{official_id}", "/api/offices/holder"):
        assert path in spec["paths"]
    assert {"OfficialSummary", "OfficialRead", "HolderRead"} <= set(spec["components"]["schemas"])
