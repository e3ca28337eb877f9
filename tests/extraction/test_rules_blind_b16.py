"""Failure kinds the sixteenth and seventeenth blind batches showed, each tested on invented sentences
(names made up, wording of the kinds real readouts, news agencies and wire copy use)."""

import datetime as dt

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

# --- names -----------------------------------------------------------------------------------------------


def test_a_middle_initial_stays_inside_the_name() -> None:
    text = (
        "May 3, 2024\n\n"
        "Norwegian Chief of Defence Gen. Ola A. Berg spoke today by phone with France's Chief of the "
        "Defence Staff, Gen. Paul Marchand."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "call")
    assert sorted(_names(rec)) == ["Ola A. Berg", "Paul Marchand"]


def test_a_documents_name_is_no_person() -> None:
    text = (
        "Norway and France Sign Security of Supply Arrangement, Liaison Officer Memorandum\n\n"
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg and French Defence Minister Paul Marchand "
        "signed a Security of Supply Arrangement on Friday."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "agreement"
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_an_arm_of_service_inside_a_title_leaves_the_name() -> None:
    text = (
        "OSLO, May 3 (NTB) - The Norwegian Army and the French Army concluded Exercise Fjell Storm at the "
        "Rena ranges in Norway today. The closing ceremony was officiated by Head Norwegian Artillery "
        "Colonel Jon Dahl and French Artillery School Commandant Colonel Luc Moreau."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "exercise"
    assert "Jon Dahl" in _names(rec)


# --- triggers --------------------------------------------------------------------------------------------


def test_calling_on_an_office_with_to_the_in_its_name_is_a_meeting() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg on Friday called on Assistant to the "
        "President for National Security Affairs Paul Marchand at the Elysee Palace in Paris, France."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "meeting")
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_calling_on_a_state_to_do_something_is_no_meeting() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg on Friday called on France to end "
        "the blockade, a day after French Defence Minister Paul Marchand spoke at a rally."
    )
    assert [r for r in _extract(text) if r["type"] == "meeting"] == []


def test_telling_a_counterpart_in_talks_on_the_sidelines_is_a_meeting() -> None:
    text = (
        "PARIS, May 4 (NTB) - Defence Minister Ola Berg told his French counterpart Paul Marchand that "
        "Norway would keep its troops in the north, in talks on the sidelines of a NATO meeting here, the "
        "ministry said on Saturday.\n\n"
        "The meeting, held at a hotel in central Paris on Friday night, lasted two hours."
    )
    (rec,) = _extract(text, day=dt.date(2024, 5, 4))
    assert (rec["date"], rec["type"]) == ("2024-05-03", "meeting")
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_being_in_talks_on_a_deal_is_no_meeting() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norway is in talks on a frigate deal with France, Norwegian Defence Minister "
        "Ola Berg told reporters on Friday after French Defence Minister Paul Marchand spoke at a forum."
    )
    assert [r for r in _extract(text) if r["type"] == "meeting"] == []


def test_a_minister_and_his_counterpart_who_spoke_on_a_day_held_a_call() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg and his French counterpart Paul Marchand "
        "spoke on Thursday evening, the ministry said in a statement."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "call")
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_speaking_with_no_mode_takes_the_video_link_of_the_lead() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norway and France agreed to set up a hotline, the two countries said on "
        "Friday, after their defence ministers held talks by video link.\n\n"
        "Norwegian Defence Minister Ola Berg and his French counterpart Paul Marchand spoke on Thursday "
        "evening, the ministry said in a statement."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "video_call")


def test_a_minister_and_his_counterpart_speaking_at_a_forum_is_no_call() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg and his French counterpart Paul Marchand "
        "spoke at a security forum in Oslo on Thursday."
    )
    assert [r for r in _extract(text) if r["type"] == "call"] == []


def test_coming_aboard_the_other_sides_warship_to_be_shown_round_is_a_meeting() -> None:
    text = (
        "Published 3 May 2024\n\n"
        "Today French Minister of the Armed Forces Paul Marchand came aboard the Norwegian frigate to be "
        "shown around the flight deck by Commodore Ola Berg, Commander Norwegian Task Group."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "meeting")
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_coming_aboard_with_no_host_named_is_no_meeting() -> None:
    text = (
        "Published 3 May 2024\n\n"
        "Today French sailors came aboard the Norwegian frigate for a sports day in Oslo."
    )
    assert [r for r in _extract(text) if r["type"] == "meeting"] == []


# --- port calls -----------------------------------------------------------------------------------------


def test_sailing_into_a_named_fleet_base_is_a_port_call_of_the_host() -> None:
    text = (
        "Published 6 May 2024\n\n"
        "HNoMS Nansen sailed into the US Fleet Activities base at Brest, France, on Saturday, while the "
        "other ships of the group dispersed to ports across the country."
    )
    (rec,) = _extract(text, day=dt.date(2024, 5, 6))
    assert (rec["date"], rec["type"]) == ("2024-05-04", "port_call")
    assert rec["countries"] == ["FRA", "NOR"]


def test_the_visiting_navys_own_mission_names_a_party_not_a_base_owner() -> None:
    text = (
        "Berlin, 3 May 2024\n\n"
        "The frigate Fram and the supply ship Bergen arrived in the French port of Brest yesterday as part "
        "of the Norwegian Navy's Atlantic Deployment 2024."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "port_call")
    assert rec["countries"] == ["FRA", "NOR"]
    assert rec["location"]["city"] == "Brest"


def test_a_navys_base_after_arriving_still_names_no_party() -> None:
    text = (
        "OSLO, May 3 (NTB) - The Norwegian frigate HNoMS Nansen arrived on Thursday at the U.S. Navy's "
        "Brest base, the first port call in France by a Norwegian warship this year."
    )
    (rec,) = _extract(text)
    assert rec["countries"] == ["FRA", "NOR"]


def test_a_quoted_future_does_not_make_the_visiting_commander_background() -> None:
    text = (
        "OSLO, May 3 (NTB) - Two French navy ships docked in Oslo on Thursday for a four-day goodwill "
        "visit.\n\n"
        '"In the future, there will be joint exercises," Rear Adm. Luc Moreau, deputy commander of '
        "France's Atlantic Fleet, told reporters on board the destroyer."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "port_call")
    assert _names(rec) == ["Luc Moreau"]


def test_a_commander_only_due_to_visit_is_still_background() -> None:
    text = (
        "OSLO, May 3 (NTB) - Two French navy ships docked in Oslo on Thursday for a four-day goodwill "
        "visit.\n\n"
        "Rear Adm. Luc Moreau, deputy commander of France's Atlantic Fleet, will visit the ships next week."
    )
    (rec,) = _extract(text)
    assert _names(rec) == []


# --- dates -------------------------------------------------------------------------------------------------


def test_an_exercise_conducted_from_a_day_to_a_day_starts_on_the_first() -> None:
    text = (
        "Published 3 May 2024\n\n"
        "The Norwegian Army and the French Army concluded Exercise Fjell Storm at the Rena ranges in "
        "Norway yesterday. The exercise was conducted from 28 April to 2 May 2024."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-04-28", "exercise")


def test_last_years_edition_held_from_a_day_does_not_date_this_one() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian-French Exercise Fjell Storm got under way at the Rena ranges in "
        "Norway this morning.\n\n"
        "Last year's Fjell Storm, held from April 20 to April 28, involved some 900 troops."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "exercise")


def test_a_call_paid_soon_after_landing_is_of_the_arrival_day() -> None:
    text = (
        "OSLO, May 4 (NTB) - Norway and France on Saturday agreed to expand training, as visiting French "
        "Defence Minister Paul Marchand held talks with Norwegian Defence Minister Ola Berg.\n\n"
        "Mr Marchand arrived on Friday evening on the final leg of a Nordic tour. Soon after landing, he "
        "called on Norwegian Prime Minister Jon Dahl."
    )
    recs = _extract(text, day=dt.date(2024, 5, 4))
    call_on = [r for r in recs if "Jon Dahl" in _names(r)]
    assert [(r["date"], r["type"]) for r in call_on] == [("2024-05-03", "meeting")]


def test_a_call_on_with_no_arrival_before_keeps_its_own_date() -> None:
    text = (
        "OSLO, May 4 (NTB) - Norway and France on Saturday agreed to expand training, as visiting French "
        "Defence Minister Paul Marchand held talks with Norwegian Defence Minister Ola Berg.\n\n"
        "Mr Marchand toured a shipyard on Friday evening. Soon after landing, he called on Norwegian Prime "
        "Minister Jon Dahl."
    )
    recs = _extract(text, day=dt.date(2024, 5, 4))
    call_on = [r for r in recs if "Jon Dahl" in _names(r)]
    assert [r["date"] for r in call_on] != ["2024-05-03"]


def test_an_undated_call_is_of_the_day_its_readout_was_issued() -> None:
    text = (
        "OSLO, May 4 (NTB) - Norwegian Defence Minister Ola Berg and French Defence Minister Paul Marchand "
        "discussed the war in a telephone conversation held at the French side's initiative, the ministry "
        "said.\n\n"
        "The ministry's brief statement, issued on Friday evening, gave no further details of the call."
    )
    (rec,) = _extract(text, day=dt.date(2024, 5, 4))
    assert (rec["date"], rec["type"]) == ("2024-05-03", "call")


def test_a_statement_about_something_else_does_not_date_the_call() -> None:
    text = (
        "OSLO, May 4 (NTB) - Norwegian Defence Minister Ola Berg and French Defence Minister Paul Marchand "
        "discussed the war in a telephone conversation held at the French side's initiative, the ministry "
        "said.\n\n"
        "The ministry's brief statement, issued on Friday evening, gave no figures for the budget."
    )
    (rec,) = _extract(text, day=dt.date(2024, 5, 4))
    assert rec["date"] == "2024-05"


def test_a_contact_inside_an_aside_is_of_the_asides_date() -> None:
    text = (
        "Published 6 May 2024\n\n"
        "Norwegian Defence Minister Ola Berg, who held talks with French Defence Minister Paul Marchand in "
        "Paris in January, said the visit was a clear signal."
    )
    assert _extract(text, day=dt.date(2024, 5, 6)) == []


# --- signings after talks, places -------------------------------------------------------------------------


def test_a_signing_following_their_talks_is_a_record_of_its_own() -> None:
    text = (
        "Published 3 May 2024\n\n"
        "Today Norwegian Defence Minister Ola Berg welcomed French Minister of the Armed Forces Paul "
        "Marchand to Oslo for talks on the defence relationship.\n\n"
        "The Ministers held wide-ranging talks at the Storting on regional security.\n\n"
        "Following their talks, the Ministers travelled to Bergen, where they signed the Norway-France "
        "Defence Cooperation Agreement."
    )
    recs = _extract(text)
    assert sorted(r["type"] for r in recs) == ["agreement", "meeting"]
    assert all(sorted(_names(r)) == ["Ola Berg", "Paul Marchand"] for r in recs)


def test_a_town_the_gazetteer_lacks_is_placed_by_the_state_after_it() -> None:
    text = (
        "OSLO, May 3 (NTB) - The Norwegian Army and the French Army concluded Exercise Fjell Storm at the "
        "Field Firing Ranges in Trollvika, Norway, today."
    )
    (rec,) = _extract(text)
    assert rec["location"]["city"] == "Trollvika"
    assert rec["location"]["country"] == "NOR"


def test_a_hall_named_as_a_headquarters_is_no_person() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg and French Defence Minister Paul Marchand "
        "signed a framework document on Friday.\n\n"
        "The two ministers met at the Akershus Hall, the headquarters of the Norwegian Army Staff, before "
        "the signing."
    )
    recs = _extract(text)
    assert all(sorted(_names(r)) == ["Ola Berg", "Paul Marchand"] for r in recs)


def test_a_states_commission_is_no_person() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg met French Defence Minister Paul Marchand "
        "in Oslo on Friday, with members of France's Central Military Commission looking on."
    )
    (rec,) = _extract(text)
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_the_head_of_a_command_is_still_a_titled_person() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg met Luc Moreau, head of France's Joint "
        "Operations Command, in Oslo on Friday."
    )
    (rec,) = _extract(text)
    assert sorted(_names(rec)) == ["Luc Moreau", "Ola Berg"]


def test_an_officer_someone_is_also_expected_to_call_on_is_no_participant() -> None:
    text = (
        "OSLO, May 3 (NTB) - Two French navy ships docked in Oslo on Thursday for a four-day goodwill "
        "visit.\n\n"
        "The French task group commander is also expected to call on the Chief of the Norwegian Navy, "
        "Rear Adm. Jon Dahl, during the visit."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "port_call")
    assert "Jon Dahl" not in _names(rec)


def test_agreements_the_two_countries_have_signed_are_background_inside_the_talks() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg held talks with French Defence Minister "
        "Paul Marchand in Oslo on Friday.\n\n"
        "The talks covered the full implementation of the foundational agreements the two countries have "
        "signed, including the Logistics Support Memorandum, and closer cooperation in military logistics."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "meeting")
    assert "logistics" in rec["pillars"]


def test_two_countries_that_have_signed_an_agreement_signed_it() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norway and France have signed a logistics agreement, Norwegian Defence "
        "Minister Ola Berg and French Defence Minister Paul Marchand said in Oslo on Friday."
    )
    assert [r["type"] for r in _extract(text)] == ["agreement"]


def test_the_visiting_commander_who_called_on_the_chief_stays_at_his_port_call() -> None:
    text = (
        "OSLO – Two French Navy warships arrived at Pier 3 in Oslo on Friday for a three-day goodwill "
        "visit, the Norwegian Navy said.\n\n"
        "The frigates, under the command of Rear Admiral Luc Moreau, Flag Officer Commanding of France's "
        "Atlantic Fleet, were welcomed with arrival honours.\n\n"
        "Rear Admiral Moreau called on Norwegian Navy chief Vice Admiral Jon Dahl at the navy headquarters "
        "on Friday afternoon."
    )
    recs = {r["type"]: r for r in _extract(text)}
    assert sorted(recs) == ["meeting", "port_call"]
    assert _names(recs["port_call"]) == ["Luc Moreau"]  # the host chief he called on is not at the visit
    assert sorted(_names(recs["meeting"])) == ["Jon Dahl", "Luc Moreau"]


def test_the_two_ministers_who_last_spoke_on_a_day_report_no_call_of_that_day() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg met French Defence Minister Paul Marchand "
        "in Oslo on Friday. The two ministers last spoke on Monday, officials said."
    )
    assert [(r["date"], r["type"]) for r in _extract(text)] == [("2024-05-03", "meeting")]
