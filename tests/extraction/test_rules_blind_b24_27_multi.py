"""Failure kinds blind batch b24-b27 showed for several contacts, types and dates, each tested on
invented sentences (names and places made up, wording of the kinds wire copy and ministry releases use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

# --- two signings with different partner states on one day ---------------------------------------------

_TWO_SIGNINGS = (
    "OSLO, May 3 (Reuters) - Norway agreed on Friday to come to Portugal's aid if it were attacked, Prime "
    "Minister Ola Berg said after signing a mutual security declaration with Portuguese President Rui Matos "
    "in Oslo.\n\n"
    "Earlier in the day Berg signed a similar declaration with Danish Prime Minister Mette Lund at Kvitholm, "
    "the Danish premier's summer residence, before flying on to the Norwegian capital."
)


def test_said_after_signing_a_declaration_with_someone_is_a_signing() -> None:
    recs = [r for r in _extract(_TWO_SIGNINGS) if r["countries"] == ["NOR", "PRT"]]
    assert len(recs) == 1
    assert recs[0]["type"] == "agreement"
    assert recs[0]["date"] == "2024-05-03"
    assert {"Ola Berg", "Rui Matos"} <= set(_names(recs[0]))
    assert recs[0]["location"]["city"] == "Oslo"


def test_two_signings_with_different_partners_on_one_day_are_two_records() -> None:
    recs = _extract(_TWO_SIGNINGS)
    assert sorted(tuple(r["countries"]) for r in recs) == [("DNK", "NOR"), ("NOR", "PRT")]
    assert all(r["type"] == "agreement" and r["date"] == "2024-05-03" for r in recs)


def test_a_site_the_gazetteer_lacks_is_placed_by_the_state_its_description_names() -> None:
    rec = next(r for r in _extract(_TWO_SIGNINGS) if r["countries"] == ["DNK", "NOR"])
    assert rec["location"]["country"] == "DNK"


def test_talks_before_signing_are_no_signing() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Prime Minister Ola Berg said on Friday he would study the text before "
        "signing a security declaration with Portuguese President Rui Matos."
    )
    assert all(r["type"] != "agreement" for r in _extract(text))


# --- a standing council named for the two states -------------------------------------------------------

_COUNCIL = (
    "HALLSTRAND, Norway, May 3 (AFP) - Norwegian Prime Minister Ola Berg and Portuguese President Rui Matos "
    "agreed on Friday to press ahead with joint defence projects, as they met for a Norwegian-Portuguese "
    "Council of Ministers at Hallstrand Palace outside Bergen.\n\n"
    "They also committed to the joint development of a new frigate.\n\n"
    "Norwegian Defence Minister Katrin von der Heide and Portuguese Defence Minister Jorge Silva took part "
    "in the council, which brought together most members of both cabinets."
)


def test_a_council_of_ministers_named_for_the_two_states_is_a_dialogue() -> None:
    recs = _extract(_COUNCIL)
    assert len(recs) == 1
    assert recs[0]["type"] == "dialogue"
    assert recs[0]["countries"] == ["NOR", "PRT"]


def test_ministers_who_took_part_in_the_council_are_participants() -> None:
    rec = _extract(_COUNCIL)[0]
    assert {"Ola Berg", "Rui Matos", "Katrin von der Heide", "Jorge Silva"} <= set(_names(rec))


def test_the_dateline_town_named_in_the_clause_is_the_place() -> None:
    loc = _extract(_COUNCIL)[0]["location"]
    assert (loc["city"], loc["country"], loc["venue"]) == ("Hallstrand", "NOR", "Hallstrand Palace")


def test_a_council_still_to_convene_is_no_record() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg met Portuguese Defence Minister Rui "
        "Matos in Oslo on Friday.\n\n"
        "The Norwegian-Portuguese Strategic Council, co-chaired by Prime Minister Kari Lunde and President "
        "Jorge Silva, is due to convene later this evening."
    )
    assert [r["type"] for r in _extract(text)] == ["meeting"]


def test_a_region_named_with_a_hyphen_is_no_bilateral_council() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui "
        "Matos spoke at the Indo-Pacific Security Council forum in Oslo on Friday."
    )
    assert all(r["type"] != "dialogue" for r in _extract(text))


# --- an exercise that begins today; its quoted ship's captain -----------------------------------------

_EXERCISE = (
    "Norwegian and Portuguese navies launch Exercise Northern Gale\n\n"
    "3 May 2024\n\n"
    "The Norwegian frigate Fridtjof and the corvette Solvik will be seen off Bergen for the next two days "
    "as they begin Exercise Northern Gale today alongside Portuguese Navy counterparts.\n\n"
    'Commander Ola Berg, Commanding Officer of the frigate Fridtjof, said: "Northern Gale is a fine '
    "training opportunity and will build on our links with our Portuguese allies. We exercised together "
    'only last October."'
)


def test_an_exercise_they_begin_today_is_dated_to_the_day() -> None:
    recs = [r for r in _extract(_EXERCISE) if r["type"] == "exercise"]
    assert len(recs) == 1
    assert (recs[0]["date"], recs[0]["date_precision"]) == ("2024-05-03", "day")
    assert recs[0]["countries"] == ["NOR", "PRT"]


def test_a_ship_captain_quoted_past_the_sentence_end_takes_part_in_the_exercise() -> None:
    rec = next(r for r in _extract(_EXERCISE) if r["type"] == "exercise")
    assert "Ola Berg" in _names(rec)


def test_an_exercise_they_will_begin_next_month_is_no_record() -> None:
    text = (
        "3 May 2024\n\n"
        "The Norwegian frigate Fridtjof and the Portuguese corvette Alvares will sail from Bergen as they "
        "will begin Exercise Northern Gale next month."
    )
    assert all(r["type"] != "exercise" for r in _extract(text))


# --- a release that opens on the trip, then reports its talks -----------------------------------------

_TRIP = (
    "Visit of Rui Matos to Norway\n\n"
    "The Portuguese Minister of National Defence, Rui Matos, travelled to Oslo today, Friday 3 May, on his "
    "first visit to Norway since taking office.\n\n"
    "On arrival, the Minister laid a wreath at the national memorial.\n\n"
    "The Minister then held talks with his Norwegian counterpart, Minister of Defence Ola Berg.\n\n"
    "Rui Matos was then received by Prime Minister Kari Lunde, who briefed him on regional security."
)


def test_talks_after_the_trip_paragraph_have_the_trip_day_and_town() -> None:
    recs = _extract(_TRIP)
    talks = next(r for r in recs if "Ola Berg" in _names(r))
    assert (talks["date"], talks["date_precision"]) == ("2024-05-03", "day")
    assert (talks["location"]["city"], talks["location"]["country"]) == ("Oslo", "NOR")


def test_a_trip_reported_as_last_week_gives_no_day() -> None:
    text = _TRIP.replace("travelled to Oslo today, Friday 3 May,", "travelled to Oslo last week")
    talks = next(r for r in _extract(text) if "Ola Berg" in _names(r))
    assert talks["date_precision"] == "month"
