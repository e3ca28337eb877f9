"""Find date expressions with our own patterns and normalise them against a reference day."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_MON = (
    r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
    r"|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY}(?:\s*(?:-|to|and)\s*[0-3]?\d)?,?\s+{_YEAR}\b")),
    ("dmy", re.compile(rf"\b{_DAY}(?:\s*(?:-|to|and)\s*[0-3]?\d)?\s+(?:of\s+)?{_MON}\s*,?\s+{_YEAR}\b")),
    # "17 Mar 24": an Indian service release's day, month and two-digit year
    (
        "dmyy",
        re.compile(rf"\b{_DAY}(?:\s*(?:-|to|and)\s*[0-3]?\d)?\s+{_MON}\s+(?P<yy>\d\d)\b(?![\d:.,%]\d|\s*%)"),
    ),
    ("md", re.compile(rf"\b{_MON}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)(?![:.]\d)")),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b(?!\s*,?\s*(?:19|20)\d\d)")),
    ("my", re.compile(rf"\b{_MON}\s+(?:of\s+)?{_YEAR}\b")),
    (
        "m",
        # ("In June, X met Y": a sentence's opening word too)
        re.compile(
            r"\b(?:[Ii]n|since|until|[Dd]uring|by|from|early|late|mid-?)\s+" + _MON + r"\b(?!\s+[0-3]?\d)"
        ),
    ),
    ("y", re.compile(r"\b(?:in|since|during|until|by)\s+" + _YEAR + r"\b")),
    ("wd", re.compile(rf"\b(?:on\s+|last\s+|this\s+)?{_WD}(?:'s|’s)?\b")),
    (
        "today",
        re.compile(
            r"\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today|later today)\b", re.I
        ),
    ),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("lastweek", re.compile(r"\blast week\b", re.I)),
    ("lastmonth", re.compile(r"\b(?:(?:early|late|mid-?)\s*)?(?:last|previous)\s+month\b", re.I)),
    ("thismonth", re.compile(r"\b(?:early|earlier|late|mid-?)\s*this\s+month\b", re.I)),
]
_REPORTING = re.compile(
    # (not the name part of "Sultan Qaboos bin Said on Monday", "Fahd Al Said")
    r"\b(?:(?<!\bbin )(?<!\bibn )(?<!\bAl )said|says|saying|reported|announced|told|release|statement|"
    r"tweeted|added|posted|published|since|confirmed|stated)\b[^,.;]{0,25}$",
    re.I,
)

_SINCE = re.compile(r"\bsince\b[^,.;]{0,90}$", re.I)
# "His only trip since the invasion was to X in December": the since-phrase ended at the clause's own verb
_SINCE_ENDED = re.compile(
    r"\bsince\s+(?:the|his|her|their|its)\s+(?:(?!(?:that|which|who)\b)[\w'’-]+\s+){0,4}?"
    r"(?:was|were|is|are|has|have|had)\b[^,.;]*$|"
    # "his first visit since taking office with meetings here today": a set phrase, over before the date
    r"\bsince\s+(?:taking|assuming)\s+(?:up\s+)?(?:office|(?:the|his|her|their)\s+(?:post|job|helm|portfolio))"
    r"\s+(?!(?:in|on|at|last|this|earlier|early|late)\b)[a-z][^,.;]*$",
    re.I,
)


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    day: dt.date
    precision: str  # day | month | year
    kind: str
    reporting: bool = False

    def iso(self) -> str:
        return format_date(self.day, self.precision)


def format_date(day: dt.date, precision: str) -> str:
    """YYYY-MM-DD, YYYY-MM or YYYY as the precision allows."""
    return {"day": day.isoformat(), "month": day.isoformat()[:7]}.get(precision, str(day.year))


def _month(token: str) -> int:
    return MONTHS[token.lower()[:3]]


def infer_year(month: int, day: int, ref: dt.date | None) -> dt.date | None:
    """The latest date with this month and day that is not more than a week after the reference."""
    if ref is None:
        return None
    for year in (ref.year + 1, ref.year, ref.year - 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if cand <= ref + dt.timedelta(days=7):
            return cand
    return None


def last_weekday(weekday: int, ref: dt.date) -> dt.date:
    """The latest given weekday on or before the reference day."""
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def _resolve(kind: str, m: re.Match[str], ref: dt.date | None) -> tuple[dt.date, str] | None:
    g = m.groupdict()
    try:
        if kind == "iso":
            return dt.date(int(g["year"]), int(g["m"]), int(g["day"])), "day"
        if kind in ("mdy", "dmy"):
            return dt.date(int(g["year"]), _month(g["mon"]), int(g["day"])), "day"
        if kind == "my":
            return dt.date(int(g["year"]), _month(g["mon"]), 1), "month"
    except ValueError:
        return None
    if kind == "dmyy":
        year = 2000 + int(g["yy"])
        if ref is not None and abs(year - ref.year) > 1:
            return None  # "on 5 June 30 sailors ...": a count, not a year
        try:
            return dt.date(year, _month(g["mon"]), int(g["day"])), "day"
        except ValueError:
            return None
    if kind == "y":
        return dt.date(int(g["year"]), 1, 1), "year"
    if ref is None:
        return None
    if kind in ("md", "dm"):
        day = infer_year(_month(g["mon"]), int(g["day"]), ref)
        return (day, "day") if day else None
    if kind == "m":
        day = infer_year(_month(g["mon"]), 1, ref)
        return (day, "month") if day else None
    if kind == "wd":
        return last_weekday(WEEKDAYS[g["wd"].lower()], ref), "day"
    if kind == "lastmonth":
        return (ref.replace(day=1) - dt.timedelta(days=1)).replace(day=1), "month"
    if kind == "thismonth":
        return ref.replace(day=1), "month"
    offsets = {"today": (0, "day"), "yesterday": (1, "day"), "lastweek": (7, "month")}
    back, precision = offsets[kind]
    return ref - dt.timedelta(days=back), precision


def find(text: str, start: int, end: int, ref: dt.date | None) -> list[DateHit]:
    """Date expressions in text[start:end], earliest first; overlapping weaker matches are dropped."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text, start, end):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            resolved = _resolve(kind, m, ref)
            if resolved is None:
                continue
            before = text[max(start, m.start() - 40) : m.start()]
            reporting = m.group(0).lower().startswith(("since", "until")) or bool(
                _REPORTING.search(before)
                or (
                    _SINCE.search(text[max(start, m.start() - 100) : m.start()])
                    and not _SINCE_ENDED.search(text[max(start, m.start() - 100) : m.start()])
                )
            )
            hits.append(DateHit(m.start(), m.end(), resolved[0], resolved[1], kind, reporting))
            taken.append((m.start(), m.end()))
    return sorted(hits, key=lambda h: h.start)
