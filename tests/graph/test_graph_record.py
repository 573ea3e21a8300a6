"""Extraction -> triples: the shape the web app queries (see /tmp spec and docs/ontology.md)."""
from datetime import datetime, timezone

from rdflib import Graph, Literal, URIRef

from graph import ids
from graph.record import article_triples, save_extraction, typed_date
from graph import vocab
from graph.vocab import HUST, ORG, PROV, RDF, SDO
from ingest.model import Article, Extraction, Fact, Person

WHEN = datetime(2022, 7, 23, 8, 0, tzinfo=timezone.utc)

DUFFIELD = ids.person_iri("Rosie Duffield")
BRAZIER = ids.person_iri("Julian Brazier")
FIRTH = ids.person_iri("Anna Firth")
LABOUR = ids.party_iri("Labour Party")
SEAT = ids.constituency_iri("Canterbury and Whitstable")
GE2017 = ids.election_iri("2017 general election")
GE2019 = ids.election_iri("2019 general election")


def graph_of(extraction, when=WHEN) -> tuple[str, Graph]:
    iri, triples = article_triples(extraction, when)
    g = Graph()
    for t in triples:
        g.add(t)
    return iri, g


def claims_for(g: Graph, relation: str) -> list[URIRef]:
    return sorted(g.subjects(HUST.relation, Literal(relation)))


def test_graph_iri_is_the_article_iri(extraction):
    iri, g = graph_of(extraction)
    assert iri == str(ids.article_iri(extraction.article.id))
    art = URIRef(iri)
    assert (art, RDF.type, SDO.NewsArticle) in g
    assert (art, RDF.type, PROV.Entity) in g
    assert g.value(art, SDO.datePublished) == Literal("2022-07-22", datatype=vocab.XSD.date)
    assert g.value(art, SDO.text) == Literal(extraction.article.text)
    assert g.value(art, SDO.headline) == Literal(extraction.article.title)


def test_provenance_activity(extraction):
    iri, g = graph_of(extraction)
    activity = g.value(URIRef(iri), PROV.wasGeneratedBy)
    assert activity == ids.ingest_iri(extraction.article.id)
    assert (activity, RDF.type, PROV.Activity) in g
    assert g.value(activity, PROV.endedAtTime) == Literal(WHEN.isoformat(), datatype=vocab.XSD.dateTime)
    assert g.value(activity, HUST.extractorVersion) == Literal(extraction.extractor)
    assert g.value(activity, PROV.wasAssociatedWith) == ids.agent_iri()


def test_people_with_mentions(extraction):
    _, g = graph_of(extraction)
    assert (DUFFIELD, RDF.type, SDO.Person) in g
    assert g.value(DUFFIELD, SDO.name) == Literal("Rosie Duffield")
    assert set(g.objects(DUFFIELD, SDO.alternateName)) == {Literal("Ms Duffield")}
    assert (DUFFIELD, HUST.mentionedIn, ids.article_iri(extraction.article.id)) in g


def test_current_membership_and_seat_are_truthy_edges(extraction):
    _, g = graph_of(extraction)
    assert (DUFFIELD, ORG.memberOf, LABOUR) in g
    membership = ids.membership_iri(DUFFIELD, LABOUR)
    assert (membership, RDF.type, ORG.Membership) in g
    assert (membership, ORG.member, DUFFIELD) in g
    assert (membership, ORG.organization, LABOUR) in g
    assert (membership, HUST.former, None) not in g
    assert (DUFFIELD, HUST.represents, SEAT) in g
    post = ids.mp_post_iri(SEAT)
    assert (DUFFIELD, ORG.holds, post) in g
    assert (post, ORG.role, HUST.MemberOfParliament) in g
    assert (post, HUST.constituency, SEAT) in g
    assert (LABOUR, RDF.type, SDO.PoliticalParty) in g and (LABOUR, RDF.type, ORG.Organization) in g
    assert (SEAT, RDF.type, HUST.Constituency) in g


def test_former_facts_are_claims_only(extraction, extraction2):
    _, g = graph_of(extraction)
    assert (BRAZIER, HUST.represents, None) not in g          # Brazier represented the seat formerly
    [claim] = [c for c in claims_for(g, "represents") if g.value(c, HUST.subject) == BRAZIER]
    assert g.value(claim, HUST.former) == Literal(True)
    assert g.value(claim, HUST.object) == SEAT

    _, g2 = graph_of(extraction2)
    assert (DUFFIELD, ORG.memberOf, LABOUR) not in g2          # she has left Labour
    membership = ids.membership_iri(DUFFIELD, LABOUR)
    assert g2.value(membership, HUST.former) == Literal(True)
    [claim] = claims_for(g2, "member_of")
    assert g2.value(claim, HUST.former) == Literal(True)
    assert g2.value(claim, HUST.property) == ORG.memberOf


def test_won_election_candidacy_with_majority_and_defeated_rival(extraction):
    _, g = graph_of(extraction)
    c2017 = ids.candidacy_iri(GE2017, SEAT, DUFFIELD)
    assert (c2017, RDF.type, HUST.Candidacy) in g
    assert g.value(c2017, HUST.candidate) == DUFFIELD
    assert g.value(c2017, HUST.election) == GE2017
    assert g.value(c2017, HUST.constituency) == SEAT
    assert g.value(c2017, HUST.party) == LABOUR
    assert g.value(c2017, HUST.result) == Literal("won")
    assert g.value(c2017, HUST.majority) == Literal(187)
    assert g.value(c2017, HUST.majority).datatype == vocab.XSD.integer
    assert g.value(c2017, HUST.defeated) == BRAZIER
    c2019 = ids.candidacy_iri(GE2019, SEAT, DUFFIELD)
    assert g.value(c2019, HUST.majority) == Literal(1836)
    assert g.value(c2019, HUST.defeated) == FIRTH
    loser = ids.candidacy_iri(GE2017, SEAT, BRAZIER)
    assert g.value(loser, HUST.result) == Literal("lost")
    assert g.value(loser, HUST.party) == ids.party_iri("Conservative Party")
    nxt = ids.candidacy_iri(ids.election_iri("next general election"), SEAT, DUFFIELD)
    assert (nxt, RDF.type, HUST.Candidacy) in g and (nxt, HUST.result, None) not in g


def test_elections_and_dates(extraction):
    _, g = graph_of(extraction)
    assert (GE2017, RDF.type, HUST.Election) in g
    assert (GE2017, RDF.type, SDO.Event) in g       # the election event is the election itself
    assert list(g.objects(GE2017, SDO.startDate)) == [Literal("2017", datatype=vocab.XSD.gYear)]
    assert g.value(GE2017, SDO.name) == Literal("2017 general election")
    assert set(g.objects(GE2017, SDO.participant)) == {DUFFIELD, BRAZIER}
    nxt = ids.election_iri("next general election")
    assert (nxt, RDF.type, HUST.Election) in g and (nxt, SDO.startDate, None) not in g


def test_selection_event_with_month_precision(extraction):
    _, g = graph_of(extraction)
    [sel] = g.subjects(RDF.type, HUST.Selection)
    assert (sel, RDF.type, SDO.Event) in g
    assert g.value(sel, SDO.startDate) == Literal("2022-07", datatype=vocab.XSD.gYearMonth)
    assert g.value(sel, HUST.datePrecision) == Literal("month")
    assert g.value(sel, HUST.dateText) == Literal("in July 2022")
    assert g.value(sel, HUST.selectionType) == Literal("trigger ballot")
    assert set(g.objects(sel, SDO.participant)) == {DUFFIELD, LABOUR}
    assert g.value(sel, PROV.wasDerivedFrom) == ids.article_iri(extraction.article.id)
    text = extraction.article.text
    start, end = int(g.value(sel, HUST.startOffset)), int(g.value(sel, HUST.endOffset))
    assert text[start:end] == str(g.value(sel, HUST.evidenceText))


def test_controversy_and_involvement(extraction):
    _, g = graph_of(extraction)
    [row] = g.subjects(RDF.type, HUST.Controversy)
    assert row == ids.event_iri("controversy", "trans rights row", None)
    assert (DUFFIELD, HUST.involvedIn, row) in g
    assert (row, SDO.startDate, None) not in g
    assert g.value(row, HUST.dateText) == Literal("for two years")


def test_every_fact_is_one_claim_with_evidence(extraction):
    iri, g = graph_of(extraction)
    claims = set(g.subjects(RDF.type, HUST.Claim))
    assert len(claims) == len(extraction.facts)
    text = extraction.article.text
    for c in claims:
        assert g.value(c, PROV.wasDerivedFrom) == URIRef(iri)
        start, end = int(g.value(c, HUST.startOffset)), int(g.value(c, HUST.endOffset))
        assert text[start:end] == str(g.value(c, HUST.evidenceText))
        assert g.value(c, HUST.confidence).datatype == vocab.XSD.decimal
        assert g.value(c, HUST.former) is not None
    [majority] = [c for c in claims_for(g, "majority") if g.value(c, HUST.qualifier) == GE2017]
    assert g.value(majority, HUST.object) == Literal(187)
    assert g.value(majority, HUST.subject) == DUFFIELD


def test_criticised_office_and_cross_article_identity(extraction, extraction2):
    _, g1 = graph_of(extraction)
    _, g2 = graph_of(extraction2)
    starmer = ids.person_iri("Keir Starmer")
    assert (DUFFIELD, HUST.criticised, starmer) in g2
    pm = ids.office_iri("Prime Minister")
    assert (starmer, ORG.holds, pm) in g2 and (pm, RDF.type, ORG.Post) in g2
    assert g2.value(pm, SDO.name) == Literal("Prime Minister")
    [defection] = g2.subjects(RDF.type, HUST.Defection)
    assert g2.value(defection, SDO.startDate) == Literal("2024-09-28", datatype=vocab.XSD.date)
    assert g2.value(defection, HUST.datePrecision) == Literal("day")
    # the same person and seat in both graphs
    assert (DUFFIELD, RDF.type, SDO.Person) in g1 and (DUFFIELD, RDF.type, SDO.Person) in g2
    assert (DUFFIELD, HUST.represents, SEAT) in g1 and (DUFFIELD, HUST.represents, SEAT) in g2


def test_resolution_rule():
    """Known names become IRIs (also via a mention, case-insensitively); unknown ones stay literals."""
    text = "Ms Duffield criticised the two-child benefit cap and praised labour party colleagues."
    x = Extraction(
        article=Article(id="t-1", text=text),
        people=[Person("Rosie Duffield", mentions=["Ms Duffield"])],
        parties=["Labour Party"],
        facts=[
            Fact("Ms Duffield", "criticised", "two-child benefit cap"),
            Fact("Rosie Duffield", "supported", "labour party"),
            Fact("Rosie Duffield", "member_of", "Green Party"),     # not in Extraction.parties
        ],
    )
    _, g = graph_of(x)
    assert (DUFFIELD, HUST.criticised, Literal("two-child benefit cap")) in g
    assert (DUFFIELD, HUST.supported, LABOUR) in g
    assert (DUFFIELD, ORG.memberOf, None) not in g             # an unknown party gets no truthy edge...
    [claim] = claims_for(g, "member_of")
    assert g.value(claim, HUST.object) == Literal("Green Party")  # ...only a claim with a literal
    assert (None, RDF.type, SDO.PoliticalParty) in g and len(list(g.subjects(RDF.type, SDO.PoliticalParty))) == 1


def test_party_level_win():
    x = Extraction(
        article=Article(id="t-2", text="Labour won the 2001 general election."),
        parties=["Labour Party"],
        elections=[],
        facts=[Fact("Labour Party", "won", "2001 general election")],
    )
    _, g = graph_of(x)
    ge2001 = ids.election_iri("2001 general election")
    assert (LABOUR, HUST.won, ge2001) in g
    assert (ge2001, RDF.type, HUST.Election) in g
    assert (None, RDF.type, HUST.Candidacy) not in g


def test_same_extraction_gives_same_triples_except_ingest_time(extraction):
    _, first = article_triples(extraction, WHEN)
    _, again = article_triples(extraction, datetime(2030, 1, 1, tzinfo=timezone.utc))
    assert len(first) == len(again)
    changed = set(first) ^ set(again)
    assert {p for _, p, _ in changed} == {PROV.endedAtTime}


def test_resave_replaces_instead_of_adding(store, extraction):
    iri = save_extraction(store, extraction, WHEN)
    n = len(store)
    assert n == len(article_triples(extraction, WHEN)[1])
    assert save_extraction(store, extraction, datetime(2030, 1, 1, tzinfo=timezone.utc)) == iri
    assert len(store) == n
    rows = store.select_text("SELECT ?a ?t WHERE { ?a prov:endedAtTime ?t }")
    assert [r["t"][:19] for r in rows] == ["2030-01-01T00:00:00"]   # one ingest time: the new one


def test_typed_date():
    assert typed_date("2017") == (Literal("2017", datatype=vocab.XSD.gYear), "year")
    assert typed_date("2022-01") == (Literal("2022-01", datatype=vocab.XSD.gYearMonth), "month")
    assert typed_date("2022-07-14") == (Literal("2022-07-14", datatype=vocab.XSD.date), "day")
    assert typed_date("2022-13") is None and typed_date("last week") is None and typed_date(None) is None


def test_worked_example_in_docs_is_what_the_code_produces(extraction):
    """docs/ontology.md's Turtle excerpt must stay a true subset of the fixture's graph."""
    from pathlib import Path
    doc = (Path(__file__).resolve().parents[2] / "docs" / "ontology.md").read_text(encoding="utf-8")
    turtle = doc.split("```turtle\n", 1)[1].split("```", 1)[0]
    excerpt = Graph().parse(data=turtle, format="turtle")
    _, produced = graph_of(extraction)
    assert len(excerpt) > 30
    assert set(excerpt) - set(produced) == set()


def test_untitled_article_is_named_by_its_opening_words():
    text = "Councillors in Exeter voted last night to merge two wards ahead of the boundary review next spring."
    titled = Extraction(article=Article(id="t1", text=text, title="Wards merged"))
    untitled = Extraction(article=Article(id="t2", text=text, title=""))
    iri, g = graph_of(titled)
    assert list(g.objects(URIRef(iri), SDO.name)) == []
    assert list(g.objects(URIRef(iri), SDO.headline)) == [Literal("Wards merged")]
    iri, g = graph_of(untitled)
    assert list(g.objects(URIRef(iri), SDO.headline)) == []
    assert set(g.objects(URIRef(iri), SDO.name)) == {
        Literal("Councillors in Exeter voted last night to merge two wards ahead of…")}
