"""Failure kinds blind batches b21-b23 showed, each tested on invented sentences (names and places made
up, wording of the kinds real readouts, news agencies and wire copy use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

# --- port calls: who welcomed the ship, its quoted captain -------------------------------------------


def test_officials_who_welcomed_the_crew_take_part_in_the_port_call() -> None:
    text = (
        "OSLO, May 3 (Reuters) - The Norwegian Navy frigate Fridtjof arrived at Lisbon's Alcantara Pier on "
        "Friday, the first port call in Portugal by a Norwegian warship in a decade.\n\n"
        "Norwegian Ambassador Kari Lunde and officers of the Portuguese Navy welcomed the crew at the pier."
    )
    recs = [r for r in _extract(text) if r["type"] == "port_call"]
    assert len(recs) == 1
    assert "Kari Lunde" in _names(recs[0])


def test_a_quoted_ship_captain_takes_part_in_the_port_call() -> None:
    text = (
        "OSLO, May 3 (Reuters) - The Norwegian Navy frigate Fridtjof arrived at Lisbon's Alcantara Pier on "
        "Friday, the first port call in Portugal by a Norwegian warship in a decade.\n\n"
        "Commander Ola Berg, the ship's captain, told reporters the visit was a sign of friendship."
    )
    recs = [r for r in _extract(text) if r["type"] == "port_call"]
    assert len(recs) == 1
    assert "Ola Berg" in _names(recs[0])


def test_welcoming_a_ship_planned_for_next_week_is_no_participation() -> None:
    text = (
        "OSLO, May 3 (Reuters) - The Norwegian Navy frigate Fridtjof arrived at Lisbon's Alcantara Pier on "
        "Friday, the first port call in Portugal by a Norwegian warship in a decade.\n\n"
        "Norwegian Ambassador Kari Lunde will welcome the crew at a reception next week."
    )
    recs = [r for r in _extract(text) if r["type"] == "port_call"]
    assert all("Kari Lunde" not in _names(r) for r in recs)


# --- tallies and seasons -------------------------------------------------------------------------------


def test_agreements_signed_with_many_countries_are_a_record_not_a_signing() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui "
        "Matos met in Oslo on Friday.\n\n"
        "Norway has signed similar transfer agreements with 12 other countries, including Chile, Peru and "
        "Kenya."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["meeting"]


def test_talks_held_with_a_list_of_states_are_a_tally() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui "
        "Matos met in Oslo on Friday.\n\n"
        "Berg, who has travelled widely since taking office, has held talks on arms purchases with Chile, "
        "Peru and Kenya."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["meeting"]


def test_talks_with_a_list_of_states_on_a_named_day_are_news() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg has held talks with Chile, Peru and "
        "Kenya on Friday in Oslo."
    )
    recs = _extract(text)
    assert any(r["type"] == "meeting" for r in recs)


def test_an_exercise_this_spring_is_background() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui "
        "Matos signed a defence cooperation agreement in Oslo on Friday.\n\n"
        "Norwegian troops took part in the Iron Lynx exercise in Chile alongside Portuguese forces this "
        "spring."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["agreement"]


def test_an_exercise_on_a_named_day_this_spring_is_news() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian and Portuguese troops began the Iron Lynx joint exercise near "
        "Bodo on Friday, the largest this spring."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["exercise"]


# --- a visitor's second host in the same sentence -------------------------------------------------------


def test_talks_and_a_call_on_the_president_in_one_sentence_are_two_meetings() -> None:
    text = (
        "LIMA, May 3: Norwegian Defence Minister Ola Berg, on the first visit by a Norwegian Defence "
        "Minister to Peru, held talks with his Peruvian counterpart Rui Matos in Lima on Tuesday and "
        "called on President Jorge Quispe the same day.\n\n"
        "The two armies hold the Andes Lynx exercise, last conducted in Norway in 2019. Berg leaves for "
        "Chile later this week, where he will hold the first Norway-Chile 2+2."
    )
    recs = sorted(_extract(text), key=lambda r: sorted(_names(r)))
    assert len(recs) == 2
    assert [sorted(_names(r)) for r in recs] == [["Jorge Quispe", "Ola Berg"], ["Ola Berg", "Rui Matos"]]
    assert all(r["countries"] == ["NOR", "PER"] for r in recs)
    assert all(r["date"] == "2024-04-30" for r in recs)


def test_urging_with_called_on_is_no_second_contact() -> None:
    text = (
        "OSLO, May 3: Defence Minister Ola Berg held talks with his Peruvian counterpart Rui Matos in Lima "
        "on Tuesday and called on Chile to respect the border accord."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert sorted(_names(recs[0])) == ["Ola Berg", "Rui Matos"]


def test_a_title_before_a_surname_is_that_person_not_another_office_holder() -> None:
    text = (
        "NEW DELHI, May 3: Indian Defence Minister Arjun Mehra held talks with his Peruvian counterpart Rui "
        "Matos in Lima on Tuesday and called on President Jorge Quispe the same day.\n\n"
        "Later, in his call on President Quispe, Mehra conveyed greetings."
    )
    recs = _extract(text)
    everyone = {n for r in recs for n in _names(r)}
    assert everyone == {"Arjun Mehra", "Rui Matos", "Jorge Quispe"}


def test_a_visitor_s_second_host_is_of_the_visited_state_not_a_pair_named_elsewhere() -> None:
    text = (
        "NEW DELHI, May 3: Indian Defence Minister Arjun Mehra held talks with his Peruvian counterpart Rui "
        "Matos in Lima on Tuesday and called on President Jorge Quispe the same day.\n\n"
        "Later, in his call on President Quispe, Mehra conveyed greetings. Mehra leaves for Chile later "
        "this week, where he will hold the first India-Chile 2+2."
    )
    recs = _extract(text)
    assert len(recs) == 2
    assert all(r["countries"] == ["IND", "PER"] for r in recs)


# --- named dialogues and the signings at them --------------------------------------------------------


def test_a_signing_as_the_ministers_met_for_their_2plus2_is_a_dialogue_and_a_signing() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norway and Peru signed an agreement on Tuesday on the transfer of defence "
        'equipment, as their foreign and defence ministers met in Oslo for their first "two-plus-two" talks.'
        "\n\nForeign Minister Kari Lunde and Defence Minister Ola Berg held the talks with Peruvian Foreign "
        "Minister Rui Matos and Defence Minister Ana Quispe.\n\n"
        "The agreement was signed on the occasion of the meeting in the presence of the four ministers."
    )
    recs = sorted(_extract(text), key=lambda r: r["type"])
    assert [(r["type"], r["date"]) for r in recs] == [("agreement", "2024-04-30"), ("dialogue", "2024-04-30")]
    for r in recs:
        assert sorted(_names(r)) == ["Ana Quispe", "Kari Lunde", "Ola Berg", "Rui Matos"]


def test_a_signing_as_the_ministers_prepare_for_a_2plus2_makes_no_dialogue() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Peruvian Defence Minister Rui "
        'Matos signed an agreement on Tuesday, as their governments prepare for their first "two-plus-two" '
        "talks."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["agreement"]


def test_video_talks_the_next_sentence_calls_a_named_committee_are_that_dialogue() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norway and Peru vowed on Thursday to work together, as their foreign and "
        "defence ministers held security talks by video link.\n\n"
        "Foreign Minister Kari Lunde and Defence Minister Ola Berg joined from Oslo, while Foreign Minister "
        "Rui Matos and Defence Minister Ana Quispe took part from Lima. It was the first meeting of the "
        'Security Consultative Committee, known as the "2+2", since the two sides met in Lima last March.\n\n'
        "The ministers agreed to deepen cooperation on space, and signed a new framework for joint "
        "research during the meeting."
    )
    recs = sorted(_extract(text), key=lambda r: r["type"])
    assert [(r["type"], r["date"]) for r in recs] == [("agreement", "2024-05-02"), ("dialogue", "2024-05-02")]
    for r in recs:
        assert sorted(_names(r)) == ["Ana Quispe", "Kari Lunde", "Ola Berg", "Rui Matos"]
