"""Article text in, draft engagement records out: the pure extraction pipeline."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from app.extraction import dates, gazetteer, people, reference
from app.extraction import text as text_mod
from app.extraction import types as types_mod
from app.extraction.countries import CountryIndex
from app.extraction.events import TRIP_NOTE, Event, build
from app.extraction.knowledge import Knowledge, builtin
from app.extraction.model import DraftEngagement, Location, Participant
from app.extraction.officials import OfficialIndex
from app.extraction.pillars import PillarIndex
from app.extraction.places import CITIES, CITY_PATTERN, VENUE_PATTERN, VENUES

IN_PERSON = {"meeting", "dialogue", "agreement", "exercise", "port_call", "other"}
IN_PERSON_TALKS = {"meeting", "dialogue", "agreement"}
# Forces exercise, ships call, states sign and named bodies sit with no one named; plain talks or calls
# that name no one are a summary or a passing mention of states, not a contact the story reports
UNSTAFFED = {"exercise", "port_call", "agreement", "dialogue"}
# A named dialogue holds what was signed at it; a signing outranks the talks around it.
MERGE_PRIORITY = ["dialogue", *(t for t in types_mod.PRIORITY if t != "dialogue")]
WINDOW_BEFORE = dt.timedelta(days=60)
# (the reviewing officer of an exercise's opening parade took part in it too, quoted or not)
_COMMANDS = re.compile(r"\bcommand|\breviewing\s+officer\b", re.I)
_SHIPS_CAPTAIN = re.compile(
    r",\s+(?:the\s+)?(?:(?:ship|vessel|frigate|destroyer|corvette|carrier)['’]s\s+(?:captain|commanding\s+officer|"
    r"commander|skipper)|(?:captain|commanding\s+officer|commander)\s+of\s+the\s+(?:ship|vessel|frigate|destroyer|"
    r"corvette|carrier|(?-i:[A-Z])))\b",
    re.I,
)
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|according to)\b")
_UNDER_COMMAND = re.compile(r"\bunder\s+the\s+command\s+of\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,3}$", re.I)
_COMMANDED_BY = re.compile(r"\b(?:commanded|captained|skippered)\s+by\s+(?:(?-i:[A-Z])[\w.]*\s+){0,3}$", re.I)
_QUOTE = re.compile(r"[\"“][^\"“”]{1,400}[\"”]")
_OPEN_QUOTE = re.compile(r"[\"“][^\"“”]*$")
_LED_BY = re.compile(
    r"(?:\b(?P<dem>[A-Z][\w-]+)\s+)?\b(?:delegation|side|team|contingent)s?\s+"
    r"(?:(?:was|were|is|are)\s+)?(?:(?:led|headed)\s+)?by\s+|"
    # "The flotilla, led by Rear Admiral X, was on its way home": the commander of the visiting ships
    r"(?:\b(?P<navy>[A-Z][\w-]+)\s+)?\b(?:flotilla|squadron|task\s+group|strike\s+group|task\s+force)s?,?\s+"
    r"(?:(?:was|were|is|are)\s+)?(?:led|headed|commanded)\s+by\s+"
)
# "The meeting was co-chaired by X and Y": both heads of the talks, to the end of the sentence
_CHAIRED = re.compile(
    r"\b(?:meeting|talks|dialogue|session|round|consultations|committee|ceremony|it)\s+"
    # ("The session at the presidential office was co-chaired by": where it met, between)
    r"(?:(?:at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,6}?)?(?:was|were)\s+"
    r"(?:jointly\s+)?(?:co-?chaired|chaired|co-led|led|presided\s+over)\s+by\s+",
    re.I,
)
WINDOW_AFTER = dt.timedelta(days=2)
_SIDELINES = re.compile(
    r"\b(?:sidelines|margins|margin)\s+of\s+(?:the\s+)?((?:[\w'’.+-]+\s+){0,8}?[\w'’.+-]+)(?=\s+in\b|,|\.|\s+on\b|\s+at\b|$)"
)
_VENUE_WORD = r"(?:(?:[A-Z]\.){2,}(?:['’]s)?|[A-Z][\w'’-]*)"  # "U.S." is one word, not a truncated "U"
# "the Pentagon chief was received by X at the palace": a title naming the institution, not the place
_VENUE_TITLE = re.compile(
    r"\s+(?:chief|boss|head|officials?|spokes(?:man|woman|person)|press\s+secretary|leadership|brass)\b"
)
_VENUE_SPEAKS = re.compile(r"\s+(?:said|says|announced|stated|added|confirmed|noted|reported)\b")
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
    home = (CITIES.get(ref.city) or gazetteer.lookup(ref.city, frozenset())) if ref.city else None
    ctx = people.Context(text, idx.countries, idx.officials, ref.day, spans, home)
    floors = [s.start for s in sents]
    found = people.find_people(ctx, floors)
    found = found + people.bare_titles(ctx, found, floors)
    found = sorted(found + people.byline_titles(ctx, found), key=lambda p: p.start)
    built = build(text, sents, found, ref, idx.countries)
    _named_mechanism(built, sents, text)
    _signings_after_talks(built, sents)
    built = _named_talks_before_signing(built, sents, text)
    _summary_then_detail(built)
    _foreign_witness(text, built, found, sents)
    legs = _earlier_legs(text, idx.countries)
    revealed = _revealed(text, built, sents, ref)
    kept = [
        e
        for e in built
        if (id(e) in revealed or _keep(e, ref))
        and revealed.get(id(e), True)
        and not _on_earlier_leg(text, e, legs, idx.countries)
    ]
    kept = _recalled(kept)
    _aboard_visiting_ships(kept, text)
    events = _separately(_echoes(_split(_merge(kept), text, sents)), text, sents)
    events = _each_counterpart(events, text, sents, found)
    _talks_beside_signing(events, text)
    events = _talks_by_call(events, text)
    acting = {p.key for p in found if p.military and not p.spokes and not _background_mention(p, sents)}
    military = [p for p in found if p.key in acting]
    live = {i for e in events for i in e.sents}
    scopes = {id(e): _scope(e, events, sents, text, live, idx.countries) for e in events}
    _named_inside(text, events, found, sents, scopes)
    _companions(text, events, found, sents, scopes)
    _welcomers(text, events, found, scopes)
    _signing_people(events)
    _byline_speakers(text, events, found, sents)
    drafts = [
        _draft(
            text,
            e,
            scopes[id(e)],
            ref,
            idx,
            [p for p in _unclaimed(military, e, events) if not _dated_before(text, p, e, sents, ref)],
            found,
            sents,
        )
        for e in events
    ]
    for ev, draft in zip(events, drafts, strict=True):
        _joining_states(text, ev, draft, scopes[id(ev)], idx.countries)
        if ev.type in IN_PERSON and (draft.location is None or draft.location.country is None):
            place = _same_day_place(text, ev, built, ref, idx, sents)
            if place is not None:
                venue = draft.location.venue if draft.location else None
                draft.location = Location(place.city, place.country, venue)
        elif ev.type in IN_PERSON_TALKS and _from_dateline(ev, draft.location, ref, sents):
            place = _visit_place(text, ev, built, ref, idx, sents)
            if place is not None and draft.location is not None and place.city != draft.location.city:
                draft.location = Location(place.city, place.country, draft.location.venue)
    kept_drafts = [
        (ev, d) for ev, d in zip(events, drafts, strict=True) if not _own_envoy_welcome(text, ev, d)
    ]
    drafts = [d for ev, d in kept_drafts if not _own_envoy_hosted(ev, d, [x for _, x in kept_drafts])]
    return [d for d in drafts if d.participants or d.type in UNSTAFFED]


# "On his arrival at the airport, he was received by the Indian Ambassador": the visitor's own envoy
_ARRIVAL_RECEPTION = re.compile(
    r"\b(?:arrival|arrived|arriving|landed|landing|airport)\b[^.;]{0,120}?\b(?:received|welcomed|greeted)\s+by\b|"
    r"\b(?:received|welcomed|greeted)\s+(?:on\s+(?:his|her|their)\s+arrival\s+)?(?:at\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?airport\s+)?by\b(?=[^.;]{0,60}\b(?:on|upon)\s+(?:his|her|their)\s+arrival\b)",
    re.I,
)
_ENVOY = re.compile(r"\b(?:Ambassador|High\s+Commissioner|Envoy|Charg[eé]\s+d)", re.I)


def _own_envoy_welcome(text: str, ev: Event, draft: DraftEngagement) -> bool:
    """A visitor met on arrival by his own state's ambassador (unnamed hosts beside): no bilateral contact."""
    if ev.type != "meeting" or len(draft.participants) < 2:
        return False
    states = {p.country for p in draft.participants}
    if len(states) != 1 or None in states:
        return False
    if not any(p.title and _ENVOY.search(p.title) for p in draft.participants):
        return False
    return _ARRIVAL_RECEPTION.search(text, ev.seg.start, ev.seg.end) is not None


def _own_envoy_hosted(ev: Event, draft: DraftEngagement, drafts: list[DraftEngagement]) -> bool:
    """'The Fleet Commander called on General Y ... He also hosted X, High Commissioner of India, on board':
    a meeting of an envoy of state A and one whose state the pair of states guessed as the other, when
    the story's other records put that one on A's side: the visitor met his own envoy."""
    if ev.type != "meeting" or len(draft.participants) != 2:
        return False
    envoys = [p for p in draft.participants if p.title and _ENVOY.search(p.title) and p.country]
    if len(envoys) != 1:
        return False
    envoy = envoys[0]
    other = next(p for p in draft.participants if p is not envoy)
    guessed = {p.name for p in ev.people if p.country_source == "pair"}
    if (other.country is not None and other.name not in guessed) or other.country == envoy.country:
        return False
    return any(
        d is not draft and any(q.name == other.name and q.country == envoy.country for q in d.participants)
        for d in drafts
    )


_UNDATED = "date inferred from publication date"
_BORROWED = "date taken from the earlier contact of the same official"


# "X met separately with Foreign Secretary A and Defence Secretary B": one contact with each
_SEPARATELY = re.compile(
    r"\b(?:(?:met|spoke|talked|held\s+talks)\s+separately\s+with|"
    r"separately\s+(?:met|spoke\s+with|held\s+talks\s+with|received)|held\s+separate\s+(?:meetings|talks|calls)\s+with|"
    # "X met Prime Minister A and, separately, Defence Minister B": the aside sets the second host apart
    r"\band,\s+separately(?=\s*,)|"
    # "X called on General A at Army Headquarters and on Admiral B at Naval Headquarters": the repeated
    # "on" makes a courtesy call on each (not "and on Tuesday met B")
    r"\bcall(?:ed|s)?\s+on\s+[^.;]{0,200}?\band\s+(?:later\s+|then\s+|also\s+)?on(?=\s+(?:the\s+)?"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)(?-i:[A-Z])))\b",
    re.I,
)
# "X held talks with A and B. X met separately with the two officials.": the next sentence splits them
_SEPARATELY_NEXT = re.compile(
    r"\s*(?:[\w.'’-]+\s+){1,4}?(?:met|spoke|talked|held\s+talks)\s+separately\s+with\s+(?:the\s+two|both|each)\b"
)
# "X met A and B ... In a separate meeting with B, X said ...": a later sentence of the same report sets one
# of the several apart by name (the name follows within a few words)
_SEPARATE_WITH = re.compile(
    r"\b(?:(?:in|at|during)\s+(?:a|his|her|their)\s+separate\s+(?:meeting|talks|session)|"
    r"(?:met|spoke|talked|held\s+talks)\s+separately)\s+with\s+(?P<who>(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+)"
    r"(?=\s*[,;.]|\s+(?:on|in|at|and|to|over|about|the)\b)",
    re.I,
)


_STOP = re.compile(r"\.\s")


def _next_sentence(text: str, end: int) -> int:
    """Where the sentence after the one a clause ends in starts (the text's end if none)."""
    while end and text[end - 1].isspace():
        end -= 1
    stop = _STOP.search(text, end - 1 if end and text[end - 1] == "." else end)
    return len(text) if stop is None else stop.start() + 1


# talks named in no mode and placed nowhere: "X held talks with his counterpart Y, focusing on ..."
_UNMODED_TALKS = re.compile(r"(?:held|had|holds)\s+(?:[\w-]+\s+){0,2}?(?:talks|discussions)", re.I)
_PLACED = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])|\bvisit", re.I)


def _talks_by_call(events: list[Event], text: str) -> list[Event]:
    """'On Monday X held talks with his counterpart Y' and then 'Today, I had a productive video call with
    Y': talks in no mode, placed nowhere, are the call of the same day between the same two people."""
    out: list[Event] = []
    for ev in events:
        keys = {p.key for p in ev.people}
        call = next(
            (
                o
                for o in events
                if o.type in ("call", "video_call")
                and o.day == ev.day
                and o.precision == ev.precision == "day"
                and {p.key for p in o.people} == keys
            ),
            None,
        )
        if (
            call is None
            or ev.type != "meeting"
            or len(keys) < 2
            or not _UNMODED_TALKS.fullmatch(text, *ev.trigger)
            or _PLACED.search(text, ev.seg.start, ev.seg.end)
        ):
            out.append(ev)
            continue
        _absorb(call, ev)
    return out


def _talks_beside_signing(events: list[Event], text: str) -> None:
    """'A and B signed an agreement on Thursday as President X hosted President Y', then 'The agreement was
    signed by Ministers P and Q': the leaders' part is the talks the clause reports, the signing is theirs."""
    for ev in events:
        keys = {p.key for p in ev.people}
        signed = [
            o
            for o in events
            if o is not ev
            and o.type == "agreement"
            and o.people
            and not keys & {p.key for p in o.people}
            and set(o.countries) == set(ev.countries)
            and o.day == ev.day
            and o.sent > ev.sent
        ]
        if ev.type != "agreement" or not keys or not signed:
            continue
        talks = [t for t in types_mod.find(text, ev.seg) if t.type == "meeting" and not t.background]
        if talks:
            ev.type, ev.trigger = "meeting", (talks[0].start, talks[0].end)


def _named_apart(
    text: str, ev: Event, sents: list[text_mod.Sentence] | None, several: list[people.Person]
) -> bool:
    """One of the several the lead sentence grouped is met 'in a separate meeting' by name in a later
    sentence the report took in (the surname or full name follows the words)."""
    if not sents or len(several) < 2:
        return False
    for i in sorted(ev.sents):
        if i >= len(sents) or sents[i].start < ev.seg.end:
            continue
        for m in _SEPARATE_WITH.finditer(text, sents[i].start, sents[i].end):
            words = set(re.findall(r"[\w'’-]+", m.group("who")))
            if any(p.name.split()[-1] in words for p in several if p.name):
                return True
    return False


def _separately(events: list[Event], text: str, sents: list[text_mod.Sentence] | None = None) -> list[Event]:
    """Several officials on one side who met one on the other separately, in one clause ('X met
    separately with A and B', 'A, B and C separately met X'): a record for each pair."""
    out: list[Event] = []
    for ev in events:
        before = people_unique([p for p in ev.people if ev.seg.start <= p.start < ev.trigger[0]])
        after = people_unique([p for p in ev.people if p.start >= ev.trigger[1]])
        before = before or people_unique(ev.subject)  # "He met separately with A and B"
        sep = _SEPARATELY.search(text, ev.seg.start, ev.seg.end)
        # "X held talks with A and B. X met separately with the two officials.": the next sentence says so
        later = sep is None and _SEPARATELY_NEXT.match(text, _next_sentence(text, ev.seg.end)) is not None
        # "X met A and B ... In a separate meeting with B, ...": a sentence the report took in names one apart
        later = later or (sep is None and _named_apart(text, ev, sents, after))
        # "X and Y held separate meetings with A and B": separate for each host, not each visitor
        hosts_apart = (sep is not None and sep.group(0).lower().endswith("with")) or later
        if (
            ev.type not in ("meeting", "call", "video_call")
            or not (sep or later)
            or {p.key for p in before} & {p.key for p in after}
            or not ((len(before) == 1 and len(after) >= 2) or (len(before) >= 2 and len(after) == 1))
            or (hosts_apart and len(after) < 2)
        ):
            out.append(ev)
            continue
        one, several = (before, after) if len(before) == 1 else (after, before)
        for other in several:
            keys = {one[0].key, other.key}
            if any(
                o is not ev and o.type in TALKS and o.day == ev.day and {p.key for p in o.people} == keys
                for o in events
            ):  # (a signing that followed the talks with one of them is no report of those talks)
                continue  # "Later, X held talks with C": reported again on its own
            part = replace(ev, people=[p for p in ev.people if p.key in keys])
            part.sents, part.warnings = set(ev.sents), list(ev.warnings)
            out.append(part)
    return out


# "X and Y held phone calls with their Russian counterparts": each with his own, named in later sentences
_EACH_COUNTERPART = re.compile(
    r"\b(?:calls|talks|conversations|meetings|spoke|talked)\s+(?:separately\s+)?with\s+their\s+"
    r"(?:respective\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+)?counterparts\b",
    re.I,
)


def _each_counterpart(
    events: list[Event], text: str, sents: list[text_mod.Sentence], found: list[people.Person]
) -> list[Event]:
    """Several officials of one state who each spoke with 'their counterparts': a record for each official
    and the foreign official a later sentence of the same story names beside him ('X said he had spoken
    with Russia's chief of staff, General Y'), when every one of them has such a sentence."""
    out: list[Event] = []
    for ev in events:
        own = people_unique(ev.people)
        states = {p.country for p in own}
        if (
            ev.type not in ("meeting", "call", "video_call")
            or len(own) < 2
            or len(states) != 1
            or None in states
            or len(ev.countries) != 2
            or not _EACH_COUNTERPART.search(text, ev.seg.start, ev.seg.end)
        ):
            out.append(ev)
            continue
        other = next(c for c in ev.countries if c not in states)
        pairs: list[tuple[people.Person, people.Person]] = []
        for p in own:
            for s in sents[ev.sent + 1 : ev.sent + 8]:
                here = [q for q in found if s.start <= q.start < s.end and not q.spokes]
                foreign = people_unique([q for q in here if q.country == other])
                taken = {b.key for _, b in pairs}
                if any(q.key == p.key for q in here) and len(foreign) == 1 and foreign[0].key not in taken:
                    pairs.append((p, foreign[0]))
                    break
        if len(pairs) != len(own):
            out.append(ev)
            continue
        for a, b in pairs:
            part = replace(ev, people=[a, b], subject=[a])
            part.sents, part.warnings = set(ev.sents), list(ev.warnings)
            out.append(part)
    return out


def _echoes(events: list[Event]) -> list[Event]:
    """A headline's '... hold 2+2 dialogue' or a quoted tweet's 'I had an excellent meeting with my
    counterpart': talks of no day of their own, among people all at the dated talks of the same states and
    month the story reports in another mode, are an echo of those talks, not a further contact."""
    out = []
    for ev in events:
        keys = {p.key for p in ev.people}
        echo = (
            ev.type in IN_PERSON_TALKS
            and ev.date_note in (_UNDATED, _BORROWED)
            and bool(keys)
            and not ev.another
            and any(
                o is not ev
                and o.type in IN_PERSON_TALKS
                and o.type != ev.type
                and o.precision == "day"
                and o.date_note not in (_UNDATED, _BORROWED)
                and o.day is not None
                and ev.day is not None
                and (
                    o.day == ev.day
                    or (ev.precision == "month" and o.day.strftime("%Y-%m") == ev.day.strftime("%Y-%m"))
                )
                and set(o.countries) == set(ev.countries)
                and keys <= {p.key for p in o.people}
                for o in events
            )
        )
        if not echo:
            out.append(ev)
    return out


RECALLED_GAP = dt.timedelta(days=14)
RECALLED_PAIR_GAP = dt.timedelta(days=7)
MONTH_SPAN = dt.timedelta(days=31)  # a contact of a month's precision may lie anywhere in that month


def _recalled(events: list[Event]) -> list[Event]:
    """A contact the story tells after its lead, weeks before the lead's day ('met him at the Pentagon on
    October 16' in a story on a November call), is recalled as background, not reported as news."""
    lead = next((e for e in events if e.day is not None and e.precision == "day"), None)
    if lead is None or lead.day is None:
        return events
    return [
        e
        for e in events
        if e is lead
        or e.day is None
        or e.precision not in ("day", "month")
        or min(e.sents) <= min(lead.sents)
        or lead.day - e.day
        <= _recall_gap(e, lead) + (MONTH_SPAN if e.precision == "month" else dt.timedelta())
    ]


def _recall_gap(e: Event, lead: Event) -> dt.timedelta:
    """'Hegseth and Netanyahu spoke by phone on Jan. 26' after a story on their February meeting: an
    earlier contact of the very same pair, told after the lead, is recalled a week back already."""
    keys = {p.key for p in e.people}
    same_pair = len(keys) >= 2 and keys == {p.key for p in lead.people} and e.type != lead.type
    return RECALLED_PAIR_GAP if same_pair else RECALLED_GAP


# "the latest stop on a Mideast tour that has already taken him to Jordan and Iraq": legs done before
_TOUR_LEGS = re.compile(
    r"\b(?:tour|trip|swing|journey)\s+(?:that|which)\s+(?:has\s+)?(?:already\s+|also\s+|earlier\s+)?"
    r"(?:taken|took)\s+(?:him|her|them)\s+to\s+(?P<legs>[^.;]{3,120}?)(?=[.;]|,\s+(?:where|and)\b|$)"
)


def _earlier_legs(text: str, cidx: CountryIndex) -> tuple[int, set[str]]:
    """Where the story says the tour has already been, and the states of those legs."""
    m = _TOUR_LEGS.search(text)
    if m is None:
        return len(text), set()
    states = {c.iso3 for c in cidx.find(text, m.start("legs"), m.end("legs"))}
    return m.end(), states


def _on_earlier_leg(text: str, ev: Event, legs: tuple[int, set[str]], cidx: CountryIndex) -> bool:
    """Talks the story sets at a leg its lead called done ('stopped in X on Tuesday after talks in Amman
    with King Y on Sunday'): background to the visit reported (the leg's town or state is named)."""
    after, states = legs
    if not states or ev.trigger[0] < after:
        return False
    prefer = frozenset(states)
    for m in _PLACE.finditer(text, ev.seg.start, ev.seg.end):  # "in Amman", "in Jordan"
        town = _town(m, prefer, cidx)
        if (town[1] if town else cidx.resolve(m.group("name"))) in states:
            return True
    return False


def _from_dateline(
    ev: Event, loc: Location | None, ref: reference.Reference, sents: list[text_mod.Sentence]
) -> bool:
    """A place taken from the dateline: its city is not named in the contact's own sentences."""
    return bool(
        loc is not None
        and ref.city
        and loc.city == ref.city
        and not any(ref.city.lower() in sents[i].text.lower() for i in ev.sents)
    )


def _visit_place(
    text: str,
    ev: Event,
    built: list[Event],
    ref: reference.Reference,
    idx: Indexes,
    sents: list[text_mod.Sentence],
) -> Location | None:
    """A contact placed only by the dateline (a ministry's release from its capital, an agency's desk) took
    place where the same visitor's earlier talks of that day did, when those name their place ('travelled
    to Athens, where she was received by ...', then 'Later in the afternoon she was received by ...')."""
    keys = {p.key for p in ev.people}
    for other in reversed([e for e in built if e.sent < min(ev.sents)]):
        if (
            other.day != ev.day
            or other.type not in IN_PERSON_TALKS
            or not keys & {p.key for p in other.people}
        ):
            continue
        place, _ = _location(text, other, ref, idx, sents)
        if place is None or place.country is None or _from_dateline(other, place, ref, sents):
            continue
        return Location(place.city, place.country, None)
    return None


# "The bilateral meeting was followed by the signing of two agreements", "After the talks, two MoUs were
# signed": a signing of its own, by the people of those talks
_AFTER_TALKS = re.compile(
    r"\W*(?:(?:The|This|That|Their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|discussions|dialogue)\s+"
    r"(?:was|were)\s+followed\s+by\b|"
    # "Following their talks, the Ministers travelled to X, where they signed ..."
    r"(?:Following|After|At\s+the\s+(?:conclusion|end|close)\s+of)\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|discussions|dialogue|summit)\b|"
    # "The Ministers witnessed the signing of the Implementing Agreement ...": a signing in a sentence of
    # its own, in the presence of the talks' heads
    r"(?:The|Both)\s+(?:two\s+)?(?:Ministers|leaders|Secretaries|chiefs|sides)\s+(?:also\s+|then\s+|later\s+)?"
    r"witnessed\s+the\s+(?:signing|exchange)\b)",
    re.I,
)


# "The Agreement ... was signed on the occasion of the meeting", "... and signed a framework during the
# meeting": a signing of its own at the talks just reported, by their people
_DURING_TALKS = re.compile(
    r"\b(?:signed|inked|concluded)\b[^.;]{0,150}?\b(?:during|at|on\s+the\s+occasion\s+of|on\s+the\s+"
    r"(?:sidelines|margins)\s+of)\s+(?:the|their|this)\s+(?:[\w'’+-]+\s+){0,2}?"
    r"(?:meeting|talks|dialogue|discussions|consultations)\b",
    re.I,
)


# "..., while X, Ambassador of India to the Philippines, witnessed the signing": the other state's envoy
_WITNESSED_SIGNING = re.compile(r"(?:,[^.;]{0,120}?,)?\s+(?:also\s+)?witnessed\s+the\s+sign(?:ing|ature)s?\b")


def _foreign_witness(
    text: str, built: list[Event], found: list[people.Person], sents: list[text_mod.Sentence]
) -> None:
    """A signing with one state, a contract with the other state's firm say, whose next sentence has an
    official of another state witness it: that official and state take part."""
    for ev in built:
        if ev.type != "agreement" or len(ev.countries) != 1:
            continue
        a, b = sents[ev.sent].start, sents[min(ev.sent + 1, len(sents) - 1)].end
        for p in found:
            if (
                a <= p.start < b
                and p.country
                and p.country not in ev.countries
                and not p.spokes
                and _WITNESSED_SIGNING.match(text, p.end)
            ):
                ev.people = ev.people + [p]
                ev.countries[p.country] = (p.start, p.end)
                break


def _summary_then_detail(built: list[Event]) -> None:
    """'Japan and India have signed an agreement ..., the government said Thursday.' then 'The Agreement
    was signed in New Delhi on Wednesday by X and Y': a lead naming only the states and no day of its own
    reports the contact the next sentences give in detail, on that contact's day."""
    for i, ev in enumerate(built):
        if ev.people or ev.date_note != "date inferred from publication date":
            continue
        detail = next(
            (
                e
                for e in built[i + 1 :]
                if e.type == ev.type
                and e.people
                and e.precision == "day"
                and e.day is not None
                and min(e.sents) - max(ev.sents) <= 2
                and set(e.countries) == set(ev.countries)
            ),
            None,
        )
        if detail is not None:
            ev.day, ev.precision, ev.date_span = detail.day, "day", detail.date_span
            ev.date_note = "date taken from the next sentence reporting the same contact"


_FROM_TALKS = "participants taken from the talks the signing followed"

# "The Agreement was signed by X and Y after the second A-B Defence Ministers' Dialogue in Delhi": the
# named talks the signing followed
_SIGNED_AFTER_NAMED = re.compile(
    r"\bsigned\b[^.;]{0,160}?\b(?:after|following|at\s+the\s+(?:end|close|conclusion)\s+of)\s+the\s+"
    r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|annual|"
    r"inaugural)\s+)?(?P<name>(?-i:(?:[A-Z][\w'’-]*\s+){1,6}(?:Dialogue|Consultations)))\b",
    re.I,
)


def _named_talks_before_signing(built: list[Event], sents: list[text_mod.Sentence], text: str) -> list[Event]:
    """A signing by both sides' people 'after the second Defence Ministers' Dialogue' the story reports no
    otherwise: the named talks are a record of their own, with the signing's people and day."""
    out: list[Event] = []
    for ev in built:
        s = sents[ev.sent]
        m = _SIGNED_AFTER_NAMED.search(text, s.start, s.end) if ev.type == "agreement" else None
        keys = {p.key for p in ev.people}
        told = any(
            o is not ev and o.type in TALKS and _same_date(o, ev) and keys & {p.key for p in o.people}
            for o in built
        )
        if m is not None and len(ev.countries) >= 2 and len(keys) >= 2 and not told:
            out.append(
                replace(
                    ev,
                    type="dialogue",
                    trigger=m.span("name"),
                    people=list(ev.people),
                    countries=dict(ev.countries),
                    sents=set(ev.sents),
                    warnings=list(ev.warnings),
                    apart=True,
                )
            )
            ev.apart = True
        out.append(ev)
    return out


def _signings_after_talks(built: list[Event], sents: list[text_mod.Sentence]) -> None:
    """A signing that names no one, reported in a sentence of its own after the talks: the talks'
    people, states and day, and a record of its own."""
    for i, ev in enumerate(built):
        if ev.type != "agreement" or ev.people:
            continue
        during = _DURING_TALKS.search(sents[ev.sent].text) is not None
        if not during and not _AFTER_TALKS.match(sents[ev.sent].text):
            continue
        earlier = [e for e in reversed(built[:i]) if e.type in TALKS and len(e.countries) >= 2]
        talks = next((e for e in earlier if e.people), None)
        if talks is None and during:
            # talks whose people a later sentence names ('X and Y joined from Tokyo'): _signing_people
            talks = next(iter(earlier), None)
        if talks is None or not set(ev.countries) <= set(talks.countries):
            continue
        ev.people = list(talks.people)
        ev.countries = {**talks.countries, **ev.countries}
        if ev.date_note is not None:
            ev.day, ev.precision, ev.date_span = talks.day, talks.precision, talks.date_span
            ev.date_note = "date taken from the talks the signing followed"
        ev.apart = True
        ev.warnings.append(_FROM_TALKS)


def _signing_people(events: list[Event]) -> None:
    """A signing at talks whose people were named only after it was built takes them now."""
    for ev in events:
        if ev.type != "agreement" or ev.people or _FROM_TALKS not in ev.warnings:
            continue
        talks = next(
            (
                e
                for e in reversed(events)
                if e.type in TALKS
                and e.people
                and e.day == ev.day
                and set(e.countries) == set(ev.countries)
                and min(e.sents) < min(ev.sents)
            ),
            None,
        )
        if talks is not None:
            ev.people = list(talks.people)


# "It was the first meeting of the Security Consultative Committee, known as the 2+2": the contact just
# reported was that named mechanism
_MEETING_OF = re.compile(
    r"\W*(?:It|This|That|The\s+(?:meeting|talks|session|conference))\s+(?:was|is|marked)\s+(?:the|their|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:meeting|round|session|edition|iteration)\s+of\s+(?:the\s+)?$"
)


_MET_FOR_MECHANISM = re.compile(
    r"\W*The\s+(?:two|both)\s+(?:ministers|sides|leaders|delegations|chiefs|secretaries|officials)\s+"
    r"(?:met|convened|sat\s+down)\b[^.;]{0,80}?\bfor\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,3}?$",
    re.I,
)


# "The Annual Defence Ministerial Dialogue discussed various issues ...": the talks just reported, by name
_THE_NAME = re.compile(r"\W*The\s+(?:[\w'’-]+\s+){0,4}$")
_DISCUSSED = re.compile(r"(?:\s+\([^)]{1,20}\))?\s+(?:discussed|reviewed|covered|deliberated|took\s+stock)\b")


def _mechanism_subject(text: str, start: int, ev: Event) -> bool:
    return bool(_THE_NAME.match(text[start : ev.trigger[0]]) and _DISCUSSED.match(text, ev.trigger[1]))


def _named_mechanism(built: list[Event], sents: list[text_mod.Sentence], text: str) -> None:
    """The talks or video talks just reported are the named dialogue a next sentence calls them."""
    for i, ev in enumerate(built):
        s = sents[ev.sent]
        if ev.type != "dialogue":
            continue
        # "The two ministers met at X for the third Annual Defence Dialogue": the talks just reported
        met_for = _MET_FOR_MECHANISM.match(text[s.start : ev.trigger[0]]) is not None
        named = _MEETING_OF.match(text[s.start : ev.trigger[0]]) or _mechanism_subject(text, s.start, ev)
        if not met_for and (ev.people or not named):
            continue
        prev = next(
            (
                e
                for e in reversed(built[:i])
                if e.sent < ev.sent and len(e.countries) >= 2 and e.type in ("meeting", "video_call")
            ),
            None,
        )
        if prev is None or ev.sent - max(prev.sents | {prev.sent}) > 2:
            continue
        same = {p.key for p in ev.people} <= {p.key for p in prev.people} and _same_date(prev, ev)
        if met_for and not same:
            continue
        prev.type, prev.trigger = "dialogue", ev.trigger
        ev.countries = {}  # the same contact, not another
        if met_for:
            prev.sents.add(ev.sent)  # what the talks covered is told there too


# "Today we welcomed X": a release in the first person plural, by the ministers its byline names
_WE = re.compile(
    r"(?<![\"“”])\b[Ww]e\s+(?:also\s+|jointly\s+)?(?:welcomed|met|hosted|held|signed|received|spoke|talked)\b"
)


# "A contingent of the U.S. Marine Corps and a ship of the Royal Canadian Navy are also participating"
_PARTICIPATING = re.compile(
    r"\b(?:are|is|were|was)\s+(?:also\s+)?(?:participating|taking\s+part)\b|"
    r"\balso\s+(?:participated|took\s+part|joined\s+in)\b"
)


def _joining_states(
    text: str, ev: Event, draft: DraftEngagement, scope: list[tuple[int, int]], cidx: CountryIndex
) -> None:
    """The forces a sentence about an exercise says are taking part are of states of that exercise
    (parties only: the place stays the one the exercise's own sentences give)."""
    if ev.type != "exercise":
        return
    for a, b in scope:
        if not _PARTICIPATING.search(text, a, b) or types_mod.is_stop(text[a:b]):
            continue
        for c in cidx.find(text, a, b):
            if c.iso3 not in draft.countries:
                draft.countries = sorted([*draft.countries, c.iso3])
                draft.evidence.setdefault("countries", []).append((c.start, c.end))


_SHIP_WORDS = (
    r"(?:ship|ships|vessels?|warships?|frigate|destroyer|corvette|carrier|crews?|sailors|"
    r"flotilla|task\s+group)"
)
# "Ambassador X and officers of the navy welcomed the crew at the pier", "The frigate was greeted by Y"
_WELCOMED_SHIP = re.compile(
    rf"\b(?:welcomed|welcomes|greeted|greets|received|receives)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"{_SHIP_WORDS}\b|"
    rf"\b(?P<passive>{_SHIP_WORDS}\s+(?:was|were)\s+(?:warmly\s+)?(?:welcomed|greeted|received)\b[^.;]{{0,60}}?\bby)\s",
    re.I,
)


def _welcomers(
    text: str, events: list[Event], found: list[people.Person], scopes: dict[int, list[tuple[int, int]]]
) -> None:
    """The officials who welcomed a visiting ship or its crew at the port took part in its port call."""
    for ev in events:
        if ev.type != "port_call":
            continue
        keys = {p.key for p in ev.people}
        for a, b in scopes[id(ev)]:
            m = _WELCOMED_SHIP.search(text, a, b)
            if m is None or types_mod.is_stop(text[a:b]) or types_mod.is_past(text[a:b]):
                continue
            lo, hi = (m.end(), b) if m.group("passive") else (a, m.start())
            for p in found:
                if lo <= p.start < hi and not p.spokes and p.key not in keys:
                    ev.people = ev.people + [p]
                    keys.add(p.key)


def _byline_speakers(
    text: str, events: list[Event], found: list[people.Person], sents: list[text_mod.Sentence]
) -> None:
    """The ministers a release's byline names (a line of its own above the body, without a full stop)
    took part in the contact that its body reports as 'we welcomed', 'we met'."""
    for ev in events:
        sent = sents[ev.sent]
        we = _WE.search(text, sent.start, sent.end)
        if we is None or re.search(r"[\"“”]", text[sent.start : we.start()]):
            continue
        keys = {p.key for p in ev.people}
        for p in found:
            if p.start >= sent.start or p.key in keys or p.spokes or p.country not in ev.countries:
                continue
            line_start = text.rfind("\n", 0, p.start) + 1
            line_end = text.find("\n", p.end)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            if re.search(r"[.!?](?:\s|$)", line) or p.start - line_start > 120:
                continue
            ev.people = ev.people + [p]
            keys.add(p.key)


_ATTENDED_BY = re.compile(
    r"\b(?:meeting|talks|call|dialogue|session|discussions|ceremony|signing)\b[^.;]{0,120}?"
    # "the meeting at the base, attended by Defense Minister X, took place close to midnight"
    r"(?:\b(?:was|were)\s+(?:also\s+)?|,\s+)attended\s+by\s+"
)
# "X and senior officials were present": those named were at the signing or talks the sentences before
# report, "... were present at the meeting" too (a sentence of its own: "... were present at the exercise"
# names its own event)
_WERE_PRESENT = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?present\s*(?:[.;]|$|at\s+the\s+(?:meeting|talks|discussions)\b)|"
    # "Deputy Minister X was also part of the South Korean delegation": one of the side at the talks
    r"\b(?:was|were)\s+(?:also\s+)?(?:part\s+of|(?:a\s+)?members?\s+of|among)\s+the\s+(?:[\w'’-]+\s+){0,2}?"
    r"delegations?\s*(?:[.;]|$)"
)
# "X and Y represented India at the dialogue, while Japan was represented by Z": the delegations
_REPRESENTED = re.compile(
    r"\brepresented\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+[\w.'’-]+){0,2}?\s+at\s+the\b|"
    r"\b(?:was|were)\s+represented\s+by\b|"
    # "X and Y led the Indian side, while the Australian delegation was led by Z"
    r"\b(?:led|headed)\s+(?:the|their|its|his|her)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}(?:respective\s+)?"
    r"(?:side|sides|delegations?|teams?)\b|"
    # "X and Y joined from Tokyo, while A and B took part from Paris": the sides of a video dialogue
    r"\b(?:joined|took\s+part|participated)\s+from\s+(?-i:[A-Z])|"
    # "Defence ministers X and Y took part in the council": members of the contact just reported
    r"\b(?:also\s+)?(?:took\s+part|participated)\s+in\s+the\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:council|meeting|talks|dialogue|session|consultations|discussions|commission|committee)\b"
)
# "Y was accompanied by X": X took part in Y's contact too
_ACCOMPANIED_BY = re.compile(r"\s+(?:was|were)\s+(?:also\s+)?accompanied\s+by\s+")
_ACCOMPANIED = re.compile(r",?\s+who\s+(?:had\s+)?(?:accompanied|joined)\s+(?:(?:[A-Z][\w.]*|the)\s+){0,3}$")


# "The defence chiefs of A and B held phone talks. During the conversation, Minister X and his
# counterpart, Y, exchanged views": the next sentence, set in the contact, names its people
_NAMED_INSIDE = re.compile(
    r"\W*(?:During|In\s+the\s+course\s+of)\s+(?:the|this|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:conversation|call|talks|meeting|discussions?|dialogue|session|videoconference)\s*,",
    re.I,
)
# "The top general spoke by phone with a Chinese officer. General X held the call with General Y": the
# next sentence names the contact by a definite back-reference as what its two people held
_HELD_THE_CONTACT = re.compile(
    r"\b(?:held|had|made|conducted|placed)\s+the\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:conversation|call|talks|meeting|discussions?|videoconference)\s+with\b",
    re.I,
)
# "The defense chiefs of A and B held their annual talks. Minister X and Secretary Y discussed ...": a
# contact whose subject is the two sides' officials by office alone; the next sentence opens with the
# named pair as its subject
_OFFICES_OF_BOTH = re.compile(
    r"\b(?:the|their)\s+(?:two\s+)?(?:top\s+)?(?:defen[cs]e|foreign|army|navy|military)\s+"
    r"(?:chiefs|ministers|secretaries|heads)\s+of\b",
    re.I,
)
_PAIR_OPENS = re.compile(r"\W*(?:[A-Z][\w.'’-]*\s+){0,5}$")
_PAIR_AND = re.compile(r",?\s+and\s+(?:[A-Z][\w.'’-]*\s+){0,5}$")


def _pair_opens(text: str, s: text_mod.Sentence, named: list[people.Person]) -> bool:
    """The sentence opens with two named officials joined by 'and' as its subject ('Defense Minister X
    and U.S. Defense Secretary Y discussed'), titles only before each."""
    if len(named) < 2:
        return False
    a, b = named[0], named[1]
    return bool(
        _PAIR_OPENS.fullmatch(text, s.start, a.start)
        and _PAIR_AND.fullmatch(text, a.end, b.start)
        and re.match(r"\s+(?:also\s+)?[a-z]+ed\b", text[b.end : b.end + 30])
    )


def _named_inside(
    text: str,
    events: list[Event],
    found: list[people.Person],
    sents: list[text_mod.Sentence],
    scopes: dict[int, list[tuple[int, int]]],
) -> None:
    """A contact told with no one named whose next sentence opens inside it ('During the conversation,
    X and Y ...') and names officials of both its states: those are its people."""
    for ev in events:
        if ev.people or len(ev.countries) != 2:
            continue
        nxt = max(ev.sents) + 1
        if nxt >= len(sents):
            continue
        s = sents[nxt]
        offices = any(_OFFICES_OF_BOTH.search(sents[i].text) for i in ev.sents)
        if not (
            _NAMED_INSIDE.match(s.text) or _HELD_THE_CONTACT.search(s.text) or (offices and not s.heading)
        ):
            continue
        if not any(a <= s.start < b for a, b in scopes[id(ev)]):
            continue
        named = people_unique(
            [p for p in found if s.start <= p.start < s.end and not p.spokes and p.country in ev.countries]
        )
        if not (_NAMED_INSIDE.match(s.text) or _HELD_THE_CONTACT.search(s.text)):
            everyone = sorted((p for p in found if s.start <= p.start < s.end), key=lambda p: p.start)
            if not _pair_opens(text, s, everyone):
                continue
            named = people_unique(everyone[:2])
        if {p.country for p in named} == set(ev.countries):
            ev.people = named


def _companions(
    text: str,
    events: list[Event],
    found: list[people.Person],
    sents: list[text_mod.Sentence],
    scopes: dict[int, list[tuple[int, int]]],
) -> None:
    """People who went along: 'Y was accompanied by X' (X joins the contact that the sentences before
    are about) and 'X, who accompanied Y to Ulinzi House, said' (X joins Y's contact at that place)."""
    _attended_by(text, events, found, sents, scopes)
    for whom in found:
        by = _ACCOMPANIED_BY.match(text, whom.end)
        if by is not None:
            _accompanied_by(text, by.end(), whom, events, found, sents, scopes)
        m = _ACCOMPANIED.search(text, max(0, whom.start - 80), whom.start)
        if m is None:
            continue
        who = next(
            (p for p in found if p.end <= m.start() + 1 and m.start() - p.end <= 2 and not p.spokes), None
        )
        if who is None or who.key == whom.key:
            continue
        if any(
            who.key in (keys := {p.key for p in e.people})
            and whom.key not in keys
            and any(sents[i].start <= m.start() < sents[i].end for i in e.sents)
            for e in events
        ):
            continue  # "X, who accompanied Y, held separate talks with Z": an aside in X's own contact
        place = re.match(
            r"\s+to\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)", text[whom.end : whom.end + 60]
        )
        mine = [e for e in events if whom.key in {p.key for p in e.people}]
        there = [e for e in mine if place and any(place.group(1) in sents[i].text for i in e.sents)]
        targets = there or mine
        if targets and who.key not in {p.key for p in targets[0].people}:
            targets[0].people = targets[0].people + [who]


def _attended_by(
    text: str,
    events: list[Event],
    found: list[people.Person],
    sents: list[text_mod.Sentence],
    scopes: dict[int, list[tuple[int, int]]],
) -> None:
    """'The meeting ... was also attended by the Minister of State, X': the people listed join the
    contact whose sentences hold that one (or else the one reported last before it)."""
    for m in _ATTENDED_BY.finditer(text):
        sent = next((s for s in sents if s.start <= m.start() < s.end), None)
        if sent is None or types_mod.is_stop(sent.text):
            continue
        rel = re.search(r",\s*(?:who|which|whose)\b|;", text[m.end() : sent.end])
        stop = m.end() + rel.start() if rel else sent.end
        company = [p for p in found if m.end() <= p.start < stop and not p.spokes]
        here = [e for e in events if any(a <= m.start() < b for a, b in scopes[id(e)])]
        before = [e for e in events if min(sents[i].start for i in e.sents) < m.start()]
        for e in here[-1:] or before[-1:]:
            e.people = e.people + [p for p in company if p.key not in {q.key for q in e.people}]
    _represented(text, events, found, sents, scopes)
    for m in _WERE_PRESENT.finditer(text):
        sent = next((s for s in sents if s.start <= m.start() < s.end), None)
        if sent is None or types_mod.is_stop(sent.text) or types_mod.is_past(sent.text):
            continue
        company = [p for p in found if sent.start <= p.start < m.start() and not p.spokes]
        here = [e for e in events if any(a <= m.start() < b for a, b in scopes[id(e)])]
        for e in here[-1:]:
            if e.type in IN_PERSON_TALKS | {"other"}:
                e.people = e.people + [p for p in company if p.key not in {q.key for q in e.people}]


def _represented(
    text: str,
    events: list[Event],
    found: list[people.Person],
    sents: list[text_mod.Sentence],
    scopes: dict[int, list[tuple[int, int]]],
) -> None:
    """'X represented India at the dialogue, while Japan was represented by Y': everyone the sentence
    names took part in the contact in scope there (or else the one reported last before it)."""
    for sent in sents:
        if not _REPRESENTED.search(sent.text) or types_mod.is_stop(sent.text) or types_mod.is_past(sent.text):
            continue
        company = [p for p in found if sent.start <= p.start < sent.end and not p.spokes]
        here = [e for e in events if any(a <= sent.start < b for a, b in scopes[id(e)])]
        before = [e for e in events if min(sents[i].start for i in e.sents) < sent.start]
        for e in here[:1] or before[-1:]:
            if e.type in IN_PERSON_TALKS | {"other"}:
                e.people = e.people + [p for p in company if p.key not in {q.key for q in e.people}]


def _accompanied_by(
    text: str,
    start: int,
    whom: people.Person,
    events: list[Event],
    found: list[people.Person],
    sents: list[text_mod.Sentence],
    scopes: dict[int, list[tuple[int, int]]],
) -> None:
    """The people listed after 'accompanied by' (up to a 'who' clause) join whom's contact in scope there."""
    sent = next((s for s in sents if s.start <= start < s.end), None)
    if sent is None:
        return
    rel = re.search(r",\s*(?:who|which|whose)\b|;", text[start : sent.end])
    stop = start + rel.start() if rel else sent.end
    company = [p for p in found if start <= p.start < stop and not p.spokes and p.key != whom.key]
    theirs = [e for e in events if whom.key in {p.key for p in e.people}]
    here = [
        e for e in theirs if any(a <= sent.start - 1 < b or a <= sent.start < b for a, b in scopes[id(e)])
    ]
    for e in here[:1] or theirs[:1]:
        e.people = e.people + [p for p in company if p.key not in {q.key for q in e.people}]


def _same_day_place(
    text: str,
    ev: Event,
    built: list[Event],
    ref: reference.Reference,
    idx: Indexes,
    sents: list[text_mod.Sentence],
) -> Location | None:
    """A contact that names no place of its own took place where the article's earlier in-person
    contact of the same day did ('held talks ... in Hanoi.' then 'Following the talks, the two signed'),
    or of the visit it sets itself in ('During the port call, the commander called on the navy chief')."""
    for other in reversed([e for e in built if e.sent < min(ev.sents)]):
        if (other.day == ev.day or ev.inside) and other.type in IN_PERSON:
            place, _ = _location(text, other, ref, idx, sents)
            if place is not None and place.country is not None:
                return Location(place.city, place.country, None)
    return None


# "Gen. X twice called his Chinese counterpart ..., according to a new book": a count of contacts
_TIMES_TOLD = re.compile(r"\b(?:twice|thrice|(?:two|three|four)\s+times)\b", re.I)
_TIMES = {"twice": 2, "thrice": 3, "two times": 2, "three times": 3, "four times": 4}
_FULL_DATE_KINDS = frozenset({"iso", "mdy", "dmy", "dmyy"})


def _revealed(
    text: str, built: list[Event], sents: list[text_mod.Sentence], ref: reference.Reference
) -> dict[int, bool]:
    """'X twice called his counterpart ..., according to a new book.' then 'X first called Y on Oct. 30,
    2020 ...' and 'X called Y a second time on Jan. 8, 2021': an undated lead counting contacts that the
    story then tells one by one, each on a full date of its own, however long before the story. The
    told contacts are kept (True) and the lead that counted them is dropped (False)."""
    lead = built[0] if built else None
    if lead is None or lead.date_note != _UNDATED or not lead.people or ref.day is None:
        return {}
    said = text[sents[min(lead.sents)].start : sents[max(lead.sents)].end]
    count = _TIMES_TOLD.search(said)
    if count is None:
        return {}
    keys = {p.key for p in lead.people}
    told = [
        e
        for e in built[1:]
        if e.type == lead.type
        and e.precision == "day"
        and e.day is not None
        and e.day < ref.day
        and e.date_span is not None
        and any(h.kind in _FULL_DATE_KINDS for h in dates.find(text, e.date_span[0], e.date_span[1], ref.day))
        and keys & {p.key for p in e.people}
    ]
    if len(told) != _TIMES[" ".join(count.group(0).lower().split())]:
        return {}
    return {id(lead): False} | {id(e): True for e in told}


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


def _nested_states(a: Event, b: Event) -> bool:
    """An unnamed report of the contact naming one more state ('Argentina signed a deal with Denmark,
    backed by the United States') and the named one between two of those states: the same contact."""
    bare, named = (a, b) if not a.people else (b, a)
    return (
        not bare.people
        and bool(named.people)
        and len(named.countries) >= 2
        and set(named.countries) < set(bare.countries)
    )


def _nested_port_calls(a: Event, b: Event) -> bool:
    """'The carrier arrived in X ahead of drills among A, B and C', then 'The carrier docked at a naval base
    in X': one ship's arrival on one day, the first report naming a third state of what lies ahead."""
    small, large = sorted((set(a.countries), set(b.countries)), key=len)
    return a.type == b.type == "port_call" and len(small) >= 2 and small < large and a.day == b.day


PORT_STAY = dt.timedelta(days=3)
_ABOARD = re.compile(r"\b(?:on\s+)?(?:board|aboard)\b", re.I)


def _aboard_visiting_ships(events: list[Event], text: str) -> None:
    """'The President was welcomed aboard by the commander of the task group': an official's visit on
    board the ships of a port call the article reports (same states, same day) is part of it (a
    minister's visit aboard on a later day of the stay is a meeting of its own)."""
    visits = [(e.day, set(e.countries)) for e in events if e.type == "port_call" and e.day is not None]
    for ev in events:
        if ev.type != "meeting" or ev.precision != "day" or not _ABOARD.search(text, *ev.trigger):
            continue
        if any(states == set(ev.countries) and when == ev.day for when, states in visits):
            ev.type = "port_call"


def _one_stay(a: Event, b: Event) -> bool:
    """'The ships arrived on Sunday for a three-day visit', then 'the President boarded the destroyer on
    Monday': reports of one stay of the ships on days a few apart are one port call."""
    return (
        a.type == b.type == "port_call"
        and a.day is not None
        and b.day is not None
        and a.precision == b.precision == "day"
        and abs(a.day - b.day) <= PORT_STAY
    )


def _mergeable(a: Event, b: Event) -> bool:
    if not _same_date(a, b) and not _one_stay(a, b):
        return False
    if (
        set(a.countries) != set(b.countries)
        and not (a.type == b.type and _nested_states(a, b))
        and not _nested_port_calls(a, b)
    ):
        return False
    keys_a, keys_b = {p.key for p in a.people}, {p.key for p in b.people}
    if a.type == b.type:
        if (b.another or b.apart) and not a.sents & b.sents and a.people and b.people and not a.seg.sub:
            # "Thereafter, a memorandum ... was signed", "Later, X met Y": a second record (unless the
            # earlier mention looked ahead to it: "..., before the two joined the 2+2")
            return False
        if a.type == "meeting" and len(keys_a & keys_b) == 1 and keys_a - keys_b and keys_b - keys_a:
            return False  # a visitor calling on one host, then meeting another: two contacts
        return bool(keys_a & keys_b) or not keys_a or not keys_b
    if a.apart or b.apart:
        return False
    if _unnamed_talks_of_call(a, b) or _unnamed_talks_of_call(b, a):
        return True
    if _ship_captains_call(a, b) or _ship_captains_call(b, a):
        return True
    if _one_side_of_talks(a, b) or _one_side_of_talks(b, a):
        return True
    if not {a.type, b.type} <= IN_PERSON_TALKS:
        return False
    if {a.type, b.type} == {"meeting", "dialogue"} and (a.inside or b.inside) and keys_a == keys_b:
        return True  # "Before the SCM, X welcomed Y with an honor cordon": the opening of the same talks
    # a signing reported in the same sentence as the talks ('met ..., where the two signed') is one
    # contact; talks and a signing the article reports in sentences of their own are two records
    signing = "agreement" in (a.type, b.type)
    together = bool(a.sents & b.sents) or a.inside or b.inside
    return not keys_a or not keys_b or (signing and bool(keys_a & keys_b) and together)


def _unnamed_talks_of_call(bare: Event, named: Event) -> bool:
    """'The defence chiefs held talks on Tuesday' and then 'X and Y held the talks by video conference':
    talks that name no one, in no mode, are the named call of the same day and states."""
    return (
        bare.type == "meeting"
        and not bare.people
        and named.type in ("call", "video_call")
        and bool(named.people)
        and bare.day == named.day
    )


def _one_side_of_talks(call: Event, talks: Event) -> bool:
    """'X and Y held talks with their Japanese counterparts by video conference', then 'X and Y today met
    Minister Z and Minister W for the Ministerial Meeting': a call naming one side only, of no day of its
    own or of the talks' day, whose people all sit in the named talks of the same states, is those talks."""
    own = {p.key for p in call.people}
    return (
        call.type in ("call", "video_call")
        and talks.type in ("meeting", "dialogue")
        and bool(own)
        and len({p.country for p in call.people}) == 1
        and own < {p.key for p in talks.people}
        and len({p.country for p in talks.people if p.country}) >= 2
        and (call.day == talks.day or call.date_note == "date inferred from publication date")
    )


# the officer in command of the visiting ships themselves, not of a standing fleet or command
_SHIPS_OFFICER = re.compile(
    r"\bcommanding\s+officer\b|\b(?:commander|captain)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:carrier\s+)?strike\s+group|task\s+group|flotilla|training\s+squadron|ship|vessel|"
    r"frigate|destroyer|corvette|aircraft\s+carrier|carrier)\b",
    re.I,
)


def _ship_captains_call(visit: Event, talks: Event) -> bool:
    """'The ship's commanding officer, Captain X, called on the local chief': the calls a ship's captain
    pays during its port call are part of that port call (a fleet commander's talks are not)."""
    return (
        visit.type == "port_call"
        and talks.type == "meeting"
        and (visit.day == talks.day or talks.precision != "day")  # 'after arrival': the visit's day
        and any(p.title and _SHIPS_OFFICER.search(p.title) for p in talks.people)
    )


def _absorb(a: Event, b: Event) -> None:
    """Fold event b into a: more people, the finer date, the stronger type."""
    nested = _nested_states(a, b)
    named_states = dict(a.countries if a.people else b.countries)
    if _nested_port_calls(a, b):  # the two states of the visit, without the third of what lies ahead
        nested, named_states = True, dict(a.countries if len(a.countries) < len(b.countries) else b.countries)
    a.inside = a.inside or (b.inside and not a.people)  # (an unnamed report takes on the named one's setting)
    a.people = a.people + [p for p in b.people if p.key not in {q.key for q in a.people}]
    if a.precision != "day" and b.precision == "day":
        a.day, a.precision, a.date_span, a.date_note = b.day, b.precision, b.date_span, b.date_note
    elif _one_stay(a, b) and b.day is not None and a.day is not None and b.day < a.day:
        a.day, a.date_span, a.date_note = b.day, b.date_span, b.date_note  # the stay's first day: the arrival
    if MERGE_PRIORITY.index(b.type) < MERGE_PRIORITY.index(a.type):
        a.type, a.trigger = b.type, b.trigger
    a.sents |= b.sents
    a.apart = a.apart or b.apart
    if nested:  # the states of the named report, without the extra one
        a.countries = {k: v for k, v in {**b.countries, **a.countries}.items() if k in named_states}
    else:
        for k, v in b.countries.items():
            a.countries.setdefault(k, v)
    a.warnings += [w for w in b.warnings if w not in a.warnings]


def _merge(events: list[Event]) -> list[Event]:
    """Reports of one contact folded together: first those of the same type (an unnamed 'four documents
    were signed' and the next sentence's 'X and Y signed the Protocol'), then the rest."""
    return _merge_pass(_merge_pass(events, same_type=True), same_type=False)


def _merge_pass(events: list[Event], same_type: bool) -> list[Event]:
    out: list[Event] = []
    for ev in events:
        # an unnamed signing 'at the same ceremony' joins that signing before the talks of the day
        fits = [o for o in out if (o.type == ev.type or not same_type) and _mergeable(o, ev)]
        target = next((o for o in fits if o.type == ev.type), fits[0] if fits else None)
        if target is None:
            out.append(ev)
        else:
            _absorb(target, ev)
    return out


# one gathering of three states: "Y hosted him and Chancellor Z for a working dinner", "the three leaders"
_JOINT = re.compile(
    r"\b(?:hosted|received|welcomed)\s+(?:[\w.'’-]+\s+){0,6}?and\s+(?:[\w.'’-]+\s+){0,6}?for\s+(?:a\s+|an\s+)?"
    r"(?:[\w-]+\s+)?(?:dinner|lunch|luncheon|breakfast|meeting|talks|summit)\b|"
    r"\b(?:trilateral|three-way|tripartite)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|talks|summit|dinner|call)\b|"
    r"\bthe\s+three\s+(?:leaders|ministers|heads|chiefs|men|sides)\b|"
    # "Secretary X, Minister Y and Minister Z met on the sidelines ...": the three as one subject
    r",\s+(?:[\w.'’-]+\s+){1,8}?and\s+(?:[\w.'’-]+\s+){1,8}?(?:met|held\s+talks)\b"
    r"(?!\s+(?:with|separately|individually|each)\b)",
    re.I,
)


# "It was the first time Japan has hosted the trilateral chiefs' meeting": the next sentence describes the
# contact just reported
_DESCRIBED = re.compile(r"\s*(?:It|This|The\s+(?:meeting|talks|session|gathering))\s+(?:was|marked)\b[^.]*\.")


def _described_to(text: str, end: int) -> int:
    """The end of the contact's clause, or of the next sentence when that one describes the contact."""
    nxt = _next_sentence(text, end)
    m = _DESCRIBED.match(text, nxt) if nxt < len(text) else None
    return m.end() if m else end


def _split(events: list[Event], text: str = "", sents: list[text_mod.Sentence] | None = None) -> list[Event]:
    """One record per counterpart country when a minister met several counterparts (not when the three
    met together)."""
    out: list[Event] = []
    for ev in events:
        spans = [(ev.seg.start, ev.seg.end)]
        if sents is not None:
            spans += [(sents[i].start, sents[i].end) for i in sorted(ev.sents) if i < len(sents)]
        if (
            len(ev.countries) <= 2
            or ev.type not in ("meeting", "call", "video_call")
            or any(_JOINT.search(text, a, _described_to(text, b)) for a, b in spans)
        ):
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


TALKS = {"meeting", "dialogue", "call", "video_call"}


def _talks_before(ev: Event, events: list[Event]) -> Event | None:
    """The talks of the same day that a signing reported after them followed ('Following the talks, ...')."""
    if ev.type != "agreement":
        return None
    earlier = [e for e in events if e.type in TALKS and e.day == ev.day and max(e.sents) < min(ev.sents)]
    return earlier[-1] if earlier else None


def _run(
    start: int, sents: list[text_mod.Sentence], text: str, others: set[int], live: set[int], para: int | None
) -> set[int]:
    """Sentences from start on until another engagement, a heading, another contact (a planned one too:
    'He will visit Y next month') or, when para is given, the end of that paragraph. What the sides agreed
    will happen ('The agreement will strengthen ...') is content and stays in."""
    keep: set[int] = set()
    for i in range(start, len(sents)):
        s = sents[i]
        if i in others or s.heading or (para is not None and s.para != para):
            break
        if i not in live and _has_trigger(text, s, background=types_mod.is_stop(s.text)):
            break
        keep.add(i)
    return keep


def _scope(
    ev: Event,
    events: list[Event],
    sents: list[text_mod.Sentence],
    text: str,
    live: set[int],
    cidx: CountryIndex,
) -> list[tuple[int, int]]:
    """Sentences about this engagement: its own, then the next ones until another engagement or another
    contact. A signing reported after the talks keeps to its paragraph; what follows is about the talks."""
    others = {i for e in events if e is not ev for i in e.sents}
    # "During the DMD, X and Y discussed ...": a sentence set in a contact by its name is about that one
    named = {id(e2): _named_in_opener(e2, sents, text) for e2 in events}
    others |= {i for e2 in events if e2 is not ev for i in named[id(e2)]} - ev.sents
    last = max(ev.sents)
    own_para = sents[last].para if _talks_before(ev, events) is not None else None
    keep = set(ev.sents) | _run(min(ev.sents) + 1, sents, text, others - ev.sents, live, own_para)
    keep |= _sections(ev, sents, text, cidx)
    for i in named[id(ev)]:
        keep |= _run(i, sents, text, others, live, None)
    for signing in (e for e in events if _talks_before(e, events) is ev):
        end_para = sents[max(signing.sents)].para
        resume = next(
            (i for i in range(max(signing.sents) + 1, len(sents)) if sents[i].para != end_para), None
        )
        if resume is not None:
            keep |= _run(resume, sents, text, others, live, None)
    return [(sents[i].start, sents[i].end) for i in sorted(keep)]


_OPENER_NAME = re.compile(
    r"\W*(?:During|At|In\s+the\s+course\s+of|On\s+the\s+(?:sidelines|margins)\s+of)\s+the\s+"
    r"(?:\d+(?:st|nd|rd|th)\s+)?(?P<name>[A-Z][\w'’+-]*(?:\s+[A-Z][\w'’+-]*){0,5}),"
)


def _named_in_opener(ev: Event, sents: list[text_mod.Sentence], text: str) -> set[int]:
    """Later sentences opening 'During the DMD,' or 'At the Defence Ministers' Dialogue,' that name this
    contact: by its trigger's words or the abbreviation in brackets right after them."""
    trigger = text[ev.trigger[0] : ev.trigger[1]]
    abbr = re.match(r"\s*\(([A-Z][\w+-]{1,11})\)", text[ev.trigger[1] : ev.trigger[1] + 16])
    out = set()
    for i in range(max(ev.sents) + 1, len(sents)):
        m = _OPENER_NAME.match(sents[i].text)
        if m is None or sents[i].heading:
            continue
        name = m.group("name")
        if (abbr is not None and name == abbr.group(1)) or (len(name) > 3 and name in trigger):
            out.add(i)
    return out


def _sections(ev: Event, sents: list[text_mod.Sentence], text: str, cidx: CountryIndex) -> set[int]:
    """A readout in sections per counterpart ('1. Japan-Viet Nam Defense Ministerial Meeting'): the
    sentences under a later heading that names exactly this contact's states are about it."""
    out: set[int] = set()
    inside = False
    for i in range(min(ev.sents) + 1, len(sents)):
        s = sents[i]
        if s.heading:
            named = {c.iso3 for c in cidx.find(text, s.start, s.end)}
            inside = len(named) >= 2 and named == set(ev.countries)
        elif inside:
            out.add(i)
    return out


def _has_trigger(text: str, s: text_mod.Sentence, background: bool = False) -> bool:
    """A live type trigger in the sentence; with background, any trigger (a planned or past contact)."""
    segs = types_mod.segments(text, s.start, s.end)
    if background:
        return any(types_mod.find(text, seg) for seg in segs)
    return any(types_mod.choose(types_mod.find(text, seg)) is not None for seg in segs)


_PLACE = re.compile(
    r"\b(?i:in|at|near|outside|visited|visiting|"
    r"(?:visit|trip|travelled|traveled|flew|sailed|came|went|headed|arrived|returned|moved)\s+to)\s+"
    # "arrived in the Indian port of Goa": a state's adjective before the kind of town
    # ("in the southeastern port city of Busan": a compass adjective too)
    r"(?:the\s+)?(?:(?:(?:(?-i:[A-Z])[\w'’-]+|(?:north|south)?(?:east|west)ern|northern|southern|coastal)\s+)?"
    r"(?:port|city|town|garrison)\s+(?:city\s+|town\s+)?of\s+)?"
    r"(?P<name>(?-i:[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,3}))"
)


_THEN_TOWN = re.compile(
    r",\s+(?P<name>(?-i:[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}))(?=[,.;]|\s+(?:by|on|in)\b)"
)
_STATE_SITE = re.compile(
    r",\s+(?:the|a|an)\s+(?P<dem>(?-i:[A-Z])[\w-]+)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:retreat|residence|palace|estate|resort|compound|villa|castle|manor|headquarters)\b",
    re.I,
)
_FROM_PLACE = re.compile(r"\bfrom\s+(?P<name>(?-i:[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,3}))")
_WHERE = re.compile(r",\s+where\b")
_AFTER_CONTACT = re.compile(r",\s+(?:where|which|who|whose|since)\b|\bsince\b")
_CAPS = re.compile(r"(?<![\w'’-])(?-i:[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){0,2})")
Found = tuple[str, str, tuple[int, int]]


def _town(m: re.Match[str], prefer: frozenset[str], cidx: CountryIndex) -> Found | None:
    """The longest leading words of a matched name that are a town: places.py, then the world gazetteer
    (a country's name is no town: 'in Jordan', 'in Lebanon')."""
    words = m.group("name").split(" ")
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if cidx.resolve(name):
            return None
        iso3 = CITIES.get(name) or gazetteer.lookup(name, prefer)
        if iso3:
            return name, iso3, (m.start("name"), m.start("name") + len(name))
    return None


# a statement's place: "the ministry said in New Delhi", "told reporters on Monday in Tokyo"
_SAID_AT = re.compile(
    r"\b(?:said|says|stated|announced|added|told\s+(?:reporters|journalists|the\s+press|a\s+news\s+conference))"
    r"\s+(?:(?:late\s+|early\s+)?(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|today\s+|yesterday\s+)?$"
)


def _place(text: str, a: int, b: int, prefer: frozenset[str], cidx: CountryIndex) -> Found | None:
    """The first town named after a locative word in text[a:b] ('in Hanoi', 'arrived at Kota Kinabalu'),
    outside an aside ('X, who arrived in Tokyo on Monday, met Y in Seoul')."""
    asides = [x.span() for x in types_mod.ASIDE.finditer(text, a, b)]
    for m in _PLACE.finditer(text, a, b):
        if any(x <= m.start() < y for x, y in asides):
            continue
        if _SAID_AT.search(text, max(a, m.start() - 40), m.start()):
            continue  # "..., the Defence Ministry said in New Delhi": where the ministry spoke
        found = _town(m, prefer, cidx)
        if found is None:  # "at Nausena Bhawan, New Delhi": a building, then its town
            then = _THEN_TOWN.match(text, m.end("name"), b)
            found = _town(then, prefer, cidx) if then else None
            state = cidx.resolve(then.group("name")) if then and found is None else None
            if state and len(m.group("name").split()) <= 2 and not cidx.resolve(m.group("name")):
                # "in Devlali, India": a town the gazetteer lacks, placed by the state named after it
                found = m.group("name"), state, m.span("name")
        if found is None and (site := _STATE_SITE.match(text, m.end("name"), b)) is not None:
            # "at Harpsund, the Swedish premier's country retreat": a site the gazetteer lacks, placed by
            # the state its description names (one of the contact's)
            state = cidx.resolve(site.group("dem"))
            if state in prefer and len(m.group("name").split()) <= 3 and not cidx.resolve(m.group("name")):
                found = m.group("name"), state, m.span("name")
        if found and _onlookers(text, a, m.start(), found, prefer):
            continue
        if found:
            return found
    return None


# "capping months of talks that were watched closely in Beijing": a relative clause at the end of the
# sentence, about somewhere else
_TRAILING_RELATIVE = re.compile(r",[^,;]*\b(?:that|which)\b[^,;]*$")


def _onlookers(text: str, a: int, at: int, found: Found, prefer: frozenset[str]) -> bool:
    """A town of a third state inside a trailing 'that/which' clause: where others watched, not the venue."""
    return len(prefer) >= 2 and found[1] not in prefer and bool(_TRAILING_RELATIVE.search(text, a, at))


def _antecedent_place(text: str, ev: Event, prefer: frozenset[str], cidx: CountryIndex) -> Found | None:
    """'X arrived in London from Rome, where he met Y': the contact of a 'where' clause is at the last
    town named before it."""
    wheres = list(_WHERE.finditer(text, ev.seg.start, ev.trigger[0]))
    if not wheres:
        return None
    a, b = max(ev.seg.start, wheres[-1].start() - 120), wheres[-1].start()
    hits = [
        f
        for m in (*_PLACE.finditer(text, a, b), *_FROM_PLACE.finditer(text, a, b))
        if (f := _town(m, prefer, cidx))
    ]
    return max(hits, key=lambda f: f[2][0]) if hits else None


def _own_region(text: str, ev: Event) -> tuple[int, int]:
    """The trigger's clause without a trailing 'where/which/since' clause about another time or place
    ('sat down on the sidelines of X, where the two compared notes on the meeting in Hawaii')."""
    tail = _AFTER_CONTACT.search(text, ev.trigger[1], ev.seg.end)
    return ev.seg.start, tail.start() if tail else ev.seg.end


def _bare_town(
    text: str, a: int, b: int, ev: Event, taken: list[tuple[int, int]], cidx: CountryIndex
) -> Found | None:
    """A town of one of the contact's states named anywhere in the clause ('the Military School of
    Draguignan, Frejus'), not a capital (those stand for governments) nor a part of a person's name."""
    for m in _CAPS.finditer(text, a, b):
        if any(x <= m.start() < y for x, y in taken):
            continue
        words = m.group(0).split(" ")
        for n in range(len(words), 0, -1):  # "Tapa Army Base": the town is the leading word
            name = " ".join(words[:n])
            if name in CITIES or cidx.resolve(name):
                break
            iso3 = gazetteer.lookup(name, frozenset(ev.countries))
            if iso3 in ev.countries:
                return name, iso3, (m.start(), m.start() + len(name))
    return None


# a signing in a remote setting: "held talks via video link ..., during which the two signed", "put their
# names to the agreement during a video summit", "concluded a pact as the two held their first virtual summit"
_SIGNED_REMOTELY = re.compile(
    r"\b(?:during|at|via|by|over|through|as)\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w\"“”-]+\s+){0,3}?"
    r"[\"“]?(?:video|virtual|online)\b",
    re.I,
)
# ("signed the pact in Oslo, a month after talks by video link": an earlier contact was the remote one)
_EARLIER_REMOTE = re.compile(
    r"\b(?:after|since|following|before|ahead\s+of|last|earlier|previous)\b[^,;]{0,40}$", re.I
)


def _signed_remotely(sentence: str) -> bool:
    remote = _SIGNED_REMOTELY.finditer(sentence)
    return any(not _EARLIER_REMOTE.search(sentence, 0, m.start()) for m in remote)


def _location(
    text: str, ev: Event, ref: reference.Reference, idx: Indexes, sents: list[text_mod.Sentence]
) -> tuple[Location | None, list[tuple[int, int]]]:
    """Where an in-person contact took place: a known venue, a town after a locative word in the
    engagement's own sentences, a country after 'in', the dateline city, a bare city of the clause.
    A bare city can stand for its government ('as Tokyo and Manila tighten ties'), so it comes last."""
    if ev.type not in IN_PERSON:
        return None, []
    if ev.type == "agreement" and any(_signed_remotely(sents[i].text) for i in ev.sents):
        return None, []  # "held talks via video link, during which the two signed a roadmap": no one place
    start, end = ev.seg.start, ev.seg.end
    venue = city = country = None
    spans: list[tuple[int, int]] = []
    # "..., the Pentagon said": the institution speaking, not the place of the contact
    venues = (v for v in VENUE_PATTERN.finditer(text, start, end) if not _VENUE_TITLE.match(text, v.end()))
    m = next((v for v in venues if not _VENUE_SPEAKS.match(text, v.end())), None)
    if m:
        venue = m.group(1)
        city, country = VENUES[venue]
        spans.append(m.span(1))
    side = _SIDELINES.search(text, start, end)
    if side and venue is None:
        venue = side.group(1).strip()
        spans.append(side.span(1))
    if city is None:
        own = [_own_region(text, ev)] + [
            (sents[i].start, sents[i].end)
            for i in sorted(ev.sents)
            if not sents[i].start <= start < sents[i].end
        ]
        if ev.seg.sub and re.search(r"\band\s+$", text[max(0, start - 6) : start]):
            # "in Brasilia, where he called on X and then held talks with Y": the second contact's town is
            # the one the sentence named for the first
            here = next(s for s in sents if s.start <= start < s.end)
            own.append((here.start, start))
        prefer = frozenset(ev.countries)
        found = _antecedent_place(text, ev, prefer, idx.countries) or next(
            (p for a, b in own if (p := _place(text, a, b, prefer, idx.countries)) is not None), None
        )
        if found is None and ev.date_note == TRIP_NOTE and ev.date_span is not None:
            # talks dated by the trip the story opens with ('travelled to Kyiv today, ...') are at its town
            trip = next(s for s in sents if s.start <= ev.date_span[0] < s.end)
            found = _place(text, trip.start, trip.end, prefer, idx.countries)
        named = _dateline_town(text, own[0], ref, prefer, idx)
        if named is not None and (found is None or named[0][2][0] < found[2][0]):
            # "met ... at Meseberg Palace outside Berlin" under a "MESEBERG, Germany" dateline: the
            # dateline's town, named first, though the gazetteer lacks it
            found = named[0]
            if venue is None and named[1] is not None:
                venue = named[1][0]
                spans.append(named[1][1])
        if found is None:  # not inside a person's name nor the venue ("Shangri-La Dialogue")
            taken = [(p.start, p.end) for p in ev.people] + spans
            found = _bare_town(text, *own[0], ev, taken, idx.countries)
        if found is not None:
            city, country = found[0], found[1]
            spans.append(found[2])
    if city is None:
        inside = re.search(r"\bin\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", text[start:end])
        iso3 = idx.countries.resolve(inside.group(1)) if inside else None
        c = CITY_PATTERN.search(text, start, end)
        if iso3 and inside:
            country = iso3
            spans.append((start + inside.start(1), start + inside.end(1)))
        elif ref.city:
            city = ref.city
            country = (
                CITIES.get(ref.city)
                or (idx.countries.resolve(ref.region) if ref.region else None)
                or gazetteer.lookup(ref.city, frozenset(ev.countries))
            )
            if ref.city_span:
                spans.append(ref.city_span)
        elif c:
            city, country = c.group(0), CITIES[c.group(0)]
            spans.append(c.span())
    if venue is None and not (side or m):
        at = _AT_VENUE.search(text, start, end)
        if (
            at
            and len(at.group(1)) > 2
            and not idx.countries.resolve(at.group(1))
            and at.group(1) not in CITIES
            and at.group(1) != city
        ):
            venue = at.group(1)
            spans.append(at.span(1))
    if city is None and country is None and venue is None:
        return None, []
    return Location(city, country, venue), spans


_SITE_WORDS = r"(?:Palace|Castle|House|Manor|Abbey|Hall|Estate|Residence|Lodge)"


def _dateline_town(
    text: str, region: tuple[int, int], ref: reference.Reference, prefer: frozenset[str], idx: Indexes
) -> tuple[Found, tuple[str, tuple[int, int]] | None] | None:
    """The dateline's town named after 'at' or 'in' in the clause ('at Meseberg Palace'), when the
    dateline places it in one of the contact's states; with the site it names, if any."""
    if not ref.city:
        return None
    country = (
        CITIES.get(ref.city)
        or (idx.countries.resolve(ref.region) if ref.region else None)
        or gazetteer.lookup(ref.city, prefer)
    )
    if country not in prefer:
        return None
    m = re.compile(
        rf"\b(?i:at|in|near)\s+(?:the\s+)?(?P<town>{re.escape(ref.city)})\b(?P<site>\s+{_SITE_WORDS}\b)?"
    ).search(text, *region)
    if m is None:
        return None
    site = (
        (text[m.start("town") : m.end("site")], (m.start("town"), m.end("site"))) if m.group("site") else None
    )
    return (ref.city, country, m.span("town")), site


def _exercise_site(
    text: str, ev: Event, scope: list[tuple[int, int]], idx: Indexes
) -> tuple[Location | None, list[tuple[int, int]]]:
    """An exercise whose own sentence names no place is where the sentences about it put a town of one
    of its states ('attended the culminating landing at X Beach near Y')."""
    prefer = frozenset(ev.countries)
    for a, b in scope:
        found = _place(text, a, b, prefer, idx.countries)
        if found is not None and found[1] in ev.countries:
            return Location(found[0], found[1], None), [found[2]]
    return None, []


def _dated_before(
    text: str, p: people.Person, ev: Event, sents: list[text_mod.Sentence], ref: reference.Reference
) -> bool:
    """An officer named in a sentence whose own days all lie before the port call or exercise ('That visit
    coincided with a visit to Oman by Admiral X from 31st July to 2nd August'): an earlier trip's."""
    if ev.day is None or ev.precision != "day" or p.key in {q.key for q in ev.people}:
        return False
    sent = next((s for s in sents if s.start <= p.start < s.end), None)
    if sent is None or ev.sent == sents.index(sent):
        return False
    hits = dates.find(text, sent.start, sent.end, ref.day)
    hits = [h for h in hits if not h.reporting and h.precision == "day"]
    return bool(hits) and all(h.day < ev.day - dt.timedelta(days=3) for h in hits)


def _unclaimed(military: list[people.Person], ev: Event, events: list[Event]) -> list[people.Person]:
    """Officers who join an exercise or port call for being in the story, less those the story puts in a
    contact of their own ('the fleet commander called on the navy chief': the chief was at that call)."""
    own = {p.key for p in ev.people}
    # (the visiting commander who called on the chief, the subject of that call, stays at his port call)
    elsewhere = {
        p.key
        for e in events
        if e is not ev and e.type not in ("exercise", "port_call")
        for p in e.people
        if not (
            ev.type in ("port_call", "exercise")
            and e.type == "meeting"
            and p.key in {s.key for s in e.subject}
        )
    }
    return [p for p in military if p.key in own or p.key not in elsewhere]


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
    sents: list[text_mod.Sentence],
) -> DraftEngagement:
    warnings = list(ev.warnings)
    crowd = ev.people
    if ev.type in ("exercise", "port_call"):
        crowd = people_unique(crowd + military)
    chaired = ev.type != "port_call"
    crowd = people_unique(crowd + leaders(text, scope, found_people, idx.countries, chaired))
    parts = [_participant(p, warnings) for p in crowd]
    found = idx.pillars.find(text, scope)
    if ev.type == "exercise":
        found.pop("exercises", None)
    location, loc_spans = _location(text, ev, ref, idx, sents)
    if ev.type == "exercise" and location is None:
        location, loc_spans = _exercise_site(text, ev, scope, idx)
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


# an officer who cleared the ships' visit gave a permit; he did not take part in it
_APPROVED_VISIT = re.compile(
    r"^[^.;]{0,120}?\b(?:approved|authori[sz]ed|cleared|permitted|allowed|granted)\s+(?:the\s+)?"
    r"(?:(?:ships['’]?|vessels['’]?|warships['’]?)\s+)?(?:visit|port\s+call|request|docking)\b",
    re.I,
)


def _rest_of(sent: text_mod.Sentence, at: int) -> str:
    """The sentence's text from an offset of the article on."""
    return sent.text[max(0, at - sent.start) :]


def _background_mention(p: people.Person, sents: list[text_mod.Sentence]) -> bool:
    """A mention in a sentence about another time ('said last month', 'will visit') or one that only
    reports what the person said ('Col. X, the exercise director, told reporters')."""
    sent = next((s for s in sents if s.start <= p.start < s.end), None)
    if sent is None:
        return False
    # '"In the future, there will be joint exercises," Rear Adm. X told reporters': the quote's future
    # is what he said, not when he took part
    # (a quote that runs on past the sentence's end is his words too: 'X said: "... will build on ...')
    unquoted = _OPEN_QUOTE.sub(" ", _QUOTE.sub(" ", sent.text))
    if _UNDER_COMMAND.search(sent.text, 0, p.start - sent.start):
        return False  # "the ships will be in Dubai until Friday under the command of Rear Admiral X"
    if re.match(r"\W*Meanwhile\b", sent.text):
        return True  # "Meanwhile, Army Chief General X is on a visit to ...": another thread of the story
    if types_mod.is_stop(unquoted) or types_mod.is_past(unquoted):
        return True
    if _APPROVED_VISIT.search(_rest_of(sent, p.end)):
        return True  # "Vice Admiral X, deputy chief of the Naval Staff, had approved the visit": a permit
    # the commander of the visiting or exercising force takes part even when the story quotes him
    # ("Commander X, the ship's captain, told reporters")
    if _SHIPS_CAPTAIN.match(sent.text, p.end - sent.start):
        return False
    # "The destroyer, commanded by Captain X, was received by ..., the Navy said": the ship's commander
    if _COMMANDED_BY.search(sent.text, 0, p.start - sent.start):
        return False
    return bool(_SPEECH.search(sent.text)) and not (p.title and _COMMANDS.search(p.title))


def _within(p: people.Person, scope: list[tuple[int, int]]) -> bool:
    return any(a <= p.start < b for a, b in scope)


def leaders(
    text: str,
    scope: list[tuple[int, int]],
    found: list[people.Person],
    cidx: CountryIndex,
    chaired: bool = True,
) -> list[people.Person]:
    """Heads of delegation named in the engagement's sentences ('the Indian delegation was led by X');
    with chaired, the chairs of talks too (not of a ship's visit the talks' sentence also told)."""
    out = []
    for a, b in scope:
        for m in _LED_BY.finditer(text, a, b):
            person = next((p for p in found if m.end() <= p.start <= m.end() + 40 and not p.spokes), None)
            if person is None:
                continue
            dem = m.group("dem") or m.group("navy")
            if person.country is None and dem:
                person = replace(person, country=cidx.resolve(dem), country_source="text")
            out.append(person)
        for m in _CHAIRED.finditer(text, a, b) if chaired else ():
            out.extend(p for p in found if m.end() <= p.start < b and not p.spokes)
        for m in _CO_CHAIRED.finditer(text, a, b) if chaired else ():
            if _PRONOUN_SUBJECT.search(text, a, m.start()):
                continue  # "called on Y, a day after he co-chaired the dialogue": Y is no chair
            out.extend(p for p in found if a <= p.start < m.start() and not p.spokes)
    return out


# "X, deputy director of ..., and Y, ..., co-chaired the talks": the subjects are both heads of the talks
_CO_CHAIRED = re.compile(
    r"\b(?:jointly\s+)?co-?chaired\s+the\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:meeting|talks|dialogue|session|round|consultations)\b(?![^.;]{0,40}\bwith\b)",
    re.I,
)
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they|who)\s+(?:had\s+|jointly\s+)?$", re.I)


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
