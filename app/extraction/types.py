"""Engagement type triggers, and the wording that makes a trigger background (planned, past, repeated)."""

from __future__ import annotations

import re
from dataclasses import dataclass

PRIORITY = ["agreement", "dialogue", "exercise", "port_call", "video_call", "call", "meeting", "other"]
_I = re.I
TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "agreement",
        re.compile(
            r"\b(?:signed|signs|sign|inked|concluded)\b[^.;]{0,90}?\b(?:agreements?|mou|memorandum|declaration|"
            r"framework|road ?map|arrangement|pact|accord|treaty|letter of intent|statement of intent)\b",
            _I,
        ),
    ),
    (
        "agreement",
        re.compile(
            r"\b(?:agreements?|mou|memorandum|declaration|framework|road ?map|arrangement|pact|accord)\b"
            r"[^.;]{0,40}?"
            r"\b(?:was|were|has been|have been) signed\b",
            _I,
        ),
    ),
    (
        "dialogue",
        re.compile(
            r"\b2\s*\+\s*2\b|\bsecurity consultative committee\b|"
            r"\bdefen[cs]e policy (?:dialogue|group|talks)\b|"
            r"\bstaff talks\b|\bstrategic dialogue\b|"
            r"\bdefen[cs]e (?:cooperation|co-operation) (?:dialogue|group)\b|"
            r"\bjoint working group\b|\bmilitary cooperation group\b",
            _I,
        ),
    ),
    (
        "video_call",
        re.compile(
            r"\bvideo[\s-]?(?:conference|conferencing|call|link|teleconference)s?\b|"
            r"\bvirtual (?:meeting|talks)\b|"
            r"\b(?:met|talked|spoke) virtually\b",
            _I,
        ),
    ),
    (
        "call",
        re.compile(
            r"\b(?:telephonic|telephone|phone)\s+(?:conversation|call|talks?|discussion)s?\b|\btelephoned\b|"
            r"\bspo(?:ke|ken)\s+(?:by|over|on the)\s+(?:tele)?phone\b|"
            r"\b(?:spoke|spoken|speaks|talked)\b(?:\s+[\w,]+){0,3}?\s+(?:with|to)\s+(?=[A-Z]|his|her|the\s+[A-Z])|"
            r"\b(?:held|had|took|received|made)\s+a\s+(?:phone\s+|telephone\s+)?call\b",
            _I,
        ),
    ),
    (
        "meeting",
        re.compile(
            r"\b(?:met|meets|meet)\b|\bcall(?:ed|s)? on\b|\bhosted\b(?!\s+by)|\bsat down (?:for|with)\b|"
            r"\b(?:held|holds|hold|holding)\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings?|discussions|consultations)\b|"
            r"\b(?:talks|meetings?)\s+(?:was\s+|were\s+)?with\b|\bmeeting\b[^.,;]{0,20}?\bwas with\b",
            _I,
        ),
    ),
]
_EXERCISE_WORD = re.compile(r"\b(?:exercises?|drills?|war ?games|manoeuvres|maneuvers)\b", _I)
_EXERCISE_VERB = re.compile(
    r"\b(?:got|gets|get) under ?way\b|"
    r"\b(?:began|begins|begun|commenced|commences|kicked off|kicks? off|started|"
    r"starts|is being held|are being held|was held|were held|concluded|opened|opens|culminated)\b",
    _I,
)
_PORT_CALL = re.compile(r"\bport (?:call|visit)s?\b|\b(?:docked|berthed|anchored) (?:at|in|off)\b", _I)
_BACKGROUND_PREFIX = re.compile(
    r"\b(?:will|would|shall|can|could|may|might|should|to|had|last|next|not|never|previously|"
    r"hope|hopes|plans?|planned)\s+(?:[\w-]+\s+){0,2}$",
    _I,
)
_WISH = re.compile(
    r"\b(?:hope|hopes|hoped|eager|look forward|looks forward|looked forward|aim|aims|intend|intends|"
    r"plan|plans|"
    r"invited|invites|proposed|wants?|wish|wishes)\b",
    _I,
)
_REPEAT = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|several|many|\d+(?:st|nd|rd|th))\s+"
    r"(?:time|telephonic|phone|telephone|call|conversation|conversations|meeting|visit|such)s?\b|"
    r"\b(?:three|four|five|several|two) times\b|\bhas held phone\b",
    _I,
)
_FUTURE = re.compile(
    r"\bwill\b|\btomorrow\b|\bnext (?:week|month|year)\b|\b(?:is|are) (?:due|scheduled|expected|set) to\b|"
    r"^\s*Background\b",
    _I,
)
_SEGMENT = re.compile(
    r"(?:,\s*|\s+)(?P<lead>(?:a|one|two|three) days?\s+|shortly\s+|soon\s+|hours\s+|a week\s+)?"
    r"(?P<rel>before|after|ahead of)\s+(?=(?:the two|he|she|they|their|his|her|[A-Z]))"
)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    type: str
    background: bool


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    offset_days: int  # shift against the main clause's date ("a day after" = -1)
    sub: bool


def segments(text: str, start: int, end: int) -> list[Segment]:
    """The sentence cut into its main clause and 'before/after' clauses that may report other events."""
    cuts = list(_SEGMENT.finditer(text, start, end))
    if not cuts:
        return [Segment(start, end, 0, False)]
    out = [Segment(start, cuts[0].start(), 0, False)]
    for i, m in enumerate(cuts):
        stop = cuts[i + 1].start() if i + 1 < len(cuts) else end
        shift = 0
        if m.group("lead") and re.match(r"(?:a|one) day", m.group("lead")):
            shift = -1 if m.group("rel") == "after" else 1
        out.append(Segment(m.end(), stop, shift, True))
    return out


def _is_background(text: str, seg_start: int, trig_start: int, kind: str) -> bool:
    """Planned, hoped-for, earlier or repeated contacts are background, not news."""
    before = text[max(seg_start, trig_start - 40) : trig_start]
    if _BACKGROUND_PREFIX.search(before) or _WISH.search(text, seg_start, trig_start):
        return True
    return bool(
        kind in ("call", "video_call", "meeting") and _REPEAT.search(text, seg_start, trig_start + 60)
    )


def find(text: str, seg: Segment) -> list[Trigger]:
    """Type triggers in a clause, each marked background or not."""
    out: list[Trigger] = []
    for kind, pattern in TRIGGERS:
        for m in pattern.finditer(text, seg.start, seg.end):
            out.append(Trigger(m.start(), m.end(), kind, _is_background(text, seg.start, m.start(), kind)))
    ex = _EXERCISE_WORD.search(text, seg.start, seg.end)
    verb = _EXERCISE_VERB.search(text, seg.start, seg.end)
    if ex and verb:
        out.append(
            Trigger(
                ex.start(), ex.end(), "exercise", _is_background(text, seg.start, verb.start(), "exercise")
            )
        )
    pc = _PORT_CALL.search(text, seg.start, seg.end)
    if pc:
        out.append(
            Trigger(
                pc.start(), pc.end(), "port_call", _is_background(text, seg.start, pc.start(), "port_call")
            )
        )
    return sorted(out, key=lambda t: t.start)


def choose(triggers: list[Trigger]) -> Trigger | None:
    """The trigger that types the clause: the highest-priority one that is not background."""
    live = [t for t in triggers if not t.background]
    if not live:
        return None
    return min(live, key=lambda t: (PRIORITY.index(t.type), t.start))


def is_stop(sentence: str) -> bool:
    """A sentence about the future or marked as background ends an engagement's scope."""
    return bool(_FUTURE.search(sentence))
