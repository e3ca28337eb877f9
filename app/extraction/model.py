"""Draft engagement records with the evidence (text spans) behind every field."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass
class Participant:
    name: str
    title: str | None = None
    country: str | None = None
    name_spans: list[Span] = field(default_factory=list)
    title_span: Span | None = None
    country_span: Span | None = None
    new_official: bool = False
    official_name: str | None = None  # the knowledge-base name when resolved

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "title": self.title, "country": self.country}
        if self.new_official:
            out["new_official"] = True
        return out


@dataclass
class Location:
    city: str | None
    country: str | None
    venue: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"city": self.city, "country": self.country, "venue": self.venue}


@dataclass
class DraftEngagement:
    date: str | None
    date_precision: str
    type: str
    countries: list[str]
    participants: list[Participant]
    location: Location | None = None
    pillars: list[str] = field(default_factory=list)
    outcomes: list[str] = field(default_factory=list)
    confidence: float = 0.5
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One generated sentence describing the record."""
        people = [f"{p.name} ({p.country})" if p.country else p.name for p in self.participants]
        verb = SUMMARY_VERBS.get(self.type, "had a contact")
        if not people:
            subject = " and ".join(self.countries)
        elif len(people) == 1:
            others = [c for c in self.countries if c != self.participants[0].country]
            subject = f"{people[0]} and {', '.join(others) or 'a counterpart'}"
        else:
            subject = ", ".join(people[:-1]) + " and " + people[-1]
        when = f" on {self.date}" if self.date and self.date_precision == "day" else ""
        where = f" in {self.location.city}" if self.location and self.location.city else ""
        return f"{subject} {verb}{where}{when}"

    def to_dict(self) -> dict[str, Any]:
        """The gold shape of SCHEMA.md plus summary, confidence, evidence and warnings."""
        evidence = dict(self.evidence)
        for i, p in enumerate(self.participants):
            if p.name_spans:
                evidence[f"participants.{i}.name"] = list(p.name_spans)
            if p.title_span:
                evidence[f"participants.{i}.title"] = [p.title_span]
            if p.country_span:
                evidence[f"participants.{i}.country"] = [p.country_span]
        return {
            "date": self.date,
            "date_precision": self.date_precision,
            "type": self.type,
            "countries": sorted(self.countries),
            "participants": [p.to_dict() for p in self.participants],
            "location": self.location.to_dict() if self.location else None,
            "pillars": list(self.pillars),
            "outcomes": list(self.outcomes),
            "summary": self.summary(),
            "confidence": round(self.confidence, 2),
            "evidence": {k: [list(s) for s in v] for k, v in evidence.items()},
            "warnings": list(self.warnings),
        }


SUMMARY_VERBS = {
    "call": "held a call",
    "video_call": "held a video call",
    "meeting": "met",
    "dialogue": "held a dialogue",
    "exercise": "exercised together",
    "agreement": "signed an agreement",
    "port_call": "had a port call",
    "other": "had a contact",
}
