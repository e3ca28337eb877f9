import datetime as dt

import pytest
from extraction_fixtures import tiny

from app.extraction import engine, people
from app.extraction.knowledge import builtin


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Shri Rajnath Singh", "Rajnath Singh"),
        ("The Rt Hon John Healey MP", "John Healey"),
        ("Lt Gen. Ana Ruiz", "Ana Ruiz"),
        ("His Royal Highness Prince Faisal bin Omar", "Faisal bin Omar"),
        ("Senator Jo Blake's", "Jo Blake"),
    ],
)
def test_normalise_name_strips_honorifics(raw: str, clean: str) -> None:
    assert people.normalise_name(raw) == clean


def _people(text: str, knowledge=None) -> list[people.Person]:  # type: ignore[no-untyped-def]
    idx = engine.indexes(knowledge or tiny())
    spans = [(c.start, c.end, c.iso3) for c in idx.countries.find(text)]
    ctx = people.Context(text, idx.countries, idx.officials, dt.date(2024, 5, 1), spans)
    return people.find_people(ctx, [0])


def test_title_chain_gives_title_and_country_but_not_the_country_word() -> None:
    found = _people("Norwegian Defence Minister Kari Holm spoke to the press.")
    assert [(p.name, p.title, p.country, p.new) for p in found] == [
        ("Kari Holm", "Defence Minister", "NOR", True)
    ]


def test_appositive_title_before_comma() -> None:
    found = _people("He met the Minister of Defence of Norway, Colonel General Per Vik, in Oslo.")
    assert found[0].name == "Per Vik" and found[0].country == "NOR" and found[0].military


def test_known_official_country_from_knowledge_and_surname_back_reference() -> None:
    found = _people("Amelie Dufresne arrived. Later Dufresne spoke.")
    assert [p.name for p in found] == ["Amelie Dufresne", "Amelie Dufresne"]
    assert found[0].country == "FRA" and found[0].country_source == "knowledge"


def test_untitled_capitalised_runs_are_not_people() -> None:
    assert _people("The Northern Fleet and Harbour Authority Board met at Grand Hotel.") == []


def test_bare_title_resolves_by_date_with_knowledge() -> None:
    knowledge = builtin()
    text = "The Indian Defence Minister met his counterpart."
    idx = engine.indexes(knowledge)
    spans = [(c.start, c.end, c.iso3) for c in idx.countries.find(text)]
    ctx = people.Context(text, idx.countries, idx.officials, dt.date(2025, 3, 1), spans)
    found = people.bare_titles(ctx, [], [0])
    assert found and found[0].name == "Rajnath Singh"
