"""Failure kinds blind batch b18 showed, each tested on invented sentences (names and places made up,
wording of the kinds wire copy and ministry releases use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary


def test_ministers_joining_a_video_dialogue_from_their_capitals_take_part() -> None:
    text = (
        "OSLO, May 3 (NTB) - The foreign and defence ministers of Norway and France agreed on Friday to "
        "step up exercises at their sixth two-plus-two security talks, held by videoconference.\n\n"
        "Foreign Minister Kari Lunde and Defence Minister Ola Berg joined from Oslo, while Foreign "
        "Minister Anne Roche and Armed Forces Minister Paul Marchand took part from Paris."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "dialogue")
    assert len(rec["participants"]) == 4


def test_the_china_seas_name_no_state() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg met French Defence Minister Paul "
        "Marchand in Oslo on Friday and voiced concern over the East and South China seas."
    )
    (rec,) = _extract(text)
    assert rec["countries"] == ["FRA", "NOR"]


def test_last_years_port_call_is_an_earlier_contact() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg met French Defence Minister Paul "
        "Marchand in Oslo on Friday.\n\nThe two reviewed training held during last year's port call in "
        "Norway by the French frigate Rhone."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting"]


def test_the_next_leg_of_a_tour_is_still_to_come() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand met Norwegian Defence Minister Ola "
        "Berg in Oslo on Friday; he travels next to Estonia for talks with Defence Minister Mart Kask."
    )
    assert [r["countries"] for r in _extract(text)] == [["FRA", "NOR"]]


def test_a_plan_in_one_clause_does_not_make_the_dialogue_in_the_next_a_wish() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norway and France on Friday agreed to push ahead with plans to build "
        "frigates together, as foreign and defence ministers of the two countries met in Oslo for their "
        "annual 2+2 dialogue.\n\nDefence Minister Ola Berg and Foreign Minister Kari Lunde hosted French "
        "Defence Minister Paul Marchand and Foreign Minister Anne Roche at the talks."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "dialogue")


def test_a_separate_meeting_after_the_dialogue_is_its_own_record() -> None:
    text = (
        "OSLO, May 3 (NTB) - Defence Minister Ola Berg and Foreign Minister Kari Lunde held the annual "
        "2+2 dialogue with French Defence Minister Paul Marchand and Foreign Minister Anne Roche in Oslo "
        "on Friday.\n\nAfter the dialogue, Berg and Marchand sat down for a separate bilateral meeting."
    )
    assert _summary(_extract(text)) == [("2024-05-03", "dialogue"), ("2024-05-03", "meeting")]


def test_an_exchange_of_letters_amending_an_mou_is_an_agreement() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg held talks with French Defence Minister "
        "Paul Marchand in Oslo on Friday.\n\nFollowing the talks, the two Ministers approved an amendment "
        "to the 1993 Memorandum of Understanding through an exchange of letters."
    )
    assert _summary(_extract(text)) == [("2024-05-03", "meeting"), ("2024-05-03", "agreement")]


def test_a_committee_meeting_that_would_be_held_later_is_no_dialogue() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg held talks with French Defence Minister "
        "Paul Marchand in Oslo on Friday. They agreed that the next meeting of the Joint Defence "
        "Cooperation Committee would be held in Paris later this year."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting"]


def test_talks_and_then_a_signing_in_one_sentence_are_two_records() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norway and France signed a security agreement on Friday.\n\n"
        "French Foreign Minister Anne Roche held talks with Norwegian Prime Minister Ola Berg in Oslo, "
        "and the two then signed the agreement behind closed doors."
    )
    recs = _extract(text)
    assert sorted(r["type"] for r in recs) == ["agreement", "meeting"]
    assert all(sorted(_names(r)) == ["Anne Roche", "Ola Berg"] for r in recs)


def test_talks_where_the_two_signed_stay_one_record() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Foreign Minister Anne Roche held talks with Norwegian Prime Minister "
        "Ola Berg in Oslo on Friday, where the two signed a security agreement."
    )
    assert [r["type"] for r in _extract(text)] == ["agreement"]


def test_memoranda_signed_after_the_talks_are_their_own_record() -> None:
    text = (
        "Ministry of Defence\nPosted On: 03 MAY 2024 9:10PM by PIB Delhi\n\n"
        "Raksha Mantri Shri Rajnath Singh, who is on an official visit to Oslo, Norway from May 2-4, 2024, "
        "called on Prime Minister Ola Berg today.\n\nThe Raksha Mantri also held delegation-level talks "
        "with his counterpart, the Minister of Defence, Mr Jon Dahl. Following the talks, two Memoranda "
        "of Understanding were signed between the two countries."
    )
    recs = _extract(text)
    assert _summary(recs) == [
        ("2024-05-03", "meeting"),
        ("2024-05-03", "meeting"),
        ("2024-05-03", "agreement"),
    ]


def test_a_portuguese_particle_stays_in_the_name() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand called on the Prime Minister of "
        "Mozambique, Mr Carlos Alberto do Rosario, in Maputo on Friday."
    )
    (rec,) = _extract(text)
    assert "Carlos Alberto do Rosario" in _names(rec)


def test_a_since_clause_has_its_own_time() -> None:
    text = (
        "WASHINGTON, May 3 (Wire) - U.S. Defense Secretary Mark Doe spoke by telephone with Norwegian "
        "Defence Minister Ola Berg on Thursday, his first conversation with his Norwegian counterpart "
        "since the Senate confirmed him last week."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "call")


def test_a_letter_of_commitment_signed_by_named_officials_is_their_signing() -> None:
    text = (
        "BERLIN, May 3 (Wire) - Germany signed a deal on Friday to buy Norway's missile system, as Berlin "
        "shores up its air defences in the wake of Russia's invasion of Ukraine.\n\nGerman Defence "
        "Minister Paul Marchand and Ola Berg, director general of Norway's Defence Ministry, signed a "
        "letter of commitment at a ceremony in Berlin."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "agreement"
    assert rec["countries"] == ["DEU", "NOR"]
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_a_remark_made_earlier_after_a_meeting_is_background() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norway and France signed a joint declaration on Friday.\n\nPresident Ola Berg "
        "had said in February, after his meeting with French Foreign Minister Anne Roche, that Norway "
        "would not renew the deal."
    )
    assert all(r["type"] != "meeting" for r in _extract(text))


def test_talks_at_the_stops_before_arrival_are_the_legs_before() -> None:
    text = (
        "LUANDA, May 3 (Wire) - U.S. Defense Secretary Mark Doe met Angolan Defence Minister Joao Lopes "
        "in Luanda on Friday.\n\nDoe arrived in Luanda following stops in Djibouti and Kenya earlier "
        "this week, where he visited U.S. forces at a base and held talks with Kenyan leaders."
    )
    assert [r["countries"] for r in _extract(text)] == [["AGO", "USA"]]
