import datetime as dt

from extraction_fixtures import tiny
from hypothesis import given, settings
from hypothesis import strategies as st

from app.extraction import engine, people

WORDS = st.sampled_from(
    ["Minister", "met", "Norwegian", "French", "Amelie", "Dufresne", "Kari", "Holm", "on", "Monday", "the",
     "telephoned", "2+2", "signed", "MoU", ",", ".", "\n", "Mr", "US", "exercise", "began", "today", "Jan. 3"]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=60).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 1, 1))))
def test_extract_never_raises_and_spans_stay_in_text(text: str, day: dt.date | None) -> None:
    for draft in engine.extract(text, published=day, knowledge=tiny()):
        rec = draft.to_dict()
        for spans in rec["evidence"].values():
            for start, end in spans:
                assert 0 <= start <= end <= len(text)
        assert len(rec["countries"]) >= 2


@given(st.text(max_size=60))
def test_normalise_name_is_idempotent(name: str) -> None:
    once = people.normalise_name(name)
    assert people.normalise_name(once) == once
