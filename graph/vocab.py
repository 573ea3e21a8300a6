"""The vocabulary: our own terms as a closed DefinedNamespace, plus the standard ones we reuse.

Everything else in graph/ and webapp/ names RDF terms through this module
(`HUST.Election`, `SDO.Person`, `ORG.memberOf`), so a typo is an
AttributeError at import time instead of a silently wrong IRI in the store.
We reuse schema.org, W3C ORG and PROV-O first; HUST only holds what none of
them says (elections, candidacies, party selections, claims with evidence).
"""
from __future__ import annotations

from importlib import resources

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, XSD, DefinedNamespace
from rdflib.namespace import SDO as _RDFLIB_SDO

__all__ = [
    "HUST", "ID", "SDO", "ORG", "PROV", "XSD", "RDF", "RDFS", "DCTERMS", "OWL",
    "PREFIXES", "ontology_turtle",
]

# Entity IRIs live here; only graph/ids.py builds IRIs under it.
ID = Namespace("https://w3id.org/hustings/id/")


class SDO(_RDFLIB_SDO):
    """schema.org as rdflib ships it, plus the terms newer than rdflib's copy that we use.

    Closed like HUST (`_fail = True`): a misspelt schema term is an error, not a warning.
    """

    _fail = True

    PoliticalParty: URIRef


class HUST(DefinedNamespace):
    """hustings' own terms (https://w3id.org/hustings/ns#); defined in graph/ontology.ttl."""

    _fail = True
    _NS = Namespace("https://w3id.org/hustings/ns#")

    # Classes
    Election: URIRef            # a public vote: general election, by-election
    Candidacy: URIRef           # one person standing in one election (in one seat)
    Selection: URIRef           # a party choosing its candidate: trigger ballot, reselection, deselection
    Controversy: URIRef         # a row, scandal or dispute
    Defection: URIRef           # someone leaving one party (for another or none)
    Appointment: URIRef         # someone taking up an office
    Statement: URIRef           # someone saying something notable
    Claim: URIRef               # one fact as one article states it, with its evidence
    Constituency: URIRef        # a parliamentary seat
    MemberOfParliament: URIRef  # the org:Role of an MP's post

    # Political relations (the "truthy" edges for current facts)
    represents: URIRef
    leaderOf: URIRef
    involvedIn: URIRef
    criticised: URIRef
    supported: URIRef
    spokespersonFor: URIRef
    won: URIRef

    # Candidacies and posts
    candidate: URIRef
    election: URIRef
    constituency: URIRef
    party: URIRef
    result: URIRef
    votes: URIRef
    majority: URIRef
    defeated: URIRef

    # Claims and evidence
    subject: URIRef
    property: URIRef
    object: URIRef
    relation: URIRef
    former: URIRef
    qualifier: URIRef
    evidenceText: URIRef
    startOffset: URIRef
    endOffset: URIRef
    confidence: URIRef

    # Events, provenance, mentions
    datePrecision: URIRef
    dateText: URIRef
    selectionType: URIRef
    extractorVersion: URIRef
    mentionedIn: URIRef


# Prefixes for every serialisation we write (exports, SPARQL CONSTRUCT output, docs).
PREFIXES: dict[str, str] = {
    "hust": str(HUST),
    "id": str(ID),
    "schema": str(SDO),
    "org": str(ORG),
    "prov": str(PROV),
    "xsd": str(XSD),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "dcterms": str(DCTERMS),
}


def ontology_turtle() -> str:
    """The ontology as Turtle, read from the installed package so /ontology serves exactly what we ship."""
    return resources.files("graph").joinpath("ontology.ttl").read_text(encoding="utf-8")
