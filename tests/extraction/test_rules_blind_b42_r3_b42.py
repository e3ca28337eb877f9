"""Failure kinds blind batch b42 showed (round 3), each tested on invented sentences (names and places made
up, wording of the kinds wire copy and defence-ministry releases use)."""

import datetime as dt

from tests.extraction.extraction_fixtures import DAY
from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

# --- like deals of third states, told for comparison ---------------------------------------------------


def test_similar_agreements_signed_with_other_states_are_no_signing() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui "
        "Matos signed a defence cooperation agreement in Oslo today.\n\n"
        "Lisbon has signed similar agreements with Chile and Peru is negotiating one, and Kenya is expected "
        "to sign its own accord later this month."
    )
    recs = _extract(text)
    assert [(r["type"], r["countries"]) for r in recs] == [("agreement", ["NOR", "PRT"])]


def test_a_similar_agreement_signed_on_a_named_day_is_still_a_signing() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui "
        "Matos signed a defence cooperation agreement in Oslo today.\n\n"
        "On Thursday, Berg and Chilean Defence Minister Pablo Rojas signed a similar agreement in Bergen."
    )
    recs = _extract(text)
    assert sorted(tuple(r["countries"]) for r in recs if r["type"] == "agreement") == [
        ("CHL", "NOR"),
        ("NOR", "PRT"),
    ]


# --- the day of an announcement made during a visit ----------------------------------------------------


def test_a_meeting_told_in_a_relative_clause_of_the_visit_has_the_announcements_day() -> None:
    text = (
        "LISBON, May 3 (AP) - Portugal has allowed Norway to use two more of its air bases.\n\n"
        "The agreement was announced Friday during a visit to Lisbon by Norwegian Defence Minister Ola Berg, "
        "who met his Portuguese counterpart, Defence Minister Rui Matos, at the army's headquarters."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert len(recs) == 1
    assert (recs[0]["date"], recs[0]["date_precision"]) == (DAY.isoformat(), "day")


def test_a_relative_clause_with_a_day_of_its_own_keeps_that_day() -> None:
    text = (
        "LISBON, May 3 (AP) - Portugal has allowed Norway to use two more of its air bases.\n\n"
        "The agreement was announced Friday during a visit to Lisbon by Norwegian Defence Minister Ola Berg, "
        "who met his Portuguese counterpart, Defence Minister Rui Matos, on Thursday at the army's "
        "headquarters."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert [r["date"] for r in recs] == [(DAY - dt.timedelta(days=1)).isoformat()]


# --- a port call over several days, and a host's visit on board ----------------------------------------

_SATURDAY = dt.date(2024, 5, 4)


def test_a_hosts_tour_of_the_visiting_ships_is_part_of_their_port_call() -> None:
    text = (
        "PORTO, May 4 (Xinhua) -- Portuguese President Rui Matos on Saturday boarded the Norwegian frigate "
        "Fridtjof, one of two Norwegian naval ships paying a goodwill visit to his home city of Porto.\n\n"
        "The frigate, together with the supply ship Maud, arrived at the port of Porto on Friday for a "
        "four-day visit, the first by Norwegian naval vessels to the city.\n\n"
        "Matos, accompanied by Norwegian Ambassador to Portugal Kari Lunde, was welcomed aboard by the "
        "commander of the task group and toured the ship, watching a drill by Norwegian sailors."
    )
    recs = _extract(text, _SATURDAY)
    assert [(r["type"], r["date"]) for r in recs] == [("port_call", "2024-05-03")]
    assert {"Rui Matos", "Kari Lunde"} <= set(_names(recs[0]))


def test_a_ministers_visit_aboard_days_after_the_arrival_is_a_meeting_of_its_own() -> None:
    text = (
        "OSLO, May 3 (Reuters) - The Norwegian frigate Fridtjof arrived in Porto on Wednesday for a "
        "five-day port call.\n\n"
        "Today Portuguese Defence Minister Rui Matos came aboard the frigate to be shown around by "
        "Commander Ola Berg, the ship's captain."
    )
    recs = _extract(text)
    assert sorted(r["type"] for r in recs) == ["meeting", "port_call"]
