"""The database itself refuses bad rows: inserts go through SQL, bypassing the ORM's checks."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import IntegrityError

from app.core.db import Base

ENGAGEMENT_SQL = (
    "INSERT INTO engagements (date, date_precision, type, summary, status, version, created_at, updated_at) "
    "VALUES (:date, :precision, :type, '', 'draft', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
)


def _insert_engagement(conn: Connection, **values: str) -> int:
    params = {"date": "2025-07-01", "precision": "day", "type": "call", **values}
    conn.execute(text(ENGAGEMENT_SQL), params)
    return int(conn.execute(text("SELECT max(id) FROM engagements")).scalar_one())


def _refused(conn: Connection, sql: str, **params: object) -> None:
    savepoint = conn.begin_nested()
    with pytest.raises(IntegrityError):
        conn.execute(text(sql), params)
    savepoint.rollback()


def test_every_table_exists(connection: Connection) -> None:
    tables = set(inspect(connection).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_valid_engagement_is_accepted(connection: Connection) -> None:
    eid = _insert_engagement(connection)
    connection.execute(
        text(
            "INSERT INTO engagement_countries (engagement_id, country_iso3) VALUES (:e, 'IND'), (:e, 'USA')"
        ),
        {"e": eid},
    )
    count = connection.execute(
        text("SELECT count(*) FROM engagement_countries WHERE engagement_id = :e"), {"e": eid}
    )
    assert count.scalar_one() == 2


@pytest.mark.parametrize(
    ("column", "value"), [("type", "lunch"), ("precision", "week"), ("precision", ""), ("type", "CALL")]
)
def test_unknown_type_or_precision_is_refused(connection: Connection, column: str, value: str) -> None:
    params = {"date": "2025-07-01", "precision": "day", "type": "call", column: value}
    _refused(connection, ENGAGEMENT_SQL, **params)


def test_unknown_country_is_refused(connection: Connection) -> None:
    eid = _insert_engagement(connection)
    _refused(
        connection,
        "INSERT INTO engagement_countries (engagement_id, country_iso3) VALUES (:e, 'XXX')",
        e=eid,
    )


def test_unknown_official_is_refused(connection: Connection) -> None:
    eid = _insert_engagement(connection)
    _refused(
        connection,
        "INSERT INTO engagement_participants (engagement_id, official_id, country_iso3, position) "
        "VALUES (:e, 987654, 'IND', 0)",
        e=eid,
    )


def test_unknown_pillar_is_refused(connection: Connection) -> None:
    eid = _insert_engagement(connection)
    _refused(
        connection,
        "INSERT INTO engagement_pillars (engagement_id, pillar_key) VALUES (:e, 'nonsense')",
        e=eid,
    )


def test_bad_status_and_version_are_refused(connection: Connection) -> None:
    _refused(
        connection,
        ENGAGEMENT_SQL.replace("'draft', 1", "'approved', 1"),
        date="2025-07-01",
        precision="day",
        type="call",
    )
    _refused(
        connection,
        ENGAGEMENT_SQL.replace("'draft', 1", "'draft', 0"),
        date="2025-07-01",
        precision="day",
        type="call",
    )


def test_position_end_before_start_is_refused(connection: Connection) -> None:
    connection.execute(
        text(
            "INSERT INTO officials (name, country_iso3, status, version, created_at, updated_at) "
            "VALUES ('Schema Test', 'IND', 'active', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        )
    )
    oid = connection.execute(text("SELECT max(id) FROM officials")).scalar_one()
    _refused(
        connection,
        "INSERT INTO positions (official_id, title, country_iso3, start_date, end_date) "
        "VALUES (:o, 'Minister', 'IND', '2020-01-02', '2020-01-01')",
        o=oid,
    )


def test_duplicate_article_hash_is_refused(connection: Connection) -> None:
    sql = "INSERT INTO articles (text, content_hash, submitted_at) VALUES ('x', :h, CURRENT_TIMESTAMP)"
    connection.execute(text(sql), {"h": "a" * 64})
    _refused(connection, sql, h="a" * 64)


def test_unknown_user_role_is_refused(connection: Connection) -> None:
    _refused(
        connection,
        "INSERT INTO users (name, role, failed_logins, created_at, updated_at) "
        "VALUES ('mallory', 'root', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
    )
