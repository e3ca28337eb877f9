"""Failure kinds a third blind batch showed, each tested on invented sentences (names and places made
up, wording of the kinds real readouts, service releases and wire copy use)."""

import datetime as dt

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- background tallies --------------------------------------------------------------------------------


def test_a_running_tally_of_calls_is_background() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind spoke today with Estonian Defence Minister Mart Kask. "
        "Since the storm, Minister Lind has spoken with a number of his counterparts, including Finnish "
        "Defence Minister Aino Virta and Danish Defence Minister Jens Holm."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "call")]
    assert sorted(recs[0]["countries"]) == ["EST", "NOR"]


def test_a_present_perfect_call_with_one_counterpart_stays_news() -> None:
    text = "Norwegian Defence Minister Tomas Lind has spoken with Estonian Defence Minister Mart Kask."
    (rec,) = _extract(text)
    assert rec["type"] == "call"


def test_talks_naming_no_one_are_no_record() -> None:
    text = "Officials of Norway and Estonia held talks in Oslo on Thursday on border security."
    assert _extract(text) == []


# --- signings --------------------------------------------------------------------------------------------


def test_separate_agreements_are_each_with_the_common_partner() -> None:
    text = (
        "Norway and Estonia signed separate agreements with Finland on Friday. "
        "Norwegian Defence Minister Tomas Lind signed the deal with Finnish Defence Minister Aino Virta. "
        "Estonian Defence Minister Mart Kask then signed a mirror agreement with Virta."
    )
    recs = _extract(text)
    assert sorted(tuple(r["countries"]) for r in recs) == [("EST", "FIN"), ("FIN", "NOR")]


def test_an_exchange_of_signed_copies_is_the_signing_with_those_present() -> None:
    text = (
        "The Governments of Norway and Estonia today signed an agreement on the supply of radars. "
        "Signed copies of the agreement were exchanged at Akershus Fortress, Oslo, by Defence Secretary "
        "Mr Tomas Lind and the Ambassador of Estonia to Norway, Mr Mart Kask. Chief of Defence General "
        "Ola Berg and senior officials were present."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["date"]) == ("agreement", "2024-05-03")
    assert _names(rec) == ["Tomas Lind", "Mart Kask", "Ola Berg"]
    assert rec["location"]["city"] == "Oslo"


def test_a_convention_is_an_agreement() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind today signed the Convention establishing the joint air "
        "agency alongside Estonia's Minister of Defence, Mart Kask."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["date"], rec["countries"]) == ("agreement", "2024-05-03", ["EST", "NOR"])


def test_talks_ahead_of_the_signing_share_its_day() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind today signed a pact with Estonia's Minister of Defence, "
        "Mart Kask.\n\nThe pact sets up a joint agency.\n\nIt will open in 2026.\n\n"
        "Ahead of the signing, Minister Lind held bilateral talks with Minister Kask."
    )
    recs = _extract(text)
    assert sorted(_summary(recs)) == [("2024-05-03", "agreement"), ("2024-05-03", "meeting")]


# --- dates, people and types --------------------------------------------------------------------------


def test_a_date_in_an_aside_is_not_the_talks_date() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind, who flew in on Wednesday from Riga, held talks with "
        "Estonian Defence Minister Mart Kask in Tallinn."
    )
    (rec,) = _extract(text)
    assert rec["date"] != "2024-05-01"


def test_a_name_then_a_vice_chairman_title_is_a_person() -> None:
    text = (
        "BEIJING, May 3 (Xinhua) -- Wu Tian, vice chairman of the Central Military Commission (CMC), met "
        "with Tomas Lind, Defence Minister of Norway, in Beijing on Friday."
    )
    (rec,) = _extract(text)
    assert sorted(_names(rec)) == ["Tomas Lind", "Wu Tian"]
    assert rec["countries"] == ["CHN", "NOR"]


def test_a_call_on_a_chief_during_a_port_call_is_a_meeting() -> None:
    text = (
        "Norwegian Navy ships arrived at Tallinn, Estonia on 1 May as part of a deployment, under the "
        "command of Rear Admiral Ola Berg, Flag Officer Commanding the Fleet.\n\n"
        "During the port call, Rear Admiral Berg called on Vice Admiral Mart Kask, "
        "Commander of the Estonian Navy, at the Navy Headquarters yesterday."
    )
    recs = _extract(text)
    assert sorted(_summary(recs)) == [("2024-05-01", "port_call"), ("2024-05-02", "meeting")]
    visit = next(r for r in recs if r["type"] == "port_call")
    assert "Mart Kask" not in _names(visit)
    call = next(r for r in recs if r["type"] == "meeting")
    assert (call["location"]["city"], call["location"]["country"]) == ("Tallinn", "EST")


def test_an_ongoing_exercise_between_the_two_countries() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind and Estonian Defence Minister Mart Kask held talks in "
        "Tallinn on Thursday.\n\nThe visit coincides with Exercise Spring Wind, the largest drill between "
        "the two countries, which opened earlier this month and runs until May 20 in the north."
    )
    recs = _extract(text)
    drill = next(r for r in recs if r["type"] == "exercise")
    assert (drill["date"], drill["countries"]) == ("2024-05", ["EST", "NOR"])


def test_we_of_a_joint_release_are_its_byline_ministers() -> None:
    text = (
        "Joint media release\n\n"
        "Norwegian Minister for Defence Tomas Lind\n\n"
        "Norway-Estonia Defence Ministerial Consultations\n\n"
        "Today we welcomed Estonia's Minister of Defence, Mr Mart Kask, to Oslo for the annual "
        "Norway-Estonia Defence Dialogue.\n\n"
        '"We met many friends," said Estonian Defence Minister Mart Kask.'
    )
    (rec,) = _extract(text)
    assert rec["type"] == "dialogue"
    assert sorted(_names(rec)) == ["Mart Kask", "Tomas Lind"]


def test_a_portuguese_connector_and_a_portfolio_word_keep_names_whole() -> None:
    text = (
        "Norway's Infrastructure Minister Tomas Lind met Brazilian Defence Minister Joao Costa e Silva "
        "in Oslo on Thursday."
    )
    (rec,) = _extract(text)
    assert sorted(_names(rec)) == ["Joao Costa e Silva", "Tomas Lind"]
    assert rec["countries"] == ["BRA", "NOR"]


def test_a_bare_presidency_is_not_given_to_another_known_president() -> None:
    text = (
        "At a ceremony in Ankara hosted by President Kemal Aydin, Norwegian Defence Minister Tomas Lind "
        "signed the deal with Estonian Defence Minister Mart Kask on Thursday. Ukrainian President "
        "Volodymyr Zelenskiy said in his nightly address that the deal mattered."
    )
    (rec,) = _extract(text, dt.date(2022, 7, 22))
    aydin = next(p for p in rec["participants"] if p["name"] == "Kemal Aydin")
    assert aydin.get("country") != "UKR"
