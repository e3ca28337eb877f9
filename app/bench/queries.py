"""The benchmark's requests: Entente URLs and, where one exists, the honest Datasette table-view twin.

Parameters come from the loaded data (busiest country, pair, official, pillar), so every size and
both databases ask the same questions. Datasette cannot join in a table view's filters, so the
country, official and pillar filters use its `_where=` clause with the same sub-select on the link
table that Entente's index serves; its `_next=` keyset token gives page 50 without OFFSET.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlencode

from sqlalchemy import Connection, text

from app.engagements.filtering import encode_cursor

PAGE = 50
EXPORT_ROWS = 10_000
SEARCH_WORD = "submarine"
HEAVY_REPS = 5


@dataclass(frozen=True)
class Query:
    name: str
    entente: str
    datasette: str | None = None  # None: no equivalent table view
    comparable: bool = False  # counts toward the Entente/Datasette ratio bar
    note: str = ""
    heavy: bool = False  # timed fewer times (HEAVY_REPS): a whole export per request

    def reps(self, reps: tuple[int, int]) -> tuple[int, int]:
        """(warm-up, timed) requests for this query."""
        return (min(reps[0], 1), min(reps[1], HEAVY_REPS)) if self.heavy else reps


@dataclass(frozen=True)
class Params:
    country: str
    rare_country: str
    pair: tuple[str, str]
    official: int
    rare_official: int
    pillar: str
    year: int
    cursor_row: tuple[dt.date, int]
    export_from: dt.date
    engagements: int


def _one(conn: Connection, sql: str, **kw: object) -> tuple[object, ...]:
    row = conn.execute(text(sql), kw).first()
    if row is None:
        raise RuntimeError(f"benchmark database is empty ({sql[:40]}...)")
    return tuple(row)


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def params(conn: Connection) -> Params:
    """The busiest country, pair, official and pillar; page-50 and 10,000-row export positions."""
    (n,) = _one(conn, "SELECT count(*) FROM engagements WHERE status = 'published'")
    (country,) = _one(
        conn, "SELECT country_iso3 FROM engagement_countries GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"
    )
    (pair,) = _one(
        conn,
        "SELECT pair_key FROM engagements WHERE pair_key IS NOT NULL "
        "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
    )
    (official,) = _one(
        conn,
        "SELECT official_id FROM engagement_participants WHERE country_iso3 = :c "
        "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
        c=country,
    )
    (rare_country,) = _one(
        conn, "SELECT country_iso3 FROM engagement_countries GROUP BY 1 ORDER BY count(*), 1 LIMIT 1"
    )
    (rare_official,) = _one(
        conn,
        "SELECT official_id FROM engagement_participants GROUP BY 1 HAVING count(*) >= 3 "
        "ORDER BY count(*), 1 LIMIT 1",
    )
    (pillar,) = _one(
        conn, "SELECT pillar_key FROM engagement_pillars GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"
    )
    (last,) = _one(conn, "SELECT max(date) FROM engagements")
    offset = min(PAGE * 49, int(str(n)) - 1) - 1
    day, eid = _one(
        conn,
        "SELECT date, id FROM engagements WHERE status = 'published' ORDER BY date DESC, id DESC "
        "LIMIT 1 OFFSET :o",
        o=max(offset, 0),
    )
    (export_from,) = _one(
        conn,
        "SELECT date FROM engagements WHERE status = 'published' "
        "ORDER BY date DESC, id DESC LIMIT 1 OFFSET :o",
        o=min(EXPORT_ROWS, int(str(n)) // 2) - 1,
    )
    a, b = str(pair).split("-")
    return Params(
        country=str(country),
        rare_country=str(rare_country),
        pair=(a, b),
        official=int(str(official)),
        rare_official=int(str(rare_official)),
        pillar=str(pillar),
        year=_day(last).year - 10,
        cursor_row=(_day(day), int(str(eid))),
        export_from=_day(export_from),
        engagements=int(str(n)),
    )


def _where_in(table: str, column: str, value: str | int) -> str:
    literal = f"'{value}'" if isinstance(value, str) else str(value)
    return f"id in (select engagement_id from {table} where {column} = {literal})"


def build(p: Params, datasette_db: str) -> list[Query]:
    """Every measured request, in report order."""
    a, b = p.pair
    y0, y1 = f"{p.year}-01-01", f"{p.year}-12-31"
    span = {"from": f"{p.year - 4}-01-01", "to": y1}
    cursor = encode_cursor(*p.cursor_row)

    def ent(path: str, **q: object) -> str:
        return path + ("?" + urlencode(q) if q else "")

    def ds(*pairs: tuple[str, str], fmt: str = "") -> str:
        base = [("status__exact", "published"), ("_sort_desc", "date")]
        if not any(k == "_size" for k, _ in pairs):
            base.append(("_size", str(PAGE)))
        return f"/{datasette_db}/engagements{fmt}?" + urlencode(base + list(pairs))

    country_where = ("_where", _where_in("engagement_countries", "country_iso3", p.country))
    pillar_where = ("_where", _where_in("engagement_pillars", "pillar_key", p.pillar))
    return [
        Query("timeline, first page", ent("/"), ds(), True),
        Query("timeline, page 50 (cursor)", ent("/", cursor=cursor),
              ds(("_next", f"{p.cursor_row[0].isoformat()},{p.cursor_row[1]}")), True),
        Query(f"country={p.country}", ent("/", country=p.country), ds(country_where), True),
        Query(f"pair={a}-{b}", ent("/", pair_a=a, pair_b=b), ds(("pair_key__exact", f"{a}-{b}")), True,
              "Datasette matches pair_key only (two-country engagements); Entente adds 3+ country ones"),
        Query(f"official={p.official}", ent("/", official=p.official),
              ds(("_where", _where_in("engagement_participants", "official_id", p.official))), True),
        Query(f"country={p.rare_country} (least active)", ent("/", country=p.rare_country),
              ds(("_where", _where_in("engagement_countries", "country_iso3", p.rare_country))), True),
        Query(f"official={p.rare_official} (least active)", ent("/", official=p.rare_official),
              ds(("_where", _where_in("engagement_participants", "official_id", p.rare_official))), True),
        Query(f"pillar={p.pillar}", ent("/", pillar=p.pillar), ds(pillar_where), True),
        Query("type=exercise", ent("/", type="exercise"), ds(("type__exact", "exercise")), True),
        Query(f"date range {p.year}", ent("/", **{"from": y0, "to": y1}),
              ds(("date__gte", y0), ("date__lte", y1)), True),
        Query("pair + pillar + 5 years", ent("/", pair_a=a, pair_b=b, pillar=p.pillar, **span),
              ds(("pair_key__exact", f"{a}-{b}"), pillar_where, ("date__gte", span["from"]),
                 ("date__lte", span["to"])), True),
        Query(f"text search '{SEARCH_WORD}'", ent("/", q=SEARCH_WORD), ds(("_search", SEARCH_WORD)), False,
              "Datasette searches the summary FTS table only; Entente also searches source articles"),
        Query(f"pair analysis {a}-{b}", ent(f"/pairs/{a}-{b}")),
        Query(f"country page {p.country}", ent(f"/countries/{p.country}")),
        Query("CSV export, 10,000 rows", ent("/export.csv", **{"from": p.export_from.isoformat()}),
              ds(("date__gte", p.export_from.isoformat()), ("_size", "max"), ("_stream", "on"), fmt=".csv"),
              False, "Entente's CSV resolves participants, pillars and countries; Datasette dumps columns"),
    ]  # fmt: skip
