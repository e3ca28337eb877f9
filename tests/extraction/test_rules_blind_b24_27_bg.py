"""Background and tense failure kinds blind batches b24-b27 showed, each tested on invented sentences
(names and places made up, wording of the kinds real readouts, news agencies and wire copy use)."""

import datetime as dt

from app.extraction import dates
from tests.extraction.extraction_fixtures import DAY
from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

_LEAD = (
    "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg met Portuguese Defence Minister Rui Matos "
    "in Oslo on Friday to discuss maritime security.\n\n"
)

# --- present-perfect contacts reckoned from a starting point ---------------------------------------


def test_contacts_since_taking_office_are_background() -> None:
    text = _LEAD + (
        "Berg had already spoken with Matos by phone following his appointment, and Prime Minister Kari "
        "Lunde has also spoken to Portuguese Prime Minister Joao Serra since taking office."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting"]


def test_calls_almost_every_day_since_an_attack_are_background() -> None:
    text = _LEAD + "The two men have spoken by phone almost every day since the attack, officials said."
    assert [r["type"] for r in _extract(text)] == ["meeting"]


def test_a_call_of_today_that_is_the_first_since_taking_office_is_news() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Prime Minister Kari Lunde has spoken to Portuguese Prime Minister "
        "Joao Serra by phone today, their first conversation since taking office."
    )
    recs = _extract(text)
    assert [(r["date"], r["type"]) for r in recs] == [(DAY.isoformat(), "call")]


# --- tour legs before the reported visit ------------------------------------------------------------


def test_a_similar_meeting_at_the_stop_before_is_background_even_with_a_day() -> None:
    text = _LEAD + (
        "Berg and Foreign Minister Kari Lunde arrived from Madrid, where they held a similar 2+2 meeting "
        "with Spanish officials on Wednesday, and were expected to call on Prime Minister Joao Serra."
    )
    recs = _extract(text)
    assert all("ESP" not in r["countries"] for r in recs)


def test_talks_with_a_named_host_at_the_stop_before_on_a_day_stay_news() -> None:
    text = _LEAD + (
        "Berg arrived from Madrid, where he met Spanish Defence Minister Pedro Alcaraz on Wednesday."
    )
    recs = _extract(text)
    assert any("ESP" in r["countries"] for r in recs)


def test_talks_at_a_leg_the_lead_calls_done_are_background() -> None:
    text = (
        "LISBON, May 3 (Reuters) - Norwegian Defence Minister Ola Berg held talks with Portuguese Defence "
        "Minister Rui Matos on Friday shortly after arriving in Lisbon, the latest stop on a tour that has "
        "already taken him to Spain and Morocco.\n\n"
        "Berg made an unannounced stop in Rabat on Thursday after talks in Madrid with Spanish Defence "
        "Minister Pedro Alcaraz on Tuesday."
    )
    recs = _extract(text)
    assert all("Pedro Alcaraz" not in _names(r) for r in recs)
    assert any("Rui Matos" in _names(r) for r in recs)


# --- dates: a since-phrase that has ended, an evening of the day reported ---------------------------


def test_a_since_phrase_ends_at_the_clauses_own_verb() -> None:
    text = "His only other trip abroad since the invasion was to Madrid in February, where he met Y."
    hits = dates.find(text, 0, len(text), DAY)
    assert [(h.iso(), h.reporting) for h in hits] == [("2024-02", False)]
    guard = "He has held talks with Y twice since his election in February."
    assert [h.reporting for h in dates.find(guard, 0, len(guard), DAY)] == [True]


def test_an_earlier_trip_of_another_month_is_no_record() -> None:
    text = _LEAD + (
        "His only other trip abroad since the invasion was to Madrid in February, where he met Spanish "
        "Prime Minister Pedro Alcaraz."
    )
    recs = _extract(text)
    assert all("Pedro Alcaraz" not in _names(r) for r in recs)


def test_a_host_with_two_guests_in_the_evening_is_one_trilateral_of_the_day() -> None:
    text = (
        "OSLO, May 1 (Reuters) - Norwegian Prime Minister Kari Lunde met Portuguese Prime Minister Joao "
        "Serra in Oslo on Wednesday.\n\n"
        "Serra thanked Norway for its support.\n\n"
        "The two leaders discussed naval cooperation.\n\n"
        "In the evening Serra flew on to Paris, where French President Henri Delorme hosted him and German "
        "Chancellor Klaus Vogt for a working dinner at the Elysee."
    )
    recs = _extract(text, dt.date(2024, 5, 1))
    paris = [r for r in recs if "FRA" in r["countries"]]
    assert len(paris) == 1
    assert paris[0]["countries"] == ["DEU", "FRA", "PRT"]
    assert paris[0]["date"] == "2024-05-01"


def test_a_minister_meeting_two_counterparts_is_still_two_records() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg met French Defence Minister Henri "
        "Delorme and German Defence Minister Klaus Vogt in Oslo on Friday."
    )
    recs = _extract(text)
    assert sorted(tuple(r["countries"]) for r in recs) == [("DEU", "NOR"), ("FRA", "NOR")]


# --- a contact told weeks before the lead's ----------------------------------------------------------


def test_a_dated_meeting_weeks_before_the_lead_call_and_its_signing_are_background() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg held a telephone conversation with "
        "Portuguese Defence Minister Rui Matos on Friday.\n\n"
        "The call was the first between the two since Matos took office.\n\n"
        "Berg visited Lisbon from March 19 to 22 at the invitation of Matos, and met him at the ministry on "
        "March 20, his first visit to Portugal. During that meeting the two ministers signed a memorandum on "
        "the search for missing sailors."
    )
    assert [r["type"] for r in _extract(text)] == ["call"]


def test_a_meeting_days_before_the_lead_is_still_news() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg held a telephone conversation with "
        "Portuguese Defence Minister Rui Matos on Friday.\n\n"
        "On Tuesday, Berg met Spanish Defence Minister Pedro Alcaraz in Madrid."
    )
    assert sorted(r["type"] for r in _extract(text)) == ["call", "meeting"]


def test_a_signing_during_a_recalled_meeting_is_background_too() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg held a telephone conversation with "
        "Portuguese Defence Minister Rui Matos on Friday.\n\n"
        "The two ministers last met in Lisbon in April.\n\n"
        "During that meeting Berg and Matos signed a memorandum on the search for missing sailors."
    )
    assert [r["type"] for r in _extract(text)] == ["call"]


def test_a_signing_during_the_talks_just_reported_is_kept() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg met Portuguese Defence Minister Rui "
        "Matos in Oslo on Friday.\n\n"
        "During the meeting Berg and Matos signed a memorandum on the search for missing sailors."
    )
    assert "agreement" in [r["type"] for r in _extract(text)]


def test_a_signing_during_the_meeting_after_a_recalled_call_is_kept() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg met Portuguese Defence Minister Rui "
        "Matos in Oslo on Friday.\n\n"
        "The ministers last spoke by phone in March.\n\n"
        "During the meeting Berg and Matos signed a memorandum on the search for missing sailors."
    )
    assert "agreement" in [r["type"] for r in _extract(text)]


# --- places and names ---------------------------------------------------------------------------------


def test_a_venue_that_speaks_is_not_the_place() -> None:
    text = (
        "LISBON, May 3 (Reuters) - U.S. Defense Secretary John Carver met Portuguese Defence Minister Rui "
        "Matos on Friday for talks on naval cooperation, the Pentagon said."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert (recs[0]["location"] or {}).get("venue") != "Pentagon"


def test_an_article_joined_to_the_family_name_is_part_of_the_name() -> None:
    text = (
        "CAIRO, May 3 (Reuters) - U.S. Defense Secretary John Carver held talks with Egyptian President "
        "Abdel Karim el-Masri in Cairo on Friday."
    )
    recs = _extract(text)
    assert any("Abdel Karim el-Masri" in _names(r) for r in recs)
