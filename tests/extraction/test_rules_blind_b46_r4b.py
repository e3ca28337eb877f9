"""Failure kinds blind batch b46 showed, each tested on invented sentences (names and places made up,
wording of the kinds news agencies and navy releases use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

# --- a call told with no one named, its people in the next sentence ------------------------------------

_CALL_LEAD = (
    "OSLO, May 3 (Reuters) - Norway's top military officer spoke by phone on Friday with a senior "
    "Portuguese commander, the Norwegian armed forces said.\n\n"
)


def test_the_next_sentence_holding_the_call_names_its_people() -> None:
    text = _CALL_LEAD + (
        "General Ola Berg, chief of defence of Norway, held the call with Admiral Rui Matos, chief of staff "
        "of the Portuguese Navy, according to a statement from Berg's office."
    )
    recs = [r for r in _extract(text) if r["type"] == "call"]
    assert len(recs) == 1
    assert recs[0]["date"] == "2024-05-03"
    assert set(_names(recs[0])) == {"Ola Berg", "Rui Matos"}


def test_officials_the_next_sentence_puts_at_another_contact_are_not_the_calls() -> None:
    text = _CALL_LEAD + (
        "General Ola Berg, chief of defence of Norway, met Admiral Rui Matos, chief of staff of the "
        "Portuguese Navy, in Lisbon last year."
    )
    assert all("Rui Matos" not in _names(r) for r in _extract(text) if r["type"] == "call")


# --- a visiting fleet commander: honours' letters, the office standing for him, calls on two hosts ----

_FLEET = (
    "Ministry of Defence\nINS Kaveri visits Port Louis\n\n"
    "Indian Naval Ship Kaveri of the Eastern Fleet arrived at Port Louis, Mauritius on 2 May 2024 on a "
    "three-day visit.\n\n"
    "On arrival, Rear Admiral Vikram Sood, NM, Flag Officer Commanding Eastern Fleet, laid a wreath at the "
    "war memorial.\n\n"
)


def test_honours_letters_between_name_and_title_keep_the_title() -> None:
    recs = [r for r in _extract(_FLEET) if r["type"] == "port_call"]
    assert len(recs) == 1
    sood = next(p for p in recs[0]["participants"] if p["name"] == "Vikram Sood")
    assert sood["title"] == "Flag Officer Commanding Eastern Fleet"


def test_the_office_of_a_commander_named_before_stands_for_him() -> None:
    text = _FLEET + (
        "Later the same day, the Fleet Commander called on Major General Anil Ramdoo, Commissioner of "
        "Police of Mauritius, at Police Headquarters, Port Louis."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert len(recs) == 1
    assert set(_names(recs[0])) == {"Vikram Sood", "Anil Ramdoo"}


def test_calling_on_one_host_and_on_another_is_a_call_on_each() -> None:
    text = _FLEET + (
        "Later the same day, the Fleet Commander called on Major General Anil Ramdoo, Commissioner of "
        "Police of Mauritius, at Police Headquarters, Port Louis, and on Commodore Paul Lebrun, Commander "
        "of the National Coast Guard of Mauritius, at Coast Guard Headquarters, Curepipe."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert sorted(sorted(_names(r)) for r in recs) == [
        ["Anil Ramdoo", "Vikram Sood"],
        ["Paul Lebrun", "Vikram Sood"],
    ]


def test_calling_on_two_hosts_together_is_one_call() -> None:
    text = _FLEET + (
        "Later the same day, the Fleet Commander called on Major General Anil Ramdoo, Commissioner of "
        "Police of Mauritius, and Commodore Paul Lebrun, Commander of the National Coast Guard of "
        "Mauritius, at Police Headquarters, Port Louis."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert len(recs) == 1
    assert set(_names(recs[0])) == {"Vikram Sood", "Anil Ramdoo", "Paul Lebrun"}


_CALLED_ON = (
    "Later the same day, the Fleet Commander called on Major General Anil Ramdoo, Commissioner of Police "
    "of Mauritius, at Police Headquarters, Port Louis.\n\n"
)


def test_a_visiting_commander_hosting_his_own_states_envoy_is_no_contact() -> None:
    hosted = (
        "FOCEF also hosted Shri Ravi Kumar, High Commissioner of India to Mauritius, on board INS Kaveri."
    )
    text = _FLEET + _CALLED_ON + hosted
    recs = _extract(text)
    assert all("Ravi Kumar" not in _names(r) for r in recs)
    assert any(set(_names(r)) == {"Vikram Sood", "Anil Ramdoo"} for r in recs)


def test_a_visiting_commander_hosting_the_hosts_envoy_is_a_contact() -> None:
    hosted = (
        "FOCEF also hosted Shri Hemant Joomun, High Commissioner of Mauritius to India, on board INS Kaveri."
    )
    text = _FLEET + _CALLED_ON + hosted
    recs = _extract(text)
    assert any("Hemant Joomun" in _names(r) for r in recs)
