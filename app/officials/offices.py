"""Offices by date: which canonical office a title names, and who held it on a day."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from app.extraction.knowledge import REFERENCE_DIR, OfficeInfo, load_offices
from app.officials.models import Official, Position

# Words that make a title a different office than the one it contains ("Deputy Defence Minister").
QUALIFIERS = frozenset(
    {"deputy", "vice", "junior", "assistant", "under", "former", "shadow", "acting", "associate", "principal"}
)
QUALIFIERS_STRICT = QUALIFIERS - {"acting"}  # an acting minister holds the office


def normalise(title: str) -> str:
    """Lower case, without punctuation, 'the' or repeated spaces: the form variants are compared in."""
    text = re.sub(r"[^\w\s]", " ", title.casefold())
    words = [w for w in text.split() if w != "the"]
    return " ".join(words)


def known_offices() -> tuple[OfficeInfo, ...]:
    """The offices shipped in app/reference/offices.yaml (none while the file is absent)."""
    path = REFERENCE_DIR / "offices.yaml"
    return load_offices(path) if path.exists() else ()


def _tiers(offices: Sequence[OfficeInfo], country: str | None) -> list[list[tuple[str, str]]]:
    """(wording, office key) pairs: the country's own wordings first, then the generic ones."""
    own = [(normalise(w), o.key) for o in offices for w in o.country_variants.get(country or "", ())]
    generic = [
        (normalise(w), o.key) for o in offices for w in (o.label, o.key.replace("_", " "), *o.variants)
    ]
    return [[(w, k) for w, k in tier if w] for tier in (own, generic)]


def _suffix_match(wanted: str, tier: list[tuple[str, str]]) -> str | None:
    best: tuple[int, str] | None = None
    for wording, key in tier:
        if wanted.endswith(" " + wording):
            if set(wanted[: -len(wording)].split()) & QUALIFIERS_STRICT:
                continue
            if best is None or len(wording) > best[0]:
                best = (len(wording), key)
    return best[1] if best else None


def office_key(title: str, country: str | None, offices: Sequence[OfficeInfo] | None = None) -> str | None:
    """The canonical office a title names; the country's own wordings win over the generic ones.

    An exact match wins; otherwise the longest wording found as whole words at the end of the title,
    so "Indian Defence Minister" is the defence minister but "Deputy Defence Minister" is not.
    """
    offices = known_offices() if offices is None else offices
    wanted = normalise(title)
    if not wanted:
        return None
    tiers = _tiers(offices, country)
    for tier in tiers:
        for wording, key in tier:
            if wording == wanted:
                return key
    for tier in tiers:
        found = _suffix_match(wanted, tier)
        if found is not None:
            return found
    return None


@dataclass(frozen=True)
class Tenure:
    official: Official
    position: Position


def holders(*, session: Session, country: str, office: str, day: dt.date) -> list[Tenure]:
    """Everyone who held office in country on day, the latest appointed first (merged records excluded)."""
    stmt = (
        select(Position)
        .join(Official, Official.id == Position.official_id)
        .where(
            Position.country_iso3 == country,
            Position.office == office,
            Official.status != "merged",
            or_(Position.start_date.is_(None), Position.start_date <= day),
            or_(Position.end_date.is_(None), Position.end_date >= day),
        )
        .options(
            selectinload(Position.official).selectinload(Official.country),
            selectinload(Position.official).selectinload(Official.aliases),
            selectinload(Position.official).selectinload(Official.positions),
        )
        .order_by(Position.start_date.desc().nulls_last(), Position.id.desc())
    )
    return [Tenure(p.official, p) for p in session.scalars(stmt)]


def holder(
    *,
    session: Session,
    country: str,
    title: str,
    day: dt.date,
    offices: Sequence[OfficeInfo] | None = None,
) -> Tenure | None:
    """Who held the office that title names in country on day; None when unknown or vacant."""
    key = office_key(title, country, offices)
    if key is None:
        key = _key_from_positions(session=session, country=country, title=title)
    if key is None:
        return None
    found = holders(session=session, country=country, office=key, day=day)
    return found[0] if found else None


def _key_from_positions(*, session: Session, country: str, title: str) -> str | None:
    """Fallback for titles not in offices.yaml: an office key some stored position of that title carries."""
    wanted = normalise(title)
    stmt = select(Position.title, Position.office).where(
        Position.country_iso3 == country, Position.office.is_not(None)
    )
    for stored_title, key in session.execute(stmt.distinct()):
        if normalise(stored_title) == wanted:
            return str(key)
    return None
