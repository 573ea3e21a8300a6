"""Shared fixtures: the spaCy pipeline is loaded once per test session; ../shared paths skip when absent.

`run` and `facts` are the two helpers every extraction test wants: extract a
short text written for the test, and read its facts as gold-schema tuples.
"""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"


@pytest.fixture(scope="session")
def nlp():
    from ingest.nlp import load
    return load()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED


@pytest.fixture(scope="session")
def run(nlp):
    """`run(text, published=None)` -> the Extraction of a text written for a test."""
    from ingest.extract import extract
    from ingest.model import Article

    def run(text: str, published=None):
        return extract(Article(id="t", text=text, title="Test story", published=published), nlp)
    return run


@pytest.fixture(scope="session")
def facts():
    """`facts(extraction)` -> its facts as gold-schema tuples, for `in` checks."""
    def facts(extraction) -> set[tuple]:
        return {tuple(f.to_gold()) for f in extraction.facts}
    return facts
