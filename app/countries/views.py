"""Country pages: the list with engagement counts, and the admins' alias and demonym editor."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import Response
from pydantic import ValidationError

from app.core.auth import Admin, Csrf, Reader
from app.core.db import DbSession
from app.core.errors import Invalid
from app.core.templating import hx_redirect, render
from app.countries import service as country_service
from app.countries.schemas import CountryNamesUpdate, parse_names
from app.users import service as user_service

router = APIRouter(prefix="/countries", include_in_schema=False)
Iso3 = Annotated[str, Path(min_length=3, max_length=3)]
Names = Annotated[str, Form(max_length=20_000)]


@router.get("")
def countries_page(request: Request, session: DbSession, user: Reader) -> Response:
    """Countries with their aliases and demonyms, most engaged first (analysts count drafts too)."""
    analyst = user_service.has_role(user, "analyst")
    rows = country_service.list_with_counts(session=session, published_only=not analyst)
    context = {"rows": rows, "admin": user_service.has_role(user, "admin"), "analyst": analyst}
    return render(request, "countries/list.html", context)


@router.get("/{iso3}/edit")
def edit_page(request: Request, session: DbSession, _: Admin, iso3: Iso3) -> Response:
    country = country_service.get(session=session, iso3=iso3)
    form = {
        "aliases": "\n".join(a.alias for a in country.aliases if a.kind == "alias"),
        "demonyms": "\n".join(a.alias for a in country.aliases if a.kind == "demonym"),
    }
    return render(request, "countries/edit.html", {"country": country, "form": form, "error": None})


@router.post("/{iso3}/edit", dependencies=[Csrf])
def save(
    request: Request, session: DbSession, user: Admin, iso3: Iso3, aliases: Names = "", demonyms: Names = ""
) -> Response:
    try:
        data = CountryNamesUpdate(aliases=parse_names(aliases), demonyms=parse_names(demonyms))
    except ValidationError as exc:
        country = country_service.get(session=session, iso3=iso3)
        message = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        context = {"country": country, "form": {"aliases": aliases, "demonyms": demonyms}, "error": message}
        return render(request, "countries/edit.html", context, status_code=Invalid.status_code)
    country = country_service.update_names(session=session, iso3=iso3, data=data, user=user)
    return hx_redirect(request, "/countries")
