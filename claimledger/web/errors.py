"""The one error shape of the site and the API, and the exception routes raise to produce it.

``{"error": {"status", "title", "message", "details"}}`` for every failure (datasette's habit: a
client handles errors once).  A test pins the shape.
"""
from __future__ import annotations

from http import HTTPStatus
from typing import Any, Optional

from pydantic import BaseModel

from claimledger.errors import WebError  # noqa: F401 (re-exported: web modules import it from here)


class ErrorDetail(BaseModel):
    status: int
    title: str
    message: str
    details: list[dict[str, Any]] = []


class ErrorBody(BaseModel):
    error: ErrorDetail


def error_body(status: int, message: str, details: Optional[list[dict[str, Any]]] = None
               ) -> dict[str, Any]:
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    return {"error": {"status": status, "title": title, "message": message,
                      "details": details or []}}


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses a route may answer with."""
    return {code: {"model": ErrorBody, "description": HTTPStatus(code).phrase} for code in codes}
