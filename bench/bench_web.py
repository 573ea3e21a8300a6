"""Time the web pages' data (graph.views) and each named query against an already-ingested store.

    hustings --data /tmp/corpus ingest ../shared/corpus/bbc-politics.jsonl   # once
    python bench/bench_web.py --data /tmp/corpus [--repeat 20]

Unlike bench_pipeline.py this extracts nothing, so it runs in seconds and can
be repeated while tuning graph/queries/*.rq. It picks the busiest entity of
each kind (the one the most claims mention) so the figures are worst cases,
not the easy ones. Figures are wall-clock milliseconds on this machine.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from rdflib import URIRef

from graph import ids, views
from graph.store import Store

BUSIEST = """
PREFIX hust: <https://w3id.org/hustings/ns#>
SELECT ?entity (COUNT(DISTINCT ?claim) AS ?n) WHERE {
  { ?claim hust:subject ?entity } UNION { ?claim hust:object ?entity }
  FILTER(isIRI(?entity) && STRSTARTS(STR(?entity), CONCAT("https://w3id.org/hustings/id/", ?kind, "/")))
}
GROUP BY ?entity ORDER BY DESC(?n) LIMIT 1
"""
BUSIEST_EVENT = """
PREFIX schema: <https://schema.org/>
SELECT ?entity (COUNT(?p) AS ?n) WHERE { ?entity schema:participant ?p }
GROUP BY ?entity ORDER BY DESC(?n) LIMIT 1
"""


def timed(label: str, fn, repeat: int) -> float:
    fn()   # warm up: the first run pays for opening files and caches
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    median = statistics.median(samples) * 1000
    print(f"{label:48} median {median:8.2f} ms  max {max(samples) * 1000:8.2f} ms")
    return median


def busiest(store: Store, kind: str) -> str | None:
    if kind == "event":
        rows = store.select_text(BUSIEST_EVENT)
    else:
        rows = store.select_text(BUSIEST.replace("?kind", f'"{kind}"'))
    return rows[0]["entity"] if rows else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="a hustings data directory (or its store/)")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    path = args.data / "store" if (args.data / "store").is_dir() else args.data
    if not path.is_dir():
        print(f"bench: no store at {path}", file=sys.stderr)
        return 2
    with Store.open(path) as store:
        print(f"store: {path}  quads: {len(store)}  graphs: {len(store.graphs())}")
        r = args.repeat
        timed("home", lambda: views.home(store), r)
        timed("articles (all)", lambda: views.articles(store), r)
        for q in ("blair", "labour", "mr", "a"):
            timed(f"search {q!r} ({len(views.search(store, q))} results)", lambda q=q: views.search(store, q), r)
        for kind in views.ENTITY_KINDS:
            iri = busiest(store, kind)
            if iri and ids.kind_and_slug(iri)[0] != kind:
                continue   # the busiest "event" may be an election, which has its own page
            if not iri:
                continue
            _, slug = ids.kind_and_slug(iri)
            timed(f"{kind} page ({slug})", lambda kind=kind, slug=slug: views.entity(store, kind, slug), r)
            node = URIRef(iri)
            names = {"person": ("entity_about", "entity_claims", "relations", "candidacies", "entity_events"),
                     "party": ("relations", "candidacies", "entity_events"),
                     "constituency": ("relations", "candidacies"),
                     "election": ("candidacies",),
                     "event": ("event_participants", "event_sources")}[kind]
            for name in names:
                if name == "relations":
                    bound = {"subject": node} if kind == "person" else {"object": node}
                else:
                    bound = {"entity": node}
                timed(f"  {name}.rq", lambda name=name, bound=bound: store.select(name, **bound), r)
        newest = views.articles(store)[:1]
        if newest:
            timed(f"article page ({newest[0]['id']})", lambda: views.article(store, newest[0]["id"]), r)
        timed("stats", store.stats, r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
