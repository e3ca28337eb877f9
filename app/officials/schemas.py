"""Official forms and API shapes: the edit form, filters, and what the JSON API returns."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_ALIASES = 50
MAX_POSITIONS = 60


def clean(text: str | None) -> str:
    return " ".join((text or "").split())


def parse_aliases(text: str) -> list[str]:
    """Aliases from a textarea, one per line; trimmed, blank and repeated lines dropped."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in text.splitlines():
        alias = clean(raw)
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            out.append(alias)
    return out


class PositionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    office: str | None = Field(default=None, max_length=60)
    organisation: str | None = Field(default=None, max_length=200)
    start: dt.date | None = None
    end: dt.date | None = None

    @field_validator("title", "office", "organisation", mode="before")
    @classmethod
    def _trim(cls, value: object) -> object:
        return clean(value) or None if isinstance(value, str) else value

    @field_validator("start", "end", mode="before")
    @classmethod
    def _blank_date(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value


class OfficialUpdate(BaseModel):
    """The edit form: canonical name, aliases, country and every position (the full list)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=160)
    country: str = Field(min_length=1, max_length=3)
    aliases: list[str] = Field(default_factory=list, max_length=MAX_ALIASES)
    positions: list[PositionIn] = Field(default_factory=list, max_length=MAX_POSITIONS)
    version: int | None = Field(default=None, ge=1, le=2**31 - 1)

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, value: object) -> object:
        return clean(value) if isinstance(value, str) else value

    @field_validator("country", mode="before")
    @classmethod
    def _country(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("aliases")
    @classmethod
    def _aliases(cls, value: list[str]) -> list[str]:
        too_long = [a for a in value if len(a) > 160]
        if too_long:
            raise ValueError(f"aliases have at most 160 characters: {too_long[0][:40]!r}...")
        return value


class OfficialFilter(BaseModel):
    q: str | None = Field(default=None, max_length=160, description="Name or alias contains")
    country: str | None = Field(default=None, max_length=3, description="ISO3 country code")

    @field_validator("q", "country", mode="before")
    @classmethod
    def _blank(cls, value: object) -> object:
        return (value.strip() or None) if isinstance(value, str) else value

    @field_validator("country")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.upper() if value else value

    def query_params(self) -> dict[str, str]:
        return {k: v for k, v in (("q", self.q), ("country", self.country)) if v}


class PositionRead(BaseModel):
    title: str
    office: str | None
    organisation: str | None
    country: str
    start: dt.date | None
    end: dt.date | None


class OfficialSummary(BaseModel):
    id: int
    name: str
    country: str
    status: str
    aliases: list[str]
    current_office: str | None = Field(description="Title of an office held today, if any")


class OfficialRead(OfficialSummary):
    version: int
    merged_into_id: int | None
    positions: list[PositionRead]


class HolderRead(BaseModel):
    """Who held an office on a day; `official` is null when the office is unknown or was vacant."""

    country: str
    title: str
    office: str | None
    date: dt.date
    official: OfficialSummary | None
    position: PositionRead | None
