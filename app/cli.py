"""The `entente` console script: serve, db, demo, extract, bench-extract, bench, kb, ingest, users, export."""

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
kb_app = typer.Typer(
    help="The officials knowledge base (app/reference/officials.yaml).", no_args_is_help=True
)
app.add_typer(kb_app, name="kb")
bench_app = typer.Typer(help="Benchmarks (`bench-extract` scores the extractor).", no_args_is_help=True)
app.add_typer(bench_app, name="bench")


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
    from app.core.db import get_engine, optimize
    from app.core.settings import get_settings

    migrate.upgrade(get_settings().database_url, revision)
    optimize(get_engine())  # SQLite planner statistics (no-op on Postgres)
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
    from app.core.db import get_engine, get_sessionmaker, optimize
    from app.demo import loader

    with get_sessionmaker().begin() as session:
        report = loader.load(session=session)
    optimize(get_engine())
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


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="csv or json")] = "csv",
    output: Annotated[Path | None, typer.Option(help="File to write; standard output when omitted")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3, either side")] = None,
    pair: Annotated[str | None, typer.Option(help="Country pair, e.g. IND-USA")] = None,
    official: Annotated[int | None, typer.Option(help="Official id")] = None,
    pillar: Annotated[str | None, typer.Option(help="Pillar key")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="Engagement type")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest date, YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date, YYYY-MM-DD")] = None,
    q: Annotated[str | None, typer.Option(help="Words in summaries or source articles")] = None,
    status: Annotated[str, typer.Option(help="published, draft or rejected")] = "published",
) -> None:
    """Export the engagements matching a filter (the timeline's filters) as CSV or JSON."""
    from app.core.db import get_sessionmaker
    from app.core.errors import DomainError
    from app.engagements import export as export_service
    from app.engagements.params import parse

    if fmt not in ("csv", "json"):
        raise typer.BadParameter("choose csv or json", param_hint="--format")
    a, _, b = (pair or "").upper().partition("-")
    values = {"country": country, "pair_a": a or None, "pair_b": b or None, "official": official}
    values |= {"pillar": pillar, "type": type_, "from": date_from, "to": date_to, "q": q, "status": status}
    try:
        filters = parse(values)
    except DomainError as exc:
        raise typer.BadParameter(exc.message) from None
    chunks = export_service.csv_chunks if fmt == "csv" else export_service.json_chunks
    with get_sessionmaker()() as session:
        if output is None:
            for chunk in chunks(session=session, filters=filters):
                sys.stdout.write(chunk)
            return
        with output.open("w", encoding="utf-8", newline="") as fh:
            fh.writelines(chunks(session=session, filters=filters))
    sys.stderr.write(f"wrote {output}\n")


@kb_app.command("load")
def kb_load(
    path: Annotated[
        Path | None, typer.Option(help="officials.yaml to load (default: the shipped one)")
    ] = None,
) -> None:
    """Load the curated officials and positions; a second run adds nothing."""
    from app.core.db import get_sessionmaker
    from app.countries import service as country_service
    from app.extraction.knowledge import load_officials
    from app.officials import service as official_service

    rows = load_officials(path) if path is not None else None
    with get_sessionmaker().begin() as session:
        country_service.sync_reference(session=session)
        added = official_service.load_kb(session=session, rows=rows)
    _out(f"added {added} officials")


@kb_app.command("export")
def kb_export(
    out: Annotated[
        str, typer.Option(help="File to write, - for standard output")
    ] = "app/reference/officials.yaml",
) -> None:
    """Write the active officials with positions back in the officials.yaml format."""
    import yaml

    from app.core.db import get_sessionmaker
    from app.officials import service as official_service

    with get_sessionmaker()() as session:
        data = official_service.export_kb(session=session)
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)
    if out == "-":
        sys.stdout.write(text)
        return
    Path(out).write_text(text, encoding="utf-8")
    sys.stderr.write(f"wrote {len(data)} officials to {out}\n")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .html) or folders of them")],
    published: Annotated[
        str | None, typer.Option(help="Publication date for all, YYYY-MM-DD (else NAME.json's, if any)")
    ] = None,
    user: Annotated[str | None, typer.Option(help="Record the articles as submitted by this user")] = None,
) -> None:
    """Ingest articles in bulk: store each with its draft engagements, with a progress bar and a summary."""
    from rich.progress import Progress

    from app.core.db import get_engine, get_sessionmaker, optimize
    from app.ingest import batch

    day = _parse_day(published, "--published")
    files, missing = batch.collect(paths)
    with Progress(transient=False) as progress:
        task = progress.add_task("Ingesting", total=len(files))
        report = batch.run(
            files,
            maker=get_sessionmaker(),
            user_name=user,
            published=day,
            advance=lambda path: progress.update(task, advance=1, description=path.name[:40]),
        )
    report.failures[:0] = missing
    optimize(get_engine())
    _out(report.summary())
    for path, reason in report.failures:
        _out(f"  failed: {path}: {reason}")
    if report.failures and not report.articles and not report.duplicates:
        raise typer.Exit(1)


@bench_app.command("web")
def bench_web(
    size: Annotated[int, typer.Option(help="Engagements to generate")] = 1_000_000,
    db: Annotated[str, typer.Option(help="sqlite, postgres or both")] = "both",
    out: Annotated[Path, typer.Option(help="Folder for results.json and results.md")] = Path("bench"),
    reps: Annotated[int, typer.Option(help="Timed requests per query (0: only build the databases)")] = 30,
    reuse: Annotated[bool, typer.Option(help="Reuse a bench database of the same size if present")] = False,
    keep: Annotated[bool, typer.Option(help="Keep the Postgres bench database afterwards")] = True,
) -> None:
    """Generate a synthetic archive and time the timeline, filters, analysis and export (vs Datasette)."""
    from app.bench import report, runner

    kinds = {"both": ["sqlite", "postgres"], "sqlite": ["sqlite"], "postgres": ["postgres"]}.get(db)
    if kinds is None:
        raise typer.BadParameter("choose sqlite, postgres or both", param_hint="--db")
    results = runner.run(size=size, kinds=kinds, reps=reps, reuse=reuse, keep=keep, progress=_out)
    _out(report.write(results, out))


def main() -> None:
    app()
