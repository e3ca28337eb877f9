"""The timeline page over HTTP: filters from the URL, htmx fragments, counts in words, no N+1."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.engagements import filtering
from app.engagements.params import parse
from tests.builders import count_statements, make_engagement
from tests.conftest import ON_POSTGRES
from tests.engagements.dataset import (
    Dataset,
    expected,
)

HX = {"HX-Request": "true", "HX-Target": "results"}


def _row_ids(html: str) -> list[int]:
    soup = BeautifulSoup(html, "html.parser")
    return [int(li["id"].split("-")[1]) for li in soup.select("li.engagement")]


def _walk(client: TestClient, url: str) -> list[int]:
    """Every row id of a timeline view, following the "Load older" links as a browser without JS."""
    ids: list[int] = []
    while url:
        soup = BeautifulSoup(client.get(url).text, "html.parser")
        ids += [int(li["id"].split("-")[1]) for li in soup.select("li.engagement")]
        more = soup.select_one("#more a")
        url = more["href"] if more else ""
    return ids


def test_timeline_lists_published_newest_first_with_months(ds_client: TestClient, ds_data: Dataset) -> None:
    html = ds_client.get("/").text
    soup = BeautifulSoup(html, "html.parser")
    want = expected(ds_data.rows, parse({}))
    assert _row_ids(html) == want[:50]
    assert soup.select("li.month-heading h2")[0].get_text()
    assert soup.select_one("#summary strong").get_text() == str(len(want))
    first = soup.select_one("li.engagement")
    assert first.select_one("a.when")["href"] == f"/engagements/{want[0]}"
    assert "source" in first.select_one(".sources").get_text()


def test_without_javascript_the_load_more_links_walk_everything(
    ds_client: TestClient, ds_data: Dataset
) -> None:
    assert _walk(ds_client, "/?country=IND") == expected(ds_data.rows, parse({"country": "IND"}))


def test_filtered_url_renders_the_form_with_the_choices(ds_client: TestClient, ds_data: Dataset) -> None:
    url = "/?country=IND&pillar=logistics&from=2016-01-01&q=radar"
    soup = BeautifulSoup(ds_client.get(url).text, "html.parser")
    assert soup.select_one("#filter-country option[selected]")["value"] == "IND"
    assert soup.select_one("#filter-pillar option[selected]")["value"] == "logistics"
    assert soup.select_one("input[name=from]")["value"] == "2016-01-01"
    assert soup.select_one("#filter-q")["value"] == "radar"
    summary = soup.select_one("#summary").get_text(" ", strip=True)
    assert "where country is India and pillar is Logistics" in summary
    assert "text matches “radar”" in summary
    want = expected(
        ds_data.rows, parse({"country": "IND", "pillar": "logistics", "from": "2016-01-01", "q": "radar"})
    )
    assert _row_ids(ds_client.get(url).text) == want
    assert summary.startswith(f"{len(want)} published engagement")
    # reloading gives the same page
    assert _row_ids(ds_client.get(url).text) == want


def test_htmx_gets_the_results_block_with_oob_count_and_a_canonical_pushed_url(ds_client: TestClient) -> None:
    response = ds_client.get(
        "/?country=USA&pair_a=&pair_b=&official=&pillar=&type=call&from=&to=&q=", headers=HX
    )
    soup = BeautifulSoup(response.text, "html.parser")
    assert soup.select_one("form#filters") is None  # a fragment, not the page
    assert soup.select_one("#summary")["hx-swap-oob"] == "true"
    assert response.headers["HX-Push-Url"] == "/?country=USA&type=call"
    assert "HX-Request" in response.headers["Vary"]


def test_load_more_fragment_is_just_the_next_rows(ds_client: TestClient, ds_data: Dataset) -> None:
    soup = BeautifulSoup(ds_client.get("/").text, "html.parser")
    more = soup.select_one("#more a")
    assert more["hx-target"] == "#more"
    fragment = ds_client.get(more["href"], headers={"HX-Request": "true", "HX-Target": "more"}).text
    assert "<ol" not in fragment and 'id="summary"' not in fragment
    assert _row_ids(fragment) == expected(ds_data.rows, parse({}))[50:100]
    assert "cursor" in parse_qs(urlparse(more["href"]).query)


def test_filter_form_works_with_and_without_htmx(ds_client: TestClient) -> None:
    form = BeautifulSoup(ds_client.get("/").text, "html.parser").select_one("form#filters")
    assert form["method"] == "get" and form["action"] == "/"
    assert form["hx-get"] == "/" and form["hx-target"] == "#results" and form["hx-push-url"] == "true"
    assert "delay:" in form["hx-trigger"]
    names = {el["name"] for el in form.select("[name]")}
    assert {"country", "pair_a", "pair_b", "official", "pillar", "type", "from", "to", "q"} <= names


def test_bad_filter_is_a_422_page_with_a_message(ds_client: TestClient) -> None:
    for url, words in [
        ("/?from=2025-13-45", "from"),
        ("/?cursor=%%%", "cursor"),
        ("/?country=INDIA", "country"),
    ]:
        response = ds_client.get(url)
        assert response.status_code == 422
        assert words in BeautifulSoup(response.text, "html.parser").select_one("main").get_text()


def test_summaries_are_escaped(ds_client: TestClient, ds_session: Session) -> None:
    e = make_engagement(ds_session, summary='<script>alert("x")</script><b>bold</b>', date="2027-01-01")
    for url in ["/", f"/engagements/{e.id}"]:
        html = ds_client.get(url).text
        assert '<script>alert("x")</script>' not in html
        assert "&lt;script&gt;" in html
        assert BeautifulSoup(html, "html.parser").select("b") == []


def test_timeline_runs_the_same_number_of_queries_for_5_or_40_rows(
    ds_client: TestClient, ds_session: Session
) -> None:
    ds_client.get("/")  # warm up (and the cached probe of how rare the country is)
    ds_client.get("/?country=KOR&to=2015-06-30")
    with count_statements(ds_session) as small:
        assert len(_row_ids(ds_client.get("/?country=KOR&to=2015-06-30").text)) < 10
    ds_client.get("/?country=USA&to=2030-06-30")
    with count_statements(ds_session) as big:
        assert len(_row_ids(ds_client.get("/?country=USA&to=2030-06-30").text)) >= 40
    assert len(big) == len(small) <= 20


def test_large_counts_are_estimated_and_labelled(
    ds_client: TestClient, ds_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(filtering, "EXACT_COUNT_LIMIT", 20)
    if ON_POSTGRES:  # the estimate is the planner's: give it statistics, as autovacuum would
        ds_session.execute(text("ANALYZE engagements"))
    summary = (
        BeautifulSoup(ds_client.get("/").text, "html.parser").select_one("#summary").get_text(" ", strip=True)
    )
    assert summary.startswith("about ") and "(estimated)" in summary
