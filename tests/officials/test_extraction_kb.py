"""Extraction resolves a bare title ("the Indian Defence Minister") to the holder on the article's date,
using a Knowledge built from the database snapshot."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy.orm import Session

from app.countries import service as country_service
from app.extraction.knowledge import Knowledge
from app.officials import offices
from app.officials import service as official_service
from app.pillars import service as pillar_service
from tests.officials.kb import starter_set

TEXT = (
    "NEW DELHI, July 1, 2025 - The Indian Defence Minister held a telephone call with his Australian "
    "counterpart on Tuesday and discussed maritime security and defence industrial cooperation, "
    "the Ministry of Defence said in a statement."
)


def _knowledge(session: Session) -> Knowledge:
    official_service.load_kb(session=session, rows=starter_set())
    return Knowledge(
        countries=country_service.snapshot(session=session),
        pillars=pillar_service.snapshot(session=session),
        officials=official_service.snapshot(session=session),
        offices=offices.known_offices(),
    )


def test_snapshot_knows_the_holder_on_the_date(session: Session) -> None:
    knowledge = _knowledge(session)
    singh = next(o for o in knowledge.officials if o.name == "Rajnath Singh" and o.country == "IND")
    assert any(p.office == "defence_minister" and p.held_on(dt.date(2025, 7, 1)) for p in singh.positions)
    assert singh.id is not None


def _people(knowledge: Knowledge) -> list[tuple[str, str]]:
    from app.extraction import engine

    drafts = engine.extract(TEXT, published=dt.date(2025, 7, 1), knowledge=knowledge)
    return [(p["name"], p["country"]) for d in drafts for p in d.to_dict()["participants"]]


def test_bare_title_is_attributed_to_the_holder_via_the_knowledge_base(session: Session) -> None:
    knowledge = _knowledge(session)
    assert ("Rajnath Singh", "IND") in _people(knowledge)
    # The name comes from the knowledge base, not from the text: without officials nobody is named.
    assert ("Rajnath Singh", "IND") not in _people(dataclasses.replace(knowledge, officials=()))
