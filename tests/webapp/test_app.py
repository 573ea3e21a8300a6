"""The factory: config in, app out; the store comes from config, nothing happens at import time."""
from __future__ import annotations

from fixtures import sample_extraction
from graph.record import save_extraction
from graph.store import Store
from webapp import create_app


def test_in_memory_store_when_no_path():
    app = create_app({"STORE_PATH": None, "TESTING": True})
    data = app.test_client().get("/index.json").get_json()
    assert data["counts"]["articles"] == 0
    assert "No articles yet" in app.test_client().get("/").get_data(as_text=True)


def test_opens_the_store_at_store_path(tmp_path):
    path = tmp_path / "store"
    with Store.open(str(path)) as s:
        save_extraction(s, sample_extraction())
    app = create_app({"STORE_PATH": str(path), "TESTING": True})
    response = app.test_client().get("/person/rosie-duffield.json")
    assert response.status_code == 200
    assert response.get_json()["name"] == "Rosie Duffield"
    app.config["STORE"].close()


def test_each_app_has_its_own_store(store):
    loaded = create_app({"STORE": store, "TESTING": True}).test_client()
    empty = create_app({"TESTING": True}).test_client()
    assert loaded.get("/person/rosie-duffield").status_code == 200
    assert empty.get("/person/rosie-duffield").status_code == 404
