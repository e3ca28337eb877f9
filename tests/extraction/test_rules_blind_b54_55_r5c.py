"""Failure kinds blind batches b54-b55 showed, each tested on invented sentences (names and places made
up, wording of the kinds readouts, press releases and wire copy use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- calls and meetings worded in ways the triggers missed ---------------------------------------------


def test_held_calls_with_a_list_of_ministers_is_one_call_each() -> None:
    text = (
        "MADRID, May 3 (Reuters) - Spanish Defence Minister Pablo Ortega spoke with U.S. Defense Secretary "
        "John Harlow on Friday, the ministry said.\n\n"
        "Earlier on Friday Ortega held calls with Portuguese Defence Minister Rui Matos and Italian Defence "
        "Minister Marco Bellini, the ministry said."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["call", "call", "call"]
    assert {n for r in recs for n in _names(r)} >= {"Rui Matos", "Marco Bellini"}


def test_held_calls_with_reporters_is_no_call() -> None:
    text = (
        "MADRID, May 3 (Reuters) - Spanish Defence Minister Pablo Ortega held calls with Lisbon officials "
        "and Madrid reporters on Friday."
    )
    assert [r for r in _extract(text) if r["type"] == "call"] == []


def test_sat_down_separately_with_a_second_host_is_a_meeting_of_its_own() -> None:
    text = (
        "May 3, 2024 | By Defense News\n\n"
        "U.S. Defense Secretary John Harlow arrived in Tallinn today on an unannounced visit.\n\n"
        "Harlow met with Estonian President Ivo Petrak to discuss air defense.\n\n"
        "The secretary later sat down separately with Estonian Defense Minister Anton Belic."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["meeting", "meeting"]
    assert "Anton Belic" in _names(recs[1])


def test_a_pair_that_flew_somewhere_to_visit_a_command_together_is_a_meeting() -> None:
    text = (
        "LISBON, Portugal - Portuguese Defence Minister Rui Matos and visiting U.S. Defense Secretary John "
        "Harlow signed a logistics agreement at the ministry on Wednesday after their talks.\n\n"
        "On Thursday, Harlow and Matos flew to Faro, where they visited the navy's southern command "
        "headquarters."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-01", "agreement"), ("2024-05-02", "meeting")]
    assert set(_names(recs[1])) == {"Rui Matos", "John Harlow"}


def test_one_minister_flying_home_is_no_joint_visit() -> None:
    text = (
        "LISBON, Portugal - Portuguese Defence Minister Rui Matos and visiting U.S. Defense Secretary John "
        "Harlow signed a logistics agreement at the ministry on Wednesday after their talks.\n\n"
        "On Thursday, Harlow flew to Faro, where he visited the navy's southern command headquarters."
    )
    assert [r["type"] for r in _extract(text)] == ["agreement"]


# --- one contact, told twice ---------------------------------------------------------------------------


def test_a_welcome_ceremony_before_the_named_talks_is_part_of_them() -> None:
    text = (
        "WASHINGTON, May 3 (Reuters) -- Estonian Defense Minister Anton Belic and U.S. Defense Secretary "
        "John Harlow presided over the 12th Security Consultative Meeting (SCM) at the Pentagon on "
        "Friday.\n\n"
        "Before the SCM, Harlow welcomed Belic to the Pentagon with an honor cordon ceremony."
    )
    assert [r["type"] for r in _extract(text)] == ["dialogue"]


def test_three_ministers_as_one_subject_met_together() -> None:
    text = (
        "SINGAPORE, May 3 (Reuters) - U.S. Defense Secretary John Harlow, Japan's Defence Minister Kenji "
        "Morita and South Korean Defence Minister Park Min-ho met on the sidelines of the security forum in "
        "Singapore on Friday."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert set(recs[0]["countries"]) == {"USA", "JPN", "KOR"}


def test_a_trilateral_ministers_meeting_hosted_for_two_guests_is_one_record() -> None:
    text = (
        "MEDIA RELEASE\n\n"
        "Today Australian Defence Minister Ian Crowe hosted U.S. Defense Secretary John Harlow and Japanese "
        "Defence Minister Kenji Morita in Perth for the 9th Australia-Japan-United States Trilateral Defence "
        "Ministers' Meeting."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert set(_names(recs[0])) == {"Ian Crowe", "John Harlow", "Kenji Morita"}


def test_the_foreign_and_defence_ministerial_meeting_is_a_dialogue() -> None:
    text = (
        "Press release\n\n"
        "The Foreign Secretary Tom Ashby and the Defence Secretary Ian Crowe today met Norwegian Foreign "
        "Minister Kari Lunde and Defence Minister Ola Berg for the third UK-Norway Foreign and Defence "
        "Ministerial Meeting, held virtually."
    )
    assert [r["type"] for r in _extract(text)] == ["dialogue"]


def test_a_standfirst_call_with_unnamed_counterparts_is_the_named_talks() -> None:
    text = (
        "Press release\n\n"
        "Foreign Secretary Tom Ashby and Defence Secretary Ian Crowe held talks with their Norwegian "
        "counterparts by video conference.\n\n"
        "Published 3 May 2024\n\n"
        "The Foreign Secretary and the Defence Secretary today met Norwegian Foreign Minister Kari Lunde "
        "and Defence Minister Ola Berg for the third UK-Norway Foreign and Defence Ministerial Meeting."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "dialogue")]


# --- people and dates ----------------------------------------------------------------------------------


def test_a_retired_generals_abbreviation_does_not_end_the_sentence() -> None:
    text = (
        "Readout of the Secretary's Meeting\n\n"
        "May 3, 2024 | IMMEDIATE RELEASE\n\n"
        "U.S. Secretary of Defense John Harlow met with Estonian Prime Minister and Minister of Defense Gen. "
        "(ret.) Ivo Petrak today at Government House in Tallinn."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting")]


def test_the_two_leaders_of_a_wire_storys_own_unqualified_president() -> None:
    text = (
        "OSLO, May 3 (Yonhap) -- President Han Do-yun and Norwegian Prime Minister Erik Solberg agreed "
        "Friday to upgrade bilateral relations and expand cooperation in defense.\n\n"
        "The two leaders held summit talks at the palace in Oslo, on the first state visit to Norway by a "
        "South Korean president.\n\n"
        "Following the summit, the leaders witnessed the signing of a memorandum of understanding on defense "
        "industry cooperation."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting"), ("2024-05-03", "agreement")]
    assert all(set(_names(r)) == {"Han Do-yun", "Erik Solberg"} for r in recs)


def test_a_president_qualified_by_the_home_state_keeps_it() -> None:
    text = (
        "OSLO, May 3 (Reuters) -- Norwegian President Han Do-yun and Norwegian Prime Minister Erik "
        "Solberg met Friday.\n\n"
        "The two leaders held talks at the palace in Oslo."
    )
    assert _extract(text) == []


def test_an_earlier_call_of_the_same_pair_told_last_is_background() -> None:
    text = (
        "May 3, 2024 | By Defense News\n\n"
        "U.S. Defense Secretary John Harlow hosted Estonian Prime Minister Ivo Petrak today at the "
        "Pentagon.\n\n"
        "Harlow and Petrak spoke by phone on April 24, in one of the secretary's first calls with a "
        "foreign leader."
    )
    assert _summary(_extract(text)) == [("2024-05-03", "meeting")]


def test_one_minister_meeting_two_counterparts_in_turn_is_two_records() -> None:
    text = (
        "SINGAPORE, May 3 (Reuters) - On Friday, U.S. Defense Secretary John Harlow met Japan's Defence "
        "Minister Kenji Morita and then South Korean Defence Minister Park Min-ho on the sidelines of the "
        "security forum in Singapore."
    )
    recs = _extract(text)
    assert len(recs) == 2
