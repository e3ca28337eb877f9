"""Country forms: the names articles use for a country (aliases) and for its people (demonyms)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_NAMES = 100
MAX_NAME_LENGTH = 120


def parse_names(text: str) -> list[str]:
    """Names from a textarea, one per line; trimmed, blank and repeated lines dropped."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in text.splitlines():
        name = " ".join(raw.split())
        if name and name not in seen:
            seen.add(name)
            out.append(name)
    return out


class CountryNamesUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    aliases: list[str] = Field(default_factory=list, max_length=MAX_NAMES)
    demonyms: list[str] = Field(default_factory=list, max_length=MAX_NAMES)

    @field_validator("aliases", "demonyms")
    @classmethod
    def _lengths(cls, value: list[str]) -> list[str]:
        too_long = [v for v in value if len(v) > MAX_NAME_LENGTH]
        if too_long:
            raise ValueError(f"names have at most {MAX_NAME_LENGTH} characters: {too_long[0][:40]!r}...")
        return value
