"""PUT/DELETE /store: the Graph Store Protocol subset `hustings ingest` uses while a server holds the store."""
from __future__ import annotations

import io

import pytest

from webapp import create_app

ARTICLE = "https://w3id.org/hustings/id/article/kent-duffield-trigger-ballot-2022"
PERSON = "https://w3id.org/hustings/id/person/rosie-duffield"
NT = "application/n-triples"

NEW_GRAPH = f"""\
<{PERSON}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .
<{PERSON}> <https://schema.org/name> "Rosie Duffield" .
<{PERSON}> <https://schema.org/alternateName> "The Member for Canterbury" .
<{ARTICLE}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle> .
<{ARTICLE}> <https://schema.org/headline> "Rewritten headline \\u00e9" .
"""


def put(client, token, body=NEW_GRAPH, graph=ARTICLE, content_type=NT):
    headers = {"Content-Type": content_type}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return client.put("/store", query_string={"graph": graph} if graph else {}, data=body, headers=headers)


def test_disabled_without_a_configured_token(store, token):
    client = create_app({"STORE": store, "TESTING": True}).test_client()
    assert put(client, token).status_code == 404
    assert client.delete("/store", query_string={"graph": ARTICLE},
                         headers={"Authorization": f"Bearer {token}"}).status_code == 404
    # Nothing changed.
    assert "Rewritten" not in client.get("/article/kent-duffield-trigger-ballot-2022").get_data(as_text=True)


@pytest.mark.parametrize("mangle", [lambda t: None, lambda t: "wrong", lambda t: t + "x", lambda t: t[:-1],
                                    lambda t: "", lambda t: t.upper()])
def test_missing_or_wrong_token_is_403(client, token, mangle):
    response = put(client, mangle(token))
    assert response.status_code == 403
    assert response.get_json() is None or response.get_json()["error"]["status"] == 403
    assert client.get("/article/kent-duffield-trigger-ballot-2022.json").get_json()["title"] == \
        "Rosie Duffield survives trigger ballot"


def test_basic_auth_is_not_accepted(client, token):
    response = client.put("/store", query_string={"graph": ARTICLE}, data=NEW_GRAPH,
                          headers={"Content-Type": NT, "Authorization": f"Basic {token}"})
    assert response.status_code == 403


def test_good_token_replaces_the_graph(client, store, token):
    before = len(store)
    response = put(client, token)
    assert response.status_code == 204
    assert response.data == b""
    assert len(store) < before              # the old article graph is gone, not merged
    article = client.get("/article/kent-duffield-trigger-ballot-2022.json").get_json()
    assert article["title"] == "Rewritten headline \u00e9"
    page = client.get("/article/kent-duffield-trigger-ballot-2022")
    assert "Rewritten headline \u00e9" in page.get_data(as_text=True)   # utf-8 end to end
    assert article["claims"] == []
    person = client.get("/person/rosie-duffield.json").get_json()
    assert "The Member for Canterbury" in person["alternate_names"]
    assert "Ms Duffield" not in person["alternate_names"]   # only the replaced graph said that
    # What the other article says is untouched.
    assert any(f["relation"] == "criticised" for f in person["facts"])


def test_put_is_idempotent(client, store, token):
    assert put(client, token).status_code == 204
    size = len(store)
    assert put(client, token).status_code == 204
    assert len(store) == size


@pytest.mark.parametrize("body", ["this is not n-triples", "<a> <b> <c> .", f'<{PERSON}> <http://x/p> "unterminated .'])
def test_unparsable_body_is_400_and_changes_nothing(client, store, token, body):
    before = len(store)
    response = put(client, token, body=body)
    assert response.status_code == 400
    detail = response.get_json()["error"]["detail"]
    assert "N-Triples" in detail
    assert len(store) == before


def test_non_utf8_body_is_400(client, token):
    assert put(client, token, body=b"<http://a/s> <http://a/p> \"\xff\" .\n").status_code == 400


@pytest.mark.parametrize("graph", [None, "not an iri", "relative/path", "http://exa mple.org/g"])
def test_bad_graph_parameter_is_400(client, token, graph):
    assert put(client, token, graph=graph).status_code == 400


def test_wrong_content_type_is_415(client, token):
    assert put(client, token, content_type="text/turtle").status_code == 415


def test_body_size_limit(app, client, token):
    app.config["MAX_WRITE_BYTES"] = 100
    response = put(client, token)
    assert response.status_code == 413
    assert response.get_json()["error"]["status"] == 413


def test_delete_drops_the_graph(client, token):
    headers = {"Authorization": f"Bearer {token}"}
    response = client.delete("/store", query_string={"graph": ARTICLE}, headers=headers)
    assert response.status_code == 204
    assert client.get("/article/kent-duffield-trigger-ballot-2022").status_code == 404
    assert client.get("/person/anna-firth").status_code == 404       # only that article knew her
    assert client.get("/person/rosie-duffield").status_code == 200   # the other article still does
    again = client.delete("/store", query_string={"graph": ARTICLE}, headers=headers)
    assert again.status_code == 404


def test_delete_needs_the_token(client):
    assert client.delete("/store", query_string={"graph": ARTICLE}).status_code == 403
    assert client.get("/article/kent-duffield-trigger-ballot-2022").status_code == 200


def test_body_without_length_is_refused_not_read_as_empty(client, store, token):
    before = len(store)
    response = client.put("/store", query_string={"graph": ARTICLE}, input_stream=io.BytesIO(NEW_GRAPH.encode()),
                          headers={"Content-Type": NT, "Authorization": f"Bearer {token}",
                                   "Transfer-Encoding": "chunked"})
    assert response.status_code == 411
    assert len(store) == before


def test_empty_body_empties_the_graph(client, token):
    """An empty N-Triples document is a valid, empty graph (Graph Store Protocol semantics)."""
    response = client.put("/store", query_string={"graph": ARTICLE}, data=b"",
                          headers={"Content-Type": NT, "Authorization": f"Bearer {token}"},
                          environ_overrides={"CONTENT_LENGTH": "0"})   # what a real client sends
    assert response.status_code == 204
    assert client.get("/article/kent-duffield-trigger-ballot-2022").status_code == 404


@pytest.mark.parametrize("method", ["get", "put", "delete", "post"])
def test_no_trace_of_the_endpoint_when_disabled(store, method):
    client = create_app({"STORE": store, "TESTING": True}).test_client()
    assert getattr(client, method)("/store", query_string={"graph": ARTICLE}).status_code == 404
