"""HTML pages: trafilatura finds the article body, title, date and author. Never touches the network."""
from __future__ import annotations

from datetime import date

import trafilatura

from ..ids import article_id
from ..model import Article
from .published import parse_published


def parse_html(html: str | bytes, url: str | None = None, published: date | None = None,
               source: str | None = None) -> Article:
    """Raises ValueError when the page has no extractable article text."""
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise ValueError("no article text found in the HTML")
    title = (doc.title or "").strip()
    # trafilatura often repeats the headline as the first line of the body.
    first, _, rest = text.partition("\n")
    if title and first.strip() == title and rest.strip():
        text = rest.strip()
    return Article(
        id=article_id(url, text),
        text=text,
        title=title,
        url=url,
        published=parse_published(doc.date) or published,
        source=source or (doc.sitename or None),
        author=doc.author or None,
    )
