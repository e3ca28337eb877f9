"""The article's own day: its dateline or publication line, else the publication date given."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.extraction import dates, gazetteer
from app.extraction.places import CITIES

_CITY = r"(?P<city>[A-Z][A-Za-z.'\- ]{1,40}?)"
_DATELINE = re.compile(
    _CITY
    + r"(?:\s*\([A-Za-z ]+\))?(?:\s*\[(?P<bracket>[A-Za-z ]+)\])?(?:,\s*(?P<region>[A-Z][A-Za-z ]+?))?,\s*"
    r"(?P<when>(?:[0-3]?\d\s+)?[A-Z][A-Za-z]{2,8}\.?(?:\s+[0-3]?\d)?(?:,?\s+(?:19|20)\d\d)?)"
    # "Berlin, 13 March 2025. Federal Minister ...", "Riyadh, May 13, 2025, SPA -- ..."
    # "TOKYO, Sept. 10 Kyodo - ...": an agency's name after the day, then a dash
    r"\s*(?:\(|:|-|–|—|$|(?<=\d)\.(?=\s+[A-Z])|,\s*[A-Z]{2,6}\s*(?:-|–|—)|(?<=\d\s)[A-Z][a-z]{2,12}\s+(?:-|–|—)\s)",
    re.M,
)
HEADER_CHARS = 700
# "Jakarta | Wed, January 24, 2018": a town, a bar, then the weekday before the date
_BAR_CITY = re.compile(r"^(?P<city>[A-Z][A-Za-z.'\- ]{1,40}?)\s*\|\s*$", re.M)
_DAY_ABBR = frozenset(day[:3] for day in dates.WEEKDAYS)


@dataclass(frozen=True)
class Reference:
    day: dt.date | None
    span: tuple[int, int] | None
    source: str  # dateline | header | published | none
    city: str | None = None
    city_span: tuple[int, int] | None = None
    region: str | None = None


def _title(city: str) -> str:
    """A dateline city in capitals as the town is spelt: 'RIO DE JANEIRO' -> 'Rio de Janeiro'."""
    return re.sub(r"(?<=\s)(?:De|Do|Da|Dos|Das|Del|Of|Es)\b", lambda m: m.group(0).lower(), city.title())


def _dateline(text: str, published: dt.date | None) -> Reference | None:
    for m in _DATELINE.finditer(text, 0, HEADER_CHARS):
        hits = dates.find(text, m.start("when"), m.end("when"), published)
        if not hits or hits[0].precision != "day":
            continue
        city = m.group("city").strip()
        span = m.span("city")
        bar = _BAR_CITY.search(text, text.rfind("\n", 0, m.start()) + 1, m.start("city"))
        if bar is not None and city.lower()[:3] in _DAY_ABBR:
            city, span = bar.group("city"), bar.span("city")  # "Jakarta | Wed, January 24, 2018"
        if city.lower() in dates.WEEKDAYS or city.lower()[:3] in dates.MONTHS:
            continue
        city = re.sub(r"^(?:.*\b(?:date|On)\s+\S+\s+)", "", city).strip()
        if city.isupper():
            city = _title(city)
        region = m.group("bracket") or m.group("region")
        return Reference(hits[0].day, (hits[0].start, hits[0].end), "dateline", city, span, region)
    return None


def _date_line(text: str, hit: dates.DateHit) -> bool:
    """A header date stands on a line of its own or a short one ('Posted On: 19 SEP 2022 6:40PM by PIB
    Delhi', 'Oct. 5, 2022 | IMMEDIATE RELEASE'), not in the body's first sentence when published is known."""
    start = text.rfind("\n", 0, hit.start) + 1
    end = text.find("\n", hit.end)
    line = text[start : end if end >= 0 else len(text)]
    return len(line.split()) <= 12 or _PUBLISHED.search(line) is not None


_PUBLISHED = re.compile(r"\b(?:posted|published|updated|released|issued)\b", re.I)


# "MANILA — The Philippines and Japan signed ...": a dateline city in capitals with no date
_CITY_ONLY = re.compile(
    # "SAN VICENTE, Palawan - Defense Secretary X ...": a plain hyphen between spaces too
    r"^(?P<city>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2})(?:, [A-Z][A-Za-z ]+)?(?:\s*(?:—|–|--)|\s+-)\s",
    re.M,
)
# "ISLAMABAD: US Defence Secretary X ...": a newspaper's dateline city in capitals and a colon (a known
# town only: "UPDATE:", "NOTE:" open lines too)
_CITY_COLON = re.compile(r"^(?P<city>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}):\s", re.M)


def _colon_city(text: str) -> re.Match[str] | None:
    for m in _CITY_COLON.finditer(text, 0, HEADER_CHARS + 200):
        name = _title(m.group("city"))
        # a label that recurs is a transcript's speaker ("AUSTIN: Thank you ..."), not a dateline
        again = sum(1 for o in _CITY_COLON.finditer(text) if o.group("city") == m.group("city")) > 1
        if not again and (name in CITIES or gazetteer.lookup(name) is not None):
            return m
    return None


# "Rawalpindi - March 2, 2020": a press release's line of a known town, a dash and the full date
_TOWN_DASH = re.compile(r"(?P<city>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})\s+(?:-|–|—)\s+$")


def _town_dash_date(text: str, hit: dates.DateHit) -> re.Match[str] | None:
    start = text.rfind("\n", 0, hit.start) + 1
    end = text.find("\n", hit.end)
    if text[hit.end : end if end >= 0 else len(text)].strip():
        return None  # the date ends its line
    m = _TOWN_DASH.fullmatch(text, start, hit.start)
    if m is None or (m.group("city") not in CITIES and gazetteer.lookup(m.group("city")) is None):
        return None
    return m


def find(text: str, published: dt.date | None) -> Reference:
    """The reference day for relative dates ("on Tuesday", "today") and the dateline city."""
    line = _dateline(text, published)
    if line is not None:
        return line
    found = _CITY_ONLY.search(text, 0, HEADER_CHARS + 200) or _colon_city(text)
    city = _title(found.group("city")) if found else None
    where = found.span("city") if found else None
    for hit in dates.find(text, 0, min(len(text), HEADER_CHARS), published):
        full = hit.kind in ("iso", "mdy", "dmy", "dmyy") and hit.precision == "day"
        if full and (published is None or _date_line(text, hit)):
            if city is None and (town := _town_dash_date(text, hit)) is not None:
                city, where = town.group("city"), town.span("city")
            return Reference(hit.day, (hit.start, hit.end), "header", city, where)
    if published is not None:
        return Reference(published, None, "published", city, where)
    return Reference(None, None, "none", city, where)
