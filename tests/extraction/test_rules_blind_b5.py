"""Failure kinds a second blind batch showed, each tested on invented sentences (names and places made
up, wording of the kinds real readouts, service releases and wire copy use)."""

import datetime as dt
from typing import Any

from app.extraction import dates
from app.extraction.engine import indexes
from app.extraction.knowledge import builtin
from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary


def _person(rec: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in rec["participants"] if p["name"] == name)


# --- modes and named mechanisms ----------------------------------------------------------------------


def test_a_teleconference_call_is_a_call() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind held an introductory teleconference call with Estonian "
        "Defence Minister Mart Kask yesterday. During the call, the two ministers discussed training."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["date"], rec["countries"]) == ("call", "2024-05-02", ["EST", "NOR"])


def test_a_courtesy_call_paid_in_person_stays_a_meeting() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind made a courtesy call on Estonian Defence Minister Mart Kask "
        "in Tallinn on Thursday."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "meeting"


def test_unnamed_talks_then_the_named_video_conference_are_one_contact() -> None:
    text = (
        "The defence chiefs of Norway and Estonia held their first talks on Thursday, the ministry said.\n\n"
        "Norwegian Defence Minister Tomas Lind and his Estonian counterpart Mart Kask held the talks by "
        "video conference for about an hour."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["date"], rec["location"]) == ("video_call", "2024-05-02", None)
    assert _names(rec) == ["Tomas Lind", "Mart Kask"]


def test_a_signing_during_a_named_dialogue_is_a_record_of_its_own() -> None:
    text = (
        "South Korea and the United States on Thursday revised their deterrence plan as their defense "
        "chiefs held annual security talks in Seoul.\n\n"
        "South Korean Defense Minister Park Min-ho and U.S. Defense Secretary John Carver signed the "
        "revised Allied Deterrence Strategy during the 56th Security Consultative Meeting at the defense "
        "ministry in Seoul."
    )
    recs = _extract(text)
    assert sorted(_summary(recs)) == [("2024-05-02", "agreement"), ("2024-05-02", "dialogue")]
    assert all(r["countries"] == ["KOR", "USA"] for r in recs)
    assert all(set(_names(r)) == {"Park Min-ho", "John Carver"} for r in recs)


def test_a_signing_as_the_two_met_stays_one_record() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind and Estonian Defence Minister Mart Kask on Thursday signed "
        "a framework agreement as the two met on the sidelines of a summit in Vilnius."
    )
    assert _summary(_extract(text)) == [("2024-05-02", "agreement")]


def test_a_named_committee_meeting_a_day_before_is_a_dialogue_of_the_same_states() -> None:
    text = (
        "South Korea and the United States on Thursday held security talks in Seoul, where South Korean "
        "Defense Minister Park Min-ho met U.S. Defense Secretary John Carver.\n\n"
        "The talks came a day after the allies' top military officers, Gen. Lee Jun-ho, chairman of the "
        "Joint Chiefs of Staff, and Gen. Mark Ellison, chairman of the U.S. Joint Chiefs of Staff, held the "
        "49th Military Committee Meeting in Seoul on Wednesday."
    )
    recs = _extract(text)
    mcm = next(r for r in recs if r["date"] == "2024-05-01")
    assert (mcm["type"], mcm["countries"]) == ("dialogue", ["KOR", "USA"])
    assert set(_names(mcm)) == {"Lee Jun-ho", "Mark Ellison"}
    assert _person(mcm, "Lee Jun-ho")["country"] == "KOR"


def test_a_contact_weeks_before_stays_background_even_named() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask in Tallinn on "
        "Thursday. The meeting came weeks after the two armies held the 12th Military Committee Meeting."
    )
    assert _summary(_extract(text)) == [("2024-05-02", "meeting")]


# --- ranked officers, attendees and who is not a participant -------------------------------------------


def test_a_minister_receiving_a_ranked_commander_with_attendees() -> None:
    text = (
        "ABUJA, May 3 (Wire) - Nigeria's Defence Minister Sani Danjuma on Thursday received the commander "
        "of U.S. Africa Command, Gen. Mark Ellison, for talks on security in the Gulf of Guinea.\n\n"
        "The meeting at the defence headquarters in Abuja was also attended by the Minister of State for "
        "Defence, Ibrahim Kwara, officials said."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["date"], rec["countries"]) == ("meeting", "2024-05-02", ["NGA", "USA"])
    assert _names(rec) == ["Sani Danjuma", "Mark Ellison", "Ibrahim Kwara"]
    assert _person(rec, "Mark Ellison")["country"] == "USA"
    assert _person(rec, "Ibrahim Kwara")["country"] is None  # the wording's usual state is not in the story


def test_a_sea_named_after_a_state_is_no_mention_of_it() -> None:
    idx = indexes(builtin())
    text = "They discussed security in the Gulf of Guinea and the Bay of Bengal with Guinea's envoy."
    assert [c.surface for c in idx.countries.find(text)] == ["Guinea"]


def test_the_head_of_the_visiting_delegation_a_minister_came_with_is_not_at_the_meeting() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met today with Estonian Defence Minister Mart Kask, who is "
        "currently visiting the country as part of the delegation accompanying President Karl Tamm."
    )
    (rec,) = _extract(text)
    assert _names(rec) == ["Tomas Lind", "Mart Kask"]


def test_a_head_of_state_commenting_on_a_deal_is_not_a_party_to_it() -> None:
    text = (
        "Argentina signed an agreement with Denmark on Tuesday to buy 24 jets, a sign of the Rivera "
        "government's tilt toward the West.\n\n"
        "Argentine Defence Minister Luis Ortega and his Danish counterpart Anders Holm signed the letter of "
        "agreement in Copenhagen.\n\n"
        "President Mateo Rivera, who did not travel, hailed the purchase in a post on X."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["countries"]) == ("agreement", ["ARG", "DNK"])
    assert _names(rec) == ["Luis Ortega", "Anders Holm"]


def test_a_speaker_of_a_closing_attribution_is_no_participant() -> None:
    text = (
        "Argentina signed an agreement with Denmark on Tuesday to buy 24 jets, President Mateo Rivera said "
        "in a post on X."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "agreement" and _names(rec) == []


# --- states of officials -----------------------------------------------------------------------------


def test_an_office_wording_of_several_gulf_states_takes_the_state_the_story_names() -> None:
    text = (
        "Doha, May 02 (QNA) - HE Deputy Prime Minister and Minister of State for Defence Affairs Dr. Khalid "
        "bin Saad Al Marri met today with HE Minister of National Defence of the Republic of Turkiye Yasar "
        "Okan.\n\n"
        "During the meeting, they reviewed relations between the State of Qatar and the Republic of Turkiye."
    )
    (rec,) = _extract(text)
    assert rec["countries"] == ["QAT", "TUR"]
    assert _person(rec, "Khalid bin Saad Al Marri")["country"] == "QAT"


def test_the_same_wording_in_an_emirati_story_stays_emirati() -> None:
    text = (
        "Abu Dhabi, May 02 (WAM) - Minister of State for Defence Affairs Mohammed bin Salem Al Falasi met "
        "today with Turkish Minister of National Defence Yasar Okan to discuss ties between the UAE and "
        "Turkiye."
    )
    (rec,) = _extract(text)
    assert rec["countries"] == ["ARE", "TUR"]


def test_attendees_with_a_gulf_rank_qualifier_and_an_ambassador_to_a_state_of() -> None:
    text = (
        "Doha, May 02 (QNA) - HE Minister of State for Defence Affairs Dr. Khalid bin Saad Al Marri met "
        "today with HE Minister of National Defence of the Republic of Turkiye Yasar Okan in the State of "
        "Qatar.\n\n"
        "The meeting was attended by HE Chief of Staff of Qatar Armed Forces Lieutenant General (Pilot) "
        "Salem bin Nasser Al Kuwari, as well as HE Ambassador of the Republic of Turkiye to the State of "
        "Qatar Dr. Emre Aksoy."
    )
    (rec,) = _extract(text)
    assert _names(rec) == [
        "Khalid bin Saad Al Marri",
        "Yasar Okan",
        "Salem bin Nasser Al Kuwari",
        "Emre Aksoy",
    ]
    assert _person(rec, "Salem bin Nasser Al Kuwari")["title"] == "Chief of Staff of Armed Forces"
    assert _person(rec, "Emre Aksoy")["country"] == "TUR"


# --- ships and dates ---------------------------------------------------------------------------------


def test_a_day_month_and_two_digit_year() -> None:
    text = "The ship arrived on 17 Mar 24 and sailed on 20 March."
    hits = dates.find(text, 0, len(text), dt.date(2024, 3, 19))
    assert [(h.iso(), h.precision) for h in hits] == [("2024-03-17", "day"), ("2024-03-20", "day")]


def test_a_port_call_whose_commanding_officer_calls_on_local_chiefs() -> None:
    text = (
        "Posted On: 19 MAR 2024 11:20AM by PIB Mumbai\n\n"
        "INS Tarangini, a sail training ship of the Indian Navy, arrived at Port Louis, Mauritius on 17 Mar "
        "24 on a goodwill visit.\n\n"
        "During the port call, Cdr Arjun Mehra, Commanding Officer of INS Tarangini, called on Brig Paul "
        "Dumont, Commander of the Mauritius Coast Guard, and discussed maritime cooperation."
    )
    (rec,) = _extract(text, dt.date(2024, 3, 19))
    assert (rec["type"], rec["date"], rec["countries"]) == ("port_call", "2024-03-17", ["IND", "MUS"])
    assert set(_names(rec)) == {"Arjun Mehra", "Paul Dumont"}


def test_an_exercise_is_placed_by_the_town_its_sentences_name() -> None:
    text = (
        "Norwegian and Estonian forces have completed Exercise Nordic Shield, the largest bilateral "
        "exercise ever conducted between the two nations.\n\n"
        "The Norwegian Chief of Defence, General Eirik Dahl, attended the final landing at Kalda Beach "
        "near Tartu."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "exercise"
    assert (rec["location"]["city"], rec["location"]["country"]) == ("Tartu", "EST")


def test_a_signing_opening_on_the_named_dialogue_is_a_record_of_its_own_too() -> None:
    text = (
        "During the 56th Security Consultative Meeting in Seoul on Thursday, South Korean Defense Minister "
        "Park Min-ho and U.S. Defense Secretary John Carver signed the revised Allied Deterrence Strategy."
    )
    assert sorted(_summary(_extract(text))) == [("2024-05-02", "agreement"), ("2024-05-02", "dialogue")]


def test_a_command_named_without_its_state_gives_the_commanders_state() -> None:
    text = (
        "ABUJA, May 3 (Wire) - AFRICOM commander Gen. Mark Ellison met Nigeria's Defence Minister Sani "
        "Danjuma on Thursday."
    )
    (rec,) = _extract(text)
    assert rec["countries"] == ["NGA", "USA"]
    assert _person(rec, "Mark Ellison")["country"] == "USA"


def test_warships_reaching_a_port_make_a_port_call() -> None:
    text = "Indian Navy ships INS Delhi and INS Shakti reached Port Louis, Mauritius on Thursday."
    (rec,) = _extract(text)
    assert (rec["type"], rec["countries"]) == ("port_call", ["IND", "MUS"])


def test_an_office_wording_of_several_states_takes_the_dateline_state_when_the_text_names_none() -> None:
    text = (
        "DOHA, May 2 (QNA) - HE Deputy Prime Minister and Minister of State for Defence Affairs Sheikh "
        "Faisal bin Hamad Al Kuwari met today with HE Italian Minister of Defence Marco Bellini."
    )
    (rec,) = _extract(text)
    assert rec["countries"] == ["ITA", "QAT"]


def test_a_head_of_state_witnessing_a_signing_is_no_signatory() -> None:
    text = (
        "President Tomas Varga Jr. witnessed the signing of the Reciprocal Access Agreement by Estonian "
        "Defence Minister Mart Kask and Norwegian Defence Minister Tomas Lind in Tallinn on Monday."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["date"]) == ("agreement", "2024-04-29")
    assert _names(rec) == ["Mart Kask", "Tomas Lind"]


def test_a_rank_after_a_service_name_in_the_title_still_opens_a_name() -> None:
    text = (
        "Singapore's Chief of Defence Force Vice-Admiral Daniel Koh and his Thai counterpart General Anan "
        "Srisuk co-chaired the 14th Singapore-Thailand Defence Cooperation Meeting in Bangkok on Tuesday."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["countries"]) == ("dialogue", ["SGP", "THA"])
    assert _names(rec) == ["Daniel Koh", "Anan Srisuk"]
    assert _person(rec, "Daniel Koh")["country"] == "SGP"


def test_a_force_named_after_a_state_is_no_person() -> None:
    text = (
        "India's Chief of the Naval Staff Admiral Ravi Menon held bilateral discussions with Admiral Kenji "
        "Sato, Chief of Staff of the Japan Maritime Self-Defense Force, in Tokyo on Tuesday."
    )
    (rec,) = _extract(text)
    assert _names(rec) == ["Ravi Menon", "Kenji Sato"]


def test_a_ship_captains_call_in_a_later_sentence_is_part_of_the_port_call() -> None:
    text = (
        "Indian Navy's INS Tarangini arrived in Port Louis on Sunday for a three-day visit. The ship's "
        "commanding officer, Captain Arjun Mehra, called on Mauritius Coast Guard commander Paul Dumont."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["countries"]) == ("port_call", ["IND", "MUS"])
    assert _names(rec) == ["Arjun Mehra", "Paul Dumont"]


def test_a_signing_still_ahead_is_no_agreement() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask in Tallinn on "
        "Thursday ahead of the signing of a defence agreement."
    )
    assert _summary(_extract(text)) == [("2024-05-02", "meeting")]


def test_a_call_two_days_before_is_dated_two_days_before() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask in Tallinn on "
        "Thursday, two days after the two ministers spoke by phone."
    )
    assert _summary(_extract(text)) == [("2024-05-02", "meeting"), ("2024-04-30", "call")]


def test_a_call_for_restraint_is_no_call() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind and Estonian Defence Minister Mart Kask made a joint call for "
        "restraint on Thursday."
    )
    assert _extract(text) == []


def test_a_dialogue_the_ministers_confirmed_for_later_this_year_is_no_record() -> None:
    text = (
        "On May 1, 2024, Norwegian Defence Minister Tomas Lind held a meeting with Estonian Defence Minister "
        "Mart Kask in Oslo. The two Ministers also confirmed to hold the Norway-Estonia 2+2 in Tallinn later "
        "this year."
    )
    assert _summary(_extract(text)) == [("2024-05-01", "meeting")]


def test_a_meeting_dated_on_its_day_stays_news_despite_a_later_event_named() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask on Thursday to "
        "prepare for the summit next month."
    )
    assert _summary(_extract(text)) == [("2024-05-02", "meeting")]


def test_a_dateline_closed_by_a_full_stop_and_a_signing_afterwards() -> None:
    text = (
        "Oslo, 2 May 2024. Norwegian Defence Minister Tomas Lind received the Minister of Defence of the "
        "Republic of Estonia, Mart Kask, at the ministry today. The two ministers discussed air defence. "
        "Afterwards, they signed a joint declaration of intent on military mobility."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-02", "meeting"), ("2024-05-02", "agreement")]
    assert recs[0]["location"]["city"] == "Oslo"
    assert _names(recs[1]) == ["Tomas Lind", "Mart Kask"]


def test_a_named_dialogue_hours_after_the_meeting_is_a_record_of_the_same_states() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind and Estonian Defence Minister Mart Kask met in Oslo on "
        "Thursday, hours before the allies' foreign and defence ministers held their 2+2 talks."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-02", "meeting"), ("2024-05-02", "dialogue")]
    assert recs[1]["countries"] == ["EST", "NOR"]
    assert _names(recs[1]) == ["Tomas Lind", "Mart Kask"]


def test_a_commander_of_a_force_based_abroad_serves_the_forces_state() -> None:
    text = (
        "On Monday, Norwegian Defence Minister Tomas Lind met with Gen. Mark Ellison, commander of U.S. "
        "Forces Norway, at his office in Oslo."
    )
    (rec,) = _extract(text)
    assert rec["countries"] == ["NOR", "USA"]
    assert _person(rec, "Mark Ellison")["country"] == "USA"


def test_a_head_of_state_hailing_a_deal_on_social_media_is_no_signatory() -> None:
    text = (
        "Argentine President Mateo Rivera on Thursday hailed on social media the deal that Argentine Defence "
        "Minister Luis Ortega signed with Danish Defence Minister Anders Holm in Copenhagen."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["date"], rec["countries"]) == ("agreement", "2024-05-02", ["ARG", "DNK"])
    assert _names(rec) == ["Luis Ortega", "Anders Holm"]


def test_a_name_after_a_states_possessive_is_that_states_official_but_a_firm_is_not() -> None:
    text = "Argentina's Luis Ortega signed the deal with Denmark's Anders Holm in Copenhagen on Thursday."
    (rec,) = _extract(text)
    assert [(p["name"], p["country"]) for p in rec["participants"]] == [
        ("Luis Ortega", "ARG"),
        ("Anders Holm", "DNK"),
    ]
    text = "India's Tata Advanced Systems signed an agreement with France's Dassault Aviation on Thursday."
    assert all(_names(r) == [] for r in _extract(text))


def test_an_exercise_a_week_after_the_call_is_still_to_come() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind held a video teleconference with his Estonian counterpart "
        "Mart Kask on Thursday, a week before the two countries' largest joint exercise begins off Saaremaa."
    )
    assert _summary(_extract(text)) == [("2024-05-02", "video_call")]
