"""Failure kinds blind batches b56-b57 showed, each tested on invented sentences (names and places made
up, wording of the kinds wire copy and ministry readouts use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- a time phrase inside an "amid ... relations over ..." clause -----------------------------------


def test_a_dispute_dated_last_year_does_not_make_the_meeting_background() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Danish Defence Minister Lars Holm "
        "held talks in Oslo on Friday.\n\n"
        "Earlier in the day, Berg also had a brief, informal meeting with Portuguese Defence Minister Rui "
        "Matos, amid strained relations over a fishing dispute late last year."
    )
    recs = _extract(text)
    assert any("Rui Matos" in _names(r) for r in recs)


def test_a_meeting_itself_dated_last_year_stays_background() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Danish Defence Minister Lars Holm "
        "held talks in Oslo on Friday.\n\n"
        "Berg also had a meeting with Portuguese Defence Minister Rui Matos late last year, amid strained "
        "relations over a fishing dispute."
    )
    recs = _extract(text)
    assert all("Rui Matos" not in _names(r) for r in recs)


# --- a numbered round of named talks, its span, and its co-chairs ------------------------------------

_ROUND = (
    "OSLO, May 3 (Xinhua) -- The 9th round of Norway-U.S. Defense Policy Coordination Talks was held in "
    "Oslo from Wednesday to Thursday, the Norwegian defence ministry said Friday.\n\n"
    "Ola Berg, deputy director of the Office for International Military Cooperation of the Norwegian Joint "
    "Headquarters, and John Whitcombe, U.S. Deputy Assistant Secretary of Defense for Europe, co-chaired "
    "the talks, according to a ministry statement."
)


def test_a_numbered_round_of_talks_with_a_long_name_is_a_dialogue() -> None:
    recs = _extract(_ROUND)
    assert [r["type"] for r in recs] == ["dialogue"]


def test_talks_held_from_one_day_to_the_next_are_dated_by_their_start() -> None:
    recs = _extract(_ROUND)
    assert _summary(recs) == [("2024-05-01", "dialogue")]


def test_the_co_chairs_named_before_co_chaired_take_part() -> None:
    recs = _extract(_ROUND)
    assert len(recs) == 1
    assert {"Ola Berg", "John Whitcombe"} <= set(_names(recs[0]))
    assert not any("Cooperation" in n for n in _names(recs[0]))


def test_a_long_appositive_title_after_the_name_is_read() -> None:
    recs = _extract(_ROUND)
    berg = next(p for r in recs for p in r["participants"] if p["name"] == "Ola Berg")
    assert berg["title"] is not None and berg["title"].startswith("deputy director of the Office")


# --- a ship that docked "this Friday at" -------------------------------------------------------------


def test_a_ship_docked_this_friday_at_a_port_is_a_port_call() -> None:
    text = (
        'Setubal, May 3 (AVN) - The Norwegian Navy hospital ship "Fridtjof" docked this Friday at the port '
        "of Setubal, where it will remain until May 10 providing free medical care to the Portuguese "
        "population.\n\n"
        "The ship was welcomed with military honours by the Minister of Defence, Admiral-in-Chief Rui Matos, "
        "and the Ambassador of Norway in Portugal, Kari Lunde, who went aboard to greet the crew."
    )
    recs = [r for r in _extract(text) if r["type"] == "port_call"]
    assert len(recs) == 1
    assert recs[0]["date"] == "2024-05-03"
    assert {"Rui Matos", "Kari Lunde"} <= set(_names(recs[0]))


def test_the_next_one_named_after_and_is_not_the_title_of_the_one_before() -> None:
    text = (
        "Setubal, May 3 (AVN) - The Norwegian frigate Fridtjof docked on Friday at the port of Setubal, "
        "where it will remain until May 10 providing free medical care to the Portuguese population.\n\n"
        "The ship was welcomed with military honours by Admiral Rui Matos, and the Ambassador of Norway in "
        "Portugal, Kari Lunde."
    )
    matos = [p for r in _extract(text) for p in r["participants"] if p["name"] == "Rui Matos"]
    assert matos and all("Ambassador" not in (p["title"] or "") for p in matos)


# --- "the two men" after a sentence about an earlier leg ---------------------------------------------


def test_the_two_men_are_the_lead_pair_not_the_pair_of_the_leg_before() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and U.S. Defense Secretary John "
        "Whitcombe agreed on Friday to deepen cooperation between the two allies.\n\n"
        "Whitcombe arrived in Oslo on Thursday from Stockholm, where he attended a security forum and met "
        "Swedish Defence Minister Erik Lund on the sidelines.\n\n"
        "The two men met at the Akershus Fortress, a ministry spokesman told reporters."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert set(_names(recs[0])) == {"Ola Berg", "John Whitcombe"}
    assert recs[0]["date"] == "2024-05-03"


# --- a wire lead revealing last week's call ------------------------------------------------------------


def test_a_wire_lead_revealing_last_weeks_call_is_the_news() -> None:
    text = (
        "WASHINGTON, May 3 (Reuters) - U.S. Defense Secretary John Whitcombe spoke by telephone with "
        "Norwegian Defence Minister Ola Berg last week, days after a storm hit the Arctic base, a U.S. "
        "official said on Friday.\n\n"
        "The call took place on April 26 at Berg's request."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-04-26", "call")]
    assert {"Ola Berg", "John Whitcombe"} <= set(_names(recs[0]))


def test_last_weeks_call_told_later_in_the_story_stays_background() -> None:
    text = (
        "WASHINGTON, May 3 (Reuters) - U.S. Defense Secretary John Whitcombe met Norwegian Defence Minister "
        "Ola Berg in Washington on Friday.\n\n"
        "Whitcombe spoke by telephone with Danish Defence Minister Lars Holm last week, a U.S. official said "
        "on Friday."
    )
    recs = _extract(text)
    assert all("Lars Holm" not in _names(r) for r in recs)


# --- "the Pentagon chief" and "the Venezuelan crisis" in a second call of the visit ----------------------

_SECOND_CALL = (
    "LISBON, May 3 - U.S. Defense Secretary John Whitcombe met Portuguese Defence Minister Rui Matos at the "
    "Ministry of Defence in Lisbon on Friday.\n\n"
    "Later in the afternoon, the Pentagon chief was received by President Ana Sousa at the presidential "
    "palace, where the two discussed the Venezuelan crisis and cooperation against drug trafficking."
)


def test_the_pentagon_chief_is_a_title_not_the_place_of_the_meeting() -> None:
    recs = [r for r in _extract(_SECOND_CALL) if "Ana Sousa" in _names(r)]
    assert len(recs) == 1
    assert (recs[0]["location"] or {}).get("city") != "Washington"


def test_a_state_whose_crisis_the_two_discussed_is_no_party() -> None:
    text = (
        "U.S. Secretary of Defense John Whitcombe met on Friday with Portugal's new Defence Minister Rui "
        "Matos at the Ministry of Defence, the final stop of a week-long tour that also took him to Spain "
        "and France.\n\n"
        "Later in the afternoon, the Pentagon chief was received by President Ana Sousa at the presidential "
        "palace, where the two discussed the Venezuelan crisis and cooperation against drug trafficking."
    )
    recs = [r for r in _extract(text) if "Ana Sousa" in _names(r)]
    assert len(recs) == 1
    assert recs[0]["countries"] == ["PRT", "USA"]


def test_a_state_named_as_the_other_side_before_the_trigger_stays() -> None:
    text = (
        "CARACAS, May 3 - The Venezuelan crisis envoy Rui Matos met U.S. Defense Secretary John Whitcombe in "
        "Caracas on Friday."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert "VEN" in recs[0]["countries"]


def test_a_host_called_on_after_the_visitor_co_chaired_talks_is_no_chair_of_them() -> None:
    text = (
        "New Delhi [India], May 3 (ANI): Norway's Deputy Defence Minister Kari Lunde called on Defence "
        "Minister Arjun Mehra on Friday, a day after she co-chaired the fourth round of the India-Norway "
        "Defence Policy Dialogue.\n\n"
        "The Defence Policy Dialogue was held in New Delhi on Thursday under the co-chairmanship of Defence "
        "Secretary Vikram Rao and Ms Lunde."
    )
    recs = [r for r in _extract(text) if r["type"] == "dialogue"]
    assert len(recs) == 1
    assert "Arjun Mehra" not in _names(recs[0])
