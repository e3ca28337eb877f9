"""Pages for officials: search, one official, the edit and new forms, merge with preview, merge undo."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Path, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from app.core.auth import Analyst, Csrf, Reader
from app.core.db import DbSession
from app.core.errors import Conflict, DomainError, Invalid
from app.core.templating import hx_redirect, is_partial, render
from app.officials import activity, merge
from app.officials import service as official_service
from app.officials.models import Official
from app.officials.schemas import OfficialFilter, OfficialUpdate, parse_aliases
from app.users import service as user_service
from app.users.models import User

router = APIRouter(prefix="/officials", include_in_schema=False)
OfficialId = Annotated[int, Path(ge=1, le=official_service.MAX_ID)]
Texts = Annotated[list[str], Form(max_length=official_service.MAX_ID)]
BLANK_ROWS = 3


def parse_filters(q: str | None = None, country: str | None = None) -> OfficialFilter:
    try:
        return OfficialFilter(q=q, country=country)
    except ValidationError as exc:
        raise Invalid(_problems(exc)) from None


def _problems(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())


@router.get("")
def officials_page(
    request: Request,
    session: DbSession,
    user: Reader,
    filters: Annotated[OfficialFilter, Depends(parse_filters)],
) -> Response:
    """Search by name or alias, filter by country; htmx gets the results block and a clean pushed URL."""
    rows = official_service.list_(session=session, filters=filters)
    params = filters.query_params()
    context = {
        "rows": [(o, official_service.current_position(o)) for o in rows],
        "filters": filters,
        "countries": official_service.countries(session=session),
        "analyst": user_service.has_role(user, "analyst"),
        "limit": 100,
    }
    response = render(request, "officials/list.html", context, block="results")
    if is_partial(request):
        response.headers["HX-Push-Url"] = "/officials" + (f"?{urlencode(params)}" if params else "")
    return response


def _form_context(
    session: Any, official: Official | None, form: dict[str, Any], error: str | None = None
) -> dict[str, Any]:
    return {
        "official": official,
        "form": form,
        "error": error,
        "countries": official_service.countries(session=session),
        "blank_rows": BLANK_ROWS,
    }


def _form_from(official: Official) -> dict[str, Any]:
    return {
        "name": official.name,
        "country": official.country_iso3,
        "aliases": "\n".join(a.alias for a in official.aliases),
        "positions": official_service.position_dicts(official),
        "version": official.version,
    }


class PositionRows:
    """The repeated position fields of the edit form (one list per column, blank rows ignored)."""

    def __init__(
        self,
        pos_title: Texts = [],  # noqa: B006 - FastAPI copies defaults
        pos_office: Texts = [],  # noqa: B006
        pos_organisation: Texts = [],  # noqa: B006
        pos_start: Texts = [],  # noqa: B006
        pos_end: Texts = [],  # noqa: B006
    ) -> None:
        columns = (pos_title, pos_office, pos_organisation, pos_start, pos_end)
        width = max(len(c) for c in columns)
        padded = [list(c) + [""] * (width - len(c)) for c in columns]
        self.rows = [
            {"title": t, "office": o, "organisation": g, "start": s, "end": e}
            for t, o, g, s, e in zip(*padded, strict=True)
            if any(v.strip() for v in (t, g, s, e))
        ]


def _raw_form(
    name: str, country: str, aliases: str, rows: PositionRows, version: int | None
) -> dict[str, Any]:
    return {"name": name, "country": country, "aliases": aliases, "positions": rows.rows, "version": version}


def _parse(form: dict[str, Any]) -> OfficialUpdate:
    values = {**form, "aliases": parse_aliases(form["aliases"])}
    try:
        return OfficialUpdate.model_validate(values)
    except ValidationError as exc:
        raise Invalid(_problems(exc)) from None


Name = Annotated[str, Form(max_length=160)]
CountryField = Annotated[str, Form(max_length=3)]
AliasesField = Annotated[str, Form(max_length=20_000)]
Version = Annotated[int | None, Form(ge=1, le=official_service.MAX_ID)]


@router.get("/new")
def new_page(request: Request, session: DbSession, _: Analyst) -> Response:
    form: dict[str, Any] = {"name": "", "country": "", "aliases": "", "positions": [], "version": None}
    return render(request, "officials/form.html", _form_context(session, None, form))


@router.post("/new", dependencies=[Csrf])
def create_official(
    request: Request,
    session: DbSession,
    user: Analyst,
    rows: Annotated[PositionRows, Depends()],
    name: Name = "",
    country: CountryField = "",
    aliases: AliasesField = "",
) -> Response:
    form = _raw_form(name, country, aliases, rows, None)
    try:
        official = official_service.create(session=session, data=_parse(form), user=user)
    except Invalid as exc:
        return render(
            request, "officials/form.html", _form_context(session, None, form, exc.message), status_code=422
        )
    return hx_redirect(request, f"/officials/{official.id}")


@router.get("/merge")
def merge_page(
    request: Request,
    session: DbSession,
    _: Analyst,
    keep_id: Annotated[str | None, Query(alias="keep", max_length=12)] = None,
    drop_id: Annotated[str | None, Query(alias="drop", max_length=12)] = None,
    q: Annotated[str | None, Query(max_length=160)] = None,
) -> Response:
    """Choose the two records; once both are chosen, preview what moves (or why it cannot)."""
    keep, drop = _opt_id(keep_id), _opt_id(drop_id)
    plan, error = None, None
    if keep and drop:
        try:
            plan = merge.preview(session=session, keep_id=keep, drop_id=drop)
        except DomainError as exc:
            error = exc.message
    found = official_service.list_(session=session, filters=parse_filters(q=q)) if q and q.strip() else []
    context = {"plan": plan, "error": error, "keep": keep, "drop": drop, "q": q or "", "found": found}
    return render(request, "officials/merge.html", context, status_code=200)


def _opt_id(value: str | None) -> int | None:
    if value in (None, ""):
        return None
    if not str(value).isdigit() or not 1 <= int(str(value)) <= official_service.MAX_ID:
        raise Invalid(f"{str(value)[:20]!r} is not an official id")
    return int(str(value))


@router.post("/merge", dependencies=[Csrf])
def merge_officials(
    request: Request,
    session: DbSession,
    user: Analyst,
    keep: Annotated[int, Form(ge=1, le=official_service.MAX_ID)],
    drop: Annotated[int, Form(ge=1, le=official_service.MAX_ID)],
) -> Response:
    merge.merge(session=session, keep_id=keep, drop_id=drop, user=user)
    return hx_redirect(request, f"/officials/{keep}")


@router.post("/merges/{batch}/undo", dependencies=[Csrf])
def undo_merge(
    request: Request, session: DbSession, user: Analyst, batch: Annotated[str, Path(max_length=40)]
) -> Response:
    restored = merge.undo(session=session, batch=batch, user=user)
    return hx_redirect(request, f"/officials/{restored}")


@router.get("/{official_id}")
def detail(request: Request, session: DbSession, user: Reader, official_id: OfficialId) -> Response:
    """Positions with predecessors and successors, engagements, counterparts; analysts see history."""
    official = official_service.get(session=session, official_id=official_id)
    if official.merged_into_id is not None:
        return RedirectResponse(f"/officials/{official.merged_into_id}", status_code=308)
    return render(request, "officials/detail.html", _detail_context(session, official, user))


def _detail_context(session: Any, official: Official, user: User | None) -> dict[str, Any]:
    analyst = user_service.has_role(user, "analyst")
    return {
        "o": official,
        "current": official_service.current_position(official),
        "tenures": activity.neighbours(session=session, positions=official.positions),
        "engagements": activity.engagements(
            session=session, official_id=official.id, published_only=not analyst
        ),
        "counterparts": activity.counterparts(
            session=session, official_id=official.id, published_only=not analyst
        ),
        "history": activity.history(session=session, official_id=official.id) if analyst else None,
        "analyst": analyst,
        "today": dt.date.today(),
    }


@router.get("/{official_id}/edit")
def edit_page(request: Request, session: DbSession, _: Analyst, official_id: OfficialId) -> Response:
    official = official_service.get(session=session, official_id=official_id)
    if official.merged_into_id is not None:
        return RedirectResponse(f"/officials/{official.merged_into_id}/edit", status_code=303)
    return render(request, "officials/form.html", _form_context(session, official, _form_from(official)))


@router.post("/{official_id}/edit", dependencies=[Csrf])
def save(
    request: Request,
    session: DbSession,
    user: Analyst,
    official_id: OfficialId,
    rows: Annotated[PositionRows, Depends()],
    version: Version = None,
    name: Name = "",
    country: CountryField = "",
    aliases: AliasesField = "",
) -> Response:
    """Save the whole record; bad input re-renders the form (422), a stale version says so (409)."""
    form = _raw_form(name, country, aliases, rows, version)
    try:
        official_service.update(session=session, official_id=official_id, data=_parse(form), user=user)
    except (Invalid, Conflict) as exc:
        official = official_service.get(session=session, official_id=official_id)
        context = _form_context(session, official, form, exc.message)
        return render(request, "officials/form.html", context, status_code=exc.status_code)
    return hx_redirect(request, f"/officials/{official_id}")
