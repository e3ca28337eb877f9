"""Failure kinds blind batches b34-b36 showed, each tested on invented sentences (names and places made
up, wording of the kinds ministry releases, news agencies and wire copy use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- echoes of the contact: a quoted tweet ---------------------------------------------------------------


def test_a_quoted_tweet_about_the_meeting_is_no_further_record() -> None:
    text = (
        "OSLO, May 3 (Wire): Norwegian Defence Minister Ola Berg on Friday held the third Annual Defence "
        "Dialogue with Portuguese Defence Minister Rui Matos in Oslo.\n\n"
        "The ministers reviewed military cooperation.\n\n"
        '"I had an excellent meeting with my Portuguese counterpart, Rui Matos," Berg tweeted.'
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "dialogue")]


# --- contacts still to come or repeated ------------------------------------------------------------------


def test_concurring_to_hold_a_two_plus_two_is_no_record() -> None:
    text = (
        "On May 2, 2024, Norwegian Defence Minister Ola Berg held a meeting with Portuguese Defence Minister "
        "Rui Matos in Lisbon.\n\n"
        'The two Ministers concurred to hold a "2+2" meeting at an early date.'
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["meeting"]


def test_a_two_plus_two_held_is_still_a_record() -> None:
    text = (
        "OSLO, May 3 (Wire) - Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui Matos "
        "held the first 2+2 Ministerial Dialogue in Oslo on Friday, where they agreed to deepen ties."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["dialogue"]


def test_meetings_on_several_occasions_are_background() -> None:
    text = (
        "OSLO, May 3 (Wire) - Norwegian Defence Minister Ola Berg met Portuguese Defence Minister Rui Matos "
        "in Oslo on Friday.\n\n"
        "Berg's predecessor, Norwegian Defence Minister Per Dahl, met with Matos on several occasions, most "
        "recently in Porto."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert "Per Dahl" not in _names(recs[0])


def test_arriving_for_the_talks_is_no_record_of_the_talks() -> None:
    text = (
        "LISBON, May 3 (Wire) - The defence chiefs will hold their annual consultations in Lisbon on "
        "Saturday.\n\n"
        "Norwegian Defence Minister Ola Berg arrived in Lisbon on Thursday for the talks with Portuguese "
        "Defence Minister Rui Matos."
    )
    assert _extract(text) == []


def test_arriving_and_holding_talks_is_a_record() -> None:
    text = (
        "LISBON, May 3 (Wire) - Norwegian Defence Minister Ola Berg arrived in Lisbon on Thursday and held "
        "talks with Portuguese Defence Minister Rui Matos."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-02", "meeting")]


# --- one gathering of three, or one visitor meeting hosts one by one -----------------------------------


def test_a_host_receiving_two_chiefs_at_the_trilateral_meeting_is_one_record() -> None:
    text = (
        "OSLO, May 3 (Wire) -- The top officers of Norway, Portugal and France met in Oslo on Friday.\n\n"
        "General Ola Berg, chief of defence of the Norwegian Armed Forces, hosted General Rui Matos, "
        "chief of defence of the Portuguese Armed Forces, and General Luc Morel, chief of defence of the "
        "French Armed Forces, at the Defence Ministry. It was the first time Norway has hosted the "
        "trilateral chiefs of defence meeting in person."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert sorted(recs[0]["countries"]) == ["FRA", "NOR", "PRT"]


def test_meeting_the_two_hosts_separately_is_two_records() -> None:
    text = (
        "LISBON, May 3 (Wire) - Norwegian Defence Minister Ola Berg held talks in Lisbon on Friday with "
        "Portuguese Defence Minister Rui Matos and Portuguese Prime Minister Ana Sousa, Wire reports.\n\n"
        "Berg met separately with the two Portuguese officials. Both meetings covered regional security."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert sorted(sorted(_names(r)) for r in recs) == [["Ana Sousa", "Ola Berg"], ["Ola Berg", "Rui Matos"]]


def test_a_signing_after_one_of_the_separate_meetings_keeps_that_meeting() -> None:
    text = (
        "LISBON, May 3 (Wire) - Norwegian Defence Minister Ola Berg held talks in Lisbon on Friday with "
        "Portuguese Defence Minister Rui Matos and Portuguese Prime Minister Ana Sousa, Wire reports.\n\n"
        "Berg met separately with the two Portuguese officials.\n\n"
        "Following their meeting, Berg and Matos signed a Memorandum of Understanding on maritime security."
    )
    recs = _extract(text)
    assert sorted((r["type"], tuple(sorted(_names(r)))) for r in recs) == [
        ("agreement", ("Ola Berg", "Rui Matos")),
        ("meeting", ("Ana Sousa", "Ola Berg")),
        ("meeting", ("Ola Berg", "Rui Matos")),
    ]


def test_two_visitors_holding_separate_meetings_with_a_host_stay_together() -> None:
    text = (
        "LISBON, May 3 (Wire) - Norwegian Army chief General Ola Berg and Norwegian Foreign Secretary Per "
        "Dahl on Friday held separate meetings with Portuguese Prime Minister Ana Sousa in Lisbon."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert sorted(_names(recs[0])) == ["Ana Sousa", "Ola Berg", "Per Dahl"]


# --- who took part -----------------------------------------------------------------------------------


def test_the_two_after_talks_are_the_host_and_the_visitor_named_before() -> None:
    text = (
        "LISBON, May 3 (Wire) - Norway and Portugal agreed on Friday to share military logistics, as "
        "Norwegian Defence Minister Ola Berg wound up a three-day visit.\n\n"
        "After talks with Portuguese Defence Minister Rui Matos in Lisbon, the two said officials would "
        "finalise the text in the coming months."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert sorted(_names(recs[0])) == ["Ola Berg", "Rui Matos"]


def test_a_navy_ship_arriving_at_a_shipyard_is_a_port_call() -> None:
    text = (
        "In a first, Norwegian Navy ship arrives in Portugal for repairs\n\n"
        "Norwegian Navy Ship Fridtjof arrived at Estaleiro Shipyard at Setubal, Portugal today for repairs. "
        "Portuguese Defence Minister Rui Matos and Norwegian Ambassador Kari Lunde visited the shipyard to "
        "welcome the vessel."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["port_call"]


# --- signings ----------------------------------------------------------------------------------------


def test_a_signing_the_ministers_witnessed_is_a_record_of_its_own() -> None:
    text = (
        "Norwegian Defence Minister Ola Berg co-chaired the 5th Norway-Portugal Defence Ministers' Dialogue "
        "along with Portuguese Defence Minister Rui Matos through video conference today.\n\n"
        "Both Ministers expressed satisfaction at the growing defence ties.\n\n"
        "The Ministers witnessed the signing of the Implementing Agreement on Submarine Rescue between the "
        "two navies."
    )
    recs = _extract(text)
    assert sorted(r["type"] for r in recs) == ["agreement", "dialogue"]
    agreement = next(r for r in recs if r["type"] == "agreement")
    assert sorted(_names(agreement)) == ["Ola Berg", "Rui Matos"]


def test_travelling_to_sign_the_agreement_today_is_the_signing() -> None:
    text = (
        "Norway and Portugal sign Joint Defence Agreement\n\n"
        "Norway and Portugal have signed a new Joint Defence Agreement.\n\n"
        "Norwegian Defence Minister Ola Berg has travelled to Portugal to sign the agreement today alongside "
        "Portuguese Defence Minister Rui Matos."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "agreement")]
    assert "Ola Berg" in _names(recs[0])


def test_planning_to_travel_to_sign_is_no_signing() -> None:
    text = (
        "Norwegian Defence Minister Ola Berg will travel to Portugal to sign the agreement alongside "
        "Portuguese Defence Minister Rui Matos."
    )
    assert _extract(text) == []


def test_a_signing_by_deputies_before_the_ministers_is_its_own_record() -> None:
    text = (
        "LISBON, May 3 (Wire) - Norway has signed a contract to supply radars to Portugal, Norwegian Defence "
        "Minister Ola Berg said on Friday after he met his Portuguese counterpart Rui Matos in Lisbon.\n\n"
        "Berg wrote on X that the contract was signed during a warm meeting with Matos on Friday.\n\n"
        "The Portuguese Defence Ministry said on Friday that Deputy Defence Minister Ana Sousa and a "
        "Norwegian executive signed a contract on radars in the presence of the two ministers."
    )
    recs = _extract(text)
    assert len(recs) == 2
    assert sorted("Ana Sousa" in _names(r) for r in recs) == [False, True]


# --- dates ---------------------------------------------------------------------------------------------


def test_talks_on_the_first_day_of_a_visit_are_on_the_arrival_day() -> None:
    text = (
        "Lisbon, May 3 (Wire): Norwegian Defence Minister Ola Berg, who arrived in Lisbon on Thursday on a "
        "three-day visit, held talks with Portuguese Defence Minister Rui Matos on the first day of his "
        "engagements."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-02", "meeting")]


def test_a_decision_at_a_meeting_held_on_a_day_dates_the_dialogue() -> None:
    text = (
        "The Norway-Portugal Joint Working Group on Defence Cooperation has agreed to form a Task Force. "
        "This was decided at the 15th meeting of the JWG held on April 29, 2024 in Lisbon. The meeting was "
        "co-chaired by Norwegian Defence Secretary Ola Berg and Portuguese Defence Secretary Rui Matos."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-04-29", "dialogue")]


def test_a_port_call_is_dated_by_the_start_of_the_visit() -> None:
    text = (
        "OSLO, May 3, 2024\n\n"
        "Ships of the Norwegian Navy - HNoMS Fridtjof and HNoMS Roald - have arrived at Lisbon in Portugal, "
        "the Ministry of Defence said on Friday.\n\n"
        '"The port call strengthens relations between Norway and Portugal," the ministry said.\n\n'
        "During the visit, which runs from May 1 to 5, the ships will engage with the Portuguese Navy."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-01", "port_call")]


def test_a_day_after_he_met_is_the_day_before_the_remark() -> None:
    text = (
        "LISBON, May 3 (Wire) - Norway will supply radars to Portugal, Norwegian Defence Minister Ola Berg "
        "said on Friday, a day after he met his Portuguese counterpart Rui Matos in Oslo."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-02", "meeting")]


# --- types ---------------------------------------------------------------------------------------------


def test_the_named_dialogue_discussing_is_the_talks_just_reported() -> None:
    text = (
        "Norwegian Defence Minister Ola Berg co-chaired the Norway-Portugal Defence Ministerial Meeting with "
        "Portuguese Defence Minister Rui Matos in Lisbon today.\n\n"
        "The Annual Defence Ministerial Dialogue discussed various issues of mutual concern."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["dialogue"]


def test_briefing_a_leader_on_the_dialogue_is_a_meeting() -> None:
    text = (
        "Norwegian Defence Minister Ola Berg held the Annual Defence Ministerial Dialogue with Portuguese "
        "Defence Minister Rui Matos in Lisbon today.\n\n"
        "Later, Berg called on Portuguese Prime Minister Ana Sousa and apprised her of the discussions at "
        "the Defence Ministerial Dialogue."
    )
    recs = _extract(text)
    by_type = {r["type"]: r for r in recs}
    assert sorted(by_type) == ["dialogue", "meeting"]
    assert "Ana Sousa" in _names(by_type["meeting"])
