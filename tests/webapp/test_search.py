"""Name search: case-insensitive, over the four kinds of named thing, with the term bound as a parameter."""
from __future__ import annotations

import pytest


def names(client, q):
    response = client.get("/search.json", query_string={"q": q})
    assert response.status_code == 200
    data = response.get_json()
    assert data["q"] == q.strip()
    return {(r["name"], r["type"]) for r in data["results"]}


@pytest.mark.parametrize("q", ["duffield", "DUFFIELD", "  Duff ", "rosie d"])
def test_case_insensitive_substring(client, q):
    assert names(client, q) == {("Rosie Duffield", "Person")}


def test_matches_every_kind(client):
    assert names(client, "labour") == {("Labour Party", "Party")}
    assert names(client, "whitstable") == {("Canterbury and Whitstable", "Constituency")}
    assert names(client, "2019") == {("2019 general election", "Election")}
    assert ("Conservative Party", "Party") in names(client, "party")


def test_matches_alternate_names(client):
    assert names(client, "Mr Brazier") == {("Julian Brazier", "Person")}


def test_results_link_to_pages(client):
    results = client.get("/search.json?q=brazier").get_json()["results"]
    assert [(r["kind"], r["slug"]) for r in results] == [("person", "julian-brazier")]
    body = client.get("/search?q=brazier").get_data(as_text=True)
    assert 'href="/person/julian-brazier"' in body
    assert 'value="brazier"' in body          # the box keeps the term


@pytest.mark.parametrize("q", ['"', "') } UNION { ?s ?p ?o } #", "\\", "?q", "%", "}}"])
def test_syntax_in_the_term_is_just_text(client, q):
    assert names(client, q) == set()


def test_no_match_and_empty_query(client):
    assert names(client, "zzzz") == set()
    assert names(client, "") == set()
    assert "Nothing in the graph matches" in client.get("/search?q=zzzz").get_data(as_text=True)


def test_overlong_query_is_400(client):
    response = client.get("/search.json", query_string={"q": "x" * 201})
    assert response.status_code == 400
    assert response.get_json()["error"]["status"] == 400
