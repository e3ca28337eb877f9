"""One test per general rule that the held-out-style articles called for (invented names, real wording)."""

import datetime as dt
from typing import Any

import pytest

from app.extraction import engine
from app.extraction.knowledge import builtin

DAY = dt.date(2024, 5, 3)  # a Friday


def _extract(text: str, day: dt.date = DAY) -> list[dict[str, Any]]:
    return [d.to_dict() for d in engine.extract(text, published=day, knowledge=builtin())]


def _names(rec: dict[str, Any]) -> list[str]:
    return [p["name"] for p in rec["participants"]]


def test_combining_form_names_a_country() -> None:
    (rec,) = _extract("The Indo-French joint exercise Vayu began on May 2, 2024 at Jodhpur.")
    assert rec["type"] == "exercise" and rec["countries"] == ["FRA", "IND"]


@pytest.mark.parametrize(
    "clause",
    [
        "Defence Minister Anna Berg met Estonian Defence Minister Mart Kask in Tallinn last week.",
        "Defence Minister Anna Berg is scheduled to pay a courtesy call on Estonian Defence Minister "
        "Mart Kask.",
        "Defence Minister Anna Berg will also hold talks with Estonian Defence Minister Mart Kask.",
    ],
)
def test_past_and_planned_contacts_are_background(clause: str) -> None:
    assert _extract(f"Norwegian {clause}") == []


def test_an_aside_does_not_make_the_contact_background_or_move_its_date() -> None:
    text = (
        "Mr Tomas Lind, Norway's Defence Minister, who is due to retire in October, "
        "met Estonian Defence Minister Mart Kask in Tallinn on Wednesday."
    )
    (rec,) = _extract(text)
    assert rec["date"] == "2024-05-01" and rec["type"] == "meeting"


def test_a_past_relative_clause_is_not_the_contact() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind spoke by phone on Thursday with Estonian Defence Minister "
        "Mart Kask, whose appointment was announced last week."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "call" and rec["date"] == "2024-05-02"


@pytest.mark.parametrize(
    "wording",
    ["received his Estonian counterpart Mart Kask", "welcomed Estonian Defence Minister Mart Kask"],
)
def test_receiving_a_counterpart_is_a_meeting(wording: str) -> None:
    (rec,) = _extract(f"Norwegian Defence Minister Tomas Lind {wording} in Oslo on Thursday.")
    assert rec["type"] == "meeting" and rec["countries"] == ["EST", "NOR"]


def test_welcoming_a_state_is_no_meeting() -> None:
    text = "Norwegian Defence Minister Tomas Lind welcomed Estonia taking over the chair of the forum."
    assert _extract(text) == []


def test_passive_reception_is_a_meeting_of_the_subject() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind held talks with Estonian Defence Minister Mart Kask "
        "on Friday. "
        "On Wednesday, he was received by Estonian President Alar Karis."
    )
    recs = _extract(text)
    assert [(r["date"], _names(r)) for r in recs] == [
        ("2024-05-03", ["Tomas Lind", "Mart Kask"]),
        ("2024-05-01", ["Tomas Lind", "Alar Karis"]),
    ]


def test_named_consultations_are_a_dialogue() -> None:
    text = (
        "Norway hosted the annual Norway-Estonia Ministerial Consultations in Oslo on Thursday, "
        "attended by Norwegian Defence Minister Tomas Lind and Estonian Defence Minister Mart Kask."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "dialogue"


def test_a_ship_arriving_in_a_port_is_a_port_call_to_that_state() -> None:
    text = "Two Norwegian Navy frigates arrived at Pier 4 in Manila on Thursday for a goodwill visit."
    (rec,) = _extract(text)
    assert rec["type"] == "port_call" and rec["countries"] == ["NOR", "PHL"]
    assert rec["location"]["country"] == "PHL"


def test_no_person_after_a_preposition_and_article() -> None:
    text = (
        "Norway and Morocco signed a defence cooperation agreement on Thursday during the first visit "
        "by a Norwegian defence minister to the North African kingdom."
    )
    (rec,) = _extract(text)
    assert rec["participants"] == [] and rec["countries"] == ["MAR", "NOR"]


def test_a_comma_closes_an_earlier_phrase_before_the_title() -> None:
    text = (
        "On the second day of his visit to India, Federal Minister of Defence Tomas Lind of Norway "
        "held talks on Thursday with Estonian Defence Minister Mart Kask."
    )
    (rec,) = _extract(text)
    by_name = {p["name"]: p["country"] for p in rec["participants"]}
    assert by_name["Tomas Lind"] != "IND"


def test_appositive_title_gives_the_country() -> None:
    text = (
        "Rear Admiral Jon Dahl, Flag Officer Commanding of Norway's Western Fleet, called on Philippine "
        "Navy chief Vice Admiral Ramon Cruz in Manila on Thursday."
    )
    (rec,) = _extract(text)
    assert rec["countries"] == ["NOR", "PHL"] and _names(rec) == ["Jon Dahl", "Ramon Cruz"]


def test_known_official_whose_given_name_is_a_rank() -> None:
    text = (
        "U.S. Defense Secretary Pete Hegseth met Japanese Defense Minister Gen Nakatani in Tokyo on March 30."
    )
    (rec,) = _extract(text, dt.date(2025, 3, 31))
    assert _names(rec) == ["Pete Hegseth", "Gen Nakatani"]


def test_surname_with_honorific_takes_the_known_full_name() -> None:
    text = (
        "Australia's Defence Minister Richard Marles hosted Indonesia's Minister of Defence Prabowo Subianto "
        "in Canberra on August 29, 2024. Mr Prabowo also met Prime Minister Anthony Albanese on Wednesday."
    )
    recs = _extract(text, dt.date(2024, 8, 29))
    assert ["Prabowo Subianto", "Anthony Albanese"] in [_names(r) for r in recs]


def test_the_two_refers_to_the_lead_sentence() -> None:
    text = (
        "U.S. Defense Secretary Pete Hegseth and Japanese Defense Minister Gen Nakatani agreed on Sunday "
        "to speed up command reforms.\n\nMeeting at the Defense Ministry in Tokyo, the two also agreed "
        "to expand co-production of missiles."
    )
    (rec,) = _extract(text, dt.date(2025, 3, 31))
    assert rec["type"] == "meeting" and rec["date"] == "2025-03-30"
    assert _names(rec) == ["Pete Hegseth", "Gen Nakatani"]


def test_heads_of_delegation_take_part() -> None:
    text = (
        "The 8th Navy-to-Navy Staff Talks between Norway and Estonia were held in Oslo on 2 May 2024. "
        "The Norwegian delegation was led by Rear Admiral Jon Dahl, Head of Plans, and the Estonian "
        "delegation by Captain Mart Kask, Director of Operations."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "dialogue"
    assert {(p["name"], p["country"]) for p in rec["participants"]} == {
        ("Jon Dahl", "NOR"),
        ("Mart Kask", "EST"),
    }


def test_unknown_country_from_the_pair_of_states() -> None:
    text = (
        "Minister for Defence Anna Berg held a telephone conversation today with Estonia's Minister of "
        "Defence Mart Kask. They discussed the deepening of Norwegian-Estonian defence cooperation."
    )
    (rec,) = _extract(text)
    assert rec["countries"] == ["EST", "NOR"] and rec["type"] == "call"


def test_attribution_and_context_states_are_not_parties() -> None:
    text = (
        "Britain and Japan signed a defence agreement on Wednesday to counter China's growing "
        "assertiveness. Indonesia has also signed a memorandum of understanding with Boeing on Thursday, "
        "a U.S. official said."
    )
    recs = _extract(text)
    assert [r["countries"] for r in recs] == [["GBR", "JPN"]]


def test_talks_and_a_signing_reported_apart_are_two_records() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind held talks with Estonian Defence Minister Mart Kask "
        "in Oslo on Thursday. Following the talks, a memorandum of understanding was signed "
        "by both Ministers."
    )
    recs = _extract(text)
    assert [(r["type"], r["date"]) for r in recs] == [("meeting", "2024-05-02"), ("agreement", "2024-05-02")]


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask in Oslo on Thursday, "
        "where the two signed a memorandum of understanding.",
        "Norwegian Defence Minister Tomas Lind held talks with Estonian Defence Minister Mart Kask in Oslo "
        "on Thursday. During the talks, the two ministers signed a memorandum of understanding.",
    ],
)
def test_a_signing_reported_within_the_talks_is_one_agreement(text: str) -> None:
    (rec,) = _extract(text)
    assert rec["type"] == "agreement"


def test_a_general_quoted_from_last_month_does_not_join_the_exercise() -> None:
    text = (
        "Norway and Estonia kicked off their combined exercise Baltic Shield on Monday, "
        "amid Russia's drills.\n\n"
        "Gen. Jon Dahl, commander of Norwegian forces, said last month that the allies were ready."
    )
    (rec,) = _extract(text, dt.date(2024, 4, 30))
    assert rec["type"] == "exercise" and rec["participants"] == [] and rec["countries"] == ["EST", "NOR"]


def test_caches_do_not_change_results() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask in Oslo on Thursday."
    )
    assert _extract(text) == _extract("".join(list(text))) == _extract(text)


def test_a_month_word_without_a_day_is_part_of_a_name() -> None:
    text = (
        "Defense Secretary Lloyd Austin held a video call with his Chinese counterpart, Adm. Dong Jun, "
        "on Tuesday."
    )
    (rec,) = _extract(text, dt.date(2024, 4, 17))
    assert _names(rec) == ["Lloyd Austin", "Dong Jun"] and rec["date"] == "2024-04-16"


def test_an_unknown_counterpart_is_named_with_the_country_of_the_demonym() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind received his Estonian counterpart Mart Kask "
        "in Oslo on Thursday."
    )
    (rec,) = _extract(text)
    assert {(p["name"], p["country"]) for p in rec["participants"]} == {
        ("Tomas Lind", "NOR"),
        ("Mart Kask", "EST"),
    }


def test_a_portfolio_title_before_a_comma_gives_the_country() -> None:
    text = (
        "Defence Minister Tomas Lind of Norway met Fiji's Minister for Home Affairs and Immigration, "
        "Pio Tikoduadua, in Suva on Thursday."
    )
    (rec,) = _extract(text)
    assert ("Pio Tikoduadua", "FJI") in {(p["name"], p["country"]) for p in rec["participants"]}


def test_an_officer_who_only_speaks_does_not_join_the_exercise() -> None:
    text = (
        "Norway and Estonia opened their combined exercise Baltic Shield on Monday at Tapa.\n\n"
        "The ceremony was led by Norwegian Gen. Jon Dahl and Estonian Lt. Gen. Mart Kask.\n\n"
        '"The drills are defensive," Col. Karl Berg, the exercise director, told reporters.'
    )
    (rec,) = _extract(text, dt.date(2024, 4, 30))
    assert rec["type"] == "exercise" and _names(rec) == ["Jon Dahl", "Mart Kask"]


def test_indo_pacific_is_no_mention_of_india() -> None:
    from app.extraction.countries import CountryIndex

    found = CountryIndex(builtin()).find("security in the Indo-Pacific and Indo-French ties")
    assert [(c.surface, c.iso3) for c in found] == [("Indo", "IND"), ("French", "FRA")]


def test_an_opening_ceremony_after_a_scheduled_exercise_is_the_exercise() -> None:
    text = (
        'The India-Mongolia joint military exercise "Nomadic Elephant" is scheduled to be conducted in '
        "Ulaanbaatar from 17 July to 31 July 2023. The opening ceremony was held today in the presence of "
        "Major General Ganbold Ganbayar, Deputy Chief of General Staff of the Mongolian Armed Forces."
    )
    (rec,) = _extract(text, dt.date(2023, 7, 17))
    assert (rec["type"], rec["date"], rec["countries"]) == ("exercise", "2023-07-17", ["IND", "MNG"])
    assert _names(rec) == ["Ganbold Ganbayar"]


def test_the_commander_of_the_visiting_ships_takes_part_though_quoted() -> None:
    text = (
        "A Norwegian navy frigate docked at Harumi pier in Tokyo on Tuesday for a five-day visit.\n\n"
        "Rear Admiral Jon Dahl, the commander of the Norwegian task group, told a press conference on board "
        "that the visit showed Norway's commitment to the region."
    )
    (rec,) = _extract(text, dt.date(2024, 8, 21))
    assert rec["type"] == "port_call" and _names(rec) == ["Jon Dahl"] and rec["countries"] == ["JPN", "NOR"]


def test_a_date_in_the_first_sentence_is_not_the_reference_day_when_published_is_known() -> None:
    from app.extraction import reference

    body = "The exercise runs from 17 July to 31 July 2023 in Ulaanbaatar, the ministry said today."
    assert reference.find(body, dt.date(2023, 7, 17)).day == dt.date(2023, 7, 17)
    header = "Posted On: 19 SEP 2022 6:40PM by PIB Delhi\n\n" + body
    assert reference.find(header, dt.date(2022, 9, 20)).day == dt.date(2022, 9, 19)


@pytest.mark.parametrize("dateline", ["OSLO (AFP) - ", "OSLO (AP) — ", ""])
def test_a_weekday_in_the_lead_dates_the_contact_after_an_undated_dateline(dateline: str) -> None:
    text = (
        f"{dateline}The defence ministers of Norway and Estonia agreed on Wednesday to deepen ties.\n\n"
        "Norwegian Defence Minister Tomas Lind and his Estonian counterpart Mart Kask met on the "
        "sidelines of a security forum in Tallinn."
    )
    (rec,) = _extract(text)
    assert rec["date"] == "2024-05-01" and rec["date_precision"] == "day"


def test_a_passive_signing_by_a_civil_servant_and_an_envoy_is_an_agreement() -> None:
    text = (
        "An Arrangement between the Government of Norway and the Government of Estonia concerning the "
        "Mutual Exchange of Logistic Support between their Armed Forces was signed in Oslo on May 2, 2024 "
        "by Defence Secretary Dr Tomas Lind and Ambassador of Estonia to Norway Mr Mart Kask."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "agreement" and rec["date"] == "2024-05-02"
    assert rec["countries"] == ["EST", "NOR"]
    assert {p["name"] for p in rec["participants"]} == {"Tomas Lind", "Mart Kask"}
    envoy = next(p for p in rec["participants"] if p["name"] == "Mart Kask")
    assert envoy["country"] == "EST" and envoy["title"] == "Ambassador to Norway"


@pytest.mark.parametrize(
    ("mode", "kind"),
    [("held a video call", "video_call"), ("spoke by phone", "call"), ("held a phone call", "call")],
)
def test_a_mode_word_outranks_generic_talks_and_a_remote_contact_has_no_place(mode: str, kind: str) -> None:
    text = (
        f"OSLO, May 2 (Wire) - Norway's top general, General Ola Dahl, {mode} on Thursday with his "
        "Estonian counterpart, General Peep Tamm, the first military talks between the two in a year."
    )
    (rec,) = _extract(text)
    assert rec["type"] == kind and rec["location"] is None


@pytest.mark.parametrize(
    "rank",
    [
        "Commodore",
        "Rear Admiral",
        "Air Marshal",
        "Air Chief Marshal",
        "Air Vice-Marshal",
        "Vice Admiral",
        "Major General",
        "Lieutenant General",
    ],
)
def test_multi_word_ranks_are_stripped_from_names_and_titles(rank: str) -> None:
    text = (
        f"Norwegian Chief of Defence {rank} Ola Dahl met Estonian Chief of Defence {rank} Peep Tamm "
        "in Tallinn on Thursday."
    )
    (rec,) = _extract(text)
    assert [(p["name"], p["title"]) for p in rec["participants"]] == [
        ("Ola Dahl", "Chief of Defence"),
        ("Peep Tamm", "Chief of Defence"),
    ]


def test_a_venue_is_never_a_truncated_abbreviation() -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind met Estonian Defence Minister Mart Kask on Thursday "
        "at the U.S. Army's Tapa garrison in Estonia."
    )
    (rec,) = _extract(text)
    assert rec["location"]["venue"] != "U" and len(rec["location"]["venue"] or "xyz") > 2


def test_a_commodore_with_a_lowercase_command_title_takes_part_in_the_port_call() -> None:
    text = (
        "The Norwegian frigate HNoMS Nansen docked at Tallinn on Thursday, the first port call in Estonia "
        "by the ship.\n\nCommodore Ola Dahl, commander of the task group, said the visit showed Norway's "
        "commitment to the region."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "port_call"
    assert [(p["name"], p["title"]) for p in rec["participants"]] == [
        ("Ola Dahl", "commander of the task group")
    ]


@pytest.mark.parametrize(
    "greeting",
    ["who conveyed his best wishes to President Jon Berg", "who thanked President Jon Berg for his support"],
)
def test_someone_only_greeted_or_thanked_is_no_participant(greeting: str) -> None:
    text = (
        "Norwegian Defence Minister Tomas Lind called on Estonian Prime Minister Mart Kask in Tallinn "
        f"on Thursday, {greeting}."
    )
    (rec,) = _extract(text)
    assert _names(rec) == ["Tomas Lind", "Mart Kask"]


def test_the_state_owning_the_base_is_not_the_host_of_a_port_call() -> None:
    text = (
        "The Norwegian frigate HNoMS Nansen arrived on Thursday at the U.S. Navy's Tallinn base, "
        "the first port call in Estonia by a Norwegian warship this year."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "port_call" and rec["countries"] == ["EST", "NOR"]


def test_a_visitor_meeting_two_hosts_on_one_day_makes_two_meetings() -> None:
    text = (
        "On Thursday, Norwegian Defence Minister Tomas Lind called on Estonian Prime Minister Mart Kask "
        "in Tallinn.\n\nLind also met Estonian National Security Adviser Peep Tamm on Thursday."
    )
    recs = _extract(text)
    assert sorted(_names(r)[1] for r in recs) == ["Mart Kask", "Peep Tamm"]
    assert all(_names(r)[0] == "Tomas Lind" and r["date"] == "2024-05-02" for r in recs)
