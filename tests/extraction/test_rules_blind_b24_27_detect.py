"""Missed contacts blind batches b24-b27 showed (event detection), each tested on invented sentences (names
made up; towns real where the rule looks them up in the gazetteer)."""

from app.extraction import reference
from tests.extraction.extraction_fixtures import DAY
from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

# --- a newspaper dateline in capitals with a colon ------------------------------------------------------


def test_a_colon_dateline_places_the_visit_and_settles_the_host_state() -> None:
    text = (
        "LISBON: Norwegian Defence Minister Ola Berg, on his first visit to Portugal, on Monday urged Lisbon "
        "to step up patrols in the Atlantic.\n\n"
        "Mr Berg held talks with Prime Minister Rui Matos at the Prime Minister's office."
    )
    recs = [r for r in _extract(text) if "Rui Matos" in _names(r)]
    assert len(recs) == 1
    assert recs[0]["countries"] == ["NOR", "PRT"]
    assert recs[0]["location"]["city"] == "Lisbon"


def test_a_colon_line_that_names_no_town_is_no_dateline() -> None:
    text = "UPDATE: Norwegian Defence Minister Ola Berg met Portuguese Defence Minister Rui Matos on Monday."
    assert reference.find(text, DAY).city is None


def test_ministers_present_at_the_meeting_take_part_in_it() -> None:
    text = (
        "LISBON: Norwegian Defence Minister Ola Berg, on his first visit to Portugal, on Monday urged Lisbon "
        "to step up patrols in the Atlantic.\n\n"
        "Mr Berg held talks with Prime Minister Rui Matos at the Prime Minister's office. Defence Minister "
        "Ana Sousa and Foreign Minister Joao Pires were present at the meeting, according to a statement."
    )
    recs = [r for r in _extract(text) if "Rui Matos" in _names(r)]
    assert len(recs) == 1
    assert {"Ana Sousa", "Joao Pires"} <= set(_names(recs[0]))


# --- a remark made as the speaker hosted the guest ------------------------------------------------------


def test_a_remark_about_the_future_made_as_she_hosted_the_guest_reports_the_visit() -> None:
    text = (
        "BERGEN, Norway, May 3 (Reuters) - Norway will give Portugal ten patrol boats, with the first to "
        "arrive around the New Year, Prime Minister Kari Lunde said on Wednesday as she hosted Portuguese "
        "President Rui Matos at a naval base in western Norway."
    )
    recs = _extract(text)
    assert [(r["date"], r["type"], r["countries"]) for r in recs] == [
        ("2024-05-01", "meeting", ["NOR", "PRT"])
    ]
    assert "New Year" not in _names(recs[0])  # a title window cut short names no one


def test_a_meeting_still_to_come_after_the_remark_is_background() -> None:
    text = (
        "BERGEN, Norway, May 3 (Reuters) - Prime Minister Kari Lunde said on Wednesday as she opened the "
        "shipyard that she will meet Portuguese President Rui Matos in Oslo next week."
    )
    assert _extract(text) == []


# --- a visit to a place where the other state's official spoke ------------------------------------------


def test_a_visit_where_the_hosts_leader_spoke_is_a_meeting_with_that_leader() -> None:
    text = (
        "BERGEN, Norway, May 3 (Reuters) - Portuguese President Rui Matos toured a naval base in western "
        "Norway on Friday.\n\n"
        "Earlier on Wednesday, Matos visited an air base in Stavanger, where Norwegian Prime Minister Kari "
        "Lunde confirmed that Norway would train Portuguese pilots."
    )
    recs = [r for r in _extract(text) if "Kari Lunde" in _names(r)]
    assert [(r["date"], r["type"], r["countries"]) for r in recs] == [
        ("2024-05-01", "meeting", ["NOR", "PRT"])
    ]
    assert "Rui Matos" in _names(recs[0])


def test_a_visit_where_workers_build_ships_is_no_contact() -> None:
    text = (
        "BERGEN, Norway, May 3 (Reuters) - Portuguese President Rui Matos visited a shipyard in Stavanger, "
        "where Norwegian workers build patrol boats for the navy."
    )
    assert _extract(text) == []


# --- a port call at a town of several words --------------------------------------------------------------


def test_warships_docked_at_a_town_of_several_words_make_a_port_call_with_that_state() -> None:
    text = (
        "MADRID, May 3 (Reuters) - Two Norwegian warships docked in Santa Cruz de Tenerife on Wednesday "
        "after the government cleared the visit."
    )
    recs = _extract(text)
    assert [(r["date"], r["type"], r["countries"]) for r in recs] == [
        ("2024-05-01", "port_call", ["ESP", "NOR"])
    ]


# --- a guest received by the name the article gave him before -----------------------------------------


def test_a_guest_received_by_surname_later_in_the_day_is_a_second_meeting() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg met his Portuguese counterpart "
        "Rui Matos in Oslo on Thursday.\n\n"
        "Later in the day, Prime Minister Kari Lunde received Matos at the palace in a meeting closed to the "
        "press, which Berg also attended."
    )
    recs = _extract(text)
    assert [(r["date"], r["type"]) for r in recs] == [("2024-05-02", "meeting"), ("2024-05-02", "meeting")]
    assert {"Kari Lunde", "Rui Matos", "Ola Berg"} <= set(_names(recs[1]))


def test_receiving_a_persons_letter_is_no_meeting() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg met his Portuguese counterpart "
        "Rui Matos in Oslo on Thursday.\n\n"
        "Last month, Prime Minister Kari Lunde received Matos's letter on the patrol boats."
    )
    recs = _extract(text)
    assert all("Kari Lunde" not in _names(r) for r in recs)


# --- a trip made to meet someone; a leg earlier in the week ---------------------------------------------


def test_a_trip_made_to_meet_someone_reports_the_meeting() -> None:
    text = (
        "BERGEN, Norway, May 3 (Reuters) - Portuguese President Rui Matos made a last-minute trip to Bergen "
        "late on Thursday to meet the head of the Norwegian navy, Admiral Ola Berg.\n\n"
        "The meeting at the naval base, attended by Defence Minister Kari Lunde, took place close to "
        "midnight."
    )
    recs = _extract(text)
    assert [(r["date"], r["type"], r["countries"]) for r in recs] == [
        ("2024-05-02", "meeting", ["NOR", "PRT"])
    ]
    assert {"Rui Matos", "Ola Berg", "Kari Lunde"} <= set(_names(recs[0]))


def test_a_trip_made_earlier_to_meet_someone_is_background() -> None:
    text = (
        "BERGEN, Norway, May 3 (Reuters) - Portuguese President Rui Matos said on Friday the navies would "
        "train together. Matos had flown to Bergen in March to meet Norwegian Admiral Ola Berg."
    )
    assert _extract(text) == []


def test_talks_earlier_in_the_week_are_a_leg_before_the_story() -> None:
    text = (
        "BERGEN, Norway, May 3 (Reuters) - Portuguese President Rui Matos met Norwegian Prime Minister Kari "
        "Lunde in Bergen on Thursday.\n\n"
        "Admiral Ola Berg, on the third day of his visit to Portugal, held talks with Portuguese Defence "
        "Minister Ana Sousa in Lisbon earlier in the week."
    )
    recs = _extract(text)
    assert [(r["date"], r["type"]) for r in recs] == [("2024-05-02", "meeting")]
    assert "Ana Sousa" not in _names(recs[0])


def test_a_title_with_a_rank_before_the_name_is_not_the_office_holder_of_the_knowledge() -> None:
    text = (
        "LISBON: Norwegian Defence Minister Ola Berg, on his first visit to Portugal, on Monday urged Lisbon "
        "to step up patrols in the Atlantic.\n\n"
        "Mr Berg held talks with Prime Minister Rui Matos at the Prime Minister's office. National Security "
        "Adviser retired Lt Gen Joao Pires was present at the meeting, which came weeks after a visit by "
        "U.S. officials."
    )
    recs = [r for r in _extract(text) if "Rui Matos" in _names(r)]
    assert len(recs) == 1
    assert "Joao Pires" in _names(recs[0])
    assert all(p["country"] != "USA" for p in recs[0]["participants"])  # not the US adviser of the day


def test_the_officer_who_approved_the_ships_visit_takes_no_part_in_it() -> None:
    text = (
        "MADRID, May 3 (Reuters) - Two Norwegian warships docked in Santa Cruz de Tenerife on Wednesday "
        "after the government cleared the visit.\n\n"
        "A notice in the official gazette showed that Vice Admiral Luis Ortega, deputy chief of the Spanish "
        "Naval Staff, had approved the visit once the foreign ministry gave its consent."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["port_call"]
    assert "Luis Ortega" not in _names(recs[0])


def test_a_speaker_label_that_recurs_is_no_dateline() -> None:
    text = (
        "Transcript of a press briefing\n\n"
        "AUSTIN: Thank you all for coming.\n\n"
        "QUESTION: Will you meet the Portuguese minister?\n\n"
        "AUSTIN: Yes, next week."
    )
    assert reference.find(text, DAY).city is None


def test_a_dateline_city_in_capitals_keeps_its_small_connecting_words() -> None:
    text = "RIO DE JANEIRO, May 3 (Reuters) - Two Norwegian warships docked in the city on Friday."
    assert reference.find(text, DAY).city == "Rio de Janeiro"
