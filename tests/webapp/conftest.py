"""Fixtures for the web app: an in-memory store loaded from the hand-written sample articles."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

# Plain `pytest` (unlike `python -m pytest`) does not put the project root on
# sys.path, while tests/conftest.py puts tests/ there; the bare name `webapp`
# would then resolve to this test folder (a namespace package) instead of the
# real package. A regular package anywhere on the path wins, so add the root.
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from fixtures import sample_extractions
from graph.record import save_extraction
from graph.store import Store
from webapp import create_app

TOKEN = "s3cret-token-for-tests"


@pytest.fixture
def store():
    """Both sample articles (2022 trigger ballot, 2024 resignation) in a fresh in-memory store."""
    s = Store.open(None)
    for extraction in sample_extractions():
        save_extraction(s, extraction)
    yield s
    s.close()


@pytest.fixture
def token():
    """The write token the `app` fixture is configured with."""
    return TOKEN


@pytest.fixture
def app(store):
    return create_app({"STORE": store, "TESTING": True, "WRITE_TOKEN": TOKEN})


@pytest.fixture
def client(app):
    return app.test_client()
