"""A write door for `hustings ingest` while a server holds the on-disk store.

The embedded store can only be opened by one process, so when `hustings
serve` is running, ingest sends each article's named graph here instead.
This is the subset of the SPARQL 1.1 Graph Store HTTP Protocol it needs:

    PUT    /store?graph=<IRI>   body: N-Triples   -> replace that named graph (atomically)
    DELETE /store?graph=<IRI>                     -> drop that named graph

It exists only when the app is configured with a WRITE_TOKEN (404 otherwise)
and every request must carry `Authorization: Bearer <token>` (403 otherwise).
"""
from __future__ import annotations

import hmac

from flask import Blueprint, Response, abort, current_app, request
from rdflib import Graph, URIRef
from rdflib.exceptions import ParserError

from .context import store

bp = Blueprint("graphstore", __name__)

NTRIPLES = "application/n-triples"


def _authorise() -> None:
    """404 when writing is disabled (the endpoint does not exist), 403 without the right bearer token."""
    token = current_app.config.get("WRITE_TOKEN")
    if not token:
        abort(404)
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), str(token).encode()):
        abort(403, "A valid bearer token is required to write to the store.")


def _graph_iri() -> URIRef:
    """The ?graph= parameter: required, one absolute IRI (the default graph is never written)."""
    values = request.args.getlist("graph")
    if len(values) != 1 or not values[0]:
        abort(400, "Give exactly one ?graph=<IRI> parameter.")
    iri = values[0]
    scheme, colon, rest = iri.partition(":")
    if not colon or not scheme.isalpha() or not rest or any(c in iri for c in ' <>"{}|\\^`\n\r\t'):
        abort(400, "graph must be an absolute IRI.")
    return URIRef(iri)


@bp.put("/store")
def put_graph():
    """Replace one named graph with the N-Triples body; 204 on success."""
    _authorise()
    iri = _graph_iri()
    if request.mimetype != NTRIPLES:
        abort(415, f"Send the graph as {NTRIPLES}.")
    limit = current_app.config["MAX_WRITE_BYTES"]
    if request.content_length is None:
        # Without a length a WSGI server may hand us an empty stream, and an
        # empty body would silently empty the graph.
        abort(411, "Send a Content-Length header (chunked bodies are not accepted).")
    if request.content_length > limit:
        abort(413, f"The body is larger than {limit} bytes.")
    body = request.get_data(cache=False)
    try:
        triples = list(Graph().parse(data=body.decode("utf-8"), format="nt"))
    except UnicodeDecodeError:
        abort(400, "The body is not UTF-8.")
    except (ParserError, ValueError, SyntaxError) as exc:
        abort(400, f"The body is not valid N-Triples: {exc}")
    store().put_graph(str(iri), triples)
    return Response(status=204)


@bp.delete("/store")
def delete_graph():
    """Drop one named graph; 404 if the store has no such graph."""
    _authorise()
    iri = _graph_iri()
    if str(iri) not in store().graphs():
        abort(404, "The store has no graph with that IRI.")
    store().drop_graph(str(iri))
    return Response(status=204)
