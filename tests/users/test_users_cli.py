"""`entente users create|token` end to end, in a subprocess against its own SQLite file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

ENTENTE = str(Path(sys.executable).with_name("entente"))


def _run(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([ENTENTE, *args], env=env, input=stdin, capture_output=True, text=True, timeout=120)


def test_create_users_and_issue_a_token(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "ENTENTE_VAR_DIR": str(tmp_path)}
    assert _run(["db", "upgrade"], env).returncode == 0
    created = _run(["users", "create", "ana", "--role", "analyst", "--password", "long enough pw"], env)
    assert created.returncode == 0 and created.stdout.strip() == "created analyst ana"
    generated = _run(["users", "create", "bob", "--role", "viewer"], env, stdin="\n")
    assert generated.returncode == 0 and "with password: " in generated.stdout
    duplicate = _run(["users", "create", "ana", "--password", "long enough pw"], env)
    assert duplicate.returncode != 0 and "already exists" in duplicate.stderr
    token = _run(["users", "token", "ana"], env).stdout.strip()
    assert len(token) >= 40
    with create_engine(f"sqlite:///{db}").connect() as conn:
        stored = conn.execute(text("SELECT token_hash, password_hash FROM users WHERE name = 'ana'")).one()
    assert token not in stored.token_hash and stored.password_hash.startswith("$argon2")
