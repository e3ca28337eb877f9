"""Facets: each engagement's filterable keys, copied with its status, date and type, plus rollups.

Why: at a million engagements the timeline's filters and the country and pair pages must answer in
well under 100 ms. The link tables (countries, participants, pillars) know the engagement but not
its date, so "the newest 50 of country X" had to walk the whole date index probing links, or fetch
every link row and sort. A facet row carries the date, so one index range on
(facet, status, date, engagement_id) yields the newest matches in order and stops after 50.

- engagement_facets: one row per (engagement, key). Keys: "c:IND" (a country), "p:IND-USA" (every
  sorted pair of its countries, so a pair filter also finds 3-country engagements), "o:123" (an
  official who took part), "l:maritime_security" (a pillar).
- facet_months: published engagements per (key, "YYYY-MM", type): the per-year and per-quarter
  series, totals and exact counts without reading the engagements.
- facet_links: published engagements per (anchor key, other key), anchors being countries and
  pairs, others countries, officials and pillars: a country's partners and pillar mix, a pair's
  pillars and officials.

- engagement_lists: each engagement's whole CSV row (`line`: its countries, participants as
  "Name (Title, ISO3)" and pillars "; "-joined among its own columns), so a 10,000-row export reads
  one string per engagement instead of joining four tables and formatting in Python.

Database triggers keep all four in step with every write (ORM, bulk statements, raw SQL, foreign
key cascades), the same statements on SQLite and Postgres. Rollup triggers count a pair of facets
once: on SQLite they run AFTER each row, on Postgres BEFORE each row, because only then do they see
the rows their own statement changed so far (a Postgres AFTER row trigger sees the whole statement).
Bulk loads drop the triggers, load, then call backfill() and create_triggers() again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import Connection

FACETS = "engagement_facets"
LISTS = "engagement_lists"
ANCHOR_KINDS = ("c:", "p:")  # keys that have a page of their own: countries and pairs
OTHER_KINDS = ("c:", "l:", "o:")  # what those pages count: partners, pillars, officials


def country(iso3: str) -> str:
    return f"c:{iso3}"


def pair(a: str, b: str) -> str:
    x, y = sorted((a, b))
    return f"p:{x}-{y}"


def official(official_id: int) -> str:
    return f"o:{official_id}"


def pillar(key: str) -> str:
    return f"l:{key}"


def _month(dialect: str, expr: str) -> str:
    return f"to_char({expr}, 'YYYY-MM')" if dialect == "postgresql" else f"strftime('%Y-%m', {expr})"


def _kind_in(expr: str, kinds: Iterable[str]) -> str:
    return f"substr({expr}, 1, 2) IN ({', '.join(repr(k) for k in kinds)})"


def _anchor(expr: str) -> str:
    return _kind_in(expr, ANCHOR_KINDS)


def _other(expr: str) -> str:
    return _kind_in(expr, OTHER_KINDS)


def _pair_of(x: str, y: str) -> str:
    return f"'p:' || CASE WHEN {x} < {y} THEN {x} || '-' || {y} ELSE {y} || '-' || {x} END"


def _add_facet(key: str, eid: str, extra_from: str = "", extra_where: str = "") -> str:
    """Insert facet `key` of engagement `eid` (status, date, type copied) unless it is there."""
    return (
        f"INSERT INTO {FACETS} (engagement_id, facet, status, date, type) "
        f"SELECT e.id, {key}, e.status, e.date, e.type FROM engagements e{extra_from} "
        f"WHERE e.id = {eid}{extra_where} AND NOT EXISTS "
        f"(SELECT 1 FROM {FACETS} f WHERE f.engagement_id = e.id AND f.facet = {key})"
    )


def _link_statements(dialect: str) -> dict[str, tuple[str, list[str]]]:
    """Triggers on the link tables and engagements: {name: (event, statements)}."""
    up = "ON CONFLICT ({keys}) DO UPDATE SET n = {table}.n + 1"
    months_up = up.format(keys="facet, month, type", table="facet_months")
    links_up = up.format(keys="facet, other", table="facet_links")
    pair_new = _pair_of("o.country_iso3", "NEW.country_iso3")
    drop_country = (
        f"DELETE FROM {FACETS} WHERE engagement_id = OLD.engagement_id AND (facet = 'c:' || OLD.country_iso3 "
        "OR (substr(facet, 1, 2) = 'p:' AND (substr(facet, 3, 3) = OLD.country_iso3 "
        "OR substr(facet, 7, 3) = OLD.country_iso3)))"
    )
    add_country = [
        _add_facet("'c:' || NEW.country_iso3", "NEW.engagement_id"),
        _add_facet(
            pair_new,
            "NEW.engagement_id",
            " JOIN engagement_countries o ON o.engagement_id = e.id",
            " AND o.country_iso3 <> NEW.country_iso3",
        ),
    ]
    drop_official = (
        f"DELETE FROM {FACETS} WHERE engagement_id = OLD.engagement_id AND facet = 'o:' || OLD.official_id "
        "AND NOT EXISTS (SELECT 1 FROM engagement_participants p WHERE p.engagement_id = OLD.engagement_id "
        "AND p.official_id = OLD.official_id)"
    )
    add_official = _add_facet("'o:' || NEW.official_id", "NEW.engagement_id")
    drop_pillar = (
        f"DELETE FROM {FACETS} WHERE engagement_id = OLD.engagement_id AND facet = 'l:' || OLD.pillar_key"
    )
    add_pillar = _add_facet("'l:' || NEW.pillar_key", "NEW.engagement_id")
    pairs_of_new = (
        f"SELECT a.facet, g.facet FROM {FACETS} a JOIN {FACETS} g "
        f"ON g.engagement_id = a.engagement_id AND g.facet <> a.facet "
        f"WHERE a.engagement_id = NEW.id AND {_anchor('a.facet')} AND {_other('g.facet')}"
    )
    engagement = [
        # Series: move every facet of the engagement out of its old month/type, into the new.
        f"UPDATE facet_months SET n = n - 1 WHERE OLD.status = 'published' AND month = "
        f"{_month(dialect, 'OLD.date')} AND type = OLD.type AND facet IN "
        f"(SELECT f.facet FROM {FACETS} f WHERE f.engagement_id = OLD.id)",
        f"INSERT INTO facet_months (facet, month, type, n) SELECT f.facet, {_month(dialect, 'NEW.date')}, "
        f"NEW.type, 1 FROM {FACETS} f WHERE f.engagement_id = NEW.id AND NEW.status = 'published' "
        f"{months_up}",
        # Co-occurrence only changes when the engagement enters or leaves "published".
        f"UPDATE facet_links SET n = n - 1 WHERE OLD.status = 'published' AND NEW.status <> 'published' "
        f"AND (facet, other) IN ({pairs_of_new})",
        f"INSERT INTO facet_links (facet, other, n) SELECT a.facet, g.facet, 1 "
        f"FROM {FACETS} a JOIN {FACETS} g "
        f"ON g.engagement_id = a.engagement_id AND g.facet <> a.facet WHERE a.engagement_id = NEW.id "
        f"AND {_anchor('a.facet')} AND {_other('g.facet')} AND NEW.status = 'published' "
        f"AND OLD.status <> 'published' {links_up}",
        f"UPDATE {FACETS} SET status = NEW.status, date = NEW.date, type = NEW.type "
        "WHERE engagement_id = NEW.id",
    ]
    return {
        "engagements_facets_au": ("UPDATE OF status, date, type ON engagements", engagement),
        "engagement_countries_facets_ai": ("INSERT ON engagement_countries", add_country),
        "engagement_countries_facets_ad": ("DELETE ON engagement_countries", [drop_country]),
        "engagement_countries_facets_au": (
            "UPDATE OF country_iso3, engagement_id ON engagement_countries",
            [drop_country, *add_country],
        ),
        "engagement_participants_facets_ai": ("INSERT ON engagement_participants", [add_official]),
        "engagement_participants_facets_ad": ("DELETE ON engagement_participants", [drop_official]),
        "engagement_participants_facets_au": (
            "UPDATE OF official_id, engagement_id ON engagement_participants",
            [drop_official, add_official],
        ),
        "engagement_pillars_facets_ai": ("INSERT ON engagement_pillars", [add_pillar]),
        "engagement_pillars_facets_ad": ("DELETE ON engagement_pillars", [drop_pillar]),
        "engagement_pillars_facets_au": (
            "UPDATE OF pillar_key, engagement_id ON engagement_pillars",
            [drop_pillar, add_pillar],
        ),
    }


def _rollup_statements(dialect: str) -> dict[str, tuple[str, list[str]]]:
    """Triggers on engagement_facets that keep facet_months and facet_links counted."""
    up = "ON CONFLICT ({keys}) DO UPDATE SET n = {table}.n + 1"
    months_up = up.format(keys="facet, month, type", table="facet_months")
    links_up = up.format(keys="facet, other", table="facet_links")

    def siblings(row: str, test: str) -> str:
        return (
            f"SELECT g.facet FROM {FACETS} g WHERE g.engagement_id = {row}.engagement_id "
            f"AND g.facet <> {row}.facet AND {test}"
        )

    insert = [
        f"INSERT INTO facet_months (facet, month, type, n) SELECT NEW.facet, {_month(dialect, 'NEW.date')}, "
        f"NEW.type, 1 WHERE NEW.status = 'published' {months_up}",
        f"INSERT INTO facet_links (facet, other, n) SELECT NEW.facet, s.facet, 1 FROM "
        f"({siblings('NEW', _other('g.facet'))}) s WHERE NEW.status = 'published' AND {_anchor('NEW.facet')} "
        f"{links_up}",
        f"INSERT INTO facet_links (facet, other, n) SELECT s.facet, NEW.facet, 1 FROM "
        f"({siblings('NEW', _anchor('g.facet'))}) s WHERE NEW.status = 'published' AND {_other('NEW.facet')} "
        f"{links_up}",
    ]
    delete = [
        f"UPDATE facet_months SET n = n - 1 WHERE OLD.status = 'published' AND facet = OLD.facet "
        f"AND month = {_month(dialect, 'OLD.date')} AND type = OLD.type",
        f"UPDATE facet_links SET n = n - 1 WHERE OLD.status = 'published' AND {_anchor('OLD.facet')} "
        f"AND facet = OLD.facet AND other IN ({siblings('OLD', _other('g.facet'))})",
        f"UPDATE facet_links SET n = n - 1 WHERE OLD.status = 'published' AND {_other('OLD.facet')} "
        f"AND other = OLD.facet AND facet IN ({siblings('OLD', _anchor('g.facet'))})",
    ]
    return {
        "engagement_facets_rollup_ai": ("INSERT ON engagement_facets", insert),
        "engagement_facets_rollup_ad": ("DELETE ON engagement_facets", delete),
    }


def lists_of(dialect: str, eid: str) -> tuple[str, str, str]:
    """SQL for the countries, participants and pillars text of engagement `eid` ('' when none)."""
    label = (
        "o.name || ' (' || CASE WHEN coalesce(p.title, '') = '' THEN '' ELSE p.title || ', ' END "
        "|| p.country_iso3 || ')'"
    )
    people = (
        f"engagement_participants p JOIN officials o ON o.id = p.official_id WHERE p.engagement_id = {eid}"
    )
    if dialect == "postgresql":
        countries = (
            "SELECT string_agg(country_iso3, '; ' ORDER BY country_iso3) FROM engagement_countries "
            f"WHERE engagement_id = {eid}"
        )
        participants = f"SELECT string_agg({label}, '; ' ORDER BY p.position, p.id) FROM {people}"
        pillars = (
            "SELECT string_agg(pillar_key, '; ' ORDER BY pillar_key) FROM engagement_pillars "
            f"WHERE engagement_id = {eid}"
        )
    else:  # group_concat keeps the order of an ordered subquery
        countries = (
            "SELECT group_concat(country_iso3, '; ') FROM (SELECT country_iso3 FROM engagement_countries "
            f"WHERE engagement_id = {eid} ORDER BY country_iso3)"
        )
        participants = (
            f"SELECT group_concat(x, '; ') FROM (SELECT {label} AS x FROM {people} ORDER BY p.position, p.id)"
        )
        pillars = (
            "SELECT group_concat(pillar_key, '; ') FROM (SELECT pillar_key FROM engagement_pillars "
            f"WHERE engagement_id = {eid} ORDER BY pillar_key)"
        )
    return tuple(f"coalesce(({sql}), '')" for sql in (countries, participants, pillars))  # type: ignore[return-value]


def _line(dialect: str) -> str:
    """SQL for an engagement's whole CSV row (export.CSV_COLUMNS, text fields quoted, CRLF), from
    engagements e and the lists x.c, x.p, x.l."""
    crlf = "chr(13) || chr(10)" if dialect == "postgresql" else "char(13) || char(10)"

    def q(expr: str) -> str:
        return f"'\"' || replace(coalesce({expr}, ''), '\"', '\"\"') || '\"'"

    width = "CASE e.date_precision WHEN 'day' THEN 10 WHEN 'month' THEN 7 ELSE 4 END"
    fields = [
        "CAST(e.id AS TEXT)",
        f"substr(CAST(e.date AS TEXT), 1, {width})",
        "e.date_precision",
        "e.type",
        q("x.c"),
        q("x.p"),
        q("e.location_city"),
        "coalesce(e.location_country_iso3, '')",
        q("e.location_venue"),
        q("x.l"),
        q("e.summary"),
    ]
    return " || ',' || ".join(fields) + f" || {crlf}"


def _refresh_lists(dialect: str, source: str) -> str:
    """Upsert the CSV row of every engagement id that `source` (a SELECT of `id`) yields."""
    countries, participants, pillars = lists_of(dialect, "s.id")
    return (
        f"INSERT INTO {LISTS} (engagement_id, line) "
        f"SELECT x.id, {_line(dialect)} FROM (SELECT s.id AS id, {countries} AS c, "
        f"{participants} AS p, {pillars} AS l FROM ({source}) s) x JOIN engagements e ON e.id = x.id "
        "WHERE true ON CONFLICT (engagement_id) DO UPDATE SET line = excluded.line"
    )


def _list_statements(dialect: str) -> dict[str, tuple[str, list[str]]]:
    """Triggers that keep engagement_lists equal to the link tables (and the officials' names)."""
    new = _refresh_lists(dialect, "SELECT NEW.engagement_id AS id")
    old = _refresh_lists(dialect, "SELECT OLD.engagement_id AS id")
    this = _refresh_lists(dialect, "SELECT NEW.id AS id")
    columns = "date, date_precision, type, summary, location_city, location_country_iso3, location_venue"
    out: dict[str, tuple[str, list[str]]] = {
        "engagements_lists_ai": ("INSERT ON engagements", [this]),
        "engagements_lists_au": (f"UPDATE OF {columns} ON engagements", [this]),
    }
    for table in ("engagement_countries", "engagement_participants", "engagement_pillars"):
        out[f"{table}_lists_ai"] = (f"INSERT ON {table}", [new])
        out[f"{table}_lists_ad"] = (f"DELETE ON {table}", [old])
        out[f"{table}_lists_au"] = (f"UPDATE ON {table}", [old, new])
    renamed = "SELECT DISTINCT engagement_id AS id FROM engagement_participants WHERE official_id = NEW.id"
    out["officials_lists_au"] = ("UPDATE OF name ON officials", [_refresh_lists(dialect, renamed)])
    return out


def _sqlite(name: str, event: str, statements: list[str]) -> list[str]:
    body = "; ".join(statements)
    return [f"CREATE TRIGGER {name} AFTER {event} FOR EACH ROW BEGIN {body}; END"]


def _postgres(name: str, event: str, statements: list[str], when: str) -> list[str]:
    result = "OLD" if event.startswith("DELETE") else "NEW"
    body = "; ".join(statements)
    return [
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body}; "
        f"RETURN {result}; END $$",
        f"CREATE TRIGGER {name} {when} {event} FOR EACH ROW EXECUTE FUNCTION {name}()",
    ]


def _groups(dialect: str) -> list[tuple[dict[str, tuple[str, list[str]]], str]]:
    return [
        (_link_statements(dialect), "AFTER"),
        (_rollup_statements(dialect), "BEFORE"),
        (_list_statements(dialect), "AFTER"),
    ]


def _create(dialect: str, groups: list[tuple[dict[str, tuple[str, list[str]]], str]]) -> list[str]:
    out: list[str] = []
    for group, when in groups:
        for name, (event, statements) in group.items():
            if dialect == "postgresql":
                out += _postgres(name, event, statements, when)
            else:
                out += _sqlite(name, event, statements)
    return out


def _drop(dialect: str, groups: list[tuple[dict[str, tuple[str, list[str]]], str]]) -> list[str]:
    out: list[str] = []
    for group, _ in groups:
        for name, (event, _) in group.items():
            table = event.rsplit(" ON ", 1)[1]
            if dialect == "postgresql":
                out += [f"DROP TRIGGER IF EXISTS {name} ON {table}", f"DROP FUNCTION IF EXISTS {name}()"]
            else:
                out.append(f"DROP TRIGGER IF EXISTS {name}")
    return out


def create_triggers(dialect: str) -> list[str]:
    """DDL that creates every trigger of this module (and, on Postgres, its function)."""
    return _create(dialect, _groups(dialect))


def drop_triggers(dialect: str) -> list[str]:
    """DDL that drops every trigger of this module (bulk loads run without them, then backfill)."""
    return _drop(dialect, _groups(dialect))


def facet_triggers(dialect: str, *, drop: bool = False) -> list[str]:
    """DDL for the facet and rollup triggers alone (the migration that added them)."""
    group = _groups(dialect)[:2]
    return _drop(dialect, group) if drop else _create(dialect, group)


def list_triggers(dialect: str, *, drop: bool = False) -> list[str]:
    """DDL for the engagement_lists triggers alone (the migration that added them)."""
    group = [(_list_statements(dialect), "AFTER")]
    return _drop(dialect, group) if drop else _create(dialect, group)


def list_backfill(dialect: str) -> list[str]:
    return [f"DELETE FROM {LISTS}", _refresh_lists(dialect, "SELECT id FROM engagements")]


def backfill_statements(dialect: str) -> list[str]:
    """Rebuild facets, rollups and lists from the link tables, set-based (bulk loads, tests)."""
    return [*list_backfill(dialect), *facet_backfill(dialect)]


def facet_backfill(dialect: str) -> list[str]:
    """Rebuild facets and rollups alone, set-based (the migration that added them)."""
    copied = "e.status, e.date, e.type FROM engagements e"
    month = _month(dialect, "date")
    return [
        "DELETE FROM facet_links",
        "DELETE FROM facet_months",
        f"DELETE FROM {FACETS}",
        f"INSERT INTO {FACETS} (engagement_id, facet, status, date, type) "
        f"SELECT e.id, 'c:' || c.country_iso3, {copied} "
        "JOIN engagement_countries c ON c.engagement_id = e.id",
        f"INSERT INTO {FACETS} (engagement_id, facet, status, date, type) "
        f"SELECT e.id, 'p:' || a.country_iso3 || '-' || b.country_iso3, {copied} "
        "JOIN engagement_countries a ON a.engagement_id = e.id "
        "JOIN engagement_countries b ON b.engagement_id = e.id AND a.country_iso3 < b.country_iso3",
        f"INSERT INTO {FACETS} (engagement_id, facet, status, date, type) "
        f"SELECT e.id, 'o:' || p.official_id, {copied} JOIN "
        "(SELECT DISTINCT engagement_id, official_id FROM engagement_participants) p "
        "ON p.engagement_id = e.id",
        f"INSERT INTO {FACETS} (engagement_id, facet, status, date, type) "
        f"SELECT e.id, 'l:' || p.pillar_key, {copied} JOIN engagement_pillars p ON p.engagement_id = e.id",
        f"INSERT INTO facet_months (facet, month, type, n) SELECT facet, {month}, type, count(*) "
        f"FROM {FACETS} WHERE status = 'published' GROUP BY facet, {month}, type",
        f"INSERT INTO facet_links (facet, other, n) SELECT a.facet, g.facet, count(*) FROM {FACETS} a "
        f"JOIN {FACETS} g ON g.engagement_id = a.engagement_id AND g.facet <> a.facet "
        f"WHERE a.status = 'published' AND {_anchor('a.facet')} AND {_other('g.facet')} "
        "GROUP BY a.facet, g.facet",
    ]


def run(conn: Connection, statements: Iterable[str]) -> None:
    """Plain driver execution: no bind-parameter parsing of the DDL's quotes and colons."""
    for sql in statements:
        conn.exec_driver_sql(sql)


WALK_INDEX = "ix_engagement_facets_walk"


def rebuild(conn: Connection, progress: Callable[[str], None] | None = None) -> None:
    """Recompute facets and rollups from the link tables: triggers and the walk index are dropped
    for the bulk insert, then created again (one sorted index build instead of row-by-row inserts)."""
    dialect = conn.dialect.name
    run(conn, drop_triggers(dialect))
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {WALK_INDEX}")
    for sql in backfill_statements(dialect):
        if progress:
            progress(f"  {sql[:90]}")
        conn.exec_driver_sql(sql)
    conn.exec_driver_sql(f"CREATE INDEX {WALK_INDEX} ON {FACETS} (facet, status, date, engagement_id)")
    run(conn, create_triggers(dialect))
