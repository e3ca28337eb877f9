"""The engagement filter as a FastAPI dependency: query string -> EngagementFilter, or a 422 message."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from fastapi import Depends, Query, Request
from pydantic import ValidationError

from app.core.auth import CurrentUser, Forbidden
from app.core.db import DbSession
from app.core.errors import Invalid
from app.engagements import browse
from app.engagements.schemas import EngagementFilter
from app.users import service as user_service

_NAMES = {"date_from": "from", "date_to": "to"}


def _message(exc: ValidationError) -> str:
    """One readable line per bad field: "from: Input should be a valid date ... (got '2025-13-01')"."""
    parts = []
    for err in exc.errors():
        field = ".".join(_NAMES.get(str(p), str(p)) for p in err["loc"]) or "filter"
        got = err.get("input")
        shown = f" (got {got!r})" if isinstance(got, str | int) and len(str(got)) < 60 else ""
        parts.append(f"{field}: {err['msg']}{shown}")
    return "; ".join(parts)


def parse(values: Mapping[str, object]) -> EngagementFilter:
    """Validate raw filter values (query string or CLI options); bad input raises Invalid (422)."""
    try:
        return EngagementFilter.model_validate(values)
    except ValidationError as exc:
        raise Invalid(f"Invalid filter: {_message(exc)}") from None


def engagement_filter(
    user: CurrentUser,
    country: Annotated[str | None, Query(description="ISO3 code; either side of the engagement")] = None,
    pair_a: Annotated[str | None, Query(description="Country pair: one side (ISO3)")] = None,
    pair_b: Annotated[str | None, Query(description="Country pair: the other side (ISO3)")] = None,
    official: Annotated[str | None, Query(description="Official id taking part")] = None,
    pillar: Annotated[str | None, Query(description="Pillar key, e.g. maritime_security")] = None,
    type: Annotated[str | None, Query(description="Engagement type, e.g. call")] = None,
    date_from: Annotated[str | None, Query(alias="from", description="Earliest date, YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="Latest date, YYYY-MM-DD")] = None,
    q: Annotated[str | None, Query(description="Words in the summary or a source article")] = None,
    status: Annotated[str | None, Query(description="published (default); draft/rejected: analysts")] = None,
) -> EngagementFilter:
    """Parse the filter from the query string; only analysts may see drafts or rejected records."""
    filters = parse(
        {
            "country": country,
            "pair_a": pair_a,
            "pair_b": pair_b,
            "official": official,
            "pillar": pillar,
            "type": type,
            "from": date_from,
            "to": date_to,
            "q": q,
            "status": status,
        }
    )
    if filters.status != "published" and not user_service.has_role(user, "analyst"):
        raise Forbidden(f"Only analysts may list {filters.status} engagements")
    return filters


Filters = Annotated[EngagementFilter, Depends(engagement_filter)]


def page_filter(request: Request, user: CurrentUser, session: DbSession) -> EngagementFilter:
    """The pages' filter: as the API's, but the form's official field may hold a typed name.

    The name is resolved to an id (exact name, "Name (ISO3) #id" from a suggestion, or a unique
    prefix) so the form works as a plain GET without JS; the API keeps taking ids only.
    """
    known = ("country", "pair_a", "pair_b", "official", "pillar", "type", "from", "to", "q", "status")
    values: dict[str, str | None] = {k: request.query_params.get(k) for k in known}
    official = (values["official"] or "").strip()
    if official and not official.isdigit():
        values["official"] = str(browse.resolve_official(session=session, text=official))
    values["date_from"], values["date_to"] = values.pop("from"), values.pop("to")
    return engagement_filter(user, **values)


PageFilters = Annotated[EngagementFilter, Depends(page_filter)]
