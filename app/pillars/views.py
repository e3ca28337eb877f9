"""Admin pages for pillars of cooperation: add a pillar, edit its label, description and cue terms."""

from __future__ import annotations

from typing import Annotated, TypeVar

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import Response
from pydantic import ValidationError

from app.core.auth import Admin, Csrf
from app.core.db import DbSession
from app.core.errors import Invalid
from app.core.templating import hx_redirect, render
from app.pillars import service as pillar_service
from app.pillars.schemas import MAX_CUE_LENGTH, MAX_CUES, PillarCreate, PillarUpdate, parse_cues

router = APIRouter(prefix="/admin/pillars", include_in_schema=False)
Label = Annotated[str, Form(max_length=80)]
Description = Annotated[str, Form(max_length=2000)]
Cues = Annotated[str, Form(max_length=MAX_CUES * (MAX_CUE_LENGTH + 2))]
Key = Annotated[str, Path(max_length=40)]
F = TypeVar("F", bound=PillarUpdate)


def _form(model: type[F], **values: object) -> F:
    """Validate form values with the schema; problems become one 422 message naming the fields."""
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise Invalid(problems) from None


@router.get("")
def pillars_page(request: Request, session: DbSession, _: Admin) -> Response:
    pillars = pillar_service.list_(session=session)
    return render(request, "admin/pillars.html", {"pillars": pillars}, block="results")


@router.post("", dependencies=[Csrf])
def create_pillar(
    request: Request,
    session: DbSession,
    user: Admin,
    key: Annotated[str, Form(max_length=40)],
    label: Label,
    description: Description = "",
    cues: Cues = "",
) -> Response:
    data = _form(PillarCreate, key=key.strip(), label=label, description=description, cues=parse_cues(cues))
    pillar_service.create(session=session, data=data, user=user)
    return hx_redirect(request, "/admin/pillars")


@router.post("/{key}", dependencies=[Csrf])
def update_pillar(
    request: Request,
    session: DbSession,
    user: Admin,
    key: Key,
    label: Label,
    description: Description = "",
    cues: Cues = "",
) -> Response:
    data = _form(PillarUpdate, label=label, description=description, cues=parse_cues(cues))
    pillar_service.update(session=session, key=key, data=data, user=user)
    return hx_redirect(request, "/admin/pillars")
