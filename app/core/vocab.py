"""Closed vocabularies shared by the database constraints, forms and the extractor."""

from __future__ import annotations

ENGAGEMENT_TYPES: tuple[str, ...] = (
    "call",
    "video_call",
    "meeting",
    "dialogue",
    "exercise",
    "agreement",
    "port_call",
    "other",
)
TYPE_LABELS: dict[str, str] = {
    "call": "Call",
    "video_call": "Video call",
    "meeting": "Meeting",
    "dialogue": "Dialogue",
    "exercise": "Exercise",
    "agreement": "Agreement",
    "port_call": "Port call",
    "other": "Other",
}
DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year")
STATUSES: tuple[str, ...] = ("draft", "published", "rejected")
ROLES: tuple[str, ...] = ("viewer", "analyst", "admin")
OFFICIAL_STATUSES: tuple[str, ...] = ("active", "proposed", "merged")
EVIDENCE_FIELDS_MAX = 64


def sql_in(column: str, values: tuple[str, ...]) -> str:
    """A CHECK constraint body limiting column to values."""
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"
