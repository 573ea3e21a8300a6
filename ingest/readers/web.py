"""Fetch one http(s) URL with a timeout and a size cap, then read it as HTML (or as a feed)."""
from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from datetime import date

from ..model import Article
from .errors import ReadError
from .feeds import parse_feed
from .html import parse_html

TIMEOUT = 20              # seconds
MAX_BYTES = 5_000_000     # a news page is far smaller; anything bigger is not an article
USER_AGENT = "hustings-ingest (+https://example.invalid/hustings)"


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> tuple[bytes, str]:
    """Return (body, content type). Raises ValueError when the body is over the cap."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        body = response.read(max_bytes + 1)
        kind = response.headers.get("Content-Type", "")
    if len(body) > max_bytes:
        raise ValueError(f"response larger than {max_bytes} bytes")
    return body, kind


def read_url(url: str, published: date | None = None) -> Iterator[Article | ReadError]:
    try:
        body, kind = fetch(url)
    except (OSError, ValueError) as exc:       # URLError, HTTPError and timeouts are OSErrors
        yield ReadError(url, f"fetch failed: {exc}")
        return
    if any(k in kind for k in ("rss", "atom", "/xml")):
        yield from parse_feed(body, url, published)
        return
    try:
        yield parse_html(body, url=url, published=published)
    except ValueError as exc:
        yield ReadError(url, str(exc))
