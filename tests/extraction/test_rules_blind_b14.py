"""Failure kinds the blind batches b11 and b14 showed, each tested on invented sentences (names made up,
wording of the kinds real readouts, news agencies and wire copy use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- types ----------------------------------------------------------------------------------------------


def test_a_telephone_conference_is_a_call() -> None:
    text = (
        "Norway-France Defence Ministerial Telephone Conference (Summary)\n\nMay 3, 2024\n\n"
        "On May 3, Defence Minister Ola Berg held a telephone conference with Paul Marchand, Minister of "
        "the Armed Forces of France. The summary is as follows."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "call")
    assert rec["countries"] == ["FRA", "NOR"]


def test_a_telephone_conference_still_to_come_is_no_call() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg will hold a telephone conference with "
        "French Armed Forces Minister Paul Marchand next week."
    )
    assert _extract(text) == []


def test_officials_watching_troops_in_a_named_exercise_attend_it_dated_by_its_opening() -> None:
    text = (
        "HARSTAD, Norway, May 3 (NTB) - Norwegian Defence Minister Ola Berg and French Armed Forces "
        "Minister Paul Marchand on Thursday watched Norwegian and French troops storm a beach in the "
        "centrepiece of Exercise Nordlys 2024.\n\n"
        "Around 3,000 personnel are taking part in Nordlys 2024, which opened on April 22 and runs "
        "until May 10."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-04-22", "exercise")
    assert rec["countries"] == ["FRA", "NOR"]
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_watching_a_film_about_an_exercise_long_ago_is_no_exercise() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg watched a documentary about a "
        "Norwegian-French exercise held last year."
    )
    assert _extract(text) == []


# --- background and non-contacts ------------------------------------------------------------------------


def test_port_calls_in_a_list_of_fields_to_promote_are_a_topic() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg met French Armed Forces Minister Paul "
        "Marchand in Oslo on Friday. The ministers agreed to further promote defence exchanges, including "
        "training and port calls in Norway by French vessels."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting"]


def test_a_frigate_making_a_port_call_is_still_news() -> None:
    text = (
        "BREST, May 3 (AFP) - The Norwegian frigate HNoMS Otto Sverdrup made a port call in Toulon on Friday."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["countries"]) == ("port_call", ["FRA", "NOR"])


def test_talks_with_a_state_that_are_under_way_are_a_negotiation() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norway and Sweden on Friday signed a visiting forces agreement in Oslo. "
        "Norwegian Defence Minister Ola Berg said a similar deal with Denmark would follow soon, and talks "
        "with France are under way."
    )
    assert [(r["type"], r["countries"]) for r in _extract(text)] == [("agreement", ["NOR", "SWE"])]


def test_talks_held_with_a_counterpart_remain_a_meeting() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg held talks with French Armed Forces "
        "Minister Paul Marchand in Oslo on Friday while negotiations on a supply deal are under way."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "meeting")


def test_a_trip_later_this_week_for_talks_is_still_to_come() -> None:
    text = (
        "PARIS, May 3 (AFP) - Norwegian Defence Minister Ola Berg met French Armed Forces Minister Paul "
        "Marchand in Paris on Friday.\n\n"
        "Berg travels on to Britain later this week for annual talks with his British counterpart."
    )
    assert [(r["type"], r["countries"]) for r in _extract(text)] == [("meeting", ["FRA", "NOR"])]


def test_talks_on_a_named_day_before_a_summit_later_this_week_are_news() -> None:
    text = (
        "PARIS, May 3 (AFP) - Ahead of a summit later this week, Norwegian Defence Minister Ola Berg "
        "on Friday held talks with French Armed Forces Minister Paul Marchand in Paris."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "meeting")


# --- states ---------------------------------------------------------------------------------------------


def test_a_third_state_the_partners_face_is_no_party_to_the_port_call() -> None:
    text = (
        "TOKYO, May 3 (Kyodo) - The Norwegian frigate HNoMS Otto Sverdrup sailed into Yokosuka on "
        "Friday, the first time the ship has called at a Japanese port, as Oslo and Tokyo deepen defence "
        "ties in the face of China's growing assertiveness at sea."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["countries"]) == ("port_call", ["JPN", "NOR"])


def test_a_port_call_at_a_base_of_a_third_states_navy_is_with_the_host() -> None:
    text = (
        "TOKYO, May 3 (Kyodo) - The Norwegian frigate HNoMS Otto Sverdrup berthed at the U.S. Navy base "
        "in Yokosuka, south of Tokyo, on Friday."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["countries"]) == ("port_call", ["JPN", "NOR"])


def test_a_navy_named_before_its_ship_stays_the_visiting_state() -> None:
    text = "TOKYO, May 3 (Kyodo) - A Royal Norwegian Navy patrol ship docked at Yokosuka on Friday morning."
    (rec,) = _extract(text)
    assert (rec["type"], rec["countries"]) == ("port_call", ["JPN", "NOR"])


# --- signings -------------------------------------------------------------------------------------------


def test_a_signing_welcomed_with_an_aside_is_a_record_of_its_own_signatories() -> None:
    text = (
        "Norway-France Defence Ministerial Meeting\n\nMay 3, 2024\n\n"
        "On May 3, 2024, Defence Minister Ola Berg held a meeting with Paul Marchand, Minister of the "
        "Armed Forces of France, at the Ministry of the Armed Forces in Paris.\n\n"
        "2. The two Ministers welcomed the signing, earlier on the same day, of the Agreement between the "
        "Government of Norway and the Government of France concerning the Transfer of Defence Equipment by "
        "Ambassador of Norway to France Kari Lunde, and Deputy Minister of the Armed Forces Anne Roche."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting"), ("2024-05-03", "agreement")]
    assert sorted(_names(recs[1])) == ["Anne Roche", "Kari Lunde"]


# --- dates ----------------------------------------------------------------------------------------------


def test_an_aside_right_after_a_named_dialogue_tells_its_day() -> None:
    text = (
        "Joint media release\n\nNorway and France sign the Bergen Treaty\n\n3 May 2024\n\n"
        "Today Norwegian Defence Minister Ola Berg and French Armed Forces Minister Paul Marchand signed "
        "the Norway-France Submarine Treaty in Bergen.\n\n"
        "The signing follows the 5th Norway-France Ministerial Consultations (NORFRA), which Mr Berg "
        "hosted in Oslo yesterday with French Foreign Minister Anne Roche, and Mr Marchand."
    )
    recs = _extract(text)
    assert sorted(_summary(recs)) == [("2024-05-02", "dialogue"), ("2024-05-03", "agreement")]


def test_an_aside_about_a_person_does_not_date_the_contact() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg met French Armed Forces Minister Paul "
        "Marchand, who arrived on Wednesday, at the ministry in Oslo on Friday."
    )
    (rec,) = _extract(text)
    assert rec["date"] == "2024-05-03"


def test_a_lead_said_on_a_day_after_talks_dates_the_talks_named_next() -> None:
    text = (
        "PARIS, May 3 (AFP) - Norway and France will jointly produce artillery shells for their allies, "
        "their defence ministers said on Thursday, after the first face-to-face talks between the two "
        "countries' ministers in years.\n\n"
        "Norwegian Defence Minister Ola Berg and French Armed Forces Minister Paul Marchand sat down in "
        "Paris for what both sides called the relaunch of their 2+2 ministerial consultations."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "dialogue")


# --- sequences ------------------------------------------------------------------------------------------


def test_calling_on_one_host_and_then_holding_talks_with_another_are_two_contacts() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg began the tour on Monday in Paris, where "
        "he first called on French Foreign Minister Anne Roche at the Quai d'Orsay and then held talks at "
        "the defence ministry with French Armed Forces Minister Paul Marchand."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-04-29", "meeting"), ("2024-04-29", "meeting")]
    assert [sorted(_names(r)) for r in recs] == [["Anne Roche", "Ola Berg"], ["Ola Berg", "Paul Marchand"]]
    assert [r["location"]["city"] for r in recs] == ["Paris", "Paris"]


def test_meeting_and_then_holding_a_press_conference_is_one_contact() -> None:
    text = (
        "PARIS, May 3 (AFP) - Norwegian Defence Minister Ola Berg met French Armed Forces Minister Paul "
        "Marchand in Paris on Friday and then held a joint press conference."
    )
    assert _summary(_extract(text)) == [("2024-05-03", "meeting")]


# --- datelines ------------------------------------------------------------------------------------------


def test_a_dateline_town_before_a_plain_hyphen_is_the_place_not_a_person() -> None:
    text = (
        "By Coastal Times staff | May 3, 2024\n\n"
        "SAN VICENTE, Palawan - Defense Secretary Ramon Dizon of the Philippines and Norwegian Defence "
        "Minister Ola Berg met on Friday."
    )
    (rec,) = _extract(text)
    assert sorted(_names(rec)) == ["Ola Berg", "Ramon Dizon"]
    assert rec["location"]["city"] == "San Vicente"


def test_telling_a_counterpart_something_during_talks_on_the_sidelines_is_a_meeting() -> None:
    text = (
        "BERGEN, Norway, May 3 (NTB) - Norwegian Defence Minister Ola Berg told his French counterpart "
        "Paul Marchand that the two countries must keep up the momentum in their relationship, during talks "
        "on the sidelines of a regional defence ministers' meeting in Bergen on Thursday evening."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"], rec["countries"]) == ("2024-05-02", "meeting", ["FRA", "NOR"])


def test_during_the_talks_opening_a_later_sentence_adds_no_contact() -> None:
    text = (
        "BERGEN, Norway, May 3 (NTB) - Norwegian Defence Minister Ola Berg met French Armed Forces "
        "Minister Paul Marchand in Bergen on Thursday. During the talks on the sidelines, both sides "
        "reviewed their cooperation."
    )
    assert _summary(_extract(text)) == [("2024-05-02", "meeting")]


def test_an_envoy_of_ones_own_state_meeting_one_at_the_airport_is_no_bilateral_contact() -> None:
    text = (
        "PARIS, May 3 (AFP) - Norwegian Defence Minister Ola Berg met French Armed Forces Minister Paul "
        "Marchand in Paris on Friday. Berg landed in Paris on Thursday and was met at the airport by "
        "Norway's Ambassador to France, Kari Lunde."
    )
    assert [(r["date"], r["countries"]) for r in _extract(text)] == [("2024-05-03", ["FRA", "NOR"])]


# --- participants ---------------------------------------------------------------------------------------


def test_a_byline_office_after_one_minister_is_not_the_next_ministers() -> None:
    text = (
        "Joint media release - The Hon Ola Berg MP, Deputy Prime Minister, Minister for Defence; Senator the "
        "Hon Kari Lunde, Minister for Foreign Affairs\n\n"
        "3 May 2024\n\n"
        "Today the Deputy Prime Minister and Minister for Defence, the Hon Ola Berg MP, and France's "
        "Minister of the Armed Forces, Paul Marchand, signed the Norway-France Submarine Treaty in Bergen."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "agreement"
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_forces_of_other_states_said_to_be_taking_part_are_parties_to_the_exercise() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian and French troops on Friday began Exercise Fjordstorm in northern "
        "Norway, the largest drill the two countries have held.\n\n"
        "Besides the Norwegian and French forces, a contingent of the U.S. Marine Corps and a Danish "
        "frigate are participating."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "exercise")
    assert rec["countries"] == ["DNK", "FRA", "NOR", "USA"]


def test_forces_that_will_join_a_later_edition_are_no_parties() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian and French troops on Friday began Exercise Fjordstorm in northern "
        "Norway.\n\n"
        "Officials said a Danish frigate will be taking part next year."
    )
    (rec,) = _extract(text)
    assert rec["countries"] == ["FRA", "NOR"]


def test_a_navy_ship_sailing_into_a_harbour_makes_a_port_call_with_the_ports_state_only() -> None:
    text = (
        "TOULON, May 3 (AFP) - A Royal Norwegian Navy patrol ship sailed into Toulon harbour on Friday "
        "morning, mooring near a Russian naval group whose arrival earlier this week was tracked closely "
        "by the United States."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"], rec["countries"]) == ("2024-05-03", "port_call", ["FRA", "NOR"])


def test_a_ship_sailing_into_a_sea_makes_no_port_call() -> None:
    text = (
        "OSLO, May 3 (NTB) - The Norwegian frigate HNoMS Otto Sverdrup sailed into the Baltic Sea on Friday "
        "to join a French task group."
    )
    assert [r["type"] for r in _extract(text)] != ["port_call"]
