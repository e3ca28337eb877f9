"""Failure kinds a fourth blind batch showed, each tested on invented sentences (names and places made
up, wording of the kinds real readouts, service releases and wire copy use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- states ----------------------------------------------------------------------------------------------


def test_the_country_a_war_is_fought_in_is_no_party_to_an_exercise() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norway's navy began a week-long exercise with Estonian and Finnish "
        "warships off its coast on Friday, despite criticism over Moscow's invasion of Ukraine."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "exercise"
    assert rec["countries"] == ["EST", "FIN", "NOR"]


def test_a_visitors_call_on_an_unknown_host_is_with_the_dateline_state() -> None:
    text = (
        "OSLO, May 3 (NTB) - Visiting Estonian Defence Minister Mart Kask paid a courtesy call on "
        "President Ola Berg at the palace this afternoon."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "meeting")
    assert rec["countries"] == ["EST", "NOR"]
    assert _names(rec) == ["Mart Kask", "Ola Berg"]


# --- port calls ------------------------------------------------------------------------------------------


def test_a_carrier_arriving_at_the_hosts_base_makes_a_port_call() -> None:
    text = (
        "OSLO, May 3 (NTB) - The Estonian Navy aircraft carrier Tallinn arrived at the Royal Norwegian "
        "Navy's Haakonsvern base on Friday, the first visit to Norway by an Estonian carrier."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "port_call")
    assert rec["countries"] == ["EST", "NOR"]


def test_the_strike_group_commanders_call_is_part_of_the_port_call() -> None:
    text = (
        "OSLO, May 3 (NTB) - The Estonian Navy aircraft carrier Tallinn arrived at the Royal Norwegian "
        "Navy's Haakonsvern base on Friday, the first visit to Norway by an Estonian carrier. "
        "Rear Adm. Mart Kask, commander of the Estonian carrier strike group, called on the commandant "
        "of the Norwegian naval district after arrival."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "port_call")
    assert _names(rec) == ["Mart Kask"]


# --- contacts of the same day ------------------------------------------------------------------------------


def test_a_separate_meeting_ahead_of_a_dialogue_is_its_own_record() -> None:
    text = (
        "Oslo, May 3: Norway and Estonia on Friday held their first 2+2 Ministerial Dialogue in Oslo. "
        "Defence Minister Tomas Lind and Foreign Minister Kari Dahl represented Norway at the dialogue, "
        "while Estonia was represented by Defence Minister Mart Kask and Foreign Minister Liis Tamm. "
        "Ahead of the 2+2 dialogue, Lind held a separate bilateral meeting with his Estonian "
        "counterpart Kask at the defence ministry."
    )
    recs = _extract(text)
    assert sorted(_summary(recs)) == [("2024-05-03", "dialogue"), ("2024-05-03", "meeting")]
    by_type = {r["type"]: r for r in recs}
    assert sorted(_names(by_type["dialogue"])) == ["Kari Dahl", "Liis Tamm", "Mart Kask", "Tomas Lind"]
    assert sorted(_names(by_type["meeting"])) == ["Mart Kask", "Tomas Lind"]


def test_talks_and_a_contract_signed_in_the_ministers_presence_are_two_records() -> None:
    text = (
        "OSLO, May 3 (AFP) - Estonia has ordered 12 patrol boats from Norway, Norwegian Defence Minister "
        "Tomas Lind said Friday. Lind made the announcement after talks with his Estonian counterpart "
        "Mart Kask at the defence ministry in Oslo. A first contract, for four boats, was signed on "
        "Friday in the presence of both ministers. At the same ceremony, Norwegian and Estonian firms "
        "signed a memorandum of understanding on maintenance."
    )
    recs = _extract(text)
    assert sorted(_summary(recs)) == [("2024-05-03", "agreement"), ("2024-05-03", "meeting")]
    for rec in recs:
        assert rec["countries"] == ["EST", "NOR"]
        assert sorted(_names(rec)) == ["Mart Kask", "Tomas Lind"]


# --- places ----------------------------------------------------------------------------------------------


def test_a_third_states_town_in_a_trailing_relative_clause_is_no_venue() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norway and Estonia have formally signed a defence treaty, capping months of "
        "negotiations that were watched closely in Moscow. Norwegian Defence Minister Tomas Lind and "
        "Estonian Defence Minister Mart Kask signed the treaty at the parliament on Friday."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "agreement"
    assert (rec["location"]["city"], rec["location"]["country"]) == ("Oslo", "NOR")
