"""Failure kinds blind batches b58-b59 showed, each tested on invented sentences (names and places made
up, wording of the kinds wire copy uses)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

# --- a since-phrase's "weeks ago" is not the contact's time --------------------------------------------


def test_weeks_ago_in_a_since_phrase_keeps_the_meeting() -> None:
    text = (
        "Norwegian Defence Minister Kari Lunde met French Armed Forces Minister Paul Girard in Bergen on "
        "Thursday, the first stop on her first trip abroad since taking the job less than three weeks ago."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert len(recs) == 1
    assert {"Kari Lunde", "Paul Girard"} <= set(_names(recs[0]))
    assert recs[0]["date"] == "2024-05-02"


def test_a_meeting_weeks_ago_stays_background() -> None:
    text = (
        "Norwegian Defence Minister Kari Lunde met French Armed Forces Minister Paul Girard in Bergen "
        "three weeks ago."
    )
    assert [r for r in _extract(text) if r["type"] == "meeting"] == []


# --- "bin Said" is a name, not the verb of a statement ---------------------------------------------------


def test_a_name_ending_in_bin_said_does_not_make_the_day_a_reporting_date() -> None:
    text = (
        "NIZWA, May 3 (Reuters) - French Armed Forces Minister Paul Girard met Oman's Defence Minister "
        "Khalid bin Said on Wednesday, as Paris looks for help in the region."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert len(recs) == 1
    assert recs[0]["date"] == "2024-05-01"
    assert recs[0]["date_precision"] == "day"


# --- "Y will ..., X said on Wednesday after meeting U.S. Defense Secretary Z" ----------------------------


def test_a_remark_after_meeting_an_official_written_with_a_state_initialism_is_a_meeting() -> None:
    text = (
        "WASHINGTON, May 1 (Reuters) - Norway will buy 50 more missiles a year earlier than planned, "
        "Norwegian Defence Minister Kari Lunde said on Wednesday after meeting U.S. Defense Secretary "
        "Tom Barrow at the Pentagon."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert len(recs) == 1
    assert {"Kari Lunde", "Tom Barrow"} <= set(_names(recs[0]))
    assert recs[0]["date"] == "2024-05-01"


def test_a_meeting_that_will_come_is_still_background() -> None:
    text = (
        "WASHINGTON, May 1 (Reuters) - Norwegian Defence Minister Kari Lunde will meet U.S. Defense "
        "Secretary Tom Barrow at the Pentagon next week, officials said on Wednesday."
    )
    assert [r for r in _extract(text) if r["type"] == "meeting"] == []


# --- "to congratulate him on his appointment last month": the appointment's time, not the call's --------


def test_a_call_to_congratulate_on_last_months_appointment_is_dated_by_its_own_day() -> None:
    text = (
        "Norwegian Defence Minister Kari Lunde spoke by phone with French Armed Forces Minister Paul Girard "
        "on Thursday to congratulate him on his appointment as head of the ministry last month."
    )
    recs = [r for r in _extract(text) if r["type"] == "call"]
    assert len(recs) == 1
    assert recs[0]["date"] == "2024-05-02"


def test_a_call_last_month_to_congratulate_stays_background() -> None:
    text = (
        "Norwegian Defence Minister Kari Lunde spoke by phone with French Armed Forces Minister Paul Girard "
        "last month to congratulate him on his appointment."
    )
    assert [r for r in _extract(text) if r["type"] == "call"] == []


# --- a visitor's two hosts in one sentence; words to reporters are no call ------------------------------


def test_met_one_host_then_held_talks_with_another_are_two_meetings() -> None:
    text = (
        "BERGEN, May 3, 2024 - French Armed Forces Minister Paul Girard met this morning with Norwegian "
        "Prime Minister Ola Berg at the government building, then held talks with Norwegian Defence "
        "Minister Kari Lunde at the Defence Ministry."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert len(recs) == 2
    assert {"Paul Girard", "Ola Berg"} == set(_names(recs[0]))
    assert {"Paul Girard", "Kari Lunde"} == set(_names(recs[1]))


def test_two_ministers_speaking_to_reporters_after_their_meeting_is_no_call() -> None:
    text = (
        "BERGEN, May 3, 2024 - French Armed Forces Minister Paul Girard held talks with Norwegian Defence "
        "Minister Kari Lunde at the Defence Ministry. Girard and Lunde spoke to reporters after their "
        "meeting."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["meeting"]


def test_a_call_with_a_named_counterpart_is_still_a_call() -> None:
    text = (
        "Norwegian Defence Minister Kari Lunde spoke to French Armed Forces Minister Paul Girard on Thursday."
    )
    assert [r["type"] for r in _extract(text)] == ["call"]
