"""Failure kinds blind batches b60-b61 showed, each tested on invented sentences (names and places made
up, wording of the kinds wire copy uses)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

# --- a title opened by "New": the official is still named ------------------------------------------


def test_a_new_minister_opening_the_lead_is_named() -> None:
    text = (
        "OSLO, May 3 (Reuters) - New Norwegian Defence Minister Ola Berg has thanked Portugal for its "
        "support, in his first conversation with Portuguese Defence Minister Rui Matos.\n\n"
        "The two spoke by phone on Friday to discuss the defence relationship."
    )
    recs = [r for r in _extract(text) if r["type"] == "call"]
    assert len(recs) == 1
    assert {"Ola Berg", "Rui Matos"} <= set(_names(recs[0]))


def test_new_zealand_stays_a_country_before_a_title() -> None:
    text = (
        "OSLO, May 3 (Reuters) - New Zealand Defence Minister Tama Rewi met Norwegian Defence Minister "
        "Ola Berg in Oslo on Friday."
    )
    recs = _extract(text)
    assert len(recs) == 1
    assert "NZL" in recs[0]["countries"]
    assert "Tama Rewi" in _names(recs[0])


# --- "Meeting at X, the two ...": the pair named before, not those of a later clause ---------------


def test_the_two_of_a_meeting_opener_are_the_pair_named_before() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui "
        "Matos agreed on Friday to deepen naval cooperation.\n\n"
        "Meeting at the Defence Ministry in Oslo, the two also confirmed that the drills, announced after "
        "the April 2 summit between Swedish Prime Minister Carl Lind and Finnish Prime Minister Aino Koski, "
        "would go ahead."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert any({"Ola Berg", "Rui Matos"} <= set(_names(r)) for r in recs)
    assert all("Carl Lind" not in _names(r) for r in recs)


# --- "the two leaders ... they held talks": the pair of the lead, however far up ---------------------


def test_a_chain_of_the_two_leaders_reaches_back_to_the_lead() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Prime Minister Ola Berg and his Portuguese counterpart Rui Matos "
        "on Friday opened a shipyard in Bergen.\n\n"
        "The yard will build 12 patrol boats. The first was handed over in March.\n\n"
        "Berg said the yard would create jobs. He thanked the workers.\n\n"
        "Matos said the project was a model for industry.\n\n"
        "Earlier, the two leaders toured the harbour. After the opening, they held bilateral talks at the "
        "town hall."
    )
    recs = [r for r in _extract(text) if r["type"] == "meeting"]
    assert len(recs) == 1
    assert {"Ola Berg", "Rui Matos"} <= set(_names(recs[0]))


# --- "received by King X": a monarch known by his regnal name alone ----------------------------------


def test_a_king_named_by_one_name_takes_part_in_the_dateline_state() -> None:
    text = (
        "MADRID, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Spanish Defence Minister Rui "
        "Matos signed a defence agreement in Madrid on Friday.\n\n"
        "Earlier on Friday, Berg was received by King Alfonso, and the two discussed Spain's support.\n\n"
        "Norway has signed similar agreements with Britain and France."
    )
    recs = [r for r in _extract(text) if "Alfonso" in _names(r)]
    assert len(recs) == 1
    assert recs[0]["countries"] == ["ESP", "NOR"]


def test_a_place_named_after_a_king_is_no_person() -> None:
    text = (
        "MADRID, May 3 (Reuters) - Norwegian Defence Minister Ola Berg met Spanish Defence Minister Rui "
        "Matos at the King Alfonso Air Base on Friday."
    )
    recs = _extract(text)
    assert all("Alfonso" not in " ".join(_names(r)) for r in recs)


# --- reported speech: "said ... had arrived on Friday" is the day's news ----------------------------


def test_a_reported_arrival_on_a_weekday_is_news() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui "
        "Matos signed a defence agreement in Oslo on Friday.\n\n"
        "Separately, the state news agency said two Norwegian Navy vessels had arrived in Lisbon on Friday "
        "to take part in a joint exercise with the Portuguese Navy."
    )
    recs = [r for r in _extract(text) if r["type"] in ("exercise", "port_call")]
    assert len(recs) == 1


def test_a_reported_arrival_months_ago_stays_background() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and Portuguese Defence Minister Rui "
        "Matos signed a defence agreement in Oslo on Friday.\n\n"
        "The agency said two Norwegian Navy vessels had arrived in Lisbon in March for a joint exercise "
        "with the Portuguese Navy."
    )
    recs = [r for r in _extract(text) if r["type"] in ("exercise", "port_call")]
    assert recs == []
