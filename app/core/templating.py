"""Jinja2 templates that render a whole page or one block (jinja2-fragments), and htmx helpers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from jinja2_fragments.fastapi import Jinja2Blocks

from app.core.security import csrf_token
from app.core.vocab import TYPE_LABELS

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"
templates = Jinja2Blocks(directory=str(TEMPLATES_DIR))


def format_date(value: dt.date | None, precision: str = "day") -> str:
    """A date at the precision it is known: 1 Jul 2025, Jul 2025 or 2025."""
    if value is None:
        return ""
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return value.strftime("%b %Y")
    return f"{value.day} {value.strftime('%b %Y')}"


templates.env.filters["fdate"] = format_date
templates.env.globals["csrf_token"] = csrf_token
templates.env.globals["TYPE_LABELS"] = TYPE_LABELS


def is_partial(request: Request) -> bool:
    """True for htmx requests that want a fragment: not boosted, not a history restore."""
    headers = request.headers
    return (
        headers.get("HX-Request") == "true"
        and headers.get("HX-Boosted") != "true"
        and headers.get("HX-History-Restore-Request") != "true"
    )


def render(
    request: Request, name: str, context: dict[str, Any], *, block: str | None = None, status_code: int = 200
) -> Response:
    """Render the full page, or only `block` for an htmx partial request; varies on HX-Request."""
    if block is not None and is_partial(request):
        response: Response = templates.TemplateResponse(
            request, name, context, block_name=block, status_code=status_code
        )
    else:
        response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers["Vary"] = "HX-Request"
    return response


def hx_redirect(request: Request, url: str) -> Response:
    """Redirect after POST: 200 + HX-Redirect for htmx, else 303."""
    if request.headers.get("HX-Request") == "true":
        return Response(status_code=200, headers={"HX-Redirect": url})
    return Response(status_code=303, headers={"Location": url})
