"""Content negotiation, in one place.

Every page builds one data object and hands it to `render`; this module alone
decides whether that object leaves as HTML (the default), JSON or Turtle.
A client asks for a format with an Accept header or, for links that have to
work in a browser's address bar, with a suffix on the path
(/person/rosie-duffield.json, /ontology.ttl).

The suffix is taken off before routing by `SuffixMiddleware`, so blueprints
declare each route once and never see ".json"; the suffix is remembered in the
WSGI environ and read back by `choose`.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from flask import Response, current_app, json, render_template, request
from werkzeug.exceptions import NotAcceptable

# format name -> (media type, path suffix)
FORMATS = {
    "html": ("text/html", None),
    "json": ("application/json", ".json"),
    "ttl": ("text/turtle", ".ttl"),
}
SUFFIXES = {suffix: name for name, (_, suffix) in FORMATS.items() if suffix}
ENVIRON_KEY = "hustings.format"
PAGE_FORMATS = ("html", "json")


class SuffixMiddleware:
    """Strip a known format suffix from the request path and remember it.

    /person/rosie-duffield.json is routed as /person/rosie-duffield with the
    format "json" recorded; /index.json is the home page. Static files keep
    their names untouched.
    """

    def __init__(self, wsgi_app):
        self.wsgi_app = wsgi_app

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if not path.startswith("/static/"):
            for suffix, name in SUFFIXES.items():
                if path.endswith(suffix) and len(path) > len(suffix) + 1:
                    path = path[: -len(suffix)]
                    environ["PATH_INFO"] = "/" if path == "/index" else path
                    environ[ENVIRON_KEY] = name
                    break
        return self.wsgi_app(environ, start_response)


def requested_suffix() -> str | None:
    """The format named by the path suffix of the current request, if any."""
    return request.environ.get(ENVIRON_KEY)


def choose(offers: Sequence[str] = PAGE_FORMATS) -> str:
    """Pick the response format for this request among `offers` (first = default).

    A path suffix wins over the Accept header; a suffix the page does not
    offer, or an Accept header that allows none of the offers, is a 406.
    A missing Accept header, or */*, gets the first offer.
    """
    suffix = requested_suffix()
    if suffix is not None:
        if suffix not in offers:
            raise NotAcceptable(f"This page is not available as {suffix}.")
        return suffix
    if not request.accept_mimetypes:
        return offers[0]
    by_type = {FORMATS[name][0]: name for name in offers}
    best = request.accept_mimetypes.best_match(list(by_type), default=None)
    if best is None:
        raise NotAcceptable("Available formats: " + ", ".join(by_type) + ".")
    # best_match keeps the server's order for ties, e.g. */* -> the first offer.
    return by_type[best]


def error_format() -> str:
    """The format for an error page: HTML or JSON only, and never a new error.

    Pages (GET/HEAD) default to HTML like the pages themselves; writes
    (PUT/DELETE /store) come from programs, so their errors default to JSON.
    """
    offers = ("html", "json") if request.method in ("GET", "HEAD") else ("json", "html")
    try:
        return choose(offers)
    except NotAcceptable:
        return offers[0]


def json_response(data, status: int = 200) -> Response:
    """Serialise a data object the same way for every page."""
    body = json.dumps(data, ensure_ascii=False, indent=2 if current_app.debug else None)
    return Response(body + "\n", status=status, mimetype="application/json")


def render(template: str, data: Mapping | Sequence, status: int = 200,
           offers: Sequence[str] = PAGE_FORMATS, turtle: str | None = None, **context) -> Response:
    """Render one data object as the negotiated format.

    `data` is exactly what JSON clients receive; the template gets it as
    `data` plus any presentation-only `context` (never extra facts, so the two
    renderings cannot drift apart).
    """
    fmt = choose(offers)
    if fmt == "json":
        return json_response(data, status)
    if fmt == "ttl":
        return Response(turtle, status=status, mimetype="text/turtle")
    html = render_template(template, data=data, **context)
    return Response(html, status=status, mimetype="text/html")
