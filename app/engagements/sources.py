"""An engagement's source articles with the sentences its evidence spans point into."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.ingest.models import Article, ArticleEngagement, EvidenceSpan

_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


@dataclass(frozen=True)
class Evidence:
    """A sentence cut into (text, is_evidence) segments, and the fields its marked parts support."""

    segments: list[tuple[str, bool]]
    fields: list[str]


@dataclass(frozen=True)
class Source:
    article: Article
    evidence: list[Evidence]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the sentence(s) containing text[start:end]."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    stop = _SENTENCE_END.search(text, max(end - 1, start))
    right = max(stop.end() if stop else len(text), end)
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


def _segments(text: str, lo: int, hi: int, spans: Sequence[EvidenceSpan]) -> list[tuple[str, bool]]:
    """text[lo:hi] split into plain and marked parts (overlapping spans merged)."""
    out: list[tuple[str, bool]] = []
    pos = lo
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        start, end = max(s.start, pos), min(s.end, hi)
        if end <= start:
            continue
        if start > pos:
            out.append((text[pos:start], False))
        if out and out[-1][1] and start == pos:
            out[-1] = (out[-1][0] + text[start:end], True)  # overlapping or touching spans: one mark
        else:
            out.append((text[start:end], True))
        pos = end
    if pos < hi:
        out.append((text[pos:hi], False))
    return out


def evidence(text: str, spans: Sequence[EvidenceSpan]) -> list[Evidence]:
    """Group spans by the sentence they fall in, in text order."""
    groups: dict[tuple[int, int], list[EvidenceSpan]] = {}
    for s in spans:
        if 0 <= s.start <= s.end <= len(text):
            groups.setdefault(_sentence_bounds(text, s.start, s.end), []).append(s)
    merged: list[tuple[int, int, list[EvidenceSpan]]] = []
    for (lo, hi), group in sorted(groups.items()):
        if merged and lo < merged[-1][1]:  # a span that crosses a sentence boundary: join them
            plo, phi, pgroup = merged.pop()
            merged.append((plo, max(phi, hi), pgroup + group))
        else:
            merged.append((lo, hi, group))
    return [
        Evidence(_segments(text, lo, hi, group), sorted({s.field for s in group})) for lo, hi, group in merged
    ]


def for_engagement(*, session: Session, engagement_id: int) -> list[Source]:
    """The articles backing an engagement, oldest publication first, with their evidence sentences."""
    links = session.scalars(
        select(ArticleEngagement)
        .where(ArticleEngagement.engagement_id == engagement_id)
        .options(selectinload(ArticleEngagement.article), selectinload(ArticleEngagement.spans))
    ).all()
    ordered = sorted(
        links, key=lambda link: (link.article.published is None, link.article.published, link.article_id)
    )
    return [Source(link.article, evidence(link.article.text, link.spans)) for link in ordered]
