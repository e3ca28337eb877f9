"""Batch ingest of files and folders: one transaction per file, failures reported, never fatal."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.core.errors import DomainError
from app.ingest import service as ingest_service
from app.users.models import User

SUFFIXES = (".txt", ".html", ".htm")


@dataclass
class BatchReport:
    files: int = 0
    articles: int = 0
    drafts: int = 0
    duplicates: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.files} files: {self.articles} articles, {self.drafts} drafts, "
            f"{self.duplicates} duplicates, {len(self.failures)} failures"
        )


def collect(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The article files named or inside the folders named (sorted), and paths that are neither."""
    found: list[Path] = []
    missing: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        elif path.is_file():
            found.append(path)
        else:
            missing.append((str(path), "no such file or folder"))
    return list(dict.fromkeys(found)), missing


def sidecar_published(path: Path) -> dt.date | None:
    """source.published from a NAME.json beside NAME.txt (the corpus gold format), if there is one."""
    meta = path.with_suffix(".json")
    try:
        value = json.loads(meta.read_text(encoding="utf-8"))["source"]["published"]
        return dt.date.fromisoformat(str(value))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def run(
    files: Sequence[Path],
    *,
    maker: sessionmaker[Session],
    user_name: str | None = None,
    published: dt.date | None = None,
    advance: Callable[[Path], None] = lambda _: None,
) -> BatchReport:
    """Ingest each file in its own transaction; a failing file is rolled back and reported."""
    report = BatchReport(files=len(files))
    with maker() as session:
        known = ingest_service.knowledge(session=session)
    for path in files:
        try:
            with maker.begin() as session:
                user = (
                    session.scalars(select(User).where(User.name == user_name)).first() if user_name else None
                )
                text = ingest_service.decode_upload(filename=path.name, data=path.read_bytes())
                day = published or sidecar_published(path)
                result = ingest_service.ingest(
                    session=session, text=text, user=user, title=path.stem, published=day, known=known
                )
            if result.duplicate:
                report.duplicates += 1
            else:
                report.articles += 1
                report.drafts += len(result.engagements)
        except DomainError as exc:
            report.failures.append((str(path), exc.message))
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
            report.failures.append((str(path), f"{type(exc).__name__}: {exc}"[:300]))
        advance(path)
    return report
