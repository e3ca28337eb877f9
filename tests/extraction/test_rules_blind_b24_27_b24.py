"""Failure kinds blind batch b24 showed, each tested on invented sentences (names and places made up,
wording of the kinds news agencies and ministry releases use)."""

import datetime as dt

from app.extraction import reference
from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- a named ministers' dialogue co-chaired, then a call paid the same day ------------------------------


def test_a_co_chaired_defence_ministers_dialogue_is_a_record_of_its_own() -> None:
    text = (
        "NEWS RELEASE\n3 May 2024\n\n"
        "Minister for Defence Dr Ola Berg and Defence Minister of Portugal Mr Rui Matos co-chaired the 4th "
        "Norway-Portugal Defence Ministers' Dialogue in Lisbon, Portugal today. Dr Berg also called on "
        "President of Portugal Ana Costa at Belem Palace."
    )
    recs = _extract(text)
    assert sorted(_summary(recs)) == [("2024-05-03", "dialogue"), ("2024-05-03", "meeting")]
    dialogue = next(r for r in recs if r["type"] == "dialogue")
    assert {"Ola Berg", "Rui Matos"} <= set(_names(dialogue))
    assert dialogue["location"]["city"] == "Lisbon"


def test_a_dialogue_of_defence_ministers_held_last_year_is_background() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg met Portuguese Defence Minister Rui "
        "Matos in Oslo on Friday.\n\n"
        "The two last met at the Norway-Portugal Defence Ministers' Dialogue in Lisbon last year."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting"]


# --- a day in a relative clause about another event ------------------------------------------------------


def test_the_day_a_summit_opened_in_a_who_clause_does_not_date_the_meeting() -> None:
    text = (
        "OSLO, May 3 (Reuters) -- The defence chiefs of Norway and Portugal held talks in Oslo on Friday "
        "and agreed to deepen defence ties, the ministry said.\n\n"
        "Defence Minister Ola Berg met with Portuguese Defence Minister Rui Matos, who was in Oslo for the "
        "Nordic Maritime Summit that opened Wednesday."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting")]


def test_a_day_the_who_clause_gives_the_visit_itself_still_dates_the_meeting() -> None:
    text = (
        "OSLO, May 3 (Reuters) -- Norwegian Defence Minister Ola Berg met with Portuguese Defence Minister "
        "Rui Matos, who was in Oslo for talks on Wednesday."
    )
    assert _summary(_extract(text)) == [("2024-05-01", "meeting")]


# --- an agency's dateline with no brackets ------------------------------------------------------------


def test_an_agency_name_after_the_day_is_a_dateline() -> None:
    text = "OSLO, May 3 Kyodo - Norway and Portugal have signed a logistics agreement."
    ref = reference.find(text, dt.date(2024, 5, 3))
    assert ref.source == "dateline"
    assert ref.city == "Oslo"


def test_a_state_subject_report_said_on_a_day_is_the_signing_the_next_sentence_dates() -> None:
    text = (
        "OSLO, May 3 Kyodo - Norway and Portugal have signed an agreement allowing their armed forces to "
        "share fuel and other supplies, the Norwegian government said Friday.\n\n"
        "The Logistics Support Agreement was signed in Lisbon on Thursday by Norwegian Ambassador to "
        "Portugal Kari Lunde and Portuguese Defence Secretary Rui Matos, according to the Foreign Ministry."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-02", "agreement")]
    assert {"Kari Lunde", "Rui Matos"} <= set(_names(recs[0]))


# --- 'his <state> counterpart Y': Y holds the same office ---------------------------------------------


def _titles(recs: list[dict]) -> dict[str, str | None]:
    return {p["name"]: p["title"] for r in recs for p in r["participants"]}


def test_a_counterpart_named_without_title_holds_the_office_of_the_one_whose_counterpart_he_is() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Prime Minister Ola Berg and his Portuguese counterpart Rui Matos "
        "spoke by phone on Friday about defence cooperation."
    )
    assert _titles(_extract(text))["Rui Matos"] == "Prime Minister"


def test_a_counterpart_of_a_us_defense_secretary_is_a_defence_minister() -> None:
    text = (
        "WASHINGTON, May 3 (Reuters) - U.S. Defense Secretary Jack Turner spoke with his Norwegian "
        "counterpart Ola Berg by phone on Friday."
    )
    assert _titles(_extract(text))["Ola Berg"] == "Defence Minister"


def test_a_counterpart_with_a_title_of_his_own_keeps_it() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Prime Minister Ola Berg met his Portuguese counterpart, Defence "
        "Minister Rui Matos, in Oslo on Friday."
    )
    assert _titles(_extract(text))["Rui Matos"] == "Defence Minister"


# --- where a statement was made is not where the talks were -----------------------------------------


def test_the_town_a_ministry_spoke_from_is_not_the_place_of_the_talks() -> None:
    text = (
        "Lisbon, May 3 (PTI) Norwegian Defence Minister Ola Berg held delegation-level talks with "
        "Portuguese Defence Minister Rui Matos here on Friday, the Defence Ministry said in Oslo."
    )
    recs = _extract(text)
    assert [r["location"]["city"] for r in recs] == ["Lisbon"]


def test_talks_in_a_town_the_sentence_names_keep_that_town() -> None:
    text = (
        "Lisbon, May 3 (PTI) Norwegian Defence Minister Ola Berg held talks with Portuguese Defence "
        "Minister Rui Matos in Oslo on Friday, the Defence Ministry said."
    )
    recs = _extract(text)
    assert [r["location"]["city"] for r in recs] == ["Oslo"]


# --- 'the same day' after an aside that names the day ---------------------------------------------------


_ARRIVED = (
    "Lisbon, May 3 (PTI) Norwegian Defence Minister Ola Berg held delegation-level talks with Portuguese "
    "Defence Minister Rui Matos here on Friday.\n\n"
)


def test_the_same_day_is_the_day_of_the_arrival_the_aside_names() -> None:
    text = _ARRIVED + (
        "Berg, who arrived here from Madrid on Thursday on the second leg of his two-nation tour, called on "
        "Prime Minister Ana Ribeiro the same day."
    )
    recs = _extract(text)
    call = next(r for r in recs if "Ana Ribeiro" in _names(r))
    assert call["date"] == "2024-05-02"
    assert call["countries"] == ["NOR", "PRT"]  # the host of 'here', not of the town he came from


def test_the_same_day_is_the_day_of_the_arrival_the_sentence_names() -> None:
    text = _ARRIVED + (
        "Berg arrived here from Madrid on Thursday and called on Prime Minister Ana Ribeiro the same day."
    )
    recs = _extract(text)
    call = next(r for r in recs if "Ana Ribeiro" in _names(r))
    assert call["date"] == "2024-05-02"
    assert call["countries"] == ["NOR", "PRT"]


def test_the_town_a_visitor_flew_in_from_is_not_where_the_host_serves() -> None:
    text = (
        _ARRIVED
        + "Berg called on Prime Minister Ana Ribeiro on Thursday, shortly after flying in from Madrid."
    )
    recs = _extract(text)
    call = next(r for r in recs if "Ana Ribeiro" in _names(r))
    assert call["countries"] == ["NOR", "PRT"]


def test_a_host_met_in_the_town_the_clause_names_serves_there() -> None:
    text = (
        "PARIS, May 3 (AFP) - Norwegian Defence Minister Ola Berg held talks with French Defence Minister "
        "Luc Martin in Paris on Friday.\n\n"
        "Berg also called on Prime Minister Ana Ribeiro in Madrid on Thursday."
    )
    recs = _extract(text)
    call = next(r for r in recs if "Ana Ribeiro" in _names(r))
    assert call["countries"] == ["ESP", "NOR"]


def test_a_town_named_in_an_aside_is_not_where_the_host_serves() -> None:
    text = _ARRIVED + (
        "Berg, who had held talks in Madrid on Thursday, called on Prime Minister Ana Ribeiro on Friday."
    )
    recs = _extract(text)
    call = next(r for r in recs if "Ana Ribeiro" in _names(r))
    assert call["countries"] == ["NOR", "PRT"]


def test_the_same_day_without_a_day_before_it_is_the_day_of_the_contact_before() -> None:
    text = _ARRIVED + "Berg called on Prime Minister Ana Ribeiro the same day."
    recs = _extract(text)
    call = next(r for r in recs if "Ana Ribeiro" in _names(r))
    assert call["date"] == "2024-05-03"


def test_the_same_day_of_a_dialogue_held_during_a_visit_span_is_the_readout_s_day() -> None:
    text = (
        "Norway-Portugal Defence Ministerial Meeting\n\nMay 3, 2024\n\n"
        "1. On May 3, Defence Minister Ola Berg held a meeting with Portuguese Defence Minister Rui Matos at "
        "the Ministry of Defence. Minister Matos is visiting Norway from May 2 to 4 to attend the first "
        "Norway-Portugal 2+2 Ministerial Meeting, which was held earlier the same day together with Foreign "
        "Minister Kari Lunde and Portuguese Foreign Minister Ana Ribeiro."
    )
    recs = _extract(text)
    assert {r["date"] for r in recs} == {"2024-05-03"}


def test_a_sentence_set_in_a_dialogue_by_its_abbreviation_is_about_that_dialogue() -> None:
    text = (
        "NEWS RELEASE\n3 May 2024\n\n"
        "Minister for Defence Dr Ola Berg and Defence Minister of Portugal Mr Rui Matos co-chaired the 4th "
        "Norway-Portugal Defence Ministers' Dialogue (DMD) in Lisbon, Portugal today. Dr Berg also called on "
        "President of Portugal Ana Costa at Belem Palace.\n\n"
        "President Costa and Dr Berg reaffirmed the excellent bilateral relations between the two countries."
        "\n\nDuring the DMD, Dr Berg and Mr Matos discussed closer cooperation in cyber defence and space."
    )
    recs = _extract(text)
    dialogue = next(r for r in recs if r["type"] == "dialogue")
    meeting = next(r for r in recs if r["type"] == "meeting")
    assert "technology" in dialogue["pillars"]
    assert "technology" not in meeting["pillars"]


_SUMMARY = (
    "OSLO, May 3 Kyodo - Norway and Portugal have signed an agreement allowing their armed forces to share "
    "fuel and other supplies, the Norwegian government said Friday.\n\n"
)


def test_a_state_subject_lead_is_the_signing_the_next_sentence_dates_in_the_month_before() -> None:
    text = _SUMMARY + (
        "The Logistics Support Agreement was signed in Lisbon on April 30 by Norwegian Ambassador to "
        "Portugal Kari Lunde and Portuguese Defence Secretary Rui Matos, according to the Foreign Ministry."
    )
    assert _summary(_extract(text)) == [("2024-04-30", "agreement")]


def test_a_signing_between_other_states_is_not_the_one_the_lead_reports() -> None:
    text = _SUMMARY + (
        "Separately, Norwegian Ambassador to Spain Kari Lunde and Spanish Defence Secretary Luis Vega signed "
        "a logistics agreement in Madrid on April 30."
    )
    recs = _extract(text)
    assert sorted((r["date"], tuple(r["countries"])) for r in recs) == [
        ("2024-04-30", ("ESP", "NOR")),
        ("2024-05", ("NOR", "PRT")),
    ]
