"""Our own held-out-style articles (tests/extraction/articles), scored with the corpus's own scorer."""

import datetime as dt
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from app.extraction import engine
from app.extraction.knowledge import builtin

ARTICLES = Path(__file__).parent / "articles"
SCORER = Path(__file__).parents[2].parent / "shared/corpus/score.py"
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not SCORER.is_file(), reason=f"corpus scorer not found at {SCORER}"),
]


def _scorer() -> ModuleType:
    """The reference scorer beside the shared corpus, imported by path (never copied)."""
    spec = importlib.util.spec_from_file_location("corpus_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    knowledge = builtin()
    articles: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    for txt in sorted(ARTICLES.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        day = dt.date.fromisoformat(gold["source"]["published"])
        drafts = engine.extract(txt.read_text(encoding="utf-8"), published=day, knowledge=knowledge)
        articles[txt.stem] = (gold["engagements"], [d.to_dict() for d in drafts])
    result: dict[str, Any] = _scorer().score(articles)
    return result


def test_enough_articles_of_every_type() -> None:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in ARTICLES.glob("*.json")]
    assert len(golds) >= 20
    kinds = {e["type"] for g in golds for e in g["engagements"]}
    assert kinds >= {"call", "video_call", "meeting", "dialogue", "exercise", "agreement", "port_call"}
    assert all(g["source"]["published"] for g in golds)


def test_bars_on_own_articles(report: dict[str, Any]) -> None:
    misses = report["misses"]
    assert report["engagements"]["f1"] >= 0.85, misses
    assert report["participants"]["f1"] >= 0.85, misses
    acc = report["accuracy_on_matched"]
    assert acc["date"] >= 0.90 and acc["type"] >= 0.90 and acc["countries"] >= 0.95, misses
