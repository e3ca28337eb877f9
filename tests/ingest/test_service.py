"""Ingest service against the real database: drafts and spans stored, duplicates, limits, atomicity."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.errors import Invalid, TooLarge
from app.engagements.models import Engagement
from app.ingest import service as ingest_service
from app.ingest.models import Article, EvidenceSpan
from app.officials.models import Official
from tests.builders import make_user
from tests.ingest import fakes

PUBLISHED = dt.date(2025, 7, 2)


def _count(session: Session, model: type) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_seed_article_gives_two_drafts_with_spans_on_the_right_words(
    session: Session, seed_text: str
) -> None:
    result = ingest_service.ingest(
        session=session, text=seed_text, user=make_user(session), published=PUBLISHED
    )
    assert not result.duplicate
    assert [e.type for e in result.engagements] == ["call", "meeting"]
    assert all(e.status == "draft" for e in result.engagements)
    call = result.engagements[0]
    assert sorted(c.country_iso3 for c in call.countries) == ["IND", "USA"]
    assert [p.official.name for p in call.participants] == ["Rajnath Singh", "Pete Hegseth"]
    spans = session.scalars(select(EvidenceSpan).where(EvidenceSpan.engagement_id == call.id)).all()
    quoted = {s.field: seed_text[s.start : s.end] for s in spans}
    assert quoted["participants.0.name"] == "Rajnath Singh"
    assert quoted["date"] == "Tuesday"
    assert result.article.published == PUBLISHED


def test_same_text_again_creates_nothing(session: Session, seed_text: str) -> None:
    first = ingest_service.ingest(session=session, text=seed_text, user=None, published=PUBLISHED)
    before = (_count(session, Article), _count(session, Engagement), _count(session, EvidenceSpan))
    again = ingest_service.ingest(session=session, text="  " + seed_text.upper() + "\n\n", user=None)
    assert again.duplicate and again.article.id == first.article.id
    assert [e.id for e in again.engagements] == [e.id for e in first.engagements]
    assert (_count(session, Article), _count(session, Engagement), _count(session, EvidenceSpan)) == before


def test_unknown_codes_are_dropped_with_warnings_not_crashes(session: Session) -> None:
    def odd(text: str, published: dt.date | None = None, knowledge: object = None) -> list[fakes.FakeDraft]:
        record = fakes.extract("Rajnath Singh", published)[0].record
        record = {**record, "countries": ["IND", "XXX", "usa"], "pillars": ["logistics", "nonsense"]}
        record["participants"] = [
            *record["participants"],
            {"name": "Nobody", "title": None, "country": "ZZZ"},
        ]
        return [
            fakes.FakeDraft(record),
            fakes.FakeDraft({"date": None, "type": "séance", "countries": ["IND"]}),
        ]

    result = ingest_service.ingest(session=session, text="Some article text", user=None, extractor=odd)
    first, second = result.engagements
    assert sorted(c.country_iso3 for c in first.countries) == ["IND", "USA"]
    assert [p.pillar_key for p in first.pillars] == ["logistics"]
    assert len(first.participants) == 2
    assert second.type == "other" and second.date_precision == "year"
    text = " ".join(result.warnings)
    assert "XXX" in text and "ZZZ" in text and "fewer than two countries" in text


def test_new_people_become_proposed_officials(session: Session) -> None:
    def unknown(
        text: str, published: dt.date | None = None, knowledge: object = None
    ) -> list[fakes.FakeDraft]:
        record = fakes.extract("Rajnath Singh", published)[0].record
        people = [
            {"name": "Zara Quillfeather", "title": "Vice Minister", "country": "USA", "new_official": True}
        ]
        return [fakes.FakeDraft({**record, "participants": people})]

    ingest_service.ingest(session=session, text="An article about a new person", user=None, extractor=unknown)
    official = session.scalars(select(Official).where(Official.name == "Zara Quillfeather")).one()
    assert (official.status, official.country_iso3) == ("proposed", "USA")


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text_is_422(session: Session, text: str) -> None:
    with pytest.raises(Invalid, match="empty"):
        ingest_service.ingest(session=session, text=text, user=None)


def test_oversize_text_is_413_and_stores_nothing(session: Session) -> None:
    before = _count(session, Article)
    with pytest.raises(TooLarge, match="limit"):
        ingest_service.ingest(session=session, text="x" * (ingest_service.max_bytes() + 1), user=None)
    assert _count(session, Article) == before


def test_upload_that_is_not_utf8_is_422() -> None:
    with pytest.raises(Invalid, match="not UTF-8"):
        ingest_service.decode_upload(filename="a.txt", data="Défense".encode("latin-1"))
    with pytest.raises(Invalid, match="binary"):
        ingest_service.decode_upload(filename="a.txt", data=b"\x89PNG\r\n\x1a\n\0\0")


def test_html_upload_is_reduced_to_the_article() -> None:
    html = (
        "<html><head><title>T</title><script>alert(1)</script></head><body><nav>Home | News</nav>"
        "<article><h1>Call</h1><p>"
        + "Defence Minister Rajnath Singh spoke to Pete Hegseth on Tuesday. " * 4
        + "</p></article></body></html>"
    )
    text = ingest_service.decode_upload(filename="story.html", data=html.encode())
    assert "Rajnath Singh" in text and "alert(1)" not in text and "<p>" not in text


def test_failure_midway_leaves_no_article(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second draft fails to store after the article and the first draft were flushed."""
    articles, engagements = _count(session, Article), _count(session, Engagement)
    original, calls = ingest_service.draft_store.store, []

    def second_fails(**kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(**kwargs)

    monkeypatch.setattr(ingest_service.draft_store, "store", second_fails)
    text = "Rajnath Singh called Pete Hegseth; S Jaishankar met him. A text for the failure test."
    with pytest.raises(RuntimeError, match="disk full"):
        ingest_service.ingest(session=session, text=text, user=None)
    assert len(calls) == 2
    assert (_count(session, Article), _count(session, Engagement)) == (articles, engagements)
    assert ingest_service.find_duplicate(session=session, text=text) is None
