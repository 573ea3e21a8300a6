"""Time the pipeline stage by stage over the BBC corpus in ../shared and print the figures.

    python bench/bench_pipeline.py [--corpus PATH] [--limit N]

Stages: loading the spaCy pipeline, reading, extraction, RDF building, storing
into an on-disk Oxigraph store (one atomic graph replace per article), storing
again (re-ingest), and answering the page queries (home, search, entity).
Figures are wall-clock seconds on this machine; compare runs on the same one.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from graph import ids, views
from graph.record import article_triples
from graph.store import Store
from ingest.extract import extract_many
from ingest.nlp import load
from ingest.readers import Article, read_path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc-politics.jsonl"


def timed(label: str, fn, count: int | None = None):
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    rate = f"  {count / seconds:8.1f} /s" if count else ""
    print(f"{label:34} {seconds:8.3f} s{rate}")
    return result


def query_times(label: str, fn, repeat: int = 20) -> None:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    print(f"{label:34} median {statistics.median(samples) * 1000:7.2f} ms  max {max(samples) * 1000:7.2f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"bench: corpus not found: {args.corpus}", file=sys.stderr)
        return 2

    nlp = timed("load spaCy pipeline", load)
    articles = timed("read corpus", lambda: [a for a in read_path(args.corpus) if isinstance(a, Article)])
    articles = articles[: args.limit] if args.limit else articles
    n = len(articles)
    print(f"articles: {n}, characters: {sum(len(a.text) for a in articles)}")
    extractions = timed("extract (nlp.pipe)", lambda: list(extract_many(articles, nlp)), n)
    graphs = timed("build RDF", lambda: [article_triples(e) for e in extractions], n)
    print(f"triples built: {sum(len(t) for _, t in graphs)}")

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "store") as store:
        def put_all():
            for iri, triples in graphs:
                store.put_graph(iri, triples)
        timed("store on disk (first ingest)", put_all, n)
        size = len(store)
        timed("store on disk (re-ingest)", put_all, n)
        print(f"quads in store: {size} then {len(store)}")

        person = next((p.name for e in extractions for p in e.people), None)
        query_times("home page data", lambda: views.home(store))
        query_times("search 'blair'", lambda: views.search(store, "blair"))
        if person:
            slug = ids.kind_and_slug(ids.person_iri(person))[1]
            query_times(f"person page data ({person})", lambda: views.entity(store, "person", slug))
        query_times("stats", store.stats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
