"""Failure kinds blind batch b40 showed (round 3), each tested on invented sentences (names and places made
up, wording of the kinds readouts, press releases and wire copy use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- "In a separate meeting with B": one of the officials the lead grouped, met apart -----------------


def test_a_separate_meeting_named_later_splits_the_lead() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Portuguese Defence Minister Rui Matos met Norwegian Prime Minister Eira "
        "Solheim and Defence Minister Ola Berg on Friday at a naval base near Haakonsvern.\n\n"
        "In his talks with Berg, Matos discussed maritime patrols in the North Atlantic.\n\n"
        "In a separate meeting with Solheim, the Portuguese minister said the alliance was strong."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert sorted(sorted(_names(r)) for r in recs) == [
        ["Eira Solheim", "Rui Matos"],
        ["Ola Berg", "Rui Matos"],
    ]


def test_a_separate_meeting_with_someone_else_leaves_the_lead_whole() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Portuguese Defence Minister Rui Matos met Norwegian Prime Minister Eira "
        "Solheim and Defence Minister Ola Berg on Friday at a naval base near Haakonsvern.\n\n"
        "In a separate meeting with Norwegian Navy chief Admiral Per Lunde, Matos discussed maritime patrols."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert any({"Eira Solheim", "Ola Berg", "Rui Matos"} <= set(_names(r)) for r in recs)


# --- "the two will ... after X and Y signed ... today": the after-clause is news ----------------------


def test_a_signing_in_an_after_clause_of_a_future_sentence_is_dated_today() -> None:
    text = (
        "Defence Minister Ola Berg and Portuguese Defence Minister Rui Matos have signed the Harbour House "
        "Agreement.\n\n"
        "Norway and Portugal will work more closely than ever on defence after the Defence Minister and his "
        "Portuguese counterpart signed a landmark agreement in Oslo today."
    )
    recs = [r for r in _extract(text) if r["type"] == "agreement"]
    assert _summary(recs) == [("2024-05-03", "agreement")]


def test_a_signing_still_to_come_after_a_meeting_stays_background() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg met Portuguese Defence Minister Rui "
        "Matos in Oslo on Friday.\n\n"
        "The two will sign a landmark agreement after their officials met in Lisbon today to finish the text."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["meeting"]


# --- "X told Minister Y at the ministry on Tuesday": said face to face -----------------------------------


def test_told_an_official_at_a_place_on_a_day_is_a_meeting() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg told Portuguese Defence Minister Rui "
        "Matos at the Akershus Fortress on Tuesday that Norway would send two more frigates."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-04-30", "meeting")]
    assert sorted(_names(recs[0])) == ["Ola Berg", "Rui Matos"]


def test_told_reporters_at_a_place_is_no_contact() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg told reporters at the Akershus Fortress "
        "on Tuesday that Portugal would receive two more frigates."
    )
    assert _extract(text) == []


# --- "have spoken by phone dozens of times since ...": a tally ---------------------------------------


def test_calls_counted_in_dozens_are_a_tally() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg met Portuguese Defence Minister Rui "
        "Matos in Oslo on Friday.\n\n"
        "Berg and Matos have spoken by phone dozens of times since the attack on Lisbon on Feb. 7."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting"]


# --- "X was held at ... on 6 August": the name the lead gave the contact, dated -------------------------


def test_a_named_mechanism_held_on_a_day_in_the_next_sentence_dates_it() -> None:
    text = (
        "Joint media release\n\n"
        "3 May 2024\n\n"
        "The Minister for Defence, Ola Berg, has concluded the 5th Norway-Portugal Ministerial Consultations "
        "(NOPMIN) with Portuguese Defence Minister Rui Matos.\n\n"
        "NOPMIN was held at the Naval Academy in Bergen, Norway, on 30 April."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert recs[0]["date"] == "2024-04-30"


def test_another_name_held_on_a_day_does_not_date_the_contact() -> None:
    text = (
        "Joint media release\n\n"
        "3 May 2024\n\n"
        "The Minister for Defence, Ola Berg, has concluded the 5th Norway-Portugal Ministerial Consultations "
        "(NOPMIN) with Portuguese Defence Minister Rui Matos.\n\n"
        "Exercise Nordlys was held at the Naval Academy in Bergen, Norway, on 12 April."
    )
    recs = [r for r in _extract(text) if r["type"] != "exercise"]
    assert len(recs) == 1
    assert recs[0]["date"] != "2024-04-12"


# --- port calls: the town of "the first visit by ... vessels to X", the flotilla's commander ----------------


def test_the_town_a_ships_visit_was_paid_to_gives_the_host_state() -> None:
    text = (
        "FUNCHAL, May 3 - The Norwegian frigate Fridtjof and the supply ship Maud docked at Pontinha Wharf "
        "on Wednesday morning, the first visit by Norwegian naval vessels to Setubal.\n\n"
        "Rear Admiral Ola Berg said the crews were glad to be there."
    )
    recs = [r for r in _extract(text) if r["type"] == "port_call"]
    assert [(r["date"], r["countries"]) for r in recs] == [("2024-05-01", ["NOR", "PRT"])]


def test_the_commander_who_led_the_visiting_flotilla_takes_part() -> None:
    text = (
        "FUNCHAL, May 3 - The Norwegian frigate Fridtjof and the supply ship Maud docked at Setubal on "
        "Wednesday morning, the first port call in Portugal by Norwegian warships in a decade.\n\n"
        "The flotilla, led by Rear Admiral Ola Berg, was on its way home after a deployment off Somalia.\n\n"
        "Portuguese Defence Minister Rui Matos was received on board by Berg and Norwegian Ambassador Kari "
        "Lunde on Thursday."
    )
    recs = [r for r in _extract(text) if r["type"] == "port_call"]
    assert len(recs) == 1
    assert "Ola Berg" in _names(recs[0])


def test_a_flotilla_officer_quoted_afterwards_is_no_leader() -> None:
    text = (
        "FUNCHAL, May 3 - The Norwegian frigate Fridtjof and the supply ship Maud docked at Setubal on "
        "Wednesday morning, the first port call in Portugal by Norwegian warships in a decade.\n\n"
        "The flotilla was on its way home after a deployment off Somalia, said Ola Berg, a naval analyst."
    )
    recs = [r for r in _extract(text) if r["type"] == "port_call"]
    assert len(recs) == 1
    assert "Ola Berg" not in _names(recs[0])
