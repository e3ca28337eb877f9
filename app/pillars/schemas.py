"""Pillar forms: key, label, description and cue terms (one per line or comma-separated)."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_CUES = 200
MAX_CUE_LENGTH = 80
KEY_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"


def parse_cues(text: str) -> list[str]:
    """Cue terms from a textarea: split on new lines and commas, trimmed, duplicates dropped."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in re.split(r"[\n,]", text):
        cue = " ".join(raw.split())
        if cue and cue.casefold() not in seen:
            seen.add(cue.casefold())
            out.append(cue)
    return out


class PillarUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str = Field(min_length=1, max_length=80)
    description: str = Field(default="", max_length=2000)
    cues: list[str] = Field(default_factory=list, max_length=MAX_CUES)

    @field_validator("label")
    @classmethod
    def _label(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("a pillar needs a label")
        return value

    @field_validator("cues")
    @classmethod
    def _cues(cls, value: list[str]) -> list[str]:
        too_long = [c for c in value if len(c) > MAX_CUE_LENGTH]
        if too_long:
            raise ValueError(f"cue terms have at most {MAX_CUE_LENGTH} characters: {too_long[0][:40]!r}...")
        return value


class PillarCreate(PillarUpdate):
    key: str = Field(min_length=1, max_length=40, pattern=KEY_PATTERN)
