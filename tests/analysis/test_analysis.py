"""Country and pair pages: their numbers equal a brute-force count over published engagements only."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.analysis import service as analysis_service
from app.core.errors import Invalid
from tests.engagements.dataset import Dataset, Row


def _involving(data: Dataset, *codes: str) -> list[Row]:
    return [r for r in data.published() if all(c in r.countries for c in codes)]


@pytest.mark.parametrize("iso3", ["IND", "KOR"])
def test_country_numbers_match_brute_force(ds_session: Session, ds_data: Dataset, iso3: str) -> None:
    rows = _involving(ds_data, iso3)
    out = analysis_service.country(session=ds_session, iso3=iso3)
    assert out.total == len(rows)
    partners = Counter(c for r in rows for c in r.countries if c != iso3)
    assert {p.key: p.count for p in out.partners} == dict(partners)
    assert [p.count for p in out.partners] == sorted(partners.values(), reverse=True)
    assert {p.key: p.count for p in out.pillars} == dict(Counter(p for r in rows for p in r.pillars))
    per_year = Counter((str(r.date.year), r.type) for r in rows)
    got = {
        (y, s.key): v
        for s in out.per_year.series
        for y, v in zip(out.per_year.labels, s.values, strict=True)
        if v
    }
    assert got == dict(per_year)


def test_pair_numbers_match_brute_force(ds_session: Session, ds_data: Dataset) -> None:
    rows = _involving(ds_data, "IND", "USA")
    today = dt.date(2026, 1, 1)
    out = analysis_service.pair(session=ds_session, a="USA", b="IND", today=today)
    assert (out.a.key, out.b.key) == ("IND", "USA")
    assert out.total == len(rows)
    dates = sorted({r.date for r in rows})
    assert out.last_contact == dates[-1] and out.first_contact == dates[0]
    assert out.days_since_last == (today - dates[-1]).days
    gaps = [(b - a).days for a, b in zip(dates, dates[1:], strict=False)]
    assert out.longest_gap is not None and out.longest_gap.days == max(gaps)
    quarters = Counter((f"{r.date.year}-Q{(r.date.month - 1) // 3 + 1}", r.type) for r in rows)
    got = {
        (q, s.key): v
        for s in out.per_quarter.series
        for q, v in zip(out.per_quarter.labels, s.values, strict=True)
        if v
    }
    assert got == dict(quarters)
    assert out.per_quarter.labels[0] == f"{dates[0].year}-Q{(dates[0].month - 1) // 3 + 1}"
    assert {p.key: p.count for p in out.pillars} == dict(Counter(p for r in rows for p in r.pillars))
    officials = Counter(o for r in rows for o in r.officials)
    assert {int(o.key): o.count for o in out.officials} == dict(officials)


def test_country_page_has_charts_with_tables(ds_client: TestClient, ds_data: Dataset) -> None:
    soup = BeautifulSoup(ds_client.get("/countries/IND").text, "html.parser")
    assert soup.select_one("h1").get_text(" ", strip=True).startswith("India")
    assert f"{len(_involving(ds_data, 'IND'))} published" in soup.select_one(".stats").get_text(
        " ", strip=True
    )
    for chart in ("chart-partners", "chart-pillars", "chart-years"):
        fig = soup.select_one(f"#{chart}")
        assert fig.select_one("script[type='application/json']") is not None
        assert fig.select_one("canvas")["aria-label"]
        assert fig.select("table tbody tr")
    assert soup.select("script:not([src]):not([type='application/json'])") == []  # no inline JS (CSP)
    assert any(s["src"] == "/static/js/charts.js" for s in soup.select("script[src]"))


def test_pair_page_states_cadence(ds_client: TestClient, ds_data: Dataset) -> None:
    response = ds_client.get("/pairs/USA-IND", follow_redirects=False)
    assert response.status_code == 308 and response.headers["location"] == "/pairs/IND-USA"
    soup = BeautifulSoup(ds_client.get("/pairs/IND-USA").text, "html.parser")
    stats = soup.select_one(".stats").get_text(" ", strip=True)
    dates = sorted({r.date for r in _involving(ds_data, "IND", "USA")})
    assert dates[-1].isoformat() in stats and "days ago" in stats and "longest gap" in stats
    table = soup.select_one("#chart-cadence table")
    total = sum(int(td.get_text()) for td in table.select("tbody td:last-child"))
    assert total == len(_involving(ds_data, "IND", "USA"))


def test_pages_and_api_ignore_unpublished(ds_client: TestClient, ds_data: Dataset) -> None:
    body = ds_client.get("/api/countries/IND").json()
    assert body["total"] == len(_involving(ds_data, "IND"))
    assert ds_client.get("/api/pairs/IND-USA").json()["total"] == len(_involving(ds_data, "IND", "USA"))


def test_reference_apis(ds_client: TestClient) -> None:
    countries = ds_client.get("/api/countries").json()
    assert {"iso3": "IND", "iso2": "IN", "name": "India"} in countries
    pillars = ds_client.get("/api/pillars").json()
    assert any(p["key"] == "maritime_security" for p in pillars)


def test_bad_pairs_and_countries(ds_client: TestClient) -> None:
    assert ds_client.get("/countries/XXX").status_code == 404
    assert ds_client.get("/pairs/IND-IND").status_code == 422
    assert ds_client.get("/pairs/INDIA").status_code == 422
    assert ds_client.get("/api/pairs/IND-XXX").status_code == 404
    with pytest.raises(Invalid):
        analysis_service.pair_codes("IND-US")


def test_pair_without_engagements(ds_session: Session) -> None:
    out = analysis_service.pair(session=ds_session, a="ISL", b="NZL")
    assert out.total == 0 and out.last_contact is None and out.longest_gap is None
    assert out.per_quarter.labels == []
