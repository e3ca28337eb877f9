"""Bulk-load a synthetic archive into the existing schema: executemany on SQLite, COPY on Postgres.

Reference countries and pillars come from the demo loader; officials, positions, engagements, their
link rows and source articles are synthetic (app.bench.synth). Secondary indexes and, on SQLite, the
full-text triggers are dropped for the load and recreated afterwards from their own stored SQL, then
the FTS5 tables are rebuilt exactly as the engagement_search migration does ("rebuild"). On Postgres
the GIN indexes are recreated with the rest, and the id sequences moved past the new rows. The facet
triggers are dropped for the load; facets.rebuild() then fills the facets and rollups set-based.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from app.bench import synth
from app.core.db import Base
from app.countries.models import Country
from app.demo import loader
from app.engagements import facets
from app.pillars.models import Pillar

SERIAL_TABLES = ("officials", "positions", "engagements", "engagement_participants", "articles")
BULK_TABLES = tuple(synth.COLUMNS)
FTS_TABLES = ("engagement_summary_fts", "article_fts")


@dataclass
class LoadStats:
    size: int
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)


Progress = Callable[[str], None]


def _noop(_: str) -> None:
    return None


def _max_id(conn: Connection, table: str) -> int:
    return int(conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one())  # noqa: S608


def _write_sqlite(conn: Connection, table: str, rows: Sequence[tuple[object, ...]]) -> None:
    if rows:
        cols = synth.COLUMNS[table]
        conn.execute(Base.metadata.tables[table].insert(), [dict(zip(cols, r, strict=True)) for r in rows])


def _write_postgres(conn: Connection, table: str, rows: Sequence[tuple[object, ...]]) -> None:
    if not rows:
        return
    raw = conn.connection.driver_connection
    cols = ", ".join(f'"{c}"' for c in synth.COLUMNS[table])
    with raw.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:  # type: ignore[union-attr]
        for row in rows:
            copy.write_row(row)


def _drop_secondary(conn: Connection) -> list[str]:
    """Drop the bulk tables' secondary indexes (and SQLite's FTS triggers); return the SQL to restore them."""
    if conn.dialect.name == "postgresql":
        found = conn.execute(
            text(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                "AND tablename = ANY(:t) AND indexname NOT IN (SELECT conname FROM pg_constraint)"
            ),
            {"t": list(BULK_TABLES)},
        ).all()
        for name, _ in found:
            conn.execute(text(f'DROP INDEX "{name}"'))
        return [sql for _, sql in found]
    found = conn.execute(
        text(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND type IN ('index', 'trigger') AND tbl_name IN ("
            + ", ".join(f"'{t}'" for t in BULK_TABLES)
            + ")"
        )
    ).all()
    for kind, name, _ in found:
        conn.execute(text(f'DROP {kind.upper()} "{name}"'))
    return [sql for _, _, sql in found]


def _restore(conn: Connection, statements: list[str], progress: Progress) -> None:
    """Recreate the dropped indexes (and triggers); rebuild SQLite's FTS5 tables; analyse on Postgres."""
    for sql in statements:
        progress(f"  {sql[:90]}")
        conn.execute(text(sql))
    if conn.dialect.name == "sqlite":
        for fts in FTS_TABLES:
            conn.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')"))
        return
    for table in SERIAL_TABLES:
        conn.execute(
            text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        )


def _reference(conn: Connection) -> tuple[list[tuple[str, str]], list[str]]:
    with Session(bind=conn) as session:
        loader.load_reference(session=session, report=loader.LoadReport())
        session.flush()
        countries = [
            (c, n) for c, n in session.execute(select(Country.iso3, Country.name).order_by(Country.iso3))
        ]
        pillars = list(session.scalars(select(Pillar.key).order_by(Pillar.key)))
    return countries, pillars


def build(
    conn: Connection,
    *,
    size: int,
    seed: int = 20261127,
    officials: int = 20_000,
    chunk: int = 20_000,
    fast: bool = True,
    progress: Progress = _noop,
) -> LoadStats:
    """Add `size` published engagements (and ~`officials` officials) to the database behind conn.

    The caller owns the transaction. `fast` drops and recreates secondary indexes around the load.
    """
    started = time.perf_counter()
    rng = random.Random(seed)
    countries, pillars = _reference(conn)
    world = synth.make_world(rng, countries, pillars)
    have = int(conn.execute(select(func.count()).select_from(Base.metadata.tables["officials"])).scalar_one())
    first = {t: _max_id(conn, t) + 1 for t in SERIAL_TABLES}
    write = _write_postgres if conn.dialect.name == "postgresql" else _write_sqlite
    facets.run(conn, facets.drop_triggers(conn.dialect.name))  # rebuilt set-based after the load
    restore = _drop_secondary(conn) if fast else []
    people, positions = synth.officials_rows(
        rng, world, max(officials - have, len(world.countries) * 10), first["officials"], first["positions"]
    )
    write(conn, "officials", people)
    write(conn, "positions", positions)
    stats = LoadStats(size=size, rows={"officials": len(people), "positions": len(positions)})
    maker = synth.EngagementMaker(rng, world, first)
    for part in synth.chunks(maker, size, chunk):
        for table, rows in part.rows.items():
            write(conn, table, rows)
            stats.rows[table] = stats.rows.get(table, 0) + len(rows)
        progress(f"  {stats.rows['engagements']:,} engagements ({time.perf_counter() - started:.0f} s)")
    progress("recreating indexes")
    _restore(conn, restore, progress)
    if not fast and conn.dialect.name == "postgresql":
        _restore(conn, [], progress)  # sequences still need to move past the copied ids
    progress("facets and rollups")
    facets.rebuild(conn, progress)
    stats.seconds = time.perf_counter() - started
    return stats
