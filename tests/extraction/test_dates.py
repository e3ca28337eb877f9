import datetime as dt

import pytest

from app.extraction import dates, reference

REF = dt.date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(
    ("phrase", "iso", "precision"),
    [
        ("talks on Thursday", "2024-03-14", "day"),
        ("talks on Monday", "2024-03-11", "day"),
        ("talks yesterday", "2024-03-13", "day"),
        ("talks today", "2024-03-14", "day"),
        ("talks on March 2", "2024-03-02", "day"),
        ("talks on 2 March", "2024-03-02", "day"),
        ("talks on Dec. 30", "2023-12-30", "day"),
        ("talks in February", "2024-02", "month"),
        ("talks on Sept. 9, 2021", "2021-09-09", "day"),
        ("talks in October 2019", "2019-10", "month"),
        ("talks last week", "2024-03", "month"),
    ],
)
def test_date_expressions_resolve_against_the_reference(phrase: str, iso: str, precision: str) -> None:
    hits = dates.find(phrase, 0, len(phrase), REF)
    assert hits and hits[0].iso() == iso and hits[0].precision == precision


def test_reporting_and_since_dates_are_flagged() -> None:
    text = "They spoke on Tuesday, the ministry said on Wednesday, their first talk since January."
    hits = dates.find(text, 0, len(text), REF)
    assert [h.reporting for h in hits] == [False, True, True]


def test_year_comes_from_the_publication_date_for_wire_datelines() -> None:
    text = "OSLO, Jan 2 (Nordic Wire) - The defence ministers met."
    ref = reference.find(text, dt.date(2025, 1, 3))
    assert ref.day == dt.date(2025, 1, 2) and ref.city == "Oslo" and ref.source == "dateline"


@pytest.mark.parametrize(
    "header",
    [
        "date 2023-05-06 Paris, May 6 : x",
        "Posted On: 06 MAY 2023 4:10PM by Desk",
        "Saturday, 6 May 2023, 10:00",
    ],
)
def test_header_forms(header: str) -> None:
    assert reference.find(header + "\nBody text here.", None).day == dt.date(2023, 5, 6)


def test_unknown_reference_gives_no_day() -> None:
    assert reference.find("No dates at all.", None).day is None
