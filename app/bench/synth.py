"""Synthetic archive rows for the scale benchmark: pure, seeded, produced in chunks (no database).

The skew is deliberate: countries follow a Zipf-like law, a few "hot" pairs take about a third of
all engagements, activity grows over the 30 years, and a few officials per country do most of the
talking. Rows are plain tuples in the column order of `COLUMNS`, ready for executemany or COPY.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from app.core.vocab import ENGAGEMENT_TYPES, TYPE_LABELS

FIRST_YEAR, YEARS = 1996, 30
HOT_PAIRS, HOT_SHARE = 12, 0.35
ARTICLE_SHARE = 0.12  # at least 100,000 articles at 1,000,000 engagements
EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

COLUMNS: dict[str, tuple[str, ...]] = {
    "officials": ("id", "name", "country_iso3", "status", "version", "created_at", "updated_at"),
    "positions": ("id", "official_id", "title", "office", "country_iso3", "start_date", "end_date"),
    "engagements": (
        "id",
        "date",
        "date_precision",
        "type",
        "summary",
        "location_city",
        "location_country_iso3",
        "status",
        "version",
        "pair_key",
        "created_at",
        "updated_at",
    ),  # fmt: skip
    "engagement_countries": ("engagement_id", "country_iso3"),
    "engagement_participants": ("id", "engagement_id", "official_id", "country_iso3", "title", "position"),
    "engagement_pillars": ("engagement_id", "pillar_key"),
    "articles": ("id", "text", "title", "url", "publisher", "published", "content_hash", "submitted_at"),
    "article_engagements": ("article_id", "engagement_id"),
}
TYPE_WEIGHTS = {
    "call": 24, "video_call": 10, "meeting": 30, "dialogue": 10,
    "exercise": 8, "agreement": 5, "port_call": 5, "other": 8,
}  # fmt: skip
FIRST = [
    "Anna",
    "Ravi",
    "Chen",
    "Olga",
    "Pierre",
    "Amira",
    "Kenji",
    "Sofia",
    "Tomas",
    "Leila",
    "Arjun",
    "Mei",
    "Ivan",
    "Grace",
    "Omar",
    "Ines",
    "Hiro",
    "Nadia",
    "Pablo",
    "Yara",
    "Lars",
    "Priya",
    "Kwame",
    "Elena",
    "Ahmed",
    "Lucia",
    "Jonas",
    "Fatima",
    "Marco",
    "Aiko",
    "Diego",
    "Sara",
    "Rahul",
    "Hana",
    "Felix",
]
LAST = [
    "Singh",
    "Tanaka",
    "Müller",
    "Rossi",
    "Okafor",
    "Silva",
    "Kowalski",
    "Haddad",
    "Novak",
    "Kim",
    "Dubois",
    "Petrov",
    "Mensah",
    "Garcia",
    "Sato",
    "Nguyen",
    "Larsen",
    "Costa",
    "Ahmadi",
    "Brown",
    "Iyer",
    "Schmidt",
    "Moreau",
    "Yilmaz",
    "Park",
    "Ivanova",
    "Lopez",
    "Kato",
    "Banda",
    "Berg",
]
TITLES = (
    ("Defence Minister", "defence_minister"),
    ("Chief of Defence Staff", "chief_of_defence"),
    ("Navy Chief", "navy_chief"),
    ("Army Chief", "army_chief"),
    ("Air Force Chief", "air_chief"),
    ("Defence Secretary", "defence_secretary"),
    ("Deputy Defence Minister", "deputy_defence_minister"),
    ("Ambassador", "ambassador"),
)
CITIES = [
    "Geneva",
    "Singapore",
    "Brussels",
    "Washington",
    "Delhi",
    "Tokyo",
    "Canberra",
    "Paris",
    "London",
    "Jakarta",
    "Nairobi",
    "Doha",
]
WORDS = [
    "maritime",
    "security",
    "submarine",
    "frigate",
    "corvette",
    "patrol",
    "interoperability",
    "logistics",
    "drones",
    "cyber",
    "space",
    "satellite",
    "radar",
    "missile",
    "helicopter",
    "training",
    "exchange",
    "cadets",
    "doctrine",
    "counterterrorism",
    "peacekeeping",
    "humanitarian",
    "disaster",
    "relief",
    "coastguard",
    "piracy",
    "fisheries",
    "surveillance",
    "intelligence",
    "procurement",
    "coproduction",
    "technology",
    "transfer",
    "shipyard",
    "ammunition",
    "armoured",
    "artillery",
    "engines",
    "avionics",
    "semiconductors",
    "minerals",
    "resilience",
    "hydrography",
    "oceanography",
    "mapping",
    "medical",
    "engineers",
    "signals",
]
PUBLISHERS = ("Wire Service", "Defence Daily", "The Gazette", "Ministry Press Office", "Strategic Review")


@dataclass
class World:
    """The fixed cast: countries by weight, pillars, officials per country, hot pairs."""

    countries: list[str]
    names: dict[str, str]
    weights: list[float]
    pillars: list[str]
    officials: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # iso3 -> [(id, title)]
    hot_pairs: list[tuple[str, str]] = field(default_factory=list)


def _cumulative(weights: Sequence[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def make_world(
    rng: random.Random, countries: Sequence[tuple[str, str]], pillars: Sequence[str], n_countries: int = 200
) -> World:
    """Pick ~200 countries (the largest militaries first in the skew) and the hot pairs among them."""
    major = ["USA", "IND", "CHN", "RUS", "GBR", "FRA", "JPN", "AUS", "DEU", "KOR", "ISR", "IDN", "BRA", "TUR"]
    names = dict(countries)
    rest = sorted(c for c in names if c not in major)
    rng.shuffle(rest)
    chosen = [c for c in major if c in names] + rest[: max(0, n_countries - len(major))]
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(chosen))]
    top = chosen[:15]
    pairs: set[tuple[str, str]] = set()
    while len(pairs) < min(HOT_PAIRS, len(top) * (len(top) - 1) // 2):
        a, b = rng.sample(top, 2)
        pairs.add((min(a, b), max(a, b)))
    return World(chosen, names, weights, list(pillars), hot_pairs=sorted(pairs))


def officials_rows(
    rng: random.Random, world: World, total: int, first_id: int, first_position_id: int
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """`total` officials spread by country weight (at least 10 each), each with one or two positions."""
    weight_sum = sum(world.weights)
    share = [max(10, int(total * w / weight_sum)) for w in world.weights]
    officials: list[tuple[object, ...]] = []
    positions: list[tuple[object, ...]] = []
    oid, pid = first_id, first_position_id
    for iso3, n in zip(world.countries, share, strict=True):
        cast = world.officials.setdefault(iso3, [])
        for _ in range(n):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {oid}"
            officials.append((oid, name, iso3, "active", 1, EPOCH, EPOCH))
            title, office = rng.choice(TITLES)
            start = dt.date(FIRST_YEAR + rng.randrange(YEARS), 1 + rng.randrange(12), 1)
            positions.append((pid, oid, title, office, iso3, start, None))
            pid += 1
            if rng.random() < 0.3:
                positions.append((pid, oid, f"Former {title}", None, iso3, None, start))
                pid += 1
            cast.append((oid, title))
            oid += 1
    return officials, positions


@dataclass
class Chunk:
    """Rows for a run of consecutive engagement ids, one list per table."""

    rows: dict[str, list[tuple[object, ...]]]


class EngagementMaker:
    """Generates engagements (and their link rows and articles) in id order, chunk by chunk."""

    def __init__(self, rng: random.Random, world: World, first_ids: dict[str, int]) -> None:
        self.rng, self.world = rng, world
        self.ids = dict(first_ids)
        self.cum_countries = _cumulative(world.weights)
        self.cum_years = _cumulative([1 + 2 * y / (YEARS - 1) for y in range(YEARS)])  # grows 1x -> 3x
        self.cum_hot = _cumulative([1.0 / (i + 1) for i in range(len(world.hot_pairs))])
        self.types = list(TYPE_WEIGHTS)
        self.cum_types = _cumulative(list(TYPE_WEIGHTS.values()))
        self.cum_pillars = _cumulative([1.0 / (i + 1) ** 0.7 for i in range(len(world.pillars))])
        assert set(self.types) <= set(ENGAGEMENT_TYPES)

    def _countries(self) -> list[str]:
        rng, w = self.rng, self.world
        if w.hot_pairs and rng.random() < HOT_SHARE:
            first = list(rng.choices(w.hot_pairs, cum_weights=self.cum_hot)[0])
        else:
            first = []
            while len(first) < 2:
                c = rng.choices(w.countries, cum_weights=self.cum_countries)[0]
                if c not in first:
                    first.append(c)
        extra = rng.choices((0, 1, 2), weights=(82, 13, 5))[0]
        while extra:
            c = rng.choices(w.countries, cum_weights=self.cum_countries)[0]
            if c not in first:
                first.append(c)
                extra -= 1
        return first

    def _participants(self, eid: int, countries: list[str]) -> list[tuple[object, ...]]:
        rng = self.rng
        n = max(len(countries), rng.choice((2, 2, 3, 4)))
        sides = countries + [rng.choice(countries) for _ in range(n - len(countries))]
        rows: list[tuple[object, ...]] = []
        seen: set[int] = set()
        for pos, iso3 in enumerate(sides):
            cast = self.world.officials[iso3]
            oid, title = cast[int(len(cast) * rng.random() ** 3)]  # a few officials do most of it
            if oid in seen:
                continue
            seen.add(oid)
            rows.append((self._next("engagement_participants"), eid, oid, iso3, title, pos))
        return rows

    def _next(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def _article(
        self, eid: int, day: dt.date, summary: str, out: dict[str, list[tuple[object, ...]]]
    ) -> None:
        rng = self.rng
        body = " ".join(
            f"Officials discussed {' and '.join(rng.sample(WORDS, 3))} during the talks." for _ in range(6)
        )
        text = f"{summary} {body} Reference {eid}."
        aid = self._next("articles")
        digest = hashlib.sha256(text.encode()).hexdigest()
        title = summary[:120]
        url = f"https://news.example/{day.year}/{aid}"
        stamp = dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC)
        out["articles"].append((aid, text, title, url, rng.choice(PUBLISHERS), day, digest, stamp))
        out["article_engagements"].append((aid, eid))

    def chunk(self, n: int) -> Chunk:
        """The next n engagements with their countries, participants, pillars and some articles."""
        rng, w = self.rng, self.world
        out: dict[str, list[tuple[object, ...]]] = {
            t: [] for t in COLUMNS if t not in ("officials", "positions")
        }
        for _ in range(n):
            eid = self._next("engagements")
            countries = self._countries()
            year = FIRST_YEAR + rng.choices(range(YEARS), cum_weights=self.cum_years)[0]
            day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
            kind = rng.choices(self.types, cum_weights=self.cum_types)[0]
            pillars = set(rng.choices(w.pillars, cum_weights=self.cum_pillars, k=rng.randint(1, 5)))
            topic = " ".join(rng.sample(WORDS, 2))
            summary = (
                f"{TYPE_LABELS[kind]} between {w.names[countries[0]]} and {w.names[countries[1]]} on {topic}."
            )
            pair = "-".join(sorted(countries)) if len(countries) == 2 else None
            stamp = dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)
            precision = "day" if rng.random() < 0.93 else "month"
            city = rng.choice(CITIES) if rng.random() < 0.6 else None
            where = rng.choice(countries) if city else None
            out["engagements"].append(
                (eid, day, precision, kind, summary, city, where, "published", 1, pair, stamp, stamp)
            )
            out["engagement_countries"].extend((eid, c) for c in countries)
            out["engagement_participants"].extend(self._participants(eid, countries))
            out["engagement_pillars"].extend((eid, p) for p in sorted(pillars))
            if rng.random() < ARTICLE_SHARE:
                self._article(eid, day, summary, out)
        return Chunk(out)


def chunks(maker: EngagementMaker, total: int, size: int) -> Iterator[Chunk]:
    done = 0
    while done < total:
        n = min(size, total - done)
        yield maker.chunk(n)
        done += n
