"""bench/results.json and bench/results.md from the runner's results."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BAR_MS = 100.0
BAR_RATIO = 1.0
BAR_RSS_MB = 500.0


def _ms(stats: dict[str, Any] | None) -> str:
    if not stats or not stats.get("n"):
        return "error" if stats and stats.get("errors") else "-"
    return f"{stats['p50']:.1f} / {stats['p95']:.1f}"


def _flag(stats: dict[str, Any] | None) -> str:
    if not stats or not stats.get("n"):
        return ""
    return " ✗" if stats["p95"] > BAR_MS else ""


def _table(db: dict[str, Any]) -> list[str]:
    lines = [
        "| query | in-process p50 / p95 ms | uvicorn p50 / p95 ms "
        "| Datasette p50 / p95 ms | ratio p50 (p95) |",
        "|---|---|---|---|---|",
    ]
    for q in db["queries"]:
        ratio = ""
        if "ratio_p50" in q:
            mark = " ✗" if q["comparable"] and q["ratio_p50"] > BAR_RATIO else ""
            ratio = f"{q['ratio_p50']:.2f} ({q['ratio_p95']:.2f}){mark}" + (
                "" if q["comparable"] else " (info)"
            )
        ip, uv = q.get("in_process"), q.get("uvicorn")
        cells = [q["name"], _ms(ip) + _flag(ip), _ms(uv) + _flag(uv), _ms(q.get("datasette")), ratio]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def markdown(results: dict[str, Any]) -> str:
    out = [
        f"## Scale benchmark: {results['size']:,} engagements",
        "",
        f"{results['reps']} timed requests per query after {results.get('warmup', 2)} warm-up requests; "
        f"{results['started']}; "
        f"{results['machine']['cpus']} CPUs, Python {results['machine']['python']}. "
        f"Bar: p95 <= {BAR_MS:.0f} ms, Entente/Datasette <= {BAR_RATIO:.1f} on comparable queries, "
        f"server peak memory <= {BAR_RSS_MB:.0f} MB. ✗ marks a miss.",
    ]
    for kind, db in results["databases"].items():
        load = db["load"]
        loaded = (
            "reused an existing database" if load.get("reused") else f"loaded in {load['load_seconds']} s"
        )
        rss = f"uvicorn peak RSS {db.get('server_peak_rss_mb', '?')} MB"
        if "datasette_peak_rss_mb" in db:
            rss += f", Datasette {db['datasette_peak_rss_mb']} MB"
        out += ["", f"### {kind}: {loaded}; {rss}", ""] + _table(db)
        notes = [f"- {q['name']}: {q['note']}" for q in db["queries"] if q.get("note")]
        errors = [f"- {q['name']}: {e}" for q in db["queries"] for k in ("in_process", "uvicorn", "datasette")
                  for e in (q.get(k) or {}).get("errors", [])]  # fmt: skip
        out += ([""] + notes if notes else []) + (["", "Errors:"] + errors if errors else [])
    return "\n".join(out) + "\n"


def write(results: dict[str, Any], out: Path) -> str:
    """Write results.json and results.md into out/; return the markdown."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    text = markdown(results)
    (out / "results.md").write_text(text, encoding="utf-8")
    return text
