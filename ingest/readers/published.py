"""Turn the many spellings of a publication date into a `date` (or None, never a guess)."""
from __future__ import annotations

import re
from datetime import date, datetime

import dateparser


def parse_published(value) -> date | None:
    """ISO strings are read exactly; other spellings ("15 July 2022") go through dateparser.

    Anything that cannot be read as a calendar day gives None: a wrong
    publication date would shift every relative date in the article.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if re.match(r"^\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    parsed = dateparser.parse(text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None
