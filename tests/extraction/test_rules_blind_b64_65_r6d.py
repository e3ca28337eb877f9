"""Failure kinds blind batches b64-b65 showed, each tested on invented sentences (names and places made
up, wording of the kinds real readouts and wire copy use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

# --- talks whose subject is the two sides' offices; the next sentence names the pair ------------------


def test_named_pair_after_talks_of_the_defence_chiefs_of_both_states() -> None:
    text = (
        "OSLO, May 3 (Reuters) - The defence chiefs of Norway and Portugal held their annual security "
        "consultations in Oslo on Wednesday, but their joint statement left out a customary pledge.\n\n"
        "Defence Minister Kari Lunde and Portuguese Defence Minister Rui Tavares discussed the transfer "
        "of command and the cost of stationing troops."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert set(_names(recs[0])) == {"Kari Lunde", "Rui Tavares"}


def test_a_pair_named_later_in_a_sentence_that_does_not_open_with_them_is_not_taken() -> None:
    text = (
        "OSLO, May 3 (Reuters) - The defence chiefs of Norway and Portugal held their annual security "
        "consultations in Oslo on Wednesday, but their joint statement left out a customary pledge.\n\n"
        "Analysts said the absence of Defence Minister Kari Lunde and Portuguese Defence Minister Rui "
        "Tavares from the press event surprised many."
    )
    recs = _extract(text)
    assert all("Kari Lunde" not in _names(r) for r in recs)


# --- the two sides' leaders together at a launch ceremony ---------------------------------------------


def test_leader_and_his_counterpart_attending_a_launch_is_a_meeting() -> None:
    text = (
        "PORTO, Portugal (AFP) - Norwegian Prime Minister Kari Lunde and her Portuguese counterpart Rui "
        "Tavares on Wednesday attended the launch of a frigate built with Norwegian technology at a naval "
        "yard near Porto."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["meeting"]
    assert {"Kari Lunde", "Rui Tavares"} <= set(_names(recs[0]))


def test_one_side_alone_attending_a_launch_is_no_meeting() -> None:
    text = (
        "PORTO, Portugal (AFP) - Portuguese Prime Minister Rui Tavares on Wednesday attended the launch of "
        "a frigate built with Norwegian technology at a naval yard near Porto."
    )
    assert all(r["type"] != "meeting" for r in _extract(text))


# --- a contact of a group's members by the group's name is multilateral -------------------------------


def test_a_videoconference_of_group_leaders_is_no_bilateral_call() -> None:
    text = (
        "LISBON, May 3 (Reuters) - Norwegian Prime Minister Kari Lunde, whose country holds the rotating "
        "Nordic presidency, on Saturday chaired a videoconference of NB8 leaders from Lisbon in which "
        "Portuguese Prime Minister Rui Tavares took part."
    )
    assert all(r["type"] != "video_call" for r in _extract(text))


def test_a_videoconference_of_two_named_states_ministers_stays() -> None:
    text = (
        "LISBON, May 3 (Reuters) - Norwegian Defence Minister Kari Lunde on Saturday held a videoconference "
        "with Portuguese Defence Minister Rui Tavares on naval training."
    )
    assert [r["type"] for r in _extract(text)] == ["video_call"]
