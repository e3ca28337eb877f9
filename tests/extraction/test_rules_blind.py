"""Rules that a blind batch called for, each tested on invented sentences (names and places made up,
wording of the kinds real readouts and wire copy use)."""

import datetime as dt

import pytest

from app.extraction import dates, gazetteer
from tests.extraction.extraction_fixtures import DAY
from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- dates -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "iso", "precision"),
    [
        ("late last month", "2024-04", "month"),
        ("early last month", "2024-04", "month"),
        ("last month", "2024-04", "month"),
        ("earlier this month", "2024-05", "month"),
    ],
)
def test_month_phrases_resolve_to_month_precision(phrase: str, iso: str, precision: str) -> None:
    text = f"It began {phrase}."
    (hit,) = dates.find(text, 0, len(text), DAY)
    assert (hit.iso(), hit.precision) == (iso, precision)


def test_an_exercise_is_dated_by_its_start_not_its_close() -> None:
    text = (
        "The Norwegian Army and the Estonian Defence Forces on Thursday concluded their joint exercise "
        "Northern Lynx, which began late last month at Tapa."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["date"], rec["date_precision"]) == ("exercise", "2024-04", "month")


def test_earlier_this_week_is_news_dated_by_the_sentence_naming_the_contact() -> None:
    text = (
        "Earlier this week Norwegian Defence Minister Tomas Lind held a virtual meeting with Estonian "
        "Defence Minister Mart Kask.\n\n"
        "The meeting on Tuesday was their first since Mr Kask took office."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["date"], rec["date_precision"]) == ("video_call", "2024-04-30", "day")


def test_a_back_reference_with_a_contact_of_its_own_does_not_date_the_first() -> None:
    text = (
        "Earlier this week Norwegian Defence Minister Tomas Lind held a virtual meeting with Estonian "
        "Defence Minister Mart Kask.\n\n"
        "The meeting on Tuesday came a day before Mr Lind spoke by phone with Latvian Defence Minister "
        "Andris Ozols."
    )
    recs = _extract(text)
    assert recs[0]["type"] == "video_call" and recs[0]["date_precision"] == "month"


def test_earlier_in_the_day_takes_the_day_of_the_contact_before_and_skips_the_first_rounds_date() -> None:
    text = (
        "Norway and Estonia signed a defence cooperation agreement on Wednesday.\n\n"
        "The pact was signed in Tallinn by Norwegian Defence Minister Tomas Lind and Estonian Defence "
        "Minister Mart Kask.\n\n"
        "Earlier in the day, Lind and Kask held two-plus-two talks with the foreign ministers, the second "
        "such meeting after the inaugural round in Oslo in March 2023."
    )
    recs = _extract(text)
    assert sorted(_summary(recs)) == [("2024-05-01", "agreement"), ("2024-05-01", "dialogue")]


# --- types and background ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The 9th meeting of the Norway-Estonia Joint Defence Cooperation Committee was held in Oslo "
        "on Thursday.",
        "The Norway-Estonia Military Cooperation Commission met in Oslo on Thursday.",
        "Norwegian and Estonian ministers held two-plus-two talks in Oslo on Thursday.",
    ],
)
def test_named_standing_mechanisms_are_dialogues(body: str) -> None:
    (rec,) = _extract(body)
    assert rec["type"] == "dialogue" and rec["countries"] == ["EST", "NOR"]


def test_co_chairs_of_a_mechanism_are_its_participants() -> None:
    text = (
        "The 9th meeting of the Norway-Estonia Joint Defence Cooperation Committee was held in Oslo on "
        "Thursday. The meeting was co-chaired by Defence Secretary Kari Holm and Permanent Secretary of "
        "the Ministry of Defence of Estonia Dr Ahmed bin Said bin Ali Al-Rashdi."
    )
    (rec,) = _extract(text)
    assert _names(rec) == ["Kari Holm", "Ahmed bin Said bin Ali Al-Rashdi"]


def test_a_contact_that_a_meeting_came_after_is_background() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind and his Estonian counterpart Mart Kask met in Oslo on "
        "Thursday. The meeting came after a video call between the two men in April."
    )
    assert _summary(_extract(text)) == [("2024-05-02", "meeting")]


def test_a_passive_sequence_of_talks_is_still_news() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask in Oslo on "
        "Thursday. It was followed by talks with Latvian Defence Minister Andris Ozols."
    )
    recs = _extract(text)
    assert [r["countries"] for r in recs] == [["EST", "NOR"], ["LVA", "NOR"]]


def test_a_recalled_contact_is_background() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask in Oslo on "
        "Thursday. Mr Kask recalled the virtual meeting Mr Lind had held with his predecessor in April."
    )
    assert _summary(_extract(text)) == [("2024-05-02", "meeting")]


def test_meeting_a_group_is_no_contact_between_officials() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind and Estonian Defence Minister Mart Kask signed a defence "
        "cooperation agreement in Tallinn on Thursday.\n\n"
        "Following the signing, Minister Lind and Minister Kask inspected a guard of honour and met "
        "officer cadets."
    )
    assert _summary(_extract(text)) == [("2024-05-02", "agreement")]


def test_a_handover_ceremony_is_an_other_contact() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind attended the handing over ceremony of four patrol boats to "
        "the Estonian Navy at Paldiski today. The boats were handed over in the presence of Estonian "
        "Deputy Defence Minister Mart Kask."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "other" and _names(rec) == ["Tomas Lind", "Mart Kask"]


def test_warships_arriving_at_a_port_are_a_port_call() -> None:
    text = (
        "Norwegian Navy frigates HNoMS Thor and HNoMS Odin, under the command of Commodore Lars Berg, "
        "arrived at Paldiski, Estonia, on 2 May 2024."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "port_call" and "EST" in rec["countries"]


# --- merging and splitting ---------------------------------------------------------------------------


def test_an_unnamed_report_naming_a_backer_merges_with_the_named_signing() -> None:
    text = (
        "Norway on Thursday signed an agreement to buy 12 used jets from Estonia, in a deal backed by the "
        "United States.\n\n"
        "Norwegian Defence Minister Tomas Lind and his Estonian counterpart Mart Kask signed the letter of "
        "intent at Amari Air Base."
    )
    (rec,) = _extract(text)
    assert rec["countries"] == ["EST", "NOR"] and _names(rec) == ["Tomas Lind", "Mart Kask"]


def test_two_meetings_on_two_days_in_two_places_are_two_records() -> None:
    text = (
        "TALLINN, May 3 - Norwegian Chief of Defence General Eirik Kristoffersen held talks with Estonian "
        "Defence Minister Hanno Pevkur at the defence ministry yesterday.\n\n"
        "On Friday, Gen Kristoffersen travelled to the air base in Tartu, where he met the Commander of the "
        "Defence Forces, General Martin Herem."
    )
    recs = _extract(text)
    assert [(r["date"], r["countries"], r["location"]["country"]) for r in recs] == [
        ("2024-05-02", ["EST", "NOR"], "EST"),
        ("2024-05-03", ["EST", "NOR"], "EST"),
    ]
    assert _names(recs[1]) == ["Eirik Kristoffersen", "Martin Herem"]


# --- places ------------------------------------------------------------------------------------------


def test_the_world_gazetteer_knows_towns_beyond_the_short_list() -> None:
    assert gazetteer.lookup("Kota Kinabalu") == "MYS"
    assert gazetteer.lookup("Nanyuki", frozenset({"KEN", "USA"})) == "KEN"
    assert gazetteer.lookup("Nanyuki") is None  # a small town outside the contact's states: too risky
    assert gazetteer.lookup("March") is None  # a month before a town in England
    assert gazetteer.lookup("Asia") is None


def test_a_town_after_a_locative_word_places_the_contact() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask in Tartu on Thursday."
    )
    (rec,) = _extract(text)
    assert rec["location"]["city"] == "Tartu" and rec["location"]["country"] == "EST"


def test_capitals_standing_for_governments_do_not_place_the_contact() -> None:
    text = (
        "TALLINN, May 3 - Norwegian Defence Minister Tomas Lind and Estonian Defence Minister Mart Kask "
        "signed a defence cooperation agreement on Friday, as Oslo and Tallinn deepen their ties."
    )
    (rec,) = _extract(text)
    assert rec["location"]["country"] == "EST"


def test_a_where_clause_is_at_the_town_before_it() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind arrived in Riga from Tallinn, where on Thursday he met "
        "Estonian Defence Minister Mart Kask."
    )
    (rec,) = _extract(text)
    assert rec["location"]["country"] == "EST"


def test_a_place_in_a_trailing_clause_about_another_meeting_is_not_the_place() -> None:
    text = (
        "SINGAPORE, June 1 - Norwegian Defence Minister Tomas Lind sat down with Estonian Defence Minister "
        "Mart Kask on Saturday on the sidelines of the Shangri-La Dialogue, where the two compared notes "
        "since their meeting in Tallinn."
    )
    (rec,) = _extract(text, dt.date(2024, 6, 1))
    assert rec["location"]["country"] == "SGP"


def test_a_signing_after_the_talks_takes_their_place() -> None:
    text = (
        "On May 2, Norwegian Defence Minister Tomas Lind held talks with Estonian Defence Minister Mart "
        "Kask in Tallinn.\n\n"
        "Following the talks, the two Ministers signed a joint vision statement."
    )
    recs = _extract(text)
    assert [(r["type"], r["location"]["country"]) for r in recs] == [("meeting", "EST"), ("agreement", "EST")]


# --- participants ------------------------------------------------------------------------------------


def test_postnominals_and_malay_honorifics_are_not_part_of_names() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind KC MP met Malaysian Defence Minister Dato' Seri Ahmad "
        "Zaki Hamid in Oslo on Thursday."
    )
    (rec,) = _extract(text)
    assert _names(rec) == ["Tomas Lind", "Ahmad Zaki Hamid"]


def test_a_witness_of_a_signing_is_no_participant() -> None:
    text = (
        "The pact was signed in Tallinn on Thursday by Norwegian Defence Minister Tomas Lind and Estonian "
        "Defence Minister Mart Kask, in a ceremony witnessed by President Alar Karis."
    )
    (rec,) = _extract(text)
    assert _names(rec) == ["Tomas Lind", "Mart Kask"]


def test_an_official_who_accompanied_a_participant_took_part() -> None:
    text = (
        "Norwegian Chief of Defence General Eirik Kristoffersen held talks with Estonian Defence Minister "
        "Hanno Pevkur at the defence ministry in Tallinn on Thursday.\n\n"
        "Norwegian Ambassador Kari Lunde, who accompanied Gen Kristoffersen to the ministry, said the "
        "partnership was strong."
    )
    (rec,) = _extract(text)
    assert "Kari Lunde" in _names(rec)


# --- pillars -----------------------------------------------------------------------------------------


def test_what_an_agreement_will_do_counts_for_its_pillars() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind and Estonian Defence Minister Mart Kask signed a defence "
        "cooperation agreement in Tallinn on Thursday.\n\n"
        "The agreement will strengthen maritime security and counter-terrorism cooperation."
    )
    (rec,) = _extract(text)
    assert {"maritime_security", "counter_terrorism"} <= set(rec["pillars"])


def test_a_planned_contact_still_ends_the_scope() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask in Tallinn on "
        "Thursday.\n\n"
        "Mr Lind will meet Latvian officials next week to discuss counter-terrorism."
    )
    (rec,) = _extract(text)
    assert "counter_terrorism" not in rec["pillars"]


def test_a_signing_after_the_talks_keeps_to_its_paragraph_and_the_rest_goes_to_the_talks() -> None:
    text = (
        "On May 2, Norwegian Defence Minister Tomas Lind held talks with Estonian Defence Minister Mart "
        "Kask in Tallinn.\n\n"
        "Following the talks, the two Ministers signed an arrangement on logistics support.\n\n"
        "Mr Lind also stressed counter-terrorism cooperation."
    )
    meeting, signing = _extract(text)
    assert "counter_terrorism" in meeting["pillars"] and signing["pillars"] == ["logistics"]


def test_sections_per_counterpart_hold_that_contacts_pillars() -> None:
    text = (
        "On May 2, Norwegian Defence Minister Tomas Lind held meetings with Estonian Defence Minister Mart "
        "Kask and with Latvian Defence Minister Andris Ozols in Vilnius.\n\n"
        "1. Norway-Estonia meeting\n"
        "The two Ministers discussed the fight against terrorism in their regions at length.\n\n"
        "2. Norway-Latvia meeting\n"
        "The two Ministers discussed maritime security in the Baltic Sea at length.\n"
    )
    recs = {tuple(r["countries"]): r["pillars"] for r in _extract(text)}
    assert recs[("EST", "NOR")] == ["counter_terrorism"] and recs[("LVA", "NOR")] == ["maritime_security"]


@pytest.mark.parametrize(
    ("sentence", "pillar"),
    [
        ("They discussed the fight against al-Shabaab.", "counter_terrorism"),
        ("They agreed to share information on threats.", "information_sharing"),
        ("They discussed the training of Ukrainian soldiers.", "conflict_crisis"),
        ("They agreed to promote defence equipment and technology cooperation.", "industrial_cooperation"),
    ],
)
def test_new_pillar_cues(sentence: str, pillar: str) -> None:
    lead = "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask on Thursday."
    text = f"{lead}\n{sentence}"
    (rec,) = _extract(text)
    assert pillar in rec["pillars"]


def test_a_force_named_for_space_is_no_technology_topic() -> None:
    text = (
        "The Norwegian Air Force and the Estonian Air and Space Force began their joint exercise "
        "Baltic Hawk on Thursday with airborne early warning aircraft."
    )
    (rec,) = _extract(text)
    assert "technology" not in rec["pillars"] and "information_sharing" not in rec["pillars"]


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian Defence Minister Tomas Lind met Zhang Wei, Vice Chairman of China's Central Military "
        "Commission, in Beijing on Thursday.",
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask in Oslo on Thursday, "
        "before both gave evidence to the parliament's Defence Committee.",
    ],
)
def test_bodies_that_are_no_bilateral_mechanism_leave_a_meeting_a_meeting(text: str) -> None:
    (rec,) = _extract(text)
    assert rec["type"] == "meeting"


def test_a_minister_named_only_in_the_byline_is_found_by_office_in_the_body() -> None:
    text = (
        "Joint media release\n"
        "Deputy Prime Minister, Minister for Defence, the Hon Richard Marles MP\n\n"  # a known official
        "Darwin, 3 May 2024:\n\n"
        "Today the Deputy Prime Minister welcomed the Estonian Minister of Defence, Mart Kask, for talks "
        "on regional security."
    )
    (rec,) = _extract(text)
    assert _names(rec) == ["Richard Marles", "Mart Kask"] and rec["countries"] == ["AUS", "EST"]


def test_people_who_accompanied_a_participant_join_the_contact_in_scope() -> None:
    text = (
        "Estonian Vice Minister of Defence Mart Kask held the Defence Policy Dialogue with Norwegian "
        "Defence Secretary Kari Holm in Oslo on Wednesday.\n\n"
        "On Thursday, Mr Kask called on Norwegian Defence Minister Tomas Lind in Oslo. The two discussed "
        "regional security at length in the ministry.\n\n"
        "Kask was accompanied by Estonia's Ambassador to Norway, Liis Tamm, who thanked Lind for his support."
    )
    dialogue, meeting = _extract(text)
    assert "Liis Tamm" in _names(meeting) and "Liis Tamm" not in _names(dialogue)
    assert _names(dialogue) == ["Mart Kask", "Kari Holm"]


def test_a_title_after_the_name_may_hold_an_acronym() -> None:
    text = (
        "The agreement was signed in Oslo on Thursday by Norwegian Defence Minister Tomas Lind and Mart "
        "Kask, head of Estonia's Centre for Defence Investment (ECDI), the centre said."
    )
    (rec,) = _extract(text)
    assert _names(rec) == ["Tomas Lind", "Mart Kask"]


def test_ship_prefixes_name_the_visiting_navy() -> None:
    text = (
        "INS Tarang and INS Sujata of the First Training Squadron arrived at Port Louis, Mauritius on "
        "2 May 2024 as part of their training deployment."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "port_call" and rec["countries"] == ["IND", "MUS"]
    assert rec["location"]["country"] == "MUS"


def test_an_exercise_wrapping_up_is_dated_by_the_start_the_next_sentence_gives() -> None:
    text = (
        "Norwegian and Estonian marines wrapped up a two-week combined exercise on Thursday at Paldiski. "
        "The drill, which started on April 18, involved amphibious landings."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["date"]) == ("exercise", "2024-04-18")


def test_a_signing_at_a_place_is_not_inside_earlier_talks() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind held talks with Estonian Defence Minister Mart Kask on "
        "Thursday.\n\n"
        "At the Oslo military academy, the two ministers later signed a memorandum of understanding."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting", "agreement"]


def test_they_goes_on_about_the_people_just_named() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind and his Estonian counterpart Mart Kask held the annual "
        "defence dialogue in Oslo on Friday. They also signed a roadmap on defence industrial cooperation."
    )
    recs = _extract(text)
    assert [(r["type"], _names(r)) for r in recs] == [
        ("dialogue", ["Tomas Lind", "Mart Kask"]),
        ("agreement", ["Tomas Lind", "Mart Kask"]),
    ]


def test_a_town_in_an_aside_is_not_the_place() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind, who arrived in Riga on Monday, met Estonian Defence "
        "Minister Mart Kask in Tartu on Thursday."
    )
    (rec,) = _extract(text)
    assert rec["location"]["city"] == "Tartu"


def test_the_gathering_that_is_only_the_occasion_is_no_pillar() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask on Thursday on the "
        "sidelines of the NATO Defence Ministers' Meeting in Brussels."
    )
    (rec,) = _extract(text)
    assert "regional_partners" not in rec["pillars"]


def test_talks_held_virtually_are_a_video_call() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind and Estonian Defence Minister Mart Kask held talks virtually "
        "on Thursday."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "video_call"


def test_a_contact_that_a_call_came_after_is_background_in_its_own_clause() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind spoke with Estonian Defence Minister Mart Kask via "
        "videoconference on Wednesday. The call came after the two met in person in Tartu in April."
    )
    assert _summary(_extract(text)) == [("2024-05-01", "video_call")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Norwegian Defence Minister Tomas Lind received a courtesy call from Estonian Chief of Defence "
            "General Martin Herem in Oslo on Thursday.",
            "meeting",
        ),
        (
            "Norwegian Defence Minister Tomas Lind and Estonian Defence Minister Mart Kask exchanged views "
            "over the phone on Thursday.",
            "call",
        ),
        (
            "Norwegian Defence Minister Tomas Lind had a telephone conversation with Estonian Defence "
            "Minister Mart Kask on Thursday.",
            "call",
        ),
        (
            "The Norwegian Army and the Estonian Defence Forces conducted a joint exercise, Northern Lynx, "
            "at Tapa on Thursday.",
            "exercise",
        ),
    ],
)
def test_more_ways_to_report_a_contact(text: str, kind: str) -> None:
    (rec,) = _extract(text)
    assert rec["type"] == kind and rec["countries"] == ["EST", "NOR"]


def test_exercises_conducted_over_the_years_are_no_exercise() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask in Oslo on Thursday. "
        "The two armies have conducted joint exercises every year since 2015."
    )
    assert _summary(_extract(text)) == [("2024-05-02", "meeting")]


def test_a_sentence_opening_on_in_places_the_contact() -> None:
    text = (
        "In Tartu on Thursday, Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask."
    )
    (rec,) = _extract(text)
    assert rec["location"]["city"] == "Tartu"


def test_a_visit_coming_weeks_after_another_contact_leaves_that_contact_background() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask in Tallinn on "
        "Thursday. The visit comes a month after Kask hosted Latvian Defence Minister Andris Ozols in Tartu."
    )
    assert [r["countries"] for r in _extract(text)] == [["EST", "NOR"]]


def test_a_contact_a_day_before_in_a_before_after_clause_is_still_news() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask in Tallinn on "
        "Thursday, a day after he held talks with Latvian Defence Minister Andris Ozols in Riga."
    )
    assert _summary(_extract(text)) == [("2024-05-02", "meeting"), ("2024-05-01", "meeting")]
