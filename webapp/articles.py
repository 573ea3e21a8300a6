"""The article list and article pages: what each article says and where it came from."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, request

from graph import views

from . import negotiate
from .context import store

bp = Blueprint("articles", __name__)


@bp.get("/articles")
def article_list():
    """All articles, newest first, a page at a time (?page=N, from 1)."""
    raw = request.args.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        abort(400, "page must be a whole number from 1.")
    page = int(raw)
    size = current_app.config["PAGE_SIZE"]
    everything = views.articles(store())
    pages = max(1, -(-len(everything) // size))
    if page > pages:
        abort(404, f"There are only {pages} page(s) of articles.")
    data = {
        "page": page, "pages": pages, "per_page": size, "total": len(everything),
        "articles": everything[(page - 1) * size: page * size],
    }
    return negotiate.render("articles.html", data)


@bp.get("/article/<article_id>")
def article(article_id: str):
    data = views.article(store(), article_id)
    if data is None:
        abort(404, f"The graph has no article with id {article_id!r}.")
    return negotiate.render("article.html", data)
