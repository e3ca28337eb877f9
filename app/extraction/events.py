"""Candidate events: one per clause with a live type trigger, with its people, date and countries."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from app.extraction import dates, gazetteer
from app.extraction import types as types_mod
from app.extraction.countries import CountryIndex, CountryMention
from app.extraction.people import Person
from app.extraction.places import CITIES, CITY_PATTERN
from app.extraction.reference import Reference
from app.extraction.text import Sentence

_GROUP = re.compile(
    r"\bthe two\b(?!\s+(?:countries|nations|navies|armies|forces|states|governments|sides'))|"
    r"\bboth\s+(?:ministers|leaders|sides|men|secretaries|defen[cs]e chiefs|delegations|officials)\b",
    re.I,
)
# a sentence opening on "They" ("Afterwards, they signed ...") goes on about the people just named
_THEY = re.compile(
    r"\W*(?:They\b|(?:Afterwards?|Later|Subsequently|Then|Thereafter|(?:After|Following)\s+the\s+\w+),?\s+they\b|"
    # "The conversation took place over the phone at the request of ...": the contact just reported
    r"The\s+(?:(?:tele)?phone\s+)?(?:conversation|call|talks|meeting|discussions?)\s+(?:took\s+place|was\s+held|"
    r"were\s+held|lasted)\b)"
)
_HE = re.compile(r"\b(?:he|she)\b", re.I)
_COUNTERPART = re.compile(
    r"\b(?:his|her|their)\s+(?:(?P<dem>[A-Z][\w-]+)\s+)?counterparts?\b(?P<rest>[^.;]{0,120})"
)
# "the 15th Ministerial Consultations (AUKMIN), which the ministers hosted in Sydney yesterday, ...": an
# aside right after the contact's own name tells when it was held
_TRIGGER_ASIDE = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*")
# "the second such meeting after the inaugural round in Tokyo in April 2022": that date is the earlier round's
_EARLIER_ROUND = re.compile(
    r"\b(?:after|since|than|following)\s+(?:the|their|its)\s+(?:inaugural|first|previous|last|prior|earlier|maiden)"
    r"\b[^.;,]*$",
    re.I,
)
# "Earlier in the day, ...": the day of the contact reported just before
_SAME_DAY = re.compile(
    r"\b(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+(?:day|morning|afternoon|evening)\b|"
    r"\b(?:on\s+)?the\s+same\s+day\b|"
    # "In the evening X flew on to Paris, where Y hosted him": the evening of the day just reported
    r"(?:(?<=\n)|(?<=[.!?]\s))(?:In\s+the|That)\s+(?:afternoon|evening|night)\b",
    re.I,
)
# the contact's own aside gives its day as that of the contact just reported
_HELD_SAME_DAY = re.compile(
    r"[^.;]{0,80}?,\s*(?:which|that)\s+(?:was|were)\s+(?:held|convened)\s+(?:earlier|later)\s+"
    r"(?:the\s+same\s+day|that\s+day|in\s+the\s+day)\b",
    re.I,
)
_INSIDE = re.compile(
    r"\W*(?:During|Amid|In the course of|At|Alongside|On the (?:sidelines|margins) of)\s+"
    r"(?:the|this|that|their|its)\s+"
    r"(?!(?:end|close|conclusion)\b)"  # "At the conclusion of the talks, they signed": after the talks
    r"(?:[\w'’-]+\s+){0,3}?(?:talks|meeting|dialogue|consultations|discussions|visit|session|call|summit|"
    r"conference|(?-i:[A-Z]{2,}))\b",
    re.I,
)
# "Before the SCM, X welcomed Y to the Pentagon with an honor cordon": the welcome opens the same talks
_CEREMONY_BEFORE = re.compile(
    r"\W*(?:Before|Ahead\s+of|Prior\s+to)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:talks|meeting|dialogue|"
    r"consultations|(?-i:[A-Z]{2,}))\s*,\s+(?:[\w.'’-]+\s+){1,4}?(?:welcomed|greeted|received|hosted)\b"
    r"(?=[^.;]{0,120}?\b(?:ceremony|cordon|guard\s+of\s+honou?r|honou?r\s+guard)\b)",
    re.I,
)
_POSSESSIVE = re.compile(r"^['’]s\b")
# someone only sent greetings or thanks ("conveyed his best wishes to President X", "thanked X for")
_GREETED = re.compile(
    r"\b(?:wishes|greetings|regards|felicitations|condolences|gratitude|thanks)\s+to\s+(?:[\w.'’]+\s+){0,4}$|"
    r"\bthank(?:ed|s)?\s+(?:[\w.'’]+\s+){0,4}$|"
    r"\bwitnessed\s+by\s+(?:[\w.'’]+\s+){0,4}$",  # a signing witnessed by a head of state
    re.I,
)
# "Y, who is visiting as part of the delegation accompanying President Z": Z leads another visit
_ENTOURAGE_OF = re.compile(
    r"\b(?:accompanying|accompanied|(?:entourage|retinue)\s+of)\s+"
    r"(?:(?:HE|HH|H\.E\.|the|[A-Z][\w.]*)\s+){0,4}$"
)
# "President X witnessed the signing of ... by Y and Z": a witness is no signatory
_WITNESS = re.compile(r"(?:,?\s+(?:Jr|Sr|II|III)\b\.?)?\s+(?:also\s+)?(?:witnessed|looked\s+on)\b")
# "President X on Thursday hailed on social media the deal that Y signed": X only comments on it
_POSTED = re.compile(
    r"(?:,?\s+(?:Jr|Sr|II|III)\b\.?)?\s+(?:[\w,]+\s+){0,3}?(?:hailed|praised|lauded|welcomed|applauded|"
    r"celebrated|wrote|posted|tweeted|said)\b[^.;]{0,80}?(?:\bon\s+social\s+media\b|\bin\s+a\s+"
    r"(?:social\s+media\s+)?post\b|\bin\s+a\s+tweet\b|\bon\s+(?-i:X|Twitter|Facebook|Instagram|Telegram)\b)",
    re.I,
)
# "berthed at the U.S. Navy's pier", "at the U.S. Navy base in Yokosuka": the base's owner, not the host
_FORCE_OWNER = re.compile(
    # (not "as part of the German Navy's Indo-Pacific Deployment": the visiting navy's own mission)
    r"\s+(?:Navy|Army|Air Force|Marine Corps|Marines|military)(?:['’]s?\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:base|pier|piers|facility|station|yard|dockyard|wharf|berth|jetty)\b|\s+(?:base|facility|station)\b)|"
    # "sailed into the US Fleet Activities base at Yokosuka"
    r"\s+(?:Fleet|Naval|Navy)\s+(?:[A-Z][\w'’-]+\s+){0,2}(?:base|facility|station)\b|"
    r"\s+naval\s+(?:base|facility|station)\b"
)
# "despite criticism over Moscow's invasion of Ukraine": the state a war is fought in is its setting,
# not a party to the engagement
_WAR_OBJECT = re.compile(
    r"\b(?:invasion|occupation|annexation|war|aggression|attack|offensive)\s+(?:of|in|on|against)\s+(?:the\s+)?$",
    re.I,
)
# "as London and Tokyo deepen ties in the face of China's growing assertiveness": the state the partners
# push back against is the backdrop, not a party
_BACKDROP = re.compile(
    r"\b(?:in\s+the\s+face\s+of|in\s+the\s+wake\s+of|amid|amidst|to\s+counter|countering|"
    r"(?:push|pushes|pushing)\s+back\s+against)\s+"
    r"(?:(?:the|growing|rising|increasing|mounting|renewed)\s+){0,2}$",
    re.I,
)
_TOPIC_AFTER = re.compile(
    r"\s+(?:crisis|exodus|migrants?|migration|refugees?|conflict|situation|question|issue|elections?|regime|"
    r"opposition)\b"
)
_ATTRIBUTION = re.compile(
    r",\s+(?:(?:a|an|the|one|two|several)\s+)?(?:[\w.'’-]+\s+){0,5}?"
    r"(?:said|says|told|reported|added|according)\b[^,;]*[.;]?\s*$"
)


@dataclass
class Event:
    type: str
    trigger: tuple[int, int]
    seg: types_mod.Segment
    sent: int
    para: int
    people: list[Person]
    day: dt.date | None = None
    precision: str = "day"
    date_span: tuple[int, int] | None = None
    date_note: str | None = None
    countries: dict[str, tuple[int, int] | None] = field(default_factory=dict)
    sents: set[int] = field(default_factory=set)
    subject: list[Person] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    inside: bool = False  # the sentence places the contact within another ("During the talks, ...")
    apart: bool = False  # a signing reported as an act of its own at a named dialogue: its own record
    another: bool = False  # "Later in the day, ...", "Thereafter, an MoU was signed": a further contact


def _in(p: Person, start: int, end: int) -> bool:
    return start <= p.start and p.end <= end


def _unique(people: list[Person]) -> list[Person]:
    seen: set[str] = set()
    out = []
    for p in people:
        if p.key not in seen:
            seen.add(p.key)
            out.append(p)
    return out


def participants(text: str, people: list[Person], seg: types_mod.Segment, trigger: int = -1) -> list[Person]:
    """People named in the clause who took part: not spokespeople, not possessive mentions."""
    found = [p for p in people if _in(p, seg.start, seg.end) and not p.spokes]
    found = [p for p in found if not _POSSESSIVE.match(text[p.end : p.end + 3])]
    found = [p for p in found if not _GREETED.search(text, max(seg.start, p.start - 60), p.start)]
    found = [p for p in found if not _ENTOURAGE_OF.search(text, max(seg.start, p.start - 60), p.start)]
    found = [p for p in found if not _WITNESS.match(text, p.end) and not _POSTED.match(text, p.end)]
    said = _ATTRIBUTION.search(text, seg.start, seg.end)
    if said is not None and said.start() > trigger:  # "..., President X said in a post on X": a comment
        # (not "..., X said on Friday after talks with Y": the talks are in the attribution)
        found = [p for p in found if p.start < said.start()]
    return _unique(found)


_OFFICE_ASIDE = re.compile(
    r",\s*(?:who\s+was\s+)?(?:sworn\s+in|appointed|confirmed|elected|inaugurated|installed)\b[^,;]{0,80},"
)


def pick_date(
    text: str, seg: types_mod.Segment, trig: tuple[int, int], ref: Reference
) -> dates.DateHit | None:
    """The date expression of the clause nearest the trigger, ignoring reporting dates and 'since'."""
    asides = [
        m.span()
        for m in types_mod.ASIDE.finditer(text, seg.start, seg.end)
        if not _TRIGGER_ASIDE.fullmatch(text, trig[1], m.start())
        # "X, who held talks with Y in Tokyo in July, said ...": the aside is the contact, its date too
        and not m.start() <= trig[0] < m.end()
    ]
    # "X, sworn in on Friday as Defense Secretary, spoke with Y": the day of the office, not the contact
    asides += [m.span() for m in _OFFICE_ASIDE.finditer(text, seg.start, trig[0])]
    hits = [
        h
        for h in dates.find(text, seg.start, seg.end, ref.day)
        if not h.reporting
        and not any(a <= h.start < b for a, b in asides)
        and not re.match(r"(?i)since|until", text[h.start : h.end])
        and not _dateline(h, ref)
    ]
    hits = [h for h in hits if not _EARLIER_ROUND.search(text, max(seg.start, h.start - 80), h.start)]
    hits = [h for h in hits if not _old_year(text, h, trig[1], ref) and not _names_a_thing(text, h)]
    hits = [h for h in hits if not _aside_time(text, h, trig[1], seg.end)]
    hits = [h for h in hits if not _day_of_what_is_prepared(text, h, trig[1], ref)]
    # "who is on a visit to Maputo from July 28-30, 2019, called on X today": the visit's span, not the day
    spans = [h for h in hits if _visit_span(text, h)]
    # ("was held in X from Monday to Tuesday": the span's end is part of it, and the span dates by its start)
    ends = [
        h for h in hits if any(s.end < h.start and _SPAN_TO.fullmatch(text, s.end, h.start) for s in spans)
    ]
    if spans and len(spans) + len(ends) < len(hits):
        hits = [h for h in hits if h not in spans and h not in ends]
    elif ends:
        hits = [h for h in hits if h not in ends]
    if not hits:
        return None
    return min(hits, key=lambda h: min(abs(h.start - trig[1]), abs(trig[0] - h.end)))


# (not ", which": "Exercise X, which concluded in June" dates the exercise itself)
_RELATIVE_AFTER = re.compile(r",\s*(?:where|who)\b")


_SPAN_TO = re.compile(r"\s*(?:to|until|till|through|[-–])\s*")


def _visit_span(text: str, hit: dates.DateHit) -> bool:
    """'from July 28-30', 'from 8 to 10 June': the span of a visit."""
    if not re.search(r"\bfrom\s+$", text[max(0, hit.start - 6) : hit.start]):
        return False
    return bool(re.search(r"\d\s*[-–]\s*\d", text[hit.start : hit.end + 4])) or bool(
        re.match(r"\s*(?:to|until|till|through|[-–])\s", text[hit.end : hit.end + 10])
    )


def _aside_time(text: str, hit: dates.DateHit, after: int, end: int) -> bool:
    """'..., where they discussed the offensive last month': a relative clause after the trigger has its
    own time (a day it names, 'where they met on Tuesday', still dates the contact)."""
    clause = _RELATIVE_AFTER.search(text, after, end)
    if clause is None or hit.start <= clause.start():
        return False
    # "..., who was in Seoul for the summit that opened Monday": the day of the event the clause names
    return hit.precision != "day" or bool(_ITS_OWN_DAY.search(text, clause.end(), hit.start))


# "the summit that opened Monday", "a forum which was held on Tuesday": a day a further clause gives another
# event
_ITS_OWN_DAY = re.compile(
    r"\b(?:that|which)\s+(?:was\s+|were\s+|had\s+)?(?:opened|began|begun|started|kicked\s+off|ended|closed|"
    r"concluded|wrapped\s+up|held|convened)\s+(?:(?:late|early|earlier|on)\s+)*$"
)


_SEQUEL = re.compile(r"\b(?:later|then|afterwards|subsequently)\b")


def _names_a_thing(text: str, hit: dates.DateHit) -> bool:
    """'the April 4 attack', 'the May 9 parade': a date naming an event, not the day of a contact."""
    return bool(
        re.search(r"\bthe\s+$", text[max(0, hit.start - 5) : hit.start])
        and re.match(r"\s+(?!and\b|to\b|of\b|in\b|at\b|on\b)[a-z]{3,}", text[hit.end : hit.end + 20])
    )


# "spoke with Y regarding priorities for the Contact Group on March 15": what the contact prepares for
_PREPARED_FOR = re.compile(
    r"\b(?:for|ahead\s+of|before|in\s+preparation\s+for|to\s+prepare\s+for)\s+(?:the|this\s+week['’]s|"
    r"next\s+week['’]s)\s+[^.;]{0,80}?$",
    re.I,
)


def _day_of_what_is_prepared(text: str, hit: dates.DateHit, after: int, ref: Reference) -> bool:
    """A day after the story's own, after the trigger and a 'for the X' / 'ahead of the X' it prepares
    for: the day of that coming event, not of the contact reported."""
    if ref.day is None or hit.precision != "day" or hit.day <= ref.day or hit.start <= after:
        return False
    return bool(_PREPARED_FOR.search(text, after, hit.start))


def _old_year(text: str, hit: dates.DateHit, after: int, ref: Reference) -> bool:
    """'met X, a 1999 graduate of the academy where he studied in 1975': a date long before the
    article's day, in an aside or list after the trigger, dates no contact ('signed an MoU in 2018' does)."""
    if ref.day is None or hit.start <= after or not re.search(r"[,;:]", text[after : hit.start]):
        return False
    if hit.precision == "year":
        return hit.day.year < ref.day.year - 1
    # "four documents were signed: ..., a Protocol amending the agreement of February 18, 2019"
    return (ref.day - hit.day).days > 365


_DURING = re.compile(
    r"\b(?:during|at|on the (?:sidelines|margins) of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.I
)


_MET_FOR = re.compile(
    r"\b(?:as|when|while)\s+[^.;]{0,80}?\b(?:met|gathered|convened)\s+(?:[^.;]{0,40}?\s)?for\s+"
    r"(?:the|their|its)\s+(?:[\w'’-]+\s+){0,3}?[\"“]?$",
    re.I,
)


def _host_dialogue(text: str, ev: Event, seg: types_mod.Segment) -> Event | None:
    """'X and Y signed the Strategy during the 55th Security Consultative Meeting': the named dialogue
    is a record and the signing, reported with its own signatories, another; the same people and day."""
    if ev.type != "agreement":
        return None
    host = next(
        (
            t
            for t in types_mod.find(text, seg)
            if t.type == "dialogue"
            and not t.background
            and not t.generic
            and (
                (len(ev.people) >= 2 and _DURING.search(text, max(seg.start, t.start - 60), t.start))
                # "Indonesia and Japan signed an agreement, as their ministers met in Tokyo for their first
                # 2+2": the clause reports the dialogue held too
                or _MET_FOR.search(text, max(seg.start, t.start - 160), t.start)
            )
        ),
        None,
    )
    if host is None:
        return None
    ev.apart = True
    return replace(
        ev,
        type="dialogue",
        trigger=(host.start, host.end),
        people=list(ev.people),
        countries=dict(ev.countries),
        sents=set(ev.sents),
        subject=list(ev.subject),
        warnings=list(ev.warnings),
        apart=False,
    )


def _dateline(hit: dates.DateHit, ref: Reference) -> bool:
    # a dateline's date is the story's, not the contact's; a date found in the body ("header") may be both
    return (
        ref.source == "dateline"
        and ref.span is not None
        and hit.start < ref.span[1]
        and ref.span[0] < hit.end
    )


def build(
    text: str, sents: list[Sentence], people: list[Person], ref: Reference, cidx: CountryIndex
) -> list[Event]:
    """All candidate events in reading order (dropped ones too: later clauses inherit from them)."""
    events: list[Event] = []
    for i, s in enumerate(sents):
        if s.heading:
            continue
        main: Event | None = None
        for seg in types_mod.segments(text, s.start, s.end):
            trig = types_mod.choose(_own_triggers(text, s, seg, people))
            named_before = None
            if trig is None and i > 0:
                trig = types_mod.opening(text, seg, sents[i - 1].text)
                if trig is not None and types_mod.is_past(s.text):
                    trig = None  # "Last month the presidents opened ...": not the exercise's start
                named_before = sents[i - 1]
            if trig is None or _drill_of_before(text, trig, sents, i):
                continue
            if seg.start == s.start and _in_recalled_contact(text, sents, i, events):
                continue  # "X had visited Y in April. During that visit, the two signed ...": then too
            ev = Event(
                _mode_of_lead(text, sents, i, trig),
                (trig.start, trig.end),
                seg,
                i,
                s.para,
                participants(text, people, seg, trig.start),
            )
            ev.sents.add(i)
            ev.inside = bool(_INSIDE.match(s.text) or _CEREMONY_BEFORE.match(s.text))
            # "..., and the two then signed the agreement": an act of its own after the talks
            then = seg.sub and re.search(r",\s+and\s+$", text[max(0, seg.start - 8) : seg.start]) is not None
            # "held a meeting and afterward signed a letter of intent": a signing of its own after the talks
            then = then or (
                seg.sub
                and trig.type == "agreement"
                and text[max(0, seg.start - 5) : seg.start].endswith("and ")
                and _SHARED_SUBJECT.match(text, seg.start) is not None
            )
            ev.apart = _other_contact(s, seg, trig) or then or _signed_before_heads(text, seg, trig)
            ev.another = bool(_ANOTHER.match(s.text))
            _date(text, ev, main, events, ref, sents)
            _people(text, ev, main, events, people, s, sents, ref)
            # "In a separate meeting held at his office, X held talks with Y": a further contact, with a
            # host the story has not named before (not "In a separate meeting with Y", one already named)
            ev.another = ev.another or bool(
                _SEPARATE_OPENER.match(s.text)
                and events
                and any(p.key not in {q.key for e in events for q in e.people} for p in ev.people)
            )
            _same_visitor_day(ev, events, ref, s)
            _countries(text, ev, cidx, events)
            _there_state(text, ev, sents, ref, cidx)
            _visited_host(text, ev, ref, cidx)
            _shared_visit(ev, events)
            _partner_state(ev, events)
            _story_state(text, ev, cidx)
            _two_states(text, ev, events)
            _main_states(text, ev, main)
            _port_country(text, ev)
            _visiting_ship_drill(text, ev, events)
            _drill_gathers(text, ev, sents, cidx)
            if named_before is not None:  # the states of the exercise named in the sentence before
                for c in cidx.find(text, named_before.start, named_before.end):
                    ev.countries.setdefault(c.iso3, (c.start, c.end))
            host = _host_dialogue(text, ev, seg)
            if host is not None:
                events.append(host)
            events.append(ev)
            main = main or ev
    return events


PUBLICATION_NOTE = "date inferred from publication date"
_NEWS_WINDOW = (dt.timedelta(days=60), dt.timedelta(days=2))  # a contact reported as news, as engine keeps


_FACE_TO_FACE = ("meeting", "dialogue", "agreement", "exercise", "port_call", "other")


def _same_visitor_day(ev: Event, events: list[Event], ref: Reference, sent: Sentence) -> None:
    """A contact with no day of its own, told after a day-dated contact of the same official in the
    story ('X held talks with Y on Sunday.' ... 'The US defence chief, who landed early Sunday, also met
    Z', 'On her return to the capital, X met W'): another contact of that visit, on its day (not after a
    call, nor in a story that turns to other news: 'Meanwhile, W met X at the Pentagon')."""
    if ev.date_note != PUBLICATION_NOTE or ref.day is None or ev.type not in _FACE_TO_FACE:
        return
    if re.match(r"\W*Meanwhile\b", sent.text):
        return
    mine = {p.key for p in ev.people}
    for e in reversed(events):
        if e.day is None or e.precision != "day" or len(e.countries) < 2:
            continue
        if e.type not in _FACE_TO_FACE:
            return
        if not ref.day - _NEWS_WINDOW[0] <= e.day <= ref.day + _NEWS_WINDOW[1]:
            continue
        if mine & {p.key for p in e.people}:
            ev.day, ev.precision, ev.date_span = e.day, "day", e.date_span
            ev.date_note = "date taken from the earlier contact of the same official"
        return


def _in_recalled_contact(text: str, sents: list[Sentence], i: int, events: list[Event]) -> bool:
    """A sentence set in the contact the one before told ('During that meeting, ...') when that contact
    is background there (a recalled or planned one, no record of its own): background as well."""
    lead = _INSIDE.match(sents[i].text)
    # "During that meeting" points back to the contact just told ("During the talks" may be the lead's)
    if i == 0 or lead is None or not re.search(r"\bthat\b", lead.group(0), re.I) or sents[i - 1].heading:
        return False
    if any(e.sent == i - 1 for e in events):
        return False
    prev = sents[i - 1]
    found = [t for seg in types_mod.segments(text, prev.start, prev.end) for t in types_mod.find(text, seg)]
    return bool(found) and all(t.background for t in found)


_MODE_WORD = re.compile(r"phone|telephon|call|dial|rang|teleconference", re.I)


def _mode_of_lead(text: str, sents: list[Sentence], i: int, trig: types_mod.Trigger) -> str:
    """'... after their ministers held talks by video link.' then 'X and Y spoke on Monday': talking with
    no mode word is in the mode the lead sentence just before gave (a live video trigger there)."""
    if trig.type != "call" or _MODE_WORD.search(text, trig.start, trig.end):
        return trig.type
    for j in range(i - 1, max(-1, i - 3), -1):
        if sents[j].heading or sents[i].para - sents[j].para > 1:
            break
        for seg in types_mod.segments(text, sents[j].start, sents[j].end):
            if any(t.type == "video_call" and not t.background for t in types_mod.find(text, seg)):
                return "video_call"
    return trig.type


def _drill_of_before(text: str, trig: types_mod.Trigger, sents: list[Sentence], i: int) -> bool:
    """'German ships took part in the drills': the drills the sentence before named, when those were a
    multinational exercise (no bilateral contact either)."""
    if (
        trig.type != "exercise"
        or i == 0
        or not re.search(r"\bthe\s+$", text[max(0, trig.start - 5) : trig.start])
    ):
        return False
    prev = sents[i - 1]
    ex = re.search(r"\b(?:exercises?|drills?)\b", prev.text)
    return ex is not None and types_mod.MULTINATIONAL.search(prev.text[: ex.start()]) is not None


# "Ahead of the 2+2 dialogue, X held a separate meeting with Y": the opener names another contact
IN_PERSON_KINDS = ("meeting", "dialogue")
_OTHER_CONTACT = re.compile(
    r"\W*(?:Ahead of|Before|Prior to|After|Following)\s+(?:the|this|that|their|its)\s+"
    r"(?:[\w'’+-]+\s+){0,3}?(?:talks|meeting|dialogue|consultations|discussions|session|call|summit|"
    r"conference|signing|ceremony|exercise|drills?)\b",
    re.I,
)


# "Deputy Minister X and an executive of Y signed an agreement in the presence of the two ministers": a
# signing by others before the heads of the talks, a record of its own
_BEFORE_HEADS = re.compile(
    r"\bin\s+the\s+presence\s+of\s+(?:the\s+|both\s+)?(?:two\s+)?(?:ministers|leaders|secretaries|heads|chiefs)\b",
    re.I,
)


def _signed_before_heads(text: str, seg: types_mod.Segment, trig: types_mod.Trigger) -> bool:
    return trig.type == "agreement" and _BEFORE_HEADS.search(text, trig.end, seg.end) is not None


# a contact the sentence reports as a further act: "Thereafter, an MoU on X was signed in their presence",
# "Later in the day, the ministers held the first 2+2"
_ANOTHER = re.compile(r"\W*(?:Thereafter|Subsequently|Afterwards|Later|In addition|Additionally)\b", re.I)


def _other_contact(s: Sentence, seg: types_mod.Segment, trig: types_mod.Trigger) -> bool:
    """A talk the clause reports after an opener naming another contact: a record of its own."""
    lead = _OTHER_CONTACT.match(s.text) if seg.start == s.start else None
    return lead is not None and trig.start >= s.start + lead.end() and trig.type in IN_PERSON_KINDS


def _own_triggers(
    text: str, s: Sentence, seg: types_mod.Segment, people: list[Person]
) -> list[types_mod.Trigger]:
    """The clause's triggers without the contact its opening phrase sets it in ('During the port call,
    the fleet commander called on the navy chief' is a meeting; 'Ahead of the dialogue, X met Y' too),
    when a live one follows that phrase."""
    guests = types_mod.received_guest(text, seg, [(p.start, p.end) for p in people])
    found = sorted(types_mod.find(text, seg) + guests, key=lambda t: t.start)
    lead = (_INSIDE.match(s.text) or _OTHER_CONTACT.match(s.text)) if seg.start == s.start else None
    if lead is None:
        return found
    rest = [t for t in found if t.start >= s.start + lead.end()]
    return rest if types_mod.choose(rest) is not None else found


def _date(
    text: str, ev: Event, main: Event | None, events: list[Event], ref: Reference, sents: list[Sentence]
) -> None:
    hit = _start_date(text, ev, sents[ev.sent], ref, sents) or pick_date(text, ev.seg, ev.trigger, ref)
    said = _SAID_AFTER_TALKS.search(text, ev.seg.start, ev.trigger[1]) if hit is None else None
    # ("X said on Thursday after talks with Y, with whom he signed a memorandum": the talks' signing too)
    tied = said is not None and _TALKS_RELATIVE.fullmatch(text, said.end(), ev.trigger[0]) is not None
    if said is not None and (said.end() >= ev.trigger[0] or tied):  # "X said on Friday after talks with Y"
        days = [h for h in dates.find(text, said.start(), said.end(), ref.day) if h.precision == "day"]
        hit = days[0] if days and not _dateline(days[0], ref) else None
    if hit is None:  # "X said on Tuesday as he sat down with Y": the contact is on the day of the remark
        hit = _said_day_as(text, ev, sents[ev.sent], ref)
        if hit is not None and ev.seg.offset_days:  # "X said on Tuesday, a day after he met Y": Monday
            hit = replace(hit, day=hit.day + dt.timedelta(days=ev.seg.offset_days))
    prev_day = next((e for e in reversed(events) if e.day is not None and e.precision == "day"), None)
    if hit is not None and prev_day is not None and _HELD_SAME_DAY.match(text, ev.trigger[1], ev.seg.end):
        hit = None  # "visiting from April 8 to 10 to attend the 2+2, which was held earlier the same day"
    # ("X met A after holding talks with B earlier in the day": the day of the main clause's contact)
    of_main = ev.seg.sub and main is not None and main.day is not None
    aside = _aside_day(text, ev, sents[ev.sent], ref) if hit is None and not of_main else None
    if aside is not None:  # "X, who arrived here on Wednesday, called on Y the same day": the arrival's day
        ev.day, ev.precision, ev.date_span = aside.day, "day", (aside.start, aside.end)
        ev.date_note = "date taken from the day the same day refers to"
        return
    if hit is None and prev_day is not None and _SAME_DAY.search(text, ev.seg.start, ev.seg.end):
        ev.day, ev.precision, ev.date_span = prev_day.day, "day", prev_day.date_span
        ev.date_note = "date taken from the preceding engagement"
        return
    told = _told_day(text, ev, sents, ref) if hit is None and prev_day is None else None
    if told is not None:  # "X was on Thursday conferred ... . Earlier in the day, X held talks with Y"
        ev.day, ev.precision, ev.date_span = told.day, "day", (told.start, told.end)
        ev.date_note = "date taken from the day the same day refers to"
        return
    named = _named_contact(text, sents[ev.sent], events) if hit is None else None
    if named is not None:
        ev.day, ev.precision, ev.date_span = named.day, named.precision, named.date_span
        ev.date_note = "date taken from the contact the sentence refers to"
        return
    landed = _arrival_date(text, ev, sents, ref) if hit is None else None
    if landed is not None:  # "X arrived on Friday evening. Soon after landing, he called on Y"
        ev.day, ev.precision, ev.date_span = landed.day, landed.precision, (landed.start, landed.end)
        ev.date_note = "date taken from the arrival the sentence follows"
        return
    there = _there_stop(text, ev, sents, ref)[1] if hit is None else None
    if there is not None:  # "X arrived from Kuwait, where he stopped on Sunday ... There he met Y"
        ev.day, ev.precision, ev.date_span = there.day, there.precision, (there.start, there.end)
        ev.date_note = "date taken from the stop the sentence refers to"
        return
    if hit is None and ev.seg.sub and main is not None and main.day is not None:
        ev.day, ev.precision = main.day + dt.timedelta(days=ev.seg.offset_days), main.precision
        ev.date_span, ev.date_note = main.date_span, main.date_note
        return
    if hit is None and ev.seg.sub and main is None and ev.seg.offset_days:
        # "Thursday's call came two days after X spoke with Y": the main clause's day, shifted
        sent = sents[ev.sent]
        main_days = [h for h in dates.find(text, sent.start, ev.seg.start, ref.day) if h.precision == "day"]
        main_days = [h for h in main_days if not h.reporting and not _dateline(h, ref)]
        if main_days:
            ev.day, ev.precision = main_days[-1].day + dt.timedelta(days=ev.seg.offset_days), "day"
            ev.date_span = (main_days[-1].start, main_days[-1].end)
            ev.date_note = "date counted from the main clause"
            return
    if hit is None:
        sent = sents[ev.sent]
        asides = [m.span() for m in types_mod.ASIDE.finditer(text, sent.start, sent.end)]
        hits = [
            h
            for h in dates.find(text, sent.start, sent.end, ref.day)
            if not h.reporting
            and not _dateline(h, ref)
            and not any(a <= h.start < b for a, b in asides)
            and not _old_year(text, h, ev.trigger[1], ref)
            and not _aside_time(text, h, ev.trigger[1], sent.end)
            and not _day_of_what_is_prepared(text, h, ev.trigger[1], ref)
        ]
        hit = hits[0] if hits else None
    if hit is not None and hit.kind == "lastweek":
        # "X spoke with Y last week ..." then "The call took place on Nov. 27": the next sentence's day
        hit = _back_reference_date(text, ev, sents, ref) or hit
    if hit is not None:
        ev.day, ev.precision, ev.date_span = hit.day, hit.precision, (hit.start, hit.end)
        if hit.kind not in ("iso", "mdy", "dmy", "dmyy", "my", "y"):
            ev.date_note = "date resolved against the article's dateline or publication date"
        return
    back = _back_reference_date(text, ev, sents, ref)
    if back is None and not events:
        back = _readout_date(text, ev, sents, ref)
    if back is None and not events:
        back = _possessive_day(text, ev, sents, ref)
    if back is not None:
        ev.day, ev.precision, ev.date_span = back.day, back.precision, (back.start, back.end)
        ev.date_note = "date taken from a later sentence about the same contact"
        return
    told_before = _narrated_before(text, ev, sents, events, ref)
    if told_before is not None:  # "... cut ties with Qatar in June. Days later, X and Y signed ...": June
        ev.day, ev.precision = told_before.day, told_before.precision
        ev.date_span = (told_before.start, told_before.end)
        ev.date_note = "date taken from the event the sentence says it followed"
        return
    prev = next((e for e in reversed(events) if e.day is not None and not e.seg.sub), None)
    sequel = _SEQUEL.search(text, sents[ev.sent].start, ev.trigger[0]) is not None
    if prev is not None and sequel and _recalled_after(prev, events):
        # "Crosetto met X. The two first spoke by telephone in November. Crosetto then held talks with Y":
        # then is after the meeting, not after the call recalled from weeks before it
        recent = [e for e in events if e.day is not None and not e.seg.sub and not _recalled_after(e, events)]
        prev = recent[-1] if recent else prev
    fresh = re.match(r"\s*Meanwhile\b", sents[ev.sent].text)
    grouped = _GROUP.search(text, ev.seg.start, ev.seg.end)
    lead = _lead_date(text, ev, sents, ref) if prev is None and not events else None
    separate = (
        ev.inside
        or _SEPARATE_OPENER.match(sents[ev.sent].text)
        # "Mattis later travelled to Jerusalem, where he was received by ...": the day of the contact before
        or _SEQUEL.search(text, sents[ev.sent].start, ev.trigger[0])
        or (
            # "X ... was also received by Y": another contact of the visitor just reported, on its day
            prev is not None
            and re.search(r"\balso\b", text[ev.seg.start : ev.trigger[1]]) is not None
            and bool({p.key for p in ev.people} & {p.key for p in prev.people})
        )
    )
    if prev is not None and (ev.para - prev.para <= 1 or grouped or separate) and not fresh:
        ev.day, ev.precision, ev.date_span = prev.day, prev.precision, prev.date_span
        ev.date_note = "date taken from the preceding engagement"
    elif lead is not None:
        ev.day, ev.precision, ev.date_span = lead.day, lead.precision, (lead.start, lead.end)
        ev.date_note = "date taken from the lead sentence"
    elif prev is None and not events and (trip := _trip_date(text, ev, sents, ref)) is not None:
        ev.day, ev.precision, ev.date_span = trip.day, trip.precision, (trip.start, trip.end)
        ev.date_note = TRIP_NOTE
    elif ev.type == "port_call" and (stay := _stay_start(text, ev, sents, ref)) is not None:
        ev.day, ev.precision, ev.date_span = stay.day, stay.precision, (stay.start, stay.end)
        ev.date_note = "date taken from the span of the visit"
    elif ref.day is not None:
        ev.day, ev.precision = ref.day, "month"
        ev.date_note = "date inferred from publication date"


# "Days later, ...", "A few weeks later, ...": counted from what the sentence before narrates
_LATER_OPENER = re.compile(r"\W*(?:(?:a\s+few|several|some)\s+)?(?:days|weeks|months)\s+later\b", re.I)


def _narrated_before(
    text: str, ev: Event, sents: list[Sentence], events: list[Event], ref: Reference
) -> dates.DateHit | None:
    """An undated contact opened by 'Days later' after a dated sentence that reports no contact of its own
    (a blockade, a vote): it follows that event, not the contact reported before it."""
    if ev.sent == 0 or not _LATER_OPENER.match(sents[ev.sent].text):
        return None
    before = sents[ev.sent - 1]
    if before.heading or any(ev.sent - 1 in e.sents or e.sent == ev.sent - 1 for e in events):
        return None
    hits = [
        h
        for h in dates.find(text, before.start, before.end, ref.day)
        if not h.reporting and not _dateline(h, ref)
    ]
    return hits[-1] if hits else None


def _recalled_after(ev: Event, events: list[Event]) -> bool:
    """A contact dated weeks before a contact the story reported ahead of it: recalled background."""
    return any(
        f is not ev and f.day is not None and ev.day is not None and (f.day - ev.day).days > 31
        for f in events[: next(i for i, e in enumerate(events) if e is ev)]
    )


# "During the visit, which runs from October 5 to 9, ...": the span of the ships' stay
_STAY_RUNS = re.compile(
    r"\b(?:the|this|their|its)\s+(?:[\w-]+\s+)?(?:visit|port\s+call|stay)\b,?\s+(?:which\s+)?"
    r"(?:runs|will\s+run|ran|lasts|will\s+last|lasted|continues|is\s+scheduled|was\s+scheduled)\s+"
    r"(?:to\s+run\s+)?from\s+",
    re.I,
)


def _stay_start(text: str, ev: Event, sents: list[Sentence], ref: Reference) -> dates.DateHit | None:
    """A port call of no day of its own ('have arrived at Muscat'), whose next sentences give the span of
    the visit ('the visit, which runs from October 5 to 9'): the span's first day."""
    for j in range(ev.sent, min(len(sents), ev.sent + 4)):
        sent = sents[j]
        if sent.heading or sent.para - ev.para > 2:
            break
        m = _STAY_RUNS.search(text, sent.start, sent.end)
        if m is None:
            continue
        hits = dates.find(text, m.end(), min(sent.end, m.end() + 30), ref.day)
        hits = [h for h in hits if h.precision == "day"]
        return hits[0] if hits and hits[0].start == m.end() else None
    return None


TRIP_NOTE = "date taken from the trip the story opens with"
# "The Minister, X, travelled to Kyiv today, Wednesday 28 December, on his first visit": the trip itself
TRIP = re.compile(
    r"\b(?:travelled|traveled|flew|arrived|arrives|(?:is|was)\s+visiting|(?:paid|pays|began|begins|made|makes)\s+"
    r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?visit)\s+(?:to|in)\s+(?:the\s+)?(?-i:[A-Z])",
    re.I,
)


def _trip_date(text: str, ev: Event, sents: list[Sentence], ref: Reference) -> dates.DateHit | None:
    """The story's first contact, undated, reported in a paragraph after the one that opens on the trip
    with its day ('X travelled to Kyiv today, Wednesday 28 December.' ... 'The Minister then held talks
    with Y'): the trip's day."""
    for j in range(ev.sent - 1, max(-1, ev.sent - 4), -1):
        sent = sents[j]
        if sent.heading:
            continue
        trip = TRIP.search(text, sent.start, sent.end)
        if trip is None or types_mod.is_past(sent.text) or types_mod.is_stop(sent.text):
            continue
        hits = [h for h in dates.find(text, trip.end(), sent.end, ref.day) if not h.reporting]
        hits = [h for h in hits if h.precision == "day" and not _dateline(h, ref)]
        return hits[0] if hits else None
    return None


# "X, who arrived on Tuesday on a three-day visit, held talks with Y on the first day of his engagements"
_ONE_DAY_ARRIVAL = re.compile(
    r"\b(?:arrived|arriving|landed|flew\s+in)\b[^.;]{0,80}?\b(?:one-day|day-long|daylong|single-day)\s+"
    r"(?:(?:official|working|state|goodwill)\s+)?(?:visit|trip)\b",
    re.I,
)
_FIRST_DAY = re.compile(
    r"\bon\s+the\s+(?:first|opening)\s+day\s+of\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?"
    r"(?:visit|trip|tour|stay|engagements|programme|program)\b",
    re.I,
)


def _aside_day(text: str, ev: Event, sent: Sentence, ref: Reference) -> dates.DateHit | None:
    """'X, who arrived here from Tokyo on Wednesday, called on Y the same day', 'X arrived on Wednesday
    and called on Y the same day': 'the same day' is the day the sentence named before it (an aside's too)."""
    same = _SAME_DAY.search(text, ev.seg.start, ev.seg.end)
    same = same or _FIRST_DAY.search(text, ev.seg.start, ev.seg.end)
    # "X, who arrived in Y on a one-day official visit yesterday, called on Z": a visit of that day only
    one_day = _ONE_DAY_ARRIVAL.search(text, sent.start, ev.trigger[0]) if same is None else None
    if one_day is not None:
        same = one_day
    if same is None or _HELD_SAME_DAY.match(text, ev.trigger[1], ev.seg.end):
        return None  # "visiting from April 8 to 10 for the 2+2, which was held earlier the same day"
    upto = ev.trigger[0] if one_day else min(same.start(), ev.trigger[0])
    hits = dates.find(text, sent.start, upto, ref.day)
    hits = [h for h in hits if not h.reporting and h.precision == "day" and not _dateline(h, ref)]
    hits = [h for h in hits if not _visit_span(text, h)]
    return hits[-1] if hits else None


_RECENT = dt.timedelta(days=7)


def _told_day(text: str, ev: Event, sents: list[Sentence], ref: Reference) -> dates.DateHit | None:
    """'Earlier in the day, X held talks with Y' with no contact reported before: the day the sentences
    just before told of (a recent day, not a date of the background)."""
    if ref.day is None or _SAME_DAY.search(text, ev.seg.start, ev.seg.end) is None:
        return None
    for j in range(ev.sent - 1, max(-1, ev.sent - 6), -1):
        sent = sents[j]
        if sent.heading:
            break
        if types_mod.is_stop(sent.text):
            continue
        hits = [h for h in dates.find(text, sent.start, sent.end, ref.day) if not h.reporting]
        hits = [
            h
            for h in hits
            if h.precision == "day"
            and not _dateline(h, ref)
            and not _names_a_thing(text, h)
            and ref.day - _RECENT <= h.day <= ref.day
        ]
        if hits:
            return hits[-1]
    return None


# "In a separate meeting, X discussed ... with Y": another contact of the visit just reported, on its day
_SEPARATE_OPENER = re.compile(
    r"\W*(?:In|At|During)\s+(?:a|an|another)\s+(?:separate|later|subsequent|further|second)\s+"
    r"(?:meeting|session|encounter)\b"
)


# "Ahead of the signing, X held talks with Y": the day of the signing the article reported
_RELATIVE_OPENER = re.compile(
    # ("Hours after the talks, the two air forces held a drill": the same day as the talks)
    r"^\W*(?:Ahead\s+of|Before|Prior\s+to|(?:(?:Hours|Minutes|Shortly|Soon|Moments)\s+)?After|Following|"
    r"On\s+the\s+(?:sidelines|margins)\s+of|At\s+the\s+(?:conclusion|end|close)\s+of)\s+"
    r"the\s+(?:[\w'’+-]+\s+){0,3}?(?P<noun>signing|ceremony|talks|meeting|dialogue|exercise|drills?|"
    r"(?:phone\s+|telephone\s+)?call)\b",
    re.I,
)
_NOUN_TYPES = {
    "signing": {"agreement"},
    "ceremony": {"agreement", "other"},
    "talks": {"meeting", "dialogue", "call", "video_call"},
    "call": {"call", "video_call"},
    "phone call": {"call", "video_call"},
    "telephone call": {"call", "video_call"},
    "meeting": {"meeting", "dialogue"},
    "dialogue": {"dialogue"},
    "exercise": {"exercise"},
    "drill": {"exercise"},
    "drills": {"exercise"},
}


_ON_ARRIVAL = re.compile(
    r"\W*(?:(?:Soon|Shortly|Immediately|Right|Just)\s+)?(?:after|upon|on)\s+(?:(?:his|her|their)\s+)?"
    r"(?:landing|arriving|arrival)\b|"
    # "X arrived at the air base on Thursday ... Hours later, he met Y": the same day as the arrival
    r"\W*(?:(?:a\s+few|several|two|three)\s+)?hours\s+later\b|\W*(?:Later|Hours)\s+that\s+(?:day|evening|afternoon)\b|"
    r"\W*That\s+(?:evening|afternoon|night)\b",
    re.I,
)
_ARRIVED = re.compile(r"\b(?:arrived|arrives|landed|lands|touched\s+down)\b", re.I)


# "X arrived from Kuwait, where he stopped on Sunday to ... . There he met Y": the stop the sentence before
# names in a where-clause, its state and day
_THERE = re.compile(
    r"\W*There,?\s+(?:he|she|they|the\s+(?:[\w-]+\s+){0,2}?(?:minister|secretary|chief))\b", re.I
)
_WHERE_STOP = re.compile(r",\s+where\s+(?:he|she|they)\b[^.;]*", re.I)


def _there_stop(
    text: str, ev: Event, sents: list[Sentence], ref: Reference
) -> tuple[int | None, dates.DateHit | None]:
    """Where the stop's place ends and its day, when the sentence opens 'There he ...' after a
    where-clause."""
    if ev.sent == 0 or not _THERE.match(sents[ev.sent].text) or ev.trigger[0] - sents[ev.sent].start > 60:
        return None, None
    prev = sents[ev.sent - 1]
    where = [*_WHERE_STOP.finditer(text, prev.start, prev.end)]
    if prev.heading or not where:
        return None, None
    m = where[-1]
    hits = [
        h for h in dates.find(text, m.start(), m.end(), ref.day) if not h.reporting and h.precision == "day"
    ]
    return m.start(), (hits[0] if hits and not _dateline(hits[0], ref) else None)


def _there_state(text: str, ev: Event, sents: list[Sentence], ref: Reference, cidx: CountryIndex) -> None:
    """'There he met Y': the state named right before the where-clause is the host's (over a state guessed
    from the office or the dateline)."""
    at, _ = _there_stop(text, ev, sents, ref)
    if at is None:
        return
    named = [c for c in cidx.find(text, sents[ev.sent - 1].start, at) if at - c.end <= 2]
    if not named or named[-1].iso3 in ev.countries:
        return
    iso3, span = named[-1].iso3, (named[-1].start, named[-1].end)
    sure = ("text", "knowledge")
    ev.people = [
        p if p.country_source in sure else replace(p, country=iso3, country_source="text") for p in ev.people
    ]
    own = {p.country for p in ev.people if p.country}
    ev.countries = {k: v for k, v in ev.countries.items() if k in own}
    ev.countries[iso3] = span


def _arrival_date(text: str, ev: Event, sents: list[Sentence], ref: Reference) -> dates.DateHit | None:
    """'Soon after landing, he called on Y': the day of the arrival the sentence just before reports."""
    if not _ON_ARRIVAL.match(sents[ev.sent].text) or ev.sent == 0:
        return None
    prev = sents[ev.sent - 1]
    arrived = _ARRIVED.search(text, prev.start, prev.end)
    if prev.heading or arrived is None or types_mod.is_stop(prev.text):
        return None
    hits = [h for h in dates.find(text, prev.start, prev.end, ref.day) if not h.reporting]
    hits = [h for h in hits if h.precision == "day" and not _dateline(h, ref)]
    return min(hits, key=lambda h: abs(h.start - arrived.end())) if hits else None


def _named_contact(text: str, sent: Sentence, events: list[Event]) -> Event | None:
    """The earlier day-dated contact that a sentence opening 'Ahead of the signing,' refers to."""
    m = _RELATIVE_OPENER.match(sent.text)
    if m is None:
        return None
    kinds = _NOUN_TYPES[" ".join(m.group("noun").lower().split())]
    return next(
        (e for e in reversed(events) if e.type in kinds and e.day is not None and e.precision == "day"), None
    )


_BACK_REFERENCE = re.compile(
    r"^\W*(?:The|This|That|Their|Today['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:meeting|call|talks|conversation|discussions?|dialogue|exercise|signing|session|videoconference)\b|"
    # "This was decided at the 15th meeting of the JWG held on October 27": what the lead reported was decided
    r"^\W*(?:This|That|It|These)\s+(?:was|were)\s+(?:decided|agreed|announced|resolved)\s+(?:at|during)\s+"
    r"(?:the|their)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|session|round|talks|dialogue)\b"
)


# "AUSMIN was held at ... on 6 August": a sentence opening on a name (acronym or capitalised words) held
_NAME_HELD = re.compile(
    r"^\W*(?:The\s+)?(?P<name>(?-i:[A-Z][\w+&-]*)(?:\s+(?-i:[A-Z0-9][\w+&-]*)){0,4})\s+"
    r"(?:(?:was|were)\s+held|took\s+place)\b"
)


_READOUT_ISSUED = re.compile(
    r"^\W*(?:The|Its|Their|A)\s+(?:[\w'’-]+\s+){0,3}?(?:statement|readout|release|communiqu[eé])\s*,?\s+"
    r"(?:(?:which\s+was|was)\s+)?(?:issued|released|published|posted|put\s+out)\s+(?:late\s+|early\s+)?on\s+"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
_THE_CONTACT = re.compile(r"\b(?:the|this|that)\s+(?:call|conversation|talks|meeting|phone\s+call)\b", re.I)


# "..., the Pentagon said in a readout of today's call": a possessive day naming the contact of the story
_POSSESSIVE_DAY = re.compile(
    r"\b(?:today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+"
    r"(?:(?:phone|telephone|video|virtual|bilateral)\s+)?(?P<noun>call|conversation|talks|meeting)\b",
    re.I,
)


def _possessive_day(text: str, ev: Event, sents: list[Sentence], ref: Reference) -> dates.DateHit | None:
    """The story's first contact, undated, then a later sentence of the same story naming it by its day
    ('... the Pentagon said in a readout of today's call'): the contact is of that day."""
    call = ev.type == "call"
    for j in range(ev.sent + 1, min(len(sents), ev.sent + 5)):
        sent = sents[j]
        if sent.heading or sent.para - ev.para > 3:
            break
        m = _POSSESSIVE_DAY.search(sent.text)
        if m is None or (m.group("noun").lower() in ("call", "conversation")) != call:
            continue
        hits = dates.find(text, sent.start + m.start(), sent.start + m.end(), ref.day)
        hits = [h for h in hits if h.precision == "day" and not _dateline(h, ref)]
        if hits:
            return hits[0]
    return None


def _readout_date(text: str, ev: Event, sents: list[Sentence], ref: Reference) -> dates.DateHit | None:
    """The story's first contact, undated, then 'The ministry's statement, issued on Friday evening, gave no
    details of the call': the contact is of the day its readout was issued."""
    for j in range(ev.sent + 1, min(len(sents), ev.sent + 3)):
        sent = sents[j]
        if sent.heading or sent.para - ev.para > 1:
            break
        m = _READOUT_ISSUED.match(sent.text)
        if m is None or not _THE_CONTACT.search(sent.text):
            continue
        hits = dates.find(text, sent.start, sent.start + m.end(), ref.day)
        hits = [h for h in hits if h.precision == "day" and not _dateline(h, ref)]
        if hits:
            return hits[-1]
    return None


def _back_reference_date(text: str, ev: Event, sents: list[Sentence], ref: Reference) -> dates.DateHit | None:
    """An undated contact dated by the next sentence that names it ('Earlier this week X held a virtual
    meeting with Y.' then 'The meeting on Tuesday was their first ...')."""
    for j in range(ev.sent + 1, min(len(sents), ev.sent + 3)):
        sent = sents[j]
        if sent.heading or sent.para - ev.para > 1:
            break
        held = _NAME_HELD.match(sent.text)
        # "... concluded the 34th Ministerial Consultations (AUSMIN) with Y." then "AUSMIN was held at the
        # Naval Academy on 6 August.": the name the lead gave the contact, held on a day
        named = held is not None and re.search(
            rf"(?<![\w-]){re.escape(held.group('name'))}(?![\w-])", sents[ev.sent].text
        )
        if not (_BACK_REFERENCE.match(sent.text) or named) or types_mod.is_stop(sent.text):
            continue
        if any(
            types_mod.choose(types_mod.find(text, seg))
            for seg in types_mod.segments(text, sent.start, sent.end)
        ):
            return None  # the sentence reports a contact of its own
        hits = [h for h in dates.find(text, sent.start, sent.end, ref.day) if not h.reporting]
        hits = [h for h in hits if not _dateline(h, ref) and h.precision == "day"]
        # "The talks came weeks after ... on Feb. 6": a day after 'came after' is the earlier event's
        hits = [h for h in hits if not _CAME_AFTER.search(text, sent.start, h.start)]
        if hits:
            return hits[0]
    return None


_CAME_AFTER = re.compile(
    r"\b(?:came|comes|follow(?:ed|s)|took\s+place|was\s+held)\s+(?:[\w,-]+\s+){0,4}?"
    r"(?:after|since|following)\b",
    re.I,
)


_STARTED = re.compile(
    r"\b(?:began|begun|begins|started|starts|commenced|kicked off|opened|got under ?way)\s+"
    r"(?:[\w-]+\s+){0,3}$|"
    # "The exercise was conducted from 28 to 30 November": the first day of its span
    r"\b(?:held|conducted|ran|run|runs|took\s+place|takes\s+place)\s+from\s+$",
    re.I,
)


_THE_EXERCISE = re.compile(
    r"^\W*(?:The|This)\s+(?:[\w-]+\s+){0,2}?(?:exercise|drills?|war ?games|manoeuvres|maneuvers)\b"
)


_EXERCISE_NAME = re.compile(r"(?-i:\bExercise\s+([A-Z][\w-]{2,}))")


def _start_date(
    text: str, ev: Event, sent: Sentence, ref: Reference, sents: list[Sentence]
) -> dates.DateHit | None:
    """An exercise is dated by its start: '... concluded on Saturday the exercise, which began late last
    month' is dated by 'late last month'."""
    if ev.type != "exercise":
        return None
    spans = [(sent.start, sent.end)]
    nxt = next((s for s in sents if s.start >= sent.end), None)
    if nxt is not None and nxt.para == sent.para and _THE_EXERCISE.match(nxt.text):
        spans.append(
            (nxt.start, nxt.end)
        )  # "... wrapped up on Thursday. The drill, which started on Feb 8, ..."
    # "... in Exercise Kestrel 2025." then "... take part in Kestrel, which opened on May 2"
    named = _EXERCISE_NAME.search(text, sent.start, sent.end)
    if named is not None:
        word = re.compile(rf"\b{re.escape(named.group(1))}\b")
        spans += [
            (s.start, s.end)
            for s in sents
            if s.start >= sent.end and not s.heading and word.search(s.text) and not types_mod.is_past(s.text)
        ]
    for first, h in ((a, h) for a, b in spans for h in dates.find(text, a, b, ref.day)):
        if not h.reporting and not _dateline(h, ref) and _STARTED.search(text, max(0, h.start - 40), h.start):
            if _EARLIER_EDITION.search(text, first, h.start):
                continue  # "Last year's drill, held from March 28 to April 8, ...": another edition
            return h
    return None


_EARLIER_EDITION = re.compile(
    r"\b(?:last|previous|prior)\s+(?:year|edition|month)(?:['’]s)?\b|\b(?:previous|prior|last|earlier)\s+edition\b",
    re.I,
)


_MADE_STATEMENT = re.compile(
    r"\bmade\s+(?:the|this|these|those|her|his|their)\s+(?:announcement|remarks|comments|statement)\b|"
    # "The confirmation came during a 2+2 meeting at X": what the lead reports was said at the contact
    r"\b(?:The|This|That|Their|These)\s+(?:confirmation|announcement|agreement|decision|pledge|commitment|"
    r"assurances?|remarks|comments|statement)\s+(?:came|was\s+made|were\s+made)\s+(?:during|at|after|following)\b",
    re.I,
)


_SAID_AFTER_TALKS = re.compile(
    r"\b(?:said|announced|agreed|told\s+reporters)\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
    r"(?:after|following|at|during)\s+(?:[\w'’-]+\s+){0,6}?(?:talks|meeting|consultations|dialogue)\b"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}with\b)?"
)


_TALKS_RELATIVE = re.compile(
    r"[^.;]{0,80}?,\s+(?:with\s+whom|where|during\s+which|at\s+which)\s+(?:he|she|they|the\s+two)\s+(?:also\s+)?"
)


# "X said on Friday, as he and Y signed ...", "X said on Friday he had agreed ..., after the two met":
# the clause that ends on the trigger hangs on the remark, so the contact has the remark's day
_SAID_DAY_AS = re.compile(
    r"\b(?:said|says|announced|declared|told\s+(?:reporters|journalists))\s+(?:on\s+)?"
    r"(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^.;]{0,200}?"
    r"\b(?:as|after|while|when)\s+(?:he|she|they|the\s+two(?:\s+(?:men|women|ministers|leaders|sides|chiefs))?|"
    r"both\s+(?:men|women|ministers|leaders|sides))(?:\s+and(?:\s+[\w.'’-]+){1,8}?)?\s+(?:(?:had|have|just)\s+)*$"
)


# "The deal was announced Thursday during a visit to X by Y, who met his counterpart Z": the contact told
# in a relative clause of the visit the announcement was made in has the announcement's day
_ANNOUNCED_DAY_DURING = re.compile(
    r"\b(?:said|announced|unveiled|disclosed|revealed|declared)\s+(?:on\s+)?"
    r"(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+(?:during|in\s+the\s+course\s+of)\s+"
    r"(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:visit|trip|stop|tour)\b"
    r"(?:[^.;]|(?<=\b[A-Z])\.){0,150}?,\s+(?:who|where\s+(?:he|she|they))\s+(?:also\s+)?$"
)


def _said_day_as(text: str, ev: Event, sent: Sentence, ref: Reference) -> dates.DateHit | None:
    m = _SAID_DAY_AS.search(text, sent.start, ev.trigger[0]) or _ANNOUNCED_DAY_DURING.search(
        text, sent.start, ev.trigger[0]
    )
    if m is None:
        return None
    days = [h for h in dates.find(text, m.start("day"), m.end("day"), ref.day) if h.precision == "day"]
    return days[0] if days and not _dateline(days[0], ref) else None


_JOINT_SAID = re.compile(
    # ("the two countries' defence ministers agreed on Monday": what both agreed that day, when they met)
    r"\b(?:their|both|the\s+two)\s+(?:[\w'’-]+\s+){0,2}?(?:chiefs|ministers|secretaries|counterparts)\s+"
    r"(?:said|told\s+reporters|announced|agreed)\s+(?=on\s+)",
    re.I,
)


_STAY = re.compile(r"\b(?:is|are)\s+in\s+[^.;]{0,40}?\btoday\s+and\s+tomorrow\b", re.I)


def _lead_date(text: str, ev: Event, sents: list[Sentence], ref: Reference) -> dates.DateHit | None:
    """The first contact of the story, undated in its own sentence: the date of the lead sentence just
    before it ('The ministers agreed on Saturday to ...' then 'X and Y met on the sidelines of ...')."""
    # "X made the announcement after talks with Y": the day the sentence before says X announced it
    statement = _MADE_STATEMENT.search(text, sents[ev.sent].start, ev.trigger[0]) is not None
    skipped = 0
    for j in range(ev.sent - 1, max(-1, ev.sent - 3), -1):
        sent = sents[j]
        if sent.heading or ev.para - sent.para > 1 + skipped:
            break
        if _background_only(text, sent):
            skipped += 1  # "X arrived on Sunday from Y, where he met Z": the leg before's day, not the lead's
            continue
        said = _SAID_AFTER_TALKS.search(text, sent.start, sent.end)
        if said is not None:  # "..., the ministers said on Monday, after talks in Paris": the talks' day
            hits = [h for h in dates.find(text, said.start(), said.end(), ref.day) if h.precision == "day"]
            if hits and not _dateline(hits[0], ref):
                return hits[0]
        # "..., their defense chiefs said on Wednesday": both sides spoke together that day, when they met
        # ("X and Y will hold ..., the two ministers agreed on Monday": the future is what they agreed)
        joint = _JOINT_SAID.search(text, sent.start, sent.end)
        # ("X is in Brussels today and tomorrow for ...": a stay under way, not the future)
        future = types_mod.is_stop(sent.text) and not _STAY.search(sent.text)
        if types_mod.is_past(sent.text) or (future and joint is None):
            continue
        hits = [
            h
            for h in dates.find(text, sent.start, sent.end, ref.day)
            if ((not h.reporting or statement) and not future)
            or (joint is not None and joint.end() <= h.start <= joint.end() + 4)
        ]
        hits = [
            h for h in hits if not _dateline(h, ref) and h.precision == "day" and not _names_a_thing(text, h)
        ]
        if hits:
            return hits[0]
    return None


_OWN_HEAD = re.compile(r"(?:President|Prime\s+Minister)$")


def _background_only(text: str, sent: Sentence) -> bool:
    """A sentence whose every contact is background told in a place's relative clause: 'X arrived on
    Sunday from Y, where he met Z' (an earlier leg; not a lead's 'will hold', nor its day)."""
    found = [t for seg in types_mod.segments(text, sent.start, sent.end) for t in types_mod.find(text, seg)]
    return bool(found) and all(
        t.background and _WHERE_LEG.search(text, sent.start, t.start) is not None for t in found
    )


_WHERE_LEG = re.compile(r"\b(?:from|in|to)\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+,\s+where\b")


def _group_from_lead(
    text: str, ev: Event, people: list[Person], sents: list[Sentence], ref: Reference
) -> None:
    """'The two ...' with no earlier engagement: the people (and date) of the nearest earlier sentence
    naming officials of two states ('X and Y agreed on Sunday to ...'); when the sentence before is itself
    a nameless "the two leaders ...", the pair it points back to, however far up the story."""
    prev = sents[ev.sent - 1] if ev.sent > 0 else None
    chained = prev is not None and _GROUP.search(prev.text) is not None
    chained = chained and prev is not None and not any(_in(p, prev.start, prev.end) for p in people)
    for j in range(ev.sent - 1, -1 if chained else max(-1, ev.sent - 4), -1):
        sent = sents[j]
        named = _unique([p for p in people if _in(p, sent.start, sent.end) and not p.spokes])
        states = {p.country for p in named if p.country}
        if _background_only(text, sent):
            continue  # "X arrived from Y, where he met Z": the two of an earlier leg are not "the two men"
        # "President X and Australian Prime Minister Y agreed ...": a wire's own head of state, unqualified
        own_head = len(named) == 2 and len(states) == 1
        own_head = own_head and any(not p.country and _OWN_HEAD.match(p.title or "") for p in named)
        if len(states) < 2 and not own_head:
            continue
        ev.people = _unique(named + ev.people)
        ev.subject = named[:1]
        if ev.date_note == "date inferred from publication date":
            hits = [h for h in dates.find(text, sent.start, sent.end, ref.day) if not h.reporting]
            hits = [h for h in hits if not _dateline(h, ref)]
            if hits:
                ev.day, ev.precision, ev.date_span, ev.date_note = (
                    hits[0].day,
                    hits[0].precision,
                    (
                        hits[0].start,
                        hits[0].end,
                    ),
                    None,
                )
        return
    # "..., as U.S. Defense Secretary X wound up a visit. After talks with Minister Y, the two said ...":
    # the two are Y and the official of the other state the sentences before named
    other = _named_before(ev, people, sents) if ev.people and len({p.country for p in ev.people}) == 1 else []
    if other and None not in {p.country for p in ev.people}:
        ev.people = _unique(other + ev.people)
        ev.subject = other


def _people(
    text: str,
    ev: Event,
    main: Event | None,
    events: list[Event],
    people: list[Person],
    sent: Sentence,
    sents: list[Sentence],
    ref: Reference,
) -> None:
    seg_text = text[ev.seg.start : ev.seg.end]
    before = [p for p in ev.people if p.start < ev.trigger[0]]
    ev.subject = before[:1]
    group = _GROUP.search(seg_text)
    opener = _MEETING_OPENER.match(seg_text)
    if opener is not None and all(p.start >= ev.seg.start + opener.end() for p in ev.people):
        # "Meeting at the ministry, the two also confirmed that ..., announced after the summit between A
        # and B": the two who met are the pair named before; those named later belong to the clause
        ev.people = []
    # "In Tokyo he met Y, and the two agreed ...": the two are he and Y, the people of this clause
    if group is not None and ev.people and _HE.search(text, ev.seg.start, ev.trigger[0]):
        group = None if ev.seg.start + group.start() >= ev.trigger[1] else group
    if len(ev.people) < 2 and (group or (not ev.seg.sub and _THEY.match(seg_text))):
        source = main if main is not None else (events[-1] if events else None)
        if source is not None:
            ev.people = _unique(ev.people + source.people)
            ev.subject = source.subject
        elif ev.seg.sub and len({p.country for p in _main_people(ev, people, sent)}) >= 2:
            # "X said he and Y had agreed to ..., after the two met": the two of the main clause
            own = _main_people(ev, people, sent)
            ev.people, ev.subject = _unique(ev.people + own), own[:1]
        else:
            _group_from_lead(text, ev, people, sents, ref)
        return
    if ev.seg.sub and main is not None and main.subject and _SHARED_SUBJECT.match(seg_text):
        # "X met Y ... and then paid a courtesy call on Z", "X and Y held talks and afterward signed ...":
        # the main clause's subject acts again (a signing with no one of its own: the talks' people)
        ev.people = _unique(main.subject + ev.people) if ev.people else list(main.people)
        ev.subject = main.subject
        return
    if ev.seg.sub and main is not None and _HE.search(seg_text) and main.subject:
        ev.people = _unique(main.subject + ev.people)
        ev.subject = main.subject
        return
    if (
        not before
        and len(ev.people) >= 2
        and ev.type == "agreement"
        and _SIGNED_BY.search(text, ev.trigger[1], ev.people[0].start)
    ):
        return  # "welcomed the signing of the Agreement ... by X and Y": those two signed it
    if not before and ev.people:
        lead = [
            p
            for p in people
            if _in(p, sent.start, ev.trigger[0])
            and not p.spokes
            and not _WITNESS.match(text, p.end)
            and not _POSTED.match(text, p.end)
        ]
        subject = lead[:1] or next((e.subject for e in reversed(events) if e.subject), [])
        opener = _SEPARATE_OPENER.match(sent.text)
        if not lead and opener and ev.trigger[0] < sent.start + opener.end() and len(ev.people) >= 2:
            subject = ev.people[:1]  # "In a separate meeting, X held talks with Y": X and Y, the clause's own
        office = _THE_OFFICE.search(text, sent.start, ev.trigger[0]) if not subject else None
        if office is not None:
            subject = _named_before(ev, people, sents) or _holder_before(ev, people, sents, office.group(0))
        if not lead and _PRONOUN.search(text, max(sent.start, ev.trigger[0] - 40), ev.trigger[0]):
            # "..., where earlier the same day he met X": "he" is the story's protagonist, the person it
            # has named most often so far
            hero = _protagonist(people, ev.trigger[0], {p.key for p in ev.people})
            subject = [hero] if hero is not None else subject
        pair = next((e.people for e in reversed(events) if e.people), [])
        if (
            not lead
            and _THE_TWO_OPEN.fullmatch(text, ev.seg.start, ev.trigger[0])
            and len(pair) == 2
            and len({p.country for p in pair} | {None}) == 2
            and not {p.key for p in pair} & {p.key for p in ev.people}
        ):
            subject = list(pair)  # "A and B held talks with Qatari officials. The two met X and Y": A, B
        ev.people = _unique(subject + ev.people)
        ev.subject = subject


# "Meeting at the Defense Ministry in Tokyo, the two ...": a participle opener whose subject is "the two"
_MEETING_OPENER = re.compile(
    r"\W*(?:Meeting|Talking|Speaking)\b[^,.;]{0,80},\s+(?:the\s+two|both\s+(?:ministers|leaders|men|sides))\b"
)


# "The two met ...": a clause whose subject is the pair of one side the story named before
_THE_TWO_OPEN = re.compile(
    r"\W*(?:The|the)\s+two\s+(?:(?:men|women|secretaries|officials|envoys)\s+)?(?:(?:also|then|later)\s+)?",
)


# a clause cut off after "and" that has no subject of its own: "..., and then paid a courtesy call on Y"
_SHARED_SUBJECT = re.compile(
    r"\s*(?:later|then|afterwards?|subsequently)\s+(?:paid|signed|inked|held|met|called|hosted|received)\b",
    re.I,
)


def _main_people(ev: Event, people: list[Person], sent: Sentence) -> list[Person]:
    """The people named in the sentence before a sub-clause, without spokespeople."""
    return [p for p in people if _in(p, sent.start, ev.seg.start) and not p.spokes and p.country]


_SIGNED_BY = re.compile(r"\bby\s+(?:[\w.'’-]+\s+){0,8}?$", re.I)
# "In Kyiv the Minister met his Ukrainian counterpart, X": the office stands for the official named before
_THE_OFFICE = re.compile(
    # ("On his arrival the minister met US Secretary X": wire copy's lower-case office too)
    r"\b(?-i:[Tt]he)\s+(?:(?:(?-i:[A-Z][\w-]+)\s+){0,2}?(?-i:Minister|Secretary|Chief|General|Admiral|Commander)|"
    r"(?-i:minister|secretary))\b"
    r"(?!\s+(?:of|for)\b)(?=[^.;]{0,40}$)"
)


def _named_before(ev: Event, people: list[Person], sents: list[Sentence]) -> list[Person]:
    """The official of another state than the clause's named someone, named in the sentences just before."""
    states = {p.country for p in ev.people}
    floor = sents[max(0, ev.sent - 3)].start
    earlier = [
        p
        for p in people
        if floor <= p.start < sents[ev.sent].start and not p.spokes and p.country and p.country not in states
    ]
    return earlier[-1:]


def _holder_before(ev: Event, people: list[Person], sents: list[Sentence], office: str) -> list[Person]:
    """'Rear Admiral X, Flag Officer Commanding Western Fleet, ... Later, the Fleet Commander called on Y':
    the official of no stated country named just before whose title shares the office's words."""
    words = {w.lower()[:6] for w in re.findall(r"[A-Za-z]{4,}", office)} - {"the"}
    floor = sents[max(0, ev.sent - 3)].start
    own = {p.key for p in ev.people}
    earlier = [
        p
        for p in people
        if floor <= p.start < sents[ev.sent].start
        and not p.spokes
        and p.country is None
        and p.key not in own
        and p.title
        and words & {w.lower()[:6] for w in re.findall(r"[A-Za-z]{4,}", p.title)}
    ]
    return earlier[-1:]


_PRONOUN = re.compile(r"\b(?:he|she)\s+(?:[a-z]+\s+){0,2}$")


def _protagonist(people: list[Person], before: int, exclude: set[str]) -> Person | None:
    """The person a story has named most often before a point (None on a tie)."""
    counts: dict[str, int] = {}
    last: dict[str, Person] = {}
    for p in people:
        if p.start < before and not p.spokes and p.key not in exclude:
            counts[p.key] = counts.get(p.key, 0) + 1
            last[p.key] = p
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return last[ranked[0][0]]


def _countries(text: str, ev: Event, cidx: CountryIndex, events: list[Event] | None = None) -> None:
    for p in ev.people:
        if p.country:
            ev.countries.setdefault(p.country, p.country_span or (p.start, p.end))
            if p.country_source == "knowledge":
                ev.warnings.append(f"country of {p.name} assumed from the official's known post")
    for m in _COUNTERPART.finditer(text, ev.seg.start, ev.seg.end):
        if m.group("dem"):
            iso3 = cidx.resolve(m.group("dem"))
            if iso3:
                ev.countries.setdefault(iso3, m.span("dem"))
        rest = re.match(r"\s+(?:from|in|of)\s+([^.;]*)", m.group("rest"))
        if rest:
            base = m.start("rest") + rest.start(1)
            for c in cidx.find(text, base, base + len(rest.group(1))):
                ev.countries.setdefault(c.iso3, (c.start, c.end))
    if not _visit_goes_on(ev, events or []):
        _pair_country(text, ev, cidx)
    if ev.type in ("exercise", "port_call") or not ev.people or len(ev.countries) < 2:
        for c in _clause_countries(text, ev, cidx):
            if ev.type in ("exercise", "port_call") or not ev.people or len(ev.countries) < 2:
                ev.countries.setdefault(c.iso3, (c.start, c.end))


_PAIRED = ("-", "–", "/", " and ")
# "Ghana, India agree to deepen defence ties": a headline's two states, a comma between them
_HEADLINE_VERB = re.compile(
    r"\s+(?:agree|sign|hold|held|vow|discuss|review|pledge|ink|seal|boost|deepen|step|talk|meet|conduct)",
    re.I,
)


def _paired(text: str, a: CountryMention, b: CountryMention) -> bool:
    if text[a.end : b.start] in _PAIRED:
        return True
    title_end = text.find("\n")
    return (
        b.start < title_end
        and text[a.end : b.start] == ", "
        and not text[: a.start].strip()
        and _HEADLINE_VERB.match(text, b.end) is not None
    )


def _visit_goes_on(ev: Event, events: list[Event]) -> bool:
    """A host of unknown country met by someone of an earlier two-state contact ('..., and called on
    President X the same day'): that visit's states settle it (_shared_visit), not a pair named elsewhere."""
    if len(ev.countries) != 1:
        return False
    known = next(iter(ev.countries))
    keys = {p.key for p in ev.people if p.country}
    return any(
        len(e.countries) == 2 and known in e.countries and keys & {p.key for p in e.people} for e in events
    )


def _pair_country(text: str, ev: Event, cidx: CountryIndex) -> None:
    """A participant of unknown country when the event has one known state: the partner that the
    article pairs with it ('Swedish-Finnish cooperation', 'India-US ties', 'the Swedish and Finnish
    armed forces')."""
    if len(ev.countries) != 1 or not any(p.country is None for p in ev.people):
        return
    known = next(iter(ev.countries))
    found = cidx.all_mentions(text)
    partners = set()
    for a, b in zip(found, found[1:], strict=False):
        if _paired(text, a, b) and known in (a.iso3, b.iso3) and a.iso3 != b.iso3:
            partners.add((b if a.iso3 == known else a).iso3)
    if len(partners) != 1:
        return
    other = partners.pop()
    ev.people = [
        replace(p, country=other, country_source="pair") if p.country is None else p for p in ev.people
    ]
    ev.countries[other] = None
    ev.warnings.append("country of a participant taken from the pair of states the article names")


_VISITING = re.compile(r"\b[Vv]isiting\s+(?:[\w.'’-]+\s+){0,8}?$")


def _visited_host(text: str, ev: Event, ref: Reference, cidx: CountryIndex) -> None:
    """'Visiting Chinese Defence Minister X called on President Y' in a story datelined in the host's
    capital: the one participant of unknown country is the host, of the dateline's state."""
    if len(ev.countries) != 1 or sum(p.country is None for p in ev.people) != 1 or not ref.city:
        return
    known = next(iter(ev.countries))
    home = CITIES.get(ref.city) or gazetteer.lookup(ref.city, frozenset())
    if home is None or home == known:
        return
    visitor = any(
        p.country == known and _VISITING.search(text, max(ev.seg.start, p.start - 80), p.start)
        for p in ev.people
    )
    # "PHNOM PENH - U.S. Defense Secretary X ... then met Prime Minister Y": a titled host, in his capital
    # (or in the town the clause names: "met Prime Minister Y in Islamabad" in a story from New Delhi)
    titled_host = any(p.country is None and p.title for p in ev.people) and any(
        c.iso3 == home for c in cidx.all_mentions(text)
    )
    if not visitor and not titled_host:
        return
    # (not "X, who arrived here from Tokyo on Wednesday, called on Y": where the visitor came from)
    asides = [m.span() for m in types_mod.ASIDE.finditer(text, ev.seg.start, ev.seg.end)]
    towns = {
        CITIES[m.group(0)]
        for m in CITY_PATTERN.finditer(text, ev.seg.start, ev.seg.end)
        if not any(a <= m.start() < b for a, b in asides)
        and not re.search(r"\bfrom\s+$", text[max(0, m.start() - 6) : m.start()])
    } - {known}
    if not visitor and towns:
        if len(towns) > 1:
            return
        home = towns.pop()
    ev.people = [
        replace(p, country=home, country_source="dateline") if p.country is None else p for p in ev.people
    ]
    ev.countries[home] = None
    ev.warnings.append("country of the host taken from the dateline of a visitor's contact")


def _shared_visit(ev: Event, events: list[Event]) -> None:
    """A later contact of someone from an earlier two-state contact, naming no new state ('On Wednesday,
    Gen X travelled to the air base, where he met the Chief of the Defence Forces'): the same two states."""
    if len(ev.countries) >= 2 or not ev.people or all(p.country for p in ev.people):
        return
    keys = {p.key for p in ev.people}
    for prev in reversed(events):
        if (
            len(prev.countries) == 2
            and keys & {p.key for p in prev.people}
            and set(ev.countries) <= set(prev.countries)
        ):
            for c in prev.countries:
                ev.countries.setdefault(c, None)
            ev.warnings.append("states taken from an earlier contact of the same participant")
            return


_STILL_TO_COME = re.compile(
    r"\b(?:begins|starts|opens|kicks\s+off|gets\s+under\s?way|takes\s+place|is|are|will|shall)\b", re.I
)
_ALLIES = re.compile(r"\b(?:the\s+(?:two|allies|allied|partners)\b|their\b|both\b)", re.I)


def _main_states(text: str, ev: Event, main: Event | None) -> None:
    """'X and Y met on Sunday, hours before the allies' ministers held their 2+2 talks': a before/after
    clause naming no state and no one is about the states of the main clause."""
    if _STILL_TO_COME.search(text, ev.seg.start, ev.seg.end):
        return  # "a week before the two countries' largest exercise begins": a later event, not news
    if ev.seg.sub and main is not None and not ev.people and not ev.countries and len(main.countries) == 2:
        ev.countries = dict(main.countries)
        ev.apart = True  # a contact before or after the main one, not a part of it
        ev.warnings.append("states taken from the main clause")
        if _ALLIES.search(text, ev.seg.start, ev.trigger[0]):
            ev.people, ev.subject = list(main.people), list(main.subject)


_BETWEEN_THE_TWO = re.compile(
    r"\b(?:between|of|by)\s+the\s+two\s+(?:countries|nations|states|militaries|armies|navies|forces)\b", re.I
)


def _two_states(text: str, ev: Event, events: list[Event]) -> None:
    """'Exercise X, the largest drill between the two countries': an exercise naming fewer than two
    states is between the two states of the article's last two-state contact that holds its own."""
    if ev.type != "exercise" or len(ev.countries) >= 2:
        return
    prev = next((e for e in reversed(events) if len(e.countries) == 2), None)
    if prev is None or not set(ev.countries) <= set(prev.countries):
        return
    # (or the drill an undated two-state exercise just announced: "the bilateral exercise gets under way.
    # Troops of X and India's Y today began Exercise Z")
    if not _BETWEEN_THE_TWO.search(text, ev.seg.start, ev.seg.end) and not (
        prev.type == "exercise" and prev.precision != "day" and ev.sent - prev.sent <= 3 and not ev.seg.sub
    ):
        return
    for c in prev.countries:
        ev.countries.setdefault(c, None)
    ev.warnings.append("states taken from the contact reported before")


def _partner_state(ev: Event, events: list[Event]) -> None:
    """A contact with one known state and a participant of none ('the allies' top officers, Gen. X,
    chairman of the Joint Chiefs of Staff, and Gen. Y, chairman of the U.S. Joint Chiefs'): the
    participant serves the partner of that state in the article's last two-state contact."""
    if len(ev.countries) != 1 or not any(p.country is None for p in ev.people):
        return
    known = next(iter(ev.countries))
    prev = next((e for e in reversed(events) if len(e.countries) == 2 and known in e.countries), None)
    if prev is None:
        return
    other = next(c for c in prev.countries if c != known)
    ev.people = [
        replace(p, country=other, country_source="pair") if p.country is None else p for p in ev.people
    ]
    ev.countries[other] = None
    ev.warnings.append("country of a participant taken from the states of an earlier contact")


def _story_state(text: str, ev: Event, cidx: CountryIndex) -> None:
    """A contact with one known state and a titled participant of none, the article naming no pair
    ('Defence Cabinet Secretary X held talks with US Secretary Y'): the participant serves the other
    state the article names most, when it is named at least twice and twice as often as any other."""
    if len(ev.countries) != 1 or not any(p.country is None and p.title for p in ev.people):
        return
    known = next(iter(ev.countries))
    counts: dict[str, int] = {}
    for c in cidx.all_mentions(text):
        if c.iso3 != known:
            counts[c.iso3] = counts.get(c.iso3, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return
    other = ranked[0][0]
    ev.people = [
        replace(p, country=other, country_source="story") if p.country is None and p.title else p
        for p in ev.people
    ]
    ev.countries[other] = None
    ev.warnings.append("country of a participant taken from the other state the article names most")


# "The exercise brings together the Indian Navy, the US Navy and ...": the next sentence names the forces
_DRILL_GATHERS = re.compile(
    r"\s*(?:The|This)\s+(?:[\w-]+\s+){0,2}?(?:exercise|drills?|manoeuvres|maneuvers|war\s?games?)\s+"
    r"(?:brings|brought|involves|involved|includes|included|features|featured|"
    r"(?:is|was)\s+being\s+conducted\s+(?:by|between))\s+(?:together\s+)?"
)


def _drill_gathers(text: str, ev: Event, sents: list[Sentence], cidx: CountryIndex) -> None:
    """An exercise of fewer than two named states, and the sentence right after it in the same paragraph
    says whose forces 'the exercise brings together': the states of those forces."""
    if ev.type != "exercise" or len(ev.countries) >= 2 or ev.sent + 1 >= len(sents):
        return
    nxt = sents[ev.sent + 1]
    if nxt.para != sents[ev.sent].para or not _DRILL_GATHERS.match(nxt.text):
        return
    if types_mod.is_stop(nxt.text) or types_mod.is_past(nxt.text):
        return
    found = cidx.find(text, nxt.start, nxt.end)
    if len({c.iso3 for c in found} | set(ev.countries)) < 2:
        return
    for c in found:
        ev.countries.setdefault(c.iso3, (c.start, c.end))
    ev.sents.add(ev.sent + 1)


# "the frigate undertook a PASSEX with ITS X": the ship of the port call told just before
_THE_SHIP = re.compile(
    r"\b(?:the|this)\s+(?:ship|frigate|destroyer|corvette|vessel|submarine|warship|carrier|cruiser)\b", re.I
)


def _visiting_ship_drill(text: str, ev: Event, events: list[Event]) -> None:
    """An exercise of one named state whose other side is 'the frigate' of the port call reported before:
    the visiting ship's state is the other side."""
    if ev.type != "exercise" or len(ev.countries) != 1:
        return
    if not _THE_SHIP.search(text, ev.seg.start, ev.trigger[0]):
        return
    known = next(iter(ev.countries))
    visit = next((e for e in reversed(events) if e.type == "port_call" and len(e.countries) == 2), None)
    if visit is None or known not in visit.countries:
        return
    other = next(c for c in visit.countries if c != known)
    ev.countries[other] = visit.countries[other]
    ev.warnings.append("states taken from the port call of the same ship")


# Ship prefixes name the navy ("INS Tir" is an Indian Naval Ship, "HMAS Anzac" an Australian one).
SHIP_PREFIXES = {
    "INS": "IND",
    "HMS": "GBR",
    "USS": "USA",
    "USNS": "USA",
    "HMAS": "AUS",
    "HMNZS": "NZL",
    "HMCS": "CAN",
    "JS": "JPN",
    "ROKS": "KOR",
    "KRI": "IDN",
    "BRP": "PHL",
    "PNS": "PAK",
    "SLNS": "LKA",
    "ITS": "ITA",
    "SPS": "ESP",
    "HNLMS": "NLD",
    "TCG": "TUR",
    "RSS": "SGP",
    "KD": "MYS",
    "HTMS": "THA",
    "HDMS": "DNK",
    "HNoMS": "NOR",
    "HSwMS": "SWE",
    "FGS": "DEU",
    "BNS": "BGD",
}
_SHIP = re.compile(r"\b(" + "|".join(SHIP_PREFIXES) + r")\s+(?=[A-Z])")


_ARRIVED_AT = re.compile(
    r"\b(?:(?:arrived|arrives|docked|called|anchored)\s+(?:at|in)|sailed\s+into|steamed\s+into|entered)\s+"
    # "docked in Rio de Janeiro", "arrived at Cam Ranh": a town of up to three words ("arrived in the
    # southeastern port city of X": the town the port's description names)
    r"(?:the\s+(?:[\w-]+\s+)?port(?:\s+city)?\s+of\s+)?"
    r"([A-Z][\w'’-]+(?:\s+(?:(?:de|do|da|del|la|el)\s+)?[A-Z][\w'’-]+){0,2})"
)


# "the first visit by Chinese naval vessels to Davao City": the town a ships' visit was paid to
_VISIT_TO = re.compile(
    r"\b(?:visit|port\s+call)\s+(?:by\s+(?:[\w'’-]+\s+){1,4}?)?to\s+"
    r"([A-Z][\w'’-]+(?:\s+(?:(?:de|do|da|del|la|el)\s+)?[A-Z][\w'’-]+){0,2})"
)


def _arrival_town(name: str) -> str | None:
    """The state of the town the ships reached: the longest run of its words that the gazetteers know."""
    words = name.split()
    for n in range(len(words), 0, -1):
        if words[n - 1].islower():
            continue
        town = " ".join(words[:n])
        found = CITIES.get(town) or gazetteer.lookup(town, frozenset())
        if found is not None:
            return found
    return None


def _port_country(text: str, ev: Event) -> None:
    """A ship's visit is to the state of the port it reached ('arrived at Pier 15 in Manila'), by the
    navy its ships' prefixes name ('INS Tir and INS Sujata arrived at Port Louis, Mauritius')."""
    if ev.type not in ("port_call", "exercise") or len(ev.countries) >= 2:
        return
    if ev.type == "port_call":
        for m in CITY_PATTERN.finditer(text, ev.seg.start, ev.seg.end):
            ev.countries.setdefault(CITIES[m.group(0)], m.span())
        if len(ev.countries) < 2:  # "arrived at Trincomalee": a town of the world gazetteer
            # ("docked at X Wharf on Sunday, the first visit by Chinese naval vessels to Davao": the town)
            found = [*_ARRIVED_AT.finditer(text, ev.seg.start, ev.seg.end)]
            for m in found + [*_VISIT_TO.finditer(text, ev.seg.start, ev.seg.end)]:
                town = _arrival_town(m.group(1))
                if town is not None:
                    ev.countries.setdefault(town, m.span(1))
                    break
    for m in _SHIP.finditer(text, ev.seg.start, ev.seg.end):
        if len(ev.countries) >= 2:
            break
        ev.countries.setdefault(SHIP_PREFIXES[m.group(1)], m.span(1))


_SEPARATE = re.compile(r"\b(?:separate|parallel|mirror|respective)\b|\beach\s+signed\b", re.I)
_POSTED_TO = re.compile(
    r"\b(?:Ambassador|Envoy|High\s+Commissioner|Charg[ée]\s+d['’]Affaires|Attach[ée])\s+(?:to|in)\s+(?:the\s+)?$",
    re.I,
)


def _clause_countries(text: str, ev: Event, cidx: CountryIndex) -> list[CountryMention]:
    """Countries of the clause, without a closing attribution ('..., a U.S. official said');
    when two or more states stand before the trigger ('Britain and Japan signed'), only those."""
    end = ev.seg.end
    tail = _ATTRIBUTION.search(text, ev.trigger[1], end)
    if tail:
        end = tail.start()
    found = cidx.find(text, ev.seg.start, end)
    found = [c for c in found if not _WAR_OBJECT.search(text[max(0, c.start - 40) : c.start])]
    found = [c for c in found if not _BACKDROP.search(text[max(0, c.start - 50) : c.start])]
    # "..., where the two discussed the Venezuelan crisis": a state's trouble as the topic, after the trigger
    found = [c for c in found if c.start < ev.trigger[1] or not _TOPIC_AFTER.match(text, c.end)]
    if ev.people:  # "was met at the airport by India's Ambassador to China, X": the envoy's post, no party
        found = [c for c in found if not _POSTED_TO.search(text[max(0, c.start - 40) : c.start])]
    if ev.type == "port_call":  # "arrived at the U.S. Navy's base": the base's owner is not the host
        found = [c for c in found if not _FORCE_OWNER.match(text, c.end)]
    before = [c for c in found if c.end <= ev.trigger[0]]
    if _SEPARATE.search(text, ev.trigger[0], ev.trigger[1]):
        return found  # "X and Y signed separate agreements with Z": each with Z, not with each other
    if ev.type == "port_call" and len({c.iso3 for c in before}) == 1 and _port_town(text, ev, before[0].iso3):
        # "A Canadian patrol ship sailed into Havana harbour, mooring near a Russian group whose arrival
        # was tracked by the United States": the navy before the verb and the port's state, no others
        return before
    return before if len({c.iso3 for c in before}) >= 2 else found


def _port_town(text: str, ev: Event, visitor: str) -> bool:
    """The port call's own words name a town of another state than the visiting navy's."""
    m = _ARRIVED_AT.search(text, ev.trigger[0], min(ev.seg.end, ev.trigger[1] + 40))
    if m is None:
        return False
    town = _arrival_town(m.group(1))
    return town is not None and town != visitor
