"""Failure kinds blind batch b41 showed, each tested on invented sentences (names and places made up,
wording of the kinds real readouts, news agencies and wire copy use)."""

import datetime as dt

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

# --- dates: what both ministers agreed that day ---------------------------------------------------------


def test_a_lead_of_future_plans_the_two_ministers_agreed_on_a_day_dates_the_talks() -> None:
    text = (
        "OSLO - Norway and Portugal will hold regular staff talks and expand their naval drills, the two "
        "countries' defence ministers agreed on Wednesday (May 1).\n\n"
        "Norwegian Defence Minister Ola Berg and his Portuguese counterpart, Rui Matos, held a video "
        "conference in which they discussed regional security."
    )
    recs = [r for r in _extract(text) if r["type"] == "video_call"]
    assert len(recs) == 1
    assert recs[0]["date"] == "2024-05-01"


def test_a_lead_of_plans_with_no_joint_agreement_gives_no_day() -> None:
    text = (
        "OSLO - Norway and Portugal will hold regular staff talks on Wednesday, officials said.\n\n"
        "Norwegian Defence Minister Ola Berg and his Portuguese counterpart, Rui Matos, held a video "
        "conference in which they discussed regional security."
    )
    recs = [r for r in _extract(text) if r["type"] == "video_call"]
    assert all(r["date"] != "2024-05-01" for r in recs)


# --- several hosts in one clause ----------------------------------------------------------------------


def test_met_a_and_separately_b_is_a_record_for_each_host() -> None:
    text = (
        "LISBON (AP) - Norwegian Defence Minister Ola Berg made an unannounced visit to Portugal on "
        "Tuesday.\n\n"
        "Berg met Portuguese Prime Minister Rui Matos and, separately, his Portuguese counterpart, Defence "
        "Minister Joao Pires."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert sorted(sorted(_names(r)) for r in recs) == [["Joao Pires", "Ola Berg"], ["Ola Berg", "Rui Matos"]]


def test_met_a_and_b_together_stays_one_record() -> None:
    text = (
        "LISBON (AP) - Norwegian Defence Minister Ola Berg made an unannounced visit to Portugal on "
        "Tuesday.\n\n"
        "Berg met Portuguese Prime Minister Rui Matos and Defence Minister Joao Pires."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert len(recs) == 1


def test_talks_held_earlier_in_the_day_before_meeting_another_host_are_a_second_contact() -> None:
    text = (
        "OSLO, May 1 (Reuters) - Portuguese President Rui Matos told Norwegian Defence Minister Ola Berg on "
        "Wednesday that the two states would deepen ties.\n\n"
        "Berg, who arrived in Lisbon on Tuesday on his first visit since 2019, met Matos at the Belem "
        "Palace after holding talks with Portuguese Defence Minister Joao Pires at the ministry, earlier in "
        "the day."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert sorted((r["date"], sorted(_names(r))) for r in recs) == [
        ("2024-05-01", ["Joao Pires", "Ola Berg"]),
        ("2024-05-01", ["Ola Berg", "Rui Matos"]),
    ]


# --- calls with 'their counterparts' ---------------------------------------------------------------------


def test_two_officials_calling_their_counterparts_are_two_calls() -> None:
    text = (
        "WASHINGTON, May 1 (AFP) - Norwegian Defence Minister Ola Berg and the top Norwegian general, Erik "
        "Dahl, held phone calls with their Portuguese counterparts on Wednesday.\n\n"
        '"I just got off the phone with Portuguese Defence Minister Rui Matos," Berg told reporters.\n\n'
        "Dahl said he had also spoken with Portugal's chief of the general staff, General Joao Pires."
    )
    recs = [r for r in _extract(text) if r["type"] == "call"]
    assert sorted(sorted(_names(r)) for r in recs) == [["Erik Dahl", "Joao Pires"], ["Ola Berg", "Rui Matos"]]


def test_a_virtual_meeting_of_a_contact_group_is_no_bilateral_contact() -> None:
    text = (
        "WASHINGTON, May 1 (AFP) - Norwegian Defence Minister Ola Berg held a phone call with Portuguese "
        "Defence Minister Rui Matos on Wednesday.\n\n"
        "Earlier on Wednesday, Berg hosted a virtual meeting of the Moldova Defense Contact Group."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["call"]


# --- port calls and exercises --------------------------------------------------------------------------


def test_a_carrier_arriving_ahead_of_trilateral_drills_then_docking_is_one_port_call() -> None:
    text = (
        "PORT LOUIS, May 4 (Reuters) -- The USS Franklin Pierce, a U.S. aircraft carrier, arrived in the "
        "southwestern port city of Port Louis on Saturday ahead of the first trilateral exercise among "
        "Mauritius, the United States and France later this month, the Navy said.\n\n"
        "The carrier docked at a naval base in Port Louis along with the destroyers USS Aldous and USS Berne."
    )
    recs = [r for r in _extract(text, day=dt.date(2024, 5, 4)) if r["type"] == "port_call"]
    assert len(recs) == 1
    assert recs[0]["countries"] == ["MUS", "USA"]


def test_a_town_after_a_compass_adjective_and_port_city_of_is_the_place() -> None:
    text = (
        "The USS Theodore Houston, a U.S. aircraft carrier, arrived in the southwestern port city of "
        "Victoria on Friday for a four-day port call, the Seychelles navy said."
    )
    recs = [r for r in _extract(text) if r["type"] == "port_call"]
    assert len(recs) == 1
    assert recs[0]["location"]["city"] == "Victoria"


def test_an_exercise_brings_together_the_navies_the_next_sentence_names() -> None:
    text = (
        "The first phase of Exercise NORTHWIND commenced today off Porto and will continue until 6 May "
        "2024. The exercise brings together the Portuguese Navy, the Royal Norwegian Navy and the United "
        "States Navy."
    )
    recs = [r for r in _extract(text) if r["type"] == "exercise"]
    assert len(recs) == 1
    assert recs[0]["countries"] == ["NOR", "PRT", "USA"]


def test_another_edition_the_next_sentence_names_gives_the_exercise_no_states() -> None:
    text = (
        "The first phase of Exercise NORTHWIND commenced today off Porto and will continue until 6 May "
        "2024. Last year's exercise brought together the Portuguese Navy and the Royal Norwegian Navy."
    )
    recs = [r for r in _extract(text) if r["type"] == "exercise"]
    assert recs == []
