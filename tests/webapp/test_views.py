"""graph.views directly: plain JSON-ready data objects, built with bound parameters."""
from __future__ import annotations

import json

import pytest

from graph import views


def _walk(value):
    yield value
    if isinstance(value, dict):
        for k, v in value.items():
            assert isinstance(k, str)
            yield from _walk(v)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v)


def _assert_plain(data):
    for value in _walk(data):
        assert value is None or isinstance(value, (str, int, float, bool, list, dict)), repr(value)
    json.dumps(data)


def test_every_view_is_plain_data(store):
    _assert_plain(views.home(store))
    _assert_plain(views.articles(store))
    _assert_plain(views.search(store, "a"))
    _assert_plain(views.ontology_terms())
    _assert_plain(views.article(store, "kent-duffield-trigger-ballot-2022"))
    for kind, slug in [("person", "rosie-duffield"), ("party", "labour-party"),
                       ("constituency", "canterbury-and-whitstable"), ("election", "uk-general-2019")]:
        data = views.entity(store, kind, slug)
        assert data is not None
        _assert_plain(data)


@pytest.mark.parametrize("kind, slug", [
    ("person", "nobody"), ("membership", "rosie-duffield--labour-party"), ("office", "prime-minister"),
    ("person", "Rosie Duffield"), ("person", "../party/labour-party"), ("person", ""),
])
def test_unknown_or_invalid_entities_are_none(store, kind, slug):
    assert views.entity(store, kind, slug) is None


@pytest.mark.parametrize("article_id", ["nope", "", "a b c"])
def test_unknown_articles_are_none(store, article_id):
    assert views.article(store, article_id) is None


def test_search_binds_the_term(store):
    # A term that would change the query if it were pasted in finds nothing (and raises nothing).
    assert views.search(store, '") || true || ("') == []
    assert [r["name"] for r in views.search(store, "ANNA")] == ["Anna Firth"]


def test_a_person_in_two_articles_keeps_both_sources(store):
    data = views.entity(store, "person", "rosie-duffield")
    represents = [f for f in data["facts"] if f["relation"] == "represents"]
    assert len(represents) == 1
    assert {s["article"]["id"] for s in represents[0]["sources"]} == {
        "kent-duffield-trigger-ballot-2022", "duffield-quits-labour-2024"}


def test_union_graph_does_not_duplicate_rows(store):
    # Rosie Duffield's name is in both article graphs; each claim and participant must appear once.
    article = views.article(store, "duffield-quits-labour-2024")
    assert len(article["claims"]) == 4
    slug = next(e["slug"] for e in views.entity(store, "person", "rosie-duffield")["events"]
                if e["type"] == "Controversy")
    event = views.entity(store, "event", slug)
    assert [p["name"] for p in event["participants"]] == ["Rosie Duffield"]


def test_segments_highlight(app):
    from webapp.filters import segments
    assert segments("Ms Duffield met Rosie Duffield.", ["Rosie Duffield", "Ms Duffield", "Rosie"]) == [
        ("Ms Duffield", True), (" met ", False), ("Rosie Duffield", True), (".", False)]
    assert segments("No names here", []) == [("No names here", False)]
    assert segments(None, ["x"]) == []
