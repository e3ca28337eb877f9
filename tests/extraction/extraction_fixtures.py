"""A tiny knowledge snapshot of our own, so unit tests do not depend on the shipped reference files."""

from __future__ import annotations

import datetime as dt

from app.extraction.knowledge import (
    CountryInfo,
    Knowledge,
    OfficeInfo,
    OfficialInfo,
    PillarInfo,
    PositionInfo,
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
