from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.ingest import service as ingest_service
from tests.ingest import fakes


@pytest.fixture(autouse=True)
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Ingest through the stand-in extractor: these tests are about storage and review, not extraction."""
    monkeypatch.setattr(ingest_service, "default_extractor", lambda: fakes.extract)
    yield


@pytest.fixture(scope="session")
def seed_text(corpus_dir: Path) -> str:
    return (corpus_dir / f"{fakes.SEED}.txt").read_text(encoding="utf-8")
