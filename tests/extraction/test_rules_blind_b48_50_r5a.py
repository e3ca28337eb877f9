"""Failure kinds blind batches b48-b50 showed, each tested on invented sentences (names and places made
up, wording of the kinds readouts, wire copy and agency reports use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- a contact dated by a later "today's call" ----------------------------------------------------------


def test_a_readout_of_todays_call_dates_the_undated_call() -> None:
    text = (
        "Oslo, May 3 (NTB) - Minister of Defence of Norway Ola Brekkestad has held a telephone "
        "conversation with Portuguese Defence Minister Rui Matoso, during which the sides discussed the "
        "security situation in the north.\n\n"
        "According to the press service of the ministry, Brekkestad briefed his counterpart on the "
        "border.\n\n"
        "Matoso reaffirmed Portugal's support, the Portuguese ministry said in a readout of today's call."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "call")]


def test_todays_meeting_does_not_date_a_call() -> None:
    text = (
        "Oslo, May 3 (NTB) - Minister of Defence of Norway Ola Brekkestad has held a telephone conversation "
        "with Portuguese Defence Minister Rui Matoso, during which the sides discussed the border.\n\n"
        "Brekkestad later told reporters about today's meeting of the cabinet."
    )
    recs = [r for r in _extract(text) if r["type"] == "call"]
    assert [r["date"] for r in recs] == ["2024-05"]


# --- "In their first meeting ..., the two discussed" ----------------------------------------------------


def test_in_their_first_meeting_the_two_discussed_is_the_meeting() -> None:
    text = (
        "OSLO, May 3 NTB - Norwegian Defence Minister Ola Brekkestad and Portuguese Defence Minister Rui "
        "Matoso agreed Friday to closely cooperate on Arctic surveillance.\n\n"
        "In their first meeting since Matoso took office last month, held at the Defence Ministry in Oslo, "
        "the two also discussed a proposed maritime coalition, according to the ministry."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting")]
    assert set(_names(recs[0])) == {"Ola Brekkestad", "Rui Matoso"}


# --- earlier stops of the trip --------------------------------------------------------------------------


def test_attendance_at_meetings_the_visit_follows_is_background() -> None:
    text = (
        "U.S. Secretary of Defense John Carver met with Chilean Minister of National Defense Rosa Valdivia "
        "today in Santiago.\n\n"
        "The visit follows Secretary Carver's attendance at the Pacific Defense Ministers' Forum in Lima "
        "and the U.S.-Republic of Peru Security Consultative Meeting in Lima."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting")]


def test_a_meeting_attended_in_an_aside_before_the_trip_is_background() -> None:
    text = (
        "SANTIAGO, May 3 - Chilean Defense Minister Rosa Valdivia and U.S. Defense Secretary John Carver "
        "met on Friday at the Defense Ministry in Santiago.\n\n"
        "Carver, who attended an annual security meeting with Peru in Lima on Tuesday, is on his first trip "
        "to South America as defense chief."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting")]


def test_talks_in_an_aside_of_a_speaker_are_still_the_contact() -> None:
    text = (
        "SANTIAGO, May 3 - U.S. Defense Secretary John Carver, who attended a meeting with Chilean Defense "
        "Minister Rosa Valdivia in Santiago on Friday, said the two countries would deepen ties."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting")]


# --- a 2+2 agreed to be held ----------------------------------------------------------------------------


def test_agreeing_to_hold_a_pair_named_committee_with_stops_is_future() -> None:
    text = (
        "On May 3, Minister of Defense Ola Brekkestad held a telephone conference with U.S. Secretary of "
        "Defense John Carver.\n\n"
        "The two Ministers confirmed that they will strengthen deterrence. They also agreed to hold a "
        'Norway-U.S. Security Consultative Committee ("2+2") meeting at the earliest possible timing.'
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "call")]


# --- the day of what a contact prepares for -------------------------------------------------------------


def test_the_day_of_the_meeting_a_call_prepares_for_is_not_the_calls() -> None:
    text = (
        "WASHINGTON (AA) - US Defense Secretary John Carver spoke by phone late Thursday with his Chilean "
        "counterpart Rosa Valdivia to go over priorities for this week's meeting of the Andes Contact "
        "Group, the Pentagon said.\n\n"
        '"Secretary of Defense John C. Carver III spoke with Chilean Minister of Defence Rosa Valdivia '
        'regarding priorities for the Andes Contact Group on May 4," Pentagon press secretary Brig. Gen. '
        "Tom Reyes said in a readout of the call."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-02", "call")]


def test_a_day_before_the_story_after_for_the_still_dates_the_call() -> None:
    text = (
        "WASHINGTON (AA) - US Defense Secretary John Carver spoke with Chilean Minister of Defense Rosa "
        "Valdivia regarding preparations for the Andes Contact Group on Wednesday, the Pentagon said."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-01", "call")]


# --- a guest hosted at a dinner -------------------------------------------------------------------------


def test_a_guest_hosted_at_a_dinner_the_day_before_the_talks_is_a_record_of_its_own() -> None:
    text = (
        "WASHINGTON, May 3 (PTI) Chilean Defence Minister Rosa Valdivia and US Defence Secretary John Carver "
        "have agreed to deepen cooperation on jet engines.\n\n"
        "Valdivia, on her maiden visit to the US as Defence Minister, was hosted by Carver at an informal "
        "dinner at the Pentagon on Wednesday evening. The two held a bilateral meeting there on Thursday "
        "morning, followed by a joint press conference."
    )
    recs = _extract(text)
    assert sorted(_summary(recs)) == [("2024-05-01", "meeting"), ("2024-05-02", "meeting")]


def test_an_event_hosted_by_a_minister_is_no_dinner_guest() -> None:
    text = (
        "WASHINGTON, May 3 (PTI) Chilean Defence Minister Rosa Valdivia met US Defence Secretary John Carver "
        "on Thursday.\n\n"
        "The forum was hosted by Carver's department and drew 40 companies."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-02", "meeting")]


# --- a ceremony for the handing over of equipment -------------------------------------------------------


def test_a_ceremony_for_the_handing_over_of_aircraft_with_the_other_minister_is_a_contact() -> None:
    text = (
        "Raksha Mantri Shri Arjun Mehra, who is on an official visit to France, called on the President of "
        "the French Republic, Mr Luc Garnier, at the Elysee Palace in Paris today.\n\n"
        "Later in the day, Shri Arjun Mehra travelled to Istres, where he took part in the ceremony for the "
        "handing over of the first transport aircraft for the Indian Air Force, along with the French "
        "Minister for the Armed Forces, Ms Claire Bonnet, at the Airbus facility."
    )
    recs = [r for r in _extract(text) if "Claire Bonnet" in _names(r)]
    assert len(recs) == 1
    assert "Arjun Mehra" in _names(recs[0])


# --- an exercise that opens this evening ----------------------------------------------------------------


def test_an_exercise_the_ministers_announce_from_this_evening_is_a_record() -> None:
    text = (
        "Minister for Defence Ola Brekkestad today met Portugal's Minister of Defence Rui Matoso in "
        "Lisbon.\n\n"
        "Minister Matoso announced that Norwegian and Portuguese vessels, together with the United States, "
        "would conduct a trilateral exercise in the Atlantic from this evening."
    )
    recs = _extract(text)
    assert ("2024-05-03", "exercise") in _summary(recs)


def test_an_exercise_announced_for_next_month_is_no_record() -> None:
    text = (
        "Minister for Defence Ola Brekkestad today met Portugal's Minister of Defence Rui Matoso in "
        "Lisbon.\n\n"
        "Minister Matoso announced that Norwegian and Portuguese vessels would conduct a bilateral exercise "
        "in the Atlantic next month."
    )
    recs = _extract(text)
    assert all(r["type"] != "exercise" for r in recs)


# --- a signing after a named dialogue -------------------------------------------------------------------


def test_a_signing_after_a_named_ministers_dialogue_is_two_records() -> None:
    text = (
        "LISBON - Norway and Portugal signed an agreement on Friday that will give their navies greater "
        "access to each other's facilities.\n\n"
        "The Norway-Portugal Agreement for Navy Cooperation was signed by Defence Minister Ola Brekkestad "
        "and his Portuguese counterpart Rui Matoso after the second Norway-Portugal Defence Ministers' "
        "Dialogue in Lisbon."
    )
    recs = _extract(text)
    assert sorted(r["type"] for r in recs) == ["agreement", "dialogue"]
    assert all(set(_names(r)) == {"Ola Brekkestad", "Rui Matoso"} for r in recs)


def test_a_signing_after_unnamed_talks_stays_one_record() -> None:
    text = (
        "LISBON - Norway and Portugal signed an agreement on Friday that will give their navies greater "
        "access to each other's facilities.\n\n"
        "The Norway-Portugal Agreement for Navy Cooperation was signed by Defence Minister Ola Brekkestad "
        "and his Portuguese counterpart Rui Matoso after lunch in Lisbon."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["agreement"]


# --- "The two met X and Y": the pair of one side named before -------------------------------------------


def test_the_two_who_meet_the_hosts_are_the_pair_of_visitors_named_before() -> None:
    text = (
        "LISBON, May 3 (Reuters) - U.S. Defense Secretary John Carver and Secretary of State Mary Holt held "
        "talks with Portuguese officials in Lisbon on Friday.\n\n"
        "The two met Portugal's Minister of National Defence Rui Matoso and Foreign Minister Ana Pires, and "
        "then appeared with them at a joint news conference."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting")]
    assert {"John Carver", "Mary Holt", "Rui Matoso"} <= set(_names(recs[0]))


# --- received by a state's ruler ------------------------------------------------------------------------


def test_received_by_a_states_ruler_then_his_title_is_a_reception() -> None:
    text = (
        "DOHA, May 3 (Reuters) - U.S. Defense Secretary John Carver held talks with Qatari officials in Doha "
        "on Friday.\n\n"
        "Carver was received by Qatar's ruler, Emir Sheikh Hamad bin Khalid, after he arrived in Doha on "
        "Thursday evening."
    )
    recs = _extract(text)
    assert ("2024-05-02", "meeting") in _summary(recs)
