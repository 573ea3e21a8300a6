"""Extraction in -> one named graph of triples out (see docs/ontology.md for the model).

An article's graph holds exactly what that article asserts, so replacing it
on re-ingest can never disturb what other articles said. Current facts get a
direct ("truthy") edge for easy querying; every fact, current or former, is
also a hust:Claim carrying its sentence, offsets and confidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.term import Node

from graph import ids
from graph.vocab import HUST, ORG, PROV, RDF, SDO, XSD
from ingest.model import Evidence, Event, Extraction, Fact

Triple = tuple[Node, Node, Node]

# Event types with a class of their own; any other type is a plain schema:Event.
EVENT_CLASSES = {
    "election": HUST.Election,
    "selection": HUST.Selection,
    "controversy": HUST.Controversy,
    "defection": HUST.Defection,
    "appointment": HUST.Appointment,
    "statement": HUST.Statement,
}

# The property a Claim says it asserts, per extraction predicate.
CLAIM_PROPERTIES = {
    "member_of": ORG.memberOf,
    "represents": HUST.represents,
    "holds_office": ORG.holds,
    "leader_of": HUST.leaderOf,
    "won": HUST.won,
    "lost": HUST.election,
    "candidate_in": HUST.election,
    "defeated": HUST.defeated,
    "majority": HUST.majority,
    "involved_in": HUST.involvedIn,
    "criticised": HUST.criticised,
    "supported": HUST.supported,
    "spokesperson_for": HUST.spokespersonFor,
}

_DATE_FORMS = (
    (re.compile(r"^\d{4}$"), XSD.gYear, "year"),
    (re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"), XSD.gYearMonth, "month"),
    (re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"), XSD.date, "day"),
)
_PRECISION_RANK = {"year": 1, "month": 2, "day": 3}


def opening_words(text: str, count: int = 12) -> str:
    """The first `count` words of a text, with an ellipsis when there are more."""
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def typed_date(value: str | None) -> tuple[Literal, str] | None:
    """'2017' -> gYear/year, '2022-01' -> gYearMonth/month, '2022-07-14' -> date/day; anything else -> None."""
    if not value:
        return None
    for pattern, datatype, precision in _DATE_FORMS:
        if pattern.match(value):
            return Literal(value, datatype=datatype), precision
    return None


@dataclass
class _Resolver:
    """The entity-resolution rule: which IRI (if any) a name in this extraction stands for."""

    people: dict[str, URIRef] = field(default_factory=dict)
    parties: dict[str, URIRef] = field(default_factory=dict)
    constituencies: dict[str, URIRef] = field(default_factory=dict)
    elections: dict[str, URIRef] = field(default_factory=dict)
    controversies: dict[str, URIRef] = field(default_factory=dict)

    @classmethod
    def of(cls, extraction: Extraction) -> "_Resolver":
        r = cls()
        for person in extraction.people:
            iri = ids.person_iri(person.name)
            for mention in person.mentions:  # aliases first, so a full name always wins a clash
                r.people.setdefault(_norm(mention), iri)
        for person in extraction.people:
            r.people[_norm(person.name)] = ids.person_iri(person.name)
        r.parties = {_norm(name): ids.party_iri(name) for name in extraction.parties}
        r.constituencies = {_norm(name): ids.constituency_iri(name) for name in extraction.constituencies}
        r.elections = {_norm(e.label): ids.election_iri(e.label, e.year) for e in extraction.elections}
        r.controversies = {
            _norm(ev.label): ids.event_iri(ev.type, ev.label, ev.date)
            for ev in extraction.events if ev.type == "controversy"
        }
        return r

    def entity(self, name: str) -> URIRef | None:
        key = _norm(name)
        for table in (self.people, self.parties, self.constituencies, self.elections, self.controversies):
            if key in table:
                return table[key]
        return None

    def term(self, name: str) -> URIRef | Literal:
        return self.entity(name) or Literal(name)

    def election(self, label: str) -> URIRef:
        """A name in an election position is an election even if the extraction did not list it."""
        return self.elections.get(_norm(label)) or ids.election_iri(label)

    def constituency(self, name: str) -> URIRef:
        return self.constituencies.get(_norm(name)) or ids.constituency_iri(name)

    def is_person(self, iri: object) -> bool:
        return iri in self.people.values()

    def is_party(self, iri: object) -> bool:
        return iri in self.parties.values()

    def is_constituency(self, iri: object) -> bool:
        return iri in self.constituencies.values()


def _norm(name: str) -> str:
    """Names match case-insensitively and ignoring spacing ("Labour  party" == "Labour Party")."""
    return " ".join(name.split()).casefold()


class _Builder:
    """Collects one article's triples; a set, because many facts restate the same entity triples."""

    def __init__(self, extraction: Extraction, ingested_at: datetime):
        self.x = extraction
        self.art = ids.article_iri(extraction.article.id)
        self.activity = ids.ingest_iri(extraction.article.id)
        self.ingested_at = ingested_at
        self.r = _Resolver.of(extraction)
        self.triples: set[Triple] = set()
        self.named: set[URIRef] = set()   # entities whose type and name this graph already states

    def add(self, s: Node, p: Node, o: Node) -> None:
        self.triples.add((s, p, o))

    def build(self) -> list[Triple]:
        self.article()
        self.entities()
        self.election_dates()
        for fact in self.x.facts:
            self.fact(fact)
        for event in self.x.events:
            self.event(event)
        return sorted(self.triples)

    # ------------------------------------------------------------ article + provenance

    def article(self) -> None:
        a, add = self.x.article, self.add
        add(self.art, RDF.type, SDO.NewsArticle)
        add(self.art, RDF.type, PROV.Entity)
        if a.title:
            add(self.art, SDO.headline, Literal(a.title))
        elif a.text.strip():
            # No headline to show: name the article by its opening words, so lists and
            # citations read as the story does instead of "(untitled)".
            add(self.art, SDO.name, Literal(opening_words(a.text)))
        if a.url:
            add(self.art, SDO.url, Literal(a.url, datatype=XSD.anyURI))
        if a.published:
            add(self.art, SDO.datePublished, Literal(a.published.isoformat(), datatype=XSD.date))
        if a.source:
            add(self.art, SDO.publisher, Literal(a.source))
        if a.author:
            add(self.art, SDO.author, Literal(a.author))
        add(self.art, SDO.text, Literal(a.text))
        add(self.art, PROV.wasGeneratedBy, self.activity)

        agent = ids.agent_iri()
        add(self.activity, RDF.type, PROV.Activity)
        add(self.activity, PROV.endedAtTime, Literal(self.ingested_at.isoformat(), datatype=XSD.dateTime))
        add(self.activity, PROV.wasAssociatedWith, agent)
        if self.x.extractor:
            add(self.activity, HUST.extractorVersion, Literal(self.x.extractor))
        add(agent, RDF.type, PROV.SoftwareAgent)
        add(agent, SDO.name, Literal("hustings extractor"))

    # ------------------------------------------------------------ entities

    def entities(self) -> None:
        for person in self.x.people:
            p = self.person(person.name)
            for mention in person.mentions:
                if mention != person.name:
                    self.add(p, SDO.alternateName, Literal(mention))
            if person.party:
                self.add(p, SDO.affiliation, self.party(person.party))
            for role in person.roles:
                self.add(p, SDO.jobTitle, Literal(role))
        for name in self.x.parties:
            self.party(name)
        for name in self.x.constituencies:
            self.constituency(name)
        for election in self.x.elections:
            self.election(election.label)

    def declare(self, iri: URIRef, types: tuple[URIRef, ...], name: str) -> URIRef:
        if iri not in self.named:
            self.named.add(iri)
            for t in types:
                self.add(iri, RDF.type, t)
            self.add(iri, SDO.name, Literal(name))
            self.add(iri, HUST.mentionedIn, self.art)
        return iri

    def person(self, name: str) -> URIRef:
        return self.declare(ids.person_iri(name), (SDO.Person,), name)

    def party(self, name: str) -> URIRef:
        return self.declare(self.r.parties.get(_norm(name)) or ids.party_iri(name),
                            (SDO.PoliticalParty, ORG.Organization), name)

    def constituency(self, name: str) -> URIRef:
        return self.declare(self.r.constituency(name), (HUST.Constituency,), name)

    def election(self, label: str) -> URIRef:
        return self.declare(self.r.election(label), (HUST.Election,), label)

    def election_dates(self) -> None:
        """One schema:startDate per election: an election event's own date beats the bare year."""
        best: dict[URIRef, tuple[Literal, str]] = {}
        for e in self.x.elections:
            if e.year is not None:
                best[self.r.election(e.label)] = (Literal(str(e.year), datatype=XSD.gYear), "year")
        for ev in self.x.events:
            dated = typed_date(ev.date) if ev.type == "election" else None
            iri = self.r.election(ev.label) if dated else None
            if dated and (iri not in best or _PRECISION_RANK[dated[1]] > _PRECISION_RANK[best[iri][1]]):
                best[iri] = dated
        for iri, (literal, precision) in best.items():
            self.add(iri, SDO.startDate, literal)
            self.add(iri, HUST.datePrecision, Literal(precision))

    # ------------------------------------------------------------ facts

    def fact(self, fact: Fact) -> None:
        rel = fact.predicate
        s = self.r.term(fact.subject)
        if rel == "holds_office":
            o: URIRef | Literal = self.declare(ids.office_iri(fact.object), (ORG.Post,), fact.object)
        elif rel in ("won", "lost", "candidate_in"):
            o = self.election(fact.object)
        elif rel == "majority":
            o = _integer(fact.object)
        else:
            o = self.r.term(fact.object)
        qualifier = self.qualifier(fact)
        self.claim(fact, s, o, qualifier)
        if not fact.former and isinstance(s, URIRef):
            self.truthy(fact, s, o, qualifier)
        elif fact.former and rel == "member_of" and self.r.is_person(s) and self.r.is_party(o):
            self.membership(s, o, former=True)

    def qualifier(self, fact: Fact) -> URIRef | None:
        if fact.predicate in ("defeated", "majority") and fact.election:
            return self.election(fact.election)
        if fact.predicate in ("won", "lost", "candidate_in") and fact.constituency:
            return self.constituency(fact.constituency)
        return None

    def truthy(self, fact: Fact, s: URIRef, o: URIRef | Literal, qualifier: URIRef | None) -> None:
        rel, add = fact.predicate, self.add
        if rel == "member_of" and self.r.is_party(o):
            add(s, ORG.memberOf, o)
            self.membership(s, o, former=False)
        elif rel == "represents" and self.r.is_constituency(o):
            add(s, HUST.represents, o)
            post = ids.mp_post_iri(o)
            add(post, RDF.type, ORG.Post)
            add(post, ORG.role, HUST.MemberOfParliament)
            add(post, HUST.constituency, o)
            add(s, ORG.holds, post)
        elif rel == "holds_office":
            add(s, ORG.holds, o)
        elif rel == "leader_of" and self.r.is_party(o):
            add(s, HUST.leaderOf, o)
        elif rel == "spokesperson_for" and self.r.is_party(o):
            add(s, HUST.spokespersonFor, o)
        elif rel == "involved_in" and o in self.r.controversies.values():
            add(s, HUST.involvedIn, o)
        elif rel in ("criticised", "supported"):
            add(s, CLAIM_PROPERTIES[rel], o)
        elif rel == "won" and self.r.is_party(s):
            add(s, HUST.won, o)
        elif rel in ("won", "lost", "candidate_in", "defeated", "majority") and self.r.is_person(s):
            self.candidacy(fact, s, o, qualifier)

    def membership(self, person: URIRef, party: URIRef, former: bool) -> None:
        m = ids.membership_iri(person, party)
        self.add(m, RDF.type, ORG.Membership)
        self.add(m, ORG.member, person)
        self.add(m, ORG.organization, party)
        if former:
            self.add(m, HUST.former, Literal(True))

    def candidacy(self, fact: Fact, person: URIRef, o: URIRef | Literal, qualifier: URIRef | None) -> None:
        rel = fact.predicate
        if rel in ("won", "lost", "candidate_in"):
            election, seat = o, qualifier
        elif fact.election:          # defeated / majority: the seat comes from the same person's won/lost fact
            election, seat = qualifier, self.seat_for(fact.subject, fact.election)
        else:
            return                   # no election named: the Claim alone records it
        c = ids.candidacy_iri(election, seat, person)
        add = self.add
        add(c, RDF.type, HUST.Candidacy)
        add(c, HUST.candidate, person)
        add(c, HUST.election, election)
        if seat is not None:
            add(c, HUST.constituency, seat)
        party = self.party_of(fact.subject)
        if party is not None:
            add(c, HUST.party, party)
        if rel in ("won", "lost"):
            add(c, HUST.result, Literal(rel))
        elif rel == "majority" and isinstance(o, Literal) and o.datatype == XSD.integer:
            add(c, HUST.majority, o)
        elif rel == "defeated" and self.r.is_person(o):
            add(c, HUST.defeated, o)

    def seat_for(self, person: str, election_label: str) -> URIRef | None:
        """The constituency the same article gives for this person's result in this election, if any."""
        election = self.r.election(election_label)
        for f in self.x.facts:
            if (f.predicate in ("won", "lost", "candidate_in") and f.constituency and not f.former
                    and _norm(f.subject) == _norm(person) and self.r.election(f.object) == election):
                return self.constituency(f.constituency)
        return None

    def party_of(self, person: str) -> URIRef | None:
        """The candidate's party: the Person's party if the extraction ties one, else a current member_of fact."""
        for p in self.x.people:
            if _norm(p.name) == _norm(person) and p.party:
                return self.party(p.party)
        for f in self.x.facts:
            if f.predicate == "member_of" and not f.former and _norm(f.subject) == _norm(person):
                party = self.r.entity(f.object)
                if self.r.is_party(party):
                    return party
        return None

    def claim(self, fact: Fact, s: URIRef | Literal, o: URIRef | Literal, qualifier: URIRef | None) -> None:
        row = fact.to_gold()
        c = ids.claim_iri(self.x.article.id, fact.subject, fact.predicate, fact.object,
                          row[3] if len(row) > 3 else "")
        add = self.add
        add(c, RDF.type, HUST.Claim)
        add(c, HUST.subject, s)
        if fact.predicate in CLAIM_PROPERTIES:
            add(c, HUST.property, CLAIM_PROPERTIES[fact.predicate])
        add(c, HUST.object, o)
        add(c, HUST.relation, Literal(fact.predicate))
        add(c, HUST.former, Literal(bool(fact.former)))
        if qualifier is not None:
            add(c, HUST.qualifier, qualifier)
        add(c, HUST.confidence, _decimal(fact.confidence))
        add(c, PROV.wasDerivedFrom, self.art)
        add(c, PROV.wasGeneratedBy, self.activity)
        self.evidence(c, fact.evidence)

    def evidence(self, node: URIRef, evidence: Evidence | None) -> None:
        if evidence is None:
            return
        self.add(node, HUST.evidenceText, Literal(evidence.sentence))
        self.add(node, HUST.startOffset, Literal(int(evidence.start)))
        self.add(node, HUST.endOffset, Literal(int(evidence.end)))

    # ------------------------------------------------------------ events

    def event(self, event: Event) -> None:
        add = self.add
        if event.type == "election":
            ev = self.election(event.label)    # an election event is the election itself
        else:
            ev = ids.event_iri(event.type, event.label, event.date)
            add(ev, SDO.name, Literal(event.label))
        add(ev, RDF.type, SDO.Event)
        if event.type in EVENT_CLASSES:
            add(ev, RDF.type, EVENT_CLASSES[event.type])
        dated = typed_date(event.date)
        if dated and event.type != "election":   # election dates are settled in election_dates()
            add(ev, SDO.startDate, dated[0])
            add(ev, HUST.datePrecision, Literal(dated[1]))
        date_text = event.date_text or (event.date if event.date and not dated else None)
        if date_text:
            add(ev, HUST.dateText, Literal(date_text))
        for name in event.participants:
            participant = self.r.entity(name)
            if participant is not None:
                add(ev, SDO.participant, participant)
        if event.type == "selection" and event.subtype:
            add(ev, HUST.selectionType, Literal(event.subtype))
        self.evidence(ev, event.evidence)
        add(ev, PROV.wasDerivedFrom, self.art)


def _integer(text: str) -> Literal:
    """'1,836' -> 1836 as xsd:integer; text that is not a number stays a plain literal."""
    digits = text.replace(",", "").replace(" ", "")
    return Literal(int(digits)) if digits.isdigit() else Literal(text)


def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(round(float(value), 4))), datatype=XSD.decimal)


def article_triples(extraction: Extraction, ingested_at: datetime | None = None) -> tuple[str, list[Triple]]:
    """The article's named-graph IRI and every triple it asserts (deterministic order)."""
    when = ingested_at or datetime.now(timezone.utc)
    return str(ids.article_iri(extraction.article.id)), _Builder(extraction, when).build()


def save_extraction(store, extraction: Extraction, ingested_at: datetime | None = None) -> str:
    """Atomically replace the article's named graph with what this extraction asserts; returns the graph IRI."""
    graph_iri, triples = article_triples(extraction, ingested_at)
    store.put_graph(graph_iri, triples)
    return graph_iri
