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

    Longer terms win over their prefixes ("Rosie Duffield" before "Rosie"), and
    only whole words match.
    """
    if not sentence:
        return []
    words = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
    if not words:
        return [(sentence, False)]
    # Whole words only: "MP" must not light up the "mp" in "compared".
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
    pieces, pos = [], 0
    for match in pattern.finditer(sentence):
        if match.start() > pos:
            pieces.append((sentence[pos:match.start()], False))
        pieces.append((match.group(0), True))
        pos = match.end()
    if pos < len(sentence):
        pieces.append((sentence[pos:], False))
    return pieces


def terms_for(refs, mentions: dict | None = None) -> list[str]:
    """Names to highlight for some entity refs: each name, plus the other names the article uses for it."""
    others = {}
    for items in (mentions or {}).values():
        for item in items:
            others[item.get("iri")] = item.get("alternate_names") or []
    terms = []
    for item in refs:
        if isinstance(item, dict) and item.get("name"):
            terms.append(item["name"])
            terms.extend(others.get(item.get("iri"), []))
    return terms


def figure(value):
    """A bare whole number as a reporter writes it ("1836" -> "1,836"); anything else unchanged.

    Only for values known to be counts (a majority), since "2017" may be a year."""
    if isinstance(value, str) and value.isdigit():
        return f"{int(value):,}"
    return value


def runs(items, key: str) -> list[tuple]:
    """Group consecutive items by item[key], keeping their order (Jinja's groupby sorts by the key)."""
    groups: list[tuple] = []
    for item in items or []:
        value = item.get(key) if isinstance(item, dict) else None
        if groups and groups[-1][0] == value:
            groups[-1][1].append(item)
        else:
            groups.append((value, [item]))
    return groups


def fact_id(fact) -> str:
    """A stable anchor for one fact on an entity page: relation, direction and the other end's slug or text."""
    other = fact.get("other") or {}
    key = other.get("slug") or re.sub(r"[^a-z0-9]+", "-", (other.get("name") or "").lower()).strip("-")
    qualifier = (fact.get("qualifier") or {}).get("slug")
    parts = ["fact", fact.get("relation") or "", fact.get("direction") or "", key or "x"]
    if qualifier:
        parts.append(qualifier)
    if fact.get("former"):
        parts.append("former")
    return "-".join(p for p in parts if p)


def timestamp(value: str | None) -> str:
    """An ISO date-time as "2024-09-29 18:02 UTC" (minutes are enough for an ingest time)."""
    if not value or len(value) < 16 or value[10] != "T":
        return value or ""
    return value[:10] + " " + value[11:16] + (" UTC" if value.endswith(("Z", "+00:00")) else "")


def register(app: Flask) -> None:
    app.jinja_env.filters["page_url"] = page_url
    app.jinja_env.filters["article_url"] = article_url
    app.jinja_env.filters["segments"] = segments
    app.jinja_env.filters["web_url"] = web_url
    app.jinja_env.filters["terms_for"] = terms_for
    app.jinja_env.filters["timestamp"] = timestamp
    app.jinja_env.filters["figure"] = figure
    app.jinja_env.filters["fact_id"] = fact_id
    app.jinja_env.filters["runs"] = runs
    app.jinja_env.globals["json_url"] = json_url
