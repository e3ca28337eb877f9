"""Failure kinds blind batch b47 showed, each tested on invented sentences (names and places made up,
wording of the kinds wire copy and agency reports use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- a numbered round of talks between two states ------------------------------------------------------


def test_a_numbered_round_of_commander_level_talks_is_a_dialogue_on_the_day_it_took_place() -> None:
    text = (
        "OSLO, May 3 (NTB) The 9th round of corps commander-level talks between Norway and Finland on the "
        "northern border row ended in a deadlock, with the Norwegian Army saying on Friday that the other "
        "side made no proposals.\n\n"
        "The talks took place on Thursday at the Kolvik border meeting point and lasted six hours. The "
        "Norwegian delegation was led by Lt Gen Ola Brekkestad, the commander of the Vardo-based 3 Corps."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-02", "dialogue")]
    assert "Ola Brekkestad" in _names(recs[0])


def test_an_unnumbered_previous_round_of_talks_is_no_record() -> None:
    text = (
        "OSLO, May 3 (NTB) Norwegian and Finnish army officers met on the border on Friday. The previous "
        "round of talks between Norway and Finland on April 2 had led to a pullback, Lt Gen Ola Brekkestad "
        "said."
    )
    assert all(r["type"] != "dialogue" for r in _extract(text))


# --- a participle clause after a visit -----------------------------------------------------------------


def test_meeting_in_a_participle_clause_after_a_visit_is_the_contact() -> None:
    text = (
        "LISBON, May 3 (Reuters) - Norwegian Defence Minister Ola Brekkestad on Friday became the first "
        "Norwegian defence minister to visit Portugal, meeting President Rui Matoso in a trip meant to "
        "shore up ties with Atlantic partners."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting")]
    assert {"Ola Brekkestad", "Rui Matoso"} <= set(_names(recs[0]))


# --- contacts still to come, or moved ------------------------------------------------------------------


def test_a_dialogue_a_day_after_the_news_is_still_to_come() -> None:
    text = (
        "OSLO, May 3 (NTB) Norwegian Defence Minister Ola Brekkestad and visiting Portuguese Defence "
        "Minister Rui Matoso on Friday held wide-ranging talks on naval cooperation, a day before the "
        "second edition of the Norway-Portugal 2+2 ministerial dialogue."
    )
    assert _summary(_extract(text)) == [("2024-05-03", "meeting")]


def test_arrived_here_for_talks_on_a_later_day_is_why_he_came() -> None:
    text = (
        "OSLO, May 3 (NTB) Norwegian Defence Minister Ola Brekkestad and visiting Portuguese Defence "
        "Minister Rui Matoso on Friday held talks on naval cooperation.\n\n"
        "Matoso and Portuguese Foreign Minister Ana Lobato arrived here earlier in the day for the 2+2 "
        "talks with Brekkestad and Norwegian Foreign Minister Kari Lunde on Saturday."
    )
    assert _summary(_extract(text)) == [("2024-05-03", "meeting")]


def test_a_meeting_that_had_been_pushed_back_is_not_held() -> None:
    text = (
        "OSLO, May 3 (NTB) Norwegian Defence Minister Ola Brekkestad and Portuguese Defence Minister Rui "
        "Matoso signed a defence framework in Oslo on Friday.\n\n"
        "Prime Minister Kari Lunde's meeting with Portuguese President Ana Lobato on Monday had been pushed "
        "back from Wednesday because of the storm."
    )
    assert _summary(_extract(text)) == [("2024-05-03", "agreement")]


def test_a_meeting_postponed_and_then_held_is_still_news() -> None:
    text = (
        "OSLO, May 3 (NTB) Norwegian Defence Minister Ola Brekkestad and Portuguese Defence Minister Rui "
        "Matoso met in Oslo on Friday; the meeting, postponed from Monday, went ahead at the ministry."
    )
    assert _summary(_extract(text)) == [("2024-05-03", "meeting")]


# --- the lead's day for a contact that "came during" it ------------------------------------------------


def test_a_confirmation_that_came_during_a_meeting_gives_the_meeting_its_day() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norway and Portugal confirmed Thursday that a cyberattack could count as an "
        "armed attack under their defence pact.\n\n"
        'The confirmation came during a "two-plus-two" security meeting at the Foreign Ministry involving '
        "Norwegian Defence Minister Ola Brekkestad and Portuguese Defence Minister Rui Matoso."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-02", "dialogue")]


# --- old contacts a story reveals, each on a full date -------------------------------------------------


_REVEALED = (
    "OSLO (AP) - Norway's top military officer, Norwegian Gen. Ola Brekkestad, twice called his Portuguese "
    "counterpart in the final months of the old government to reassure him, according to a new book.\n\n"
    "Brekkestad first called Gen. Rui Matoso, chief of the Portuguese General Staff, on Oct. 14, 2023, "
    "after reviewing intelligence reports.\n\n"
)


def test_contacts_a_book_reveals_each_on_a_full_date_are_the_news() -> None:
    text = _REVEALED + "Brekkestad called Matoso a second time on Jan. 9, 2024, the book says."
    recs = _extract(text)
    assert _summary(recs) == [("2023-10-14", "call"), ("2024-01-09", "call")]
    assert all({"Ola Brekkestad", "Rui Matoso"} <= set(_names(r)) for r in recs)


def test_a_count_the_story_does_not_tell_in_full_keeps_the_lead() -> None:
    text = _REVEALED + "Matoso later said he had not been convinced, the book says."
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["call"]
    assert recs[0]["date"] != "2023-10-14"


# --- a signing in a remote setting has no place --------------------------------------------------------


def test_a_signing_during_talks_via_video_link_has_no_location() -> None:
    text = (
        "OSLO, May 3 (NTB) -- Norwegian Defence Minister Ola Brekkestad held talks via video link with "
        "Portuguese Defence Minister Rui Matoso on Friday, during which the two signed a roadmap for "
        "military cooperation."
    )
    recs = [r for r in _extract(text) if r["type"] == "agreement"]
    assert len(recs) == 1
    assert recs[0]["location"] is None


def test_a_signing_in_person_after_talks_by_video_link_keeps_its_town() -> None:
    text = (
        "OSLO, May 3 (NTB) -- Norwegian Defence Minister Ola Brekkestad and Portuguese Defence Minister Rui "
        "Matoso signed a roadmap for military cooperation in Oslo on Friday, a month after talks by video "
        "link."
    )
    recs = [r for r in _extract(text) if r["type"] == "agreement"]
    assert len(recs) == 1
    assert (recs[0]["location"] or {}).get("city") == "Oslo"
