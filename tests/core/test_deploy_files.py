"""docker-compose.yml parses and wires the app to Postgres; no Docker engine runs here."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_compose_file_describes_postgres_and_app() -> None:
    data = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert data["services"]["db"]["image"] == "postgres:16"
    app = data["services"]["app"]
    assert app["build"] == "."
    assert app["environment"]["DATABASE_URL"].startswith("postgresql+psycopg://")
    assert "db upgrade" in (ROOT / "Dockerfile").read_text()


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="docker-compose client not installed")
def test_compose_config_parses() -> None:
    result = subprocess.run(
        ["docker-compose", "-f", str(ROOT / "docker-compose.yml"), "config", "-q"],
        capture_output=True,
        text=True,
        env={"SECRET_KEY": "test-only", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
