"""The hustings web app: `create_app(config)` builds it; nothing happens at import time.

Pages read the graph only through graph.views (one data object per page) and
answer as HTML or JSON through webapp.negotiate; errors of every kind go
through webapp.errors.
"""
from __future__ import annotations

from collections.abc import Mapping

from flask import Flask

from graph.store import Store

from . import articles, entities, errors, filters, graphstore, negotiate, ontology

DEFAULTS = {
    "STORE_PATH": None,          # None: an in-memory store
    "WRITE_TOKEN": None,         # set to enable PUT/DELETE /store
    "MAX_WRITE_BYTES": 20 * 1024 * 1024,
    "PAGE_SIZE": 50,             # articles per page on /articles
}


def create_app(config: Mapping | None = None) -> Flask:
    """Build the app around an open store: config["STORE"], or one opened from config["STORE_PATH"]."""
    app = Flask(__name__)
    app.config.update(DEFAULTS)
    app.config.update(config or {})
    if app.config.get("STORE") is None:
        app.config["STORE"] = Store.open(app.config["STORE_PATH"])
    app.json.sort_keys = False
    app.wsgi_app = negotiate.SuffixMiddleware(app.wsgi_app)

    app.register_blueprint(entities.bp)
    app.register_blueprint(articles.bp)
    app.register_blueprint(ontology.bp)
    if app.config.get("WRITE_TOKEN"):
        app.register_blueprint(graphstore.bp)   # without a token the write door does not exist at all
    errors.register(app)
    filters.register(app)

    @app.after_request
    def vary_on_accept(response):
        """The same URL answers HTML or JSON depending on Accept, so caches must key on it."""
        response.vary.add("Accept")
        return response

    return app
