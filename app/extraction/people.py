"""People in an article: honorific-free names, titles, countries, back-references and bare titles."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from app.extraction.countries import CountryIndex
from app.extraction.knowledge import OfficialInfo
from app.extraction.lexicon import (
    BODIES,
    COMMAND_STATES,
    HEADS,
    HONORIFICS,
    MILITARY,
    NONNAME,
    POSTNOMINALS,
    RANKS,
    SERVICE_WORDS,
    STOP,
    SUFFIX_KEEP,
    TITLE_WORDS,
)
from app.extraction.officials import OfficialIndex

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĦĨĪĮİĴĶĹĻĽĿŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_ABBR = (
    r"(?:Mr|Mrs|Ms|Dr|Gen|Lt|Lieut|Col|Adm|Brig|Maj|Capt|Cmdr|Cdr|Jr|Sr|Sgt|Rep|Sen|Gov|Prof|Hon|Rt|[A-Z])\."
)
_TOK = rf"(?:(?:[A-Z]\.){{2,}}|{_ABBR}|[{_UP}][^\W\d_]*(?:['’\-][^\W\d_]+)*)"
_CONN = r"(?:bin|bint|binti|ibn|al|el|van|von|der|den|de|da|do|dos|das|du|di|le|la|e)"  # "Azevedo e Silva"
# "Ursula von der Leyen", "Juan de la Cruz": up to two particles between the words of a name
# "Abdel Fattah el-Sissi", "Bashar al-Assad": an article joined to the last word of a name
_ARTICLE_TOK = rf"(?:al|el|ad|ash|as|at|az|ar|an)[-‑][{_UP}][^\W\d_]*(?:['’\-][^\W\d_]+)*"
RUN = re.compile(
    rf"(?<![\w'’.\-]){_TOK}(?:[ \u00a0](?:{_CONN}[ \u00a0]){{0,2}}(?:{_TOK}|{_ARTICLE_TOK}(?![\w'’\-])))*"
)
_WORD = re.compile(rf"{_TOK}|{_ARTICLE_TOK}|{_CONN}")
_CHAIN_TOKEN = re.compile(r"[\w'’.\-]+|,")
_TITLE_HEADS = re.compile(
    r"\b(?:minister|secretary|mantri|ambassador|chancellor|president|commander|chief|adviser|advisor|officer|"
    r"chairman|chairperson|chairwoman|"
    r"premier|spokes\w*|envoy|commissioner|director|head(?!quarters)|governor|king|queen|leader|coordinator|"
    r"\bRM\b)",
    re.I,
)
_NOT_A_HOLDER = re.compile(
    r"(?:\b(?:as|became|become|becomes|named|appointed|post of|role of)\s+(?:\S+\s+){0,2}|"
    r"\b(?:Acting|Deputy|Vice|Assistant|Junior|Former|former|Under|Principal)\s+)$"
)
_MONTH_WORDS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_COUNTERPART = re.compile(r"\b(?:counterparts?|colleagues?)\b", re.I)  # "his Croatian colleague X"
_PORTFOLIO = re.compile(
    r"((?:[A-Z][\w'’-]*\s+){0,3}(?:Minister|Secretary|Commissioner|Director|Chief|Head)\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:(?:\s+|,\s+)(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,5}),?\s+$"
)
_BEFORE_NAME_NEVER = frozenset({"the", "to", "of", "for", "from", "with", "and", "a", "an"})
_ACCREDITED = re.compile(
    r"\b(?:ambassador|envoy|high commissioner|attach[eé])\b[^,]*\bto\s+(?:the\s+)?"
    r"(?:(?:State|Kingdom|Republic|Sultanate|Emirate|Federation|Commonwealth|Union)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# ranks of several words that hold a title word ("Air Chief Marshal") or a hyphen ("Air Vice-Marshal")
_RANK_PHRASE = re.compile(
    r"\b(?:Air\s+)?(?:Chief|Vice)[\s-]+Marshal\b|\b[A-Z][a-z]+-(?:Marshal|Admiral|General)\b"
)
# a surname used as an adjective: "the X government", "the X administration's policy"
_ATTRIBUTIVE = re.compile(
    r"\s+(?:government|administration|cabinet|era|regime|doctrine|presidency|camp|years|"
    r"policy|policies)\b"
)
_COMPANY_WORDS = frozenset(
    [
        "aviation",
        "aerospace",
        "industries",
        "industry",
        "systems",
        "technologies",
        "technology",
        "dynamics",
        "electronics",
        "shipyard",
        "shipyards",
        "shipbuilding",
        "motors",
        "defence",
        "defense",
        "group",
        "limited",
        "ltd",
        "corporation",
        "corp",
        "inc",
        "holdings",
        "airlines",
        "airways",
        "energy",
        "labs",
    ]
)
_STATIONED = re.compile(r"\b(?:Forces|Force|Command)\s+$")
_COMMAND = re.compile(r"\b(?:" + "|".join(COMMAND_STATES) + r")\b")
_SPOKES = re.compile(r"spokes|press secretary|press officer", re.I)


@dataclass
class Person:
    """One mention of a person; mentions of the same person share a key."""

    start: int
    end: int
    key: str
    name: str
    title: str | None = None
    title_span: tuple[int, int] | None = None
    country: str | None = None
    country_span: tuple[int, int] | None = None
    country_source: str | None = None  # text | knowledge | office
    official: OfficialInfo | None = None
    new: bool = False
    military: bool = False
    spokes: bool = False
    offices: frozenset[str] = field(default_factory=frozenset)
    bare: bool = False  # a title standing for a person ("the Raksha Mantri")


def _low(tok: str) -> str:
    if tok.endswith(("'s", "’s")):
        tok = tok[:-2]
    return tok.lower().rstrip(".")


def normalise_name(name: str) -> str:
    """The name without honorifics, ranks, titles, 'MP' or possessive ('Shri X Y' -> 'X Y')."""
    words = name.replace("\u00a0", " ").split()
    while words and (_low(words[0]) in HONORIFICS | RANKS | TITLE_WORDS or _low(words[0]) in ("the", "of")):
        words.pop(0)
    while words and (_low(words[-1]) in ("mp", "mla", "mep", ",") or words[-1].strip(",") in POSTNOMINALS):
        words.pop()
    if words:
        words[-1] = re.sub(r"['’]s$", "", words[-1])
    return " ".join(words).strip(" ,")


@dataclass
class Context:
    text: str
    countries: CountryIndex
    officials: OfficialIndex
    day: dt.date | None
    country_spans: list[tuple[int, int, str]]
    home: str | None = None  # the state of the dateline's city: a story names its own state less often

    def office_country(self, implied: frozenset[str]) -> str | None:
        """The state an office wording implies, among those the article names: a wording several states
        use ('Minister of State for Defence Affairs') or one whose state the story never mentions is
        no evidence of nationality."""
        named = {iso3 for _, _, iso3 in self.country_spans} | ({self.home} if self.home else set())
        if len(implied) >= 3:  # a wording many armies use ("Chief of the General Staff"): the story's state
            return self.home if self.home in named else None
        found = implied & named
        return next(iter(found)) if len(found) == 1 else None

    def country_at(self, start: int, end: int) -> str | None:
        for a, b, iso3 in self.country_spans:
            if a <= start and end <= b + 2:
                return iso3
        return None


_CHAIN_BODIES = BODIES | {"department", "liberation", "people", "people's", "people’s", "pla"}


_UNITS = frozenset({"brigade", "division", "battalion", "regiment", "squadron", "flotilla"})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_DASH_GAP = re.compile(r"\s(?:[-–—]|--)\s")


def _chain_before(ctx: Context, pos: int, floor: int) -> tuple[int, int] | None:
    """The span of a title chain ('US Secretary of Defence', 'Minister of Defence of X,') ending at pos."""
    toks = [
        (m.start() + floor, m.end() + floor, m.group(0)) for m in _CHAIN_TOKEN.finditer(ctx.text[floor:pos])
    ]
    if toks and _low(toks[-1][2]) in _BEFORE_NAME_NEVER:
        return None  # "a visit to the North African kingdom": a preposition or article is no title
    start = None
    commas = 0
    for k in range(len(toks) - 1, -1, -1):
        a, b, tok = toks[k]
        low = _low(tok)
        if start is not None and _DASH_GAP.search(ctx.text, b, start):
            break  # "Singapore (VNA) – Deputy Defence Minister X": a dateline's dash ends the title
        if tok == ",":
            commas += 1
            if commas > 1 or start is None and ctx.text[b:pos].strip():
                break
            if start is not None and any(_low(w) not in RANKS | HONORIFICS for w in ctx.text[b:pos].split()):
                break  # "his visit to India, Federal Minister X": the comma closes another phrase
            continue
        if low == "and" and start is not None and _low(ctx.text[start:pos].split()[0]) in HONORIFICS:
            break  # "the Deputy Prime Minister and Mr X": two people, not one title
        ok = low in ("of", "for", "and", "the", "to") or low in TITLE_WORDS | RANKS | HONORIFICS
        ok = ok or tok in COMMAND_STATES or (low in SERVICE_WORDS and tok[:1].isupper())
        # "People's Liberation Army Chief of the Joint Staff Department Gen.": a body's name in the chain
        ok = ok or (tok[:1].isupper() and low in _CHAIN_BODIES)
        # "said 13th Infantry Brigade commander Brig Gen X": a numbered unit whose commander X is
        ok = (
            ok
            or (tok[:1].isupper() and low in _UNITS)
            or (_ORDINAL.fullmatch(tok) is not None and k < len(toks) - 1)
        )
        # "Chief of the Army Staff (COAS) Gen X": the office's abbreviation in brackets
        ok = ok or (tok.isupper() and ctx.text[a - 1 : a] == "(" and ctx.text[b : b + 1] == ")" and k > 0)
        # "Minister of State for Defence and Tourism, X": a portfolio after "for ... and"
        ok = ok or (
            tok[:1].isupper()
            and k >= 2
            and _low(toks[k - 1][2]) == "and"
            and _low(toks[k - 2][2]) in TITLE_WORDS
            and any(_low(t[2]) == "for" for t in toks[max(0, k - 5) : k])
        )
        if not (ok or ctx.country_at(a, b) is not None):
            break
        start = a
    if start is None:
        return None
    while True:
        m = re.match(r"(?:the|and|of|for|to)\s+|,\s*", ctx.text[start:pos], re.I)
        if not m:
            break
        start += m.end()
    return (start, pos) if start < pos else None


def _portfolio_before(ctx: Context, pos: int, floor: int) -> tuple[int, int] | None:
    """'Fiji's Minister for Home Affairs and Immigration, X': a head, of/for, and a portfolio in capitals."""
    m = _PORTFOLIO.search(ctx.text, max(floor, pos - 160), pos)
    return (m.start(1), m.end(1)) if m else None


_RANKS_BEFORE = r"(?:(?:[A-Z][a-z]*\.?|\([A-Z][a-z]+\))\s+){0,4}"
# "the commander of U.S. Africa Command, Gen. X": an office in lower case, set before the rank and name
_OFFICE_BEFORE = re.compile(
    r"\b((?:commander|chief|chairman|chairperson|head|director)\s+of\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’.-]*|of|the|and|for)\s+){0,6}?[A-Z][\w'’.-]*),\s+" + _RANKS_BEFORE + r"$"
)


def _office_before(ctx: Context, pos: int, floor: int) -> tuple[int, int] | None:
    """'the chairman of the Joint Chiefs of Staff, Gen. X': the office, then the rank and the name."""
    m = _OFFICE_BEFORE.search(ctx.text, max(floor, pos - 160), pos)
    if m is None:
        return None
    ranks = re.sub(r"[,()]", " ", ctx.text[m.end(1) : pos]).split()
    if any(_low(w) not in RANKS | HONORIFICS for w in ranks):
        return None
    return m.start(1), m.end(1)


def _clean_title(
    ctx: Context, span: tuple[int, int]
) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """Title text without country words, ranks or honorifics, plus the country it names."""
    raw = ctx.text[span[0] : span[1]]
    country = None
    cspan = None
    for a, b, iso3 in ctx.country_spans:
        if span[0] <= a and b <= span[1]:
            if country is not None and _ACCREDITED.search(ctx.text, span[0], a):
                continue  # "Ambassador of X to Y": the envoy serves X; Y is where he is posted
            if country is not None and _STATIONED.search(ctx.text, span[0], a):
                continue  # "commander of U.S. Forces Korea": the force serves X; Y is where it is based
            country, cspan = iso3, (a, b)
            raw = raw[: a - span[0]] + " " * (b - a) + raw[b - span[0] :]
    if country is None:
        cmd = _COMMAND.search(ctx.text, span[0], span[1])
        if cmd is not None:
            country, cspan = COMMAND_STATES[cmd.group(0)], cmd.span()
    raw = re.sub(r"['’]s?(?=\s|$)|,", " ", raw)
    raw = re.sub(r"\b(?:of|for)\s+(?=to\b)", " ", raw)
    raw = _RANK_PHRASE.sub(" ", raw)
    raw = re.sub(r"\(([A-Za-z]+)\)", lambda m: " " if _low(m.group(1)) in RANKS else m.group(0), raw)
    raw = re.sub(r"\(\s*\)", " ", raw)  # "Republic of Korea (ROK) Minister": the state's abbreviation went
    words = [w for w in raw.split() if w]
    # (a lower-case "commander" after a unit is the office, not the naval rank: "Brigade commander")
    while (
        words
        and (_low(words[-1]) in HONORIFICS | RANKS | {"of", "the", "and", "for"})
        and words[-1] != "commander"
    ):
        words.pop()
    while words and _low(words[0]) in {"the", "of", "and", "for", "his", "her"} | HONORIFICS:
        words.pop(0)
    title = " ".join(words) or None
    if title and not _TITLE_HEADS.search(title):
        title = None
    return title, country, cspan


_FRESH = frozenset({"new", "incoming", "outgoing"})
_WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _name_part(ctx: Context, m: re.Match[str]) -> tuple[int, int, bool, bool] | None:
    """Span of the name inside a capitalised run, whether titles/ranks preceded it, and if military."""
    toks = list(_WORD.finditer(m.group(0)))
    base = m.start()
    i = 0
    had_title = military = False
    while i < len(toks):
        tok = toks[i].group(0)
        low = _low(tok)
        in_country = ctx.country_at(base + toks[i].start(), base + toks[i].end()) is not None
        if low in HONORIFICS or low in RANKS or low in TITLE_WORDS:
            if _known_from(ctx, m.group(0), toks, i):
                break  # "Gen Nakatani": a known official whose given name is also a rank
            had_title = had_title or low in HONORIFICS | RANKS | HEADS
            military = military or low in MILITARY
        elif not (
            low in STOP
            or low in _WEEKDAY_WORDS  # "received on Wednesday Russian Defence Minister X": the day, then X
            or (i == 0 and low in _FRESH and i + 1 < len(toks))  # "New US Defense Secretary X": not a name
            or in_country
            or _portfolio_word(toks, i)
            or _body_of_title(toks, i)
        ):
            break
        i += 1
    if i < len(toks) and any(_low(t.group(0)) in NONNAME for t in toks[i:]):
        # "People's Liberation Army Chief of the Joint Staff Department Gen. Liu Zhenli": the name after
        # the last rank of a long office run
        ranks = [k for k in range(i, len(toks) - 1) if _low(toks[k].group(0)) in RANKS | HONORIFICS]
        if ranks and not any(_low(t.group(0)) in NONNAME for t in toks[ranks[-1] + 1 :]):
            i = ranks[-1] + 1
            had_title = True
            military = military or _low(toks[ranks[-1]].group(0)) in MILITARY
    if i < len(toks) and _low(toks[i].group(0)) in SERVICE_WORDS:
        # "Defence Force Vice-Admiral X": a service name inside the title, then the rank and the name
        ranks = [k for k in range(i + 1, len(toks) - 1) if _low(toks[k].group(0)) in RANKS | HONORIFICS]
        if ranks:
            i = ranks[-1] + 1
            had_title = True
            military = military or any(_low(toks[k].group(0)) in MILITARY for k in ranks)
    j = i
    while j < len(toks):
        tok = toks[j].group(0)
        low = _low(tok)
        month_name = low in _MONTH_WORDS and not re.match(r"\s*\d", ctx.text[base + toks[j].end() :][:3])
        # "Mark A. Milley": a middle initial inside a name is no stop word ("A", "I")
        initial = j > i and j + 1 < len(toks) and re.fullmatch(r"[A-Z]\.", tok) is not None
        if initial:
            pass
        elif (low in NONNAME and not month_name) or low in STOP or low in TITLE_WORDS or low in ("mp", "mla"):
            break  # a month word not followed by a day is a name part ("Dong Jun", "Theresa May")
        if ctx.country_at(base + toks[j].start(), base + toks[j].end()):
            break
        j += 1
        if re.search(r"['’]s$", tok):
            break
    words = sum(1 for t in toks[i:j] if not re.fullmatch(_CONN, t.group(0)))  # "bin", "van" are no words
    nxt = _low(toks[j].group(0)) if j < len(toks) else None
    if i >= j or words > 5 or (nxt in NONNAME and (j - i < 2 or nxt in BODIES)):
        return None
    end = base + toks[j - 1].end()
    if ctx.text[end - 2 : end] in ("'s", "’s"):
        end -= 2
    return base + toks[i].start(), end, had_title, military


def _body_of_title(toks: list[re.Match[str]], i: int) -> bool:
    """'Senate President X', 'Parliament Speaker X': a body's name in front of its head's title."""
    low = _low(toks[i].group(0))
    return (
        low in _TITLED_BODIES
        and i + 1 < len(toks)
        and _low(toks[i + 1].group(0)) in HEADS | {"speaker", "chairman", "chair"}
    )


_TITLED_BODIES = frozenset({"senate", "parliament", "assembly", "congress", "council", "cabinet", "house"})


def _portfolio_word(toks: list[re.Match[str]], i: int) -> bool:
    """'Infrastructure Minister X': a capitalised portfolio word right before an office word is part
    of the title, not the start of the name."""
    nxt = _low(toks[i + 1].group(0)) if i + 1 < len(toks) else ""
    return nxt in ("minister", "secretary", "commissioner") and i + 2 < len(toks)


def _known_from(ctx: Context, run: str, toks: list[re.Match[str]], i: int) -> bool:
    """True when the run's words from token i on spell a known official's name."""
    return any(
        ctx.officials.exact(run[toks[i].start() : toks[k].end()]) is not None
        for k in range(i + 1, min(len(toks), i + 3))
    )


# (long enough for "deputy director of the Office for International Military Cooperation of the Central
# Military Commission")
_TITLE_WINDOW = 130


def _title_after(ctx: Context, end: int) -> tuple[int, int] | None:
    """An appositive title after the name: ', Commander of 170 Infantry Brigade,'."""
    # "Rear Admiral X, NM, Flag Officer Commanding ...": the honours' letters stand before the title
    honours = re.match(r"(?:,\s*(?:[A-Z][A-Za-z]{1,4})(?=,))+", ctx.text[end : end + 40])
    if honours is not None and all(
        w.strip(", ") in POSTNOMINALS for w in honours.group(0).split(",") if w.strip()
    ):
        end += honours.end()
    m = re.match(
        # ("Y, acting assistant secretary of defense,", "Y, principal deputy national security adviser,")
        r",\s+((?:the\s+)?(?:(?:acting|principal|senior|assistant|special)\s+(?:(?:vice|deputy)[\s-])?[a-z][\w'’\-]*|"
        r"(?:(?:vice|deputy)[\s-])?(?:[A-Z][\w'’.\-]*|of|for|and|the|commander|chief|head|director|"
        r"chairman|chairperson))"
        r"(?:\s+(?:[\w'’.\-]+|\([\w&.\- ]+\)))*?)(?=,|\.\s|;|\s+who\b|$)",  # "... Administration (DAPA),"
        ctx.text[end : end + _TITLE_WINDOW],
    )
    if not m:
        return None
    title, stop = m.group(1), m.end(1)
    if re.match(r"and\s", title):
        return None  # "X, and the Ambassador of Y in Z, W": the next one named, not X's office
    if re.search(r"\b(?:said|says|told)\b", title):
        return None  # "..., Prime Minister X said on Wednesday as she hosted Y": a clause, not an office
    # "..., the NSC coordinator for Indo-Pacific affairs. Cara ...": the sentence's end closes the title
    full_stop = re.search(r"(?<=[a-z]{3})\.\s", title)
    if full_stop is not None:
        title, stop = title[: full_stop.start()], m.start(1) + full_stop.start()
    # ("Y, South Korea's principal deputy national security adviser,": the office word ends the words
    # before the first "of"/"for", within eight)
    lead = re.split(r"\s(?:of|for)\s", title, maxsplit=1)[0].split()
    if not _TITLE_HEADS.search(" ".join(title.split()[:4])) and not (
        len(lead) <= 8 and _TITLE_HEADS.fullmatch(lead[-1])
    ):
        return None
    if stop == _TITLE_WINDOW and end + _TITLE_WINDOW < len(ctx.text):
        return None  # cut off by the window, not ended: ", Prime Minister X said on Sunday as she ..."
    if re.search(r"\s[-–—]\s", title):
        return None  # "SAN MARCOS, Region - Defense Secretary X": a dateline, then the story
    return end + m.start(1), end + stop


def _make(
    ctx: Context, start: int, end: int, had_title: bool, military: bool, floor: int, single: bool = False
) -> Person | None:
    raw = ctx.text[start:end]
    official = ctx.officials.exact(raw)
    name = raw if official is not None else normalise_name(raw)
    if not name:
        return None
    official = official or ctx.officials.exact(name)
    chain = _chain_before(ctx, start, floor) or _portfolio_before(ctx, start, floor)
    title, country, cspan = _clean_title(ctx, chain) if chain else (None, None, None)
    if title is None and (office := _office_before(ctx, start, floor)) is not None:
        chain = office
        title, country, cspan = _clean_title(ctx, chain)
    after = None if title else _title_after(ctx, end)
    if after:
        title, country, cspan = _clean_title(ctx, after)
    span = after or chain
    titled = (
        had_title
        or title is not None
        or bool(chain and ctx.text[chain[1] - 2 : chain[1]].strip() == ",")
        or bool(chain and _COUNTERPART.search(ctx.text, chain[0], chain[1]))
        # "Coast Guard commander X": a rank word in lower case that ends the chain is a title too
        or bool(chain and _low(ctx.text[chain[0] : chain[1]].split()[-1]) in MILITARY | HEADS)
        or _state_possessive(ctx, chain, name, end)
    )
    if official is None and len(name.split()) < 2 and not (single and title is not None):
        return None  # (a one-word name right after an office is a person known by one name)
    if official is None and not titled:
        return None
    new = False
    if official is None:
        official = ctx.officials.fuzzy(name)
        new = official is None
    source = "text" if country else None
    if country is None and official is not None:
        country, source = official.country, "knowledge"
    offices, implied = ctx.officials.offices_for(title, country)
    if country is None:
        country = ctx.office_country(implied)
        if title is not None and _low(title) in _MONARCHS:
            # "King X" reigns in many states, whatever few the reference knows: the dateline's own
            country = ctx.home if ctx.home in {iso3 for _, _, iso3 in ctx.country_spans} else None
        source = "office" if country else None
        if country is not None and _held_by_other(ctx, title, country, official, ctx.day):
            country, source = None, None
        if country is not None and country == ctx.home and _home_named_next(ctx, end):
            country, source = None, None
    if official is not None:
        offices = offices | ctx.officials.offices_held(official, ctx.day)
    if official is not None and not new and len(name.split()) < len(official.name.split()):
        name = official.name  # "Mr Prabowo" -> "Prabowo Subianto": the known official's full name
    key = official.name if official else name.lower()
    return Person(
        start,
        end,
        key,
        name,
        title,
        span if title else None,
        country,
        cspan,
        source,
        official,
        new,
        military,
        bool(title and _SPOKES.search(title)),
        offices,
    )


_AND_NEXT = re.compile(r"\s+and\s+(?:the\s+)?")


def _home_named_next(ctx: Context, end: int) -> bool:
    """'President X and Australian Prime Minister Y' in a story from Canberra: the writer names the home
    state for the second one only, so the first, unqualified, is not of it (a visitor's own leader)."""
    m = _AND_NEXT.match(ctx.text, end)
    return m is not None and any(a == m.end() and iso3 == ctx.home for a, _, iso3 in ctx.country_spans)


def _held_by_other(
    ctx: Context, title: str | None, country: str, official: OfficialInfo | None, day: dt.date | None
) -> bool:
    """A bare office ('President X') guessed to be of the one named state with such an office is not
    of that state when its known holder on the day is someone else (the other president in the story)."""
    offices, _ = ctx.officials.offices_for(title, country)
    holder = ctx.officials.holder(offices, country, day)
    return holder is not None and (official is None or holder.name != official.name)


def _state_possessive(ctx: Context, chain: tuple[int, int] | None, name: str, end: int) -> bool:
    """ "Denmark's Anders Holm": a state's possessive, then a name of two or three words that ends there
    (not "India's Tata Advanced Systems", which runs on)."""
    if chain is None or not re.fullmatch(r"\S+['’]s\s+", ctx.text[chain[0] : chain[1]]):
        return False
    words = [_low(w) for w in name.split()]
    if ctx.country_at(chain[0], chain[1] - 3) is None or not 2 <= len(words) <= 3:
        return False
    if any(w in NONNAME or w in _COMPANY_WORDS for w in words):
        return False  # "France's Dassault Aviation": a firm
    return re.match(r"\s*[A-Z0-9(]", ctx.text[end : end + 3]) is None


_NAMED_SITE = re.compile(
    r"\b(?-i:Camp|CAMP|Fort|FORT|Barracks|BARRACKS|Cantonment|CANTONMENT)\s+"
    r"(?:(?:General|Gen\.?|Admiral|Adm\.?|Marshal|Colonel|Col\.?|Major|Captain|Capt\.?|Lieutenant|Lt\.?|"
    r"President|King|Sultan)\s+)?$",
    re.I,
)


_SITE_AFTER = re.compile(
    r"\s+(?:Naval\s+|Air\s+|Military\s+|Army\s+|International\s+)?(?:Base|Airport|Air\s+Base|Stadium|University|"
    r"Hospital|Mosque|Bridge|Road|Street|Avenue)\b"
)
# a portfolio and a civil office word right before a lone capitalised word: "Security Affairs Minister X"
_MONONYM = re.compile(
    r"\b(?!(?:The|A|An|Then|Former|Acting)\b)[A-Z][\w'’-]+\s+(?:Minister|Secretary|President|Premier|Chancellor)\s+$|"
    # "paid a courtesy call on President X": the host a visitor called on, known by one name
    r"\bcall(?:ed|s)?\s+on\s+(?:the\s+)?(?:President|Prime\s+Minister|King|Emir|Sultan)\s+$"
)
# "was received by King X": a monarch goes by his regnal name alone
_MONARCHS = frozenset({"king", "queen", "emir", "sultan", "emperor"})
_MONARCH = re.compile(r"(?<![\w'’-])(?<!the\s)(?:King|Queen|Emir|Sultan|Emperor)\s+$")


def find_people(ctx: Context, floors: list[int]) -> list[Person]:
    """Full-name mentions, then surname-only back-references resolved to them."""
    full: list[Person] = []
    singles: list[tuple[int, int, bool, bool]] = []
    repeats: list[tuple[int, int]] = []
    for m in RUN.finditer(ctx.text):
        part = _name_part(ctx, m)
        if part is None:
            continue
        start, end, had_title, military = part
        if _NAMED_SITE.search(ctx.text, max(0, start - 40), start):
            continue  # "Camp General Emilio Aguinaldo", "Fort President Ivar Holm": a place named after one
        if _SITE_AFTER.match(ctx.text, end):
            continue  # "at the King Abdul Aziz Naval Base": a place named after one
        if _ATTRIBUTIVE.match(ctx.text, end) and re.search(r"\bthe\s+$", ctx.text[max(0, start - 5) : start]):
            continue  # "the launch of the Donald Trump administration": a name qualifying an institution
        floor = _floor(floors, start)
        person = _make(ctx, start, end, had_title, military, floor)
        if person is not None:
            full.append(person)
        elif len(ctx.text[start:end].split()) == 1:
            singles.append(part)
        else:
            repeats.append((start, end))
    full = [_counterpart_title(ctx, full, p, floors) for p in full]
    refs: list[Person] = []
    for s in singles:
        r = _back_reference(ctx, full, s, floors)
        word = ctx.text[s[0] : s[1]]
        if (
            r is None
            and (s[2] or _MONARCH.search(ctx.text, max(0, s[0] - 10), s[0]) is not None)
            and (
                _MONONYM.search(ctx.text, max(0, s[0] - 40), s[0])
                or _MONARCH.search(ctx.text, max(0, s[0] - 10), s[0])
            )
            and word.upper() not in ctx.text  # "Minister Kishi" after "KISHI Nobuo": a surname
        ):
            # "Security Affairs Minister Wiranto": one who goes by a single name, with his office
            r = _make(ctx, s[0], s[1], s[2], s[3], _floor(floors, s[0]), single=True)
        if r is None and s[2]:
            r = _known_surname(ctx, s, floors)
        if r is not None:
            refs.append(r)
    # a full name given again without its title ("Later, Ola Berg held ..."): the person named before
    named = {normalise_name(p.name): p for p in full if not p.bare}
    for start, end in repeats:
        earlier = named.get(normalise_name(ctx.text[start:end]))
        if earlier is not None and earlier.start < start:
            refs.append(replace(earlier, start=start, end=end, title=None, title_span=None))
    return sorted(full + refs, key=lambda p: p.start)


def _known_surname(ctx: Context, part: tuple[int, int, bool, bool], floors: list[int]) -> Person | None:
    """'with President Zelenskyy in Kyiv': an office and a surname only, never named in full, of the one
    known official with that surname who held that office on the day."""
    start, end, _, military = part
    official = ctx.officials.by_surname(ctx.text[start:end], ctx.day)
    chain = _chain_before(ctx, start, _floor(floors, start))
    title = _clean_title(ctx, chain)[0] if chain else None
    if official is None or not title:
        return None
    held = ctx.officials.offices_held(official, ctx.day)
    if not ctx.officials.offices_for(title, official.country)[0] & held:
        return None  # "Minister X" for a known president X: not that official
    return Person(
        start,
        end,
        official.name,
        official.name,
        title,
        chain,
        official.country,
        None,
        "knowledge",
        official,
        military=military,
        offices=held,
    )


# "Prime Minister X and his Indian counterpart Y", "told her Danish counterpart, Gen. Y": Y holds X's office
_HIS_COUNTERPART = re.compile(
    r"\b(?:his|her|their)\s+(?:[A-Z][\w-]+\s+)?counterpart,?\s+(?P<ranks>(?:[A-Z][\w]*\.?\s+){0,3})$"
)


def _counterpart_title(ctx: Context, full: list[Person], p: Person, floors: list[int]) -> Person:
    """An untitled name right after 'his <state> counterpart' takes the title of the office holder the
    'his' refers to: the nearest titled person named before it in the sentence."""
    if p.title is not None or p.spokes:
        return p
    floor = _floor(floors, p.start)
    m = _HIS_COUNTERPART.search(ctx.text, max(floor, p.start - 80), p.start)
    if m is None or any(_low(w) not in RANKS | HONORIFICS for w in m.group("ranks").split()):
        return p
    owner = next((q for q in reversed(full) if floor <= q.start and q.end <= m.start() and q.title), None)
    if owner is None or owner.spokes or owner.key == p.key:
        return p
    # the office in its generic wording: a US "Defense Secretary"'s Russian counterpart is a Defence Minister
    keys, _ = ctx.officials.offices_for(owner.title, owner.country)
    generic = ctx.officials.generic.get(next(iter(keys))) if len(keys) == 1 else None
    return replace(p, title=generic or owner.title, title_span=owner.title_span)


def _floor(floors: list[int], pos: int) -> int:
    """Start of the sentence holding pos."""
    best = 0
    for f in floors:
        if f <= pos:
            best = f
        else:
            break
    return best


def _back_reference(
    ctx: Context, full: list[Person], part: tuple[int, int, bool, bool], floors: list[int]
) -> Person | None:
    """'Mr Healey', 'Austin', 'General Li' -> the full mention sharing that word (nearest earlier first)."""
    start, end, _, military = part
    if _ATTRIBUTIVE.match(ctx.text, end):
        return None  # "the Milei government": a name qualifying an institution, not the person acting
    word = normalise_name(ctx.text[start:end])
    scored = []
    for p in full:
        parts = p.name.split()
        if word not in parts:
            continue
        rank = (
            0
            if parts[-1] == word or (len(parts) > 1 and parts[-2] == word and _low(parts[-1]) in SUFFIX_KEEP)
            else 1
        )
        scored.append((rank, 0 if p.start < start else 1, abs(p.start - start), p))
    if not scored:
        return None
    ref = min(scored, key=lambda s: s[:3])[3]
    chain = _chain_before(ctx, start, _floor(floors, start))
    title = _clean_title(ctx, chain)[0] if chain else None
    return replace(ref, start=start, end=end, title=ref.title or title, title_span=ref.title_span)


_NAME_AFTER = re.compile(
    r"\s*,?\s*(?:the\s+)?(?:Hon\b|Mr\b|Dr\b|Shri\b|[A-Z][a-z]+['’]?\s+[A-Z][a-z]+|[A-Z][a-z]+\b(?!\s+[a-z]))"
)


def byline_titles(ctx: Context, people: list[Person]) -> list[Person]:
    """A release's byline names its ministers with their offices ('Deputy Prime Minister, Minister for
    Defence, the Hon X MP'); the body may call X only by an office ('The Deputy Prime Minister welcomed')."""
    text = ctx.text
    out: list[Person] = []
    taken = [(p.title_span or (p.start, p.end)) for p in people] + [(p.start, p.end) for p in people]
    for p in people:
        line_start = text.rfind("\n", 0, p.start) + 1
        line_end = text.find("\n", p.end)
        line_end = len(text) if line_end < 0 else line_end
        if _END_OF_SENTENCE.search(text, line_start, line_end) or p.start - line_start > 120:
            continue  # a byline is a line of its own, without a full stop
        # "The Hon X MP, Deputy Prime Minister; Senator the Hon Y, ...": what precedes the ';' is X's
        own_start = max(line_start, text.rfind(";", line_start, p.start) + 1)
        for part in re.split(r"\s*,\s*", text[own_start : p.start]):
            words = [
                w for w in part.split() if _low(w) not in HONORIFICS and _low(w) not in ("the", "senator")
            ]
            title = " ".join(words)
            if len(words) < 2 or not _TITLE_HEADS.search(title):
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(title)}(?![\w-])", text[line_end:]):
                a, b = line_end + m.start(), line_end + m.end()
                if any(x <= a < y or a <= x < b for x, y in taken) or _NAME_AFTER.match(text, b):
                    continue
                out.append(replace(p, start=a, end=b, bare=True, title=p.title or title, title_span=(a, b)))
                taken.append((a, b))
    return out


_END_OF_SENTENCE = re.compile(r"[.!?]\s|[.!?]$")


def _ranks_only(gap: str) -> bool:
    """What may stand between a title and its holder's name: ranks, honorifics, 'retired'."""
    words = [w.strip("().").lower() for w in gap.split()]
    known = RANKS | HONORIFICS | {"retired", "retd"}
    return bool(words) and gap[:1].isspace() and all(w in known for w in words)


def bare_titles(ctx: Context, people: list[Person], floors: list[int]) -> list[Person]:
    """Titles standing for a person ('the Raksha Mantri', 'the Indian Defence Minister'), resolved."""
    pattern = ctx.officials.title_pattern
    if pattern is None:
        return []
    taken = [(p.title_span or (p.start, p.end)) for p in people] + [(p.start, p.end) for p in people]
    out = []
    for m in pattern.finditer(ctx.text):
        if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
            # "the Raksha Mantri and External Affairs Minister Dr S Jaishankar": two office holders in
            # what reads as one title chain, when the first office's holder is someone else
            owner = next(
                (p for p in people if p.title_span and p.title_span[0] <= m.start() < p.title_span[1]), None
            )
            if owner is None or not re.match(r"\s+and\s", ctx.text[m.end() : m.end() + 6]):
                continue
            if not re.search(r"\bthe\s+$", ctx.text[max(0, m.start() - 5) : m.start()]):
                continue
            other = _resolve_title(ctx, [p for p in people if p.key != owner.key], m, floors)
            if other is not None and other.key != owner.key:
                out.append(other)
            continue
        if re.match(
            r"\s*,?\s*(?:the\s+)?(?:Hon\b|Mr\b|Dr\b|Shri\b|[A-Z][a-z]+['’]?\s+[A-Z][a-z]+)",
            ctx.text[m.end() : m.end() + 40],
        ):
            continue
        if _NOT_A_HOLDER.search(ctx.text[max(0, m.start() - 30) : m.start()]):
            continue
        after = m.end() + len(ctx.text[m.end() : m.end() + 3]) - len(ctx.text[m.end() : m.end() + 3].lstrip())
        if after > m.end() and any(p.start == after for p in people):
            continue  # "President Khurelsukh": the title of the person named right after it
        if any(0 < p.start - m.end() <= 40 and _ranks_only(ctx.text[m.end() : p.start]) for p in people):
            continue  # "National Security Adviser retired Lt Gen X": X's title, a rank between
        person = _resolve_title(ctx, people, m, floors)
        if person is not None:
            out.append(person)
    return out


def _resolve_title(ctx: Context, people: list[Person], m: re.Match[str], floors: list[int]) -> Person | None:
    floor = _floor(floors, m.start())
    chain = _chain_before(ctx, m.start(), floor)
    qualifier = _clean_title(ctx, chain)[1] if chain else None
    offices, implied = ctx.officials.offices_for(m.group(0), qualifier)
    # "The Prime Minister" is any state's: the one state the snapshot lists it for only if the story names it
    sole = len(implied) == 1 and not ctx.officials.any_state_wording(m.group(0))
    country = qualifier or (next(iter(implied)) if sole else ctx.office_country(implied))
    cands = [p for p in people if p.offices & offices and (country is None or p.country == country)]
    if cands:
        before = [p for p in cands if p.start < m.start()]
        ref = (before or cands)[-1 if before else 0]
        return replace(ref, start=m.start(), end=m.end(), bare=True)
    if country is None:
        return None
    official = ctx.officials.holder(offices, country, ctx.day)
    if official is None:
        return None
    return Person(
        m.start(),
        m.end(),
        official.name,
        official.name,
        m.group(0),
        (m.start(), m.end()),
        country,
        None,
        "knowledge",
        official,
        offices=offices,
        bare=True,
    )
