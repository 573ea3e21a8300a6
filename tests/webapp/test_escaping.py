"""Article-derived text is data, never markup: names, titles and sentences come out escaped everywhere."""
from __future__ import annotations

from datetime import date

import pytest

from graph.record import save_extraction
from ingest.model import Article, Evidence, Extraction, Fact, Person

NAME = "Eve <script>alert(1)</script> Hacker"
SENTENCE = 'Eve <script>alert(1)</script> Hacker joined the <b onclick="x()">Mischief Party</b> today.'
TITLE = "<img src=x onerror=alert(2)> Hacker joins"


@pytest.fixture
def hostile(store):
    text = SENTENCE
    extraction = Extraction(
        article=Article(id="hostile-1", text=text, title=TITLE, url="javascript:alert(3)",
                        published=date(2023, 1, 2), source="<i>Evil Times</i>"),
        people=[Person(NAME, mentions=[NAME, "Ms <u>Hacker</u>"])],
        parties=['<b onclick="x()">Mischief Party</b>'],
        facts=[Fact(NAME, "member_of", '<b onclick="x()">Mischief Party</b>',
                    Evidence(SENTENCE, 0, len(SENTENCE)), 0.9)],
        extractor="hustings/test",
    )
    save_extraction(store, extraction)
    return store


def _pages(client):
    person = client.get("/search.json?q=hacker").get_json()["results"]
    person_slug = next(r["slug"] for r in person if r["kind"] == "person")
    party_slug = next(r["slug"] for r in client.get("/search.json?q=mischief").get_json()["results"])
    return [f"/person/{person_slug}", f"/party/{party_slug}", "/article/hostile-1", "/", "/articles",
            "/search?q=hacker"]


def test_hostile_text_is_escaped_in_every_page(client, hostile):
    for page in _pages(client):
        response = client.get(page)
        assert response.status_code == 200, page
        body = response.get_data(as_text=True)
        assert "<script>alert(1)" not in body, page
        assert "<img src=x" not in body, page
        assert '<b onclick' not in body, page
        assert "<i>Evil" not in body, page
        assert "<u>Hacker" not in body, page


def test_escaped_text_is_still_shown(client, hostile):
    body = client.get("/article/hostile-1").get_data(as_text=True)
    assert "&lt;img src=x onerror=alert(2)&gt; Hacker joins" in body
    # The evidence is highlighted, and the highlighted piece is escaped too.
    assert "<mark>Eve &lt;script&gt;alert(1)&lt;/script&gt; Hacker</mark>" in body


def test_json_keeps_the_raw_text(client, hostile):
    data = client.get("/article/hostile-1.json").get_json()
    assert data["title"] == TITLE
    assert data["claims"][0]["evidence"] == SENTENCE
    assert data["claims"][0]["subject"]["name"] == NAME


def test_article_url_with_script_scheme_is_not_a_live_link(client, hostile):
    body = client.get("/article/hostile-1").get_data(as_text=True)
    assert 'href="javascript:' not in body
