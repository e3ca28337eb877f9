"""Engagement shapes in and out: the SCHEMA.md gold shape is the common language."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

EngagementType = Literal[
    "call", "video_call", "meeting", "dialogue", "exercise", "agreement", "port_call", "other"
]
Precision = Literal["day", "month", "year"]
Status = Literal["draft", "published", "rejected"]
ISO3 = Field(min_length=3, max_length=3, pattern=r"^[A-Z]{3}$")


class ParticipantIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    name: str = Field(min_length=1, max_length=160)
    title: str | None = Field(default=None, max_length=200)
    country: str = ISO3


class LocationIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    city: str | None = Field(default=None, max_length=120)
    country: str | None = Field(default=None, min_length=3, max_length=3, pattern=r"^[A-Z]{3}$")
    venue: str | None = Field(default=None, max_length=200)


class EngagementCreate(BaseModel):
    model_config = ConfigDict(extra="ignore")

    date: dt.date
    date_precision: Precision = "day"
    type: EngagementType
    countries: list[str] = Field(min_length=2, max_length=20)
    participants: list[ParticipantIn] = Field(default_factory=list, max_length=50)
    location: LocationIn | None = None
    pillars: list[str] = Field(default_factory=list, max_length=30)
    summary: str = Field(default="", max_length=5000)
    status: Status = "draft"

    @field_validator("countries")
    @classmethod
    def _iso3(cls, value: list[str]) -> list[str]:
        out = sorted({c.strip().upper() for c in value})
        if any(len(c) != 3 or not c.isalpha() for c in out):
            raise ValueError("countries are ISO 3166-1 alpha-3 codes, like IND or USA")
        if len(out) < 2:
            raise ValueError("an engagement is between at least two different countries")
        return out

    @field_validator("date", mode="before")
    @classmethod
    def _partial_date(cls, value: object) -> object:
        """Accept YYYY and YYYY-MM (gold form) as the first day of that period."""
        if isinstance(value, str) and len(value) in (4, 7):
            return value + ("-01-01" if len(value) == 4 else "-01")
        return value


class ParticipantRead(BaseModel):
    official_id: int
    name: str
    title: str | None
    country: str


class LocationRead(BaseModel):
    city: str | None
    country: str | None
    venue: str | None


class EngagementRead(BaseModel):
    id: int
    date: str
    date_precision: Precision
    type: EngagementType
    status: Status
    version: int
    countries: list[str]
    participants: list[ParticipantRead]
    location: LocationRead | None
    pillars: list[str]
    summary: str


def _blank_to_none(value: object) -> object:
    """Empty form fields mean "no filter"."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


class EngagementFilter(BaseModel):
    """The timeline/API/export filter, parsed from the query string; every field narrows (AND)."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)

    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$", description="Either side, ISO3")
    pair_a: str | None = Field(default=None, pattern=r"^[A-Z]{3}$", description="Pair: first country")
    pair_b: str | None = Field(default=None, pattern=r"^[A-Z]{3}$", description="Pair: second country")
    official: int | None = Field(default=None, ge=1, le=2**31 - 1, description="Official id (a participant)")
    pillar: str | None = Field(default=None, max_length=40, pattern=r"^[a-z0-9_]+$", description="Pillar key")
    type: EngagementType | None = None
    date_from: dt.date | None = Field(default=None, alias="from")
    date_to: dt.date | None = Field(default=None, alias="to")
    q: str | None = Field(default=None, max_length=200, description="Words in summaries or sources")
    status: Status = "published"

    @field_validator("country", "pair_a", "pair_b", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        value = _blank_to_none(value)
        return value.upper() if isinstance(value, str) else value

    @field_validator("official", "pillar", "type", "date_from", "date_to", "q", mode="before")
    @classmethod
    def _blank(cls, value: object) -> object:
        return _blank_to_none(value)

    @field_validator("status", mode="before")
    @classmethod
    def _default_status(cls, value: object) -> object:
        return _blank_to_none(value) or "published"

    @model_validator(mode="after")
    def _consistent(self) -> EngagementFilter:
        if self.pair_a and self.pair_a == self.pair_b:
            raise ValueError("the two countries of a pair must differ")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("the 'from' date is after the 'to' date")
        return self

    def pair(self) -> tuple[str, str] | None:
        """The sorted pair when both sides are chosen."""
        if self.pair_a and self.pair_b:
            a, b = sorted((self.pair_a, self.pair_b))
            return a, b
        return None

    def countries(self) -> list[str]:
        """Every country an engagement must involve (a lone pair side acts as a country filter)."""
        return sorted({c for c in (self.country, self.pair_a, self.pair_b) if c})

    def query_params(self) -> dict[str, str]:
        """The canonical query string of this filter (no empty fields), for links and the pushed URL."""
        data = self.model_dump(by_alias=True, exclude_none=True, mode="json")
        if data.get("status") == "published":
            del data["status"]
        return {k: str(v) for k, v in data.items()}


class EngagementPage(BaseModel):
    """One page of the engagement list; pass next_cursor back as `cursor` for the next one."""

    items: list[EngagementRead]
    next_cursor: str | None
