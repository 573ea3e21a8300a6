"""Temporal expressions against a fixed publication date: right value, right precision, nothing invented."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.dates import resolve

PUB = date(2022, 7, 15)   # a Friday


@pytest.mark.parametrize("text, iso, precision", [
    ("five years ago", "2017", "year"),
    ("in January", "2022-01", "month"),
    ("in September", "2021-09", "month"),          # a month after publication is last year's
    ("last night", "2022-07-14", "day"),
    ("yesterday", "2022-07-14", "day"),
    ("today", "2022-07-15", "day"),
    ("on Tuesday", "2022-07-12", "day"),
    ("last year", "2021", "year"),
    ("next year", "2023", "year"),
    ("three months ago", "2022-04", "month"),
    ("for the past two years", "2020", "year"),
    ("in 2017", "2017", "year"),
    ("December 1996", "1996-12", "month"),
    ("15 July 2022", "2022-07-15", "day"),
])
def test_resolved_with_precision(text, iso, precision):
    ref = resolve(text, PUB)
    assert (ref.date, ref.precision, ref.text) == (iso, precision, text)


@pytest.mark.parametrize("text", ["the 1990s", "recently", "in the past", "some time soon", "May"])
def test_unresolvable_kept_as_text(text):
    ref = resolve(text, PUB)
    assert ref.date is None and ref.precision is None and ref.text == text


@pytest.mark.parametrize("text", ["five years ago", "last night", "in January", "on Tuesday"])
def test_relative_without_publication_date_is_not_invented(text):
    ref = resolve(text, None)
    assert ref.date is None and ref.text == text


def test_absolute_dates_need_no_publication_date():
    assert resolve("in 2001", None).date == "2001"
    assert resolve("December 1996", None).precision == "month"
