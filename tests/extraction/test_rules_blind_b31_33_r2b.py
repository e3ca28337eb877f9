"""Failure kinds blind batches b31-b33 showed, each tested on invented sentences (names and places made
up, wording of the kinds real readouts, news agencies and wire copy use)."""

from app.extraction.countries import CountryIndex
from app.extraction.knowledge import builtin
from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- meetings the triggers missed ------------------------------------------------------------------------


def test_welcoming_a_crown_prince_to_the_ministry_is_a_meeting() -> None:
    text = (
        "WASHINGTON (Reuters) - U.S. Defense Secretary Tom Harlan welcomed Bahraini Crown Prince Salman "
        "Al Fadil to the Pentagon on Thursday, saying the two countries would deepen their ties."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-02", "meeting")]
    assert "Salman Al Fadil" in _names(recs[0])


def test_agreeing_at_their_meeting_in_a_city_today_is_the_meeting() -> None:
    text = (
        "PRAGUE, May 3 (CTK) - U.S. Secretary of Defense Tom Harlan and Czech Defence Minister Jana "
        "Novakova agreed at their meeting in Prague today to speed up talks on a defence agreement."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting")]
    assert set(_names(recs[0])) == {"Tom Harlan", "Jana Novakova"}


def test_their_meeting_in_a_month_past_is_no_meeting_of_the_day() -> None:
    text = (
        "PRAGUE, May 3 (CTK) - U.S. Secretary of Defense Tom Harlan and Czech Defence Minister Jana "
        "Novakova agreed at their meeting in January to speed up talks on a defence agreement."
    )
    assert all(r["date"] != "2024-05-03" for r in _extract(text))


def test_a_visitor_welcomed_on_the_tarmac_by_the_prime_minister_is_a_meeting() -> None:
    text = (
        "CONSTANTA, Romania, May 3 (AFP) - French President Paul Girard met his Romanian counterpart Ion "
        "Popescu on Wednesday at a NATO air base near the Black Sea.\n\n"
        "Girard arrived late on Tuesday and was welcomed on the tarmac by Prime Minister Andrei Marin before "
        "spending the evening with French troops."
    )
    recs = _extract(text)
    tuesday = [r for r in recs if r["date"] == "2024-04-30"]
    assert len(tuesday) == 1 and tuesday[0]["type"] == "meeting"
    assert "Andrei Marin" in _names(tuesday[0])


def test_two_ministers_joining_a_third_for_trilateral_talks_is_a_meeting_of_three() -> None:
    text = (
        "BANGKOK, May 3 (Yonhap) -- South Korean Defense Minister Kim Dong-su and his Japanese counterpart, "
        "Kenji Sato, "
        "met for about 40 minutes at a hotel in Bangkok on Friday.\n\n"
        "In the afternoon, Kim and Sato joined U.S. Secretary of Defense Tom Harlan for trilateral talks, "
        "where North Korea topped the agenda."
    )
    recs = _extract(text)
    assert ["JPN", "KOR", "USA"] in [r["countries"] for r in recs]


# --- named mechanisms ------------------------------------------------------------------------------------


def test_a_standing_bilateral_commission_meeting_is_a_dialogue_of_its_delegation() -> None:
    text = (
        "U.S. Embassy Lisbon\nMay 3, 2024\n\n"
        "The 12th session of the U.S.-Portugal Standing Bilateral Commission met on May 2 in Lisbon to "
        "discuss transatlantic security.\n\n"
        "Deputy Assistant Secretary of Defense Mary Collins led the U.S. delegation, joined by U.S. "
        "Ambassador to Portugal John Parker."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-02", "dialogue")]
    assert "John Parker" in _names(recs[0])


# --- states --------------------------------------------------------------------------------------------


def test_a_self_defense_force_ship_is_japanese() -> None:
    text = (
        "TOKYO, May 3 Kyodo - A Maritime Self-Defense Force submarine on Friday made its first port call in "
        "Vietnam, docking at Cam Ranh Bay, the Defense Ministry said."
    )
    recs = _extract(text)
    assert [(r["type"], r["countries"]) for r in recs] == [("port_call", ["JPN", "VNM"])]


def test_an_acronym_the_text_defines_by_a_state_body_names_that_state() -> None:
    cidx = CountryIndex(builtin())
    text = (
        "The frigate exercised with the Royal Saudi Naval Forces (RSNF) off Jubail. The commander called on "
        "the chief of the RSNF on Friday."
    )
    later = text.rindex("RSNF")
    assert any(c.start == later and c.iso3 == "SAU" for c in cidx.find(text))


def test_an_acronym_of_a_two_state_name_names_no_state() -> None:
    cidx = CountryIndex(builtin())
    text = "The India-Japan Maritime Exercise (JIMEX) began on Friday. JIMEX runs for five days."
    later = text.rindex("JIMEX")
    assert not any(c.start == later for c in cidx.find(text))


# --- dates ---------------------------------------------------------------------------------------------


def test_a_day_after_came_weeks_after_belongs_to_the_earlier_event() -> None:
    text = (
        "MANILA, Philippines - The Philippines and Australia are exploring joint patrols in the South China "
        "Sea, their defense chiefs said on Wednesday.\n\n"
        "Defense Secretary Carlos Mendez and Australian Defense Minister Peter Doyle met at Camp Aguinaldo "
        "in Quezon City.\n\n"
        "Doyle said the meeting with his Filipino counterpart would become a yearly affair. The talks came "
        "weeks after the Philippine Coast Guard said a Chinese ship had pointed a laser at one of its "
        "vessels on April 6."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert recs[0]["date"] != "2024-04-06"


def test_the_day_both_chiefs_spoke_in_the_lead_is_the_day_they_met() -> None:
    text = (
        "MANILA, Philippines - The Philippines and Australia are exploring joint patrols in the South China "
        "Sea, their defense chiefs said on Wednesday.\n\n"
        "Defense Secretary Carlos Mendez and Australian Defense Minister Peter Doyle met at Camp Aguinaldo "
        "in Quezon City."
    )
    assert _summary(_extract(text)) == [("2024-05-01", "meeting")]


def test_days_later_after_a_dated_event_is_counted_from_that_event() -> None:
    text = (
        "WASHINGTON, May 3 - U.S. Defense Secretary Tom Harlan spoke by phone May 1 with Qatar Minister of "
        "Defense Khalid Al-Mansour, the Pentagon said.\n\n"
        "Three Gulf states cut diplomatic ties with Qatar in January, accusing Doha of supporting "
        "terrorism. Days later, Harlan and Al-Mansour signed an agreement in Washington for Qatar's "
        "purchase of fighter jets."
    )
    assert _summary(_extract(text)) == [("2024-05-01", "call")]


# --- background contacts ----------------------------------------------------------------------------------


def test_a_call_told_with_has_also_and_no_day_is_background() -> None:
    text = (
        "NEW DELHI: Indian Defence Minister Arun Mehta on Thursday held a telephonic conversation with his "
        "Japanese counterpart Kenji Sato and exchanged views on regional security.\n\n"
        "Mehta has also spoken with US Defense Secretary Tom Harlan over the phone, during which Harlan "
        "briefed him on the Gulf."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-02", "call")]
    assert "Tom Harlan" not in _names(recs[0])


def test_a_call_told_with_has_also_and_its_own_day_is_news() -> None:
    text = (
        "NEW DELHI: Indian Defence Minister Arun Mehta on Thursday held a telephonic conversation with his "
        "Japanese counterpart Kenji Sato and exchanged views on regional security.\n\n"
        "Mehta has also spoken with US Defense Secretary Tom Harlan over the phone on Wednesday."
    )
    recs = _extract(text)
    assert any("Tom Harlan" in _names(r) for r in recs)


def test_arriving_after_holding_talks_elsewhere_is_the_leg_before() -> None:
    text = (
        "BANGKOK, May 3 (Yonhap) -- South Korean Defense Minister Kim Dong-su and his Japanese counterpart, "
        "Kenji Sato, "
        "met for about 40 minutes at a hotel in Bangkok on Friday.\n\n"
        "U.S. Defense Secretary Tom Harlan arrived in Bangkok after holding the annual Security "
        "Consultative Meeting with Kim in Seoul on Wednesday, where he urged his two allies to work "
        "through their differences."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["meeting"]


def test_pleasure_at_holding_the_meeting_and_following_the_teleconference_name_the_call() -> None:
    text = (
        "On May 2, 2024, Defense Minister Kenji Sato held a video teleconference with Minister of Defense of "
        "Brazil, Mr. Joao Pereira da Costa, for approximately 40 minutes.\n\n"
        "Minister Sato expressed his pleasure at holding the meeting with Minister Pereira da Costa despite "
        "the distance.\n\n"
        "Following the teleconference, the Signing Ceremony of the Memorandum on Defense Cooperation between "
        "Japan and Brazil was held, with the two Ministers signing the document online.\n\n"
        "Both Ministers agreed to promote cooperation based on the signed Memorandum."
    )
    types = sorted(r["type"] for r in _extract(text))
    assert types == ["agreement", "video_call"]


def test_a_welcome_on_arrival_by_the_visitors_own_ambassador_is_no_contact() -> None:
    text = (
        "Rome, May 3 (ANI): Indian Defence Minister Arun Mehta held talks with Italian Defence Minister "
        "Marco Rossi in Rome on Thursday.\n\n"
        "On his arrival at Ciampino Airport, he was received by the Indian Ambassador to Italy, Dr Priya "
        "Nair, and senior Italian officials."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert "Priya Nair" not in _names(recs[0])


# --- ships and their officers ----------------------------------------------------------------------------


def test_the_officer_in_command_of_the_visiting_ships_takes_part() -> None:
    text = (
        "Indian ship Kaveri arrives in Oman's Port Sultan Qaboos as part of Gulf tour\n\n"
        "NEW DELHI, 3rd May, 2024 (WAM) -- Indian Naval Ship (INS) Kaveri arrived in Port Sultan Qaboos in "
        "Oman yesterday as part of a Gulf tour. Before arriving in Oman, INS Kaveri was in Doha.\n\n"
        "INS Kaveri will be in Muscat until 5th May under the command of Rear Admiral Vikram Rao, Flag "
        "Officer Commanding Western Fleet, the Ministry said."
    )
    recs = _extract(text)
    assert len(recs) == 1 and recs[0]["type"] == "port_call"
    assert _names(recs[0]) == ["Vikram Rao"]


def test_an_officer_on_an_earlier_trip_is_no_part_of_the_port_call() -> None:
    text = (
        "NEW DELHI, 3rd May, 2024 (WAM) -- Indian Naval Ship (INS) Kaveri arrived in Port Sultan Qaboos in "
        "Oman yesterday as part of a Gulf tour.\n\n"
        "Before arriving in Oman, the ship was in Doha. That visit coincided with a visit to Qatar by "
        "Admiral Suresh Pillai, Chief of India's Naval Staff, from 20th April to 22nd April."
    )
    recs = [r for r in _extract(text) if r["type"] == "port_call"]
    assert len(recs) == 1
    assert "Suresh Pillai" not in _names(recs[0])


def test_a_ship_arriving_to_take_part_in_a_bilateral_exercise_starts_the_exercise() -> None:
    text = (
        "New Delhi, 3 MAY 2024\n\n"
        "INS Kaveri, a frontline ship of the Western Fleet, arrived at Port Duqm, Oman, on 01 May 2024 to "
        "take part in 'Naseem 2024', the bilateral naval exercise between the Indian Navy and the Royal Navy "
        "of Oman."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-01", "exercise")]


def test_a_place_named_after_a_king_is_no_person() -> None:
    text = (
        "New Delhi, 3 MAY 2024\n\n"
        "Rear Admiral Vikram Rao, Flag Officer Commanding the Indian Navy's Western Fleet, called on Rear "
        "Admiral Fahd Al Harbi, Commander of the Saudi Eastern Fleet, at the King Omar Al Rashid Naval Base, "
        "Jubail, on 2 May."
    )
    recs = _extract(text)
    assert recs
    assert all("Rashid" not in n for r in recs for n in _names(r))


def test_the_frigate_of_the_port_call_exercising_with_a_host_ship_is_a_bilateral_exercise() -> None:
    text = (
        "New Delhi, May 3 (ANI): Indian Naval Ship Tabar entered the port of Naples in Italy on May 1 and "
        "was accorded a warm welcome by the Italian Navy.\n\n"
        "On departing the port, the frigate undertook a Maritime Partnership Exercise with ITS Carlo "
        "Bergamini, a frontline frigate of the Italian Navy, on May 2 in the Tyrrhenian Sea."
    )
    recs = _extract(text)
    drills = [r for r in recs if r["type"] == "exercise"]
    assert [(r["date"], r["countries"]) for r in drills] == [("2024-05-02", ["IND", "ITA"])]


def test_an_officer_on_another_thread_of_the_story_is_no_part_of_the_port_call() -> None:
    text = (
        "New Delhi, May 3 (ANI): Indian Naval Ship Tabar entered the port of Naples in Italy on May 1 and "
        "was accorded a warm welcome by the Italian Navy. Its Commanding Officer, Captain Anil Verma, called "
        "on the regional commander of the Italian Navy.\n\n"
        "Meanwhile, Army Chief General Ravi Menon is on a four-day visit to the United Kingdom and Italy."
    )
    recs = [r for r in _extract(text) if r["type"] == "port_call"]
    assert len(recs) == 1
    assert "Ravi Menon" not in _names(recs[0])
