"""The ingest page: paste an article (or upload a .txt/.html file) and go straight to its review."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response

from app.core.auth import Analyst, Csrf
from app.core.db import DbSession
from app.core.errors import Invalid, TooLarge
from app.core.templating import hx_redirect, render
from app.ingest import service as ingest_service

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form()]
Short = Annotated[str, Form(max_length=2000)]


def _day(value: str) -> dt.date | None:
    if not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise Invalid(f"{value[:40]!r} is not a publication date in YYYY-MM-DD form") from None


@router.get("/ingest")
def ingest_form(request: Request, _: Analyst) -> Response:
    return render(request, "ingest/form.html", {"max_bytes": ingest_service.max_bytes()})


@router.post("/ingest", dependencies=[Csrf])
def ingest_submit(
    request: Request,
    session: DbSession,
    user: Analyst,
    text: Text = "",
    url: Short = "",
    title: Annotated[str, Form(max_length=500)] = "",
    published: Annotated[str, Form(max_length=40)] = "",
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    """Store the article and its drafts (or find the stored copy) and open its review page.

    Bad input re-renders the form with the message and everything typed kept: no pasted work is lost.
    """
    try:
        day = _day(published)
        if file is not None and file.filename:
            data = file.file.read(ingest_service.max_bytes() * ingest_service.HTML_OVERHEAD + 1)
            text = ingest_service.decode_upload(filename=file.filename, data=data)
            title = title or file.filename
        result = ingest_service.ingest(
            session=session, text=text, user=user, url=url, title=title, published=day
        )
    except (Invalid, TooLarge) as exc:
        form = {"text": text, "url": url, "title": title, "published": published}
        context = {"max_bytes": ingest_service.max_bytes(), "error": exc.message, "form": form}
        return render(request, "ingest/form.html", context, status_code=exc.status_code)
    suffix = "?duplicate=1" if result.duplicate else ""
    return hx_redirect(request, f"/review/{result.article.id}{suffix}")
