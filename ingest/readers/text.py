"""Plain-text articles.

Layout: optional header lines at the very top (`Title:`, `Date:` or
`Published:`, `URL:`, `Source:`, `Author:`), a blank line, then the body.

Without headers the first line is taken as the title when it is short (at most
200 characters) and more text follows: that is how news dumps such as the BBC
corpus are laid out. A one-line file is all body and has no title. Site
furniture pasted above the story ("More on KentOnline", "Advertisement", a
menu line) is dropped first; if the line after it reads as a sentence (ends
with a full stop) it is the story's first paragraph and there is no title.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ..ids import article_id
from ..model import Article
from .published import parse_published

HEADER = re.compile(r"^(title|date|published|url|source|author)\s*:\s*(.*)$", re.IGNORECASE)
MAX_TITLE = 200


# Site furniture that copy-and-paste brings along above a story: "More on KentOnline", "Read more",
# "Advertisement", "Skip to content", "Share this article", or a menu ("Home | News | Sport").
BOILERPLATE = re.compile(
    r"^((more (on|from)|read (more|next)|skip to|share (this|on)|sign (in|up)|log ?in|related (stories|articles)"
    r"|most (read|popular)|follow us|you (may|might) also like)\b.*"
    r"|home|menu|close|accept( all)?( cookies)?|cookies|advertisement|advert|sponsored|subscribe)[.:!]?$",
    re.IGNORECASE)
MENU_SEPARATORS = re.compile(r"\s[|›»•>]\s")
MAX_BOILERPLATE_WORDS = 6


def is_boilerplate(line: str) -> bool:
    """A short first line that is site furniture, not a headline."""
    line = line.strip()
    if not line or len(line.split()) > MAX_BOILERPLATE_WORDS * 2:
        return False
    if len(MENU_SEPARATORS.findall(line)) >= 2:
        return True
    return len(line.split()) <= MAX_BOILERPLATE_WORDS and bool(BOILERPLATE.match(line))


def split_headers(raw: str) -> tuple[dict, str]:
    """Read `Key: value` lines until the first blank line; return (headers, body).

    Only counts as a header block when every line before the blank line is a
    known header, so a body that starts "Date: the committee met..." is not eaten.
    """
    lines = raw.splitlines()
    headers: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if headers:
                return headers, "\n".join(lines[i + 1:])
            break
        m = HEADER.match(line.strip())
        if not m:
            break
        key = m.group(1).lower()
        headers["published" if key == "date" else key] = m.group(2).strip()
    return {}, raw


def parse_text(raw: str, source: str | None = None, published: date | None = None) -> Article:
    """Build an Article from the contents of a .txt file. `published` is the fallback when the headers give no date."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    headers, body = split_headers(raw)
    title = headers.get("title", "")
    body = body.strip("\n")
    if not headers:
        skipped = 0
        while skipped < 3 and is_boilerplate(body.partition("\n")[0]) and body.partition("\n")[2].strip():
            body = body.partition("\n")[2].strip("\n")
            skipped += 1
        first, _, rest = body.partition("\n")
        # after site furniture, a line that ends like a sentence is the story's first paragraph, not a headline
        headline = not (skipped and first.rstrip().endswith((".", ".\u201d", '."')))
        if rest.strip() and 0 < len(first.strip()) <= MAX_TITLE and headline:
            title, body = first.strip(), rest.strip("\n")
    text = body.strip()
    url = headers.get("url") or None
    when = parse_published(headers.get("published")) or published
    return Article(
        id=article_id(url, text),
        text=text,
        title=title,
        url=url,
        published=when,
        source=headers.get("source") or source,
        author=headers.get("author") or None,
    )


def read_text_file(path: Path, published: date | None = None) -> Article:
    return parse_text(path.read_text(encoding="utf-8", errors="replace"), published=published)
