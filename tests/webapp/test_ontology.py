"""/ontology: Turtle for RDF clients, a readable page for browsers, JSON for programs."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from graph.vocab import HUST


@pytest.mark.parametrize("how", [
    {"path": "/ontology", "headers": {"Accept": "text/turtle"}},
    {"path": "/ontology", "headers": {"Accept": "text/turtle, application/rdf+xml;q=0.9, */*;q=0.1"}},
    {"path": "/ontology.ttl", "headers": {}},
])
def test_turtle_for_rdf_clients(client, how):
    response = client.get(how["path"], headers=how["headers"])
    assert response.status_code == 200
    assert response.mimetype == "text/turtle"
    g = Graph().parse(data=response.get_data(as_text=True), format="turtle")
    assert (URIRef(str(HUST.Candidacy)), RDF.type, OWL.Class) in g
    assert len(g) > 20


@pytest.mark.parametrize("accept", [None, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*"])
def test_html_for_browsers(client, accept):
    response = client.get("/ontology", headers={"Accept": accept} if accept else {})
    assert response.mimetype == "text/html"
    body = response.get_data(as_text=True)
    assert "hust:Candidacy" in body and "hust:evidenceText" in body
    assert 'href="/ontology.ttl"' in body


def test_json_lists_terms(client):
    data = client.get("/ontology.json").get_json()
    classes = {t["name"] for t in data["classes"]}
    properties = {t["name"] for t in data["properties"]}
    assert {"Election", "Candidacy", "Claim", "Constituency"} <= classes
    assert {"majority", "evidenceText", "former"} <= properties
    assert not classes & properties
