"""Pillars from the knowledge's cue terms, matched case-insensitively and word-bounded."""

from __future__ import annotations

import re

from app.extraction.knowledge import Knowledge

# Office and department names carry words that are cues elsewhere ("Secretary of War").
_MASK = re.compile(
    r"\b(?:Secretary|Department|Ministry|Minister|Ministers)\s+(?:of|for)\s+(?:State\s+for\s+)?(?:the\s+)?"
    r"(?:National\s+)?[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?|\bWorld War\b|"
    # a force's or an aircraft's name is no topic: "Air and Space Force", "airborne early warning aircraft"
    r"\b(?:Air\s+and\s+)?Space\s+Forces?\b|\bairborne\s+early\s+warning\b|"
    # the gathering that is only the occasion of the contact ("on the sidelines of the ADMM-Plus",
    # "to attend the SCO Defence Ministers' Meeting") is no topic of it
    r"\b(?:sidelines|margins|margin|eve)\s+of\s+(?:the\s+)?(?:\d+\w*\s+)?(?:[A-Z][\w'’.+-]*\s+){0,6}"
    r"(?:Meeting(?:-Plus)?|Summit|Dialogue|Conference|Forum|Plus)\b|"
    r"\bto\s+attend\s+(?:the\s+)?(?:\d+\w*\s+)?(?:[A-Z][\w'’.+-]*\s*){1,7}"
)


class PillarIndex:
    def __init__(self, knowledge: Knowledge) -> None:
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        self.lowered: list[tuple[str, re.Pattern[str]]] = []  # same cues, for lower-cased text (faster)
        self._last: tuple[str, tuple[tuple[str, int, int], ...]] | None = None
        for p in knowledge.pillars:
            cues = sorted({c.strip() for c in p.cues if c.strip()}, key=len, reverse=True)
            if cues:
                alternation = "|".join(re.escape(c) for c in cues)
                self.patterns.append((p.key, re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.I)))
                lowered = "|".join(re.escape(c.lower()) for c in cues)
                self.lowered.append((p.key, re.compile(rf"(?<![\w-])(?:{lowered})(?![\w-])")))

    def find(self, text: str, spans: list[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
        """Pillar key -> evidence spans, over the given spans of text with office names masked."""
        out: dict[str, list[tuple[int, int]]] = {}
        for key, a, b in self.all_hits(text):
            if any(start <= a and b <= end for start, end in spans):
                out.setdefault(key, []).append((a, b))
        return out

    def all_hits(self, text: str) -> tuple[tuple[str, int, int], ...]:
        """Every cue hit in the whole text (office names masked), computed once per text."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        masked = _MASK.sub(lambda m: " " * len(m.group(0)), text)
        lower = masked.lower()
        # matching lower-cased text case-sensitively is twice as fast, where lower-casing keeps offsets
        patterns, subject = (self.lowered, lower) if len(lower) == len(masked) else (self.patterns, masked)
        hits = tuple(
            (key, m.start(), m.end()) for key, pattern in patterns for m in pattern.finditer(subject)
        )
        self._last = (text, hits)
        return hits
