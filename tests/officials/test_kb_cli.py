"""`entente kb load` is idempotent and `entente kb export` writes what load reads back."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.extraction.knowledge import load_officials
from tests.conftest import ON_POSTGRES
from tests.officials.kb import SMALL


@pytest.mark.skipif(ON_POSTGRES, reason="the CLI test builds its own SQLite database")
def test_kb_load_twice_then_export_round_trips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import app
    from app.core import db, migrate
    from app.core.settings import get_settings

    url = f"sqlite:///{tmp_path / 'kb.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    for cached in (get_settings, db.get_engine, db.get_sessionmaker):
        cached.cache_clear()
    try:
        migrate.upgrade(url)
        runner = CliRunner()
        first = runner.invoke(app, ["kb", "load", "--path", str(SMALL)])
        assert first.exit_code == 0, first.output
        assert first.stdout.strip() == f"added {len(load_officials(SMALL))} officials"
        again = runner.invoke(app, ["kb", "load", "--path", str(SMALL)])
        assert again.exit_code == 0 and again.stdout.strip() == "added 0 officials"
        out = tmp_path / "officials.yaml"
        exported = runner.invoke(app, ["kb", "export", "--out", str(out)])
        assert exported.exit_code == 0, exported.output
        key = lambda rows: {(o.name, o.country, o.aliases, o.positions) for o in rows}  # noqa: E731
        assert key(load_officials(out)) == key(load_officials(SMALL))
    finally:
        db.get_engine().dispose()
        for cached in (get_settings, db.get_engine, db.get_sessionmaker):
            cached.cache_clear()
