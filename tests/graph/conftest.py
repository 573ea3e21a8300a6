"""Fixtures for graph/ tests: an in-memory store, the hand-built extractions, a store loaded with both."""
from datetime import datetime, timezone

import pytest

from fixtures import extraction_2024, sample_extraction, sample_extractions
from graph.record import save_extraction
from graph.store import Store

INGESTED_AT = datetime(2024, 10, 1, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def store():
    s = Store.open(None)
    yield s
    s.close()


@pytest.fixture
def extraction():
    return sample_extraction()


@pytest.fixture
def extraction2():
    return extraction_2024()


@pytest.fixture
def loaded(store):
    """The in-memory store holding both fixture articles."""
    for x in sample_extractions():
        save_extraction(store, x, INGESTED_AT)
    return store
