"""Fixtures for the web app: an in-memory store loaded from the hand-written sample articles."""
from __future__ import annotations

import pytest

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
