"""RSS and Atom feed files: every entry becomes an article (its content, else its summary)."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser

import feedparser

from ..ids import article_id
from ..model import Article
from .errors import ReadError


class _TextOnly(HTMLParser):
    """Feed bodies are HTML fragments; keep the words, put paragraph breaks back."""

    BLOCKS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"}

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(fragment: str) -> str:
    parser = _TextOnly()
    parser.feed(fragment or "")
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines if line)


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def parse_feed(data: bytes | str, source_name: str, published: date | None = None) -> Iterator[Article | ReadError]:
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = str(feed.get("bozo_exception") or "no entries")
        yield ReadError(source_name, f"not a readable RSS/Atom feed: {reason}")
        return
    feed_title = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, start=1):
        body = ""
        if entry.get("content"):
            body = html_to_text(entry.content[0].get("value", ""))
        if not body:
            body = html_to_text(entry.get("summary", ""))
        if not body.strip():
            yield ReadError(source_name, f"feed entry {number} has no text")
            continue
        url = entry.get("link") or None
        yield Article(
            id=article_id(url, body),
            text=body,
            title=html_to_text(entry.get("title", "")),
            url=url,
            published=_entry_date(entry) or published,
            source=feed_title,
            author=entry.get("author") or None,
        )
