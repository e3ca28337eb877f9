"""CSV export, the JSON list API and the CLI export agree; drafts stay out without analyst rights."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from app.engagements.export import csv_row
from app.engagements.params import parse
from app.engagements.schemas import EngagementRead
from tests.builders import api_headers, make_engagement, make_user, sign_in
from tests.conftest import ON_POSTGRES
from tests.engagements.dataset import Dataset, expected

FILTERS = [
    "",
    "country=IND",
    "pair_a=USA&pair_b=JPN",
    "pillar=maritime_security&from=2018-01-01",
    "q=radar&type=meeting",
    "country=AUS&q=submarine",
]


def _api_items(
    client: TestClient, query: str, headers: dict[str, str] | None = None
) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    url = f"/api/engagements?{query}&limit=37"
    while True:
        body = client.get(url, headers=headers).json()
        items += body["items"]
        if body["next_cursor"] is None:
            return items
        url = f"/api/engagements?{query}&limit=37&cursor={body['next_cursor']}"


def _csv(client: TestClient, query: str) -> list[dict[str, str]]:
    response = client.get(f"/export.csv?{query}")
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


@pytest.mark.parametrize("query", FILTERS)
def test_csv_export_has_the_same_rows_as_the_json_api(
    ds_client: TestClient, ds_data: Dataset, query: str
) -> None:
    items = _api_items(ds_client, query)
    rows = _csv(ds_client, query)
    assert rows == [csv_row(EngagementRead.model_validate(i)) for i in items]
    values = dict(pair.split("=") for pair in query.split("&") if pair)
    want = expected(ds_data.rows, parse(values))
    assert [int(r["id"]) for r in rows] == want
    assert [i["id"] for i in items] == want


def test_csv_columns_are_readable(ds_client: TestClient, ds_session: Session) -> None:
    e = make_engagement(ds_session, date="2030-05-01", summary='Said "hello", then left; ok')
    row = _csv(ds_client, "from=2030-01-01")[0]
    assert row["id"] == str(e.id)
    assert row["countries"] == "IND; USA"
    assert (
        row["participants"]
        == "Rajnath Singh (Defence Minister, IND); Pete Hegseth (Secretary of Defense, USA)"
    )
    assert row["summary"] == 'Said "hello", then left; ok'


def test_api_page_shape_and_bad_input(ds_client: TestClient) -> None:
    body = ds_client.get("/api/engagements?limit=5").json()
    assert set(body) == {"items", "next_cursor"} and len(body["items"]) == 5
    assert {"id", "date", "type", "countries", "participants", "pillars", "summary"} <= set(body["items"][0])
    for query, word in [("from=2025-02-30", "from"), ("cursor=nope", "cursor"), ("official=x", "official")]:
        response = ds_client.get(f"/api/engagements?{query}")
        assert response.status_code == 422
        assert word in json.dumps(response.json())
    assert ds_client.get("/api/engagements?limit=0").status_code == 422
    assert ds_client.get("/export.csv?to=soon").status_code == 422


def test_openapi_documents_the_list_and_reference_endpoints(ds_client: TestClient) -> None:
    spec = ds_client.get("/openapi.json").json()
    for path in [
        "/api/engagements",
        "/api/countries",
        "/api/pillars",
        "/api/countries/{iso3}",
        "/api/pairs/{pair}",
    ]:
        assert "get" in spec["paths"][path]
    params = {p["name"] for p in spec["paths"]["/api/engagements"]["get"]["parameters"]}
    assert {
        "country",
        "pair_a",
        "pair_b",
        "official",
        "pillar",
        "type",
        "from",
        "to",
        "q",
        "cursor",
    } <= params
    assert "EngagementPage" in spec["components"]["schemas"]


def _unpublished(data: Dataset) -> set[int]:
    return {r.id for r in data.rows if r.status != "published"}


def test_drafts_and_rejected_never_reach_the_public(ds_client: TestClient, ds_data: Dataset) -> None:
    hidden = _unpublished(ds_data)
    seen = {int(r["id"]) for r in _csv(ds_client, "")}
    seen |= {int(i["id"]) for i in _api_items(ds_client, "")}  # type: ignore[call-overload]
    html = ds_client.get("/?country=IND").text
    seen |= {int(li["id"].split("-")[1]) for li in BeautifulSoup(html, "html.parser").select("li.engagement")}
    assert seen and not seen & hidden
    for status in ("draft", "rejected"):
        assert ds_client.get(f"/api/engagements?status={status}").status_code in (401, 403)
        assert ds_client.get(f"/export.csv?status={status}").status_code in (401, 403)
        assert ds_client.get(f"/?status={status}").status_code in (401, 403)
    draft = next(r.id for r in ds_data.rows if r.status == "draft")
    assert ds_client.get(f"/engagements/{draft}").status_code == 404


def test_a_viewer_cannot_list_drafts(ds_client: TestClient, ds_session: Session) -> None:
    viewer = make_user(ds_session, name="vera", role="viewer")
    assert (
        ds_client.get("/api/engagements?status=draft", headers=api_headers(ds_session, viewer)).status_code
        == 403
    )


def test_an_analyst_may_list_drafts(ds_client: TestClient, ds_session: Session, ds_data: Dataset) -> None:
    headers = api_headers(ds_session, make_user(ds_session, name="ana", role="analyst"))
    items = _api_items(ds_client, "status=draft&country=IND", headers=headers)
    assert [i["id"] for i in items] == expected(ds_data.rows, parse({"status": "draft", "country": "IND"}))
    assert all(i["status"] == "draft" for i in items)


def test_an_analyst_sees_a_draft_page(ds_client: TestClient, ds_session: Session, ds_data: Dataset) -> None:
    sign_in(ds_client, make_user(ds_session, name="ana", role="analyst"))
    draft = next(r.id for r in ds_data.rows if r.status == "draft")
    page = BeautifulSoup(ds_client.get(f"/engagements/{draft}").text, "html.parser")
    assert "draft" in page.select_one(".status-note").get_text()


@pytest.mark.skipif(ON_POSTGRES, reason="the CLI test builds its own SQLite database")
def test_cli_export_matches_the_filter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import app
    from app.core import db, migrate
    from app.core.settings import get_settings
    from app.demo import loader

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    for cached in (get_settings, db.get_engine, db.get_sessionmaker):
        cached.cache_clear()
    try:
        migrate.upgrade(url)
        with db.get_sessionmaker().begin() as s:
            loader.load_reference(session=s, report=loader.LoadReport())
            keep = make_engagement(s, countries=["IND", "FRA"], summary="kept").id
            make_engagement(s, countries=["USA", "JPN"], summary="other")
            make_engagement(s, countries=["IND", "FRA"], status="draft")
        runner = CliRunner()
        result = runner.invoke(app, ["export", "--format", "csv", "--pair", "FRA-IND"])
        assert result.exit_code == 0, result.output
        assert [r["id"] for r in csv.DictReader(io.StringIO(result.stdout))] == [str(keep)]
        out = tmp_path / "x.json"
        result = runner.invoke(app, ["export", "--format", "json", "--country", "IND", "--output", str(out)])
        assert result.exit_code == 0, result.output
        assert [i["id"] for i in json.loads(out.read_text())] == [keep]
        bad = runner.invoke(app, ["export", "--from", "2025-99-01"])
        assert bad.exit_code != 0 and "from" in bad.output
    finally:
        db.get_engine().dispose()
        for cached in (get_settings, db.get_engine, db.get_sessionmaker):
            cached.cache_clear()
