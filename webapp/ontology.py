"""The ontology: Turtle for RDF clients, a readable list of terms for browsers, JSON for programs."""
from __future__ import annotations

from flask import Blueprint

from graph import views
from graph.vocab import ontology_turtle

from . import negotiate

bp = Blueprint("ontology", __name__)


@bp.get("/ontology")
def ontology():
    """Browsers (Accept text/html or */*) get HTML; Accept text/turtle or /ontology.ttl gets the Turtle file."""
    return negotiate.render("ontology.html", views.ontology_terms(), offers=("html", "ttl", "json"),
                            turtle=ontology_turtle())
