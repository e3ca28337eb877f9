"""Country mentions (names, aliases, abbreviations, demonyms) found with one compiled pattern."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extraction.knowledge import Knowledge

# A country word that only names a sea, ocean or strait ("South China Sea", "Indian Ocean") is no mention.
_GEO_AFTER = re.compile(r"\s+(?:Sea|Ocean|Strait|Straits|Gulf|Bay|Ocean Region)\b")


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    iso3: str
    surface: str
    demonym: bool


class CountryIndex:
    """Every way the knowledge spells a country, compiled into one case-sensitive pattern."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.lookup: dict[str, tuple[str, bool]] = {}
        self.names: dict[str, str] = {}
        for c in knowledge.countries:
            self.names[c.iso3] = c.name
            for alias in (c.name, *c.aliases):
                self.lookup.setdefault(alias, (c.iso3, False))
            for dem in c.demonyms:
                self.lookup.setdefault(dem, (c.iso3, True))
        words = sorted(self.lookup, key=len, reverse=True)
        alternation = "|".join(re.escape(w) for w in words)
        self.pattern = re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])(?:['’]s)?")

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[CountryMention]:
        """Country mentions in text[start:end]."""
        out: list[CountryMention] = []
        stop = len(text) if end is None else end
        for m in self.pattern.finditer(text, start, stop):
            surface = re.sub(r"['’]s$", "", m.group(0))
            iso3, demonym = self.lookup[surface]
            if _GEO_AFTER.match(text, m.start() + len(surface)):
                continue
            out.append(CountryMention(m.start(), m.start() + len(surface), iso3, surface, demonym))
        return out

    def resolve(self, word: str) -> str | None:
        """ISO3 for one country word or phrase, or None."""
        hit = self.lookup.get(word.strip()) or self.lookup.get(re.sub(r"['’]s$", "", word.strip()))
        return hit[0] if hit else None
