"""`entente ingest PATH...` over the dev corpus against a temporary SQLite database."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from app.cli import app as cli
from app.core.db import get_engine, get_sessionmaker, make_engine
from app.core.settings import get_settings
from app.ingest import service as ingest_service
from app.ingest.models import Article

REAL_EXTRACTOR = ingest_service.default_extractor


@pytest.fixture
def temp_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    for cached in (get_settings, get_engine, get_sessionmaker):
        cached.cache_clear()
    runner = CliRunner()
    assert runner.invoke(cli, ["db", "upgrade"]).exit_code == 0
    assert runner.invoke(cli, ["demo"]).exit_code == 0
    yield url
    get_engine().dispose()
    for cached in (get_settings, get_engine, get_sessionmaker):
        cached.cache_clear()


def _articles(url: str) -> int:
    engine = make_engine(url)
    with Session(engine) as s:
        n = int(s.scalar(select(func.count()).select_from(Article)) or 0)
    engine.dispose()
    return n


def test_ingest_folder_reports_counts_then_duplicates(
    temp_db: str, corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if importlib.util.find_spec("app.extraction.engine") is not None:
        monkeypatch.setattr(
            ingest_service, "default_extractor", REAL_EXTRACTOR
        )  # the real thing when present
    files = sorted(corpus_dir.glob("*.txt"))
    before = _articles(temp_db)
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Défense".encode("latin-1"))
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(corpus_dir), str(bad), str(tmp_path / "missing.txt")])
    assert first.exit_code == 0, first.output
    assert f"{len(files) + 1} files: {len(files)} articles" in first.output
    assert "2 failures" in first.output and "not UTF-8" in first.output and "no such file" in first.output
    assert _articles(temp_db) == before + len(files)
    again = runner.invoke(cli, ["ingest", str(corpus_dir)])
    assert f"0 articles, 0 drafts, {len(files)} duplicates, 0 failures" in again.output
    assert _articles(temp_db) == before + len(files)
