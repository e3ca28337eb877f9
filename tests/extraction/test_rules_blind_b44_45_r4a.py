"""Failure kinds blind batches b44-b45 showed, each tested on invented sentences (names and places made
up, wording of the kinds real readouts, news agencies and wire copy use)."""

import datetime as dt
from typing import Any

from app.extraction import engine
from app.extraction.knowledge import CountryInfo, Knowledge, OfficeInfo, OfficialInfo, PositionInfo
from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- a signing reported as a further act of the talks ----------------------------------------------------


def test_talks_then_afterward_signed_are_two_records() -> None:
    text = (
        "LISBON, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui "
        "Matos held a bilateral meeting in Lisbon on Friday and afterward signed a letter of intent on naval "
        "cooperation."
    )
    recs = _extract(text)
    assert sorted(_summary(recs)) == [("2024-05-03", "agreement"), ("2024-05-03", "meeting")]
    assert all(set(_names(r)) == {"Ola Berg", "Rui Matos"} for r in recs)


def test_talks_and_a_signing_in_one_clause_stay_one_record() -> None:
    text = (
        "LISBON, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui "
        "Matos held a bilateral meeting in Lisbon on Friday and signed a letter of intent on naval "
        "cooperation."
    )
    assert len(_extract(text)) == 1


def test_a_signing_during_video_talks_is_a_record_of_its_own() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg held talks with Portuguese Defence "
        "Minister Rui Matos via video link on Friday, during which the two sides signed a roadmap for "
        "military cooperation."
    )
    recs = _extract(text)
    assert sorted(_summary(recs)) == [("2024-05-03", "agreement"), ("2024-05-03", "video_call")]
    assert all(set(_names(r)) == {"Ola Berg", "Rui Matos"} for r in recs)


def test_put_pen_to_paper_is_a_signing() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norway and Portugal have signed a new defence cooperation agreement.\n\n"
        "Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui Matos put pen to paper on "
        "Tuesday evening at the ministry in Oslo."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-04-30", "agreement")]
    assert set(_names(recs[0])) == {"Ola Berg", "Rui Matos"}


def test_ministers_who_attended_the_signing_ceremony_take_part_in_it() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norway and Portugal on Tuesday signed a contract for the purchase of 12 "
        "patrol boats.\n\n"
        "Norwegian Defence Minister Ola Berg and visiting Portuguese Defence Minister Rui Matos attended the "
        "signing ceremony at the Officers' Club, the ministry said in a statement."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-04-30", "agreement")]
    assert set(_names(recs[0])) == {"Ola Berg", "Rui Matos"}


def test_said_after_talks_with_whom_he_signed_dates_the_signing() -> None:
    text = (
        "OSLO, May 3 (Reuters) - The situation in the north is not satisfactory, Norwegian Defence Minister "
        "Ola Berg said on Wednesday after talks with his Portuguese counterpart Rui Matos, with whom he "
        "signed "
        "a memorandum of understanding on defence cooperation."
    )
    recs = _extract(text)
    assert [(r["date"], r["date_precision"]) for r in recs] == [("2024-05-01", "day")]


# --- a second contact of a visit ------------------------------------------------------------------------


def test_and_then_paid_a_courtesy_call_on_is_a_second_contact_of_the_visitor() -> None:
    text = (
        "LISBON, May 3 (Reuters) - Norwegian Defence Minister Ola Berg arrived in Lisbon on Friday on his "
        "first "
        "trip abroad. Hours later, he met with Portuguese national security chief Rui Matos, and then paid a "
        "courtesy call on Portuguese Acting President and Prime Minister Joao Silva, who told him the "
        "alliance "
        "was strong."
    )
    recs = _extract(text)
    assert sorted(sorted(_names(r)) for r in recs) == [["Joao Silva", "Ola Berg"], ["Ola Berg", "Rui Matos"]]


def test_hours_later_is_the_day_of_the_arrival_before() -> None:
    text = (
        "LISBON, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui "
        "Matos held talks in Lisbon on Friday.\n\n"
        "Berg arrived at Montijo Air Base, east of Lisbon, on Wednesday on his first trip abroad. Hours "
        "later, "
        "he met with Rui Matos at the ministry."
    )
    recs = _extract(text)
    assert ("2024-05-01", "meeting") in _summary(recs)


def test_there_he_met_is_at_the_stop_the_where_clause_before_names() -> None:
    text = (
        "LISBON, May 3 (Reuters) - Norwegian Defence Minister Ola Berg held talks with Portuguese Defence "
        "Minister Rui Matos in Lisbon on Friday.\n\n"
        "The Norwegian minister arrived from Spain, where he stopped on Wednesday to offer condolences on "
        "the "
        "death of a former king. There he met Deputy Prime Minister and Defence Minister Pablo Ruiz Garcia "
        "and "
        "discussed regional security."
    )
    recs = [r for r in _extract(text) if "Pablo Ruiz Garcia" in _names(r)]
    assert [(r["date"], sorted(r["countries"])) for r in recs] == [("2024-05-01", ["ESP", "NOR"])]


def test_a_name_qualifying_an_administration_takes_no_part() -> None:
    text = (
        "LISBON, May 3 - Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui Matos held "
        "talks in Lisbon on Friday, the first such meeting since the launch of the Henri Lavalle "
        "administration last month."
    )
    recs = _extract_with(text)
    assert len(recs) == 1
    assert "Henri Lavalle" not in _names(recs[0])


# --- talks and a call of the same day -------------------------------------------------------------------


def test_unmoded_talks_are_the_video_call_of_the_same_day() -> None:
    text = (
        "OSLO, May 3 (UNN) - On Friday, Norwegian Defence Minister Ola Berg held talks with his Portuguese "
        "counterpart Rui Matos, focusing on military cooperation.\n\n"
        '"Today, I had a productive video call with the Minister of Defence of Portugal Rui Matos. The main '
        'focus was on new projects," Berg wrote.'
    )
    assert _summary(_extract(text)) == [("2024-05-03", "video_call")]


def test_talks_placed_in_a_city_are_not_folded_into_a_call() -> None:
    text = (
        "LISBON, May 3 (UNN) - On Friday, Norwegian Defence Minister Ola Berg held talks with his Portuguese "
        "counterpart Rui Matos in Lisbon, focusing on military cooperation.\n\n"
        "Later on Friday, Berg had a video call with the Minister of Defence of Portugal Rui Matos on drones."
    )
    assert sorted(t for _, t in _summary(_extract(text))) == ["meeting", "video_call"]


# --- background and port calls ---------------------------------------------------------------------------


def test_last_weeks_named_meeting_is_background() -> None:
    text = (
        "OSLO, May 3 (Reuters) - The Norwegian frigate Fridtjof arrived in Lisbon on Friday for a port "
        "call.\n\n"
        "It also follows last week's Security Consultative Meeting in Oslo, at which Norwegian Defence "
        "Minister Ola "
        "Berg and Portuguese Defence Minister Rui Matos agreed to expand naval cooperation."
    )
    assert [t for _, t in _summary(_extract(text))] == ["port_call"]


def test_the_port_city_a_ship_arrived_in_is_the_host_not_a_state_of_an_aside() -> None:
    text = (
        "SETUBAL, May 3 (Reuters) - The Norwegian frigate Fridtjof arrived in the southern port city of "
        "Setubal "
        "on Friday for a scheduled port call, the navy said, as Russia prepares to hold naval drills."
    )
    recs = _extract(text)
    assert [sorted(r["countries"]) for r in recs] == [["NOR", "PRT"]]


def test_a_quoted_unit_commander_takes_part_in_the_exercise() -> None:
    text = (
        "SETUBAL, May 3 -- A total of 500 personnel of the Portuguese Army's 7th Infantry Brigade and the "
        "Norwegian Army today began the Nordlys Exercise around Setubal.\n\n"
        "The nine-day bilateral exercise is aimed at strengthening joint training, said 7th Infantry Brigade "
        "commander Brig Gen Rui Matos."
    )
    recs = [r for r in _extract(text) if r["type"] == "exercise"]
    assert len(recs) == 1
    assert "Rui Matos" in _names(recs[0])


def test_a_numbered_units_commander_is_the_title() -> None:
    text = (
        "SETUBAL, May 3 -- A total of 500 personnel of the Portuguese Army's 7th Infantry Brigade and the "
        "Norwegian Army today began the Nordlys Exercise around Setubal.\n\n"
        "The nine-day bilateral exercise is aimed at strengthening joint training, said 7th Infantry Brigade "
        "commander Brig Gen Rui Matos."
    )
    recs = [r for r in _extract(text) if r["type"] == "exercise"]
    titles = [p["title"] for r in recs for p in r["participants"] if p["name"] == "Rui Matos"]
    assert titles == ["7th Infantry Brigade commander"]


# --- offices standing for a person -------------------------------------------------------------------------


def _knowledge() -> Knowledge:
    return Knowledge(
        countries=(
            CountryInfo("FRA", "FR", "France", ("France",), ("French",)),
            CountryInfo("NOR", "NO", "Norway", ("Norway",), ("Norwegian",)),
            CountryInfo("PRT", "PT", "Portugal", ("Portugal",), ("Portuguese",)),
        ),
        pillars=(),
        officials=(
            OfficialInfo(
                "Henri Lavalle",
                "FRA",
                (),
                (PositionInfo("Prime Minister", "head_of_government", None, dt.date(2020, 1, 1), None),),
            ),
            OfficialInfo(
                "Joao Silvestre",
                "PRT",
                ("Joao Silvestrre",),
                (PositionInfo("President of Portugal", "head_of_state", None, dt.date(2020, 1, 1), None),),
            ),
        ),
        offices=(
            OfficeInfo(
                "head_of_government", "Head of government", ("Prime Minister",), {"FRA": ("Prime Minister",)}
            ),
            OfficeInfo("head_of_state", "Head of state", ("President",), {}),
            OfficeInfo("defence_minister", "Defence minister", ("Defence Minister",), {}),
        ),
    )


def _extract_with(text: str) -> list[dict[str, Any]]:
    day = dt.date(2024, 5, 3)
    return [d.to_dict() for d in engine.extract(text, published=day, knowledge=_knowledge())]


def test_the_prime_minister_is_not_the_one_state_the_snapshot_lists_the_wording_for() -> None:
    text = (
        "OSLO, May 3 - Norwegian Prime Minister Ola Berg has announced new funding for Portugal.\n\n"
        "The Prime Minister has today signed a new defence cooperation agreement with Portuguese Defence "
        "Minister Rui Matos in Lisbon."
    )
    recs = _extract_with(text)
    assert len(recs) == 1
    assert "Henri Lavalle" not in _names(recs[0])
    assert "FRA" not in recs[0]["countries"]


def test_an_office_and_a_known_surname_are_that_official() -> None:
    text = (
        "LISBON, May 3 - Norwegian Defence Minister Ola Berg has today signed a new defence cooperation "
        "agreement with President Silvestre in Lisbon."
    )
    recs = _extract_with(text)
    assert len(recs) == 1
    assert "Joao Silvestre" in _names(recs[0])
    assert sorted(recs[0]["countries"]) == ["NOR", "PRT"]


def test_a_known_surname_under_another_office_is_not_that_official() -> None:
    text = (
        "LISBON, May 3 - Norwegian Defence Minister Ola Berg has today signed a new defence cooperation "
        "agreement with Defence Minister Silvestre in Lisbon."
    )
    recs = _extract_with(text)
    assert all("Joao Silvestre" not in _names(r) for r in recs)
