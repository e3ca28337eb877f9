import datetime as dt

import pytest
from extraction_fixtures import tiny

from app.extraction import engine

DAY = dt.date(2024, 5, 3)  # a Friday


def _extract(text: str) -> list[dict]:  # type: ignore[type-arg]
    return [d.to_dict() for d in engine.extract(text, published=DAY, knowledge=tiny())]


@pytest.mark.parametrize(
    ("verb", "kind"),
    [
        ("spoke by phone with", "call"),
        ("held a telephone conversation with", "call"),
        ("held a video conference with", "video_call"),
        ("held talks with", "meeting"),
        ("signed a memorandum of understanding with", "agreement"),
    ],
)
def test_types_from_wording(verb: str, kind: str) -> None:
    lead = "French Minister of the Armed Forces Amelie Dufresne"
    text = f"{lead} {verb} Norwegian Defence Minister Kari Holm on Thursday."
    (rec,) = _extract(text)
    assert rec["type"] == kind and rec["date"] == "2024-05-02" and rec["countries"] == ["FRA", "NOR"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Amelie Dufresne is scheduled to meet Norwegian Defence Minister Kari Holm next month.",
        "Amelie Dufresne looked forward to meeting Norwegian Defence Minister Kari Holm.",
        "Amelie Dufresne last met Norwegian Defence Minister Kari Holm in Oslo in April.",
        "It was the fourth phone call Amelie Dufresne had held with Norwegian Defence Minister Kari Holm.",
        "Amelie Dufresne invited Norwegian Defence Minister Kari Holm to hold talks in Paris.",
    ],
)
def test_background_mentions_make_no_record(sentence: str) -> None:
    assert _extract(sentence) == []


def test_undated_event_gets_publication_month_and_a_warning() -> None:
    (rec,) = _extract("Amelie Dufresne met Norwegian Defence Minister Kari Holm in Oslo.")
    assert rec["date"] == "2024-05" and rec["date_precision"] == "month"
    assert "date inferred from publication date" in rec["warnings"]
    assert any(w.startswith("new official proposed: Kari Holm") for w in rec["warnings"])
    assert rec["location"] == {"city": "Oslo", "country": "NOR", "venue": None}


def test_calls_have_no_location_and_pillars_come_from_cues() -> None:
    (rec,) = _extract(
        "Amelie Dufresne telephoned Norwegian Defence Minister Kari Holm on Monday about cyber threats."
    )
    assert rec["location"] is None and rec["pillars"] == ["technology"] and rec["date"] == "2024-04-29"


def test_evidence_spans_point_at_the_text() -> None:
    text = "Amelie Dufresne telephoned Norwegian Defence Minister Kari Holm on Monday."
    (rec,) = _extract(text)
    assert text[slice(*rec["evidence"]["participants.1.name"][0])] == "Kari Holm"
    assert text[slice(*rec["evidence"]["date"][0])].endswith("Monday")
