"""JSON Lines articles in the corpus schema: id, title, text, published, url, source.

Each line is read on its own, so a malformed line becomes a ReadError (with its
line number) and the lines after it are still read.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..ids import article_id
from ..model import Article
from .errors import ReadError
from .published import parse_published


def parse_record(obj, published: date | None = None) -> Article:
    """One decoded line -> Article; raises ValueError with a readable reason when it is not an article."""
    if not isinstance(obj, dict):
        raise ValueError("line is not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("missing or empty 'text'")
    url = obj.get("url") or None
    own_id = obj.get("id")
    return Article(
        id=str(own_id) if own_id not in (None, "") else article_id(url, text),
        text=text,
        title=str(obj.get("title") or ""),
        url=url,
        published=parse_published(obj.get("published")) or published,
        source=obj.get("source") or None,
        author=obj.get("author") or None,
    )


def read_jsonl_file(path: Path, published: date | None = None) -> Iterator[Article | ReadError]:
    with open(path, encoding="utf-8", errors="replace") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield parse_record(json.loads(line), published)
            except (ValueError, TypeError) as exc:   # json.JSONDecodeError is a ValueError
                yield ReadError(str(path), f"bad article: {exc}", line=number)
