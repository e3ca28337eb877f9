"""Article text in, draft engagement records out: the pure extraction pipeline."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from app.extraction import dates, people, reference
from app.extraction import text as text_mod
from app.extraction import types as types_mod
from app.extraction.countries import CountryIndex
from app.extraction.events import Event, build
from app.extraction.knowledge import Knowledge, builtin
from app.extraction.model import DraftEngagement, Location, Participant
from app.extraction.officials import OfficialIndex
from app.extraction.pillars import PillarIndex
from app.extraction.places import CITIES, CITY_PATTERN, VENUE_PATTERN, VENUES

IN_PERSON = {"meeting", "dialogue", "agreement", "exercise", "port_call", "other"}
IN_PERSON_TALKS = {"meeting", "dialogue", "agreement"}
# A named dialogue holds what was signed at it; a signing outranks the talks around it.
MERGE_PRIORITY = ["dialogue", *(t for t in types_mod.PRIORITY if t != "dialogue")]
WINDOW_BEFORE = dt.timedelta(days=60)
_COMMANDS = re.compile(r"\bcommand", re.I)
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|according to)\b")
_LED_BY = re.compile(
    r"(?:\b(?P<dem>[A-Z][\w-]+)\s+)?\b(?:delegation|side|team|contingent)s?\s+"
    r"(?:(?:was|were|is|are)\s+)?(?:(?:led|headed)\s+)?by\s+"
)
WINDOW_AFTER = dt.timedelta(days=2)
_SIDELINES = re.compile(
    r"\b(?:sidelines|margins|margin)\s+of\s+(?:the\s+)?((?:[\w'’.+-]+\s+){0,8}?[\w'’.+-]+)(?=\s+in\b|,|\.|\s+on\b|\s+at\b|$)"
)
_VENUE_WORD = r"(?:(?:[A-Z]\.){2,}(?:['’]s)?|[A-Z][\w'’-]*)"  # "U.S." is one word, not a truncated "U"
_AT_VENUE = re.compile(rf"\bat\s+the\s+((?:{_VENUE_WORD}\s+){{0,5}}{_VENUE_WORD}(?<![.\s]))")


@dataclass(frozen=True)
class Indexes:
    countries: CountryIndex
    officials: OfficialIndex
    pillars: PillarIndex


_CACHE: dict[int, tuple[Knowledge, Indexes]] = {}


def indexes(knowledge: Knowledge) -> Indexes:
    """Compiled lookups for a knowledge snapshot, built once per snapshot."""
    hit = _CACHE.get(id(knowledge))
    if hit is not None and hit[0] is knowledge:
        return hit[1]
    built = Indexes(CountryIndex(knowledge), OfficialIndex(knowledge), PillarIndex(knowledge))
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(knowledge)] = (knowledge, built)
    return built


def extract(
    text: str, published: dt.date | None = None, knowledge: Knowledge | None = None
) -> list[DraftEngagement]:
    """Draft engagement records for one article, each field with its evidence spans."""
    idx = indexes(knowledge if knowledge is not None else builtin())
    ref = reference.find(text, published)
    sents = text_mod.sentences(text)
    spans = [(c.start, c.end, c.iso3) for c in idx.countries.find(text)]
    ctx = people.Context(text, idx.countries, idx.officials, ref.day, spans)
    floors = [s.start for s in sents]
    found = people.find_people(ctx, floors)
    found = sorted(found + people.bare_titles(ctx, found, floors), key=lambda p: p.start)
    events = [e for e in build(text, sents, found, ref, idx.countries) if _keep(e, ref)]
    events = _split(_merge(events))
    acting = {p.key for p in found if p.military and not p.spokes and not _background_mention(p, sents)}
    military = [p for p in found if p.key in acting]
    live = {i for e in events for i in e.sents}
    scopes = {id(e): _scope(e, events, sents, text, live) for e in events}
    return [_draft(text, e, scopes[id(e)], ref, idx, military, found) for e in events]


def _keep(ev: Event, ref: reference.Reference) -> bool:
    if len(ev.countries) < 2:
        return False
    if ev.day is None or ref.day is None:
        return True
    return ref.day - WINDOW_BEFORE <= ev.day <= ref.day + WINDOW_AFTER


def _same_date(a: Event, b: Event) -> bool:
    if a.day is None or b.day is None:
        return True
    if "month" in (a.precision, b.precision):
        return a.day.strftime("%Y-%m") == b.day.strftime("%Y-%m")
    return a.day == b.day


def _mergeable(a: Event, b: Event) -> bool:
    if set(a.countries) != set(b.countries) or not _same_date(a, b):
        return False
    keys_a, keys_b = {p.key for p in a.people}, {p.key for p in b.people}
    if a.type == b.type:
        if a.type == "meeting" and len(keys_a & keys_b) == 1 and keys_a - keys_b and keys_b - keys_a:
            return False  # a visitor calling on one host, then meeting another: two contacts
        return bool(keys_a & keys_b) or not keys_a or not keys_b
    if not {a.type, b.type} <= IN_PERSON_TALKS:
        return False
    # talks and a signing between the same people on the same day are one contact
    signing = "agreement" in (a.type, b.type)
    return not keys_a or not keys_b or (signing and bool(keys_a & keys_b))


def _absorb(a: Event, b: Event) -> None:
    """Fold event b into a: more people, the finer date, the stronger type."""
    a.people = a.people + [p for p in b.people if p.key not in {q.key for q in a.people}]
    if a.precision != "day" and b.precision == "day":
        a.day, a.precision, a.date_span, a.date_note = b.day, b.precision, b.date_span, b.date_note
    if MERGE_PRIORITY.index(b.type) < MERGE_PRIORITY.index(a.type):
        a.type, a.trigger = b.type, b.trigger
    a.sents |= b.sents
    for k, v in b.countries.items():
        a.countries.setdefault(k, v)
    a.warnings += [w for w in b.warnings if w not in a.warnings]


def _merge(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    for ev in events:
        target = next((o for o in out if _mergeable(o, ev)), None)
        if target is None:
            out.append(ev)
        else:
            _absorb(target, ev)
    return out


def _split(events: list[Event]) -> list[Event]:
    """One record per counterpart country when a minister met several counterparts."""
    out: list[Event] = []
    for ev in events:
        if len(ev.countries) <= 2 or ev.type not in ("meeting", "call", "video_call"):
            out.append(ev)
            continue
        lead = ev.subject or ev.people
        home_c = lead[0].country if lead and lead[0].country else next(iter(ev.countries))
        for c, span in ev.countries.items():
            if c == home_c:
                continue
            part = Event(
                ev.type,
                ev.trigger,
                ev.seg,
                ev.sent,
                ev.para,
                [],
                ev.day,
                ev.precision,
                ev.date_span,
                ev.date_note,
            )
            part.people = [p for p in ev.people if p.country in (home_c, c)]
            part.countries = {home_c: ev.countries[home_c], c: span}
            part.sents, part.subject, part.warnings = set(ev.sents), ev.subject, list(ev.warnings)
            out.append(part)
    return _merge(out)


def _scope(
    ev: Event, events: list[Event], sents: list[text_mod.Sentence], text: str, live: set[int]
) -> list[tuple[int, int]]:
    """Sentences about this engagement: its own, then the next ones until another engagement or the future."""
    others = {i for e in events if e is not ev for i in e.sents}
    first = min(ev.sents)
    keep = set(ev.sents)
    for i in range(first + 1, len(sents)):
        s = sents[i]
        if i in others or s.heading or types_mod.is_stop(s.text):
            break
        if i not in live and _has_trigger(text, s):
            break
        keep.add(i)
    return [(sents[i].start, sents[i].end) for i in sorted(keep)]


def _has_trigger(text: str, s: text_mod.Sentence) -> bool:
    segs = types_mod.segments(text, s.start, s.end)
    return any(types_mod.choose(types_mod.find(text, seg)) is not None for seg in segs)


def _location(
    text: str, ev: Event, ref: reference.Reference, idx: Indexes
) -> tuple[Location | None, list[tuple[int, int]]]:
    if ev.type not in IN_PERSON:
        return None, []
    start, end = ev.seg.start, ev.seg.end
    venue = city = country = None
    spans: list[tuple[int, int]] = []
    m = VENUE_PATTERN.search(text, start, end)
    if m:
        venue = m.group(1)
        city, country = VENUES[venue]
        spans.append(m.span(1))
    side = _SIDELINES.search(text, start, end)
    if side and venue is None:
        venue = side.group(1).strip()
        spans.append(side.span(1))
    c = CITY_PATTERN.search(text, start, end)
    if c and city is None:
        city, country = c.group(0), CITIES[c.group(0)]
        spans.append(c.span())
    if city is None:
        inside = re.search(r"\bin\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", text[start:end])
        iso3 = idx.countries.resolve(inside.group(1)) if inside else None
        if iso3 and inside:
            country = iso3
            spans.append((start + inside.start(1), start + inside.end(1)))
        elif ref.city:
            city = ref.city
            country = CITIES.get(ref.city) or (idx.countries.resolve(ref.region) if ref.region else None)
            if ref.city_span:
                spans.append(ref.city_span)
    if venue is None and not (side or m):
        at = _AT_VENUE.search(text, start, end)
        if (
            at
            and len(at.group(1)) > 2
            and not idx.countries.resolve(at.group(1))
            and at.group(1) not in CITIES
        ):
            venue = at.group(1)
            spans.append(at.span(1))
    if city is None and country is None and venue is None:
        return None, []
    return Location(city, country, venue), spans


def _participant(p: people.Person, warnings: list[str]) -> Participant:
    if p.new:
        warnings.append(f"new official proposed: {p.name}")
    return Participant(
        name=p.name,
        title=p.title,
        country=p.country,
        name_spans=[(p.start, p.end)],
        title_span=p.title_span,
        country_span=p.country_span,
        new_official=p.new,
        official_name=p.official.name if p.official else None,
    )


def _draft(
    text: str,
    ev: Event,
    scope: list[tuple[int, int]],
    ref: reference.Reference,
    idx: Indexes,
    military: list[people.Person],
    found_people: list[people.Person],
) -> DraftEngagement:
    warnings = list(ev.warnings)
    crowd = ev.people
    if ev.type in ("exercise", "port_call"):
        crowd = people_unique(crowd + military)
    crowd = people_unique(crowd + leaders(text, scope, found_people, idx.countries))
    parts = [_participant(p, warnings) for p in crowd]
    found = idx.pillars.find(text, scope)
    if ev.type == "exercise":
        found.pop("exercises", None)
    location, loc_spans = _location(text, ev, ref, idx)
    if ev.date_note:
        warnings.append(ev.date_note)
    evidence: dict[str, list[tuple[int, int]]] = {"type": [ev.trigger]}
    if ev.date_span:
        evidence["date"] = [ev.date_span]
    evidence["countries"] = [s for s in ev.countries.values() if s]
    if loc_spans:
        evidence["location"] = loc_spans
    for key, spans in found.items():
        evidence[f"pillars.{key}"] = spans
    draft = DraftEngagement(
        date=dates.format_date(ev.day, ev.precision) if ev.day else None,
        date_precision=ev.precision,
        type=ev.type,
        countries=sorted(ev.countries),
        participants=parts,
        location=location,
        pillars=sorted(found, key=lambda k: min(found[k])),
        evidence=evidence,
        warnings=list(dict.fromkeys(warnings)),
    )
    draft.confidence = _confidence(ev, parts)
    return draft


def _background_mention(p: people.Person, sents: list[text_mod.Sentence]) -> bool:
    """A mention in a sentence about another time ('said last month', 'will visit') or one that only
    reports what the person said ('Col. X, the exercise director, told reporters')."""
    sent = next((s for s in sents if s.start <= p.start < s.end), None)
    if sent is None:
        return False
    if types_mod.is_stop(sent.text) or types_mod.is_past(sent.text):
        return True
    # the commander of the visiting or exercising force takes part even when the story quotes him
    return bool(_SPEECH.search(sent.text)) and not (p.title and _COMMANDS.search(p.title))


def _within(p: people.Person, scope: list[tuple[int, int]]) -> bool:
    return any(a <= p.start < b for a, b in scope)


def leaders(
    text: str, scope: list[tuple[int, int]], found: list[people.Person], cidx: CountryIndex
) -> list[people.Person]:
    """Heads of delegation named in the engagement's sentences ('the Indian delegation was led by X')."""
    out = []
    for a, b in scope:
        for m in _LED_BY.finditer(text, a, b):
            person = next((p for p in found if m.end() <= p.start <= m.end() + 40 and not p.spokes), None)
            if person is None:
                continue
            if person.country is None and m.group("dem"):
                person = replace(person, country=cidx.resolve(m.group("dem")), country_source="text")
            out.append(person)
    return out


def people_unique(persons: list[people.Person]) -> list[people.Person]:
    seen: set[str] = set()
    return [p for p in persons if not (p.key in seen or seen.add(p.key))]  # type: ignore[func-returns-value]


def _confidence(ev: Event, parts: list[Participant]) -> float:
    score = 0.4
    score += 0.2 if ev.precision == "day" and ev.date_note != "date inferred from publication date" else 0.0
    score += 0.15 if len(parts) >= 2 else 0.0
    score += 0.1 if parts and all(not p.new_official for p in parts) else 0.0
    score += 0.1 if ev.type != "meeting" or len(parts) >= 2 else 0.0
    return min(score, 0.95)
