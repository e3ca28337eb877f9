"""Shapes of the analysis pages and their JSON API (every chart's numbers are in these)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel


class Named(BaseModel):
    """A ranked thing: a partner country, a pillar or an official, with its engagement count."""

    key: str
    label: str
    count: int


class Series(BaseModel):
    key: str
    label: str
    values: list[int]


class SeriesSet(BaseModel):
    """Counts over `labels` (years, quarters), one series per engagement type."""

    labels: list[str]
    series: list[Series]

    def pairs(self) -> list[tuple[str, list[int]]]:
        """(series label, values) pairs, the form the chart macro takes."""
        return [(s.label, s.values) for s in self.series]


class Gap(BaseModel):
    start: dt.date
    end: dt.date
    days: int


class CountryAnalysis(BaseModel):
    iso3: str
    name: str
    total: int
    partners: list[Named]
    per_year: SeriesSet
    pillars: list[Named]


class PairAnalysis(BaseModel):
    a: Named
    b: Named
    total: int
    per_quarter: SeriesSet
    first_contact: dt.date | None
    last_contact: dt.date | None
    days_since_last: int | None
    longest_gap: Gap | None
    pillars: list[Named]
    officials: list[Named]


class CountryRead(BaseModel):
    iso3: str
    iso2: str
    name: str


class PillarRead(BaseModel):
    key: str
    label: str
    description: str
