"""Country mentions (names, aliases, abbreviations, demonyms) found with one compiled pattern."""

from __future__ import annotations

import re
import unicodedata
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


def fold(text: str) -> str:
    """The text with each accented Latin letter as its base letter, of the same length ('Việt Nam' ->
    'Viet Nam'): a state's name written with its own diacritics is the same name."""
    return "".join(_base(ch) for ch in text)


def _base(ch: str) -> str:
    if ch.isascii():
        return ch
    first = unicodedata.normalize("NFD", ch)[0]
    return first if first.isascii() and first.isalpha() else ch


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
        for word, hit in list(self.lookup.items()):
            self.lookup.setdefault(fold(word), hit)  # the text is matched with its accents folded
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
        plain = fold(text)
        for m in self.pattern.finditer(plain):
            surface = re.sub(r"['’]s$", "", m.group(0))
            iso3, demonym = self.lookup[surface]
            if _GEO_AFTER.match(text, m.start() + len(surface)) or _GEO_BEFORE.search(
                text, max(0, m.start() - 20), m.start()
            ):
                continue
            out.append(CountryMention(m.start(), m.start() + len(surface), iso3, surface, demonym))
        return sorted(out + _defined_acronyms(text, out), key=lambda c: c.start)

    def resolve(self, word: str) -> str | None:
        """ISO3 for one country word or phrase, or None."""
        word = fold(word)
        hit = self.lookup.get(word.strip()) or self.lookup.get(re.sub(r"['’]s$", "", word.strip()))
        return hit[0] if hit else None


# "the Royal Saudi Naval Forces (RSNF)": an acronym the text defines by a body of one state names that state
_DEFINED = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?|and\s+)?){1,6})\(([A-Z]{3,6})\)")


def _defined_acronyms(text: str, found: list[CountryMention]) -> list[CountryMention]:
    out: list[CountryMention] = []
    for d in _DEFINED.finditer(text):
        states = {c.iso3 for c in found if d.start(1) <= c.start and c.end <= d.end(1)}
        if len(states) != 1:
            continue  # "the Japan-India Maritime Exercise (JIMEX)": two states, or none
        iso3 = states.pop()
        acronym = d.group(2)
        for m in re.finditer(rf"(?<![\w.(]){acronym}(?![\w)])", text[d.end() :]):
            at = d.end() + m.start()
            out.append(CountryMention(at, at + len(acronym), iso3, acronym, True))
    return out
