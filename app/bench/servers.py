"""Real server processes for the benchmark (uvicorn running Entente, Datasette) and their peak memory."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of a process so far (VmHWM), in MB; psutil when it is installed."""
    try:
        import psutil

        info = psutil.Process(pid).memory_info()
        return float(getattr(info, "peak_wset", 0) or info.rss) / 2**20
    except ImportError:
        pass
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


@contextmanager
def serving(
    cmd: list[str], env: Mapping[str, str], probe: str, log: Path
) -> Iterator[subprocess.Popen[bytes]]:
    """Start cmd, wait until `probe` answers, yield the process, then stop it (by its own pid)."""
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"{cmd[0]} exited early; see {log}")
                try:
                    if httpx.get(probe, timeout=2).status_code < 500:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{cmd[0]} did not answer {probe} within 60 s; see {log}")
                time.sleep(0.2)
            yield proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def uvicorn_cmd(port: int) -> list[str]:
    return [
        str(BIN / "python"), "-m", "uvicorn", "app.main:create_app", "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip


def datasette_cmd(db: Path, port: int) -> list[str]:
    """Datasette with its default settings (count and facet-suggestion time limits included)."""
    return [str(BIN / "datasette"), "serve", str(db), "--host", "127.0.0.1", "--port", str(port)]
