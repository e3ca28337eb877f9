"""A stand-in extractor with the engine's interface: drafts whose to_dict() is the gold shape + evidence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

SEED = "ind-usa-call-2025-07-01"


@dataclass
class FakeDraft:
    record: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return self.record


def _span(text: str, needle: str) -> list[list[int]]:
    start = text.find(needle)
    return [[start, start + len(needle)]] if start >= 0 else []


def _people(
    text: str, people: list[tuple[str, str | None, str]]
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    out, evidence = [], {}
    for i, (name, title, country) in enumerate(people):
        out.append({"name": name, "title": title, "country": country})
        evidence[f"participants.{i}.name"] = _span(text, name)
    return out, evidence


def extract(text: str, published: dt.date | None = None, knowledge: object = None) -> list[FakeDraft]:
    """Two drafts (call, meeting) when the seed's people appear; one generic call otherwise."""
    drafts: list[FakeDraft] = []
    if "Rajnath Singh" in text:
        people, ev = _people(
            text,
            [("Rajnath Singh", "Defence Minister", "IND"), ("Pete Hegseth", "Secretary of Defence", "USA")],
        )
        ev |= {"date": _span(text, "Tuesday"), "type": _span(text, "telephonic conversation")}
        drafts.append(
            _draft("2025-07-01", "day", "call", people, None, ["logistics", "counter_terrorism"], ev)
        )
    if "Jaishankar" in text:
        people, ev = _people(
            text, [("S Jaishankar", None, "IND"), ("Pete Hegseth", "Secretary of Defence", "USA")]
        )
        ev |= {"type": _span(text, "met"), "location": _span(text, "Pentagon")}
        loc = {"city": "Washington", "country": "USA", "venue": "Pentagon"}
        drafts.append(_draft("2025-07", "month", "meeting", people, loc, ["defence_sales"], ev))
    if not drafts and text.strip():
        day = (published or dt.date(2025, 1, 2)).isoformat()
        drafts.append(_draft(day, "day", "call", [], None, [], {"type": _span(text, "call")}))
    return drafts


def _draft(
    date: str,
    precision: str,
    kind: str,
    people: list[dict[str, Any]],
    loc: dict[str, Any] | None,
    pillars: list[str],
    evidence: dict[str, Any],
) -> FakeDraft:
    return FakeDraft(
        {
            "date": date,
            "date_precision": precision,
            "type": kind,
            "countries": ["IND", "USA"],
            "participants": people,
            "location": loc,
            "pillars": pillars,
            "outcomes": [],
            "summary": f"{kind} between India and the United States",
            "confidence": 0.9,
            "evidence": {k: v for k, v in evidence.items() if v},
            "warnings": [],
        }
    )


def broken(text: str, published: dt.date | None = None, knowledge: object = None) -> list[FakeDraft]:
    """A first good draft, then one that makes the database refuse it (a type outside the check)."""
    good = extract(text, published, knowledge)[0]
    return [good, FakeDraft({**good.record, "countries": ["IND", "USA"], "evidence": {"x": "not-a-span"}})]
