"""Helpers for the officials tests: the starter set (or a small stand-in) and form builders."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.extraction.knowledge import REFERENCE_DIR, OfficialInfo, load_officials
from app.officials.schemas import OfficialUpdate

SMALL = Path(__file__).with_name("data") / "officials_small.yaml"
STARTER = REFERENCE_DIR / "officials.yaml"


def starter_set() -> tuple[OfficialInfo, ...]:
    """The shipped starter set, or the small stand-in while app/reference/officials.yaml is absent."""
    return load_officials(STARTER if STARTER.exists() else SMALL)


def update_data(**overrides: Any) -> OfficialUpdate:
    values: dict[str, Any] = {
        "name": "Ada Minister",
        "country": "IND",
        "aliases": ["A. Minister"],
        "positions": [
            {"title": "Defence Minister", "organisation": "MoD", "start": dt.date(2020, 1, 1), "end": None}
        ],
    }
    values.update(overrides)
    return OfficialUpdate.model_validate(values)
