"""A tiny knowledge snapshot of our own, so unit tests do not depend on the shipped reference files."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.extraction import engine
from app.extraction.knowledge import (
    CountryInfo,
    Knowledge,
    OfficeInfo,
    OfficialInfo,
    PillarInfo,
    PositionInfo,
    builtin,
)


def tiny() -> Knowledge:
    return Knowledge(
        countries=(
            CountryInfo("FRA", "FR", "France", ("France",), ("French",)),
            CountryInfo("NOR", "NO", "Norway", ("Norway",), ("Norwegian",)),
            CountryInfo("USA", "US", "United States", ("United States", "US", "U.S."), ("American",)),
        ),
        pillars=(
            PillarInfo("technology", "Technology", ("cyber", "space")),
            PillarInfo("maritime_security", "Maritime", ("maritime", "naval cooperation")),
        ),
        officials=(
            OfficialInfo(
                "Amelie Dufresne",
                "FRA",
                ("Amélie Dufresne",),
                (
                    PositionInfo(
                        "Minister of the Armed Forces", "defence_minister", None, dt.date(2020, 1, 1), None
                    ),
                ),
            ),
        ),
        offices=(
            OfficeInfo(
                "defence_minister",
                "Defence minister",
                ("Defence Minister", "Minister of Defence"),
                {"FRA": ("Minister of the Armed Forces",)},
            ),
        ),
    )


DAY = dt.date(2024, 5, 3)  # a Friday: the publication day of the rule tests' invented sentences


def extract_dicts(text: str, day: dt.date = DAY) -> list[dict[str, Any]]:
    """Drafts of `text` in the gold shape, with the shipped (builtin) knowledge."""
    return [d.to_dict() for d in engine.extract(text, published=day, knowledge=builtin())]


def names(rec: dict[str, Any]) -> list[str]:
    return [p["name"] for p in rec["participants"]]


def summary(recs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["date"], r["type"]) for r in recs]
