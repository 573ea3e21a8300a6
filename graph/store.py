"""The only code that touches the triple store: embedded Oxigraph, on disk or in memory.

Everything above this module speaks rdflib terms and plain python values;
pyoxigraph types never leak out. Values reach queries only as SEP-0007
substitutions (never pasted into query text), named-graph replacement is one
transaction, and the default graph is always the union of the article graphs.
"""
from __future__ import annotations

import os
import re
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from graph.vocab import PREFIXES, XSD

__all__ = ["Store", "StoreError", "StoreLocked", "QueryError", "FormatError"]


class StoreError(Exception):
    """Anything that went wrong in the store, in words a CLI can print."""


class StoreLocked(StoreError):
    """Another process (or another Store in this one) holds the on-disk store open."""


class QueryError(StoreError):
    """The SPARQL text is invalid, or asks for something we refuse (federated SERVICE)."""


class FormatError(StoreError):
    """An unknown serialisation format was asked for."""


# Short names accepted by sparql() and export(); media types are accepted too.
RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
EXPORT_FORMATS = ("trig", "nquads", "turtle", "jsonld")

# Serialisations get every prefix but id: (its local names contain '/', which Turtle must escape).
_OUT_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "id"}
_QUERIES = resources.files("graph").joinpath("queries")
_QUERY_NAME = re.compile(r"^[a-z0-9_]+$")
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})")

_INTEGER_TYPES = {str(XSD[t]) for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {str(XSD.decimal), str(XSD.double), str(XSD.float)}
_BOOLEAN = str(XSD.boolean)


class Store:
    """A pyoxigraph store plus the few operations hustings needs. Use `Store.open(path)`."""

    def __init__(self, ox_store: ox.Store, path: str | None):
        self._store = ox_store
        self.path = path

    # ------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, path: str | os.PathLike | None) -> "Store":
        """Embedded Oxigraph at `path` (created if missing), or a fresh in-memory store when path is None."""
        if path is None:
            return cls(ox.Store(), None)
        where = Path(path).expanduser()
        try:
            where.mkdir(parents=True, exist_ok=True)
            return cls(ox.Store(str(where)), str(where))
        except OSError as exc:
            if "LOCK" in str(exc) or "lock hold" in str(exc):   # RocksDB's words for a held lock
                raise StoreLocked(
                    f"the store at {where} is locked: another process (for example a running "
                    f"`hustings serve`) or another open Store holds it; stop that or use another data directory"
                ) from exc
            raise StoreError(f"cannot open the store at {where}: {exc}") from exc

    def close(self) -> None:
        """Release the on-disk lock; dropping the last reference to the pyoxigraph store is what closes it."""
        if self._store is not None:
            try:
                self._store.flush()
            except OSError:
                pass   # in-memory stores have nothing to flush
            self._store = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @property
    def _db(self) -> ox.Store:
        if self._store is None:
            raise StoreError("the store is closed")
        return self._store

    # ------------------------------------------------------------ graphs

    def put_graph(self, graph_iri: str, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        """Replace one named graph with `triples`, atomically: readers see the old graph or the new, never a mix.

        One SPARQL update (DROP SILENT GRAPH + INSERT DATA) is one Oxigraph
        transaction. Terms are written by pyoxigraph's own N-Triples
        serialiser, so no user text is ever pasted into the update unescaped.
        """
        g = _named_node(graph_iri)
        lines = []
        for s, p, o in triples:
            try:
                lines.append(f"{_ox(s)} {_ox(p)} {_ox(o)} .")
            except (TypeError, ValueError) as exc:
                raise StoreError(f"cannot store triple ({s!r}, {p!r}, {o!r}): {exc}") from exc
        update = f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n" + "\n".join(lines) + "\n} }"
        self._update(update)

    def drop_graph(self, graph_iri: str) -> None:
        """Remove one named graph (no error if it is not there)."""
        self._update(f"DROP SILENT GRAPH {_named_node(graph_iri)}")

    def graphs(self) -> list[str]:
        """The IRIs of all named graphs, sorted."""
        return sorted(g.value for g in self._db.named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        """Number of quads in the store."""
        return len(self._db)

    def _update(self, update: str) -> None:
        try:
            self._db.update(update)
        except SyntaxError as exc:
            raise StoreError(f"invalid update: {exc}") from exc
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"update failed: {exc}") from exc

    # ------------------------------------------------------------ queries

    def select(self, name: str, **params) -> list[dict]:
        """Run graph/queries/<name>.rq with params bound as SPARQL substitutions; rows as plain python dicts.

        Oxigraph's SEP-0007 substitution requires each bound variable to be in
        the SELECT projection (or SELECT *). A URIRef binds an IRI; str, int,
        float, bool, date and rdflib Literal bind literals; None leaves the
        variable unbound. The union default graph repeats a match once per
        article graph that states it, so queries want DISTINCT.
        """
        return self.select_text(query_text(name), **params)

    def select_text(self, sparql: str, **params) -> list[dict]:
        """Run ad-hoc SELECT text with params bound as substitutions; rows as plain python dicts."""
        results = self._query(sparql, params)
        if not isinstance(results, ox.QuerySolutions):
            raise QueryError("select_text() needs a SELECT query")
        names = [v.value for v in results.variables]
        return [{n: to_python(row[n]) for n in names} for row in results]

    def sparql(self, query: str, result_format: str = "json") -> tuple[str, bytes]:
        """Run any SPARQL 1.1 query over the union graph and serialise it; returns (media type, body).

        result_format is a short name (json, xml, csv, tsv for SELECT/ASK;
        turtle, ntriples, nquads, rdfxml, trig, jsonld for CONSTRUCT/DESCRIBE)
        or a media type. "json" means JSON results or JSON-LD, whichever fits;
        another format of the wrong family (turtle for a SELECT) falls back to
        json / turtle, so the returned media type is the truth.
        """
        results_format, graph_format = _formats(result_format)
        results = self._query(query, {})
        if isinstance(results, ox.QueryTriples):
            fmt = graph_format or ox.RdfFormat.TURTLE
            return fmt.media_type, ox.serialize(results, format=fmt, prefixes=_OUT_PREFIXES)
        fmt = results_format or ox.QueryResultsFormat.JSON
        return fmt.media_type, results.serialize(format=fmt)

    def table(self, query: str) -> tuple[list[str], list[list[str]]]:
        """(column names, rows of strings) for printing any query as a table in the CLI."""
        results = self._query(query, {})
        if isinstance(results, ox.QueryBoolean):
            return ["ask"], [["true" if bool(results) else "false"]]
        if isinstance(results, ox.QueryTriples):
            return ["subject", "predicate", "object"], [
                [_text(t.subject), _text(t.predicate), _text(t.object)] for t in results]
        names = [v.value for v in results.variables]
        return names, [[_text(row[n]) for n in names] for row in results]

    def _query(self, sparql: str, params: dict):
        if _SERVICE.search(_unescape(sparql)):
            raise QueryError("federated queries (SERVICE) are not allowed")
        substitutions = {ox.Variable(k): _param(v) for k, v in params.items() if v is not None}
        try:
            return self._db.query(sparql, use_default_graph_as_union=True,
                                  substitutions=substitutions, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(str(exc)) from exc
        except RuntimeError as exc:   # e.g. a parameter that is not in the SELECT projection
            raise QueryError(f"{exc} (bound parameters must be projected variables, or use SELECT *)") from exc
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from exc

    # ------------------------------------------------------------ export and stats

    def export(self, fmt: str) -> bytes:
        """The whole store: trig / nquads / jsonld keep the named graphs; turtle is the union as one graph."""
        if fmt not in EXPORT_FORMATS:
            raise FormatError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        if fmt == "turtle":
            triples = set(self._db.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                         use_default_graph_as_union=True))
            return ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE, prefixes=_OUT_PREFIXES)
        if fmt == "nquads":
            return self._db.dump(format=ox.RdfFormat.N_QUADS)
        if fmt == "trig":
            return self._db.dump(format=ox.RdfFormat.TRIG, prefixes=_OUT_PREFIXES)
        return self._db.dump(format=ox.RdfFormat.JSON_LD)

    def stats(self) -> dict:
        """Counts for `hustings stats` and the home page: articles, quads, and entities by type."""
        counts = {row["kind"]: row["n"] for row in self.select("stats")}
        result = {"articles": counts.get("articles", 0), "triples": len(self)}
        for kind in ("people", "parties", "constituencies", "elections", "events", "claims"):
            result[kind] = counts.get(kind, 0)
        return result


# ---------------------------------------------------------------- helpers

@lru_cache(maxsize=None)
def query_text(name: str) -> str:
    """The text of graph/queries/<name>.rq, read once per process."""
    if not _QUERY_NAME.match(name):
        raise QueryError(f"bad query name {name!r}")
    resource = _QUERIES.joinpath(name + ".rq")
    if not resource.is_file():
        raise QueryError(f"no such query: {name}.rq")
    return resource.read_text(encoding="utf-8")


def _named_node(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(str(iri))
    except ValueError as exc:
        raise StoreError(f"not a valid IRI: {iri!r}") from exc


def _ox(term: Node):
    """rdflib term -> pyoxigraph term (whose str() is its N-Triples form)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _param(value) -> ox.NamedNode | ox.Literal:
    """Query parameter -> pyoxigraph term: URIRef is an IRI; everything else (str included) is a literal."""
    if isinstance(value, (URIRef, Literal, BNode)):
        return _ox(value)
    if isinstance(value, bool):
        return ox.Literal(value)
    if isinstance(value, (int, float, str)):
        return ox.Literal(value)
    if isinstance(value, datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(str(XSD.dateTime)))
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(str(XSD.date)))
    raise TypeError(f"cannot bind {type(value).__name__} as a query parameter")


def to_python(term):
    """pyoxigraph term -> plain python: IRI -> str, number -> int/float, boolean -> bool, dates -> ISO str, unbound -> None."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _INTEGER_TYPES:
                return int(term.value)
            if datatype in _FLOAT_TYPES:
                return float(term.value)
        except ValueError:
            return term.value   # ill-typed literal: keep its text
        if datatype == _BOOLEAN:
            return term.value in ("true", "1")
        return term.value
    return str(term)   # quoted triples


def _text(term) -> str:
    """A term as a table cell: the bare IRI or literal value, '' when unbound."""
    value = to_python(term)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _unescape(sparql: str) -> str:
    """Undo SPARQL's \\u / \\U codepoint escapes, so the SERVICE check sees what a parser would."""
    return _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), sparql)


def _formats(name: str) -> tuple[ox.QueryResultsFormat | None, ox.RdfFormat | None]:
    """A short name or media type -> (results format, graph format); at least one is set."""
    if name == "json":   # whoever asks for JSON gets JSON for a graph answer too: JSON-LD, not a Turtle fallback
        return RESULT_FORMATS["json"], GRAPH_FORMATS["jsonld"]
    if name in RESULT_FORMATS:
        return RESULT_FORMATS[name], None
    if name in GRAPH_FORMATS:
        return None, GRAPH_FORMATS[name]
    if "/" in name:
        media_type = name.split(";")[0].strip().lower()
        results, graph = ox.QueryResultsFormat.from_media_type(media_type), ox.RdfFormat.from_media_type(media_type)
        if results is not None or graph is not None:
            return results, graph
    raise FormatError(f"unknown result format {name!r}")
