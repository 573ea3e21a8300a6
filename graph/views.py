"""The data object behind each web page, built from the store.

Every page of the web app is one plain dict (or list) made here: strings,
numbers, booleans, lists and dicts only, so the JSON rendering is just
`json.dumps` of it and the HTML template reads exactly the same object.
All SPARQL lives in graph/queries/*.rq; values (a search term, an entity
IRI) are bound as query parameters, never pasted into query text. Most
queries say DISTINCT because the union default graph repeats a triple once
for every article graph that states it.

Entities are referred to everywhere by the same small "ref" dict:
{"name", "iri", "kind", "slug"}; kind and slug say which page shows it
(None when it has no page, e.g. an office or a plain-text object).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from . import ids
from .vocab import HUST, PREFIXES, ontology_turtle

# Kinds of entity that have a page of their own.
ENTITY_KINDS = ("person", "party", "constituency", "election", "event")

# Extraction predicate -> (label when the page's entity is the subject,
# label when it is the object). Read as "<entity> <label> <other>".
RELATION_LABELS = {
    "member_of": ("member of", "has member"),
    "represents": ("represents", "represented by"),
    "leader_of": ("leader of", "led by"),
    "holds_office": ("holds office", "office held by"),
    "won": ("won", "won by"),
    "lost": ("lost", "lost by"),
    "defeated": ("defeated", "defeated by"),
    "majority": ("majority", "majority of"),
    "candidate_in": ("candidate in", "candidate"),
    "involved_in": ("involved in", "involves"),
    "criticised": ("criticised", "criticised by"),
    "supported": ("supported", "supported by"),
    "spokesperson_for": ("spokesperson for", "spokesperson"),
}

# The order fact groups appear in on an entity page: standing relations first
# (party, seat, leadership, offices), then elections, then everything else.
RELATION_ORDER = ("member_of", "represents", "leader_of", "holds_office", "spokesperson_for",
                  "won", "lost", "defeated", "majority", "candidate_in",
                  "involved_in", "supported", "criticised")

# Home page counters, always present (0 when the graph has none).
COUNT_KINDS = ("people", "parties", "constituencies", "elections", "events", "articles", "claims")


# --- small helpers ---------------------------------------------------------

def plain(value):
    """A query result value as a JSON-friendly Python value (dates as ISO strings)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


def text(value) -> str | None:
    """A result value as text, or None when unbound."""
    value = plain(value)
    return None if value is None else str(value)


def sentence(value) -> str | None:
    """An evidence sentence as shown: surrounding whitespace and line breaks trimmed, None when empty."""
    value = text(value)
    return " ".join(value.split()) or None if value is not None else None


def truth(value) -> bool:
    """SPARQL booleans may come back as bool, or as "true"/"false" text."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1")
    return bool(value)


def ref(iri, name=None) -> dict:
    """The common shape for a link to an entity (or a plain-text object when iri is None)."""
    iri = text(iri)
    kind = slug = None
    if iri:
        try:
            kind, slug = ids.kind_and_slug(iri)
        except (ValueError, KeyError, TypeError):
            kind = slug = None
        if kind not in ENTITY_KINDS:
            kind = slug = None
    return {"name": text(name) or (slug and slug.replace("-", " ")) or iri, "iri": iri, "kind": kind, "slug": slug}


def article_ref(iri, title=None, published=None) -> dict | None:
    """An article as cited by a fact: its id (for /article/<id>), title and date."""
    iri = text(iri)
    if not iri:
        return None
    try:
        kind, slug = ids.kind_and_slug(iri)
    except (ValueError, KeyError, TypeError):
        kind, slug = None, None
    return {"id": slug if kind == "article" else None, "iri": iri,
            "title": text(title) or "(untitled)", "published": text(published)}


def _node(iri: str) -> URIRef:
    """An IRI as a query parameter: Store.select binds URIRef as an IRI and str as a literal."""
    return URIRef(iri)


# --- pages -------------------------------------------------------------------

def home(store) -> dict:
    """Counts by type and the newest articles."""
    counts = dict.fromkeys(COUNT_KINDS, 0)
    for row in store.select("home_counts"):
        counts[text(row["kind"])] = int(row["count"])
    return {"counts": counts, "recent_articles": [_article_row(r) for r in store.select("recent_articles")]}


def articles(store) -> list[dict]:
    """Every article, newest first (by published date, then ingest time)."""
    return [_article_row(r) for r in store.select("articles")]


def _article_row(row) -> dict:
    item = article_ref(row["article"], row.get("title"), row.get("published"))
    item["source"] = text(row.get("source"))
    item["ingested_at"] = text(row.get("ingested"))
    if "claims" in row:
        item["claims"] = int(row["claims"] or 0)
    return item


def search(store, q: str) -> list[dict]:
    """People, parties, constituencies and elections whose name (or, for people, another name) contains q."""
    q = (q or "").strip()
    if not q:
        return []
    results = []
    for row in store.select("search", q=q):
        item = ref(row["entity"], row.get("name"))
        item["type"] = text(row.get("type"))
        results.append(item)
    return results


def entity(store, kind: str, slug: str) -> dict | None:
    """Everything one entity's page shows, or None when the graph does not know it."""
    if kind not in ENTITY_KINDS:
        return None
    try:
        iri = str(ids.entity_iri(kind, slug))
    except (ValueError, KeyError, TypeError):
        return None
    about = _about(store, iri)
    if about is None:
        return None
    data = {
        "iri": iri, "kind": kind, "slug": slug,
        "name": about["name"] or slug.replace("-", " "),
        "type": _main_type(kind, about["types"]),
        "types": about["types"],
        "alternate_names": [n for n in about["alternate_names"] if n != about["name"]],
        "roles": _roles(about["roles"]),
        "facts": _facts(store, iri),
    }
    if kind == "person":
        rel = _relations(store, data["facts"], subject=iri)
        data["memberships"] = rel["member_of"]
        data["seats"] = rel["represents"]
        data["offices"] = rel["holds_office"]
        data["leaderships"] = rel["leader_of"]
        data["spokesperson_for"] = rel["spokesperson_for"]
        data["candidacies"] = _candidacies(store, iri)
        data["events"] = _events(store, iri)
    elif kind == "party":
        rel = _relations(store, data["facts"], object=iri)
        data["members"] = rel["member_of"]
        data["leaders"] = rel["leader_of"]
        data["spokespeople"] = rel["spokesperson_for"]
        data["candidacies"] = _candidacies(store, iri)
        data["events"] = _events(store, iri)
    elif kind == "constituency":
        data["mps"] = _relations(store, data["facts"], object=iri)["represents"]
        data["candidacies"] = _candidacies(store, iri)
    elif kind == "election":
        data["date"] = about["date"]
        data["candidacies"] = _candidacies(store, iri)
    elif kind == "event":
        data.update({
            "date": about["date"], "date_precision": about["date_precision"],
            "date_text": about["date_text"], "selection_type": about["selection_type"],
            "participants": _participants(store, iri), "sources": _event_sources(store, iri),
        })
    return data


def article(store, article_id: str) -> dict | None:
    """An article's metadata, the entities it mentions and the claims it makes, or None."""
    try:
        iri = str(ids.article_iri(article_id))
    except (ValueError, KeyError, TypeError):
        return None
    rows = store.select("article_meta", article=_node(iri))
    if not rows:
        return None
    row = rows[0]
    mentions = {kind: {} for kind in ("people", "parties", "constituencies", "elections")}
    for m in store.select("article_mentions", article=_node(iri)):
        item = mentions[text(m["kind"])].setdefault(text(m["entity"]), {**ref(m["entity"], m.get("name")),
                                                                      "alternate_names": []})
        alt = text(m.get("alternateName"))
        if alt and alt != item["name"] and alt not in item["alternate_names"]:
            item["alternate_names"].append(alt)
    claims = []
    for c in store.select("article_claims", article=_node(iri)):
        relation = text(c["relation"])
        obj = c["object"]
        claims.append({
            "relation": relation,
            "label": RELATION_LABELS.get(relation, (relation.replace("_", " "),))[0],
            "former": truth(c.get("former")),
            "subject": ref(c["subject"], c.get("subjectName")),
            "object": ref(obj, c.get("objectName")) if truth(c.get("objectIsIri")) else ref(None, obj),
            "qualifier": ref(c["qualifier"], c.get("qualifierName")) if c.get("qualifier") else None,
            "evidence": sentence(c.get("evidence")),
            "start": _int(c.get("start")),
            "end": _int(c.get("end")),
            "confidence": _float(c.get("confidence")),
        })
    return {
        "id": article_id, "iri": iri,
        "title": text(row.get("title")) or "(untitled)",
        "url": text(row.get("url")),
        "published": text(row.get("published")),
        "source": text(row.get("source")),
        "author": text(row.get("author")),
        "extractor": text(row.get("extractor")),
        "ingested_at": text(row.get("ingested")),
        "mentions": {kind: list(items.values()) for kind, items in mentions.items()},
        "claims": claims,
    }


def ontology_terms() -> dict:
    """Our own classes and properties with their labels and comments, for the /ontology page."""
    g = Graph()
    g.parse(data=ontology_turtle(), format="turtle")
    ns = str(HUST)

    def describe(term) -> dict:
        return {
            "iri": str(term),
            "name": str(term)[len(ns):],
            "label": text(g.value(term, RDFS.label)),
            "comment": text(g.value(term, RDFS.comment)),
            "parents": sorted(_compact(p) for p in g.objects(term, RDFS.subClassOf) if p != term)
            or sorted(_compact(p) for p in g.objects(term, RDFS.subPropertyOf)),
        }

    classes = {s for s in g.subjects(RDF.type, OWL.Class)} | {s for s in g.subjects(RDF.type, RDFS.Class)}
    properties = {s for t in (RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
                  for s in g.subjects(RDF.type, t)}
    own = lambda terms: sorted((t for t in terms if str(t).startswith(ns)), key=str)  # noqa: E731
    return {
        "namespace": ns,
        "classes": [describe(t) for t in own(classes)],
        "properties": [describe(t) for t in own(properties - classes)],
    }


def _compact(iri) -> str:
    """schema:Event rather than https://schema.org/Event, for reading."""
    for prefix, ns in PREFIXES.items():
        if str(iri).startswith(ns) and len(str(iri)) > len(ns):
            return f"{prefix}:{str(iri)[len(ns):]}"
    return str(iri)


# --- pieces of the entity page ----------------------------------------------

def _about(store, iri: str) -> dict | None:
    fields = defaultdict(list)
    for row in store.select("entity_about", entity=_node(iri)):
        value = text(row["value"])
        if value not in fields[text(row["field"])]:
            fields[text(row["field"])].append(value)
    if not fields:
        return None
    first = lambda name: (sorted(fields[name]) or [None])[0]  # noqa: E731
    return {
        "name": first("name"),
        "types": sorted(fields["type"]),
        "alternate_names": sorted(fields["alternate_name"]),
        "roles": sorted(fields["role"]),
        "date": first("date"),
        "date_precision": first("date_precision"),
        "date_text": first("date_text"),
        "selection_type": first("selection_type"),
    }


def _roles(roles: list[str]) -> list[str]:
    """Job titles worth showing: no sentence fragments ("'s only Labour MP"), no case-variant repeats,
    and none that a longer title already says ("MP" beside "Labour MP for Canterbury")."""
    kept = []
    for role in sorted({" ".join(r.split()) for r in roles if r and r.strip()[:1].isalnum()},
                       key=lambda r: (-len(r), r)):
        if not any(role.lower() == k.lower() or f" {role.lower()} " in f" {k.lower()} " for k in kept):
            kept.append(role)
    return sorted(kept)


def _main_type(kind: str, types: list[str]) -> str:
    """The most specific type name for display ("Selection" rather than "Event")."""
    preferred = {"person": "Person", "party": "Party", "constituency": "Constituency", "election": "Election"}
    if kind in preferred:
        return preferred[kind]
    specific = [t for t in types if t not in ("Event", "Entity", "Thing")]
    return specific[0] if specific else (types[0] if types else kind.title())


def _facts(store, iri: str) -> list[dict]:
    """Claims about the entity, one fact per (relation, direction, other end, qualifier, former),
    each with every source sentence that states it."""
    facts: dict[tuple, dict] = {}
    for row in store.select("entity_claims", entity=_node(iri)):
        relation = text(row["relation"])
        direction = text(row["direction"])
        former = truth(row.get("former"))
        other = ref(row["other"], row.get("otherName")) if truth(row.get("otherIsIri")) else ref(None, row["other"])
        qualifier = ref(row["qualifier"], row.get("qualifierName")) if row.get("qualifier") else None
        key = (relation, direction, other["iri"] or other["name"], qualifier and qualifier["iri"], former)
        labels = RELATION_LABELS.get(relation, (relation.replace("_", " "),) * 2)
        fact = facts.setdefault(key, {
            "relation": relation, "label": labels[0] if direction == "out" else labels[1],
            "direction": direction, "former": former, "other": other, "qualifier": qualifier, "sources": [],
        })
        source = {"evidence": sentence(row.get("evidence")), "confidence": _float(row.get("confidence")),
                  "article": article_ref(row.get("article"), row.get("title"), row.get("published"))}
        if source not in fact["sources"]:
            fact["sources"].append(source)
    return sorted(facts.values(), key=_fact_order)


def _fact_order(fact: dict) -> tuple:
    """Facts grouped by relation (RELATION_ORDER), what the entity does before what is done to it,
    current before former, the most reported first, then by name."""
    rank = RELATION_ORDER.index(fact["relation"]) if fact["relation"] in RELATION_ORDER else len(RELATION_ORDER)
    return (rank, fact["relation"], fact["direction"] != "out", fact["former"], -len(fact["sources"]),
            (fact["other"]["name"] or "").lower())


def _relations(store, facts: list[dict], **bound) -> dict[str, list[dict]]:
    """Standing relations (party, seat, office...) from one side; `bound` is subject= or object=.

    A truthy edge only says that some article called the relation current.
    When articles disagree (a 2022 story: "Labour MP"; a 2024 story: "has quit
    Labour"), the newest article that states it decides whether it is shown
    as current or former.
    """
    side = "object" if "subject" in bound else "subject"
    newest = _newest_says_former(facts, "out" if side == "object" else "in")
    out: dict[str, dict[str, dict]] = defaultdict(dict)
    for row in store.select("relations", **{k: _node(v) for k, v in bound.items()}):
        relation = text(row["relation"])
        item = ref(row[side], row.get(side + "Name"))
        current = truth(row.get("current"))
        kept = out[relation].setdefault(item["iri"], {**item, "current": current})
        kept["current"] = kept["current"] or current
        if (relation, item["iri"]) in newest:
            kept["current"] = not newest[relation, item["iri"]]
    return defaultdict(list, {rel: sorted(items.values(), key=lambda i: (not i["current"], i["name"] or ""))
                              for rel, items in out.items()})


def _newest_says_former(facts: list[dict], direction: str) -> dict[tuple[str, str], bool]:
    """(relation, other IRI) -> whether the most recently published source calls it former."""
    newest: dict[tuple[str, str], tuple[str, bool]] = {}
    for fact in facts:
        if fact["direction"] != direction or not fact["other"]["iri"]:
            continue
        key = (fact["relation"], fact["other"]["iri"])
        for source in fact["sources"]:
            published = (source["article"] or {}).get("published") or ""
            if key not in newest or published > newest[key][0]:
                newest[key] = (published, fact["former"])
    return {key: former for key, (_, former) in newest.items()}


def _candidacies(store, iri: str) -> list[dict]:
    """Candidacies touching the entity, folded from candidacies.rq's one-row-per-field answer.

    Where articles disagree on a single-valued field (two majorities), the
    smallest value is shown, so the page does not change from run to run.
    Oldest election first; undated elections first, as SPARQL orders them.
    """
    fields: dict[str, dict[str, dict[str, str | None]]] = defaultdict(lambda: defaultdict(dict))
    for row in store.select("candidacies", entity=_node(iri)):
        values = fields[text(row["candidacy"])][text(row["field"])]
        value, name = text(row["value"]), text(row.get("valueName"))
        if value not in values or (name and (values[value] is None or name < values[value])):
            values[value] = name

    def one(f: dict, field: str) -> tuple[str | None, str | None]:
        values = f.get(field) or {}
        return min(values.items()) if values else (None, None)

    def entity_ref(f: dict, field: str) -> dict | None:
        value, name = one(f, field)
        return ref(value, name) if value else None

    folded = []
    for f in fields.values():
        if not f.get("person") or not f.get("election"):
            continue   # a candidacy is a person standing in an election; anything less is not shown
        folded.append({
            "person": entity_ref(f, "person"),
            "election": entity_ref(f, "election"),
            "election_date": one(f, "election_date")[0],
            "constituency": entity_ref(f, "constituency"),
            "party": entity_ref(f, "party"),
            "result": one(f, "result")[0],
            "majority": _int(one(f, "majority")[0]),
            "votes": _int(one(f, "votes")[0]),
            "defeated": [ref(v, n) for v, n in sorted((f.get("defeated") or {}).items(),
                                                       key=lambda item: (item[1] or "", item[0]))],
        })
    folded.sort(key=lambda c: (c["election_date"] or "", c["election"]["name"] or "", c["person"]["name"] or ""))
    return folded


def _events(store, iri: str) -> list[dict]:
    """Events the entity took part in, oldest first, undated last (folded from entity_events.rq's field rows)."""
    fields: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in store.select("entity_events", entity=_node(iri)):
        values = fields[text(row["event"])][text(row.get("field")) or ""]
        value = text(row.get("value"))
        if value is not None:
            values.append(value)
    events = []
    for event, f in fields.items():
        first = lambda name: min(f[name]) if f.get(name) else None  # noqa: E731
        item = ref(event, first("name"))
        item.update({"date": first("date"), "type": first("type") or "Event"})
        events.append(item)
    events.sort(key=lambda e: (e["date"] is None, e["date"] or "", e["name"] or "", e["iri"]))
    return events


def _participants(store, iri: str) -> list[dict]:
    return [ref(r["participant"], r.get("name")) if truth(r.get("isIri")) else ref(None, r["participant"])
            for r in store.select("event_participants", entity=_node(iri))]


def _event_sources(store, iri: str) -> list[dict]:
    return [{"evidence": sentence(r.get("evidence")), "confidence": None,
             "article": article_ref(r["article"], r.get("title"), r.get("published"))}
            for r in store.select("event_sources", entity=_node(iri))]


def _int(value) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _float(value) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None
