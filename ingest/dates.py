"""Temporal expressions resolved against the publication date, with the precision the words support.

"five years ago" gives a year, "in January" a month, "last night" a day. An
expression that cannot be pinned down ("the 1990s", "recently") or that is
relative while the article has no publication date keeps its words and gets no
date: we never invent one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
           "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
           "a couple of": 2, "a few": None}

MONTH_RE = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
YEAR_RE = r"(1[89]\d\d|20\d\d)"
NUM_RE = r"(\d+|a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
UNIT_RE = r"(year|month|week|day)s?"


@dataclass(frozen=True)
class TimeRef:
    text: str                     # the words as written
    date: str | None = None       # ISO 8601 truncated to the precision: "2017", "2022-01", "2022-07-14"
    precision: str | None = None  # "year", "month" or "day"; None when unresolved

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None


def _iso(d: date, precision: str) -> str:
    return {"year": f"{d.year:04d}", "month": f"{d.year:04d}-{d.month:02d}"}.get(precision, d.isoformat())


def _shift_months(d: date, months: int) -> date:
    total = d.year * 12 + (d.month - 1) + months
    return date(total // 12, total % 12 + 1, 1)


def _number(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS.get(word)


def _absolute(t: str) -> TimeRef | None:
    """Calendar dates written out in full need no publication date."""
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {MONTH_RE},? {YEAR_RE}\b", t)
    if m:
        return _make_day(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
    m = re.search(rf"\b{MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?,? {YEAR_RE}\b", t)
    if m:
        return _make_day(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2)))
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return _make_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(rf"\b{MONTH_RE},? {YEAR_RE}\b", t)
    if m:
        return TimeRef("", f"{int(m.group(2)):04d}-{MONTHS[m.group(1)]:02d}", "month")
    if re.search(rf"\b{YEAR_RE}s\b", t):          # "the 1990s": a decade is not a year
        return TimeRef("")
    m = re.search(rf"(?<![\d,.£$])\b{YEAR_RE}\b(?![\d,])", t)
    if m:
        return TimeRef("", m.group(1), "year")
    return None


def _make_day(year: int, month: int, day: int) -> TimeRef:
    try:
        return TimeRef("", date(year, month, day).isoformat(), "day")
    except ValueError:
        return TimeRef("")


def _relative(t: str, pub: date) -> TimeRef | None:
    """Expressions that only mean something against the publication date."""
    if re.search(r"\b(last night|yesterday)\b", t):
        return TimeRef("", (pub - timedelta(days=1)).isoformat(), "day")
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", t):
        return TimeRef("", pub.isoformat(), "day")
    if re.search(r"\btomorrow\b", t):
        return TimeRef("", (pub + timedelta(days=1)).isoformat(), "day")
    m = re.search(rf"\b{NUM_RE} {UNIT_RE} ago\b", t) or re.search(rf"\b(?:the )?(?:past|last) {NUM_RE} {UNIT_RE}\b", t)
    if m:
        n, unit = _number(m.group(1)), m.group(2)
        if n is None:
            return TimeRef("")
        if unit == "year":
            return TimeRef("", f"{pub.year - n:04d}", "year")
        if unit == "month":
            return TimeRef("", _iso(_shift_months(pub, -n), "month"), "month")
        if unit == "week":
            return TimeRef("", _iso(pub - timedelta(weeks=n), "month"), "month")
        return TimeRef("", (pub - timedelta(days=n)).isoformat(), "day")
    m = re.search(r"\b(this|last|next|a) (year|month)( ago)?\b", t)
    if m:
        step = {"this": 0, "last": -1, "next": 1, "a": -1}[m.group(1)]
        if m.group(1) == "a" and not m.group(3):
            return None
        if m.group(2) == "year":
            return TimeRef("", f"{pub.year + step:04d}", "year")
        return TimeRef("", _iso(_shift_months(pub, step), "month"), "month")
    m = re.search(r"\b(last |on |this |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", t)
    if m:
        back = (pub.weekday() - WEEKDAYS[m.group(2)]) % 7
        if (m.group(1) or "").strip() == "next":
            ahead = (WEEKDAYS[m.group(2)] - pub.weekday()) % 7 or 7
            return TimeRef("", (pub + timedelta(days=ahead)).isoformat(), "day")
        if (m.group(1) or "").strip() == "last" and back == 0:
            back = 7
        return TimeRef("", (pub - timedelta(days=back)).isoformat(), "day")
    m = re.search(rf"\b(?:in |last |this )?{MONTH_RE}\b", t)
    # "May" alone is more often Theresa May than the month: only "in/last/this May" count.
    if m and (m.group(1) != "may" or re.search(r"\b(in|last|this) may\b", t)):
        month = MONTHS[m.group(1)]
        year = pub.year if month <= pub.month else pub.year - 1
        if t.startswith("last ") and month == pub.month:
            year -= 1
        return TimeRef("", f"{year:04d}-{month:02d}", "month")
    return None


def resolve(expression: str, published: date | None = None) -> TimeRef:
    """Resolve one temporal expression. The result always keeps `expression` as its text."""
    t = " ".join(expression.lower().replace("’", "'").split())
    found = _absolute(t)
    if found is None and published is not None:
        found = _relative(t, published)
    if found is None or found.date is None:
        return TimeRef(expression)
    return TimeRef(expression, found.date, found.precision)
