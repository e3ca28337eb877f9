"""SQLite planner statistics are refreshed after migrating and after bulk loads (entente db upgrade, demo)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def _entente(*args: str, env: dict[str, str]) -> None:
    exe = Path(sys.executable).with_name("entente")
    subprocess.run([str(exe), *args], env=env, check=True, capture_output=True, timeout=300)


def test_upgrade_and_demo_leave_planner_statistics(tmp_path: Path) -> None:
    db = tmp_path / "stats.db"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "ENTENTE_VAR_DIR": str(tmp_path / "var")}
    _entente("db", "upgrade", env=env)
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "sqlite_stat1" in tables
    _entente("demo", env=env)
    with sqlite3.connect(db) as conn:
        stats = dict(conn.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl LIKE 'engagement%'"))
    assert "ix_engagements_status_date_id" in stats
    assert "ix_engagement_participants_official_engagement" in stats
    assert int(stats["ix_engagements_status_date_id"].split()[0]) > 0
