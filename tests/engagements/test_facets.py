"""Facets and their rollups stay equal to a from-scratch rebuild through every kind of write.

Random sequences of the writes analysts and the app make (create, publish, reject, edit date and
type, add and drop countries, officials and pillars, merge-style bulk updates of participants,
pillar key renames, deletes), on the test database (SQLite and Postgres); after each batch the
trigger-maintained tables are compared with facets.backfill_statements() run on the same rows.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import Connection, delete, select, text, update
from sqlalchemy.orm import Session

from app.engagements import facets
from app.engagements.models import (
    Engagement,
    EngagementCountry,
    EngagementFacet,
    EngagementPillar,
    Participant,
)
from app.officials.models import Official
from app.pillars.models import Pillar
from tests.builders import make_engagement, make_official

COUNTRIES = ["AUS", "FRA", "IND", "JPN", "USA"]


def _snapshot(conn: Connection) -> tuple[set[tuple[object, ...]], ...]:
    rows = [
        "SELECT engagement_id, facet, status, date, type FROM engagement_facets",
        "SELECT facet, month, type, n FROM facet_months WHERE n <> 0",
        "SELECT facet, other, n FROM facet_links WHERE n <> 0",
        "SELECT engagement_id, line FROM engagement_lists",
    ]
    return tuple({tuple(r) for r in conn.execute(text(sql))} for sql in rows)


def _assert_consistent(session: Session) -> None:
    session.flush()
    conn = session.connection()
    kept = _snapshot(conn)
    with conn.begin_nested() as sp:
        facets.rebuild(conn)
        rebuilt = _snapshot(conn)
        sp.rollback()
    for name, have, want in zip(("facets", "months", "links", "lists"), kept, rebuilt, strict=True):
        assert have == want, f"{name}: extra {sorted(have - want)[:5]}, missing {sorted(want - have)[:5]}"


def _officials(session: Session) -> list[int]:
    return [
        make_official(session, name=f"Facet Official {i}", country_iso3=c).id for i, c in enumerate(COUNTRIES)
    ]


def _step(session: Session, rng: random.Random, ids: list[int], officials: list[int], n: int) -> None:
    action = rng.choice(
        ["create", "create", "status", "date", "type", "country+", "country-", "pillar+", "pillar-",
         "person+", "person-", "merge", "rename", "delete"]
    )  # fmt: skip
    if action == "create" or not ids:
        countries = sorted(rng.sample(COUNTRIES, rng.choice((2, 2, 3))))
        e = make_engagement(
            session,
            date=dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1500)),
            type=rng.choice(["call", "meeting", "dialogue"]),
            countries=countries,
            participants=[],
            pillars=rng.sample(
                ["logistics", "technology", "exercises", "maritime_security"], rng.randint(0, 3)
            ),
            status=rng.choice(["published", "published", "draft"]),
            summary=f"facet test {n}",
        )
        ids.append(e.id)
        return
    eid = rng.choice(ids)
    e = session.get(Engagement, eid)
    assert e is not None
    if action == "status":
        e.status = rng.choice(["published", "draft", "rejected"])
    elif action == "date":
        e.date = e.date + dt.timedelta(days=rng.choice((-40, 3, 90)))
    elif action == "type":
        e.type = rng.choice(["call", "exercise", "agreement"])
    elif action == "country+":
        have = set(
            session.scalars(
                select(EngagementCountry.country_iso3).where(EngagementCountry.engagement_id == eid)
            )
        )
        free = [c for c in COUNTRIES if c not in have]
        if free:
            session.add(EngagementCountry(engagement_id=eid, country_iso3=rng.choice(free)))
    elif action == "country-":
        session.execute(
            delete(EngagementCountry).where(
                EngagementCountry.engagement_id == eid,
                EngagementCountry.country_iso3 == rng.choice(COUNTRIES),
            )
        )
    elif action == "pillar+":
        key = rng.choice(["logistics", "technology", "exercises", "maritime_security", "interoperability"])
        exists = session.get(EngagementPillar, (eid, key))
        if exists is None:
            session.add(EngagementPillar(engagement_id=eid, pillar_key=key))
    elif action == "pillar-":
        session.execute(delete(EngagementPillar).where(EngagementPillar.engagement_id == eid))
    elif action == "person+":
        oid = rng.choice(officials)
        country = session.scalar(select(Official.country_iso3).where(Official.id == oid))
        session.add(Participant(engagement_id=eid, official_id=oid, country_iso3=country, position=n))
    elif action == "person-":
        pid = session.scalar(select(Participant.id).where(Participant.engagement_id == eid).limit(1))
        if pid is not None:
            session.execute(delete(Participant).where(Participant.id == pid))
    elif action == "rename":  # an official's name is part of every export line they appear in
        session.execute(
            update(Official).where(Official.id == rng.choice(officials)).values(name=f"Renamed {n}")
        )
    elif action == "merge":  # what an official merge does: every row of one official moves to another
        drop, keep = rng.sample(officials, 2)
        session.execute(update(Participant).where(Participant.official_id == drop).values(official_id=keep))
    elif action == "delete":  # through the ORM, or a bare DELETE that leaves the rest to ON DELETE CASCADE
        session.flush()
        session.expire_all()
        if n % 2:
            session.delete(session.get(Engagement, eid))
        else:
            session.execute(delete(Engagement).where(Engagement.id == eid))
        ids.remove(eid)
    session.flush()


def test_rollups_follow_random_writes(session: Session) -> None:
    rng = random.Random(7)
    officials = _officials(session)
    ids: list[int] = []
    for n in range(240):
        _step(session, rng, ids, officials, n)
        if n % 40 == 39:
            _assert_consistent(session)
    assert session.scalar(select(EngagementFacet.facet).limit(1)) is not None


def test_facets_of_one_engagement(session: Session) -> None:
    e = make_engagement(session, countries=["AUS", "IND", "USA"], pillars=["logistics"], status="draft")
    keys = set(session.scalars(select(EngagementFacet.facet).where(EngagementFacet.engagement_id == e.id)))
    person = {f"o:{p.official_id}" for p in e.participants}
    assert keys == {"c:AUS", "c:IND", "c:USA", "p:AUS-IND", "p:AUS-USA", "p:IND-USA", "l:logistics"} | person
    months = session.execute(
        text("SELECT count(*) FROM facet_months WHERE facet = 'c:AUS' AND n > 0")
    ).scalar()
    assert months == 0  # a draft counts nowhere
    e.status = "published"
    session.flush()
    row = session.execute(text("SELECT month, type, n FROM facet_months WHERE facet = 'p:AUS-USA'")).one()
    assert tuple(row) == ("2025-07", "call", 1)
    links = dict(session.execute(text("SELECT other, n FROM facet_links WHERE facet = 'c:IND'")).all())
    assert links == {"c:AUS": 1, "c:USA": 1, "l:logistics": 1} | dict.fromkeys(person, 1)
    _assert_consistent(session)


def test_a_pillar_key_rename_moves_its_facets(session: Session) -> None:
    make_engagement(session, pillars=["logistics"])
    session.add(Pillar(key="supply", label="Supply", description="", cues=[]))
    session.flush()
    session.execute(update(Pillar).where(Pillar.key == "logistics").values(key="logistics_support"))
    session.flush()
    keys = set(session.scalars(select(EngagementFacet.facet)))
    assert "l:logistics_support" in keys and "l:logistics" not in keys
    _assert_consistent(session)
