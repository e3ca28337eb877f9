"""The committed reference data in app/reference: it loads, and it is internally consistent."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pycountry
import pytest

from app.extraction import knowledge
from app.extraction.knowledge import (
    CountryInfo,
    OfficeInfo,
    OfficialInfo,
    PillarInfo,
    PositionInfo,
    load_countries,
    load_offices,
    load_officials,
    load_pillars,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT.parent / "shared" / "corpus" / "SCHEMA.md"

# The pillar keys of SCHEMA.md's Pillars table (checked against the file itself when it is there).
SCHEMA_PILLARS = {
    "training_exchanges",
    "industrial_cooperation",
    "supply_chains",
    "defence_sales",
    "interoperability",
    "logistics",
    "exercises",
    "maritime_security",
    "counter_terrorism",
    "technology",
    "information_sharing",
    "regional_partners",
    "capacity_building",
    "conflict_crisis",
}

# Names that legitimately belong to more than one country (case-folded) -> the countries.
ALIAS_EXCEPTIONS = {
    "congolese": {"COD", "COG"},  # the demonym of both Congos
}

# The countries most present in defence news: a defence and a foreign minister on each date.
CORE_COUNTRIES = (
    "USA",
    "CHN",
    "RUS",
    "IND",
    "GBR",
    "FRA",
    "DEU",
    "JPN",
    "AUS",
    "KOR",
    "ISR",
    "UKR",
    "PAK",
    "TUR",
    "SAU",
    "IRN",
    "ITA",
    "CAN",
    "BRA",
    "IDN",
    "VNM",
    "PHL",
    "SGP",
    "ARE",
    "EGY",
    "POL",
    "NLD",
    "ESP",
    "MYS",
    "THA",
    "NZL",
)
COVERAGE_DATES = (dt.date(2015, 1, 1), dt.date(2020, 6, 30), dt.date(2025, 7, 1))
DEV_CORPUS_COUNTRIES = ("ARM", "MWI", "MDG", "KAZ", "TJK", "MDV")


@pytest.fixture(scope="module")
def countries() -> tuple[CountryInfo, ...]:
    return load_countries()


@pytest.fixture(scope="module")
def pillars() -> tuple[PillarInfo, ...]:
    return load_pillars()


@pytest.fixture(scope="module")
def offices() -> tuple[OfficeInfo, ...]:
    return load_offices()


@pytest.fixture(scope="module")
def officials() -> tuple[OfficialInfo, ...]:
    return load_officials()


def holders(
    officials: tuple[OfficialInfo, ...], country: str, office: str, day: dt.date
) -> list[tuple[OfficialInfo, PositionInfo]]:
    """Office-by-date lookup: who held `office` in `country` on `day`."""
    return [
        (o, p)
        for o in officials
        if o.country == country
        for p in o.positions
        if p.office == office and p.held_on(day)
    ]


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_countries", ROOT / "scripts" / "build_countries.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    return module


# --- loading -----------------------------------------------------------------------------------


def test_every_file_loads_through_the_knowledge_loaders(
    countries: tuple[CountryInfo, ...],
    pillars: tuple[PillarInfo, ...],
    offices: tuple[OfficeInfo, ...],
    officials: tuple[OfficialInfo, ...],
) -> None:
    assert len(countries) >= 249
    assert len(pillars) == len(SCHEMA_PILLARS)
    assert len(offices) >= 10
    assert len(officials) >= 250
    knowledge.builtin.cache_clear()
    built = knowledge.builtin()
    assert (len(built.countries), len(built.pillars), len(built.offices), len(built.officials)) == (
        len(countries),
        len(pillars),
        len(offices),
        len(officials),
    )


# --- countries ---------------------------------------------------------------------------------


def test_countries_cover_iso_3166_with_unique_codes(countries: tuple[CountryInfo, ...]) -> None:
    assert {c.iso3 for c in countries} == {c.alpha_3 for c in pycountry.countries}
    assert len({c.iso3 for c in countries}) == len(countries)
    assert len({c.iso2 for c in countries}) == len(countries)
    for c in countries:
        assert c.name and "," not in c.name.replace("Bonaire, Sint", "").replace("Helena, Ascension", "")
        assert c.aliases[0] == c.name, c.iso3


def test_countries_csv_is_what_the_build_script_generates() -> None:
    script = _build_script()
    expected = script.render(script.build_rows(script.load_curated()))
    assert (ROOT / "app" / "reference" / "countries.csv").read_text(encoding="utf-8") == expected


@pytest.mark.parametrize(
    ("iso3", "name", "alias", "demonym"),
    [
        ("USA", "United States", "U.S.", "American"),
        ("GBR", "United Kingdom", "Britain", "British"),
        ("IND", "India", "Bharat", "Indian"),
        ("CHN", "China", "PRC", "Chinese"),
        ("KOR", "South Korea", "ROK", "South Korean"),
        ("PRK", "North Korea", "DPRK", "North Korean"),
        ("RUS", "Russia", "Russian Federation", "Russian"),
        ("IRN", "Iran", "Islamic Republic of Iran", "Iranian"),
        ("VNM", "Vietnam", "Viet Nam", "Vietnamese"),
        ("TUR", "Türkiye", "Turkey", "Turkish"),
        ("TWN", "Taiwan", "Taiwan", "Taiwanese"),
        ("MDG", "Madagascar", "Madagascar", "Malagasy"),
    ],
)
def test_curated_names(
    countries: tuple[CountryInfo, ...], iso3: str, name: str, alias: str, demonym: str
) -> None:
    country = next(c for c in countries if c.iso3 == iso3)
    assert country.name == name
    assert alias in country.aliases
    assert demonym in country.demonyms


def test_capital_metonyms_are_not_aliases(countries: tuple[CountryInfo, ...]) -> None:
    metonyms = {"washington", "beijing", "moscow", "kremlin", "pentagon", "whitehall", "new delhi", "tokyo"}
    for c in countries:
        assert not metonyms & {a.casefold() for a in c.aliases}, c.iso3


def test_no_alias_or_demonym_maps_to_two_countries(countries: tuple[CountryInfo, ...]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for c in countries:
        for term in (c.name, *c.aliases, *c.demonyms):
            owners[term.casefold()].add(c.iso3)
    clashes = {term: isos for term, isos in owners.items() if len(isos) > 1}
    assert clashes == ALIAS_EXCEPTIONS


def test_every_curated_country_has_a_demonym(countries: tuple[CountryInfo, ...]) -> None:
    for iso3 in (*CORE_COUNTRIES, *DEV_CORPUS_COUNTRIES, "PRK", "BGD", "LKA", "NPL", "QAT", "KWT", "OMN"):
        assert next(c for c in countries if c.iso3 == iso3).demonyms, iso3


# --- pillars -----------------------------------------------------------------------------------


def test_every_schema_pillar_is_present(pillars: tuple[PillarInfo, ...]) -> None:
    assert {p.key for p in pillars} == SCHEMA_PILLARS
    for p in pillars:
        assert p.label and p.description, p.key
        assert len(p.cues) >= 5, p.key
        assert len(set(p.cues)) == len(p.cues), p.key
        for cue in p.cues:
            assert cue == cue.lower().strip(), (p.key, cue)
            assert re.fullmatch(r"[a-z0-9&][a-z0-9&' .-]*[a-z0-9]", cue), (p.key, cue)


@pytest.mark.corpus
def test_pillar_keys_match_schema_md(pillars: tuple[PillarInfo, ...]) -> None:
    if not SCHEMA.exists():
        pytest.skip(f"{SCHEMA} is not there")
    section = SCHEMA.read_text(encoding="utf-8").split("## Pillars", 1)[1].split("\n## ", 1)[0]
    keys = set(re.findall(r"^\|\s*([a-z_]+)\s*\|", section, flags=re.M)) - {"pillar"}
    assert keys == SCHEMA_PILLARS == {p.key for p in pillars}


# --- offices -----------------------------------------------------------------------------------


def test_offices_are_well_formed(offices: tuple[OfficeInfo, ...], countries: tuple[CountryInfo, ...]) -> None:
    keys = [o.key for o in offices]
    assert len(keys) == len(set(keys))
    required = {
        "defence_minister",
        "foreign_minister",
        "head_of_government",
        "head_of_state",
        "defence_secretary_civil",
        "chief_of_defence",
        "army_chief",
        "navy_chief",
        "air_chief",
        "deputy_defence_minister",
        "national_security_adviser",
    }
    assert required <= set(keys)
    iso3s = {c.iso3 for c in countries}
    for o in offices:
        assert o.label
        assert set(o.country_variants) <= iso3s, o.key


def test_a_wording_means_one_office(offices: tuple[OfficeInfo, ...]) -> None:
    generic: dict[str, set[str]] = defaultdict(set)
    per_country: dict[tuple[str, str], set[str]] = defaultdict(set)
    for o in offices:
        for v in o.variants:
            generic[v.casefold()].add(o.key)
        for iso3, wordings in o.country_variants.items():
            for v in wordings:
                per_country[(iso3, v.casefold())].add(o.key)
    assert {v: k for v, k in generic.items() if len(k) > 1} == {}
    assert {v: k for v, k in per_country.items() if len(k) > 1} == {}


def test_country_wordings_that_differ_from_the_generic_meaning(offices: tuple[OfficeInfo, ...]) -> None:
    by_key = {o.key: o for o in offices}
    assert "Defence Secretary" in by_key["defence_secretary_civil"].country_variants["IND"]
    assert "Defence Secretary" not in by_key["defence_minister"].country_variants["IND"]
    assert "Defence Secretary" in by_key["defence_minister"].country_variants["GBR"]
    assert "Secretary of War" in by_key["defence_minister"].country_variants["USA"]
    assert "Foreign Secretary" in by_key["foreign_secretary_civil"].country_variants["IND"]
    assert "Foreign Secretary" in by_key["foreign_minister"].country_variants["GBR"]
    assert "Raksha Mantri" in by_key["defence_minister"].country_variants["IND"]


# --- officials ---------------------------------------------------------------------------------


def test_officials_refer_to_known_countries_and_offices(
    officials: tuple[OfficialInfo, ...], countries: tuple[CountryInfo, ...], offices: tuple[OfficeInfo, ...]
) -> None:
    iso3s = {c.iso3 for c in countries}
    office_keys = {o.key for o in offices}
    for o in officials:
        assert o.country in iso3s, o.name
        assert o.positions, o.name
        for p in o.positions:
            assert p.title, o.name
            assert p.office is None or p.office in office_keys, (o.name, p.office)


def test_one_record_per_person(officials: tuple[OfficialInfo, ...]) -> None:
    seen: dict[tuple[str, str], str] = {}
    for o in officials:
        for spelling in (o.name, *o.aliases):
            key = (o.country, spelling.casefold())
            assert seen.setdefault(key, o.name) == o.name, f"{spelling!r} names {seen[key]} and {o.name}"


def test_names_carry_no_honorifics(officials: tuple[OfficialInfo, ...]) -> None:
    # "Gen" alone is a given name (Gen Nakatani); the abbreviated rank has a dot.
    honorific = re.compile(
        r"^(?:(?:Shri|Smt|Mr|Mrs|Ms|Dr|Sir|Lord|King|Prince|Sheikh|General|Admiral)\b|(?:Gen|Adm|Lt)\.)"
    )
    for o in officials:
        for spelling in (o.name, *o.aliases):
            assert not honorific.match(spelling), spelling


def test_tenures_are_ordered_and_never_overlap(officials: tuple[OfficialInfo, ...]) -> None:
    by_office: dict[tuple[str, str], list[tuple[PositionInfo, str]]] = defaultdict(list)
    for o in officials:
        for p in o.positions:
            assert p.start is not None, (o.name, p.title)
            assert p.end is None or p.end >= p.start, (o.name, p.title)
            if p.office:
                by_office[(o.country, p.office)].append((p, o.name))
    for (country, office), tenures in by_office.items():
        tenures.sort(key=lambda t: t[0].start or dt.date.min)
        for (before, who), (after, nxt) in zip(tenures, tenures[1:], strict=False):
            assert before.end is not None, f"{country} {office}: {who} never ends but {nxt} follows"
            assert after.start is not None and before.end < after.start, (
                f"{country} {office}: {who} (to {before.end}) overlaps {nxt} (from {after.start})"
            )


def test_office_by_date_lookup_returns_each_holder(officials: tuple[OfficialInfo, ...]) -> None:
    for o in officials:
        for p in o.positions:
            if p.office is None or p.start is None:
                continue
            days = [p.start] + ([p.end] if p.end else [])
            for day in days:
                found = holders(officials, o.country, p.office, day)
                assert [(f.name, q.start) for f, q in found] == [(o.name, p.start)], (o.name, p.office, day)
            if p.end:
                after = p.end + dt.timedelta(days=1)
                found = holders(officials, o.country, p.office, after)
                assert (o.name, p.start) not in [(f.name, q.start) for f, q in found], (o.name, p.office)
                assert all(f.name != o.name for f, _ in found), (o.name, p.office, after)


@pytest.mark.parametrize("day", COVERAGE_DATES, ids=str)
@pytest.mark.parametrize("office", ["defence_minister", "foreign_minister"])
def test_core_countries_have_a_holder(officials: tuple[OfficialInfo, ...], office: str, day: dt.date) -> None:
    missing = [c for c in CORE_COUNTRIES if len(holders(officials, c, office, day)) != 1]
    assert missing == []


@pytest.mark.parametrize("country", DEV_CORPUS_COUNTRIES)
def test_dev_corpus_countries_are_covered(officials: tuple[OfficialInfo, ...], country: str) -> None:
    for office in ("defence_minister", "foreign_minister"):
        assert any(p.office == office for o in officials if o.country == country for p in o.positions)


@pytest.mark.parametrize(
    ("country", "office", "day", "name"),
    [
        ("IND", "defence_minister", "2025-02-11", "Rajnath Singh"),
        ("IND", "foreign_minister", "2022-04-11", "S. Jaishankar"),
        ("IND", "defence_secretary_civil", "2023-04-05", "Giridhar Aramane"),
        ("USA", "defence_minister", "2017-06-03", "Jim Mattis"),
        ("USA", "defence_minister", "2025-09-09", "Pete Hegseth"),
        ("USA", "defence_minister", "2021-03-19", "Lloyd Austin"),
        ("USA", "foreign_minister", "2023-01-11", "Antony Blinken"),
        ("GBR", "defence_minister", "2022-10-23", "Ben Wallace"),
        ("GBR", "defence_minister", "2025-02-05", "John Healey"),
        ("RUS", "defence_minister", "2022-10-23", "Sergei Shoigu"),
        ("AUS", "defence_minister", "2022-06-15", "Richard Marles"),
        ("AUS", "foreign_minister", "2021-03-19", "Marise Payne"),
        ("JPN", "defence_minister", "2022-06-15", "Nobuo Kishi"),
        ("JPN", "defence_minister", "2023-01-11", "Yasukazu Hamada"),
        ("JPN", "foreign_minister", "2023-01-11", "Yoshimasa Hayashi"),
        ("DEU", "defence_minister", "2024-05-09", "Boris Pistorius"),
        ("POL", "defence_minister", "2024-07-24", "Władysław Kosiniak-Kamysz"),
        ("FRA", "defence_minister", "2020-06-02", "Florence Parly"),
        ("CHN", "defence_minister", "2023-04-27", "Li Shangfu"),
        ("CHN", "defence_minister", "2025-09-09", "Dong Jun"),
        ("IDN", "defence_minister", "2021-04-23", "Prabowo Subianto"),
        ("VNM", "defence_minister", "2020-11-27", "Ngo Xuan Lich"),
        ("PHL", "defence_minister", "2024-06-01", "Gilberto Teodoro"),
        ("SAU", "defence_minister", "2022-10-04", "Khalid bin Salman"),
        ("SGP", "defence_minister", "2017-06-03", "Ng Eng Hen"),
        ("UKR", "defence_minister", "2025-02-05", "Rustem Umerov"),
        ("IRN", "defence_minister", "2023-04-27", "Mohammad Reza Gharaei Ashtiani"),
        ("KAZ", "defence_minister", "2023-04-27", "Ruslan Zhaksylykov"),
        ("TJK", "defence_minister", "2023-04-27", "Sherali Mirzo"),
        ("ARM", "defence_minister", "2025-02-11", "Suren Papikyan"),
        ("MWI", "defence_minister", "2025-02-11", "Monica Chang'anamuno"),
        ("MDG", "defence_minister", "2025-02-11", "Sahivelo Lala Monja Delphin"),
        ("MDV", "defence_minister", "2025-01-08", "Mohamed Ghassan Maumoon"),
    ],
)
def test_dev_corpus_participants_are_known(
    officials: tuple[OfficialInfo, ...], country: str, office: str, day: str, name: str
) -> None:
    assert [o.name for o, _ in holders(officials, country, office, dt.date.fromisoformat(day))] == [name]


def test_one_person_several_posts_is_one_official(officials: tuple[OfficialInfo, ...]) -> None:
    def offices_of(name: str, country: str) -> list[str | None]:
        (official,) = [o for o in officials if o.name == name and o.country == country]
        return [p.office for p in official.positions]

    assert offices_of("Marise Payne", "AUS") == ["defence_minister", "foreign_minister"]
    assert offices_of("Pete Hegseth", "USA") == ["defence_minister"]
    assert "foreign_minister" in offices_of("S. Jaishankar", "IND")
    assert offices_of("Israel Katz", "ISR").count("foreign_minister") == 2
