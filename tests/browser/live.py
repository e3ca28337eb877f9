"""A real uvicorn server for browser tests: its own SQLite file, the demo data, optional accounts."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def entente(*args: str) -> list[str]:
    return [sys.executable, "-c", "from app.cli import main; main()", *args]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def live_server(var: Path, users: Sequence[tuple[str, str, str]] = ()) -> Iterator[str]:
    """Migrate, load the demo, create (name, role, password) users, serve; yields the base URL."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{var / 'app.db'}", "ENTENTE_VAR_DIR": str(var)}
    env.pop("ENTENTE_TEST_DB", None)
    steps = [("db", "upgrade"), ("demo",)]
    steps += [("users", "create", name, "--role", role, "--password", pw) for name, role, pw in users]
    for args in steps:
        subprocess.run(entente(*args), cwd=ROOT, env=env, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen(
        entente("serve", "--port", str(port)),
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urlopen(f"{base}/healthz", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)
