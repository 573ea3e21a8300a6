"""Template helpers: links to entity pages and evidence highlighting.

They only decide presentation. Highlighting returns plain (text, is_match)
pieces, so the template still escapes every character of article-derived
text itself; nothing here builds HTML.
"""
from __future__ import annotations

import re

from flask import Flask, request, url_for

from graph.views import ENTITY_KINDS


def page_url(item) -> str | None:
    """The URL of an entity's page from its ref dict, or None if it has no page."""
    if not isinstance(item, dict) or item.get("kind") not in ENTITY_KINDS or not item.get("slug"):
        return None
    return url_for("entities.entity", kind=item["kind"], slug=item["slug"])


def article_url(item) -> str | None:
    """The URL of an article page from an article ref dict."""
    if not isinstance(item, dict) or not item.get("id"):
        return None
    return url_for("articles.article", article_id=item["id"])


def web_url(url: str | None) -> str | None:
    """An article's own URL, only if it is http(s): a javascript: or data: URL must never become a live link."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None


def json_url() -> str:
    """This page's JSON twin: the same path with .json (the home page is /index.json)."""
    path = "/index" if request.path == "/" else request.path.rstrip("/")
    query = request.query_string.decode("ascii", "replace")
    return path + ".json" + ("?" + query if query else "")


def segments(sentence: str | None, terms) -> list[tuple[str, bool]]:
    """Split a sentence into (text, matched) pieces, matching any of `terms` case-insensitively.

    Longer terms win over their prefixes ("Rosie Duffield" before "Rosie").
    """
    if not sentence:
        return []
    words = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
    if not words:
        return [(sentence, False)]
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    pieces, pos = [], 0
    for match in pattern.finditer(sentence):
        if match.start() > pos:
            pieces.append((sentence[pos:match.start()], False))
        pieces.append((match.group(0), True))
        pos = match.end()
    if pos < len(sentence):
        pieces.append((sentence[pos:], False))
    return pieces


def register(app: Flask) -> None:
    app.jinja_env.filters["page_url"] = page_url
    app.jinja_env.filters["article_url"] = article_url
    app.jinja_env.filters["segments"] = segments
    app.jinja_env.filters["web_url"] = web_url
    app.jinja_env.globals["json_url"] = json_url
