"""Failure kinds blind batches b9, b12 and b13 showed, each tested on invented sentences (names and places
made up, wording of the kinds ministry readouts, news agencies and wire copy use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- types ---------------------------------------------------------------------------------------------


def test_dialling_a_minister_is_a_call() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand dialled Norwegian Defence Minister "
        "Ola Berg on Thursday and conveyed his support after the attack."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "call")
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_calling_for_something_is_no_call() -> None:
    text = "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg called for calm on Thursday."
    assert _extract(text) == []


def test_a_call_of_the_day_paid_on_a_leader_is_a_meeting() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand held talks with Norway's leaders in "
        "Oslo on Friday. Marchand's first call of the day was on Senate President Ola Berg."
    )
    recs = _extract(text)
    assert any(sorted(_names(r)) == ["Ola Berg", "Paul Marchand"] for r in recs)
    assert all(r["type"] == "meeting" for r in recs)


def test_in_that_call_on_tuesday_is_no_courtesy_call() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg spoke by telephone with French Defence "
        "Minister Paul Marchand on Thursday. In that call on Thursday, the two ministers reaffirmed "
        "their commitment."
    )
    assert [r["type"] for r in _extract(text)] == ["call"]


def test_co_chairing_a_session_of_a_commission_is_a_dialogue() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg and French Defence Minister Paul "
        "Marchand co-chaired the 12th meeting of the Norway-France Inter-Governmental Commission on "
        "Military Cooperation in Oslo on Friday."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "dialogue")


# --- several contacts of one day ----------------------------------------------------------------------


def test_a_signing_at_the_conclusion_of_the_talks_is_its_own_record() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg held talks with French Defence Minister "
        "Paul Marchand in Oslo today.\n\n"
        "At the conclusion of the talks, the two ministers put their signatures to a joint vision "
        "statement.\n\n"
        "Thereafter, a Memorandum of Understanding on Mutual Logistics Support between the two navies "
        "was signed in the presence of both Ministers."
    )
    assert _summary(_extract(text)) == [
        ("2024-05-03", "meeting"),
        ("2024-05-03", "agreement"),
        ("2024-05-03", "agreement"),
    ]


def test_a_meeting_followed_by_a_signing_gives_the_signing_the_meetings_people() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg held a bilateral meeting with French "
        "Defence Minister Paul Marchand in Oslo today.\n\n"
        "The bilateral meeting was followed by the signing of two agreements on cadet exchanges."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting"), ("2024-05-03", "agreement")]
    assert sorted(_names(recs[1])) == ["Ola Berg", "Paul Marchand"]


def test_a_second_named_dialogue_later_in_the_day_is_its_own_record() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg and French Defence Minister Paul "
        "Marchand co-chaired the 12th meeting of the Norway-France Inter-Governmental Commission in "
        "Oslo today.\n\n"
        "Later in the day, Ola Berg and Foreign Minister Kari Lunde held the first Norway-France 2+2 "
        "Ministerial Dialogue with Paul Marchand and French Foreign Minister Anne Roche."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "dialogue"), ("2024-05-03", "dialogue")]
    assert len(recs[1]["participants"]) == 4


def test_a_look_ahead_to_the_dialogue_and_its_report_are_one_record() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg held talks with French Defence Minister "
        "Paul Marchand on Friday, before the two joined their foreign ministers for the 2+2 dialogue.\n\n"
        "Later in the day Foreign Minister Kari Lunde hosted Ola Berg and Paul Marchand for the 2+2."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting", "dialogue"]


def test_a_call_two_days_before_the_main_one_is_dated_from_it() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg spoke by telephone with French Defence "
        "Minister Paul Marchand on Thursday.\n\n"
        "Thursday's call came two days after Berg spoke with Estonian Defence Minister Mart Kask."
    )
    recs = {tuple(r["countries"]): r["date"] for r in _extract(text)}
    assert recs[("FRA", "NOR")] == "2024-05-02"
    assert recs[("EST", "NOR")] == "2024-04-30"


# --- background --------------------------------------------------------------------------------------


def test_last_months_incident_does_not_make_the_dialogue_past() -> None:
    text = (
        "OSLO, May 3 (NTB) - At the 2+2 held on Friday, Norwegian Defence Minister Ola Berg and French "
        "Defence Minister Paul Marchand expressed concern over last month's confrontation at sea."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "dialogue"


def test_a_relationship_that_collapsed_years_ago_does_not_make_the_talks_past() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand held talks with Norwegian Defence "
        "Minister Ola Berg in Oslo on Friday, as Paris tries to rebuild a relationship that collapsed "
        "seven years ago."
    )
    (rec,) = _extract(text)
    assert rec["date"] == "2024-05-03"


def test_a_leaders_meeting_last_september_is_background() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand held talks with Norwegian Defence "
        "Minister Ola Berg in Oslo on Friday.\n\nThe Norwegian prime minister met French President Anne "
        "Roche on the sidelines of the United Nations General Assembly last September."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting"]


def test_talks_at_the_previous_stop_of_a_tour_are_background() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand held talks with Norwegian Defence "
        "Minister Ola Berg in Oslo on Friday.\n\n"
        "Marchand arrived in Oslo late on Thursday from Tallinn, where he held talks with Estonian "
        "Defence Minister Mart Kask and called on President Jaan Tamm."
    )
    assert [r["countries"] for r in _extract(text)] == [["FRA", "NOR"]]


def test_talks_at_the_previous_stop_with_a_day_of_their_own_are_news() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand held talks with Norwegian Defence "
        "Minister Ola Berg in Oslo on Friday.\n\n"
        "Marchand arrived in Oslo from Tallinn, where he met Estonian Defence Minister Mart Kask on "
        "Thursday."
    )
    assert ["EST", "FRA"] in [r["countries"] for r in _extract(text)]


def test_a_dialogue_the_minister_came_to_attend_is_not_reported_yet() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg held a meeting with French Defence "
        "Minister Paul Marchand, who arrived in Oslo on Thursday to attend the second Norway-France "
        "2+2 Ministerial Dialogue.\n\n"
        "The two ministers agreed to make the 2+2, which they are to attend later today, a success."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting"]


def test_a_dialogue_still_ahead_this_year_is_background() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg met French Defence Minister Paul "
        "Marchand in Oslo on Friday. They agreed to finish the review before this year's Security "
        "Consultative Meeting."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting"]


def test_a_contract_signed_with_a_manufacturer_is_no_state_agreement() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand held talks with Norwegian Defence "
        "Minister Ola Berg in Oslo on Thursday. Berg told reporters that a contract for six "
        "French frigates had been signed with the manufacturer Naval Works."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting"]


def test_an_old_document_date_in_a_list_does_not_date_the_signing() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg held talks with French Defence Minister "
        "Paul Marchand in Oslo today. At the conclusion of the talks, two documents were signed: a "
        "programme for 2024-2030; and a protocol amending the agreement of February 18, 2019."
    )
    recs = _extract(text)
    assert ("2024-05-03", "agreement") in _summary(recs)


def test_a_bare_year_in_an_aside_does_not_date_the_meeting() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand held talks with Norway's leaders in "
        "Oslo on Friday. Marchand then met Defence Minister Ola Berg, a graduate of the naval academy, "
        "where Marchand himself studied in 1985."
    )
    assert [r["date"] for r in _extract(text)] == ["2024-05-03"]


# --- people and places -------------------------------------------------------------------------------


def test_an_untitled_host_in_the_dateline_capital_is_of_that_state() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand held talks with Norway's leaders on "
        "Friday. Marchand then met Prime Minister Ola Berg, a former naval officer."
    )
    recs = _extract(text)
    berg = next(p for r in recs for p in r["participants"] if p["name"] == "Ola Berg")
    assert berg["country"] == "NOR"


def test_the_office_before_and_is_its_own_holder() -> None:
    text = (
        "New Delhi [India], May 3 (ANI): Later today, the Raksha Mantri and External Affairs Minister "
        "Dr Ravi Menon held talks with French Defence Minister Paul Marchand."
    )
    (rec,) = _extract(text)
    assert "Rajnath Singh" in _names(rec)


def test_a_capitalised_dateline_without_a_date_gives_the_place() -> None:
    text = (
        "By Kari Lunde\nMay 3, 2024\n\nOSLO — Norwegian Defence Minister Ola Berg met French Defence "
        "Minister Paul Marchand on Friday."
    )
    (rec,) = _extract(text)
    assert rec["location"]["city"] == "Oslo"


def test_a_ship_arriving_at_a_gazetteer_town_makes_a_port_call_there() -> None:
    text = (
        "COLOMBO, May 3 (NTB) - The French Navy frigate Rhone arrived at Trincomalee on Friday for a "
        "three-day goodwill visit, the Sri Lankan Navy said."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "port_call"
    assert rec["countries"] == ["FRA", "LKA"]
