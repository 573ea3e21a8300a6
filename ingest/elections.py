"""Elections named in the text, labelled the way the gold data labels them.

"2017 general election", "next general election" (year unknown), "2004
Hartlepool by-election", "2004 European Parliament election". UK general
election years are a fixed list, so "won the seat in 2017" can be read as
the 2017 general election while "won the seat in 2016" cannot.
"""
from __future__ import annotations

import re

from .dates import YEAR_RE
from .model import Election

GENERAL_ELECTION_YEARS = {1945, 1950, 1951, 1955, 1959, 1964, 1966, 1970, 1974, 1979, 1983, 1987, 1992,
                          1997, 2001, 2005, 2010, 2015, 2017, 2019, 2024}

_PATTERNS = [
    (re.compile(rf"\b{YEAR_RE}(?:'s)? (?:UK |British |snap )?general election", re.I), "general"),
    (re.compile(rf"\bgeneral election (?:of|in) {YEAR_RE}\b", re.I), "general"),
    (re.compile(rf"\bsnap election (?:of|in) {YEAR_RE}\b", re.I), "general"),
    (re.compile(r"\b(?:next|forthcoming|coming|upcoming|expected|looming|impending) (?:general )?election\b", re.I), "next"),
    (re.compile(r"\bthe general election\b", re.I), "next"),
    (re.compile(rf"\b(?:{YEAR_RE} )?European (?:Parliament )?elections?\b(?: (?:of|in) {YEAR_RE})?", re.I), "european"),
]


def general_election(year: int) -> Election:
    return Election(f"{year} general election", year)


def next_general_election() -> Election:
    return Election("next general election", None)


def by_election(year: int | None, seat: str | None) -> Election:
    words = [str(year)] if year else []
    if seat:
        words.append(seat)
    return Election(" ".join(words + ["by-election"]), year)


def find_elections(text: str) -> list[Election]:
    """Every election the text names, once each, in order of first mention."""
    found: dict[str, Election] = {}
    for pattern, kind in _PATTERNS:
        for m in pattern.finditer(text):
            years = [int(g) for g in m.groups() if g]
            if kind == "general":
                e = general_election(years[0])
            elif kind == "next":
                e = next_general_election()
            else:
                e = Election(f"{years[0]} European Parliament election" if years else "European Parliament election",
                             years[0] if years else None)
            found.setdefault(e.label, (m.start(), e))
    for m in re.finditer(rf"\b{YEAR_RE} by-election", text):
        e = by_election(int(m.group(1)), None)
        found.setdefault(e.label, (m.start(), e))
    return [e for _, e in sorted(found.values(), key=lambda pair: pair[0])]
