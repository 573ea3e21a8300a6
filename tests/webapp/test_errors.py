"""One error shape for everything: a real HTML page, or {"error": {...}} for JSON clients."""
from __future__ import annotations

import pytest

from graph.store import QueryError, StoreError, StoreLocked
from webapp import create_app

MISSING = [
    "/person/nobody-at-all",
    "/party/no-such-party",
    "/constituency/atlantis",
    "/election/uk-general-1066",
    "/event/0000000000000000",
    "/article/never-ingested",
    "/person/Not%20A%20Slug",
    "/no/such/route",
    "/office/prime-minister",      # offices have no page of their own
]


@pytest.mark.parametrize("path", MISSING)
def test_404_json_shape(client, path):
    response = client.get(path, headers={"Accept": "application/json"})
    assert response.status_code == 404
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == 404
    assert body["error"]["title"] == "Not Found"
    assert isinstance(body["error"]["detail"], str) and body["error"]["detail"]


@pytest.mark.parametrize("path", MISSING)
def test_404_html_page(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert "<h1>Not Found</h1>" in page
    assert 'class="search"' in page           # the layout, not a bare werkzeug page


def test_404_by_json_suffix(client):
    response = client.get("/person/nobody-at-all.json")
    assert response.status_code == 404
    assert response.get_json()["error"]["status"] == 404


def test_404_detail_names_what_was_missing_and_is_escaped(client):
    response = client.get("/article/%3Cscript%3Ealert(1)")
    assert response.status_code == 404
    page = response.get_data(as_text=True)
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


@pytest.mark.parametrize("query", ["page=0", "page=-1", "page=two", "page=1.5"])
def test_bad_page_parameter_is_400(client, query):
    response = client.get("/articles?" + query, headers={"Accept": "application/json"})
    assert response.status_code == 400
    assert response.get_json()["error"]["title"] == "Bad Request"


def test_wrong_method_keeps_allow_header(client):
    response = client.post("/person/rosie-duffield", headers={"Accept": "application/json"})
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]
    assert response.get_json()["error"]["status"] == 405


class _BrokenStore:
    """Stands in for a store whose every query fails in the given way."""

    def __init__(self, exc):
        self.exc = exc

    def select(self, *args, **kwargs):
        raise self.exc

    select_text = select


@pytest.mark.parametrize("exc, status", [
    (StoreLocked("locked by pid 42"), 503),
    (QueryError("syntax error at line 3"), 500),
    (StoreError("disk on fire"), 500),
])
def test_store_errors_use_the_same_shape(exc, status):
    client = create_app({"STORE": _BrokenStore(exc), "TESTING": True}).test_client()
    response = client.get("/person/rosie-duffield.json")
    assert response.status_code == status
    error = response.get_json()["error"]
    assert error["status"] == status
    # Internals (query text, paths, pids) are not shown to the client.
    assert str(exc) not in error["detail"]
    html = client.get("/person/rosie-duffield")
    assert html.status_code == status and html.mimetype == "text/html"
    assert f'<p class="status">{status}</p>' in html.get_data(as_text=True)
