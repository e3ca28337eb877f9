"""The `entente` console script: serve, db, demo, extract, bench-extract, kb, ingest, users, export."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Entente: bilateral defence engagements.", no_args_is_help=True, add_completion=False)
db_app = typer.Typer(help="Database schema commands.", no_args_is_help=True)
app.add_typer(db_app, name="db")
users_app = typer.Typer(help="User accounts and API tokens.", no_args_is_help=True)
app.add_typer(users_app, name="users")


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _parse_day(value: str | None, option: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param_hint=option) from None


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="Article text file, or - for standard input")],
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD")] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print {engagements: [...]} in the gold shape")
    ] = False,
) -> None:
    """Extract draft engagement records from one article."""
    from app.extraction import engine
    from app.extraction.knowledge import builtin

    day = _parse_day(published, "--published")
    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    drafts = engine.extract(text, published=day, knowledge=builtin())
    records = [d.to_dict() for d in drafts]
    if as_json:
        _out(json.dumps({"engagements": records}, ensure_ascii=False, indent=2))
        return
    for r in records:
        people = ", ".join(p["name"] for p in r["participants"])
        _out(f"{r['date']} {r['type']:<10} {'-'.join(r['countries'])}  {people}")


@app.command("bench-extract")
def bench_extract(
    corpus: Annotated[Path, typer.Option(help="Corpus folder")] = Path("../shared/corpus/dev"),
    out: Annotated[Path, typer.Option(help="Report folder")] = Path("bench"),
) -> None:
    """Score the extractor on a corpus folder and write bench/extract.json and bench/extract.md."""
    from app.extraction import benchmark
    from app.extraction.knowledge import builtin

    report = benchmark.run(corpus, out, knowledge=builtin())
    _out(report["markdown"])


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
    reload: Annotated[bool, typer.Option(help="Reload on code changes")] = False,
) -> None:
    """Serve the web app with uvicorn."""
    import uvicorn

    uvicorn.run("app.main:create_app", factory=True, host=host, port=port, reload=reload)


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="Target revision")] = "head") -> None:
    """Apply the migrations up to REVISION (default: head)."""
    from app.core import migrate
    from app.core.settings import get_settings

    migrate.upgrade(get_settings().database_url, revision)
    _out(f"database at {revision}")


@db_app.command("downgrade")
def db_downgrade(revision: Annotated[str, typer.Argument(help="Target revision")] = "base") -> None:
    """Revert the migrations down to REVISION (default: base, an empty database)."""
    from app.core import migrate
    from app.core.settings import get_settings

    migrate.downgrade(get_settings().database_url, revision)
    _out(f"database at {revision}")


@app.command()
def demo() -> None:
    """Load the reference data and the demo articles; a second run adds nothing."""
    from app.core.db import get_sessionmaker
    from app.demo import loader

    with get_sessionmaker().begin() as session:
        report = loader.load(session=session)
    _out(
        f"added {report.countries} countries, {report.pillars} pillars, {report.officials} officials, "
        f"{report.articles} articles, {report.engagements} engagements"
    )


@users_app.command("create")
def users_create(
    name: Annotated[str, typer.Argument(help="Sign-in name")],
    role: Annotated[str, typer.Option(help="viewer, analyst or admin")] = "analyst",
    password: Annotated[
        str | None, typer.Option(help="Password; prompted for when omitted (empty: generate one)")
    ] = None,
) -> None:
    """Create a user; prints a generated password when none is given."""
    import secrets

    from app.core.db import get_sessionmaker
    from app.core.errors import DomainError
    from app.users import service as user_service

    generated = False
    if password is None:
        password = typer.prompt(
            "Password (empty to generate one)", default="", hide_input=True, show_default=False
        )
    if not password:
        password, generated = secrets.token_urlsafe(12), True
    try:
        with get_sessionmaker().begin() as session:
            user_service.create(session=session, name=name, role=role, password=password)
    except DomainError as exc:
        raise typer.BadParameter(exc.message) from None
    _out(f"created {role} {name}" + (f" with password: {password}" if generated else ""))


@users_app.command("token")
def users_token(name: Annotated[str, typer.Argument(help="Sign-in name")]) -> None:
    """Issue a new API bearer token for NAME (shown once; only its hash is stored)."""
    from app.core.db import get_sessionmaker
    from app.core.errors import DomainError
    from app.users import service as user_service

    try:
        with get_sessionmaker().begin() as session:
            token = user_service.issue_token(session=session, name=name)
    except DomainError as exc:
        raise typer.BadParameter(exc.message) from None
    _out(token)


def main() -> None:
    app()
