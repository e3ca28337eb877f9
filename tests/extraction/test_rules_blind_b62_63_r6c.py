"""Failure kinds blind batches b62-b63 showed, each tested on invented sentences (names and places made
up, wording of the kinds wire copy uses)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

# --- a future announced in a remark made after the talks ----------------------------------------------


def test_talks_a_remark_about_the_future_followed_are_news() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norway will station about 300 more troops in Portugal, Norwegian Defence "
        "Minister Ola Berg said on Friday after talks with Portuguese Defence Minister Rui Matos, signalling "
        "a break with past policy."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert len(recs) == 1
    assert {"Ola Berg", "Rui Matos"} <= set(_names(recs[0]))


def test_talks_still_to_come_after_a_future_plan_stay_background() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norway will station about 300 more troops in Portugal after talks with "
        "Portuguese Defence Minister Rui Matos next month, Norwegian Defence Minister Ola Berg wrote."
    )
    assert [r for r in _extract(text) if r["type"] == "meeting"] == []


# --- a call to someone the story named before, by surname only -----------------------------------------


def test_phoning_a_person_named_before_by_surname_is_a_call() -> None:
    text = (
        "LONDON, Oct 23 (Reuters) - Russian Defence Minister Ivan Petrov told British Defence Secretary Tom "
        "Hale in a telephone call on Sunday that Moscow was concerned.\n\n"
        "Later on Sunday U.S. Defense Secretary Jim Kerr phoned Hale to reaffirm the U.S.-UK defence "
        "relationship, the Pentagon said."
    )
    recs = [r for r in _extract(text) if r["type"] == "call"]
    assert any({"Jim Kerr", "Tom Hale"} <= set(_names(r)) for r in recs)


def test_phoning_a_person_named_in_full_is_no_extra_surname_call() -> None:
    text = (
        "LONDON, Oct 23 (Reuters) - Russian Defence Minister Ivan Petrov told British Defence Secretary Tom "
        "Hale in a telephone call on Sunday that Moscow was concerned.\n\n"
        "Hale later phoned Downing Street to brief officials."
    )
    recs = [r for r in _extract(text) if r["type"] == "call"]
    assert len(recs) == 1


# --- two officials together on a visit ------------------------------------------------------------------


def test_joining_a_counterpart_on_a_visit_is_a_meeting() -> None:
    text = (
        "OSLO, May 3 (Bernama) -- Defence Minister Ola Berg today joined Portuguese Defence Minister Rui "
        "Matos on a visit to the Portuguese frigate Alvares Cabral, which is sailing in the North Sea."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert len(recs) == 1
    assert {"Ola Berg", "Rui Matos"} <= set(_names(recs[0]))


def test_joining_a_group_on_a_visit_is_no_meeting() -> None:
    text = (
        "OSLO, May 3 (Bernama) -- Defence Minister Ola Berg today joined a group of cadets on a visit to the "
        "frigate Alvares Cabral, which is sailing in the North Sea."
    )
    assert [r for r in _extract(text) if r["type"] == "meeting"] == []
