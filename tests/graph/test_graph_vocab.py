"""The vocabulary in vocab.py and the ontology in ontology.ttl must define exactly the same terms."""
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from graph.vocab import HUST, ID, ORG, PREFIXES, SDO, ontology_turtle


def hust_terms() -> set[URIRef]:
    return {HUST[name] for name in HUST.__annotations__}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(data=ontology_turtle(), format="turtle")


def test_every_hust_term_is_defined_in_the_ontology_and_vice_versa(ontology):
    defined = {s for s in ontology.subjects(RDF.type, None)
               if isinstance(s, URIRef) and str(s).startswith(str(HUST))}
    assert defined == hust_terms()


def test_every_term_has_label_and_comment(ontology):
    for term in hust_terms():
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, RDFS.comment) is not None, term


def test_ontology_header_and_reuse(ontology):
    assert (URIRef("https://w3id.org/hustings/ns"), RDF.type, OWL.Ontology) in ontology
    assert (HUST.Election, RDFS.subClassOf, SDO.Event) in ontology
    assert (HUST.MemberOfParliament, RDF.type, ORG.Role) in ontology
    assert (HUST.represents, RDFS.range, HUST.Constituency) in ontology


def test_namespace_is_closed():
    assert str(HUST.Election) == "https://w3id.org/hustings/ns#Election"
    with pytest.raises(AttributeError):
        HUST.Elektion


def test_schema_party_class_is_available_without_warning(recwarn):
    assert str(SDO.PoliticalParty) == "https://schema.org/PoliticalParty"
    assert not [w for w in recwarn if "PoliticalParty" in str(w.message)]


def test_prefixes():
    assert PREFIXES["hust"] == "https://w3id.org/hustings/ns#"
    assert PREFIXES["id"] == str(ID) == "https://w3id.org/hustings/id/"
