"""Score and time the extractor on a corpus folder, with the corpus's own scorer (corpus/../score.py)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import statistics
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from app.extraction import engine
from app.extraction.knowledge import Knowledge

REPEATS = 3


def _scorer(corpus: Path) -> ModuleType:
    """The reference scorer beside the corpus folder, imported by path (never copied)."""
    path = corpus.resolve().parent / "score.py"
    spec = importlib.util.spec_from_file_location("corpus_score", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _published(gold: dict[str, Any]) -> dt.date | None:
    value = (gold.get("source") or {}).get("published")
    return dt.date.fromisoformat(value) if value else None


def _time(text: str, published: dt.date | None, knowledge: Knowledge) -> tuple[float, list[dict[str, Any]]]:
    runs = []
    records: list[dict[str, Any]] = []
    for _ in range(REPEATS):
        fresh = "".join(list(text))  # a new string each run, so no per-text cache makes repeats cheap
        t0 = time.perf_counter()
        drafts = engine.extract(fresh, published=published, knowledge=knowledge)
        runs.append((time.perf_counter() - t0) * 1000)
        records = [d.to_dict() for d in drafts]
    return min(runs), records


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else 0.0


def run(corpus: Path, out: Path, knowledge: Knowledge) -> dict[str, Any]:
    """Extract every corpus/*.txt, score against its .json gold, write out/extract.{json,md}."""
    score = _scorer(corpus)
    engine.extract("warm-up", published=None, knowledge=knowledge)
    articles: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    timings: dict[str, tuple[int, float]] = {}
    for txt in sorted(Path(corpus).glob("*.txt")):
        gold_path = txt.with_suffix(".json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
        ms, records = _time(text, _published(gold), knowledge)
        timings[txt.stem] = (len(text.encode("utf-8")), ms)
        articles[txt.stem] = (list(gold.get("engagements") or []), records)
    report: dict[str, Any] = score.score(articles)
    report["speed"] = _speed(timings)
    report["markdown"] = markdown(report)
    out.mkdir(parents=True, exist_ok=True)
    (out / "extract.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    (out / "extract.md").write_text(report["markdown"], encoding="utf-8")
    return report


def _speed(timings: dict[str, tuple[int, float]]) -> dict[str, float]:
    ms = [t for _, t in timings.values()]
    near_3kb = [t for size, t in timings.values() if 2000 <= size <= 4000] or ms
    total = sum(ms) / 1000 or 1e-9
    return {
        "median_ms": round(statistics.median(ms), 2) if ms else 0.0,
        "p95_ms": round(_percentile(ms, 0.95), 2),
        "median_ms_3kb": round(statistics.median(near_3kb), 2) if near_3kb else 0.0,
        "articles_per_second": round(len(ms) / total, 1),
    }


def markdown(report: dict[str, Any]) -> str:
    """The report as a markdown table plus misses per article."""
    e, s, a = report["engagements"], report["strict"], report["accuracy_on_matched"]
    sp = report.get("speed", {})
    rows = [
        ("articles", report["articles"]),
        ("engagement P / R / F1", f"{e['precision']:.3f} / {e['recall']:.3f} / {e['f1']:.3f}"),
        ("strict F1", f"{s['f1']:.3f}"),
        *[(f"{k} accuracy", f"{v:.3f}") for k, v in a.items()],
        ("participant F1", f"{report['participants']['f1']:.3f}"),
        ("pillar F1", f"{report['pillars']['f1']:.3f}"),
        ("median ms / article", sp.get("median_ms")),
        ("p95 ms / article", sp.get("p95_ms")),
        ("median ms, ~3 KB articles", sp.get("median_ms_3kb")),
        ("articles / s (one core)", sp.get("articles_per_second")),
    ]
    lines = ["| measure | value |", "|---|---|", *[f"| {k} | {v} |" for k, v in rows]]
    misses = report.get("misses") or {}
    if misses:
        lines += ["", "Misses per article:", ""]
        lines += [f"- {name}: " + "; ".join(items) for name, items in misses.items()]
    return "\n".join(lines) + "\n"
