"""`entente bench web`: build the synthetic archive on SQLite and/or Postgres, then time the pages.

Per database: every query in-process (TestClient on create_app(), no network), then again through a
real uvicorn process, where its peak memory is read. On SQLite, Datasette serves the same file and
each comparable query is sent to both servers alternately, so machine noise hits both sides alike.
"""

from __future__ import annotations

import math
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, text

from app.bench import generator, queries, servers
from app.core import migrate
from app.core.db import make_engine

PG_ADMIN_URL = os.environ.get(
    "ENTENTE_BENCH_PG_ADMIN", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
PG_DB = os.environ.get("ENTENTE_BENCH_PG_DB", "entente_bench")  # one database per concurrent run
CUTOFF_MS = 10_000.0
Progress = Callable[[str], None]


@dataclass
class Target:
    kind: str
    url: str
    sqlite_path: Path | None = None


def _stats(samples: list[float]) -> dict[str, Any]:
    if not samples:
        return {"n": 0}
    ordered = sorted(samples)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return {"n": len(ordered), "p50": round(statistics.median(ordered), 1), "p95": round(p95, 1)}


def _existing_size(url: str) -> int | None:
    try:
        engine = make_engine(url)
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM engagements")).scalar_one())
    except Exception:  # noqa: BLE001 - a missing or half-built database just means "build it"
        return None


def _fresh(kind: str, size: int, var: Path) -> Target:
    if kind == "sqlite":
        path = var / f"entente-bench-{size}.db"
        return Target(kind, f"sqlite:///{path}", path)
    return Target(kind, PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{PG_DB}")


def _reset(target: Target) -> None:
    if target.sqlite_path is not None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target.sqlite_path}{suffix}").unlink(missing_ok=True)
        return
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {PG_DB}"))
    admin.dispose()


def drop_postgres() -> None:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)"))
    admin.dispose()


def prepare(
    target: Target, size: int, *, reuse: bool, progress: Progress, officials: int = 20_000
) -> dict[str, Any]:
    """Migrate and bulk-load the database (or reuse one of the same size); the load report."""
    if reuse and _existing_size(target.url) == size:
        progress(f"{target.kind}: reusing the existing {size:,}-engagement database (migrated to head)")
        started = time.perf_counter()
        migrate.upgrade(target.url)
        return {"reused": True, "migrate_seconds": round(time.perf_counter() - started, 1)}
    _reset(target)
    started = time.perf_counter()
    migrate.upgrade(target.url)
    engine = make_engine(target.url)
    with engine.begin() as conn:
        if target.kind == "sqlite":
            conn.exec_driver_sql("PRAGMA synchronous=OFF")
        stats = generator.build(conn, size=size, officials=officials, progress=progress)
    # Planner statistics, as autovacuum gathers on Postgres: without sqlite_stat1 SQLite takes the
    # status index as selective and scans a million rows for the pair and country pages.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if target.kind == "sqlite":
            conn.exec_driver_sql("ANALYZE")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            conn.exec_driver_sql("VACUUM ANALYZE")
    engine.dispose()
    total = time.perf_counter() - started
    progress(f"{target.kind}: loaded in {total:.0f} s (generator {stats.seconds:.0f} s)")
    return {"reused": False, "load_seconds": round(total, 1), "rows": stats.rows}


def _use_database(url: str, var: Path) -> None:
    """Point settings (and the cached engine) of this process at the bench database."""
    from app.core.db import get_engine, get_sessionmaker
    from app.core.settings import get_settings

    os.environ["DATABASE_URL"] = url
    os.environ["ENTENTE_VAR_DIR"] = str(var)
    os.environ["ENTENTE_LOG_LEVEL"] = "WARNING"
    get_settings.cache_clear()
    if get_engine.cache_info().currsize:
        get_engine().dispose()
    get_engine.cache_clear()
    get_sessionmaker.cache_clear()


def _timed(client: httpx.Client | Any, path: str) -> tuple[float, int]:
    started = time.perf_counter()
    response = client.get(path)
    _ = response.content
    return (time.perf_counter() - started) * 1000, response.status_code


def _sample(client: Any, path: str, reps: tuple[int, int], errors: list[str]) -> list[float]:
    """reps = (warm-up requests, timed requests); stops at the first non-200 answer, and after one
    request slower than CUTOFF_MS (that one is the figure: far over the bar either way)."""
    warmup, timed = reps
    out: list[float] = []
    for i in range(warmup + timed):
        ms, status = _timed(client, path)
        if status != 200:
            errors.append(f"{status} {path}")
            return []
        if i >= warmup or ms > CUTOFF_MS:
            out.append(ms)
        if ms > CUTOFF_MS:
            errors.append(f"stopped after a request of {ms / 1000:.0f} s")
            break
    return out


def in_process(
    url: str, var: Path, qs: list[queries.Query], reps: tuple[int, int], progress: Progress
) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from app.main import create_app

    _use_database(url, var)
    results: dict[str, Any] = {}
    with TestClient(create_app(), base_url="http://testserver") as client:
        for q in qs:
            errors: list[str] = []
            results[q.name] = {**_stats(_sample(client, q.entente, q.reps(reps), errors)), "errors": errors}
            progress(f"  in-process {q.name}: {results[q.name]}")
    return results


def over_http(
    target: Target, var: Path, qs: list[queries.Query], reps: tuple[int, int], progress: Progress
) -> dict[str, Any]:
    """Each query through uvicorn (and, on SQLite, Datasette alternately); peak RSS of both servers."""
    port = servers.free_port()
    env = {"DATABASE_URL": target.url, "ENTENTE_VAR_DIR": str(var), "ENTENTE_LOG_LEVEL": "WARNING"}
    base = f"http://127.0.0.1:{port}"
    out: dict[str, Any] = {"queries": {}}
    with ExitStack() as stack:
        app_proc = stack.enter_context(
            servers.serving(servers.uvicorn_cmd(port), env, f"{base}/healthz", var / "uvicorn.log")
        )
        app_client = stack.enter_context(httpx.Client(base_url=base, timeout=300))
        ds_proc, ds_client = None, None
        if target.sqlite_path is not None:
            ds_base = f"http://127.0.0.1:{servers.free_port()}"
            cmd = servers.datasette_cmd(target.sqlite_path, int(ds_base.rsplit(":", 1)[1]))
            ds_proc = stack.enter_context(
                servers.serving(cmd, {}, f"{ds_base}/-/versions.json", var / "ds.log")
            )
            ds_client = stack.enter_context(httpx.Client(base_url=ds_base, timeout=300))
        for q in qs:
            out["queries"][q.name] = _side_by_side(app_client, ds_client, q, q.reps(reps))
            progress(f"  over HTTP {q.name}: {out['queries'][q.name]}")
        out["server_peak_rss_mb"] = round(servers.peak_rss_mb(app_proc.pid), 1)
        if ds_proc is not None:
            out["datasette_peak_rss_mb"] = round(servers.peak_rss_mb(ds_proc.pid), 1)
    return out


def _side_by_side(
    app_client: httpx.Client, ds_client: httpx.Client | None, q: queries.Query, reps: tuple[int, int]
) -> dict[str, Any]:
    """Entente then Datasette, request after request, so both see the same machine load."""
    app_ms: list[float] = []
    ds_ms: list[float] = []
    app_err: list[str] = []
    ds_err: list[str] = []
    warmup, timed = reps
    for i in range(warmup + timed):
        for client, path, samples, errors in (
            (app_client, q.entente, app_ms, app_err),
            (ds_client, q.datasette, ds_ms, ds_err),
        ):
            if client is None or path is None or errors:
                continue
            ms, status = _timed(client, path)
            if status != 200:
                errors.append(f"{status} {path}")
            elif i >= warmup or ms > CUTOFF_MS:
                samples.append(ms)
                if ms > CUTOFF_MS:
                    errors.append(f"stopped after a request of {ms / 1000:.0f} s")
    row: dict[str, Any] = {"uvicorn": {**_stats(app_ms), "errors": app_err}}
    if ds_client is not None and q.datasette is not None:
        row["datasette"] = {**_stats(ds_ms), "errors": ds_err, "url": q.datasette}
        if app_ms and ds_ms:
            row["ratio_p50"] = round(statistics.median(app_ms) / statistics.median(ds_ms), 2)
            row["ratio_p95"] = round(row["uvicorn"]["p95"] / row["datasette"]["p95"], 2)
    return row


def run_one(
    kind: str, *, size: int, reps: tuple[int, int], reuse: bool, var: Path, progress: Progress, officials: int
) -> dict[str, Any]:
    target = _fresh(kind, size, var)
    load = prepare(target, size, reuse=reuse, progress=progress, officials=officials)
    if reps[1] <= 0:  # build only
        return {"load": load, "queries": []}
    engine = make_engine(target.url)
    with engine.connect() as conn:
        p = queries.params(conn)
    engine.dispose()
    stem = target.sqlite_path.stem if target.sqlite_path else PG_DB
    qs = queries.build(p, stem)
    with tempfile.TemporaryDirectory(prefix="entente-bench-") as tmp:
        inproc = in_process(target.url, Path(tmp), qs, reps, progress)
        http = over_http(target, Path(tmp), qs, reps, progress)
    rows = []
    for q in qs:
        row = {"name": q.name, "url": q.entente, "comparable": q.comparable, "note": q.note}
        rows.append(row | {"in_process": inproc[q.name]} | http["queries"][q.name])
    extra = {k: v for k, v in http.items() if k != "queries"}
    return {"load": load, "params": {k: str(v) for k, v in vars(p).items()}, "queries": rows} | extra


def run(
    *, size: int, kinds: list[str], reps: int = 30, reuse: bool = False, keep: bool = True,
    var: Path = Path("var/bench"), progress: Progress, officials: int = 20_000, warmup: int = 2,
) -> dict[str, Any]:  # fmt: skip
    """The whole benchmark: one block of results per database kind."""
    var = var.resolve()
    var.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "size": size,
        "reps": reps,
        "warmup": warmup,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "databases": {},
    }
    for kind in kinds:
        progress(f"== {kind} ==")
        results["databases"][kind] = run_one(
            kind, size=size, reps=(warmup, reps), reuse=reuse, var=var, progress=progress, officials=officials
        )
        if kind == "postgres" and not keep:
            drop_postgres()
    return results
