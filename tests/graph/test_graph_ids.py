"""Deterministic IRIs: the same name always gives the same IRI; election labels collapse to one key."""
import pytest
from rdflib import URIRef

from graph import ids

ID = "https://w3id.org/hustings/id/"


@pytest.mark.parametrize("text, expected", [
    ("Rosie Duffield", "rosie-duffield"),
    ("  Canterbury and Whitstable ", "canterbury-and-whitstable"),
    ("Folkestone & Hythe", "folkestone-hythe"),
    ("Ynys Môn", "ynys-mon"),
    ("Sinn Féin", "sinn-fein"),
    ("St Dunstan's", "st-dunstan-s"),
    ("--Labour--", "labour"),
    ("", ""),
])
def test_slug(text, expected):
    assert ids.slug(text) == expected


@pytest.mark.parametrize("label, year, expected", [
    ("2017 general election", None, "uk-general-2017"),
    ("general election 2017", None, "uk-general-2017"),
    ("the 2017 UK general election", None, "uk-general-2017"),
    ("The 2019 snap general election", None, "uk-general-2019"),
    ("General Election", 2010, "uk-general-2010"),
    ("next general election", None, "uk-general-next"),
    ("the next election", None, "uk-general-next"),
    ("2004 Hartlepool by-election", None, "hartlepool-by-election-2004"),
    ("Hartlepool by-election 2004", None, "hartlepool-by-election-2004"),
    ("Hartlepool by-election", 2004, "hartlepool-by-election-2004"),
    ("St Dunstan's and Stepney Green ward by-election", None, "st-dunstan-s-and-stepney-green-ward-by-election"),
    ("2001 general election in Folkestone and Hythe", None, "2001-general-election-in-folkestone-and-hythe"),
    ("European Parliament election", None, "european-parliament-election"),
])
def test_election_normalisation(label, year, expected):
    assert ids.election_iri(label, year) == URIRef(ID + "election/" + expected)


def test_entity_iris():
    assert ids.person_iri("Rosie Duffield") == URIRef(ID + "person/rosie-duffield")
    assert ids.party_iri("Labour Party") == URIRef(ID + "party/labour-party")
    assert ids.constituency_iri("Canterbury and Whitstable") == URIRef(ID + "constituency/canterbury-and-whitstable")
    assert ids.office_iri("Prime Minister") == URIRef(ID + "office/prime-minister")
    seat = ids.constituency_iri("Canterbury and Whitstable")
    assert ids.mp_post_iri(seat) == URIRef(ID + "post/mp-canterbury-and-whitstable")
    person, party = ids.person_iri("Rosie Duffield"), ids.party_iri("Labour Party")
    assert ids.membership_iri(person, party) == URIRef(ID + "membership/rosie-duffield--labour-party")
    election = ids.election_iri("2017 general election")
    assert ids.candidacy_iri(election, seat, person) == URIRef(
        ID + "candidacy/uk-general-2017--canterbury-and-whitstable--rosie-duffield")
    assert ids.candidacy_iri(election, None, person) == URIRef(ID + "candidacy/uk-general-2017--none--rosie-duffield")
    assert ids.article_iri("bbc-politics-143") == URIRef(ID + "article/bbc-politics-143")


def test_hashed_ids_are_deterministic_and_discriminating():
    a = ids.event_iri("selection", "Duffield survives trigger ballot", "2022-07")
    assert a == ids.event_iri("selection", "Duffield survives trigger ballot", "2022-07")
    assert a != ids.event_iri("selection", "Duffield survives trigger ballot", "2022-08")
    assert a != ids.event_iri("controversy", "Duffield survives trigger ballot", "2022-07")
    kind, key = ids.kind_and_slug(a)
    assert kind == "event" and len(key) == 16
    c = ids.claim_iri("art-1", "Rosie Duffield", "member_of", "Labour Party", "")
    assert c != ids.claim_iri("art-1", "Rosie Duffield", "member_of", "Labour Party", "former")
    assert c != ids.claim_iri("art-2", "Rosie Duffield", "member_of", "Labour Party", "")


def test_names_without_latin_letters_still_get_a_stable_iri():
    iri = ids.person_iri("李明")
    assert iri == ids.person_iri("李明") and iri != ids.person_iri("王芳")
    assert ids.kind_and_slug(iri)[0] == "person"


def test_kind_and_slug_round_trip():
    iri = ids.entity_iri("person", "rosie-duffield")
    assert ids.kind_and_slug(iri) == ("person", "rosie-duffield")
    assert ids.kind_and_slug(str(iri)) == ("person", "rosie-duffield")
    assert ids.entity_iri(*ids.kind_and_slug(ID + "membership/a--b")) == URIRef(ID + "membership/a--b")


@pytest.mark.parametrize("iri", [
    "https://example.org/person/rosie-duffield",
    ID + "person",
    ID + "unicorn/rosie",
    ID + "person/Rosie Duffield",
    ID + "person/a/b",
])
def test_kind_and_slug_rejects_foreign_or_malformed(iri):
    with pytest.raises(ValueError):
        ids.kind_and_slug(iri)


@pytest.mark.parametrize("kind, key", [("unicorn", "x"), ("person", "a b"), ("person", "x>"), ("person", ""),
                                       ("person", "../x"), ("person", "Rosie")])
def test_entity_iri_rejects_non_slugs(kind, key):
    with pytest.raises(ValueError):
        ids.entity_iri(kind, key)
