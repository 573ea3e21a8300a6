"""Access to the app's store from inside a request, so blueprints never reach into config."""
from __future__ import annotations

from flask import current_app


def store():
    """The open graph.store.Store this app was created with."""
    return current_app.config["STORE"]
