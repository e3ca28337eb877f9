"""Failure kinds blind batches b28-b30 showed, each tested on invented sentences (names and places made
up, wording of the kinds wire copy, press releases and ministry readouts use)."""

import datetime as dt

from app.extraction import dates, reference
from tests.extraction.extraction_fixtures import DAY
from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

_LEAD = (
    "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg held talks with Portuguese Defence Minister "
    "Rui Matos in Lisbon on Friday, opening a three-nation tour of southern Europe.\n\n"
    "The two ministers discussed naval cooperation and the joint purchase of patrol vessels.\n\n"
    "Norway and Portugal have been NATO allies since 1949.\n\n"
)

# --- the day of a further contact of the same visitor -------------------------------------------------


def test_an_undated_further_contact_of_the_visitor_has_the_day_of_his_earlier_contact() -> None:
    text = _LEAD + "The Norwegian minister, who landed early Friday, also met Navy chief Admiral Joao Pires."
    recs = [r for r in _extract(text) if "Joao Pires" in _names(r)]
    assert len(recs) == 1
    assert (recs[0]["date"], recs[0]["date_precision"]) == ("2024-05-03", "day")


def test_an_undated_contact_of_other_officials_keeps_the_month() -> None:
    text = _LEAD + "Portuguese Navy chief Admiral Joao Pires met Spanish Navy chief Admiral Luis Ortega."
    recs = [r for r in _extract(text) if "Joao Pires" in _names(r)]
    assert len(recs) == 1
    assert recs[0]["date_precision"] == "month"


def test_earlier_in_the_day_with_no_contact_before_is_the_day_the_lead_told() -> None:
    text = (
        "LISBON, May 3 (Reuters) - Norwegian Army chief General Ola Berg on Friday opened a new training "
        "centre for mountain troops near Lisbon.\n\n"
        "The centre will train 400 soldiers a year. It was built in 18 months.\n\n"
        "Earlier in the day, General Berg held talks with Portuguese Army chief General Rui Matos at the "
        "army headquarters."
    )
    recs = [r for r in _extract(text) if "Rui Matos" in _names(r)]
    assert len(recs) == 1
    assert (recs[0]["date"], recs[0]["date_precision"]) == ("2024-05-03", "day")


def test_a_first_visit_since_taking_office_with_meetings_today_is_dated_today() -> None:
    text = (
        "LISBON, Portugal, May 3, 2024 — Norwegian Defence Minister Ola Berg began his first visit to "
        "southern Europe since taking office with meetings here today with Portugal's foreign and defense "
        "ministers.\n\n"
        "Berg met first with Portuguese Foreign Minister Rui Matos at the Necessidades Palace."
    )
    recs = [r for r in _extract(text) if "Rui Matos" in _names(r)]
    assert len(recs) == 1
    assert (recs[0]["date"], recs[0]["date_precision"]) == ("2024-05-03", "day")


def test_since_taking_office_in_a_month_still_reckons_from_that_month() -> None:
    text = "his first visit since taking office in January"
    hits = dates.find(text, 0, len(text), DAY)
    assert hits and all(h.reporting for h in hits)


# --- the host's state ----------------------------------------------------------------------------------


def test_a_press_release_line_of_town_dash_date_is_the_dateline() -> None:
    text = (
        "Press Release\n"
        "Norwegian Deputy Minister of Defence calls on Army chief\n"
        "Lisbon - May 3, 2024\n\n"
        "Ola Berg, Deputy Minister of Defence of the Kingdom of Norway, called on General Rui Matos, Chief "
        "of Army Staff, at Army headquarters today.\n\n"
        "The visiting dignitary acknowledged the professionalism of the Portuguese Army."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting")]
    assert recs[0]["countries"] == ["NOR", "PRT"]


def test_a_header_line_of_a_word_not_a_town_gives_no_city() -> None:
    text = "Update - May 3, 2024\n\nThe ministry published its annual report."
    ref = reference.find(text, DAY)
    assert ref.city is None


def test_a_headline_pair_of_states_gives_the_unknown_minister_his_state() -> None:
    text = (
        "Norway, Portugal agree to deepen defence ties\n\n"
        "Vilar de Cima (Portugal), May 3, NNA - Mr Ola Berg, the Minister of Defence, has held bilateral "
        "talks with his Portuguese counterpart, Mr Rui Matos, on the sidelines of a defence exhibition "
        "there.\n\n"
        "The meeting, held on Thursday, reviewed defence cooperation between the two countries."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert recs[0]["countries"] == ["NOR", "PRT"]


# --- who took part --------------------------------------------------------------------------------------


def test_the_captain_a_ship_is_commanded_by_takes_part_in_its_port_call() -> None:
    text = (
        "LISBON, May 3 (Reuters) - The Norwegian Navy frigate Fridtjof arrived at Lisbon on Friday on her "
        "maiden port call to Portugal.\n\n"
        "The frigate, commanded by Captain Ola Berg, was received by personnel of the Portuguese Navy on "
        "arrival, the Norwegian Navy said."
    )
    recs = [r for r in _extract(text) if r["type"] == "port_call"]
    assert len(recs) == 1
    assert "Ola Berg" in _names(recs[0])


def test_the_two_after_he_met_someone_are_he_and_that_someone() -> None:
    text = _LEAD + (
        "Berg arrived in Portugal from Spain. In Madrid on Thursday he met Spanish Defence Minister Luis "
        "Ortega, and the two agreed to coordinate closely on Baltic security."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting"), ("2024-05-02", "meeting")]
    assert sorted(_names(recs[1])) == ["Luis Ortega", "Ola Berg"]


def test_a_contact_the_visitors_arrived_after_is_the_leg_before() -> None:
    text = (
        "LISBON, May 3 (Reuters) - Norwegian Foreign Minister Ola Berg and Defence Minister Kari Lunde held "
        "'2+2' talks with Portuguese Foreign Minister Rui Matos and Defence Minister Ana Costa on Friday.\n\n"
        'The Norwegian ministers arrived in Lisbon on Thursday after a similar "2+2" session with their '
        "Danish counterparts in Copenhagen."
    )
    recs = _extract(text)
    assert all("DNK" not in r["countries"] for r in recs)


# --- types -------------------------------------------------------------------------------------------


def test_adopting_a_vision_document_at_the_talks_is_an_agreement() -> None:
    text = (
        "Lisbon, May 3 (Reuters) Norway and Portugal on Friday adopted the 'Norway-Portugal Vision on "
        "Defence Cooperation', as visiting Norwegian Defence Minister Ola Berg held talks with Portuguese "
        "Defence Minister Rui Matos here."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "agreement")]


def test_adopting_a_national_strategy_is_no_agreement() -> None:
    text = (
        "Lisbon, May 3 (Reuters) Norwegian Defence Minister Ola Berg held talks with Portuguese Defence "
        "Minister Rui Matos here on Friday, the first since Oslo adopted a new National Security Strategy "
        "in December."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting")]


def test_a_letter_of_intent_exchanged_between_ministers_is_a_signing() -> None:
    text = (
        "Lisbon, May 3 (Reuters) A Letter of Intent on cooperation in futuristic defence technologies was "
        "exchanged on Friday between Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui "
        "Matos."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "agreement")]


def test_an_honour_a_president_confers_on_the_visitor_is_a_meeting() -> None:
    text = (
        "Lisbon, May 3 (Reuters): Norwegian Army Chief General Ola Berg was on Friday conferred the honorary "
        "rank of General of the Portuguese Army by President Rui Matos at a ceremony at Belem Palace."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting")]
    assert sorted(_names(recs[0])) == ["Ola Berg", "Rui Matos"]


def test_an_honour_from_an_institution_is_no_contact() -> None:
    text = (
        "Lisbon, May 3 (Reuters): Norwegian Army Chief General Ola Berg was on Friday conferred an honorary "
        "doctorate by the University of Lisbon."
    )
    assert _extract(text) == []


def test_the_publication_day_used_is_a_friday() -> None:
    assert dt.date(2024, 5, 3) == DAY
