"""The shape of an analyst's edit: every field optional, the version it was made against required."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.engagements.schemas import EngagementRead, EngagementType, LocationIn, ParticipantIn, Precision

GOLD_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class EngagementUpdate(BaseModel):
    """A partial change: only the fields sent are changed; `version` must be the one you read."""

    model_config = ConfigDict(extra="forbid")

    version: int = Field(ge=1, le=2_000_000_000, description="The version you read; 409 if it has moved on")
    date: str | None = Field(default=None, pattern=GOLD_DATE, description="YYYY-MM-DD, YYYY-MM or YYYY")
    date_precision: Precision | None = None
    type: EngagementType | None = None
    countries: list[str] | None = Field(default=None, max_length=20)
    participants: list[ParticipantIn] | None = Field(default=None, max_length=50)
    location: LocationIn | None = None
    pillars: list[str] | None = Field(default=None, max_length=30)
    summary: str | None = Field(default=None, max_length=5000)

    @field_validator("countries")
    @classmethod
    def _iso3(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        out = sorted({c.strip().upper() for c in value if c.strip()})
        if any(len(c) != 3 or not c.isalpha() or not c.isascii() for c in out):
            raise ValueError("countries are ISO 3166-1 alpha-3 codes, like IND or USA")
        return out

    @field_validator("pillars")
    @classmethod
    def _keys(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        if any(len(k) > 40 for k in value):
            raise ValueError("pillar keys are at most 40 characters")
        return sorted({k.strip() for k in value if k.strip()})

    def changed(self) -> set[str]:
        """The fields this edit sets (sent explicitly, even as null), without version."""
        return set(self.model_fields_set) - {"version"}

    def day(self) -> tuple[dt.date, Precision] | None:
        """The date as (first day, precision implied by its form), or None when not sent."""
        if self.date is None:
            return None
        parts = [int(p) for p in self.date.split("-")]
        try:
            day = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError:
            raise ValueError(f"{self.date} is not a calendar date") from None
        implied: Precision = ("year", "month", "day")[len(parts) - 1]
        return day, implied


class EngagementDetail(EngagementRead):
    """One engagement with the articles backing it."""

    source_article_ids: list[int]


class ConflictBody(BaseModel):
    """409: your version is stale; `current` is the record as it is now."""

    detail: str
    current: EngagementRead


def form_values(**values: Any) -> dict[str, Any]:
    """Form fields (strings, lists) as EngagementUpdate input: blanks dropped, lists split."""
    out: dict[str, Any] = {"version": values["version"]}
    for key in ("date", "date_precision", "type", "summary"):
        if values.get(key) is not None:
            out[key] = values[key].strip() if key != "summary" else values[key]
    if values.get("countries") is not None:
        out["countries"] = [
            c for c in values["countries"].replace(";", ",").replace(" ", ",").split(",") if c
        ]
    if values.get("pillars") is not None:
        out["pillars"] = values["pillars"]
    if values.get("p_name") is not None:
        rows = zip(values["p_name"], values.get("p_title") or [], values.get("p_country") or [], strict=False)
        out["participants"] = [
            {"name": n.strip(), "title": t.strip() or None, "country": c.strip().upper()}
            for n, t, c in rows
            if n.strip()
        ]
    if values.get("loc_city") is not None:
        loc = {k: (values.get(f"loc_{k}") or "").strip() or None for k in ("city", "country", "venue")}
        if loc["country"]:
            loc["country"] = loc["country"].upper()
        out["location"] = loc if any(loc.values()) else None
    return out
