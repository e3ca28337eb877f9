"""Hostile values and checks shared by the hostile-input tests."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup
from fastapi.dependencies.models import Dependant
from httpx import Response
from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.db import Base
from app.core.errors import OUT_OF_RANGE_MESSAGE

SCRIPT = "<script>alert('xss')</script>"
IMG = '"><img src=x onerror=alert(1)>'
MARKUP = (SCRIPT, IMG)
TEXT = (
    SCRIPT,
    IMG,
    "' OR '1'='1",
    "1; DROP TABLE users; --",
    "' UNION SELECT password_hash FROM users --",
    "%_\\",
    '"; --',
    "ü∂€😀",
    "x" * 5000,
)
# Query parameters get a leaner set: they are many, and every one is tried with each value.
QUERY_VALUES = (
    *MARKUP, "' OR '1'='1", "%_\\", "ü∂€😀", "x" * 5000,
    "-1", "99999999999999999999999", "-99999999999999999999", "1e308", "NaN",
    "not_a_known_value", "", "2025-13-45", "[]",
)  # fmt: skip
ID_VALUES = ("999999", "0", "-1", "99999999999999999999", "abc", SCRIPT, "' OR 1=1 --", "ÿ", "x" * 300)
MESSAGE_SELECTOR = "[role=alert], .error, .errors, .form-error, .field-error, .invalid-feedback"


def problem(response: Response) -> str | None:
    """Why the response is not an acceptable answer to hostile input, or None."""
    status = response.status_code
    if status >= 500:
        return f"server error {status}"
    content_type = response.headers.get("content-type", "")
    is_html = "text/html" in content_type
    if is_html and any(m in response.text for m in MARKUP):
        return "markup echoed unescaped"
    if 400 <= status < 500 and not has_message(response):
        return f"{status} without a message"
    return None


SAFETY_NET_HITS: list[str] = []


def check(response: Response, label: str, failures: list[str]) -> None:
    """Add `label -> why` to failures for a bad answer; note answers that only the safety net saved."""
    if (why := problem(response)) is not None:
        failures.append(f"{label} -> {why}")
    elif OUT_OF_RANGE_MESSAGE in response.text:
        SAFETY_NET_HITS.append(label)


def has_message(response: Response) -> bool:
    content_type = response.headers.get("content-type", "")
    if "json" in content_type:
        detail = response.json().get("detail") if isinstance(response.json(), dict) else None
        return bool(detail)
    if "text/html" in content_type:
        node = BeautifulSoup(response.text, "html.parser").select_one(MESSAGE_SELECTOR)
        return node is not None and bool(node.get_text(strip=True))
    return bool(response.text.strip())


def row_counts(session: Session) -> dict[str, int]:
    """Rows per table, to prove a refused write stored nothing."""
    session.flush()
    return {
        t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables
    }


def form_fields(dependant: Dependant) -> list[str]:
    """Names of the form/body fields a route reads (a Form() model gives its fields)."""
    names: list[str] = []
    for field in dependant.body_params:
        annotation = field.field_info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            names += [f.alias or n for n, f in annotation.model_fields.items()]
        else:
            names.append(field.alias)
    for sub in dependant.dependencies:
        names += form_fields(sub)
    return names


def resolve(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    """Follow a local $ref (and the first allOf/anyOf branch with properties) in an OpenAPI schema."""
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key, []):
            branch = resolve(branch, spec)
            if "properties" in branch:
                return branch
    return schema


def json_bodies(schema: dict[str, Any], spec: dict[str, Any]) -> Iterator[Any]:
    """Bodies for a JSON operation: wrong shapes, then every top-level property set to each hostile value."""
    yield from ([], "text", 12, None, {"unknown_field": SCRIPT})
    properties = resolve(schema, spec).get("properties", {})
    for value in (*TEXT, -1, 10**30, -(10**30), 1e308, [SCRIPT] * 5000, {"x": SCRIPT}):
        yield dict.fromkeys(properties, value)


class SecurityReport(UserWarning):
    """Figures worth seeing in every run (cases generated, routes saved only by the safety net)."""


def report(line: str) -> None:
    """Show line in pytest's warnings summary, which survives output capture and xdist."""
    print(line)
    warnings.warn(line, SecurityReport, stacklevel=2)
