"""Failure kinds blind batches b51-b53 showed (round 5b), each tested on invented sentences (names and
places made up, wording of the kind wire copy and official readouts use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

# --- people: an appositive title in lower case that opens on a modifier --------------------------------


def test_co_chairs_named_with_lower_case_titles_take_part() -> None:
    text = (
        "OSLO, May 3 (NTB) -- Norway and France held the third session of their Defence Consultative Group "
        "in Oslo on Friday, officials said.\n\n"
        "The meeting was co-chaired by Ola Berg, principal deputy national security adviser, and Paul "
        "Marchand, acting assistant secretary of defense for space policy."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "dialogue"
    assert {"Ola Berg", "Paul Marchand"} <= set(_names(rec))


def test_a_lower_case_modifier_without_an_office_is_no_title() -> None:
    text = (
        "OSLO, May 3 (NTB) -- Norway and France held the third session of their Defence Consultative Group "
        "in Oslo on Friday, officials said.\n\n"
        "The meeting was co-chaired by Ola Berg, principal deputy national security adviser, and Paul "
        "Marchand, acting assistant secretary of defense for space policy. Kari Lunde, senior fellow at a "
        "think tank, said the talks went well."
    )
    (rec,) = _extract(text)
    assert "Kari Lunde" not in _names(rec)


# --- an honour conferred in person: a meeting of the two ------------------------------------------------


def test_an_honorary_rank_conferred_on_a_visiting_general_is_a_meeting() -> None:
    text = (
        "OSLO, May 3 (NTB) -- President Kari Lunde today conferred the honorary rank of General of the "
        "Norwegian Army on Chief of Staff of the French Army General Paul Marchand at a ceremony at the "
        "Presidential Palace."
    )
    (rec,) = _extract(text)
    assert (rec["type"], rec["date"]) == ("meeting", "2024-05-03")
    assert {"Kari Lunde", "Paul Marchand"} <= set(_names(rec))


def test_an_honorary_degree_of_a_university_is_no_meeting() -> None:
    text = (
        "OSLO, May 3 (NTB) -- The University of Bergen today conferred an honorary degree on former French "
        "Defence Minister Paul Marchand."
    )
    assert _extract(text) == []


# --- "In a separate meeting ...": a further contact of the visit ---------------------------------------


def test_a_separate_meeting_with_another_host_is_a_record_of_its_own() -> None:
    text = (
        "OSLO, May 3 (NTB) -- President Ola Berg received at the Presidential Palace here today French "
        "Minister of the Armed Forces Paul Marchand and his accompanying delegation.\n\n"
        "During the reception, they reviewed the relations between the two countries.\n\n"
        "In a separate meeting held at his office in Oslo today, Defence Minister Kari Lunde held talks "
        "with Minister Marchand. The two sides discussed the strategic partnership."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["meeting", "meeting"]
    assert "Kari Lunde" not in _names(recs[0])
    assert set(_names(recs[1])) == {"Kari Lunde", "Paul Marchand"}


def test_a_separate_meeting_with_a_host_already_named_adds_no_record() -> None:
    text = (
        "OSLO, May 3 (NTB) -- French Minister of the Armed Forces Paul Marchand met Prime Minister Ola Berg "
        "and Defence Minister Kari Lunde in Oslo on Friday.\n\n"
        "In a separate meeting with Berg, Marchand said the two states shared democratic values."
    )
    assert len(_extract(text)) == 2


# --- "X and Y last met on DATE, when ...": the when-clause tells the earlier contact --------------------


def test_talks_in_the_when_clause_of_a_last_meeting_are_background() -> None:
    text = (
        "TOKYO, May 3 Kyodo - Norwegian Defence Minister Ola Berg said he agreed with French Defence "
        "Minister Paul Marchand in telephone talks Friday to step up pressure.\n\n"
        "Berg and Marchand last met in Paris on Apr. 27, when the two countries' foreign and defence "
        'ministers held "two-plus-two" security talks.'
    )
    assert [(r["date"], r["type"]) for r in _extract(text)] == [("2024-05-03", "call")]


def test_a_when_clause_without_a_last_contact_is_still_news() -> None:
    text = (
        "TOKYO, May 3 Kyodo - Norwegian Defence Minister Ola Berg arrived in Paris on Friday, when he held "
        "talks with French Defence Minister Paul Marchand."
    )
    assert [(r["date"], r["type"]) for r in _extract(text)] == [("2024-05-03", "meeting")]


# --- "Hours after the talks, ...": the day of the contact referred to -----------------------------------

_CALL_THEN = (
    "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg said he agreed with French Defence Minister "
    "Paul Marchand in telephone talks Friday to step up pressure.\n\n"
    "The two ministers also discussed the purchase of air defence systems.\n\n"
    "Berg said the two sides would hold more exercises.\n\n"
    "Marchand said France was committed to the defence of its ally.\n\n"
)


def test_a_drill_hours_after_the_phone_talks_takes_their_day() -> None:
    text = _CALL_THEN + (
        "Hours after the talks, two French Air Force Rafale fighters conducted a drill with two Norwegian "
        "Air Force F-35 fighters in airspace around the Bodo region, the air force said."
    )
    drill = next(r for r in _extract(text) if r["type"] == "exercise")
    assert drill["date"] == "2024-05-03"


def test_a_drill_weeks_after_the_talks_does_not_take_their_day() -> None:
    text = _CALL_THEN + (
        "Weeks after the talks, two French Air Force Rafale fighters conducted a drill with two Norwegian "
        "Air Force F-35 fighters in airspace around the Bodo region, the air force said."
    )
    drills = [r for r in _extract(text) if r["type"] == "exercise"]
    assert all(r["date"] != "2024-05-03" for r in drills)


# --- "spoke with Y several times over the weekend": a tally of contacts of no one day -------------------


def test_calls_several_times_over_the_weekend_are_background() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Defence Minister Ola Berg on Friday spoke by telephone with French "
        "Defence Minister Paul Marchand to discuss the crisis.\n\n"
        "Foreign Minister Kari Lunde spoke with French Foreign Minister Jean-Pierre Lefebvre-Dumont several "
        "times over the weekend."
    )
    (rec,) = _extract(text)
    assert set(_names(rec)) == {"Ola Berg", "Paul Marchand"}


def test_calls_several_times_on_a_named_day_are_news() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norwegian Foreign Minister Kari Lunde spoke with French Foreign Minister "
        "Jean-Pierre Lefebvre-Dumont several times on Friday as the crisis deepened."
    )
    assert [(r["date"], r["type"]) for r in _extract(text)] == [("2024-05-03", "call")]


# --- "The exercise comes days after ...": the rest of the sentence tells earlier contacts ---------------


def test_talks_in_a_comes_days_after_sentence_are_background() -> None:
    text = (
        "OSLO, May 3 (NTB) - The seventh edition of the Norway-France joint military exercise Nordic Shield "
        "commenced at the Setermoen camp on Friday with a formal opening ceremony.\n\n"
        "The exercise comes days after newly elected French President Jean Marchal made his first foreign "
        "visit to Norway, where he held talks with Prime Minister Ola Berg on Tuesday."
    )
    assert [(r["date"], r["type"]) for r in _extract(text)] == [("2024-05-03", "exercise")]


def test_a_dialogue_and_signing_on_whose_heels_an_exercise_comes_are_background() -> None:
    text = (
        "OSLO, May 3 (NTB) - The fifth edition of the Norway-France joint military exercise Nordic Shield "
        "commenced on Friday at the Setermoen camp.\n\n"
        "The exercise comes close on the heels of the inaugural Norway-France 2+2 dialogue held in Paris on "
        "April 26, at which the two sides signed the Communications Security Agreement."
    )
    assert [(r["date"], r["type"]) for r in _extract(text)] == [("2024-05-03", "exercise")]


def test_a_contact_earlier_the_same_day_that_a_signing_came_after_stays_news() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norway and France signed a defence cooperation agreement in Oslo on Friday.\n\n"
        "The signing came after the second 2+2 meeting of the two countries' foreign and defence ministers "
        "in Oslo earlier in the day, at which Norwegian Defence Minister Ola Berg sat down with French "
        "Defence Minister Paul Marchand."
    )
    (rec,) = _extract(text)
    assert {"Ola Berg", "Paul Marchand"} <= set(_names(rec))


# --- "X, who arrived on a one-day visit yesterday, called on Y": the visit's only day -------------------


def test_a_call_during_a_one_day_visit_takes_the_arrival_day() -> None:
    text = (
        "Published 3 May 2024 | Daily News\n\n"
        "French Minister of the Armed Forces Paul Marchand, who arrived in Norway on a one-day official "
        "visit yesterday, called on President Ola Berg at the Presidential Secretariat."
    )
    assert [(r["date"], r["type"]) for r in _extract(text)] == [("2024-05-02", "meeting")]


def test_a_call_during_a_longer_visit_does_not_take_the_arrival_day() -> None:
    text = (
        "Published 3 May 2024 | Daily News\n\n"
        "French Minister of the Armed Forces Paul Marchand, who arrived in Norway on a two-day official "
        "visit yesterday, called on President Ola Berg at the Presidential Secretariat."
    )
    assert all(r["date"] != "2024-05-02" for r in _extract(text))


# --- "signed a pact ..., as Prime Minister X and President Y held talks": the leaders' talks -------------


def test_leaders_talks_in_an_as_clause_beside_a_signing_are_a_meeting() -> None:
    text = (
        "OSLO, May 3 (NTB) - Norway and France on Friday signed an agreement that will allow the armed "
        "forces of each country to use the other's bases for logistics support, as Prime Minister Ola Berg "
        "and President Jean Marchal held wide-ranging talks at the Akershus Fortress.\n\n"
        "The agreement was signed by Defence Minister Kari Lunde and French Minister of the Armed Forces "
        "Paul Marchand in the presence of the two leaders."
    )
    recs = {r["type"]: set(_names(r)) for r in _extract(text)}
    assert recs == {
        "agreement": {"Kari Lunde", "Paul Marchand"},
        "meeting": {"Ola Berg", "Jean Marchal"},
    }


# --- "X was also part of the Norwegian delegation": one of the side at the talks -----------------------

_SESSION = (
    "OSLO, May 3 (NTB) -- Norway and France held the third session of their Defence Consultative Group in "
    "Oslo on Friday, officials said.\n\n"
    "The meeting was co-chaired by Norwegian Defence Minister Ola Berg and French Defence Minister Paul "
    "Marchand."
)


def test_a_member_of_the_delegation_takes_part_in_the_talks() -> None:
    text = (
        _SESSION + " Deputy Defence Minister for Policy Kari Lunde was also part of the Norwegian delegation."
    )
    (rec,) = _extract(text)
    assert "Kari Lunde" in _names(rec)


def test_a_delegation_of_years_ago_is_no_part_in_the_talks() -> None:
    text = _SESSION + (
        "\n\nFormer Deputy Defence Minister Kari Lunde was part of the delegation that negotiated the 1994 "
        "treaty with France."
    )
    (rec,) = _extract(text)
    assert "Kari Lunde" not in _names(rec)
