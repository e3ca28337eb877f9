from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.audit import service as audit_service
from app.core.errors import Conflict, Invalid
from app.officials import service as official_service
from app.officials.schemas import OfficialFilter, parse_aliases
from tests.builders import make_official, make_user
from tests.officials.kb import starter_set, update_data


def test_parse_aliases_trims_and_drops_repeats() -> None:
    assert parse_aliases(" S  Jaishankar \n\ns jaishankar\nDr. S. Jaishankar") == [
        "S Jaishankar",
        "Dr. S. Jaishankar",
    ]


def test_create_stores_aliases_positions_office_key_and_audits(session: Session) -> None:
    user = make_user(session)
    official = official_service.create(session=session, data=update_data(), user=user)
    got = official_service.get(session=session, official_id=official.id)
    assert [a.alias for a in got.aliases] == ["A. Minister"]
    assert [(p.title, p.office, p.country_iso3) for p in got.positions] == [
        ("Defence Minister", "defence_minister", "IND")
    ]
    history = audit_service.history(session=session, entity="official", entity_id=official.id)
    assert {h.action for h in history} == {"create"} and {h.field for h in history} >= {"name", "positions"}


def test_end_before_start_is_refused_with_the_dates(session: Session) -> None:
    data = update_data(positions=[{"title": "Defence Minister", "start": "2021-05-01", "end": "2020-01-01"}])
    with pytest.raises(Invalid, match=r"ends \(2020-01-01\) before it starts \(2021-05-01\)"):
        official_service.create(session=session, data=data, user=None)


def test_overlapping_tenures_in_one_office_are_refused(session: Session) -> None:
    positions = [
        {"title": "Defence Minister", "start": "2019-01-01", "end": "2021-01-01"},
        {"title": "Raksha Mantri", "start": "2020-06-01", "end": None},
    ]
    with pytest.raises(Invalid, match="overlap in the same office"):
        official_service.create(session=session, data=update_data(positions=positions), user=None)


def test_tenures_in_different_offices_may_overlap_and_back_to_back_ones_too(session: Session) -> None:
    positions = [
        {"title": "Defence Minister", "start": "2019-01-01", "end": "2021-01-01"},
        {"title": "External Affairs Minister", "start": "2020-01-01"},
        {"title": "Defence Minister", "start": "2021-01-02"},
    ]
    official = official_service.create(session=session, data=update_data(positions=positions), user=None)
    assert len(official.positions) == 3


def test_unknown_country_is_refused(session: Session) -> None:
    with pytest.raises(Invalid, match="Unknown country 'XYZ'"):
        official_service.create(session=session, data=update_data(country="xyz"), user=None)


def test_update_keeps_unchanged_rows_bumps_version_and_records_old_and_new(session: Session) -> None:
    user = make_user(session)
    official = official_service.create(session=session, data=update_data(), user=user)
    position_id = official.positions[0].id
    data = update_data(name="Ada Q. Minister", aliases=["A. Minister", "Ada"], version=official.version)
    saved = official_service.update(session=session, official_id=official.id, data=data, user=user)
    assert saved.version == 2 and saved.name == "Ada Q. Minister"
    assert [p.id for p in saved.positions] == [position_id]
    edits = list(audit_service.history(session=session, entity="official", entity_id=official.id))
    by_field = {h.field: h for h in edits if h.action == "update"}
    assert set(by_field) == {"name", "aliases"}
    assert (by_field["name"].old_value, by_field["name"].new_value) == ("Ada Minister", "Ada Q. Minister")


def test_a_stale_version_is_a_conflict_and_changes_nothing(session: Session) -> None:
    official = official_service.create(session=session, data=update_data(), user=None)
    official_service.update(
        session=session, official_id=official.id, data=update_data(name="First", version=1), user=None
    )
    with pytest.raises(Conflict, match="Someone else changed First"):
        official_service.update(
            session=session, official_id=official.id, data=update_data(name="Second", version=1), user=None
        )
    assert official_service.get(session=session, official_id=official.id).name == "First"


def test_editing_a_proposed_official_makes_it_active(session: Session) -> None:
    official = make_official(session, name="New Person", status="proposed")
    saved = official_service.update(
        session=session, official_id=official.id, data=update_data(name="New Person"), user=None
    )
    assert saved.status == "active"


def test_list_searches_names_and_aliases_and_filters_by_country(session: Session) -> None:
    official_service.create(session=session, data=update_data(name="Zed Alpha", aliases=["Zappa"]), user=None)
    official_service.create(
        session=session, data=update_data(name="Zed Beta", country="USA", aliases=[]), user=None
    )

    def names(**kw: str) -> list[str]:
        return [o.name for o in official_service.list_(session=session, filters=OfficialFilter(**kw))]

    assert names(q="zappa") == ["Zed Alpha"]
    assert names(q="zed", country="usa") == ["Zed Beta"]
    assert "Zed Alpha" in names(q="ZED")
    assert names(q="100%_") == []  # LIKE wildcards are literal


def test_current_position_is_the_one_held_today() -> None:
    from app.officials.models import Official, Position

    old = Position(title="Old", start_date=dt.date(2010, 1, 1), end_date=dt.date(2012, 1, 1))
    now = Position(title="Now", start_date=dt.date(2020, 1, 1), end_date=None)
    official = Official(name="X", country_iso3="IND")
    official.positions = [old, now]
    assert official_service.current_position(official, dt.date(2024, 1, 1)) is now
    assert official_service.current_position(official, dt.date(2015, 1, 1)) is None


def test_load_kb_is_idempotent_and_export_round_trips(session: Session) -> None:
    rows = starter_set()
    official_service.load_kb(session=session, rows=rows)
    assert official_service.load_kb(session=session, rows=rows) == 0
    exported = {(o["name"], o["country"]): o for o in official_service.export_kb(session=session)}
    for info in rows:
        item = exported[(info.name, info.country)]
        assert set(info.aliases) <= set(item.get("aliases", []))
        got = {(p["title"], p.get("office"), p.get("start"), p.get("end")) for p in item["positions"]}
        assert {(p.title, p.office, p.start, p.end) for p in info.positions} <= got
