"""The draft card's form values: the stored record, overlaid with what the analyst typed (kept on errors)."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from app.core.errors import Invalid
from app.engagements import service as engagement_service
from app.engagements.edit_schemas import EngagementUpdate, form_values
from app.engagements.models import Engagement


def stored(e: Engagement) -> dict[str, Any]:
    """The card's field values as stored."""
    read = engagement_service.to_read(e)
    return {
        "version": read.version,
        "date": read.date,
        "date_precision": read.date_precision,
        "type": read.type,
        "countries": " ".join(read.countries),
        "participants": [p.model_dump(include={"name", "title", "country"}) for p in read.participants],
        "location": read.location.model_dump() if read.location else {},
        "pillars": read.pillars,
        "summary": read.summary,
    }


def overlay(base: dict[str, Any], submitted: dict[str, Any]) -> dict[str, Any]:
    """base with the submitted values on top, in the card's shapes."""
    out = dict(base)
    for key, value in submitted.items():
        if key == "countries":
            out[key] = " ".join(value)
        elif key == "location":
            out[key] = value or {}
        else:
            out[key] = value
    return out


def parse(values: dict[str, Any]) -> tuple[EngagementUpdate, dict[str, Any]]:
    """An EngagementUpdate from the card's form fields (422 naming the bad fields), and the raw values."""
    submitted = form_values(**values)
    try:
        return EngagementUpdate.model_validate(submitted), submitted
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise FormInvalid(problems, submitted) from None


class FormInvalid(Invalid):
    """422 that keeps the analyst's input, so the card can be shown again with it."""

    def __init__(self, message: str, submitted: dict[str, Any]) -> None:
        super().__init__(message)
        self.submitted = submitted
