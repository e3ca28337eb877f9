"""Split an article into paragraphs and sentences, keeping character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "lt",
    "lieut",  # "Sen. Lieut. Gen. X"
    "ret",  # "Gen. (ret.) X", "Air Marshal (Retd.) X": a retired officer's rank
    "retd",
    "rtd",
    "col",
    "adm",
    "brig",
    "maj",
    "capt",
    "cmdr",
    "cdr",
    "jr",
    "sr",
    "st",
    "sgt",
    "rep",
    "sen",
    "gov",
    "prof",
    "hon",
    "rt",
    "no",
    "vs",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "co",
    "corp",
    "inc",
    "ltd",
    "mt",
    "ft",
}
_BREAK = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_LAST_WORD = re.compile(r"([A-Za-z]+)\.?[\"'”’)]*$")
# (a closing quote ends a sentence only after its punctuation: 'New York "2+2"' is a headline)
_END_PUNCT = re.compile(r"(?:[.!?:;)]|[.!?,:;)][\"'”’]+)\s*$")
_QUOTE_END = re.compile(r"[\"'”’]\s*$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    para: int
    heading: bool


def _is_abbreviation(chunk: str) -> bool:
    """True when the text before a full stop ends in an abbreviation or an initial."""
    m = _LAST_WORD.search(chunk.rstrip()[:-1] if chunk.rstrip().endswith(".") else chunk.rstrip())
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True
    tail = chunk.rstrip()
    if re.search(r"(?:[A-Z]\.){2,}$", tail):
        return True
    return word.lower() in ABBREVIATIONS


def _split_paragraph(text: str, start: int, end: int, para: int, heading: bool) -> list[Sentence]:
    out: list[Sentence] = []
    pos = start
    for m in _BREAK.finditer(text, start, end):
        piece = text[pos : m.start() + 1]
        if text[m.start()] == "." and _is_abbreviation(piece):
            continue
        stop = m.end()
        out.append(Sentence(pos, stop, text[pos:stop], para, heading))
        pos = stop
    if pos < end:
        out.append(Sentence(pos, end, text[pos:end], para, heading))
    return out


def sentences(text: str) -> list[Sentence]:
    """Sentences of the text; a line without closing punctuation is a heading."""
    out: list[Sentence] = []
    para = 0
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip())
        start, end = m.start() + lead, m.start() + len(line.rstrip())
        bullet = line.lstrip()[:1] in "-•*–"
        # (a long line ending in a bare closing quote is still a sentence: '... called it a "new chapter"')
        ended = _END_PUNCT.search(line) or (_QUOTE_END.search(line) and len(line.split()) > 16)
        heading = not bullet and (not ended or len(line.split()) < 6)
        out.extend(_split_paragraph(text, start, end, para, heading))
        para += 1
    return out
