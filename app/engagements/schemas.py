"""Engagement shapes in and out: the SCHEMA.md gold shape is the common language."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

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
