"""Every page answers HTML by default and the same data as JSON (Accept header or .json suffix)."""
from __future__ import annotations

import html

import pytest

PAGES = [
    "/",
    "/search?q=duff",
    "/person/rosie-duffield",
    "/person/keir-starmer",
    "/party/labour-party",
    "/constituency/canterbury-and-whitstable",
    "/election/uk-general-2017",
    "/article/kent-duffield-trigger-ballot-2022",
    "/article/duffield-quits-labour-2024",
    "/articles",
    "/ontology",
]


def json_path(page: str) -> str:
    """The .json twin of a page URL (the home page is /index.json)."""
    path, _, query = page.partition("?")
    path = "/index" if path == "/" else path
    return path + ".json" + ("?" + query if query else "")


def event_slug(client, name: str) -> str:
    events = client.get("/person/rosie-duffield.json").get_json()["events"]
    return next(e["slug"] for e in events if e["name"] == name)


@pytest.mark.parametrize("page", PAGES)
def test_html_by_default(client, page):
    response = client.get(page)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert response.mimetype_params["charset"] == "utf-8"
    assert "Accept" in response.headers["Vary"]
    assert response.get_data(as_text=True).lstrip().startswith("<!doctype html>")


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("how", ["accept", "suffix", "accept-weighted"])
def test_json_on_request(client, page, how):
    if how == "suffix":
        response = client.get(json_path(page))
    elif how == "accept":
        response = client.get(page, headers={"Accept": "application/json"})
    else:
        response = client.get(page, headers={"Accept": "text/html;q=0.5, application/json"})
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert "Accept" in response.headers["Vary"]
    assert isinstance(response.get_json(), (dict, list))


@pytest.mark.parametrize("page", PAGES)
def test_suffix_and_accept_give_identical_json(client, page):
    by_suffix = client.get(json_path(page)).get_json()
    by_accept = client.get(page, headers={"Accept": "application/json"}).get_json()
    assert by_suffix == by_accept


def _links(data):
    """Every entity ref ({"name", "iri", "kind", "slug"}) and article ref ({"id", "title"}) in a data object."""
    if isinstance(data, dict):
        if {"name", "iri", "kind", "slug"} <= data.keys():
            yield data["name"], f'href="/{data["kind"]}/{data["slug"]}"' if data["kind"] else None
        elif {"id", "title", "iri"} <= data.keys():
            yield data["title"], f'href="/article/{data["id"]}"'
        for value in data.values():
            yield from _links(value)
    elif isinstance(data, list):
        for value in data:
            yield from _links(value)


@pytest.mark.parametrize("page", [p for p in PAGES if p != "/ontology"])
def test_html_shows_the_json_data(client, page):
    """The two renderings come from one object: everything the JSON names is named (and linked) in the HTML."""
    data = client.get(page, headers={"Accept": "application/json"}).get_json()
    body = client.get(page).get_data(as_text=True)
    # The page's own entity is the object itself, not a link: look inside it.
    links = [link for value in (data.values() if isinstance(data, dict) else data) for link in _links(value)]
    assert links
    for name, href in links:
        assert html.escape(name, quote=False) in body, name
        if href:
            assert href in body, href


def test_event_pages(client):
    slug = event_slug(client, "Rosie Duffield survives Labour trigger ballot")
    data = client.get(f"/event/{slug}.json").get_json()
    assert data["type"] == "Selection"
    assert data["selection_type"] == "trigger ballot"
    assert data["date"] == "2022-07" and data["date_precision"] == "month"
    assert {p["name"] for p in data["participants"]} == {"Rosie Duffield", "Labour Party"}
    assert data["sources"][0]["article"]["id"] == "kent-duffield-trigger-ballot-2022"
    body = client.get(f"/event/{slug}").get_data(as_text=True)
    assert "trigger ballot" in body and "in July 2022" in body


def test_head_works_without_body(client):
    response = client.head("/person/rosie-duffield")
    assert response.status_code == 200
    assert response.data == b""
    assert int(response.headers["Content-Length"]) > 0


def test_unacceptable_format_is_406(client):
    response = client.get("/person/rosie-duffield", headers={"Accept": "image/png"})
    assert response.status_code == 406


def test_ttl_suffix_only_where_offered(client):
    assert client.get("/person/rosie-duffield.ttl").status_code == 406


def test_home_counts_and_recent_articles(client):
    data = client.get("/index.json").get_json()
    assert data["counts"]["people"] == 4           # Duffield, Brazier, Firth, Starmer
    assert data["counts"]["parties"] == 2
    assert data["counts"]["articles"] == 2
    assert data["counts"]["elections"] == 3
    assert data["counts"]["events"] == 3            # selection, controversy, defection (elections counted apart)
    # Newest published first.
    assert [a["id"] for a in data["recent_articles"]] == ["duffield-quits-labour-2024", "kent-duffield-trigger-ballot-2022"]
    body = client.get("/").get_data(as_text=True)
    assert 'href="/article/duffield-quits-labour-2024"' in body


def test_person_page_data(client):
    data = client.get("/person/rosie-duffield.json").get_json()
    assert data["name"] == "Rosie Duffield"
    assert data["type"] == "Person"
    assert "Ms Duffield" in data["alternate_names"]
    # The 2024 article (newer) says she quit Labour: shown as former despite the 2022 "Labour MP".
    assert [(m["slug"], m["current"]) for m in data["memberships"]] == [("labour-party", False)]
    assert [(s["slug"], s["current"]) for s in data["seats"]] == [("canterbury-and-whitstable", True)]
    won = {c["election"]["slug"]: c for c in data["candidacies"] if c["result"] == "won"}
    assert won["uk-general-2019"]["majority"] == 1836
    assert won["uk-general-2017"]["majority"] == 187
    assert [d["name"] for d in won["uk-general-2017"]["defeated"]] == ["Julian Brazier"]
    member_of = [f for f in data["facts"] if f["relation"] == "member_of"]
    assert {f["former"] for f in member_of} == {True, False}
    former = next(f for f in member_of if f["former"])
    assert former["sources"][0]["article"]["id"] == "duffield-quits-labour-2024"
    assert "has quit the Labour Party" in former["sources"][0]["evidence"]


def test_person_page_html_marks_former_and_quotes_evidence(client):
    body = client.get("/person/rosie-duffield").get_data(as_text=True)
    assert '<span class="tag former">former</span>' in body
    assert "<blockquote>" in body
    assert "has quit the <mark>Labour Party</mark>" in body   # the other entity is highlighted in the quote
    assert 'href="/article/duffield-quits-labour-2024"' in body


def test_party_and_constituency_pages(client):
    party = client.get("/party/conservative-party.json").get_json()
    assert [(m["name"], m["current"]) for m in party["members"]] == [("Julian Brazier", True)]
    seat = client.get("/constituency/canterbury-and-whitstable.json").get_json()
    assert [(m["name"], m["current"]) for m in seat["mps"]] == [("Rosie Duffield", True), ("Julian Brazier", False)]
    assert {c["person"]["name"] for c in seat["candidacies"]} == {"Rosie Duffield", "Julian Brazier"}


def test_election_page_lists_candidates(client):
    data = client.get("/election/uk-general-2017.json").get_json()
    assert data["date"] == "2017"
    assert {(c["person"]["name"], c["result"]) for c in data["candidacies"]} == {
        ("Rosie Duffield", "won"), ("Julian Brazier", "lost")}


def test_office_holder_page(client):
    data = client.get("/person/keir-starmer.json").get_json()
    assert [(o["name"], o["kind"]) for o in data["offices"]] == [("Prime Minister", None)]
    assert [f["label"] for f in data["facts"] if f["relation"] == "criticised"] == ["criticised by"]


def test_article_page(client):
    data = client.get("/article/kent-duffield-trigger-ballot-2022.json").get_json()
    assert data["title"] == "Rosie Duffield survives trigger ballot"
    assert data["url"] == "https://example.org/news/duffield-trigger-ballot"
    assert data["published"] == "2022-07-22"
    assert data["source"] == "Example Kent News"
    assert data["extractor"].startswith("hustings/")
    assert data["ingested_at"]
    assert {p["name"] for p in data["mentions"]["people"]} == {"Rosie Duffield", "Julian Brazier", "Anna Firth"}
    assert [c["name"] for c in data["mentions"]["constituencies"]] == ["Canterbury and Whitstable"]
    assert len(data["claims"]) == 13
    starts = [c["start"] for c in data["claims"]]
    assert starts == sorted(starts)                   # reading order
    body = client.get("/article/kent-duffield-trigger-ballot-2022").get_data(as_text=True)
    assert "<mark>Ms Duffield</mark> first took the seat" in body
    assert "core_web_sm" in body


def test_article_list_and_paging(app, client):
    data = client.get("/articles.json").get_json()
    assert data["total"] == 2 and data["page"] == 1 and len(data["articles"]) == 2
    assert data["articles"][1]["claims"] == 13
    app.config["PAGE_SIZE"] = 1
    second = client.get("/articles.json?page=2").get_json()
    assert [a["id"] for a in second["articles"]] == ["kent-duffield-trigger-ballot-2022"]
    assert client.get("/articles?page=3").status_code == 404
    assert 'rel="prev"' in client.get("/articles?page=2").get_data(as_text=True)



def test_untitled_article_is_listed_by_its_opening_words():
    from graph.record import save_extraction
    from graph.store import Store
    from ingest.model import Article, Extraction
    from webapp import create_app

    store = Store.open(None)
    save_extraction(store, Extraction(article=Article(id="u1", text="Voters in Exeter go to the polls today.")))
    client = create_app({"STORE": store, "TESTING": True}).test_client()
    [listed] = client.get("/articles.json").get_json()["articles"]
    assert listed["title"] == "Voters in Exeter go to the polls today."
    assert client.get("/article/u1.json").get_json()["title"] == "Voters in Exeter go to the polls today."
    assert "Voters in Exeter go to the polls today." in client.get("/").get_data(as_text=True)
