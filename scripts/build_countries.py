"""Build app/reference/countries.csv from pycountry plus the hand-curated aliases.

Every ISO 3166-1 country comes from pycountry. app/reference/country_aliases.csv
(columns iso3,name,aliases,demonyms; lists '|'-separated; edited by hand) adds, per
country, an optional `name` override (the common English short name), the other
names articles use (official name, common names, abbreviations; never capital-city
metonyms such as "Beijing" or "the Kremlin") and demonyms.

Output columns: iso3,iso2,name,aliases,demonyms. `aliases` always starts with the
name itself, then the curated aliases, then pycountry's own names (inverted forms
such as "Korea, Republic of" and parenthesised ones are left out).

Usage:
    python scripts/build_countries.py           # (re)write app/reference/countries.csv
    python scripts/build_countries.py --check   # exit 1 if the committed file is stale
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pycountry

# "Korea, Republic of", "Congo, The Democratic Republic of the", "Virgin Islands, U.S.", ...
INVERTED = re.compile(r",\s*(.*\bof( the)?|Province of .*|British|U\.S\.)$")

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_DIR = ROOT / "app" / "reference"
CURATED = REFERENCE_DIR / "country_aliases.csv"
OUTPUT = REFERENCE_DIR / "countries.csv"
FIELDS = ("iso3", "iso2", "name", "aliases", "demonyms")


@dataclass(frozen=True)
class Curated:
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _dedupe(values: Iterable[str]) -> list[str]:
    """Keep the first spelling of each value, compared case-insensitively."""
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        key = v.casefold()
        if v and key not in seen:
            seen.add(key)
            out.append(v)
    return out


def _usable(name: str | None) -> str | None:
    """A pycountry name as articles would write it, or None for inverted/parenthesised forms."""
    if not name:
        return None
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    if INVERTED.search(name) or "(" in name:
        return None
    return name


def load_curated(path: Path = CURATED) -> dict[str, Curated]:
    known = {c.alpha_3 for c in pycountry.countries}
    out: dict[str, Curated] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            iso3 = row["iso3"].strip().upper()
            if iso3 not in known:
                raise SystemExit(f"{path.name}: {iso3} is not an ISO 3166-1 alpha-3 code")
            if iso3 in out:
                raise SystemExit(f"{path.name}: {iso3} appears twice")
            out[iso3] = Curated(
                name=(row.get("name") or "").strip(),
                aliases=_split(row.get("aliases")),
                demonyms=_split(row.get("demonyms")),
            )
    return out


def build_rows(curated: dict[str, Curated]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        extra = curated.get(country.alpha_3, Curated("", (), ()))
        common = getattr(country, "common_name", None)
        official = getattr(country, "official_name", None)
        name = extra.name or common or country.name
        if INVERTED.search(name):
            raise SystemExit(f"{country.alpha_3}: name {name!r} is inverted; add a name override")
        pycountry_names = [_usable(n) for n in (common, country.name, official)]
        aliases = _dedupe([name, *extra.aliases, *(n for n in pycountry_names if n)])
        rows.append(
            {
                "iso3": country.alpha_3,
                "iso2": country.alpha_2,
                "name": name,
                "aliases": "|".join(aliases),
                "demonyms": "|".join(_dedupe(extra.demonyms)),
            }
        )
    return rows


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed CSV is out of date")
    args = parser.parse_args(argv)
    text = render(build_rows(load_curated()))
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            sys.stderr.write(f"{OUTPUT.relative_to(ROOT)} is stale: run scripts/build_countries.py\n")
            return 1
        sys.stdout.write(f"{OUTPUT.relative_to(ROOT)} is up to date\n")
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    sys.stdout.write(f"wrote {OUTPUT.relative_to(ROOT)}: {text.count(chr(10)) - 1} countries\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
