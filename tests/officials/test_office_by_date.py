"""Generated from the starter set: every position's office returns its holder at the start date,
at the end date, and someone else (or nobody) the day after the end date."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.extraction.knowledge import OfficialInfo, PositionInfo
from app.officials import offices
from app.officials import service as official_service
from tests.officials.kb import starter_set

ROWS = starter_set()
CASES = [
    pytest.param(info, p, id=f"{info.country}-{info.name}-{p.office}-{p.start}")
    for info in ROWS
    for p in info.positions
    if p.office and p.start
]


@pytest.fixture
def kb(session: Session) -> None:
    official_service.load_kb(session=session, rows=ROWS)  # idempotent: a no-op when already loaded


def _names(session: Session, info: OfficialInfo, office: str, day: dt.date) -> list[str]:
    return [
        t.official.name
        for t in offices.holders(session=session, country=info.country, office=office, day=day)
    ]


def _holds_again(info: OfficialInfo, p: PositionInfo, day: dt.date) -> bool:
    return any(q is not p and q.office == p.office and q.held_on(day) for q in info.positions)


def _others_starting(office: str, country: str, day: dt.date, name: str) -> bool:
    return any(
        o.name != name and o.country == country and q.office == office and q.start == day
        for o in ROWS
        for q in o.positions
    )


@pytest.mark.usefixtures("kb")
@pytest.mark.parametrize(("info", "p"), CASES)
def test_office_holder_at_start_end_and_day_after(
    session: Session, info: OfficialInfo, p: PositionInfo
) -> None:
    assert p.office and p.start
    at_start = _names(session, info, p.office, p.start)
    assert at_start and at_start[0] == info.name, f"{at_start} on {p.start}"
    if offices.office_key(p.title, info.country) == p.office:  # the title as written finds the same holder
        by_title = offices.holder(session=session, country=info.country, title=p.title, day=p.start)
        assert by_title is not None and by_title.official.name == info.name
    if p.end is None:
        return
    at_end = _names(session, info, p.office, p.end)
    if _others_starting(p.office, info.country, p.end, info.name):
        assert info.name in at_end  # a same-day handover: the successor comes first
    else:
        assert at_end and at_end[0] == info.name, f"{at_end} on {p.end}"
    after = p.end + dt.timedelta(days=1)
    if not _holds_again(info, p, after):
        assert info.name not in _names(session, info, p.office, after)


def test_the_starter_set_has_cases() -> None:
    assert CASES, "no position with an office key and a start date"
