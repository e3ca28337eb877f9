"""Review pages: the queue, one article with its drafts, and the draft card's actions (htmx swaps)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from app.core.auth import Analyst, Csrf
from app.core.db import DbSession
from app.core.errors import Invalid
from app.core.templating import hx_redirect, is_partial, render
from app.engagements import curation, editing
from app.ingest import service as ingest_service
from app.review import forms
from app.review import service as review_service

router = APIRouter(prefix="/review", include_in_schema=False)
Id = Annotated[int, Path(ge=1, le=2_000_000_000)]
Names = Annotated[list[str] | None, Form(max_length=50)]
Str = Annotated[str | None, Form(max_length=200)]


@router.get("")
def queue(request: Request, session: DbSession, _: Analyst) -> Response:
    """Articles with drafts waiting, oldest first."""
    return render(request, "review/queue.html", {"items": ingest_service.queue(session=session)})


@router.get("/{article_id}")
def review(
    request: Request, session: DbSession, _: Analyst, article_id: Id, duplicate: bool = False
) -> Response:
    """The article with its evidence highlighted beside its draft cards."""
    view = review_service.page(session=session, article_id=article_id)
    cards = [(e, forms.stored(e)) for e in view.engagements]
    context = {
        "view": view,
        "cards": cards,
        "duplicate": duplicate,
        "choices": view.choices,
        "article_id": article_id,
    }
    return render(request, "review/page.html", context)


def _card(
    request: Request,
    session: Session,
    article_id: int,
    engagement_id: int,
    *,
    status: int = 200,
    submitted: dict[str, Any] | None = None,
    error: str | None = None,
    conflict: editing.EditConflict | None = None,
) -> Response:
    """The draft card (htmx), else the review page (success) or the card on its own page (errors)."""
    if status == 200 and not is_partial(request):
        return hx_redirect(request, f"/review/{article_id}#draft-{engagement_id}")
    card = review_service.card(session=session, article_id=article_id, engagement_id=engagement_id)
    e = card.engagement
    vals = forms.overlay(forms.stored(e), submitted or {})
    if conflict is not None:
        vals["version"] = conflict.current.version  # saving again is a deliberate overwrite of theirs
    context = {
        "e": e,
        "vals": vals,
        "matches": card.matches,
        "warnings": card.warnings,
        "choices": card.choices,
        "article_id": article_id,
        "error": error,
        "conflict": conflict,
    }
    name = "review/_draft.html" if is_partial(request) else "review/card_page.html"
    return render(request, name, context, status_code=status)


@router.post("/{article_id}/engagements/{engagement_id}", dependencies=[Csrf])
def save(
    request: Request,
    session: DbSession,
    user: Analyst,
    article_id: Id,
    engagement_id: Id,
    version: Annotated[int, Form(ge=1, le=2_000_000_000)],
    date: Annotated[str | None, Form(max_length=10)] = None,
    date_precision: Annotated[str | None, Form(max_length=5)] = None,
    type: Annotated[str | None, Form(max_length=12)] = None,
    countries: Str = None,
    p_name: Names = None,
    p_title: Names = None,
    p_country: Names = None,
    loc_city: Str = None,
    loc_country: Str = None,
    loc_venue: Str = None,
    pillars: Names = None,
    pillars_sent: Annotated[str | None, Form(max_length=1)] = None,
    summary: Annotated[str | None, Form(max_length=5000)] = None,
) -> Response:
    """Save the card's fields; 409 keeps your input and shows what the other analyst saved."""
    values = dict(locals())
    for key in ("request", "session", "user", "article_id", "engagement_id", "pillars_sent"):
        values.pop(key)
    if pillars_sent and pillars is None:
        values["pillars"] = []
    submitted: dict[str, Any] = {}
    try:
        data, submitted = forms.parse(values)
        editing.update(session=session, engagement_id=engagement_id, data=data, user=user)
    except forms.FormInvalid as exc:
        return _card(
            request,
            session,
            article_id,
            engagement_id,
            status=422,
            submitted=exc.submitted,
            error=exc.message,
        )
    except editing.EditConflict as exc:
        return _card(
            request, session, article_id, engagement_id, status=409, submitted=submitted, conflict=exc
        )
    except Invalid as exc:
        return _card(
            request, session, article_id, engagement_id, status=422, submitted=submitted, error=exc.message
        )
    return _card(request, session, article_id, engagement_id)


@router.post("/{article_id}/engagements/{engagement_id}/{action}", dependencies=[Csrf])
def act(
    request: Request,
    session: DbSession,
    user: Analyst,
    article_id: Id,
    engagement_id: Id,
    action: Annotated[str, Path(pattern="^(publish|reject|split|attach)$")],
    version: Annotated[int | None, Form(ge=1, le=2_000_000_000)] = None,
    target_id: Annotated[int | None, Form(ge=1, le=2_000_000_000)] = None,
) -> Response:
    """Publish or reject (the card is swapped), split or attach as a source (the page reloads)."""
    try:
        if action == "publish":
            editing.publish(session=session, engagement_id=engagement_id, user=user, version=version)
        elif action == "reject":
            editing.reject(session=session, engagement_id=engagement_id, user=user, version=version)
        elif action == "split":
            twin = curation.split(session=session, engagement_id=engagement_id, user=user)
            return hx_redirect(request, f"/review/{article_id}#draft-{twin.id}")
        else:
            if target_id is None:
                raise Invalid("Choose the published engagement to attach this article to")
            curation.attach_source(session=session, draft_id=engagement_id, target_id=target_id, user=user)
            return hx_redirect(request, f"/engagements/{target_id}#sources")
    except editing.EditConflict as exc:
        return _card(request, session, article_id, engagement_id, status=409, conflict=exc)
    except Invalid as exc:
        return _card(request, session, article_id, engagement_id, status=422, error=exc.message)
    return _card(request, session, article_id, engagement_id)


@router.post("/{article_id}/add", dependencies=[Csrf])
def add(request: Request, session: DbSession, user: Analyst, article_id: Id) -> Response:
    """A blank draft for an engagement the extractor missed."""
    e = curation.add_draft(session=session, article_id=article_id, user=user)
    return hx_redirect(request, f"/review/{article_id}#draft-{e.id}")


@router.post("/{article_id}/merge", dependencies=[Csrf])
def merge(
    request: Request,
    session: DbSession,
    user: Analyst,
    article_id: Id,
    keep: Annotated[int, Form(ge=1, le=2_000_000_000)],
    drop: Annotated[int, Form(ge=1, le=2_000_000_000)],
) -> Response:
    """Fold one draft into another."""
    curation.merge(session=session, keep_id=keep, drop_id=drop, user=user)
    return hx_redirect(request, f"/review/{article_id}#draft-{keep}")
