"""The page queries when the same people, parties and seats are restated by many articles.

The default graph is the union of one named graph per article, so an
entity's type and name triples come back once per article that mentions it.
Queries that joined several of those lookups side by side multiplied the
copies (a busy page on the BBC corpus took 10 s). These tests build such a
store and check that results stay distinct, complete and quick.
"""
from __future__ import annotations

import time
from dataclasses import replace

import pytest

from fixtures import extraction_2022, extraction_2024
from graph import views
from graph.record import save_extraction
from graph.store import Store

COPIES = 60


@pytest.fixture(scope="module")
def crowded():
    """The 2022 article restated by COPIES articles (same people, party, seat, elections), plus the 2024 one."""
    s = Store.open(None)
    base = extraction_2022()
    for i in range(COPIES):
        save_extraction(s, replace(base, article=replace(base.article, id=f"{base.article.id}-copy-{i}")))
    save_extraction(s, extraction_2024())
    yield s
    s.close()


def test_search_finds_a_person_by_an_alternate_name_once(crowded):
    assert [(r["name"], r["type"]) for r in views.search(crowded, "Ms Duffield")] == [("Rosie Duffield", "Person")]


@pytest.mark.parametrize("q", ["duffield", "a", "e", "labour", "2019"])
def test_search_results_are_distinct(crowded, q):
    iris = [r["iri"] for r in views.search(crowded, q)]
    assert iris and len(iris) == len(set(iris))


def test_search_matches_name_or_alternate_name_but_not_other_text(crowded):
    assert views.search(crowded, "Mr Brazier")[0]["slug"] == "julian-brazier"
    assert views.search(crowded, "trigger ballot") == []     # an event, not a searchable kind


def _distinct(items, key=lambda i: i["iri"]):
    keys = [key(i) for i in items]
    return len(keys) == len(set(keys))


def test_person_page_is_complete_and_distinct(crowded):
    data = views.entity(crowded, "person", "rosie-duffield")
    assert data["name"] == "Rosie Duffield"
    assert {m["name"] for m in data["memberships"]} == {"Labour Party"}
    assert _distinct(data["memberships"]) and _distinct(data["seats"])
    assert len(data["candidacies"]) == len({c["election"]["iri"] for c in data["candidacies"]})
    facts = {(f["relation"], f["other"]["name"]) for f in data["facts"]}
    assert ("defeated", "Julian Brazier") in facts
    # every copy of the article is cited once per fact, not once per copy of a name
    brazier = next(f for f in data["facts"] if f["relation"] == "defeated" and f["other"]["name"] == "Julian Brazier")
    assert len(brazier["sources"]) == COPIES
    assert brazier["qualifier"]["name"] == "2017 general election"


def test_facts_without_a_qualifier_have_none(crowded):
    """A missing qualifier must stay missing (an unbound join variable would match every name)."""
    data = views.entity(crowded, "person", "rosie-duffield")
    member = [f for f in data["facts"] if f["relation"] == "member_of"]
    assert member and all(f["qualifier"] is None for f in member)


def test_party_and_seat_pages_are_distinct(crowded):
    party = views.entity(crowded, "party", "labour-party")
    assert [m["name"] for m in party["members"]].count("Rosie Duffield") == 1
    seat = views.entity(crowded, "constituency", "canterbury-and-whitstable")
    assert _distinct(seat["mps"])
    assert [m["name"] for m in seat["mps"] if m["current"]] == ["Rosie Duffield"]
    for c in seat["candidacies"]:
        assert c["constituency"]["name"] == "Canterbury and Whitstable"
        assert _distinct(c["defeated"])


def test_article_page_names_every_end_once(crowded):
    data = views.article(crowded, "kent-duffield-trigger-ballot-2022-copy-0")
    assert data is not None and data["claims"]
    keys = [(c["relation"], c["subject"]["iri"], c["object"]["iri"] or c["object"]["name"],
             c["start"]) for c in data["claims"]]
    assert len(keys) == len(set(keys))
    assert all(c["subject"]["name"] for c in data["claims"])


def test_busy_pages_do_not_grow_with_the_product_of_copies(crowded):
    """Before the rewrite these took seconds on this store; each should now take milliseconds."""
    pages = [
        lambda: views.search(crowded, "duffield"),
        lambda: views.entity(crowded, "person", "rosie-duffield"),
        lambda: views.entity(crowded, "party", "labour-party"),
        lambda: views.entity(crowded, "constituency", "canterbury-and-whitstable"),
        lambda: views.article(crowded, "kent-duffield-trigger-ballot-2022-copy-0"),
    ]
    for page in pages:
        page()   # warm up
        start = time.perf_counter()
        page()
        assert time.perf_counter() - start < 0.5


def test_long_source_lists_are_folded(crowded):
    """A fact stated by 60 articles shows the newest two sentences and folds the rest away."""
    from webapp import create_app
    client = create_app({"STORE": crowded, "TESTING": True}).test_client()
    body = client.get("/person/rosie-duffield").get_data(as_text=True)
    assert f"{COPIES} sources" in body
    assert f"{COPIES - 2} more sources</summary>" in body
    # every sentence is still on the page, inside the folded part
    assert body.count("<blockquote>") >= COPIES
