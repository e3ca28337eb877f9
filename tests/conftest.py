"""Test database: built by the migrations, one transaction per test rolled back afterwards.

SQLite runs by default. With ENTENTE_TEST_DB=postgres the same tests run against
TEST_DATABASE_URL (CI sets both); tests that touch the database carry the `db` marker.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

ON_POSTGRES = os.environ.get("ENTENTE_TEST_DB") == "postgres"
# The seeded engagement dataset (ds_data, ds_session, ds_client) shared by the timeline/analysis tests.
pytest_plugins = ["tests.engagements.dataset"]
DB_FIXTURES = {"engine", "connection", "session", "client", "db_url", "reference"}


def pytest_report_header() -> str:
    return f"entente test database: {'postgres' if ON_POSTGRES else 'sqlite'}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if DB_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.db)


@pytest.fixture(scope="session")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    if ON_POSTGRES:
        url = os.environ.get("TEST_DATABASE_URL")
        if not url:
            pytest.exit("ENTENTE_TEST_DB=postgres needs TEST_DATABASE_URL", returncode=2)
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"


@pytest.fixture(scope="session", autouse=True)
def _settings_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Point settings at a throwaway var/ before anything reads them."""
    var = tmp_path_factory.mktemp("var")
    os.environ["ENTENTE_VAR_DIR"] = str(var)
    from app.core.settings import get_settings

    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def _reset_postgres(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))


@pytest.fixture(scope="session")
def engine(db_url: str) -> Iterator[Engine]:
    from app.core import migrate
    from app.core.db import make_engine
    from app.demo import loader

    engine = make_engine(db_url)
    if ON_POSTGRES:
        _reset_postgres(engine)
    with engine.begin() as conn:
        migrate.upgrade(connection=conn)
    with Session(engine) as session, session.begin():
        loader.load_reference(session=session, report=loader.LoadReport())
    yield engine
    if ON_POSTGRES:
        _reset_postgres(engine)  # leave nothing behind
    engine.dispose()


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn:
        trans = conn.begin()
        yield conn
        if trans.is_active:
            trans.rollback()


@pytest.fixture
def session(connection: Connection) -> Iterator[Session]:
    """A session whose commits only release savepoints; everything is rolled back after the test."""
    with Session(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False) as s:
        yield s


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    from app.core.db import get_session
    from app.main import create_app

    app = create_app()

    def _session() -> Iterator[Session]:
        yield session
        session.flush()

    app.dependency_overrides[get_session] = _session
    with TestClient(app, base_url="http://testserver") as c:
        yield c


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    path = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
    if not path.is_dir():
        pytest.skip(f"corpus not found at {path}")
    return path
