"""Pillars from the knowledge's cue terms, matched case-insensitively and word-bounded."""

from __future__ import annotations

import re

from app.extraction.knowledge import Knowledge

# Office and department names carry words that are cues elsewhere ("Secretary of War").
_MASK = re.compile(
    r"\b(?:Secretary|Department|Ministry|Minister|Ministers)\s+(?:of|for)\s+(?:State\s+for\s+)?(?:the\s+)?"
    r"(?:National\s+)?[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?|\bWorld War\b"
)


class PillarIndex:
    def __init__(self, knowledge: Knowledge) -> None:
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        for p in knowledge.pillars:
            cues = sorted({c.strip() for c in p.cues if c.strip()}, key=len, reverse=True)
            if cues:
                alternation = "|".join(re.escape(c) for c in cues)
                self.patterns.append((p.key, re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.I)))

    def find(self, text: str, spans: list[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
        """Pillar key -> evidence spans, over the given spans of text with office names masked."""
        out: dict[str, list[tuple[int, int]]] = {}
        for start, end in spans:
            chunk = _MASK.sub(lambda m: " " * len(m.group(0)), text[start:end])
            for key, pattern in self.patterns:
                for m in pattern.finditer(chunk):
                    out.setdefault(key, []).append((start + m.start(), start + m.end()))
        return out
