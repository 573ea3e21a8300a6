"""Home, search and the entity pages (person, party, constituency, election, event)."""
from __future__ import annotations

from flask import Blueprint, abort, request

from graph import views

from . import negotiate
from .context import store

bp = Blueprint("entities", __name__)

MAX_QUERY_LENGTH = 200
KINDS = ",".join(views.ENTITY_KINDS)


@bp.get("/")
def home():
    return negotiate.render("home.html", views.home(store()))


@bp.get("/search")
def search():
    """Name search; an empty q shows the search form, a very long one is refused."""
    q = request.args.get("q", "").strip()
    if len(q) > MAX_QUERY_LENGTH:
        abort(400, f"The search term is longer than {MAX_QUERY_LENGTH} characters.")
    if "\x00" in q:
        abort(400, "The search term contains a NUL character.")
    data = {"q": q, "results": views.search(store(), q)}
    return negotiate.render("search.html", data)


@bp.get(f"/<any({KINDS}):kind>/<slug>")
def entity(kind: str, slug: str):
    data = views.entity(store(), kind, slug)
    if data is None:
        abort(404, f"The graph has no {kind} called {slug!r}.")
    return negotiate.render("entity.html", data)
