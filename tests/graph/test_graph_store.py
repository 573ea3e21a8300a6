"""The store: atomic graph replacement, parameter binding, SPARQL serialisation, exports, locking, stats."""
import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from graph import ids
from graph.store import FormatError, QueryError, Store, StoreError, StoreLocked

G1 = "https://w3id.org/hustings/id/article/test-1"
G2 = "https://w3id.org/hustings/id/article/test-2"
EX = "https://example.org/"
NAME = URIRef("https://schema.org/name")


def triples(*pairs):
    return [(URIRef(EX + s), NAME, Literal(o)) for s, o in pairs]


def names(store):
    return sorted(r["n"] for r in store.select_text("SELECT ?n WHERE { ?s schema:name ?n }"))


# ------------------------------------------------------------------ graphs

def test_put_graph_round_trip(store):
    store.put_graph(G1, triples(("a", "Alpha"), ("b", "Beta")))
    store.put_graph(G2, triples(("c", "Gamma")))
    assert len(store) == 3
    assert store.graphs() == [G1, G2]
    assert names(store) == ["Alpha", "Beta", "Gamma"]
    rows = store.select_text("SELECT ?s ?n WHERE { GRAPH ?g { ?s schema:name ?n } } ORDER BY ?n")
    assert rows[0] == {"s": EX + "a", "n": "Alpha"}


def test_put_graph_replaces_only_its_own_graph(store):
    store.put_graph(G1, triples(("a", "Alpha"), ("b", "Beta")))
    store.put_graph(G2, triples(("c", "Gamma")))
    store.put_graph(G1, triples(("a", "Alpha 2")))
    assert names(store) == ["Alpha 2", "Gamma"]
    assert len(store) == 2


def test_failing_replace_leaves_old_graph_intact(store):
    store.put_graph(G1, triples(("a", "Alpha"), ("b", "Beta")))

    def exploding():
        yield from triples(("x", "New"))
        raise RuntimeError("extractor crashed half way")

    with pytest.raises(RuntimeError):
        store.put_graph(G1, exploding())
    assert names(store) == ["Alpha", "Beta"]

    # A triple the store itself rejects (a literal in predicate position) fails the whole
    # DROP+INSERT update: nothing of the new graph is written, nothing of the old is lost.
    bad = triples(("x", "New")) + [(URIRef(EX + "y"), Literal("not a predicate"), Literal("z"))]
    with pytest.raises(StoreError):
        store.put_graph(G1, bad)
    assert names(store) == ["Alpha", "Beta"]

    with pytest.raises(StoreError):
        store.put_graph(G1, [(URIRef("http://bad iri/"), NAME, Literal("z"))])
    assert names(store) == ["Alpha", "Beta"]


def test_backend_rolls_back_a_whole_multi_operation_update():
    """put_graph relies on this: Oxigraph runs one update request, all its operations, as one transaction."""
    import pyoxigraph as ox
    db = ox.Store()
    db.update("INSERT DATA { GRAPH <http://g/1> { <http://a> <http://p> 1 } GRAPH <http://g/2> { <http://a> <http://p> 2 } }")
    with pytest.raises(RuntimeError):
        db.update("DROP GRAPH <http://g/1> ; CREATE GRAPH <http://g/2>")   # the 2nd operation fails at run time
    assert len(db) == 2                                                   # ...so the DROP was rolled back


def test_empty_replace_and_drop(store):
    store.put_graph(G1, triples(("a", "Alpha")))
    store.put_graph(G2, triples(("b", "Beta")))
    store.put_graph(G1, [])
    assert names(store) == ["Beta"]
    store.drop_graph(G2)
    store.drop_graph(G2)          # dropping a missing graph is not an error
    assert len(store) == 0 and store.graphs() == []


def test_hostile_text_is_stored_verbatim_not_executed(store):
    store.put_graph(G2, triples(("keep", "Keep me")))
    evil = '"} } ; DROP ALL ; INSERT DATA { <http://x/> <http://x/> "'
    tricky = 'a "quoted" <b>\\ line\nbreak \U0001F600 }'
    store.put_graph(G1, triples(("a", evil), ("b", tricky)))
    assert names(store) == sorted(["Keep me", evil, tricky])
    assert len(store) == 3


def test_select_parameters_cannot_inject(store):
    store.put_graph(G1, triples(("a", "Alpha"), ("b", 'Say "hi" <there>')))
    q = "SELECT ?s ?n WHERE { ?s schema:name ?n }"
    assert store.select_text(q, n='Say "hi" <there>') == [{"s": EX + "b", "n": 'Say "hi" <there>'}]
    assert store.select_text(q, n='" } ?s ?p ?o . { "') == []
    assert store.select_text(q, n="Alpha> } UNION { ?s ?p ?n") == []
    # a str is always a literal, never an IRI, even if it looks like one
    assert store.select_text(q, s=EX + "a") == []
    assert store.select_text(q, s=URIRef(EX + "a")) == [{"s": EX + "a", "n": "Alpha"}]
    assert len(store) == 2


def test_select_converts_values_to_python(loaded):
    duffield = ids.person_iri("Rosie Duffield")
    rows = loaded.select_text("""
        SELECT DISTINCT ?p ?m ?won ?conf ?former ?date ?nothing WHERE {
          ?c hust:candidate ?p ; hust:majority ?m ; hust:result ?won ; hust:election ?e .
          ?e schema:startDate ?date .
          ?claim hust:subject ?p ; hust:relation "majority" ; hust:object ?m ;
                 hust:confidence ?conf ; hust:former ?former .
          OPTIONAL { ?p hust:noSuchThing ?nothing }
        } ORDER BY ?m""", p=duffield)
    assert rows == [
        {"p": str(duffield), "m": 187, "won": "won", "conf": 0.8, "former": False, "date": "2017", "nothing": None},
        {"p": str(duffield), "m": 1836, "won": "won", "conf": 0.85, "former": False, "date": "2019", "nothing": None},
    ]


def test_select_param_types(loaded):
    q = "SELECT ?c ?m WHERE { ?c hust:majority ?m }"
    assert [r["c"] for r in loaded.select_text(q, m=187)] == [
        str(ids.candidacy_iri(ids.election_iri("2017 general election"),
                              ids.constituency_iri("Canterbury and Whitstable"), ids.person_iri("Rosie Duffield")))]
    assert loaded.select_text(q, m="187") == []               # a str is a string literal, not a number
    assert len(loaded.select_text(q, m=None)) == 2              # None leaves the variable free
    with pytest.raises(TypeError):
        loaded.select_text(q, m=object())


def test_parameter_must_be_projected(store):
    with pytest.raises(QueryError, match="projection"):
        store.select_text("SELECT ?n WHERE { ?s schema:name ?n }", s=URIRef(EX + "a"))


def test_named_query_file_and_bad_names(loaded):
    rows = loaded.select("stats")
    assert {r["kind"] for r in rows} >= {"articles", "people", "claims"}
    for bad in ("../store", "nope", "Stats"):
        with pytest.raises(QueryError):
            loaded.select(bad)


# ------------------------------------------------------------------ SPARQL endpoint support

SELECT_NAMES = "SELECT DISTINCT ?p ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"


def test_sparql_select_json(loaded):
    media_type, body = loaded.sparql(SELECT_NAMES, "json")
    assert media_type == "application/sparql-results+json"
    data = json.loads(body)
    assert data["head"]["vars"] == ["p", "name"]
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == [
        "Anna Firth", "Julian Brazier", "Keir Starmer", "Rosie Duffield"]


@pytest.mark.parametrize("fmt, media_type", [
    ("xml", "application/sparql-results+xml"),
    ("csv", "text/csv; charset=utf-8"),
    ("tsv", "text/tab-separated-values; charset=utf-8"),
    ("application/sparql-results+json", "application/sparql-results+json"),
])
def test_sparql_select_other_formats(loaded, fmt, media_type):
    got_type, body = loaded.sparql(SELECT_NAMES, fmt)
    assert got_type == media_type
    text = body.decode("utf-8")
    if fmt == "xml":
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        assert len(ET.fromstring(text).findall(".//r:result", ns)) == 4
    elif fmt == "csv":
        assert list(csv.reader(io.StringIO(text)))[1][1] == "Anna Firth"
    elif fmt == "tsv":
        assert '"Anna Firth"' in text.splitlines()[1]


def test_sparql_ask(loaded):
    assert json.loads(loaded.sparql("ASK { ?p hust:represents ?c }")[1]) == {"head": {}, "boolean": True}
    assert b"false" in loaded.sparql("ASK { ?p hust:leaderOf ?c }", "xml")[1]


@pytest.mark.parametrize("fmt, rdflib_format", [
    ("turtle", "turtle"), ("ntriples", "nt"), ("nquads", "nquads"), ("rdfxml", "xml"), ("text/turtle", "turtle"),
])
@pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")
def test_sparql_construct_parses_back(loaded, fmt, rdflib_format):
    q = "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }"
    media_type, body = loaded.sparql(q, fmt)
    g = Graph().parse(data=body, format=rdflib_format)
    assert len(g) == 4
    assert (ids.person_iri("Anna Firth"), NAME, Literal("Anna Firth")) in g


def test_sparql_format_of_the_other_family_falls_back(loaded):
    assert loaded.sparql(SELECT_NAMES, "turtle")[0] == "application/sparql-results+json"
    assert loaded.sparql("CONSTRUCT WHERE { ?s a schema:Person }", "csv")[0] == "text/turtle"
    assert loaded.sparql("CONSTRUCT WHERE { ?s a schema:Person }", "json")[0] == "application/ld+json"


def test_sparql_errors(loaded):
    with pytest.raises(QueryError, match="1:"):
        loaded.sparql("SELEC ?x WHERE { ?x ?p ?o }")
    with pytest.raises(QueryError):
        loaded.sparql("DROP ALL")                 # updates are not queries: read-only by construction
    assert len(loaded) > 0
    with pytest.raises(FormatError):
        loaded.sparql(SELECT_NAMES, "yaml")


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { service silent <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
])
def test_federated_service_is_refused(loaded, query):
    with pytest.raises(QueryError, match="SERVICE"):
        loaded.sparql(query)


def test_table(loaded):
    cols, rows = loaded.table("SELECT ?name ?x WHERE { ?p a schema:Person ; schema:name ?name . "
                              "OPTIONAL { ?p hust:leaderOf ?x } } ORDER BY ?name LIMIT 1")
    assert cols == ["name", "x"] and rows == [["Anna Firth", ""]]
    assert loaded.table("ASK { ?s ?p ?o }") == (["ask"], [["true"]])
    cols, rows = loaded.table("CONSTRUCT { ?s schema:name ?n } WHERE { ?s a hust:Constituency ; schema:name ?n }")
    assert cols == ["subject", "predicate", "object"]
    assert rows[0] == [str(ids.constituency_iri("Canterbury and Whitstable")), str(NAME), "Canterbury and Whitstable"]


# ------------------------------------------------------------------ export and stats

@pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")
def test_exports_parse_back(loaded):
    n = len(loaded)
    for fmt, rdflib_format in (("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")):
        ds = Dataset()
        ds.parse(data=loaded.export(fmt), format=rdflib_format)
        assert len(list(ds.quads((None, None, None, None)))) == n, fmt
        assert {str(c.identifier) for c in ds.graphs() if len(c)} == set(loaded.graphs()), fmt
    union = Graph().parse(data=loaded.export("turtle"), format="turtle")
    distinct = loaded.select_text("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    assert len(union) == distinct[0]["n"] < n      # the two articles share entity triples
    with pytest.raises(FormatError):
        loaded.export("graphml")


def test_stats(loaded):
    assert loaded.stats() == {
        "articles": 2, "triples": len(loaded),
        "people": 4, "parties": 2, "constituencies": 1, "elections": 3,
        "events": 3,          # selection, controversy, defection (elections are counted apart)
        "claims": 17,
    }


def test_stats_of_empty_store(store):
    assert store.stats() == {"articles": 0, "triples": 0, "people": 0, "parties": 0,
                             "constituencies": 0, "elections": 0, "events": 0, "claims": 0}


# ------------------------------------------------------------------ on disk

def test_on_disk_store_persists_and_locks(tmp_path):
    path = tmp_path / "data" / "store"                    # parent dirs are created
    with Store.open(path) as s:
        s.put_graph(G1, triples(("a", "Alpha")))
        with pytest.raises(StoreLocked, match=str(path)):
            Store.open(path)                              # a second open in the same process
        probe = (
            "import sys\n"
            "from graph.store import Store, StoreLocked\n"
            "try:\n"
            "    Store.open(sys.argv[1])\n"
            "except StoreLocked as e:\n"
            "    print('LOCKED', e)\n"
        )
        out = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, timeout=60)
        assert out.stdout.startswith("LOCKED"), out.stderr
        assert "hustings serve" in out.stdout
    with Store.open(path) as again:                       # close() released the lock
        assert names(again) == ["Alpha"]


def test_closed_store_refuses_work():
    s = Store.open(None)
    s.close()
    with pytest.raises(StoreError):
        len(s)
