"""Failure kinds blind batches 19 and 20 showed, each tested on invented sentences (names and places made
up, wording of the kinds real readouts, news agencies and wire copy use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- dates: a contact that hangs on a dated remark --------------------------------------------------------


def test_said_on_a_day_as_he_sat_down_with_gives_the_meeting_that_day() -> None:
    text = (
        "OSLO, May 3 (Nordic Wire) - Norway is ready to do more for European security, Defence Minister "
        "Ola Berg said on Thursday as he sat down with French Defence Minister Paul Marchand at the "
        "ministry in Oslo."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["date_precision"], rec["type"]) == ("2024-05-02", "day", "meeting")


def test_said_on_a_day_after_the_two_met_gives_the_meeting_that_day() -> None:
    text = (
        "OSLO, May 3 (Nordic Wire) - Norwegian Defence Minister Ola Berg said on Thursday he and French "
        "Defence Minister Paul Marchand had agreed to set up a hotline to avoid incidents, after the two "
        "met on the sidelines of a regional security forum in Oslo."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["date_precision"], rec["type"]) == ("2024-05-02", "day", "meeting")


def test_said_on_a_day_as_he_and_his_guest_signed_gives_the_signing_that_day() -> None:
    text = (
        "PARIS, May 3 (Agence Mondiale) - Europe must defend itself, French President Paul Marchand said "
        "on Thursday, as he and Norwegian Prime Minister Ola Berg signed a strategic defence partnership "
        "that includes the purchase of French frigates."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "agreement")
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_a_remark_about_a_contact_with_its_own_date_keeps_that_date() -> None:
    # near miss: the remark's day is not the day of a contact the remark dates itself
    text = (
        "OSLO, May 3 (Nordic Wire) - Defence Minister Ola Berg said on Thursday he was confident of a deal "
        "after he met French Defence Minister Paul Marchand in Paris on Monday."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-04-29", "meeting")


# --- agreement triggers ----------------------------------------------------------------------------------


def test_a_signed_strategic_partnership_is_an_agreement() -> None:
    text = (
        "OSLO, May 3 (Nordic Wire) - Norwegian Defence Minister Ola Berg and French Defence Minister Paul "
        "Marchand on Friday signed a strategic defence partnership in Oslo."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "agreement")


def test_deepening_a_partnership_is_no_signing() -> None:
    # near miss: the partnership is what the talks are about, nothing was signed
    text = (
        "OSLO, May 3 (Nordic Wire) - Norwegian Defence Minister Ola Berg met French Defence Minister Paul "
        "Marchand on Friday in Oslo to deepen the strategic defence partnership between the two countries."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "meeting"


def test_a_deal_worth_a_decimal_sum_is_still_signed() -> None:
    text = (
        "OSLO, May 3 (Nordic Wire) - Norway on Friday signed a $2.45 billion deal with France for coastal "
        "defence radars, Defence Minister Ola Berg and French Ambassador Paul Marchand said at the ceremony."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "agreement")
    assert sorted(rec["countries"]) == ["FRA", "NOR"]


def test_a_letter_of_offer_and_acceptance_is_a_signed_agreement() -> None:
    text = (
        "OSLO, May 3 (Nordic Wire) - Defence Minister Ola Berg and U.S. Ambassador Paul Marchand on "
        "Friday signed the letter of offer and acceptance for new air defence batteries in Oslo."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "agreement")
    assert sorted(rec["countries"]) == ["NOR", "USA"]


# --- people: a state's leader ------------------------------------------------------------------------------


def test_a_states_leader_is_a_person_with_that_state() -> None:
    text = (
        "SEOUL, May 3 (Hanbit News) -- North Korean leader Pak Chol-su received Russian Defense Minister "
        "Ivan Sorokin on Thursday and held talks with him in Pyongyang, state media said."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "meeting")
    assert sorted(_names(rec)) == ["Ivan Sorokin", "Pak Chol-su"]
    assert sorted(rec["countries"]) == ["PRK", "RUS"]


# --- exercises ---------------------------------------------------------------------------------------------


def test_launching_a_joint_exercise_is_the_exercise() -> None:
    text = (
        "OSLO, May 3 (Nordic Wire) - Norway and France on Thursday launched their largest joint military "
        "exercise to date, with French warships joining the annual drill off the Norwegian coast."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "exercise")
    assert sorted(rec["countries"]) == ["FRA", "NOR"]


def test_launching_rockets_during_drills_is_no_exercise_launch() -> None:
    # near miss: the launch's object is a weapon, the drill only its setting
    text = "OSLO, May 3 (Nordic Wire) - Norway launched rockets during drills with France, the ministry said."
    assert [r for r in _extract(text) if r["type"] == "exercise"] == []


# --- background ------------------------------------------------------------------------------------------


def test_a_call_the_ministers_built_on_is_background() -> None:
    text = (
        "Readout\n\nMay 3, 2024\n\nNorwegian Defence Minister Ola Berg met today with French Defence "
        "Minister Paul Marchand in Oslo. The two ministers built on their April 12 phone call and "
        "reaffirmed the alliance."
    )
    assert _summary(_extract(text)) == [("2024-05-03", "meeting")]


def test_the_ministers_last_spoke_is_background_and_a_later_same_day_contact_keeps_the_day() -> None:
    text = (
        "Press release\n\n3 May 2024\n\nNorwegian Defence Minister Ola Berg welcomed French Defence "
        "Minister Paul Marchand to the ministry in Oslo today for a bilateral meeting.\n\n"
        "The two ministers last spoke by telephone on 6 February.\n\n"
        "Earlier in the day, Minister Marchand paid a courtesy call on Norwegian Prime Minister Kari Lunde."
    )
    recs = _extract(text)
    assert [r["date"] for r in recs] == ["2024-05-03", "2024-05-03"]
    assert "call" not in [r["type"] for r in recs]


def test_a_call_since_they_last_met_is_news() -> None:
    # near miss: "last met" belongs to the since-clause, the call itself is today's news
    text = (
        "OSLO, May 3 (Nordic Wire) - Norwegian Defence Minister Ola Berg spoke by telephone with French "
        "Defence Minister Paul Marchand on Thursday since they last met in Paris."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "call")


def test_noting_that_a_state_has_concluded_an_agreement_is_background() -> None:
    text = (
        "OSLO, May 3 (Nordic Wire) - Norwegian Defence Minister Ola Berg met French Defence Minister Paul "
        "Marchand in Oslo on Friday.\n\nBerg said Norway would seek more partners, noting that Norway "
        "has concluded a reciprocal access agreement with Japan."
    )
    assert _summary(_extract(text)) == [("2024-05-03", "meeting")]


def test_an_earlier_call_in_the_first_meeting_aside_is_background() -> None:
    text = (
        "OSLO, May 3 (Nordic Wire) - Norwegian Defence Minister Ola Berg met French Defence Minister Paul "
        "Marchand in Oslo on Friday. It was the first face-to-face meeting between the two ministers, who "
        "held a video call in April."
    )
    assert _summary(_extract(text)) == [("2024-05-03", "meeting")]


def test_a_pillar_since_the_signing_of_an_old_agreement_is_background() -> None:
    text = (
        "Press release\n\n3 May 2024\n\nNorwegian Defence Minister Ola Berg today called on French Defence "
        "Minister Paul Marchand in Paris.\n\nNorway and France share a strategic partnership, and defence "
        "cooperation has been a key pillar of the relationship since the signing of a defence cooperation "
        "agreement in 2003."
    )
    assert _summary(_extract(text)) == [("2024-05-03", "meeting")]


def test_a_dialogue_held_earlier_the_same_day_is_news_on_that_day() -> None:
    text = (
        "Defence Ministerial Meeting\n\nMay 3, 2024\n\nOn May 3, Minister of Defense Ola Berg held a meeting "
        "with French Minister of the Armed Forces Paul Marchand at the Ministry of Defense in Oslo. "
        'Minister Marchand is visiting Norway from May 2 to 4 to attend the first Norway-France "2+2", '
        "which was held earlier the same day together with Foreign Minister Kari Lunde and French Foreign "
        "Minister Anne Roche."
    )
    recs = _extract(text)
    assert sorted(_summary(recs)) == [("2024-05-03", "dialogue"), ("2024-05-03", "meeting")]


# --- other contacts and places named after people --------------------------------------------------------


def test_handing_a_gift_over_at_a_ceremony_is_a_contact() -> None:
    text = (
        "OSLO, May 3 (Nordic Wire) - On Thursday, France gifted a patrol aircraft to the Norwegian Navy, "
        "handing it over at a ceremony in Oslo attended by Norwegian Prime Minister Kari Lunde and French "
        "Navy Vice Admiral Paul Marchand."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "other")
    assert sorted(rec["countries"]) == ["FRA", "NOR"]


def test_a_camp_named_after_a_general_is_no_person() -> None:
    text = (
        "Press release\n\n3 May 2024\n\nCAMP GENERAL IVAR HOLM, Oslo - Norwegian Defence Minister Ola Berg "
        "welcomed French Defence Minister Paul Marchand to the ministry today."
    )
    (rec,) = _extract(text)
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_a_general_at_the_camp_is_still_a_person() -> None:
    # near miss: a lower-case camp before a rank and name is the setting, the general takes part
    text = (
        "OSLO, May 3 (Reuters) - At the camp General Ivar Holm, the Norwegian Army Chief, met French "
        "Defence Minister Paul Marchand on Friday."
    )
    (rec,) = _extract(text)
    assert sorted(_names(rec)) == ["Ivar Holm", "Paul Marchand"]


def test_a_foreign_envoy_who_witnessed_a_contract_signing_takes_part_with_his_state() -> None:
    text = (
        "Press release\n\n3 May 2024\n\nOSLO - Norwegian Defence Minister Ola Berg today signed the contract "
        "for coastal missile batteries with Marchand Defense Systems at the ministry. "
        "Signing for Marchand Defense Systems was its director, Anne Roche, while Paul Dufour, "
        "Ambassador of France to Norway, witnessed the signing."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "agreement")
    assert sorted(rec["countries"]) == ["FRA", "NOR"]
    assert "Paul Dufour" in _names(rec)


def test_a_compatriot_who_witnessed_the_signing_adds_no_state() -> None:
    # near miss: a witness of the signing state itself brings no second state
    text = (
        "Press release\n\n3 May 2024\n\nOSLO - Norwegian Defence Minister Ola Berg today signed the contract "
        "for coastal missile batteries at the ministry. Norwegian Navy chief Vice Admiral Kari Lunde "
        "witnessed the signing."
    )
    assert _extract(text) == []


def test_a_port_visit_before_arriving_is_the_leg_before() -> None:
    text = (
        "OSLO, May 3 (Nordic Wire) - The French frigate Aconit arrived in Bergen today for a port visit. "
        "Before arriving in Norway, the frigate conducted drills in the North Sea and made a port visit "
        "to Denmark in April."
    )
    recs = _extract(text)
    assert [(r["date"], r["type"], sorted(r["countries"])) for r in recs] == [
        ("2024-05-03", "port_call", ["FRA", "NOR"])
    ]


def test_a_port_visit_the_day_after_arriving_is_news() -> None:
    # near miss: an opener that does not put the contact before the arrival
    text = (
        "OSLO, May 3 (Nordic Wire) - After arriving in Bergen on Thursday, the French frigate Aconit began "
        "a port visit to Norway."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["port_call"]
