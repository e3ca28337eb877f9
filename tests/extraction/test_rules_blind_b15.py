"""Failure kinds blind batches b13 and b15 showed, each tested on invented sentences (names and places
made up, wording of the kinds wire copy and military readouts use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

# --- who took part -------------------------------------------------------------------------------------


def test_he_in_a_tour_leg_is_the_storys_protagonist() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand assured Norway on Friday of support "
        "after talks with Norwegian Defence Minister Ola Berg. Marchand said the alliance was strong.\n\n"
        "Marchand flew into Oslo on Thursday from Tallinn, where earlier the same day he met Estonian "
        "Defence Minister Mart Kask."
    )
    recs = {tuple(r["countries"]): r for r in _extract(text)}
    assert _names(recs[("EST", "FRA")]) == ["Paul Marchand", "Mart Kask"]
    assert recs[("EST", "FRA")]["date"] == "2024-05-02"


def test_the_talks_in_an_attribution_are_the_news() -> None:
    text = (
        "OSLO, May 3 (NTB) - The war has entered a new phase, French Defence Minister Paul Marchand said "
        "on Friday after talks in Oslo with Norwegian Defence Minister Ola Berg."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "meeting")
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_a_peoples_liberation_army_title_gives_the_state() -> None:
    text = (
        "Readout\n\nMay 3, 2024\n\nU.S. Chairman of the Joint Chiefs of Staff Gen. Mark Doe held a video "
        "teleconference today with People's Liberation Army Chief of the Joint Staff Department Gen. "
        "Wang Lei."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "video_call"
    assert rec["countries"] == ["CHN", "USA"]
    assert "Wang Lei" in _names(rec)


def test_saying_something_after_meeting_a_visitor_is_a_meeting() -> None:
    text = (
        "Oslo Daily | May 4, 2024\n\nNorway and France hope to conclude an arrangement by the end of the "
        "year, Defence Minister Ola Berg said after meeting visiting French Defence Minister Paul "
        "Marchand in Oslo on Friday."
    )
    (rec,) = _extract(text, day=__import__("datetime").date(2024, 5, 4))
    assert (rec["date"], rec["type"]) == ("2024-05-03", "meeting")


def test_hoping_for_a_meeting_is_still_background() -> None:
    text = "OSLO, May 3 (NTB) - Norway hopes to hold talks with French Defence Minister Paul Marchand."
    assert _extract(text) == []


# --- dates ------------------------------------------------------------------------------------------------


def test_a_date_naming_an_attack_does_not_date_the_talks() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg said the April 4 attack had been "
        "planned abroad.\n\nThe two ministers held talks with French Defence Minister Paul Marchand."
    )
    assert all(r["date"] != "2024-04-04" for r in _extract(text))


def test_a_later_contact_of_the_visit_is_on_the_day_of_the_first() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand held talks in Oslo on Thursday with "
        "Norwegian Defence Minister Ola Berg.\n\nThe two discussed drones.\n\nBerg's ministry said the "
        "talks were useful.\n\nMarchand later travelled to Bergen, where he was received by Prime "
        "Minister Kari Lunde."
    )
    assert {r["date"] for r in _extract(text)} == {"2024-05-02"}


def test_last_month_in_a_where_clause_does_not_date_the_meeting() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norway and France signed a radar contract in Paris on Thursday.\n\n"
        "Norwegian Defence Minister Ola Berg and French Defence Minister Paul Marchand first met at the "
        "ministry, where they discussed the offensive in the north last month."
    )
    recs = _extract(text)
    assert "2024-04" not in {r["date"] for r in recs}


def test_an_exercise_which_ended_in_march_keeps_its_own_date() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg met French Defence Minister Paul "
        "Marchand in Oslo on Friday and thanked him for co-hosting Exercise Cold Dawn, which concluded "
        "in March with troops from 20 nations."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting"]


def test_talks_at_the_last_stop_the_same_day_are_news() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand met Norwegian Defence Minister Ola "
        "Berg on Friday.\n\nMarchand arrived in Oslo from Tallinn, where earlier the same day he met "
        "Estonian Defence Minister Mart Kask."
    )
    assert ["EST", "FRA"] in [r["countries"] for r in _extract(text)]


# --- background ----------------------------------------------------------------------------------------


def test_the_call_follows_someone_elses_meeting() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg spoke by phone with French Defence "
        "Minister Paul Marchand on Friday.\n\nThe call follows President Kari Lunde's meeting with "
        "French President Anne Roche in Paris on April 10."
    )
    assert [r["type"] for r in _extract(text)] == ["call"]


def test_a_multinational_exercise_and_its_drills_are_no_bilateral_exercise() -> None:
    text = (
        "OSLO, May 3 (NTB) - French Defence Minister Paul Marchand met Norwegian Defence Minister Ola "
        "Berg in Oslo on Friday.\n\nMarchand arrived from Estonia, where he visited the multinational "
        "Spring Storm exercise. French ships took part in the drills this year."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting"]


# --- b12 leftovers ---------------------------------------------------------------------------------------


def test_a_conversation_over_the_phone_is_the_call_just_reported() -> None:
    text = (
        "Oslo, May 3 (NTB) Defence Minister Ola Berg on Friday told his French counterpart Paul Marchand "
        "that the use of mines must stop.\n\nThe conversation took place over the phone at the request "
        "of the French side, the ministry said."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "call")
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_calls_to_several_counterparts_are_a_tally() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg spoke by phone with French Defence "
        "Minister Paul Marchand on Friday.\n\nMarchand has made similar claims in phone calls to several "
        "Western counterparts in recent days, which the United States dismissed."
    )
    assert [r["countries"] for r in _extract(text)] == [["FRA", "NOR"]]


def test_a_name_after_a_two_portfolio_title_and_a_comma_is_a_person() -> None:
    text = (
        "Oslo, May 3, 2024, NTB -- Defence Minister Ola Berg received in Oslo today France's Minister of "
        "State for Defence and Tourism, Paul Marchand, who is visiting at the head of a delegation."
    )
    (rec,) = _extract(text)
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]
