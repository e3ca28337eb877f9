"""Migrations create every table on an empty database and round-trip down to base and up again."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import inspect, make_url, text

from app.core import migrate
from app.core.db import Base, make_engine
from tests.conftest import ON_POSTGRES


@pytest.fixture
def empty_url(db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A brand-new empty database of the same kind as the test database."""
    if not ON_POSTGRES:
        yield f"sqlite:///{tmp_path_factory.mktemp('rt') / 'empty.db'}"
        return
    name = f"entente_rt_{uuid.uuid4().hex[:8]}"
    admin = make_engine(db_url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(db_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        # SQLite's full-text search lives in FTS5 virtual tables (and their shadow tables), not models.
        names = set(inspect(engine).get_table_names()) - {"alembic_version"}
        return {n for n in names if not re.match(r"^\w+_fts(_\w+)?$", n)}
    finally:
        engine.dispose()


@pytest.mark.db
def test_upgrade_downgrade_upgrade_round_trip(empty_url: str) -> None:
    migrate.upgrade(empty_url)
    assert _tables(empty_url) == set(Base.metadata.tables)
    migrate.downgrade(empty_url, "base")
    assert _tables(empty_url) == set()
    migrate.upgrade(empty_url)
    assert _tables(empty_url) == set(Base.metadata.tables)
