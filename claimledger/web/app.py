"""The application factory: one read-only ledger, the HTML pages, the JSON API, one error shape.

Every failure, whatever raised it — a bad parameter, an unknown id, a bug — leaves as the same
JSON body under ``/api/`` and as an HTML page elsewhere, never as a traceback.  The ledger is
opened read-only: nothing a request does can change it.

What is kept for the app's life is computed in the background while a server runs it: started
by the lifespan's start-up, stopped (queries interrupted, thread joined) by its shutdown, so no
thread is left inside DuckDB when the process ends (issue 18).  Without a lifespan — one request
through ``serve --get`` — nothing runs in the background: a request computes what it needs.
``close(app)`` ends it all, the ledger included when the app opened it.
"""
from __future__ import annotations

import contextlib
import gc
import logging
import os
from pathlib import Path
from typing import Any, AsyncIterator, Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from claimledger import __version__
from claimledger.model import CUE_KINDS
from claimledger.store.ledger import Ledger
from claimledger.web import api, links, pages, tracking
from claimledger.web.errors import WebError, error_body
from claimledger.web.format import FILTERS
from claimledger.web.pages import VOICE_NAMES
from claimledger.web.queries import Reader
from claimledger.web.tracking import Tracking
from claimledger.web.warming import Warmup

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent

#: a request line longer than this is refused before any work (414)
MAX_URL = 2048

#: sent with every response: no inline script, nothing from elsewhere, no framing
SECURITY_HEADERS = {
    "content-security-policy": ("default-src 'self'; script-src 'self'; style-src 'self'; "
                                "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                                "form-action 'self'; frame-ancestors 'none'"),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


def create_app(db: str | os.PathLike | Ledger) -> FastAPI:
    """The site over the ledger at ``db`` (a path, opened read-only, or an open ``Ledger``)."""
    ledger = db if isinstance(db, Ledger) else Ledger(db, read_only=True)
    app = FastAPI(
        lifespan=_lifespan,
        title="claimledger", version=__version__, debug=False,
        description="A read-only view of a claim ledger: claims, documents and sources. Every "
                    "error is `{\"error\": {\"status\", \"title\", \"message\", \"details\"}}`.",
        # FastAPI's docs pages load their JavaScript from a CDN: not here; the schema is served
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )
    app.state.reader = Reader(ledger)
    app.state.templates = templates()
    app.state.tracking = None
    app.state.warmup = None
    app.state.owns_ledger = ledger is not db
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    if tracking.available():
        from claimledger.web import series

        app.state.tracking = Tracking(ledger)
        app.include_router(series.api)
        app.include_router(series.pages)
    app.state.templates.env.globals["has_series"] = app.state.tracking is not None
    _install_errors(app)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if len(str(request.url)) > MAX_URL:
            return _error_response(request, 414, f"the address is longer than {MAX_URL} characters")
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    return app


@contextlib.asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    start_warming(app)
    try:
        yield
    finally:
        stop_warming(app)


def start_warming(app: FastAPI) -> Warmup:
    """Compute what is kept for the app's life (counts, the sources table, the search index,
    series) in the background, so the first visitors do not wait for whole-ledger scans."""
    def work(warmup: Warmup) -> None:
        app.state.reader.warm(warmup)
        if app.state.tracking is not None:
            warmup.check()
            app.state.tracking.warm(warmup)
        # the series hold a Python object per claim and live as long as the app: moved out
        # of the collector's sight, they stop costing every full collection (p95 of a large
        # page 270 → 120 ms on the news ledger)
        gc.collect()
        gc.freeze()

    stop_warming(app)
    app.state.warmup = Warmup(work)
    app.state.warmup.start()
    return app.state.warmup


def stop_warming(app: FastAPI, timeout: Optional[float] = None) -> bool:
    """Interrupt the background work and wait for it (at most ``timeout`` seconds); whether it
    has ended.  What it finished stays kept; what it did not, a request computes."""
    warmup, app.state.warmup = app.state.warmup, None
    return warmup is None or warmup.stop(timeout)


def close(app: FastAPI) -> None:
    """Stop the background work, drop the search index, and close the ledger if ``create_app``
    opened it: what ``serve`` does before the process ends, on every path."""
    stop_warming(app)
    app.state.reader.close()
    if app.state.owns_ledger:
        app.state.reader.ledger.close()


def templates() -> Jinja2Templates:
    """Jinja2 with autoescaping on for every template (HTML and SVG alike)."""
    t = Jinja2Templates(directory=HERE / "templates")
    t.env.autoescape = True
    t.env.filters.update(FILTERS)
    t.env.globals.update(links=links, voice_names=VOICE_NAMES, cue_kinds=CUE_KINDS)
    return t


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api")


def _error_response(request: Request, status: int, message: str,
                    details: Optional[list[Any]] = None):
    if _wants_json(request):
        return JSONResponse(error_body(status, message, details), status_code=status)
    body = error_body(status, message, details)["error"]
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"error": body}, status_code=status)


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError):
        return _error_response(request, exc.status, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return _error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
                   for e in exc.errors()]
        message = "; ".join(f"{d['where']}: {d['problem']}" for d in details[:3])
        return _error_response(request, 400, message or "invalid request", details)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception):
        log.exception("error serving %s", request.url.path)
        return _error_response(request, 500, "the server failed on this request; it is logged")

