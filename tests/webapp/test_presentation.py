"""What a reader sees on the entity pages: order, trimmed quotes, numbers, highlighting, no empty sections."""
from __future__ import annotations

import re

import pytest

from graph import views
from webapp.filters import fact_id, figure, runs, segments


def html(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_highlighting_matches_whole_words_only():
    assert segments("He compared it", ["MP"]) == [("He compared it", False)]
    assert [p for p, hit in segments("Labour MP, an MP's MP", ["MP"]) if hit] == ["MP", "MP", "MP"]
    # the longer name still wins over its prefix
    assert segments("Rosie Duffield said", ["Rosie", "Rosie Duffield"])[0] == ("Rosie Duffield", True)


@pytest.mark.parametrize("value, shown", [("1836", "1,836"), ("187", "187"), ("20645", "20,645"),
                                          ("Labour", "Labour"), ("", ""), (None, None)])
def test_figures(value, shown):
    assert figure(value) == shown


def test_runs_keep_order():
    items = [{"k": "b"}, {"k": "b"}, {"k": "a"}, {"k": "b"}]
    assert [(k, len(group)) for k, group in runs(items, "k")] == [("b", 2), ("a", 1), ("b", 1)]


def test_fact_ids_are_unique_on_a_page(store):
    facts = views.entity(store, "person", "rosie-duffield")["facts"]
    ids = [fact_id(f) for f in facts]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_-]+", i) for i in ids)


def test_evidence_is_trimmed(store):
    data = views.entity(store, "person", "rosie-duffield")
    for fact in data["facts"]:
        for source in fact["sources"]:
            if source["evidence"]:
                assert source["evidence"] == source["evidence"].strip()
                assert "\n" not in source["evidence"]


def test_standing_relations_come_before_election_results(store):
    relations = [f["relation"] for f in views.entity(store, "person", "rosie-duffield")["facts"]]
    order = list(dict.fromkeys(relations))
    assert order.index("member_of") < order.index("defeated")
    # facts of one relation are contiguous, so each heading appears once
    assert len(order) == len([r for i, r in enumerate(relations) if i == 0 or relations[i - 1] != r])


def test_fact_headings_appear_once_and_in_reading_order(client):
    body = html(client, "/person/rosie-duffield")
    headings = re.findall(r"<h3>([^<]+)</h3>", body)
    assert len(headings) == len(set(headings))
    assert headings.index("Member of") < headings.index("Defeated")


def test_role_fragments_are_dropped():
    assert views._roles(["'s only Labour MP", "MP", "Labour MP for Canterbury", "labour mp for canterbury"]) == [
        "Labour MP for Canterbury"]
    assert views._roles(["Prime Minister", "Leader"]) == ["Leader", "Prime Minister"]


def test_majority_fact_is_a_formatted_number(client):
    body = html(client, "/person/rosie-duffield")
    assert "1,836" in body
    assert ">1836<" not in body


def test_election_year_is_not_repeated_beside_its_name(client):
    body = html(client, "/person/rosie-duffield")
    assert "2017 general election</a> <span class=\"date\">2017</span>" not in body


def test_facts_cite_their_article(client):
    body = html(client, "/person/rosie-duffield")
    facts = body.split('<section class="facts">', 1)[1]
    for item in re.findall(r'<li class="fact.*?</li>', facts, flags=re.S):
        assert 'href="/article/' in item


def test_event_page_has_no_empty_claims_section(client, store):
    events = [e for e in views.entity(store, "person", "rosie-duffield")["events"] if e["kind"] == "event"]
    assert events
    for event in events:
        data = views.entity(store, "event", event["slug"])
        body = html(client, f"/event/{event['slug']}")
        assert ("What the articles say" in body) == bool(data["facts"])
        names = [p["name"] for p in data["participants"] if p["name"]]
        if any(n in (s["evidence"] or "") for s in data["sources"] for n in names):
            assert "<mark>" in body    # the participants are picked out in the reporting sentence


def test_article_page_formats_majorities(client):
    body = html(client, "/article/kent-duffield-trigger-ballot-2022")
    assert "1,836" in body and ">1836<" not in body
