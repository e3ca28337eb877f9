"""Failure kinds blind batches b37-b39 showed, each tested on invented sentences (names and places made
up, wording of the kinds real readouts, news agencies and wire copy use)."""

import datetime as dt

from app.extraction import dates, reference, text
from app.extraction.countries import CountryIndex
from app.extraction.knowledge import builtin
from tests.extraction.extraction_fixtures import DAY
from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names


def _summary(recs: list[dict]) -> list[tuple[str, str, list[str]]]:
    return sorted((r["date"], r["type"], sorted(r["countries"])) for r in recs)


# --- a time that belongs to a since-clause or an aside, not to the contact ----------------------------


def test_a_first_meeting_since_taking_office_last_month_is_news() -> None:
    text_ = (
        "OSLO, May 4 (Wire) - Norwegian Defence Minister Ola Berg hosted Danish Defence Minister Jens Kjaer "
        "at the ministry on Friday, his first meeting with a foreign counterpart since taking office last "
        "month."
    )
    assert _summary(_extract(text_, dt.date(2024, 5, 4))) == [("2024-05-03", "meeting", ["DNK", "NOR"])]


def test_talks_that_are_the_first_since_a_trip_fell_apart_last_month_are_news() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - Norwegian Defence Minister Ola Berg met Danish Defence Minister Jens Kjaer on "
        "Friday on the sidelines of a regional gathering, the first talks between the two since a planned "
        "Berg trip to Copenhagen fell apart last month."
    )
    assert _summary(_extract(text_)) == [("2024-05-03", "meeting", ["DNK", "NOR"])]


def test_a_meeting_held_last_month_stays_background() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - Norwegian Defence Minister Ola Berg met Danish Defence Minister Jens Kjaer "
        "last month, his first meeting with a foreign counterpart."
    )
    assert _extract(text_) == []


def test_a_call_the_meeting_followed_on_from_is_background() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - Norwegian Defence Minister Ola Berg met Danish Defence Minister Jens Kjaer "
        "in Oslo on Friday.\n\n"
        "Kjaer said the meeting had been warm, following on from a phone conversation the two held on "
        "April 29."
    )
    assert _summary(_extract(text_)) == [("2024-05-03", "meeting", ["DNK", "NOR"])]


def test_the_day_a_minister_was_sworn_in_is_not_the_day_of_his_call() -> None:
    text_ = (
        "OSLO, May 5 (Wire) - Ola Berg, sworn in on Friday as Norwegian Defence Minister, spoke by phone "
        "with Danish Defence Minister Jens Kjaer on Saturday morning, the ministry said."
    )
    assert _summary(_extract(text_, dt.date(2024, 5, 5))) == [("2024-05-04", "call", ["DNK", "NOR"])]


def test_a_meeting_in_a_when_clause_of_an_old_year_is_history() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - Norwegian Defence Minister Ola Berg met Danish Defence Minister Jens Kjaer "
        "in Oslo on Friday.\n\n"
        "Berg recalled that the ties go back to 1950, when King Harald T. Sund and President Aksel Dam met "
        "aboard a cruiser."
    )
    recs = _extract(text_)
    assert len(recs) == 1
    assert "Aksel Dam" not in _names(recs[0])


def test_a_document_named_as_recently_signed_is_no_signing() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - Norwegian Defence Minister Ola Berg spoke by phone with Danish Defence "
        "Minister Jens Kjaer on Friday.\n\n"
        "He also noted the significance of the recently signed Joint Declaration on the Danish carrier "
        "group's deployment, under which Norwegian jets will fly from the Danish flagship."
    )
    assert [r["type"] for r in _extract(text_)] == ["call"]


def test_another_states_signing_earlier_in_the_month_is_background() -> None:
    text_ = (
        "OSLO, May 20 (Wire) - Norwegian Defence Minister Ola Berg and U.S. Secretary of Defense Tom Reed "
        "signed a defence cooperation agreement in Washington on Monday.\n\n"
        "The United States has concluded similar agreements with other states; Sweden signed its "
        "agreement earlier in May."
    )
    recs = _extract(text_, dt.date(2024, 5, 20))
    assert _summary(recs) == [("2024-05-20", "agreement", ["NOR", "USA"])]


def test_talks_a_country_has_held_since_a_year_are_a_practice() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - Norwegian Defence Minister Ola Berg met Danish Defence Minister Jens Kjaer "
        "in Oslo on Friday.\n\n"
        'Norway and Denmark have held the "2+2" format since 2015.'
    )
    assert [r["type"] for r in _extract(text_)] == ["meeting"]


# --- who: one-word names, colleagues, the minister, several hosts seen separately ---------------------


def test_an_official_known_by_one_name_after_his_long_office() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - U.S. Secretary of Defense Tom Reed met Norwegian Defence Minister Ola Berg "
        "in Oslo on Friday.\n\n"
        "After leaving the ministry, Reed met Coordinating Political and Security Affairs Minister "
        "Haraldsen."
    )
    recs = _extract(text_)
    assert any("Haraldsen" in _names(r) for r in recs)


def test_a_surname_written_in_capitals_elsewhere_is_no_one_name_official() -> None:
    text_ = (
        "On May 3, 2024, Minister of Defense BERGE Tomas held a meeting with U.S. Secretary of Defense Tom "
        "Reed in Oslo.\n\n"
        "Defence Minister Berge explained Norway's position."
    )
    for rec in _extract(text_):
        assert "Berge" not in _names(rec)


def test_a_town_before_a_bar_and_a_weekday_is_the_dateline() -> None:
    ref = reference.find("Oslo | Fri, May 3, 2024\n\nThe ministers met.", None)
    assert ref.city == "Oslo"
    assert ref.day == dt.date(2024, 5, 3)


def test_the_lower_case_minister_is_the_official_named_before() -> None:
    text_ = (
        "BRUSSELS, 3 MAY - Norwegian Defence Minister Ola Berg is in Brussels today and tomorrow for a "
        "meeting of the alliance, and opened his programme with bilateral talks.\n\n"
        "On his arrival the minister met U.S. Secretary of Defense Tom Reed."
    )
    recs = [r for r in _extract(text_) if r["type"] == "meeting"]
    assert len(recs) == 1
    assert recs[0]["date"] == "2024-05-03"
    assert {"Ola Berg", "Tom Reed"} <= set(_names(recs[0]))


def test_the_next_talks_follow_the_meeting_not_the_call_recalled_before_them() -> None:
    text_ = (
        "BRUSSELS, 3 MAY - Norwegian Defence Minister Ola Berg met U.S. Secretary of Defense Tom Reed on "
        "Friday. The two first spoke by telephone in November.\n\n"
        "Berg then held talks with Danish Defence Minister Jens Kjaer. He also met his Dutch colleague "
        "Pieter Smit.\n\n"
        "On the sidelines Berg also saw Polish Defence Minister Jan Nowicki."
    )
    recs = _extract(text_)
    assert _summary(recs) == [
        ("2024-05-03", "meeting", ["DNK", "NOR"]),
        ("2024-05-03", "meeting", ["NLD", "NOR"]),
        ("2024-05-03", "meeting", ["NOR", "POL"]),
        ("2024-05-03", "meeting", ["NOR", "USA"]),
    ]


def test_saw_a_view_is_no_meeting() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - Norwegian Defence Minister Ola Berg met Danish Defence Minister Jens Kjaer "
        "in Oslo on Friday.\n\n"
        "Berg saw the decision as a sign of trust."
    )
    assert [r["type"] for r in _extract(text_)] == ["meeting"]


def test_a_visitor_who_met_two_hosts_separately_has_a_record_with_each() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - Danish Navy chief Vice Admiral Jens Kjaer held talks in Oslo on Friday. "
        "He met separately with Norwegian Foreign Secretary Ola Berg and Norwegian Defence Secretary "
        "Per Lund."
    )
    recs = _extract(text_)
    assert len(recs) == 2
    assert sorted(tuple(sorted(_names(r))) for r in recs) == [
        ("Jens Kjaer", "Ola Berg"),
        ("Jens Kjaer", "Per Lund"),
    ]


def test_three_hosts_who_separately_met_one_visitor_are_three_records() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - Norwegian President Ola Berg, Prime Minister Per Lund and Chief of Defence "
        "Kari Holm separately met visiting Danish Defence Minister Jens Kjaer here on Friday."
    )
    recs = _extract(text_)
    assert len(recs) == 3


def test_hosts_who_met_a_visitor_together_are_one_record() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - Norwegian Prime Minister Per Lund and Defence Minister Ola Berg met visiting "
        "Danish Defence Minister Jens Kjaer here on Friday."
    )
    assert len(_extract(text_)) == 1


def test_a_host_who_received_on_a_weekday_the_guest_by_his_office() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - Norwegian Prime Minister Ola Berg received on Friday Danish Defence Minister "
        "Jens Kjaer, in the presence of Defence Minister Per Lund."
    )
    recs = _extract(text_)
    assert _summary(recs) == [("2024-05-03", "meeting", ["DNK", "NOR"])]
    assert "Jens Kjaer" in _names(recs[0])


# --- wording of the contact itself ---------------------------------------------------------------------


def test_had_phone_talks_is_the_call_itself() -> None:
    text_ = (
        "OSLO (Wire): Norwegian Defence Minister Ola Berg had phone talks with his Danish counterpart Jens "
        "Kjaer on Thursday (May 2)."
    )
    assert _summary(_extract(text_)) == [("2024-05-02", "call", ["DNK", "NOR"])]


def test_had_met_is_still_an_earlier_contact() -> None:
    text_ = (
        "OSLO (Wire): Norwegian Defence Minister Ola Berg had met his Danish counterpart Jens Kjaer in "
        "March, officials said."
    )
    assert _extract(text_) == []


def test_talks_held_between_three_ministers_are_one_trilateral_meeting() -> None:
    text_ = (
        "Defence ministers meet in Oslo\n\n"
        "In Oslo, trilateral talks were held on Friday between Minister of Defence of Norway Ola Berg, "
        "Minister of Defence of Denmark Jens Kjaer and Minister of Defence of Sweden Lars Eklund."
    )
    assert _summary(_extract(text_)) == [("2024-05-03", "meeting", ["DNK", "NOR", "SWE"])]


def test_talks_the_two_ministers_met_for_are_the_named_dialogue() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - Norwegian Defence Minister Ola Berg held talks with her Danish counterpart "
        "Jens Kjaer in Oslo on Friday.\n\n"
        "The two ministers met at the Akershus Hall for the third Norway-Denmark Annual Defence Dialogue, "
        "reviewing military cooperation."
    )
    assert [r["type"] for r in _extract(text_)] == ["dialogue"]


def test_leaders_talks_beside_a_signing_by_their_ministers_are_a_meeting() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - Norway and Denmark signed a defence cooperation agreement on Friday as "
        "Norwegian Prime Minister Ola Berg hosted his Danish counterpart Jens Kjaer in Oslo.\n\n"
        "The agreement was signed by Norwegian Defence Minister Per Lund and Danish Defence Minister Lars "
        "Holm in the presence of the two leaders."
    )
    recs = _extract(text_)
    assert sorted(r["type"] for r in recs) == ["agreement", "meeting"]
    meeting = next(r for r in recs if r["type"] == "meeting")
    assert "Ola Berg" in _names(meeting)


def test_a_frigate_sailing_into_a_town_is_a_port_call() -> None:
    text_ = (
        "BERGEN, May 3 (Wire) - The Danish navy frigate Valdemar sailed into Bergen on Friday, the first "
        "Danish warship to call at a Norwegian port in a decade."
    )
    assert _summary(_extract(text_)) == [("2024-05-03", "port_call", ["DNK", "NOR"])]


def test_a_frigate_sailing_into_a_sea_is_no_port_call() -> None:
    text_ = (
        "BERGEN, May 3 (Wire) - The Danish navy frigate Valdemar sailed into the North Sea on Friday with "
        "Norwegian ships."
    )
    assert all(r["type"] != "port_call" for r in _extract(text_))


def test_the_named_drill_that_began_today_dates_the_undated_bilateral_exercise() -> None:
    text_ = (
        "News story\n\n"
        "Norwegian and Danish infantry have begun two weeks of joint training as the bilateral exercise "
        "gets under way.\n\n"
        "Published 3 May 2024\n\n"
        "Soldiers from the Telemark Battalion and Denmark's Jutland Dragoons today began Exercise Northern "
        "Shield on the Rena training area."
    )
    assert _summary(_extract(text_)) == [("2024-05-03", "exercise", ["DNK", "NOR"])]


# --- text: headlines, abbreviations, month openers, accented state names ------------------------------


def test_a_headline_ending_in_a_quoted_name_is_a_heading() -> None:
    sents = text.sentences(
        'Norway, Denmark hold talks at Oslo "2+2"\n\nThe two ministers met in Oslo on Friday.'
    )
    assert sents[0].heading
    assert not sents[1].heading


def test_lieut_is_an_abbreviation_not_a_sentence_end() -> None:
    sents = text.sentences("In June, Deputy Minister Sen. Lieut. Gen. Tran Van Minh met his counterpart.")
    assert len(sents) == 1


def test_a_sentence_opening_with_in_and_a_month_is_dated() -> None:
    t = "In June, the two ministers met in Oslo."
    hits = dates.find(t, 0, len(t), DAY)
    assert [(h.day.month, h.precision) for h in hits] == [(6, "month")]


def test_a_state_named_with_its_own_diacritics_is_found() -> None:
    idx = CountryIndex(builtin())
    t = "Việt Nam and Norway held talks."
    assert [c.iso3 for c in idx.find(t)] == ["VNM", "NOR"]
    assert idx.resolve("Việt Nam") == "VNM"


def test_a_long_line_ending_in_a_bare_quote_is_a_sentence() -> None:
    sents = text.sentences(
        "Norwegian Defence Minister Ola Berg met Danish Defence Minister Jens Kjaer in Oslo on Friday "
        'and called the agreement they reached "a new chapter"'
    )
    assert not sents[0].heading


def test_leaders_who_sign_themselves_keep_the_signing() -> None:
    text_ = (
        "OSLO, May 3 (Wire) - Norwegian Prime Minister Ola Berg and his Danish counterpart Jens Kjaer signed "
        "a defence cooperation agreement on Friday as Berg hosted Kjaer in Oslo."
    )
    assert [r["type"] for r in _extract(text_)] == ["agreement"]
