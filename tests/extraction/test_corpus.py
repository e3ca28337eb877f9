"""Golden test over the shared dev corpus, read in place and scored with the corpus's own scorer."""

import json
from pathlib import Path

import pytest

from app.extraction import benchmark
from app.extraction.knowledge import builtin

CORPUS = Path(__file__).parents[2].parent / "shared/corpus/dev"
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared dev corpus not found at {CORPUS}"),
]
SEED = "ind-usa-call-2025-07-01"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    return benchmark.run(CORPUS, tmp_path_factory.mktemp("bench"), knowledge=builtin())


def test_bar_on_dev_corpus(report: dict) -> None:  # type: ignore[type-arg]
    acc = report["accuracy_on_matched"]
    assert report["engagements"]["f1"] >= 0.85
    assert report["participants"]["f1"] >= 0.90
    assert acc["date"] >= 0.90 and acc["type"] >= 0.90 and acc["countries"] >= 0.95
    assert report["pillars"]["f1"] >= 0.70
    assert "| engagement P / R / F1 |" in report["markdown"]


def test_seed_article_exactly(report: dict) -> None:  # type: ignore[type-arg]
    from app.extraction import engine

    gold = json.loads((CORPUS / f"{SEED}.json").read_text())
    text = (CORPUS / f"{SEED}.txt").read_text()
    import datetime as dt

    day = dt.date.fromisoformat(gold["source"]["published"])
    got = [d.to_dict() for d in engine.extract(text, published=day, knowledge=builtin())]
    assert len(got) == len(gold["engagements"])
    for g, p in zip(gold["engagements"], got, strict=True):
        assert (p["date"], p["date_precision"], p["type"], p["countries"]) == (
            g["date"],
            g["date_precision"],
            g["type"],
            g["countries"],
        )
        assert [x["name"] for x in p["participants"]] == [x["name"] for x in g["participants"]]
    assert report["misses"].get(SEED) is None
