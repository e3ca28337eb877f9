"""Country mentions (names, aliases, abbreviations, demonyms) found with one compiled pattern."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extraction.knowledge import Knowledge

# A country word that only names a sea, ocean or strait ("South China Sea", "Indian Ocean") is no mention.
_GEO_AFTER = re.compile(r"\s+(?:Sea|Seas|seas|sea|Ocean|Strait|Straits|Gulf|Bay|Ocean Region)\b")
# ... nor one after "Gulf of", "Bay of" ("Gulf of Guinea", "Gulf of Oman": a body of water).
_GEO_BEFORE = re.compile(r"\b(?:Gulf|Bay|Sea|Strait|Straits)\s+of\s+(?:the\s+)?$")
# Combining forms used only before a hyphen and another state:
# "Indo-French", "Sino-Russian" (not "Indo-Pacific").
COMBINING = {
    "Indo": "IND",
    "Sino": "CHN",
    "Anglo": "GBR",
    "Franco": "FRA",
    "Russo": "RUS",
    "Italo": "ITA",
    "Greco": "GRC",
    "Turco": "TUR",
    "Nippo": "JPN",
    "Luso": "PRT",
    "Hispano": "ESP",
    "Polono": "POL",
}


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
        self._last: tuple[str, tuple[CountryMention, ...]] | None = None
        self.names: dict[str, str] = {}
        for c in knowledge.countries:
            self.names[c.iso3] = c.name
            for alias in (c.name, *c.aliases):
                self.lookup.setdefault(alias, (c.iso3, False))
            for dem in c.demonyms:
                self.lookup.setdefault(dem, (c.iso3, True))
        words = sorted(self.lookup, key=len, reverse=True)
        alternation = "|".join(re.escape(w) for w in words)
        for form, iso3 in COMBINING.items():
            self.lookup.setdefault(form, (iso3, True))
        combining = "|".join(COMBINING)
        self.pattern = re.compile(
            rf"(?<![\w.])(?:(?:{alternation})(?![\w])(?:['’]s)?|(?:{combining})(?=-(?:{alternation})(?![\w])))"
        )

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[CountryMention]:
        """Country mentions in text[start:end]."""
        stop = len(text) if end is None else end
        return [c for c in self.all_mentions(text) if start <= c.start and c.end <= stop]

    def all_mentions(self, text: str) -> tuple[CountryMention, ...]:
        """Every country mention in the text, computed once per text (the last one is kept)."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        found = tuple(self._scan(text))
        self._last = (text, found)
        return found

    def _scan(self, text: str) -> list[CountryMention]:
        out: list[CountryMention] = []
        for m in self.pattern.finditer(text):
            surface = re.sub(r"['’]s$", "", m.group(0))
            iso3, demonym = self.lookup[surface]
            if _GEO_AFTER.match(text, m.start() + len(surface)) or _GEO_BEFORE.search(
                text, max(0, m.start() - 20), m.start()
            ):
                continue
            out.append(CountryMention(m.start(), m.start() + len(surface), iso3, surface, demonym))
        return out

    def resolve(self, word: str) -> str | None:
        """ISO3 for one country word or phrase, or None."""
        hit = self.lookup.get(word.strip()) or self.lookup.get(re.sub(r"['’]s$", "", word.strip()))
        return hit[0] if hit else None
