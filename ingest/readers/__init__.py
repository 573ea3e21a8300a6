"""Readers: files, directories, feeds and URLs in; `Article`s (or `ReadError`s) out.

`read_path` is the one entry point. It yields a `ReadError` for each item it
cannot read and carries on, so a batch ingest reports every bad article
instead of stopping at the first.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..model import Article
from .errors import ReadError
from .feeds import parse_feed
from .html import parse_html
from .jsonl import read_jsonl_file
from .text import parse_text, read_text_file
from .web import read_url

TEXT = {".txt"}
JSONL = {".jsonl"}
HTML = {".html", ".htm"}
FEEDS = {".xml", ".rss", ".atom"}
SUPPORTED = TEXT | JSONL | HTML | FEEDS

__all__ = ["Article", "ReadError", "read_path", "read_paths", "parse_text", "parse_html", "SUPPORTED"]


def read_path(path, published: date | None = None) -> Iterator[Article | ReadError]:
    """Read a file, a directory (recursively, in sorted order) or an http(s) URL.

    `published` is the publication date to use when the input gives none
    (the CLI's --published); a date the input carries itself wins, so one
    flag can date the bare files of a mixed batch without touching the rest.
    """
    name = str(path)
    if name.startswith(("http://", "https://")):
        yield from read_url(name, published)
        return
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED)
        for f in files:
            yield from _read_file(f, published)
        return
    if not p.exists():
        yield ReadError(name, "no such file or directory")
        return
    yield from _read_file(p, published)


def read_paths(paths, published: date | None = None) -> Iterator[Article | ReadError]:
    for path in paths:
        yield from read_path(path, published)


def _read_file(path: Path, published: date | None) -> Iterator[Article | ReadError]:
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL:
            yield from read_jsonl_file(path, published)
        elif suffix in TEXT:
            article = read_text_file(path, published)
            yield article if article.text else ReadError(str(path), "empty article")
        elif suffix in HTML:
            yield parse_html(path.read_bytes(), published=published)
        elif suffix in FEEDS:
            yield from parse_feed(path.read_bytes(), str(path), published)
        else:
            yield ReadError(str(path), f"unsupported file type {suffix or '(none)'}")
    except (OSError, ValueError, UnicodeError) as exc:
        yield ReadError(str(path), str(exc))
