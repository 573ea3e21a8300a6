"""One error handler for every HTTP error and every store error.

Whatever goes wrong, a client gets the same shape: an HTML page for browsers,
or {"error": {"status", "title", "detail"}} for JSON clients. Store failures
are mapped to HTTP statuses here, so blueprints never catch them.
"""
from __future__ import annotations

from flask import Flask, Response, current_app, render_template
from werkzeug.exceptions import HTTPException, InternalServerError, ServiceUnavailable
from werkzeug.http import HTTP_STATUS_CODES

from graph.store import StoreError, StoreLocked

from . import negotiate


def error_data(status: int, detail: str) -> dict:
    """The one error object, shared by the HTML and JSON renderings."""
    return {"error": {"status": status, "title": HTTP_STATUS_CODES.get(status, "Error"), "detail": detail}}


def as_http(exc: Exception) -> HTTPException:
    """Map anything raised by a view to an HTTP error, hiding internals."""
    if isinstance(exc, HTTPException):
        return exc
    if isinstance(exc, StoreLocked):
        return ServiceUnavailable("The knowledge graph is locked by another process; try again shortly.")
    if isinstance(exc, StoreError):
        return InternalServerError("The knowledge graph could not answer this request.")
    return InternalServerError("Something went wrong on our side.")


def handle_error(exc: Exception) -> Response:
    """Render any error in the negotiated format, keeping the error's headers (Allow, ...)."""
    http = as_http(exc)
    status = http.code or 500
    if status >= 500 and not isinstance(exc, HTTPException):
        current_app.logger.exception("error while handling request", exc_info=exc)
    data = error_data(status, http.description or "")
    if negotiate.error_format() == "json":
        response = negotiate.json_response(data, status)
    else:
        response = Response(render_template("error.html", data=data), status=status, mimetype="text/html")
    for name, value in http.get_headers():
        if name.lower() not in ("content-type", "content-length"):
            response.headers[name] = value
    return response


def register(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_error)
    app.register_error_handler(StoreError, handle_error)
    if not app.testing:
        # In tests, let unexpected exceptions propagate so failures show their traceback.
        app.register_error_handler(Exception, handle_error)
