"""The read-only knowledge an extraction run consults, as plain data (no database, no web)."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "reference"


@dataclass(frozen=True)
class CountryInfo:
    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class PositionInfo:
    title: str
    office: str | None  # canonical office key, e.g. "defence_minister"
    organisation: str | None
    start: dt.date | None
    end: dt.date | None  # None: still in office

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class OfficialInfo:
    name: str
    country: str  # ISO3
    aliases: tuple[str, ...] = ()
    positions: tuple[PositionInfo, ...] = ()
    id: int | None = None  # database id when the snapshot came from the database


@dataclass(frozen=True)
class PillarInfo:
    key: str
    label: str
    cues: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class OfficeInfo:
    """A canonical office and the wordings articles use for it (generic and per country)."""

    key: str
    label: str
    variants: tuple[str, ...] = ()
    country_variants: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Knowledge:
    countries: tuple[CountryInfo, ...]
    pillars: tuple[PillarInfo, ...]
    officials: tuple[OfficialInfo, ...] = ()
    offices: tuple[OfficeInfo, ...] = ()


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def load_countries(path: Path = REFERENCE_DIR / "countries.csv") -> tuple[CountryInfo, ...]:
    """Countries from the committed reference CSV: iso3,iso2,name,aliases,demonyms ('|'-separated)."""
    with path.open(newline="", encoding="utf-8") as fh:
        return tuple(
            CountryInfo(r["iso3"], r["iso2"], r["name"], _split(r["aliases"]), _split(r["demonyms"]))
            for r in csv.DictReader(fh)
        )


def load_pillars(path: Path = REFERENCE_DIR / "pillars.csv") -> tuple[PillarInfo, ...]:
    """Pillars from the committed reference CSV: key,label,description,cues ('|'-separated)."""
    with path.open(newline="", encoding="utf-8") as fh:
        return tuple(
            PillarInfo(r["key"], r["label"], _split(r["cues"]), r["description"]) for r in csv.DictReader(fh)
        )


def load_offices(path: Path = REFERENCE_DIR / "offices.yaml") -> tuple[OfficeInfo, ...]:
    """Canonical offices with their generic and per-country wordings."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return tuple(
        OfficeInfo(
            key=o["key"],
            label=o["label"],
            variants=tuple(o.get("variants") or ()),
            country_variants={k: tuple(v) for k, v in (o.get("countries") or {}).items()},
        )
        for o in data
    )


def load_officials(path: Path = REFERENCE_DIR / "officials.yaml") -> tuple[OfficialInfo, ...]:
    """The curated starter set of officials with their positions over time."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return tuple(
        OfficialInfo(
            name=o["name"],
            country=o["country"],
            aliases=tuple(o.get("aliases") or ()),
            positions=tuple(
                PositionInfo(
                    title=p["title"],
                    office=p.get("office"),
                    organisation=p.get("organisation"),
                    start=_date(p.get("start")),
                    end=_date(p.get("end")),
                )
                for p in o.get("positions") or ()
            ),
        )
        for o in data
    )


@lru_cache(maxsize=1)
def builtin() -> Knowledge:
    """Knowledge from the files shipped in app/reference, for runs without a database."""
    return Knowledge(
        countries=load_countries(),
        pillars=load_pillars(),
        officials=load_officials() if (REFERENCE_DIR / "officials.yaml").exists() else (),
        offices=load_offices() if (REFERENCE_DIR / "offices.yaml").exists() else (),
    )
