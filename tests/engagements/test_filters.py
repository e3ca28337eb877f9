"""Every filter, and combinations of them, return exactly the engagements a brute-force filter picks."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.core.errors import Invalid
from app.engagements import filtering
from app.engagements import service as engagement_service
from app.engagements.params import parse
from app.engagements.schemas import EngagementFilter
from tests.builders import make_engagement
from tests.conftest import ON_POSTGRES
from tests.engagements.dataset import (
    COUNTRIES,
    PILLARS,
    VOCAB,
    Dataset,
    expected,
)


def _ids(session: Session, f: EngagementFilter, limit: int = 1000) -> list[int]:
    """All matching ids, walking every keyset page."""
    out: list[int] = []
    cursor = None
    while True:
        page = engagement_service.page(session=session, filters=f, cursor=cursor, limit=limit)
        out.extend(e.id for e in page.items)
        if page.next_cursor is None:
            return out
        cursor = page.next_cursor


def _check(session: Session, data: Dataset, values: dict[str, object]) -> list[int]:
    f = parse(values)
    want = expected(data.rows, f)
    assert _ids(session, f) == want, values
    assert engagement_service.count(session=session, filters=f) == filtering.Count(len(want), True)
    return want


def test_fixture_is_big_and_varied(ds_data: Dataset) -> None:
    published = ds_data.published()
    assert len(published) >= 200
    assert {r.status for r in ds_data.rows} == {"published", "draft", "rejected"}
    assert any(len(r.countries) > 2 for r in published)
    assert len({r.date for r in published}) < len(published)  # ties on date exist


def test_no_filter_is_every_published(ds_session: Session, ds_data: Dataset) -> None:
    assert len(_check(ds_session, ds_data, {})) == len(ds_data.published())


@pytest.mark.parametrize("country", COUNTRIES[:6])
def test_country(ds_session: Session, ds_data: Dataset, country: str) -> None:
    assert _check(ds_session, ds_data, {"country": country})


@pytest.mark.parametrize(("a", "b"), [("IND", "USA"), ("USA", "IND"), ("JPN", "AUS"), ("FRA", "KOR")])
def test_pair_includes_multi_country_engagements(
    ds_session: Session, ds_data: Dataset, a: str, b: str
) -> None:
    want = _check(ds_session, ds_data, {"pair_a": a, "pair_b": b})
    assert want
    if (a, b) == ("IND", "USA"):
        rows = {r.id: r for r in ds_data.rows}
        assert any(len(rows[i].countries) > 2 for i in want), "fixture should exercise 3-country pairs"


def test_lone_pair_side_acts_as_country(ds_session: Session, ds_data: Dataset) -> None:
    assert _check(ds_session, ds_data, {"pair_a": "JPN"}) == expected(ds_data.rows, parse({"country": "JPN"}))


def test_official(ds_session: Session, ds_data: Dataset) -> None:
    for official in ds_data.official_ids[:8]:
        assert _check(ds_session, ds_data, {"official": str(official)})


@pytest.mark.parametrize("pillar", PILLARS)
def test_pillar(ds_session: Session, ds_data: Dataset, pillar: str) -> None:
    _check(ds_session, ds_data, {"pillar": pillar})


@pytest.mark.parametrize("kind", ["call", "meeting", "exercise", "port_call"])
def test_type(ds_session: Session, ds_data: Dataset, kind: str) -> None:
    _check(ds_session, ds_data, {"type": kind})


@pytest.mark.parametrize(
    "window",
    [
        {"from": "2020-01-01"},
        {"to": "2017-06-30"},
        {"from": "2022-02-22", "to": "2022-02-22"},
        {"from": "2030-01-01"},
    ],
)
def test_date_range(ds_session: Session, ds_data: Dataset, window: dict[str, str]) -> None:
    _check(ds_session, ds_data, window)


@pytest.mark.parametrize(
    "q", ["submarine", "Frigate", "radar cyber", "malabar, quantum!", "glacier monsoon harbour"]
)
def test_text_search_over_summaries_and_sources(ds_session: Session, ds_data: Dataset, q: str) -> None:
    _check(ds_session, ds_data, {"q": q})


@pytest.mark.parametrize(
    "values",
    [{"q": "submarine"}, {"q": "radar cyber"}, {"q": "frigate", "status": "draft"},
     {"q": "radar", "country": "JPN"}, {"q": "satellite", "from": "2016-01-01", "to": "2019-12-31"},
     {"q": "glacier monsoon harbour"}],
)  # fmt: skip
def test_common_words_are_tested_per_row_with_the_same_result(
    ds_session: Session, ds_data: Dataset, values: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above RARE_TEXT hits a word is tested row by row (FTS5 rowid probe / stored tsvector)."""
    monkeypatch.setattr(filtering, "RARE_TEXT", 0)
    sql = str(filtering.filtered(ds_session, parse(values)).compile(ds_session.get_bind()))
    assert "UNION" not in sql
    _check(ds_session, ds_data, values)


def test_text_search_finds_words_only_in_a_source_article(ds_session: Session, ds_data: Dataset) -> None:
    rows = [r for r in ds_data.published() if len(r.docs) > 1]
    for row in rows[:10]:
        word = sorted(
            set(row.docs[1].lower().replace(".", " ").split()) & set(VOCAB) - set(row.docs[0].split())
        )
        if word:
            assert row.id in _check(ds_session, ds_data, {"q": word[0]})


def test_text_search_follows_summary_edits(ds_session: Session) -> None:
    e = make_engagement(ds_session, summary="nothing special")
    e.summary = "a zeppelin arrived"
    ds_session.flush()
    ids = _ids(ds_session, parse({"q": "zeppelin"}))
    assert ids == [e.id]
    assert _ids(ds_session, parse({"q": "special"})) == []


COMBINATIONS = [
    {"country": "IND", "pillar": "maritime_security"},
    {"country": "USA", "type": "call", "from": "2018-01-01"},
    {"pair_a": "IND", "pair_b": "USA", "pillar": "logistics"},
    {"country": "JPN", "q": "radar"},
    {"pillar": "exercises", "type": "exercise"},
    {"country": "FRA", "pair_a": "GBR", "pair_b": "IND"},
    {"from": "2016-01-01", "to": "2019-12-31", "q": "satellite"},
    {"status": "draft", "country": "IND"},
    {"status": "rejected"},
]


@pytest.mark.parametrize("values", COMBINATIONS)
def test_combinations(ds_session: Session, ds_data: Dataset, values: dict[str, object]) -> None:
    _check(ds_session, ds_data, values)


def test_random_combinations(ds_session: Session, ds_data: Dataset) -> None:
    rng = random.Random(42)
    choices = {
        "country": lambda: rng.choice(COUNTRIES),
        "pillar": lambda: rng.choice(PILLARS),
        "type": lambda: rng.choice(["call", "meeting", "dialogue", "agreement"]),
        "from": lambda: f"{rng.randrange(2015, 2025)}-01-01",
        "q": lambda: rng.choice(VOCAB),
        "official": lambda: str(rng.choice(ds_data.official_ids)),
    }
    non_empty = 0
    for _ in range(40):
        keys = rng.sample(sorted(choices), rng.randrange(2, 4))
        non_empty += bool(_check(ds_session, ds_data, {k: choices[k]() for k in keys}))
    assert non_empty >= 10  # the combinations are not trivially empty


def test_pagination_walks_every_row_once(ds_session: Session, ds_data: Dataset) -> None:
    f = parse({})
    assert _ids(ds_session, f, limit=7) == expected(ds_data.rows, f)


def test_pagination_is_stable_when_a_record_is_added_mid_walk(ds_session: Session, ds_data: Dataset) -> None:
    f = parse({})
    first = engagement_service.page(session=ds_session, filters=f, limit=10)
    make_engagement(ds_session, date=dt.date(2026, 1, 1))  # newer than everything
    make_engagement(ds_session, date=first.items[3].date, summary="same day as a seen row")
    seen = [e.id for e in first.items]
    cursor = first.next_cursor
    while cursor:
        page = engagement_service.page(session=ds_session, filters=f, cursor=cursor, limit=10)
        seen.extend(e.id for e in page.items)
        cursor = page.next_cursor
    want = expected(ds_data.rows, f)
    assert len(seen) == len(set(seen))
    assert [i for i in seen if i in set(want)] == want  # nothing skipped, order kept


def test_estimated_count_above_the_limit_is_labelled(ds_session: Session, ds_data: Dataset) -> None:
    f = parse({})
    if ON_POSTGRES:  # the estimate is the planner's: give it statistics, as autovacuum would
        ds_session.execute(text("ANALYZE engagements"))
    count = filtering.count(ds_session, f, limit=50)
    truth = len(ds_data.published())
    assert not count.exact
    assert count.label.startswith("about ")
    assert truth / 2 <= count.value <= truth * 2


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"from": "2025-13-01"}, "from"),
        ({"to": "yesterday"}, "to"),
        ({"country": "India"}, "country"),
        ({"official": "abc"}, "official"),
        ({"type": "lunch"}, "type"),
        ({"pair_a": "IND", "pair_b": "IND"}, "pair"),
        ({"from": "2025-02-01", "to": "2025-01-01"}, "from"),
        ({"status": "secret"}, "status"),
    ],
)
def test_bad_filters_are_invalid_with_a_message(values: dict[str, object], message: str) -> None:
    with pytest.raises(Invalid) as exc:
        parse(values)
    assert message in exc.value.message


def test_bad_cursor_is_invalid(ds_session: Session) -> None:
    for cursor in ["zzz", "bm90LWEtY3Vyc29y", "MjAyNS0xMy0wMTox"]:
        with pytest.raises(Invalid):
            engagement_service.page(session=ds_session, filters=parse({}), cursor=cursor)


def test_empty_form_fields_mean_no_filter() -> None:
    f = parse({"country": "", "pillar": " ", "from": "", "official": "", "q": "", "status": ""})
    assert f == EngagementFilter()
    assert f.query_params() == {}
