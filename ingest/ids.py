"""Stable article ids, so re-reading the same input never creates a second article.

The id is a short sha1 of the URL when there is one (the URL is the identity of
a web article), else of the text with whitespace collapsed (so a re-saved file
with different line endings keeps its id).
"""
from __future__ import annotations

import hashlib


def normalise_text(text: str) -> str:
    """Collapse all runs of whitespace: the id must not depend on line endings or wrapping."""
    return " ".join(text.split())


def article_id(url: str | None, text: str) -> str:
    key = url.strip() if url and url.strip() else normalise_text(text)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
