"""Known officials and office wordings from the knowledge snapshot, indexed for fast lookup."""

from __future__ import annotations

import datetime as dt
import re

from rapidfuzz import fuzz, process

from app.extraction.knowledge import Knowledge, OfficialInfo

FUZZY_CUTOFF = 90.0
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_PATRONYMIC = {"bin", "bint", "ibn", "al", "el", "ben"}


def name_key(name: str) -> str:
    """Lower-case words of a name without punctuation, for exact lookups."""
    words = re.sub(r"[^\w\s-]", " ", name.lower()).replace("-", " ").split()
    return " ".join(words)


def _norm_title(title: str) -> str:
    return re.sub(r"\s+", " ", title.strip().lower().replace("defense", "defence"))


class OfficialIndex:
    """Officials by exact name or alias (and fuzzily), offices by wording."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.by_key: dict[str, OfficialInfo] = {}
        for o in knowledge.officials:
            for n in (o.name, *o.aliases):
                self.by_key.setdefault(name_key(n), o)
                stripped = name_key(" ".join(w for w in n.split() if w.lower().strip(".") not in SUFFIXES))
                self.by_key.setdefault(stripped, o)
        self.keys = list(self.by_key)
        self.officials = knowledge.officials
        self.by_last: dict[str, dict[str, OfficialInfo]] = {}  # last word of a name or alias -> officials
        for o in knowledge.officials:
            for n in (o.name, *o.aliases):
                for last in name_key(n).split()[-1:]:
                    self.by_last.setdefault(last, {})[o.name] = o
        self.variants: dict[str, list[tuple[str | None, str]]] = {}
        self.labels: dict[str, str] = {}
        self.generic: dict[str, str] = {}  # an office's first generic wording ("Defence Minister")
        for office in knowledge.offices:
            self.labels[office.key] = office.label
            if office.variants:
                self.generic[office.key] = office.variants[0]
            for v in office.variants:
                self.variants.setdefault(_norm_title(v), []).append((None, office.key))
            for iso3, words in office.country_variants.items():
                for v in words:
                    self.variants.setdefault(_norm_title(v), []).append((iso3, office.key))
        ordered = sorted(
            {v for o in knowledge.offices for v in (*o.variants, *_flat(o.country_variants))}, key=len
        )
        alternation = "|".join(re.escape(v) for v in reversed(ordered))
        self.title_pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])") if ordered else None

    def exact(self, name: str) -> OfficialInfo | None:
        key = name_key(name)
        hit = self.by_key.get(key)
        if hit is not None or len(key.split()) < 3:
            return hit
        # a patronymic chain given in part: "Khalid bin Salman bin Abdulaziz" for "... bin Abdulaziz Al Saud"
        words = key.split()
        longer = {id(o): o for k, o in self.by_key.items() if k.startswith(key + " ")}
        if len(longer) == 1:
            return next(iter(longer.values()))
        for cut in range(len(words) - 1, 1, -1):
            if words[cut] in _PATRONYMIC:
                hit = self.by_key.get(" ".join(words[:cut]))
                if hit is not None:
                    return hit
        return None

    def fuzzy(self, name: str) -> OfficialInfo | None:
        """The official whose name or alias is at least FUZZY_CUTOFF similar, else None."""
        if not self.keys:
            return None
        hit = process.extractOne(
            name_key(name), self.keys, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF
        )
        return self.by_key[hit[0]] if hit else None

    def offices_for(self, title: str | None, country: str | None) -> tuple[frozenset[str], frozenset[str]]:
        """Office keys a title can mean (for that country when known) and the countries it implies."""
        if not title:
            return frozenset(), frozenset()
        entries = self.variants.get(_norm_title(title), [])
        if not entries:
            tail = _norm_title(title)
            for variant, found in self.variants.items():
                if tail.endswith(" " + variant) or tail.startswith(variant + " and"):
                    entries = entries + found
        own = [k for c, k in entries if c is not None and c == country]
        generic = [k for c, k in entries if c is None]
        keys = own or generic or ([k for _, k in entries] if country is None else [])
        countries = frozenset(c for c, _ in entries if c is not None)
        return frozenset(keys), countries

    def by_surname(self, word: str, day: dt.date | None) -> OfficialInfo | None:
        """The one official in post on the day whose name or alias ends in that word ('Zelenskyy')."""
        candidates = self.by_last.get(name_key(word), {}).values()
        found = [o for o in candidates if day is None or any(p.held_on(day) for p in o.positions)]
        return found[0] if len(found) == 1 else None

    def any_state_wording(self, title: str) -> bool:
        """A wording every state uses ('Prime Minister'), even if the snapshot also lists it for one."""
        return any(c is None for c, _ in self.variants.get(_norm_title(title), []))

    def holder(self, offices: frozenset[str], country: str, day: dt.date | None) -> OfficialInfo | None:
        """The one official of that country who held one of these offices on the day."""
        if day is None or not offices:
            return None
        found = [
            o
            for o in self.officials
            if o.country == country and any(p.office in offices and p.held_on(day) for p in o.positions)
        ]
        return found[0] if len(found) == 1 else None

    def offices_held(self, official: OfficialInfo, day: dt.date | None) -> frozenset[str]:
        return frozenset(p.office for p in official.positions if p.office and (day is None or p.held_on(day)))


def _flat(d: dict[str, tuple[str, ...]]) -> list[str]:
    return [v for words in d.values() for v in words]
